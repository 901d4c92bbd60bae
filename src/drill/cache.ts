/**
 * Drill's cache: what it read in each story file, and what the stories' words show, keyed by the file's bytes, so
 * that a drill over an unchanged bank parses no YAML and loads no signal, model or rule to suggest stories. It is
 * lint's cache (src/lint/cache.ts) for drill: in the same folder (one for each folder it runs from), one file for
 * each stories folder, good only for the build and the runtime that wrote it. A file that can't be read or parsed,
 * or an entry of the wrong shape, counts as none: at worst drill reads the story again. What drill shows is the
 * same with the cache as without it.
 *
 * Each story keeps what drill shows and ranks it by: its id, title, claimed principles and whether it is a draft;
 * the line it starts on; the score inference gives each principle its words show any evidence of (not the
 * evidence); and the kinds of story it is. Each file keeps its errors, by the story each names, for the notice
 * of stories left out. A drill reads the whole folder, so the file it writes holds the files it read, and no other.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isObject } from '../shape.js';
import { makeFolders, writeFileAtomic } from '../write.js';
import { sha1 } from '../hash.js';
import { defaultCacheDir } from '../lint/cache.js';
import { LP_IDS, type LpId } from '../principles/catalog.js';
import type { Scored } from '../principles/scores.js';
import { STORY_KINDS, type StoryKind } from './asked.js';
import type { Shown, StoryBrief } from './suggest.js';

const FORMAT = 1;

/** A story as the cache keeps it. */
export interface CachedStory {
  readonly story: StoryBrief;
  /** The line its first key is on. */
  readonly line: number;
  /** Every principle its words show, with its score, highest first (src/principles/infer.ts's scorePrinciples). */
  readonly scores: readonly Scored[];
  /** The kinds of story it is (kinds.ts). */
  readonly kinds: readonly StoryKind[];
}

/** A story file as the cache keeps it: its stories, and its errors, each with the story it names, if any. */
export interface CachedFile {
  readonly stories: readonly CachedStory[];
  readonly errors: readonly { readonly storyId?: string }[];
}

interface CacheData {
  readonly format: typeof FORMAT;
  readonly key: string;
  /** Each file read, by the path drill shows: the hash of its bytes and what drill made of it. */
  readonly files: Record<string, { readonly hash: string; readonly file: CachedFile }>;
}

/** What a story's words showed, from the cache: as Shown asks it. */
export function shownFrom(story: Pick<CachedStory, 'scores' | 'kinds'>): Shown {
  const byId = new Map(story.scores.map((s) => [s.id, s.score]));
  return { score: (lp) => byId.get(lp) ?? 0, scores: () => story.scores, isKind: (kind) => story.kinds.includes(kind) };
}

/** The cache of one stories folder (`folder`, absolute) for drill runs from `cwd`, good for `build` on this runtime. */
export class StoryCache {
  /** The cache's file. */
  readonly path: string;
  private readonly key: string;
  private readonly data: CacheData | undefined;
  /** Each file of this run, by path: its hash and what drill made of it. */
  private readonly now: Record<string, CacheData['files'][string]> = {};
  private learned = false;

  constructor(cwd: string, env: NodeJS.ProcessEnv, folder: string, build: string) {
    this.path = join(defaultCacheDir(cwd, env, process.platform), `drill-${sha1(folder).slice(0, 16)}.json`);
    // The runtime too: Node's Unicode tables decide what the signals' \p{…} classes match.
    this.key = sha1(`${build}\0${process.versions.node} ${process.versions.unicode}`);
    this.data = readData(this.path, this.key);
  }

  /** What drill made of the file at `path` (as shown), if the cache saw these very bytes; an entry of the wrong shape is none. */
  lookUp(path: string, fileHash: string): CachedFile | undefined {
    const entry = this.data?.files[path] as unknown;
    if (!isObject(entry) || entry.hash !== fileHash || !isCachedFile(entry.file)) return undefined;
    this.now[path] = { hash: fileHash, file: entry.file };
    return entry.file;
  }

  remember(path: string, fileHash: string, file: CachedFile): void {
    this.now[path] = { hash: fileHash, file };
    this.learned = true;
  }

  /**
   * Writes what this run read, if it learned something or the cache holds a file it didn't read (removed, or no
   * longer readable); removes the cache where no file is left. Throws a UsageError naming the file if it can't be written.
   */
  save(): void {
    const before = this.data?.files ?? {};
    if (!this.learned && Object.keys(before).every((path) => path in this.now)) return;
    if (Object.keys(this.now).length === 0) {
      try {
        rmSync(this.path, { force: true });
      } catch {
        // Left as it is: it costs a little room, and drill works without it.
      }
      return;
    }
    try {
      makeFolders(dirname(this.path), 0o700);
    } catch {
      // writeFileAtomic says why, in one line.
    }
    // In the order of the paths, whichever were read from the cache: the same bank makes the same file.
    const files = Object.fromEntries(Object.entries(this.now).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const data: CacheData = { format: FORMAT, key: this.key, files };
    writeFileAtomic(this.path, JSON.stringify(data), { overwrite: true, mode: 0o600 });
  }
}

/** The cache at `path` if it was written under `key`; undefined if not, or if it can't be read. */
function readData(path: string, key: string): CacheData | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isObject(data) || data.format !== FORMAT || data.key !== key || !isObject(data.files)) return undefined;
  return data as unknown as CacheData;
}

// The shape of an entry, checked on the way in: a cache is data from disk, not from this build.
const isString = (x: unknown): x is string => typeof x === 'string';
const isLp = (x: unknown): x is LpId => (LP_IDS as readonly unknown[]).includes(x);
const isList = <T>(x: unknown, each: (item: unknown) => item is T): x is T[] => Array.isArray(x) && x.every(each);

function isBrief(x: unknown): x is StoryBrief {
  return isObject(x) && isString(x.id) && isString(x.title) && (x.lps === undefined || isList(x.lps, isLp)) && (x.draft === undefined || typeof x.draft === 'boolean');
}

function isCachedStory(x: unknown): x is CachedStory {
  return (
    isObject(x) &&
    isBrief(x.story) &&
    Number.isInteger(x.line) &&
    isList(x.scores, (s): s is Scored => isObject(s) && isLp(s.id) && typeof s.score === 'number' && Number.isFinite(s.score)) &&
    isList(x.kinds, (k): k is StoryKind => (STORY_KINDS as readonly unknown[]).includes(k))
  );
}

function isCachedFile(x: unknown): x is CachedFile {
  return isObject(x) && isList(x.stories, isCachedStory) && isList(x.errors, (e): e is { storyId?: string } => isObject(e) && (e.storyId === undefined || isString(e.storyId)));
}
