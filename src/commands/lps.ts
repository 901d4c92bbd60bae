/** `tpm-prep lps`: the 16 Leadership Principles, their ids, aliases and what each asks of a story. */
import type { Io } from '../io.js';
import { PRINCIPLES } from '../principles/catalog.js';
import { listed, words, wrapPhrases, wrapText } from '../text/wrap.js';
import { lineWidth } from './shared.js';

export function lpsCommand(options: { format?: string }, io: Io): number {
  if (options.format === 'json') {
    // What the text shows, each field once; abbrev and evidence after the first four, which scripts read already.
    const rows = PRINCIPLES.map(({ id, name, summary, aliases, abbrev, evidence }) => ({ id, name, summary, aliases, abbrev, evidence }));
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const width = lineWidth(io);
  // Each line wrapped under its label, two further in; the name kept whole, and an alias never broken.
  const out = PRINCIPLES.map((p) =>
    [
      `${p.abbrev.padEnd(4)}${p.id}`,
      wrapPhrases([`    ${p.name}:`, ...words(p.summary)], width, 6),
      wrapPhrases(['    aliases:', ...listed(p.aliases, '')], width, 6),
      wrapText(`    evidence: ${p.evidence}`, width, 6),
    ].join('\n'),
  );
  io.stdout(out.join('\n\n') + '\n');
  return 0;
}
