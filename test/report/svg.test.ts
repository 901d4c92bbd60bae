import { describe, expect, it } from 'vitest';
import { isOverTime } from '../../src/drill/stats.js';
import { overChart, ratingsChart, timeChart, timeTop, type TimePoint } from '../../src/report/svg.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-08T10:00:00Z');
/** An answer of `seconds` drilled with a limit of `limit` (120 by default, drill's), over it as stats counts. */
const answer = (at: number, seconds: number, limit = 120): TimePoint => ({ at, seconds, limit, over: isOverTime({ seconds, limit }) });
/** The dashed limit segments, as [x1, y1, x2, y2]. */
const limitLines = (svg: string) => [...svg.matchAll(/<line class="limit" x1="([^"]+)" y1="([^"]+)" x2="([^"]+)" y2="([^"]+)"\/>/g)].map((m) => m.slice(1).map(Number));
const numbers = (svg: string) => [...svg.matchAll(/\s(?:x|y|x1|x2|y1|y2|cx|cy|width|height)="([^"]*)"/g)].map((m) => Number(m[1]));

describe('charts', () => {
  it('draws one answer as one point in the middle, with no line and no NaN', () => {
    const svg = timeChart('c1', 'Ownership', [answer(T0, 95)], T0, T0, 95);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg).not.toContain('<polyline');
    expect(numbers(svg).every(Number.isFinite)).toBe(true);
    expect(svg).toContain('<title id="c1-title">Answer time for Ownership</title>');
    expect(svg).toContain('1 answer, oldest first: 1:35; 0 over the 2:00 limit (the dashed line).');
    expect(svg).toContain('<title>1:35, within its 2:00 limit</title>');
    expect(svg).toContain('role="img" aria-labelledby="c1-title c1-desc"');
  });

  it('draws a line through the answers in time order, an answer over its 2:00 limit as a square', () => {
    const svg = timeChart('c2', 'Dive Deep', [answer(T0 + 2 * DAY, 100), answer(T0, 150)], T0, T0 + 4 * DAY, 150);
    expect(svg.match(/<rect class="point over"/g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    const points = /<polyline class="series" points="([^"]+)"/.exec(svg)![1]!.split(' ').map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(2);
    expect(points[0]![0]).toBeLessThan(points[1]![0]!);
    expect(points[0]![1]).toBeLessThan(points[1]![1]!); // 150 s stands higher than 100 s
    expect(svg).toContain('2 answers, oldest first: 2:30, 1:40; 1 over the 2:00 limit (the dashed line).');
    expect(svg).toContain('<title>2:30, over its 2:00 limit</title>');
    // One limit: one dashed line across the chart, named 2:00 on the axis.
    expect(limitLines(svg)).toHaveLength(1);
    expect(svg).toContain('text-anchor="end">2:00</text>');
    expect(svg).toContain('>8 Nov<');
    expect(svg).toContain('>12 Nov<');
  });

  // An eighteenth user's trial: at -t 10 the limit's "0:10" printed over the axis's "0".
  it("names a limit on the axis only where its label clears the others by a line of text", () => {
    const ticks = (svg: string) => [...svg.matchAll(/<text class="tick" x="30" y="([^"]+)" text-anchor="end">([^<]+)<\/text>/g)].map((m) => [m[2], Number(m[1])] as const);
    // 10 s against a top of 60 s: the label's baseline would be 8.7 px above the "0"'s.
    const tight = ticks(timeChart('t', 'Ownership', [answer(T0, 60, 10)], T0, T0, 60));
    expect(tight.map(([label]) => label)).toEqual(['0']);
    // 20 s against the same top clears it.
    const clear = ticks(timeChart('u', 'Ownership', [answer(T0, 60, 20)], T0, T0, 60));
    expect(clear.map(([label]) => label)).toEqual(['0:20', '0']);
    expect(Math.abs(clear[0]![1] - clear[1]![1])).toBeGreaterThanOrEqual(11);
  });

  it('draws each answer against its own limit: the dashed line steps where -t changed, and squares are the ones over theirs', () => {
    // 1:45 drilled with -t 90 is over; 2:10 with -t 180 is not, though it is the longer and over 2:00; then back to -t 90.
    const points = [answer(T0, 105, 90), answer(T0 + 2 * DAY, 130, 180), answer(T0 + 4 * DAY, 85, 90)];
    const svg = timeChart('m', 'Ownership', points, T0, T0 + 4 * DAY, timeTop(points));
    expect(svg.match(/<rect class="point over"/g)).toHaveLength(1);
    expect(svg).toContain('<title>1:45, over its 1:30 limit</title></rect>');
    expect(svg).toContain('<title>2:10, within its 3:00 limit</title></circle>');
    expect(svg).toContain('<title>1:25, within its 1:30 limit</title></circle>');
    expect(svg).toContain('3 answers, oldest first: 1:45 (limit 1:30), 2:10 (limit 3:00), 1:25 (limit 1:30); 1 over the limit each was drilled with (the dashed line, which steps where it changed).');
    expect(svg).not.toContain('2:00');
    // Three segments end to end, from the axis to the right edge, each step halfway between two answers.
    const lines = limitLines(svg);
    const xs = [...svg.matchAll(/<(?:circle class="point" cx|rect class="point over" x)="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(lines).toHaveLength(3);
    const [first, second, third] = lines as [number[], number[], number[]];
    expect(first[0]).toBe(34);
    expect(third[2]).toBe(270);
    expect(first[2]).toBe(second[0]);
    expect(second[2]).toBe(third[0]);
    expect(first[2]).toBeGreaterThan(xs[0]! + 3.5);
    expect(first[2]).toBeLessThan(xs[1]!);
    expect(third[0]).toBeLessThan(xs[2]!);
    expect(second[1]).toBeLessThan(first[1]!); // 3:00 stands higher than 1:30
    expect(third[1]).toBe(first[1]);
    // Each limit named once on the axis.
    expect(svg.match(/text-anchor="end">1:30<\/text>/g)).toHaveLength(1);
    expect(svg).toContain('text-anchor="end">3:00</text>');
    // The over answer stands above its segment, the others below theirs.
    const cy = [...svg.matchAll(/<circle class="point" cx="[^"]+" cy="([^"]+)"/g)].map((m) => Number(m[1]));
    const square = /<rect class="point over" x="[^"]+" y="([^"]+)"/.exec(svg)!;
    expect(Number(square[1]) + 3.5).toBeLessThan(first[1]!);
    expect(cy[0]).toBeGreaterThan(second[1]!);
    expect(cy[1]).toBeGreaterThan(third[1]!);
    // The scale leaves room above the highest limit, for every chart given the same top.
    expect(timeTop(points)).toBe(225);
    expect(timeTop([answer(T0, 95)])).toBe(150);
  });

  it('draws empty charts without failing', () => {
    expect(numbers(timeChart('e', 'X', [], T0, T0, 0)).every(Number.isFinite)).toBe(true);
    expect(overChart('o', [])).toContain('No answers.');
    const ratings = ratingsChart('r', [0, 0, 0, 0, 0]);
    expect(ratings).not.toContain('<rect');
    expect(numbers(ratings).every(Number.isFinite)).toBe(true);
  });

  it('labels each bar with its number, so colour is never the only signal', () => {
    expect(overChart('o', [])).toContain('<title id="o-title">Share of answers over their time limit, per principle</title>');
    const over = overChart('o', [{ label: 'OWN', over: 3, answers: 4 }, { label: 'DD', over: 0, answers: 2 }]);
    expect(over).toContain('>75% (3 of 4)<');
    expect(over).toContain('>0% (0 of 2)<');
    expect(over.match(/class="bar high"/g)).toHaveLength(1);
    const ratings = ratingsChart('r', [0, 1, 5, 6, 2]);
    expect(ratings.match(/<rect /g)).toHaveLength(4);
    expect(ratings).toContain('14 rated answers: 0 rated 1, 1 rated 2, 5 rated 3, 6 rated 4, 2 rated 5.');
  });
});
