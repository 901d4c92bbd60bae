/** One line per problem: `file:line:col: severity message [rule]`, for editors and grep. */
import type { FileResult } from '../results.js';

export function compact(results: readonly FileResult[]): string {
  const lines = results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${m.message} [${m.ruleId}]`),
  );
  return lines.length ? lines.join('\n') + '\n' : '';
}
