// `tpm-prep init` in temporary folders: what it writes, that it never replaces a file without --force (and
// with it keeps a copy of what it changes), and that its git hook and pre-commit config really stop a weak
// story at commit time.
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { HISTORY_FILE, HISTORY_MERGE, REPORT_PAGE, SARIF_REPORT } from '../../src/commands/init-files.js';
import { huskyLine, mergesByUnion } from '../../src/commands/init.js';
import { DEFAULT_OUTPUT } from '../../src/commands/report.js';
import { appendHistory, historyFile, type HistoryEntry } from '../../src/drill/history.js';
import { defaultConfig, parseConfig } from '../../src/lint/config.js';
import { RULES } from '../../src/lint/rules/index.js';
import { backupName, MAX_BACKUPS } from '../../src/write.js';
import { BIN, cli } from '../helpers.js';
import {
  STRONG,
  WEAK,
  bankWithCopies,
  binDir,
  childEnv,
  cleanUp,
  expectOk,
  expectWeakRefusedStrongAccepted,
  git,
  hookBeforeNamedFiles,
  onPath,
  prepRepo,
  recipe,
  run,
  sh,
  summariesAndDuplicates,
  tempDir,
} from './recipes.js';

// The tests below run processes one after another, each a fraction of a second of CPU: init a dozen to twenty
// times over (the .gitignore cases), or git clones, pushes and pulls, or commits whose hook runs tpm-prep lint.
// On two cores at a load of 4 to 5 the longest take 15 s or so: three times that, not the 20 s a unit test gets.
const PROCESSES = 50_000;

// Removing the folders the tests made (a hundred or so, pre-commit's stores among them) took over the 10 s a hook gets
// at that load.
afterAll(cleanUp, PROCESSES);

const SCAFFOLD = ['stories/my-first-story.yaml', 'schema/story.schema.json', '.tpm-prep.yaml', '.gitignore', '.gitattributes'];
/** init's last line but one where it left several files as they were because they exist. */
const MANY_EXIST = '--force replaces the files marked (exists), keeping a copy of each it changes.';
/** The .gitignores tpm-prep's init wrote before: before it left out the report page, the SARIF report, and the copies --force keeps. */
const EARLIER_GITIGNORE = `# Your stories, this config and your practice history all belong in git: keep the repo private.
#
# .tpm-prep/ is deliberately NOT ignored. It holds your drill history (.tpm-prep/history.jsonl), which
# decides what to practise next and shows your progress; committing it backs it up and carries it from
# machine to machine. If you would rather keep it on this machine only, add a line: .tpm-prep/
node_modules/
.DS_Store
*.swp
*~
`;
const EARLIER_GITIGNORE_2 = `# Your stories, this config and your practice history all belong in git: keep the repo private.
#
# .tpm-prep/ is deliberately NOT ignored. It holds your drill history (.tpm-prep/history.jsonl), which
# decides what to practise next and shows your progress; committing it backs it up and carries it from
# machine to machine. If you would rather keep it on this machine only, add a line: .tpm-prep/
#
# The page \`tpm-prep report\` writes is made afresh from all that each time you run it, so it stays out. A
# page you write under another name (\`report --redact -o share.html\`, to share) is yours to add here too.
report.html
node_modules/
.DS_Store
*.swp
*~
`;

const EARLIER_GITIGNORE_3 = `${EARLIER_GITIGNORE_2.slice(0, EARLIER_GITIGNORE_2.indexOf('node_modules/'))}# The SARIF report the README's CI workflow writes for code scanning stays out too, should you run it here.
tpm-prep.sarif
node_modules/
.DS_Store
*.swp
*~
`;

/** The two .pre-commit-config.yaml files init wrote before it looked for tpm-prep itself: with `npx --no --offline`, and the
 * first, with `npx --no` (which could reach for the registry), word for word. */
const NPX_PRE_COMMIT_CONFIGS = [
  `# pre-commit (https://pre-commit.com) runs tpm-prep on the stories you commit.
# Set it up once with \`pre-commit install\`. The hooks use the tpm-prep installed on this machine
# (installed globally from a clone of it, or as a dev dependency of this repo); npx --offline makes sure
# nothing is downloaded, nor even looked up, if it isn't there.
repos:
  - repo: local
    hooks:
      - id: tpm-prep-lint
        name: tpm-prep lint
        entry: npx --no --offline tpm-prep lint
        language: system
        files: ^stories/.*\\.ya?ml$
      # The bank-level checks (principle coverage, a failure story) need the whole bank; this hook adds
      # them, and repeats the per-story findings. Uncomment it to run it on every commit that touches a story.
      # - id: tpm-prep-lint-bank
      #   name: tpm-prep lint (whole bank)
      #   entry: npx --no --offline tpm-prep lint stories/
      #   language: system
      #   files: ^stories/
      #   pass_filenames: false
`,
  `# pre-commit (https://pre-commit.com) runs tpm-prep on the stories you commit.
# Set it up once with \`pre-commit install\`. The hooks use the tpm-prep installed on this machine
# (installed globally from a clone of it, or as a dev dependency of this repo), so nothing is downloaded.
repos:
  - repo: local
    hooks:
      - id: tpm-prep-lint
        name: tpm-prep lint
        entry: npx --no tpm-prep lint
        language: system
        files: ^stories/.*\\.ya?ml$
      # The bank-level checks (principle coverage, a failure story) need the whole bank; this hook adds
      # them, and repeats the per-story findings. Uncomment it to run it on every commit that touches a story.
      # - id: tpm-prep-lint-bank
      #   name: tpm-prep lint (whole bank)
      #   entry: npx --no tpm-prep lint stories/
      #   language: system
      #   files: ^stories/
      #   pass_filenames: false
`,
];

/** The .pre-commit-config.yaml tpm-prep's init wrote before its hook had `require_serial: true`, word for word. */
const EARLIER_PRE_COMMIT_CONFIG = `# pre-commit (https://pre-commit.com) runs tpm-prep on the stories you commit.
# Set it up once with \`pre-commit install\`. The hooks use the tpm-prep installed on this machine, on your PATH
# or a dev dependency of this repo, as the git hook does; nothing is downloaded, nor even looked up, if it
# isn't there: the hook says so.
repos:
  - repo: local
    hooks:
      - id: tpm-prep-lint
        name: tpm-prep lint
        entry: >-
          sh -c 'if command -v tpm-prep >/dev/null 2>&1; then exec tpm-prep lint "$@"; elif [ -x node_modules/.bin/tpm-prep ]; then exec node_modules/.bin/tpm-prep lint "$@"; else echo "tpm-prep: not on your PATH nor in node_modules/.bin: run npm install, then npm link, in your clone of tpm-prep (or add it to this repo as a dev dependency)" >&2; exit 1; fi' --
        language: system
        files: ^stories/.*\\.ya?ml$
      # The bank-level checks (principle coverage, a failure story) need the whole bank; this hook adds
      # them, and repeats the per-story findings. Uncomment it to run it on every commit that touches a story.
      # - id: tpm-prep-lint-bank
      #   name: tpm-prep lint (whole bank)
      #   entry: >-
      #     sh -c 'if command -v tpm-prep >/dev/null 2>&1; then exec tpm-prep lint stories/; elif [ -x node_modules/.bin/tpm-prep ]; then exec node_modules/.bin/tpm-prep lint stories/; else echo "tpm-prep: not on your PATH nor in node_modules/.bin: run npm install, then npm link, in your clone of tpm-prep (or add it to this repo as a dev dependency)" >&2; exit 1; fi' --
      #   language: system
      #   files: ^stories/
      #   pass_filenames: false
`;

describe('tpm-prep init', { timeout: PROCESSES }, () => {
  it('scaffolds a prep repo in a new folder, one line per file', () => {
    const cwd = tempDir();
    const result = cli(['init', 'my-prep'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [...SCAFFOLD.map((f) => `created  my-prep/${f}`), 'Next: fill in my-prep/stories/my-first-story.yaml, then run `tpm-prep lint` in my-prep.', ''].join('\n'),
    );
    for (const file of SCAFFOLD) expect(existsSync(join(cwd, 'my-prep', file))).toBe(true);
    // Atomic writes leave no temporary files behind.
    expect(readdirSync(join(cwd, 'my-prep'), { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
  });

  it('writes a template story that is valid, coached, a draft, and points at a schema that exists', () => {
    const cwd = tempDir();
    cli(['init'], { cwd });
    const story = readFileSync(join(cwd, 'stories/my-first-story.yaml'), 'utf8');
    const [first] = story.split('\n');
    expect(first).toBe('# yaml-language-server: $schema=../schema/story.schema.json');
    const schemaPath = resolve(join(cwd, 'stories'), first!.split('$schema=')[1]!);
    expect(readFileSync(schemaPath, 'utf8')).toBe(cli(['schema']).stdout);
    expect(story).toContain('# Result: what number changed, from what to what?');
    // It says one story per file is the simple way, not the only one.
    expect(story).toContain(
      '# One story per file is the simple way, with the file name as its id. A file may also hold several stories,\n' +
        '# as a list under `stories:` or as documents separated by `---`.',
    );
    expect(parse(story)).toMatchObject({ id: 'my-first-story', draft: true });

    const lint = cli(['lint', '-f', 'json', 'stories/my-first-story.yaml'], { cwd });
    expect(lint.status).toBe(0); // a draft's errors are warnings
    const [file] = JSON.parse(lint.stdout);
    expect(file.messages.filter((m: { ruleId: string }) => ['parse', 'schema'].includes(m.ruleId))).toEqual([]);
  });

  it('gives a first `tpm-prep lint` what the template lacks, and the bank-level rules a line each, not a line per principle', () => {
    const cwd = tempDir();
    cli(['init'], { cwd });
    const lint = cli(['lint'], { cwd });
    expect(lint.status).toBe(0);
    const rules = [...lint.stdout.matchAll(/ {2}warning {2}.* {2}([a-z-]+)$/gm)].map((m) => m[1]);
    expect(rules.filter((r) => r === 'lp-coverage')).toEqual(['lp-coverage']);
    expect(rules.filter((r) => r === 'no-failure-story')).toEqual(['no-failure-story']);
    expect(rules.filter((r) => !['lp-coverage', 'no-failure-story'].includes(r!)).length).toBeGreaterThan(0);
    expect(lint.stdout).toContain('No story claims or shows any of the 16 principles yet (want 1 for each).');
    expect(lint.stdout).toMatch(/^✖ 10 problems \(0 errors, 10 warnings\)/m);
  });

  it('writes a config that lists every rule at its default severity, with what it flags', () => {
    const cwd = tempDir();
    cli(['init'], { cwd });
    const text = readFileSync(join(cwd, '.tpm-prep.yaml'), 'utf8');
    expect(parseConfig(text, '.tpm-prep.yaml').rules).toEqual(defaultConfig().rules);
    const listed = [...text.matchAll(/^ {2}([a-z-]+): (off|warn|error)$/gm)].map((m) => [m[1], m[2]]);
    expect(listed).toEqual(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity]));
    const comments = text.replace(/\n {2}# /g, ' ');
    for (const { meta } of RULES) expect(comments).toContain(meta.description);
    // The loop, commented out, to uncomment: then plan and report plan for it.
    expect(parseConfig(text, '.tpm-prep.yaml').interviewers).toBeUndefined();
    const uncommented = text.replace(/^# (interviewers:|  [A-Z].*)$/gm, '$1');
    expect(parseConfig(uncommented, '.tpm-prep.yaml').interviewers).toEqual([
      { name: 'Bar raiser', lps: ['earn-trust', 'have-backbone-disagree-and-commit'] },
      { name: 'Hiring manager', lps: ['deliver-results', 'ownership'] },
    ]);
  });

  // A user's trial: with the comment line init writes above every key, a key one space off its column was said at
  // that comment, in the parser's words, or (the first rule) as text run on from above.
  it('says a key one space off its column in the config or the story it writes at the key, past the comment above it', () => {
    const cwd = tempDir();
    cli(['init'], { cwd });
    const config = readFileSync(join(cwd, '.tpm-prep.yaml'), 'utf8');
    const lineOf = (text: string, key: string) => text.split('\n').findIndex((line) => line.trimStart().startsWith(`${key}:`)) + 1;
    const OFF = (file: string, line: number, key: string, column: number, expected: number) =>
      `${file}:${line}:${column}: \`${key}\` starts at column ${column}, but the keys around it start at column ${expected}: line it up with them.`;
    writeFileSync(join(cwd, '.tpm-prep.yaml'), config.replace(/^ {2}hedging:/m, '   hedging:'));
    expect(cli(['lint'], { cwd })).toMatchObject({ status: 2, stdout: '', stderr: `tpm-prep: ${OFF('.tpm-prep.yaml', lineOf(config, 'hedging'), 'hedging', 4, 3)}\n` });
    // The first rule: it, not the one after it, nor text run on.
    writeFileSync(join(cwd, '.tpm-prep.yaml'), config.replace(/^ {2}missing-metric:/m, '   missing-metric:'));
    expect(cli(['lint'], { cwd })).toMatchObject({ status: 2, stdout: '', stderr: `tpm-prep: ${OFF('.tpm-prep.yaml', lineOf(config, 'missing-metric'), 'missing-metric', 4, 3)}\n` });
    writeFileSync(join(cwd, '.tpm-prep.yaml'), config);
    const path = join(cwd, 'stories/my-first-story.yaml');
    const story = readFileSync(path, 'utf8').replace(/^situation:$/m, 'situation: It broke.').replace(/^task:$/m, ' task: I owned the fix.');
    writeFileSync(path, story);
    const lint = cli(['lint', '-f', 'compact', 'stories/my-first-story.yaml'], { cwd });
    expect(lint.status).toBe(1);
    expect(lint.stdout.split('\n').filter((line) => line.endsWith('[parse]'))).toEqual([
      `stories/${OFF('my-first-story.yaml', lineOf(story, 'task'), 'task', 2, 1).replace(/^([^:]+:\d+:\d+): /, '$1: error ')} [parse]`,
    ]);
  });

  it('keeps the drill history in git, and says why', () => {
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    cli(['init'], { cwd });
    const gitignore = readFileSync(join(cwd, '.gitignore'), 'utf8');
    expect(gitignore).toMatch(/\.tpm-prep\/ is deliberately NOT ignored/);
    expect(git(cwd, 'check-ignore', '-q', '.tpm-prep/history.jsonl').status).toBe(1);
    expect(git(cwd, 'check-ignore', '-q', 'node_modules/x').status).toBe(0);
  });

  it('leaves the page `tpm-prep report` writes out of git, so `git add -A` after a report commits none', () => {
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    cli(['init'], { cwd });
    expect(cli(['report'], { cwd }).status).toBe(0);
    expect(existsSync(join(cwd, 'report.html'))).toBe(true);
    // Run from stories/, the page is written there: left out too.
    expect(cli(['report'], { cwd: join(cwd, 'stories') }).status).toBe(0);
    expectOk(git(cwd, 'add', '-A'));
    const staged = git(cwd, 'diff', '--cached', '--name-only').stdout.split('\n').filter(Boolean);
    expect(staged.sort()).toEqual([...SCAFFOLD].sort());
    // A page written under another name, to share, is the user's to add or not.
    expect(readFileSync(join(cwd, '.gitignore'), 'utf8')).toContain('report --redact -o share.html');
    // The line init writes is the page report writes by default.
    expect(REPORT_PAGE).toBe(DEFAULT_OUTPUT);
  });

  it('brings a .gitignore an earlier tpm-prep wrote up to date, without --force and with no copy; leaves your own alone, saying what it lacks', () => {
    const cwd = tempDir();
    cli(['init'], { cwd });
    const current = readFileSync(join(cwd, '.gitignore'), 'utf8');
    for (const earlier of [EARLIER_GITIGNORE, EARLIER_GITIGNORE_2, EARLIER_GITIGNORE_3]) {
      writeFileSync(join(cwd, '.gitignore'), earlier);
      const again = cli(['init'], { cwd });
      expect(again).toMatchObject({ status: 0, stderr: '' });
      expect(again.stdout.split('\n')).toContain('updated  .gitignore');
      expect(again.stdout).toContain(MANY_EXIST);
      expect(readFileSync(join(cwd, '.gitignore'), 'utf8')).toBe(current);
      expect(existsSync(join(cwd, '.gitignore.bak'))).toBe(false);
    }
    expect(cli(['init'], { cwd }).stdout.split('\n')).toContain('skipped  .gitignore (exists)');
    expect(cli(['init', '--force'], { cwd }).stdout.split('\n')).toContain('skipped  .gitignore (unchanged)');
    // Checked out with CRLF line ends (git on Windows), it is still the earlier one.
    writeFileSync(join(cwd, '.gitignore'), EARLIER_GITIGNORE.replace(/\n/g, '\r\n'));
    expect(cli(['init'], { cwd }).stdout.split('\n')).toContain('updated  .gitignore');

    // Your own .gitignore stays as it is; its line says if it lets the page or the SARIF report into git, and what to add.
    writeFileSync(join(cwd, '.gitignore'), 'node_modules/\n');
    expect(cli(['init'], { cwd }).stdout.split('\n')).toContain(
      "skipped  .gitignore (exists, and lets report.html (the page `tpm-prep report` writes) and tpm-prep.sarif (the report the README's CI workflow writes) into git: add a line for each to it)",
    );
    expect(readFileSync(join(cwd, '.gitignore'), 'utf8')).toBe('node_modules/\n');
    writeFileSync(join(cwd, '.gitignore'), 'node_modules/\ntpm-prep.sarif\n');
    expect(cli(['init'], { cwd }).stdout.split('\n')).toContain(
      'skipped  .gitignore (exists, and lets report.html, the page `tpm-prep report` writes, into git: add a line `report.html` to it)',
    );
    writeFileSync(join(cwd, '.gitignore'), 'node_modules/\nreport.html\n');
    expect(cli(['init'], { cwd }).stdout.split('\n')).toContain(
      "skipped  .gitignore (exists, and lets tpm-prep.sarif, the report the README's CI workflow writes, into git: add a line `tpm-prep.sarif` to it)",
    );
    for (const page of ['report.html', '/report.html', '*.html']) {
      for (const sarif of ['tpm-prep.sarif', '/tpm-prep.sarif', '*.sarif']) {
        writeFileSync(join(cwd, '.gitignore'), `node_modules/\n${page}\n${sarif}\n`);
        expect(cli(['init'], { cwd }).stdout.split('\n')).toContain('skipped  .gitignore (exists)');
      }
    }
  });

  it("leaves the SARIF report the README's CI workflow writes out of git, so `git add -A` after that step commits none", () => {
    const steps: { run?: string }[] = parse(recipe('github-actions')).jobs.lint.steps;
    const sarifStep = steps.find((s) => s.run?.includes('--format sarif'))!.run!;
    // The name init leaves out is the one the workflow writes, at the top of the repo.
    expect(/--output (\S+)/.exec(sarifStep)?.[1]).toBe(SARIF_REPORT);
    const repo = prepRepo(); // `npx tpm-prep` resolves to this checkout, as in CI
    expectOk(run(process.execPath, [BIN, 'init'], repo));
    expect(sh(sarifStep, repo).status).toBe(0);
    expect(existsSync(join(repo, SARIF_REPORT))).toBe(true);
    expectOk(git(repo, 'add', '-A'));
    const staged = git(repo, 'diff', '--cached', '--name-only').stdout.split('\n').filter(Boolean);
    expect(staged.sort()).toEqual([...SCAFFOLD].sort());
  });

  it('never replaces an existing file without --force', () => {
    const cwd = tempDir();
    cli(['init'], { cwd });
    writeFileSync(join(cwd, '.tpm-prep.yaml'), 'rules:\n  no-tradeoff: warn\n');
    const again = cli(['init'], { cwd });
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(
      [...SCAFFOLD.map((f) => `skipped  ${f} (exists)`), MANY_EXIST, 'Next: fill in stories/my-first-story.yaml, then run `tpm-prep lint`.', ''].join('\n'),
    );
    expect(readFileSync(join(cwd, '.tpm-prep.yaml'), 'utf8')).toBe('rules:\n  no-tradeoff: warn\n');

    const forced = cli(['init', '--force'], { cwd });
    expect(forced.stdout.split('\n').slice(0, SCAFFOLD.length)).toEqual(
      // Only the file that changed is rewritten; the others already hold what init writes.
      SCAFFOLD.map((f) => (f === '.tpm-prep.yaml' ? `replaced ${f} (yours is kept as ${f}.bak)` : `skipped  ${f} (unchanged)`)),
    );
    expect(readFileSync(join(cwd, '.tpm-prep.yaml'), 'utf8')).toContain('no-tradeoff: error');
  });

  it('with --force, keeps a copy of each file whose content it changes, never over an earlier copy', () => {
    const cwd = tempDir();
    cli(['init'], { cwd });
    const story = join(cwd, 'stories', 'my-first-story.yaml');
    writeFileSync(story, 'title: My filled-in first story\n');
    writeFileSync(join(cwd, '.tpm-prep.yaml'), 'rules:\n  no-tradeoff: warn\n');
    const forced = cli(['init', '--force'], { cwd });
    expect(forced).toMatchObject({ status: 0, stderr: '' });
    expect(forced.stdout).toBe(
      [
        'replaced stories/my-first-story.yaml (yours is kept as stories/my-first-story.yaml.bak)',
        'skipped  schema/story.schema.json (unchanged)',
        'replaced .tpm-prep.yaml (yours is kept as .tpm-prep.yaml.bak)',
        'skipped  .gitignore (unchanged)',
        'skipped  .gitattributes (unchanged)',
        'Next: fill in stories/my-first-story.yaml, then run `tpm-prep lint`.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(`${story}.bak`, 'utf8')).toBe('title: My filled-in first story\n');
    expect(readFileSync(join(cwd, '.tpm-prep.yaml.bak'), 'utf8')).toBe('rules:\n  no-tradeoff: warn\n');
    // Files it would write unchanged get no copy; a copy in stories/ is not a story lint reads.
    expect(existsSync(join(cwd, '.gitignore.bak'))).toBe(false);
    expect(existsSync(join(cwd, 'schema', 'story.schema.json.bak'))).toBe(false);
    expect(JSON.parse(cli(['lint', '-f', 'json', 'stories/'], { cwd }).stdout).map((f: { filePath: string }) => f.filePath.split('/').at(-1))).not.toContain(
      'my-first-story.yaml.bak',
    );

    // Changed again: the first copy stays as it was, the new one takes the next name.
    writeFileSync(join(cwd, '.tpm-prep.yaml'), 'rules:\n  no-tradeoff: off\n');
    const again = cli(['init', '--force'], { cwd });
    expect(again.stdout).toContain('replaced .tpm-prep.yaml (yours is kept as .tpm-prep.yaml.bak.1)\n');
    expect(readFileSync(join(cwd, '.tpm-prep.yaml.bak'), 'utf8')).toBe('rules:\n  no-tradeoff: warn\n');
    expect(readFileSync(join(cwd, '.tpm-prep.yaml.bak.1'), 'utf8')).toBe('rules:\n  no-tradeoff: off\n');

    // Nothing changed since: nothing to keep.
    const unchanged = cli(['init', '--force'], { cwd });
    expect(unchanged.stdout).not.toContain('kept');
    expect(unchanged.stdout.split('\n').slice(0, SCAFFOLD.length)).toEqual(SCAFFOLD.map((f) => `skipped  ${f} (unchanged)`));
    expect(readdirSync(cwd).filter((f) => f.includes('.bak')).sort()).toEqual(['.tpm-prep.yaml.bak', '.tpm-prep.yaml.bak.1']);
  });

  it("leaves the copies --force keeps out of git, every name it gives them, and never a story's name", () => {
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    cli(['init'], { cwd });
    for (const rules of ['rules:\n  no-tradeoff: warn\n', 'rules:\n  no-tradeoff: off\n']) {
      writeFileSync(join(cwd, 'stories', 'my-first-story.yaml'), `title: ${rules}`);
      writeFileSync(join(cwd, '.tpm-prep.yaml'), rules);
      expect(cli(['init', '--force'], { cwd }).stdout).toContain('(yours is kept as .tpm-prep.yaml.bak');
    }
    expect(readdirSync(cwd).filter((f) => f.includes('.bak')).sort()).toEqual(['.tpm-prep.yaml.bak', '.tpm-prep.yaml.bak.1']);
    expectOk(git(cwd, 'add', '-A'));
    expect(git(cwd, 'diff', '--cached', '--name-only').stdout.split('\n').filter(Boolean).sort()).toEqual([...SCAFFOLD].sort());
    // Every name a copy can take, and none a story can.
    const copies = Array.from({ length: MAX_BACKUPS }, (_, attempt) => backupName('stories/a.yaml', attempt));
    expect(copies.at(-1)).toBe('stories/a.yaml.bak.99');
    const stories = ['stories/restore.bak.yaml', 'stories/db.bak.1.yaml', 'stories/bak.yml', 'stories/old.bak.v2.yaml', 'stories/a.yaml.bak.100.yaml'];
    const ignored = git(cwd, 'check-ignore', '--no-index', ...copies, ...stories).stdout.split('\n').filter(Boolean);
    expect(ignored).toEqual(copies);
  });

  it('with --force --hook, keeps a copy of a git hook of your own, executable as it was', () => {
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    const hook = join(cwd, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho mine\n', { mode: 0o755 });
    const forced = cli(['init', '--hook', '--force'], { cwd });
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('replaced .git/hooks/pre-commit (yours is kept as .git/hooks/pre-commit.bak)\n');
    expect(readFileSync(`${hook}.bak`, 'utf8')).toBe('#!/bin/sh\necho mine\n');
    expect(statSync(`${hook}.bak`).mode & 0o777).toBe(0o755);
    expect(readFileSync(hook, 'utf8')).toContain('tpm-prep: lint the stories staged');
  });

  // The hook the first tpm-prep wrote (09db550), as a user who upgraded has it.
  const OLD_HOOK = [
    '#!/bin/sh',
    '# tpm-prep: lint the stories staged for this commit; a story with errors stops the commit.',
    '# Written by `tpm-prep init --hook`. Skip it once with `git commit --no-verify`.',
    'if command -v tpm-prep >/dev/null 2>&1; then set -- tpm-prep; else set -- npx --no tpm-prep; fi',
    "git diff --cached --name-only --diff-filter=ACMR -z -- 'stories/*.yaml' 'stories/*.yml' | xargs -0 -r \"$@\" lint",
    '',
  ].join('\n');

  it('--hook updates the hook an earlier tpm-prep wrote, without --force, and leaves your config and stories alone', () => {
    const fresh = tempDir();
    expectOk(git(fresh, 'init', '-q'));
    expect(cli(['init', '--hook'], { cwd: fresh }).status).toBe(0);
    const current = readFileSync(join(fresh, '.git', 'hooks', 'pre-commit'), 'utf8');

    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    expect(cli(['init'], { cwd }).status).toBe(0);
    const hook = join(cwd, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, OLD_HOOK, { mode: 0o755 });
    writeFileSync(join(cwd, '.tpm-prep.yaml'), 'rules:\n  no-tradeoff: warn\n');
    writeFileSync(join(cwd, 'stories', 'my-first-story.yaml'), 'title: My filled-in first story\n');

    // With tpm-prep on PATH, as the hook will find it (else init says it won't, after the hook's line).
    const updated = cli(['init', '--hook'], { cwd, env: { PATH: `${binDir()}${delimiter}${process.env.PATH}` } });
    expect(updated).toMatchObject({ status: 0, stderr: '' });
    // Word for word as that tpm-prep wrote it, it holds nothing of hers: updated, with no copy kept (as --pre-commit's config).
    expect(updated.stdout).toBe(
      [
        ...SCAFFOLD.map((f) => `skipped  ${f} (exists)`),
        'updated  .git/hooks/pre-commit',
        MANY_EXIST,
        'Next: fill in stories/my-first-story.yaml, then run `tpm-prep lint`.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(hook, 'utf8')).toBe(current);
    expect(statSync(hook).mode & 0o777).toBe(0o755);
    // Nothing else was replaced, nor copied.
    expect(readFileSync(join(cwd, '.tpm-prep.yaml'), 'utf8')).toBe('rules:\n  no-tradeoff: warn\n');
    expect(readFileSync(join(cwd, 'stories', 'my-first-story.yaml'), 'utf8')).toBe('title: My filled-in first story\n');
    expect(readdirSync(cwd, { recursive: true }).filter((f) => String(f).includes('.bak'))).toEqual([]);

    // Up to date: nothing to do.
    const again = cli(['init', '--hook'], { cwd });
    expect(again.stdout).toContain('\nskipped  .git/hooks/pre-commit (unchanged)\n');

    // The hook of before the note on unstaged changes after the warnings line, and before its lines were wrapped (its
    // SHA-256 is in init's list): updated, no copy. (test/e2e/plain-terminal.test.ts has the ones between.)
    const beforeNote = hookBeforeNamedFiles(current)
      .replace(/^say\(\) \{\n[^]*?\n\}\n/m, '')
      .replace(/^( *)say (.*)$/gm, '$1echo $2 >&2')
      .replace(/\n\n# A file with warnings linted as staged[^]*$/, '\n');
    expect(createHash('sha256').update(beforeNote).digest('hex')).toBe('d8be7dbee5117c1db6cc060a83c34e81b352f799064463ba3548906679a407a0');
    writeFileSync(hook, beforeNote, { mode: 0o755 });
    expect(cli(['init', '--hook'], { cwd }).stdout).toContain('\nupdated  .git/hooks/pre-commit\n');
    expect(readFileSync(hook, 'utf8')).toBe(current);
    expect(existsSync(`${hook}.bak`)).toBe(false);

    // An earlier hook with a line of her own in it is updated too (its marker line says whose it is), keeping a copy.
    const edited = OLD_HOOK.replace('\ngit diff', '\ngit diff --cached --check || exit 1\ngit diff');
    writeFileSync(hook, edited, { mode: 0o755 });
    expect(cli(['init', '--hook'], { cwd }).stdout).toContain('\nupdated  .git/hooks/pre-commit (the old one is kept as .git/hooks/pre-commit.bak)\n');
    expect(readFileSync(hook, 'utf8')).toBe(current);
    expect(readFileSync(`${hook}.bak`, 'utf8')).toBe(edited);
  });

  it('--hook leaves a hook tpm-prep did not write alone, writes the rest, and gives the line to add to it (exit 2); with the line there, it stops a weak story and init exits 0', () => {
    const cwd = prepRepo(); // `npx --no --offline tpm-prep`, in the line, resolves to this checkout
    const hook = join(cwd, '.git', 'hooks', 'pre-commit');
    const own = '#!/bin/sh\n# tpm-prep is great\nset -e\ngit diff --cached --check\n';
    writeFileSync(hook, own, { mode: 0o755 });
    const left = cli(['init', '--hook'], { cwd });
    expect(left.status).toBe(2);
    expect(left.stdout).toBe(`${SCAFFOLD.map((f) => `created  ${f}\n`).join('')}Next: fill in stories/my-first-story.yaml, then run \`tpm-prep lint\`.\n`);
    expect(left.stderr).toBe(
      'tpm-prep: --hook wrote no git hook: .git/hooks/pre-commit is not one tpm-prep wrote, so it is left as it is. To lint the staged stories at each commit, as they will be committed, add this line to .git/hooks/pre-commit, above any exit or exec line in it (or move it away and run init --hook again):\n' +
        recipe('husky'),
    );
    for (const file of SCAFFOLD) expect(existsSync(join(cwd, file))).toBe(true);
    expect(readFileSync(hook, 'utf8')).toBe(own);
    expect(readdirSync(join(cwd, '.git', 'hooks')).filter((f) => f.startsWith('pre-commit') && !f.endsWith('.sample'))).toEqual(['pre-commit']);
    // Run again, it writes nothing new and still says so.
    const again = cli(['init', '--hook'], { cwd });
    expect([again.status, again.stderr]).toEqual([2, left.stderr]);
    expect(again.stdout).toContain(`${MANY_EXIST}\n`);

    // The line added to her hook, it lints the staged stories: a weak one stops the commit, a strong one goes through.
    appendFileSync(hook, `${left.stderr.split('\n')[1]}\n`);
    rmSync(join(cwd, 'stories', 'my-first-story.yaml'));
    expectWeakRefusedStrongAccepted(cwd);

    // And init --hook finds the line there: nothing more to do, exit 0, her hook as she left it.
    const done = cli(['init', '--hook'], { cwd });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('\nskipped  .git/hooks/pre-commit (runs tpm-prep lint already)\n');
    expect(readFileSync(hook, 'utf8')).toBe(`${own}${recipe('husky')}`);

    // A review: the line after an `exit 0`, or commented out, never runs, so it is not taken for one that does.
    for (const hookText of [`#!/bin/sh\nexit 0\n${recipe('husky')}`, `#!/bin/sh\n# ${recipe('husky')}`]) {
      writeFileSync(hook, hookText, { mode: 0o755 });
      const told = cli(['init', '--hook'], { cwd });
      expect(told.status).toBe(2);
      expect(told.stderr).toContain('above any exit or exec line in it');
    }
    // But an exec that only redirects the hook's input ends nothing: the line after it runs.
    writeFileSync(hook, `#!/bin/sh\nexec < /dev/tty\n${recipe('husky')}`, { mode: 0o755 });
    expect(cli(['init', '--hook'], { cwd }).status).toBe(0);
  });

  it("where husky owns the hooks (core.hooksPath in .husky), --hook writes the scaffold but no hook, prints the line to add to .husky/pre-commit, and exits 2", () => {
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    mkdirSync(join(cwd, '.husky', '_'), { recursive: true });
    writeFileSync(join(cwd, '.husky', '_', 'pre-commit'), '#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n', { mode: 0o755 });
    writeFileSync(join(cwd, '.husky', 'pre-commit'), 'npm test\n');
    expectOk(git(cwd, 'config', 'core.hooksPath', '.husky/_'));
    const done = cli(['init', '--hook'], { cwd });
    expect(done.status).toBe(2);
    expect(done.stdout).toBe(`${SCAFFOLD.map((f) => `created  ${f}\n`).join('')}Next: fill in stories/my-first-story.yaml, then run \`tpm-prep lint\`.\n`);
    expect(done.stderr).toBe(
      "tpm-prep: --hook wrote no git hook: core.hooksPath is .husky/_, husky's, so git runs only husky's hooks. To lint the staged stories at each commit, as they will be committed, add this line to .husky/pre-commit, above any exit or exec line in it:\n" +
        recipe('husky'),
    );
    for (const file of SCAFFOLD) expect(existsSync(join(cwd, file))).toBe(true);
    // husky's own files are left as they were.
    expect(readFileSync(join(cwd, '.husky', '_', 'pre-commit'), 'utf8')).toBe('#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n');
    expect(readFileSync(join(cwd, '.husky', 'pre-commit'), 'utf8')).toBe('npm test\n');
    expect(readdirSync(join(cwd, '.husky')).sort()).toEqual(['_', 'pre-commit']);

    // The line added, init --hook finds it there: nothing more to do, exit 0.
    writeFileSync(join(cwd, '.husky', 'pre-commit'), `npm test\n${done.stderr.split('\n')[1]}\n`);
    const again = cli(['init', '--hook'], { cwd });
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('\nskipped  .husky/pre-commit (runs tpm-prep lint already)\n');
    // The line lints the stories as staged (a new user's trial: the earlier one linted their working copies).
    expect(recipe('husky')).toContain('tpm-prep lint --staged');

    // The earlier recipe's line, which linted the working copies: still exit 0, but init says to replace it.
    const earlier = "git diff --cached --name-only --diff-filter=ACMR -z -- 'stories/*.yaml' 'stories/*.yml' | xargs -0 -r npx --no --offline tpm-prep lint";
    writeFileSync(join(cwd, '.husky', 'pre-commit'), `npm test\n${earlier}\n`);
    const old = cli(['init', '--hook'], { cwd });
    expect([old.status, old.stderr]).toEqual([0, '']);
    expect(old.stdout).toContain(
      `\nskipped  .husky/pre-commit (runs tpm-prep lint already, but on the working copy of each staged story, so a fix not staged hides a staged error: to lint them as staged, replace its line with ${recipe('husky').trim()})\n`,
    );

    // A hooks folder of one's own is honoured: the hook goes there.
    expectOk(git(cwd, 'config', 'core.hooksPath', 'githooks'));
    mkdirSync(join(cwd, 'githooks'));
    expect(cli(['init', '--hook'], { cwd }).status).toBe(0);
    expect(existsSync(join(cwd, 'githooks', 'pre-commit'))).toBe(true);
  });

  it("where husky owns the hooks and package.json has lint-staged, --hook also gives the lint-staged recipe's entry; with it in place, exit 0", () => {
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    mkdirSync(join(cwd, '.husky'), { recursive: true });
    // husky 4 to 8 set core.hooksPath to .husky itself.
    expectOk(git(cwd, 'config', 'core.hooksPath', '.husky'));
    writeFileSync(join(cwd, '.husky', 'pre-commit'), 'npx lint-staged\n');
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'my-prep', devDependencies: { 'lint-staged': '^15.0.0' }, 'lint-staged': { '*.js': 'eslint' } }));
    const done = cli(['init', '--hook'], { cwd });
    expect(done.status).toBe(2);
    expect(done.stdout).toContain('created  .tpm-prep.yaml\n');
    const entry = recipe('lint-staged').match(/^ {4}(".*")$/m)![1]!;
    expect(done.stderr).toBe(
      "tpm-prep: --hook wrote no git hook: core.hooksPath is .husky, husky's, so git runs only husky's hooks. To lint the staged stories at each commit, as they will be committed, add this line to .husky/pre-commit, above any exit or exec line in it:\n" +
        recipe('husky') +
        `tpm-prep: or, as this repo has lint-staged, add ${entry} to "lint-staged" in package.json, with \`npx lint-staged\` in .husky/pre-commit (the README's lint-staged recipe).\n`,
    );
    expect(readFileSync(join(cwd, '.husky', 'pre-commit'), 'utf8')).toBe('npx lint-staged\n');

    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'my-prep', 'lint-staged': { '*.js': 'eslint', ...JSON.parse(`{${entry}}`) } }));
    const again = cli(['init', '--hook'], { cwd });
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('\nskipped  .husky/pre-commit (runs lint-staged, which runs tpm-prep lint)\n');
  });

  it('does not bring the template story back once the bank has stories of its own', () => {
    const cwd = tempDir();
    cli(['init'], { cwd });
    writeFileSync(join(cwd, 'stories', 'renewal.yaml'), 'id: renewal\ntitle: The renewal I saved\n');
    rmSync(join(cwd, 'stories', 'my-first-story.yaml'));
    const again = cli(['init'], { cwd });
    expect(again.status).toBe(0);
    expect(again.stdout.split('\n')[0]).toBe('skipped  stories/my-first-story.yaml (stories/ has your stories)');
    expect(again.stdout).toContain('Next: run `tpm-prep lint`.\n');
    expect(existsSync(join(cwd, 'stories', 'my-first-story.yaml'))).toBe(false);
    // --force replaces what exists; it doesn't bring back what the user deleted.
    const forced = cli(['init', '.', '--force'], { cwd });
    expect(existsSync(join(cwd, 'stories', 'my-first-story.yaml'))).toBe(false);
    expect(forced.stdout.endsWith('Next: run `tpm-prep lint`.\n')).toBe(true);
  });

  it('writes the files it can and skips the rest, naming each', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'stories'));
    writeFileSync(join(cwd, 'stories', 'my-first-story.yaml'), 'title: Mine\n');
    const result = cli(['init'], { cwd });
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['skipped  stories/my-first-story.yaml (exists)', 'created  schema/story.schema.json']);
    expect(result.stdout).toContain('\n--force replaces the file marked (exists), keeping a copy if it changes it.\n');
    expect(readFileSync(join(cwd, 'stories', 'my-first-story.yaml'), 'utf8')).toBe('title: Mine\n');
  });

  // A new user's trial: run again with a bank of her own, init --pre-commit said six `skipped` lines, then "5 files
  // were left as they were", a count that disagreed with the lines and said nothing they didn't.
  it('ends what it left as it was with what --force would do, and no count: the `skipped` lines say which', () => {
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    expect(cli(['init', '--pre-commit'], { cwd }).status).toBe(0);
    rmSync(join(cwd, 'stories', 'my-first-story.yaml'));
    writeFileSync(join(cwd, 'stories', 'renewal.yaml'), 'id: renewal\ntitle: The renewal I saved\n');
    const again = cli(['init', '--pre-commit'], { cwd });
    expect(again).toMatchObject({ status: 0, stderr: '' });
    expect(again.stdout).toBe(
      [
        'skipped  stories/my-first-story.yaml (stories/ has your stories)',
        ...[...SCAFFOLD.slice(1), '.pre-commit-config.yaml'].map((f) => `skipped  ${f} (exists)`),
        MANY_EXIST,
        'Next: run `tpm-prep lint`.',
        '',
      ].join('\n'),
    );
    // With --force, each already as init writes it: unchanged, nothing to replace, so nothing to say about --force.
    const forced = cli(['init', '--pre-commit', '--force'], { cwd });
    expect(forced.stdout).not.toContain('--force');
    expect(forced.stdout).toContain('skipped  .pre-commit-config.yaml (unchanged)\n');
  });

  it('refuses --hook outside a git repository, writing nothing (exit 2)', () => {
    const cwd = tempDir();
    const result = cli(['init', '--hook'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('tpm-prep: --hook needs a git repository, and . is in none: run `git init .` first, or use --pre-commit.\n');
    expect(result.stdout).toBe('');
    expect(readdirSync(cwd)).toEqual([]);
    // A folder to make, in no repository either.
    expect(cli(['init', '--hook', 'prep/here'], { cwd })).toMatchObject({ status: 2, stdout: '', stderr: 'tpm-prep: --hook needs a git repository, and prep/here is in none: run `git init prep/here` first, or use --pre-commit.\n' });
    // Inside a repository's .git folder there is no working tree to scaffold in: no `git init` advice there.
    expectOk(git(cwd, 'init', '-q'));
    const inGit = cli(['init', '--hook'], { cwd: join(cwd, '.git') });
    expect(inGit).toMatchObject({ status: 2, stdout: '', stderr: "tpm-prep: --hook: . is inside a repository's .git folder; name a folder of its working tree for the prep repo.\n" });
    expect(readdirSync(cwd)).toEqual(['.git']);
  });

  it('--pre-commit updates the config an earlier tpm-prep wrote, without --force and with no copy; a config of your own it leaves alone, saying if it lets pre-commit split the stories', () => {
    const cwd = tempDir();
    expect(cli(['init'], { cwd }).status).toBe(0);
    const config = join(cwd, '.pre-commit-config.yaml');
    writeFileSync(config, EARLIER_PRE_COMMIT_CONFIG);
    const updated = cli(['init', '--pre-commit'], { cwd });
    expect(updated).toMatchObject({ status: 0, stderr: '' });
    expect(updated.stdout).toContain('\nupdated  .pre-commit-config.yaml\n');
    const hooks = () => parse(readFileSync(config, 'utf8')).repos[0].hooks as Record<string, unknown>[];
    expect(hooks()).toEqual([expect.objectContaining({ id: 'tpm-prep-lint', require_serial: true })]);
    // The commented-out bank hook has it too, to uncomment with it.
    expect(readFileSync(config, 'utf8')).toMatch(/^ {6}# {3}pass_filenames: false\n {6}# {3}require_serial: true\n/m);
    expect(readdirSync(cwd).filter((f) => f.includes('.bak'))).toEqual([]);
    // Current: left as it is.
    expect(cli(['init', '--pre-commit'], { cwd }).stdout).toContain('\nskipped  .pre-commit-config.yaml (exists)\n');
    // Each older one too, with Windows line ends as well (init knows them by their digest, not by a copy of their text).
    for (const older of NPX_PRE_COMMIT_CONFIGS.flatMap((text) => [text, text.replace(/\n/g, '\r\n')])) {
      writeFileSync(config, older);
      expect(cli(['init', '--pre-commit'], { cwd }).stdout).toContain('\nupdated  .pre-commit-config.yaml\n');
      expect(hooks()).toEqual([expect.objectContaining({ id: 'tpm-prep-lint', require_serial: true })]);
    }
    expect(readdirSync(cwd).filter((f) => f.includes('.bak'))).toEqual([]);

    // Your own (the earlier one with a hook of yours added): left alone, and told what its tpm-prep hook lacks.
    const own = EARLIER_PRE_COMMIT_CONFIG.replace('    hooks:\n', '    hooks:\n      - id: no-tabs\n        name: no tabs\n        entry: \'\\t\'\n        language: pygrep\n');
    writeFileSync(config, own);
    const told = cli(['init', '--pre-commit'], { cwd });
    expect(told.status).toBe(0);
    expect(told.stdout).toContain(
      '\nskipped  .pre-commit-config.yaml (exists, and lets pre-commit split the stories across parallel runs of tpm-prep lint (a report each, and no duplicate-id between them): add `require_serial: true` to its tpm-prep hook)\n',
    );
    expect(readFileSync(config, 'utf8')).toBe(own);
    // With the key added, or with the README recipe's hooks (whose keys this repository's hook file gives), nothing to say.
    writeFileSync(config, own.replace('        language: system\n', '        language: system\n        require_serial: true\n'));
    expect(cli(['init', '--pre-commit'], { cwd }).stdout).toContain('\nskipped  .pre-commit-config.yaml (exists)\n');
    writeFileSync(config, recipe('pre-commit'));
    expect(cli(['init', '--pre-commit'], { cwd }).stdout).toContain('\nskipped  .pre-commit-config.yaml (exists)\n');
  });

  // Two new users' trials: `init --hook`, then `pre-commit install`, which keeps the hook as pre-commit.legacy and runs
  // it before the config's hooks: every commit printed the report twice. Said when the hook is written beside a
  // pre-commit config, and when init --hook finds both.
  it('--hook beside a pre-commit config says to use one; finding both hooks lint (pre-commit.legacy and the config), says each commit lints twice', () => {
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    expect(cli(['init', '--pre-commit'], { cwd }).status).toBe(0);
    const hook = cli(['init', '--hook'], { cwd });
    expect(hook).toMatchObject({ status: 0, stderr: '' });
    expect(hook.stdout).toContain('\ncreated  .git/hooks/pre-commit\n');
    expect(hook.stdout).toContain(
      '\n.pre-commit-config.yaml runs tpm-prep lint too: use one. After `pre-commit install`, which keeps this hook as .git/hooks/pre-commit.legacy and runs it first, each commit would lint twice (delete .git/hooks/pre-commit.legacy then).\n',
    );
    // `pre-commit install`, as its migration mode leaves the hooks.
    const hooks = join(cwd, '.git', 'hooks');
    copyFileSync(join(hooks, 'pre-commit'), join(hooks, 'pre-commit.legacy'));
    writeFileSync(join(hooks, 'pre-commit'), '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\n', { mode: 0o755 });
    const both = cli(['init', '--hook'], { cwd });
    expect(both).toMatchObject({ status: 0, stderr: '' });
    expect(both.stdout).toContain(
      "\nskipped  .git/hooks/pre-commit (pre-commit's, and .pre-commit-config.yaml runs tpm-prep lint; so does .git/hooks/pre-commit.legacy, the hook tpm-prep wrote, which pre-commit runs first, so each commit lints twice: delete .git/hooks/pre-commit.legacy to lint once)\n",
    );
    // A pre-commit config that runs no tpm-prep: the hook is written, with a word on what pre-commit install would do.
    const other = tempDir();
    expectOk(git(other, 'init', '-q'));
    writeFileSync(join(other, '.pre-commit-config.yaml'), 'repos: []\n');
    const beside = cli(['init', '--hook'], { cwd: other });
    expect(beside).toMatchObject({ status: 0, stderr: '' });
    expect(beside.stdout).toContain(
      "\n.pre-commit-config.yaml is pre-commit's: `pre-commit install` keeps this hook as .git/hooks/pre-commit.legacy and runs it first. Use one to lint: this hook, or a tpm-prep hook in .pre-commit-config.yaml (`tpm-prep init --pre-commit` writes one), not both.\n",
    );
    // No pre-commit config: no such line.
    const plain = tempDir();
    expectOk(git(plain, 'init', '-q'));
    expect(cli(['init', '--hook'], { cwd: plain }).stdout).not.toContain('pre-commit install');
  });

  // A trial: `init --hook` said so of a pre-commit config beside it, but `init --pre-commit` said nothing of the hook
  // `init --hook` had written, and each commit would lint twice.
  it('--pre-commit beside the hook init --hook wrote says to use one; after `pre-commit install`, says each commit lints twice', () => {
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    expect(cli(['init', '--hook'], { cwd }).status).toBe(0);
    const told = cli(['init', '--pre-commit'], { cwd });
    expect(told).toMatchObject({ status: 0, stderr: '' });
    expect(told.stdout).toContain('\ncreated  .pre-commit-config.yaml\n');
    expect(told.stdout).toContain(
      '\n.git/hooks/pre-commit is the git hook `tpm-prep init --hook` wrote, which lints the staged stories too: use one. After `pre-commit install`, which keeps it as .git/hooks/pre-commit.legacy and runs it first, each commit would lint twice (delete .git/hooks/pre-commit.legacy then).\n',
    );
    // `pre-commit install`, as its migration mode leaves the hooks.
    const hooks = join(cwd, '.git', 'hooks');
    copyFileSync(join(hooks, 'pre-commit'), join(hooks, 'pre-commit.legacy'));
    writeFileSync(join(hooks, 'pre-commit'), '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\n', { mode: 0o755 });
    expect(cli(['init', '--pre-commit'], { cwd }).stdout).toContain(
      '\n.git/hooks/pre-commit.legacy is the git hook `tpm-prep init --hook` wrote, which pre-commit runs first, so each commit lints twice: delete .git/hooks/pre-commit.legacy to lint once.\n',
    );
    // No hook of tpm-prep's: no such line.
    const plain = tempDir();
    expectOk(git(plain, 'init', '-q'));
    expect(cli(['init', '--pre-commit'], { cwd: plain }).stdout).not.toContain('init --hook');
  });

  // Two new users' trials: init --hook in a new folder of a home kept in git (a dotfiles repository in ~) put the hook in
  // ~/.git/hooks, to lint at every commit of the dotfiles. A fresh prep repo (no stories/ yet) below the top of a
  // repository at the home folder, or of one that ignores the folder, is refused, writing nothing, unless --force; a
  // monorepo's sub-folder is not (the tests of a folder below the top).
  it('refuses --hook in a new folder of a repository at the home folder, or one that ignores it, writing nothing; --force puts the hook there', () => {
    const home = tempDir();
    expectOk(git(home, 'init', '-q'));
    mkdirSync(join(home, 'prep'));
    const refused = cli(['init', '--hook'], { cwd: join(home, 'prep'), env: { HOME: home } });
    expect(refused).toEqual({
      status: 2,
      stdout: '',
      stderr: `tpm-prep: --hook: This folder has no repository of its own, only the one at ${home} (your home folder), and the hook would lint at that repository's every commit. Run \`git init\` first, or pass --force to put the hook there.\n`,
    });
    expect(readdirSync(join(home, 'prep'))).toEqual([]);
    expect(existsSync(join(home, '.git', 'hooks', 'pre-commit'))).toBe(false);
    // Named from the home folder: the same, naming it.
    expect(cli(['init', '--hook', 'prep'], { cwd: home, env: { HOME: home } }).stderr).toContain('tpm-prep: --hook: prep has no repository of its own, only the one at');
    // The advice: a repository of its own.
    expectOk(git(join(home, 'prep'), 'init', '-q'));
    expect(cli(['init', '--hook'], { cwd: join(home, 'prep'), env: { HOME: home } })).toMatchObject({ status: 0, stderr: '' });
    expect(existsSync(join(home, 'prep', '.git', 'hooks', 'pre-commit'))).toBe(true);
    // Or --force: the hook in the home's repository, for this folder's bank.
    mkdirSync(join(home, 'other'));
    const forced = cli(['init', '--hook', '--force'], { cwd: join(home, 'other'), env: { HOME: home } });
    expect(forced).toMatchObject({ status: 0, stderr: '' });
    expect(forced.stdout).toContain("created  ../.git/hooks/pre-commit (the repository's hook, at its top: it lints the stories staged in other/stories/, from other/)\n");
    // Its bank there now, init --hook brings the hook up to date without --force.
    expect(cli(['init', '--hook'], { cwd: join(home, 'other'), env: { HOME: home } })).toMatchObject({ status: 0, stderr: '' });

    // A repository below the home folder that ignores the folder.
    const repo = tempDir();
    expectOk(git(repo, 'init', '-q'));
    writeFileSync(join(repo, '.gitignore'), 'private/\n');
    const ignored = cli(['init', '--hook', 'private/prep'], { cwd: repo, env: { HOME: tempDir() } });
    expect(ignored).toEqual({
      status: 2,
      stdout: '',
      stderr: `tpm-prep: --hook: private/prep has no repository of its own, only the one at ${repo} (which ignores private/prep/), and the hook would lint at that repository's every commit. Run \`git init private/prep\` first, or pass --force to put the hook there.\n`,
    });
    expect(existsSync(join(repo, 'private'))).toBe(false);
    // A folder it doesn't ignore is a monorepo's: the hook at the top, as ever.
    expect(cli(['init', '--hook', 'career'], { cwd: repo, env: { HOME: tempDir() } })).toMatchObject({ status: 0, stderr: '' });
  });

  it('refuses bad arguments with one line and exit 2', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'notes.txt'), 'x');
    const file = cli(['init', 'notes.txt'], { cwd });
    expect(file).toMatchObject({ status: 2, stderr: 'tpm-prep: notes.txt is a file; name a folder for the prep repo.\n' });
    const both = cli(['init', '--hook', '--pre-commit'], { cwd });
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/^tpm-prep: Choose one of --hook .*\n$/);
  });
});

describe('the .gitattributes init writes: the drill history of two clones merges', { timeout: PROCESSES }, () => {
  /** An answer as drill records it, at `at`. */
  const answer = (at: string, seconds: number): HistoryEntry => ({
    version: 1,
    at,
    question: 'dive-deep-05',
    category: 'behavioral',
    lps: ['dive-deep'],
    story: null,
    seconds,
    limit: 120,
    followup: null,
    check: { metric: true, saidI: true, partner: false, tradeoff: true },
    rating: 4,
  });
  /** Answers, written as drill writes them: one append each, to the history beside the clone's stories/. */
  const drill = (clone: string, ...answers: HistoryEntry[]) => {
    for (const a of answers) appendHistory(historyFile(join(clone, 'stories')), a);
  };
  const commitAll = (clone: string, message: string) => {
    expectOk(git(clone, 'add', '-A'));
    expectOk(git(clone, 'commit', '-q', '-m', message));
  };
  /** A bare repository holding a prep repo init wrote (`setUp` runs before its first commit), and two clones of it. */
  function twoClones(setUp: (seed: string) => void = () => {}): { a: string; b: string } {
    const origin = tempDir('tpm-prep-origin-');
    expectOk(git(origin, 'init', '-q', '--bare'));
    const seed = tempDir('tpm-prep-seed-');
    expectOk(git(seed, 'clone', '-q', origin, '.'));
    expect(cli(['init'], { cwd: seed }).status).toBe(0);
    setUp(seed);
    commitAll(seed, 'scaffold');
    expectOk(git(seed, 'push', '-q', 'origin', 'HEAD:main'));
    const clone = () => {
      const dir = tempDir('tpm-prep-clone-');
      expectOk(git(dir, 'clone', '-q', origin, '.'));
      return dir;
    };
    return { a: clone(), b: clone() };
  }
  const stats = (clone: string) => {
    const run = cli(['stats', '--format', 'json'], { cwd: clone });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    return JSON.parse(run.stdout) as { answers: number; trend: number[] };
  };

  it('writes the line that has git keep both sides of the history, where drill writes it', () => {
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    expect(cli(['init'], { cwd }).stdout.split('\n')).toContain('created  .gitattributes');
    expect(readFileSync(join(cwd, '.gitattributes'), 'utf8').split('\n')).toContain(HISTORY_MERGE);
    expect(historyFile(join(cwd, 'stories'))).toBe(join(cwd, HISTORY_FILE));
    expect(git(cwd, 'check-attr', 'merge', '--', HISTORY_FILE).stdout).toBe(`${HISTORY_FILE}: merge: union\n`);
  });

  it('two clones drill, commit and pull: no conflict, every answer kept, and stats reads them all in time order', () => {
    const { a, b } = twoClones();
    drill(a, answer('2026-03-02T09:00:00.000Z', 100), answer('2026-03-04T09:00:00.000Z', 110));
    commitAll(a, 'drill on the laptop');
    expectOk(git(a, 'push', '-q', 'origin', 'main'));
    // The other clone drilled in between, and after: its answers interleave with the laptop's in time.
    drill(b, answer('2026-03-03T09:00:00.000Z', 90), answer('2026-03-05T09:00:00.000Z', 80));
    commitAll(b, 'drill on the desktop');
    const merged = git(b, 'pull', '--no-rebase', 'origin', 'main');
    expect(merged.stdout + merged.stderr).not.toContain('CONFLICT');
    expect(merged.status).toBe(0);
    const lines = readFileSync(join(b, HISTORY_FILE), 'utf8');
    expect(lines).not.toMatch(/^(<<<<<<<|=======|>>>>>>>)/m);
    expect(lines.endsWith('\n')).toBe(true);
    expect(lines.split('\n').filter(Boolean)).toHaveLength(4);
    // The lines are out of time order in the file; stats orders the answers by their time.
    expect(stats(b)).toMatchObject({ answers: 4, trend: [100, 90, 110, 80] });
    expectOk(git(b, 'push', '-q', 'origin', 'main'));

    // And with a rebase: the laptop has drilled again meanwhile.
    drill(a, answer('2026-03-06T09:00:00.000Z', 70));
    commitAll(a, 'drill again');
    const rebased = git(a, 'pull', '--rebase', 'origin', 'main');
    expect(rebased.stdout + rebased.stderr).not.toContain('CONFLICT');
    expect(rebased.status).toBe(0);
    expect(stats(a)).toMatchObject({ answers: 5, trend: [100, 90, 110, 80, 70] });
  });

  it('an interrupted write (a last line with no newline) on either side: the torn line stays apart, and no answer is lost', () => {
    for (const torn of ['pulled', 'pulling'] as const) {
      const { a, b } = twoClones();
      const cutShort = (clone: string) => appendFileSync(join(clone, HISTORY_FILE), '{"version":1,"at":"2026-03-0'); // a crash mid-write
      drill(a, answer('2026-03-02T09:00:00.000Z', 100));
      if (torn === 'pulled') cutShort(a);
      commitAll(a, 'drill');
      expectOk(git(a, 'push', '-q', 'origin', 'main'));
      drill(b, answer('2026-03-03T09:00:00.000Z', 90));
      if (torn === 'pulling') cutShort(b);
      commitAll(b, 'drill');
      expectOk(git(b, 'pull', '--no-rebase', 'origin', 'main'));
      const run = cli(['stats', '--format', 'json'], { cwd: b });
      expect(JSON.parse(run.stdout), torn).toMatchObject({ answers: 2 });
      expect(run.stderr, torn).toMatch(/^tpm-prep: warning: \.tpm-prep\/history\.jsonl:\d: [^\n]+ was skipped\. [^\n]+\n$/);
      // The next answer starts on a line of its own.
      drill(b, answer('2026-03-04T09:00:00.000Z', 80));
      expect(JSON.parse(cli(['stats', '--format', 'json'], { cwd: b }).stdout), torn).toMatchObject({ answers: 3 });
    }
  });

  it('a clone that drilled before the .gitattributes reached it: `git checkout -m` redoes the merge keeping both sides', () => {
    const { a, b } = twoClones((seed) => {
      rmSync(join(seed, '.gitattributes')); // a prep repo from before init wrote one
      drill(seed, answer('2026-03-01T09:00:00.000Z', 120));
    });
    expect(cli(['init'], { cwd: a }).stdout.split('\n')).toContain('created  .gitattributes');
    drill(a, answer('2026-03-02T09:00:00.000Z', 100));
    commitAll(a, 'init writes .gitattributes; drill');
    expectOk(git(a, 'push', '-q', 'origin', 'main'));
    drill(b, answer('2026-03-03T09:00:00.000Z', 90));
    commitAll(b, 'drill');
    // The merge that brings the .gitattributes in is made without it: a conflict, as before.
    const merged = git(b, 'pull', '--no-rebase', 'origin', 'main');
    expect(merged.status).not.toBe(0);
    expect(merged.stdout).toContain(`CONFLICT (content): Merge conflict in ${HISTORY_FILE}`);
    // The README's way out.
    expectOk(git(b, 'checkout', '-m', HISTORY_FILE));
    expect(readFileSync(join(b, HISTORY_FILE), 'utf8')).not.toMatch(/^(<<<<<<<|=======|>>>>>>>)/m);
    commitAll(b, 'merge');
    expect(stats(b)).toMatchObject({ answers: 3, trend: [120, 100, 90] });
  });

  it('leaves your own .gitattributes alone, its line saying when it lacks the merge; --force replaces it, keeping a copy', () => {
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    cli(['init'], { cwd });
    expect(cli(['init'], { cwd }).stdout.split('\n')).toContain('skipped  .gitattributes (exists)');
    expect(cli(['init', '--force'], { cwd }).stdout.split('\n')).toContain('skipped  .gitattributes (unchanged)');
    writeFileSync(join(cwd, '.gitattributes'), '* text=auto\n');
    expect(cli(['init'], { cwd }).stdout.split('\n')).toContain(
      `skipped  .gitattributes (exists, and lets the drill history of two clones conflict when merged: add a line \`${HISTORY_MERGE}\` to it)`,
    );
    expect(readFileSync(join(cwd, '.gitattributes'), 'utf8')).toBe('* text=auto\n');
    writeFileSync(join(cwd, '.gitattributes'), `* text=auto\r\n${HISTORY_MERGE}\r\n`);
    expect(cli(['init'], { cwd }).stdout.split('\n')).toContain('skipped  .gitattributes (exists)');
    // --force replaces it, keeping yours.
    expect(cli(['init', '--force'], { cwd }).stdout.split('\n')).toContain('replaced .gitattributes (yours is kept as .gitattributes.bak)');
    expect(readFileSync(join(cwd, '.gitattributes'), 'utf8').split('\n')).toContain(HISTORY_MERGE);
  });

  // Each as git itself reads it (`git check-attr`), so the skipped line says what git would do.
  it.each([
    [HISTORY_MERGE, true],
    [`/${HISTORY_MERGE}`, true],
    ['*.jsonl merge=union', true],
    ['history.jsonl merge=union', true],
    ['.tpm-prep/* merge=union', true],
    ['.tpm-prep/** merge=union', true],
    ['**/history.jsonl merge=union', true],
    ['# .tpm-prep/history.jsonl merge=union', false],
    ['.tpm-prep/ merge=union', false],
    ['stories/history.jsonl merge=union', false],
    ['.tpm-prep/history.jsonl merge=ours', false],
    [`${HISTORY_MERGE}\n*.jsonl binary`, false],
    [`${HISTORY_MERGE}\n* -merge`, false],
    [`* -merge\n${HISTORY_MERGE}`, true],
    // A review: a bare `merge` after the union line sets git's default merge again.
    [`${HISTORY_MERGE}\n*.jsonl merge`, false],
    ['* text=auto', false],
  ])('a .gitattributes of %j merges the history by union: %s', (text, union) => {
    expect(mergesByUnion(text.split('\n'), HISTORY_FILE)).toBe(union);
    const cwd = tempDir();
    expectOk(git(cwd, 'init', '-q'));
    writeFileSync(join(cwd, '.gitattributes'), `${text}\n`);
    expect(git(cwd, 'check-attr', 'merge', '--', HISTORY_FILE).stdout.endsWith(': merge: union\n')).toBe(union);
  });
});

describe('tpm-prep init --hook', () => {
  it('runs the README recipe and prints what the README shows', () => {
    const cwd = tempDir();
    const result = sh(recipe('init'), cwd, childEnv({}, binDir()));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // git init's own "Initialized empty Git repository" line comes first; then exactly what the README shows.
    expect(result.stdout.replace(/^Initialized empty Git repository.*\n/, '')).toBe(recipe('init', 1));
    const hook = join(cwd, 'my-prep', '.git', 'hooks', 'pre-commit');
    expect(statSync(hook).mode & 0o111).toBe(0o111);
  });

  it('writes a hook that stops a commit of a weak story and lets a strong one through', () => {
    const repo = prepRepo(); // tpm-prep as a dev dependency: the hook reaches it through npx, offline
    expectOk(run(process.execPath, [BIN, 'init', '--hook'], repo));
    expect(readFileSync(join(repo, '.git', 'hooks', 'pre-commit'), 'utf8')).toMatch(/^#!\/bin\/sh\n/);

    // The scaffold itself commits: the template is a draft, so its gaps are warnings.
    expectOk(git(repo, 'add', '-A'));
    expectOk(git(repo, 'commit', '-q', '-m', 'scaffold'));

    copyFileSync(WEAK, join(repo, 'stories', 'weak.yaml'));
    expectOk(git(repo, 'add', 'stories/weak.yaml'));
    const refused = git(repo, 'commit', '-q', '-m', 'weak');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('missing-metric');
    // It says the commit was stopped, and how to get past the hook once.
    expect(refused.stderr.trim().split('\n').at(-1)).toBe('tpm-prep: commit stopped (see above). Fix what it reports, or skip this check once with: git commit --no-verify');
    expect(git(repo, 'log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);

    expectOk(git(repo, 'rm', '-q', '--cached', 'stories/weak.yaml'));
    copyFileSync(STRONG, join(repo, 'stories', 'strong.yaml'));
    expectOk(git(repo, 'add', 'stories/strong.yaml'));
    expectOk(git(repo, 'commit', '-q', '-m', 'strong'));
  });
});

/** A repository (tpm-prep in the top's node_modules, as a monorepo's dev dependency) with the empty folder `sub` in it. */
function bankBelow(sub: string): { repo: string; bank: string } {
  const repo = prepRepo();
  const bank = join(repo, ...sub.split('/'));
  mkdirSync(bank, { recursive: true });
  return { repo, bank };
}

// A trial user's monorepo: her bank is in career/interview/ (stories/ and .tpm-prep.yaml), with the repository's top
// two folders up. init --hook there refused ("not the top of one: run `git init .`"), advice that would nest a repository.
describe('init --hook in a folder below the top of a repository (a monorepo)', { timeout: PROCESSES }, () => {
  const SUB = 'career/interview';
  const NOTE = `the repository's hook, at its top: it lints the stories staged in ${SUB}/stories/, from ${SUB}/`;
  const STOPPED = `tpm-prep: commit stopped (see above; the paths are from ${SUB}/). Fix what it reports, or skip this check once with: git commit --no-verify`;

  /** bankBelow's repository and folder, with a first commit (a README at the top). */
  function monorepo(): { repo: string; bank: string } {
    const { repo, bank } = bankBelow(SUB);
    writeFileSync(join(repo, 'README.md'), '# monorepo\n');
    expectOk(git(repo, 'add', 'README.md'));
    expectOk(git(repo, 'commit', '-q', '-m', 'monorepo'));
    return { repo, bank };
  }

  it('writes the hook at the top, saying so, and it stops a weak story in the sub-folder, lets a strong one through, and lints nothing outside it', () => {
    const { repo, bank } = monorepo();
    const done = cli(['init', '--hook'], { cwd: bank });
    expect(done).toMatchObject({ status: 0, stderr: '' });
    // No "won't find tpm-prep" line: the hook finds it in the top's node_modules/.bin.
    expect(done.stdout).toBe(
      [...SCAFFOLD.map((f) => `created  ${f}`), `created  ../../.git/hooks/pre-commit (${NOTE})`, 'Next: fill in stories/my-first-story.yaml, then run `tpm-prep lint`.', ''].join('\n'),
    );
    // No repository nested in hers.
    expect(existsSync(join(bank, '.git'))).toBe(false);
    expect(statSync(join(repo, '.git', 'hooks', 'pre-commit')).mode & 0o111).toBe(0o111);
    // The scaffold commits through it: the template is a draft, so its gaps are warnings.
    expectOk(git(repo, 'add', '-A'));
    const scaffold = git(repo, 'commit', '-q', '-m', 'scaffold');
    expect(scaffold.status).toBe(0);
    expect(scaffold.stderr).toMatch(/^tpm-prep: \d+ warnings in the staged story file; see them with: cd career\/interview && npx tpm-prep lint stories\/my-first-story\.yaml\n$/);

    // A weak story in the bank: stopped, named as lint names it from there.
    copyFileSync(WEAK, join(bank, 'stories', 'weak.yaml'));
    expectOk(git(repo, 'add', '-A'));
    const refused = git(repo, 'commit', '-q', '-m', 'weak');
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/^stories\/weak\.yaml\n(.*\n)*.*missing-metric/m);
    expect(refused.stderr.trim().split('\n').at(-1)).toBe(STOPPED);
    expectOk(git(repo, 'rm', '-q', '--cached', `${SUB}/stories/weak.yaml`));
    rmSync(join(bank, 'stories', 'weak.yaml'));

    // The same weak story outside the bank, in a stories/ at the top and in another folder's: not linted.
    for (const outside of ['stories/weak.yaml', 'career/resume/stories/weak.yaml']) {
      mkdirSync(dirname(join(repo, outside)), { recursive: true });
      copyFileSync(WEAK, join(repo, outside));
    }
    expectOk(git(repo, 'add', '-A'));
    expect(git(repo, 'commit', '-q', '-m', 'not the bank')).toMatchObject({ status: 0, stdout: '', stderr: '' });

    // A strong story in the bank goes through, with nothing said.
    copyFileSync(STRONG, join(bank, 'stories', 'strong.yaml'));
    expectOk(git(repo, 'add', '-A'));
    expect(git(repo, 'commit', '-q', '-m', 'strong')).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(git(repo, 'log', '--format=%s', '-1').stdout.trim()).toBe('strong');

    // Run again: the hook is as it should be.
    expect(cli(['init', '--hook'], { cwd: bank }).stdout).toContain('\nskipped  ../../.git/hooks/pre-commit (unchanged)\n');
    // Named from the top, the folder it is to be in: the same hook, the paths shown from there.
    const fromTop = cli(['init', '--hook', SUB], { cwd: repo });
    expect(fromTop).toMatchObject({ status: 0, stderr: '' });
    expect(fromTop.stdout).toContain('\nskipped  .git/hooks/pre-commit (unchanged)\n');
    expect(fromTop.stdout).toContain(`\nskipped  ${SUB}/.tpm-prep.yaml (exists)\n`);
  });

  it('on a commit that passes with warnings, says which staged story differs from its copy on disk, its path from the folder', () => {
    const { repo, bank } = monorepo();
    expectOk(run(process.execPath, [BIN, 'init', '--hook'], bank));
    rmSync(join(bank, 'stories', 'my-first-story.yaml'));
    writeFileSync(join(bank, 'stories', 'draft.yaml'), `draft: true\n${readFileSync(WEAK, 'utf8')}`);
    expectOk(git(repo, 'add', '-A'));
    appendFileSync(join(bank, 'stories', 'draft.yaml'), '# a note, not staged\n');
    const passed = git(repo, 'commit', '-q', '-m', 'draft');
    expect(passed.status).toBe(0);
    expect(passed.stderr).toMatch(
      /^tpm-prep: \d+ warnings in the staged story file; see them with: cd career\/interview && npx tpm-prep lint stories\/draft\.yaml\nstories\/draft\.yaml was linted as staged: it has changes you haven't staged, which this report doesn't see\. `git add stories\/draft\.yaml` to lint and commit them\. The paths are from career\/interview\/\.\n$/,
    );
  });

  // The tests above pass whether or not the user ran `npm link` (their children's PATH has no tpm-prep but the one a
  // test puts there: childEnv). With tpm-prep on the PATH, the hook runs that one, and names it so.
  it('names `tpm-prep lint FILE`, not `npx …`, when tpm-prep is on the PATH', () => {
    const { repo, bank } = monorepo();
    const env = childEnv({}, binDir());
    expectOk(run(process.execPath, [BIN, 'init', '--hook'], bank, env));
    expectOk(run('git', ['add', '-A'], repo, env));
    const passed = run('git', ['commit', '-q', '-m', 'scaffold'], repo, env);
    expect(passed.status).toBe(0);
    expect(passed.stderr).toMatch(/^tpm-prep: \d+ warnings in the staged story file; see them with: cd career\/interview && tpm-prep lint stories\/my-first-story\.yaml\n$/);
  });

  it('from the top, for a folder init makes; the hook lets commits through, saying so, once the folder is gone', () => {
    const { repo } = monorepo();
    const done = cli(['init', '--hook', 'prep'], { cwd: repo });
    expect(done).toMatchObject({ status: 0, stderr: '' });
    expect(done.stdout).toContain("\ncreated  .git/hooks/pre-commit (the repository's hook, at its top: it lints the stories staged in prep/stories/, from prep/)\n");
    expect(existsSync(join(repo, 'prep', '.tpm-prep.yaml'))).toBe(true);
    expect(existsSync(join(repo, 'prep', '.git'))).toBe(false);
    // Moved away: commits elsewhere go through, and the hook says why it linted nothing.
    rmSync(join(repo, 'prep'), { recursive: true });
    writeFileSync(join(repo, 'notes.md'), 'notes\n');
    expectOk(git(repo, 'add', 'notes.md'));
    expect(git(repo, 'commit', '-q', '-m', 'notes')).toMatchObject({
      status: 0,
      stderr: "tpm-prep: the hook lints the stories staged in prep/stories/, and there is no prep/ (moved?), so it linted nothing. To point the hook at it, run this in the prep repo's folder: tpm-prep init --hook\n",
    });
  });

  // A second review of the change: the hook said the folder's name in double quotes when a commit was stopped, so a
  // "$HOME" or backquotes in it were run; the husky line's pathspec read a "[x]" in it as a class of one letter, and
  // pre-commit's files: took it as a regular expression, so neither ever matched the folder's stories.
  it('quotes a folder name with $, backquotes, quotes and brackets in the hook, the husky line and the pre-commit advice', () => {
    const { repo } = monorepo();
    const odd = 'my dir \'q\' "dq" $HOME `id` [x]+';
    expect(cli(['init', '--hook', odd], { cwd: repo }).status).toBe(0);
    const bank = join(repo, odd);
    copyFileSync(WEAK, join(bank, 'stories', 'weak.yaml'));
    expectOk(git(repo, 'add', '-A'));
    const refused = git(repo, 'commit', '-q', '-m', 'weak');
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n').at(-1)).toBe(`tpm-prep: commit stopped (see above; the paths are from ${odd}/). Fix what it reports, or skip this check once with: git commit --no-verify`);
    // The husky line, run from the top as husky runs it, finds the staged story in that folder and lints it.
    const line = huskyLine(odd);
    const husky = sh(line, repo, childEnv({}, binDir()));
    expect(husky.status).toBe(1);
    expect(husky.stdout).toContain('missing-metric');
    // pre-commit's files: is a regular expression that matches the folder's stories and no other (as Python reads it,
    // here as JavaScript does: the same for these characters).
    writeFileSync(join(repo, '.git', 'hooks', 'pre-commit'), '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\n', { mode: 0o755 });
    const advice = cli(['init', '--hook', odd], { cwd: repo });
    expect(advice.status).toBe(2);
    expect(advice.stderr).toContain('run `tpm-prep init --pre-commit` here');
    // The advice followed, with a config of the user's at the top: the lines init --pre-commit prints to add to it.
    writeFileSync(join(repo, '.pre-commit-config.yaml'), 'repos: []\n');
    const printed = cli(['init', '--pre-commit', odd], { cwd: repo });
    expect(printed.status).toBe(2);
    const entry = parse(String(printed.stderr).split('\n').slice(1).join('\n')) as { hooks: { files: string }[] }[];
    const files = entry[0]!.hooks[0]!.files;
    expect(new RegExp(files).test(`${odd}/stories/weak.yaml`)).toBe(true);
    expect(new RegExp(files).test('my dir/stories/weak.yaml')).toBe(false);
  });

  it('where husky has the hooks, prints the sub-folder line (the README recipe\'s, for this folder), and finds it once added', () => {
    expect(huskyLine('prep')).toBe(recipe('husky-subfolder').trim());
    const { repo, bank } = monorepo();
    mkdirSync(join(repo, '.husky', '_'), { recursive: true });
    writeFileSync(join(repo, '.husky', 'pre-commit'), 'npm test\n');
    expectOk(git(repo, 'config', 'core.hooksPath', '.husky/_'));
    // A line for another bank in the same hook lints that bank, not this one.
    writeFileSync(join(repo, '.husky', 'pre-commit'), `npm test\n${huskyLine('career/resume')}\n`);
    const done = cli(['init', '--hook'], { cwd: bank });
    expect(done.status).toBe(2);
    expect(done.stdout).toBe(`${SCAFFOLD.map((f) => `created  ${f}\n`).join('')}Next: fill in stories/my-first-story.yaml, then run \`tpm-prep lint\`.\n`);
    expect(done.stderr).toBe(
      `tpm-prep: --hook wrote no git hook: core.hooksPath is .husky/_, husky's, so git runs only husky's hooks. To lint the stories staged in ${SUB}/stories/ at each commit, as they will be committed, add this line to ../../.husky/pre-commit, above any exit or exec line in it:\n` +
        `git diff --cached --quiet --diff-filter=ACMR -- '${SUB}/stories/*.yaml' '${SUB}/stories/*.yml' || (cd ${SUB} && npx --no --offline tpm-prep lint --staged)\n`,
    );
    expect(existsSync(join(repo, '.git', 'hooks', 'pre-commit'))).toBe(false);
    appendFileSync(join(repo, '.husky', 'pre-commit'), `${done.stderr.split('\n')[1]}\n`);
    const again = cli(['init', '--hook'], { cwd: bank });
    expect([again.status, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toContain('\nskipped  ../../.husky/pre-commit (runs tpm-prep lint already)\n');
  });

  it("where pre-commit has the hook, says what its config's hook for the sub-folder runs; with it there, exit 0", () => {
    const { repo, bank } = monorepo();
    writeFileSync(join(repo, '.git', 'hooks', 'pre-commit'), '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\n', { mode: 0o755 });
    const done = cli(['init', '--hook'], { cwd: bank });
    expect(done).toMatchObject({
      status: 2,
      stderr:
        "tpm-prep: --hook wrote no git hook: ../../.git/hooks/pre-commit is pre-commit's (`pre-commit install` wrote it), so it is left as it is. To lint the stories staged in career/interview/stories/ at each commit, run `tpm-prep init --pre-commit` here: it adds the hook to ../../.pre-commit-config.yaml where there is none, or prints the lines to add to it.\n",
    });
    // The README pre-commit recipe's hooks lint stories/ at the top: not this bank.
    writeFileSync(join(repo, '.pre-commit-config.yaml'), recipe('pre-commit'));
    expect(cli(['init', '--hook'], { cwd: bank }).status).toBe(2);
    writeFileSync(join(repo, '.pre-commit-config.yaml'), SUBFOLDER_PRE_COMMIT);
    const again = cli(['init', '--hook'], { cwd: bank });
    expect([again.status, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toContain("\nskipped  ../../.git/hooks/pre-commit (pre-commit's, and ../../.pre-commit-config.yaml runs tpm-prep lint)\n");
    // The advice followed, with no config at the top: init --pre-commit writes it, and the hook is then pre-commit's
    // running tpm-prep (a hook of lint --staged with pass_filenames: false, as it advised before, linted nothing under
    // `pre-commit run --all-files`).
    rmSync(join(repo, '.pre-commit-config.yaml'));
    const written = cli(['init', '--pre-commit'], { cwd: bank });
    expect([written.status, written.stderr]).toEqual([0, '']);
    expect(readFileSync(join(repo, '.pre-commit-config.yaml'), 'utf8')).not.toContain('pass_filenames: false\n');
    const followed = cli(['init', '--hook'], { cwd: bank });
    expect([followed.status, followed.stderr]).toEqual([0, '']);
    expect(followed.stdout).toContain("\nskipped  ../../.git/hooks/pre-commit (pre-commit's, and ../../.pre-commit-config.yaml runs tpm-prep lint)\n");
  });

  // A review: a hook counted for the folder if its text held the folder's name anywhere, so prep-old/'s hook (or any
  // hook of tpm-prep's, "tpm-prep" holding "prep") counted for prep/, and init --hook said prep/ was linted when it wasn't.
  it("counts a hook, a husky line, a lint-staged entry or pre-commit's hook for the folder it names, not for prep-old/", () => {
    const { repo } = monorepo();
    const hooks = join(repo, '.git', 'hooks');
    const hookFor = (folder: string) => {
      rmSync(join(hooks, 'pre-commit'), { force: true });
      expectOk(run(process.execPath, [BIN, 'init', '--hook', folder], repo));
    };
    const status = () => cli(['init', '--hook', 'prep'], { cwd: repo }).status;

    // pre-commit's hook, with tpm-prep's set aside as pre-commit.legacy (migration mode), which it runs first.
    for (const [folder, expected] of [['prep-old', 2], ['prep', 0]] as const) {
      hookFor(folder);
      copyFileSync(join(hooks, 'pre-commit'), join(hooks, 'pre-commit.legacy'));
      writeFileSync(join(hooks, 'pre-commit'), '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\n', { mode: 0o755 });
      expect([folder, status()]).toEqual([folder, expected]);
    }
    rmSync(join(hooks, 'pre-commit.legacy'));

    // The config init --pre-commit writes at the top for a folder, and the hook --hook describes.
    for (const [folder, expected] of [['prep-old', 2], ['old/prep', 2], ['prep', 0]] as const) {
      rmSync(join(repo, '.pre-commit-config.yaml'), { force: true });
      expectOk(run(process.execPath, [BIN, 'init', '--pre-commit', folder], repo));
      expect([folder, status()]).toEqual([folder, expected]);
      writeFileSync(join(repo, '.pre-commit-config.yaml'), SUBFOLDER_PRE_COMMIT.replaceAll('career/interview', folder));
      expect([folder, status()]).toEqual([folder, expected]);
    }
    rmSync(join(repo, '.pre-commit-config.yaml'));

    // husky's: the sub-folder line, and lint-staged's entry.
    mkdirSync(join(repo, '.husky', '_'), { recursive: true });
    expectOk(git(repo, 'config', 'core.hooksPath', '.husky/_'));
    for (const [folder, expected] of [['prep-old', 2], ['prep', 0]] as const) {
      writeFileSync(join(repo, '.husky', 'pre-commit'), `${huskyLine(folder)}\n`);
      expect([folder, status()]).toEqual([folder, expected]);
      writeFileSync(join(repo, '.husky', 'pre-commit'), 'npx lint-staged\n');
      writeFileSync(join(repo, 'package.json'), JSON.stringify({ 'lint-staged': { [`${folder}/stories/**/*.{yaml,yml}`]: 'tpm-prep lint' } }));
      expect([folder, status()]).toEqual([folder, expected]);
    }
  });

  // The hook that message describes, run by the real pre-commit: a weak story in the bank is stopped, a strong one not.
  it.skipIf(!onPath('pre-commit'))('the pre-commit hook it describes stops a weak story in the sub-folder and lets a strong one through (real pre-commit)', () => {
    const { repo, bank } = monorepo();
    const env = childEnv({ PRE_COMMIT_HOME: join(tempDir(), 'pre-commit') }, binDir());
    expectOk(run(process.execPath, [BIN, 'init'], bank));
    rmSync(join(bank, 'stories', 'my-first-story.yaml'));
    writeFileSync(join(repo, '.pre-commit-config.yaml'), SUBFOLDER_PRE_COMMIT);
    expectOk(run('pre-commit', ['install'], repo, env));
    expectOk(git(repo, 'add', '-A'));
    expectOk(run('git', ['commit', '-q', '-m', 'scaffold'], repo, env, 120_000));
    copyFileSync(WEAK, join(repo, 'stories-weak.yaml'));
    copyFileSync(WEAK, join(bank, 'stories', 'weak.yaml'));
    expectOk(git(repo, 'add', '-A'));
    const refused = run('git', ['commit', '-q', '-m', 'weak'], repo, env, 120_000);
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('missing-metric');
    expectOk(git(repo, 'rm', '-q', '--cached', `${SUB}/stories/weak.yaml`));
    copyFileSync(STRONG, join(bank, 'stories', 'strong.yaml'));
    expectOk(git(repo, 'add', `${SUB}/stories/strong.yaml`));
    expectOk(run('git', ['commit', '-q', '-m', 'strong'], repo, env, 120_000));
  });
});

// A review: init --pre-commit in a folder below the top wrote .pre-commit-config.yaml in that folder, which pre-commit
// never reads (it reads the one at the repository's top), so no commit was checked.
describe('init --pre-commit in a folder below the top of a repository (a monorepo)', { timeout: PROCESSES }, () => {
  const SUB = 'career/interview';
  const NOTE = `the repository's, at its top, where pre-commit reads it: its hook lints the stories staged in ${SUB}/stories/, from ${SUB}/`;
  /** pre-commit's hook, as `pre-commit install` writes it (its marker line is what init --hook goes by). */
  const SHIM = '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\n';
  const hooksOf = (text: string) => (parse(text) as { repos: { hooks: Record<string, unknown>[] }[] }).repos.flatMap((r) => r.hooks);

  const monorepo = (sub = SUB) => bankBelow(sub);

  it("writes the config at the repository's top, with a hook for that folder's stories alone, and none in the folder", () => {
    const { repo, bank } = monorepo();
    const done = cli(['init', '--pre-commit'], { cwd: bank });
    expect(done).toMatchObject({ status: 0, stderr: '' });
    expect(done.stdout).toBe(
      [...SCAFFOLD.map((f) => `created  ${f}`), `created  ../../.pre-commit-config.yaml (${NOTE})`, 'Next: fill in stories/my-first-story.yaml, then run `tpm-prep lint`.', ''].join('\n'),
    );
    expect(existsSync(join(bank, '.pre-commit-config.yaml'))).toBe(false);
    const [hook, ...more] = hooksOf(readFileSync(join(repo, '.pre-commit-config.yaml'), 'utf8'));
    expect(more).toEqual([]);
    // pre-commit passes it the files (pass_filenames left as it is), all in one run.
    expect(hook).toMatchObject({ id: 'tpm-prep-lint', language: 'system', require_serial: true });
    expect(hook).not.toHaveProperty('pass_filenames');
    const files = new RegExp(String(hook!.files));
    expect([`${SUB}/stories/a.yaml`, `${SUB}/stories/b.yml`].every((f) => files.test(f))).toBe(true);
    expect(['stories/a.yaml', 'career/resume/stories/a.yaml', `${SUB}/notes.yaml`].some((f) => files.test(f))).toBe(false);

    // Run again: unchanged. From the top, naming the folder: the same config.
    expect(cli(['init', '--pre-commit'], { cwd: bank }).stdout).toContain('\nskipped  ../../.pre-commit-config.yaml (unchanged)\n');
    expect(cli(['init', '--pre-commit', SUB], { cwd: repo }).stdout).toContain('\nskipped  .pre-commit-config.yaml (unchanged)\n');
    // init --hook, with pre-commit's hook installed, finds that the config lints this folder.
    writeFileSync(join(repo, '.git', 'hooks', 'pre-commit'), SHIM, { mode: 0o755 });
    const hooked = cli(['init', '--hook'], { cwd: bank });
    expect([hooked.status, hooked.stderr]).toEqual([0, '']);
    expect(hooked.stdout).toContain("\nskipped  ../../.git/hooks/pre-commit (pre-commit's, and ../../.pre-commit-config.yaml runs tpm-prep lint)\n");
  });

  it("leaves a config at the top alone, even with --force, and gives the lines to add (exit 2); with them added, exit 0", () => {
    const { repo, bank } = monorepo();
    const config = join(repo, '.pre-commit-config.yaml');
    const own = 'repos:\n  - repo: local\n    hooks:\n      - id: no-tabs\n        name: no tabs\n        entry: \'\\t\'\n        language: pygrep\n';
    // Yours, or the one init --pre-commit writes at the top for a bank there (it lints the top's stories/, not this folder's).
    for (const [theirs, flags] of [[own, []], [recipe('pre-commit'), ['--force']]] as const) {
      writeFileSync(config, theirs);
      const told = cli(['init', '--pre-commit', ...flags], { cwd: bank });
      expect(told.status).toBe(2);
      expect(told.stdout).not.toContain('pre-commit-config');
      const [first, ...lines] = told.stderr.trimEnd().split('\n');
      expect(first).toBe(
        `tpm-prep: --pre-commit wrote no pre-commit config: pre-commit reads only ../../.pre-commit-config.yaml, at the repository's top, which is there already, so it is left as it is. To lint the stories staged in ${SUB}/stories/ at each commit, add these lines to it, at the end of its \`repos:\` list, indented as its other entries:`,
      );
      expect(readFileSync(config, 'utf8')).toBe(theirs);
      expect(existsSync(join(bank, '.pre-commit-config.yaml'))).toBe(false);
      // The lines, added as told: the hook init writes where there is no config.
      writeFileSync(config, `${theirs}${lines.join('\n')}\n`);
      const added = hooksOf(readFileSync(config, 'utf8')).at(-1);
      const again = cli(['init', '--pre-commit'], { cwd: bank });
      expect([again.status, again.stderr]).toEqual([0, '']);
      expect(again.stdout).toContain(`\nskipped  ../../.pre-commit-config.yaml (runs tpm-prep lint on the stories staged in ${SUB}/stories/)\n`);
      rmSync(config);
      expect(cli(['init', '--pre-commit'], { cwd: bank }).stdout).toContain('\ncreated  ../../.pre-commit-config.yaml');
      expect(hooksOf(readFileSync(config, 'utf8'))).toEqual([added]);
    }
  });

  it("says a config an earlier init wrote in the folder is never read", () => {
    const { bank } = monorepo();
    writeFileSync(join(bank, '.pre-commit-config.yaml'), 'repos: []\n');
    const done = cli(['init', '--pre-commit'], { cwd: bank });
    expect(done.status).toBe(0);
    expect(done.stdout).toContain(
      "\nskipped  .pre-commit-config.yaml (pre-commit never reads it: it reads only the one at the repository's top, ../../.pre-commit-config.yaml)\n",
    );
    expect(readFileSync(join(bank, '.pre-commit-config.yaml'), 'utf8')).toBe('repos: []\n');
  });

  // The config it writes, run by the real pre-commit, for a folder whose name has quotes, $, backquotes and brackets:
  // a weak story there is stopped, one outside it not linted, a strong one let through; tpm-prep is found in the top's
  // node_modules/.bin, as a monorepo's dev dependency.
  it.skipIf(!onPath('pre-commit'))('its hook stops a weak story in that folder, lints none outside it, and lets a strong one through (real pre-commit)', () => {
    const odd = 'career/my dir \'q\' "dq" $HOME `id` [x]+ {a,b}';
    const { repo, bank } = monorepo(odd);
    const env = childEnv({ PRE_COMMIT_HOME: join(tempDir(), 'pre-commit'), PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter) });
    expectOk(run(process.execPath, [BIN, 'init', '--pre-commit'], bank, env));
    rmSync(join(bank, 'stories', 'my-first-story.yaml'));
    expectOk(run('pre-commit', ['install'], repo, env));
    expectOk(git(repo, 'add', '-A'));
    expectOk(run('git', ['commit', '-q', '-m', 'scaffold'], repo, env, 120_000));
    copyFileSync(WEAK, join(bank, 'stories', 'weak.yaml'));
    expectOk(git(repo, 'add', '-A'));
    const refused = run('git', ['commit', '-q', '-m', 'weak'], repo, env, 120_000);
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('missing-metric');
    expectOk(git(repo, '--literal-pathspecs', 'rm', '-q', '--cached', `${odd}/stories/weak.yaml`));
    rmSync(join(bank, 'stories', 'weak.yaml'));
    mkdirSync(join(repo, 'stories'));
    copyFileSync(WEAK, join(repo, 'stories', 'weak.yaml'));
    expectOk(git(repo, 'add', '-A'));
    expectOk(run('git', ['commit', '-q', '-m', 'not the bank'], repo, env, 120_000));
    copyFileSync(STRONG, join(bank, 'stories', 'strong.yaml'));
    expectOk(git(repo, 'add', '-A'));
    const passed = run('git', ['commit', '-q', '-m', 'strong'], repo, env, 120_000);
    expect(passed.status).toBe(0);
    expect(passed.stdout + passed.stderr).toMatch(/tpm-prep lint \(career\/my dir .*\)\.+Passed/);

    // A review: the hook ran lint --staged with pass_filenames: false, so `pre-commit run --all-files` and `--files`
    // (what CI runs) linted nothing and passed a weak story committed with --no-verify. It lints the files given.
    copyFileSync(WEAK, join(bank, 'stories', 'weak.yaml'));
    expectOk(git(repo, 'add', '-A'));
    expectOk(git(repo, 'commit', '-q', '--no-verify', '-m', 'weak, not checked'));
    const all = run('pre-commit', ['run', '--all-files'], repo, env, 120_000);
    expect(all.status).toBe(1);
    expect(all.stdout + all.stderr).toMatch(/^stories\/weak\.yaml\n(.*\n)*.*missing-metric/m);
    expect(all.stdout + all.stderr).not.toMatch(/^stories\/strong\.yaml$/m);
    const weak = run('pre-commit', ['run', '--files', `${odd}/stories/weak.yaml`], repo, env, 120_000);
    expect(weak.status).toBe(1);
    expect(weak.stdout + weak.stderr).toContain('missing-metric');
    const strong = run('pre-commit', ['run', '--files', `${odd}/stories/strong.yaml`], repo, env, 120_000);
    expect(strong.stdout + strong.stderr).toMatch(/tpm-prep lint \(career\/my dir .*\)\.+Passed/);
    expect(strong.status).toBe(0);
  });
});

/** A pre-commit config with the hook `init --hook` describes for a bank in career/interview/. */
const SUBFOLDER_PRE_COMMIT = `repos:
  - repo: local
    hooks:
      - id: interview-stories
        name: interview stories
        entry: sh -c 'cd career/interview && tpm-prep lint --staged'
        language: system
        pass_filenames: false
        files: ^career/interview/stories/
`;

describe('the git hook init writes lints what is being committed', { timeout: PROCESSES }, () => {
  // Another strong story, with an id of its own (two copies of STRONG would share one).
  const STRONG_2 = join(dirname(STRONG), 'mobile-release-train.yaml');
  const STOPPED = 'tpm-prep: commit stopped (see above). Fix what it reports, or skip this check once with: git commit --no-verify';

  /** A prep repo with the hook, its scaffold committed; tpm-prep on PATH. */
  function hookedRepo(): { repo: string; commit: (...args: string[]) => ReturnType<typeof run> } {
    const repo = prepRepo();
    expectOk(run(process.execPath, [BIN, 'init', '--hook'], repo));
    expectOk(git(repo, 'add', '-A'));
    expectOk(git(repo, 'commit', '-q', '--no-verify', '-m', 'scaffold'));
    const env = childEnv({}, binDir());
    return { repo, commit: (...args) => run('git', ['commit', '-q', ...args], repo, env) };
  }
  const put = (repo: string, path: string, from: string) => copyFileSync(from, join(repo, path));
  const commits = (repo: string) => Number(git(repo, 'rev-list', '--count', 'HEAD').stdout);
  const committed = (repo: string, path: string) => git(repo, 'show', `HEAD:${path}`).stdout;

  it('stops a story staged with an error, though the working copy is fixed', () => {
    const { repo, commit } = hookedRepo();
    put(repo, 'stories/launch.yaml', WEAK);
    expectOk(git(repo, 'add', 'stories/launch.yaml'));
    put(repo, 'stories/launch.yaml', STRONG); // fixed, but not staged

    const refused = commit('-m', 'launch');
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/^stories\/launch\.yaml\n(.*\n)*.*missing-metric/m);
    expect(refused.stderr.trim().split('\n').at(-1)).toBe(STOPPED);
    // After the report, once: why the fix in the working copy isn't what it linted, and what to do.
    const said = refused.stderr.trim().split('\n');
    expect(said.at(-2)).toBe("stories/launch.yaml was linted as staged: it has changes you haven't staged, which this report doesn't see. `git add stories/launch.yaml` to lint and commit them.");
    expect(said.at(-4)).toMatch(/^✖ \d+ problems /);
    expect(said.filter((l) => l.includes('linted as staged'))).toHaveLength(1);
    expect(commits(repo)).toBe(1);

    // Staging the fix (here with -a) lets it through.
    expectOk(commit('-a', '-m', 'launch'));
    expect(committed(repo, 'stories/launch.yaml')).toBe(readFileSync(STRONG, 'utf8'));
  });

  it('lets a staged fix through, with an error left unstaged in the working copy', () => {
    const { repo, commit } = hookedRepo();
    put(repo, 'stories/launch.yaml', STRONG);
    expectOk(git(repo, 'add', 'stories/launch.yaml'));
    put(repo, 'stories/launch.yaml', WEAK); // a later edit, not staged

    const passed = commit('-m', 'launch');
    expect(passed).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(committed(repo, 'stories/launch.yaml')).toBe(readFileSync(STRONG, 'utf8'));
    expect(readFileSync(join(repo, 'stories', 'launch.yaml'), 'utf8')).toBe(readFileSync(WEAK, 'utf8'));
  });

  it('lints paths with spaces, from the file and from the index', () => {
    const { repo, commit } = hookedRepo();
    put(repo, 'stories/my launch.yaml', WEAK); // staged as it is
    put(repo, 'stories/my outage.yaml', WEAK);
    expectOk(git(repo, 'add', '-A'));
    put(repo, 'stories/my outage.yaml', STRONG_2); // staged weak, fixed only in the working copy

    const refused = commit('-m', 'stories');
    expect(refused.status).toBe(1);
    const out = refused.stdout + refused.stderr;
    expect(out).toMatch(/^stories\/my launch\.yaml\n(.*\n)*.*missing-metric/m);
    expect(out).toMatch(/^stories\/my outage\.yaml\n(.*\n)*.*missing-metric/m);
    expect(out).not.toMatch(/No such file|can't read|ENOENT/i);

    put(repo, 'stories/my launch.yaml', STRONG);
    expectOk(git(repo, 'add', '-A'));
    put(repo, 'stories/my outage.yaml', WEAK); // staged strong, broken again only in the working copy
    expect(commit('-m', 'stories')).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(committed(repo, 'stories/my outage.yaml')).toBe(readFileSync(STRONG_2, 'utf8'));
  });

  it('says nothing on a clean commit, and on one with warnings how many, and a command that shows them once it is made', () => {
    const { repo, commit } = hookedRepo();
    put(repo, 'stories/launch.yaml', STRONG);
    expectOk(git(repo, 'add', '-A'));
    expect(commit('-m', 'clean')).toMatchObject({ status: 0, stdout: '', stderr: '' });

    // A draft reports its errors as warnings: one staged as it is, one staged with other text in the working copy.
    const draft = join(tempDir(), 'draft.yaml');
    writeFileSync(draft, `draft: true\n${readFileSync(WEAK, 'utf8')}`);
    const perDraft = expectOk(run(process.execPath, [BIN, 'lint', '--format', 'compact', '--max-warnings', '-1', draft], repo)).stdout.trim().split('\n');
    expect(perDraft.length).toBeGreaterThan(1);
    expect(perDraft.every((line) => line.includes(': warning '))).toBe(true);
    put(repo, 'stories/draft one.yaml', draft);
    put(repo, 'stories/draft two.yaml', draft);
    expectOk(git(repo, 'add', '-A'));
    put(repo, 'stories/draft two.yaml', STRONG_2); // no warnings in the working copy: the staged text counts

    // A review: the note that says which staged file differs from its copy on disk, under the report of a commit the
    // hook stops, was not shown when one passed with warnings, though it was as true.
    const passed = commit('-m', 'drafts');
    expect(passed.status).toBe(0);
    expect(passed.stdout).toBe('');
    const hint = "tpm-prep lint 'stories/draft one.yaml' 'stories/draft two.yaml'";
    expect(passed.stderr).toBe(
      `tpm-prep: ${2 * perDraft.length} warnings in the 2 staged story files; see them with: ${hint}\n` +
        'stories/draft two.yaml was linted as staged: it has changes you haven\'t staged, which this report doesn\'t see. `git add "stories/draft two.yaml"` to lint and commit them.\n',
    );

    // A new user's trial: the line named `tpm-prep lint --staged`, which, run once the commit is made, as the line is
    // read, finds nothing staged and says nothing. The files it names are linted as they are on disk: draft one as
    // committed, draft two with the change the line after it names; not the whole bank (the template story's
    // warnings, the bank-level checks), as `tpm-prep lint` would.
    const env = childEnv({}, binDir());
    const warningsOf = (script: string) => expectOk(run('sh', ['-c', script.replaceAll('tpm-prep lint', 'tpm-prep lint --format compact')], repo, env)).stdout.split('\n').filter((l) => l.includes(': warning ')).length;
    expect(warningsOf('tpm-prep lint --staged')).toBe(0);
    expect(warningsOf(hint)).toBe(perDraft.length);
    expect(warningsOf('tpm-prep lint')).not.toBe(perDraft.length);
  });

  it('counts the staged story files with warnings, of those it checked, whatever their names', () => {
    const { repo, commit } = hookedRepo();
    const draft = join(tempDir(), 'draft.yaml');
    writeFileSync(draft, `draft: true\n${readFileSync(WEAK, 'utf8')}`);
    put(repo, "stories/it's a draft.yaml", draft);
    put(repo, 'stories/launch.yaml', STRONG);
    expectOk(git(repo, 'add', '-A'));
    const drafted = expectOk(run(process.execPath, [BIN, 'lint', '--staged', '--format', 'compact'], repo)).stdout;
    const passed = commit('-m', 'two');
    expect(passed.status).toBe(0);
    const said = /^tpm-prep: (\d+) warnings in 1 of the 2 staged story files; see them with: (tpm-prep lint 'stories\/it'\\''s a draft\.yaml')\n$/.exec(passed.stderr);
    expect(said, passed.stderr).not.toBeNull();
    expect(drafted.split('\n').filter((l) => l.startsWith("stories/it's a draft.yaml:") && l.includes(': warning '))).toHaveLength(Number(said![1]));
    // The command, as copied, lints that file (its name quoted for the shell), and finds them all once the commit is made.
    const shown = expectOk(run('sh', ['-c', said![2]!.replace('tpm-prep lint', 'tpm-prep lint --format compact')], repo, childEnv({}, binDir()))).stdout;
    expect(shown.split('\n').filter((l) => l.startsWith("stories/it's a draft.yaml:") && l.includes(': warning '))).toHaveLength(Number(said![1]));

    put(repo, 'stories/second.yaml', draft);
    expectOk(git(repo, 'add', '-A'));
    const one = commit('-m', 'one');
    expect(one.stderr).toMatch(/^tpm-prep: \d+ warnings in the staged story file; see them with: tpm-prep lint stories\/second\.yaml\n$/);
  });

  it('counts files, not stories, where a file holds a list of them', () => {
    const { repo, commit } = hookedRepo();
    // Two draft stories under `stories:` in one file, both with warnings.
    const weak = parse(readFileSync(WEAK, 'utf8')) as Record<string, unknown>;
    const several = join(tempDir(), 'several.yaml');
    writeFileSync(several, stringify({ stories: ['cloud-one', 'cloud-two'].map((id) => ({ id, draft: true, ...weak })) }));
    const findings = expectOk(run(process.execPath, [BIN, 'lint', '--format', 'json', '--max-warnings', '-1', several], repo)).stdout;
    const [file] = JSON.parse(findings) as { warningCount: number; errorCount: number; messages: { storyId: string | null }[] }[];
    expect(file!.errorCount).toBe(0);
    expect(new Set(file!.messages.map((m) => m.storyId)).size).toBe(2); // warnings in both stories
    put(repo, 'stories/several.yaml', several);
    expectOk(git(repo, 'add', '-A'));
    const passed = commit('-m', 'several');
    expect(passed.status).toBe(0);
    expect(passed.stderr).toBe(`tpm-prep: ${file!.warningCount} warnings in the staged story file; see them with: tpm-prep lint stories/several.yaml\n`);
  });

  // The hook linted a story with unstaged changes from the index apart from the others: one that shared the id of a
  // story linted from its file went in unseen. It runs lint --staged, as the husky line does, over all of them at once.
  it('stops two staged stories that share an id, one staged as it is and one with unstaged changes', () => {
    const { repo, commit } = hookedRepo();
    put(repo, 'stories/launch.yaml', STRONG);
    put(repo, 'stories/launch copy.yaml', STRONG); // the same story, so the same id
    expectOk(git(repo, 'add', '-A'));
    appendFileSync(join(repo, 'stories', 'launch copy.yaml'), '# a note, not staged\n');

    const refused = commit('-m', 'two launches');
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('duplicate-id');
    expect(refused.stderr.trim().split('\n').at(-1)).toBe(STOPPED);
    expect(commits(repo)).toBe(1);

    // One of them taken out of the commit: the other goes through.
    expectOk(git(repo, 'reset', '-q', '--', 'stories/launch copy.yaml'));
    expect(commit('-m', 'one launch')).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });
});

describe('the hooks init writes, with tpm-prep not installed', () => {
  // Neither on PATH nor in node_modules: the hook falls back to npx, which must not go to the registry (a
  // lookup of the name is a request too). The registry is a closed local port, so a request fails at once.
  const PATH = [dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter);
  const offlineEnv = () => childEnv({ PATH, npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0', npm_config_cache: tempDir('tpm-prep-npm-cache-') });
  const installed = run('sh', ['-c', 'command -v tpm-prep'], tempDir(), offlineEnv()).status === 0;

  it.skipIf(installed)('the git hook and the pre-commit entry fail without asking the registry anything, and say what to do', () => {
    const repo = tempDir('tpm-prep-noinstall-');
    expectOk(git(repo, 'init', '-q'));
    expectOk(run(process.execPath, [BIN, 'init', '--hook'], repo));
    // With no story staged, the hook has nothing to do, installed or not.
    writeFileSync(join(repo, 'notes.md'), '# notes\n');
    expectOk(git(repo, 'add', 'notes.md'));
    expect(run('sh', ['.git/hooks/pre-commit'], repo, offlineEnv())).toMatchObject({ status: 0, stderr: '' });
    expectOk(git(repo, 'add', '-A'));
    const hook = run('sh', ['.git/hooks/pre-commit'], repo, offlineEnv());
    const other = tempDir('tpm-prep-noinstall-');
    expectOk(run(process.execPath, [BIN, 'init', '--pre-commit'], other));
    const entry = parse(readFileSync(join(other, '.pre-commit-config.yaml'), 'utf8')).repos[0].hooks[0].entry as string;
    const viaPreCommit = run('sh', ['-c', `${entry} stories/*.yaml`], other, offlineEnv());
    // The git hook doesn't reach for npx at all: it says what to do.
    expect(hook.status).toBe(1);
    expect(hook.stderr).toBe(
      "tpm-prep: the hook can't lint the staged stories: tpm-prep is neither on your PATH nor in node_modules/.bin. Run 'npm install' and then 'npm link' in your clone of tpm-prep (or add it to this repo as a dev dependency), or skip this check once with: git commit --no-verify\n",
    );
    // Nor does the pre-commit entry: npx --offline's ENOTCACHED named the registry, which read as a network attempt
    // (a fourteenth user's trial).
    expect(viaPreCommit.status).toBe(1);
    expect(viaPreCommit.stderr).toBe(
      'tpm-prep: not on your PATH nor in node_modules/.bin: run npm install, then npm link, in your clone of tpm-prep (or add it to this repo as a dev dependency)\n',
    );
  });
});

describe('init --hook says when the hook will not find tpm-prep', () => {
  const PATH = [dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter);
  const installed = run('sh', ['-c', 'command -v tpm-prep'], tempDir(), childEnv({ PATH })).status === 0;
  const CANT_FIND =
    "The hook won't find tpm-prep (it is neither on your PATH nor in node_modules/.bin here), so it will stop every commit with a story in it: run `npm install` and then `npm link` (or `npm install -g .`) in your clone of tpm-prep, or add it to this repo as a dev dependency.";

  it.skipIf(installed)('in one line after the hook\'s, written or unchanged, with a PATH that lacks it', () => {
    const repo = tempDir('tpm-prep-noinstall-');
    expectOk(git(repo, 'init', '-q'));
    for (const line of ['created  .git/hooks/pre-commit', 'skipped  .git/hooks/pre-commit (unchanged)']) {
      const init = run(process.execPath, [BIN, 'init', '--hook'], repo, childEnv({ PATH }));
      expect(init.status).toBe(0);
      const lines = init.stdout.split('\n');
      expect(lines[lines.indexOf(line) + 1]).toBe(CANT_FIND);
      expect(lines.filter((l) => l === CANT_FIND)).toHaveLength(1);
    }
  });

  it('not when tpm-prep is on the PATH, nor when it is in the repo\'s node_modules/.bin', () => {
    const onPathRepo = tempDir('tpm-prep-installed-');
    expectOk(git(onPathRepo, 'init', '-q'));
    const withBin = run(process.execPath, [BIN, 'init', '--hook'], onPathRepo, childEnv({ PATH }, binDir()));
    expect(withBin.stdout).toContain('created  .git/hooks/pre-commit\n');
    expect(withBin.stdout).not.toContain("won't find tpm-prep");
    const inNodeModules = run(process.execPath, [BIN, 'init', '--hook'], prepRepo(), childEnv({ PATH }));
    expect(inNodeModules.stdout).toContain('created  .git/hooks/pre-commit\n');
    expect(inNodeModules.stdout).not.toContain("won't find tpm-prep");
  });
});

describe.skipIf(!onPath('pre-commit'))('tpm-prep init --pre-commit (with the real pre-commit tool)', () => {
  it('writes a config under which `pre-commit run` refuses a weak story and accepts a strong one', () => {
    const repo = prepRepo();
    expectOk(run(process.execPath, [BIN, 'init', '--pre-commit'], repo));
    const config = parse(readFileSync(join(repo, '.pre-commit-config.yaml'), 'utf8'));
    expect(config.repos[0].hooks.map((h: { id: string }) => h.id)).toEqual(['tpm-prep-lint']);
    const env = childEnv({ PRE_COMMIT_HOME: join(tempDir(), 'pre-commit') });

    copyFileSync(WEAK, join(repo, 'stories', 'weak.yaml'));
    expectOk(git(repo, 'add', '-A'));
    const refused = run('pre-commit', ['run', '--all-files'], repo, env, 120_000);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('we-instead-of-i');

    expectOk(git(repo, 'rm', '-q', '--cached', 'stories/weak.yaml'));
    copyFileSync(STRONG, join(repo, 'stories', 'strong.yaml'));
    expectOk(git(repo, 'add', 'stories/strong.yaml'));
    const passed = run('pre-commit', ['run', '--files', 'stories/strong.yaml'], repo, env, 120_000);
    expect(passed.stdout).toMatch(/tpm-prep lint\.+Passed/);
    expect(passed.status).toBe(0);
  });

  // A new user's trial: after `pre-commit install`, init --hook took pre-commit's hook for one of the user's own, and
  // said to add the husky line to it (which pre-commit's next install would lose), exit 2, though its config ran tpm-prep.
  it("--hook leaves pre-commit's hook alone, even with --force: exit 2 and where to add tpm-prep's hook until its config runs tpm-prep lint, then exit 0", () => {
    const repo = prepRepo();
    const env = childEnv({ PRE_COMMIT_HOME: join(tempDir(), 'pre-commit') });
    expectOk(run('pre-commit', ['install'], repo, env));
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    const shim = readFileSync(hook, 'utf8');
    const hooks = () => readdirSync(join(repo, '.git', 'hooks')).filter((f) => f.startsWith('pre-commit') && !f.endsWith('.sample'));
    const told =
      "tpm-prep: --hook wrote no git hook: .git/hooks/pre-commit is pre-commit's (`pre-commit install` wrote it), so it is left as it is. To lint the staged stories at each commit, add a tpm-prep hook to .pre-commit-config.yaml (the README's pre-commit recipe)";

    // No config yet: init --pre-commit writes one.
    const first = cli(['init', '--hook'], { cwd: repo });
    expect(first).toMatchObject({ status: 2, stderr: `${told}, or run \`tpm-prep init --pre-commit\`, which writes one that does.\n` });
    expect(first.stdout).toBe(`${SCAFFOLD.map((f) => `created  ${f}\n`).join('')}Next: fill in stories/my-first-story.yaml, then run \`tpm-prep lint\`.\n`);
    expect(cli(['init', '--hook', '--force'], { cwd: repo })).toMatchObject({ status: 2, stderr: first.stderr });
    expect(readFileSync(hook, 'utf8')).toBe(shim);
    expect(hooks()).toEqual(['pre-commit']);

    // A config of the user's own that doesn't run tpm-prep, or only by hand (the manual stage): add its hook there.
    const config = join(repo, '.pre-commit-config.yaml');
    writeFileSync(config, 'repos:\n  - repo: local\n    hooks:\n      - id: no-tabs\n        name: no tabs\n        entry: "\\t"\n        language: pygrep\n');
    expect(cli(['init', '--hook'], { cwd: repo })).toMatchObject({ status: 2, stderr: `${told}.\n` });
    rmSync(config);
    expectOk(run(process.execPath, [BIN, 'init', '--pre-commit'], repo));
    const written = readFileSync(config, 'utf8');
    writeFileSync(config, written.replace('        language: system\n', '        language: system\n        stages: [manual]\n'));
    expect(cli(['init', '--hook'], { cwd: repo })).toMatchObject({ status: 2, stderr: `${told}.\n` });

    // The config init --pre-commit writes, or the README's (this repository's hooks, by id): nothing to add, exit 0.
    for (const runsTpmPrep of [written, recipe('pre-commit')]) {
      writeFileSync(config, runsTpmPrep);
      const done = cli(['init', '--hook'], { cwd: repo });
      expect(done).toMatchObject({ status: 0, stderr: '' });
      expect(done.stdout).toContain("\nskipped  .git/hooks/pre-commit (pre-commit's, and .pre-commit-config.yaml runs tpm-prep lint)\n");
    }
    expect(readFileSync(hook, 'utf8')).toBe(shim);
    expect(hooks()).toEqual(['pre-commit']);
    // And through it, the commit of a weak story is stopped, a strong one let through.
    writeFileSync(config, written);
    rmSync(join(repo, 'stories', 'my-first-story.yaml'));
    expectOk(git(repo, 'add', '.pre-commit-config.yaml'));
    expectOk(run('git', ['commit', '-q', '-m', 'pre-commit'], repo, env));
    expectWeakRefusedStrongAccepted(repo, env);

    // The hook init --hook wrote, set aside by `pre-commit install` (its migration mode), runs before pre-commit's own.
    const other = prepRepo();
    expectOk(run(process.execPath, [BIN, 'init', '--hook'], other));
    expectOk(run('pre-commit', ['install'], other, env));
    const migrated = cli(['init', '--hook'], { cwd: other });
    expect(migrated).toMatchObject({ status: 0, stderr: '' });
    expect(migrated.stdout).toContain(
      "\nskipped  .git/hooks/pre-commit (pre-commit's, which runs .git/hooks/pre-commit.legacy, the hook tpm-prep wrote, before its own)\n",
    );
  }, 60_000);

  // A new user's trial: pre-commit splits the files it passes a hook across parallel runs (by CPU count), so a bank
  // got a report per run, and two stories that share an id in different runs were no duplicate-id.
  it('lints the stories of a commit in one run (require_serial): one report, and every copy a duplicate-id', () => {
    const repo = prepRepo();
    expectOk(run(process.execPath, [BIN, 'init', '--pre-commit'], repo));
    rmSync(join(repo, 'stories', 'my-first-story.yaml'));
    const sharing = bankWithCopies(join(repo, 'stories'));
    const env = childEnv({ PRE_COMMIT_HOME: join(tempDir(), 'pre-commit') });
    expectOk(run('pre-commit', ['install'], repo, env));
    expectOk(git(repo, 'add', '-A'));
    const commit = run('git', ['commit', '-q', '-m', 'my bank'], repo, env, 120_000);
    expect(commit.status).toBe(1);
    expect(commit.stdout + commit.stderr).toMatch(/tpm-prep lint\.+Failed/);
    expect(summariesAndDuplicates(commit.stdout + commit.stderr)).toEqual({ summaries: 1, duplicates: sharing });
  });
});

if (!onPath('pre-commit')) {
  it.skip('tpm-prep init --pre-commit: skipped, `pre-commit` is not on PATH (apt-get install pre-commit)', () => {});
}

// A trial user who speaks faster than 150 words a minute found no word of the speaking rate in the config init wrote.
describe("the config init writes, too-long's speaking rate", () => {
  it('is there, commented out under too-long, and in force once put in place of the line above it', () => {
    const cwd = tempDir();
    expectOk(run(process.execPath, [BIN, 'init'], cwd));
    const written = readFileSync(join(cwd, '.tpm-prep.yaml'), 'utf8');
    const lines = written.split('\n');
    const at = lines.indexOf('  too-long: error');
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '  # Speak faster or slower than 150 words a minute? Put your rate in place of the line above:',
      '  # too-long: { severity: error, wordsPerMinute: 170 }',
    ]);
    // As written, the default is in force; uncommented in place of the line above, the rate.
    expect(cli(['rules'], { cwd }).stdout.replace(/\s+/g, ' ')).toContain('at 150 words a minute');
    writeFileSync(join(cwd, '.tpm-prep.yaml'), [...lines.slice(0, at), lines[at + 2]!.replace('# ', ''), ...lines.slice(at + 3)].join('\n'));
    const rules = cli(['rules', '--format', 'json'], { cwd });
    expect(rules.stderr).toBe('');
    expect(JSON.parse(rules.stdout).find((r: { id: string }) => r.id === 'too-long').options.wordsPerMinute).toBe(170);
  });
});
