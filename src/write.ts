/**
 * Writing files at the edge: atomically, and never over an existing file unless asked. The text goes to a
 * temporary file in the same folder first; it then takes the target's name by rename (replace) or by hard
 * link (create only: the link fails if the name is taken, so a file that appeared meanwhile is never
 * clobbered). A reader never sees half a file.
 */
import { accessSync, chmodSync, constants, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

export type WriteOutcome = 'created' | 'replaced' | 'exists';

export interface WriteOptions {
  /** Replace an existing file; without it an existing file is left alone and 'exists' returned. */
  readonly overwrite?: boolean;
  /** File mode, such as 0o755 for a git hook. */
  readonly mode?: number;
  /** The path as shown in messages. */
  readonly display?: string;
}

export function writeFileAtomic(path: string, text: string | Uint8Array, options: WriteOptions = {}): WriteOutcome {
  const shown = options.display ?? path;
  // Replacing means renaming over the name, which would put a plain file where `-o /dev/null` or `-o
  // /dev/stdout` stands (as root, for every program after), or where a symbolic link stood. A device or a
  // pipe is written through; a link's own target is replaced, and the link kept.
  if (options.overwrite) {
    const through = writeThrough(path);
    if (through === 'device') {
      try {
        writeFileSync(path, text);
        return 'replaced';
      } catch (error) {
        throw new UsageError(`Can't write ${shown}: ${whyNotWritten(error)}.`);
      }
    }
    if (through !== undefined) path = through;
  }
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    makeFolders(dir);
    if (!options.overwrite && exists(path)) return 'exists';
    writeFileSync(temp, text, { flag: 'wx', mode: options.mode ?? 0o644 });
    if (options.mode !== undefined) chmodSync(temp, options.mode);
    if (options.overwrite) {
      const existed = exists(path);
      renameSync(temp, path);
      return existed ? 'replaced' : 'created';
    }
    return linkNoClobber(temp, path);
  } catch (error) {
    throw new UsageError(`Can't write ${shown}: ${whyNotWritten(error)}.`);
  } finally {
    removeQuietly(temp);
  }
}

/**
 * The file an `-o` names, or undefined where the report goes to standard output: no -o, or `-o -`, which means
 * standard output for every command that takes -o (as for curl, tar and most tools), never a file named "-".
 */
export function outputFile(output: string | undefined): string | undefined {
  return output === undefined || output === '-' ? undefined : output;
}

/** A file a command reads, with what it is to the command, for the refusal of an output over it: "a story file lint reads". */
export interface ReadFile {
  readonly path: string;
  readonly what: string;
}

/**
 * A command's report written to `-o FILE` (`path`, resolved), replacing what is there: refused, with nothing written, where
 * FILE is a file the command reads (`reads`: a story file it linted or loaded, the config in use, the history it charts),
 * by any name that leads to it (a link, a hard link), or any YAML file that exists (a story or a config, whether or
 * not this run read it): a report written there would put the story or the config out of reach, and the command
 * would exit 0. A new file, or one of any other kind (an earlier report, .html, .json, .sarif, .txt), is written.
 */
export function writeOutputFile(path: string, text: string, options: OutputOptions): WriteOutcome {
  refuseOutputOverInput(path, options);
  return writeFileAtomic(path, text, { overwrite: true, display: options.display });
}

export interface OutputOptions {
  /** The path as typed, for the message. */
  readonly display: string;
  /** The files the command read. */
  readonly reads: readonly ReadFile[];
  /** A name to suggest instead, with `-o`: "report.txt". */
  readonly instead: string;
  /**
   * The folders the command read stories from, searched for .yaml and .yml files (`lint stories/`), with what they
   * are to it: a new YAML file in one, at any depth, is refused too, as the next run would read the report as a story.
   */
  readonly folders?: {
    readonly command: string;
    readonly list: readonly { readonly path: string; readonly shown: string }[];
    /** What the command writes, for the message: "the page" (report); "the report" where it is left out. */
    readonly written?: string;
  };
}

/** writeOutputFile's refusal: a UsageError where `path` is one of `reads`, or an existing YAML file. */
function refuseOutputOverInput(path: string, options: OutputOptions): void {
  let target;
  try {
    target = statSync(path);
  } catch {
    // Nothing there yet (or nothing that can be looked at): a new file, which the write makes or says why it can't;
    // but not a YAML file in a folder of stories read, which would be read as a story the next time.
    const folder = YAML_FILE.test(path) ? options.folders?.list.find((dir) => isInside(path, dir.path)) : undefined;
    if (folder !== undefined) {
      const { command, written = 'the report' } = options.folders!;
      throw new UsageError(
        `Won't write ${options.display}: it would be a new YAML file in ${folder.shown}, which ${command} reads, and the next ${command} would read ${written} as a story. Nothing was written; name another file, such as -o ${options.instead}.`,
      );
    }
    return;
  }
  // A device (`-o /dev/stdout`) or a folder: written through, or refused by the write in its own words.
  if (!target.isFile()) return;
  const read = options.reads.find((file) => {
    try {
      const stat = statSync(file.path);
      return stat.ino === target.ino && stat.dev === target.dev;
    } catch {
      return false;
    }
  });
  const yaml = YAML_FILE.test(path) || YAML_FILE.test(realTarget(path));
  if (read === undefined && !yaml) return;
  const what = read?.what ?? 'a YAML file, a story or a config';
  throw new UsageError(`Won't write over ${options.display}: it is ${what}, and the report would replace it. Nothing was written; name a new file, such as -o ${options.instead}.`);
}

const YAML_FILE = /\.ya?ml$/i;

/** Whether `path` is in the folder `dir` or a folder below it, both absolute, by the names they have or lead to. */
function isInside(path: string, dir: string): boolean {
  const folder = realTarget(dir);
  // The file is new, so its folder (the nearest that exists) is where a link would lead.
  let at = dirname(path);
  let rest = basename(path);
  while (!existsSync(at) && dirname(at) !== at) {
    rest = join(basename(at), rest);
    at = dirname(at);
  }
  return isBelow(join(realTarget(at), rest), folder);
}

/** Whether `path` is below the folder `dir`, by their names alone (a folder named "..drafts" is below). */
export function isBelow(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Whether `path` is the folder `dir` or below it, by their names alone. */
export function isAtOrBelow(path: string, dir: string): boolean {
  return relative(dir, path) === '' || isBelow(path, dir);
}

/** Where a symbolic link at `path` leads, or `path` itself. */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Makes the folder `dir` and those missing above it, as `mkdirSync(dir, { recursive: true, mode })` does, one at a
 * time, and throws where one can't be made. Node's own spins for ever where a folder that is there takes no new one
 * (under /proc, as XDG_CACHE_HOME=/proc/self puts the caches): it reads the ENOENT as a missing parent, makes that
 * (EEXIST), and tries again.
 */
export function makeFolders(dir: string, mode?: number): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  // A file of that name: the EEXIST Node's gives.
  if (missing.length === 0 && !statSync(dir).isDirectory()) mkdirSync(dir);
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder, { mode });
    } catch (error) {
      // Made meanwhile (by another run), or a dangling link: the next folder, or the write, says if it can't go there.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** The names a copy of `path` may take, in order: `path.bak`, then `path.bak.1`, `path.bak.2`, … */
export function backupName(path: string, attempt: number): string {
  return attempt === 0 ? `${path}.bak` : `${path}.bak.${attempt}`;
}

/** How many copies of one file may be kept: `<file>.bak`, then `.bak.1` to `.bak.99` (init's .gitignore leaves out each). */
export const MAX_BACKUPS = 100;

/**
 * Whether `path` is a plain file (or a link to one) that already holds `text`, and, given a mode, has at least
 * its permission bits: `init --force` leaves such a file alone and says so.
 */
export function holds(path: string, text: string, mode?: number): boolean {
  try {
    const stat = statSync(path);
    return stat.isFile() && (mode === undefined || (stat.mode & mode) === mode) && readFileSync(path).equals(Buffer.from(text));
  } catch {
    return false;
  }
}

/**
 * Before `path` is replaced by `text`: if it is a plain file (or a link to one) whose content differs, keep a
 * copy under the first free name of backupName's, never over an existing file. Returns the copy's path, or
 * undefined when nothing needed keeping (no file, a device, or the same content).
 */
export function keepCopyIfChanged(path: string, text: string, display = path): string | undefined {
  let old: Buffer;
  let mode: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    mode = stat.mode & 0o777;
    old = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`Can't read ${display} to keep a copy of it: ${whyNotWritten(error)}.`);
  }
  if (old.equals(Buffer.from(text))) return undefined;
  for (let attempt = 0; attempt < MAX_BACKUPS; attempt++) {
    const copy = backupName(path, attempt);
    if (writeFileAtomic(copy, old, { mode, display: backupName(display, attempt) }) === 'created') return copy;
  }
  throw new UsageError(`Can't keep a copy of ${display}: ${backupName(display, 0)} to ${backupName(display, MAX_BACKUPS - 1)} all exist. Move them away and try again.`);
}

/**
 * What an existing path to be replaced really is: 'device' for anything but a plain file (a device, a pipe,
 * a socket), the target's path for a symbolic link to a plain file, or undefined (a plain file, or nothing).
 */
function writeThrough(path: string): 'device' | string | undefined {
  let target;
  try {
    target = statSync(path);
  } catch {
    return undefined;
  }
  if (!target.isFile() && !target.isDirectory()) return 'device';
  return lstatSync(path).isSymbolicLink() ? realpathSync(path) : undefined;
}

/**
 * Why `path` could not be written, in words, or undefined where it can (as far as asking the system tells): the
 * file if it is there, else the nearest folder above it that is, where the write would make the folders it needs.
 */
export function whyNotWritable(path: string): string | undefined {
  try {
    for (let at = path; ; ) {
      let stat;
      try {
        stat = statSync(at);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(at) === at) throw error;
        at = dirname(at);
        continue;
      }
      if (at === path) {
        if (stat.isDirectory()) return 'a folder has that name';
        accessSync(at, constants.W_OK);
      } else {
        if (!stat.isDirectory()) return 'a file stands where a folder should be';
        accessSync(at, constants.W_OK | constants.X_OK);
      }
      return undefined;
    }
  } catch (error) {
    return whyNotWritten(error);
  }
}

/** Why a write failed, in words: "permission denied", "the disk is full". */
export function whyNotWritten(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (
    code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'a folder has that name'
    // mkdir -p through a file: ENOTDIR, or EEXIST when the file is the last folder asked for.
    : code === 'ENOTDIR' || code === 'EEXIST' ? 'a file stands where a folder should be'
    : code === 'ENOSPC' ? 'the disk is full'
    : code === 'EROFS' ? 'the file system is read-only'
    // A folder that takes no new files, such as /proc.
    : code === 'ENOENT' ? 'no file can be made in that folder'
    : code === 'EDQUOT' ? 'the disk quota is used up'
    : code === 'ENAMETOOLONG' ? 'the name is too long'
    : code ? `the system said ${code}`
    : (error as Error).message
  );
}

/** Remove the temporary file if it is there; where it can't be (its folder is a file), there is nothing to remove. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // ENOTDIR and the like: no temporary file was made.
  }
}

/** Give `temp` the name `path` only if nothing has it; where hard links aren't supported, copy exclusively. */
function linkNoClobber(temp: string, path: string): WriteOutcome {
  try {
    linkSync(temp, path);
    return 'created';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'exists';
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
  }
  try {
    copyFileSync(temp, path, constants.COPYFILE_EXCL);
    return 'created';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
