/**
 * Which questions a drill asks. Pure and seeded: the same questions, history, stories, clock and seed
 * always draw the same questions, in the same order.
 *
 * Each question gets a weight, the product of two factors:
 *
 * - recency, from spaced repetition (see schedule.ts): 1 for a question never practised; otherwise
 *   (1 − R) / (1 − 0.9), capped at 1 and floored at 0.01, where R is the FSRS retrievability of that
 *   question now. A question answered a minute ago weighs almost nothing; one at or past its due date
 *   weighs as much as a new one.
 * - weakness, from its Leadership Principles: 1 + (5 − average rating) / 4 + share of answers over
 *   time + (1 if no story in the bank claims the principle), taken for its weakest principle, so it
 *   runs from 1 to 4. A principle never practised counts as an average rating of 3. A question
 *   with no principle (some system design prompts) has weakness 1.
 *
 * The draw is weighted sampling without replacement (Efraimidis and Spirakis: each question's key is
 * u^(1/weight) for a seeded uniform u, and the largest keys win), so no question repeats in a drill.
 *
 * Principles due for review come first: for each principle practised before and due again (the "Due" of
 * `stats`, see `dueReviews`), most overdue first, the question of it with the largest key, unless a question
 * already drawn has that principle; then the rest of the draw, by key. A never-practised principle weighs
 * more than a practised one, and there are more of them, so without this the weighted draw alone would
 * rarely ask what is due. Next, each principle the user asked for (`--lp a,b`, or the loop's when the config has
 * one) that no question drawn asks yet gets its question with the largest key, by key, while the count allows;
 * then the rest, by key. With principles asked for (`--lp`, or the loop's), only their due reviews come first
 * (`dueWithin`): one that only shares a question with them is drawn by weight like any other. And of those, the
 * ones never practised are drawn before the due ones (though asked after them): drilled a few at a time, the due
 * ones would otherwise take every slot, and some principles of the loop would never be asked. The due ones they leave
 * no room for are `postponed`, which the drill names for next time. With principles asked for, a question drawn for a
 * principle that waits its turn is, where one is, a question that asks no principle already asked in this drill: the
 * next by key that doesn't, over the first by key that does.
 *
 * With a loop date (`loopEve`, the start of the day before the loop), a principle whose next review falls after the
 * eve is due on it (`dueBy` in schedule.ts): the reviews are pulled forward so that what was practised is practised
 * once more before the loop. And every principle never practised (of those asked for, or with none asked for, of all
 * sixteen) comes first, as those asked for do without one: each should be told at least once before the loop.
 *
 * A question is drawn for a principle (due, never practised, or asked for) only if it is answered with a story
 * (`answerKind`): a design or an explanation practises no principle (`practisedLps`), so a system-design or
 * technical prompt comes up only in the weighted rest of the draw.
 */
import { LP_IDS, type LpId } from '../principles/catalog.js';
import type { HistoryEntry } from './history.js';
import type { Question } from './questions.js';
import { TARGET_RETENTION, dueReviews, memoryOf, practisedLps, type DueReview } from './schedule.js';
import { answerKind } from './suggest.js';

/** mulberry32: a small, fast 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from any text (FNV-1a), so `--seed monday` works as well as `--seed 42`. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A PRNG for one purpose within a seeded drill: the draw, or one question's follow-up. */
export function rngFor(seed: string, purpose: string): () => number {
  return mulberry32(hashSeed(`${seed}\u0000${purpose}`));
}

export interface SelectionInput {
  readonly questions: readonly Question[];
  readonly history: readonly HistoryEntry[];
  /** The principles at least one story in the bank claims. */
  readonly coveredLps: ReadonlySet<LpId>;
  readonly now: Date;
  /** With a loop ahead, the start of the day before it (loopEve): reviews due after it are due on it. */
  readonly loopEve?: Date;
}

export interface Weighted {
  readonly question: Question;
  readonly weight: number;
  readonly recency: number;
  readonly weakness: number;
}

const MIN_RECENCY = 0.01;

/** How much a principle needs practice, from 1 (fine) to 4 (low ratings, always over time, no story). */
export function lpWeakness(entries: readonly HistoryEntry[], hasStory: boolean): number {
  // Of the answers rated (one stopped before its rating has none); with none, as a principle never practised.
  const rated = entries.flatMap((e) => (e.rating === undefined ? [] : [e.rating]));
  const ratingGap = rated.length === 0 ? 0.5 : (5 - rated.reduce((n, r) => n + r, 0) / rated.length) / 4;
  const overtime = entries.length === 0 ? 0 : entries.filter((e) => e.seconds > e.limit).length / entries.length;
  return 1 + ratingGap + overtime + (hasStory ? 0 : 1);
}

/** How much a question is owed practice now, from 0.01 (just done) to 1 (new, or due). */
export function recencyOf(entries: readonly HistoryEntry[], now: Date): number {
  const memory = memoryOf(entries, now);
  if (!memory) return 1;
  return Math.min(1, Math.max(MIN_RECENCY, (1 - memory.retrievability) / (1 - TARGET_RETENTION)));
}

/** Every question with its weight and the two factors behind it, in id order. */
export function weighQuestions(input: SelectionInput): Weighted[] {
  const byQuestion = new Map<string, HistoryEntry[]>();
  const byLp = new Map<string, HistoryEntry[]>();
  for (const entry of input.history) {
    push(byQuestion, entry.question, entry);
    for (const lp of practisedLps(entry)) push(byLp, lp, entry);
  }
  const weakness = new Map<LpId, number>();
  const weaknessOf = (lp: LpId): number => {
    let w = weakness.get(lp);
    if (w === undefined) weakness.set(lp, (w = lpWeakness(byLp.get(lp) ?? [], input.coveredLps.has(lp))));
    return w;
  };
  return [...input.questions]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((question) => {
      const recency = recencyOf(byQuestion.get(question.id) ?? [], input.now);
      const lpFactor = question.lps.length === 0 ? 1 : Math.max(...question.lps.map(weaknessOf));
      return { question, weight: recency * lpFactor, recency, weakness: lpFactor };
    });
}

export interface Draw {
  /** The questions, in the order to ask them. */
  readonly questions: Question[];
  /** The principles due for review that the questions ask, most overdue first; their questions come first. */
  readonly reviews: DueReview[];
  /**
   * The principles due for review (of `dueWithin`, if given) left out because the principles asked for and never
   * practised took the drill's questions first, most overdue first: the drill says they wait for the next one. []
   * where none was drawn for a principle never practised, or every due one found room.
   */
  readonly postponed: DueReview[];
}

/**
 * Draws up to `count` different questions, reproducibly for a given seed: first one for each principle `asked` for
 * that was never practised, then one for each principle due for review (of `dueWithin` only, if given), then one
 * for each principle `asked` for that none of those asks, each a question told as a story; then the rest by weight.
 * The questions due for review are asked first, then the others in the order drawn.
 */
export function drawQuestions(
  input: SelectionInput & { readonly count: number; readonly seed: string; readonly asked?: readonly LpId[]; readonly dueWithin?: ReadonlySet<LpId> },
): Draw {
  const random = rngFor(input.seed, 'draw');
  const keyed = weighQuestions(input).map((w) => {
    const u = Math.max(random(), Number.MIN_VALUE);
    return { question: w.question, key: Math.log(u) / w.weight };
  });
  keyed.sort((a, b) => b.key - a.key);
  const count = Math.max(0, input.count);
  const asked = input.asked ?? [];
  // Only an answer told as a story practises a principle (practisedLps), so only such a question is drawn for one: a
  // design or technical prompt that names a principle in passing (tech-11's Earn Trust) takes no principle's turn.
  const stories = keyed.filter((k) => answerKind(k.question) === 'story');
  const fresh: Question[] = [];
  const due: Question[] = [];
  const rest: Question[] = [];
  const drawn = () => [...fresh, ...due, ...rest];
  const full = () => fresh.length + due.length + rest.length >= count;
  const unasked = (lp: LpId) => !drawn().some((q) => q.lps.includes(lp));
  /**
   * Of the questions (by key) that would each serve a principle waiting its turn, the one to draw: with principles
   * asked for (`--lp`, `--interviewer`, the loop), the first that asks no principle a question drawn already asks,
   * where there is one, so that no principle is asked twice while one of theirs waits (a loop of twelve never practised,
   * drilled three at a time, asked one principle twice in a quarter of the seeds: a question drawn for Ownership also
   * asked Insist on the Highest Standards, drawn for itself just before, and a third principle of the loop waited for
   * the next drill); else the first, which still serves the one that waits. Once none waits, the rest is by key.
   */
  const pick = (serves: (q: Question) => boolean): Question | undefined => {
    const taken = new Set(drawn());
    const said = new Set(drawn().flatMap((q) => q.lps));
    let first: Question | undefined;
    for (const { question } of stories) {
      if (taken.has(question) || !serves(question)) continue;
      if (asked.length === 0 || question.lps.every((lp) => !said.has(lp))) return question;
      first ??= question;
    }
    return first;
  };
  /** Questions told as stories, into `into`, each asking one of `lps` that none drawn asks yet (`pick`), while the count allows. */
  const oneEach = (lps: readonly LpId[], into: Question[]) => {
    while (!full()) {
      const next = pick((q) => q.lps.some((lp) => lps.includes(lp) && unasked(lp)));
      if (!next) break;
      into.push(next);
    }
  };
  // A principle asked for (`--lp a,b`, or the loop's) never practised comes before one practised and due again: the
  // due ones would otherwise fill every short drill (a twenty-second user's trial: a loop of twelve principles,
  // drilled three at a time, left two never asked in a fortnight).
  const practised = new Set(input.history.flatMap(practisedLps));
  // Before a loop, every principle never practised comes first, asked for or not (with none asked for, all sixteen).
  const toTell = input.loopEve !== undefined && asked.length === 0 ? LP_IDS : asked;
  oneEach(toTell.filter((lp) => !practised.has(lp)), fresh);
  const drewFresh = fresh.length > 0;
  const reviews: DueReview[] = [];
  const postponed: DueReview[] = [];
  for (const review of dueReviews(input.history, input.now, input.loopEve)) {
    if (input.dueWithin && !input.dueWithin.has(review.id)) continue;
    // A question drawn for a principle never practised that asks this one too serves both, and is asked first.
    const serves = fresh.find((q) => q.lps.includes(review.id));
    if (serves) due.push(...fresh.splice(fresh.indexOf(serves), 1));
    if (serves || due.some((q) => q.lps.includes(review.id))) {
      reviews.push(review);
      continue;
    }
    if (full()) {
      // Pushed out by the never-practised ones, the drill full before its turn.
      if (drewFresh && stories.some((k) => k.question.lps.includes(review.id))) postponed.push(review);
      continue;
    }
    const next = pick((q) => q.lps.includes(review.id));
    if (next) {
      due.push(next);
      reviews.push(review);
    }
  }
  // Then a question for each principle asked for that none drawn asks yet, by key: weighted alone, a draw of three
  // from two principles could ask one of them three times.
  oneEach(asked, rest);
  for (const k of keyed) {
    if (full()) break;
    if (!drawn().includes(k.question)) rest.push(k.question);
  }
  // What is due is asked first, as the drill says it.
  return { questions: [...due, ...fresh, ...rest], reviews, postponed };
}

/** The questions of `drawQuestions`. */
export function selectQuestions(input: SelectionInput & { readonly count: number; readonly seed: string }): Question[] {
  return drawQuestions(input).questions;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
