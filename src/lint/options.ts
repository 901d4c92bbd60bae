/**
 * Rule options from config, parsed by the rule's schema. A bad option is an OptionError that names the
 * key it is about, so config.ts can point at that key's line with a did-you-mean.
 */
import type * as z from 'zod/mini';
import { showValue } from '../text/show.js';
import { didYouMean } from '../text/suggest.js';

export class OptionError extends Error {
  constructor(
    message: string,
    /** The option the message is about, if it is about one. */
    readonly key?: string,
  ) {
    super(message);
  }
}

/** `raw` parsed by `schema`, or an OptionError: an unknown key with a did-you-mean, or `usage` at the bad key. */
export function parseOptions<S extends z.ZodMiniObject>(schema: S, raw: unknown, usage: string): z.output<S> {
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    throw new OptionError(`Unknown option \`${key}\`.${didYouMean(key, Object.keys(schema.shape))} ${usage}`, key);
  }
  const key = issue.path[0];
  if (typeof key !== 'string') throw new OptionError(usage);
  // Name the value that is wrong: "`wordsPerMinute` can't be -5."
  const given = raw !== null && typeof raw === 'object' && key in raw ? (raw as Record<string, unknown>)[key] : undefined;
  throw new OptionError(given === undefined ? usage : `\`${key}\` can't be ${showValue(given)}. ${usage}`, key);
}
