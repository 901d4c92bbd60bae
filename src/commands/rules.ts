/** `tpm-prep rules`: the rules with their default severity and description. */
import type { Io } from '../io.js';
import { RULES } from '../lint/rules/index.js';

export function rulesCommand(options: { format?: string }, io: Io): number {
  const rows = RULES.map(({ meta }) => ({ id: meta.id, severity: meta.defaultSeverity, description: meta.description }));
  if (options.format === 'json') {
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  io.stdout(rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.description}`).join('\n') + '\n');
  return 0;
}
