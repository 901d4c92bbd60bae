/**
 * The lint engine: runs each enabled rule on each story, and owns what rules don't: severities from
 * config, drafts and suppression comments. One file at a time (lintFile), so the lint cache can keep a
 * file's result; results.ts then puts the files together, and lintBank runs the bank-level rules.
 */
import type { Directive, LoadedFile, LoadedStory } from '../bank/parse.js';
import type { Problem, SuppressedProblem } from '../bank/problem.js';
import type { Config } from './config.js';
import { factsOf, type StoryFacts } from './facts.js';
import { assemble, bankResult, hasBank, leftOutCount, type FileResult, type LintedFile } from './results.js';
import { isBankRule, type Report } from './rule.js';
import { RULE_IDS, findRule, ruleHint } from './rules/index.js';

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
  // Every finding, with the index of the story a rule found it in (none for the loader's own).
  const found: { problem: Problem; story?: number }[] = file.problems.map((problem) => ({ problem }));
  file.stories.forEach((loaded, story) => found.push(...lintStory(loaded, config, timings).map((problem) => ({ problem, story }))));
  const messages: Problem[] = [];
  const suppressed: SuppressedProblem[] = [];
  // `directive index:rule` for each rule a directive silenced something of, to tell the unused ones.
  const used = new Set<string>();
  for (const { problem, story } of found) {
    const by = file.directives.flatMap((d, i) => (covers(d, problem, story) ? [i] : []));
    if (by.length === 0) {
      messages.push(problem);
      continue;
    }
    for (const i of by) used.add(`${i}:${problem.ruleId}`);
    suppressed.push({ ...problem, suppressions: by.map((i) => ({ kind: 'directive', justification: file.directives[i]!.reason ?? '' })) });
  }
  messages.push(...directiveProblems(file), ...unusedDirectives(file, used, config));
  return {
    path: file.path,
    messages,
    suppressed,
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

/**
 * A story's findings: every rule on, even one a directive silences for the story, so that lintFile can tell which
 * findings each directive silenced, and which directive silenced nothing.
 */
function lintStory(loaded: LoadedStory, config: Config, timings?: Timings): Problem[] {
  const { story, locate, unquoted = [] } = loaded;
  const out: Problem[] = [];
  for (const [id, { severity, options }] of config.rules) {
    const rule = findRule(id)!;
    if (severity === 'off' || isBankRule(rule)) continue;
    const report = (r: Report): void => {
      // A field written as a bare number (`reslt: 1.50`): its schema error says to quote it, in one line; no rule adds
      // another ("The result has no number") until it is text.
      if (r.field !== undefined && unquoted.includes(r.field)) return;
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

/**
 * Whether a directive silences a finding: one of a rule it names, in the story it is tied to (every story of the
 * file, above a `stories:` list), or on the lines a next-line directive reaches (a loader's finding too).
 */
function covers(d: Directive, problem: Problem, story: number | undefined): boolean {
  if (!d.rules.includes(problem.ruleId)) return false;
  if (d.scope === 'file') return story !== undefined;
  if (d.scope === 'story') return story !== undefined && d.story === story;
  if (d.scope === 'next-line') return linesOf(d).includes(problem.line);
  return false;
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
      .map((rule) => ({ ruleId: 'directive', severity: 1 as const, line, column, message: `Unknown rule \`${rule}\` in \`# ${comment}\`.${ruleHint(rule)}` }));
  });
}

/**
 * A warning (or what `linterOptions.reportUnusedDisableDirectives` says) at each rule a directive names that it
 * silenced nothing of, as ESLint reports an unused `eslint-disable`: the rule found nothing there, is off, or
 * reports on the whole bank. Judged over all a directive reaches: above a block, the whole block. (An unknown
 * rule is told so by directiveProblems instead.)
 */
function unusedDirectives(file: LoadedFile, used: ReadonlySet<string>, config: Config): Problem[] {
  const level = config.unusedDirectives ?? 'warn';
  if (level === 'off') return [];
  const severity = level === 'error' ? 2 : 1;
  return file.directives.flatMap(({ line, column, scope, rules }, i) => {
    if (scope === 'in-text') return [];
    const comment = scope === 'next-line' ? 'tpm-prep-disable-next-line' : 'tpm-prep-disable';
    return rules
      .filter((rule) => RULE_IDS.includes(rule) && !used.has(`${i}:${rule}`))
      .map((rule): Problem => {
        const why =
          config.rules.get(rule)?.severity === 'off' ? 'the rule is off.'
          : isBankRule(findRule(rule)!) ? 'it reports on the whole bank, not on a story, so no comment silences it.'
          : 'nothing was reported there.';
        return { ruleId: 'directive', severity, line, column, message: `Unused ${comment} for \`${rule}\`: ${why}` };
      });
  });
}
