import { beforeEach, describe, expect, it, vi } from 'vitest';

const { setFlagsFromString } = vi.hoisted(() => ({ setFlagsFromString: vi.fn() }));
vi.mock('node:v8', () => ({ setFlagsFromString }));

const { FEW_STORIES, compileRegexpsFor, compileRegexpsForStories } = await import('../src/regexps.js');
const { lowered, patternsFor, planOf } = await import('../src/text/prefilter.js');

const flagsSet = () => setFlagsFromString.mock.calls.map(([flags]) => flags);

describe('compileRegexpsFor', () => {
  beforeEach(() => {
    setFlagsFromString.mockClear();
  });

  it('has V8 compile each expression once, straight to native code, however many stories', () => {
    for (const stories of [0, 1, FEW_STORIES, 10_000]) {
      setFlagsFromString.mockClear();
      compileRegexpsFor(stories);
      expect(flagsSet()).toContain('--no-regexp-tier-up');
    }
  });

  it('has V8 make its regexp code without optimising it for a few stories, where compiling is most of the cost', () => {
    compileRegexpsFor(1);
    expect(flagsSet()).toContain('--no-regexp-optimization');
    setFlagsFromString.mockClear();
    compileRegexpsFor(FEW_STORIES - 1);
    expect(flagsSet()).toContain('--no-regexp-optimization');
  });

  // A 5 MB story took over 30 s to lint with the unoptimised code (test/e2e/bad-corpus.test.ts), 9 s with it.
  it('counts a few stories by the size of their text: one huge story keeps the optimised code', () => {
    compileRegexpsFor(1, 5_000_000);
    expect(flagsSet()).toContain('--regexp-optimization');
    setFlagsFromString.mockClear();
    compileRegexpsFor(2, 6_000);
    expect(flagsSet()).toContain('--no-regexp-optimization');
  });

  // src/text/prefilter.ts: over a few stories, a pattern's branches they can't match are never compiled.
  it('has patterns run as the branches a story can match over a few stories, and whole over more', () => {
    const re = new RegExp(`\\b(?:refused to ship|${Array.from({ length: 40 }, (_, i) => `qqzx${i}`).join('|')})\\b`, 'gi');
    const plan = planOf(re.source, re.flags);
    const text = lowered('I refused to ship it.');
    compileRegexpsFor(FEW_STORIES - 1);
    expect(patternsFor(re, () => plan, () => text).map((r) => r.source)).toEqual([String.raw`\b(?:refused to ship)\b`]);
    compileRegexpsFor(FEW_STORIES);
    expect(patternsFor(re, () => plan, () => text)).toEqual([re]);
    compileRegexpsFor(1, 5_000_000);
    expect(patternsFor(re, () => plan, () => text)).toEqual([re]);
  });

  it('keeps the optimised code for a bank of many stories, where it pays back', () => {
    compileRegexpsFor(FEW_STORIES);
    expect(flagsSet()).toContain('--regexp-optimization');
    expect(flagsSet()).not.toContain('--no-regexp-optimization');
  });
});

// map, plan, report and drill set the flags from the stories they analyse, as lint does from the bytes it reads.
describe('compileRegexpsForStories', () => {
  const story = (id: string, action: string) => ({ id, title: id, situation: 'The nightly run was slow.', task: 'Speed it up.', action, result: 'From 6 hours to 2.' }) as never;

  beforeEach(() => {
    setFlagsFromString.mockClear();
  });

  it('counts the stories: a few short ones get the unoptimised code, a bank of them the optimised', () => {
    compileRegexpsForStories([story('a', 'I moved the jobs.'), story('b', 'I moved the jobs.')]);
    expect(flagsSet()).toContain('--no-regexp-optimization');
    setFlagsFromString.mockClear();
    compileRegexpsForStories(Array.from({ length: FEW_STORIES }, (_, i) => story(`s${i}`, 'I moved the jobs.')));
    expect(flagsSet()).toContain('--regexp-optimization');
  });

  it('counts the text too: one pasted 5 MB story keeps the optimised code', () => {
    compileRegexpsForStories([story('huge', 'I moved the batch jobs to the new cluster. '.repeat(120_000))]);
    expect(flagsSet()).toContain('--regexp-optimization');
    expect(flagsSet()).not.toContain('--no-regexp-optimization');
  });
});
