/**
 * The drill's questions after an answer (the self-check, the rating, the story used) as numbered lists answered a line
 * at a time, for a dumb terminal (TERM=dumb; see line-prompt.ts), where inquirer's menus erase and redraw themselves at
 * every key. Each list is printed once; the answer is typed as its numbers, and said back on a line of its own.
 *
 * Imported only with `await import('./line-menus.js')` from the interactive drill, as its inquirer prompts are.
 */
import { readLine, type LinePromptIo } from '../line-prompt.js';
import { wrapText } from '../text/wrap.js';

export interface MenuItem<T> {
  readonly value: T;
  /** The line in the list. */
  readonly name: string;
  /** What is said back once chosen (default: the name). */
  readonly short?: string;
}

/** The items, a line each after their numbers ("  2. Said "I" …"), wrapped to `width` under their text. */
function listing(items: readonly MenuItem<unknown>[], width: number): string {
  return items.map((item, i) => wrapText(`  ${i + 1}. ${item.name}`, width, String(i + 1).length + 4)).join('\n');
}

/** The numbers typed (spaces or commas between them), each from 1 to `n`, as indexes; undefined where any is not one. */
export function numbersTyped(typed: string, n: number): number[] | undefined {
  const said = typed.split(/[\s,]+/).filter(Boolean);
  const picked: number[] = [];
  for (const word of said) {
    if (!/^\d+$/.test(word) || Number(word) < 1 || Number(word) > n) return undefined;
    if (!picked.includes(Number(word) - 1)) picked.push(Number(word) - 1);
  }
  return picked.sort((a, b) => a - b);
}

/**
 * Why `typed` is no answer to a list of `n` (the question is asked again after it): the first word that is no number
 * of the list (`"y" is not a number from 1 to 4.`), or, where `one` is wanted, that it gave more (`"1 3" is two
 * numbers: type one, from 1 to 4.`). (It said `"y" is not numbers from 1 to 4.`, which a screen reader reads as said.)
 */
export function notAnAnswer(typed: string, n: number, one: boolean): string {
  const words = typed.split(/[\s,]+/).filter(Boolean);
  const wrong = words.find((word) => !/^\d+$/.test(word) || Number(word) < 1 || Number(word) > n);
  if (wrong !== undefined) return `"${wrong}" is not a number from 1 to ${n}.`;
  return `"${typed.trim()}" is ${words.length === 2 ? 'two numbers' : 'more than one number'}: type one, from 1 to ${n}.`;
}

/**
 * `message` and the items, numbered; the numbers of those that apply are typed on a line, Enter alone for none. Said
 * back as inquirer's checkbox says it once answered, the items' short names or "none": `Self-check: what did your
 * answer do? metric, "I"`.
 */
export async function lineChecks<T>(io: LinePromptIo, message: string, items: readonly MenuItem<T>[], width: number): Promise<T[]> {
  io.output.write(`${wrapText(message, width, 0)}\n${listing(items, width)}\n`);
  const ask = wrapText('Type the numbers that apply (as 1 3), or Enter for none:', width, 0);
  for (;;) {
    const typed = await readLine(io, `${ask} `);
    const picked = numbersTyped(typed, items.length);
    if (picked) {
      const said = picked.length === 0 ? 'none' : picked.map((i) => items[i]!.short ?? items[i]!.name).join(', ');
      io.output.write(`${wrapText(`${message} ${said}`, width, 2)}\n`);
      return picked.map((i) => items[i]!.value);
    }
    io.output.write(`${wrapText(notAnAnswer(typed, items.length, false), width, 0)}\n`);
  }
}

/**
 * `message` and the items, numbered; one number is typed, Enter alone for the item at `fallback`. Said back as
 * inquirer's select says it once answered: `How good was the answer? 3`.
 */
export async function lineChoice<T>(io: LinePromptIo, message: string, items: readonly MenuItem<T>[], fallback: number, width: number): Promise<T> {
  io.output.write(`${wrapText(message, width, 0)}\n${listing(items, width)}\n`);
  const named = items[fallback]!.short ?? items[fallback]!.name;
  const ask = wrapText(`Type a number from 1 to ${items.length}, or Enter for ${fallback + 1}${named === String(fallback + 1) ? '' : ` (${named})`}:`, width, 0);
  for (;;) {
    const typed = await readLine(io, `${ask} `);
    const picked = numbersTyped(typed, items.length);
    if (picked && picked.length <= 1) {
      const item = items[picked[0] ?? fallback]!;
      io.output.write(`${wrapText(`${message} ${item.short ?? item.name}`, width, 2)}\n`);
      return item.value;
    }
    io.output.write(`${wrapText(notAnAnswer(typed, items.length, true), width, 0)}\n`);
  }
}
