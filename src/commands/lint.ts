/** `tpm-prep lint [paths...]`: options → load → rules → formatter → exit code. */
import { dirname, resolve } from 'node:path';
import { displayPath, firstStoryFile, readEach, readRegularFile } from '../bank/files.js';
import { BUILD_ID } from '../build.js';
import { colorLevel, isDumbTerminal, makeChalk } from '../color.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { sha1 } from '../hash.js';
import { CacheStore, bankHash, cacheKey, defaultCacheDir } from '../lint/cache.js';
import { bankFolderOf, repoTop, type ConfigFile } from '../lint/config-file.js';
import type { Config } from '../lint/config.js';
import type { Timings } from '../lint/engine.js';
import { FORMATS, format, type Format, type SourceRoot } from '../lint/formatters/index.js';
import { assemble, bankResult, hasBank, leftOutCount, type FileResult, type LintedFile } from '../lint/results.js';
import type { Staged } from '../lint/staged.js';
import { inWords } from '../text/lists.js';
import { shellWord } from '../text/shell.js';
import { counted } from '../text/show.js';
import { proseWidth, wrapText } from '../text/wrap.js';
import { isAtOrBelow, outputFile, writeOutputFile, type ReadFile } from '../write.js';
import { bankFolder, bankPaths, configFileFor, foldersAmong, foldersShown, hereHint, storyFolders } from './shared.js';

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
  /** Lint the story files staged for the next commit, under the paths, as they will be committed. */
  readonly staged?: boolean;
  /** False with --no-cache. */
  readonly cache?: boolean;
  /** The cache folder, instead of the one in the user's cache folder. */
  readonly cacheLocation?: string;
  /** --fix, as ESLint has it: refused, since lint never changes a story. */
  readonly fix?: boolean;
}

export async function lintCommand(paths: string[], options: LintOptions, io: Io, readInput = readStdin): Promise<number> {
  const timings: Timings | undefined = io.env.TIMING ? new Map() : undefined;
  // performance.now() loads node:perf_hooks, a cost worth paying only when timing.
  const clock = timings ? () => performance.now() : () => 0;
  const started = clock();
  if (options.fix) {
    throw new UsageError('lint has no --fix: tpm-prep never changes your stories. Each finding says how to fix it by hand; edit the story, then lint again.');
  }
  const fmt = parseFormat(options.format);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin.');
  if (options.stdin && paths.length > 0) throw new UsageError('Give either --stdin or paths to lint, not both.');
  if (options.stdin && options.staged) throw new UsageError('Give either --stdin or --staged, not both.');

  const run = options.stdin
    ? await lintStdin(options, io, readInput, timings)
    : options.staged
      ? await lintStaged(paths, options, io, timings)
      : await lintPaths(paths, options, io, timings);
  const { results, problems } = run;
  const linted = clock();

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const shown = options.quiet
    ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0 }))
    : results;
  // A report written to a file is coloured only when --color asks for it.
  const file = outputFile(options.output);
  const c = makeChalk(file ? (options.color === true ? 1 : 0) : colorLevel(options.color, io.env, io.isTTY));
  // Wrapped to the terminal it is shown on; a file, or a pipe, gets each finding on a line of its own.
  const width = file ? undefined : io.columns;
  // Where SARIF points a finding about the bank as a whole: the config in use (see formatters/sarif.ts).
  const configRead = run.reads.find((read) => read.what === CONFIG_READ);
  const config = configRead === undefined ? undefined : displayPath(configRead.path, io.cwd);
  const context = { config, source: fmt === 'sarif' ? sourceRoot(io.cwd, [...shown.map((r) => r.filePath), ...(config === undefined ? [] : [config])]) : undefined };
  // A dumb terminal (a screen reader's): the summary in words, no ✖ nor ·, as markdownlint's has none; in the file -o
  // writes too, as report's page says words on one (a screen reader reads the file). Elsewhere the file has ✖, as the
  // file ESLint's stylish writes has, whatever the terminal.
  const plain = isDumbTerminal(io.env);
  if (file) {
    const parts: string[] = [];
    await format(fmt, shown, c, width, (text) => parts.push(text), { ...context, plain });
    parts.push(unstagedNote(fmt, shown, run.fromIndex, width));
    const folders = { command: 'lint', list: run.folders ?? [] };
    writeOutputFile(resolve(io.cwd, file), parts.join(''), { display: file, reads: run.reads, instead: 'lint-report.txt', folders });
  } else {
    // Written as it is made, a few pages at a time: the report of a big bank is never held whole (nor its bytes).
    const out = batched(io.stdout);
    await format(fmt, shown, c, width, out.write, { ...context, plain });
    out.write(unstagedNote(fmt, shown, run.fromIndex, width));
    out.flush();
  }
  for (const problem of problems) io.stderr(`tpm-prep: ${problem}\n`);
  if (run.partOf) {
    const { folder, bank } = run.partOf;
    io.stderr(`tpm-prep: ${/^\.\/?$/.test(folder) ? 'this folder' : folder.replace(/\/*$/, '/')} is part of the bank ${bank.replace(/\/*$/, '/')}: the bank-level rules (lp-coverage, no-failure-story) are left out, as for a commit's files; \`tpm-prep lint ${shellWord(bank)}\` runs them.\n`);
  }
  // As in ESLint 9, --quiet leaves warnings out: none is shown, so none counts against --max-warnings.
  const tooManyWarnings = maxWarnings !== undefined && !options.quiet && warnings > maxWarnings;
  if (tooManyWarnings) io.stderr(`tpm-prep: ${counted(warnings, 'warning')}, more than --max-warnings ${maxWarnings}.\n`);
  run.save?.(io);
  if (timings) io.stderr(timingTable(linted - started, clock() - linted, timings, run.reused));
  if (problems.length > 0) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/**
 * The root SARIF's uris are relative to (%SRCROOT%): the top of the git repository the run is in, as GitHub code
 * scanning reads them; outside one, the folder holding the current one and every path reported (`paths`, as shown
 * from `cwd`), so that none starts "../".
 */
function sourceRoot(cwd: string, paths: readonly string[]): SourceRoot {
  const top = repoTop(cwd);
  if (top !== undefined) return { cwd, root: top };
  const folders = paths.filter((path) => path !== '<stdin>').map((path) => (path.endsWith('/') ? resolve(cwd, path) : dirname(resolve(cwd, path))));
  let root = resolve(cwd);
  for (const folder of folders) while (!isAtOrBelow(folder, root)) root = dirname(root);
  return { cwd, root };
}

interface Run {
  readonly results: FileResult[];
  /** One-line IO problems (exit code 2). */
  readonly problems: readonly string[];
  /** Files whose findings came from the cache, of how many. */
  readonly reused?: { readonly files: number; readonly of: number };
  /** lint --staged: the files read from the index, as shown, their working copies having changes not staged. */
  readonly fromIndex?: ReadonlySet<string>;
  /** The folder named and the larger bank it is part of (as shown), where the bank-level rules were left out. */
  readonly partOf?: { readonly folder: string; readonly bank: string };
  /** Writes what the cache learned, if anything; a cache that can't be written is a warning. */
  readonly save?: (io: Io) => void;
  /** The story files and the config read (or, with --stdin, the file it stands for), which -o never replaces. */
  readonly reads: readonly ReadFile[];
  /** The folders named, and those of the files named (absolute, and as typed), in which -o makes no new YAML file. */
  readonly folders?: readonly { readonly path: string; readonly shown: string }[];
}

const CONFIG_READ = 'the config file lint uses';

/** The story files read (as shown, from `cwd`) and the config file used, as writeOutputFile takes them. */
function filesRead(stories: readonly string[], config: string | undefined, cwd: string): ReadFile[] {
  return [
    ...stories.map((path) => ({ path: resolve(cwd, path), what: 'a story file lint reads' })),
    ...(config === undefined ? [] : [{ path: resolve(cwd, config), what: CONFIG_READ }]),
  ];
}

async function lintStdin(options: LintOptions, io: Io, readInput: () => Promise<Uint8Array>, timings?: Timings): Promise<Run> {
  const [{ loadConfig }, { loadText }, { lintFiles }, { compileRegexpsFor }] = await Promise.all([
    import('../lint/config.js'),
    import('../bank/load.js'),
    import('../lint/engine.js'),
    import('../regexps.js'),
  ]);
  // Looked up from where the text is said to be, as a file of that name would be linted.
  const config = loadConfig(configFileFor(options.config, options.stdinFilename ? [options.stdinFilename] : [], io.cwd), io.cwd);
  const input = await readInput();
  compileRegexpsFor(1, input.length);
  const file = loadText(stdinPath(options.stdinFilename, io.cwd), input);
  // The file the text stands for: an editor's buffer of it, which a report written over it would replace on disk.
  const reads = [
    ...filesRead([], config.path, io.cwd),
    ...(options.stdinFilename ? [{ path: resolve(io.cwd, options.stdinFilename), what: 'the story file --stdin-filename names' }] : []),
  ];
  return { results: lintFiles([file], config, { timings }), problems: [], reads };
}

/**
 * The story files staged under the paths (by default the stories folder), as they will be committed: those whose
 * working copy is what is staged from their files, and those with changes not staged from the index, all through
 * lintPaths (one config read, one cache, duplicate ids found across both). No bank rules: the bank is not what is
 * staged. Nothing staged, nothing to say.
 */
async function lintStaged(paths: string[], options: LintOptions, io: Io, timings?: Timings): Promise<Run> {
  const { stagedStories } = await import('../lint/staged.js');
  const staged = stagedStories(bankPaths(paths, io.cwd, 'lint --staged'), io.cwd, hereHint('lint --staged', io.cwd));
  if (staged.files.length === 0 && staged.fromIndex.length === 0) return { results: [], problems: [], reads: [] };
  return { ...(await lintPaths(paths, options, io, timings, staged)), fromIndex: new Set(staged.fromIndex.map((file) => file.path)) };
}

/**
 * After a report for people (stylish, compact) of lint --staged: the files with findings that were linted as staged
 * and have changes on disk not staged, and how to lint those changes, said once. (A user fixed a story, forgot
 * `git add`, and took the staged copy's findings for her fix ignored.) Nothing in JSON, SARIF or github's
 * annotations, which tools read.
 */
function unstagedNote(fmt: Format, shown: readonly FileResult[], fromIndex: ReadonlySet<string> | undefined, width: number | undefined): string {
  if (fromIndex === undefined || (fmt !== 'stylish' && fmt !== 'compact')) return '';
  const files = shown.filter((r) => r.messages.length > 0 && fromIndex.has(r.filePath)).map((r) => r.filePath);
  if (files.length === 0) return '';
  const [were, they] = files.length === 1 ? ['was', 'it has'] : ['were', 'they have'];
  const note = `${inWords(files)} ${were} linted as staged: ${they} changes you haven't staged, which this report doesn't see. \`git add ${files.map(shellWord).join(' ')}\` to lint and commit them.`;
  // stylish's summary line, a blank line, then the note, wrapped as the report is; compact's lines, then the note's.
  return fmt === 'stylish' ? `\n${width === undefined ? note : wrapText(note, proseWidth(width), 0)}\n` : `${note}\n`;
}

/**
 * The files the paths name, each linted or, if its bytes and the config are as when the cache last saw
 * it, taken from the cache; then the bank rules, over the folder named, the same way. A run the cache
 * serves whole loads no rule, parser or config reader at all. With `staged` (lint --staged), its files and
 * the bytes it took from the index instead of the paths, and no bank rules.
 */
async function lintPaths(paths: string[], options: LintOptions, io: Io, timings?: Timings, staged?: Staged): Promise<Run> {
  const targets = staged ? staged.files : bankPaths(paths, io.cwd, 'lint');
  // The folders named, looked at once: the first is the bank's, the config is looked up from them, and the cache
  // drops what is gone from each. (With --staged, the config is looked up from the paths given, not the files.)
  const folders = staged ? [] : foldersAmong(targets, io.cwd);
  const named = staged ? undefined : bankFolder(targets, io.cwd, folders);
  const configFile = readConfigFile(configFileFor(options.config, paths, io.cwd, staged ? undefined : folders));
  const cache = options.cache === false || BUILD_ID === undefined || configFile.unreadable ? undefined : openCache(options, io, configFile);

  // Each file is read, fingerprinted and looked up in the cache in turn, and only the ones the cache can't
  // serve keep their bytes (a copy: readEach lends them): a commit hook over a big bank never holds it all.
  const hashed: { path: string; hash: string }[] = [];
  const linted: LintedFile[] = [];
  const fresh: { path: string; hash: string; bytes: Buffer }[] = [];
  const take = (path: string, bytes: Buffer): void => {
    const file = { path, hash: sha1(bytes) };
    hashed.push(file);
    const hit = cache?.file(file.path, file.hash);
    if (hit) linted.push(hit);
    else fresh.push({ ...file, bytes: Buffer.from(bytes) });
  };
  const problems = readEach(targets, io.cwd, take, hereHint('lint', io.cwd));
  for (const file of staged?.fromIndex ?? []) take(file.path, file.bytes);
  // A theme folder of a larger bank (`lint stories/falhas`) is linted as a commit's files are, without the
  // bank-level rules, which over part of the bank would be false of the whole: as ESLint judges only what it is given.
  const larger = named === undefined ? undefined : largerBank(named, hashed.map((file) => file.path), io.cwd);
  const bankPath = larger === undefined ? named : undefined;
  const bankKey = bankPath === undefined ? undefined : bankHash(bankPath, hashed);
  const bankHit = bankPath === undefined || bankKey === undefined ? undefined : cache?.bank(bankPath, bankKey);

  // A cache is only written under a config that loaded, so a run it serves whole (some file or the bank
  // found under this key, nothing fresh) needn't read the config, nor load a rule.
  const whole = fresh.length === 0 && (bankPath === undefined ? linted.length > 0 : bankHit !== undefined);
  let engine: { config: Config; lintBank: typeof import('../lint/engine.js').lintBank } | undefined;
  if (!whole) {
    // Loaded only now, as node:v8 is (by regexps.js): a run the cache serves whole needs none of them.
    const [{ loadConfig }, { loadText }, { lintFile, lintBank }, { compileRegexpsFor }] = await Promise.all([
      import('../lint/config.js'),
      import('../bank/load.js'),
      import('../lint/engine.js'),
      import('../regexps.js'),
    ]);
    // (A file holds a story, or a few; a huge one counts by its size.)
    compileRegexpsFor(fresh.length, fresh.reduce((n, file) => n + file.bytes.length, 0));
    const config = loadConfig(configFile, io.cwd, configFile.text);
    for (const file of fresh) {
      const result = lintFile(loadText(file.path, file.bytes), config, timings);
      linted.push(result);
      cache?.rememberFile(file.path, file.hash, result);
    }
    engine = { config, lintBank };
  }
  const results = assemble(linted);
  const stories = results.flatMap((r) => r.stories);
  if (bankPath !== undefined && hasBank(stories)) {
    // The stories left out are counted from the files' results, so a bank the cache serves says it too.
    if (bankHit) results.push(bankResult(bankPath, [...bankHit], stories, leftOutCount(results)));
    else {
      const entry = engine!.lintBank(stories, bankPath, engine!.config, timings, leftOutCount(results));
      results.push(entry);
      cache?.rememberBank(bankPath, bankKey!, entry.messages);
    }
  }

  const save = (out: Io) => {
    try {
      // The folders named are linted whole: what the cache holds for a file in one that is gone, it drops.
      cache?.save(foldersShown(folders, io.cwd));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      out.stderr(`tpm-prep: warning: ${error.message} Lint works without its cache; --no-cache stops it trying.\n`);
    }
  };
  const reads = filesRead(hashed.map((file) => file.path), configFile.path, io.cwd);
  return { results, problems, partOf: larger === undefined ? undefined : { folder: named!, bank: larger }, reused: cache && { files: hashed.length - fresh.length, of: hashed.length }, save, reads, folders: storyFolders(targets, io.cwd, folders) };
}

/** The config file that applies (from configFileFor), and its text; `unreadable` if it can't be read (loadConfig will say why). */
function readConfigFile(file: ConfigFile): ConfigFile & { text?: string; unreadable?: true } {
  if (file.path === undefined) return file;
  try {
    return { ...file, text: readRegularFile(file.path).toString('utf8') };
  } catch {
    return { ...file, unreadable: true };
  }
}

/** The cache for this build, runtime and config. */
function openCache(options: LintOptions, io: Io, configFile: { path?: string; text?: string }): CacheStore {
  const dir = options.cacheLocation ? resolve(io.cwd, options.cacheLocation) : defaultCacheDir(io.cwd, io.env, process.platform);
  const runtime = `${process.versions.node} ${process.versions.unicode}`;
  return new CacheStore(dir, cacheKey(BUILD_ID!, runtime, configFile.path, configFile.text ?? ''), io.cwd);
}

/**
 * A writer that hands `write` the text it is given in batches of about BATCH characters (and the rest on `flush`):
 * a report written as it is made, in a few writes rather than one per file.
 */
function batched(write: (text: string) => void): { write: (text: string) => void; flush: () => void } {
  let parts: string[] = [];
  let length = 0;
  const flush = () => {
    if (parts.length > 0) write(parts.join(''));
    parts = [];
    length = 0;
  };
  return {
    write: (text) => {
      parts.push(text);
      length += text.length;
      if (length >= BATCH) flush();
    },
    flush,
  };
}

/** About 64 kB of text: a pipe's buffer, on Linux. */
const BATCH = 64 * 1024;

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
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings takes a whole number, 0 or more, or -1 for no limit; not "${value}".`);
  return n === -1 ? undefined : n;
}

function timingTable(loading: number, formatting: number, timings: Timings, reused?: Run['reused']): string {
  const ruleTime = [...timings.values()].reduce((n, ms) => n + ms, 0);
  const rows: [string, number][] = [['(loading)', loading - ruleTime], ...[...timings].sort((a, b) => b[1] - a[1]), ['(formatting)', formatting]];
  const width = Math.max(...rows.map(([name]) => name.length));
  const table = ['Rule'.padEnd(width) + '  Time (ms)', ...rows.map(([name, ms]) => `${name.padEnd(width)}  ${ms.toFixed(3).padStart(9)}`)];
  if (reused) table.push(`cache: ${reused.files} of ${reused.of} ${reused.of === 1 ? 'file' : 'files'} reused`);
  return table.join('\n') + '\n';
}

/**
 * The bank (as shown) that the folder `folder` (as shown) is a sub-folder of, where that bank holds a story file
 * outside the folder other than `linted` (as shown): then the folder is part of it, not the bank. Undefined where the
 * folder is the bank, or every story file of the bank is linted. The bank is walked only until one such file is found.
 */
function largerBank(folder: string, linted: readonly string[], cwd: string): string | undefined {
  const full = resolve(cwd, folder);
  const bank = bankFolderOf(full, cwd);
  if (bank === full) return undefined;
  const other = firstStoryFile(bank, new Set(linted.map((path) => resolve(cwd, path))), full);
  return other === undefined ? undefined : displayPath(bank, cwd);
}
