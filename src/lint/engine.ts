/**
 * The lint engine: runs each enabled rule on each story, then owns what rules don't: severities from
 * config, drafts, suppression comments, bank-wide duplicate ids, and a deterministic order.
 */
import type { LoadedFile, LoadedStory } from '../bank/parse.js';
import type { Problem } from '../bank/problem.js';
import { didYouMean } from '../text/suggest.js';
import type { Config } from './config.js';
import type { Story } from '../bank/schema.js';
import { isBankRule, type Report } from './rule.js';
import { RULE_IDS, findRule } from './rules/index.js';

export interface FileResult {
  readonly filePath: string;
  readonly messages: Problem[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** The stories the entry covers: the file's, or for the bank entry the whole bank's. */
  readonly stories: readonly Story[];
  /** True for the entry of the folder linted as a whole (bank-level rules). */
  readonly bank?: true;
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
  const { timings, bankPath } = run;
  const duplicates = duplicateIds(files);
  const results = [...files]
    .sort((a, b) => compare(a.path, b.path))
    .map((file): FileResult => {
      const messages = [...file.problems, ...(duplicates.get(file) ?? [])];
      for (const loaded of file.stories) messages.push(...lintStory(loaded, file, config, timings));
      messages.push(...directiveProblems(file));
      const next = new Set(file.directives.filter((d) => d.scope === 'next-line').flatMap((d) => d.rules.map((r) => `${d.line + 1}:${r}`)));
      const kept = messages.filter((m) => !next.has(`${m.line}:${m.ruleId}`));
      kept.sort((a, b) => a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId));
      return {
        filePath: file.path,
        messages: kept,
        errorCount: kept.filter((m) => m.severity === 2).length,
        warningCount: kept.filter((m) => m.severity === 1).length,
        stories: file.stories.map((s) => s.story),
      };
    });
  if (bankPath !== undefined) results.push(lintBank(files, bankPath, config, timings));
  return results;
}

function lintBank(files: readonly LoadedFile[], bankPath: string, config: Config, timings?: Timings): FileResult {
  const stories = files.flatMap((f) => f.stories.map((s) => s.story));
  const messages: Problem[] = [];
  for (const [id, { severity, options }] of config.rules) {
    const rule = findRule(id)!;
    if (severity === 'off' || !isBankRule(rule)) continue;
    const started = timings ? performance.now() : 0;
    rule.checkBank(stories, (message) => messages.push({ ruleId: id, severity: severity === 'error' ? 2 : 1, message, line: 1, column: 1 }), options);
    if (timings) timings.set(id, (timings.get(id) ?? 0) + performance.now() - started);
  }
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

/** Every story whose id another story already has, as a problem in its file. */
function duplicateIds(files: readonly LoadedFile[]): Map<LoadedFile, Problem[]> {
  const first = new Map<string, { file: LoadedFile; line: number }>();
  const out = new Map<LoadedFile, Problem[]>();
  const ordered = [...files].sort((a, b) => compare(a.path, b.path));
  for (const file of ordered) {
    for (const { story, locate } of file.stories) {
      const at = locate.key('id') ?? locate.start;
      const seen = first.get(story.id);
      if (!seen) {
        first.set(story.id, { file, line: at.line });
        continue;
      }
      const message = `The id \`${story.id}\` is already used by ${seen.file.path}:${seen.line}. Give each story its own \`id\`.`;
      out.set(file, [...(out.get(file) ?? []), { ruleId: 'duplicate-id', severity: 2, message, ...at, storyId: story.id }]);
    }
  }
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
