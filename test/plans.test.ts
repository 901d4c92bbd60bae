import { describe, expect, it } from 'vitest';
import { readPlans } from '../src/plans.js';
import { LP_IDS } from '../src/principles/catalog.js';
import { signalSet } from '../src/principles/infer.js';
import { SIGNALS } from '../src/principles/signals.js';
import { planOf, stampedPlan } from '../src/text/prefilter.js';
import { TRADEOFF_SET, tradeoffPatterns } from '../src/text/tradeoffs.js';

// What the build stamps into the bundle (scripts/build.mjs), looked up by set and place (stampedPlan).
describe('readPlans', () => {
  const plans = readPlans();
  const sets: [string, readonly RegExp[]][] = [...LP_IDS.map((id) => [signalSet(id), SIGNALS[id].map((s) => s.pattern)] as [string, RegExp[]]), [TRADEOFF_SET, tradeoffPatterns()]];

  it('reads a plan for every principle signal and every trade-off pattern, in their order, with its length and flags', () => {
    expect(Object.keys(plans).sort()).toEqual(sets.map(([set]) => set).sort());
    for (const [set, patterns] of sets) {
      expect(plans[set]!.map(([length, flags]) => [length, flags])).toEqual(patterns.map((re) => [re.source.length, re.flags]));
      patterns.forEach((re, i) => expect(plans[set]![i]![2]).toEqual(planOf(re.source, re.flags)));
    }
  });

  // Run from source nothing is stamped: each plan is read from its pattern, as the build reads it.
  it('has stampedPlan read a plan from its pattern where none is stamped', () => {
    const re = SIGNALS['customer-obsession'][0]!.pattern;
    expect(stampedPlan(signalSet('customer-obsession'), 0, re)).toEqual(plans[signalSet('customer-obsession')]![0]![2]);
    expect(stampedPlan('no such set', 7, re)).toEqual(planOf(re.source, re.flags));
  });
});
