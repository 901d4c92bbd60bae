import { describe, expect, it } from 'vitest';
import { readPlans } from '../src/plans.js';
import { LP_IDS } from '../src/principles/catalog.js';
import { signalSet } from '../src/principles/infer.js';
import { SIGNALS } from '../src/principles/signals.js';
import { planFrom, planOf, sourceHash, stampedPlan } from '../src/text/prefilter.js';
import { TRADEOFF_SET, tradeoffPatterns } from '../src/text/tradeoffs.js';

// What the build stamps into the bundle (scripts/build.mjs), looked up by set and place (stampedPlan).
describe('readPlans', () => {
  const plans = readPlans();
  const sets: [string, readonly RegExp[]][] = [...LP_IDS.map((id) => [signalSet(id), SIGNALS[id].map((s) => s.pattern)] as [string, RegExp[]]), [TRADEOFF_SET, tradeoffPatterns()]];

  it('reads a plan for every principle signal and every trade-off pattern, in their order, with its source\'s hash and its flags', () => {
    expect(Object.keys(plans).sort()).toEqual(sets.map(([set]) => set).sort());
    for (const [set, patterns] of sets) {
      expect(plans[set]!.map(([hash, flags]) => [hash, flags])).toEqual(patterns.map((re) => [sourceHash(re.source), re.flags]));
      patterns.forEach((re, i) => expect(plans[set]![i]![2]).toEqual(planOf(re.source, re.flags)));
    }
  });

  // Run from source nothing is stamped: each plan is read from its pattern, as the build reads it.
  it('has stampedPlan read a plan from its pattern where none is stamped', () => {
    const re = SIGNALS['customer-obsession'][0]!.pattern;
    expect(stampedPlan(signalSet('customer-obsession'), 0, re)).toEqual(plans[signalSet('customer-obsession')]![0]![2]);
    expect(stampedPlan('no such set', 7, re)).toEqual(planOf(re.source, re.flags));
  });

  // A stamped plan is used only for the pattern it was read from: one since changed, at the same length or with other
  // flags, is planned anew, so that no stale plan leaves out a story the pattern now matches.
  describe('planFrom', () => {
    const source = String.raw`\b(?:saved|cut) (?:the|our) (?:cloud|hosting) (?:bill|costs?)\b|\bspent (?:less|nothing) on (?:tooling|licen[cs]es)\b` + '|\\bx'.repeat(40);
    const re = new RegExp(source, 'giu');
    const entry = [sourceHash(source), 'giu', planOf(source, 'giu')] as const;

    it.each([
      ['a word changed, at the same length', new RegExp(source.replace('cloud', 'stack'), 'giu')],
      ['a letter of a piece changed', new RegExp(source.replace('tooling', 'toolinq'), 'giu')],
      ['two letters swapped', new RegExp(source.replace('saved', 'svaed'), 'giu')],
      ['other flags', new RegExp(source, 'gu')],
    ])('refuses the stamp for %s, and plans the pattern as it is', (_, changed) => {
      expect(changed.source.length).toBe(source.length);
      expect(planFrom(entry, changed)).toEqual(planOf(changed.source, changed.flags));
      if (changed.flags === re.flags) expect(planFrom(entry, changed)).not.toEqual(entry[2]);
    });

    it('uses the stamp for the pattern it was read from, and plans one with no stamp', () => {
      expect(planFrom(entry, re)).toBe(entry[2]);
      expect(planFrom(undefined, re)).toEqual(entry[2]);
    });

    it('hashes sources that differ only in their order apart', () => {
      expect(sourceHash('ab')).not.toBe(sourceHash('ba'));
      expect(sourceHash('')).toBe(0x811c9dc5);
    });
  });
});
