/**
 * too-many-principles: a story claimed for more than four principles is spread too thin to defend under
 * probing. Only the claims in `lps:` count; what the words show is unsupported-principle's business.
 */
import { describe, expect, it } from 'vitest';
import type { StoryData } from '../../../src/bank/schema.js';
import type { LpId } from '../../../src/principles/catalog.js';
import rule from '../../../src/lint/rules/too-many-principles.js';
import { lintText, only, runRule } from '../../helpers.js';

const ACTION = 'I cut the loyalty integration from launch scope and ran a daily war room with the three teams.';

/** Stories claimed for too many principles. */
const invalid: [label: string, lps: LpId[]][] = [
  ['five principles', ['ownership', 'dive-deep', 'deliver-results', 'earn-trust', 'bias-for-action']],
  ['six principles', ['customer-obsession', 'ownership', 'invent-and-simplify', 'are-right-a-lot', 'think-big', 'frugality']],
  ['five, every one of them shown by the words', ['ownership', 'deliver-results', 'dive-deep', 'customer-obsession', 'have-backbone-disagree-and-commit']],
  ['five of the people principles', ['hire-and-develop-the-best', 'strive-to-be-earths-best-employer', 'earn-trust', 'learn-and-be-curious', 'ownership']],
  ['eight principles', ['ownership', 'dive-deep', 'deliver-results', 'earn-trust', 'bias-for-action', 'frugality', 'think-big', 'are-right-a-lot']],
  ['ten principles', ['ownership', 'dive-deep', 'deliver-results', 'earn-trust', 'bias-for-action', 'frugality', 'think-big', 'are-right-a-lot', 'invent-and-simplify', 'customer-obsession']],
  ['every principle but one', ['customer-obsession', 'ownership', 'invent-and-simplify', 'are-right-a-lot', 'learn-and-be-curious', 'hire-and-develop-the-best', 'insist-on-the-highest-standards', 'think-big', 'bias-for-action', 'frugality', 'earn-trust', 'dive-deep', 'have-backbone-disagree-and-commit', 'deliver-results', 'strive-to-be-earths-best-employer']],
  ['all sixteen', ['customer-obsession', 'ownership', 'invent-and-simplify', 'are-right-a-lot', 'learn-and-be-curious', 'hire-and-develop-the-best', 'insist-on-the-highest-standards', 'think-big', 'bias-for-action', 'frugality', 'earn-trust', 'dive-deep', 'have-backbone-disagree-and-commit', 'deliver-results', 'strive-to-be-earths-best-employer', 'success-and-scale-bring-broad-responsibility']],
];

/** Stories with a defensible number of claims. */
const valid: [label: string, fields: Partial<StoryData>][] = [
  ['no `lps:` at all', { action: ACTION }],
  ['an empty `lps:`', { action: ACTION, lps: [] }],
  ['one principle', { action: ACTION, lps: ['deliver-results'] }],
  ['two principles', { action: ACTION, lps: ['deliver-results', 'customer-obsession'] }],
  ['three principles', { action: ACTION, lps: ['deliver-results', 'customer-obsession', 'have-backbone-disagree-and-commit'] }],
  ['exactly four, the limit', { action: ACTION, lps: ['deliver-results', 'customer-obsession', 'have-backbone-disagree-and-commit', 'ownership'] }],
  ['four, none of them shown by the words', { action: 'I ran the syncs.', lps: ['frugality', 'think-big', 'earn-trust', 'dive-deep'] }],
  ['a story whose words show five principles but claims two', {
    action: 'I read 400 complaints myself, disagreed with the VP and then committed, cut scope to hold the date, mentored two engineers and found the root cause.',
    lps: ['deliver-results', 'dive-deep'],
  }],
];

describe('too-many-principles', () => {
  it.each(invalid)('flags %s', (_label, lps) => {
    const reports = runRule(rule, { action: ACTION, lps });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ field: 'lps', message: expect.stringContaining(`claims ${lps.length} principles`) });
  });

  it.each(valid)('accepts %s', (_label, fields) => {
    expect(runRule(rule, fields)).toEqual([]);
  });

  it('says how many to keep, and is a warning by default', () => {
    const [report] = runRule(rule, { lps: invalid[0]![1] });
    expect(report!.message).toBe('This story claims 5 principles. Keep the 4 or fewer it shows best, and find other stories for the rest.');
    expect(rule.meta.defaultSeverity).toBe('warn');
  });

  it('points at the lps key', () => {
    const yaml = ['title: Spread thin', 'lps: [ownership, dive-deep, deliver-results, earn-trust, frugality]', 'action: I ran it.', ''].join('\n');
    const { messages } = lintText(yaml, 'stories/thin.yaml', only('too-many-principles'));
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['too-many-principles', 2, 1]]);
  });
});
