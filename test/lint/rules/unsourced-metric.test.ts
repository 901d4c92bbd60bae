/**
 * unsourced-metric (off by default): a result percentage, money figure, multiplier or before/after change
 * whose sentence gives no hint of how it was measured. Counts of things delivered and schedule facts need
 * no source. The `sources` option adds words that name a source, such as an in-house dashboard.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/lint/config.js';
import rule from '../../../src/lint/rules/unsourced-metric.js';
import { lintText, only, runRule } from '../../helpers.js';

/** Results with unsourced metrics, and the metrics reported. */
const invalid: [label: string, result: string, metrics: string[]][] = [
  ['a data migration is not a source', 'Query costs fell 30% in the data migration.', ['30%']],
  ['a bare percentage', 'Developer productivity went up by 25%.', ['25%']],
  ['money', 'We consolidated onto one vendor, saving $1.4M a year.', ['$1.4M']],
  ['a change word', "The team's deploy frequency doubled.", ['doubled']],
  ['a multiplier', 'Throughput on the same fleet went up 3x.', ['3x']],
  ['"per customer" is a rate, not a source', 'Onboarding time per customer dropped from 10 days to 3.', ['from 10 days to 3']],
  ['a from-to over a period', 'MTTR dropped from 48 hours to 12 hours over the next two quarters.', ['from 48 hours to 12 hours']],
  ['two metrics in one sentence: reported once', 'Alert noise fell by 40%, and licence costs fell by $200K.', ['40%']],
  ['two sentences: reported once each', 'Costs fell 20%. Latency halved on the checkout path.', ['20%', 'halved']],
  ['a source in another sentence does not carry over', 'The dashboard showed the launch-day traffic. Revenue rose 12% in the quarter.', ['12%']],
  ['a bullet', '- PCI scope shrank by about 70% of our services.', ['70%']],
  // A baseline says what the number is compared with, not where it was measured.
  ['a previous year is a baseline, not a source', 'Overtime fell by 28% compared with the previous year.', ['28%']],
  ['signing in is not a log', '96% of employees logged in during the first month.', ['96%']],
  ['"logged into" an app', 'Users logged into the portal 30% more often.', ['30%']],
  ['fewer of something, in words', 'Twelve fewer pages a week by the end of the quarter.', ['Twelve fewer pages']],
  ['"twice as fast" and a fraction', 'New sellers go live twice as fast. Listing errors dropped by a quarter.', ['twice as fast', 'by a quarter']],
  ['a metric\'s name is not a source', 'Query latency fell 40%, and checkout funnel conversion rose 3%.', ['40%']],
  ['a from-to with "just under"', 'Restock time went from nine days to just under three.', ['from nine days to just under three']],
  ['"half the time"', 'New hires now ship in half the time.', ['half the time']],
  // A twenty-fifth user's trial (a data-platform EM in Berlin): the quote keeps the unit after the last number.
  ['a from-to in two units', 'Load time fell from 28 hours to 45 minutes.', ['from 28 hours to 45 minutes']],
  ['a from-to in seconds and milliseconds', 'The p99 went from 2.4 s to 400 ms.', ['from 2.4 s to 400 ms']],
  ['a from-to with the unit only at its end', 'Load time fell from 28 to 45 minutes.', ['from 28 to 45 minutes']],
  ['a from-to with no unit after it', 'Failed loads fell from 12 to 3 per week.', ['from 12 to 3']],
  ['"data sources" are not a source', 'I consolidated 14 data sources and cut costs 20%.', ['20%']],
];

/** Results whose metrics say where they come from, or need no source. */
const valid: [label: string, result: string][] = [
  ['data named as where it was read', "Fuel cost per drop fell 9% in the client's telematics data."],
  ['a dashboard', 'p95 latency fell 30% on the RUM dashboard.'],
  ['"according to" logs', 'According to the gateway logs, calls fell from 63 integrations to zero.'],
  ['a control group', 'Order volume fell 9% against the control cities.'],
  ['a report', "The finance team's cost report put the November bill $380K below the year before."],
  ['an estimate', 'Projected runway went from 5 months to 20.'],
  ['"measured from" records', 'Median lead time fell from 48 hours to 12, measured from the change-management records.'],
  ['"per" a named source', 'Spend fell 30% per Finance.'],
  ['an A/B test', 'Conversion rose 4 points in the A/B test.'],
  ['counts and dates need no source', 'All 12 services moved to Kafka in five weeks, and 36 of the 40 engineers got their first choice.'],
  ['no metric at all', 'The launch went ahead on the planned day.'],
  ['logged in a tracker', 'Escalations fell 20%, as logged in the support tracker.'],
  ['"logged in" a named tool', 'Errors fell 35%, logged in Sentry.'],
  ['a source label', 'Cloud spend fell 12% (source: AWS Cost Explorer).'],
  ['validated by finance', 'The saving, £1.2M a year, was validated by finance.'],
  ['a business review', 'Cost per order fell 8% in the quarterly business review.'],
  ['a calculation', 'That is about $300K a year, calculated from the rate card.'],
];

describe('unsourced-metric', () => {
  it.each(invalid)('flags %s', (_label, result, metrics) => {
    const reports = runRule(rule, { result }, { sources: [] });
    expect(reports.map((r) => result.slice(r.index!, r.index! + metrics[reports.indexOf(r)]!.length))).toEqual(metrics);
    // The message quotes the whole span, its last unit included.
    expect(reports.map((r) => /^"([^"]*)"/.exec(r.message)![1])).toEqual(metrics);
    expect(reports.every((r) => r.field === 'result')).toBe(true);
  });

  it.each(valid)('accepts %s', (_label, result) => {
    expect(runRule(rule, { result }, { sources: [] })).toEqual([]);
  });

  it('looks only at the result', () => {
    expect(runRule(rule, { situation: 'Costs rose 20%.', action: 'I cut costs 20%.' }, { sources: [] })).toEqual([]);
  });

  it('takes more source words from the `sources` option', () => {
    const result = 'Churn fell 2 points on Pulse.';
    expect(runRule(rule, { result }, { sources: [] })).toHaveLength(1);
    expect(runRule(rule, { result }, { sources: ['Pulse'] })).toEqual([]);
    const config = parseConfig('rules:\n  unsourced-metric:\n    severity: warn\n    sources: [Pulse, weekly business review]\n', '.tpm-prep.yaml');
    expect(config.rules.get('unsourced-metric')).toEqual({ severity: 'warn', options: { sources: ['Pulse', 'weekly business review'] } });
    expect(() => parseConfig('rules:\n  unsourced-metric:\n    severity: warn\n    sources: Pulse\n', '.tpm-prep.yaml')).toThrow(/`sources`/);
  });

  it('is off by default, and says how to source the number when on', () => {
    expect(rule.meta.defaultSeverity).toBe('off');
    expect(lintText('title: t\nresult: Costs fell 20%.\n').messages.map((m) => m.ruleId)).not.toContain('unsourced-metric');
    const result = lintText('title: t\nresult: Costs fell 20%.\n', 'stories/s.yaml', only('unsourced-metric'));
    expect(result.messages).toEqual([
      expect.objectContaining({
        line: 2,
        column: 20,
        message: '"20%" gives no sense of how it was measured. Say where the number comes from: "on the latency dashboard", "in the Q3 survey", "from the AWS bill".',
      }),
    ]);
  });
});
