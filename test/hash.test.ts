/** The fingerprint the caches know a file by (src/hash.ts). */
import { describe, expect, it } from 'vitest';
import { sha1 } from '../src/hash.js';

describe('sha1', () => {
  it('is the same for the same bytes, as text or as bytes', () => {
    expect(sha1('title: A\n')).toBe(sha1('title: A\n'));
    expect(sha1(Buffer.from('title: A\n'))).toBe(sha1('title: A\n'));
  });

  it.each([
    ['one letter', 'title: A', 'title: B'],
    ['a byte added', 'title: A', 'title: A '],
    ['two bytes swapped', 'ab', 'ba'],
    ['empty and a space', '', ' '],
    ['a line ending', 'a\n', 'a\r\n'],
    ['a byte-order mark', 'a', '\uFEFFa'],
  ])('tells apart %s', (_, a, b) => {
    expect(sha1(a)).not.toBe(sha1(b));
  });

  it('has no collision among 20,000 near-identical files', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(sha1(`title: Story\nresult: cut latency by ${i}%\n`));
    expect(seen.size).toBe(20_000);
  });
});
