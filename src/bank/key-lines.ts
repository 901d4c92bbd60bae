/**
 * Lines of YAML read as keys, to say what went wrong where the parser trips on one: a key written without
 * its colon (`action I did it`). Pure; it reads the
 * text a line at a time from an offset, never a split of all of it (a bad file can have an error on every line).
 */

/** A `key:` line: its key, the column the key starts at (from 0, after the indent and any list dash), and more. */
interface KeyLine {
  readonly key: string;
  readonly column: number;
  /** A list dash before the key: the first key of a list item. */
  readonly dash: boolean;
  /** Nothing after the colon: the key holds what the lines below it hold. */
  readonly opens: boolean;
}

const KEY_LINE = /^([ \t]*)(-[ \t]+)?([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
// "  - action I did it": a word, a space and text; the comment after it, if any, left off.
const KEY_NO_COLON = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*)[ \t]+([^\s#:].*?)(?:[ \t]+#.*)?[ \t]*$/;

function keyLine(line: string): KeyLine | undefined {
  const m = KEY_LINE.exec(line);
  if (!m) return undefined;
  const value = (m[4] ?? '').trim();
  return { key: m[3]!, column: m[1]!.length + (m[2]?.length ?? 0), dash: m[2] !== undefined, opens: value === '' || value.startsWith('#') };
}

/** The line that holds `offset`: its text and where it starts. */
export function lineOf(source: string, offset: number): { text: string; start: number } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  return { text: source.slice(start, end === -1 ? undefined : end).replace(/\r$/, ''), start };
}

/** The lines before the one starting at `start`, nearest first. */
function* linesUp(source: string, start: number): Generator<{ text: string; start: number }> {
  for (let end = start - 1; end > 0; ) {
    const from = source.lastIndexOf('\n', end - 1) + 1;
    yield { text: source.slice(from, end).replace(/\r$/, ''), start: from };
    end = from - 1;
  }
}

const blank = (line: string): boolean => /^\s*(?:#.*)?$/.test(line);
const DOCUMENT_MARK = /^(?:---|\.\.\.)(?:\s|$)/;

export interface MissingColon {
  readonly key: string;
  /** Where the key starts in the source. */
  readonly offset: number;
  /** The line as it should be: `action: I did it`, the text cut short if long. */
  readonly fixed: string;
  /** The same key stands above, in the same mapping: the line is more likely text run on than a new key. */
  readonly repeated: boolean;
}

/**
 * The line that holds `offset` as a known key followed by a space and text with no colon (`action I did it`),
 * or undefined if it is not one.
 */
export function missingColon(source: string, offset: number, keys: readonly string[]): MissingColon | undefined {
  const line = lineOf(source, offset);
  const m = KEY_NO_COLON.exec(line.text);
  if (!m || !keys.includes(m[2]!) || /:(?:\s|$)/.test(m[3]!)) return undefined;
  const [column, key, text] = [m[1]!.length, m[2]!, m[3]!];
  const short = text.length > 40 ? `${text.slice(0, 40).replace(/\s+\S*$/, '')} …` : text;
  return { key, offset: line.start + column, fixed: `${key}: ${short}`, repeated: keyAbove(source, line.start, key, column) };
}

/** Whether `key` stands above the line starting at `start`, at `column`, in the same mapping. */
function keyAbove(source: string, start: number, key: string, column: number): boolean {
  for (const line of linesUp(source, start)) {
    if (DOCUMENT_MARK.test(line.text)) return false;
    if (blank(line.text)) continue;
    const found = keyLine(line.text);
    if (found?.column === column && found.key === key) return true;
    // The list dash that starts this mapping, or a line left of it: the mapping's parent.
    if ((found?.dash && found.column === column) || /^[ \t]*(?:-[ \t]+)?/.exec(line.text)![0].length < column) return false;
  }
  return false;
}
