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
