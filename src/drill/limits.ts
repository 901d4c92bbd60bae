/**
 * The values drill's numeric options accept, defined once: the command reads and checks them and --help states
 * them (the CLI imports this tiny module, not the command).
 */
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

/** Minutes, seconds, or both, each with its unit: m, min or mins; s, sec or secs ("1m30s", "2 min", "90secs"). */
const UNITS = /^(?:(\d+)\s*m(?:ins?)?)?\s*(?:(\d+)\s*s(?:ecs?)?)?$/;
/** Minutes with their unit, then seconds (under 60) without one, as said aloud: "1m30", "1min 30". */
const MINUTES_THEN_SECONDS = /^(\d+)\s*m(?:ins?)?\s*([0-5]?\d)$/;

/**
 * A time, in seconds: whole seconds ("90"), with units ("90s", "90sec", "2m", "2min", "1m30s"), minutes then
 * seconds ("1m30"), or minutes and seconds as the drill clock shows them ("1:30", "02:00"); in any case,
 * spaces around it and between its parts aside.
 */
export function seconds(text: string): number | undefined {
  const time = text.trim().toLowerCase();
  const clock = /^(\d+):([0-5]\d)$/.exec(time) ?? MINUTES_THEN_SECONDS.exec(time);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const units = UNITS.exec(time);
  if (units && (units[1] !== undefined || units[2] !== undefined)) return Number(units[1] ?? 0) * 60 + Number(units[2] ?? 0);
  return wholeNumber(time);
}

/** -n, --count: how many questions. */
export const COUNT: Range = { min: 1, max: 100, fallback: 3, takes: 'a number of questions such as 3', read: wholeNumber };
/** -t, --time: the time per answer, in seconds. */
export const SECONDS: Range = {
  min: 10,
  max: 3600,
  fallback: 120,
  takes: 'the time per answer: seconds (90, 90s or 90sec), minutes (2m or 2min), both (1m30s or 1m30) or m:ss (1:30)',
  read: seconds,
  unit: 'seconds',
};

/**
 * --minutes: a time box for the whole drill, in minutes; no new question starts once it is spent. (Its fallback is
 * unused: without --minutes a drill has no time box.)
 */
export const MINUTES: Range = { min: 1, max: 240, fallback: 0, takes: 'a whole number of minutes such as 15', read: wholeNumber, unit: 'minutes' };

/**
 * How many questions a time box of `minutes` draws where --count isn't given: as many answers of `limit` seconds
 * as fit in it (15 minutes of 2:00 answers: 8), within COUNT. With the follow-up and the self-check after each
 * answer, the box is spent before most such lists are.
 */
export function boxCount(minutes: number, limit: number): number {
  return Math.max(COUNT.min, Math.min(COUNT.max, Math.ceil((minutes * 60) / limit)));
}

/** How --help and an error say a range: "10 to 3600", "10 to 3600 seconds". */
export const rangeText = (range: Range): string => `${range.min} to ${range.max}${range.unit ? ` ${range.unit}` : ''}`;
