/**
 * Where a number was measured. A percentage, money figure, multiplier or before/after change reads as
 * made up unless its sentence hints at a source: a dashboard, logs, a report, a survey, a tracker, an
 * invoice, an audit, a load test, an experiment's control group, or how it was estimated ("projected",
 * "modelled"). Counts of things delivered and schedule facts ("live in five weeks") need no source.
 */
import { findMetrics, withUnit, type Metric, type MetricKind } from './numbers.js';
import { sentenceRanges } from './sentences.js';
import { escapeRegExp } from './words.js';

/** The metric kinds that claim a measured change. */
const MEASURED: ReadonlySet<MetricKind> = new Set(['percent', 'money', 'multiplier', 'change']);

const SOURCE = new RegExp(
  [
    String.raw`\baccording to\b`,
    String.raw`\bper (?:the|our|their|its)\b`,
    String.raw`\b(?:as )?(?:measured|tracked|reported|counted|recorded|sampled|benchmarked|audited|surveyed)\b`,
    String.raw`\b(?:dashboards?|logs?|reports?|surveys?|trackers?|tracking|invoices?|bills?|billing data|statements?|ledgers?|audits?|auditors?|load[- ]tests?|stress[- ]tests?|a\/b tests?|experiments?|telemetry|metrics|analytics|records|scheduler|monitoring|benchmarks?|drills?|shadow (?:run|traffic)|control (?:group|zone|cities|arm|stores|sites)|queue|tickets|sign-?off log|spreadsheet|p&l|nps|csat|ratings?|app[- ]store|rum|apm|traces|sampling)\b`,
    String.raw`\b(?:showed|shows|show|show(?:n|ed) in|confirmed|validated|verified|reconciled)\b`,
    // Data named as where it was read: "in the client's telematics data", "from our order data"; not "the data migration".
    String.raw`\b(?:in|from) (?:the|our|their|its) (?:[\p{L}'’-]+\s+){0,2}?data\b(?!\s+(?:migration|move|centre|center|platform|team|model|pipeline|warehouse|lake))`,
    // Where the figure was read: "(source: Cost Explorer)", "in the QBR", "from a query on the orders table".
    // ("query latency" or "checkout funnel conversion" name the metric, not where it was read.)
    String.raw`\bsource[sd]?\s*(?::|from)|\b(?:cost explorer|holdout|hold-out|business review|qbr|wbr|mbr|calculated|computed)\b|\bquer(?:y|ies) (?:on|against|of|over) (?:the|our)\b`,
    // How it was estimated; "above forecast" compares with a plan and names no source.
    String.raw`\b(?:projected|estimated|modell?ed|extrapolated)\b|(?<!\b(?:above|below|over|under|than|against|versus|vs\.?|to)\s)\bforecast(?:ed)?\b`,
    // An experiment's other arm is a source; "compared with the previous year" is only a baseline.
    String.raw`\b(?:against|versus|vs\.?|compared (?:to|with)) (?:the )?(?:control|holdout|old devices)\b`,
    String.raw`\b(?:grafana|datadog|cloudwatch|new relic|splunk|pagerduty|jira|looker|tableau|amplitude|mixpanel|google analytics|sentry|prometheus|kibana|honeycomb|salesforce)\b`,
  ].join('|'),
  'iu',
);
// "per Finance", "per Datadog": a named source, told from "per customer" by its capital.
const PER_NAME = /\bper [A-Z][\p{L}]*/u;
// "logged in the tracker", "logged in Sentry" name a record; "employees logged in" (or "into the app") is
// signing in. Case matters here, so it stands apart from SOURCE.
const LOGGED = /\b[Ll]ogged\b(?!\s+into\b|\s+(?:in|on)\b(?!\s+(?:the|our|a|an|their|its|[A-Z])))/u;

export interface UnsourcedMetric {
  readonly index: number;
  readonly length: number;
  readonly text: string;
}

/** The first measured metric of each sentence that names no source; `extra` adds words that count as one. */
export function findUnsourcedMetrics(text: string, extra: readonly string[] = []): UnsourcedMetric[] {
  const own = extra.length > 0 ? new RegExp(extra.map((w) => `\\b${escapeRegExp(w)}\\b`).join('|'), 'i') : undefined;
  const metrics = findMetrics(text).filter((m) => MEASURED.has(m.kind));
  const found: UnsourcedMetric[] = [];
  for (const [start, end] of sentenceRanges(text)) {
    const inSentence: Metric[] = metrics.filter((m) => m.index >= start && m.index < end);
    if (inSentence.length === 0) continue;
    const sentence = text.slice(start, end);
    if (SOURCE.test(sentence) || LOGGED.test(sentence) || PER_NAME.test(sentence) || own?.test(sentence)) continue;
    const first = inSentence[0]!;
    // Quoted whole, with the unit written after its last number: "from 28 hours to 45 minutes", "3x".
    const quoted = withUnit(first.text, text, first.index + first.length);
    found.push({ index: first.index, length: quoted.length, text: quoted });
  }
  return found;
}
