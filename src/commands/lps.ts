/** `tpm-prep lps`: the 16 Leadership Principles, their ids, aliases and what each asks of a story. */
import type { Io } from '../io.js';
import { PRINCIPLES } from '../principles/catalog.js';

export function lpsCommand(options: { format?: string }, io: Io): number {
  if (options.format === 'json') {
    const rows = PRINCIPLES.map(({ id, name, summary, aliases }) => ({ id, name, summary, aliases }));
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const out = PRINCIPLES.map(
    (p) => `${p.abbrev.padEnd(4)}${p.id}\n    ${p.name}: ${p.summary}\n    aliases: ${p.aliases.join(', ')}\n    evidence: ${p.evidence}`,
  );
  io.stdout(out.join('\n\n') + '\n');
  return 0;
}
