/** Small pieces the bank commands (lint, map, plan, report, and drill's story list) share. */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { GLOB_CHARS, displayPath, globParts, type Here } from '../bank/files.js';
import type { Bank } from '../bank/load.js';
import { errorsNotice } from '../bank/problem.js';
import type { Story } from '../bank/schema.js';
import { UsageError } from '../errors.js';
import { terminalWidth, type Io } from '../io.js';
import { defaultStoriesDir, findConfigFile, skippedConfig, type ConfigFile } from '../lint/config-file.js';
import { fitLabel } from '../text/columns.js';


/** The line the tables and prose fit when standard output is no terminal: piped output stays the same wherever it runs. */
export const PIPED_WIDTH = 80;

/** The line `rules` and `lps` lay their text out for: the terminal's width, or PIPED_WIDTH piped (map and plan: tableWidth). */
export const lineWidth = (io: Io): number => io.columns ?? PIPED_WIDTH;

/**
 * The width a table is fitted to (map's heatmap, whose ids are cut to the room the line leaves them; plan's and
 * stats' tables): the terminal's, as lineWidth; piped or written to a file, COLUMNS where it is set to a width
 * (`COLUMNS=200 tpm-prep map | less -S`, where a trial got its ids cut to 16 characters); else undefined, and piped
 * output is the same wherever it runs.
 */
export const tableColumns = (io: Io): number | undefined => io.columns ?? terminalWidth(io.env, undefined);

/** The line a table too wide to wrap fits, `map`'s and `plan`'s: tableColumns, else PIPED_WIDTH. */
export const tableWidth = (io: Io): number => tableColumns(io) ?? PIPED_WIDTH;

/**
 * The paths given, or when there are none the stories folder (`stories/`, or the prep repo's from one of its folders).
 * `takesConfig`: the command has --config (map hasn't), so a config it doesn't find is suggested with it.
 */
export function bankPaths(paths: readonly string[], cwd: string, command: string, takesConfig = true): string[] {
  if (paths.length > 0) return [...paths];
  const stories = defaultStoriesDir(cwd);
  if (stories !== undefined) return [stories];
  // In a stories folder with no config above it to find the bank by, `stories/` is the wrong thing to suggest.
  if (basename(resolve(cwd)) === 'stories') throw new UsageError(`Name the stories to read, for example: tpm-prep ${command} . (you are in stories/)`);
  const { path: config } = configFileFor(undefined, [], cwd);
  if (config !== undefined) throw new UsageError(`Name the stories to read, for example: tpm-prep ${command} stories/ (there is no stories/ here, nor beside ${displayPath(config, cwd)})`);
  // A config above the repository's top, with the bank a run from there used to find: named, and how to read it (but a
  // commit hook's --staged reads only the repository's own files).
  const skipped = skippedConfig(cwd);
  if (skipped === undefined) throw new UsageError(`Name the stories to read, for example: tpm-prep ${command} stories/`);
  const example = skipped.stories !== undefined && !command.includes('--staged') ? `${skipped.stories}/${takesConfig ? ` --config ${skipped.config}` : ''}` : 'stories/';
  throw new UsageError(`Name the stories to read, for example: tpm-prep ${command} ${example} (there is no stories/ here, and ${skipped.why})`);
}

/**
 * What to run instead when a path given to `command` names the folder the user is in (`tpm-prep lint stories/`
 * from stories/), for the problem that it doesn't exist: the command with no path too, if that reads this folder.
 */
export function hereHint(command: string, cwd: string): Here {
  // Looked up only when a path is missing: a commit hook's lint, with every path there, looks for no config.
  return () => (defaultStoriesDir(cwd) === '.' ? `run \`tpm-prep ${command}\` (or \`tpm-prep ${command} .\`)` : `run \`tpm-prep ${command} .\` instead`);
}

/** Whether a path, as typed from `cwd`, exists. */
export const existsIn =
  (cwd: string) =>
  (path: string): boolean =>
    existsSync(resolve(cwd, path));

/** Every story of the bank's files. */
export function storiesOf(bank: Bank): Story[] {
  return bank.files.flatMap((file) => file.stories.map((loaded) => loaded.story));
}

/** Tell about files that could not be read or used; the exit code for them (2 for IO, else 0). */
export function reportBankProblems(bank: Bank, io: Io): number {
  for (const problem of bank.problems) io.stderr(`tpm-prep: ${problem}\n`);
  warnOfErrors(bank.files, io);
  return bank.problems.length > 0 ? 2 : 0;
}

/**
 * The stories left out for their errors, and the files read with errors (errorsNotice), on standard error as a
 * warning: map, plan, report and drill say it in the same words (drill alone said "warning:").
 */
export function warnOfErrors(files: Parameters<typeof errorsNotice>[0], io: Io): void {
  const notice = errorsNotice(files);
  if (notice !== undefined) io.stderr(`tpm-prep: warning: ${notice}\n`);
}

function isFolder(path: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isDirectory();
  } catch {
    return false;
  }
}

/** A path named on the command line as a page or message shows it: a folder with a slash after it ("stories/"). */
export function pathShown(path: string, cwd: string): string {
  return isFolder(path, cwd) ? path.replace(/\\/g, '/').replace(/\/*$/, '/') : path;
}

/** The folders among the paths named, in their order, each looked at once. */
export function foldersAmong(targets: readonly string[], cwd: string): string[] {
  return targets.filter((t) => isFolder(t, cwd));
}

/**
 * The folders a command reads stories from, in which its `-o` makes no new YAML file (writeOutputFile's `folders`): the
 * folders named, and the folder of each file named (`lint stories/a.yaml -o stories/out.yaml`, `report -o
 * stories/x.yaml`: the next run over stories/ would read the report as a story); absolute, and as a message shows them.
 * `folders`: the folders among `targets`, where the caller has them.
 */
export function storyFolders(targets: readonly string[], cwd: string, folders = foldersAmong(targets, cwd)): { path: string; shown: string }[] {
  const guarded = [...new Set([...folders, ...targets.filter((t) => !folders.includes(t) && !/[*?[{]/.test(t)).map((t) => dirname(t))])];
  return guarded.map((folder) => ({ path: resolve(cwd, folder), shown: folder === '.' ? 'this folder' : folder.replace(/\/*$/, '/') }));
}

/** What to do with stories under two configs, as a command that reads them says it (configFileFor). */
const SEPARATE_RUNS = 'read them in separate runs, or give --config FILE to read them all with one config.';

/**
 * The config every command that reads one reads (lint, plan, report, new, drill, stats, questions), found here alone:
 * the file named with --config (`named`); else, where paths are given, the nearest .tpm-prep.yaml above the stories
 * they name (a folder named, from itself; a file, from its folder; a glob, from the folder it searches), one for
 * the run, not each file's as ESLint finds it (a config in a folder below is not read), so that a run from the top
 * of a monorepo that names the bank reads the config a run from the bank's own
 * folder (a commit hook's `cd career/interview`) reads; else, with no path, the nearest above `cwd`, whose stories/
 * is the bank. Each lookup stops at the top of the git repository (findConfigFile), so a config above it is
 * skipped, and said so, as ever (skippedConfig). Paths under different configs are a UsageError, in one line:
 * which one applies can't be guessed; `instead` says what to do (SEPARATE_RUNS, for a command that reads stories).
 * `folders`: the folders among `paths`, where the caller has them.
 */
export function configFileFor(named: string | undefined, paths: readonly string[], cwd: string, folders = foldersAmong(paths, cwd), instead = SEPARATE_RUNS): ConfigFile {
  if (named) return { path: resolve(cwd, named), named };
  if (paths.length === 0) return { path: findConfigFile(cwd) };
  const found = nearestConfigs(paths, cwd, folders);
  const [first] = found;
  const other = found.find((f) => f.config !== first!.config);
  if (other !== undefined) {
    const under = (f: { path: string; config?: string }) => `${f.path} is under ${f.config === undefined ? 'no .tpm-prep.yaml' : displayPath(f.config, cwd)}`;
    throw new UsageError(`${under(first!)} and ${under(other)}: ${instead}`);
  }
  return { path: first!.config };
}

/** Each path with the nearest config above the stories it names (configFileFor), or undefined where there is none. */
function nearestConfigs(paths: readonly string[], cwd: string, folders: readonly string[]): { path: string; config: string | undefined }[] {
  // Looked up once a folder: a commit hook names each of its files, most of them in one folder.
  const byFolder = new Map<string, string | undefined>();
  return paths.map((path) => {
    const from = folders.includes(path) ? resolve(cwd, path) : GLOB_CHARS.test(path) && !existsSync(resolve(cwd, path)) ? globParts(path, cwd).base : dirname(resolve(cwd, path));
    if (!byFolder.has(from)) byFolder.set(from, findConfigFile(from));
    return { path, config: byFolder.get(from) };
  });
}

/**
 * The configs found for `paths` as configFileFor finds the one of a run, each once, in the order the paths name them:
 * for a command that uses nothing in a config but holds it to the same checks (map), paths under two are no mistake.
 */
export function configFilesFor(paths: readonly string[], cwd: string): ConfigFile[] {
  if (paths.length === 0) return [{ path: findConfigFile(cwd) }];
  const configs = new Set(nearestConfigs(paths, cwd, foldersAmong(paths, cwd)).map((found) => found.config));
  return [...configs].map((path) => ({ path }));
}

/** Folders named, as lint shows a path (relative to `cwd`, with `/`; `.` for `cwd` itself). */
export function foldersShown(folders: readonly string[], cwd: string): string[] {
  const here = resolve(cwd);
  return folders.map((t) => (resolve(cwd, t) === here ? '.' : displayPath(resolve(cwd, t), cwd)));
}

/**
 * The folder whose whole bank is linted: the first folder named, if any (a list of staged files is not a bank).
 * `folders`: the folders among `targets`, where the caller has them already (lint, for its cache too).
 */
export function bankFolder(targets: readonly string[], cwd: string, folders = foldersAmong(targets, cwd)): string | undefined {
  const folder = folders[0];
  // Relative to the current folder, as each file's path is shown (displayPath): an absolute path typed for the
  // folder ("$PWD/stories") was shown as typed, beside its files' relative ones, in every format (SARIF's uri too).
  return folder === undefined ? undefined : pathShown(foldersShown([folder], cwd)[0]!, cwd);
}

/** A story as a list names it: its id, and where it is, to tell it apart from another with the same id. */
export interface Placed {
  readonly id: string;
  /** Its file, as shown (relative to the current folder). */
  readonly filePath: string;
  /** The line it starts on. */
  readonly line: number;
}

/**
 * How a list names each of `stories`: by its id, or, where another of them has the same id (lint's
 * duplicate-id), by its id and file, `checkout (stories/b.yaml)`, and its line as well when they share the file.
 */
export function storyNames(stories: readonly Placed[]): string[] {
  return storyPlaces(stories).map(placeName);
}

/** A story's id, and where it is (`stories/b.yaml`, `stories/b.yaml:4`) where another story has its id. */
export interface Place {
  readonly id: string;
  readonly where?: string;
}

/** A story as a line of text names it: `checkout`, or `checkout (stories/b.yaml)` where another has its id. */
export const placeName = (place: Place): string => (place.where ? `${place.id} (${place.where})` : place.id);

/** `storyNames` in its parts. */
export function storyPlaces(stories: readonly Placed[]): Place[] {
  const byId = new Map<string, Placed[]>();
  for (const s of stories) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
  return stories.map((s) => {
    const same = byId.get(s.id)!;
    if (same.length === 1) return { id: s.id };
    const sameFile = same.filter((o) => o.filePath === s.filePath).length > 1;
    return { id: s.id, where: `${s.filePath}${sameFile ? `:${s.line}` : ''}` };
  });
}

/**
 * A story's name (from `storyPlaces`) in a table's first column `column` wide (from labelColumn), as fitLabel
 * fits a label, but where the name is cut, its place kept whole (or its file's name, without the folders) and its
 * id cut instead, while the id keeps five characters: two stories with one id stay told apart.
 */
export function fitName(place: Place, column: number): string {
  const name = placeName(place);
  if (!place.where || name.length < column) return fitLabel(name, column);
  // The place as given, or else its file's name alone (`ownership.yaml:5`, not `stories/ownership.yaml:5`).
  for (const where of [place.where, place.where.slice(place.where.lastIndexOf('/') + 1)]) {
    if (`${place.id} (${where})`.length < column) return fitLabel(`${place.id} (${where})`, column);
    const room = idRoom(where, column);
    if (room >= MIN_ID) return `${place.id.slice(0, room)}… (${where}) `;
  }
  return fitLabel(name, column);
}

/** The fewest characters of an id that fitName keeps beside its place. */
const MIN_ID = 5;

/** What a column leaves an id before its place: the space after the column, the "…", and " (where)" taken. */
const idRoom = (where: string, column: number): number => column - 1 - 1 - ` (${where})`.length;

/** Whether fitName shows the place of a story in a column that wide: whole, or with its id cut to five characters or more. */
export function keepsPlace(place: Place, column: number): boolean {
  return !place.where || placeName(place).length < column || idRoom(place.where, column) >= MIN_ID;
}
