import { describe, expect, it } from 'vitest';
import { calendarDay, daysBetween } from '../../src/drill/days.js';
import { ago, median, nextReview, overdue, practiceStats, sparkline, stoppedPhrase } from '../../src/drill/stats.js';
import { entry } from './fixtures.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

describe('practiceStats', () => {
  const history = [
    entry({ lps: ['ownership'], at: daysAgo(9), seconds: 150, rating: 2 }),
    entry({ lps: ['ownership', 'dive-deep'], at: daysAgo(2), seconds: 100, rating: 4 }),
    entry({ lps: ['ownership'], at: daysAgo(5), seconds: 130, rating: 3 }),
    entry({ lps: [], category: 'system-design', at: daysAgo(1), seconds: 290, rating: 3 }),
  ];
  const stats = practiceStats(history, NOW);
  const row = (id: string) => stats.principles.find((p) => p.id === id)!;

  it('counts, takes the median time, the shares over time and over 2 minutes and the average rating per principle', () => {
    expect(stats.answers).toBe(4);
    expect(row('ownership')).toMatchObject({ answers: 3, medianSeconds: 130, overTime: 2 / 3, overTwoMinutes: 2 / 3, averageRating: 3, lastPracticed: daysAgo(2) });
    expect(row('dive-deep')).toMatchObject({ answers: 1, medianSeconds: 100, overTwoMinutes: 0, averageRating: 4 });
    expect(row('frugality')).toMatchObject({ answers: 0, medianSeconds: null, overTwoMinutes: null, averageRating: null, lastPracticed: null, dueAt: null, due: true });
    expect(stats.principles).toHaveLength(16);
  });

  it.each([
    [1, 0, '1 stopped before its rating, which is in no average'],
    [2, 0, '2 stopped before their ratings, which are in no average'],
    [1, 1, '1 stopped before its self-check, which is in no average and counts for no principle'],
    [3, 2, '1 stopped before its rating, which is in no average; 2 stopped before their self-checks, which are in no average and count for no principle'],
    [0, 0, ''],
  ])('says %i answers not rated, %i of them stopped before the self-check', (unrated, unchecked, said) => {
    expect(stoppedPhrase(unrated, unchecked)).toBe(said);
  });

  it('counts an answer stopped before its rating, in its times and its schedule but in no average', () => {
    const unrated = ({ rating: _, ...rest }: ReturnType<typeof entry>) => ({ ...rest, version: 3 as const });
    const stopped = practiceStats([...history, unrated(entry({ lps: ['ownership'], at: daysAgo(1), seconds: 200 })), unrated(entry({ lps: ['frugality'], at: daysAgo(1) }))], NOW);
    expect(stopped).toMatchObject({ answers: 6, unrated: 2 });
    expect(stopped.principles.find((p) => p.id === 'ownership')).toMatchObject({ answers: 4, unrated: 1, averageRating: 3, medianSeconds: 140, lastPracticed: daysAgo(1) });
    // Only unrated answers: practised (a due date, as a rating of 3 would give), with no average.
    const frugality = stopped.principles.find((p) => p.id === 'frugality')!;
    expect(frugality).toMatchObject({ answers: 1, unrated: 1, averageRating: null, lastPracticed: daysAgo(1) });
    expect(frugality.dueAt).toBe(practiceStats([entry({ lps: ['frugality'], at: daysAgo(1), rating: 3 })], NOW).principles.find((p) => p.id === 'frugality')!.dueAt);
    expect(stopped.neverPractised).not.toContain('frugality');
    expect(stats.unrated).toBe(0);
  });

  it("counts an answer over time against its own limit, and keeps the share over 2:00 whatever the limit", () => {
    // Drilled with -t 90 (1:53 and 1:40 are over), with -t 300 (2:30 is not), and at the default 2:00 (1:55 is not).
    const mixed = practiceStats(
      [
        entry({ lps: ['ownership'], at: daysAgo(4), seconds: 113, limit: 90 }),
        entry({ lps: ['ownership'], at: daysAgo(3), seconds: 100, limit: 90 }),
        entry({ lps: ['ownership'], at: daysAgo(2), seconds: 150, limit: 300 }),
        entry({ lps: ['ownership'], at: daysAgo(1), seconds: 115, limit: 120 }),
      ],
      NOW,
    );
    expect(mixed.principles.find((p) => p.id === 'ownership')).toMatchObject({ overTime: 2 / 4, overTwoMinutes: 1 / 4 });
    const tight = practiceStats([entry({ lps: ['ownership'], seconds: 113, limit: 90 })], NOW).principles.find((p) => p.id === 'ownership')!;
    expect(tight).toMatchObject({ overTime: 1, overTwoMinutes: 0 });
    expect(practiceStats([], NOW).principles[0]).toMatchObject({ overTime: null, overTwoMinutes: null });
  });

  it('gives the trend of answer times oldest first, and the principles that are due', () => {
    expect(stats.trend).toEqual([150, 130, 100, 290]);
    expect(stats.due).toContain('frugality');
    // Practised ones come first, most overdue first; then the never-practised, in catalog order.
    const practisedDue = stats.due.filter((id) => row(id).answers > 0);
    expect(stats.due.slice(0, practisedDue.length)).toEqual(practisedDue);
  });

  it('keeps the trend to the answers drilled at the latest limit, and says when others are left out', () => {
    const at = (d: number, seconds: number, limit: number) => entry({ lps: ['ownership'], at: daysAgo(d), seconds, limit });
    // Three at 2:00, then two at 1:30: 1:25 at the 1:30 limit is no improvement on 1:50 at 2:00.
    const mixed = practiceStats([at(9, 150, 120), at(8, 130, 120), at(7, 110, 120), at(2, 95, 90), at(1, 85, 90)], NOW);
    expect(mixed).toMatchObject({ trend: [95, 85], trendLimit: 90, otherLimits: true, answers: 5 });
    // Back at 2:00: the answers at 2:00 again, however old; the 1:30 ones are left out.
    const back = practiceStats([at(9, 150, 120), at(2, 95, 90), at(1, 140, 120)], NOW);
    expect(back).toMatchObject({ trend: [150, 140], trendLimit: 120, otherLimits: true });
    // An answer at another limit before the last 20 leaves nothing out of them.
    const long = practiceStats([at(40, 150, 90), ...Array.from({ length: 20 }, (_, i) => at(30 - i, 100, 120))], NOW);
    expect(long).toMatchObject({ trendLimit: 120, otherLimits: false });
    expect(long.trend).toHaveLength(20);
    // One limit throughout: nothing left out; the order is by time, not by the file's order.
    expect(practiceStats([at(1, 100, 120), at(3, 120, 120)], NOW)).toMatchObject({ trend: [120, 100], trendLimit: 120, otherLimits: false });
    // At most the last 20.
    const many = Array.from({ length: 25 }, (_, i) => at(30 - i, 100 + i, 120));
    expect(practiceStats(many, NOW).trend).toEqual(Array.from({ length: 20 }, (_, i) => 105 + i));
  });

  it('is empty but complete with no history', () => {
    const none = practiceStats([], NOW);
    expect(none.answers).toBe(0);
    expect(none).toMatchObject({ trend: [], trendLimit: null, otherLimits: false });
    expect(none.due).toHaveLength(16);
  });
});

describe('helpers', () => {
  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('sparkline', () => {
    expect(sparkline([])).toBe('');
    expect(sparkline([60, 90, 120, 150, 180])).toBe('▁▃▅▆█');
    expect(sparkline([100, 100])).toBe('▄▄');
  });

  it('ago and overdue', () => {
    expect(ago(daysAgo(0.2), NOW, 'UTC')).toBe('today');
    expect(ago(daysAgo(1), NOW, 'UTC')).toBe('yesterday');
    // 36 hours before 09:00 is 21:00 two days before.
    expect(ago(daysAgo(1.5), NOW, 'UTC')).toBe('2 days ago');
    expect(ago(daysAgo(4), NOW, 'UTC')).toBe('4 days ago');
    expect(ago(daysAgo(20), NOW, 'UTC')).toBe('2 weeks ago');
    expect(ago(daysAgo(100), NOW, 'UTC')).toBe('3 months ago');
    expect(overdue(daysAgo(0.3), NOW, 'UTC')).toBe('due today');
    expect(overdue(daysAgo(0.5), NOW, 'UTC')).toBe('1 day overdue');
    expect(overdue(daysAgo(3), NOW, 'UTC')).toBe('3 days overdue');
  });
});

// A twenty-second user's trial: at 11:00 on 6 December in Toronto, answers of 19:37 the evening before were
// "last practised: today", as fewer than 24 hours had passed. Days are counted on the calendar, in the local zone.
describe('calendar days, in the local time zone', () => {
  const TORONTO = 'America/Toronto';
  it.each([
    // [what, answer (UTC), now (UTC), zone, ago]
    ['the evening before, the next morning, in Toronto (5 Dec 19:37 → 6 Dec 11:00 EST)', '2026-12-06T00:37:00Z', '2026-12-06T16:00:00Z', TORONTO, 'yesterday'],
    ['the same two times in UTC, one calendar day (00:37 and 16:00 on 6 Dec)', '2026-12-06T00:37:00Z', '2026-12-06T16:00:00Z', 'UTC', 'today'],
    ['a minute before midnight, a minute after it', '2026-12-05T23:59:00Z', '2026-12-06T00:01:00Z', 'UTC', 'yesterday'],
    ['the same, in Toronto: both on 5 Dec there', '2026-12-05T23:59:00Z', '2026-12-06T00:01:00Z', TORONTO, 'today'],
    ['00:01 to 23:59 of one day', '2026-12-06T05:01:00Z', '2026-12-07T04:59:00Z', TORONTO, 'today'],
    ['23:59 to 00:01 two days on: 24 hours and 2 minutes, two calendar days', '2026-12-06T04:59:00Z', '2026-12-07T05:01:00Z', TORONTO, '2 days ago'],
    // Clocks go forward on 8 March 2026 in Toronto (a day of 23 hours) and back on 1 November (25 hours).
    ['across the spring change: 22:00 on 7 Mar to 21:30 on 8 Mar (22.5 hours)', '2026-03-08T03:00:00Z', '2026-03-09T01:30:00Z', TORONTO, 'yesterday'],
    ['across the spring change: 00:30 on 8 Mar to 23:30 the same day (22 hours)', '2026-03-08T05:30:00Z', '2026-03-09T03:30:00Z', TORONTO, 'today'],
    ['across the autumn change: 00:30 on 1 Nov to 23:30 the same day (24 hours)', '2026-11-01T04:30:00Z', '2026-11-02T04:30:00Z', TORONTO, 'today'],
    ['across the autumn change: a week, 00:30 on 29 Oct to 00:10 on 5 Nov', '2026-10-29T04:30:00Z', '2026-11-05T05:10:00Z', TORONTO, '7 days ago'],
  ] as const)('%s', (_what, at, now, zone, expected) => {
    expect(ago(at, new Date(now), zone)).toBe(expected);
  });

  it('counts a due date the same way: overdue since a date, and next in days from today', () => {
    const now = new Date('2026-12-06T16:00:00Z'); // 11:00 in Toronto
    // Fell due at 19:37 yesterday in Toronto (00:37 today in UTC).
    expect(overdue('2026-12-06T00:37:00Z', now, TORONTO)).toBe('1 day overdue');
    expect(overdue('2026-12-06T00:37:00Z', now, 'UTC')).toBe('due today');
    // Due at 02:00 tomorrow in Toronto: fifteen hours away, but tomorrow.
    expect(nextReview('2026-12-07T07:00:00Z', now, TORONTO)).toBe('in 1 day');
    // Due at 23:00 tonight in Toronto: not due yet, and not tomorrow either.
    expect(nextReview('2026-12-07T04:00:00Z', now, TORONTO)).toBe('later today');
    expect(nextReview('2026-12-07T04:00:00Z', now, 'UTC')).toBe('in 1 day');
    expect(nextReview('2026-12-10T07:00:00Z', now, TORONTO)).toBe('in 4 days');
    expect(nextReview('2026-12-06T15:00:00Z', now, TORONTO)).toBe('due today');
  });

  it('takes the local zone by default, as TZ sets it', () => {
    const at = Date.parse('2026-12-06T00:37:00Z');
    const now = Date.parse('2026-12-06T16:00:00Z');
    const before = process.env.TZ;
    try {
      for (const zone of [TORONTO, 'UTC', 'Asia/Kolkata']) {
        process.env.TZ = zone;
        expect([zone, calendarDay(at)]).toEqual([zone, calendarDay(at, zone)]);
        expect([zone, daysBetween(at, now)]).toEqual([zone, zone === TORONTO ? 1 : 0]);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
