/**
 * The text after a command's options in its --help (its examples and notes), laid out for the line it is
 * printed on, as commander lays out the options above it: on a terminal its width, piped 80. Pure.
 */
import { wrap, wrapText } from './text/wrap.js';

/** A command line, and what it does; the command is shown after "$ ". */
export type Example = readonly [command: string, does?: string];

/** Examples, under "Examples:"; or notes, a paragraph each, with lines to copy as they are (`code`) after them. */
export type HelpBlock = { readonly examples: readonly Example[] } | { readonly notes: readonly string[]; readonly code?: readonly string[] };

const PROMPT = '  $ ';
/** The space between a command and what it does, beside it. */
const GAP = 2;
/** The narrowest column worth putting what a command does in beside it; under this, it goes under the command. */
export const MIN_ROOM = 16;
/** The indent of a command's continuation lines, and of what it does when no column beside the commands fits. */
const UNDER = 6;

/** `blocks` as the text after the options, on lines of at most `width` columns (but for a word longer than that). */
export function afterHelp(blocks: readonly HelpBlock[], width: number): string {
  return '\n' + blocks.map((block) => ('examples' in block ? examplesText(block.examples, width) : notesText(block, width))).join('\n\n');
}

function notesText(block: { readonly notes: readonly string[]; readonly code?: readonly string[] }, width: number): string {
  const code = (block.code ?? []).map((line) => (2 + line.length <= width ? `  ${line}` : line));
  return [...block.notes.map((note) => wrapText(note, width, 0)), ...code].join('\n');
}

/**
 * "Examples:" and a line or more for each: what a command does beside it in one column, wherever the
 * commands that fit in it leave room enough; the column that takes the fewest lines, the narrower of two.
 */
function examplesText(examples: readonly Example[], width: number): string {
  const candidates = [...new Set(examples.filter(([, does]) => does !== undefined).map(([command]) => PROMPT.length + command.length + GAP))]
    .filter((column) => width - column >= MIN_ROOM)
    .sort((a, b) => a - b);
  const layouts = (candidates.length > 0 ? candidates : [UNDER]).map((column) => examples.flatMap((example) => exampleLines(example, column, width)));
  const fewest = layouts.reduce((best, layout) => (layout.length < best.length ? layout : best));
  return ['Examples:', ...fewest].join('\n');
}

/** One example: its command (see commandLines), and what it does beside it when it fits before `column`, else under it. */
function exampleLines([command, does]: Example, column: number, width: number): string[] {
  const lines = commandLines(command, width);
  if (does === undefined) return lines;
  const said = wrap(does, width - column, 0).split('\n');
  const beside = lines.length === 1 && lines[0]!.length + GAP <= column;
  if (beside) lines[0] = lines[0]!.padEnd(column) + said.shift();
  return [...lines, ...said.map((line) => ' '.repeat(column) + line)];
}

/**
 * "  $ command", or, too long for the line, broken before an option or a redirection, each line but the last
 * ending in " \" as a shell continues a command, so it still runs as copied; the command too long for its
 * first line, between it and its arguments (`tpm-prep new \`, then `"Cut checkout latency"`), and an option
 * with its values still too long for a line of its own, between them, where each argument or value then fits.
 */
export function commandLines(command: string, width: number): string[] {
  if (PROMPT.length + command.length <= width) return [PROMPT + command];
  const [first, ...rest] = commandGroups(groups(command), width);
  const lines: string[] = [];
  let line = PROMPT + first;
  rest.forEach((group, i) => {
    if (line.length + 1 + group.length + 2 <= width) line += ` ${group}`;
    else {
      lines.push(`${line} \\`);
      line = ' '.repeat(UNDER) + group;
      // Too long for a line of its own: its option, and each value under it further in, where that fits them.
      const end = i === rest.length - 1 ? 0 : 2;
      const [option, ...values] = words(group);
      if (line.length + end > width && option!.startsWith('-') && values.length > 0 && values.every((value) => UNDER + 2 + value.length + 2 <= width)) {
        line = ' '.repeat(UNDER) + option!;
        for (const value of values) {
          lines.push(`${line} \\`);
          line = ' '.repeat(UNDER + 2) + value;
        }
      }
    }
  });
  return [...lines, line];
}

/** Commander's "Usage: tpm-prep plan [options] [paths...]" line, wrapped at its words to `width`, the lines after under the command. */
export function usageLines(line: string, width: number): string {
  return wrap(line, width, 'Usage: '.length);
}

/**
 * The groups, the first (the program, its command and their arguments) split into the program with its
 * command and each argument after them, where it is too long for the first line with its " \" after it and
 * each argument fits a line of its own; else as they are.
 */
function commandGroups([first, ...rest]: string[], width: number): string[] {
  const [program, name, ...args] = words(first!);
  const end = (i: number) => (i === args.length - 1 && rest.length === 0 ? 0 : 2);
  const split = PROMPT.length + first!.length + (rest.length > 0 ? 2 : 0) > width && args.length > 0 && args.every((arg, i) => UNDER + arg.length + end(i) <= width);
  return split ? [`${program} ${name}`, ...args, ...rest] : [first!, ...rest];
}

/** Where a command may break: before an option, or before a redirection (not a `<(…)`), a pipe or a `&&`. */
const STARTS_GROUP = /^(?:-|>|<(?!\()|\||&&)/;

/** The command's words, each option with its values and each redirection with its file as one group. */
function groups(command: string): string[] {
  const out: string[] = [];
  for (const word of words(command)) {
    if (out.length === 0 || STARTS_GROUP.test(word)) out.push(word);
    else out[out.length - 1] += ` ${word}`;
  }
  return out;
}

/** The command's words, split at spaces outside quotes and brackets: `"Hallam Payments,Slough"` and `<(tpm-prep completion zsh)` are one each. */
function words(command: string): string[] {
  const out: string[] = [];
  let word = '';
  let quote: string | undefined;
  let depth = 0;
  for (const ch of command) {
    if (quote !== undefined) quote = ch === quote ? undefined : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    else if (ch === ' ' && depth === 0) {
      if (word) out.push(word);
      word = '';
      continue;
    }
    word += ch;
  }
  if (word) out.push(word);
  return out;
}
