/** The loop date: reading it, counting down to it, and what it changes in the schedule and the draw. */
import { describe, expect, it } from 'vitest';
import { countdown, dayNumber, daysToLoop, isoDay, isoOfWrittenDay, loopDateFault, loopEve, parseLoopDateOption } from '../../src/drill/loop-date.js';
import { dueBy, dueReviews, isDue, memoryOf } from '../../src/drill/schedule.js';
import { drawQuestions } from '../../src/drill/select.js';
import { calendarDay } from '../../src/drill/days.js';
import { practiceStats } from '../../src/drill/stats.js';
import type { Question } from '../../src/drill/questions.js';
import { LP_IDS, type LpId } from '../../src/principles/catalog.js';
import { entry } from './fixtures.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const DAY = 86_400_000;
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();
/** The local day of NOW, and the YYYY-MM-DD `n` days after it. */
const TODAY = calendarDay(NOW.getTime());
const inDays = (n: number) => isoDay(TODAY + n);

describe('parseLoopDateOption', () => {
  it.each([
    ['2026-12-17', '2026-12-17'],
    [' 2028-02-29 ', '2028-02-29'],
    ['+10d', inDays(10)],
    ['+10', inDays(10)],
    ['+ 3 d', inDays(3)],
    ['in 10 days', inDays(10)],
    ['In 1 day', inDays(1)],
    ['+0d', inDays(0)],
  ])('reads %j as %s', (typed, day) => {
    expect(parseLoopDateOption(typed, TODAY)).toBe(day);
  });

  it.each(['0099-01-01', '1969-12-31', '2031-03-11', '+9999d'])('refuses %j, a year no loop falls in', (typed) => {
    expect(parseLoopDateOption(typed, TODAY)).toBeUndefined();
  });

  it.each([
    ['2026-02-29', '2026 has no 29 February'],
    ['2026-04-31', '2026 has no 31 April'],
    ['2026-13-01', 'there is no month 13'],
    ['0099-01-01', '0099 is before 1970'],
    ['1969-12-31', '1969 is before 1970'],
    ['2031-03-11', '2031-03-11 is more than 5 years away'],
    ['+9999d', `${isoDay(TODAY + 9999)} is more than 5 years away`],
    ['2028-02-29', undefined],
    ['2031-03-10', undefined],
    ['+10d', undefined],
    ['next friday', undefined],
  ])('says why %j is no loop date', (typed, fault) => {
    expect(loopDateFault(typed, TODAY)).toBe(fault);
  });

  it('counts the days of any year, not reading 0099 as 1999', () => {
    // 2000 years (485 of them leap years) before 2099-01-01, which is day 47117.
    expect(dayNumber('0099-01-01')).toBe(47_117 - 2000 * 365 - 485);
    expect(dayNumber('2099-01-01')).toBe(47_117);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-5', '17/12/2026', '12/17/2026', 'tomorrow', 'in ten days', '-10d', '+10w', '10 days', '2026-12-17T09:00', ''])(
    'refuses %j',
    (typed) => {
      expect(parseLoopDateOption(typed, TODAY)).toBeUndefined();
    },
  );
});

describe('the countdown', () => {
  it.each([
    [10, '10 days to your loop'],
    [1, '1 day to your loop'],
    [0, 'Your loop is today'],
  ])('%i days ahead reads "%s (date)"', (n, said) => {
    expect(countdown(inDays(n), TODAY)).toBe(`${said} (${inDays(n)})`);
    expect(daysToLoop(inDays(n), TODAY)).toBe(n);
  });

  it('counts calendar days, past ones negative', () => {
    expect(daysToLoop('2026-03-01', dayNumber('2026-03-10'))).toBe(-9);
    expect(daysToLoop('2028-03-01', dayNumber('2028-02-28'))).toBe(2); // 29 February between
  });

  it("puts the eve at the start of the day before, in local time", () => {
    const eve = loopEve('2026-12-17');
    expect([eve.getFullYear(), eve.getMonth(), eve.getDate(), eve.getHours(), eve.getMinutes()]).toEqual([2026, 11, 16, 0, 0]);
  });
});

describe('dueBy: a review after the loop is pulled forward to its eve', () => {
  // Ownership answered well yesterday: FSRS wants it again some days from now.
  const practised = [entry({ lps: ['ownership'], at: daysAgo(1), rating: 4 })];
  const memory = memoryOf(practised, NOW)!;
  const fsrsDay = calendarDay(memory.due.getTime()) - TODAY;

  it('is FSRS due date without a loop date', () => {
    expect(fsrsDay).toBeGreaterThan(1);
    expect(dueBy(memory)).toBe(memory.due);
    expect(isDue(memory, NOW)).toBe(false);
  });

  it.each([
    ['a loop well after the review leaves it as it is', fsrsDay + 5, false],
    ['a loop on the day after the review leaves it as it is (the review is on the eve)', fsrsDay + 1, false],
    ['a loop on the day of the review pulls it to the eve', fsrsDay, true],
    ['a loop before the review pulls it to the eve', fsrsDay - 1, true],
    ['a loop tomorrow makes it due now (the eve is today)', 1, true],
    ['a loop today leaves it as it is: it was practised on the eve (yesterday)', 0, false],
  ] as const)('%s', (_what, days, pulled) => {
    const eve = loopEve(inDays(days));
    const due = dueBy(memory, eve);
    expect(due.getTime() === eve.getTime()).toBe(pulled);
    if (!pulled) expect(due).toBe(memory.due);
    expect(isDue(memory, NOW, eve)).toBe(pulled && days <= 1);
  });

  it('a loop today, last practised before yesterday, makes it due now', () => {
    const older = memoryOf([entry({ lps: ['ownership'], at: daysAgo(2), rating: 5 })], NOW)!;
    const eve = loopEve(inDays(0));
    expect(older.due.getTime()).toBeGreaterThan(NOW.getTime());
    expect(dueBy(older, eve)).toEqual(eve);
    expect(isDue(older, NOW, eve)).toBe(true);
  });

  it('is not pulled forward again once practised on the eve or since, so it does not fall due at every answer', () => {
    const eve = loopEve(inDays(1));
    // Practised this morning, the eve of tomorrow's loop: its next review is after the loop, and stays there.
    const today = memoryOf([...practised, entry({ lps: ['ownership'], at: new Date(Math.max(eve.getTime(), NOW.getTime() - 60_000)).toISOString(), rating: 4 })], NOW)!;
    expect(dueBy(today, eve)).toBe(today.due);
    expect(isDue(today, NOW, eve)).toBe(false);
  });
});

describe('dueReviews and practiceStats before a loop', () => {
  // Think Big rated 1 five days ago (overdue); Ownership answered well yesterday (due after a near loop).
  const history = [
    entry({ question: 'think-big-1', lps: ['think-big'], at: daysAgo(5), rating: 1 }),
    entry({ question: 'ownership-1', lps: ['ownership'], at: daysAgo(1), rating: 4 }),
  ];

  it('without a loop date: only what FSRS has due, and no pulledForward in the stats', () => {
    expect(dueReviews(history, NOW).map((d) => d.id)).toEqual(['think-big']);
    const stats = practiceStats(history, NOW);
    expect(stats.principles.every((p) => !('pulledForward' in p))).toBe(true);
    expect(stats.due.slice(0, 1)).toEqual(['think-big']);
  });

  it('with the loop tomorrow: the review after it is due now too, after the overdue one', () => {
    const eve = loopEve(inDays(1));
    expect(dueReviews(history, NOW, eve).map((d) => d.id)).toEqual(['think-big', 'ownership']);
    const stats = practiceStats(history, NOW, eve);
    const row = (id: LpId) => stats.principles.find((p) => p.id === id)!;
    expect([row('ownership').pulledForward, row('ownership').due, row('ownership').dueAt]).toEqual([true, true, eve.toISOString()]);
    expect([row('think-big').pulledForward, row('think-big').due]).toEqual([false, true]);
    expect(row('frugality').pulledForward).toBe(false);
    expect(stats.due.slice(0, 2)).toEqual(['think-big', 'ownership']);
  });

  it('with the loop a month away: nothing changes but the flag', () => {
    const eve = loopEve(inDays(30));
    expect(dueReviews(history, NOW, eve)).toEqual(dueReviews(history, NOW));
    const stats = practiceStats(history, NOW, eve);
    expect(stats.principles.find((p) => p.id === 'ownership')!.pulledForward).toBe(false);
    expect(stats.due).toEqual(practiceStats(history, NOW).due);
  });
});

describe('drawQuestions with a loop date', () => {
  const q = (id: string, lps: LpId[]): Question => ({ id, text: `Question ${id}?`, lps, category: 'behavioral', followups: [] });
  const BANK = LP_IDS.flatMap((lp) => [1, 2].map((n) => q(`${lp}-${n}`, [lp])));
  const lpOf = (id: string) => id.replace(/-\d$/, '') as LpId;
  // Every principle practised, well, yesterday, but for Think Big, Frugality and Dive Deep, never practised.
  const never: LpId[] = ['think-big', 'frugality', 'dive-deep'];
  const history = LP_IDS.filter((lp) => !never.includes(lp)).map((lp) => entry({ question: `${lp}-1`, lps: [lp], at: daysAgo(1), rating: 4 }));
  const draw = (seed: string, count: number, loopEveAt?: Date) =>
    drawQuestions({ questions: BANK, history, coveredLps: new Set(LP_IDS), now: NOW, seed, count, ...(loopEveAt ? { loopEve: loopEveAt } : {}) });

  it('asks the principles never practised first, whatever the seed', () => {
    const eve = loopEve(inDays(10));
    for (let i = 0; i < 100; i++) {
      const drawn = draw(`s${i}`, 3, eve).questions.map((x) => lpOf(x.id));
      expect(drawn.sort()).toEqual([...never].sort());
    }
  });

  it('without a loop date, the weighted draw alone: some seeds ask a principle practised', () => {
    const seeds = Array.from({ length: 100 }, (_, i) => `s${i}`);
    const mixed = seeds.filter((seed) => draw(seed, 3).questions.some((x) => !never.includes(lpOf(x.id))));
    expect(mixed.length).toBeGreaterThan(0);
  });

  it('without a loop date, the draw is the one it always was (no loopEve is no change)', () => {
    for (let i = 0; i < 20; i++) expect(draw(`s${i}`, 4)).toEqual(drawQuestions({ questions: BANK, history, coveredLps: new Set(LP_IDS), now: NOW, seed: `s${i}`, count: 4 }));
  });

  it('with the loop tomorrow, the reviews pulled forward are asked once the never practised are', () => {
    const eve = loopEve(inDays(1));
    const { questions, reviews } = draw('monday', 8, eve);
    const lps = questions.map((x) => lpOf(x.id));
    expect(lps.filter((lp) => never.includes(lp)).sort()).toEqual([...never].sort());
    // Every question not for a principle never practised is a due review: the whole bank practised is due on the eve.
    expect(reviews.length).toBe(5);
    expect(lps.filter((lp) => !never.includes(lp)).sort()).toEqual(reviews.map((r) => r.id).sort());
    expect(reviews.every((r) => r.dueAt.getTime() === eve.getTime())).toBe(true);
  });

  it('with the loop a month away, no review is due, and the rest of the draw is by weight', () => {
    const { reviews, questions } = draw('monday', 5, loopEve(inDays(30)));
    expect(reviews).toEqual([]);
    expect(questions.slice(0, 3).map((x) => lpOf(x.id)).sort()).toEqual([...never].sort());
  });
});

describe('isoOfWrittenDay: a day written in another order, where it reads one way only', () => {
  it.each([
    ['17/12/2026', '2026-12-17'],
    ['12/17/2026', '2026-12-17'],
    ['17.12.2026', '2026-12-17'],
    ['17-12-2026', '2026-12-17'],
    ['7/3/2026', undefined],
    ['3/3/2026', '2026-03-03'],
    ['05/06/2026', undefined],
    ['31/02/2026', undefined],
    ['17/13/2026', undefined],
    ['17/12/26', undefined],
    ['2026-12-17', undefined],
    ['17/12/0099', undefined],
  ])('%s → %s', (text, expected) => {
    expect(isoOfWrittenDay(text)).toBe(expected);
  });
});
