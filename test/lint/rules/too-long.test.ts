/**
 * too-long: the estimated speaking time of situation, task, action, result, trade-off and learned, at 150
 * words a minute by default: a warning over 90 s (225 words), an error over 150 s (375 words).
 */
import { describe, expect, it } from 'vitest';
import type { StoryData } from '../../../src/bank/schema.js';
import { parseConfig } from '../../../src/lint/config.js';
import rule, { type TooLongOptions } from '../../../src/lint/rules/too-long.js';
import { runRule } from '../../helpers.js';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');
const DEFAULTS = rule.options(undefined);

/** Stories that are too long, and the level reported. */
const invalid: [label: string, fields: Partial<StoryData>, level: 'warn' | 'error', options?: Partial<TooLongOptions>][] = [
  ['226 words in the action, just over 90 s', { action: words(226) }, 'warn'],
  ['300 words across the four STAR sections', { situation: words(60), task: words(40), action: words(150), result: words(50) }, 'warn'],
  ['the trade-off and the lesson count too', { action: words(100), tradeoff: words(60), learned: words(70) }, 'warn'],
  ['375 words is still a warning', { action: words(375) }, 'warn'],
  ['376 words, just over 150 s', { action: words(376) }, 'error'],
  ['contractions and hyphenated words count once each', { action: words(230, "I'd follow-up") }, 'error'],
  ['a bulleted action: 240 words and 24 dashes', { action: Array.from({ length: 24 }, () => `- ${words(10)}`).join('\n') }, 'warn'],
  // Words as a word counter (`wc -w`) counts them, so the candidate's own count agrees with the rule's.
  ['220 words and 7 bullet dashes', { action: Array.from({ length: 7 }, (_, i) => `- ${words(i < 3 ? 32 : 31)}`).join('\n') }, 'warn'],
  ['stray punctuation counts as a word counter counts it', { action: `${words(220)} — — — … - * •` }, 'warn'],
  ['a slower speaker', { action: words(160) }, 'warn', { wordsPerMinute: 100 }],
  ['a stricter warning', { action: words(160) }, 'warn', { warnSeconds: 60 }],
  ['a stricter error', { action: words(160) }, 'error', { warnSeconds: 30, errorSeconds: 60 }],
];

/** Stories that fit. */
const valid: [label: string, fields: Partial<StoryData>, options?: Partial<TooLongOptions>][] = [
  ['225 words, exactly 90 s', { action: words(225) }],
  ['225 words across all six spoken fields', { situation: words(40), task: words(25), action: words(90), result: words(40), tradeoff: words(15), learned: words(15) }],
  ['an empty story', {}],
  ['a long title, which is not spoken', { title: words(300), action: words(200) }],
  ['many partners and tags, which are not spoken', { action: words(220), partners: Array.from({ length: 50 }, (_, i) => `Partner ${i}`), tags: Array.from({ length: 50 }, (_, i) => `tag-${i}`) }],
  ['215 words and 7 marks', { action: `${words(215)} — — — … - * •` }],
  ['a decimal, a ratio and an amount are one word each', { action: `${words(222)} 2.4 A/B $1.2M` }],
  ['a faster speaker', { action: words(290) }, { wordsPerMinute: 200 }],
  ['a looser warning', { action: words(290) }, { warnSeconds: 120 }],
  ['the shipped stories run about 210 words', { situation: words(30), task: words(20), action: words(95), result: words(35), tradeoff: words(18), learned: words(14) }],
];

describe('too-long', () => {
  it.each(invalid)('flags %s', (_label, fields, level, options) => {
    const reports = runRule(rule, fields, { ...DEFAULTS, ...options });
    expect(reports).toHaveLength(1);
    expect(reports[0]!.severity).toBe(level);
    expect(reports[0]!.field).toBeUndefined();
  });

  it.each(valid)('accepts %s', (_label, fields, options) => {
    expect(runRule(rule, fields, { ...DEFAULTS, ...options })).toEqual([]);
  });

  it('states the estimate in seconds, the word count, the limit and how much to cut', () => {
    const [report] = runRule(rule, { action: words(250) }, DEFAULTS);
    expect(report!.message).toBe(
      'This story takes about 100 s to tell (250 words at 150 a minute); keep it under 90 s. Cut about 25 words, most from the action (the longest part, 250 words): keep it to your own decisions.',
    );
  });

  // A trial found "Cut about 1 words": one word over the limit is one word to cut; two are words.
  it.each<[words: number, cut: string]>([
    [226, 'Cut about 1 word, most'],
    [227, 'Cut about 2 words, most'],
  ])('counts %i words as "%s"', (n, cut) => {
    const [report] = runRule(rule, { action: words(n) }, DEFAULTS);
    expect(report!.message).toContain(cut);
  });

  // A Brazilian user's trial: "Cut … the situation to two sentences" of a one-sentence situation. The situation is
  // cut to two sentences only when it has more; otherwise the advice points at the longest part by words.
  it.each<[label: string, fields: Partial<StoryData>, advice: string]>([
    ['a one-sentence situation and a long action', { situation: 'Checkout p99 was 900 ms before Black Friday.', action: words(240) }, ', most from the action (the longest part, 240 words): keep it to your own decisions'],
    ['a two-sentence situation and a long action', { situation: 'Checkout was slow. Peak was six weeks away.', action: words(240) }, ', most from the action (the longest part, 240 words): keep it to your own decisions'],
    ['a three-sentence situation and a long action', { situation: 'Checkout was slow. Peak was six weeks away. Finance wanted a plan.', action: words(240) }, ': take the situation from 3 sentences to two, and the rest from the action (the longest part, 240 words); keep the action to your own decisions'],
    ['a long one-sentence situation', { situation: `${words(150)}.`, action: words(80) }, ', most from the situation (the longest part, 150 words)'],
    ['a long four-sentence situation', { situation: `${words(50)}. ${words(50)}. ${words(50)}. ${words(50)}.`, action: words(40) }, ', most from the situation (the longest part, 200 words): take it from 4 sentences to two'],
    ['a long result, a short situation', { situation: 'Checkout was slow.', action: 'I chose caching over a rewrite.', result: words(240) }, ', most from the result (the longest part, 240 words)'],
    ['a long result, a three-bullet situation', { situation: '- Checkout was slow\n- Peak was close\n- Finance wanted a plan', action: words(30), result: words(240) }, ': take the situation from 3 sentences to two, and the rest from the result (the longest part, 240 words)'],
    ['a long lesson', { situation: 'Checkout was slow.', action: words(60), learned: words(200) }, ', most from the lesson in `learned:` (the longest part, 200 words)'],
    ['a long trade-off', { action: words(60), tradeoff: words(200) }, ', most from the trade-off (the longest part, 200 words)'],
    // Near misses: a title's full stop and a decimal end no sentence; a tie goes to the part told first.
    ['"Dr." and "2.4 s" in a two-sentence situation', { situation: 'Dr. Rao ran the store. Checkout took 2.4 s at peak.', action: words(240) }, ', most from the action (the longest part, 240 words): keep it to your own decisions'],
    ['the action and the result equally long', { situation: 'Checkout was slow.', action: words(120), result: words(120) }, ', most from the action (the longest part, 120 words): keep it to your own decisions'],
  ])('says where to cut: %s', (_label, fields, advice) => {
    const [report] = runRule(rule, fields, DEFAULTS);
    expect(report!.message.split(/Cut about \d+ words?/)[1]).toBe(`${advice}.`);
  });

  it('reads its options from config, with defaults, and refuses bad ones', () => {
    expect(DEFAULTS).toEqual({ wordsPerMinute: 150, warnSeconds: 90, errorSeconds: 150 });
    expect(rule.options({ wordsPerMinute: 120 })).toEqual({ wordsPerMinute: 120, warnSeconds: 90, errorSeconds: 150 });
    const config = parseConfig('rules:\n  too-long:\n    severity: warn\n    wordsPerMinute: 130\n', '.tpm-prep.yaml');
    expect(config.rules.get('too-long')).toEqual({ severity: 'warn', options: { wordsPerMinute: 130, warnSeconds: 90, errorSeconds: 150 } });
    expect(() => rule.options({ wordsPerMinute: 0 })).toThrow(/wordsPerMinute/);
    expect(() => rule.options({ wordsPerMinte: 120 })).toThrow(/wordsPerMinute/);
    expect(() => rule.options({ warnSeconds: 200, errorSeconds: 100 })).toThrow(/warnSeconds/);
    expect(() => parseConfig('rules:\n  too-long:\n    severity: error\n    warnSeconds: soon\n', '.tpm-prep.yaml')).toThrow(/Bad options for `too-long`/);
  });
});
