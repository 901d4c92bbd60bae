/**
 * Lines of YAML read as keys, to say what went wrong where the parser trips on one: a key written without
 * its colon (`action I did it`), or a key indented off the column of the keys around it. Pure; it reads the
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
  /** What follows the colon, trimmed ('' for none). */
  readonly value: string;
}

const KEY_LINE = /^([ \t]*)(-[ \t]+)?([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
// "  - action I did it": a word, a space and text; the comment after it, if any, left off.
const KEY_NO_COLON = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*)[ \t]+([^\s#:].*?)(?:[ \t]+#.*)?[ \t]*$/;

function keyLine(line: string): KeyLine | undefined {
  const m = KEY_LINE.exec(line);
  if (!m) return undefined;
  const value = (m[4] ?? '').trim();
  return { key: m[3]!, column: m[1]!.length + (m[2]?.length ?? 0), dash: m[2] !== undefined, opens: value === '' || value.startsWith('#'), value };
}

/** The line that holds `offset`: its text and where it starts. */
export function lineOf(source: string, offset: number): { text: string; start: number } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  return { text: source.slice(start, end === -1 ? undefined : end).replace(/\r$/, ''), start };
}

/** The lines before the one starting at `start`, nearest first: back a line at a time, never a split of all of it. */
export function* linesUp(source: string, start: number): Generator<{ text: string; start: number }> {
  for (let end = start - 1; end > 0; ) {
    const from = source.lastIndexOf('\n', end - 1) + 1;
    yield { text: source.slice(from, end).replace(/\r$/, ''), start: from };
    end = from - 1;
  }
}

/** The lines after the one that holds `offset`, in order. */
function* linesDown(source: string, offset: number): Generator<{ text: string; start: number }> {
  for (let from = source.indexOf('\n', offset) + 1; from > 0 && from < source.length; ) {
    const end = source.indexOf('\n', from);
    yield { text: source.slice(from, end === -1 ? undefined : end).replace(/\r$/, ''), start: from };
    if (end === -1) return;
    from = end + 1;
  }
}

const blank = (line: string): boolean => /^\s*(?:#.*)?$/.test(line);

/**
 * Where the line at fault starts, for a parser error at `offset`: the parser puts an error about a key (one off the
 * column of the keys around it) at the comments and blank lines above it, which open the key's node, so an error
 * on such a line is said at the first line below it with something else on it, where its text starts. An offset on
 * any other line, or with no such line below it (but a document mark), stays where it is.
 */
export function pastComments(source: string, offset: number): number {
  if (!/^ *(?:#.*)?$/.test(lineOf(source, offset).text)) return offset;
  for (const line of linesDown(source, offset)) {
    if (DOCUMENT_MARK.test(line.text)) return offset;
    if (!blank(line.text)) return line.start + indentOf(line.text);
  }
  return offset;
}
// "tradeoff: >-", "- action: |": a key that opens a block of text on the lines below it.
const BLOCK_HEADER = /^[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*[ \t]*:[ \t]+[|>][-+1-9]*[ \t]*(?:#.*)?$/;

/**
 * The key of the `|` or `>-` block the line that holds `offset` runs on from, where that line (no key itself) is not
 * indented past the block's key: "tradeoff: >-", then "  I chose speed,", then "which cost two weeks" at the
 * margin. Undefined where it is no such line.
 */
export function runsOnBlock(source: string, offset: number): string | undefined {
  const line = lineOf(source, offset);
  if (blank(line.text) || /:(?:\s|$)/.test(line.text)) return undefined;
  const indent = indentOf(line.text);
  let text = false;
  for (const above of linesUp(source, line.start)) {
    if (blank(above.text)) continue;
    if (indentOf(above.text) > indent) {
      text = true;
      continue;
    }
    return text && BLOCK_HEADER.test(above.text) ? keyLine(above.text)?.key : undefined;
  }
  return undefined;
}
const indentOf = (line: string): number => /^[ \t]*/.exec(line)![0].length;
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

export interface MisplacedKey {
  readonly key: string;
  /** Where the key starts in the source. */
  readonly offset: number;
  /** Its column, and the column of the keys around it, from 1. */
  readonly column: number;
  readonly expected: number;
}

/**
 * A known key on the line that holds `offset`, or with `runOn` on a line the text there runs on to, that is
 * indented off the column of the known key above it (` task: I fixed it` under `situation: It broke.`).
 * A key at column 1 is left alone: there the key above is as likely the one that is off. The key above is the one
 * named when it is the first of its mapping and the keys below line up with this one (firstOff).
 */
export function misplacedKey(source: string, offset: number, keys: readonly string[], runOn: boolean): MisplacedKey | undefined {
  const first = lineOf(source, offset);
  const candidates = [first];
  if (runOn) {
    const at = keyLine(first.text)?.column ?? /^[ \t]*/.exec(first.text)![0].length;
    for (const line of linesDown(source, offset)) {
      if (blank(line.text)) continue;
      if (/^[ \t]*/.exec(line.text)![0].length <= at) break;
      candidates.push(line);
    }
  }
  for (const line of candidates) {
    const found = keyLine(line.text);
    if (!found || found.dash || found.column === 0 || !keys.includes(found.key)) continue;
    const sibling = siblingAbove(source, line.start, keys, found.column);
    if (sibling === undefined || sibling.found.column === found.column) continue;
    // The first key of its mapping off the column of all the keys below it ("rules:", then "   missing-metric:
    // error" over "  we-instead-of-i: error"): the parser takes its column for the mapping's and trips on the next
    // key, but the key at fault is the first.
    if (firstOff(source, sibling, line, found.column)) {
      const { found: first, start } = sibling;
      return { key: first.key, offset: start + first.column, column: first.column + 1, expected: found.column + 1 };
    }
    return { key: found.key, offset: line.start + found.column, column: found.column + 1, expected: sibling.found.column + 1 };
  }
  return undefined;
}

/**
 * Whether `sibling`, the key above a key at `column` on `line`, is the one off the column: it is the first key of
 * its mapping (the line above it, past comments, a key that holds it, or nothing), not at column 1 nor after a list's
 * dash (which sets the column), and the next key below `line` at or left of `column` is at `column`, as `line`'s is.
 */
function firstOff(source: string, sibling: { found: KeyLine; start: number }, line: { text: string; start: number }, column: number): boolean {
  const { found } = sibling;
  if (found.dash || found.column === 0) return false;
  for (const above of linesUp(source, sibling.start)) {
    if (DOCUMENT_MARK.test(above.text)) break;
    if (blank(above.text)) continue;
    const holder = keyLine(above.text);
    if (!holder?.opens || holder.column >= found.column) return false;
    break;
  }
  for (const below of linesDown(source, line.start)) {
    if (blank(below.text) || indentOf(below.text) > column) continue;
    const next = keyLine(below.text);
    return next !== undefined && !next.dash && next.column === column;
  }
  return false;
}

/**
 * `source` with the key of `misplaced` and its value blanked: each character but the line ends made a space, so
 * every other offset stays where it was. The value is the lines after the key's that are blank, indented past
 * the column of the keys around it, or at that column but no key (text run on); it ends before the next key at
 * that column, a line left of it (another list item, the file's next key) or a document mark, and keeps the
 * blank lines and comments between it and them.
 */
export function withoutKey(source: string, misplaced: MisplacedKey): string {
  const { start } = lineOf(source, misplaced.offset);
  const siblings = misplaced.expected - 1;
  let end = source.indexOf('\n', misplaced.offset);
  if (end === -1) end = source.length;
  for (const line of linesDown(source, misplaced.offset)) {
    if (DOCUMENT_MARK.test(line.text)) break;
    if (blank(line.text)) continue;
    const at = indentOf(line.text);
    if (at < siblings || (at === siblings && (keyLine(line.text) !== undefined || /^[ \t]*-(?:[ \t]|$)/.test(line.text)))) break;
    end = line.start + line.text.length;
  }
  return source.slice(0, start) + source.slice(start, end).replace(/[^\n]/g, ' ') + source.slice(end);
}

/**
 * A known key at column 1 on the line that holds `offset`, under known keys indented further: the first lines
 * were indented (" title: T", then "situation: …"), and the parser trips where the indent stops.
 */
export function keyUnderIndented(source: string, offset: number, keys: readonly string[]): MisplacedKey | undefined {
  const line = lineOf(source, offset);
  const found = keyLine(line.text);
  if (!found || found.dash || found.column !== 0 || !keys.includes(found.key)) return undefined;
  const above = siblingColumn(source, line.start, keys, found.column);
  return above !== undefined && above > 0 ? { key: found.key, offset: line.start, column: 1, expected: above + 1 } : undefined;
}

/**
 * The column of the nearest known key above the line starting at `start`, unless that key holds this one: it
 * has nothing after its colon, and this line comes right under it (`stories:`, then a key under it).
 */
function siblingColumn(source: string, start: number, keys: readonly string[], column: number): number | undefined {
  return siblingAbove(source, start, keys, column)?.found.column;
}

/** That key (siblingColumn), and where its line starts. */
function siblingAbove(source: string, start: number, keys: readonly string[], column: number): { found: KeyLine; start: number } | undefined {
  let between = false;
  for (const line of linesUp(source, start)) {
    if (DOCUMENT_MARK.test(line.text)) return undefined;
    const found = keyLine(line.text);
    if (found && keys.includes(found.key)) return found.opens && found.column < column && !between ? undefined : { found, start: line.start };
    between ||= !blank(line.text);
  }
  return undefined;
}

export interface ColonInText {
  /** The key whose value the text is (`action`). */
  readonly key: string;
  /** The text is an item of a list under the key, not the key's own text. */
  readonly item: boolean;
  /** The text is indented past the key. */
  readonly indented: boolean;
  /** Where the colon is. */
  readonly offset: number;
  /** The colon with a word either side, as written: `plan: I`. */
  readonly shown: string;
  /** The key's line and the lines of its value: from the start of the one to the end of the other. */
  readonly from: number;
  readonly to: number;
}

const CONTAINERS: readonly string[] = ['stories', 'questions'];
const LOOK_UP = 100;

/** Where a comment line starts (at its `#`), and the key whose plain text it is inside. */
export interface CommentInText {
  readonly key: string;
  readonly offset: number;
}

/**
 * A comment line (`# …`) inside a key's plain text, the text on the key's line or below it, in no quotes: YAML ends
 * plain text at a comment, so the text's next line, the line that holds `offset`, reads as a new key ("situation:
 * Deploys took an hour", "  # ask Dana", "  and blocked the team."), or as a key of its own when it has a colon in it
 * ("  Latency: 900 ms."; a story's own key there is told before this, as off the column of the others). The same for
 * a `>-` or `|` block, where a comment ends the text only when it is indented less than the text's lines (indented as
 * they are, it is text). The comment is the first of those right above that line. Undefined where the line is no such
 * text: blank, or not indented past the key.
 */
export function commentInText(source: string, offset: number): CommentInText | undefined {
  const line = lineOf(source, offset);
  if (blank(line.text)) return undefined;
  let least = indentOf(line.text);
  let comment: number | undefined;
  let commentIndent = 0;
  let text = false;
  let item = false;
  let looked = 0;
  for (const above of linesUp(source, line.start)) {
    if (DOCUMENT_MARK.test(above.text) || ++looked > LOOK_UP) return undefined;
    if (/^[ \t]*$/.test(above.text)) continue;
    if (/^[ \t]*#/.test(above.text)) {
      // The comments right above the line, up to its text: the first of them.
      if (!text) {
        commentIndent = indentOf(above.text);
        comment = above.start + commentIndent;
      }
      continue;
    }
    if (comment === undefined) return undefined;
    const found = keyLine(above.text);
    if (found) {
      if (found.column >= least || CONTAINERS.includes(found.key)) return undefined;
      // "situation:" with its text on the lines below, or "situation: Deploys took…", not quoted; or "situation: >-"
      // with its text below and the comment to the left of it.
      // A list's item above the comment is text only in a block ("action: |", "  - I did X."): under a bare key it
      // makes a list.
      const ends = BLOCK_START.test(found.value) ? text && commentIndent < least : !item && (found.opens ? text : PLAIN_START.test(found.value));
      return ends ? { key: found.key, offset: comment } : undefined;
    }
    // A line of the text, above the comment, or a list's item.
    if (/^[ \t]*-(?:[ \t]|$)/.test(above.text)) item = true;
    least = Math.min(least, indentOf(above.text));
    text = true;
  }
  return undefined;
}
// The start of plain text after a key's colon: not a quote, a block's `|` or `>`, a flow `[` or `{`, an anchor,
// alias or tag, a comment.
const PLAIN_START = /^[^\s|>'"[{&*!#%@`]/;
// A `>-` or `|` block's header, with its indicators and any comment after it.
const BLOCK_START = /^[|>][-+0-9]*(?:\s+#.*)?$/;

/**
 * Plain text under a key with nothing after its colon (`action:`, then the text on the lines below) that runs
 * over several lines and has a colon and a space in it ("agreed a plan: I mentored…", pasted from a document).
 * YAML reads the text up to that colon as a key of a mapping: a key must be on one line ("implicit keys need
 * to be on a single line"), and a line after it with no colon is a key with no value ("implicit map keys need
 * to be followed by map values"). `offset` is where the parser tripped, in that text; undefined if it isn't
 * such text. A list item under the key (`- Met both and`) is such text too, when the parser trips on the
 * item's own line.
 */
export function colonInText(source: string, offset: number): ColonInText | undefined {
  const line = lineOf(source, offset);
  const lead = /^([ \t]*)(-[ \t]+)?/.exec(line.text)!;
  const indent = lead[1]!.length;
  const dash = lead[2] !== undefined && offset - line.start >= lead[0].length;
  // The key above that holds the text: the first line left of it (or, for text not indented, the line right
  // above it; for a list item, the line above its sibling items), if that is a key with nothing after it.
  // The parser trips at the text's start, or on its next line: the key is near, unless this is no such text
  // (and a file with an error on every line must not be read back up for each).
  let owner: { found: KeyLine; start: number } | undefined;
  let nearest = true;
  let looked = 0;
  for (const above of linesUp(source, line.start)) {
    if (DOCUMENT_MARK.test(above.text) || ++looked > LOOK_UP) return undefined;
    if (blank(above.text)) continue;
    const at = indentOf(above.text);
    const found = keyLine(above.text);
    if (at < indent || (at === indent && found?.opens && !found.dash && (nearest || dash))) {
      if (found?.opens) owner = { found, start: above.start };
      break;
    }
    // A line at the text's column: another item of the list, more of the text, or else not this text's.
    if (at === indent && (dash ? !/^[ \t]*-[ \t]/.test(above.text) : indent === 0)) return undefined;
    nearest = false;
  }
  if (!owner || CONTAINERS.includes(owner.found.key)) return undefined;
  const { found, start } = owner;
  // The value ends at a line left of the key, or at another key at its column.
  let to = source.length;
  for (const below of linesDown(source, start)) {
    if (blank(below.text)) continue;
    const at = indentOf(below.text);
    const key = keyLine(below.text);
    if (DOCUMENT_MARK.test(below.text) || at < found.column || (at === found.column && key && !key.dash)) {
      to = below.start;
      break;
    }
  }
  // The colon: after the item's start in a list, or anywhere in the key's text.
  const textStart = dash ? offset : source.indexOf('\n', start) + 1;
  const colon = /:(?=[ \t]|\r?\n|$)/g;
  colon.lastIndex = textStart;
  const m = colon.exec(source);
  if (!m || m.index >= to) return undefined;
  const before = /\S*$/.exec(source.slice(Math.max(textStart, m.index - 40), m.index))![0];
  const after = /^[ \t]*\S*/.exec(source.slice(m.index + 1, m.index + 41))![0];
  return {
    key: found.key,
    item: dash,
    indented: indent > found.column,
    offset: m.index,
    shown: `${before}:${after}`.trim(),
    from: start,
    to,
  };
}
