/**
 * Rule options from config, parsed by the rule's schema. A bad option is an OptionError that names the
 * key it is about, so config.ts can point at that key's line with a did-you-mean; several bad ones are an
 * OptionErrors, one each, so a run reports them all.
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

/** Every mistake in a rule's options, each an OptionError at its own key. */
export class OptionErrors extends Error {
  constructor(readonly errors: readonly OptionError[]) {
    super(errors.map((error) => error.message).join('\n'));
  }
}

/** Throws what `problems` holds: nothing, the one, or all of them. */
export function throwOptionErrors(problems: readonly OptionError[]): void {
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new OptionErrors(problems);
}

/**
 * `raw` read by `schema` key by key: the options that parse, and an OptionError for each that doesn't (an
 * unknown key with a did-you-mean, or `usage` at the bad key), in the order zod finds them.
 */
export function readOptions<S extends z.ZodMiniObject>(schema: S, raw: unknown, usage: string): { values: Partial<z.output<S>>; problems: OptionError[] } {
  const given = raw ?? {};
  const parsed = schema.safeParse(given);
  if (parsed.success) return { values: parsed.data, problems: [] };
  const problems: OptionError[] = [];
  const bad = new Set<string>();
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        bad.add(key);
        problems.push(new OptionError(`Unknown option \`${key}\`.${didYouMean(key, Object.keys(schema.shape))} ${usage}`, key));
      }
      continue;
    }
    const key = issue.path[0];
    if (typeof key !== 'string') return { values: {}, problems: [new OptionError(usage)] };
    if (bad.has(key)) continue;
    bad.add(key);
    // Name the value that is wrong: "`wordsPerMinute` can't be -5."
    const value = given !== null && typeof given === 'object' && key in given ? (given as Record<string, unknown>)[key] : undefined;
    problems.push(new OptionError(value === undefined ? usage : `\`${key}\` can't be ${showValue(value)}. ${usage}`, key));
  }
  // The options that are good, read without the bad ones.
  const rest = schema.safeParse(Object.fromEntries(Object.entries(given as object).filter(([key]) => !bad.has(key))));
  return { values: rest.success ? rest.data : {}, problems };
}

/** `raw` parsed by `schema`, or an OptionError (OptionErrors for several) at each bad key. */
export function parseOptions<S extends z.ZodMiniObject>(schema: S, raw: unknown, usage: string): z.output<S> {
  const { values, problems } = readOptions(schema, raw, usage);
  throwOptionErrors(problems);
  return values as z.output<S>;
}
