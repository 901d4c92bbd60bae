/**
 * The default, human format: grouped by file, coloured by severity, with a summary line. A file with
 * problems ends with its stories' readiness and what each lacks, and the summary gives the mean over every
 * story linted; a clean run prints nothing at all.
 */
import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../results.js';
import { describe, describeMissing, entryReadiness, summarize } from '../readiness-report.js';
import { counted } from '../../text/show.js';
import { listed, wrapPhrases, wrapText } from '../../text/wrap.js';

/**
 * The narrowest column worth a finding's message beside its line:col and severity (and `tpm-prep rules`'
 * descriptions beside their rule and severity); under it, the message goes under them.
 */
export const MIN_MESSAGE_ROOM = 30;

/**
 * The report; on a terminal `width` columns wide, each line wrapped to it: a finding's message in its column
 * (or, with too little room beside them, on the lines under its line:col and severity), its rule after it; the
 * readiness and summary lines at their words. With no width (piped, or written to a file) a finding is one
 * line, however long, as tools that read this format expect.
 */
export function stylish(results: readonly FileResult[], c: ChalkInstance, width?: number): string {
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
      const lead = `  ${c.dim(where.padEnd(whereWidth))}  ${severity}  `;
      const line = `${lead}${m.message}  ${c.dim(m.ruleId)}`;
      const column = 2 + whereWidth + 2 + 7 + 2;
      if (width === undefined || column + m.message.length + 2 + m.ruleId.length <= width) out.push(line);
      else if (width - column >= MIN_MESSAGE_ROOM) out.push(lead + withRule(wrapText(' '.repeat(column) + m.message, width, column), m.ruleId, column, width, c).slice(column));
      else out.push(lead.trimEnd(), withRule(wrapText(`    ${m.message}`, width), m.ruleId, 4, width, c));
    }
    const stories = entryReadiness(result)?.stories ?? [];
    // Each story's score, and what it lacks, in a few words: the findings above may not say (a customer, a decision).
    for (const story of stories) {
      const lacks = describeMissing(story.missing);
      const head = `  readiness${stories.length > 1 ? ` ${story.storyId}` : ''}`;
      if (width === undefined) out.push(c.dim(`${head} ${describe(story)}${lacks ? `: ${lacks}` : ''}`));
      // Broken between the axes and between what it lacks, never inside one ("ownership 13/33").
      else out.push(c.dim(wrapPhrases([`${head} ${describe(story)}${lacks ? ':' : ''}`, ...listed(story.missing.map((m) => m.label), '')], width)));
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const bank = summarize(results.filter((r) => !r.bank).flatMap((r) => r.stories.map((s) => s.readiness)));
  const ready = bank ? ` · readiness ${bank.score}/100 over ${counted(bank.count, 'story', 'stories')}` : '';
  const summary = `✖ ${counted(total, 'problem')} (${counted(errors, 'error')}, ${counted(warnings, 'warning')})${ready}`;
  const wrapped = width === undefined ? summary : wrapPhrases([`✖ ${counted(total, 'problem')}`, `(${counted(errors, 'error')}, ${counted(warnings, 'warning')})${ready ? ' ·' : ''}`, ready.replace(/^ · /, '')].filter(Boolean), width, 2);
  out.push(errors > 0 ? c.red.bold(wrapped) : c.yellow.bold(wrapped));
  return out.join('\n') + '\n';
}

/** A wrapped message (each line with its indent) with its rule after it, two spaces on, or on a line of its own at `indent` where the last line has no room. */
function withRule(message: string, rule: string, indent: number, width: number, c: ChalkInstance): string {
  const last = message.slice(message.lastIndexOf('\n') + 1);
  return last.length + 2 + rule.length <= width ? `${message}  ${c.dim(rule)}` : `${message}\n${' '.repeat(indent)}${c.dim(rule)}`;
}
