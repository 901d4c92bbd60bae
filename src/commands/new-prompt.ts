/**
 * The text prompt `new` asks with: inquirer's `input`, except that a pasted paragraph comes in whole. A
 * terminal delivers a paste as keys, its line breaks as Enter, and `input` takes the first Enter as the
 * answer: the rest of the paste was lost, or answered the next questions. Here the prompt turns on the
 * terminal's bracketed paste, so an Enter inside a paste is a line break in the answer however slowly the
 * paste arrives; a terminal without it (or a paste the brackets miss) falls back on time: an Enter that more
 * keys follow within PASTE_GAP_MS, far quicker than anyone types after answering, is a line break too. Only
 * an Enter that nothing follows submits. A Windows line end (\r\n) is one break. Backspace on an empty line
 * takes back the line above.
 *
 * Imported only with `await import('./new-prompt.js')` from the interactive path, as the drill's prompts are.
 */
import { isDumbTerminal } from '../color.js';
import { createPrompt, isBackspaceKey, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useRef, useState } from '@inquirer/core';
import { promptWidth, wrapText } from '../text/wrap.js';

/** How long after an Enter another key makes that Enter part of a paste, where the terminal doesn't bracket it. */
export const PASTE_GAP_MS = 150;

// Bracketed paste on and off (xterm's mode 2004): the terminal then wraps a paste in paste-start and paste-end.
const BRACKETS_ON = '\x1b[?2004h';
const BRACKETS_OFF = '\x1b[?2004l';

export interface PasteInputConfig {
  readonly message: string;
  /** An error message, or true when the answer will do. Given the answer with its lines joined by "\n". */
  readonly validate?: (answer: string) => true | string;
  /** Told the answer as typed so far, after each key: what Ctrl-C would otherwise throw away. */
  readonly onType?: (answer: string) => void;
  /** The terminal's width, to wrap the answer echoed at its words as `message` is (see `fitPrompt`); none piped. */
  readonly columns?: number;
}

/**
 * `answer` laid out after `message` (a question `fitPrompt` wrapped, its lines after the first two columns in) on a
 * terminal `columns` wide, a column spare as the question has, `after` kept on its last line: the text to put after
 * the message, its first line on the message's last from a space on where its first word fits there, else on the
 * line under it; each line after it two columns in. As it is, with a space before it, not in a terminal. (Left to
 * the terminal, an answer broke mid-word: "202 / 3", "wro / te", "payments / ,", at 100 columns in a twenty-sixth
 * user's trial.)
 */
export function fitAnswer(message: string, answer: string, columns: number | undefined, after = ''): string {
  if (columns === undefined || answer.trim() === '') return ` ${answer}`;
  // (Spaces at its end are nothing to see, and would leave the count alone on a line.)
  const text = answer.trimEnd();
  const width = promptWidth(columns);
  const tail = after ? `\u00A0${after.replaceAll(' ', '\u00A0')}` : '';
  const last = message.slice(message.lastIndexOf('\n') + 1);
  // (The "? " or "✔ " before the question's first line, as fitPrompt counts it.)
  const column = (message.includes('\n') ? last.length : 2 + last.length) + 1;
  const beside = wrapText(' '.repeat(column) + text + tail, width, 2);
  const firstEnd = beside.indexOf('\n');
  const laid = (firstEnd === -1 ? beside.length : firstEnd) <= width ? beside.slice(column - 1) : `\n${wrapText(`  ${text}${tail}`, width, 2)}`;
  return tail ? laid.slice(0, -tail.length) : laid;
}

/** The lines as an answer, without the empty lines a paste ends with. */
function answerOf(lines: readonly string[]): string {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  return lines.slice(0, end).join('\n');
}

/** Writes to the prompt's output, which inquirer keeps muted between its own renders. */
function writeRaw(output: NodeJS.WritableStream & { mute?: () => void; unmute?: () => void; isTTY?: boolean }, text: string): void {
  output.unmute?.();
  output.write(text);
  output.mute?.();
}

export const pasteInput = createPrompt<string, PasteInputConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [lines, setLines] = useState<readonly string[]>([]);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  // An Enter not yet known to be typed or pasted: the line it ended, and the timer that submits.
  const pending = useRef<{ line: string; timer: NodeJS.Timeout } | undefined>(undefined);
  // Inside a bracketed paste; and the last key's sequence, to take "\r\n" as one line end.
  const pasting = useRef(false);
  const last = useRef('');
  const prefix = usePrefix({ status, theme });

  useEffect((rl) => {
    const output = rl.output as Parameters<typeof writeRaw>[0];
    const brackets = !isDumbTerminal(process.env) && (output.isTTY ?? (process.stdout.isTTY === true));
    if (brackets) writeRaw(output, BRACKETS_ON);
    return () => {
      clearTimeout(pending.current?.timer);
      if (brackets) writeRaw(output, BRACKETS_OFF);
    };
  }, []);

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    const sequence = key.name === 'enter' && (key as { sequence?: string }).sequence === '\n' && last.current === '\r' ? 'skip' : ((key as { sequence?: string }).sequence ?? '');
    last.current = sequence;
    // The "\n" of a "\r\n": its "\r" has ended the line already.
    if (sequence === 'skip') return;
    if (key.name === 'paste-start' || key.name === 'paste-end') {
      pasting.current = key.name === 'paste-start';
      return;
    }
    const waiting = pending.current;
    if (waiting) {
      // More keys straight after an Enter: it was a line break in a paste.
      clearTimeout(waiting.timer);
      pending.current = undefined;
      setLines([...lines, waiting.line]);
    }
    const above = waiting ? [...lines, waiting.line] : lines;
    if (isEnterKey(key) && pasting.current) {
      // An Enter inside a bracketed paste: a line break, however long the paste takes to arrive.
      setLines([...above, value]);
      setValue('');
    } else if (isEnterKey(key)) {
      const line = value;
      setValue('');
      pending.current = {
        line,
        timer: setTimeout(() => {
          pending.current = undefined;
          const answer = answerOf([...above, line]);
          const verdict = config.validate?.(answer) ?? true;
          if (verdict === true) {
            setLines(above);
            setValue(line);
            setStatus('done');
            done(answer);
          } else {
            // As `input` does: the line comes back to be mended, with the message under it.
            rl.write(line);
            setValue(line);
            setError(verdict);
          }
        }, PASTE_GAP_MS),
      };
    } else if (isBackspaceKey(key) && value === '' && rl.line === '' && above.length > 0) {
      const back = above[above.length - 1]!;
      setLines(above.slice(0, -1));
      rl.write(back);
      setValue(back);
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });

  // Lines typed, the one an Enter may have ended, and the one being typed.
  if (status === 'idle') config.onType?.(answerOf([...lines, ...(pending.current ? [pending.current.line] : []), value]));
  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    // The first line, and how many follow: the whole paste is in the file, not on the screen.
    // Wrapped at its words, as the question is: inquirer would break it mid-word at the terminal's edge.
    const all = answerOf([...lines, value]).split('\n');
    const more = all.length > 1 ? `(+${all.length - 1} more ${all.length === 2 ? 'line' : 'lines'})` : '';
    const [gap, first] = split(fitAnswer(config.message, all[0]!, config.columns, more));
    return `${prefix} ${message}${gap}${theme.style.answer(first)}${more ? ` ${theme.style.help(more)}` : ''}`;
  }
  // The lines pasted so far wrapped as the echo is; the line being typed is left to the terminal, as the cursor is.
  const above = lines.map((line, i) => (i === 0 ? fitAnswer(config.message, line, config.columns) : `\n${config.columns === undefined ? `  ${line}` : wrapText(`  ${line}`, promptWidth(config.columns), 2)}`));
  const shown = lines.length === 0 ? `${prefix} ${message} ${value}` : `${prefix} ${message}${above.join('')}\n  ${value}`;
  return [shown, error ? theme.style.error(error) : ''];
});

/** A laid-out answer's gap (a space, or a line break and the indent under it) and its text, to colour apart. */
function split(laid: string): [gap: string, text: string] {
  const gap = /^(?: |\n {2})/.exec(laid)?.[0] ?? '';
  return [gap, laid.slice(gap.length)];
}
