import { describe, expect, it } from 'vitest';
import { PIPED_WIDTH, heatmapIdColumn, readinessIdColumn } from '../../src/commands/map.js';
import { LP_IDS, PRINCIPLES } from '../../src/principles/catalog.js';

const HEADER_CELLS = PRINCIPLES.map((p) => p.abbrev.padEnd(4)).join('').trimEnd();
const READY_LINE = (column: number) => `  ${'x'.repeat(column)}100/100  impact 34/34  scope 33/33  ownership 33/33`;
const LONG = 'checkout-screen-reader-blocker';

describe('map: the id columns, by the ids and the line width', () => {
  it('the heatmap header has a cell of four for each principle', () => {
    expect(HEADER_CELLS).toHaveLength(4 * LP_IDS.length - 1);
  });

  it.each([80, 100, 132, 200])('on a %i-column line, the widest heatmap and readiness lines fit it', (width) => {
    expect(heatmapIdColumn([LONG.repeat(10)], width) + HEADER_CELLS.length).toBe(width);
    expect(READY_LINE(readinessIdColumn([LONG.repeat(10)], width))).toHaveLength(width);
  });

  it('makes the columns as wide as the longest id needs, and no wider, on a wide terminal', () => {
    expect(heatmapIdColumn([LONG, 'digs'], 200)).toBe(LONG.length + 1);
    expect(readinessIdColumn([LONG, 'digs'], 200)).toBe(LONG.length + 1);
    expect(heatmapIdColumn(['a', 'b'], 200)).toBe(8);
  });

  it('piped, fits 80 columns whatever the terminal, so the output stays the same', () => {
    expect(PIPED_WIDTH).toBe(80);
    expect(heatmapIdColumn([LONG], PIPED_WIDTH)).toBe(17);
    expect(readinessIdColumn([LONG], PIPED_WIDTH)).toBe(27);
  });
});
