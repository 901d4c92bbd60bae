import { describe, expect, it } from 'vitest';
import { COUNT, MINUTES, SECONDS, boxCount, boxText, rangeText, seconds, wholeNumber } from '../../src/drill/limits.js';
import { formatClock, shortClock } from '../../src/drill/timer.js';

describe('wholeNumber: -n, --count', () => {
  it.each([
    ['3', 3],
    [' 12 ', 12],
    ['007', 7],
    ['0', 0],
    ['', undefined],
    ['3.5', undefined],
    ['-3', undefined],
    ['+3', undefined],
    ['1e2', undefined],
    ['0x10', undefined],
    ['three', undefined],
    ['3s', undefined],
  ])('%j → %s', (text, n) => expect(wholeNumber(text)).toBe(n));
});

describe('seconds: -t, --time', () => {
  it.each([
    // Whole seconds, as before.
    ['120', 120],
    [' 90 ', 90],
    // Units, in any case, with spaces between the parts or none.
    ['90s', 90],
    ['90S', 90],
    ['2m', 120],
    ['2M', 120],
    ['1m30s', 90],
    ['1M30S', 90],
    ['1m 30s', 90],
    ['90 s', 90],
    ['0m45s', 45],
    ['1m90s', 150],
    // The units' longer forms (a new user's trial: `-t 2min` and `-t 1m30` were refused).
    ['2min', 120],
    ['2 min', 120],
    ['2mins', 120],
    ['2 MINS', 120],
    ['90sec', 90],
    ['90secs', 90],
    ['90 sec', 90],
    ['1min30sec', 90],
    ['1 min 30 secs', 90],
    // Minutes then seconds without their unit, as said aloud.
    ['1m30', 90],
    ['1m 30', 90],
    ['1min30', 90],
    ['2m05', 125],
    ['2m5', 125],
    ['0m45', 45],
    // Hours, alone, with minutes, or then minutes without their unit; and amounts with a decimal point, whole seconds in all.
    ['1h', 3600],
    ['1hr', 3600],
    ['2 hrs', 7200],
    ['1H30M', 5400],
    ['1h 30m 15s', 5415],
    ['1h30', 5400],
    ['1hr 5', 3900],
    ['1.5m', 90],
    ['.5m', 30],
    ['0.25h', 900],
    ['1.5 min', 90],
    ['1.1m', 66],
    ['90.0', 90],
    ['12.5s', undefined],
    ['1.5', undefined],
    ['1.01m', undefined],
    // Units spelt out, as a user types them (a second review of the change: "15 minutes", "1 hour" and "90 seconds"
    // were refused).
    ['15 minutes', 900],
    ['1 minute', 60],
    ['1 hour', 3600],
    ['2 hours', 7200],
    ['90 seconds', 90],
    ['1 second', 1],
    ['1 hour 30 minutes', 5400],
    ['1 minute 30 seconds', 90],
    ['1 hour 30', 5400],
    ['1 minute 30', 90],
    ['15 minute s', undefined],
    ['15 mints', undefined],
    // m:ss, as the drill clock shows it (02:00) and stats and the report (2:00).
    ['1:30', 90],
    ['02:00', 120],
    ['0:10', 10],
    ['60:00', 3600],
    ['100:00', 6000],
    // None of those.
    ['', undefined],
    ['  ', undefined],
    ['s', undefined],
    ['m', undefined],
    ['ms', undefined],
    ['1m60', undefined],
    ['1m90', undefined],
    ['1m030', undefined],
    ['30 1m', undefined],
    ['1 30', undefined],
    ['min', undefined],
    ['sec', undefined],
    ['2ms', undefined],
    ['2minutess', undefined],
    ['90secondss', undefined],
    ['2mn', undefined],
    ['90sex', undefined],
    ['1:30s', undefined],
    ['30s1m', undefined],
    ['h', undefined],
    ['hr', undefined],
    ['1h60', undefined],
    ['30m1h', undefined],
    ['1.5.m', undefined],
    ['1.m', undefined],
    ['1,5m', undefined],
    ['1hourr', undefined],
    ['.', undefined],
    ['-90', undefined],
    ['-1:30', undefined],
    ['1:3', undefined],
    ['1:60', undefined],
    ['0:90', undefined],
    [':30', undefined],
    ['1:30:00', undefined],
    ['soon', undefined],
  ])('%j → %s', (text, n) => expect(seconds(text)).toBe(n));

  it('reads back every time the drill clock, stats and the report show', () => {
    for (let n = SECONDS.min; n <= SECONDS.max; n++) {
      expect(seconds(formatClock(n))).toBe(n);
      expect(seconds(shortClock(n))).toBe(n);
    }
  });
});

describe('the ranges', () => {
  it('read their fallbacks, which are within them, and say their unit', () => {
    for (const range of [COUNT, SECONDS]) {
      expect(range.read(String(range.fallback))).toBe(range.fallback);
      expect(range.fallback).toBeGreaterThanOrEqual(range.min);
      expect(range.fallback).toBeLessThanOrEqual(range.max);
    }
    expect(rangeText(COUNT)).toBe('1 to 100');
    expect(rangeText(SECONDS)).toBe('10 to 3600 seconds');
  });

  // --time's error and --help listed "2m or 2min" and no hours after the parser took 1.5m and 1h.
  it("give, in what --time takes, the forms its parser reads, each example read and within range", () => {
    const examples = [...SECONDS.takes.matchAll(/\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(/, | or /));
    expect(examples).toEqual(['90', '90s', '90sec', '2m', '2min', '1.5m', '1h', '1m30s', '1m30', '1:30']);
    for (const example of examples) {
      const n = SECONDS.read(example);
      expect(n, example).toBeGreaterThanOrEqual(SECONDS.min);
      expect(n, example).toBeLessThanOrEqual(SECONDS.max);
    }
  });
});

describe('--minutes, a time box', () => {
  it('reads minutes, bare or with units, as --time reads a time, from 1 to 240', () => {
    expect(rangeText(MINUTES)).toBe('1 to 240 minutes');
    const read = (values: string[]) => values.map((value) => MINUTES.read(value));
    expect(read(['15', ' 20 ', '1', '240', '1.5', '.5', '15m', '15 min', '1h', '1.5h', '1h30m', '1h30', '90s', '1m30s', '4h', '15 minutes', '1 hour'])).toEqual([
      15, 20, 1, 240, 1.5, 0.5, 15, 15, 60, 90, 90, 90, 1.5, 1.5, 240, 15, 60,
    ]);
    // Not m:ss, which is as likely to mean h:mm in a time box; nor what --time refuses; nor a part of a second.
    expect(read(['1:30', '01:00', '-5', '', 'soon', '15 mins please', '1.001'])).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('is said in minutes, and seconds where it has some', () => {
    expect([15, 1, 1.5, 90, 0.5, 100 / 60].map(boxText)).toEqual(['15 minutes', '1 minute', '1 minute 30 seconds', '90 minutes', '0 minutes 30 seconds', '1 minute 40 seconds']);
  });

  // A review: the heading said "up to 8 questions in 15 minutes, 02:00 each", where 7 answers at 02:00 fill the box.
  it('draws, without --count, as many questions as whole answers of --time fit in it, within --count\'s range', () => {
    expect(boxCount(15, 120)).toBe(7);
    expect(boxCount(14, 120)).toBe(7);
    expect(boxCount(20, 120)).toBe(10);
    expect(boxCount(20, 90)).toBe(13);
    expect(boxCount(1, 3600)).toBe(COUNT.min);
    expect(boxCount(240, 10)).toBe(COUNT.max);
    // A box of a part of a minute: 1.5 minutes of 0:30 answers, 100 seconds of 0:20 answers (100 / 60 minutes is 100.00000000000001 seconds).
    expect(boxCount(1.5, 30)).toBe(3);
    expect(boxCount(100 / 60, 20)).toBe(5);
  });
});
