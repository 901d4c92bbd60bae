/** `tpm-prep rules`: the rules with their default severity and description. */
import type { Io } from '../io.js';
import { RULES } from '../lint/rules/index.js';
import { besideLead } from '../text/wrap.js';
import { lineWidth } from './shared.js';

export function rulesCommand(options: { format?: string }, io: Io): number {
  const rows = RULES.map(({ meta }) => ({ id: meta.id, severity: meta.defaultSeverity, description: meta.description }));
  if (options.format === 'json') {
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const width = lineWidth(io);
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  // A table, as lint's report lays out a finding: the description in its column, wrapped there, or where the
  // line leaves it too little room, on the lines under its rule and severity.
  const column = idWidth + 2 + 5 + 2;
  const lines = rows.map(({ id, severity, description }) => besideLead(`${id.padEnd(idWidth)}  ${severity.padEnd(5)}  `, column, description, width));
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
