/**
 * The answer clock. `timerView` is pure: elapsed seconds, the limit and a width give the bar, the
 * mm:ss text and a tone. The tone turns from `running` to `late` at three quarters of the limit (90 s of
 * the default 2 minutes) and to `over` at the limit, when the clock counts the overtime up.
 * `countdown` is the ticking loop; its clock and its timer are injected, so tests don't wait.
 */
import type { ChalkInstance } from 'chalk';

export type Tone = 'running' | 'late' | 'over';

export interface TimerView {
  readonly bar: string;
  /** "01:12 left", or "+00:15 over". */
  readonly clock: string;
  readonly tone: Tone;
}

/** The share of the limit after which the clock changes colour. */
export const LATE_SHARE = 0.75;
const FULL = '█';
const EMPTY = '░';

/** Seconds as mm:ss (minutes grow past 99 if they must). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** Seconds as a summary's m:ss, to the nearest second ("1:43" for a median of 102.5), as stats and the report show them. */
export function shortClock(seconds: number): string {
  return formatClock(Math.round(seconds)).replace(/^0(?=\d:)/, '');
}

export function timerView(elapsed: number, limit: number, width: number): TimerView {
  const cells = Math.max(1, Math.floor(width));
  if (elapsed >= limit) {
    return { bar: FULL.repeat(cells), clock: `+${formatClock(elapsed - limit)} over`, tone: 'over' };
  }
  const filled = Math.min(cells, Math.floor((cells * Math.max(0, elapsed)) / limit));
  return {
    bar: FULL.repeat(filled) + EMPTY.repeat(cells - filled),
    clock: `${formatClock(Math.ceil(limit - elapsed))} left`,
    tone: elapsed >= limit * LATE_SHARE ? 'late' : 'running',
  };
}

/** The timer as one coloured line: green, then yellow, then red. */
export function renderTimer(view: TimerView, c: ChalkInstance): string {
  const paint = view.tone === 'running' ? c.green : view.tone === 'late' ? c.yellow : c.red;
  return `${paint(view.bar)} ${paint.bold(view.clock)}`;
}

/** Milliseconds since some fixed point; Date.now in real use, a variable in tests. */
export type Clock = () => number;
/** Calls `fn` every `ms` milliseconds until the returned function is called. */
export type Ticker = (ms: number, fn: () => void) => () => void;

export const realTicker: Ticker = (ms, fn) => {
  const handle = setInterval(fn, ms);
  return () => clearInterval(handle);
};

export interface CountdownOptions {
  readonly limit: number;
  readonly clock: Clock;
  readonly ticker: Ticker;
  /** Draws the timer for this many elapsed seconds. */
  readonly draw: (elapsed: number) => void;
  /** Settles when the answer is over (Enter); a rejection (Ctrl-C) stops the clock and is passed on. */
  readonly until: Promise<unknown>;
  readonly tickMs?: number;
}

/** Runs the clock until `until` settles; resolves to the whole seconds the answer took. */
export async function countdown(options: CountdownOptions): Promise<number> {
  const start = options.clock();
  const elapsed = () => Math.max(0, (options.clock() - start) / 1000);
  options.draw(0);
  const stop = options.ticker(options.tickMs ?? 250, () => options.draw(elapsed()));
  try {
    await options.until;
  } finally {
    stop();
  }
  return Math.round(elapsed());
}
