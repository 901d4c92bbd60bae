import { describe, expect, it } from 'vitest';
import { isPossessive, ownerOf } from '../../src/text/possessive.js';

describe('isPossessive and ownerOf', () => {
  it.each([
    ["vendor's", 'vendor'],
    ['vendor’s', 'vendor'],
    ["vendors'", 'vendors'],
    ['Systems’', 'Systems'],
    ["Priya's", 'Priya'],
    ["Jones'", 'Jones'],
  ])('reads %s as a possessive of %s', (word, owner) => {
    expect(isPossessive(word)).toBe(true);
    expect(ownerOf(word)).toBe(owner);
  });

  it.each([
    ["it's"],
    ['It’s'],
    // A closing quote after a word not in "s".
    ["beta'"],
    ['vendor'],
    ["don't"],
  ])('reads %s as no possessive', (word) => {
    expect(isPossessive(word)).toBe(false);
  });

  it('leaves a word with no possessive ending as it is', () => {
    expect(ownerOf('vendor')).toBe('vendor');
    expect(ownerOf("beta'")).toBe("beta'");
  });
});
