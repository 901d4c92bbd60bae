/**
 * The plans scripts/build.mjs stamps into the bundle (src/text/prefilter.ts: stampedPlan): how each of the largest sets
 * of patterns is run, read from the patterns at build time: the principle signals, and the trade-off patterns. Each
 * set's plans are in the set's order, with the length and flags of each pattern they were read from. Run at build time
 * only.
 */
import { LP_IDS } from './principles/catalog.js';
import { signalSet } from './principles/infer.js';
import { SIGNALS } from './principles/signals.js';
import { planOf, type Plan } from './text/prefilter.js';
import { TRADEOFF_SET, tradeoffPatterns } from './text/tradeoffs.js';

export function readPlans(): Record<string, (readonly [number, string, Plan])[]> {
  const plansOf = (patterns: readonly RegExp[]) => patterns.map((re) => [re.source.length, re.flags, planOf(re.source, re.flags)] as const);
  return {
    ...Object.fromEntries(LP_IDS.map((id) => [signalSet(id), plansOf(SIGNALS[id].map((signal) => signal.pattern))])),
    [TRADEOFF_SET]: plansOf(tradeoffPatterns()),
  };
}
