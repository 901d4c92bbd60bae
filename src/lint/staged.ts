/**
 * `lint --staged`: the story files staged for the next commit, each as it will be committed, as the git hook `init
 * --hook` writes lints them: a file whose working copy is what is staged is read from the file (and lint's cache
 * serves it), and one with changes not staged (`git add -p`, an edit after `git add`) from the index. So a fix left
 * unstaged doesn't hide a staged error, and an error left unstaged doesn't stop a staged fix.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GLOB_CHARS, STORY_FILE, describeError, displayPath, type Here } from '../bank/files.js';
import { UsageError } from '../errors.js';

export interface Staged {
  /** Staged story files whose working copy is what is staged, as shown from the working folder. */
  readonly files: string[];
  /** Staged story files with changes not staged: their staged bytes, from the index. */
  readonly fromIndex: { readonly path: string; readonly bytes: Buffer }[];
}

/**
 * The story files (*.yaml, *.yml, or a file named) staged under `paths`, files, folders or globs from `cwd`, added,
 * copied, modified or renamed (a file deleted is not committed, so there is nothing to lint). A UsageError where git
 * isn't installed, `cwd` is in no git repository or inside its .git folder, or a path (not a glob) is neither in the
 * working tree nor in the index: said as lint says a missing path (`here`, as lint's), since a hook's typo would
 * otherwise turn the check off.
 */
export function stagedStories(paths: readonly string[], cwd: string, here?: Here): Staged {
  const run = (args: readonly string[], at: string) => spawnSync('git', args, { cwd: at, maxBuffer: 256 * 1024 * 1024 });
  const top = run(['rev-parse', '--show-toplevel'], cwd);
  if (top.error) throw new UsageError("--staged lints what git has staged, and git isn't installed; lint the files instead, as in tpm-prep lint stories/.");
  if (top.status !== 0) {
    // Inside .git, git has a repository but no working tree to name the paths from.
    if (run(['rev-parse', '--is-inside-git-dir'], cwd).stdout?.toString('utf8').trim() === 'true') {
      throw new UsageError('--staged lints what git has staged, and this folder is inside the .git folder: run it from the working tree, as in tpm-prep lint --staged stories/.');
    }
    throw new UsageError(`--staged lints what git has staged, and this folder is in no git repository; lint the files instead, as in tpm-prep lint stories/.`);
  }
  const root = top.stdout.toString('utf8').trim();
  // From the top, where the names git gives are relative to, with the paths as absolute pathspecs.
  const git = (...args: string[]): Buffer => {
    const done = run(args, root);
    if (done.status !== 0) throw new UsageError(`--staged: git ${args[0]} failed: ${done.stderr.toString('utf8').trim().split('\n')[0] ?? ''}`);
    return done.stdout;
  };
  const names = (buffer: Buffer) => buffer.toString('utf8').split('\0').filter(Boolean);
  const pathspecs = paths.map((path) => resolve(cwd, path));
  paths.forEach((path, i) => {
    if (GLOB_CHARS.test(path)) return;
    try {
      statSync(pathspecs[i]!);
    } catch (error) {
      // A file staged and then deleted from the working tree is still in the index, and linted from there; one
      // whose deletion is staged has nothing to lint.
      const known = (...args: string[]) => names(git(...args, '-z', '--', pathspecs[i]!)).length > 0;
      if (!known('ls-files') && !known('diff', '--cached', '--name-only', '--diff-filter=D')) throw new UsageError(describeError(path, error, cwd, here));
    }
  });
  const named = new Set(pathspecs);
  const staged = names(git('diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z', '--', ...pathspecs)).filter((name) => STORY_FILE.test(name) || named.has(resolve(root, name)));
  const unstaged = new Set(names(git('diff', '--name-only', '-z', '--', ...pathspecs)));
  const files: string[] = [];
  const fromIndex: { path: string; bytes: Buffer }[] = [];
  for (const name of staged) {
    const path = displayPath(resolve(root, name), cwd);
    if (unstaged.has(name)) fromIndex.push({ path, bytes: git('cat-file', 'blob', `:${name}`) });
    else files.push(path);
  }
  return { files, fromIndex };
}
