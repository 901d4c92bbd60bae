/**
 * `tpm-prep init [dir]`: scaffold a personal prep repo: a template story, the editor schema, a config that
 * lists every rule, a .gitignore, a .gitattributes, and optionally a git pre-commit hook or a pre-commit config
 * (both at the repository's top, where git and pre-commit look for them, when the prep repo is in a folder below it).
 * It never replaces a file without --force, keeps a copy (<file>.bak) of one --force changes, and writes each
 * file atomically. The exceptions are what an earlier tpm-prep wrote: its git hook (known by its marker line),
 * which --hook updates, keeping a copy unless it is word for word one an earlier tpm-prep wrote, leaving another
 * tool's hook alone (pre-commit's even with --force); and
 * its .gitignore, .gitattributes or (with --pre-commit) .pre-commit-config.yaml, word for word, which is brought
 * up to date.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, delimiter, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { displayPath, expandPaths, globToRegExp } from '../bank/files.js';
import { storyJsonSchema } from '../bank/json-schema.js';
import { SCHEMA_FILE } from '../bank/template.js';
import { UsageError } from '../errors.js';
import { sha256 } from '../hash.js';
import type { Io } from '../io.js';
import { CONFIG_FILE } from '../lint/config.js';
import { isObject } from '../shape.js';
import { holds, keepCopyIfChanged, whyNotWritten, writeFileAtomic } from '../write.js';
import { shellWord, shellWords, singleQuoted } from '../text/shell.js';
import {
  EARLIER_GITATTRIBUTES,
  EARLIER_GITIGNORES,
  EARLIER_GIT_HOOKS,
  EARLIER_PRE_COMMIT_CONFIGS,
  GITATTRIBUTES,
  GITIGNORE,
  HISTORY_FILE,
  HISTORY_MERGE,
  PRE_COMMIT_CONFIG,
  REPORT_PAGE,
  SARIF_REPORT,
  configYaml,
  gitHook,
  subFolderHook,
  templateStory,
} from './init-files.js';

export interface InitOptions {
  readonly force?: boolean;
  readonly hook?: boolean;
  readonly preCommit?: boolean;
}

export const TEMPLATE_STORY = 'stories/my-first-story.yaml';

interface Planned {
  readonly path: string;
  readonly text: string;
  readonly mode?: number;
  /** Replaced without --force: the git hook an earlier tpm-prep wrote, or a .gitignore or .gitattributes as an earlier one wrote it. */
  readonly update?: boolean;
  /** The file holds only what an earlier tpm-prep wrote: replaced, it needs no copy. */
  readonly earlier?: boolean;
  /** For a file left as it is: what it lacks, said on its `skipped` line. */
  readonly lacks?: string;
  /** What the file is, said on the line that says it was written. */
  readonly note?: string;
}

export function initCommand(dir: string | undefined, options: InitOptions, io: Io): number {
  if (options.hook && options.preCommit) throw new UsageError('Choose one of --hook (a plain git hook) and --pre-commit (a pre-commit config).');
  const root = resolve(io.cwd, dir ?? '.');
  checkFolder(root, io.cwd);
  // A bank of the user's own needs no template: deleted once, it stays deleted on the next run.
  const ownStories = storiesIn(join(root, dirname(TEMPLATE_STORY)));
  const files: Planned[] = [
    ...(ownStories ? [] : [{ path: join(root, TEMPLATE_STORY), text: templateStory() }]),
    { path: join(root, SCHEMA_FILE), text: JSON.stringify(storyJsonSchema(), null, 2) + '\n' },
    { path: join(root, CONFIG_FILE), text: configYaml() },
    gitignore(join(root, '.gitignore')),
    gitattributes(join(root, '.gitattributes')),
  ];
  let hookPath: string | undefined;
  // A pre-commit hook that is the user's to edit, with the line to add to it: husky's (git runs only husky's
  // hooks), or one tpm-prep didn't write. The rest of the scaffold is written all the same.
  let left: LeftHook | undefined;
  // Where the hook is written beside a pre-commit config: what `pre-commit install` would do to it.
  let preCommitBeside: string | undefined;
  // The repository the hook goes in: the prep repo is its top, or a folder below it (a monorepo's), whose bank the
  // hook at the top lints from there.
  const repo = options.hook ? hookRepo(root, io.cwd) : undefined;
  if (repo !== undefined && !options.force) refuseOuterRepo(repo, root, io);
  if (repo !== undefined && typeof repo.hooks === 'object') left = huskySetUp(repo, repo.hooks.husky);
  else if (repo !== undefined) {
    const hook = join(repo.hooks as string, 'pre-commit');
    // tpm-prep's own hook is brought up to date; someone else's is theirs to change.
    const owner = hookOwner(hook, displayPath(hook, io.cwd));
    // pre-commit's shim runs the hooks of its config: a line added to it is lost at its next install, so it is
    // never changed, even with --force.
    if (owner === 'pre-commit') left = preCommitSetUp(repo, hook, io.cwd);
    else if (owner === 'other' && !options.force) {
      left = leftHook(repo, hook, `${displayPath(hook, io.cwd)} is not one tpm-prep wrote, so it is left as it is`, ' (or move it away and run init --hook again)');
    } else {
      hookPath = hook;
      // One an earlier tpm-prep wrote, word for word, holds nothing of the user's: it is updated with no copy kept.
      files.push({
        path: hook,
        text: gitHook(repo.sub),
        mode: 0o755,
        update: owner === 'tpm-prep',
        earlier: owner === 'tpm-prep' && earlierHook(hook),
        // Below the top, the hook is not beside the scaffold: its line says where it is and what it lints.
        ...(repo.sub === undefined ? {} : { note: `the repository's hook, at its top: it lints the stories staged in ${repo.sub}/stories/, from ${repo.sub}/` }),
      });
      preCommitBeside = preCommitBesideHook(repo, hook, io.cwd);
    }
  }
  // pre-commit reads only the config at the repository's top: for a prep repo below it, the hook goes there.
  const below = options.preCommit ? repoTop(root) : undefined;
  const topConfig = typeof below === 'object' && below.sub !== undefined ? topPreCommitConfig(below.top, below.sub, root, io.cwd) : undefined;
  if (topConfig?.file) files.push(topConfig.file);
  else if (options.preCommit && topConfig === undefined) files.push(preCommitConfig(join(root, '.pre-commit-config.yaml')));

  if (ownStories) io.stdout(`skipped  ${displayPath(join(root, TEMPLATE_STORY), io.cwd)} (${displayPath(join(root, dirname(TEMPLATE_STORY)), io.cwd)}/ has your stories)\n`);
  // Said right after the hook's line, written or not, while the hook won't find tpm-prep.
  const findsTpmPrep = (path: string) => {
    if (path === hookPath && !hookFindsTpmPrep(root, repo!.top, io.env)) io.stdout(`${HOOK_CANT_FIND}\n`);
  };
  // Files left as they were because they exist: what --force would replace (the `skipped` lines say which).
  let existing = 0;
  for (const file of files) {
    const shown = displayPath(file.path, io.cwd);
    const replace = options.force || file.update;
    if (replace && holds(file.path, file.text, file.mode)) {
      io.stdout(`skipped  ${shown} (unchanged)\n`);
      findsTpmPrep(file.path);
      continue;
    }
    const kept = replace && !file.earlier ? keepCopyIfChanged(file.path, file.text, shown) : undefined;
    const outcome = writeFileAtomic(file.path, file.text, { overwrite: replace, mode: file.mode, display: shown });
    if (outcome === 'exists') existing++;
    const said = [file.note, kept === undefined ? undefined : `${file.update ? 'the old one' : 'yours'} is kept as ${displayPath(kept, io.cwd)}`].filter(Boolean);
    const copy = said.length === 0 ? '' : ` (${said.join('; ')})`;
    const done = file.update && outcome === 'replaced' ? 'updated' : outcome;
    io.stdout(outcome === 'exists' ? `skipped  ${shown} (exists${file.lacks ? `, ${file.lacks}` : ''})\n` : `${done.padEnd(8)} ${shown}${copy}\n`);
    findsTpmPrep(file.path);
  }
  if (left?.runsTpmPrep) io.stdout(`skipped  ${displayPath(left.preCommit, io.cwd)} (${left.runsTpmPrep})\n`);
  if (preCommitBeside !== undefined) io.stdout(`${preCommitBeside}\n`);
  const hookBeside = typeof below === 'object' ? hookBesidePreCommit(below.top, io.cwd) : undefined;
  if (hookBeside !== undefined) io.stdout(`${hookBeside}\n`);
  for (const line of topConfig?.said ?? []) io.stdout(`${line}\n`);
  // Not a count: the lines above say which files, with other `skipped` lines (unchanged, your stories) among them.
  if (existing === 1) io.stdout('--force replaces the file marked (exists), keeping a copy if it changes it.\n');
  if (existing > 1) io.stdout('--force replaces the files marked (exists), keeping a copy of each it changes.\n');
  const next = ownStories ? '' : `fill in ${displayPath(join(root, TEMPLATE_STORY), io.cwd)}, then `;
  io.stdout(`Next: ${next}run \`tpm-prep lint\`${dir && dir !== '.' ? ` in ${dir}` : ''}.\n`);
  if (topConfig?.advice) {
    // The config asked for is not in place: exit 2, as for --hook, with the rest done.
    io.stderr(topConfig.advice);
    return 2;
  }
  if (left === undefined || left.runsTpmPrep) return 0;
  // The hook asked for is not in place: exit 2, as for any --hook that can't be written, with the rest done.
  io.stderr(leftNote(left, io.cwd));
  return 2;
}

/**
 * The one line of the README's husky recipe, for `.husky/pre-commit` (or a hook of the user's own): where a story is
 * staged, it lints the staged stories as they will be committed (`lint --staged`), as the hook `init --hook` writes
 * does, so a fix left unstaged doesn't hide a staged error.
 */
export const HUSKY_LINE = `git diff --cached --quiet --diff-filter=ACMR -- 'stories/*.yaml' 'stories/*.yml' || npx --no --offline tpm-prep lint --staged`;

/**
 * The husky line for the bank of the prep repo `sub` (a folder below the repository's top, '/'-joined), as the
 * README's sub-folder recipe has it: git (run from the top, as hooks are) looks for staged stories in its stories/,
 * and lint runs from it, so its config applies. At the top, HUSKY_LINE.
 */
export function huskyLine(sub?: string): string {
  if (sub === undefined) return HUSKY_LINE;
  // In a pathspec, the folder's own [, ], *, ? and \ are escaped, so "p[x]" is that folder, not a class of one letter.
  const pattern = (ext: string) => singleQuoted(`${sub.replace(/[[\]*?\\]/g, '\\$&')}/stories/*.${ext}`);
  return `git diff --cached --quiet --diff-filter=ACMR -- ${pattern('yaml')} ${pattern('yml')} || (cd ${shellWord(sub)} && npx --no --offline tpm-prep lint --staged)`;
}

/**
 * An earlier recipe's line, which linted the staged stories' working copies: an unstaged fix hid a staged error.
 * Found in a hook, it is said to be replaced.
 */
const WORKING_COPY_LINE = /\bgit diff --cached --name-only\b[^\n]*\|\s*xargs\b[^\n]*\btpm-prep lint\b(?![^\n]*--staged)/;

/** The entry of the README's lint-staged recipe, for the "lint-staged" object of package.json. */
export const LINT_STAGED_ENTRY = `"stories/**/*.{yaml,yml}": "tpm-prep lint"`;

/**
 * The lint-staged entry for the bank of the prep repo `sub` below the repository's top: lint-staged matches a pattern
 * with a slash from package.json's folder, and lint finds the config above the files it is given, the prep repo's.
 * The folder's name is matched as it is (lintStagedLiteral), and the pattern is a JSON string, quotes and all.
 */
const lintStagedEntry = (sub?: string): string =>
  sub === undefined ? LINT_STAGED_ENTRY : `${JSON.stringify(`${lintStagedLiteral(sub)}/stories/**/*.{yaml,yml}`)}: "tpm-prep lint"`;

/**
 * `text` in a lint-staged pattern (picomatch's glob, micromatch's before lint-staged 16), matching itself: each
 * character its globs read (`*`, `?`, `[x]`, `{a,b}`, a leading `!`, extglobs' `+(…)` and `@(…)`, quotes) is escaped
 * with a backslash, so "p[x]" is that folder, not a class of one letter.
 */
export function lintStagedLiteral(text: string): string {
  return text.replace(/[\\*?[\]{}()!@+^$|"']/g, '\\$&');
}

/** A pre-commit hook --hook leaves to the user, who adds the line of the README's husky recipe to it. */
interface LeftHook {
  /** The line to add: the husky recipe's, or for a prep repo below the repository's top, its sub-folder one's. */
  readonly line: string;
  /** The prep repo's folder from the repository's top, where it is below the top. */
  readonly sub?: string;
  /** Why --hook writes no hook: husky's core.hooksPath, or a hook tpm-prep didn't write. */
  readonly why: string;
  /** What else the user may do, said after the hook's name. */
  readonly orElse: string;
  /** The hook that is the user's to edit: `.husky/pre-commit`, or the pre-commit hook already there. */
  readonly preCommit: string;
  /** package.json has lint-staged (its config, or the package), so its recipe is the other way. */
  readonly lintStaged: boolean;
  /** How the hook already runs tpm-prep, if it does: then there is nothing to add. */
  readonly runsTpmPrep?: string;
  /** What to do instead of adding the husky line, where that is not the way (pre-commit's hook). */
  readonly instead?: string;
}

/** What `init --hook` finds where husky has the hooks (`.husky/_` since husky 9, `.husky` before): where its pre-commit is. */
function huskySetUp(repo: HookRepo, hooksPath: string): LeftHook {
  const folder = hooksPath.replace(/(?:^|([\\/]))\.husky(?:[\\/].*)?$/, '$1.husky');
  const preCommit = join(isAbsolute(folder) ? folder : join(repo.top, folder), 'pre-commit');
  return leftHook(repo, preCommit, `core.hooksPath is ${hooksPath}, husky's, so git runs only husky's hooks`, '');
}

/**
 * The hook `preCommit` left to the user, and whether it lints stories already (the husky line, or lint-staged running
 * tpm-prep). For a prep repo below the repository's top, a hook that runs tpm-prep lint, or a lint-staged entry that
 * does, counts only if it names the prep repo's folder: another bank's line lints another bank.
 */
function leftHook(repo: HookRepo, preCommit: string, why: string, orElse: string): LeftHook {
  const hook = readOrEmpty(preCommit);
  const line = huskyLine(repo.sub);
  let pkg: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(readOrEmpty(join(repo.top, 'package.json')) || '{}') as unknown;
    if (parsed !== null && typeof parsed === 'object') pkg = parsed as Record<string, unknown>;
  } catch {
    // A package.json that isn't JSON: npm will say so; here it only means no lint-staged to suggest.
  }
  const depends = (field: string) => typeof pkg[field] === 'object' && pkg[field] !== null && 'lint-staged' in (pkg[field] as object);
  const lintStaged = 'lint-staged' in pkg || depends('devDependencies') || depends('dependencies');
  const ours = (said: string) => repo.sub === undefined || namesFolder(said, repo.sub);
  const running = runsBeforeExit(hook);
  const lints = running.split('\n').filter((l) => /\btpm-prep\b[^\n]*\blint\b/.test(l) && ours(l));
  const runs = lints.length > 0
    ? lints.some((l) => WORKING_COPY_LINE.test(l))
      ? `runs tpm-prep lint already, but on the working copy of each staged story, so a fix not staged hides a staged error: to lint them as staged, replace its line with ${line}`
      : 'runs tpm-prep lint already'
    : /\blint-staged\b/.test(hook) &&
        Object.entries(isObject(pkg['lint-staged']) ? pkg['lint-staged'] : {}).some(
          // A pattern in the folder: its name as the entry init gives has it (escaped), or as it is.
          ([glob, run]) =>
            /\btpm-prep\b/.test(JSON.stringify(run)) &&
            (repo.sub === undefined || [repo.sub, lintStagedLiteral(repo.sub)].some((folder) => glob.replace(/^\.\//, '').startsWith(`${folder}/`))),
        )
      ? 'runs lint-staged, which runs tpm-prep lint'
      : undefined;
  return { why, orElse, preCommit, lintStaged, line, ...(repo.sub === undefined ? {} : { sub: repo.sub }), ...(runs ? { runsTpmPrep: runs } : {}) };
}

/**
 * The lines of a shell hook that can run: not comments, and none after a line of its own that ends it (`exit 0`,
 * `exec …`), where a line added at the end as told would never run (a review found `init --hook` counting one).
 */
function runsBeforeExit(hook: string): string {
  const lines: string[] = [];
  for (const line of hook.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    // (`exec < /dev/tty` only redirects the hook's input, and the hook goes on.)
    if (/^\s*(?:exit\b|exec\s+(?![<>&\d]))/.test(line)) break;
    lines.push(line);
  }
  return lines.join('\n');
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Why --hook wrote no hook, and what to add instead: the line of the README's husky recipe, on a line of its
 * own to copy, and where package.json has lint-staged, its recipe's entry as the other way.
 */
function leftNote(left: LeftHook, cwd: string): string {
  if (left.instead) return `tpm-prep: --hook wrote no git hook: ${left.why}. ${left.instead}\n`;
  const preCommit = displayPath(left.preCommit, cwd);
  const stories = left.sub === undefined ? 'the staged stories' : `the stories staged in ${left.sub}/stories/`;
  const lines = [
    `tpm-prep: --hook wrote no git hook: ${left.why}. To lint ${stories} at each commit, as they will be committed, add this line to ${preCommit}, above any exit or exec line in it${left.orElse}:`,
    left.line,
  ];
  if (left.lintStaged) {
    lines.push(`tpm-prep: or, as this repo has lint-staged, add ${lintStagedEntry(left.sub)} to "lint-staged" in package.json, with \`npx lint-staged\` in ${preCommit} (the README's lint-staged recipe).`);
  }
  return lines.join('\n') + '\n';
}

/** Whether `folder` holds a story file other than the template, found as lint would find it. */
function storiesIn(folder: string): boolean {
  return expandPaths([folder], folder).files.some((file) => basename(file) !== basename(TEMPLATE_STORY));
}

function checkFolder(root: string, cwd: string): void {
  try {
    if (!statSync(root).isDirectory()) throw new UsageError(`${displayPath(root, cwd)} is a file; name a folder for the prep repo.`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`Can't use ${displayPath(root, cwd)}: ${(error as NodeJS.ErrnoException).code}.`);
  }
}

/** The git repository `init --hook` puts its hook in. */
interface HookRepo {
  /** Its top, where git runs hooks from. */
  readonly top: string;
  /** The prep repo's folder from the top, '/'-joined ('career/interview'), where it is below the top (a monorepo's). */
  readonly sub?: string;
  /** Its hooks folder (honouring core.hooksPath and worktrees), or where husky has the hooks, core.hooksPath as set. */
  readonly hooks: string | { readonly husky: string };
}

/**
 * The git repository the prep repo `root` is in, at its top or in a folder below it (one init will make counts as
 * where it will be). A folder in no repository gets the `git init` advice; a sub-folder of one is no reason for a
 * repository of its own, nested in it.
 */
function hookRepo(root: string, cwd: string): HookRepo {
  const shown = relative(cwd, root).split(sep).join('/') || '.';
  const found = repoTop(root);
  if (found === 'no git') throw new UsageError("--hook writes a git hook, and git isn't installed; install git, or use --pre-commit.");
  if (found === 'in .git') throw new UsageError(`--hook: ${shown} is inside a repository's .git folder; name a folder of its working tree for the prep repo.`);
  if (found === 'none') throw new UsageError(`--hook needs a git repository, and ${shown} is in none: run \`git init ${shellWord(shown)}\` first, or use --pre-commit.`);
  const { top: topDir, sub } = found;
  const hooks = git(topDir, 'rev-parse', '--git-path', 'hooks').stdout.trim();
  // husky points core.hooksPath at its own folder, whose scripts it writes anew: a hook put there is lost, and
  // git runs only the ones husky keeps.
  const hooksPath = git(topDir, 'config', 'core.hooksPath').stdout.trim();
  return {
    top: topDir,
    ...(sub === undefined ? {} : { sub }),
    hooks: /(?:^|[\\/])\.husky(?:[\\/]|$)/.test(hooksPath) ? { husky: hooksPath } : isAbsolute(hooks) ? hooks : join(topDir, hooks),
  };
}

/**
 * A fresh prep repo (no stories/ yet) below the top of a repository that is no project of its own: one whose top is
 * your home folder or above it (a dotfiles repository in ~), or one that ignores the folder. The hook would go in that
 * repository's .git/hooks and run at each of its commits, which two users' trials did not expect. A monorepo's
 * sub-folder (docs/commands.md, "In a folder below the repository's top"), whose repository is a project below your
 * home, and a bank that is there already, whose hook init brings up to date, are not refused; --force goes ahead.
 */
function refuseOuterRepo(repo: HookRepo, root: string, io: Io): void {
  if (repo.sub === undefined || existsSync(join(root, dirname(TEMPLATE_STORY)))) return;
  const home = io.env.HOME || io.env.USERPROFILE;
  const top = safeRealpath(repo.top);
  const homeOrAbove = home !== undefined && home !== '' && !relative(top, safeRealpath(home)).startsWith('..');
  const ignored = !homeOrAbove && git(repo.top, 'check-ignore', '-q', '--', `${repo.sub}/${TEMPLATE_STORY}`).status === 0;
  if (!homeOrAbove && !ignored) return;
  const shown = repo.top;
  const folder = relative(io.cwd, root) === '' ? 'This folder' : displayPath(root, io.cwd);
  const which = homeOrAbove ? `${shown} (${top === safeRealpath(home!) ? 'your home folder' : 'above your home folder'})` : `${shown} (which ignores ${repo.sub}/)`;
  const here = relative(io.cwd, root) === '' ? '`git init`' : `\`git init ${shellWord(displayPath(root, io.cwd))}\``;
  throw new UsageError(`--hook: ${folder} has no repository of its own, only the one at ${which}, and the hook would lint at that repository's every commit. Run ${here} first, or pass --force to put the hook there.`);
}

const git = (where: string, ...args: string[]) => spawnSync('git', args, { cwd: where, encoding: 'utf8' });

/**
 * The top of the git repository the prep repo `root` is in (one init will make counts as where it will be), and the
 * prep repo's folder from there, '/'-joined, where it is below the top; or why there is none: git isn't installed,
 * `root` is in no repository, or it is inside one's .git folder.
 */
function repoTop(root: string): { top: string; sub?: string } | 'no git' | 'none' | 'in .git' {
  // The prep repo's folder, or where init will make it, the nearest folder above it that is there.
  let at = root;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  const top = git(at, 'rev-parse', '--show-toplevel');
  if (top.error) return 'no git';
  if (top.status !== 0) return git(at, 'rev-parse', '--is-inside-git-dir').stdout?.trim() === 'true' ? 'in .git' : 'none';
  const topDir = top.stdout.trim();
  const sub = relative(safeRealpath(topDir), join(safeRealpath(at), relative(at, root))).split(sep).join('/');
  return { top: topDir, ...(sub === '' ? {} : { sub }) };
}

/** What to do when tpm-prep is neither on the PATH nor in the repo's node_modules/.bin: the README's install line. */
const INSTALL = 'run `npm install` and then `npm link` (or `npm install -g .`) in your clone of tpm-prep, or add it to this repo as a dev dependency';

/** Said by init after the hook's line, when the hook won't find tpm-prep. */
const HOOK_CANT_FIND = `The hook won't find tpm-prep (it is neither on your PATH nor in node_modules/.bin here), so it will stop every commit with a story in it: ${INSTALL}.`;

/**
 * Whether the hook will find tpm-prep as it looks for it: `command -v tpm-prep`, then node_modules/.bin in the prep
 * repo `root` (the repository's top, or the folder below it the hook lints from), then at the top.
 */
function hookFindsTpmPrep(root: string, top: string, env: NodeJS.ProcessEnv): boolean {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const bin = (dir: string) => join(dir, 'node_modules', '.bin', 'tpm-prep');
  return [...dirs.map((dir) => join(resolve(root, dir), 'tpm-prep')), bin(root), bin(top)].some(executable);
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The line every git hook tpm-prep has written carries, from the first version on: how it knows its own. */
const HOOK_MARKER = /^# Written by `tpm-prep init --hook`/m;

/** The line the hook `pre-commit install` writes carries (pre-commit 1.x to 4.x), which runs the hooks of its config. */
const PRE_COMMIT_MARKER = /^# File generated by pre-commit: https:\/\/pre-commit\.com/m;

/** Whether the hook at `path` is missing, one tpm-prep wrote (it has the marker line), pre-commit's, or another's. */
function hookOwner(path: string, shown: string): 'none' | 'tpm-prep' | 'pre-commit' | 'other' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'none';
    if (code === 'EISDIR') return 'other';
    throw new UsageError(`Can't read ${shown}: ${whyNotWritten(error)}.`);
  }
  return HOOK_MARKER.test(text) ? 'tpm-prep' : PRE_COMMIT_MARKER.test(text) ? 'pre-commit' : 'other';
}

/**
 * What `init --hook` finds where the pre-commit hook is pre-commit's: whether its config (the one `pre-commit install`
 * named in it, from the repo's top) runs tpm-prep lint at commit time, or, in pre-commit's migration mode, the hook it
 * set aside (`pre-commit.legacy`, which it runs first) is tpm-prep's; else where to add tpm-prep's hook.
 */
function preCommitSetUp(repo: HookRepo, hook: string, cwd: string): LeftHook {
  const named = /--config=([^\s)"']+)/.exec(readOrEmpty(hook))?.[1] ?? '.pre-commit-config.yaml';
  const config = isAbsolute(named) ? named : join(repo.top, named);
  const shown = displayPath(config, cwd);
  const legacy = `${hook}.legacy`;
  const legacyLints = hookOwner(legacy, displayPath(legacy, cwd)) === 'tpm-prep' && (repo.sub === undefined || namesFolder(readOrEmpty(legacy), repo.sub));
  const configLints = runsTpmPrepLint(readOrEmpty(config), repo.sub);
  // Both: `init --hook`, then `pre-commit install` with a config that lints too (migration mode keeps the old hook and
  // runs it first), so every commit prints the report twice. Either is enough.
  const runsTpmPrep =
    configLints && legacyLints
      ? `pre-commit's, and ${shown} runs tpm-prep lint; so does ${displayPath(legacy, cwd)}, the hook tpm-prep wrote, which pre-commit runs first, so each commit lints twice: delete ${displayPath(legacy, cwd)} to lint once`
      : configLints
        ? `pre-commit's, and ${shown} runs tpm-prep lint`
        : legacyLints
          ? `pre-commit's, which runs ${displayPath(legacy, cwd)}, the hook tpm-prep wrote, before its own`
          : undefined;
  const orInit = existsSync(config) || named !== '.pre-commit-config.yaml' ? '' : ', or run `tpm-prep init --pre-commit`, which writes one that does';
  // pre-commit runs a hook from the top: below it, the hook goes to the prep repo's folder to lint, as the husky line does.
  const instead =
    repo.sub === undefined
      ? `To lint the staged stories at each commit, add a tpm-prep hook to ${shown} (the README's pre-commit recipe)${orInit}.`
      : // Not a hook of `lint --staged` with pass_filenames: false, as this said before: `pre-commit run --all-files`
        // would lint nothing with it. `init --pre-commit` writes or prints the one that lints the files pre-commit gives.
        `To lint the stories staged in ${repo.sub}/stories/ at each commit, run \`tpm-prep init --pre-commit\` here: it adds the hook to ${shown} where there is none, or prints the lines to add to it.`;
  return {
    why: `${displayPath(hook, cwd)} is pre-commit's (\`pre-commit install\` wrote it), so it is left as it is`,
    orElse: '',
    preCommit: hook,
    lintStaged: false,
    line: huskyLine(repo.sub),
    instead,
    ...(repo.sub === undefined ? {} : { sub: repo.sub }),
    ...(runsTpmPrep ? { runsTpmPrep } : {}),
  };
}

/**
 * Where `init --hook` writes its hook in a repository with a pre-commit config at its top: `pre-commit install` would
 * keep the hook as pre-commit.legacy and run it before the config's hooks, so where the config lints too, every commit
 * would print the report twice. What to do: use one of the two.
 */
function preCommitBesideHook(repo: HookRepo, hook: string, cwd: string): string | undefined {
  const config = join(repo.top, '.pre-commit-config.yaml');
  if (!existsSync(config)) return undefined;
  const shown = displayPath(config, cwd);
  const legacy = displayPath(`${hook}.legacy`, cwd);
  return runsTpmPrepLint(readOrEmpty(config), repo.sub)
    ? `${shown} runs tpm-prep lint too: use one. After \`pre-commit install\`, which keeps this hook as ${legacy} and runs it first, each commit would lint twice (delete ${legacy} then).`
    : `${shown} is pre-commit's: \`pre-commit install\` keeps this hook as ${legacy} and runs it first. Use one to lint: this hook, or a tpm-prep hook in ${shown} (\`tpm-prep init --pre-commit\` writes one), not both.`;
}

/**
 * Where `init --pre-commit` finds the git hook `init --hook` wrote in the repository at `top`: as preCommitBesideHook
 * says of the config to --hook, each commit would lint twice, for `pre-commit install` keeps that hook as
 * pre-commit.legacy and runs it first (or has kept it so already). What to do: use one.
 */
function hookBesidePreCommit(top: string, cwd: string): string | undefined {
  const found = git(top, 'rev-parse', '--git-path', 'hooks');
  if (found.status !== 0 || !found.stdout) return undefined;
  const hooks = isAbsolute(found.stdout.trim()) ? found.stdout.trim() : join(top, found.stdout.trim());
  const hook = join(hooks, 'pre-commit');
  const legacy = `${hook}.legacy`;
  const [hookShown, legacyShown] = [displayPath(hook, cwd), displayPath(legacy, cwd)];
  const owner = hookOwner(hook, hookShown);
  if (owner === 'tpm-prep') {
    return `${hookShown} is the git hook \`tpm-prep init --hook\` wrote, which lints the staged stories too: use one. After \`pre-commit install\`, which keeps it as ${legacyShown} and runs it first, each commit would lint twice (delete ${legacyShown} then).`;
  }
  if (owner === 'pre-commit' && hookOwner(legacy, legacyShown) === 'tpm-prep') {
    return `${legacyShown} is the git hook \`tpm-prep init --hook\` wrote, which pre-commit runs first, so each commit lints twice: delete ${legacyShown} to lint once.`;
  }
  return undefined;
}

/**
 * Whether the .pre-commit-config.yaml `text` has a hook that runs tpm-prep lint at commit time (its id is tpm-prep's, or
 * its entry runs it). For a prep repo below the top (`sub`), a hook counts only if it lints that folder's stories: its
 * `files:` takes them, and it is given them (pass_filenames) or its entry goes to that folder; with no `files:`, its
 * entry goes there. Another bank's hook lints another bank, `prep-old/`'s not `prep/`'s.
 */
function runsTpmPrepLint(text: string, sub?: string): boolean {
  const commitStage = (stages: unknown) => !Array.isArray(stages) || stages.includes('pre-commit') || stages.includes('commit');
  const { hooks = [], defaultStages = undefined } = preCommitHooks(text) ?? {};
  return hooks.some(
    (h) =>
      (/^tpm-prep-lint/.test(String(h.id)) || (typeof h.entry === 'string' && /\btpm-prep\b[^\n]*\blint\b/.test(h.entry))) &&
      commitStage(h.stages ?? defaultStages) &&
      (sub === undefined || hookLintsFolder(h, sub)),
  );
}

function hookLintsFolder(hook: Record<string, unknown>, sub: string): boolean {
  const args = Array.isArray(hook.args) ? hook.args.map((arg) => singleQuoted(String(arg))).join(' ') : '';
  const named = namesFolder(`${typeof hook.entry === 'string' ? hook.entry : ''} ${args}`, sub);
  let files: RegExp | undefined;
  try {
    files = typeof hook.files === 'string' ? new RegExp(hook.files) : undefined;
  } catch {
    // Python's, which JavaScript doesn't read ((?x), (?P<name>…)): the entry decides.
  }
  // With no files: of its own (a hook of a repo's, tpm-prep's own taking stories/ at the top), the entry decides too.
  if (files === undefined) return named;
  return files.test(`${sub}/stories/story.yaml`) && (hook.pass_filenames !== false || named);
}

/**
 * Whether the shell text `text` (a hook, a line of one, a pre-commit entry) names the folder `sub` ('/'-joined, from the
 * top): a word of it, or of a script it runs (`sh -c '…'`), is that folder or a path in it, quotes taken off. Whole
 * path segments: `prep-old/` and `old/prep/` are not `prep/`; a message's words, one quoted word, are not read.
 */
function namesFolder(text: string, sub: string): boolean {
  const words = shellWords(text).flatMap((word, i, all) => (all[i - 1] === '-c' ? [word, ...shellWords(word)] : [word]));
  return words.some((word) => {
    const path = word.replace(/^\.\//, '');
    return path === sub || path.startsWith(`${sub}/`);
  });
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * A file of settings to write (.gitignore, .gitattributes, .pre-commit-config.yaml): one an earlier tpm-prep wrote, as it wrote it,
 * is brought up to date (nothing of yours is in it); your own is left alone without --force, and its `skipped`
 * line says what it lacks (`lacks` of its lines), if anything.
 */
function gitSettings(path: string, text: string, earlier: ReadonlySet<string>, lacks: (lines: string[]) => string | undefined): Planned {
  let current: string;
  try {
    current = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  } catch {
    return { path, text };
  }
  if (earlier.has(digest(current))) return { path, text, update: true, earlier: true };
  const missing = lacks(current.split('\n'));
  return missing === undefined ? { path, text } : { path, text, lacks: missing };
}

/** What init's .gitignore leaves out that tpm-prep writes: each name, what it is, and a line of yours that covers it. */
const IGNORED: readonly { name: string; what: string; covered: RegExp }[] = [
  { name: REPORT_PAGE, what: 'the page `tpm-prep report` writes', covered: /^(?:\/|\*\*\/)?(?:report|\*)\.html$/ },
  { name: SARIF_REPORT, what: "the report the README's CI workflow writes", covered: /^(?:\/|\*\*\/)?(?:tpm-prep|\*)\.sarif$/ },
];

/** The .gitignore to write; your own is told if it lets a file tpm-prep writes into git, and what line to add. */
function gitignore(path: string): Planned {
  return gitSettings(path, GITIGNORE, EARLIER_GITIGNORES, (lines) => {
    const missing = IGNORED.filter((file) => !lines.some((line) => file.covered.test(line.trim())));
    if (missing.length === 0) return undefined;
    if (missing.length === 1) return `and lets ${missing[0]!.name}, ${missing[0]!.what}, into git: add a line \`${missing[0]!.name}\` to it`;
    return `and lets ${missing.map((file) => `${file.name} (${file.what})`).join(' and ')} into git: add a line for each to it`;
  });
}

/** The .gitattributes to write; your own is told if the drill history would conflict, and what line to add. */
function gitattributes(path: string): Planned {
  return gitSettings(path, GITATTRIBUTES, EARLIER_GITATTRIBUTES, (lines) =>
    mergesByUnion(lines, HISTORY_FILE)
      ? undefined
      : `and lets the drill history of two clones conflict when merged: add a line \`${HISTORY_MERGE}\` to it`,
  );
}

/**
 * Whether the .gitattributes `lines` leave `file` (a path from the repo's top) with git's union merge: the last
 * line whose pattern matches it and that says how to merge decides, as in git (`binary` is `-merge` too).
 */
export function mergesByUnion(lines: readonly string[], file: string): boolean {
  let union = false;
  for (const raw of lines) {
    const [pattern, ...attributes] = raw.trim().split(/\s+/);
    if (!pattern || pattern.startsWith('#') || pattern.startsWith('[attr]') || !attributeMatches(pattern, file)) continue;
    for (const attribute of attributes) {
      if (attribute === 'merge=union') union = true;
      else if (attribute === 'binary' || /^[-!]?merge$/.test(attribute) || attribute.startsWith('merge=')) union = false;
    }
  }
  return union;
}

/** A .gitattributes pattern as git reads one: with no slash but at its end, it matches a name in any folder. */
function attributeMatches(pattern: string, file: string): boolean {
  if (pattern.endsWith('/')) return false; // a folder's pattern sets nothing for the files in it
  return pattern.includes('/') ? globToRegExp(pattern.replace(/^\//, '')).test(file) : globToRegExp(pattern).test(basename(file));
}

/** Whether the hook at `path` is, word for word, one an earlier `init --hook` wrote. */
function earlierHook(path: string): boolean {
  return EARLIER_GIT_HOOKS.has(digest(readOrEmpty(path)));
}

/**
 * The SHA-256 of a file's text, with Windows line ends read as \n: how an earlier init's file is known (EARLIER_GIT_HOOKS,
 * EARLIER_GITIGNORES, EARLIER_PRE_COMMIT_CONFIGS), with no copy of its text kept here to rot.
 */
function digest(text: string): string {
  return sha256(text.replace(/\r\n/g, '\n'));
}

/**
 * The .pre-commit-config.yaml to write: one an earlier tpm-prep wrote is brought up to date; your own is left alone
 * without --force, and its `skipped` line says if a hook of it that runs tpm-prep lint on the staged stories lets
 * pre-commit split them across parallel runs.
 */
function preCommitConfig(path: string): Planned {
  return gitSettings(path, PRE_COMMIT_CONFIG, EARLIER_PRE_COMMIT_CONFIGS, (lines) => {
    const split = (preCommitHooks(lines.join('\n'))?.hooks ?? []).some(
      (hook) => typeof hook.entry === 'string' && /\btpm-prep\b[^\n]*\blint\b/.test(hook.entry) && hook.pass_filenames !== false && hook.require_serial !== true,
    );
    return split
      ? 'and lets pre-commit split the stories across parallel runs of tpm-prep lint (a report each, and no duplicate-id between them): add `require_serial: true` to its tpm-prep hook'
      : undefined;
  });
}

/**
 * `init --pre-commit` for the prep repo `sub` below the top of the repository at `top`: pre-commit reads only the
 * .pre-commit-config.yaml at the top, so that is where its hook goes. With none there, init writes one that has it; one
 * already there is left as it is (it is the repository's, and may hold other hooks: not even --force replaces it),
 * said to run tpm-prep on the folder if a hook of it does, or else given the lines to add (`advice`, exit 2). A config
 * in the folder itself (an earlier init's) is said to be never read.
 */
function topPreCommitConfig(top: string, sub: string, root: string, cwd: string): { file?: Planned; said: string[]; advice?: string } {
  const path = join(top, '.pre-commit-config.yaml');
  const shown = displayPath(path, cwd);
  const oneLine = sub.replace(/[\r\n]/g, ' ');
  const hook = subFolderHook(sub);
  const text = `# pre-commit (https://pre-commit.com) runs tpm-prep on the stories you commit in ${oneLine}/stories/.
# Set it up once with \`pre-commit install\`. pre-commit reads this file at the top of the repository and runs its
# hooks from here: this one goes to ${oneLine}/ and lints the stories there that pre-commit gives it (those staged,
# as they will be committed, or all with \`pre-commit run --all-files\`) with the .tpm-prep.yaml there. It uses the
# tpm-prep installed on this machine, on your PATH or a dev dependency (in node_modules/.bin there or here), as the
# git hook does; nothing is downloaded, nor even looked up, if it isn't there: the hook says so.
repos:
  - repo: local
    hooks:
${hook.map((line) => `      ${line}`).join('\n')}
`;
  const said: string[] = [];
  const inFolder = join(root, '.pre-commit-config.yaml');
  if (existsSync(inFolder)) said.push(`skipped  ${displayPath(inFolder, cwd)} (pre-commit never reads it: it reads only the one at the repository's top, ${shown})`);
  const note = `the repository's, at its top, where pre-commit reads it: its hook lints the stories staged in ${sub}/stories/, from ${sub}/`;
  let current: string;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    return { file: { path, text, note }, said };
  }
  // As init wrote it: said to be unchanged.
  if (current.replace(/\r\n/g, '\n') === text) return { file: { path, text, update: true }, said };
  if (runsTpmPrepLint(current, sub)) return { said: [...said, `skipped  ${shown} (runs tpm-prep lint on the stories staged in ${sub}/stories/)`] };
  const advice = [
    `tpm-prep: --pre-commit wrote no pre-commit config: pre-commit reads only ${shown}, at the repository's top, which is there already, so it is left as it is. To lint the stories staged in ${sub}/stories/ at each commit, add these lines to it, at the end of its \`repos:\` list, indented as its other entries:`,
    '  - repo: local',
    '    hooks:',
    ...hook.map((line) => `      ${line}`),
  ];
  return { said, advice: advice.join('\n') + '\n' };
}

/** The hooks of a .pre-commit-config.yaml, of every repo, and its default_stages; undefined where it isn't YAML (pre-commit says so). */
function preCommitHooks(text: string): { hooks: Record<string, unknown>[]; defaultStages: unknown } | undefined {
  let config: unknown;
  try {
    config = parse(text, { logLevel: 'error' });
  } catch {
    return undefined;
  }
  if (!isObject(config)) return { hooks: [], defaultStages: undefined };
  const repos: unknown[] = Array.isArray(config.repos) ? config.repos : [];
  const hooks = repos.flatMap((repo) => (isObject(repo) && Array.isArray(repo.hooks) ? (repo.hooks as unknown[]).filter(isObject) : []));
  return { hooks, defaultStages: config.default_stages };
}
