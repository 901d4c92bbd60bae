/**
 * lp-coverage (bank-level): a principle with fewer than `min` stories (default 1) that claim it in `lps:`
 * or show it in their words. A story counts once per principle, however strongly it shows it.
 */
import { describe, expect, it } from 'vitest';
import type { Story, StoryData } from '../../../src/bank/schema.js';
import { LP_IDS, principle, type LpId } from '../../../src/principles/catalog.js';
import { factsOf } from '../../../src/lint/facts.js';
import rule from '../../../src/lint/rules/lp-coverage.js';

/** A bank of one story per claim list, with `extra` stories told in words only. */
function bank(claims: LpId[][], extra: Partial<StoryData>[] = []): Story[] {
  const stories = [...claims.map((lps) => ({ lps })), ...extra];
  return stories.map((fields, i) => ({ title: `Story ${i}`, action: 'I ran the syncs.', ...fields, id: `s${i}` }) as Story);
}

const except = (...ids: LpId[]) => LP_IDS.filter((id) => !ids.includes(id));
const one = (ids: readonly LpId[]) => ids.map((id) => [id]);

/** What the rule reports, with `min` as the option (default 1). */
function runBank(stories: Story[], min?: number): string[] {
  const reports: string[] = [];
  rule.checkBank(stories.map(factsOf), (message) => reports.push(message), rule.options(min === undefined ? undefined : { min }));
  return reports;
}

// A story that shows Dive Deep in its words without claiming it.
const DIVE_DEEP_IN_WORDS: Partial<StoryData> = {
  action: 'I pulled six months of pages from the paging tool myself and found the root cause: a retry storm in the auth client.',
};

/** Banks with a gap: the principles expected in the findings, in catalog order. */
const invalid: [label: string, stories: Story[], min: number | undefined, gaps: LpId[]][] = [
  ['one story claiming two principles', bank([['ownership', 'dive-deep']]), undefined, except('ownership', 'dive-deep')],
  ['every principle but Frugality', bank([except('frugality').slice(0, 4), except('frugality').slice(4, 8), except('frugality').slice(8)]), undefined, ['frugality']],
  ['every principle once, when two are wanted', bank(one(LP_IDS)), 2, [...LP_IDS]],
  ['a principle claimed twice, when three are wanted', bank([...one(LP_IDS), ['earn-trust'], ['earn-trust']]), 3, except('earn-trust')],
  ['a principle only hinted at in the words', bank([except('dive-deep')], [{ action: 'I looked at the data.' }]), undefined, ['dive-deep']],
  ['a principle shown only in a story of no other kind', bank(one(except('think-big', 'frugality')), [DIVE_DEEP_IN_WORDS]), undefined, ['think-big', 'frugality']],
  ['a principle listed twice in one story, which counts once', bank([['deliver-results', 'deliver-results']]), 2, [...LP_IDS]],
];

/** Banks with every principle covered. */
const valid: [label: string, stories: Story[], min?: number][] = [
  ['one story per principle', bank(one(LP_IDS))],
  ['four stories of four principles each', bank([LP_IDS.slice(0, 4), LP_IDS.slice(4, 8), LP_IDS.slice(8, 12), LP_IDS.slice(12)])],
  ['one story claiming all sixteen', bank([[...LP_IDS]])],
  ['a principle shown in the words but not claimed', bank([except('dive-deep')], [DIVE_DEEP_IN_WORDS])],
  ['two stories per principle, when two are wanted', bank([...one(LP_IDS), ...one(LP_IDS)]), 2],
  ['two per principle, when one is wanted', bank([...one(LP_IDS), ...one(LP_IDS)]), 1],
  ['three per principle, when three are wanted', bank([[...LP_IDS], [...LP_IDS], [...LP_IDS]]), 3],
  ['a claim and the same principle in the words of another story, when two are wanted', bank([...one(LP_IDS), except('dive-deep')], [DIVE_DEEP_IN_WORDS]), 2],
];

describe('lp-coverage', () => {
  it.each(invalid)('flags %s', (_label, stories, min, gaps) => {
    const named = runBank(stories, min).map((message) => /for (.+) \(want \d+\)/.exec(message)?.[1]);
    expect(named).toEqual(gaps.map((id) => principle(id).name));
  });

  it.each(valid)('accepts %s', (_label, stories, min) => {
    expect(runBank(stories, min)).toEqual([]);
  });

  it('says once, not sixteen times, that a bank covers no principle yet', () => {
    const once = ['No story claims or shows any of the 16 principles yet (want 1 for each). Claim in each story\'s `lps:` the ones it shows (`tpm-prep lps` lists them); `tpm-prep plan` says what kind of story each needs.'];
    expect(runBank([])).toEqual(once);
    expect(runBank(bank([], [{ title: 'Replace this with what the story is about' }, { action: 'I looked at it.' }]))).toEqual(once);
    expect(runBank(bank([]), 2)).toEqual([expect.stringContaining('(want 2 for each)')]);
    // One principle covered, and the rest are named one by one.
    expect(runBank(bank([['ownership']]))).toHaveLength(15);
  });

  it('names the principle, how many stories it has and wants, and the evidence it needs', () => {
    const reports = runBank(bank([except('frugality')]));
    expect(reports).toEqual([expect.stringMatching(/^No story for Frugality \(want 1\)\. \S/)]);
    expect(runBank(bank([...one(LP_IDS), ['earn-trust']]), 2)).toContainEqual(expect.stringMatching(/^Only 1 story for Ownership \(want 2\)\./));
    expect(runBank(bank([...one(LP_IDS), ['earn-trust']]), 3)).toContainEqual(expect.stringMatching(/^Only 2 stories for Earn Trust \(want 3\)\./));
  });

  it('takes `min` as its one option, a whole number of 1 or more, and is a warning by default', () => {
    expect(rule.options(undefined)).toEqual({ min: 1 });
    expect(rule.options({ min: 2 })).toEqual({ min: 2 });
    expect(() => rule.options({ min: 0 })).toThrow('Its one option is `min`');
    expect(() => rule.options({ minimum: 2 })).toThrow('Unknown option `minimum`. Its one option is `min`');
    expect(() => rule.options({ mni: 2 })).toThrow('Unknown option `mni`. Did you mean `min`? Its one option is `min`');
    expect(rule.meta.defaultSeverity).toBe('warn');
  });
});
