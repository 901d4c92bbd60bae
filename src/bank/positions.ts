/**
 * Source positions. Every position comes from the YAML parser: a node's range gives where its source
 * starts, and `valueOffset` maps an index inside a scalar's parsed value back to the source, through
 * folding, block indentation, quotes and escapes.
 */
import { LineCounter, Scalar } from 'yaml';

export interface Pos {
  readonly line: number;
  readonly column: number;
}

export function positionOf(lines: LineCounter, offset: number): Pos {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * The source offset of character `index` of a scalar's value. Walks value and source together: the
 * source is the value plus indentation, line breaks that fold to spaces, quote doubling and escapes, so
 * each value character is found at or a little after the source pointer.
 */
export function valueOffset(source: string, node: Scalar, index: number): number {
  const [start, end] = node.range ?? [0, 0, 0];
  const value = typeof node.value === 'string' ? node.value : String(node.value ?? '');
  let j = start;
  if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) {
    const header = source.indexOf('\n', start);
    j = header === -1 ? end : header + 1;
  } else if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    j = start + 1;
  }
  const target = Math.min(index, value.length);
  for (let i = 0; i < target; i++) {
    j = findChar(source, value[i]!, j, end) + 1;
  }
  // Land on the next character itself, not on the whitespace in front of it.
  return Math.min(findChar(source, value[target] ?? '', j, end), Math.max(end - 1, start));
}

/** The offset of `c` at or after `from`, skipping layout; `from` itself when it can't be found nearby. */
function findChar(source: string, c: string, from: number, end: number): number {
  if (c === '') return from;
  const space = isSpace(c);
  // Escapes such as \u00e9 stand a few characters away from the character they make.
  const limit = Math.min(end, from + 12);
  for (let k = from; k < end; k++) {
    const s = source[k];
    if (s === c || (space && isSpace(s))) return k;
    if (!isSpace(s) && k >= limit) break;
  }
  return from;
}
