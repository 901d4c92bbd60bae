/**
 * The lint engine: runs each enabled rule on each story, and owns what rules don't: severities from
 * config, drafts and suppression comments. One file at a time (lintFile), so the lint cache can keep a
 * file's result; results.ts then puts the files together, and lintBank runs the bank-level rules.
 */
import type { Directive, LoadedFile, LoadedStory } from '../bank/parse.js';
import type { Problem } from '../bank/problem.js';
import { didYouMean } from '../text/suggest.js';
import type { Config } from './config.js';
import { factsOf, type StoryFacts } from './facts.js';
import { assemble, bankResult, hasBank, leftOutCount, type FileResult, type LintedFile } from './results.js';
import { isBankRule, type Report } from './rule.js';
import { RULE_IDS, findRule } from './rules/index.js';

export type { FileResult, LintedFile } from './results.js';

/** Milliseconds spent in each rule, when timing is asked for. */
export type Timings = Map<string, number>;

export interface LintRun {
  /** Milliseconds per rule are added here when given. */
  readonly timings?: Timings;
  /** The folder linted as a whole: bank-level rules run, and report against it, if it holds a story (see hasBank). */
  readonly bankPath?: string;
}

export function lintFiles(files: readonly LoadedFile[], config: Config, run: LintRun = {}): FileResult[] {
  const results = assemble(files.map((file) => lintFile(file, config, run.timings)));
  const stories = results.flatMap((r) => r.stories);
  if (run.bankPath !== undefined && hasBank(stories)) results.push(lintBank(stories, run.bankPath, config, run.timings, leftOutCount(results)));
  return results;
}

export function lintFile(file: LoadedFile, config: Config, timings?: Timings): LintedFile {
  const messages = [...file.problems];
  for (const loaded of file.stories) messages.push(...lintStory(loaded, file, config, timings));
  messages.push(...directiveProblems(file));
  return {
    path: file.path,
    messages,
    silenced: file.directives.filter((d) => d.scope === 'next-line').flatMap((d) => linesOf(d).flatMap((line) => d.rules.map((r) => `${line}:${r}`))),
    stories: file.stories.map(({ story, locate }) => ({ facts: factsOf(story), idAt: locate.key('id') ?? locate.start })),
  };
}

/**
 * The bank-level rules over every story linted, as the entry of the folder linted. With stories left out for their
 * errors (`leftOut`, from leftOutCount), the entry says how many it could not count (see notCounted in results.ts).
 */
export function lintBank(stories: readonly StoryFacts[], bankPath: string, config: Config, timings?: Timings, leftOut = 0): FileResult {
  const messages: Problem[] = [];
  for (const [id, { severity, options }] of config.rules) {
    const rule = findRule(id)!;
    if (severity === 'off' || !isBankRule(rule)) continue;
    const started = timings ? performance.now() : 0;
    rule.checkBank(stories, (message) => messages.push({ ruleId: id, severity: severity === 'error' ? 2 : 1, message, line: 1, column: 1 }), options);
    if (timings) timings.set(id, (timings.get(id) ?? 0) + performance.now() - started);
  }
  return bankResult(bankPath, messages, stories, leftOut);
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

/** Rules silenced for a whole story by the directives the loader tied to it, or to its whole file. */
function storyDirectives(loaded: LoadedStory, file: LoadedFile): Set<string> {
  const index = file.stories.indexOf(loaded);
  return new Set(file.directives.filter((d) => (d.scope === 'story' && d.story === index) || d.scope === 'file').flatMap((d) => d.rules));
}

/** The lines a next-line directive silences: the next, or all of a value that starts there. */
function linesOf(d: Directive): number[] {
  const through = d.through ?? d.line + 1;
  return Array.from({ length: through - d.line }, (_, i) => d.line + 1 + i);
}

function directiveProblems(file: LoadedFile): Problem[] {
  return file.directives.flatMap(({ line, column, scope, rules, written }) => {
    if (scope === 'in-text') {
      const message = `This \`# ${written ?? 'tpm-prep-disable'}\` line is inside a text block, so YAML reads it as part of the story. Move it above the key: \`# tpm-prep-disable-next-line\` there silences the whole block.`;
      return [{ ruleId: 'directive', severity: 1 as const, line, column, message }];
    }
    const comment = scope === 'next-line' ? 'tpm-prep-disable-next-line' : 'tpm-prep-disable';
    if (rules.length === 0) {
      return [{ ruleId: 'directive', severity: 1 as const, line, column, message: `\`# ${comment}\` needs the rule id to silence, for example \`# ${comment} no-tradeoff\`.` }];
    }
    return rules
      .filter((rule) => !RULE_IDS.includes(rule))
      .map((rule) => ({ ruleId: 'directive', severity: 1 as const, line, column, message: `Unknown rule \`${rule}\` in \`# ${comment}\`.${didYouMean(rule, RULE_IDS)}` }));
  });
}
