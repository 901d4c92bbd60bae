/**
 * Exit codes (0 clean or warnings within the limit, 1 lint errors, 2 usage, config or IO problems), the
 * paths lint accepts (files, folders, quoted globs, the way pre-commit and lint-staged pass them), and
 * the program's help, version and usage errors.
 */
import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { NO_METRIC, ROOT, STACK_TRACE, STRONG, WE_TASK, cliWithClosedStdout, fileResult, lintJson, run, scratch } from './support.js';

const tmp = scratch('exit');
const draft = (story: string) => story.replace(/^title: .*$/m, '$&\ndraft: true');
const files = (results: { filePath: string }[]) => results.map((r) => r.filePath).filter((p) => !p.endsWith('/'));

describe.concurrent('exit codes', () => {
  const dir = tmp.write({
    'clean.yaml': STRONG,
    'error.yaml': WE_TASK,
    'one-warning.yaml': draft(NO_METRIC),
    'two-warnings.yaml': draft(NO_METRIC.replace('  I owned the cross-team', '  We owned the cross-team')),
  });
  const lint = (...args: string[]) => run(['lint', ...args], { cwd: dir });
  const warnings = ['one-warning.yaml', 'two-warnings.yaml'];

  it('0 when clean, with no output at all', async ({ expect }) => {
    expect(await lint('clean.yaml')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('1 when there is a lint error', async ({ expect }) => {
    const done = await lint('clean.yaml', 'error.yaml');
    expect(done.status).toBe(1);
    expect(done.stdout).toContain('we-instead-of-i');
    expect(done.stderr).toBe('');
  });

  it('0 when there are only warnings', async ({ expect }) => {
    const done = await lint(...warnings);
    expect(done.stdout).toMatch(/\(0 errors, 3 warnings\)/);
    expect(done.status).toBe(0);
  });

  it('--max-warnings N: 0 within the limit, 1 over it (with a line saying so); -1 means no limit', async ({ expect }) => {
    const [within, over, unlimited, one] = await Promise.all([
      lint('--max-warnings', '3', ...warnings),
      lint('--max-warnings', '2', ...warnings),
      lint('--max-warnings', '-1', ...warnings),
      lint('--max-warnings', '0', 'one-warning.yaml'),
    ]);
    expect(within.status).toBe(0);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('tpm-prep: 3 warnings, more than --max-warnings 2.\n');
    expect(unlimited.status).toBe(0);
    // One warning is "1 warning", not "1 warnings".
    expect(one).toMatchObject({ status: 1, stderr: 'tpm-prep: 1 warning, more than --max-warnings 0.\n' });
  });

  it('--max-warnings counts no warning with -q, which shows none (as ESLint 9 does)', async ({ expect }) => {
    const done = await lint('-q', '--max-warnings', '0', ...warnings);
    expect(done.status).toBe(0);
    expect(done.stderr).toBe('');
  });

  it('--max-warnings does not hide errors: an error still exits 1 within the limit', async ({ expect }) => {
    expect((await lint('--max-warnings', '10', 'error.yaml')).status).toBe(1);
  });

  for (const bad of ['abc', '1.5', '-2']) {
    it(`2, with one line and nothing on stdout, for --max-warnings ${bad}`, async ({ expect }) => {
      const done = await lint('--max-warnings', bad, 'clean.yaml');
      expect(done.status).toBe(2);
      expect(done.stdout).toBe('');
      expect(done.stderr).toMatch(/^tpm-prep: .*--max-warnings.*\n$/);
    });
  }

  it('2 for an unknown --format, naming the choices', async ({ expect }) => {
    const done = await lint('--format', 'xml', 'clean.yaml');
    expect(done.status).toBe(2);
    expect(done.stdout).toBe('');
    expect(done.stderr).toMatch(/^tpm-prep: .*xml.*stylish, json, compact.*\n$/);
  });

  it('2 for a misspelt --format, with the choice it is nearest', async ({ expect }) => {
    const done = await lint('--format', 'jsno', 'clean.yaml');
    expect(done.status).toBe(2);
    expect(done.stderr).toBe('tpm-prep: lint: no format jsno; the formats are stylish, json, compact, github and sarif. Did you mean `json`?\n');
  });

  // As completion's shell reads (a new user's trial: commander's "option '-f, --format <name>' argument 'xml' is
  // invalid"), so does every command's --format: one line of the CLI's own, naming the command.
  it('2 for a --format no command has, said alike by each command that takes one', async ({ expect }) => {
    for (const [command, formats] of [
      ['rules', 'text and json'],
      ['stats', 'text and json'],
      ['drill', 'text, json and json-with-metadata'],
      ['lint', 'stylish, json, compact, github and sarif'],
    ] as const) {
      const done = await run([command, '--format', 'yaml'], { cwd: ROOT });
      expect([done.status, done.stdout, done.stderr]).toEqual([2, '', `tpm-prep: ${command}: no format yaml; the formats are ${formats}.\n`]);
    }
    // A value quoted as it would be typed.
    expect((await run(['map', '-f', 'x y'], { cwd: ROOT })).stderr).toBe('tpm-prep: map: no format "x y"; the formats are text and json.\n');
  });

  // A user's trial: `lint -f` was told to read `tpm-prep lint --help`, where `lint -f x` lists the formats. Each option
  // that takes one of a fixed few words, given none, names them, with a line to run (not the default, which needs no option).
  it('2 for an option of a fixed few words given none, naming them, said alike by each command', async ({ expect }) => {
    const categories = 'the categories are behavioral, system-design, technical and program-management';
    const cases: [string[], string][] = [
      [['lint', '-f'], 'lint: --format needs a format after it; the formats are stylish, json, compact, github and sarif: `tpm-prep lint --format json`.'],
      [['lint', 'stories/', '--format'], 'lint: --format needs a format after it; the formats are stylish, json, compact, github and sarif: `tpm-prep lint --format json`.'],
      ...['rules', 'lps', 'map', 'plan', 'questions', 'stats'].map((command): [string[], string] => [
        [command, '-f'],
        `${command}: --format needs a format after it; the formats are text and json: \`tpm-prep ${command} --format json\`.`,
      ]),
      [['drill', '-f'], 'drill: --format needs a format after it; the formats are text, json and json-with-metadata: `tpm-prep drill --format text`.'],
      [['drill', '--category'], `drill: --category needs a category after it; ${categories}: \`tpm-prep drill --category behavioral\`.`],
      [['questions', '--category'], `questions: --category needs a category after it; ${categories}: \`tpm-prep questions --category behavioral\`.`],
      // The principles, sixteen with their aliases, are listed by a command of their own.
      [['drill', '--lp'], 'drill: --lp needs a principle after it: an id, name or alias, as in --lp ownership, or a comma list of them, or --lp all for every one; `tpm-prep lps` lists the 16.'],
      [['questions', '--lps'], 'questions: --lps needs a principle after it: an id, name or alias, as in --lps ownership, or a comma list of them, or --lps all for every one; `tpm-prep lps` lists the 16.'],
      [['plan', '--lps'], 'plan: --lps needs a principle after it: an id, name or alias, as in --lps ownership, or a comma list of them, or --lps all for every one; `tpm-prep lps` lists the 16.'],
      [['new', '--lps'], 'new: --lps needs a principle after it: an id, name or alias, as in --lps ownership, or a comma list of them; `tpm-prep lps` lists the 16.'],
      // An argument of a few words says them alike.
      [['completion'], 'completion: name a shell; the shells are bash, zsh, fish and powershell: `tpm-prep completion bash`.'],
    ];
    const done = await Promise.all(cases.map(([args]) => run(args, { cwd: ROOT })));
    expect(done.map((d) => [d.status, d.stdout, d.stderr])).toEqual(cases.map(([, message]) => [2, '', `tpm-prep: ${message}\n`]));
    // An option of any value still points at its command's --help.
    expect((await run(['lint', '-c'], { cwd: ROOT })).stderr).toBe('tpm-prep: --config needs a value after it; `tpm-prep lint --help` says what it takes.\n');
  });

  it('2 for a misspelt path, with the file or folder beside it that it is nearest', async ({ expect }) => {
    const folder = await lintJson(['clen.yaml'], { cwd: dir });
    expect(folder.run.stderr).toBe('tpm-prep: clen.yaml: no such file or folder. Did you mean `clean.yaml`?\n');
    const nested = await run(['lint', 'storys/'], { cwd: ROOT });
    expect(nested.status).toBe(2);
    expect(nested.stderr).toBe('tpm-prep: storys/: no such file or folder. Did you mean `stories/`?\n');
    // The same for a file named by an option.
    const config = await run(['lint', '-c', 'clen.yaml', 'clean.yaml'], { cwd: dir });
    expect(config.stderr).toBe("tpm-prep: Can't read the config: clen.yaml: no such file or folder. Did you mean `clean.yaml`?\n");
    // A broken symlink is there but can't be read: it is not suggested to itself.
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    const dangling = await run(['lint', 'dangling.yaml'], { cwd: dir });
    expect(dangling.stderr).toBe('tpm-prep: dangling.yaml: no such file or folder.\n');
    rmSync(join(dir, 'dangling.yaml'));
  });

  it('2 for a path that is another form of a name beside it, with that name: singular for plural, or its start', async ({ expect }) => {
    const [singular, start, unrelated] = await Promise.all([run(['lint', 'story/']), run(['map', 'stor']), run(['lint', 'nowhere/'])]);
    expect(singular).toMatchObject({ status: 2, stderr: 'tpm-prep: story/: no such file or folder. Did you mean `stories/`?\n' });
    expect(start).toMatchObject({ status: 2, stderr: 'tpm-prep: stor: no such file or folder. Did you mean `stories`?\n' });
    expect(unrelated).toMatchObject({ status: 2, stderr: 'tpm-prep: nowhere/: no such file or folder.\n' });
    // The start of a story's file name, in the folder named.
    expect((await run(['lint', 'stories/cert'])).stderr).toBe('tpm-prep: stories/cert: no such file or folder. Did you mean `stories/cert-expiry-incident.yaml`?\n');
    // And of a story file's name without its extension: `aspice.yaml` typed for `aspice-audit.yaml`.
    const [file, other] = await Promise.all([run(['lint', 'stories/cert.yaml']), run(['map', 'stories/tpm-hiring.yml'])]);
    expect(file).toMatchObject({ status: 2, stderr: 'tpm-prep: stories/cert.yaml: no such file or folder. Did you mean `stories/cert-expiry-incident.yaml`?\n' });
    expect(other).toMatchObject({ status: 2, stderr: 'tpm-prep: stories/tpm-hiring.yml: no such file or folder. Did you mean `stories/tpm-hiring-rotation.yaml`?\n' });
  });

  it('2 for a path that does not exist, naming it, after linting the paths that do', async ({ expect }) => {
    const { run: done, results } = await lintJson(['error.yaml', 'missing.yaml', 'clean.yaml'], { cwd: dir });
    expect(done.status).toBe(2);
    expect(done.stderr).toBe('tpm-prep: missing.yaml: no such file or folder.\n');
    expect(files(results)).toEqual(['clean.yaml', 'error.yaml']);
  });

  it('2 for a folder with no story file, in one line, as map and plan say it: the bank-level rules say nothing of a bank with no story', async ({ expect }) => {
    const empty = tmp.write({ 'notes/plan.md': '# later\n' });
    const said = 'tpm-prep: .: no .yaml or .yml files in this folder.\n';
    const [stylish, json, map, plan] = await Promise.all([
      run(['lint', '.'], { cwd: empty }),
      run(['lint', '--format', 'json', '.'], { cwd: empty }),
      run(['map', '.'], { cwd: empty }),
      run(['plan', '.'], { cwd: empty }),
    ]);
    expect(stylish).toEqual({ status: 2, stdout: '', stderr: said });
    expect(json).toEqual({ status: 2, stdout: '[]\n', stderr: said });
    for (const other of [map, plan]) expect(other).toEqual({ status: 2, stdout: '', stderr: said });
    // Files that hold no story are a bank with no story too: each file's warning, and nothing for the bank.
    const blank = tmp.write({ 'stories/later.yaml': '# A story will go here.\n' });
    const { run: done, results } = await lintJson(['stories'], { cwd: blank });
    expect(done.status).toBe(0);
    expect(results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId)])).toEqual([['stories/later.yaml', ['parse']]]);
  });

  it('2 for a quoted glob that matches nothing', async ({ expect }) => {
    const done = await lint('nowhere/**/*.yml');
    expect(done.status).toBe(2);
    expect(done.stderr).toBe('tpm-prep: No files match the pattern "nowhere/**/*.yml".\n');
  });

  it('2 for lint with no paths where there is no stories/ folder, saying what to type', async ({ expect }) => {
    const done = await lint();
    expect(done.status).toBe(2);
    expect(done.stderr).toMatch(/^tpm-prep: .*tpm-prep lint stories\/.*\n$/);
  });
});

describe.concurrent('paths: files, folders and globs in any mix', () => {
  // Which files get linted is all that matters here, so each holds a one-line story: it lints in a
  // fraction of the time a full story takes (and has findings, so exit 1).
  const stub = (title: string) => `title: ${title}\n`;
  const dir = tmp.write({
    'stories/a.yaml': stub('A'),
    'stories/notes.md': '# Not a story\n',
    'stories/draft.txt': stub('A draft in a text file'),
    'stories/team/b.yml': stub('B'),
    'stories/team/deep/c.yaml': stub('C'),
    'stories/team/deep/d.yml': stub('D'),
    'stories/.drafts/hidden.yaml': stub('Hidden'),
    'stories/node_modules/pkg/x.yaml': stub('X'),
    'elsewhere/e.yml': stub('E'),
  });
  const lint = (...args: string[]) => lintJson(args, { cwd: dir });
  const all = ['stories/a.yaml', 'stories/team/b.yml', 'stories/team/deep/c.yaml', 'stories/team/deep/d.yml'];

  it('walks a folder for *.yaml and *.yml at any depth, skipping other files, dot-folders and node_modules', async ({ expect }) => {
    const { run: done, results } = await lint('stories');
    expect(files(results)).toEqual(all);
    expect(done.stderr).toBe('');
  });

  it('takes a trailing slash on a folder the same way', async ({ expect }) => {
    expect(files((await lint('stories/')).results)).toEqual(all);
  });

  it('lints stories/ when given no paths', async ({ expect }) => {
    expect(files((await lint()).results)).toEqual(all);
  });

  it('expands a quoted glob itself: ** crosses folders, * does not, {a,b} picks either', async ({ expect }) => {
    const [deep, flat, either] = await Promise.all([lint('stories/**/*.yml'), lint('stories/*.yaml'), lint('stories/**/*.{yaml,yml}')]);
    expect(files(deep.results)).toEqual(['stories/team/b.yml', 'stories/team/deep/d.yml']);
    expect(files(flat.results)).toEqual(['stories/a.yaml']);
    expect(files(either.results)).toEqual(all);
  });

  it('lints a file named on the command line whatever its extension', async ({ expect }) => {
    const { run: done, results } = await lint('stories/draft.txt');
    expect(files(results)).toEqual(['stories/draft.txt']);
    expect(done.status).toBe(1);
  });

  it('lints a mix of glob, file and folders, each file once, sorted', async ({ expect }) => {
    const { run: done, results } = await lint('stories/**/*.yml', 'stories/team/deep/d.yml', 'elsewhere', 'stories/team', './stories/a.yaml');
    expect(files(results)).toEqual(['elsewhere/e.yml', 'stories/a.yaml', 'stories/team/b.yml', 'stories/team/deep/c.yaml', 'stories/team/deep/d.yml']);
    // Each file once, so no story collides with itself as a duplicate id.
    expect(results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'duplicate-id')).toEqual([]);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(1);
  });

  it('accepts a glob whose files an earlier path already named (no "No files match")', async ({ expect }) => {
    // `tpm-prep lint stories/ 'stories/**/*.yml'`: the glob does match, even if it adds nothing new.
    const { run: done, results } = await lint('stories/team', 'stories/**/*.yml');
    // (stories/a.yaml is not linted: the bank-level rules are left out, and said so, in the one line.)
    expect(done.stderr).toBe("tpm-prep: stories/team/ is part of the bank stories/: the bank-level rules (lp-coverage, no-failure-story) are left out, as for a commit's files; `tpm-prep lint stories` runs them.\n");
    expect(files(results)).toEqual(['stories/team/b.yml', 'stories/team/deep/c.yaml', 'stories/team/deep/d.yml']);
    expect(done.status).toBe(1);
  });

  it('takes the absolute paths lint-staged passes, and shows them relative', async ({ expect }) => {
    const { results } = await lint(join(dir, 'stories/a.yaml'), join(dir, 'stories/team/deep/d.yml'));
    expect(files(results)).toEqual(['stories/a.yaml', 'stories/team/deep/d.yml']);
    expect(fileResult(results, 'stories/team/deep/d.yml').messages.length).toBeGreaterThan(0);
  });
});

describe.concurrent('no paths, from a folder of a prep repo', () => {
  // A prep repo as init makes it: the config at the top, stories/ beside it, and other folders.
  const repo = tmp.write({ '.tpm-prep.yaml': 'rules: {}\n', 'stories/we.yaml': WE_TASK, 'schema/.keep': '', 'notes/deep/.keep': '' });
  const at = (...parts: string[]) => join(repo, ...parts);

  it('lint finds the stories/ beside the nearest .tpm-prep.yaml, shown relative to where it runs', async ({ expect }) => {
    const [inStories, inSchema, deeper] = await Promise.all([
      lintJson([], { cwd: at('stories') }),
      lintJson([], { cwd: at('schema') }),
      lintJson([], { cwd: at('notes', 'deep') }),
    ]);
    expect(files(inStories.results)).toEqual(['we.yaml']);
    expect(files(inSchema.results)).toEqual(['../stories/we.yaml']);
    expect(files(deeper.results)).toEqual(['../../stories/we.yaml']);
    for (const { run: done } of [inStories, inSchema, deeper]) expect(done.status).toBe(1);
  });

  it('map and plan find them too', async ({ expect }) => {
    const [map, plan] = await Promise.all([run(['map', '-f', 'json'], { cwd: at('schema') }), run(['plan', '-f', 'json'], { cwd: at('schema') })]);
    expect(map.status).toBe(0);
    expect(JSON.parse(map.stdout).stories.map((s: { filePath: string }) => s.filePath)).toEqual(['../stories/we.yaml']);
    expect(plan.status).toBe(0);
  });

  it('new writes into them, not into a stories/ of its own', async ({ expect }) => {
    // A repo of its own: the story new writes would change what the other cases lint.
    const own = tmp.write({ '.tpm-prep.yaml': 'rules: {}\n', 'stories/we.yaml': WE_TASK, 'notes/.keep': '' });
    const done = await run(['new', 'Cut the alert noise in half', '--situation', 'Pages were up.'], { cwd: join(own, 'notes') });
    expect(done.stdout + done.stderr).toContain('../stories/cut-the-alert-noise-in-half.yaml');
    expect(existsSync(join(own, 'stories', 'cut-the-alert-noise-in-half.yaml'))).toBe(true);
    expect(existsSync(join(own, 'notes', 'stories'))).toBe(false);
  });

  it('stats reads the practice history beside those stories', async ({ expect }) => {
    const done = await run(['stats'], { cwd: at('schema') });
    expect(done.status).toBe(0);
    expect(done.stdout + done.stderr).toContain('../.tpm-prep/history.jsonl');
  });

  it('with a config upward but no stories/ beside it, says where it looked, exit 2', async ({ expect }) => {
    const elsewhere = tmp.write({ '.tpm-prep.yaml': 'rules: {}\n', 'bank/we.yaml': WE_TASK, 'notes/.keep': '' });
    expect(await run(['map'], { cwd: join(elsewhere, 'notes') })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'tpm-prep: Name the stories to read, for example: tpm-prep map stories/ (there is no stories/ here, nor beside ../.tpm-prep.yaml)\n',
    });
  });

  it('with no config upward and no stories/ here, asks for the paths, exit 2', async ({ expect }) => {
    const bare = tmp.write({ 'notes/.keep': '' });
    expect(await run(['lint'], { cwd: join(bare, 'notes') })).toEqual({ status: 2, stdout: '', stderr: 'tpm-prep: Name the stories to read, for example: tpm-prep lint stories/\n' });
  });
});

describe.concurrent('a path that names the folder you are in (`tpm-prep lint stories/` from stories/)', () => {
  const repo = tmp.write({ '.tpm-prep.yaml': 'rules: {}\n', 'stories/we.yaml': WE_TASK });
  const inRepo = join(repo, 'stories');
  // No config above: a command given no path doesn't find this folder.
  const bare = join(tmp.write({ 'stories/we.yaml': WE_TASK }), 'stories');

  it('every command that takes story paths says you are there already, and what to run, exit 2', async ({ expect }) => {
    const cases = [...['lint', 'map', 'plan', 'report'].map((command) => [command, 'stories/']), ['lint', 'stories'], ['map', './Stories']];
    const runs = await Promise.all(cases.map((args) => run(args, { cwd: inRepo })));
    cases.forEach(([command, typed], i) => {
      expect(runs[i]!.status, `${command} ${typed}`).toBe(2);
      expect(runs[i]!.stderr).toBe(`tpm-prep: ${typed}: no such file or folder. You are in stories/ already: run \`tpm-prep ${command}\` (or \`tpm-prep ${command} .\`).\n`);
    });
    // What it says to run works.
    expect(files((await lintJson([], { cwd: inRepo })).results)).toEqual(['we.yaml']);
    expect(files((await lintJson(['.'], { cwd: inRepo })).results)).toEqual(['we.yaml']);
  });

  it('with no config above to find the folder by, says to name it `.`', async ({ expect }) => {
    expect(await run(['lint', 'stories/'], { cwd: bare })).toMatchObject({
      status: 2,
      stderr: 'tpm-prep: stories/: no such file or folder. You are in stories/ already: run `tpm-prep lint .` instead.\n',
    });
    // Given no path there, it suggests `.`, not the stories/ it is in.
    for (const command of ['lint', 'map', 'plan', 'report']) {
      expect(await run([command], { cwd: bare })).toEqual({
        status: 2,
        stdout: '',
        stderr: `tpm-prep: Name the stories to read, for example: tpm-prep ${command} . (you are in stories/)\n`,
      });
    }
  });

  it('a file in it named from the folder above gets its name from here', async ({ expect }) => {
    const done = await run(['lint', 'stories/we.yaml'], { cwd: inRepo });
    expect(done.status).toBe(2);
    expect(done.stderr).toBe('tpm-prep: stories/we.yaml: no such file or folder. You are in stories/ already: did you mean `we.yaml`?\n');
  });

  it('drill and stats say the same of the folder named as a path, in its own terms', async ({ expect }) => {
    expect(await run(['stats', 'stories/'], { cwd: bare })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'tpm-prep: stories/: no such file or folder. You are in stories/ already: use `tpm-prep stats .` instead.\n',
    });
    expect((await run(['drill', '--print', 'nowhere'], { cwd: bare })).stderr).toBe('tpm-prep: nowhere: no such file or folder.\n');
  });

  it('drill and stats say the same of --stories', async ({ expect }) => {
    expect(await run(['drill', '--print', '--stories', 'stories'], { cwd: inRepo })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'tpm-prep: stories: no such file or folder. You are in stories/ already: leave out --stories (or use `--stories .`).\n',
    });
    expect(await run(['stats', '--stories', 'stories/'], { cwd: bare })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'tpm-prep: stories/: no such file or folder. You are in stories/ already: use `--stories .` instead.\n',
    });
  });
});

describe.concurrent('a theme folder of a larger bank is linted without the bank-level rules', () => {
  // A trial's `lint stories/falhas` gave a warning for each principle its other folders cover.
  const bank = { '.git/HEAD': '', 'stories/cliente/launch.yaml': STRONG, 'stories/falhas/outage.yaml': STRONG.replace('Cut checkout', 'Fix checkout') };
  const note = (folder: string, at: string, typed: string) =>
    `tpm-prep: ${folder} is part of the bank ${at}: the bank-level rules (lp-coverage, no-failure-story) are left out, as for a commit's files; \`tpm-prep lint ${typed}\` runs them.\n`;

  it('says so in one line, from the top and from inside the folder', async ({ expect }) => {
    const repo = tmp.write(bank);
    const [named, here] = await Promise.all([lintJson(['stories/falhas'], { cwd: repo }), lintJson(['.'], { cwd: join(repo, 'stories/falhas') })]);
    expect(named.run.stderr).toBe(note('stories/falhas/', 'stories/', 'stories'));
    expect(named.results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId)])).toEqual([['stories/falhas/outage.yaml', []]]);
    expect(here.run.stderr).toBe(note('this folder', '../', '..'));
    expect(here.results.flatMap((r) => r.messages.map((m) => m.ruleId))).not.toContain('lp-coverage');
  });

  it('the whole bank, or a bank of one folder, still gets them', async ({ expect }) => {
    const repo = tmp.write(bank);
    const alone = tmp.write({ '.git/HEAD': '', 'stories/falhas/outage.yaml': STRONG });
    const [whole, only] = await Promise.all([lintJson(['stories'], { cwd: repo }), lintJson(['stories/falhas'], { cwd: alone })]);
    expect(whole.run.stderr).toBe('');
    expect(fileResult(whole.results, 'stories/').messages.map((m) => m.ruleId)).toContain('lp-coverage');
    expect(only.run.stderr).toBe('');
    expect(fileResult(only.results, 'stories/falhas/').messages.map((m) => m.ruleId)).toContain('lp-coverage');
  });

  it('a bank whose only other files are no stories of it (a dot-folder, node_modules, notes) gets them too', async ({ expect }) => {
    const repo = tmp.write({
      '.git/HEAD': '',
      'stories/falhas/outage.yaml': STRONG,
      'stories/.drafts/old.yaml': STRONG,
      'stories/node_modules/pkg/config.yaml': 'a: 1\n',
      'stories/notes.md': '# notes\n',
    });
    const done = await lintJson(['stories/falhas'], { cwd: repo });
    expect(done.run.stderr).toBe('');
    expect(fileResult(done.results, 'stories/falhas/').messages.map((m) => m.ruleId)).toContain('lp-coverage');
  });

  it('one story file elsewhere in the bank, deep or in a later folder, is enough to make the folder a part of it', async ({ expect }) => {
    const [deep, later] = [
      tmp.write({ '.git/HEAD': '', 'stories/falhas/outage.yaml': STRONG, 'stories/zz/a/b/launch.yml': STRONG.replace('Cut checkout', 'Fix checkout') }),
      tmp.write({ '.git/HEAD': '', 'stories/falhas/outage.yaml': STRONG, 'stories/zz/notes.txt': 'x\n', 'stories/zz/launch.yaml': STRONG.replace('Cut checkout', 'Fix checkout') }),
    ];
    const [one, two] = await Promise.all([lintJson(['stories/falhas'], { cwd: deep }), lintJson(['stories/falhas'], { cwd: later })]);
    expect(one.run.stderr).toBe(note('stories/falhas/', 'stories/', 'stories'));
    expect(two.run.stderr).toBe(note('stories/falhas/', 'stories/', 'stories'));
  });
});

describe.concurrent('a sub-folder of the bank shares its practice history, beside the bank', () => {
  // A trial's bank in theme folders: `drill stories/cliente` kept a second history in stories/.tpm-prep/, which
  // `stats` at the top never read.
  const answer = (day: string) => `{"version":1,"at":"2026-03-${day}T09:00:00.000Z","question":"dive-deep-05","category":"behavioral","lps":["dive-deep"],"story":null,"seconds":100,"limit":120,"followup":null,"check":{"metric":true,"saidI":true,"partner":true,"tradeoff":true},"rating":4}\n`;
  const bank = { '.git/HEAD': '', 'stories/cliente/launch.yaml': STRONG, 'stories/falhas/outage.yaml': STRONG.replace('Cut checkout', 'Fix checkout'), '.tpm-prep/history.jsonl': answer('02') };

  it('`stats stories/cliente` and `stats .` in it read the bank\'s history', async ({ expect }) => {
    const repo = tmp.write(bank);
    const [named, here] = await Promise.all([run(['stats', 'stories/cliente'], { cwd: repo }), run(['stats', '.'], { cwd: join(repo, 'stories/cliente') })]);
    expect(named).toMatchObject({ status: 0, stderr: '' });
    expect(named.stdout.split('\n')[0]).toBe('1 answer in .tpm-prep/history.jsonl');
    expect(here).toMatchObject({ status: 0, stderr: '' });
    expect(here.stdout.split('\n')[0]).toBe('1 answer in ../../.tpm-prep/history.jsonl');
  });

  it('outside a git repository, with no config, `stats .` in a theme folder and `stats ..` below it read the bank\'s history', async ({ expect }) => {
    // No .git nor .tpm-prep.yaml: only the folder named `stories` above marks the bank (the scratch folder is outside any repository).
    const { '.git/HEAD': _git, ...outside } = bank;
    const prep = tmp.write({ ...outside, 'stories/cliente/deep/.keep': '' });
    const [theme, below, deep] = await Promise.all([
      run(['stats', '.'], { cwd: join(prep, 'stories/cliente') }),
      run(['stats', '..'], { cwd: join(prep, 'stories/cliente/deep') }),
      run(['stats', '.'], { cwd: join(prep, 'stories/cliente/deep') }),
    ]);
    expect(theme).toMatchObject({ status: 0, stderr: '' });
    expect(theme.stdout.split('\n')[0]).toBe('1 answer in ../../.tpm-prep/history.jsonl');
    expect(below).toMatchObject({ status: 0, stderr: '' });
    expect(below.stdout.split('\n')[0]).toBe('1 answer in ../../../.tpm-prep/history.jsonl');
    expect(deep).toMatchObject({ status: 0, stderr: '' });
    expect(deep.stdout.split('\n')[0]).toBe('1 answer in ../../../.tpm-prep/history.jsonl');
  });

  it('reads a history an older version kept beside a sub-folder with the bank\'s, and says how to move it', async ({ expect }) => {
    const repo = tmp.write({ ...bank, 'stories/.tpm-prep/history.jsonl': answer('03') });
    const done = await run(['stats'], { cwd: repo });
    expect(done.status).toBe(0);
    expect(done.stdout.split('\n')[0]).toBe('2 answers in .tpm-prep/history.jsonl');
    expect(done.stderr).toBe(
      'tpm-prep: warning: stories/.tpm-prep/history.jsonl is practice an older tpm-prep kept for a sub-folder of the bank; it is read with .tpm-prep/history.jsonl, where drill now records it. Move it there: `cat stories/.tpm-prep/history.jsonl >> .tpm-prep/history.jsonl && rm stories/.tpm-prep/history.jsonl`.\n',
    );
  });
});

describe.concurrent('drill and stats take the stories folder as a path, as lint, map, plan and report do', () => {
  // A bank not in stories/ (so only the path finds it), its history beside it, and a folder with no stories/ to run from.
  const answer = '{"version":1,"at":"2026-03-02T09:00:00.000Z","question":"dive-deep-05","category":"behavioral","lps":["dive-deep"],"story":null,"seconds":100,"limit":120,"followup":null,"check":{"metric":true,"saidI":true,"partner":true,"tradeoff":true},"rating":4}\n';
  const repo = tmp.write({ 'prep/bank/launch.yaml': STRONG, 'prep/.tpm-prep/history.jsonl': answer, 'elsewhere/.keep': '' });
  const cwd = join(repo, 'elsewhere');
  const drillArgs = ['--print', '--format', 'json', '-n', '2', '--seed', 'paths', '--lp', 'dive-deep', '--category', 'behavioral'];

  it('`drill FOLDER` draws with that bank, and the history beside it, as `drill --stories FOLDER` does', async ({ expect }) => {
    const [positional, option] = await Promise.all([run(['drill', '../prep/bank/', ...drillArgs], { cwd }), run(['drill', ...drillArgs, '--stories', '../prep/bank/'], { cwd })]);
    expect(positional).toMatchObject({ status: 0, stderr: '' });
    expect(positional.stdout).toBe(option.stdout);
    // The bank was read: its story is suggested for the questions it fits.
    expect(positional.stdout).toContain('"id": "launch"');
  });

  it('`stats FOLDER` reads the history beside that folder, as `stats --stories FOLDER` does', async ({ expect }) => {
    const [positional, option] = await Promise.all([run(['stats', '../prep/bank'], { cwd }), run(['stats', '--stories', '../prep/bank'], { cwd })]);
    expect(positional).toMatchObject({ status: 0, stderr: '' });
    expect(positional.stdout.split('\n')[0]).toBe('1 answer in ../prep/.tpm-prep/history.jsonl');
    expect(positional.stdout).toBe(option.stdout);
  });

  it('refuses the folder given both ways, naming both, in one line, exit 2', async ({ expect }) => {
    const [drill, stats] = await Promise.all([
      run(['drill', '../prep/bank', '--print', '--stories', '../prep/other'], { cwd }),
      run(['stats', '--stories', '../prep/bank', '../prep/bank'], { cwd }),
    ]);
    expect(drill).toEqual({
      status: 2,
      stdout: '',
      stderr: 'tpm-prep: Name the stories folder once: `tpm-prep drill ../prep/bank` or `tpm-prep drill --stories ../prep/other`, not both.\n',
    });
    expect(stats).toEqual({
      status: 2,
      stdout: '',
      stderr: 'tpm-prep: Name the stories folder once: `tpm-prep stats ../prep/bank` or `tpm-prep stats --stories ../prep/bank`, not both.\n',
    });
  });

  it('a folder that is not there is refused as with --stories; more than one folder is a usage error', async ({ expect }) => {
    const [missing, two] = await Promise.all([run(['stats', '../prep/bnak'], { cwd }), run(['drill', '../prep/bank', '../prep/bank', '--print'], { cwd })]);
    expect(missing).toMatchObject({ status: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^tpm-prep: \.\.\/prep\/bnak: no such file or folder\. Did you mean `\.\.\/prep\/bank`\?[^\n]*\n$/);
    expect(two).toMatchObject({ status: 2, stdout: '', stderr: "tpm-prep: too many arguments for 'drill'. Expected 1 argument but got 2.\n" });
  });

  it('--help shows the folder in the usage line and an example', async ({ expect }) => {
    const [drill, stats] = await Promise.all([run(['drill', '--help']), run(['stats', '--help'])]);
    expect(drill.stdout).toMatch(/^Usage: tpm-prep drill \[options\] \[stories-folder\]\n/);
    expect(drill.stdout).toMatch(/^ {2}\$ tpm-prep drill ~\/prep\/stories\/\s+another bank, and its history beside it$/m);
    expect(stats.stdout).toMatch(/^Usage: tpm-prep stats \[options\] \[stories-folder\]\n/);
    expect(stats.stdout).toMatch(/^ {2}\$ tpm-prep stats ~\/prep\/stories\/ +the history beside another bank$/m);
  });
});

describe.concurrent('the shipped examples', () => {
  it('`tpm-prep lint stories/` exits 0 with no output', async ({ expect }) => {
    expect(await run(['lint', 'stories/'], { cwd: ROOT })).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe.concurrent('help, version and usage errors', () => {
  it('--help shows the commands and examples, exit 0', async ({ expect }) => {
    const done = await run(['--help']);
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/^Usage: tpm-prep /);
    expect(done.stdout).toMatch(/^ +lint /m);
    expect(done.stdout).toMatch(/\nExamples:\n/);
    expect(done.stdout).toMatch(/^ +\$ tpm-prep lint /m);
  });

  it('a bare tpm-prep shows the same help as --help, on stdout, exit 0', async ({ expect }) => {
    const [bare, help] = await Promise.all([run([]), run(['--help'])]);
    expect(bare).toEqual({ status: 0, stdout: help.stdout, stderr: '' });
  });

  it('lint --help (and help lint) shows its options and examples, exit 0', async ({ expect }) => {
    const [done, viaHelp] = await Promise.all([run(['lint', '--help']), run(['help', 'lint'])]);
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/^Usage: tpm-prep lint /);
    for (const option of ['--format', '--quiet', '--max-warnings', '--config', '--color', '--no-color']) expect(done.stdout).toContain(option);
    expect(done.stdout).toMatch(/\nExamples:\n +\$ tpm-prep lint stories\//);
    expect(done.stdout).toContain("'stories/**/*.yaml'");
    expect(viaHelp).toEqual(done);
  });

  // A numeric option's --help states the values it takes, in the words its error uses.
  it.for<[string, string, string, string]>([
    ['drill', '--count', '0', '1 to 100'],
    ['drill', '--count', '101', '1 to 100'],
    ['drill', '--time', '3', '10 to 3600'],
    ['drill', '--time', '3601', '10 to 3600'],
    ['lint', '--max-warnings', '-2', '0 or more, or -1 for no limit'],
    ['plan', '--max-reuse', '0', '1 or more'],
  ])('%s %s %s is refused, exit 2, with the range its --help states (%s)', async ([command, option, bad, range], { expect }) => {
    const [refused, help] = await Promise.all([run([command, option, bad]), run([command, '--help'])]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(range);
    // The option's entry in --help, wrapped lines joined.
    const entry = help.stdout.split(/\n(?= {2}-)/).find((e) => new RegExp(`^ {2}(?:-\\w, )?${option} `).test(e))!;
    expect(entry.replace(/\s+/g, ' ')).toContain(range);
  });

  it('--version and -v print the version from package.json', async ({ expect }) => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const done of await Promise.all([run(['--version']), run(['-v'])])) expect(done).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('help for a command that does not exist is an unknown command, with its did-you-mean, exit 2', async ({ expect }) => {
    expect(await run(['help', 'nosuch'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown command 'nosuch'\n" });
    const typo = await run(['help', 'lnit']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/Did you mean .*\blint\b/);
    expect((await run(['help', 'help'])).status).toBe(0);
    for (const args of [['help', 'nosuch', '--help'], ['help', 'nosuch', 'extra']]) {
      expect(await run(args)).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown command 'nosuch'\n" });
    }
    expect(await run(['help', '--nosuch'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown option '--nosuch'\n" });
    const [helpHelp, help] = await Promise.all([run(['help', '--help']), run(['--help'])]);
    expect(helpHelp).toEqual(help);
  });

  it('an unknown command exits 2 with a one-line message', async ({ expect }) => {
    expect(await run(['frobnicate'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown command 'frobnicate'\n" });
  });

  it('an unknown option exits 2 with a one-line message', async ({ expect }) => {
    expect(await run(['lint', '--bogus', 'stories/'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown option '--bogus'\n" });
  });

  it("a principle typed after a space, where a path goes, is told to join the list with commas (a sixteenth user's trial)", async ({ expect }) => {
    expect(await run(['plan', '--interviewer', 'earn-trust', 'backbone'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'tpm-prep: "backbone" is no file or folder here but a principle (Have Backbone; Disagree and Commit): join principles with commas, as in --interviewer earn-trust,backbone\n',
    });
    expect(await run(['drill', '--lp', 'ownership', 'deliver-results', '--print'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'tpm-prep: "deliver-results" is no file or folder here but a principle (Deliver Results): join principles with commas, as in --lp ownership,deliver-results\n',
    });
    const report = await run(['report', '--interviewer', 'earn-trust', 'customer obsession', '-o', '-']);
    expect([report.status, report.stdout]).toEqual([2, '']);
    expect(report.stderr).toContain('as in --interviewer "earn-trust,customer obsession"\n');
    // drill takes one folder: three principles with spaces are too many arguments, and told the list to write.
    expect(await run(['drill', '--lp', 'ownership', 'deliver-results', 'dive-deep', '--print'])).toEqual({
      status: 2,
      stdout: '',
      stderr: "tpm-prep: too many arguments for 'drill'. Expected 1 argument but got 2. Several principles go in one comma list: --lp ownership,deliver-results,dive-deep\n",
    });
    expect((await run(['drill', 'a', 'b', '--print'])).stderr).toBe("tpm-prep: too many arguments for 'drill'. Expected 1 argument but got 2.\n");
    // A path that names no principle is still a missing path.
    expect((await run(['plan', 'nosuch'])).stderr).toBe('tpm-prep: nosuch: no such file or folder.\n');
  });

  it("an option by another word users reach for is named, for the command typed only (an eleventh user's trial)", async ({ expect }) => {
    expect(await run(['drill', '--number', '4'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown option '--number'. Did you mean --count?\n" });
    expect(await run(['drill', '--print', '--seconds', '60'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown option '--seconds'. Did you mean --time?\n" });
    expect(await run(['lint', '--number'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown option '--number'\n" });
    expect(await run(['map', '--json'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown option '--json'. Did you mean --format json?\n" });
    // A sixteenth user's trial: report plans by --interviewer alone.
    expect(await run(['report', '--lps', 'ownership'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown option '--lps'. Did you mean --interviewer?\n" });
    expect(await run(['report', '--json'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown option '--json'\n" });
    // A twentieth user's trial: commander's own hint from spelling ("Did you mean --help?") gives way to the table's.
    expect(await run(['report', '--lp', 'ownership'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown option '--lp'. Did you mean --interviewer?\n" });
    // map takes no principles: it says what does, with the list typed.
    const noPrinciples = (list: string) =>
      `map takes no principles: it shows all 16 for every story, and --evidence the phrases behind each. To pick a story for some, \`tpm-prep plan --lps ${list}\`; to practise them, \`tpm-prep drill --lp ${list}\`.\n`;
    expect(await run(['map', '--lp', 'ownership'])).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: unknown option '--lp'. ${noPrinciples('ownership')}` });
    expect(await run(['map', 'stories/', '--lps', 'ownership,dive-deep'])).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: unknown option '--lps'. ${noPrinciples('ownership,dive-deep')}` });
    expect((await run(['map', '--lp', 'customer obsession'])).stderr).toBe(`tpm-prep: unknown option '--lp'. ${noPrinciples('"customer obsession"')}`);
    expect((await run(['map', '--lp'])).stderr).toBe(`tpm-prep: unknown option '--lp'. ${noPrinciples('<list>')}`);
    // With its value after "=" too (a review).
    expect((await run(['map', '--lp=ownership'])).stderr).toBe(`tpm-prep: unknown option '--lp=ownership'. ${noPrinciples('ownership')}`);
    // A mistyped option of map's own keeps commander's hint.
    expect((await run(['map', '--evidense'])).stderr).toBe("tpm-prep: unknown option '--evidense'. Did you mean --evidence?\n");
  });

  it('lint, stats and lps, which take no principles, say so and what takes them, not "Did you mean --help?"', async ({ expect }) => {
    const lint = (list: string) =>
      `lint takes no principles: it checks every story against every rule. To pick a story for some, \`tpm-prep plan --lps ${list}\`; to practise them, \`tpm-prep drill --lp ${list}\`.\n`;
    const stats = (list: string) => `stats takes no principles: it shows your practice on every principle, and which are due. To practise some, \`tpm-prep drill --lp ${list}\`.\n`;
    const lps = (list: string) =>
      `lps takes no principles: it lists all 16, each with its id, aliases and the evidence it needs. For their questions, \`tpm-prep questions --lp ${list}\`; to practise them, \`tpm-prep drill --lp ${list}\`.\n`;
    const [lintLp, lintLps, statsLp, statsEquals, lpsLp, lpsEquals, lpsBare] = await Promise.all([
      run(['lint', '--lp', 'ownership', 'stories/']),
      run(['lint', 'stories/', '--lps', 'ownership,dive-deep']),
      run(['stats', '--lp', 'ownership']),
      run(['stats', '--lp=customer obsession']),
      run(['lps', '--lp', 'ownership']),
      run(['lps', '--lp=ownership']),
      run(['lps', '--lps']),
    ]);
    expect(lintLp).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: unknown option '--lp'. ${lint('ownership')}` });
    expect(lintLps).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: unknown option '--lps'. ${lint('ownership,dive-deep')}` });
    expect(statsLp).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: unknown option '--lp'. ${stats('ownership')}` });
    expect(statsEquals).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: unknown option '--lp=customer obsession'. ${stats('"customer obsession"')}` });
    expect(lpsLp).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: unknown option '--lp'. ${lps('ownership')}` });
    expect(lpsEquals).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: unknown option '--lp=ownership'. ${lps('ownership')}` });
    expect(lpsBare).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: unknown option '--lps'. ${lps('<list>')}` });
  });

  // A twenty-fourth user's trial: `lps --lp x` was told to run `tpm-prep questions --lp x`, which fails too.
  it('suggests a command only with principles that it takes: a near one put right, else "<list>", and says which was none', async ({ expect }) => {
    const lps = (list: string, note: string) =>
      `tpm-prep: unknown option '--lp'. lps takes no principles: it lists all 16, each with its id, aliases and the evidence it needs. For their questions, \`tpm-prep questions --lp ${list}\`; to practise them, \`tpm-prep drill --lp ${list}\`${note}.\n`;
    const [x, typo, mixed, all, map] = await Promise.all([
      run(['lps', '--lp', 'x']),
      run(['lps', '--lp', 'ownrship,dive-deep']),
      run(['lps', '--lp', 'dive deep,x']),
      run(['lps', '--lp', 'all']),
      run(['map', '--lps', 'x']),
    ]);
    expect(x).toEqual({ status: 2, stdout: '', stderr: lps('<list>', ' ("x" is no principle: `tpm-prep lps` lists them)') });
    expect(typo).toEqual({ status: 2, stdout: '', stderr: lps('ownership,dive-deep', ' ("ownrship" is no principle; did you mean `ownership`?)') });
    expect(mixed.stderr).toBe(lps('<list>', ' ("x" is no principle: `tpm-prep lps` lists them)'));
    expect(all.stderr).toBe(lps('all', ''));
    expect(map.stderr).toContain('`tpm-prep plan --lps <list>`; to practise them, `tpm-prep drill --lp <list>` ("x" is no principle: `tpm-prep lps` lists them).\n');
    // The command suggested for a mistyped principle runs.
    const suggested = /`tpm-prep (questions --lp [^`]+)`/.exec(typo.stderr)![1]!.split(' ');
    expect((await run(suggested)).status).toBe(0);
  });

  it('lint --fix, as ESLint and markdownlint take it, says lint changes no story and the findings say how, exit 2', async ({ expect }) => {
    const stderr = 'tpm-prep: lint has no --fix: tpm-prep never changes your stories. Each finding says how to fix it by hand; edit the story, then lint again.\n';
    const [bare, withPaths, unlisted] = await Promise.all([run(['lint', '--fix']), run(['lint', 'stories/', '--fix', '-f', 'json']), run(['lint', '--help'])]);
    expect(bare).toEqual({ status: 2, stdout: '', stderr });
    expect(withPaths).toEqual({ status: 2, stdout: '', stderr });
    expect(unlisted.stdout).not.toContain('--fix');
    // Other commands keep commander's own answer.
    expect(await run(['map', '--fix'])).toEqual({ status: 2, stdout: '', stderr: "tpm-prep: unknown option '--fix'\n" });
  });

  for (const args of [['lnt', 'stories/'], ['lint', '--fromat', 'json']]) {
    it(`a mistyped ${args[0] === 'lnt' ? 'command' : 'option'} still gets a one-line message, with the suggestion on it`, async ({ expect }) => {
      const done = await run(args);
      expect(done.status).toBe(2);
      expect(done.stderr).toMatch(/Did you mean (lint|--format)\?/);
      expect(done.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }
});

describe.concurrent('output cut short by the reader', () => {
  // `tpm-prep lint stories/ | head -1`: once head exits, writes fail with EPIPE. The user should see
  // head's line and nothing else, never a Node stack trace.
  it('lint with its stdout closed ends quietly, with no stack trace', async ({ expect }) => {
    const dir = tmp.write({ 'we.yaml': WE_TASK });
    const done = await cliWithClosedStdout(['lint', 'we.yaml'], { cwd: dir });
    expect(done.stderr).not.toMatch(STACK_TRACE);
    expect(done.stderr).toBe('');
  });

  // A Lagos manager's trial: `tpm-prep lint stories/payments 2>&1 | head -1` exited 1 for a clean run, its note on
  // standard error failing with EPIPE; the exit code is the run's, whichever stream the reader closed.
  it.for([
    ['plan', '--loop-date', '2026-01-01', 'stories/'],
    ['stats', '--loop-date', '2026-01-01', 'stories/'],
  ])('%s with a warning on stderr and both streams closed exits 0, as it would to a terminal', async (args, { expect }) => {
    const done = await cliWithClosedStdout(args, { cwd: ROOT, closeStderr: true });
    expect(done.status).toBe(0);
  });

  it('lint with errors and both streams closed still exits 1', async ({ expect }) => {
    const dir = tmp.write({ 'we.yaml': WE_TASK });
    const done = await cliWithClosedStdout(['lint', 'we.yaml'], { cwd: dir, closeStderr: true });
    expect(done.status).toBe(1);
  });

  it('--help with its stdout closed ends quietly, with no stack trace', async ({ expect }) => {
    const done = await cliWithClosedStdout(['lint', '--help']);
    expect(done.stderr).not.toMatch(STACK_TRACE);
    expect(done.stderr).toBe('');
  });
});

// A new user's trial: `-f JSON` was refused with "Did you mean `json`?". Every option with choices, and
// completion's shell, takes them in any case, and does what the lower case does. (Not concurrent: each runs twice.)
describe('choices in any case', () => {
  const story = 'stories/curbside-pickup-launch.yaml';
  it.for([
    ['lint', '-f', 'JSON', story],
    ['lint', '--format=Compact', story],
    ['rules', '-f', 'Json'],
    ['lps', '--format', 'JSON'],
    ['map', '-f', 'JSON', story],
    ['plan', '-f', 'Text', story],
    ['questions', '-f', 'JSON', '--lp', 'ownership'],
    ['drill', '-f', 'JSON', '--seed', '1', '-n', '1'],
    ['stats', '-f', 'JSON'],
    ['completion', 'BASH'],
  ])('takes a choice in any case: %s %s %s', async (args, { expect }) => {
    const lower = args.map((arg) => (arg === story ? arg : arg.startsWith('--') ? arg.replace(/=.*$/, (value) => value.toLowerCase()) : arg.toLowerCase()));
    expect(lower).not.toEqual(args);
    const [upperRun, lowerRun] = await Promise.all([run(args, { cwd: ROOT }), run(lower, { cwd: ROOT })]);
    expect(lowerRun.status).toBe(0);
    expect(upperRun).toEqual(lowerRun);
  });
});
