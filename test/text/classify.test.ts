import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sentenceRanges } from '../../src/text/sentences.js';
import { anySentence, features, fires, probability, tokens } from '../../src/text/classify.js';
import tradeoff from '../../src/text/models/tradeoff.js';

describe('tokens', () => {
  it.each([
    ['We deferred the export.', ['we', 'defer', 'the', 'export']],
    ['Deferring it cost us', ['defer', 'it', 'cost', 'us']],
    // Numbers, money and percentages are classes, not words.
    ['It cost $40k and 12% more, over 3 weeks', ['it', 'cost', '<money>', 'and', '<pct>', 'more', 'over', '<num>', 'week']],
    ['It saved £1.2m', ['it', 'save', '<money>']],
    ['We waited two weeks', ['we', 'wait', '<num>', 'week']],
    // Months and quarters; "may" is a month only with a capital.
    ['We moved it to March', ['we', 'move', 'it', 'to', '<month>']],
    ['It may slip to Q3 or H2', ['it', 'mai', 'slip', 'to', '<quarter>', 'or', '<quarter>']],
    ['We shipped in May', ['we', 'ship', 'in', '<month>']],
    ['Budget for FY2025 and FY26', ['budget', 'for', '<quarter>', 'and', '<quarter>']],
    // A capital inside a sentence is a name; the first word and "I" are not.
    ['Dana asked Priya and I agreed', ['dana', 'ask', '<cap>', 'and', 'i', 'agre']],
    // Contractions are spelt out, with either apostrophe.
    ["We'd live with it", ['we', 'would', 'live', 'with', 'it']],
    // "'d" is "had" before a participle, "would" before a base verb (src/text/contractions.ts), and "'d've" is
    // "would have".
    ["A region we'd been told to drain", ['a', 'region', 'we', 'had', 'been', 'told', 'to', 'drain']],
    ['We’d already agreed', ['we', 'had', 'alreadi', 'agre']],
    ["I'd rather wait", ['i', 'would', 'rather', 'wait']],
    ["We'd better wait", ['we', 'had', 'better', 'wait']],
    ["I'd've waited", ['i', 'would', 'have', 'wait']],
    ['We didn’t wait', ['we', 'did_not', 'not', 'wait']],
    // A "do" denied is a token of its own, so a plain "did" shares no weight with "did not".
    ['I did not test it', ['i', 'did_not', 'not', 'test', 'it']],
    ["It doesn't work", ['it', 'doe_not', 'not', 'work']],
    ['We did never ship it', ['we', 'did_not', 'never', 'ship', 'it']],
    ['I did the work', ['i', 'did', 'the', 'work']],
    ['I never did it', ['i', 'never', 'did', 'it']],
    ["I won't", ['i', 'will', 'not']],
    ["The team's plan", ['the', 'team', 'plan']],
    // Hyphenated words stay whole.
    ['A read-only cut-over', ['a', 'read-onli', 'cut-ov']],
  ])('%s', (sentence, expected) => {
    expect(tokens(sentence)).toEqual(expected);
  });
});

describe('features', () => {
  it('has each token and each pair of neighbours, with the ends marked', () => {
    expect(features('We deferred it')).toEqual(['we', 'defer', 'it', '<s> we', 'we defer', 'defer it', 'it </s>']);
  });

  it('is empty but for the ends for a sentence with no words', () => {
    expect(features('—')).toEqual(['<s> </s>']);
  });
});

describe('probability', () => {
  const model = { bias: -2, threshold: 0.5, weights: { defer: 3, 'we defer': 1, '<num>': -0.5 } };

  it.each([
    // -2 + 3 + 1 = 2
    ['We deferred it', 1 / (1 + Math.exp(-2))],
    // -2 + 3 = 1: "defer" alone, no "we defer"
    ['I deferred it', 1 / (1 + Math.exp(-1))],
    // A feature counts once however often it occurs: -2 + 3 + 1
    ['We deferred it, we deferred it', 1 / (1 + Math.exp(-2))],
    // -2 - 0.5
    ['It took 3 weeks', 1 / (1 + Math.exp(2.5))],
    // Unknown features weigh nothing, even ones Object.prototype has.
    ['Nothing known here', 1 / (1 + Math.exp(2))],
    ['The constructor and its toString', 1 / (1 + Math.exp(2))],
  ])('%s', (sentence, expected) => {
    expect(probability(model, sentence)).toBeCloseTo(expected, 10);
  });
});

describe('fires and anySentence', () => {
  const model = { bias: -2, threshold: 0.8, weights: { defer: 3, 'we defer': 1 } };

  it.each([
    // 0.88: over the threshold, four tokens
    ['We deferred it all', true],
    // 0.73: under it
    ['I deferred it all', false],
    // Over the threshold, but three tokens: too short to judge
    ['We deferred it', false],
    // Four tokens once the contraction is spelt out, but "we would defer" has no "we defer" pair: 0.73
    ["We'd deferred it", false],
    ["We'd deferred it, we deferred it", true],
  ])('%s', (sentence, expected) => {
    expect(fires(model, sentence)).toBe(expected);
  });

  it('asks each sentence of a text, not the text as a whole', () => {
    expect(anySentence(model, 'I ran the syncs. We deferred it all. I wrote the plan.')).toBe(true);
    expect(anySentence(model, 'I ran the syncs. I wrote the plan.')).toBe(false);
    // "deferred" and "we" in different sentences make no "we defer" pair
    expect(anySentence(model, 'We ran the syncs for it. Then deferred it all.')).toBe(false);
    expect(anySentence(model, '')).toBe(false);
  });

  it('asks mayJudge only about the sentences the model fires on, and skips those it refuses', () => {
    const asked: string[] = [];
    const refuse = (sentence: string) => (asked.push(sentence), false);
    expect(anySentence(model, 'I ran the syncs. We deferred it all. I wrote the plan.', refuse)).toBe(false);
    expect(asked).toEqual(['We deferred it all.']);
    expect(anySentence(model, 'I ran the syncs. We deferred it all.', () => true)).toBe(true);
  });
});

describe('the shipped models', () => {
  it('are what training on the committed data gives', () => {
    const result = spawnSync(process.execPath, ['scripts/train-classifiers.mjs', '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it('read "we\'d been told" as "we had been told", not as a "would" that weighs options', () => {
    // Spelt "we would been told", it scored 0.87 as a trade-off, over the model's 0.85.
    const sentence = "We drained a region we'd been told to drain.";
    expect(probability(tradeoff, sentence)).toBeCloseTo(probability(tradeoff, 'We drained a region we had been told to drain.'), 10);
    expect(probability(tradeoff, sentence)).toBeLessThan(0.6);
    expect(fires(tradeoff, sentence)).toBe(false);
  });

  it('are trained on no sentence of the hold-outs or the blind probes', () => {
    const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    // Sentences of five words or more: "It shipped." may well occur in both by chance.
    const sentencesOf = (text: string) => sentenceRanges(text).map(([a, b]) => squash(text.slice(a, b))).filter((t) => t.split(' ').length >= 5);
    const FIELDS = ['situation', 'task', 'action', 'result', 'tradeoff', 'learned'];
    const train = new Set<string>();
    for (const file of readdirSync('test/train').filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join('test/train', file), 'utf8'));
      for (const s of data.sentences ?? []) sentencesOf(s.text).forEach((t) => train.add(t));
      for (const story of data.stories ?? []) for (const f of FIELDS) sentencesOf(story[f] ?? '').forEach((t) => train.add(t));
    }
    const measured: string[] = [];
    for (const split of readdirSync('test/eval').filter((d) => d.startsWith('holdout'))) {
      for (const file of readdirSync(join('test/eval', split))) {
        const story = parse(readFileSync(join('test/eval', split, file), 'utf8'));
        for (const f of FIELDS) measured.push(...sentencesOf(typeof story[f] === 'string' ? story[f] : ''));
      }
    }
    const probes = JSON.parse(readFileSync('test/eval/probes/tradeoff-sentences.json', 'utf8'));
    for (const text of [...probes.tradeoff, ...probes.none]) measured.push(...sentencesOf(text));
    // Only the count is shown: a failure here must not print what the measuring sets say.
    expect(measured.length).toBeGreaterThan(500);
    expect(measured.filter((t) => train.has(t)).length).toBe(0);
  });
});
