/**
 * A story added to a file of stories as text, for `new --to`: an entry at the end of its `stories:` list, or a
 * document after its last in a file of `---` documents. Nothing the user wrote is rewritten, re-indented or
 * re-quoted: the new text goes in between theirs, at the list's indent, and the result is parsed again before
 * it is handed back. A file of one story (a mapping) is not turned into a list here: the caller says how. Pure.
 */
import { isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';

export type Appended =
  | { readonly text: string; /** The line the new story starts on, from 1. */ readonly line: number }
  | { readonly refused: 'not-yaml' | 'one-story' | 'flow-list' | 'not-stories' | 'unchanged' };

/**
 * `source` with the story `mapping` (one story's YAML, as storyYaml writes it, with no comment above its first
 * key but its hints) added as its last, whose id is `id`; or why it can't be.
 */
export function appendStory(source: string, mapping: string, id: string): Appended {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const body = mapping.replace(/\r\n/g, '\n').replace(/\n+$/, '');
  const docs = parseAllDocuments(source);
  if (docs.some((doc) => doc.errors.length > 0)) return { refused: 'not-yaml' };
  const contents = docs.map((doc) => doc.contents);
  // Nothing yet, or comments only: the list starts here.
  if (contents.every((c) => c === null) && docs.length <= 1) {
    const before = endWithNewline(source, eol);
    return checked(`${before}stories:${eol}${item(body, 2, eol)}`, before.split('\n').length + 1, (all) => {
      const list = isMap(all[0]) ? all[0].get('stories', true) : undefined;
      return isSeq(list) && list.items.length === 1 && idOf(list.items[0]) === id;
    });
  }
  // Documents separated by `---`: one more, after the last.
  if (docs.length > 1) {
    const stories = contents.filter((c) => c !== null).length;
    const at = endWithNewline(source, eol);
    const text = `${at}---${eol}${lines(body, eol)}${eol}`;
    return checked(text, at.split('\n').length + 1, (all) => all.filter((c) => c !== null).length === stories + 1 && idOf(all.at(-1)) === id);
  }
  const top = contents[0] ?? null;
  if (isMap(top) && top.has('stories')) {
    const list = top.get('stories', true);
    if (list === null || list === undefined || (isScalar(list) && list.value === null)) {
      // `stories:` with nothing under it yet: the first entry, on the line after the key.
      const keyLine = lineEnd(source, (top.items.find((pair) => isScalar(pair.key) && pair.key.value === 'stories')!.key as { range: [number, number, number] }).range[1]);
      return insert(source, keyLine, item(body, 2, eol), eol, 0, id);
    }
    if (!isSeq(list)) return { refused: 'not-stories' };
    if (list.flow || list.items.length === 0) return { refused: 'flow-list' };
    // At the dash's column of the entries above, after the last of them.
    const first = list.items[0] as { range: [number, number, number] };
    const dash = /^[ \t]*/.exec(source.slice(source.lastIndexOf('\n', first.range[0] - 1) + 1))![0].length;
    const last = list.items.at(-1) as { range: [number, number, number] };
    return insert(source, lineEnd(source, last.range[1]), item(body, dash, eol), eol, list.items.length, id);
  }
  if (isMap(top)) return { refused: 'one-story' };
  return { refused: 'not-stories' };
}

/** `text` at `at` in `source` (a line's start), then parsed again: the list holds one more entry, the new one last. */
function insert(source: string, at: number, text: string, eol: string, entries: number, id: string): Appended {
  const before = endWithNewline(source.slice(0, at), eol);
  const result = before + text + source.slice(at);
  return checked(result, before.split('\n').length, (all) => {
    const list = isMap(all[0]) ? all[0].get('stories', true) : undefined;
    return all.length === 1 && isSeq(list) && list.items.length === entries + 1 && idOf(list.items.at(-1)) === id;
  });
}

/** `text`, unless it doesn't parse as YAML, or `holds` says the stories it holds are not what was meant. */
function checked(text: string, line: number, holds: (contents: unknown[]) => boolean): Appended {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || docs.some((doc) => doc.errors.length > 0) || !holds(docs.map((doc) => doc.contents))) return { refused: 'unchanged' };
  return { text, line };
}

function idOf(node: unknown): unknown {
  return isMap(node) ? node.get('id') : undefined;
}

/** The offset after the line that holds `offset - 1` (the end of a node): the start of the next line, or the end. */
function lineEnd(source: string, offset: number): number {
  if (offset === 0 || source[offset - 1] === '\n') return offset;
  const next = source.indexOf('\n', offset);
  return next === -1 ? source.length : next + 1;
}

/** `text` ending with a line break, unless it is empty. */
function endWithNewline(text: string, eol: string): string {
  return text === '' || text.endsWith('\n') ? text : text + eol;
}

/** The mapping as a list entry at `dash`'s column: "- " before its first key, its other lines under it. */
function item(body: string, dash: number, eol: string): string {
  const pad = ' '.repeat(dash);
  let keyed = false;
  const out = body.split('\n').map((line) => {
    if (line === '') return '';
    // A comment above the first key (a hint) goes at the dash's column, before the dash.
    if (!keyed && line.startsWith('#')) return `${pad}${line}`;
    if (!keyed) {
      keyed = true;
      return `${pad}- ${line}`;
    }
    return `${pad}  ${line}`;
  });
  return out.join(eol) + eol;
}

function lines(body: string, eol: string): string {
  return body.split('\n').join(eol);
}
