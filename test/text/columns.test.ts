import { describe, expect, it } from 'vitest';
import { MIN_LABEL_COLUMN, fitLabel, labelColumn } from '../../src/text/columns.js';

describe('labelColumn', () => {
  it.each([
    ['as wide as the longest label needs, and a space', ['story', 'cert-expiry-incident', 'digs'], 200, 63, 21],
    ['the header, when it is the longest', ['principle name', 'a', 'bc'], 200, 63, 15],
    ['the floor, when every label is shorter', ['story', 'a', 'bc'], 200, 63, MIN_LABEL_COLUMN],
    ['no wider than the line leaves', ['story', 'checkout-screen-reader-blocker'], 80, 63, 17],
    ['exactly the line, where the longest just fits', ['story', 'x'.repeat(16)], 80, 63, 17],
    ['never under the floor, on a line too narrow for the table', ['story', 'cert-expiry-incident'], 60, 63, MIN_LABEL_COLUMN],
    ['the floor for no labels at all', [], 80, 63, MIN_LABEL_COLUMN],
  ])('%s', (_name, labels, width, rest, column) => {
    expect(labelColumn(labels, width, rest)).toBe(column);
  });

  it('fits a line of `width` with the rest, whenever the floor allows', () => {
    for (let width = 71; width <= 120; width++) {
      const column = labelColumn(['story', 'x'.repeat(100)], width, 63);
      expect(column + 63).toBe(width);
    }
  });
});

describe('fitLabel', () => {
  it.each([
    ['cert-expiry-incident', 21, 'cert-expiry-incident '],
    ['digs', 21, 'digs'.padEnd(21)],
    ['cert-expiry-incident', 17, 'cert-expiry-inc… '],
    ['cert-expiry-incident', 20, 'cert-expiry-incide… '],
  ])('%s in %i columns: %j', (label, column, shown) => {
    expect(fitLabel(label, column)).toBe(shown);
    expect(fitLabel(label, column)).toHaveLength(column);
  });
});
