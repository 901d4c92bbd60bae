/**
 * What a YAML parser's error means in a file a candidate wrote, as one sentence they can act on, and where to say it:
 * a tab in the indentation, a key with no colon or off the column of the keys around it, a colon or a comment inside
 * plain text, text run on to a line not indented past its key, a bracket or a quote never closed, an alias with no
 * anchor. Story files (src/bank/parse.ts), question files (src/drill/question-file.ts) and the config
 * (src/lint/config.ts) say their YAML problems so. Pure: no file system here.
 */
import { isAlias, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { SPOKEN_FIELDS } from './schema.js';
import { escapeRegExp } from '../text/words.js';
import { colonInText, commentInText, keyUnderIndented, lineOf, linesUp, misplacedKey, missingColon, pastComments, runsOnBlock, type ColonInText, type MisplacedKey, type MissingColon } from './key-lines.js';

const TAB_INDENT = 'A tab indents this line; YAML indents with spaces.';

const COLON_IN_TEXT = 'A colon and a space inside plain text start a new key. Put the text in quotes, or write it as a `>-` block.';

/** What is said of a comment line that ends a key's text: `commentInText`. */
const commentEndsText = (key: string): string =>
  `A comment line inside the text of \`${key}\` ends the text there, so YAML reads the text after it as a new key. Move the comment above \`${key}:\`, or take it out.`;
const COMMENT_ENDS_TEXT = commentEndsText('\0').slice(0, commentEndsText('\0').indexOf('\0'));

/**
 * Below a line indented with a tab, or a comment line that ends a key's text, the parser's own confusion is left out
 * ("A colon and a space inside plain text…" on a blank line or a bullet of the text after the comment, its raw syntax
 * errors): it goes once the tab or the comment does. What the file itself gets wrong there (a key with no colon, a key
 * twice, a quote never closed) is still said.
 */
export function withoutFollowOns<T extends { message: string; offset: number }>(problems: readonly T[]): T[] {
  // (By where each is said: the comment's is said at the comment, above the line the parser tripped on first.)
  const cause = problems.find((p) => p.message === TAB_INDENT || p.message.startsWith(COMMENT_ENDS_TEXT));
  const followOn = (message: string) => message === COLON_IN_TEXT || message === RUNS_ON || (message.startsWith('YAML syntax error: ') && !message.includes('quote'));
  return cause === undefined ? [...problems] : problems.filter((p) => p === cause || p.offset < cause.offset || !followOn(p.message));
}

/**
 * When `toJS` threw because an alias (`*b`) names no anchor (`&b`) set before it, as yaml says with a
 * ReferenceError "Unresolved alias (the anchor must be set before the alias): b" (it has no error code for
 * it), the message to give and the alias's offset: the first alias of that name with no anchor of that name
 * before it, in the order yaml looks for one (each node before its children).
 */
export function unknownAlias(doc: Document.Parsed, error: unknown): { message: string; offset: number } | undefined {
  const name = error instanceof ReferenceError ? /^Unresolved alias\b.*?: (.*)$/s.exec(error.message)?.[1] : undefined;
  if (name === undefined) return undefined;
  const anchored = new Set<string>();
  let offset = doc.contents?.range?.[0] ?? 0;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) && node.source === name && !anchored.has(name)) {
        offset = node.range?.[0] ?? offset;
        return visit.BREAK;
      }
      if (node.anchor) anchored.add(node.anchor);
      return undefined;
    },
  });
  return { message: `Unknown alias \`*${name}\`: no anchor \`&${name}\` before it. Put \`&${name}\` on the value it repeats, above this line, or write the text out.`, offset };
}

const KEY_AT = /^["']?([^"':\n]{1,60})/;

/** The first YAML error on each line: the parser's first mistake on a line sets off others there that say nothing new. */
export function firstOnEachLine<E>(errors: readonly E[], lines: LineCounter, offset = (error: E) => (error as YAMLError).pos[0]): E[] {
  const seen = new Set<number>();
  return errors.filter((error) => {
    const { line } = lines.linePos(offset(error));
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

/**
 * A YAML parser error or warning as one sentence a candidate can act on; `source` lets it name a key and see
 * the line. `unit` is what a key appears once in: "story", "question", or nothing for a config file.
 */
export function yamlMessage(error: YAMLError, source?: string, unit?: string): string {
  return yamlProblem(error, source, unit).message;
}

/**
 * `yamlMessage`, and where to report it: where the parser tripped, or the line at fault when that is
 * another. With `keys`, the keys the file may hold, it also names a key written without its colon, or
 * indented off the column of the keys around it.
 */
export function yamlProblem(
  error: YAMLError,
  source?: string,
  unit?: string,
  keys: readonly string[] = [],
): { message: string; offset: number; withinText?: readonly [number, number]; misplaced?: MisplacedKey } {
  // Not past the end of a file that ends in a line break: there, on its last line (an editor shows no line after it).
  const end = source === undefined ? Infinity : source.replace(/\r?\n$/, '').length;
  // Not at the comments above a key (" # Hedges…" over "   hedging: warn"), where the parser puts an error about
  // the key: at the key's line, which every explanation below reads.
  const pos = source === undefined ? error.pos[0] : pastComments(source, error.pos[0]);
  const at = (message: string, offset = pos) => ({ message, offset: Math.min(offset, end) });
  const text = error.message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '');
  // A quote never closed: the parser trips at the end of the file (or of the document), but the message names the
  // line the quote opened on, and an editor jumps to where it is said: at the quote.
  const quote = error.code === 'MISSING_CHAR' && /quote/.test(text) && source !== undefined ? openingQuote(source, error.pos[0], text.includes('"quote') ? '"' : "'") : undefined;
  if (quote !== undefined) return at(describe(error, text, source, unit), quote);
  const { line, column, previous } = source === undefined ? { line: '', column: 0, previous: '' } : lineAt(source, pos);
  const indent = /^[ \t]*/.exec(line)![0];
  // A tab in the indentation sets off errors of every kind ("must be indented", "implicit keys…"): name the tab,
  // when the error is in the indentation (a tab inside quoted text is fine, and an unclosed quote says so).
  if (indent.includes('\t') && column <= indent.length) return at(TAB_INDENT);
  // "lps: [ownership, dive-deep" with no "]": the parser trips on the next key, or at the end of the file; say so
  // at the bracket.
  const flow = error.code === 'BAD_INDENT' && source !== undefined ? /^Flow (sequence|map) in block collection/.exec(text) : null;
  const opened = flow ? lastBracket(source!, error.pos[0], flow[1] === 'map' ? '{' : '[') : undefined;
  if (opened !== undefined) {
    const [open, close, what] = flow![1] === 'map' ? ['{', '}', 'map'] : ['[', ']', 'list'];
    // Closed on a later line that is not indented past its key ("lps: [ownership,\ndive-deep]"): say that.
    if (closedLater(source!, opened, open, close)) return at(`This \`${open}\` ${what} goes on to a line not indented past its key: indent the lines after the first, or keep the ${what} on one line.`, opened);
    return at(`This \`${open}\` opens a ${what} that is never closed: end it with \`${close}\`${what === 'list' ? ', as in `lps: [ownership, dive-deep]`' : ''}.`, opened);
  }
  // "action: I fixed the thing and then\nwent home early.": plain text run on to a line not indented past its
  // key reads as a new key ("implicit keys…", "…must start at the same column", or at the end of the file "a
  // key with no value").
  const keyish = error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'BAD_INDENT' || (error.code === 'MISSING_CHAR' && /Implicit map keys/.test(text));
  const runs = runsOn(line, previous);
  if (source !== undefined && keys.length > 0) {
    // "action I did it": a key with no colon reads as the start of a key that runs on to the next line's.
    const missing = keyish ? missingColon(source, pos, keys) : undefined;
    // Unless the same key stands above it, in which case this is text run on that starts with a key's word.
    // After text that stops mid-sentence (not a title: that is one line), the line may as well be that text run
    // on: say both.
    const midSentence = runs && /[\p{L}\p{N},]\s*$/u.test(previous) && !/^\s*(?:-\s+)?(?:title|id)\s*:/.test(previous);
    if (missing && !(runs && missing.repeated)) return at(needsColon(missing, midSentence), missing.offset);
    // " task: I fixed it" one space in, under "situation: It broke.": the parser reads the key as text run on
    // and trips on its colon, or as a key at a column of its own ("all mapping items must start at the same
    // column", "sequence item without - indicator").
    const indentish = keyish || error.code === 'BLOCK_AS_IMPLICIT_KEY' || (error.code === 'MISSING_CHAR' && !/quote/.test(text));
    const runOn = error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY';
    const misplaced = indentish ? misplacedKey(source, pos, keys, runOn) : undefined;
    if (misplaced) {
      const { key, column: col, expected } = misplaced;
      return { ...at(`\`${key}\` starts at column ${col}, but the keys around it start at column ${expected}: line it up with them.`, misplaced.offset), misplaced };
    }
  }
  // "situation: Deploys took an hour", "  # ask Dana", "  and blocked the team.": a comment ends plain text, and
  // the parser reads the line after it as a new key, off the column of the keys ("…must start at the same column").
  const comment = keyish && source !== undefined ? commentInText(source, pos) : undefined;
  if (comment) return at(commentEndsText(comment.key), comment.offset);
  // "action:" then text pasted from a document over several lines, one with "agreed a plan: I mentored…".
  const implicit = error.code === 'MULTILINE_IMPLICIT_KEY' || (error.code === 'MISSING_CHAR' && /Implicit map keys/.test(text));
  const colon = implicit && source !== undefined ? colonInText(source, pos) : undefined;
  if (colon) return { ...at(colonMessage(colon), colon.offset), withinText: [colon.from, colon.to] as const };
  if (source !== undefined && keys.length > 0) {
    // " title: T" then "situation: …": the keys above are the ones indented ("Unexpected scalar at node end").
    const under = error.code === 'UNEXPECTED_TOKEN' && /at node end/.test(text) ? keyUnderIndented(source, pos, keys) : undefined;
    if (under) return at(`\`${under.key}\` starts at column 1, but the keys above it start at column ${under.expected}: line them up.`, under.offset);
  }
  if (keyish && runs) return at(RUNS_ON);
  // The same after a `>-` or `|` block: its lines are indented, and this one isn't (a twentieth user's trial).
  const block = keyish && source !== undefined ? runsOnBlock(source, pos) : undefined;
  if (block) return at(`This line goes on from the text of \`${block}\` above but is not indented past its key, so YAML reads it as a new key. Indent it as the lines above it are.`);
  return at(describe(error, text, source, unit));
}

/** "`action` runs over several lines and has a colon and a space in it (`plan: I`), …: write `action: |` …". */
function colonMessage(colon: ColonInText): string {
  const what = `runs over several lines and has a colon and a space in it (\`${colon.shown}\`), which YAML reads as a key`;
  // An item of a list of text (`tags:`, `partners:`) is quoted; a story's spoken text keeps its bullets as text.
  if (colon.item && !(SPOKEN_FIELDS as readonly string[]).includes(colon.key)) return `An item of \`${colon.key}\` ${what}: put the item in quotes.`;
  return `\`${colon.key}\` ${what}: write \`${colon.key}: |\` and ${colon.indented ? 'keep the text indented below it' : 'indent the text below it'}.`;
}

/** "`action` needs a colon after it: `action: I did it`." */
export function needsColon(missing: MissingColon, orRunOn = false): string {
  return `\`${missing.key}\` needs a colon after it: \`${missing.fixed}\`${orRunOn ? ', or, if the line goes on from the text above, indent it' : ''}.`;
}

/**
 * The line of the first `key:` of the mapping the key at `offset` is written again in: the nearest line above at the
 * same column (after a list's "- ", if any) that holds it, before a line at a smaller column ends the mapping.
 */
function firstKeyLine(source: string, offset: number, key: string): number | undefined {
  const { start } = lineOf(source, offset);
  const column = offset - start;
  const name = escapeRegExp(key);
  const same = new RegExp(`^(?:${name}|"${name}"|'${name}')\\s*:`);
  // (Each line without its "\r": a file saved with CRLF line ends has one before every "\n".)
  for (const line of linesUp(source, start)) {
    const m = /^(\s*(?:-\s+)?)(\S.*)?$/.exec(line.text);
    if (!m || m[2] === undefined || m[2].startsWith('#')) continue;
    if (m[1]!.length < column) return undefined;
    if (m[1]!.length === column && same.test(m[2])) return source.slice(0, line.start).split('\n').length;
  }
  return undefined;
}

function describe(error: YAMLError, text: string, source: string | undefined, unit: string | undefined): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = source === undefined ? undefined : KEY_AT.exec(source.slice(error.pos[0]))?.[1]?.trim();
      // `stories:` and `questions:` hold the list; they are the file's keys, not a story's or a question's.
      const once = unit && key !== 'stories' && key !== 'questions' ? `each key appears once per ${unit}` : 'each key appears once';
      const first = key === undefined || source === undefined ? undefined : firstKeyLine(source, error.pos[0], key);
      return key ? `Duplicate key \`${key}\`${first === undefined ? '' : ` (first on line ${first})`}: ${once}.` : `Duplicate key: ${once}.`;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return COLON_IN_TEXT;
    case 'MISSING_CHAR':
      if (/quote/.test(text)) {
        const opened = source === undefined ? undefined : openingQuote(source, error.pos[0], text.includes('"quote') ? '"' : "'");
        const line = opened === undefined ? undefined : source!.slice(0, opened).split('\n').length;
        return `YAML syntax error: ${line === undefined ? 'a quote opened above' : `the quote opened on line ${line}`} is never closed.`;
      }
      return `YAML syntax error: ${parserSays(text)}`;
    case 'RESOURCE_EXHAUSTION':
      return 'The YAML is nested too deeply, or is too large, to be a story.';
    case 'TAB_AS_INDENT':
      return TAB_INDENT;
    case 'TAG_RESOLVE_FAILED':
      return `YAML tags are not allowed in stories (${text.replace(/^.*tag:yaml\.org,2002:/, '!!')}); write plain text.`;
    default:
      return `YAML syntax error: ${parserSays(text)}`;
  }
}

/**
 * The parser's own words after "YAML syntax error: ", as the rest of that sentence: "Unexpected scalar at node
 * end" as "unexpected scalar at node end.", but an acronym ("YAML …") kept as it is.
 */
function parserSays(text: string): string {
  return text.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase()).replace(/\.?$/, '.');
}

/** The whole line of `source` that holds `offset`, the offset's column in it (from 0), and the last line before it with text. */
function lineAt(source: string, offset: number): { line: string; column: number; previous: string } {
  const { text: line, start } = lineOf(source, offset);
  let previous = '';
  for (const above of linesUp(source, start)) if ((previous = above.text).trim() !== '') break;
  return { line, column: offset - start, previous };
}

const RUNS_ON = 'This line goes on from the text above but is not indented past its key, so YAML reads it as a new key. Indent it, or write the text as a `>-` block.';
// "  action: I fixed the thing and then" (a key, or a list item's key, with plain text after it).
const KEY_WITH_TEXT = /^(\s*(?:-\s+)?)[\w-]+:\s+[^\s|>'"&*!#]/;

/** Whether `line`, which is no key itself, runs on from plain text after a key on `previous`, at or left of that key. */
function runsOn(line: string, previous: string): boolean {
  const key = KEY_WITH_TEXT.exec(previous);
  if (!key || /:(?:\s|$)/.test(line) || line.trim() === '') return false;
  return /^\s*/.exec(line)![0].length <= key[1]!.length;
}

/**
 * Where the quote is that opens the unclosed scalar ending at `end`: the last value that starts with that quote,
 * after a key's colon, a list's dash or a flow bracket. The parser reports only the end.
 */
function openingQuote(source: string, end: number, quote: string): number | undefined {
  let at: number | undefined;
  for (const m of source.slice(0, end).matchAll(VALUE_START)) if (m[1] === quote) at = m.index + m[0].length - 1;
  return at;
}

/**
 * Whether the bracket at `at` is closed before the next line that starts a key at or left of its own line's
 * indentation (or the end of the file). Quoted text is not looked into.
 */
function closedLater(source: string, at: number, open: string, close: string): boolean {
  const { text: first } = lineOf(source, at);
  const indent = /^\s*/.exec(first)![0].length;
  let depth = 0;
  let quote: string | undefined;
  for (let i = at; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n') {
      // A key at the bracket's line's indentation or left of it ends the value, unless that line closes it too
      // ("{name: Priya,\nrole: PM}").
      const next = source.slice(i + 1, source.indexOf('\n', i + 1) === -1 ? source.length : source.indexOf('\n', i + 1));
      if (KEY_LINE.test(next) && /^\s*/.exec(next)![0].length <= indent && !next.includes(close)) return false;
    }
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return true;
  }
  return false;
}
const KEY_LINE = /^\s*(?:-\s+)?[\w-]+:(?:\s|$)/;

/** The offset of the last `open` bracket before `end` that starts a value (after a key's colon or a dash), if any. */
function lastBracket(source: string, end: number, open: '[' | '{'): number | undefined {
  let at: number | undefined;
  for (const m of source.slice(0, end).matchAll(FLOW_START)) if (m[1] === open) at = m.index + m[0].length - 1;
  return at;
}
const FLOW_START = /(?:^|[:-])[ \t]*(?:[&!][^\s]*[ \t]+)?([[{])/gm;

// After a key's colon, a dash or a flow bracket, and any anchor or tag; not the first of a '' pair, which
// stands for one ' inside single quotes.
const VALUE_START = /(?:^|[:\-[{,])[ \t]*(?:[&!][^\s]*[ \t]+)?(["'])(?!\1)/gm;
