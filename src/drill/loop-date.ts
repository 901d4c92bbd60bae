/**
 * The loop date: the day of the interview loop, from `loopDate:` in the config or `--loop-date` on the command line.
 * A calendar day, not a time: counted in local calendar days as `ago` counts them, so "10 days to your loop" reads
 * the same at any hour. Pure: `today` is always passed in, as calendarDay (stats.ts) gives it. Light, as the config
 * reader (which lint loads) checks `loopDate:` with it: zod and nothing of the drill's.
 */
import * as z from 'zod/mini';

/** A day as the config writes it: YYYY-MM-DD, and a day that exists (not 2026-02-30). */
export const LoopDate = z.iso.date();

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD day as a count of days since 1 January 1970, as calendarDay counts them. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** The YYYY-MM-DD of a day counted as dayNumber counts it. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "+10", "+10d", "in 10 days", "in 1 day": so many days from today. */
const RELATIVE = /^(?:\+\s*(\d{1,4})\s*d?|in\s+(\d{1,4})\s+days?)$/i;

/**
 * A loop date as typed on the command line, as YYYY-MM-DD: an ISO day, or so many days after `today` ("+10d", "+10",
 * "in 10 days"); undefined where it is none of those. A relative day is for the command line alone: in the config it
 * would move every day.
 */
export function parseLoopDateOption(text: string, today: number): string | undefined {
  const typed = text.trim();
  if (LoopDate.safeParse(typed).success) return typed;
  const relative = RELATIVE.exec(typed);
  if (!relative) return undefined;
  return isoDay(today + Number(relative[1] ?? relative[2]));
}

/** How many days from `today` to the loop: 0 on the day, negative once past. */
export function daysToLoop(iso: string, today: number): number {
  return dayNumber(iso) - today;
}

/** "10 days to your loop (2026-12-17)", "1 day to …", "Your loop is today (2026-12-17)". */
export function countdown(iso: string, today: number): string {
  const days = daysToLoop(iso, today);
  if (days <= 0) return `Your loop is today (${iso})`;
  return `${days} day${days === 1 ? '' : 's'} to your loop (${iso})`;
}

/**
 * The start of the last day before the loop, in local time: a review FSRS would schedule after the loop is pulled
 * forward to it (see dueBy in schedule.ts), so every principle practised is practised once more before the loop.
 */
export function loopEve(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d - 1);
}
