/** Practice statistics from the history: per principle, a trend of answer times, and what is due. Pure. */
import { LP_IDS, principle, type LpId } from '../principles/catalog.js';
import { listed } from '../text/wrap.js';
import { stoppedBeforeCheck, type HistoryEntry } from './history.js';
import { dueBy, dueReviews, isDue, memoryOf, practisedLps } from './schedule.js';
import { daysBetween } from './days.js';

/**
 * An answer longer than this is "over 2 minutes", whatever limit it was given: the product's two-minute rule,
 * kept in the JSON (`overTwoMinutes`). `stats` and the report show `overTime`, the share over each answer's
 * own limit, which is the two-minute rule for answers drilled at the default limit.
 */
export const LONG_ANSWER_SECONDS = 120;
export const TREND_LENGTH = 20;

/** Over time: longer than the limit the answer was drilled with (its `-t`), as drill told the user. */
export const isOverTime = (e: { readonly seconds: number; readonly limit: number }): boolean => e.seconds > e.limit;

export interface LpStats {
  readonly id: LpId;
  readonly name: string;
  readonly answers: number;
  readonly medianSeconds: number | null;
  /** Share of answers over their own time limit (the `-t` they were drilled with), 0 to 1. */
  readonly overTime: number | null;
  /** Share of answers over 2 minutes, whatever their limit, 0 to 1. */
  readonly overTwoMinutes: number | null;
  /** The average of the answers rated, to one decimal (null: none rated). */
  readonly averageRating: number | null;
  /** The answers stopped before they were rated (Ctrl-C at the rating; one stopped at the self-check is dropped): counted, but in no average. */
  readonly unrated: number;
  /** ISO time of the last answer. */
  readonly lastPracticed: string | null;
  /** When spaced repetition next wants it (null: never practised, so due now); before a loop, no later than its eve. */
  readonly dueAt: string | null;
  readonly due: boolean;
  /** Before a loop only: whether FSRS would have it next after the loop, so its review is pulled forward to the eve. */
  readonly pulledForward?: boolean;
}

export interface PracticeStats {
  readonly answers: number;
  /** Of `answers`, those stopped before they were rated. */
  readonly unrated: number;
  /** Of `unrated`, those stopped before their self-check too (`check: {}`), which count for no principle. */
  readonly unchecked: number;
  readonly principles: LpStats[];
  /**
   * Seconds of the last answers drilled at the latest answer's limit (`trendLimit`), oldest first: an answer
   * given 1:30 is no faster than one given 2:00 because it took less, so a trend keeps to one limit.
   */
  readonly trend: number[];
  /** The limit, in seconds, of the answers in `trend` (null: no answers). */
  readonly trendLimit: number | null;
  /** Whether any of the last 20 answers was drilled at another limit, and so is left out of `trend`. */
  readonly otherLimits: boolean;
  /** Due principles: overdue longest first, then those never practised, in catalog order. */
  readonly due: LpId[];
  /** The principles never practised, in catalog order: the end of `due`, which `stats` lists apart from the rest. */
  readonly neverPractised: LpId[];
}

/**
 * The statistics of `entries` at `now`; with a loop ahead whose eve (the start of the day before it) is `eve`, what is due
 * as drill draws it then: a review due after the eve is due on it (dueBy).
 */
export function practiceStats(entries: readonly HistoryEntry[], now: Date, eve?: Date): PracticeStats {
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const principles = LP_IDS.map((id): LpStats => {
    const mine = sorted.filter((e) => practisedLps(e).includes(id));
    const name = principle(id).name;
    const memory = memoryOf(mine, now);
    const n = mine.length;
    return {
      id,
      name,
      answers: n,
      medianSeconds: n === 0 ? null : median(mine.map((e) => e.seconds)),
      overTime: n === 0 ? null : mine.filter(isOverTime).length / n,
      overTwoMinutes: n === 0 ? null : mine.filter((e) => e.seconds > LONG_ANSWER_SECONDS).length / n,
      averageRating: average(mine.flatMap((e) => (e.rating === undefined ? [] : [e.rating]))),
      unrated: mine.filter((e) => e.rating === undefined).length,
      lastPracticed: n === 0 ? null : mine.at(-1)!.at,
      dueAt: memory ? dueBy(memory, eve, now).toISOString() : null,
      due: isDue(memory, now, eve),
      ...(eve === undefined ? {} : { pulledForward: memory !== undefined && dueBy(memory, eve, now) !== memory.due }),
    };
  });
  // The practised ones as drill asks them first, then the never practised.
  const neverPractised = principles.filter((p) => p.dueAt === null).map((p) => p.id);
  const due = [...dueReviews(sorted, now, eve).map((d) => d.id), ...neverPractised];
  const trendLimit = sorted.at(-1)?.limit ?? null;
  const atLimit = sorted.filter((e) => e.limit === trendLimit);
  return {
    answers: sorted.length,
    unrated: sorted.filter((e) => e.rating === undefined).length,
    unchecked: sorted.filter((e) => e.rating === undefined && stoppedBeforeCheck(e.check)).length,
    principles,
    trend: atLimit.slice(-TREND_LENGTH).map((e) => e.seconds),
    trendLimit,
    otherLimits: sorted.slice(-TREND_LENGTH).some((e) => e.limit !== trendLimit),
    due,
    neverPractised,
  };
}

/**
 * The answers stopped before their rating, as `stats` and the report say them after the count of answers: "1 stopped
 * before its rating, which is in no average", and of those, the ones stopped before their self-check too (`check: {}`),
 * which count for no principle either: "1 stopped before its self-check, which is in no average and counts for no
 * principle". Empty for none.
 */
export function stoppedPhrase(unrated: number, unchecked: number): string {
  const rated = unrated - unchecked;
  const parts = [
    rated === 0 ? '' : `${rated} stopped before ${rated === 1 ? 'its rating, which is in no average' : 'their ratings, which are in no average'}`,
    unchecked === 0 ? '' : `${unchecked} stopped before ${unchecked === 1 ? 'its self-check, which is in no average and counts for no principle' : 'their self-checks, which are in no average and count for no principle'}`,
  ].filter((part) => part !== '');
  return parts.join('; ');
}

/** The mean of ratings, to one decimal; null for none. */
function average(ratings: readonly number[]): number | null {
  return ratings.length === 0 ? null : Math.round((ratings.reduce((s, r) => s + r, 0) / ratings.length) * 10) / 10;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const BARS = '▁▂▃▄▅▆▇█';

/** Values as a sparkline, lowest ▁ to highest █; all equal values sit in the middle. */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.map((v) => (max === min ? BARS[3] : BARS[Math.round(((v - min) / (max - min)) * (BARS.length - 1))])).join('');
}

/** How long ago, in words, in calendar days in `timeZone` (local by default): "today", "yesterday", "3 days ago", "2 weeks ago". */
export function ago(iso: string, now: Date, timeZone?: string): string {
  const days = daysBetween(Date.parse(iso), now.getTime(), timeZone);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `${Math.floor(days / 30)} months ago`;
}

/** How overdue, in calendar days as `ago` counts them: "due today" (fell due today), "3 days overdue". */
export function overdue(dueAt: string, now: Date, timeZone?: string): string {
  const days = daysBetween(Date.parse(dueAt), now.getTime(), timeZone);
  return days <= 0 ? 'due today' : `${days} day${days === 1 ? '' : 's'} overdue`;
}

/**
 * When a practised principle is next due, in calendar days as `ago` counts them: "in 5 days", "in 1 day" (tomorrow),
 * "later today" (not due yet, but before midnight), else, once due, as `overdue` says it.
 */
export function nextReview(dueAt: string, now: Date, timeZone?: string): string {
  const due = Date.parse(dueAt);
  if (due <= now.getTime()) return overdue(dueAt, now, timeZone);
  const days = daysBetween(now.getTime(), due, timeZone);
  return days <= 0 ? 'later today' : `in ${days} day${days === 1 ? '' : 's'}`;
}

/**
 * The principles due, as phrases for `wrapPhrases`: "Think Big (3 days overdue) ·", …, the last ending in ".";
 * `plain`, for a dumb terminal (a screen reader's, which says "·" as "dot"), with commas, as `listed` gives them.
 */
export function duePhrases(due: readonly { readonly id: LpId; readonly dueAt: string }[], now: Date, timeZone?: string, plain = false): string[] {
  const phrases = due.map((d) => `${principle(d.id).name} (${overdue(d.dueAt, now, timeZone)})`);
  return plain ? listed(phrases) : phrases.map((phrase, i) => `${phrase}${i === due.length - 1 ? '.' : ' ·'}`);
}
