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

/**
 * A time, in seconds: whole seconds ("90"), with units ("90s", "2m", "1m30s"), or minutes and seconds as the
 * drill clock shows them ("1:30", "02:00"); in any case, spaces around it aside.
 */
export function seconds(text: string): number | undefined {
  const time = text.trim().toLowerCase();
  const clock = /^(\d+):([0-5]\d)$/.exec(time);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const units = /^(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/.exec(time);
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
  takes: 'the time per answer: seconds (90 or 90s), minutes (2m), both (1m30s) or m:ss (1:30)',
  read: seconds,
  unit: 'seconds',
};

/** How --help and an error say a range: "10 to 3600", "10 to 3600 seconds". */
export const rangeText = (range: Range): string => `${range.min} to ${range.max}${range.unit ? ` ${range.unit}` : ''}`;
