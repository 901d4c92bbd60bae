import { describe, expect, it } from 'vitest';
import { heatmapLayout, readinessIdColumn } from '../../src/commands/map.js';
import { PIPED_WIDTH, fitName, keepsPlace } from '../../src/commands/shared.js';
import { MIN_LABEL_COLUMN } from '../../src/text/columns.js';
import { LP_IDS, PRINCIPLES } from '../../src/principles/catalog.js';

const HEADER_CELLS = PRINCIPLES.map((p) => p.abbrev.padEnd(4)).join('').trimEnd();
/** The compact heatmap's second header line, after the id column: the odd principles' abbreviations, staggered. */
const STAGGERED = `  ${PRINCIPLES.filter((_, i) => i % 2 === 1).map((p) => p.abbrev.padEnd(4)).join('').trimEnd()}`;
const READY_LINE = (column: number) => `  ${'x'.repeat(column)}100/100  impact 34/34  scope 33/33  ownership 33/33`;
const LONG = 'checkout-screen-reader-blocker';

describe('map: the id columns, by the ids and the line width', () => {
  it('the heatmap header has a cell of four for each principle', () => {
    expect(HEADER_CELLS).toHaveLength(4 * LP_IDS.length - 1);
  });

  it.each([80, 100, 132, 200])('on a %i-column line, the widest heatmap and readiness lines fit it', (width) => {
    const layout = heatmapLayout([LONG.repeat(10)], width);
    expect(layout.cell).toBe(4);
    expect(layout.column + HEADER_CELLS.length).toBe(width);
    expect(READY_LINE(readinessIdColumn([LONG.repeat(10)], width)!)).toHaveLength(width);
  });

  it('makes the columns as wide as the longest id needs, and no wider, on a wide terminal', () => {
    expect(heatmapLayout([LONG, 'digs'], 200)).toEqual({ cell: 4, column: LONG.length + 1 });
    expect(readinessIdColumn([LONG, 'digs'], 200)).toBe(LONG.length + 1);
    expect(heatmapLayout(['a', 'b'], 200).column).toBe(MIN_LABEL_COLUMN);
  });

  it('piped, fits 80 columns whatever the terminal, so the output stays the same', () => {
    expect(PIPED_WIDTH).toBe(80);
    expect(heatmapLayout([LONG], PIPED_WIDTH)).toEqual({ cell: 4, column: 17 });
    expect(readinessIdColumn([LONG], PIPED_WIDTH)).toBe(27);
  });

  it.each([79, 60, 45, 40])('on a %i-column line that would cut ids to under 16 characters, two columns a principle, the ids as wide as the rest leaves', (width) => {
    const layout = heatmapLayout([LONG.repeat(2), 'digs'], width);
    expect(layout.cell).toBe(2);
    // The widest line is the staggered second header line.
    expect(layout.column + STAGGERED.length).toBe(width);
  });

  it.each([69, 60, 45])('on a %i-column line, where the readiness lines would cut ids to under 16 characters, puts each id on a line of its own', (width) => {
    expect(readinessIdColumn([LONG, 'digs'], width)).toBeUndefined();
    expect(readinessIdColumn([LONG, 'digs'], 70)).toBe(17);
  });

  it('keeps four columns a principle, and ids beside their readiness, on a narrow line where every id fits whole', () => {
    expect(heatmapLayout(['launch', 'oncall'], 72)).toEqual({ cell: 4, column: 7 });
    expect(readinessIdColumn(['launch', 'oncall'], 62)).toBe(7);
  });
});

describe('map: two stories that share an id, named by where each is', () => {
  const a = { id: 'checkout-migration', where: 'stories/a.yaml' };
  const b = { id: 'checkout-migration', where: 'stories/b.yaml' };

  it('fitName shows the place whole, cutting the id instead, while the id keeps five characters', () => {
    expect(fitName(a, 40)).toBe('checkout-migration (stories/a.yaml)'.padEnd(40));
    expect(fitName(a, 25)).toBe('checko… (stories/a.yaml) ');
    // Too narrow for the place as given: the file's name alone; then, as any label, cut.
    expect(fitName({ id: 'deliver-results-06', where: 'stories/ownership.yaml:2' }, 27)).toBe('delive… (ownership.yaml:2) ');
    expect(fitName(a, 20)).toBe('checkout-… (a.yaml) ');
    expect(fitName(a, 12)).toBe('checkout-m… ');
    expect(fitName({ id: LONG }, 20)).toBe('checkout-screen-re… ');
  });

  it('keepsPlace says whether fitName shows the place as given', () => {
    expect(keepsPlace(a, 40)).toBe(true);
    expect(keepsPlace(a, 24)).toBe(true);
    expect(keepsPlace(a, 23)).toBe(false);
    expect(keepsPlace({ id: LONG }, 10)).toBe(true);
  });

  it('the layouts widen, or take lines of their own, rather than hide where each story is', () => {
    // Piped: 17 columns of ids would cut the places off; two columns a principle leave them whole.
    expect(heatmapLayout([a, b], PIPED_WIDTH)).toEqual({ cell: 2, column: 36 });
    expect(heatmapLayout(['checkout-migration', 'checkout-migration'], PIPED_WIDTH)).toEqual({ cell: 4, column: 17 });
    expect(readinessIdColumn([a, b], PIPED_WIDTH)).toBe(27);
    const far = { id: 'deliver-results-06', where: 'stories/ownership.yaml:2' };
    expect(readinessIdColumn([far], PIPED_WIDTH)).toBeUndefined();
    expect(readinessIdColumn([far], 100)).toBe(far.id.length + far.where.length + 4);
  });
});
