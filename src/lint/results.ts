/**
 * What lint reports, and how the files' findings are put together into it: duplicate ids across files, and a
 * deterministic order (the findings a directive silenced are told apart by lintFile, in engine.ts). Nothing here runs a rule, so a run served
 * from the cache never loads one.
 */
import { storiesLeftOut, type Problem, type SuppressedProblem } from '../bank/problem.js';
import type { StoryFacts } from './facts.js';
import { inWords } from '../text/lists.js';

export interface FileResult {
  readonly filePath: string;
  readonly messages: Problem[];
  /** For a file's entry, the findings a suppression comment silenced, with the comments' reasons (JSON and SARIF give them). */
  readonly suppressed?: readonly SuppressedProblem[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** The stories the entry covers: the file's, or for the bank entry the whole bank's. */
  readonly stories: readonly StoryFacts[];
  /** For a file's entry, the line of each of its stories' ids (of its first line, with no `id:`), in the order of `stories`. */
  readonly idLines?: readonly number[];
  /** True for the entry of the folder linted as a whole (bank-level rules). */
  readonly bank?: true;
  /**
   * For the bank entry, the stories the files linted left out for their errors, which its findings could not
   * count (absent where there are none): said once by the formats people read (see notCounted).
   */
  readonly leftOut?: number;
}

/**
 * One file linted on its own: everything that depends on its text and the config alone, which is what
 * the lint cache keeps. What depends on other files (duplicate ids, the bank rules) is added later.
 */
export interface LintedFile {
  readonly path: string;
  /** The file's own findings not silenced: parse problems, the rules' findings, and bad or unused directives. */
  readonly messages: readonly Problem[];
  /** The findings a `# tpm-prep-disable` or `# tpm-prep-disable-next-line` comment silenced. */
  readonly suppressed: readonly SuppressedProblem[];
  readonly stories: readonly { readonly facts: StoryFacts; readonly idAt: Position }[];
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Where a story stands in its file, to tell its findings from those of the file's other stories. */
export interface StorySpan {
  readonly id: string;
  readonly filePath: string;
  readonly startLine: number;
  readonly endLine: number;
}

/** Where a loaded story stands (a `StoryMap`, or anything with the same `filePath` and `loaded`). */
export function spanOf(m: {
  readonly filePath: string;
  readonly loaded: { readonly story: { readonly id: string }; readonly locate: { readonly start: Position; readonly endLine: number } };
}): StorySpan {
  return { id: m.loaded.story.id, filePath: m.filePath, startLine: m.loaded.locate.start.line, endLine: m.loaded.locate.endLine };
}

/**
 * Whether a finding in the story's file is about it: inside its lines, and named for it when the finding
 * names a story (a file can hold two stories with one id).
 */
export function isAbout(finding: Pick<Problem, 'line' | 'storyId'>, story: StorySpan): boolean {
  const inside = finding.line >= story.startLine && finding.line <= story.endLine;
  return finding.storyId === undefined ? inside : finding.storyId === story.id && inside;
}

/** A story's findings in these results. */
export function findingsOf(results: readonly FileResult[], story: StorySpan): Problem[] {
  return results.filter((r) => !r.bank && r.filePath === story.filePath).flatMap((r) => r.messages.filter((m) => isAbout(m, story)));
}

/** The rules these findings break at error level, each once, in the order found: what keeps lint from passing. */
export function errorRules(findings: readonly Pick<Problem, 'ruleId' | 'severity'>[]): string[] {
  return [...new Set(findings.filter((f) => f.severity === 2).map((f) => f.ruleId))];
}

/** The files' results in a deterministic order, with the ids two files share flagged. */
export function assemble(files: readonly LintedFile[]): FileResult[] {
  const ordered = [...files].sort((a, b) => compare(a.path, b.path));
  const duplicates = duplicateIds(ordered);
  const order = (a: Problem, b: Problem): number => a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId);
  return ordered.map((file): FileResult => {
    const kept = [...file.messages, ...(duplicates.get(file) ?? [])].sort(order);
    return {
      filePath: file.path,
      messages: kept,
      suppressed: [...file.suppressed].sort(order),
      errorCount: kept.filter((m) => m.severity === 2).length,
      warningCount: kept.filter((m) => m.severity === 1).length,
      stories: file.stories.map((s) => s.facts),
      idLines: file.stories.map((s) => s.idAt.line),
    };
  });
}

/**
 * Whether the stories linted make a bank for the bank-level rules: at least one. Of a folder with no story
 * they could only say that nothing is there (sixteen times), which the command says already, in one line.
 */
export function hasBank(stories: readonly StoryFacts[]): boolean {
  return stories.length > 0;
}

/**
 * The bank entry for these findings, with the stories left out for their errors (`leftOut`, from leftOutCount),
 * which the findings could not count.
 */
export function bankResult(bankPath: string, messages: Problem[], stories: readonly StoryFacts[], leftOut = 0): FileResult {
  return {
    filePath: bankPath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    stories,
    bank: true,
    ...(leftOut > 0 ? { leftOut } : {}),
  };
}

/**
 * How many stories the files linted left out for their errors (a file none of whose stories could be read counts
 * as one): the bank-level rules can't count what they claim. (Here, with no rule loaded, for a run the cache
 * serves too.)
 */
export function leftOutCount(results: readonly FileResult[]): number {
  return results
    .filter((r) => !r.bank)
    .reduce((n, r) => {
      const missing = storiesLeftOut(r.messages, r.stories.map((s) => s.id));
      return n + missing.ids.length + (missing.wholeFile ? 1 : 0);
    }, 0);
}

/**
 * What a bank entry's findings can't say, "(Not counting 3 stories left out for their errors.)", or undefined where
 * every story was read: "No story for Bias for Action" may be the unreadable story's to give. The formats people
 * read say it once for the bank (stylish on a line after its findings, compact and github after the first, the
 * report under them); JSON and SARIF keep it in each finding's message, which a tool shows on its own (noted).
 */
export function notCounted(entry: Pick<FileResult, 'leftOut'>): string | undefined {
  const n = entry.leftOut ?? 0;
  return n === 0 ? undefined : `(Not counting ${n === 1 ? '1 story' : `${n} stories`} left out for ${n === 1 ? 'its' : 'their'} errors.)`;
}

/** A finding's message as a tool shows it on its own: a bank finding's with notCounted after it. */
export function noted(message: string, entry: Pick<FileResult, 'leftOut'>): string {
  const note = notCounted(entry);
  return note === undefined ? message : `${message} ${note}`;
}

/**
 * Every story whose id another story has too, as a problem in its file naming the others, file and line: all of
 * them, as markdownlint reports each duplicate heading, so which is flagged doesn't hang on which file sorts
 * first (a copy, `cp oncall-load.yaml a-oncall-load.yaml`, and its original are both told of the other).
 */
function duplicateIds(ordered: readonly LintedFile[]): Map<LintedFile, Problem[]> {
  const byId = new Map<string, { file: LintedFile; idAt: Position }[]>();
  for (const file of ordered) {
    for (const { facts, idAt } of file.stories) {
      const uses = byId.get(facts.id) ?? [];
      uses.push({ file, idAt });
      byId.set(facts.id, uses);
    }
  }
  const out = new Map<LintedFile, Problem[]>();
  for (const [id, uses] of byId) {
    if (uses.length < 2) continue;
    const places = uses.map((use) => `${use.file.path}:${use.idAt.line}`);
    uses.forEach((use, i) => {
      // The first few others (a bank of thousands sharing one id would otherwise say each of them to each).
      const others = places.slice(0, NAMED_OTHERS + 1).filter((_, k) => k !== i).slice(0, NAMED_OTHERS);
      const more = uses.length - 1 - others.length;
      const named = more > 0 ? `${others.join(', ')} and ${more} more` : inWords(others);
      const message = `The id \`${id}\` is also used by ${named}. Give each story its own \`id\`.`;
      const found = out.get(use.file) ?? [];
      found.push({ ruleId: 'duplicate-id', severity: 2, message, ...use.idAt, storyId: id });
      out.set(use.file, found);
    });
  }
  return out;
}

/** How many of the other stories with its id a duplicate-id finding names; the rest it counts. */
const NAMED_OTHERS = 3;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
