/**
 * Spaced repetition with FSRS (the Free Spaced Repetition Scheduler, via ts-fsrs). Every question, and
 * every Leadership Principle, is a "card"; each recorded answer is a review of it, graded from the
 * self-rating and the clock:
 *
 *   rating 1-2 → Again, 3 → Hard, 4 → Good, 5 → Easy; an answer over its time limit is one grade lower.
 *
 * FSRS turns the reviews into a memory stability S (days) and so a retrievability R(t): the chance the
 * answer is still strong t days after its last practice. A card is due when R has fallen to 90%. We run
 * FSRS-6 with its published default weights, no fuzz (so results are reproducible), no same-day learning
 * steps (an interview answer is practised at most once a session), and about 60 days at most between
 * reviews (an interview is weeks away, not years). Pure: "now" is always passed in.
 */
import { Rating, createEmptyCard, fsrs, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { LP_IDS, type LpId } from '../principles/catalog.js';
import { UNRATED_AS, type HistoryEntry } from './history.js';

/** The retention FSRS schedules for: a card is due when its retrievability falls to this. */
export const TARGET_RETENTION = 0.9;
export const MAX_INTERVAL_DAYS = 60;

let scheduler: FSRS | undefined;
function getScheduler(): FSRS {
  scheduler ??= fsrs({
    request_retention: TARGET_RETENTION,
    maximum_interval: MAX_INTERVAL_DAYS,
    enable_fuzz: false,
    enable_short_term: false,
  });
  return scheduler;
}

/**
 * The FSRS grade of one answer. One stopped before it was rated was still practice, and its clock is known: it counts
 * as `unratedAs`, the rating of the answers rated beside it (see `unratedRating`), one grade lower when over time.
 */
export function gradeOf(entry: Pick<HistoryEntry, 'rating' | 'seconds' | 'limit'>, unratedAs: number = UNRATED_AS): Grade {
  const rating = entry.rating ?? unratedAs;
  const base = rating <= 2 ? Rating.Again : rating === 3 ? Rating.Hard : rating === 4 ? Rating.Good : Rating.Easy;
  return (entry.seconds > entry.limit ? Math.max(Rating.Again, base - 1) : base) as Grade;
}

/**
 * What an answer with no rating counts as among these answers: the average of those rated, rounded, as `stats` shows
 * it and drill's weakness weighs it (an unrated answer in neither average); 3 where none is rated, as a principle never
 * practised counts. So an unrated answer of a principle rated 5 is no "Hard" that brings it back sooner.
 */
export function unratedRating(entries: readonly Pick<HistoryEntry, 'rating'>[]): number {
  const rated = entries.flatMap((e) => (e.rating === undefined ? [] : [e.rating]));
  return rated.length === 0 ? UNRATED_AS : Math.round(rated.reduce((a, b) => a + b, 0) / rated.length);
}

export interface Memory {
  /** The FSRS card after replaying every answer. */
  readonly card: Card;
  /** When it is next due. */
  readonly due: Date;
  /** The chance the answer is still strong now, 0 to 1. */
  readonly retrievability: number;
}

/** Replays answers (in any order) into an FSRS card; undefined when there are none. */
export function memoryOf(entries: readonly HistoryEntry[], now: Date): Memory | undefined {
  if (entries.length === 0) return undefined;
  const f = getScheduler();
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let card = createEmptyCard(new Date(Date.parse(sorted[0]!.at)));
  const unratedAs = unratedRating(sorted);
  for (const entry of sorted) {
    const at = new Date(Math.max(Date.parse(entry.at), card.last_review?.getTime() ?? 0));
    card = f.next(card, at, gradeOf(entry, unratedAs)).card;
  }
  // A clock that went backwards must not make the last review lie in the future.
  const when = new Date(Math.max(now.getTime(), card.last_review?.getTime() ?? 0));
  return { card, due: card.due, retrievability: f.get_retrievability(card, when, false) };
}

/**
 * When something with this memory is due, with a loop ahead whose eve (the start of the day before it: loopEve in
 * loop-date.ts) is `eve`: a review FSRS schedules on the loop's day or after is pulled forward to the eve, so that what was practised is
 * practised once more before the loop, unless its last practice was on the eve or later (else it would fall due again
 * at every answer). On the loop's day (`now`'s), the eve being past, it is pulled forward to the start of today: due
 * today, not overdue since yesterday. Without `eve`, FSRS's due date as it is.
 */
export function dueBy(memory: Memory, eve?: Date, now?: Date): Date {
  // Due by the end of the eve (the start of the loop's day, local): before the loop already.
  if (eve === undefined || memory.due.getTime() < new Date(eve.getFullYear(), eve.getMonth(), eve.getDate() + 1).getTime()) return memory.due;
  const last = memory.card.last_review?.getTime() ?? 0;
  if (last >= eve.getTime()) return memory.due;
  // On the loop's day, the eve is past: due today, not overdue since yesterday.
  const today = now === undefined ? undefined : new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return today !== undefined && today.getTime() > eve.getTime() ? today : eve;
}

/** Whether something with this memory is due now (pulled forward before a loop whose eve is `eve`: dueBy); never practised counts as due. */
export function isDue(memory: Memory | undefined, now: Date, eve?: Date): boolean {
  return memory === undefined || dueBy(memory, eve, now).getTime() <= now.getTime();
}

/**
 * The principles an answer counts as practice of, in `stats`, the due reviews, a drill's draw and the report: its
 * question's, when it was told as a story. A design or an explanation (a system-design or technical question not
 * about the candidate's own work, whose self-check asks nothing about "I" or a partner, so its line has no `saidI`)
 * names a principle only in passing ("Explain eventual consistency to a business partner…" is tagged Earn Trust),
 * and practises none: it counts for its question alone.
 */
export function practisedLps(entry: Pick<HistoryEntry, 'lps' | 'check'>): readonly string[] {
  return entry.check.saidI === undefined ? [] : entry.lps;
}

/** A principle practised before that is due again now, and since when. */
export interface DueReview {
  readonly id: LpId;
  readonly dueAt: Date;
}

/**
 * The principles practised before that are due now, overdue longest first (a tie in catalog order): each
 * principle is a card too, reviewed by every answer that practises it (told as a story: see practisedLps). The
 * never-practised are not here. With a loop ahead whose eve is `eve`, a review due after the eve is due on it (dueBy).
 * `stats` lists these as "Due", and `drill` asks them first.
 */
export function dueReviews(entries: readonly HistoryEntry[], now: Date, eve?: Date): DueReview[] {
  const due: DueReview[] = [];
  for (const id of LP_IDS) {
    const memory = memoryOf(entries.filter((e) => practisedLps(e).includes(id)), now);
    if (memory && isDue(memory, now, eve)) due.push({ id, dueAt: dueBy(memory, eve, now) });
  }
  return due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
