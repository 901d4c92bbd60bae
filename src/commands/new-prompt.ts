/**
 * The text prompt `new` asks with: inquirer's `input`, except that a pasted paragraph comes in whole. A
 * terminal delivers a paste as keys, its line breaks as Enter, and `input` takes the first Enter as the
 * answer: the rest of the paste was lost, or answered the next questions. Here an Enter that more keys
 * follow at once (within PASTE_GAP_MS, far quicker than anyone types) is a line break in the answer, and
 * only an Enter that nothing follows submits it. Backspace on an empty line takes back the line above.
 *
 * Imported only with `await import('./new-prompt.js')` from the interactive path, as the drill's prompts are.
 */
import { createPrompt, isBackspaceKey, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useRef, useState } from '@inquirer/core';

/** How long after an Enter another key makes that Enter part of a paste. */
export const PASTE_GAP_MS = 40;

export interface PasteInputConfig {
  readonly message: string;
  /** An error message, or true when the answer will do. Given the answer with its lines joined by "\n". */
  readonly validate?: (answer: string) => true | string;
}

export const pasteInput = createPrompt<string, PasteInputConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [lines, setLines] = useState<readonly string[]>([]);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  // An Enter not yet known to be typed or pasted: the line it ended, and the timer that submits.
  const pending = useRef<{ line: string; timer: NodeJS.Timeout } | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  useEffect(() => () => clearTimeout(pending.current?.timer), []);

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    const waiting = pending.current;
    if (waiting) {
      // More keys straight after an Enter: it was a line break in a paste.
      clearTimeout(waiting.timer);
      pending.current = undefined;
      setLines([...lines, waiting.line]);
    }
    const above = waiting ? [...lines, waiting.line] : lines;
    if (isEnterKey(key)) {
      const line = value;
      setValue('');
      pending.current = {
        line,
        timer: setTimeout(() => {
          pending.current = undefined;
          const answer = [...above, line].join('\n');
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
      const last = above[above.length - 1]!;
      setLines(above.slice(0, -1));
      rl.write(last);
      setValue(last);
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    // The first line, and how many follow: the whole paste is in the file, not on the screen.
    const more = lines.length > 0 ? theme.style.help(` (+${lines.length} more ${lines.length === 1 ? 'line' : 'lines'})`) : '';
    return `${prefix} ${message} ${theme.style.answer(lines[0] ?? value)}${more}`;
  }
  const shown = lines.length === 0 ? `${prefix} ${message} ${value}` : [`${prefix} ${message} ${lines[0]}`, ...lines.slice(1), value].map((l, i) => (i === 0 ? l : `  ${l}`)).join('\n');
  return [shown, error ? theme.style.error(error) : ''];
});
