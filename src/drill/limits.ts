/**
 * The values drill's numeric options accept, defined once: the command reads and checks them and --help states
 * them (the CLI imports this tiny module, not the command).
 */
import { counted } from '../text/show.js';

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
  /** What the option takes, as its error and --help say it: "a number of questions such as 3". */
  readonly takes: string;
  /** The value as typed, read; undefined when it is none the option takes. */
  readonly read: (text: string) => number | undefined;
  /** What the range counts, said after it: "seconds". */
  readonly unit?: string;
}

/** A whole number, spaces around it aside ("3"). */
export function wholeNumber(text: string): number | undefined {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
}

/** An amount: whole or with a decimal point ("2", "1.5", ".5"). */
const AMOUNT = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
/**
 * Hours, minutes, seconds, or any of them together, each with its unit: h, hr, hrs, hour or hours; m, min, mins, minute
 * or minutes; s, sec, secs, second or seconds ("1h30m", "2 min", "90secs", "1.5h", "15 minutes", "1 hour 30 minutes").
 */
const HOURS = String.raw`h(?:ours?|rs?)?`;
const MINUTES_UNIT = String.raw`m(?:inutes?|ins?)?`;
const UNITS = new RegExp(String.raw`^(?:${AMOUNT}\s*${HOURS})?\s*(?:${AMOUNT}\s*${MINUTES_UNIT})?\s*(?:${AMOUNT}\s*s(?:econds?|ecs?)?)?$`);
/** Hours or minutes with their unit, then minutes or seconds (under 60) without one, as said aloud: "1m30", "1min 30", "1h30". */
const THEN_WITHOUT_UNIT = new RegExp(String.raw`^(\d+)\s*(${HOURS}|${MINUTES_UNIT})\s*([0-5]?\d)$`);
/** A bare amount. */
const BARE = new RegExp(String.raw`^${AMOUNT}$`);

/** `n` seconds where that is a whole number of them (1.1 minutes is 66, not 66.00000000000001); otherwise undefined. */
function wholeSeconds(n: number): number | undefined {
  const whole = Math.round(n);
  return Math.abs(n - whole) < 1e-6 ? whole : undefined;
}

/**
 * A time, in whole seconds: with units ("90s", "90sec", "2m", "2min", "1m30s", "1h", "1.5m"), hours or minutes then
 * minutes or seconds ("1m30", "1h30"), minutes and seconds as the drill clock shows them ("1:30", "02:00"), or a bare
 * number, of seconds each unless `bare` says how many seconds it counts (60 for --minutes: "15", "1.5"); in any case,
 * spaces around it and between its parts aside. A time that is not whole seconds ("1.5s") is none.
 */
export function seconds(text: string, bare = 1): number | undefined {
  const time = text.trim().toLowerCase();
  const clock = /^(\d+):([0-5]\d)$/.exec(time);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const then = THEN_WITHOUT_UNIT.exec(time);
  if (then) {
    const unit = then[2]!.startsWith('h') ? 60 : 1;
    return (Number(then[1]) * 60 + Number(then[3])) * unit;
  }
  const units = UNITS.exec(time);
  if (units && units.slice(1).some((part) => part !== undefined)) {
    return wholeSeconds(Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0));
  }
  const number = BARE.exec(time);
  return number ? wholeSeconds(Number(number[1]) * bare) : undefined;
}

/** -n, --count: how many questions. */
export const COUNT: Range = { min: 1, max: 100, fallback: 3, takes: 'a number of questions such as 3', read: wholeNumber };
/** -t, --time: the time per answer, in seconds. */
export const SECONDS: Range = {
  min: 10,
  max: 3600,
  fallback: 120,
  // The one list of its forms: its error, --help and the README's drill options give it, each example within range
  // (not 1h30, which the parser takes and is over an hour).
  takes: 'the time per answer: seconds (90, 90s or 90sec), minutes (2m, 2min or 1.5m), hours (1h), minutes and seconds (1m30s or 1m30) or m:ss (1:30)',
  read: seconds,
  unit: 'seconds',
};

/**
 * --minutes' value, in minutes (1.5 for "90s"): a time as --time reads it, a bare number being minutes ("15", "1.5").
 * Not m:ss: a time box of "1:30" is an hour and a half as often as a minute and a half.
 */
function boxMinutes(text: string): number | undefined {
  if (text.includes(':')) return undefined;
  const n = seconds(text, 60);
  return n === undefined ? undefined : n / 60;
}

/**
 * --minutes: a time box for the whole drill, in minutes; no new question starts once it is spent. (Its fallback is
 * unused: without --minutes a drill has no time box.)
 */
export const MINUTES: Range = {
  min: 1,
  max: 240,
  fallback: 0,
  takes: 'a time box for the whole drill in minutes (15 or 1.5) or with units (15m, 90s, 1h, 1h30m or 1h30)',
  read: boxMinutes,
  unit: 'minutes',
};

/** A time box of `minutes` as the drill says it: "15 minutes", "1 minute", "1 minute 30 seconds" (for 1.5). */
export function boxText(minutes: number): string {
  const total = Math.round(minutes * 60);
  const [m, s] = [Math.floor(total / 60), total % 60];
  return s === 0 ? counted(m, 'minute') : `${counted(m, 'minute')} ${counted(s, 'second')}`;
}

/**
 * How many questions a time box of `minutes` draws where --count isn't given: as many whole answers of `limit`
 * seconds as fit in it (15 minutes of 2:00 answers: 7), within COUNT, so the drill's heading ("up to 7 questions in
 * 15 minutes, 02:00 each") says what the box holds. (It drew one more for the part of an answer left over, 8, which
 * no answer at its limit leaves room for.) With the follow-up and the self-check after each answer, the box is spent
 * before most such lists are.
 */
export function boxCount(minutes: number, limit: number): number {
  return Math.max(COUNT.min, Math.min(COUNT.max, Math.floor(Math.round(minutes * 60) / limit)));
}

/**
 * What --seed takes, said when it is given none (`drill --seed` as the last word) or an option where its value goes
 * (`--seed -n 2`).
 */
export const SEED_TAKES = 'a number after it, as in --seed 7 (any word will do too)';

/** How --help and an error say a range: "10 to 3600", "10 to 3600 seconds". */
export const rangeText = (range: Range): string => `${range.min} to ${range.max}${range.unit ? ` ${range.unit}` : ''}`;
