/**
 * How each principle signal's pattern is run (src/text/prefilter.ts: its pieces, and its branches). scripts/build.mjs
 * reads every plan from the patterns and stamps them into the bundle, so that a run reads no pattern's source (reading
 * all 280 kB of them takes longer than the compiling it saves); run from source, as the unit tests are, a signal's plan
 * is read when first asked for. Each stamped plan carries the length of the source it was read from, and one that
 * doesn't fit its pattern is read again.
 */
import { LP_IDS, type LpId } from './catalog.js';
import { SIGNALS } from './signals.js';
import { planOf, type Plan } from '../text/prefilter.js';

declare const __SIGNAL_PLANS__: string | undefined;

/** Each principle's signals' plans, in SIGNALS order, with the length of each pattern's source. */
export type Plans = Readonly<Record<LpId, readonly (readonly [length: number, plan: Plan])[]>>;

/** Every signal's plan, read from its pattern: what the build stamps. */
export function readPlans(): Plans {
  const plans = {} as Record<LpId, (readonly [number, Plan])[]>;
  for (const id of LP_IDS) plans[id] = SIGNALS[id].map(({ pattern }) => [pattern.source.length, planOf(pattern.source, pattern.flags)] as const);
  return plans;
}

let stamped: Plans | null | undefined;
const read = new WeakMap<RegExp, Plan>();

/** The plan of the signal of principle `id` at `index` in SIGNALS[id], whose pattern is `pattern`. */
export function signalPlan(id: LpId, index: number, pattern: RegExp): Plan {
  if (stamped === undefined) stamped = typeof __SIGNAL_PLANS__ === 'string' ? (JSON.parse(__SIGNAL_PLANS__) as Plans) : null;
  const entry = stamped?.[id]?.[index];
  if (entry && entry[0] === pattern.source.length) return entry[1];
  let plan = read.get(pattern);
  if (plan === undefined) read.set(pattern, (plan = planOf(pattern.source, pattern.flags)));
  return plan;
}
