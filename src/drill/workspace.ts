/**
 * What drill, questions and stats read from disk: the question bank (built-in plus the user's folder from
 * --questions or the config), the stories and the practice history. Problems are one line each; the
 * commands decide the exit code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describeError, displayPath, notFolderKind, readEach, siblingLike } from '../bank/files.js';
import { BUILD_ID } from '../build.js';
import { UsageError } from '../errors.js';
import { sha1 } from '../hash.js';
import type { Io } from '../io.js';
import { bankFolderOf, defaultStoriesDir, skippedConfig, storiesDirOr } from '../lint/config-file.js';
import { shellWord } from '../text/shell.js';
import { configFileFor, warnOfErrors } from '../commands/shared.js';
import { StoryCache, shownFrom, type CachedFile } from './cache.js';
import type { ReadFile } from './derive.js';
import { historyFile, readHistory, type History } from './history.js';
import { loadQuestions, type LoadedQuestion } from './questions.js';
import type { Shown, StoryBrief } from './suggest.js';
import type { Config } from '../lint/config.js';

/**
 * The config (`--config`, or the nearest .tpm-prep.yaml above the stories folder named, `stories`, or else above the
 * current folder: configFileFor), read once for drill's, questions' and stats' use of it (`questions:`,
 * `interviewers:`), and refused, if it is bad, as every command refuses it; undefined where there is none, and then
 * the config reader, which loads every rule, isn't loaded at all.
 */
export async function configFor(options: { config?: string; stories?: string }, io: Io): Promise<Config | undefined> {
  const file = configFileFor(options.config, options.stories === undefined ? [] : [options.stories], io.cwd);
  if (file.path === undefined) return undefined;
  return (await import('../lint/config.js')).loadConfig(file, io.cwd);
}

/** The questions, with the `questions:` folder of `config` (from configFor); each problem in the bank is printed, and then a UsageError is thrown. */
export async function questionsFor(options: { questions?: string }, io: Io, config: Config | undefined): Promise<LoadedQuestion[]> {
  const extra = options.questions ?? config?.questions;
  // A folder the config names that isn't there is the config's problem: say where it is set.
  if (options.questions === undefined && config?.questions !== undefined && !existsSync(config.questions)) {
    // A did-you-mean as the config would hold it, relative to its folder.
    const folder = dirname(resolve(io.cwd, config.path ?? '.'));
    const meant = siblingLike(relative(folder, config.questions), folder);
    throw new UsageError(`${config.questionsAt}: \`questions\` names ${config.questionsWritten ?? displayPath(config.questions, io.cwd)}, which doesn't exist.${meant || ' Create it, or fix the path (relative to the config file).'}`);
  }
  // Nor is one that is a file, a named pipe or a device: no --questions was given to speak of.
  if (options.questions === undefined && config?.questions !== undefined) {
    const kind = notAFolder(config.questions);
    if (kind !== undefined) {
      throw new UsageError(`${config.questionsAt}: \`questions\` names ${config.questionsWritten ?? displayPath(config.questions, io.cwd)}, which is ${kind}, not a folder. Name the folder your question files are in (relative to the config file).`);
    }
  }
  if (options.questions !== undefined) checkFolder(options.questions, '--questions', 'questions', io);
  const bank = await loadQuestions(extra ? [extra] : [], io.cwd);
  if (bank.problems.length > 0) {
    for (const problem of bank.problems) io.stderr(`tpm-prep: ${problem}\n`);
    const n = bank.problems.length;
    throw new UsageError(`Fix the ${n === 1 ? 'problem' : `${n} problems`} above in the question files, then try again.`);
  }
  return bank.questions;
}

export interface HistoryAt {
  /** The history file, absolute, and as shown to the user. */
  readonly historyPath: string;
  readonly historyShown: string;
  readonly history: History;
}

/**
 * The stories folder named with --stories, or as a path to `asPathTo` (`tpm-prep drill stories/`), or the default
 * one: as given (relative to the cwd) and absolute. A folder named that doesn't exist, or isn't a folder, is a
 * UsageError that speaks of the way it was named.
 */
function storiesFolder(dir: string | undefined, io: Io, asPathTo?: string): { given: string; full: string } {
  const given = storiesDirOr(dir, io.cwd);
  const full = resolve(io.cwd, given);
  if (dir !== undefined) checkFolder(dir, asPathTo === undefined ? '--stories' : { command: asPathTo }, 'stories', io);
  return { given, full };
}

/**
 * A folder named with `flag` that is empty, missing, unreadable, a file or a named pipe (a socket, a device) is a
 * UsageError, in one line. One named as the folder the user is in (`--stories stories` from stories/) is told to
 * say `.`, or to leave the option out if that finds this folder anyway. `what` is what the folder holds: "stories", "questions".
 */
function checkFolder(dir: string, named: string | { readonly command: string }, what: string, io: Io): void {
  // Named with an option (`--stories DIR`), or as the command's path (`tpm-prep drill DIR`).
  const [as, leaveOut] = typeof named === 'string' ? [named, `leave out ${named}`] : [`tpm-prep ${named.command}`, 'leave the folder out'];
  // What the option takes (not "name your folder with --stories DIR" to one who just did).
  const takes = `${typeof named === 'string' ? as : `\`${as}\``} takes the folder your ${what} are in`;
  if (dir.trim() === '') {
    const [subject, give] = typeof named === 'string' ? [named, 'it'] : ['An empty path', `\`${as}\``];
    throw new UsageError(`${subject} names no folder: give ${give} the folder your ${what} are in.`);
  }
  let stat;
  try {
    stat = statSync(resolve(io.cwd, dir));
  } catch (error) {
    const here = () => (what === 'stories' && defaultStoriesDir(io.cwd) === '.' ? `${leaveOut} (or use \`${as} .\`)` : `use \`${as} .\` instead`);
    throw new UsageError(describeError(dir, error, io.cwd, here));
  }
  // A named pipe, a socket or a device is said as lint says one (`is a named pipe`), not as a file.
  const kind = notFolderKind(stat);
  if (kind) throw new UsageError(`${dir}: is ${kind}; ${takes}.`);
}

/** What `path` is where it is no folder ("a file", "a named pipe"…), or undefined for a folder or one that can't be looked at. */
function notAFolder(path: string): string | undefined {
  try {
    return notFolderKind(statSync(path));
  } catch {
    return undefined;
  }
}

/** A story of the bank, where it is (its file, as shown, and the line it starts on), and what its words show. */
export interface PlacedStory {
  readonly story: StoryBrief;
  readonly filePath: string;
  readonly line: number;
  readonly shown: Shown;
}

/**
 * The stories in the folder (none when the default `stories/` is absent). A file that can't be read is
 * a warning: the drill goes on without it. With `cache` (not --no-cache), a file whose bytes drill's cache has
 * seen (src/drill/cache.ts) is taken from it, and only the others are parsed and their stories' words read, in full,
 * for the cache; without it, every file is parsed, and each story's words read only as a question asks.
 */
export async function storiesFor(dir: string | undefined, io: Io, asPathTo?: string, cache = true): Promise<PlacedStory[]> {
  const { given, full } = storiesFolder(dir, io, asPathTo);
  if (!existsSync(full)) {
    await flagsForQuestions();
    return [];
  }
  // Run from source (the unit tests), there is no build to key the cache on, as for lint's.
  const store = cache && BUILD_ID !== undefined ? new StoryCache(io.cwd, io.env, full, BUILD_ID) : undefined;
  // Each file is read and fingerprinted in turn (as the built-in questions are: node:crypto is loaded for them), and only
  // those the cache can't serve keep their bytes (a copy: readEach lends them).
  type Fresh = { readonly path: string; readonly hash?: string; readonly bytes: Buffer };
  const files: ({ readonly path: string; readonly hit: CachedFile } | Fresh)[] = [];
  const problems = readEach([given], io.cwd, (path, bytes) => {
    const fileHash = store && sha1(bytes);
    const hit = store?.lookUp(path, fileHash!);
    files.push(hit ? { path, hit } : { path, hash: fileHash, bytes: Buffer.from(bytes) });
  });
  const fresh = files.filter((f): f is Fresh => !('hit' in f));
  // The parser and the signals are loaded only for files the cache can't serve (and V8's regexp flags set for them).
  const read = fresh.length > 0 ? (await import('./derive.js')).readStories(fresh, store !== undefined) : [];
  if (fresh.length === 0) await flagsForQuestions();
  const readOf = new Map<Fresh, ReadFile>(fresh.map((f, i) => [f, read[i]!]));
  const placed = files.map((f) => {
    if ('hit' in f) {
      const stories = f.hit.stories.map((s) => ({ story: s.story, line: s.line, shown: shownFrom(s) }));
      return { path: f.path, stories, problems: f.hit.errors.map((e) => ({ severity: 2 as const, ...e })) };
    }
    const file = readOf.get(f)!;
    if (store && file.cached) store.remember(f.path, f.hash!, file.cached);
    return { path: f.path, stories: file.stories, problems: file.problems };
  });
  for (const problem of problems) io.stderr(`tpm-prep: warning: ${problem}\n`);
  // As map and plan say it: a story with a schema error may be missing from the suggestions.
  warnOfErrors(placed, io);
  try {
    store?.save();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`tpm-prep: warning: ${error.message} Drill works without its cache; --no-cache stops it trying.\n`);
  }
  return placed.flatMap((f) => f.stories.map((s) => ({ story: s.story, filePath: f.path, line: s.line, shown: s.shown })));
}

/**
 * Sets V8's regexp flags for what drill reads where it reads no story: its questions' words (the kind of story each
 * asks for, whether one asks about your own work), short texts, read as a few stories are. Where it reads stories,
 * derive.ts sets them for those instead: once a run, as V8 crashed (a segfault) when they were set again after it had
 * compiled expressions under the first.
 */
async function flagsForQuestions(): Promise<void> {
  (await import('../regexps.js')).compileRegexpsFor(0);
}

/** Where no bank was found: what is missing ("No stories/ folder or .tpm-prep.yaml here…") and what to do. */
export interface NoBank {
  readonly missing: string;
  readonly fix: string;
}

/**
 * Why no bank is here, or undefined when there is one: none is named (as a path or with --stories), there is
 * no stories/ here nor beside a .tpm-prep.yaml above, and no practice history here either (a folder drilled in
 * before is a practice folder, stories or not). Then stats has nothing to read, and drill shows no stories and would
 * start a history here: both say so, in the same words, and how to find the bank.
 */
export function noBankHere(dir: string | undefined, io: Io, command: string): NoBank | undefined {
  if (dir !== undefined || defaultStoriesDir(io.cwd) !== undefined) return undefined;
  if (existsSync(historyFile(resolve(io.cwd, storiesDirOr(undefined, io.cwd))))) return undefined;
  const { path: config } = configFileFor(undefined, [], io.cwd);
  // Not found, or found above the repository's top and not read: then named, with the bank beside it to name instead.
  const skipped = config === undefined ? skippedConfig(io.cwd) : undefined;
  const missing =
    config !== undefined ? `No stories/ here, nor beside ${displayPath(config, io.cwd)}`
    : skipped !== undefined ? `No stories/ folder or .tpm-prep.yaml here or above in this repository (${skipped.why})`
    : 'No stories/ folder or .tpm-prep.yaml here or in a folder above';
  // The folder as a path first, as the command takes it, in the command's own name; --stories still works.
  const name =
    basename(resolve(io.cwd)) === 'stories' ? `use \`tpm-prep ${command} .\` (you are in stories/)`
    : skipped?.stories !== undefined ? `for the bank beside it: \`tpm-prep ${command} ${skipped.stories} --config ${skipped.config}\``
    : `name your stories folder: \`tpm-prep ${command} DIR\` (or --stories DIR)`;
  return { missing, fix: `Run \`tpm-prep ${command}\` in your prep folder, or ${name}.` };
}

/**
 * The practice histories an older tpm-prep wrote inside the bank `bank`, beside a sub-folder drilled on its own
 * (`stories/.tpm-prep/history.jsonl` for `drill stories/cliente`): absolute, sorted. Read with the bank's, so no
 * practice is lost, and told of, with how to move them there. Dot folders (but `.tpm-prep`) aren't looked in.
 */
function strayHistories(bank: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      if (entry.name === '.tpm-prep') {
        const file = join(dir, entry.name, 'history.jsonl');
        if (existsSync(file)) found.push(file);
      } else if (!entry.name.startsWith('.') && entry.name !== 'node_modules' && depth < 8) walk(join(dir, entry.name), depth + 1);
    }
  };
  walk(bank, 0);
  return found.sort();
}

/**
 * The practice history of the bank (beside its stories folder, for a sub-folder of it too), as of `now`; its corrupt lines, and those dated in the
 * future, are warnings on stderr. One that can't be read is a UsageError.
 */
export function historyFor(dir: string | undefined, io: Io, now: Date = new Date(), asPathTo?: string): HistoryAt {
  // The bank's, for a sub-folder of it too (`drill stories/cliente`): beside the bank's stories folder.
  const bank = bankFolderOf(storiesFolder(dir, io, asPathTo).full, io.cwd);
  const historyPath = historyFile(bank);
  const historyShown = displayPath(historyPath, io.cwd);
  let history: History;
  try {
    history = readHistory(historyPath, historyShown, now);
    for (const stray of strayHistories(bank)) {
      const shown = displayPath(stray, io.cwd);
      const more = readHistory(stray, shown, now);
      history = { entries: [...history.entries, ...more.entries], warnings: [...history.warnings, ...more.warnings] };
      io.stderr(
        `tpm-prep: warning: ${shown} is practice an older tpm-prep kept for a sub-folder of the bank; it is read with ${historyShown}, where drill now records it. Move it there: \`cat ${shellWord(shown)} >> ${shellWord(historyShown)} && rm ${shellWord(shown)}\`.\n`,
      );
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A folder, or a file, where drill keeps the history: permissions are not the problem.
    if (code === 'EISDIR') throw new UsageError(`${historyShown} is a folder, not a file: drill keeps your practice history in a file of that name. Move or rename the folder.`);
    if (code === 'ENOTDIR') {
      const folder = displayPath(dirname(historyPath), io.cwd);
      throw new UsageError(`Can't read ${historyShown}: ${folder} is a file, not a folder: drill keeps your practice history in a folder of that name. Move or rename the file.`);
    }
    throw new UsageError(`Can't read ${historyShown} (${code ?? (error as Error).message}). Check its permissions.`);
  }
  for (const warning of history.warnings) io.stderr(`tpm-prep: warning: ${warning}\n`);
  return { historyPath, historyShown, history };
}
