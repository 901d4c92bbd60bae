/**
 * Practice history: `.tpm-prep/history.jsonl` beside the stories folder, one JSON object per line.
 *
 * Writing appends one complete line per answer in a single write to a file opened with O_APPEND, so a
 * crash, Ctrl-C or kill can at worst leave the last line unfinished; it never touches earlier lines.
 * Reading skips an unfinished or corrupt line with a warning that names file:line, and never fails. It reads
 * past a byte order mark (an editor's "UTF-8 with BOM"), and skips a line dated in the future (a hand-edited
 * year) with a warning, as it would keep its principles off the due list until then. Reading never writes.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { readRegularFile } from '../bank/files.js';
import { expectedKind, kindOf, showValue } from '../text/show.js';
import { makeFolders } from '../write.js';

/**
 * The newest format version this reader knows; every line carries its own, and a reader skips lines from a
 * newer one. Format 1 has all four self-check items. Format 2 lets an item be absent: one the self-check did
 * not ask (a design or technical answer is not asked about "I" or a partner), which is neither a yes nor a
 * no. A line is written in the oldest format that holds it (see `formatVersion`), so a tpm-prep that reads
 * only format 1 still reads every answer to a behavioral question, and skips the others with "Update
 * tpm-prep" rather than calling them broken. Format 3 lets `rating` and `story` be absent: the drill was stopped (Ctrl-C)
 * after the answer was given but before it was rated, or before the story used was said; `"story": null` is always
 * "no story from my bank". Stopped before the self-check too, its `check` is `{}`: no item, which no self-check asked
 * gives (each kind asks for numbers), and which practisedLps counts for no principle, as a format-3 reader does; so it
 * stays format 3. Lines of formats 1 and 2 have both, and are read as ever (their `null` story too).
 */
export const HISTORY_VERSION = 3;

/** The self-check: true for an item ticked, false for one asked and not ticked, absent for one not asked. */
export const selfCheckSchema = z.object({
  /** Gave a metric: what changed, and by how much (for a design or an explanation: put numbers on it). */
  metric: z.optional(z.boolean()),
  /** Said "I" for what I did. */
  saidI: z.optional(z.boolean()),
  /** Named a partner and their role. */
  partner: z.optional(z.boolean()),
  /** Stated a trade-off. */
  tradeoff: z.optional(z.boolean()),
});

export const historyEntrySchema = z.object({
  version: z.literal([1, 2, 3]),
  /** When the answer was recorded, ISO 8601 in UTC. */
  at: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date')),
  question: z.string(),
  category: z.optional(z.string()),
  lps: z.array(z.string()),
  /** The story id used, or null when none was; absent (format 3) when the drill was stopped before it was said. */
  story: z.optional(z.nullable(z.string())),
  /** How long the answer took, in whole seconds. */
  seconds: z.number().check(z.gte(0)),
  /** The time allowed for the answer, in seconds. */
  limit: z.number().check(z.gt(0)),
  /** The follow-up probe asked, if any. */
  followup: z.optional(z.nullable(z.string())),
  check: selfCheckSchema,
  /** The self-rating, 1 (poor) to 5 (strong); absent (format 3) when the drill was stopped before it was given. */
  rating: z.optional(z.int().check(z.gte(1), z.lte(5))),
});

export type HistoryEntry = z.output<typeof historyEntrySchema>;
export type SelfCheck = z.output<typeof selfCheckSchema>;

export interface History {
  readonly entries: HistoryEntry[];
  /** One line each: `path:line: …`. */
  readonly warnings: string[];
}

/** Where history lives: `.tpm-prep/history.jsonl` in the folder that holds the stories folder. */
export function historyFile(storiesDir: string): string {
  return join(dirname(resolve(storiesDir)), '.tpm-prep', 'history.jsonl');
}

const CHECK_ITEMS = ['metric', 'saidI', 'partner', 'tradeoff'] as const;

/**
 * The format a line is written in, the oldest that holds it: 3 when it has no rating or no story said (the drill was
 * stopped before them), else 1 when its self-check has every item, else 2.
 */
export function formatVersion(check: SelfCheck, said: { readonly rating: number | undefined; readonly story: string | null | undefined } = { rating: 1, story: null }): 1 | 2 | 3 {
  if (said.rating === undefined || said.story === undefined) return 3;
  return CHECK_ITEMS.every((item) => check[item] !== undefined) ? 1 : 2;
}

/** Whether an answer was stopped before its self-check: its `check` is `{}`, no item asked (so it counts for no principle). */
export function stoppedBeforeCheck(check: SelfCheck): boolean {
  return CHECK_ITEMS.every((item) => check[item] === undefined);
}

/** The rating an answer counts as where it has none (stopped before it was rated) and none beside it is rated: 3, as a principle never practised counts. */
export const UNRATED_AS = 3;

/** The line written for an entry, keys in a fixed order, ending in a newline. */
export function historyLine(entry: HistoryEntry): string {
  const { version, at, question, category, lps, story, seconds, limit, followup, check, rating } = entry;
  const ordered = { version, at, question, category, lps, story, seconds, limit, followup: followup ?? null, check, rating };
  return JSON.stringify(ordered) + '\n';
}

/**
 * Appends one entry as one line with a single write to a file opened for appending (O_APPEND). If an
 * earlier write was cut short and left the file without a final newline, the line starts on a new line
 * so it stays readable.
 */
export function appendHistory(file: string, entry: HistoryEntry): void {
  makeFolders(dirname(file));
  const fd = openSync(file, 'a+');
  try {
    const size = fstatSync(fd).size;
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    writeSync(fd, prefix + historyLine(entry));
  } finally {
    closeSync(fd);
  }
}

/** How far ahead of now a line may be dated and still be read: another machine's clock, a date without a time. */
export const FUTURE_GRACE_MS = 86_400_000;

/**
 * The entries in a history file's text; a line that isn't a valid entry is skipped with a warning, and so,
 * given `now`, is one dated more than a day after it. Pure.
 */
export function parseHistory(text: string, path: string, now?: Date): History {
  const entries: HistoryEntry[] = [];
  const warnings: string[] = [];
  // A byte order mark is no part of the first line's JSON.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const lines = text.split('\n');
  const torn = !text.endsWith('\n') && text.length > 0;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const where = `${path}:${i + 1}`;
    const last = i === lines.length - 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      warnings.push(
        last && torn
          ? `${where}: the last line is unfinished (an interrupted write?) and was skipped. Delete it to silence this warning.`
          : `${where}: this line is not valid JSON and was skipped. Delete or fix it to silence this warning.`,
      );
      return;
    }
    const version = (value as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > HISTORY_VERSION) {
      warnings.push(`${where}: this line was written by a newer tpm-prep (format ${version}) and was skipped. Update tpm-prep to read it.`);
      return;
    }
    const parsed = historyEntrySchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.map(String).join('.') || 'the line';
      warnings.push(`${where}: this line is not a practice record (\`${field}\`${issueText(issue, value)}) and was skipped. Delete or fix it to silence this warning.`);
      return;
    }
    // Before format 3, every line has its story (null for none) and its rating.
    const lacking = parsed.data.version < 3 ? (['story', 'rating'] as const).find((key) => parsed.data[key] === undefined) : undefined;
    if (lacking !== undefined) {
      warnings.push(`${where}: this line is not a practice record (\`${lacking}\` is missing) and was skipped. Delete or fix it to silence this warning.`);
      return;
    }
    if (now !== undefined && Date.parse(parsed.data.at) > now.getTime() + FUTURE_GRACE_MS) {
      warnings.push(`${where}: this answer is dated in the future (\`at\` ${JSON.stringify(parsed.data.at)}) and was skipped. Fix its date to count it.`);
      return;
    }
    entries.push(parsed.data);
  });
  return { entries, warnings };
}

/** Reads a history file as of `now`; a missing one is an empty history. Other read errors are thrown. */
export function readHistory(file: string, shownAs: string, now: Date = new Date()): History {
  let text: string;
  try {
    text = readRegularFile(file).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], warnings: [] };
    throw error;
  }
  return parseHistory(text, shownAs, now);
}

/** What is wrong with a field of a history line, in words, after its name: " should be true or false, not a string ("yes")". */
function issueText(issue: z.core.$ZodIssue, line: unknown): string {
  let value: unknown = line;
  for (const key of issue.path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  if (issue.code === 'invalid_type') return value === undefined ? ' is missing' : ` should be ${expectedKind(issue.expected)}, not ${kindOf(value)}`;
  // A bound or a literal is compared with the value itself: "should be at most 5, not 9".
  const shown = showValue(value);
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const small = issue.code === 'too_small';
    const bound = issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
    return ` should be ${bound} ${small ? issue.minimum : issue.maximum}, not ${shown}`;
  }
  if (issue.code === 'invalid_value') return ` should be ${issue.values.map((v) => showValue(v)).join(' or ')}, not ${shown}`;
  return `: ${issue.message.replace(/\.$/, '')}`;
}
