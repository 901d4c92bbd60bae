// map, plan and the report read a story's principles from mapStories; lint's unsupported-principle judges
// the same claims. The two must agree: a claim lint accepts is one map shows, and the other way round.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/bank/load.js';
import { coverage, coverageSummary, fitsOf, mapStories, shownBy, type Shows } from '../../src/principles/coverage.js';
import { LP_IDS } from '../../src/principles/catalog.js';
import { MIN_SCORE, inferPrinciples, scorePrinciples } from '../../src/principles/infer.js';
import unsupportedPrinciple from '../../src/lint/rules/unsupported-principle.js';
import { ROOT, runRule } from '../helpers.js';

const FIXTURE = join(ROOT, 'test/fixtures/principles/claimed-beyond-top-three.yaml');
const mapOf = (path: string) => mapStories([loadText(path, readFileSync(path))]);

describe('mapStories', () => {
  it('shows a claimed principle with enough evidence even when it is not among the three strongest', () => {
    const [m] = mapOf(FIXTURE);
    const story = m!.loaded.story;
    // The fixture's point: Deliver Results is claimed, scores at least MIN_SCORE, and is not in the top three.
    expect(inferPrinciples(story).map((i) => i.id)).not.toContain('deliver-results');
    expect(scorePrinciples(story).find((s) => s.id === 'deliver-results')!.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(m!.inferred.map((i) => i.id)).toContain('deliver-results');
    // Highest score first, the top three included.
    const scores = m!.inferred.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const best of inferPrinciples(story)) expect(m!.inferred).toContain(best);
  });

  it('does not show an unclaimed principle outside the three strongest, nor a claim with too little evidence', () => {
    const yaml = 'id: x\ntitle: x\nlps: [frugality]\naction: I pulled the diff logs myself and traced it to rounding.\n';
    const [m] = mapStories([loadText('x.yaml', yaml)]);
    expect(m!.inferred.map((i) => i.id)).not.toContain('frugality');
    expect(m!.inferred).toEqual(inferPrinciples(m!.loaded.story));
  });

  const stories = [FIXTURE, ...readdirSync(join(ROOT, 'stories')).map((f) => join(ROOT, 'stories', f))];
  it.each(stories.map((path) => [path.slice(ROOT.length)]))('agrees with unsupported-principle on every claim in %s', (rel) => {
    for (const m of mapOf(join(ROOT, rel))) {
      for (const lp of m.declared) {
        const shown = m.inferred.some((i) => i.id === lp);
        const flagged = runRule(unsupportedPrinciple, { ...m.loaded.story, lps: [lp] }).some((r) => r.message.startsWith('You claim'));
        expect({ lp, shown }).toEqual({ lp, shown: !flagged });
      }
    }
  });
});

describe('coverageSummary: covered means shown, as the plan judges it', () => {
  const story = (id: string, declared: Shows['declared'], inferred: Shows['declared']): Shows => ({ id, declared, inferred: inferred.map((lp) => ({ id: lp })) });
  it.each([
    ['an empty bank', [], { shown: [], claimedOnly: [], none: [...LP_IDS] }],
    ['a claim shown', [story('a', ['ownership'], ['ownership'])], { shown: ['ownership'] }],
    ['a principle shown, not claimed', [story('a', [], ['dive-deep'])], { shown: ['dive-deep'] }],
    ['a claim no story shows', [story('a', ['earn-trust'], [])], { shown: [], claimedOnly: ['earn-trust'] }],
    ['a claim one story shows and another only claims', [story('a', ['earn-trust'], []), story('b', [], ['earn-trust'])], { shown: ['earn-trust'], claimedOnly: [] }],
    ['in catalog order', [story('a', ['frugality', 'ownership'], ['dive-deep', 'customer-obsession'])], { shown: ['customer-obsession', 'dive-deep'], claimedOnly: ['ownership', 'frugality'] }],
  ])('%s', (_name, stories, expected) => {
    const summary = coverageSummary(stories);
    expect(summary).toMatchObject(expected);
    // Every principle once, in one of the three.
    expect([...summary.shown, ...summary.claimedOnly, ...summary.none].sort()).toEqual([...LP_IDS].sort());
  });

  it('shownBy lists the stories whose words show each principle; coverage the ones that claim or show it', () => {
    const stories = [story('a', ['earn-trust'], ['dive-deep']), story('b', ['dive-deep'], ['dive-deep'])];
    expect(shownBy(stories)['dive-deep']).toEqual(['a', 'b']);
    expect(shownBy(stories)['earn-trust']).toEqual([]);
    expect(coverage(stories)['earn-trust']).toEqual(['a']);
  });

  it('counts as shown exactly the principles the planner may assign', () => {
    const maps = [FIXTURE, ...readdirSync(join(ROOT, 'stories')).map((f) => join(ROOT, 'stories', f)), join(ROOT, 'test/fixtures/weak/all-four.yaml')].flatMap((path) => mapOf(path));
    expect(coverageSummary(maps).shown).toEqual(LP_IDS.filter((id) => fitsOf(maps).some((f) => f.lp === id)));
  });
});
