/**
 * The lint cache: what lint found in each file, keyed by the file's bytes, so that a commit hook
 * re-lints only what changed. Like ESLint's `--cache`, but on by default, and kept out of the user's
 * repository: it lives in the user's cache folder, in one folder for each folder lint is run from, with
 * one file (a shard) per folder of stories. A run reads only the shards of the folders it lints, so a
 * hook over `stories/` never reads what a run over some other bank left behind.
 *
 * A shard is good only for the build that wrote it and the config it was written under (its `key`); any
 * other shard, or one that can't be read or parsed, counts as empty. Nothing here throws on a bad cache:
 * at worst lint does the work again.
 *
 * Entries for files that are gone are dropped, as ESLint's file-entry-cache drops them: from a shard written
 * anyway, and, in a folder the run linted whole, from a shard that learned nothing too (the shard of a folder
 * that is gone with it, found through the list of folders the named folder's shard keeps, is removed). An
 * entry for a file outside the run's folders that still exists is kept, for the run that names it.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Problem, SuppressedProblem } from '../bank/problem.js';
import { sha1 } from '../hash.js';
import { isObject } from '../shape.js';
import { makeFolders, writeFileAtomic } from '../write.js';
import { CHECKS } from './readiness-report.js';
import type { LintedFile } from './results.js';

/** The shape of a shard; one written in another is read as empty. 2: a file's suppressed findings, with their reasons. */
const FORMAT = 2;

/** One shard: the files of one folder, and the bank rules' findings for that folder linted as a bank. */
export interface CacheData {
  readonly format: typeof FORMAT;
  /** The build and the config the findings were made under. */
  readonly key: string;
  /** Each file linted, by the path lint shows: the hash of its bytes and what lint made of it. */
  readonly files: Record<string, { readonly hash: string; readonly linted: LintedFile }>;
  /** The bank rules' findings for this folder, and the hash of the bank's files they were made from. */
  readonly bank?: { readonly hash: string; readonly messages: readonly Problem[] };
  /**
   * For a folder linted whole, the folders below it that held stories then, as shown: a run that finds one
   * of them gone (or empty of stories) drops its entries, where no file of it would ever open its shard again.
   */
  readonly under?: readonly string[];
}

/** Where the cache for lint runs from `cwd` lives: in the user's cache folder, named for `cwd`. */
export function defaultCacheDir(cwd: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const root =
    env.XDG_CACHE_HOME ? env.XDG_CACHE_HOME
    : platform === 'win32' && env.LOCALAPPDATA ? env.LOCALAPPDATA
    : join(homedir(), '.cache');
  return join(root, 'tpm-prep', `lint-${sha1(resolve(cwd)).slice(0, 16)}`);
}

/**
 * The key a cache must have to be used: the build, the runtime (Node's Unicode tables decide what the
 * rules' \p{…} classes match), and the config's path and text ('' without one).
 */
export function cacheKey(build: string, runtime: string, configPath: string | undefined, configText: string): string {
  return sha1(`${build}\0${runtime}\0${configPath ?? ''}\0${configText}`);
}

/** The hash of a whole bank: where it is, and every file in it with its hash. */
export function bankHash(bankPath: string, files: readonly { readonly path: string; readonly hash: string }[]): string {
  const lines = files.map((f) => `${f.path}\0${f.hash}`).sort();
  return sha1(`${bankPath}\n${lines.join('\n')}`);
}

export function emptyCache(key: string): CacheData {
  return { format: FORMAT, key, files: {} };
}

/** The cache at `path` if there is one, written under `key`; undefined if not, or if it can't be read. */
export function readCache(path: string, key: string): CacheData | undefined {
  return readShard(path, key).data;
}

/**
 * The shard at `path`: its data if it was written under `key` (as readCache), and, under any key, the folders
 * below its own it listed (`under`), so that a shard of a folder gone while the build or config changed is
 * still found, and removed.
 */
function readShard(path: string, key: string): { data?: CacheData; under: readonly string[] } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { under: [] };
  }
  const cache = data as Partial<CacheData> | null;
  const under = isObject(cache) && isList(cache.under, isString) ? cache.under : [];
  if (!cache || cache.format !== FORMAT || cache.key !== key || typeof cache.files !== 'object' || cache.files === null) return { under };
  return { data: cache as CacheData, under };
}

/**
 * The shard to write after a run: this run's files and bank, plus the entries of earlier runs whose
 * files are not `gone` (a hook that lints a few staged files keeps the whole bank's entries).
 */
export function nextCache(previous: CacheData, run: Pick<CacheData, 'files' | 'bank' | 'under'>, gone: (path: string) => boolean): CacheData {
  const files: Record<string, CacheData['files'][string]> = {};
  for (const [path, entry] of Object.entries(previous.files)) {
    if (!(path in run.files) && !gone(path)) files[path] = entry;
  }
  Object.assign(files, run.files);
  const under = run.under ?? (isList(previous.under, isString) ? previous.under : undefined);
  return { format: FORMAT, key: previous.key, files, bank: run.bank ?? previous.bank, ...(under?.length ? { under } : {}) };
}

/** Whether the folder `folder` (as shown) is `top` or inside it. */
function within(folder: string, top: string): boolean {
  if (top === '.') return folder !== '..' && !folder.startsWith('../');
  return folder === top || folder.startsWith(`${top}/`);
}

interface Shard {
  readonly path: string;
  readonly data: CacheData;
  /** The folders below this one its file listed (`under`), under whatever key it was written. */
  readonly listed: readonly string[];
  /** What this run found in the shard's files, to be saved. */
  readonly learned: CacheData['files'];
  /** The files of this shard this run read (looked up or linted): they exist. */
  readonly seen: Set<string>;
  bank?: CacheData['bank'];
  /** The folders below this one that held stories in this run, where they differ from `listed`. */
  under?: readonly string[];
  /** Entries for files gone, found by reconcile: the shard is written (or removed) without them. */
  gone?: Set<string>;
  /** The shard of a folder that held stories and none now: removed if nothing in it is left. */
  emptied?: true;
}

/** The shards a run reads and writes, under one key. */
export class CacheStore {
  private readonly shards = new Map<string, Shard>();

  constructor(
    /** The folder the shards live in. */
    readonly dir: string,
    readonly key: string,
    private readonly cwd: string,
  ) {}

  /**
   * What lint made of the file at `path` (as shown), if the cache saw these very bytes. An entry of the
   * wrong shape (a cache edited by hand, or gone bad on disk) is a miss, to be replaced.
   */
  file(path: string, fileHash: string): LintedFile | undefined {
    const shard = this.shard(folderOf(path));
    shard.seen.add(path);
    const entry = shard.data.files[path] as unknown;
    if (!isObject(entry) || entry.hash !== fileHash || !isLintedFile(entry.linted, path)) return undefined;
    return entry.linted;
  }

  /** The bank rules' findings for `bankPath`, if the cache saw the bank with these very files. */
  bank(bankPath: string, bankKey: string): readonly Problem[] | undefined {
    const bank = this.shard(bankFolderOf(bankPath)).data.bank as unknown;
    if (!isObject(bank) || bank.hash !== bankKey || !isList(bank.messages, isProblem)) return undefined;
    return bank.messages;
  }

  rememberFile(path: string, fileHash: string, linted: LintedFile): void {
    const shard = this.shard(folderOf(path));
    shard.seen.add(path);
    shard.learned[path] = { hash: fileHash, linted };
  }

  rememberBank(bankPath: string, bankKey: string, messages: readonly Problem[]): void {
    this.shard(bankFolderOf(bankPath)).bank = { hash: bankKey, messages };
  }

  /**
   * Writes the shards that learned something, readable by the user alone (they quote the stories); throws
   * a UsageError naming the first that can't be written. `folders` are the folders this run linted whole
   * (those named, as shown): in them, an entry for a file the run didn't find and that is gone is dropped
   * even from a shard that learned nothing, and a shard left with nothing is removed.
   */
  save(folders: readonly string[] = []): void {
    this.reconcile(folders);
    for (const shard of this.shards.values()) {
      if (Object.keys(shard.learned).length === 0 && shard.bank === undefined && shard.under === undefined && !shard.gone?.size && !shard.emptied) continue;
      const gone = (path: string) => shard.gone?.has(path) ?? (!shard.seen.has(path) && !existsSync(resolve(this.cwd, path)));
      let next = nextCache(shard.data, { files: shard.learned, bank: shard.bank, under: shard.under ?? shard.listed }, gone);
      // A folder that held stories and none now has no bank to remember, nor folders below it with stories:
      // only the entries of files in it still there (named on their own) are kept.
      if (shard.emptied) next = { format: next.format, key: next.key, files: next.files };
      if (Object.keys(next.files).length === 0 && next.bank === undefined && next.under === undefined) {
        try {
          rmSync(shard.path, { force: true });
        } catch {
          // Left as it is: a shard that can't be removed costs a little room, and lint works without it.
        }
        continue;
      }
      try {
        makeFolders(this.dir, 0o700);
      } catch {
        // writeFileAtomic says why, in one line.
      }
      writeFileAtomic(shard.path, JSON.stringify(next), { overwrite: true, mode: 0o600 });
    }
  }

  /**
   * For each folder linted whole: the folders below it that held stories last time and none now have their
   * shards opened, and every shard within it has its entries for files this run didn't find, and that are
   * gone, marked to be dropped. (Files it found exist; only the few it didn't are looked for.)
   */
  private reconcile(folders: readonly string[]): void {
    const tops = folders.map(bankFolderOf);
    for (const top of tops) {
      const shard = this.shard(top);
      const now = new Set<string>();
      for (const [folder, { seen }] of this.shards) if (folder !== top && seen.size > 0 && within(folder, top)) now.add(folder);
      const before = shard.listed;
      // A folder emptied takes with it the folders below it that its own shard listed (a lint of that folder
      // alone may have seen some this one never did).
      const emptied = before.filter((folder) => !now.has(folder) && within(folder, top));
      while (emptied.length > 0) {
        const folder = emptied.pop()!;
        const below = this.shard(folder);
        if (below.emptied) continue;
        below.emptied = true;
        for (const inner of below.listed) if (!now.has(inner) && within(inner, folder)) emptied.push(inner);
      }
      const under = [...now].sort();
      if (under.join('\0') !== before.join('\0')) shard.under = under;
    }
    for (const [folder, shard] of this.shards) {
      if (!tops.some((top) => within(folder, top))) continue;
      const gone = Object.keys(shard.data.files).filter((path) => !shard.seen.has(path) && !existsSync(resolve(this.cwd, path)));
      shard.gone = new Set(gone);
    }
  }

  private shard(folder: string): Shard {
    let shard = this.shards.get(folder);
    if (!shard) {
      const path = join(this.dir, `${sha1(folder).slice(0, 16)}.json`);
      const { data, under } = readShard(path, this.key);
      shard = { path, data: data ?? emptyCache(this.key), listed: under, learned: {}, seen: new Set() };
      this.shards.set(folder, shard);
    }
    return shard;
  }
}

/** The folder of a path as lint shows it ('stories/a.yaml' → 'stories'). */
function folderOf(path: string): string {
  return dirname(path.replace(/\\/g, '/'));
}

/** The folder of a bank path as lint shows it ('stories/' → 'stories'). */
function bankFolderOf(bankPath: string): string {
  return bankPath.replace(/\\/g, '/').replace(/\/+$/, '') || '.';
}

// The shape of what a shard holds, checked on the way in: a cache is data from disk, not from this build.
type Obj = Record<string, unknown>;
const isList = <T>(x: unknown, each: (item: unknown) => item is T): x is T[] => Array.isArray(x) && x.every(each);
const isString = (x: unknown): x is string => typeof x === 'string';
const isPosition = (x: unknown): boolean => isObject(x) && Number.isInteger(x.line) && Number.isInteger(x.column);

function isProblem(x: unknown): x is Problem {
  return isObject(x) && isString(x.ruleId) && (x.severity === 1 || x.severity === 2) && isString(x.message) && isPosition(x) && (x.storyId === undefined || isString(x.storyId));
}

function isSuppressed(x: unknown): x is SuppressedProblem {
  return isProblem(x) && isList((x as unknown as Obj).suppressions, (s): s is Obj => isObject(s) && s.kind === 'directive' && isString(s.justification));
}

function isFacts(x: unknown): boolean {
  if (!isObject(x) || !isString(x.id) || !isList(x.declared, isString) || typeof x.failure !== 'boolean') return false;
  if (!isList(x.inferred, (i): i is Obj => isObject(i) && isString(i.id))) return false;
  const r = x.readiness;
  // The points per check too: lint names from them what a story's readiness lacks.
  const numbers = (o: unknown, keys: readonly string[]) => isObject(o) && keys.every((k) => typeof o[k] === 'number');
  return isObject(r) && numbers(r, ['score', 'impact', 'scope', 'ownership']) && numbers(r.parts, CHECKS);
}

function isLintedFile(x: unknown, path: string): x is LintedFile {
  return (
    isObject(x) &&
    x.path === path &&
    isList(x.messages, isProblem) &&
    isList(x.suppressed, isSuppressed) &&
    isList(x.stories, (s): s is Obj => isObject(s) && isFacts(s.facts) && isPosition(s.idAt))
  );
}
