/** The default, human format: grouped by file, coloured by severity, with a summary line. */
import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../engine.js';

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
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${total} ${plural(total, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')})`;
  out.push(errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  return out.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
