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
import { createPrompt, isBackspaceKey, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useRef, useState } from '@inquirer/core';

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
    const brackets = process.env.TERM !== 'dumb' && (output.isTTY ?? (process.stdout.isTTY === true));
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
    const all = answerOf([...lines, value]).split('\n');
    const more = all.length > 1 ? theme.style.help(` (+${all.length - 1} more ${all.length === 2 ? 'line' : 'lines'})`) : '';
    return `${prefix} ${message} ${theme.style.answer(all[0]!)}${more}`;
  }
  const shown = lines.length === 0 ? `${prefix} ${message} ${value}` : [`${prefix} ${message} ${lines[0]}`, ...lines.slice(1), value].map((l, i) => (i === 0 ? l : `  ${l}`)).join('\n');
  return [shown, error ? theme.style.error(error) : ''];
});
