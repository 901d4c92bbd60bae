/**
 * Where the config is, the nearest `.tpm-prep.yaml` upward (within the git repository), and so where the prep
 * repo's stories are. Apart from config.ts so that finding them loads no rule.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { displayPath, foldersToRepoTop, foldersUpToRepoTop } from '../bank/files.js';
import { shellWord } from '../text/shell.js';
import { isAtOrBelow } from '../write.js';

export const CONFIG_FILE = '.tpm-prep.yaml';

/**
 * The config a command reads, as configFileFor (in commands/shared.ts) finds it: its file, absolute, where there is
 * one, and the name given with --config, where one was (then `path` is that file, resolved from the current folder).
 */
export interface ConfigFile {
  readonly path?: string;
  readonly named?: string;
}

/**
 * The config file that applies in `cwd`: the nearest `.tpm-prep.yaml` upward, looking no further than the top of
 * the git repository `cwd` is in (the first folder up that holds a `.git`, a folder or a worktree's file, whose
 * own config counts) or else the file system's root: a config left in a home folder doesn't apply to every
 * repository under it.
 */
export function findConfigFile(cwd: string): string | undefined {
  for (const dir of foldersUpToRepoTop(cwd)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The top of the git repository `cwd` is in: the first folder up that holds a `.git` (a folder, or a worktree's file). */
export function repoTop(cwd: string): string | undefined {
  return foldersToRepoTop(cwd).top;
}

/**
 * The `.tpm-prep.yaml` nearest above the top of the git repository `cwd` is in, which findConfigFile doesn't read
 * (deliberately), and the `stories/` beside it if there is one; undefined where findConfigFile finds a config, where
 * `cwd` is in no repository, or where there is none above. For the messages that say no bank was found here: they
 * name the config the user may have meant, and how to read it.
 */
export function configAboveRepo(cwd: string): { readonly config: string; readonly stories?: string } | undefined {
  const { folders, top } = foldersToRepoTop(cwd);
  if (top === undefined || folders.some((dir) => existsSync(join(dir, CONFIG_FILE)))) return undefined;
  for (let dir = dirname(top); ; dir = dirname(dir)) {
    const config = join(dir, CONFIG_FILE);
    if (existsSync(config)) {
      const stories = join(dir, 'stories');
      return existsSync(stories) ? { config, stories } : { config };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * configAboveRepo's config as the messages show it, where there is one: it and the stories/ beside it (if any)
 * relative to `cwd`, each as typed on a command line, and `why` it isn't read.
 */
export function skippedConfig(cwd: string): { readonly config: string; readonly stories?: string; readonly why: string } | undefined {
  const above = configAboveRepo(cwd);
  if (above === undefined) return undefined;
  const typed = (path: string) => shellWord(displayPath(path, cwd));
  const config = typed(above.config);
  const why = `${config} is above this repository's top and is not read`;
  return above.stories === undefined ? { config, why } : { config, stories: typed(above.stories), why };
}

/**
 * The stories folder a command reads when none is named, relative to `cwd`: `stories/` here, or else the
 * `stories/` beside the nearest `.tpm-prep.yaml` upward, so that a command run from a folder of the prep repo
 * (`cd stories && tpm-prep lint`) finds the bank the config belongs to. Undefined when there is neither.
 */
export function defaultStoriesDir(cwd: string): string | undefined {
  if (existsSync(join(cwd, 'stories'))) return 'stories';
  const config = findConfigFile(cwd);
  const beside = config === undefined ? undefined : join(dirname(config), 'stories');
  return beside !== undefined && existsSync(beside) ? relative(resolve(cwd), beside) || '.' : undefined;
}

/** The stories folder named, or else the default one (`stories` when there is none to find), relative to `cwd`. */
export function storiesDirOr(named: string | undefined, cwd: string): string {
  return named ?? defaultStoriesDir(cwd) ?? 'stories';
}

/**
 * The story bank's folder that `folder` (absolute) is in, where it is a sub-folder of one: the default stories folder
 * of `cwd` (defaultStoriesDir: `stories/` here or beside the nearest config) when it holds `folder`, else the nearest
 * folder named `stories` that holds it, below the nearest config and within the git repository, else `folder` itself.
 * A theme folder, `stories/cliente`, belongs to the bank `stories/`: its practice history is the bank's, beside
 * `stories/`. Outside a repository, where no config marks the prep folder either, the nearest `stories` counts when it
 * is no higher than `cwd` (or, for a folder outside it, the folder holding both), when the folder named or `cwd` is a
 * theme folder directly in it (`cd stories/cliente && drill .`), or when its prep folder has the practice folder
 * `.tpm-prep/` beside it. The walk stops at that nearest `stories`: one far above, found by walking on to the file
 * system's root, is somebody else's folder, not this bank, and its folder is no place to write a practice history.
 */
export function bankFolderOf(folder: string, cwd: string): string {
  const full = resolve(folder);
  const fallback = defaultStoriesDir(cwd);
  if (fallback !== undefined && isAtOrBelow(full, resolve(cwd, fallback))) return resolve(cwd, fallback);
  const { folders, top } = foldersToRepoTop(full);
  const here = resolve(cwd);
  let bound = top ?? here;
  // (On Windows a folder on another drive is below no folder of cwd's: the walk ends at the drive's root.)
  while (!isAtOrBelow(full, bound) && dirname(bound) !== bound) bound = dirname(bound);
  for (const dir of folders) {
    if (basename(dir) === 'stories') return top !== undefined || isAtOrBelow(dir, bound) || bankHolds(dir, full, here) ? dir : full;
    // Not past the top of the repository, nor past a prep folder's config: a `stories` above is another bank.
    if (dir === top || existsSync(join(dir, CONFIG_FILE))) return full;
  }
  return full;
}

/** Outside a repository, whether the `stories` folder above is the bank of the folder named or of `cwd`: see bankFolderOf. */
function bankHolds(stories: string, full: string, cwd: string): boolean {
  return dirname(full) === stories || dirname(cwd) === stories || existsSync(join(dirname(stories), '.tpm-prep'));
}
