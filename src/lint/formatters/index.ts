import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../results.js';

export const FORMATS = ['stylish', 'json', 'compact', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The report in a format, handed to `write`: stylish a file's findings at a time (see writeStylish), the others
 * whole. Each formatter is loaded only when asked for (sarif, say, loads every rule's metadata). `width`, a
 * terminal's, wraps stylish, the format for people; the others keep a finding to a line for tools. `plain`, a dumb
 * terminal's: stylish's summary in words (see writeStylish).
 */
/**
 * What a formatter may need beside the results: the config file in use, as shown (sarif points bank findings at it),
 * and `plain`, a dumb terminal's words for stylish's symbols.
 */
export interface FormatContext {
  readonly config?: string | undefined;
  readonly plain?: boolean;
  /** Where SARIF's uris are relative to (see formatters/sarif.ts); without it, each path as shown. */
  readonly source?: SourceRoot | undefined;
}

/** The folder the run was in, and the root of the sources its findings are in (the git repository's top), both absolute. */
export interface SourceRoot {
  readonly cwd: string;
  readonly root: string;
}

export async function format(name: Format, results: readonly FileResult[], c: ChalkInstance, width: number | undefined, write: (text: string) => void, context: FormatContext = {}): Promise<void> {
  if (name === 'json') write((await import('./json.js')).json(results));
  else if (name === 'compact') write((await import('./compact.js')).compact(results));
  else if (name === 'github') write((await import('./github.js')).github(results));
  else if (name === 'sarif') write((await import('./sarif.js')).sarif(results, context));
  else (await import('./stylish.js')).writeStylish(results, c, width, write, context.plain ?? false);
}
