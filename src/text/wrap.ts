/**
 * Word-wrapping for the commands' text output. `wrap` breaks at any space; `wrapPhrases` and `wrapText` keep
 * what belongs together on one line: they break between the parts given, never between a number and the word
 * after it, so a summary never ends a line on "(14" and starts the next with "stories)", and never before a
 * "·" between items. Pure.
 */
/** The widest line of prose drill, stats and questions print, on any terminal; what they fit piped. */
export const PROSE_WIDTH = 100;

/** The line drill, stats and questions lay their text out for: a terminal's width (`columns`) from 40 to PROSE_WIDTH, or PROSE_WIDTH piped. */
export function proseWidth(columns: number | undefined): number {
  return columns === undefined ? PROSE_WIDTH : Math.max(40, Math.min(PROSE_WIDTH, columns));
}

/**
 * The line `new`'s questions and the answers echoed after them are wrapped to on a terminal `columns` wide: a column
 * spare, so no line ends in the last (where some terminals wrap it early), and never under 20.
 */
export function promptWidth(columns: number): number {
  return Math.max(20, columns - 1);
}

/** Word-wraps one line to `width` columns, indenting continuation lines by `indent` spaces. */
export function wrap(line: string, width = 80, indent = 4): string {
  const lead = /^ */.exec(line)![0];
  const out: string[] = [];
  let current = lead;
  for (const word of line.slice(lead.length).split(' ')) {
    if (current.trim() && current.length + 1 + word.length > width) {
      out.push(current);
      current = ' '.repeat(indent) + word;
    } else current = current.trim() ? `${current} ${word}` : current + word;
  }
  out.push(current);
  return out.join('\n');
}

/** Holds a part's words together through `wrap`, which breaks only at spaces; a character no text holds. */
const GLUE = '\uE000';

/** A number (12, 2.4, 15%, $40) and the space after it, before a word: "14 stories", "2.4 s", "3 days". */
const NUMBER_SPACE = /(?<![\p{L}\p{N}/.,])([$£€]?\d[\d,.]*%?) (?=\p{L})/gu;

/** The space before a "·" that ends a part ("Think Big (3 days overdue) ·"): a line never starts with the dot. */
const DOT_SPACE = / (?=·(?: |$))/g;

/** Where a part too wide for a line may break first: after a comma, semicolon or colon, or before a "(". */
const PHRASE_BREAK = /(?<=[,;:]) +| +(?=\()/;

/**
 * A part of `wrapPhrases`: its text, or pieces of it, joined with spaces, that break first between each other (a
 * story's name, and the note after it: `['partial', '(claimed, no evidence yet),']`), each as a part does.
 */
export type Part = string | readonly string[];

/**
 * `parts` joined with spaces and wrapped to `width` columns, continuation lines indented by `indent`: a line
 * breaks between parts; inside one only when it is wider than a line on its own, and then between its
 * pieces, if given in pieces, and between its (or a piece's) phrases (at a comma, or before a parenthesis)
 * before its words. Give a list's items ("Dive Deep (cert-expiry),") or a count and its noun as parts, and
 * prose as its words (see `words`).
 */
export function wrapPhrases(parts: readonly Part[], width = 80, indent = 4): string {
  const room = width - indent;
  const glued = parts.map((part, i) => {
    const text = typeof part === 'string' ? part : part.join(' ');
    const lead = i === 0 ? /^ */.exec(text)![0] : '';
    if (typeof part === 'string' || text.length - lead.length <= room) return lead + glue(text.slice(lead.length), room);
    return lead + part.map((piece, j) => glue(j === 0 ? piece.slice(lead.length) : piece, room)).join(' ');
  });
  return wrap(glued.join(' ').replace(NUMBER_SPACE, `$1${GLUE}`).replace(DOT_SPACE, GLUE), width, indent).replaceAll(GLUE, ' ');
}

/** The part with its spaces glued if it fits in `room` columns, else each of its phrases that does. */
function glue(part: string, room: number): string {
  if (part.length <= room) return part.replaceAll(' ', GLUE);
  const phrases = part.split(PHRASE_BREAK);
  return phrases.length > 1 ? phrases.map((phrase) => glue(phrase, room)).join(' ') : part;
}

/** Prose wrapped at its words, as `wrap` does, but never between a number and the word after it. */
export function wrapText(line: string, width = 80, indent = 4): string {
  return wrapPhrases(words(line), width, indent);
}

/** A line's words, the first with the line's indent: parts for `wrapPhrases` that may break anywhere. */
export function words(line: string): string[] {
  return line.split(/(?<=\S) +/);
}

/** A list's items as parts, each but the last with a comma, the last with `end`: "a,", "b,", "c.". */
export function listed(items: readonly string[], end = '.'): string[] {
  return items.map((item, i) => (i === items.length - 1 ? `${item}${end}` : `${item},`));
}

/** The narrowest column worth a text beside its lead; with less room, the text goes on the lines under the lead. */
const MIN_BESIDE = 30;

/**
 * `text` after a `lead` that takes `column` columns (it may be coloured), on a `width`-column line, as lint lays
 * out a finding and `rules` a description: on the line when it fits; wrapped in its column where MIN_BESIDE or more
 * columns are left; else on the lines under the lead, four columns in. `tail` (as counted, as shown) follows the
 * text two spaces on, or on a line of its own at the text's indent where the last line has no room for it. Text
 * given as parts (for `wrapPhrases`: a title's words, and a note kept whole) is those joined with spaces.
 */
export function besideLead(lead: string, column: number, written: string | readonly Part[], width: number, tail?: readonly [counted: string, shown: string]): string {
  const text = typeof written === 'string' ? written : written.map((part) => (typeof part === 'string' ? part : part.join(' '))).join(' ');
  const wrapIn = (indent: number): string => {
    if (typeof written === 'string') return wrapText(' '.repeat(indent) + text, width, indent);
    const [first = '', ...rest] = written;
    const led = typeof first === 'string' ? ' '.repeat(indent) + first : [' '.repeat(indent) + (first[0] ?? ''), ...first.slice(1)];
    return wrapPhrases([led, ...rest], width, indent);
  };
  const withTail = (block: string, indent: number): string => {
    if (!tail) return block;
    const last = block.slice(block.lastIndexOf('\n') + 1);
    return last.length + 2 + tail[0].length <= width ? `${block}  ${tail[1]}` : `${block}\n${' '.repeat(indent)}${tail[1]}`;
  };
  if (column + text.length + (tail ? 2 + tail[0].length : 0) <= width) return `${lead}${text}${tail ? `  ${tail[1]}` : ''}`;
  if (width - column >= MIN_BESIDE) return lead + withTail(wrapIn(column), column).slice(column);
  return `${lead.trimEnd()}\n${withTail(wrapIn(4), 4)}`;
}
