/**
 * The lint engine: runs each enabled rule on each story, then owns what rules don't: severities from
 * config, drafts, suppression comments, bank-wide duplicate ids, and a deterministic order.
 */
import type { LoadedFile, LoadedStory } from '../bank/parse.js';
import type { Problem } from '../bank/problem.js';
import { didYouMean } from '../text/suggest.js';
import type { Config } from './config.js';
import { factsOf, type StoryFacts } from './facts.js';
import { isBankRule, type Report } from './rule.js';
import { RULE_IDS, findRule } from './rules/index.js';

export interface FileResult {
  readonly filePath: string;
  readonly messages: Problem[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** The stories the entry covers: the file's, or for the bank entry the whole bank's. */
  readonly stories: readonly StoryFacts[];
  /** True for the entry of the folder linted as a whole (bank-level rules). */
  readonly bank?: true;
}

/**
 * One file linted on its own: everything that depends on its text and the config alone, which is what
 * the lint cache keeps. What depends on other files (duplicate ids, the bank rules) is added later.
 */
export interface LintedFile {
  readonly path: string;
  /** The file's own findings: parse problems, the rules' findings and bad directives. */
  readonly messages: readonly Problem[];
  /** `line:rule` for each finding a `# tpm-prep-disable-next-line` comment silences. */
  readonly silenced: readonly string[];
  readonly stories: readonly { readonly facts: StoryFacts; readonly idAt: Position }[];
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Milliseconds spent in each rule, when timing is asked for. */
export type Timings = Map<string, number>;

export interface LintRun {
  /** Milliseconds per rule are added here when given. */
  readonly timings?: Timings;
  /** The folder linted as a whole: bank-level rules run, and report against it. */
  readonly bankPath?: string;
}

export function lintFiles(files: readonly LoadedFile[], config: Config, run: LintRun = {}): FileResult[] {
  const results = assemble(files.map((file) => lintFile(file, config, run.timings)));
  if (run.bankPath !== undefined) results.push(lintBank(results.flatMap((r) => r.stories), run.bankPath, config, run.timings));
  return results;
}

export function lintFile(file: LoadedFile, config: Config, timings?: Timings): LintedFile {
  const messages = [...file.problems];
  for (const loaded of file.stories) messages.push(...lintStory(loaded, file, config, timings));
  messages.push(...directiveProblems(file));
  return {
    path: file.path,
    messages,
    silenced: file.directives.filter((d) => d.scope === 'next-line').flatMap((d) => d.rules.map((r) => `${d.line + 1}:${r}`)),
    stories: file.stories.map(({ story, locate }) => ({ facts: factsOf(story), idAt: locate.key('id') ?? locate.start })),
  };
}

/** The files' results in a deterministic order, with the ids two files share flagged and the silenced findings dropped. */
export function assemble(files: readonly LintedFile[]): FileResult[] {
  const ordered = [...files].sort((a, b) => compare(a.path, b.path));
  const duplicates = duplicateIds(ordered);
  return ordered.map((file): FileResult => {
    const silenced = new Set(file.silenced);
    const kept = [...file.messages, ...(duplicates.get(file) ?? [])].filter((m) => !silenced.has(`${m.line}:${m.ruleId}`));
    kept.sort((a, b) => a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId));
    return {
      filePath: file.path,
      messages: kept,
      errorCount: kept.filter((m) => m.severity === 2).length,
      warningCount: kept.filter((m) => m.severity === 1).length,
      stories: file.stories.map((s) => s.facts),
    };
  });
}

/** The bank-level rules over every story linted, as the entry of the folder linted. */
export function lintBank(stories: readonly StoryFacts[], bankPath: string, config: Config, timings?: Timings): FileResult {
  const messages: Problem[] = [];
  for (const [id, { severity, options }] of config.rules) {
    const rule = findRule(id)!;
    if (severity === 'off' || !isBankRule(rule)) continue;
    const started = timings ? performance.now() : 0;
    rule.checkBank(stories, (message) => messages.push({ ruleId: id, severity: severity === 'error' ? 2 : 1, message, line: 1, column: 1 }), options);
    if (timings) timings.set(id, (timings.get(id) ?? 0) + performance.now() - started);
  }
  return bankResult(bankPath, messages, stories);
}

/** The bank entry for these findings. */
export function bankResult(bankPath: string, messages: Problem[], stories: readonly StoryFacts[]): FileResult {
  return {
    filePath: bankPath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    stories,
    bank: true,
  };
}

function lintStory(loaded: LoadedStory, file: LoadedFile, config: Config, timings?: Timings): Problem[] {
  const { story, locate } = loaded;
  const disabled = storyDirectives(loaded, file);
  const out: Problem[] = [];
  for (const [id, { severity, options }] of config.rules) {
    const rule = findRule(id)!;
    if (severity === 'off' || disabled.has(id) || isBankRule(rule)) continue;
    const report = (r: Report): void => {
      const at = r.field === undefined ? locate.start : r.index === undefined ? (locate.key(r.field) ?? locate.start) : locate.at(r.field, r.index);
      // The lowest of the configured severity, the report's own cap and, for a draft, a warning.
      const level = severity === 'error' && r.severity !== 'warn' && !story.draft ? 2 : 1;
      out.push({ ruleId: id, severity: level, message: r.message, line: at.line, column: at.column, storyId: story.id });
    };
    const started = timings ? performance.now() : 0;
    rule.check(story, report, options);
    if (timings) timings.set(id, (timings.get(id) ?? 0) + performance.now() - started);
  }
  return out;
}

/** Rules silenced for a whole story by the directives the loader tied to it. */
function storyDirectives(loaded: LoadedStory, file: LoadedFile): Set<string> {
  const index = file.stories.indexOf(loaded);
  return new Set(file.directives.filter((d) => d.scope === 'story' && d.story === index).flatMap((d) => d.rules));
}

function directiveProblems(file: LoadedFile): Problem[] {
  return file.directives.flatMap(({ line, column, scope, rules }) => {
    const comment = scope === 'story' ? 'tpm-prep-disable' : 'tpm-prep-disable-next-line';
    if (rules.length === 0) {
      return [{ ruleId: 'directive', severity: 1 as const, line, column, message: `\`# ${comment}\` needs the rule id to silence, for example \`# ${comment} no-tradeoff\`.` }];
    }
    return rules
      .filter((rule) => !RULE_IDS.includes(rule))
      .map((rule) => ({ ruleId: 'directive', severity: 1 as const, line, column, message: `Unknown rule \`${rule}\` in \`# ${comment}\`.${didYouMean(rule, RULE_IDS)}` }));
  });
}

/** Every story whose id an earlier story (in path order) already has, as a problem in its file. */
function duplicateIds(ordered: readonly LintedFile[]): Map<LintedFile, Problem[]> {
  const first = new Map<string, { file: LintedFile; line: number }>();
  const out = new Map<LintedFile, Problem[]>();
  for (const file of ordered) {
    for (const { facts, idAt } of file.stories) {
      const seen = first.get(facts.id);
      if (!seen) {
        first.set(facts.id, { file, line: idAt.line });
        continue;
      }
      const message = `The id \`${facts.id}\` is already used by ${seen.file.path}:${seen.line}. Give each story its own \`id\`.`;
      out.set(file, [...(out.get(file) ?? []), { ruleId: 'duplicate-id', severity: 2, message, ...idAt, storyId: facts.id }]);
    }
  }
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
