/**
 * One line per problem: `file:line:col: severity message [rule]`, for editors and grep. The stories the bank's
 * findings could not count are said once, on its first (notCounted).
 */
import { noted, type FileResult } from '../results.js';

export function compact(results: readonly FileResult[]): string {
  const lines = results.flatMap((r) =>
    r.messages.map((m, i) => `${r.filePath}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${i === 0 ? noted(m.message, r) : m.message} [${m.ruleId}]`),
  );
  return lines.length ? lines.join('\n') + '\n' : '';
}
