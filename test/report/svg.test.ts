import { describe, expect, it } from 'vitest';
import { overChart, ratingsChart, timeChart } from '../../src/report/svg.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-08T10:00:00Z');
const numbers = (svg: string) => [...svg.matchAll(/\s(?:x|y|x1|x2|y1|y2|cx|cy|width|height)="([^"]*)"/g)].map((m) => Number(m[1]));

describe('charts', () => {
  it('draws one answer as one point in the middle, with no line and no NaN', () => {
    const svg = timeChart('c1', 'Ownership', [{ at: T0, seconds: 95 }], T0, T0, 95);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg).not.toContain('<polyline');
    expect(numbers(svg).every(Number.isFinite)).toBe(true);
    expect(svg).toContain('<title id="c1-title">Answer time for Ownership</title>');
    expect(svg).toContain('1 answer, oldest first: 1:35; 0 over 2:00.');
    expect(svg).toContain('role="img" aria-labelledby="c1-title c1-desc"');
  });

  it('draws a line through the answers in time order, an answer over 2:00 as a square', () => {
    const svg = timeChart('c2', 'Dive Deep', [{ at: T0 + 2 * DAY, seconds: 100 }, { at: T0, seconds: 150 }], T0, T0 + 4 * DAY, 150);
    expect(svg.match(/<rect class="point over"/g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    const points = /<polyline class="series" points="([^"]+)"/.exec(svg)![1]!.split(' ').map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(2);
    expect(points[0]![0]).toBeLessThan(points[1]![0]!);
    expect(points[0]![1]).toBeLessThan(points[1]![1]!); // 150 s stands higher than 100 s
    expect(svg).toContain('2 answers, oldest first: 2:30, 1:40; 1 over 2:00.');
    expect(svg).toContain('>8 Nov<');
    expect(svg).toContain('>12 Nov<');
  });

  it('draws empty charts without failing', () => {
    expect(numbers(timeChart('e', 'X', [], T0, T0, 0)).every(Number.isFinite)).toBe(true);
    expect(overChart('o', [])).toContain('No answers.');
    const ratings = ratingsChart('r', [0, 0, 0, 0, 0]);
    expect(ratings).not.toContain('<rect');
    expect(numbers(ratings).every(Number.isFinite)).toBe(true);
  });

  it('labels each bar with its number, so colour is never the only signal', () => {
    const over = overChart('o', [{ label: 'OWN', over: 3, answers: 4 }, { label: 'DD', over: 0, answers: 2 }]);
    expect(over).toContain('>75% (3 of 4)<');
    expect(over).toContain('>0% (0 of 2)<');
    expect(over.match(/class="bar high"/g)).toHaveLength(1);
    const ratings = ratingsChart('r', [0, 1, 5, 6, 2]);
    expect(ratings.match(/<rect /g)).toHaveLength(4);
    expect(ratings).toContain('14 rated answers: 0 rated 1, 1 rated 2, 5 rated 3, 6 rated 4, 2 rated 5.');
  });
});
