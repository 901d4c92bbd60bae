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

/** A day written YYYY-MM-DD, whether or not it exists. */
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The first year a loop date may fall in, and how many years ahead of today it may be: a year outside is a slip. */
const FIRST_YEAR = 1970;
const YEARS_AHEAD = 5;

/**
 * A YYYY-MM-DD day as a count of days since 1 January 1970, as calendarDay counts them. Any year, 0000 too: Date.UTC
 * reads the years 0 to 99 as 1900 to 1999.
 */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime() / DAY_MS;
}

/** The YYYY-MM-DD of a day counted as dayNumber counts it. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "+10", "+10d", "in 10 days", "in 1 day": so many days from today. */
const RELATIVE = /^(?:\+\s*(\d{1,4})\s*d?|in\s+(\d{1,4})\s+days?)$/i;

/** The day typed, as YYYY-MM-DD (as written, whether or not it exists), or so many days after `today`; else undefined. */
function typedDay(text: string, today: number): string | undefined {
  const typed = text.trim();
  if (ISO_SHAPE.test(typed)) return typed;
  const relative = RELATIVE.exec(typed);
  return relative ? isoDay(today + Number(relative[1] ?? relative[2])) : undefined;
}

/**
 * Why a day written YYYY-MM-DD, or so many days from `today`, is no loop date: "2026 has no 29 February", "there is no
 * month 13", "0099 is before 1970", "2040-01-01 is more than 5 years away". Undefined where it is one, and where the
 * text is neither (the caller says what it takes).
 */
export function loopDateFault(text: string, today: number): string | undefined {
  const day = typedDay(text, today);
  if (day === undefined) return undefined;
  const [, year, month, date] = ISO_SHAPE.exec(day)!;
  const [y, m, d] = [Number(year), Number(month), Number(date)];
  if (m < 1 || m > 12) return `there is no month ${month}`;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (d < 1 || d > days) return `${year} has no ${d} ${MONTHS[m - 1]}`;
  if (y < FIRST_YEAR) return `${year} is before ${FIRST_YEAR}`;
  const ahead = new Date(today * DAY_MS);
  ahead.setUTCFullYear(ahead.getUTCFullYear() + YEARS_AHEAD);
  if (dayNumber(day) > ahead.getTime() / DAY_MS) return `${day} is more than ${YEARS_AHEAD} years away`;
  return undefined;
}

/**
 * A loop date as typed on the command line, as YYYY-MM-DD: an ISO day, or so many days after `today` ("+10d", "+10",
 * "in 10 days"); undefined where it is none of those, or is no loop date (loopDateFault). A relative day is for the
 * command line alone: in the config it would move every day.
 */
export function parseLoopDateOption(text: string, today: number): string | undefined {
  const day = typedDay(text, today);
  return day !== undefined && LoopDate.safeParse(day).success && loopDateFault(day, today) === undefined ? day : undefined;
}

// A day written day first or month first, with a four-digit year: "17/12/2026", "12-17-2026", "17.12.2026".
const WRITTEN_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A day written in another order ("17/12/2026", "12/17/2026") as YYYY-MM-DD, where only one order reads as a day: 17
 * is no month, so "17/12/2026" is 2026-12-17. Undefined where both orders are days and differ ("05/06/2026": 5 June or
 * May 6?), or neither is, or the text is not written so.
 */
export function isoOfWrittenDay(text: string): string | undefined {
  const written = WRITTEN_DAY.exec(text.trim());
  if (!written) return undefined;
  const [, a, b, year] = written as unknown as [string, string, string, string];
  const iso = (month: string, day: string) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  // Each order that is a day at all (a month of 12 or fewer, a day its month has), in a year a loop may fall in; the
  // year is the same in both.
  if (Number(year) < FIRST_YEAR) return undefined;
  const days = [...new Set([iso(b, a), iso(a, b)])].filter((day) => LoopDate.safeParse(day).success);
  return days.length === 1 ? days[0] : undefined;
}

/** A loop date as the config writes it, on `today`, for its error: a month ahead, never a day already past. */
export function exampleLoopDate(today: number): string {
  return isoDay(today + 30);
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
 * forward to it (see dueBy in schedule.ts), so every principle practised is practised once more before the loop. On
 * the loop's day, the eve being past, dueBy pulls it to the start of today instead.
 */
export function loopEve(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const eve = new Date(0, 0, 1);
  eve.setFullYear(y, m - 1, d - 1);
  return eve;
}
