/**
 * The default, human format: grouped by file, coloured by severity, with a summary line. A file with
 * problems ends with its stories' readiness and what each lacks, and the summary gives the mean over every
 * story linted; a clean run prints nothing at all.
 */
import type { ChalkInstance } from 'chalk';
import { notCounted, type FileResult } from '../results.js';
import { describe, describeMissing, entryReadiness, summarize } from '../readiness-report.js';
import { counted } from '../../text/show.js';
import { besideLead, listed, wrapPhrases, wrapText } from '../../text/wrap.js';

/**
 * The report; on a terminal `width` columns wide, each line wrapped to it: a finding's message in its column
 * (or, with too little room beside them, on the lines under its line:col and severity), its rule after it; the
 * readiness and summary lines at their words. With no width (piped, or written to a file) a finding is one
 * line, however long, as tools that read this format expect.
 */
export function stylish(results: readonly FileResult[], c: ChalkInstance, width?: number, plain = false): string {
  const parts: string[] = [];
  writeStylish(results, c, width, (text) => parts.push(text), plain);
  return parts.join('');
}

/**
 * The report as stylish gives it, handed to `write` a file's findings at a time, so that the report of a big bank
 * is never held whole (lint over 10,000 stories writes 2 MB of it); nothing for a clean run. `plain` (a dumb
 * terminal, a screen reader's) says the summary in words, with no ✖ nor · ("2 errors, 1 warning; readiness …").
 */
export function writeStylish(results: readonly FileResult[], c: ChalkInstance, width: number | undefined, write: (text: string) => void, plain = false): void {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
  }
  const total = errors + warnings;
  if (total === 0) return;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    // The file's lines, each ended by a newline, and a blank line after them.
    const out: string[] = [];
    const rows = result.messages.map((m) => ({
      where: `${m.line}:${m.column}`,
      level: m.severity === 2 ? 'error' : 'warning',
      m,
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    out.push(c.underline(result.filePath));
    for (const { where, level, m } of rows) {
      // The padding outside the colour, so a lead with nothing beside it is trimmed with colour on too.
      const severity = (level === 'error' ? c.red(level) : c.yellow(level)) + ' '.repeat(7 - level.length);
      const lead = `  ${c.dim(where.padEnd(whereWidth))}  ${severity}  `;
      const column = 2 + whereWidth + 2 + 7 + 2;
      out.push(width === undefined ? `${lead}${m.message}  ${c.dim(m.ruleId)}` : besideLead(lead, column, m.message, width, [m.ruleId, c.dim(m.ruleId)]));
    }
    // The stories the bank's findings could not count, said once, under them.
    const note = notCounted(result);
    if (note !== undefined) out.push(c.dim(width === undefined ? `  ${note}` : wrapText(`  ${note}`, width, 2)));
    const stories = entryReadiness(result)?.stories ?? [];
    // Each story's score, and what it lacks, in a few words: the findings above may not say (a customer, a decision).
    for (const story of stories) {
      const lacks = describeMissing(story.missing);
      // Named where the file has several stories, and where two share the id, by its line too (the file is above).
      const shared = story.line !== undefined && stories.filter((s) => s.storyId === story.storyId).length > 1;
      const head = `  readiness${stories.length > 1 ? ` ${story.storyId}${shared ? ` (line ${story.line})` : ''}` : ''}`;
      if (width === undefined) out.push(c.dim(`${head} ${describe(story)}${lacks ? `: ${lacks}` : ''}`));
      // Broken between the axes and between what it lacks, never inside one ("ownership 13/33").
      else out.push(c.dim(wrapPhrases([`${head} ${describe(story)}${lacks ? ':' : ''}`, ...listed(story.missing.map((m) => m.label), '')], width)));
    }
    out.push('', '');
    write(out.join('\n'));
  }
  const bank = summarize(results.filter((r) => !r.bank).flatMap((r) => r.stories.map((s) => s.readiness)));
  if (plain) {
    const counts = `${counted(errors, 'error')}, ${counted(warnings, 'warning')}`;
    const readiness = bank ? `readiness ${bank.score}/100 over ${counted(bank.count, 'story', 'stories')}` : '';
    const said = width === undefined ? `${counts}${readiness ? `; ${readiness}` : ''}` : wrapPhrases([`${counts}${readiness ? ';' : ''}`, readiness].filter(Boolean), width, 2);
    write(`${errors > 0 ? c.red.bold(said) : c.yellow.bold(said)}\n`);
    return;
  }
  const ready = bank ? ` · readiness ${bank.score}/100 over ${counted(bank.count, 'story', 'stories')}` : '';
  const summary = `✖ ${counted(total, 'problem')} (${counted(errors, 'error')}, ${counted(warnings, 'warning')})${ready}`;
  const wrapped = width === undefined ? summary : wrapPhrases([`✖ ${counted(total, 'problem')}`, `(${counted(errors, 'error')}, ${counted(warnings, 'warning')})${ready ? ' ·' : ''}`, ready.replace(/^ · /, '')].filter(Boolean), width, 2);
  write(`${errors > 0 ? c.red.bold(wrapped) : c.yellow.bold(wrapped)}\n`);
}

