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

/** A character of a scalar's source as the value sees it: escapes decoded, '' in single quotes as '. */
interface Unit {
  readonly char: string;
  readonly offset: number;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

function* units(source: string, node: Scalar, from: number, end: number): Generator<Unit> {
  const double = node.type === Scalar.QUOTE_DOUBLE;
  const single = node.type === Scalar.QUOTE_SINGLE;
  for (let k = from; k < end; k++) {
    const c = source[k]!;
    if (single && c === "'" && source[k + 1] === "'") {
      yield { char: "'", offset: k++ };
    } else if (double && c === '\\') {
      const e = source[k + 1] ?? '';
      if (e === '\n' || e === '\r') {
        // An escaped line break joins the lines: it and the next line's indentation make nothing.
        k += e === '\r' && source[k + 2] === '\n' ? 2 : 1;
        while (source[k + 1] === ' ' || source[k + 1] === '\t') k++;
      } else if (HEX_ESCAPES[e]) {
        const hex = source.slice(k + 2, k + 2 + HEX_ESCAPES[e]);
        for (const char of String.fromCodePoint(parseInt(hex, 16) || 0xfffd)) yield { char, offset: k };
        k += 1 + HEX_ESCAPES[e];
      } else {
        yield { char: SIMPLE_ESCAPES[e] ?? e, offset: k++ };
      }
    } else {
      yield { char: c, offset: k };
    }
  }
}

/**
 * The source offset of character `index` of a scalar's value. Walks the value and the scalar's decoded
 * source together: the source is the value plus indentation and line breaks that fold to spaces, so each
 * value character is found at or a little after the source pointer. The walk maps every character at once,
 * and the maps of the last few scalars are kept: a long result can carry a finding in every sentence, and
 * walking it again for each would take time quadratic in its length.
 */
export function valueOffset(source: string, node: Scalar, index: number): number {
  let map = MAPS.get(node);
  if (!map) {
    map = offsetMap(source, node);
    if (MAPS.size >= KEPT_MAPS) MAPS.delete(MAPS.keys().next().value!);
    MAPS.set(node, map);
  }
  return map[Math.min(index, map.length - 1)]!;
}

// A story's findings fall in its half-dozen sections, each mapped once.
const KEPT_MAPS = 8;
const MAPS = new Map<Scalar, Int32Array>();

/** The source offset of each character of a scalar's value, and of the end. */
function offsetMap(source: string, node: Scalar): Int32Array {
  const [start, end] = node.range ?? [0, 0, 0];
  const value = typeof node.value === 'string' ? node.value : String(node.value ?? '');
  let from = start;
  if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) {
    const header = source.indexOf('\n', start);
    from = header === -1 ? end : header + 1;
  } else if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    from = start + 1;
  }
  const stream = [...units(source, node, from, end)];
  const offsetAt = (k: number) => stream[Math.min(k, stream.length - 1)]?.offset ?? start;
  const map = new Int32Array(value.length + 1);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    // Land on the character itself, not on the whitespace in front of it.
    const at = find(stream, value[i]!, j);
    map[i] = offsetAt(at);
    j = at + 1;
  }
  map[value.length] = offsetAt(j);
  return map;
}

/** The unit at or after `from` that makes `c`, skipping layout; `from` itself when none is near. */
function find(stream: readonly Unit[], c: string, from: number): number {
  const space = isSpace(c);
  const limit = from + 12;
  for (let k = from; k < stream.length; k++) {
    const u = stream[k]!.char;
    if (u === c || (space && isSpace(u))) return k;
    if (!isSpace(u) && k >= limit) break;
  }
  return from;
}
