import * as z from 'zod/mini';
import { SPOKEN_FIELDS, textOf, type StoryData } from '../../bank/schema.js';
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

export default {
  meta: {
    id: 'too-long',
    description: 'Telling the story takes over 90 s at 150 words a minute (a warning), or over 150 s (an error).',
    defaultSeverity: 'error',
  },
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
        `Cut about ${cut} words: the situation to two sentences, the action to your own decisions.`,
    });
  },
} satisfies Rule<TooLongOptions>;
