/**
 * The self-check after an answer: what a good answer of its kind does. A story gives a metric, says "I",
 * names a partner and states a trade-off. A design or an explanation has no "I did" and no partner, so
 * those are not asked; its numbers and its trade-off are asked in its own words. Pure.
 */
import type { SelfCheck } from './history.js';
import type { AnswerKind } from './suggest.js';

export interface CheckItem {
  readonly value: keyof SelfCheck;
  /** The line in the checklist. */
  readonly name: string;
  /** What the prompt shows once answered: `metric, "I", trade-off`. */
  readonly short: string;
}

const CHECKS: Record<AnswerKind, readonly CheckItem[]> = {
  story: [
    { value: 'metric', name: 'Gave a metric: what changed, and by how much', short: 'metric' },
    { value: 'saidI', name: 'Said "I" for what I did, not "we"', short: '"I"' },
    { value: 'partner', name: 'Named a partner and their role', short: 'partner' },
    { value: 'tradeoff', name: 'Stated a trade-off: what I gave up, and why', short: 'trade-off' },
  ],
  design: [
    { value: 'metric', name: 'Put numbers on it: the scale, and what I would measure', short: 'numbers' },
    { value: 'tradeoff', name: 'Stated a trade-off: what the design gives up, and why', short: 'trade-off' },
  ],
  explanation: [
    { value: 'metric', name: 'Put numbers on it: sizes, speeds or costs', short: 'numbers' },
    { value: 'tradeoff', name: 'Stated a trade-off: what it costs, and where it breaks', short: 'trade-off' },
  ],
};

/** The items asked after an answer of this kind, in the order shown. */
export function selfChecks(kind: AnswerKind): readonly CheckItem[] {
  return CHECKS[kind];
}

/** What is recorded: each item asked, ticked or not. An item not asked is left out, so it never reads as a "no". */
export function selfCheckOf(asked: readonly CheckItem[], ticked: readonly (keyof SelfCheck)[]): SelfCheck {
  return Object.fromEntries(asked.map(({ value }) => [value, ticked.includes(value)])) as SelfCheck;
}
