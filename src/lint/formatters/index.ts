import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../results.js';

export const FORMATS = ['stylish', 'json', 'compact', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The report in a format; each formatter is loaded only when asked for (sarif, say, loads every rule's metadata).
 * `width`, a terminal's, wraps stylish, the format for people; the others keep a finding to a line for tools.
 */
export async function format(name: Format, results: readonly FileResult[], c: ChalkInstance, width?: number): Promise<string> {
  if (name === 'json') return (await import('./json.js')).json(results);
  if (name === 'compact') return (await import('./compact.js')).compact(results);
  if (name === 'github') return (await import('./github.js')).github(results);
  if (name === 'sarif') return (await import('./sarif.js')).sarif(results);
  return (await import('./stylish.js')).stylish(results, c, width);
}
