/** The fingerprint the caches know a file by (src/hash.ts). */
import { describe, expect, it } from 'vitest';
import { hash } from '../src/hash.js';

describe('hash', () => {
  it('is the same for the same bytes, as text or as bytes', () => {
    expect(hash('title: A\n')).toBe(hash('title: A\n'));
    expect(hash(Buffer.from('title: A\n'))).toBe(hash('title: A\n'));
  });

  it.each([
    ['one letter', 'title: A', 'title: B'],
    ['a byte added', 'title: A', 'title: A '],
    ['two bytes swapped', 'ab', 'ba'],
    ['empty and a space', '', ' '],
    ['a line ending', 'a\n', 'a\r\n'],
    ['a byte-order mark', 'a', '\uFEFFa'],
  ])('tells apart %s', (_, a, b) => {
    expect(hash(a)).not.toBe(hash(b));
  });

  it('has no collision among 20,000 near-identical files', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(hash(`title: Story\nresult: cut latency by ${i}%\n`));
    expect(seen.size).toBe(20_000);
  });
});
