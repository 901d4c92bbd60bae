import { LineCounter, parseDocument, isMap, isScalar, type Scalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { positionOf, valueOffset } from '../../src/bank/positions.js';

/** Where `needle` in the value of `key` lands in the source, as line:column. */
function locate(source: string, key: string, needle: string): string {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  if (!isMap(doc.contents)) throw new Error('not a map');
  const node = doc.contents.get(key, true) as Scalar;
  if (!isScalar(node)) throw new Error('not a scalar');
  const index = String(node.value).indexOf(needle);
  expect(index).toBeGreaterThanOrEqual(0);
  const { line, column } = positionOf(lines, valueOffset(source, node, index));
  return `${line}:${column}`;
}

describe('valueOffset', () => {
  it.each([
    ['plain', 'action: I decided we ship\n', 'we', '1:19'],
    ['plain, folded over lines', 'action: I decided\n  and then we shipped\n', 'we', '2:12'],
    ['double-quoted with escapes', 'action: "He said \\"no\\" so we ship"\n', 'we', '1:28'],
    ['single-quoted with doubled quotes', "action: 'it''s we who ship'\n", 'we', '1:16'],
    ['folded block', 'action: >-\n  First I asked.\n  Then we shipped.\n', 'we', '3:8'],
    ['literal block', 'action: |\n  - I asked\n  - we shipped\n', 'we', '3:5'],
    ['literal block whose value starts with a dash', 'action: >-\n  - we shipped\n', 'we', '2:5'],
    ['CRLF folded block', 'title: t\r\naction: >-\r\n  First I asked.\r\n  Then we shipped.\r\n', 'we', '4:8'],
    ['unicode escape before the phrase', 'action: "caf\\u00e9 then we ship"\n', 'we', '1:25'],
    ['first character', 'action: We shipped\n', 'We', '1:9'],
  ])('%s', (_name, source, needle, expected) => {
    expect(locate(source, 'action', needle)).toBe(expected);
  });
});
