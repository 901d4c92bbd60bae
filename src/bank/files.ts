/**
 * Command-line paths → story files. Folders are walked for *.yaml and *.yml (skipping dot-folders and
 * node_modules, and each real folder once, so symlink loops end); globs are matched the way
 * pre-commit and lint-staged pass them; a named file is taken whatever its extension.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { closest } from '../text/suggest.js';

export interface Expanded {
  /** Absolute paths, sorted, each once. */
  readonly files: string[];
  /** One-line IO problems: paths that don't exist, folders that can't be read. */
  readonly problems: string[];
}

/** The name of a file lint reads as stories: *.yaml or *.yml. */
export const STORY_FILE = /\.ya?ml$/i;

/** A story file's name without its folder and extension, a single story's id when it gives none: `stories/a.yaml` → `a`. */
export const fileStem = (path: string): string => path.replace(/^.*\//, '').replace(STORY_FILE, '');
/** A path with these is a glob, when no file has its name. */
export const GLOB_CHARS = /[*?[\]{}]/;

/**
 * What to do instead when a missing path names the folder the user is in (`stories/` typed in stories/), said
 * after "You are in stories/ already: ", e.g. "run `tpm-prep lint` (or `tpm-prep lint .`)": worked out only
 * when a path is missing.
 */
export type Here = () => string;

export function expandPaths(args: readonly string[], cwd: string, here?: Here): Expanded {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const arg of args) {
    const full = resolve(cwd, arg);
    if (!existsSync(full) && GLOB_CHARS.test(arg)) {
      if (expandGlob(arg, cwd, files, problems) === 0) problems.push(`No files match the pattern "${arg}".`);
      continue;
    }
    let stat;
    try {
      stat = statSync(full);
    } catch (error) {
      problems.push(describeError(arg, error, cwd, here));
      continue;
    }
    const kind = specialKind(stat);
    if (kind !== undefined) {
      // A named pipe would block the read until something wrote to it: said, never read.
      problems.push(describeError(arg, notAFile(kind)));
      continue;
    }
    if (stat.isDirectory()) {
      let found = 0;
      walk(full, new Set(), (file) => {
        if (!STORY_FILE.test(file)) return;
        files.add(file);
        found++;
      }, problems, cwd);
      if (found === 0) problems.push(`${arg}: no .yaml or .yml files in this folder.`);
    } else files.add(full);
  }
  return { files: [...files].sort(), problems };
}

/**
 * The folders from `from` (resolved) upward, nearest first, to the top of the git repository it is in, that top
 * included: the first folder up that holds a `.git` (a folder, or a worktree's file). Outside a repository, every
 * folder up to the file system's root. Lazily, so a caller that finds what it looks for stops the walk there (lint's
 * config lookup, on every commit).
 */
export function* foldersUpToRepoTop(from: string): Generator<string> {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    yield dir;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return;
  }
}

/**
 * foldersUpToRepoTop's folders, all of them, and the repository's `top` (the last of them, where it holds a `.git`);
 * no `top` outside a repository.
 */
export function foldersToRepoTop(from: string): { readonly folders: readonly string[]; readonly top?: string } {
  const folders = [...foldersUpToRepoTop(from)];
  const last = folders.at(-1)!;
  return existsSync(join(last, '.git')) ? { folders, top: last } : { folders };
}

/**
 * The first story file (*.yaml, *.yml), by name, in the folder `dir` as expandPaths walks it, other than the files
 * `except` (absolute) and those in the folder `skip`: the walk stops there, as one is all a caller asks about.
 * Folders that can't be read are passed over.
 */
export function firstStoryFile(dir: string, except: ReadonlySet<string>, skip?: string): string | undefined {
  let found: string | undefined;
  walk(resolve(dir), new Set(), (file) => {
    if (!STORY_FILE.test(file) || except.has(file)) return false;
    found = file;
    return true;
  }, [], dir, skip === undefined ? undefined : resolve(skip));
  return found;
}

/** The path as shown to the user: relative to `cwd`, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file) || file;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * An IO error on `path` in one line. With `cwd`, the path as the user typed it from there, a missing path gets
 * a hint: that the user is in that folder already (with `here`, what to do instead; see expandPaths), or a
 * did-you-mean for the nearest name beside it.
 */
export function describeError(path: string, error: unknown, cwd?: string, here?: Here): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${path}: no such file or folder.${cwd === undefined ? '' : alreadyIn(path, cwd, here) || siblingLike(path, cwd)}`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied; can't read it.`;
  if (code === 'ELOOP') return `${path}: too many symbolic links (a link loop?).`;
  if (code === 'EISDIR') return `${path}: is a folder, not a file.`;
  if (code === NOT_A_FILE) return `${path}: is ${(error as NotAFile).kind}, not a file.`;
  return `${path}: can't read it (${code ?? (error as Error).message}).`;
}

/**
 * " You are in stories/ already: …" when a missing relative path goes through a folder named as the one the
 * user is in, `cwd`: `stories/` typed in stories/ (then `here` says what to do instead; no hint without it), or
 * `stories/a.yaml` there, when `a.yaml` is there.
 */
function alreadyIn(path: string, cwd: string, here: Here | undefined): string {
  const parts = path.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  if (isAbsolute(path) || parts.includes('..')) return '';
  const folder = basename(resolve(cwd));
  const said = ` You are in ${folder}/ already:`;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i]!.toLowerCase() !== folder.toLowerCase()) continue;
    const rest = parts.slice(i + 1).join('/');
    if (rest === '') return here === undefined ? '' : `${said} ${here()}.`;
    if (existsSync(resolve(cwd, rest))) return `${said} did you mean \`${rest}${/[\\/]$/.test(path) ? '/' : ''}\`?`;
  }
  return '';
}

/**
 * " Did you mean `stories/`?" when a file or folder beside a missing path (as typed, from `cwd`) has nearly its
 * name: a typo of it, or the same word singular or plural (`story/`), or a name it begins (`cert` for
 * `cert-expiry.yaml`) when it begins only one.
 */
export function siblingLike(path: string, cwd: string): string {
  const trailing = /[\\/]$/.test(path) ? '/' : '';
  const bare = path.replace(/[\\/]+$/, '');
  let names: string[];
  try {
    names = readdirSync(resolve(cwd, dirname(bare)));
  } catch {
    return '';
  }
  // (Not the name itself: a broken symlink is there but can't be read.)
  const match = nearName(basename(bare), names.filter((name) => name !== basename(bare)));
  if (match === undefined) return '';
  const shown = join(dirname(bare), match).split(sep).join('/') + trailing;
  return ` Did you mean \`${shown}\`?`;
}

/**
 * The name in `names` that `name` most likely meant: the same word singular or plural (the strongest sign),
 * else the one name it begins (of 3 letters or more), else the nearest typo (closest); and for a story file, the same
 * of its name without the extension among the story files' (`aspice.yaml` for `aspice-audit.yaml`).
 */
export function nearName(name: string, names: readonly string[]): string | undefined {
  const key = name.toLowerCase();
  const plural = names.find((n) => sameWord(key, n.toLowerCase()));
  if (plural !== undefined) return plural;
  return closest(name, names) ?? nearStoryFile(name, names);
}

/** The story file in `names` whose name, without its .yaml or .yml, `name`'s (a story file's too) most likely meant. */
function nearStoryFile(name: string, names: readonly string[]): string | undefined {
  if (!STORY_FILE.test(name)) return undefined;
  const stem = (file: string) => file.replace(STORY_FILE, '');
  const files = names.filter((n) => STORY_FILE.test(n));
  const meant = nearName(stem(name), files.map(stem));
  return meant === undefined ? undefined : files.find((file) => stem(file) === meant);
}

/**
 * `a` and `b` are one word, singular and plural (story, stories; note, notes; match, matches), either way round; a
 * word of 3 letters or more.
 */
function sameWord(a: string, b: string): boolean {
  const [one, many] = a.length <= b.length ? [a, b] : [b, a];
  if (one.length < 3) return false;
  return many === `${one}s` || many === `${one}es` || (one.endsWith('y') && many === `${one.slice(0, -1)}ies`);
}

/**
 * Visits each file below `dir` by name, each real folder once (so symlink loops end), past dot-folders, node_modules
 * and the folder `skip`; a visit that returns true stops the walk, and then walk returns true.
 */
function walk(dir: string, seen: Set<string>, visit: (file: string) => boolean | void, problems: string[], cwd: string, skip?: string): boolean {
  let real: string;
  let entries;
  try {
    real = realpathSync(dir);
    if (seen.has(real)) return false;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push(describeError(displayPath(dir, cwd), error));
    return false;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(full);
        [isDir, isFile] = [target.isDirectory(), target.isFile()];
      } catch (error) {
        problems.push(describeError(displayPath(full, cwd), error));
        continue;
      }
    }
    if (isDir) {
      if (full !== skip && walk(full, seen, visit, problems, cwd, skip)) return true;
    } else if (isFile && visit(full) === true) return true;
  }
  return false;
}

/**
 * A glob as the folder its matches are searched under, absolute (the segments before the first with a glob
 * character: `stories` of `stories/**\/*.yaml`, `cwd` itself of `*.yaml`), and the pattern below it (POSIX).
 */
export function globParts(pattern: string, cwd: string): { base: string; rest: string } {
  const segments = pattern.split(sep).join('/').split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  return { base: resolve(cwd, segments.slice(0, firstGlob).join('/') || '.'), rest: segments.slice(firstGlob).join('/') };
}

/** Adds the files a glob matches; returns how many matched, counting ones already added. */
function expandGlob(pattern: string, cwd: string, files: Set<string>, problems: string[]): number {
  const { base, rest } = globParts(pattern, cwd);
  const matcher = globToRegExp(rest);
  let matched = 0;
  if (!existsSync(base)) return matched;
  walk(base, new Set(), (file) => {
    if (!matcher.test(displayPath(file, base))) return;
    files.add(file);
    matched++;
  }, problems, cwd);
  return matched;
}

/** A glob (`*`, `**`, `?`, `{a,b}`, `[abc]`) as an anchored regular expression over POSIX paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',' && out.includes('(?:')) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/**
 * Each file the paths name, read and handed to `visit` one at a time with the path shown for it; the problems,
 * one line each. (`here`: as for expandPaths.) The bytes are lent for the call only: every file is read into the
 * same buffer, so a caller that keeps them copies them. A bank of thousands of files is then read without a
 * buffer for each, in about two thirds of the time, with less memory, and a caller that needs only some of the
 * bytes (lint, whose cache serves the rest) holds only those.
 */
export function readEach(paths: readonly string[], cwd: string, visit: (path: string, bytes: Buffer) => void, here?: Here): string[] {
  const { files, problems } = expandPaths(paths, cwd, here);
  const shared = { buffer: Buffer.allocUnsafe(64 * 1024) };
  for (const file of files) {
    const path = displayPath(file, cwd);
    let bytes: Buffer;
    try {
      bytes = readInto(file, shared);
    } catch (error) {
      problems.push(describeError(path, error));
      continue;
    }
    visit(path, bytes);
  }
  return problems;
}

/**
 * What a path that is neither a file nor a folder is, "a named pipe", "a socket", "a device", to say it can't be
 * read as one; undefined for a file or a folder.
 */
export function specialKind(stat: Stats): string | undefined {
  if (stat.isFile() || stat.isDirectory()) return undefined;
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'no regular file';
}

/** What a path that is no folder is, "a file", "a named pipe", "a socket"…, to say it is not the folder asked for; undefined for a folder. */
export function notFolderKind(stat: Stats): string | undefined {
  return stat.isDirectory() ? undefined : (specialKind(stat) ?? 'a file');
}

/** The code of the error that says a path is a named pipe, a socket or a device (describeError words it). */
const NOT_A_FILE = 'ENOTAFILE';
type NotAFile = NodeJS.ErrnoException & { readonly kind: string };
const notAFile = (kind: string): NotAFile => Object.assign(new Error(`is ${kind}, not a file`), { code: NOT_A_FILE, kind });

/**
 * A file opened to be read, or an error: a named pipe, a socket or a device is refused (NOT_A_FILE, which
 * describeError words) once open, without waiting for a writer (a named pipe is opened non-blocking), so a read
 * never hangs on one; a socket, which can't be opened, is told as one. A folder is EISDIR, as reading one is.
 */
function openFile(file: string): number {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const kind = (error as NodeJS.ErrnoException).code === 'ENXIO' ? specialKind(statSync(file)) : undefined;
    throw kind === undefined ? error : notAFile(kind);
  }
  try {
    const stat = fstatSync(fd);
    const now = specialKind(stat);
    if (now !== undefined) throw notAFile(now);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * A file named to be read (a story file, the config, a file of stories for `new --to`): its bytes, or the error
 * describeError says in a line; a named pipe, a socket or a device is refused, never read, so nothing hangs.
 */
export function readRegularFile(file: string): Buffer {
  const fd = openFile(file);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes, read into `shared.buffer` (doubled until the file fits), as a view of it. Opened as it is:
 * expandPaths gives only regular files (a named pipe, socket or device named is refused there, and a folder's walk
 * takes files alone), so the fstat openFile adds would be a second look at every file of every commit.
 */
function readInto(file: string, shared: { buffer: Buffer }): Buffer {
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === shared.buffer.length) shared.buffer = Buffer.concat([shared.buffer, Buffer.allocUnsafe(shared.buffer.length)]);
      const read = readSync(fd, shared.buffer, length, shared.buffer.length - length, null);
      if (read === 0) return shared.buffer.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}
