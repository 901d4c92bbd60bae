import { describe, expect, it } from 'vitest';
import { commaItems, inWords } from '../../src/text/lists.js';

describe('commaItems', () => {
  it.each([
    ['ownership', [['ownership', 0]]],
    ['launch, mobile', [['launch', 0], ['mobile', 8]]],
    // Spaces around an item are not part of it; an empty item is no item.
    ['  a ,, b ,', [['a', 2], ['b', 7]]],
    ['', []],
    [' , ', []],
  ])('reads %j', (text, items) => {
    const read = commaItems(text);
    expect(read.map((i) => [i.text, i.start])).toEqual(items);
    for (const item of read) expect(text.slice(item.start, item.end)).toBe(item.text);
  });
});

describe('inWords', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('writes %j as %j', (items, words) => {
    expect(inWords(items)).toBe(words);
  });
});
