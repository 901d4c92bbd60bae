/**
 * Questions asked a line at a time, for a dumb terminal (TERM=dumb: a screen reader's, an editor's shell buffer). There
 * inquirer's prompts, which erase and rewrite the question and all that is typed at every key, came out as a line of
 * control codes per key, each read aloud. Here the terminal is left in its own line mode: it echoes and edits what is
 * typed, Enter sends the line, and nothing is redrawn nor any control sequence written.
 *
 * Imported only with `await import('…/line-prompt.js')` from the interactive paths of `new` and `drill`.
 */
import { createInterface } from 'node:readline';

/**
 * How long after a line another makes both one answer, a paste of several lines (as `new`'s prompt takes a paste,
 * PASTE_GAP_MS in commands/new-prompt.ts): far quicker than anyone types after answering.
 */
export const LINE_PASTE_GAP_MS = 150;

/**
 * Thrown where the user stops: Ctrl-C (SIGINT, or the stop signal given), Ctrl-D or the end of input. Named as
 * inquirer names its own, which `new` and `drill` already take for a stop.
 */
export class LineInterrupted extends Error {
  override readonly name = 'ExitPromptError';
  constructor() {
    super('The prompt was stopped.');
  }
}

export interface LinePromptIo {
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  readonly output: NodeJS.WritableStream;
  /** Aborted on a stop from outside (drill's SIGINT and SIGTERM): the question is given up. */
  readonly signal?: AbortSignal;
}

export interface ReadLineOptions {
  /** Lines that follow each other within LINE_PASTE_GAP_MS are one answer, joined with "\n" (a paste); else the first line is the answer. */
  readonly paste?: boolean;
  /** Told the answer as typed so far (the lines sent), after each line. */
  readonly onLine?: (answer: string) => void;
}

/**
 * Writes `question` (as it is: end it with a space or a line break) and resolves to the next line typed, without its
 * line end; rejects with LineInterrupted on a stop.
 */
export function readLine(io: LinePromptIo, question: string, options: ReadLineOptions = {}): Promise<string> {
  const { input, output, signal } = io;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new LineInterrupted());
      return;
    }
    // The terminal's own line mode, which a keypress wait before may have left raw.
    if (input.isTTY && typeof input.setRawMode === 'function') input.setRawMode(false);
    const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
    const lines: string[] = [];
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      process.off('SIGINT', onStop);
      signal?.removeEventListener('abort', onStop);
      rl.off('close', onStop);
      rl.close();
      if (error) reject(error);
      else resolve(lines.join('\n'));
    };
    const onStop = () => finish(new LineInterrupted());
    rl.on('line', (line) => {
      // (Lines of the same chunk after the answer are not this question's.)
      if (settled) return;
      lines.push(line);
      options.onLine?.(lines.join('\n'));
      if (!options.paste) return finish();
      clearTimeout(timer);
      timer = setTimeout(() => finish(), LINE_PASTE_GAP_MS);
    });
    // Ctrl-D on an empty line, or the input's end: a stop, as Ctrl-C is.
    rl.once('close', onStop);
    // Ctrl-C in line mode is the terminal's SIGINT, not a key.
    process.once('SIGINT', onStop);
    signal?.addEventListener('abort', onStop, { once: true });
    output.write(question);
  });
}
