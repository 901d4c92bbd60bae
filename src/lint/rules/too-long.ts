import * as z from 'zod/mini';
import { SPOKEN_FIELDS, textOf, type SpokenField, type StoryData } from '../../bank/schema.js';
import { sentenceRanges } from '../../text/sentences.js';
import { counted } from '../../text/show.js';
import { countWords } from '../../text/words.js';
import { OptionError, readOptions, throwOptionErrors } from '../options.js';
import type { Rule } from '../rule.js';

export interface TooLongOptions {
  readonly wordsPerMinute: number;
  readonly warnSeconds: number;
  readonly errorSeconds: number;
}

const DEFAULTS: TooLongOptions = { wordsPerMinute: 150, warnSeconds: 90, errorSeconds: 150 };
const positive = z.optional(z.number().check(z.positive()));
const optionsSchema = z.strictObject({ wordsPerMinute: positive, warnSeconds: positive, errorSeconds: positive });

/** The words spoken when telling the story: situation through learned. */
export function spokenWords(story: StoryData): number {
  return SPOKEN_FIELDS.reduce((n, field) => n + countWords(textOf(story, field)), 0);
}

// The situation is scene-setting: two sentences say what was at stake and by when.
const SITUATION_SENTENCES = 2;
const NAMES: Record<SpokenField, string> = {
  situation: 'the situation',
  task: 'the task',
  action: 'the action',
  result: 'the result',
  tradeoff: 'the trade-off',
  learned: 'the lesson in `learned:`',
};

/**
 * Where to cut, as this story is told, said after "Cut about 40 words": the situation to two sentences only when it
 * has more, and the longest part by words, the action to the candidate's own decisions. "Cut the situation to two
 * sentences" said of a one-sentence situation sends the writer looking for words that aren't there. As a sentence:
 * ", most from the action (the longest part, 109 words): keep it to your own decisions" (a trial found "Cut about 2
 * words: the action, the longest part at 109 words, to your own decisions" awkward to read).
 */
function whereToCut(story: StoryData): string {
  const words = SPOKEN_FIELDS.map((field) => [field, countWords(textOf(story, field))] as const);
  // The first of the longest, in the order the story is told.
  const [longest, most] = words.reduce((best, next) => (next[1] > best[1] ? next : best));
  const longestPart = `${NAMES[longest]} (the longest part, ${most} words)`;
  const sentences = sentenceRanges(textOf(story, 'situation')).length;
  if (sentences > SITUATION_SENTENCES) {
    if (longest === 'situation') return `, most from ${longestPart}: take it from ${sentences} sentences to two`;
    return `: take the situation from ${sentences} sentences to two, and the rest from ${longestPart}${longest === 'action' ? '; keep the action to your own decisions' : ''}`;
  }
  return `, most from ${longestPart}${longest === 'action' ? ': keep it to your own decisions' : ''}`;
}

/** What the rule flags at these options, each a config sets off its default followed by the default. */
function describe({ wordsPerMinute, warnSeconds, errorSeconds }: TooLongOptions): string {
  const set = (value: number, key: keyof TooLongOptions) => (value === DEFAULTS[key] ? `${value}` : `${value} (default ${DEFAULTS[key]})`);
  return `Telling the story takes over ${set(warnSeconds, 'warnSeconds')} s at ${set(wordsPerMinute, 'wordsPerMinute')} words a minute (a warning), or over ${set(errorSeconds, 'errorSeconds')} s (an error).`;
}

export default {
  meta: {
    id: 'too-long',
    description: describe(DEFAULTS),
    fix:
      'Cut the situation to two sentences (if it has more), then the longest part; keep the action on your own decisions.',
    defaultSeverity: 'error',
  },
  describe,
  options(raw) {
    const { values, problems } = readOptions(optionsSchema, raw, 'Its options are `wordsPerMinute`, `warnSeconds` and `errorSeconds`, each a number above 0.');
    const options = { ...DEFAULTS, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) };
    // Their order, with every other mistake, in one run; not where either is itself bad.
    const badKey = (key: string) => problems.some((p) => p.key === key);
    if (!badKey('warnSeconds') && !badKey('errorSeconds') && options.warnSeconds > options.errorSeconds) {
      // At the one the user wrote; the other may be its default.
      const key = values.warnSeconds === undefined ? 'errorSeconds' : 'warnSeconds';
      problems.push(
        new OptionError(`\`warnSeconds\` (${options.warnSeconds}) must not be more than \`errorSeconds\` (${options.errorSeconds}); unset, they are ${DEFAULTS.warnSeconds} and ${DEFAULTS.errorSeconds}.`, key),
      );
    }
    throwOptionErrors(problems);
    return options;
  },
  check(story, report, options = DEFAULTS) {
    const { wordsPerMinute, warnSeconds, errorSeconds } = options;
    const words = spokenWords(story);
    const exact = (words / wordsPerMinute) * 60;
    if (exact <= warnSeconds) return;
    const seconds = Math.ceil(exact);
    const cut = Math.ceil(words - (warnSeconds * wordsPerMinute) / 60);
    report({
      severity: exact > errorSeconds ? 'error' : 'warn',
      message:
        `This story takes about ${seconds} s to tell (${words} words at ${wordsPerMinute} a minute); keep it under ${warnSeconds} s. ` +
        // "Cut about 1 word", not "1 words" (a trial saw one word over the limit).
        `Cut about ${counted(cut, 'word')}${whereToCut(story)}.`,
    });
  },
} satisfies Rule<TooLongOptions>;
