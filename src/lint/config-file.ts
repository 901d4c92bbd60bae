/**
 * Where the config is, the nearest `.tpm-prep.yaml` upward (within the git repository), and so where the prep
 * repo's stories are. Apart from config.ts so that finding them loads no rule.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const CONFIG_FILE = '.tpm-prep.yaml';

/**
 * The config file that applies in `cwd`: the nearest `.tpm-prep.yaml` upward, looking no further than the top of
 * the git repository `cwd` is in (the first folder up that holds a `.git`, a folder or a worktree's file, whose
 * own config counts) or else the file system's root: a config left in a home folder doesn't apply to every
 * repository under it.
 */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
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
