/**
 * The question bank: its format (a zod schema, the one definition of it), the question categories, and the
 * loader that reads the built-in bank plus a user's own folder, through the parser of question-file.ts, which
 * keeps every question's source position. Unknown keys, principles and categories are problems at
 * file:line:col with a did-you-mean, like the story loader's.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { decode } from '../bank/decode.js';
import { describeError, displayPath, expandPaths, notFolderKind } from '../bank/files.js';
import { listOrCommas, lpRef } from '../bank/schema.js';
import { UsageError } from '../errors.js';
import { sha1 } from '../hash.js';
import { LP_IDS, type LpId } from '../principles/catalog.js';
import { isObject } from '../shape.js';
import { nearest } from '../text/suggest.js';
import { shellWord } from '../text/shell.js';

export const CATEGORIES = [
  { id: 'behavioral', name: 'Behavioral', aliases: ['behavioural', 'behavior', 'behaviour', 'lp', 'leadership'] },
  { id: 'system-design', name: 'System design', aliases: ['sd', 'design', 'system'] },
  { id: 'technical', name: 'Technical', aliases: ['tech'] },
  { id: 'program-management', name: 'Program management', aliases: ['pm', 'program', 'programme', 'programme-management'] },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as CategoryId[];

const normalize = (input: string): string => input.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** A category by id, name or alias, in any case or punctuation ("System Design", "sd"). */
export function findCategory(input: string): (typeof CATEGORIES)[number] | undefined {
  const key = normalize(input);
  return CATEGORIES.find((c) => c.id === key || normalize(c.name) === key || (c.aliases as readonly string[]).includes(key));
}

/**
 * " Did you mean `system-design`?" for a misspelt or cut-short category ("beh": `behavioral`), or the empty string: the
 * category by its id, also when the nearest spelling is an alias ("leadrship" is nearest "leadership", said as `behavioral`; "sdd" nearest "sd", as
 * `system-design`).
 */
function categoryTypo(input: string): string {
  // The ids first: "beh" starts `behavioral` alone of them, but "behavior" and "behaviour" too of every spelling.
  const near = nearest(input, CATEGORY_IDS) ?? nearest(input, CATEGORIES.flatMap((c) => [c.id, ...c.aliases]));
  const category = near === undefined ? undefined : findCategory(near);
  return category ? ` Did you mean \`${category.id}\`?` : '';
}

const categoryRef = z.pipe(
  z.string(),
  z.transform((value: string, ctx): CategoryId => {
    const category = findCategory(value);
    if (category) return category.id;
    const hint = categoryTypo(value) || ` The categories are: ${CATEGORY_IDS.join(', ')}.`;
    ctx.issues.push({ code: 'custom', input: value, message: `Unknown category "${value}".${hint}` });
    return z.NEVER;
  }),
);

export const questionSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'A question id is lowercase-kebab-case, such as `ownership-01`.')),
  text: z.string().check(z.minLength(1, 'A question needs a non-empty `text`.')),
  // As in a story: a list, or one line with commas between the principles.
  lps: z._default(listOrCommas('lps', z.array(lpRef)), []),
  category: categoryRef,
  followups: z._default(z.array(z.string().check(z.minLength(1, 'A follow-up must not be empty.'))), []),
});

export type Question = z.output<typeof questionSchema>;
export const QUESTION_KEYS = Object.keys(questionSchema.def.shape);

/** A question and where it was written. */
export interface LoadedQuestion {
  readonly question: Question;
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

/** One problem in a question file, already phrased as `path:line:col: message`. */
export type QuestionProblem = string;

export interface QuestionBank {
  readonly questions: LoadedQuestion[];
  readonly problems: QuestionProblem[];
  /**
   * The id and place of each entry not loaded for a problem of its own (a missing `category`), so that a second
   * use of its id is reported in the same run, not only once the entry is fixed.
   */
  readonly unloaded?: readonly { readonly id: string; readonly path: string; readonly line: number; readonly column: number }[];
}

/** The JSON shape of a question, the same for `questions --format json` and `drill --print --format json`. */
export function questionJson(q: Question): { id: string; text: string; lps: LpId[]; category: CategoryId; followups: string[] } {
  return { id: q.id, text: q.text, lps: [...q.lps], category: q.category, followups: [...q.followups] };
}

/** Questions from several files, with a problem for each id used twice. Pure. */
export function mergeQuestions(files: readonly QuestionBank[]): QuestionBank {
  const seen = new Map<string, { path: string; line: number; column: number }>();
  const questions: LoadedQuestion[] = [];
  const problems: QuestionProblem[] = [];
  for (const file of files) {
    problems.push(...file.problems);
    // Every entry with an id, loaded or not, in the order written.
    const entries = [...file.questions.map((q) => ({ id: q.question.id, place: q, loaded: q })), ...(file.unloaded ?? []).map((u) => ({ id: u.id, place: u, loaded: undefined }))].sort(
      (a, b) => a.place.line - b.place.line || a.place.column - b.place.column,
    );
    for (const { id, place, loaded } of entries) {
      const first = seen.get(id);
      if (first) {
        problems.push(`${place.path}:${place.line}:${place.column}: The question id \`${id}\` is already used at ${first.path}:${first.line}:${first.column}. Give each question its own id.`);
        continue;
      }
      seen.set(id, place);
      if (loaded) questions.push(loaded);
    }
  }
  return { questions, problems };
}

/** The bank that ships with tpm-prep: `questions/` beside the package's package.json. */
export function builtinQuestionsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'questions'))) return join(dir, 'questions');
    const up = dirname(dir);
    if (up === dir) throw new UsageError('The built-in question bank is missing. Reinstall tpm-prep.');
    dir = up;
  }
}

/** The built-in bank pre-parsed at build time (precompile.ts): file name → the SHA-1 of its bytes, and its questions. */
export type Precompiled = Record<string, { sha1: string; questions: { line: number; column: number; question: Question }[] }>;

/** Where the build writes the pre-parsed built-in bank. */
export function precompiledFile(builtin: string): string {
  return join(dirname(builtin), 'dist', 'questions.json');
}

function readPrecompiled(file: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isObject(data) ? data : {};
  } catch {
    return {};
  }
}

/**
 * A file's questions from the pre-parsed bank, if its bytes are those the build read. The build parsed and checked
 * them as the YAML would be here; an entry of another shape (a file from elsewhere) is none, and the YAML is read.
 */
function fromPrecompiled(path: string, bytes: Buffer, entry: unknown): QuestionBank | undefined {
  if (!isObject(entry) || entry.sha1 !== sha1(bytes) || !Array.isArray(entry.questions) || !entry.questions.every(isPrecompiled)) return undefined;
  return { questions: entry.questions.map(({ line, column, question }) => ({ question, path, line, column })), problems: [] };
}

const isPrecompiled = (x: unknown): x is Precompiled[string]['questions'][number] => isObject(x) && Number.isInteger(x.line) && Number.isInteger(x.column) && isQuestion(x.question);

function isQuestion(x: unknown): x is Question {
  const strings = (list: unknown, each: (item: unknown) => boolean = (item) => typeof item === 'string') => Array.isArray(list) && list.every(each);
  return (
    isObject(x) &&
    typeof x.id === 'string' &&
    typeof x.text === 'string' &&
    strings(x.lps, (lp) => (LP_IDS as readonly unknown[]).includes(lp)) &&
    (CATEGORY_IDS as readonly unknown[]).includes(x.category) &&
    strings(x.followups)
  );
}

/**
 * The built-in bank plus the user's folders (absolute, or relative to `cwd`). A folder that doesn't
 * exist, an unreadable file and every problem in a file are reported; the rest still loads. A built-in
 * file unchanged since the build is taken from the pre-parsed bank instead of parsing its YAML again, and the YAML
 * parser (question-file.ts) is loaded only for a file that isn't.
 */
export async function loadQuestions(extraDirs: readonly string[], cwd: string, builtin = builtinQuestionsDir(), precompiled = precompiledFile(builtin)): Promise<QuestionBank> {
  const files: QuestionBank[] = [];
  const io: QuestionProblem[] = [];
  const pre = readPrecompiled(precompiled);
  for (const dir of [builtin, ...extraDirs]) {
    const full = resolve(cwd, dir);
    const shown = displayPath(full, cwd);
    try {
      const kind = notFolderKind(statSync(full));
      if (kind) {
        io.push(`${shown}: is ${kind}, not a folder of question files.`);
        continue;
      }
    } catch (error) {
      io.push(describeError(shown, error));
      continue;
    }
    const expanded = expandPaths([full], cwd);
    io.push(...expanded.problems);
    for (const file of expanded.files) {
      const path = displayPath(file, cwd);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        io.push(describeError(path, error));
        continue;
      }
      const cached = dir === builtin && dirname(file) === full ? fromPrecompiled(path, bytes, pre[basename(file)]) : undefined;
      if (cached) {
        files.push(cached);
        continue;
      }
      const text = decode(bytes);
      files.push('error' in text ? { questions: [], problems: [`${path}:${text.line}:${text.column}: ${text.error}`] } : (await import('./question-file.js')).parseQuestions(path, text.text));
    }
  }
  const merged = mergeQuestions(files);
  return { questions: merged.questions, problems: [...io, ...merged.problems] };
}

/** Values of a repeatable, comma-separable option: ['a,b', 'c'] → ['a', 'b', 'c']. */
function splitValues(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** `--category` values → category ids; an unknown one is a UsageError with a did-you-mean. */
export function resolveCategories(values: readonly string[] | undefined): CategoryId[] {
  const ids = new Set<CategoryId>();
  // `--category ""` (or `,`) is no "every category": said, not taken as no filter.
  const empty = (values ?? []).find((value) => splitValues([value]).length === 0);
  if (empty !== undefined) {
    throw new UsageError(`--category ${shellWord(empty)} names no category: give one of ${CATEGORY_IDS.join(', ')}, or leave --category out for every category.`);
  }
  for (const value of splitValues(values)) {
    const category = findCategory(value);
    if (!category) {
      throw new UsageError(`Unknown category "${value}" for --category.${categoryTypo(value)} The categories are: ${CATEGORY_IDS.join(', ')}.`);
    }
    ids.add(category.id);
  }
  return [...ids];
}

export interface QuestionFilter {
  /** Keep questions that test any of these principles; empty keeps all. */
  readonly lps?: readonly LpId[];
  /** Keep questions in any of these categories; empty keeps all. */
  readonly categories?: readonly CategoryId[];
}

export function filterQuestions<T extends Question>(questions: readonly T[], filter: QuestionFilter): T[] {
  const lps = filter.lps ?? [];
  const categories = filter.categories ?? [];
  return questions.filter(
    (q) => (lps.length === 0 || q.lps.some((lp) => lps.includes(lp))) && (categories.length === 0 || categories.includes(q.category)),
  );
}
