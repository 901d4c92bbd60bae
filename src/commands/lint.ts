/** `tpm-prep lint [paths...]`: options → load → rules → formatter → exit code. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath } from '../bank/files.js';
import { loadBank, loadText, type Bank } from '../bank/load.js';
import { colorLevel, makeChalk } from '../color.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { loadConfig } from '../lint/config.js';
import { lintFiles, type Timings } from '../lint/engine.js';
import { FORMATS, format, type Format } from '../lint/formatters/index.js';
import { writeFileAtomic } from '../write.js';
import { bankFolder } from './shared.js';

export interface LintOptions {
  readonly format?: string;
  readonly quiet?: boolean;
  readonly maxWarnings?: string;
  readonly color?: boolean;
  readonly config?: string;
  /** Write the report to this file (atomically) instead of standard output. */
  readonly output?: string;
  /** Lint the text on standard input, shown as `stdinFilename`. */
  readonly stdin?: boolean;
  readonly stdinFilename?: string;
}

export async function lintCommand(paths: string[], options: LintOptions, io: Io, readInput = readStdin): Promise<number> {
  const started = performance.now();
  const fmt = parseFormat(options.format);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const config = loadConfig(options.config, io.cwd);
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin.');
  if (options.stdin && paths.length > 0) throw new UsageError('Give either --stdin or paths to lint, not both.');
  const targets = options.stdin ? [] : paths.length > 0 ? paths : defaultPaths(io.cwd);

  const { files: loaded, problems }: Bank = options.stdin
    ? { files: [loadText(stdinPath(options.stdinFilename, io.cwd), await readInput())], problems: [] }
    : loadBank(targets, io.cwd);
  const loadedAt = performance.now();
  const timings: Timings | undefined = io.env.TIMING ? new Map() : undefined;
  const results = lintFiles(loaded, config, { timings, bankPath: bankFolder(targets, io.cwd) });

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const shown = options.quiet
    ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0 }))
    : results;
  // A report written to a file is coloured only when --color asks for it.
  const c = makeChalk(options.output ? (options.color === true ? 1 : 0) : colorLevel(options.color, io.env, io.isTTY));
  const report = format(fmt, shown, c);
  if (options.output) writeFileAtomic(resolve(io.cwd, options.output), report, { overwrite: true, display: options.output });
  else io.stdout(report);
  for (const problem of problems) io.stderr(`tpm-prep: ${problem}\n`);
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings) io.stderr(`tpm-prep: ${warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
  if (timings) io.stderr(timingTable(loadedAt - started, timings));
  if (problems.length > 0) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** The name shown for standard input: the --stdin-filename, relative to the current folder, or `<stdin>`. */
function stdinPath(name: string | undefined, cwd: string): string {
  if (name === undefined || name === '') return '<stdin>';
  return displayPath(resolve(cwd, name), cwd);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseFormat(value: string | undefined): Format {
  const fmt = value ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(fmt)) {
    throw new UsageError(`Unknown format "${fmt}". Use one of: ${FORMATS.join(', ')}.`);
  }
  return fmt as Format;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings takes a whole number, not "${value}".`);
  return n === -1 ? undefined : n;
}

function defaultPaths(cwd: string): string[] {
  if (existsSync(`${cwd}/stories`)) return ['stories'];
  throw new UsageError('Name the stories to lint, for example: tpm-prep lint stories/');
}

function timingTable(loading: number, timings: Timings): string {
  const rows: [string, number][] = [['(loading)', loading], ...[...timings].sort((a, b) => b[1] - a[1])];
  const width = Math.max(...rows.map(([name]) => name.length));
  return ['Rule'.padEnd(width) + '  Time (ms)', ...rows.map(([name, ms]) => `${name.padEnd(width)}  ${ms.toFixed(3).padStart(9)}`)].join('\n') + '\n';
}
