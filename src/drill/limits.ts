/**
 * The values drill's numeric options accept, defined once: the command checks them and --help states them
 * (the CLI imports this tiny module, not the command).
 */
export interface Range {
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
}

/** -n, --count: how many questions. */
export const COUNT: Range = { min: 1, max: 100, fallback: 3 };
/** -t, --time: seconds per answer. */
export const SECONDS: Range = { min: 10, max: 3600, fallback: 120 };

/** How --help says a range: "10 to 3600". */
export const rangeText = (range: Range): string => `${range.min} to ${range.max}`;
