/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per problem, which GitHub shows
 * on the pull request's diff. Values are escaped as the Actions toolkit does: `%`, CR and LF everywhere,
 * and `:` and `,` too inside the properties.
 */
import { noted, type FileResult } from '../results.js';

export function github(results: readonly FileResult[]): string {
  const lines = results.flatMap((r) =>
    r.messages.map((m, i) => {
      const command = m.severity === 2 ? 'error' : 'warning';
      // A bank-level finding belongs to a folder (its path ends in "/"), not to a line of a file.
      const bank = r.bank === true;
      const properties = bank
        ? `title=${escapeProperty(m.ruleId)}`
        : `file=${escapeProperty(r.filePath)},line=${m.line},col=${m.column},title=${escapeProperty(m.ruleId)}`;
      // The stories the bank's findings could not count, said once, on its first (notCounted).
      const message = bank ? `${r.filePath}: ${i === 0 ? noted(m.message, r) : m.message}` : m.message;
      return `::${command} ${properties}::${escapeData(message)}`;
    }),
  );
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
