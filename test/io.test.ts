import { describe, expect, it } from 'vitest';
import { MIN_TERMINAL_WIDTH, terminalWidth } from '../src/io.js';

// (test/e2e/terminal-width.test.ts runs the commands in a terminal that reports 0 columns.)
describe('terminalWidth', () => {
  it.each([
    [{}, 80, 80],
    [{}, MIN_TERMINAL_WIDTH, MIN_TERMINAL_WIDTH],
    [{}, 0, undefined],
    [{}, MIN_TERMINAL_WIDTH - 1, undefined],
    [{}, undefined, undefined],
    [{ COLUMNS: '60' }, 120, 60],
    [{ COLUMNS: '60' }, 0, 60],
    [{ COLUMNS: '0' }, 120, 120],
    [{ COLUMNS: '5' }, 120, 120],
    [{ COLUMNS: '5' }, 0, undefined],
    [{ COLUMNS: 'wide' }, 90, 90],
  ])('COLUMNS %o, the terminal saying %s: %s', (env, reported, width) => {
    expect(terminalWidth(env, reported)).toBe(width);
  });
});
