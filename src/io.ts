import { wholeNumber } from './drill/limits.js';

/** The process edge, handed to commands so the commands themselves stay testable. */
export interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
  /**
   * The terminal's width, when standard output is a terminal (COLUMNS, where set to a width, over the one the
   * terminal reports, as ls and git take it); undefined when it is piped or a file.
   */
  readonly columns?: number;
}

/**
 * The fewest columns taken as a terminal's width. Fewer is no terminal anyone reads in but one that reports no
 * width at all: a pseudo-terminal left at 0 columns (`script -qc`, some CI runners and containers) wrapped the
 * text a word to a line.
 */
export const MIN_TERMINAL_WIDTH = 20;

/**
 * The width to wrap a terminal's text to: COLUMNS where it holds a whole number of MIN_TERMINAL_WIDTH or more,
 * else the terminal's own where it is that wide; undefined where neither is, and the text is laid out as piped.
 */
export function terminalWidth(env: NodeJS.ProcessEnv, reported: number | undefined): number | undefined {
  const set = wholeNumber(env.COLUMNS ?? '') ?? 0;
  if (set >= MIN_TERMINAL_WIDTH) return set;
  return reported !== undefined && reported >= MIN_TERMINAL_WIDTH ? reported : undefined;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void (text && process.stdout.write(text)),
    stderr: (text) => void (text && process.stderr.write(text)),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? terminalWidth(process.env, process.stdout.columns) : undefined,
  };
}
