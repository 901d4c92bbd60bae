/** `tpm-prep lint [paths...]`: options → load → rules → formatter → exit code. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath, readBank } from '../bank/files.js';
import { BUILD_ID } from '../build.js';
import { colorLevel, makeChalk } from '../color.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { CacheStore, bankHash, cacheKey, defaultCacheDir, hash } from '../lint/cache.js';
import { findConfigFile } from '../lint/config-file.js';
import type { Timings } from '../lint/engine.js';
import { FORMATS, format, type Format } from '../lint/formatters/index.js';
import { assemble, bankResult, type FileResult, type LintedFile } from '../lint/results.js';
import { compileRegexpsOnce } from '../regexps.js';
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
  /** False with --no-cache. */
  readonly cache?: boolean;
  /** The cache folder, instead of the one in the user's cache folder. */
  readonly cacheLocation?: string;
}

export async function lintCommand(paths: string[], options: LintOptions, io: Io, readInput = readStdin): Promise<number> {
  const timings: Timings | undefined = io.env.TIMING ? new Map() : undefined;
  // performance.now() loads node:perf_hooks, a cost worth paying only when timing.
  const clock = timings ? () => performance.now() : () => 0;
  const started = clock();
  const fmt = parseFormat(options.format);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin.');
  if (options.stdin && paths.length > 0) throw new UsageError('Give either --stdin or paths to lint, not both.');

  const run = options.stdin ? await lintStdin(options, io, readInput, timings) : await lintPaths(paths, options, io, timings);
  const { results, problems } = run;
  const linted = clock();

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const shown = options.quiet
    ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0 }))
    : results;
  // A report written to a file is coloured only when --color asks for it.
  const c = makeChalk(options.output ? (options.color === true ? 1 : 0) : colorLevel(options.color, io.env, io.isTTY));
  const report = await format(fmt, shown, c);
  if (options.output) writeFileAtomic(resolve(io.cwd, options.output), report, { overwrite: true, display: options.output });
  else io.stdout(report);
  for (const problem of problems) io.stderr(`tpm-prep: ${problem}\n`);
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings) io.stderr(`tpm-prep: ${warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
  run.save?.(io);
  if (timings) io.stderr(timingTable(linted - started, clock() - linted, timings, run.reused));
  if (problems.length > 0) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

interface Run {
  readonly results: FileResult[];
  /** One-line IO problems (exit code 2). */
  readonly problems: readonly string[];
  /** Files whose findings came from the cache, of how many. */
  readonly reused?: { readonly files: number; readonly of: number };
  /** Writes what the cache learned, if anything; a cache that can't be written is a warning. */
  readonly save?: (io: Io) => void;
}

async function lintStdin(options: LintOptions, io: Io, readInput: () => Promise<Uint8Array>, timings?: Timings): Promise<Run> {
  const [{ loadConfig }, { loadText }, { lintFiles }] = await Promise.all([import('../lint/config.js'), import('../bank/load.js'), import('../lint/engine.js')]);
  compileRegexpsOnce();
  const config = loadConfig(options.config, io.cwd);
  const file = loadText(stdinPath(options.stdinFilename, io.cwd), await readInput());
  return { results: lintFiles([file], config, { timings }), problems: [] };
}

/**
 * The files the paths name, each linted or, if its bytes and the config are as when the cache last saw
 * it, taken from the cache; then the bank rules, over the folder named, the same way. A run the cache
 * serves whole loads no rule, parser or config reader at all.
 */
async function lintPaths(paths: string[], options: LintOptions, io: Io, timings?: Timings): Promise<Run> {
  const targets = paths.length > 0 ? paths : defaultPaths(io.cwd);
  const bankPath = bankFolder(targets, io.cwd);
  const { files, problems } = readBank(targets, io.cwd);
  const hashed = files.map((f) => ({ ...f, hash: hash(f.bytes) }));
  const cache = openCache(options, io);

  const linted: LintedFile[] = [];
  const fresh: typeof hashed = [];
  for (const file of hashed) {
    const hit = cache?.file(file.path, file.hash);
    if (hit) linted.push(hit);
    else fresh.push(file);
  }
  const bankKey = bankPath === undefined ? undefined : bankHash(bankPath, hashed);
  const bankHit = bankKey === undefined ? undefined : cache?.bank(bankPath!, bankKey);

  // The cache is only written under a config that loaded, so a run it serves whole needn't read the config.
  const whole = cache?.allFound() === true && fresh.length === 0 && (bankPath === undefined || bankHit !== undefined);
  let results: FileResult[];
  if (whole) {
    results = assemble(linted);
    if (bankPath !== undefined) results.push(bankResult(bankPath, [...bankHit!], results.flatMap((r) => r.stories)));
  } else {
    const [{ loadConfig }, { loadText }, { lintFile, lintBank }] = await Promise.all([import('../lint/config.js'), import('../bank/load.js'), import('../lint/engine.js')]);
    compileRegexpsOnce();
    const config = loadConfig(options.config, io.cwd);
    for (const file of fresh) {
      const result = lintFile(loadText(file.path, file.bytes), config, timings);
      linted.push(result);
      cache?.rememberFile(file.path, file.hash, result);
    }
    results = assemble(linted);
    if (bankPath !== undefined) {
      const stories = results.flatMap((r) => r.stories);
      const entry = bankHit ? bankResult(bankPath, [...bankHit], stories) : lintBank(stories, bankPath, config, timings);
      results.push(entry);
      if (!bankHit) cache?.rememberBank(bankPath, bankKey!, entry.messages);
    }
  }

  const save = (out: Io) => {
    try {
      cache?.save();
    } catch (error) {
      out.stderr(`tpm-prep: warning: ${(error as Error).message} Lint works without its cache; --no-cache stops it trying.\n`);
    }
  };
  return { results, problems, reused: cache && { files: hashed.length - fresh.length, of: hashed.length }, save };
}

/** The cache to use, if any: none with --no-cache, or from a build not stamped by scripts/build.mjs. */
function openCache(options: LintOptions, io: Io): CacheStore | undefined {
  if (options.cache === false || BUILD_ID === undefined) return undefined;
  const configPath = options.config ? resolve(io.cwd, options.config) : findConfigFile(io.cwd);
  let configText = '';
  if (configPath !== undefined) {
    try {
      configText = readFileSync(configPath, 'utf8');
    } catch {
      return undefined; // loadConfig will say why
    }
  }
  const dir = options.cacheLocation ? resolve(io.cwd, options.cacheLocation) : defaultCacheDir(io.cwd, io.env);
  return new CacheStore(dir, cacheKey(BUILD_ID, configPath, configText), io.cwd);
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

function timingTable(loading: number, formatting: number, timings: Timings, reused?: Run['reused']): string {
  const ruleTime = [...timings.values()].reduce((n, ms) => n + ms, 0);
  const rows: [string, number][] = [['(loading)', loading - ruleTime], ...[...timings].sort((a, b) => b[1] - a[1]), ['(formatting)', formatting]];
  const width = Math.max(...rows.map(([name]) => name.length));
  const table = ['Rule'.padEnd(width) + '  Time (ms)', ...rows.map(([name, ms]) => `${name.padEnd(width)}  ${ms.toFixed(3).padStart(9)}`)];
  if (reused) table.push(`cache: ${reused.files} of ${reused.of} ${reused.of === 1 ? 'file' : 'files'} reused`);
  return table.join('\n') + '\n';
}
