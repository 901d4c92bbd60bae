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

/** The width to wrap a terminal's text to: COLUMNS where it holds a whole number of 1 or more, else the terminal's own. */
export function terminalWidth(env: NodeJS.ProcessEnv, reported: number | undefined): number | undefined {
  const set = wholeNumber(env.COLUMNS ?? '') ?? 0;
  return set >= 1 ? set : reported;
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
