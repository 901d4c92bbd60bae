import { describe, expect, it } from 'vitest';
import { makeChalk } from '../../src/color.js';
import { countdown, formatClock, renderTimer, shortClock, timerView, type Ticker } from '../../src/drill/timer.js';

describe('formatClock', () => {
  it.each([
    [0, '00:00'],
    [59.9, '00:59'],
    [60, '01:00'],
    [125, '02:05'],
    [6000, '100:00'],
    [-3, '00:00'],
  ])('%s s → %s', (seconds, text) => expect(formatClock(seconds)).toBe(text));
});

describe('shortClock: stats and the report show a median the same way', () => {
  it.each([
    [102.5, '1:43'],
    [102.4, '1:42'],
    [45, '0:45'],
    [600, '10:00'],
    [6000, '100:00'],
  ])('%s s → %s', (seconds, text) => expect(shortClock(seconds)).toBe(text));
});

describe('timerView', () => {
  it.each([
    [0, '░░░░░░░░░░', '02:00 left', 'running'],
    [0.4, '░░░░░░░░░░', '02:00 left', 'running'],
    [30, '██░░░░░░░░', '01:30 left', 'running'],
    [89.9, '███████░░░', '00:31 left', 'running'],
    [90, '███████░░░', '00:30 left', 'late'],
    [119.5, '█████████░', '00:01 left', 'late'],
    [120, '██████████', '+00:00 over', 'over'],
    [135.7, '██████████', '+00:15 over', 'over'],
  ])('at %s s of 120 on 10 cells', (elapsed, bar, clock, tone) => {
    expect(timerView(elapsed, 120, 10)).toEqual({ bar, clock, tone });
  });

  it('turns colour at three quarters of any limit', () => {
    expect(timerView(44, 60, 10).tone).toBe('running');
    expect(timerView(45, 60, 10).tone).toBe('late');
  });

  it('renders green, then yellow, then red', () => {
    const c = makeChalk(1);
    expect(renderTimer(timerView(10, 120, 4), c)).toBe('\x1b[32m░░░░\x1b[39m \x1b[32m\x1b[1m01:50 left\x1b[22m\x1b[39m');
    expect(renderTimer(timerView(100, 120, 4), c)).toContain('\x1b[33m');
    expect(renderTimer(timerView(130, 120, 4), c)).toBe('\x1b[31m████\x1b[39m \x1b[31m\x1b[1m+00:10 over\x1b[22m\x1b[39m');
    expect(renderTimer(timerView(130, 120, 4), makeChalk(0))).toBe('████ +00:10 over');
  });
});

describe('countdown', () => {
  it('draws on every tick from the injected clock and returns the whole seconds taken', async () => {
    let now = 1_000_000;
    let tick: () => void = () => {};
    let stopped = false;
    const ticker: Ticker = (_ms, fn) => {
      tick = fn;
      return () => void (stopped = true);
    };
    const drawn: number[] = [];
    let enter!: () => void;
    const running = countdown({ limit: 120, clock: () => now, ticker, draw: (s) => drawn.push(s), until: new Promise<void>((r) => (enter = r)) });
    now += 30_000;
    tick();
    now += 100_600;
    tick();
    enter();
    expect(await running).toBe(131);
    expect(drawn).toEqual([0, 30, 130.6]);
    expect(stopped).toBe(true);
  });

  it('stops the ticker and passes on an interrupt', async () => {
    let stopped = false;
    const run = countdown({
      limit: 120,
      clock: () => 0,
      ticker: () => () => void (stopped = true),
      draw: () => {},
      until: Promise.reject(new Error('ctrl-c')),
    });
    await expect(run).rejects.toThrow('ctrl-c');
    expect(stopped).toBe(true);
  });
});
