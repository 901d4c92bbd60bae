/**
 * Helpers for the integration tests: the copy-paste recipes of the README and docs/commands.md (each fenced block
 * after a `<!-- recipe: name -->` comment, so the tests run exactly what the docs show), throwaway folders and
 * git repositories, and a prep repo where `tpm-prep` and `npx tpm-prep` resolve to this checkout.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ROOT, pathWithoutTpmPrep } from '../helpers.js';
import { expect } from 'vitest';

/** The files that hold recipes: the README keeps the short ones, docs/commands.md the rest. */
const RECIPE_FILES = ['README.md', 'docs/commands.md'];

/** The `nth` fenced block (0: the recipe itself, 1: the output shown after it) after the recipe's marker. */
export function recipe(name: string, nth = 0): string {
  const marker = `<!-- recipe: ${name} -->`;
  const holders = RECIPE_FILES.map((file) => readFileSync(join(ROOT, file), 'utf8')).filter((text) => text.includes(marker));
  // In exactly one file, once: two copies could drift apart, and only one would be tested.
  if (holders.length !== 1 || holders[0]!.indexOf(marker) !== holders[0]!.lastIndexOf(marker)) {
    throw new Error(`${RECIPE_FILES.join(' and ')} hold ${marker} ${holders.length === 0 ? 'nowhere' : 'more than once'}`);
  }
  const text = holders[0]!;
  const blocks = [...text.slice(text.indexOf(marker) + marker.length).matchAll(/```[a-z]*\n([\s\S]*?)```/g)];
  if (!blocks[nth]) throw new Error(`No fenced block ${nth} after ${marker}`);
  return blocks[nth][1]!;
}

const made: string[] = [];

/** A new empty folder, removed by `cleanUp`. */
export function tempDir(prefix = 'tpm-prep-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The environment for a child: no colour, git identity set, no tpm-prep on PATH but this checkout's, and that only if asked. */
export function childEnv(extra: NodeJS.ProcessEnv = {}, withBin?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // No tpm-prep of the user's (`npm link`'s) on the PATH: the test's own, if it asks for one (pathWithoutTpmPrep).
    PATH: pathWithoutTpmPrep(),
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: 'init.defaultBranch',
    GIT_CONFIG_VALUE_0: 'main',
    GIT_CONFIG_KEY_1: 'commit.gpgsign',
    GIT_CONFIG_VALUE_1: 'false',
    ...extra,
  };
  if (withBin) env.PATH = `${withBin}${delimiter}${env.PATH ?? ''}`;
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env;
}

export function run(command: string, args: string[], cwd: string, env = childEnv(), timeout = 60_000): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout });
}

export function sh(script: string, cwd: string, env = childEnv(), timeout = 60_000): SpawnSyncReturns<string> {
  return run('bash', ['-c', script], cwd, env, timeout);
}

export function git(cwd: string, ...args: string[]): SpawnSyncReturns<string> {
  return run('git', args, cwd);
}

/** A folder holding only a `tpm-prep` link to this checkout's bin, to put first on PATH. */
export function binDir(): string {
  const dir = tempDir('tpm-prep-bin-');
  symlinkSync(join(ROOT, 'bin', 'tpm-prep.js'), join(dir, 'tpm-prep'));
  return dir;
}

/**
 * A git repository with tpm-prep as a dependency the way npm installs one (node_modules/tpm-prep and its
 * bin link), so `npx --no --offline tpm-prep` finds it without any network.
 */
export function prepRepo(): string {
  const dir = tempDir('tpm-prep-repo-');
  expectOk(git(dir, 'init', '-q'));
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules', 'tpm-prep'), 'dir');
  symlinkSync('../tpm-prep/bin/tpm-prep.js', join(dir, 'node_modules', '.bin', 'tpm-prep'));
  appendFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules/\n');
  return dir;
}

export function expectOk(result: SpawnSyncReturns<string>): SpawnSyncReturns<string> {
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stdout}\n${result.stderr}\n${result.error ?? ''}`);
  return result;
}

export const WEAK = join(ROOT, 'test', 'fixtures', 'weak', 'all-four.yaml');
export const STRONG = join(ROOT, 'stories', 'curbside-pickup-launch.yaml');

/** Commit a weak story (expected refused, naming a rule) and then a strong one (expected through), in `env` (pre-commit's home, say). */
export function expectWeakRefusedStrongAccepted(repo: string, env = childEnv()): void {
  copyFileSync(WEAK, join(repo, 'stories', 'weak.yaml'));
  expectOk(git(repo, 'add', 'stories/weak.yaml'));
  const refused = run('git', ['commit', '-q', '-m', 'weak story'], repo, env);
  expect(refused.status).not.toBe(0);
  expect(refused.stdout + refused.stderr).toContain('missing-metric');
  expectOk(git(repo, 'rm', '-q', '--cached', 'stories/weak.yaml'));

  copyFileSync(STRONG, join(repo, 'stories', 'strong.yaml'));
  expectOk(git(repo, 'add', 'stories/strong.yaml'));
  expectOk(run('git', ['commit', '-q', '-m', 'strong story'], repo, env));
  expect(git(repo, 'log', '--format=%s', '-1').stdout.trim()).toBe('strong story');
}

/**
 * Fills `folder` with a bank of many files: each story this repository ships, and a copy of each under another name
 * (the same id, so each story and its copy are a duplicate-id, each naming the other). Returns how many stories share
 * an id: every one of them. Enough files that pre-commit, given them, would split them across parallel runs on a
 * machine of two cores or more.
 */
export function bankWithCopies(folder: string): number {
  const shipped = readdirSync(join(ROOT, 'stories')).filter((f) => f.endsWith('.yaml'));
  for (const file of shipped) {
    copyFileSync(join(ROOT, 'stories', file), join(folder, file));
    copyFileSync(join(ROOT, 'stories', file), join(folder, `copy-of-${file}`));
  }
  return shipped.length * 2;
}

/** How many lint summaries (`✖ N problems`) and duplicate-id findings a hook's output holds, stylish. */
export function summariesAndDuplicates(output: string): { summaries: number; duplicates: number } {
  return { summaries: output.match(/^✖ \d+ problems?\b/gm)?.length ?? 0, duplicates: output.match(/ duplicate-id$/gm)?.length ?? 0 };
}

/**
 * The hook `init --hook` wrote before its warnings line named the files with warnings (286827e's), from the one it
 * writes now at a repository's top (`current`): that line named `lint --staged`, which finds nothing staged once the
 * commit is made. The older hooks are derived from it in turn, each checked against the digest init knows it by.
 */
export function hookBeforeNamedFiles(current: string): string {
  const swap = (text: string, now: string, then: string) => {
    expect(text).toContain(now);
    return text.replace(now, () => then);
  };
  const named = swap(
    current,
    String.raw`# one can hold several stories), and the command that shows them: lint on those files by name, which still finds
# them once the commit is made (lint --staged then finds nothing staged).
files=$(printf '%s\n' "$out" | grep ': warning ' | sed 's/:[0-9][0-9]*:[0-9][0-9]*: warning .*$//' | sort -u)
warned=$(printf '%s\n' "$files" | wc -l)
`,
    String.raw`# one can hold several stories), and the command that shows them as the hook saw them.
warned=$(printf '%s\n' "$out" | grep ': warning ' | sed 's/:[0-9][0-9]*:[0-9][0-9]*: warning .*$//' | sort -u | wc -l)
`,
  );
  return swap(
    named,
    String.raw`# Each name in single quotes where the shell needs them (a character other than a letter, a digit or ._/-).
named=$(printf '%s\n' "$files" | sed "\%^[A-Za-z0-9_./-]*\$%!{s/'/'\\\\''/g;s/^/'/;s/\$/'/;}" | tr '\n' ' ')
` + 'say "tpm-prep: $warnings warning$s in $where; see them with: $shown lint ${named% }"\n',
    String.raw`say "tpm-prep: $warnings warning$s in $where; see them with: $shown lint --staged"
`,
  );
}

export function onPath(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).status === 0;
}
