// Commit hooks, through the real tools: the package pre-commit builds (npm pack), this repository as a
// pre-commit hook repository (`pre-commit try-repo`, and the README's .pre-commit-config.yaml), and the
// README's husky and lint-staged recipes. Run alone with: npx vitest run test/e2e/precommit.test.ts
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import {
  STRONG,
  WEAK,
  bankWithCopies,
  childEnv,
  cleanUp,
  expectOk,
  expectWeakRefusedStrongAccepted,
  git,
  onPath,
  prepRepo,
  recipe,
  run,
  summariesAndDuplicates,
  tempDir,
} from './recipes.js';

// pre-commit's node install runs `npm install` and `npm pack` against the npm registry: half a minute to a
// minute on two cores at a load of 4 to 5 (try-repo installs afresh each time, into a store of its own), so a
// test that installs gets four minutes.
const SLOW = 240_000;
// A commit through husky or lint-staged: git, a shell, npx and the CLI, a few seconds each; a test makes four.
const COMMITS = 60_000;
// What the tests leave: pre-commit's store, with the node environment and packages each install made.
const CLEAN_UP = 60_000;

afterAll(cleanUp, CLEAN_UP);

describe('the package pre-commit builds', () => {
  it('holds the built CLI, the questions and the schema (package.json "files"), and no sources or tests', () => {
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(packed.status).toBe(0);
    const files: string[] = JSON.parse(packed.stdout)[0].files.map((f: { path: string }) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'bin/tpm-prep.js', 'dist/cli.js', 'schema/story.schema.json', 'questions/dive-deep.yaml']));
    expect(files.filter((f) => /^(src|test|scripts)\//.test(f))).toEqual([]);
  });

  it('builds in `prepare`, and runs it quietly under `npm pack` so pre-commit can read the tarball name', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.prepare).toMatch(/scripts\/build\.mjs/);
    expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).toMatch(/^foreground-scripts=false$/m);
  });

  it('declares the two hooks in .pre-commit-hooks.yaml, each run once over all the files (require_serial)', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks).toEqual([
      expect.objectContaining({ id: 'tpm-prep-lint', entry: 'tpm-prep lint', language: 'node', types: ['yaml'], files: '^stories/', require_serial: true }),
      expect.objectContaining({ id: 'tpm-prep-lint-bank', entry: 'tpm-prep lint stories/', language: 'node', pass_filenames: false, require_serial: true }),
    ]);
  });
});

/** A prep repo whose commits go through husky, as `npx husky init` sets it up, with tpm-prep as a dev dependency. */
function huskyRepo(): string {
  const repo = prepRepo();
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'my-prep', private: true, devDependencies: {} }, null, 2) + '\n');
  for (const tool of ['husky', 'lint-staged']) {
    symlinkSync(join(ROOT, 'node_modules', tool), join(repo, 'node_modules', tool), 'dir');
    const bin = JSON.parse(readFileSync(join(ROOT, 'node_modules', tool, 'package.json'), 'utf8')).bin;
    symlinkSync(`../${tool}/${typeof bin === 'string' ? bin : bin[tool]}`, join(repo, 'node_modules', '.bin', tool));
  }
  expectOk(run('npx', ['--no', 'husky', 'init'], repo));
  mkdirSync(join(repo, 'stories'));
  return repo;
}

describe('the README husky recipe (real husky)', () => {
  it('stops a commit of a weak story and lets a strong one through', { timeout: COMMITS }, () => {
    const repo = huskyRepo();
    writeFileSync(join(repo, '.husky', 'pre-commit'), recipe('husky'));
    expectOk(git(repo, 'add', 'package.json', '.husky/pre-commit'));
    expectOk(git(repo, 'commit', '-q', '-m', 'husky')); // no stories staged: the hook lints nothing
    expectWeakRefusedStrongAccepted(repo);
  });
});

// A review: the husky line sees only a stories/ folder at the repository's top, where husky runs hooks.
describe('the README husky recipe for a bank below the top (real husky)', () => {
  it('stops a commit of a weak story in prep/stories/ and lets a strong one through', { timeout: COMMITS }, () => {
    const repo = huskyRepo();
    mkdirSync(join(repo, 'prep', 'stories'), { recursive: true });
    writeFileSync(join(repo, 'prep', '.tpm-prep.yaml'), 'rules: {}\n');
    writeFileSync(join(repo, '.husky', 'pre-commit'), recipe('husky-subfolder'));
    expectOk(git(repo, 'add', 'package.json', '.husky/pre-commit', 'prep/.tpm-prep.yaml'));
    expectOk(git(repo, 'commit', '-q', '-m', 'husky'));
    // The top-level recipe lets the weak story through: it never sees prep/stories/.
    copyFileSync(WEAK, join(repo, 'prep', 'stories', 'weak.yaml'));
    expectOk(git(repo, 'add', 'prep/stories/weak.yaml'));
    const refused = git(repo, 'commit', '-q', '-m', 'weak story');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('missing-metric');
    writeFileSync(join(repo, '.husky', 'pre-commit'), recipe('husky'));
    expectOk(git(repo, 'commit', '-q', '-m', 'weak story, top-level line'));
    writeFileSync(join(repo, '.husky', 'pre-commit'), recipe('husky-subfolder'));
    copyFileSync(STRONG, join(repo, 'prep', 'stories', 'strong.yaml'));
    expectOk(git(repo, 'rm', '-q', 'prep/stories/weak.yaml'));
    expectOk(git(repo, 'add', 'prep/stories/strong.yaml'));
    expectOk(git(repo, 'commit', '-q', '-m', 'strong story'));
    expect(git(repo, 'log', '--format=%s', '-1').stdout.trim()).toBe('strong story');
  });
});

// A new user's trial (husky): the recipe linted the staged stories' working copies, so an unstaged fix hid a staged
// error. It lints them as they will be committed now, as the plain hook does.
describe('the README husky recipe lints what is staged, not the working copy (real husky)', () => {
  const put = (repo: string, from: string) => copyFileSync(from, join(repo, 'stories', 'launch.yaml'));
  const commits = (repo: string) => Number(git(repo, 'rev-list', '--count', 'HEAD').stdout);

  it('stops a story staged with an error though its working copy is fixed, and lets a staged fix through with an error left unstaged', { timeout: COMMITS }, () => {
    const repo = huskyRepo();
    writeFileSync(join(repo, '.husky', 'pre-commit'), recipe('husky'));
    expectOk(git(repo, 'add', 'package.json', '.husky/pre-commit'));
    expectOk(git(repo, 'commit', '-q', '-m', 'husky'));

    put(repo, WEAK);
    expectOk(git(repo, 'add', 'stories/launch.yaml'));
    put(repo, STRONG); // fixed, but not staged
    const refused = git(repo, 'commit', '-q', '-m', 'weak, fixed only in the working copy');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/^stories\/launch\.yaml\n(.*\n)*.*missing-metric/m);
    // A trial user fixed the file, forgot `git add`, and took the report for her fix ignored: it says, after it, why.
    // (git gives a hook's output on its standard error; husky's own line comes last.)
    expect(refused.stderr).toMatch(new RegExp(`\\n✖ \\d+ problems .*\\n\\n${escape(UNSTAGED_ONE('stories/launch.yaml'))}\\n(?:husky .*\\n)?$`));
    expect(commits(repo)).toBe(1);

    expectOk(git(repo, 'add', 'stories/launch.yaml')); // the fix staged
    put(repo, WEAK); // a later edit, not staged
    expectOk(git(repo, 'commit', '-q', '-m', 'strong, broken only in the working copy'));
    expect(git(repo, 'show', 'HEAD:stories/launch.yaml').stdout).toBe(readFileSync(STRONG, 'utf8'));
  });
});

/** What lint --staged says after its report of a file linted as staged that has changes not staged. */
const UNSTAGED_ONE = (file: string) => `${file} was linted as staged: it has changes you haven't staged, which this report doesn't see. \`git add ${file}\` to lint and commit them.`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('lint --staged', () => {
  const lint = (repo: string, ...args: string[]) => run(process.execPath, [join(ROOT, 'bin', 'tpm-prep.js'), 'lint', '--staged', ...args], repo);

  // A trial user (husky, lint --staged) fixed a story, forgot `git add`, and took the staged copy's findings for her
  // fix ignored: nothing said the report was of the staged copy.
  it('says once, after a stylish or compact report, which files with findings were linted as staged and differ on disk, and to git add them', () => {
    const repo = prepRepo();
    mkdirSync(join(repo, 'stories'));
    const draft = `draft: true\n${readFileSync(WEAK, 'utf8')}`;
    copyFileSync(WEAK, join(repo, 'stories', 'launch.yaml'));
    copyFileSync(WEAK, join(repo, 'stories', 'my outage.yaml'));
    writeFileSync(join(repo, 'stories', 'drafted.yaml'), draft.replace(/^id: .*$/m, 'id: drafted'));
    copyFileSync(STRONG, join(repo, 'stories', 'strong.yaml'));
    copyFileSync(WEAK, join(repo, 'stories', 'as-staged.yaml'));
    expectOk(git(repo, 'add', 'stories'));
    // Fixed on disk, not staged: launch.yaml and my outage.yaml; drafted.yaml (warnings only) and strong.yaml (no
    // findings) changed on disk too; as-staged.yaml has findings but is as staged.
    copyFileSync(STRONG, join(repo, 'stories', 'launch.yaml'));
    copyFileSync(STRONG, join(repo, 'stories', 'my outage.yaml'));
    appendFileSync(join(repo, 'stories', 'drafted.yaml'), '# a note\n');
    appendFileSync(join(repo, 'stories', 'strong.yaml'), '# a note\n');
    const note =
      "stories/launch.yaml and stories/my outage.yaml were linted as staged: they have changes you haven't staged, which this report doesn't see. `git add stories/launch.yaml \"stories/my outage.yaml\"` to lint and commit them.";

    const stylish = lint(repo);
    expect(stylish.status).toBe(1);
    // Once, after the summary line: the files with findings read from the index (not strong.yaml, with none, nor
    // as-staged.yaml, read from its file). With --quiet, drafted.yaml's warnings aren't shown, so it isn't named.
    expect(stylish.stdout).toMatch(/\n✖ \d+ problems .*\n\n.*\n$/);
    expect(stylish.stdout.split('\n').filter((l) => l.includes('linted as staged'))).toEqual([
      "stories/drafted.yaml, stories/launch.yaml and stories/my outage.yaml were linted as staged: they have changes you haven't staged, which this report doesn't see. `git add stories/drafted.yaml stories/launch.yaml \"stories/my outage.yaml\"` to lint and commit them.",
    ]);
    expect(lint(repo, '--quiet').stdout.endsWith(`\n\n${note}\n`)).toBe(true);
    const compact = lint(repo, '--quiet', '-f', 'compact');
    expect(compact.stdout.endsWith(`[missing-metric]\n${note}\n`)).toBe(true);
    expect(compact.stdout.split('\n').filter((l) => l.includes('linted as staged'))).toHaveLength(1);
    expect(compact.stderr).toBe('');
    // Tools' formats stay as they are.
    for (const format of ['json', 'sarif', 'github']) expect(lint(repo, '-f', format).stdout).not.toContain('linted as staged');
    expect(() => JSON.parse(lint(repo, '-f', 'json').stdout)).not.toThrow();

    // Staged as they are on disk: nothing to say, findings or not.
    expectOk(git(repo, 'add', 'stories'));
    copyFileSync(WEAK, join(repo, 'stories', 'as-staged.yaml'));
    const same = lint(repo);
    expect(same.status).toBe(1);
    expect(same.stdout).not.toContain('linted as staged');
    // And lint of the files, not --staged, never says it.
    copyFileSync(WEAK, join(repo, 'stories', 'strong.yaml'));
    expect(run(process.execPath, [join(ROOT, 'bin', 'tpm-prep.js'), 'lint'], repo).stdout).not.toContain('linted as staged');
  });

  it('lints the staged stories as they will be committed: from the index where the working copy differs, else from the file', () => {
    const repo = prepRepo();
    mkdirSync(join(repo, 'stories'));
    // Nothing staged: nothing to lint.
    expect(lint(repo)).toMatchObject({ status: 0, stdout: '', stderr: '' });
    copyFileSync(WEAK, join(repo, 'stories', 'launch.yaml'));
    copyFileSync(STRONG, join(repo, 'stories', 'strong.yaml'));
    writeFileSync(join(repo, 'notes.yaml'), 'not: a story\n');
    expectOk(git(repo, 'add', 'stories/launch.yaml', 'stories/strong.yaml', 'notes.yaml'));
    copyFileSync(STRONG, join(repo, 'stories', 'launch.yaml')); // fixed, but not staged
    const staged = lint(repo, '--format', 'json');
    expect(staged.status).toBe(1);
    const files = JSON.parse(staged.stdout) as { filePath: string; errorCount: number }[];
    // Only the stories folder's: notes.yaml is staged, but no story.
    expect(files.map((f) => [f.filePath, f.errorCount > 0])).toEqual([
      ['stories/launch.yaml', true],
      ['stories/strong.yaml', false],
    ]);
    // From the stories folder, named from there; and a path given is where it looks.
    const inside = run(process.execPath, [join(ROOT, 'bin', 'tpm-prep.js'), 'lint', '--staged', '.', '-f', 'compact'], join(repo, 'stories'));
    expect(inside.status).toBe(1);
    expect(inside.stdout).toMatch(/^launch\.yaml:\d+:\d+: error /m);
    expect(lint(repo, 'stories/strong.yaml')).toMatchObject({ status: 0, stderr: '' });
    // Staged strong, an error only in the working copy: launch.yaml is read from the index, and its story is now
    // strong.yaml's too, which the commit would hold twice: one run over both finds the id taken.
    expectOk(git(repo, 'add', 'stories/launch.yaml'));
    copyFileSync(WEAK, join(repo, 'stories', 'launch.yaml'));
    const twice = lint(repo, '--quiet', '-f', 'compact');
    expect(twice.status).toBe(1);
    expect(twice.stdout).toMatch(/^stories\/strong\.yaml:\d+:\d+: error The id `[^`]+` is also used by stories\/launch\.yaml:\d+\. .*\[duplicate-id\]$/m);
    expect(twice.stdout).toMatch(/^stories\/launch\.yaml:\d+:\d+: error The id `[^`]+` is also used by stories\/strong\.yaml:\d+\. .*\[duplicate-id\]$/m);
    // Without the copy, nothing to stop.
    expectOk(git(repo, 'rm', '-q', '-f', 'stories/strong.yaml'));
    expect(lint(repo, '--quiet')).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('outside a git repository, or with --stdin: one line, exit 2', () => {
    const dir = tempDir();
    expect(lint(dir, 'stories')).toMatchObject({ status: 2, stdout: '', stderr: 'tpm-prep: --staged lints what git has staged, and this folder is in no git repository; lint the files instead, as in tpm-prep lint stories/.\n' });
    expect(lint(dir, '--stdin')).toMatchObject({ status: 2, stdout: '', stderr: 'tpm-prep: Give either --stdin or --staged, not both.\n' });
  });

  // A review: a typo in a hook's path turned the check off (exit 0, nothing said) where lint says so and exits 2.
  it('a path that is neither in the working tree nor in the index: said as lint says it, exit 2', () => {
    const repo = prepRepo();
    mkdirSync(join(repo, 'stories'));
    copyFileSync(WEAK, join(repo, 'stories', 'launch.yaml'));
    expectOk(git(repo, 'add', 'stories/launch.yaml'));
    const missing = lint(repo, 'nope/');
    expect(missing).toMatchObject({ status: 2, stdout: '', stderr: 'tpm-prep: nope/: no such file or folder.\n' });
    // The same line lint gives.
    expect(run(process.execPath, [join(ROOT, 'bin', 'tpm-prep.js'), 'lint', 'nope/'], repo).stderr).toBe(missing.stderr);
    expect(lint(repo, 'storie/')).toMatchObject({ status: 2, stderr: 'tpm-prep: storie/: no such file or folder. Did you mean `stories/`?\n' });
    expect(lint(repo, 'stories', 'nope.yaml').status).toBe(2);
    // Staged, then deleted from the working tree: still in the index, and linted from there.
    rmSync(join(repo, 'stories', 'launch.yaml'));
    expect(lint(repo, 'stories/launch.yaml', '-f', 'compact')).toMatchObject({ status: 1, stdout: expect.stringMatching(/^stories\/launch\.yaml:\d+:\d+: error /m) });
    // Its deletion staged: nothing to lint. A glob that matches nothing is a pattern, as before.
    expectOk(git(repo, 'commit', '-q', '--no-verify', '-m', 'weak'));
    expect(git(repo, 'status', '--porcelain').stdout).toBe(' D stories/launch.yaml\n');
    expectOk(git(repo, 'rm', '-q', 'stories/launch.yaml'));
    expect(lint(repo, 'stories/launch.yaml')).toMatchObject({ status: 0, stderr: '' });
    expect(lint(repo, 'nope/*.yaml')).toMatchObject({ status: 0, stderr: '' });
  });

  it('run from inside .git: says to run it from the working tree, exit 2', () => {
    const repo = prepRepo();
    mkdirSync(join(repo, 'stories'));
    expect(lint(join(repo, '.git'), '../stories')).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'tpm-prep: --staged lints what git has staged, and this folder is inside the .git folder: run it from the working tree, as in tpm-prep lint --staged stories/.\n',
    });
  });
});

describe('init --hook in a repo with husky (real husky)', () => {
  it('writes no hook but prints the line for .husky/pre-commit, which then stops a weak story; run again, it finds the line and exits 0', () => {
    const repo = huskyRepo();
    const first = run('npx', ['--no', 'tpm-prep', 'init', '--hook'], repo);
    expect(first.status).toBe(2);
    expect(first.stdout).toContain('created  .tpm-prep.yaml\n');
    const [, line] = first.stderr.split('\n');
    writeFileSync(join(repo, '.husky', 'pre-commit'), `${line}\n`);
    expectOk(git(repo, 'add', 'package.json', '.husky/pre-commit'));
    expectOk(git(repo, 'commit', '-q', '-m', 'husky'));
    expectWeakRefusedStrongAccepted(repo);
    const again = run('npx', ['--no', 'tpm-prep', 'init', '--hook'], repo);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
  });
});

// A trial user's monorepo: her bank is in career/interview/, with husky at the repository's top.
describe('init --hook in a folder below the top of a repo with husky (real husky)', () => {
  const tpmPrep = (cwd: string, ...args: string[]) => run(process.execPath, [join(ROOT, 'bin', 'tpm-prep.js'), ...args], cwd);

  /** huskyRepo with career/interview/ (or `sub`) scaffolded (no template story), and what init --hook said there. */
  function monorepo(pkg: Record<string, unknown> = {}, sub = 'career/interview'): { repo: string; bank: string; said: string[] } {
    const repo = huskyRepo();
    const old = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ ...old, ...pkg }, null, 2) + '\n');
    const bank = join(repo, ...sub.split('/'));
    mkdirSync(bank, { recursive: true });
    const first = tpmPrep(bank, 'init', '--hook');
    expect(first.status).toBe(2);
    expect(first.stdout).toContain('created  .tpm-prep.yaml\n');
    rmSync(join(bank, 'stories', 'my-first-story.yaml'));
    return { repo, bank, said: first.stderr.split('\n') };
  }

  /** With the folder's lint-staged entry in package.json: init --hook counts it, and a commit then lints the bank alone. */
  function entryCounted(repo: string, bank: string): void {
    const found = tpmPrep(bank, 'init', '--hook');
    expect([found.status, found.stderr]).toEqual([0, '']);
    expect(found.stdout).toContain('\nskipped  ../../.husky/pre-commit (runs lint-staged, which runs tpm-prep lint)\n');
    expectOk(git(repo, 'add', '-A'));
    expectOk(git(repo, 'commit', '-q', '--no-verify', '-m', 'lint-staged'));
    checksTheBankAlone(repo, bank);
  }

  /** A weak story in the bank is stopped; weak ones outside it (the top's stories/, another folder's) are not linted; a strong one goes through. */
  function checksTheBankAlone(repo: string, bank: string): void {
    copyFileSync(WEAK, join(bank, 'stories', 'weak.yaml'));
    expectOk(git(repo, 'add', '-A'));
    const refused = git(repo, 'commit', '-q', '-m', 'weak story');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('missing-metric');
    // (The path as it is: in a pathspec, a "[x]" in the folder's name would be a class of one letter.)
    expectOk(git(repo, '--literal-pathspecs', 'rm', '-q', '--cached', `${relative(repo, bank)}/stories/weak.yaml`));
    rmSync(join(bank, 'stories', 'weak.yaml'));
    for (const outside of [join(repo, 'stories', 'weak.yaml'), join(repo, 'career', 'resume', 'stories', 'weak.yaml')]) {
      mkdirSync(join(outside, '..'), { recursive: true });
      copyFileSync(WEAK, outside);
    }
    expectOk(git(repo, 'add', '-A'));
    expectOk(git(repo, 'commit', '-q', '-m', 'not the bank'));
    copyFileSync(STRONG, join(bank, 'stories', 'strong.yaml'));
    expectOk(git(repo, 'add', '-A'));
    expectOk(git(repo, 'commit', '-q', '-m', 'strong story'));
    expect(git(repo, 'log', '--format=%s', '-1').stdout.trim()).toBe('strong story');
  }

  it('prints the sub-folder line, which stops a weak story in that folder, lints none outside it, and lets a strong one through', { timeout: COMMITS }, () => {
    const { repo, bank, said } = monorepo();
    expect(said[0]).toContain('To lint the stories staged in career/interview/stories/ at each commit');
    expect(said.slice(2)).toEqual(['']); // no lint-staged here: nothing more to offer
    writeFileSync(join(repo, '.husky', 'pre-commit'), `${said[1]}\n`);
    expectOk(git(repo, 'add', '-A'));
    expectOk(git(repo, 'commit', '-q', '-m', 'husky'));
    checksTheBankAlone(repo, bank);
    expect(tpmPrep(bank, 'init', '--hook')).toMatchObject({ status: 0, stderr: '' });
  });

  it("with lint-staged, also gives its entry for that folder, which does the same (real lint-staged)", { timeout: COMMITS }, () => {
    const { repo, bank, said } = monorepo({ devDependencies: { 'lint-staged': '*' } });
    const entry = '"career/interview/stories/**/*.{yaml,yml}": "tpm-prep lint"';
    expect(said[2]).toBe(`tpm-prep: or, as this repo has lint-staged, add ${entry} to "lint-staged" in package.json, with \`npx lint-staged\` in ../../.husky/pre-commit (the README's lint-staged recipe).`);
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    // The top's entry (the README recipe's) lints the top's stories/: it doesn't count for this bank.
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ ...pkg, ...JSON.parse(recipe('lint-staged')) }, null, 2) + '\n');
    writeFileSync(join(repo, '.husky', 'pre-commit'), 'npx lint-staged\n');
    expect(tpmPrep(bank, 'init', '--hook').status).toBe(2);
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ ...pkg, 'lint-staged': JSON.parse(`{${entry}}`) }, null, 2) + '\n');
    entryCounted(repo, bank);
  });

  // A review: the entry's pattern had the folder's name as it is, so lint-staged read its "[2024]" as a class of one
  // character, its "{a,b}" as a choice, its "*" and "?" as wildcards, and matched no story in it.
  it("escapes the folder name's glob characters in the lint-staged entry, which then lints that folder's stories (real lint-staged)", { timeout: COMMITS }, () => {
    const sub = 'career/prep [2024] {a,b} (v1)+@!*?';
    const { repo, bank, said } = monorepo({ devDependencies: { 'lint-staged': '*' } }, sub);
    const entry = '"career/prep \\\\[2024\\\\] \\\\{a,b\\\\} \\\\(v1\\\\)\\\\+\\\\@\\\\!\\\\*\\\\?/stories/**/*.{yaml,yml}": "tpm-prep lint"';
    expect(said[2]).toBe(`tpm-prep: or, as this repo has lint-staged, add ${entry} to "lint-staged" in package.json, with \`npx lint-staged\` in ../../.husky/pre-commit (the README's lint-staged recipe).`);
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ ...pkg, 'lint-staged': JSON.parse(`{${entry}}`) }, null, 2) + '\n');
    writeFileSync(join(repo, '.husky', 'pre-commit'), 'npx lint-staged\n');
    entryCounted(repo, bank);
  });
});

describe('the README lint-staged recipe (real lint-staged and husky)', () => {
  it('stops a commit of a weak story and lets a strong one through', { timeout: COMMITS }, () => {
    const repo = huskyRepo();
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ ...pkg, ...JSON.parse(recipe('lint-staged')) }, null, 2) + '\n');
    writeFileSync(join(repo, '.husky', 'pre-commit'), 'npx lint-staged\n');
    expectOk(git(repo, 'add', 'package.json', '.husky/pre-commit'));
    expectOk(git(repo, 'commit', '-q', '--no-verify', '-m', 'lint-staged'));
    expectWeakRefusedStrongAccepted(repo);
  });
});

describe.skipIf(!onPath('pre-commit'))('this repository as a pre-commit hook (the real pre-commit tool)', () => {
  let hookRepo = '';
  let rev = '';
  const env = childEnv({ PRE_COMMIT_HOME: join(tempDir('tpm-prep-pre-commit-'), 'home') });

  beforeAll(() => {
    // try-repo needs a git repository with the files committed: a copy of this working tree, without what
    // pre-commit builds itself (node_modules, dist), nor the tests, which the package leaves out ("files" in
    // package.json) and which are most of the tree (test/eval's 2,000 stories): each try-repo clones it.
    hookRepo = join(tempDir('tpm-prep-hook-repo-'), 'tpm-prep');
    const skipped = (src: string) => ['node_modules', 'dist', '.git', 'coverage'].includes(basename(src)) || src === join(ROOT, 'test');
    cpSync(ROOT, hookRepo, { recursive: true, filter: (src) => !skipped(src) });
    expectOk(git(hookRepo, 'init', '-q'));
    expectOk(git(hookRepo, 'add', '-A'));
    expectOk(git(hookRepo, 'commit', '-q', '--no-verify', '-m', 'tpm-prep under test'));
    rev = git(hookRepo, 'rev-parse', 'HEAD').stdout.trim();
  });

  function storyRepo(story: string): string {
    const repo = tempDir('tpm-prep-prep-');
    expectOk(git(repo, 'init', '-q'));
    mkdirSync(join(repo, 'stories'));
    copyFileSync(story, join(repo, 'stories', 'story.yaml'));
    expectOk(git(repo, 'add', '-A'));
    return repo;
  }

  const tryRepo = (repo: string, hook: string) => run('pre-commit', ['try-repo', hookRepo, hook, '--all-files'], repo, env, SLOW);

  // One try-repo, one install: the weak story is refused and the strong one beside it not named. (The strong
  // story alone passing the same hook is the README config's test below, which installs once for two runs.)
  it('try-repo tpm-prep-lint refuses a weak story, and names only it', { timeout: SLOW }, () => {
    const repo = storyRepo(WEAK);
    copyFileSync(STRONG, join(repo, 'stories', 'strong.yaml'));
    expectOk(git(repo, 'add', '-A'));
    const result = tryRepo(repo, 'tpm-prep-lint');
    expect(result.stdout).toMatch(/tpm-prep lint\.+Failed/);
    expect(result.stdout).toContain('stories/story.yaml');
    expect(result.stdout).toContain('missing-metric');
    expect(result.stdout).not.toContain('stories/strong.yaml');
    expect(result.status).toBe(1);
  });

  /**
   * The README's .pre-commit-config.yaml as its text says to fill it in from a clone of tpm-prep: the clone's URL for
   * OWNER's, and for COMMIT the hash `git rev-parse HEAD` prints there. Nothing else is changed: the hook repository,
   * like this one, has no tags, so a tag in the recipe is not found (a new user's trial: `rev: v0.1.0`).
   */
  const readmeConfig = () => recipe('pre-commit').replace('https://github.com/OWNER/tpm-prep', hookRepo).replaceAll('COMMIT', rev);

  it('the README .pre-commit-config.yaml runs both hooks, per file and on the whole bank', { timeout: SLOW }, () => {
    const config = readmeConfig();
    expect(parse(config).repos[0].hooks.map((h: { id: string }) => h.id)).toEqual(['tpm-prep-lint', 'tpm-prep-lint-bank']);

    const weak = storyRepo(WEAK);
    writeFileSync(join(weak, '.pre-commit-config.yaml'), config);
    expectOk(git(weak, 'add', '.pre-commit-config.yaml'));
    const refused = run('pre-commit', ['run', '--all-files'], weak, env, SLOW);
    expect(refused.stdout).toMatch(/tpm-prep lint\.+Failed/);
    expect(refused.stdout).toMatch(/tpm-prep lint \(whole bank\)\.+Failed/);
    expect(refused.status).toBe(1);

    const strong = storyRepo(STRONG);
    writeFileSync(join(strong, '.pre-commit-config.yaml'), config);
    expectOk(git(strong, 'add', '.pre-commit-config.yaml'));
    const passed = run('pre-commit', ['run', '--all-files'], strong, env, SLOW);
    expect(passed.stdout).toMatch(/tpm-prep lint\.+Passed/);
    expect(passed.stdout).toMatch(/tpm-prep lint \(whole bank\)\.+Passed/);
    expect(passed.status).toBe(0);
  });

  // A new user's trial: pre-commit splits the files it passes a hook across parallel runs (by CPU count), so a bank
  // got a report per run, and two stories that share an id in different runs were no duplicate-id. (The same
  // config as above: the hook is installed once for both.)
  it('the per-file hook lints the stories of a commit in one run: one report, and every copy a duplicate-id', { timeout: SLOW }, () => {
    const repo = tempDir('tpm-prep-prep-');
    expectOk(git(repo, 'init', '-q'));
    mkdirSync(join(repo, 'stories'));
    const sharing = bankWithCopies(join(repo, 'stories'));
    writeFileSync(join(repo, '.pre-commit-config.yaml'), readmeConfig());
    expectOk(git(repo, 'add', '-A'));
    const lint = run('pre-commit', ['run', 'tpm-prep-lint'], repo, env, SLOW);
    expect(lint.stdout).toMatch(/tpm-prep lint\.+Failed/);
    expect(lint.status).toBe(1);
    expect(summariesAndDuplicates(lint.stdout)).toEqual({ summaries: 1, duplicates: sharing });
  });
});

if (!onPath('pre-commit')) {
  it.skip('pre-commit hook repository: skipped, `pre-commit` is not on PATH (apt-get install pre-commit; .ci/run does)', () => {});
}
