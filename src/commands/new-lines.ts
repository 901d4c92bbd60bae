/**
 * `new`'s walk-through on a dumb terminal (TERM=dumb): each question on a line of its own, answered a line at a time
 * (line-prompt.ts), where inquirer's prompt erased and rewrote the question and all that was typed at every key. A
 * paste of several lines is one answer, as in the prompt it replaces.
 *
 * Imported only with `await import('./new-lines.js')` from the interactive path.
 */
import { HINTS } from '../bank/template.js';
import { readLine } from '../line-prompt.js';
import { promptWidth, wrapText } from '../text/wrap.js';
import type { Ask } from './new.js';

/** Said once, before the first question: how to answer, and the way with no questions at all. */
export const LINE_INTRO =
  'Each question is asked on a line: type the answer, then press Enter (Enter alone leaves that part empty). Ctrl-C stops, printing what you typed. To give the parts as flags instead, see tpm-prep new --help (--yes asks nothing).';

/** The Ask of `new` on standard input and output, its questions and refusals wrapped to a terminal `columns` wide. */
export function lineAsk(columns: number | undefined): Ask {
  const io = { input: process.stdin, output: process.stdout };
  const fit = (text: string) => (columns === undefined ? text : wrapText(text, promptWidth(columns), 0));
  let introduced = false;
  return async (field, validate, typed) => {
    if (!introduced) io.output.write(`${fit(LINE_INTRO)}\n`);
    introduced = true;
    const question = field === 'draft' ? `${HINTS.draft} (y/N)` : HINTS[field];
    for (;;) {
      // A yes or no is one line; anything else may be pasted, several lines at once.
      const answer = await readLine(io, `${fit(question)} `, { paste: field !== 'draft', ...(typed ? { onLine: typed } : {}) }).catch((error: unknown) => {
        // Stopped with the cursor after the question: what new says next goes on a line of its own.
        io.output.write('\n');
        throw error;
      });
      const verdict = validate(answer);
      if (verdict === true) return answer;
      io.output.write(`${fit(verdict)}\n`);
    }
  };
}
