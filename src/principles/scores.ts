/**
 * What a principle's score means (src/principles/infer.ts scores a story's words): the thresholds that map a
 * story to a principle, here apart from the signals, so that what only compares scores (drill's suggestions of
 * stories from scores it cached) loads none of them.
 */
import type { LpId } from './catalog.js';

/** A principle and the score a story's words earn for it. */
export interface Scored {
  readonly id: LpId;
  readonly score: number;
}

/** The least score that maps a story to a principle: one strong signal, or a medium and a weak one. */
export const MIN_SCORE = 3;
/** A principle the story shows this strongly is worth claiming. */
export const STRONG_SCORE = 6;
export const MAX_INFERRED = 3;

/**
 * What a claim in `lps:` adds to a story's fit for a principle, in `plan` and in `drill`'s stories that fit alike:
 * the candidate means to tell the story for it. Less than the least evidence that maps (MIN_SCORE), so a story that
 * shows a principle ranks above one that only claims it; as much as a medium signal, so a story that claims and shows
 * a principle wins over one that shows it up to 2 points more strongly without claiming it (a new user's trial: her
 * dedicated Dive Deep story, 7, lost to one at 8 that didn't claim it), and a clear gap still goes to the evidence.
 */
export const CLAIM_BONUS = MIN_SCORE - 1;

// A hundredth more, so that a claim wins at exactly CLAIM_BONUS apart too: 32 of them (a loop of 8 interviewers of 4
// principles) stay below half a point, the smallest difference between two scores, so it only ever breaks a tie.
const CLAIM_TIE_BREAK = 0.01;

/**
 * How well a story fits a principle: the score its words earn for it, and CLAIM_BONUS (winning a tie) where it claims
 * it. The plan assigns stories by it (src/principles/plan.ts) and drill ranks the stories that fit a question by it
 * (src/drill/suggest.ts). How well the story is told (its readiness, its lint errors) is no part of it: `plan` names
 * a ready alternative instead (see alternatives in plan.ts).
 */
export function fitWeight(score: number, claimed: boolean | undefined): number {
  return score + (claimed ? CLAIM_BONUS + CLAIM_TIE_BREAK : 0);
}

/** The one to three principles a story shows best, from every principle it shows, highest score first (scorePrinciples). */
export function bestOf<T extends Scored>(scores: readonly T[]): T[] {
  return scores.filter((p) => p.score >= MIN_SCORE).slice(0, MAX_INFERRED);
}

/**
 * What a story shows, as map shows it (src/principles/coverage.ts's showsOf), from the principles it claims and every
 * principle its words show, highest score first: the one to three it shows best, and any other it claims and shows
 * well enough (MIN_SCORE). Here, with no signal, so that drill can say it of the scores it cached.
 */
export function showsFrom<T extends Scored>(declared: readonly LpId[], scores: readonly T[]): { declared: readonly LpId[]; inferred: readonly T[]; scores: readonly T[] } {
  const best = bestOf(scores);
  const claimedAndShown = scores.filter((s) => declared.includes(s.id) && s.score >= MIN_SCORE && !best.some((b) => b.id === s.id));
  return { declared, inferred: [...best, ...claimedAndShown].sort((a, b) => b.score - a.score), scores };
}
