/**
 * ESLint's JSON shape: one entry per file linted, even a clean one. Each entry also carries `readiness`
 * (null for a file with no story; for the bank entry, the mean over the bank; each story with `missing`,
 * what its score lacks), which ESLint tools ignore.
 */
import { noted, type FileResult } from '../results.js';
import { entryReadiness } from '../readiness-report.js';

export function json(results: readonly FileResult[]): string {
  const files = results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      // A bank finding with the stories it could not count, as each is read on its own.
      message: noted(m.message, r),
      line: m.line,
      column: m.column,
      storyId: m.storyId ?? null,
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    readiness: entryReadiness(r) ?? null,
  }));
  return JSON.stringify(files, null, 2) + '\n';
}
