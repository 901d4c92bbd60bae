/**
 * The plans scripts/build.mjs stamps into the bundle (src/text/prefilter.ts: stampedPlan): how each of the largest sets
 * of patterns is run, read from the patterns at build time: the principle signals, and the trade-off patterns. Each
 * set's plans are in the set's order, each with the hash of the source (src/text/prefilter.ts: sourceHash) and the
 * flags of the pattern it was read from. Run at build time only.
 */
import { LP_IDS } from './principles/catalog.js';
import { signalSet } from './principles/infer.js';
import { SIGNALS } from './principles/signals.js';
import { planOf, sourceHash, type StampedPlan } from './text/prefilter.js';
import { TRADEOFF_SET, tradeoffPatterns } from './text/tradeoffs.js';

export function readPlans(): Record<string, StampedPlan[]> {
  const plansOf = (patterns: readonly RegExp[]) => patterns.map((re): StampedPlan => [sourceHash(re.source), re.flags, planOf(re.source, re.flags)]);
  return {
    ...Object.fromEntries(LP_IDS.map((id) => [signalSet(id), plansOf(SIGNALS[id].map((signal) => signal.pattern))])),
    [TRADEOFF_SET]: plansOf(tradeoffPatterns()),
  };
}
