import { describe, expect, it } from 'vitest';
import { inRanges, quotedRanges } from '../../src/text/quotes.js';

const quoted = (text: string) => quotedRanges(text).map(([s, e]) => text.slice(s, e));

describe('quotedRanges', () => {
  it.each([
    ['She said "we wait".', ['"we wait"']],
    ['She said “we can’t wait”.', ['“we can’t wait”']],
    ['She said ‘we can’t wait’.', ['‘we can’t wait’']],
    ["She said 'we can't wait'.", ["'we can't wait'"]],
    ["I'd say the team's 'plan' held.", ["'plan'"]],
    ["I'd and we'd and team's: no quotes.", []],
  ])('finds the quotes in %j', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('does not pair quotes across a blank line', () => {
    expect(quoted('He said "yes\n\nand we left" later.')).toEqual([]);
  });

  it('tells whether an index is inside', () => {
    const ranges = quotedRanges('a "bc" d');
    expect([1, 2, 4, 6].map((i) => inRanges(i, ranges))).toEqual([false, true, true, false]);
  });
});
