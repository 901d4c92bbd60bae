/**
 * ESLint's JSON shape: one entry per file linted, even a clean one, with `suppressedMessages`. Each entry also carries `readiness`
 * (null for a file with no story; for the bank entry, the mean over the bank; each story with `missing`,
 * what its score lacks), which ESLint tools ignore.
 */
import type { Problem } from '../../bank/problem.js';
import { noted, type FileResult } from '../results.js';
import { entryReadiness } from '../readiness-report.js';

export function json(results: readonly FileResult[]): string {
  const shown = (m: Problem, r: FileResult) => ({
    ruleId: m.ruleId,
    severity: m.severity,
    // A bank finding with the stories it could not count, as each is read on its own.
    message: noted(m.message, r),
    line: m.line,
    column: m.column,
    storyId: m.storyId ?? null,
  });
  const files = results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map((m) => shown(m, r)),
    // ESLint's: each finding a suppression comment silenced, with the comments and their reasons (after ` -- `).
    suppressedMessages: (r.suppressed ?? []).map((m) => ({ ...shown(m, r), suppressions: m.suppressions.map(({ kind, justification }) => ({ kind, justification })) })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    readiness: entryReadiness(r) ?? null,
  }));
  return JSON.stringify(files, null, 2) + '\n';
}
