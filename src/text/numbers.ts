/**
 * Quantities in prose: which numbers are metrics (a percentage, money, a duration, a count with a unit,
 * "from X to Y", "2x") and which are not (dates, years, versions, team sizes and scope counts).
 */

export type MetricKind = 'percent' | 'money' | 'duration' | 'multiplier' | 'count' | 'change';

export interface Metric {
  readonly index: number;
  readonly length: number;
  readonly text: string;
  readonly kind: MetricKind;
}

const NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundreds|a dozen|dozens|half';
const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';

const TIME_UNIT =
  /^(?:ms|msec|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|d|weeks?|wks?|months?|mos?|quarters?|years?|yrs?|sprints?|business days?)\b/i;
const PERCENT_UNIT = /^(?:%|percent\b|per cent\b|pp\b|percentage points?\b|points?\b|bps\b|basis points\b)/i;
const MONEY_UNIT = /^(?:dollars|usd|eur|euros?|gbp|pounds|k\/(?:year|yr|month)|per (?:year|month))\b/i;
const MULTIPLIER = /^(?:x|×|-?fold)(?![\p{L}\p{N}])/iu;
// Counts that size the team or the scope, not the outcome.
const SCOPE_NOUN =
  /^(?:teams?|engineers?|people|persons?|person|developers?|devs?|orgs?|organi[sz]ations?|groups?|members?|stakeholders?|squads?|pms?|tpms?|managers?|reports?|direct reports|partners?|departments?|directors?|leads?|designers?|contractors?|headcount|hires?|fte|ftes|vps?|executives?|pizza)\b/i;
const ORDINAL = /^(?:st|nd|rd|th)\b/i;
const NOT_A_UNIT = /^(?:of|to|and|or|in|on|at|by|for|from|the|a|an|with|per|than|vs|versus)\b/i;

// A number: optional currency, digits with separators and decimals, an optional magnitude.
const NUMBER =
  /([$€£¥]\s?)?(?<![\p{L}\p{N}.,])(\d[\d,]*(?:\.\d+)?)(?:\s?(k|m|mm|bn|b|million|billion|thousand|hundred)(?![\p{L}\p{N}]))?/giu;
const WORD_NUMBER = new RegExp(`\\b(?:${NUMBER_WORDS})\\b`, 'gi');
const CHANGE_WORD =
  /\b(?:doubled|doubling|tripled|tripling|quadrupled|halved|halving|cut in half|by half|tenfold|twofold|threefold)\b/gi;
const FROM_TO =
  /\bfrom\s+(?:about\s+|roughly\s+|around\s+|~)?[$€£¥]?\d[\d,.]*\S*(?:\s+[\p{L}%]+){0,3}?\s+(?:down\s+|up\s+)?to\s+(?:about\s+|under\s+|below\s+|~)?[$€£¥]?\d(?:[\d,.]*\d)?/giu;
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS}|q[1-4]|fy|h[12]|in|since|by|during|until|of|year)\\.?\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:${MONTHS})\\b`, 'i');

/** Every metric in `text`, in order. */
export function findMetrics(text: string): Metric[] {
  const found: Metric[] = [];
  const add = (index: number, length: number, kind: MetricKind): void => {
    found.push({ index, length, kind, text: text.slice(index, index + length) });
  };
  for (const m of text.matchAll(FROM_TO)) add(m.index, m[0].length, 'change');
  for (const m of text.matchAll(CHANGE_WORD)) add(m.index, m[0].length, 'multiplier');
  for (const m of text.matchAll(NUMBER)) {
    const kind = classifyNumber(text, m);
    if (kind) add(m.index, m[0].length, kind);
  }
  for (const m of text.matchAll(WORD_NUMBER)) {
    const after = text.slice(m.index + m[0].length).replace(/^[\s-]+/, '');
    if (TIME_UNIT.test(after) && !/^(?:s|d|h)\b/i.test(after)) add(m.index, m[0].length, 'duration');
    else if (PERCENT_UNIT.test(after) && !/^points?\b/i.test(after)) add(m.index, m[0].length, 'percent');
  }
  return found.sort((a, b) => a.index - b.index);
}

export function hasMetric(text: string): boolean {
  return findMetrics(text).length > 0;
}

function classifyNumber(text: string, m: RegExpMatchArray): MetricKind | undefined {
  const [whole, currency, digits, magnitude] = m;
  const index = m.index!;
  const before = text.slice(Math.max(0, index - 40), index);
  const after = text.slice(index + whole.length).replace(/^[\s-]+/, '');
  const rawAfter = text.slice(index + whole.length);
  if (currency) return 'money';
  // A letter glued on the left makes an identifier: p99, Q3, S3, v2, EC2.
  if (/[\p{L}]$/u.test(before)) return undefined;
  if (/^\s*%/.test(rawAfter) || PERCENT_UNIT.test(after)) return 'percent';
  if (MULTIPLIER.test(rawAfter.replace(/^\s/, ''))) return 'multiplier';
  if (MONEY_UNIT.test(after)) return 'money';
  if (magnitude && !SCOPE_NOUN.test(after)) return 'count';
  const value = Number(digits!.replace(/,/g, ''));
  const isYear = !digits!.includes(',') && !digits!.includes('.') && value >= 1900 && value <= 2100;
  if (isYear && !TIME_UNIT.test(after)) return undefined;
  if (MONTH_BEFORE.test(before) && /^(?:[12]?\d|3[01])$/.test(digits!) && !TIME_UNIT.test(after)) {
    if (/(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i.test(before)) return undefined;
  }
  if (MONTH_AFTER.test(after) || ORDINAL.test(rawAfter)) return undefined;
  if (TIME_UNIT.test(after)) return 'duration';
  // A number after a proper noun names a version or a model: Java 17, Python 3, iOS 18.
  if (properNounBefore(before)) return undefined;
  if (SCOPE_NOUN.test(after) || SCOPE_NOUN.test(after.replace(/^[\p{L}]+\s+/u, ''))) return undefined;
  if (after === '' || NOT_A_UNIT.test(after) || !/^[\p{L}]/u.test(after)) return undefined;
  return 'count';
}

/** A capitalised word right before, that doesn't open a sentence. */
function properNounBefore(before: string): boolean {
  const m = /([A-Z][\p{L}]*)\s$/u.exec(before);
  if (!m) return false;
  const prefix = before.slice(0, m.index).trimEnd();
  return prefix !== '' && !/[.!?:;\n]$/.test(prefix);
}
