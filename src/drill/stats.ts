/** Practice statistics from the history: per principle, a trend of answer times, and what is due. Pure. */
import { LP_IDS, principle, type LpId } from '../principles/catalog.js';
import type { HistoryEntry } from './history.js';
import { dueReviews, isDue, memoryOf } from './schedule.js';

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
  readonly averageRating: number | null;
  /** ISO time of the last answer. */
  readonly lastPracticed: string | null;
  /** When spaced repetition next wants it (null: never practised, so due now). */
  readonly dueAt: string | null;
  readonly due: boolean;
}

export interface PracticeStats {
  readonly answers: number;
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

export function practiceStats(entries: readonly HistoryEntry[], now: Date): PracticeStats {
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const principles = LP_IDS.map((id): LpStats => {
    const mine = sorted.filter((e) => e.lps.includes(id));
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
      averageRating: n === 0 ? null : Math.round((mine.reduce((s, e) => s + e.rating, 0) / n) * 10) / 10,
      lastPracticed: n === 0 ? null : mine.at(-1)!.at,
      dueAt: memory ? memory.due.toISOString() : null,
      due: isDue(memory, now),
    };
  });
  // The practised ones as drill asks them first, then the never practised.
  const neverPractised = principles.filter((p) => p.dueAt === null).map((p) => p.id);
  const due = [...dueReviews(sorted, now).map((d) => d.id), ...neverPractised];
  const trendLimit = sorted.at(-1)?.limit ?? null;
  const atLimit = sorted.filter((e) => e.limit === trendLimit);
  return {
    answers: sorted.length,
    principles,
    trend: atLimit.slice(-TREND_LENGTH).map((e) => e.seconds),
    trendLimit,
    otherLimits: sorted.slice(-TREND_LENGTH).some((e) => e.limit !== trendLimit),
    due,
    neverPractised,
  };
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

/** How long ago, in words: "today", "yesterday", "3 days ago", "2 weeks ago". */
export function ago(iso: string, now: Date): string {
  const days = Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `${Math.floor(days / 30)} months ago`;
}

/** How overdue, in words: "due today", "3 days overdue". */
export function overdue(dueAt: string, now: Date): string {
  const days = Math.floor((now.getTime() - Date.parse(dueAt)) / 86_400_000);
  return days <= 0 ? 'due today' : `${days} day${days === 1 ? '' : 's'} overdue`;
}

/** When a practised principle is next due, in words: "in 5 days", "in 1 day", else as `overdue` says it. */
export function nextReview(dueAt: string, now: Date): string {
  const days = Math.ceil((Date.parse(dueAt) - now.getTime()) / 86_400_000);
  return days <= 0 ? overdue(dueAt, now) : `in ${days} day${days === 1 ? '' : 's'}`;
}

/** The principles due, as phrases for `wrapPhrases`: "Think Big (3 days overdue) ·", …, the last ending in ".". */
export function duePhrases(due: readonly { readonly id: LpId; readonly dueAt: string }[], now: Date): string[] {
  return due.map((d, i) => `${principle(d.id).name} (${overdue(d.dueAt, now)})${i === due.length - 1 ? '.' : ' ·'}`);
}
