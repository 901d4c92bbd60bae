/**
 * The default, human format: grouped by file, coloured by severity, with a summary line. A file with
 * problems ends with its stories' readiness and what each lacks, and the summary gives the mean over every
 * story linted; a clean run prints nothing at all.
 */
import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../results.js';
import { describe, describeMissing, entryReadiness, summarize } from '../readiness-report.js';
import { counted } from '../../text/show.js';

export function stylish(results: readonly FileResult[], c: ChalkInstance): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const rows = result.messages.map((m) => ({
      where: `${m.line}:${m.column}`,
      level: m.severity === 2 ? 'error' : 'warning',
      m,
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    out.push(c.underline(result.filePath));
    for (const { where, level, m } of rows) {
      const severity = level === 'error' ? c.red(level.padEnd(7)) : c.yellow(level.padEnd(7));
      out.push(`  ${c.dim(where.padEnd(whereWidth))}  ${severity}  ${m.message}  ${c.dim(m.ruleId)}`);
    }
    const stories = entryReadiness(result)?.stories ?? [];
    // Each story's score, and what it lacks, in a few words: the findings above may not say (a customer, a decision).
    for (const story of stories) {
      const lacks = describeMissing(story.missing);
      out.push(c.dim(`  readiness ${stories.length > 1 ? `${story.storyId} ` : ''}${describe(story)}${lacks ? `: ${lacks}` : ''}`));
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const bank = summarize(results.filter((r) => !r.bank).flatMap((r) => r.stories.map((s) => s.readiness)));
  const ready = bank ? ` · readiness ${bank.score}/100 over ${counted(bank.count, 'story', 'stories')}` : '';
  const summary = `✖ ${counted(total, 'problem')} (${counted(errors, 'error')}, ${counted(warnings, 'warning')})${ready}`;
  out.push(errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  return out.join('\n') + '\n';
}
