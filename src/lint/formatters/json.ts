/** ESLint's JSON shape: one entry per file linted, even a clean one. */
import type { FileResult } from '../engine.js';

export function json(results: readonly FileResult[]): string {
  const files = results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      line: m.line,
      column: m.column,
      storyId: m.storyId ?? null,
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
  }));
  return JSON.stringify(files, null, 2) + '\n';
}
