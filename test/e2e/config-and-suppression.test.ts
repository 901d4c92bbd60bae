/**
 * `.tpm-prep.yaml` (found upward, or named with --config), drafts, and suppression comments, through the
 * real CLI. Findings are compared as `line:column ruleId severity`, per file.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type ExpectStatic } from 'vitest';
import { cli } from '../helpers.js';
import { LONE, ROOT, STRONG, WE_TASK, brief, fileResult, lintJson, listItem, run, scratch, type FileResult, type Tree } from './support.js';

const tmp = scratch('config');
const ALL_FOUR = readFileSync(join(ROOT, 'test/fixtures/weak/all-four.yaml'), 'utf8');
const FOUR = ['missing-metric', 'no-named-partner', 'no-tradeoff', 'we-instead-of-i'];

/** Each of the four gap rules with the severity it was reported at (1 or 2), or absent if off. */
function severities(result: FileResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of result.messages) if (FOUR.includes(m.ruleId)) out[m.ruleId] = Math.max(out[m.ruleId] ?? 0, m.severity);
  return out;
}

// Drafts and suppression comments: a folder of cases each, linted in one run (the two side by side).
const drafts = tmp.write({
  'draft.yaml': ALL_FOUR.replace(/^title: .*$/m, '$&\ndraft: true'),
  'not-draft.yaml': ALL_FOUR.replace(/^title: .*$/m, '$&\ndraft: false'),
  'mixed.yaml': `stories:\n${listItem(LONE.replace(/^title: .*$/m, '$&\ndraft: true'), 'A draft')}${listItem(LONE, 'A finished story')}`,
});

// LONE reports no-named-partner and no-tradeoff at its `action:` key, line 8.
const before = (story: string, key: string, ...comments: string[]) => story.replace(new RegExp(`^${key}:`, 'm'), `${comments.join('\n')}\n$&`);
const suppressions = tmp.write({
  'next-line.yaml': before(LONE, 'action', '# tpm-prep-disable-next-line no-tradeoff'),
  'next-line-not-after-next.yaml': before(LONE, 'action', '# tpm-prep-disable-next-line no-tradeoff', '# (another comment)'),
  'next-line-two-rules.yaml': before(LONE, 'action', '# tpm-prep-disable-next-line no-tradeoff, no-named-partner -- both are in the spoken version'),
  'story-top.yaml': `# tpm-prep-disable no-named-partner\n${LONE}`,
  'story-inside.yaml': `${LONE}# tpm-prep-disable no-tradeoff -- it is a pure execution story\n`,
  'story-two-rules.yaml': `# tpm-prep-disable no-named-partner no-tradeoff\n${LONE}`,
  'in-text.yaml': LONE.replace('action: >-\n', 'action: >-\n  # tpm-prep-disable no-named-partner\n'),
  'in-text-next-line.yaml': LONE.replace('action: >-\n', 'action: >-\n  # tpm-prep-disable-next-line no-named-partner\n'),
  // WE_TASK reports we-instead-of-i at 7:3, inside the `task: >-` block.
  'next-line-block.yaml': before(WE_TASK, 'task', '# tpm-prep-disable-next-line we-instead-of-i -- the team is the point here'),
  'next-line-block-other-key.yaml': before(WE_TASK, 'situation', '# tpm-prep-disable-next-line we-instead-of-i'),
  'no-rule.yaml': `# tpm-prep-disable\n${before(STRONG, 'result', '# tpm-prep-disable-next-line')}`,
  'unknown-rule.yaml': `# tpm-prep-disable no-tradeof\n${LONE}`,
  'documents.yaml': `${LONE}---\n# tpm-prep-disable no-named-partner\n${LONE.replace(/^title: .*$/m, 'title: The second story')}`,
  'list.yaml': `stories:\n  # tpm-prep-disable no-named-partner\n${listItem(LONE, 'List A')}${listItem(LONE, 'List B')}${listItem(LONE, 'List C')}`,
  'list-between.yaml': `stories:\n${listItem(LONE, 'Between A')}  # tpm-prep-disable no-tradeoff\n${listItem(LONE, 'Between B')}${listItem(LONE, 'Between C')}`,
});

const [draftRun, suppressionRun] = await Promise.all([
  lintJson(['draft.yaml', 'not-draft.yaml', 'mixed.yaml'], { cwd: drafts }),
  lintJson(['*.yaml'], { cwd: suppressions }),
]);

describe.concurrent('.tpm-prep.yaml', () => {
  const config = `# Team settings.
rules:
  missing-metric: off
  no-tradeoff: warn
  no-named-partner: {severity: warn}
  we-instead-of-i: error
`;

  it('sets each rule to off, warn or error (also the {severity: warn} form)', async ({ expect }) => {
    const dir = tmp.write({ '.tpm-prep.yaml': config, 'story.yaml': ALL_FOUR });
    const { run: done, results } = await lintJson(['story.yaml'], { cwd: dir });
    expect(severities(fileResult(results, 'story.yaml'))).toEqual({ 'no-named-partner': 1, 'no-tradeoff': 1, 'we-instead-of-i': 2 });
    expect(done.status).toBe(1);
  });

  it('exits 0 when the config leaves only warnings', async ({ expect }) => {
    const dir = tmp.write({ '.tpm-prep.yaml': config.replace('we-instead-of-i: error', 'we-instead-of-i: warn'), 'story.yaml': ALL_FOUR });
    expect((await lintJson(['story.yaml'], { cwd: dir })).run.status).toBe(0);
  });

  it('is found upward from the working folder', async ({ expect }) => {
    const dir = tmp.write({ '.tpm-prep.yaml': config, 'stories/story.yaml': ALL_FOUR, 'stories/deeper/still/.keep': '' });
    const { results } = await lintJson(['../../story.yaml'], { cwd: join(dir, 'stories/deeper/still') });
    expect(severities(fileResult(results, '../../story.yaml'))).toEqual({ 'no-named-partner': 1, 'no-tradeoff': 1, 'we-instead-of-i': 2 });
  });

  it('the nearest one wins', async ({ expect }) => {
    const dir = tmp.write({
      '.tpm-prep.yaml': config,
      'team/.tpm-prep.yaml': 'rules:\n  no-tradeoff: off\n',
      'team/story.yaml': ALL_FOUR,
    });
    const { results } = await lintJson(['story.yaml'], { cwd: join(dir, 'team') });
    expect(severities(fileResult(results, 'story.yaml'))).toEqual({ 'missing-metric': 2, 'no-named-partner': 2, 'we-instead-of-i': 2 });
  });

  it('is found at the top of the git repository from a folder of its bank, by every command that reads it', async ({ expect }) => {
    // `.git` a folder (a clone) and a file (a worktree's, or a submodule's): the repository's top either way.
    for (const git of [{ '.git/HEAD': 'ref: refs/heads/main\n' }, { '.git': 'gitdir: /elsewhere/.git/worktrees/prep\n' }] as Tree[]) {
      const dir = tmp.write({ ...git, '.tpm-prep.yaml': `${config}questions: my-questions\n`, 'my-questions/mine.yaml': 'questions:\n  - id: my-own-01\n    text: Tell me about a time you fixed a config.\n    category: behavioral\n', 'stories/team/story.yaml': ALL_FOUR });
      const team = join(dir, 'stories/team');
      const { results } = await lintJson([], { cwd: team });
      expect(severities(fileResult(results, 'story.yaml'))).toEqual({ 'no-named-partner': 1, 'no-tradeoff': 1, 'we-instead-of-i': 2 });
      expect((await run(['questions'], { cwd: team })).stdout).toContain('Tell me about a time you fixed a config.');
    }
  });

  it('is not looked for above the top of the git repository', async ({ expect }) => {
    // A bad config above the repository would exit 2 if it were read; a good one would turn rules off.
    for (const above of ['rules:\n  no-tradeof: off\n', 'rules:\n  missing-metric: off\n  no-tradeoff: off\n']) {
      const dir = tmp.write({ '.tpm-prep.yaml': above, 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/stories/story.yaml': ALL_FOUR });
      const stories = join(dir, 'repo/stories');
      const { run: done, results } = await lintJson(['story.yaml'], { cwd: stories });
      expect(done.stderr).toBe('');
      expect(severities(fileResult(results, 'story.yaml'))).toEqual({ 'missing-metric': 2, 'no-named-partner': 2, 'we-instead-of-i': 2, 'no-tradeoff': 2 });
      expect(await run(['questions', '--lp', 'ownership'], { cwd: stories })).toMatchObject({ status: 0, stderr: '' });
    }
    // Nor is the stories/ beside one the bank that a repository's folder reads when none is named.
    const dir = tmp.write({ '.tpm-prep.yaml': 'rules:\n  no-tradeoff: off\n', 'stories/story.yaml': ALL_FOUR, 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/notes/.keep': '' });
    // It is named, and the command that reads them (map takes no config; a commit hook's --staged reads the repository's files alone).
    const why = "(there is no stories/ here, and ../../.tpm-prep.yaml is above this repository's top and is not read)";
    const notes = join(dir, 'repo/notes');
    expect(await run(['lint'], { cwd: notes })).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: Name the stories to read, for example: tpm-prep lint ../../stories/ --config ../../.tpm-prep.yaml ${why}\n` });
    expect(await run(['map'], { cwd: notes })).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: Name the stories to read, for example: tpm-prep map ../../stories/ ${why}\n` });
    expect((await run(['plan'], { cwd: notes })).stderr).toBe(`tpm-prep: Name the stories to read, for example: tpm-prep plan ../../stories/ --config ../../.tpm-prep.yaml ${why}\n`);
    expect((await run(['lint', '--staged'], { cwd: notes })).stderr).toBe(`tpm-prep: Name the stories to read, for example: tpm-prep lint --staged stories/ ${why}\n`);
    // Typed as it says, it reads them, with the config (which turns no-tradeoff off).
    const { results } = await lintJson(['../../stories/', '--config', '../../.tpm-prep.yaml'], { cwd: notes });
    expect(severities(fileResult(results, '../../stories/story.yaml'))).toEqual({ 'missing-metric': 2, 'no-named-partner': 2, 'we-instead-of-i': 2 });
    // With no repository, nothing is skipped: the config's stories/ is read.
    rmSync(join(dir, 'repo/.git'), { recursive: true });
    expect((await lintJson([], { cwd: notes })).run.stderr).toBe('');
  });

  it('--config FILE is used instead of the nearest one, resolved from the working folder', async ({ expect }) => {
    const dir = tmp.write({ '.tpm-prep.yaml': 'rules:\n  no-tradeoff: off\n', 'ci/strict.yaml': config, 'story.yaml': ALL_FOUR });
    for (const flag of ['--config', '-c']) {
      const { results } = await lintJson([flag, 'ci/strict.yaml', 'story.yaml'], { cwd: dir });
      expect(severities(fileResult(results, 'story.yaml'))).toEqual({ 'no-named-partner': 1, 'no-tradeoff': 1, 'we-instead-of-i': 2 });
    }
  });

  it('without one, every rule is at its default and the four gap rules are errors', async ({ expect }) => {
    const dir = tmp.write({ 'story.yaml': ALL_FOUR });
    const { results } = await lintJson(['story.yaml'], { cwd: dir });
    expect(severities(fileResult(results, 'story.yaml'))).toEqual({ 'missing-metric': 2, 'no-named-partner': 2, 'we-instead-of-i': 2, 'no-tradeoff': 2 });
  });
});

describe.concurrent('a bank in a folder of a monorepo: the config above the stories applies, wherever the command runs', () => {
  // career/interview/.tpm-prep.yaml, with a loop and a rule off; her commit hook runs `cd career/interview && tpm-prep …`.
  const CONFIG = 'rules:\n  no-tradeoff: off\ninterviewers:\n  Bar raiser: earn-trust, backbone\n  Hiring manager: [deliver-results, ownership]\n  Peer: dive-deep\n  Last: customer-obsession\n';
  const monorepo = (more: Tree = {}) =>
    tmp.write({ '.git/HEAD': 'ref: refs/heads/main\n', 'career/interview/.tpm-prep.yaml': CONFIG, 'career/interview/stories/all-four.yaml': ALL_FOUR, 'career/interview/stories/lone.yaml': LONE, ...more });
  const BANK = 'career/interview/';
  /**
   * What a run shows, with the paths from the top made the paths from the bank's folder, and its text unwrapped (a
   * longer path wraps a line sooner).
   */
  const shown = (done: { status: number | null; stdout: string; stderr: string }) => ({ status: done.status, stdout: done.stdout.replaceAll(BANK, '').replace(/\s+/g, ' '), stderr: done.stderr.replaceAll(BANK, '').replace(/\s+/g, ' ') });

  // Each command as the hook runs it in career/interview, then from the top, and what of the config shows in it.
  const top = (args: string[]) => args.map((arg) => (arg === 'stories' ? `${BANK}stories` : arg.startsWith('stories/') ? `${BANK}${arg}` : arg));
  it.for<[string, string[], (stdout: string, expect: ExpectStatic) => void]>([
    // lint's cache, filled from the bank's folder first, serves the run from the top only under the same config.
    ['lint, through its cache', ['lint', '-f', 'compact', '--cache-location', '../../cache', 'stories'], (out, expect) => expect(out).toMatch(/no-named-partner(?![^]*no-tradeoff)/)],
    ['lint of a file, as a commit hook names it', ['lint', '-f', 'compact', '--no-cache', 'stories/lone.yaml'], (out, expect) => expect(out).toMatch(/^(?![^]*no-tradeoff)[^]*no-named-partner/)],
    ['plan', ['plan', 'stories'], (out, expect) => expect(out).toMatch(/^Plan for 4 interviewers/)],
    ['report', ['report', '-o', '-', 'stories'], (out, expect) => expect(out).toContain('Hiring manager')],
    ['stats', ['stats', 'stories', '--format', 'json'], (out, expect) => expect(JSON.parse(out).loop).toHaveLength(4)],
    ['drill', ['drill', 'stories', '--print', '--seed', '7'], (out, expect) => expect(out).toContain('Drawn for your loop in .tpm-prep.yaml')],
    ['drill --interviewer, with --stories', ['drill', '--stories', 'stories', '--interviewer', 'Peer', '--print', '--seed', '7'], (out, expect) => expect(out).toContain('Peer')],
  ])('%s shows the same from the top as from the bank’s folder, with its config', async ([, args, check], { expect }) => {
    const dir = monorepo();
    const there = shown(await run(args, { cwd: join(dir, 'career/interview') }));
    check(there.stdout, expect);
    // The cache folder, named from the bank's folder, is the same one from the top.
    expect(shown(await run(top(args).map((arg) => (arg === '../../cache' ? 'cache' : arg)), { cwd: dir }))).toEqual(there);
  });

  // The README said the config was found "as ESLint finds a file's config"; a glob is looked up from the folder it searches.
  // Six CLI runs over a small monorepo, each without the cache: about 10 s alone, past the default 20 s on a loaded 2-core machine.
  it('reads every story a path reads with the config above where it starts, not one in a folder below (unlike ESLint)', async ({ expect }) => {
    const dir = monorepo();
    const rules = async (path: string) => (await run(['lint', '-f', 'compact', '--no-cache', path], { cwd: dir })).stdout.match(/no-tradeoff|no-named-partner/g);
    // From the top, which has no config: career/interview/.tpm-prep.yaml (no-tradeoff off) is not read.
    expect(await rules('**/*.yaml')).toContain('no-tradeoff');
    expect(await rules('career')).toContain('no-tradeoff');
    // A glob in the bank's folder, or the folder itself, reads it.
    for (const path of [`${BANK}stories/*.yaml`, `${BANK}stories`]) {
      expect(await rules(path)).toContain('no-named-partner');
      expect(await rules(path)).not.toContain('no-tradeoff');
    }
    // As docs/config.md, where the README's Config points for how the config is found, says; neither says otherwise.
    const [readme, configDoc] = ['README.md', 'docs/config.md'].map((file) => readFileSync(join(ROOT, file), 'utf8').replace(/\s+/g, ' '));
    expect(configDoc).toContain("from a monorepo's top, `tpm-prep lint '**/*.yaml'` (or `tpm-prep lint career`) reads the stories in `career/interview/stories/` without `career/interview/.tpm-prep.yaml`");
    for (const text of [readme, configDoc]) expect(text).not.toContain("as ESLint finds a file's config");
  }, 60_000);

  it('lint --stdin reads the config above its --stdin-filename, as it would the file’s', async ({ expect }) => {
    const dir = monorepo();
    const piped = cli(['lint', '-f', 'compact', '--stdin', '--stdin-filename', `${BANK}stories/lone.yaml`], { cwd: dir, input: LONE });
    expect(shown(piped)).toEqual(shown(await run(['lint', '-f', 'compact', '--no-cache', `${BANK}stories/lone.yaml`], { cwd: dir })));
    expect(piped.stdout).toContain('no-named-partner');
    expect(piped.stdout).not.toContain('no-tradeoff');
  });

  it('new lints the story it writes with the config of the folder it goes in', async ({ expect }) => {
    const [top, hook] = [monorepo(), monorepo()];
    const story = ['new', 'Cleared the data-sharing contract', '--yes', '--partner', 'Ramesh Iyer - Head of Legal'];
    const there = shown(await run([...story, '--dir', 'stories'], { cwd: join(hook, 'career/interview') }));
    expect(shown(await run([...story, '--dir', `${BANK}stories`], { cwd: top }))).toEqual(there);
    // The config turns no-tradeoff off; the story, with no trade-off, has the rest of what a bare story has.
    expect(there.stdout).toContain('missing-section');
    expect(there.stdout).not.toContain('no-tradeoff');
  });

  // new said "read them in separate runs", which no story written with --dir and --to can do.
  it('new with a --dir and a --to under two configs says how to write the story, in one line (exit 2)', async ({ expect }) => {
    const dir = monorepo({ 'notes/more.yaml': 'stories:\n' });
    const done = await run(['new', 'Cleared the data-sharing contract', '--yes', '--dir', `${BANK}stories`, '--to', 'notes/more.yaml'], { cwd: dir });
    expect(done).toEqual({
      status: 2,
      stdout: '',
      stderr: `tpm-prep: ${BANK}stories is under ${BANK}.tpm-prep.yaml and notes/more.yaml is under no .tpm-prep.yaml: the story is linted with one config, so give --config FILE to name it, or a --dir and a --to under the same .tpm-prep.yaml.\n`,
    });
    expect(readFileSync(join(dir, 'notes/more.yaml'), 'utf8')).toBe('stories:\n');
  });

  it('with no path, the config is looked up from the current folder, as before', async ({ expect }) => {
    const dir = monorepo({ '.tpm-prep.yaml': 'rules:\n  no-named-partner: off\n', 'stories/lone.yaml': LONE });
    const done = await run(['lint', '-f', 'compact', '--no-cache'], { cwd: dir });
    expect(done.stdout).toContain('stories/lone.yaml');
    expect(done.stdout).toContain('no-tradeoff');
    expect(done.stdout).not.toContain('no-named-partner');
    expect((await run(['plan'], { cwd: dir })).stdout).toMatch(/^Plan for 16 principles/);
  });

  it('stories under two different configs are refused in one line (exit 2), not read with one of them', async ({ expect }) => {
    const dir = monorepo({ 'notes/lone.yaml': LONE });
    const why = `${BANK}stories is under ${BANK}.tpm-prep.yaml and notes/lone.yaml is under no .tpm-prep.yaml: read them in separate runs, or give --config FILE to read them all with one config.`;
    for (const command of ['lint', 'plan', 'report']) {
      expect(await run([command, `${BANK}stories`, 'notes/lone.yaml'], { cwd: dir })).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: ${why}\n` });
    }
    // Both under the same one (the top's, here) are read with it.
    const both = monorepo({ '.tpm-prep.yaml': 'rules:\n  no-named-partner: off\n', 'notes/lone.yaml': LONE, 'more/solo.yaml': LONE });
    const done = await run(['lint', '-f', 'compact', '--no-cache', 'notes/lone.yaml', 'more/'], { cwd: both });
    expect(done.stdout).toContain('notes/lone.yaml');
    expect(done.stdout).not.toContain('no-named-partner');
  });

  it('--config still wins over the config above the stories, and reads stories under two configs with one', async ({ expect }) => {
    const dir = monorepo({ 'strict.yaml': 'rules:\n  no-tradeoff: error\n  no-named-partner: off\n', 'notes/solo.yaml': LONE });
    const { results } = await lintJson(['--no-cache', '--config', 'strict.yaml', `${BANK}stories`, 'notes/solo.yaml'], { cwd: dir });
    for (const file of [`${BANK}stories/lone.yaml`, 'notes/solo.yaml']) expect(brief(fileResult(results, file))).toEqual(['8:1 no-tradeoff error']);
    expect((await run(['plan', '--config', 'strict.yaml', `${BANK}stories`], { cwd: dir })).stdout).toMatch(/^Plan for 16 principles/);
  });
});

describe.concurrent('a bad config exits 2 with one line naming the file:line:col and the key', () => {
  const cases: [name: string, config: string, expected: RegExp][] = [
    ['an unknown rule, with a did-you-mean', 'rules:\n  missing-metric: warn\n  missing-metrc: off\n', /^tpm-prep: bad\.yaml:3:3: .*`missing-metrc`.*Did you mean `missing-metric`\?/],
    ['a severity that is not off, warn or error', 'rules:\n  no-tradeoff: loud\n', /^tpm-prep: bad\.yaml:2:16: .*`rules\.no-tradeoff`.*off, warn or error/],
    ['a bad severity in the mapping form', 'rules:\n  no-tradeoff: {severity: sometimes}\n', /^tpm-prep: bad\.yaml:2:16: .*`rules\.no-tradeoff`/],
    ['an unknown top-level key, with a did-you-mean', 'rule:\n  no-tradeoff: off\n', /^tpm-prep: bad\.yaml:1:1: .*`rule`.*Did you mean `rules`\?/],
    ['options for a rule that takes none', 'rules:\n  no-tradeoff: {severity: warn, limit: 3}\n', /^tpm-prep: bad\.yaml:2:16: .*`no-tradeoff`/],
    ['rules that are not a mapping', 'rules: [no-tradeoff]\n', /^tpm-prep: bad\.yaml:1:8: .*`rules`/],
    ['YAML that does not parse', 'rules:\n  no-tradeoff: "off\n', /^tpm-prep: bad\.yaml:\d+:\d+: .*YAML/],
    ['a quote never closed, said at the quote', 'rules:\n  no-tradeoff: "off\n  hedging: warn\n  no-scope: off\n', /^tpm-prep: bad\.yaml:2:16: YAML syntax error: the quote opened on line 2 is never closed\.\n$/],
    ['a list never closed, said at its bracket', 'rules:\n  no-tradeoff: [off\n', /^tpm-prep: bad\.yaml:2:16: This `\[` opens a list that is never closed/],
    ['a config that is not a mapping', '- no-tradeoff\n', /^tpm-prep: bad\.yaml:1:1: .*`rules:`/],
  ];
  const dir = tmp.write({ 'story.yaml': STRONG });

  for (const [name, config, expected] of cases) {
    it(name, async ({ expect }) => {
      const dir = tmp.write({ 'story.yaml': STRONG, 'bad.yaml': config });
      const done = await run(['lint', '--config', 'bad.yaml', 'story.yaml'], { cwd: dir });
      expect(done.status).toBe(2);
      expect(done.stdout).toBe('');
      expect(done.stderr).toMatch(expected);
      expect(done.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }

  // A new user's trial: a rule indented 3 further than the one above it was told about "a colon and a space inside
  // plain text", advice for a story's text; now the key and the column it belongs at, the config named from here.
  it('a rule indented off the column of the rules, in the config found upward: where it starts and where it should', async ({ expect }) => {
    const dir = tmp.write({ '.tpm-prep.yaml': 'rules:\n  no-tradeoff: warn\n     missing-metric: off\n', 'stories/story.yaml': STRONG });
    for (const cwd of [dir, join(dir, 'stories')]) {
      const done = await run(['lint'], { cwd });
      const shown = cwd === dir ? '.tpm-prep.yaml' : '../.tpm-prep.yaml';
      expect(done).toEqual({ status: 2, stdout: '', stderr: `tpm-prep: ${shown}:3:6: \`missing-metric\` starts at column 6, but the keys around it start at column 3: line it up with them.\n` });
    }
  });

  // A user's trial: `map` with a broken .tpm-prep.yaml exited 0, where every other command that reads the bank
  // exited 2 with the config's file:line:col. map uses nothing in the config, but says a broken one as they do.
  it('map, as every command that reads the bank, exits 2 with the same line for a broken config found upward', async ({ expect }) => {
    const bad = 'rules:\n  # no scope\n  no-scope: off\n  # hedges\n   hedging: warn\n  no-tradeoff: off\n';
    const dir = tmp.write({ '.tpm-prep.yaml': bad, 'stories/story.yaml': STRONG });
    const line = 'tpm-prep: .tpm-prep.yaml:5:4: `hedging` starts at column 4, but the keys around it start at column 3: line it up with them.\n';
    const commands = [['map'], ['map', '--format', 'json'], ['map', 'stories/story.yaml'], ['lint'], ['plan'], ['stats'], ['questions']];
    const done = await Promise.all(commands.map((args) => run(args, { cwd: dir })));
    for (const [i, args] of commands.entries()) expect([args, done[i]]).toEqual([args, { status: 2, stdout: '', stderr: line }]);
    // Fixed, map reads the bank.
    writeFileSync(join(dir, '.tpm-prep.yaml'), bad.replace('   hedging', '  hedging'));
    expect(await run(['map'], { cwd: dir })).toMatchObject({ status: 0, stderr: '', stdout: expect.stringMatching(/^story\b/) });
  });

  it('map reads stories under two configs, and says a broken one of them', async ({ expect }) => {
    const dir = tmp.write({ 'a/.tpm-prep.yaml': 'rules:\n  no-scope: off\n', 'a/stories/one.yaml': STRONG, 'b/.tpm-prep.yaml': 'rules:\n  hedging: warn\n', 'b/stories/two.yaml': STRONG });
    const both = await run(['map', 'a/stories', 'b/stories'], { cwd: dir });
    expect(both).toMatchObject({ status: 0, stderr: '' });
    expect(both.stdout).toMatch(/^one\b[\s\S]*^two\b/m);
    writeFileSync(join(dir, 'b/.tpm-prep.yaml'), 'rules:\n  hedging: "warn\n');
    expect(await run(['map', 'a/stories', 'b/stories'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'tpm-prep: b/.tpm-prep.yaml:2:12: YAML syntax error: the quote opened on line 2 is never closed.\n',
    });
  });

  it('a --config file that does not exist', async ({ expect }) => {
    const done = await run(['lint', '--config', 'nope.yaml', 'story.yaml'], { cwd: dir });
    expect(done.status).toBe(2);
    expect(done.stdout).toBe('');
    expect(done.stderr).toMatch(/^tpm-prep: .*nope\.yaml.*\n$/);
  });

  it('a bad .tpm-prep.yaml found upward, named in the message', async ({ expect }) => {
    const upper = tmp.write({ '.tpm-prep.yaml': 'rules:\n  no-tradeof: off\n', 'sub/story.yaml': STRONG });
    const done = await run(['lint', 'story.yaml'], { cwd: join(upper, 'sub') });
    expect(done.status).toBe(2);
    expect(done.stderr).toMatch(/^tpm-prep: \S*\.tpm-prep\.yaml:2:3: .*`no-tradeof`.*Did you mean `no-tradeoff`\?\n$/);
  });

  it('every mistake in a config, each on its own line with its place', async ({ expect }) => {
    // An unknown rule with a bad severity (`no-tradeof: eror`) is two mistakes, both said.
    const upper = tmp.write({ '.tpm-prep.yaml': 'rules:\n  no-tradeof: eror\n  hedging: loud\nmaxWarnings: 3\n', 'sub/story.yaml': STRONG });
    const done = await run(['lint', 'story.yaml'], { cwd: join(upper, 'sub') });
    expect(done.status).toBe(2);
    expect(done.stdout).toBe('');
    expect(done.stderr.trimEnd().split('\n').map((line) => /^tpm-prep: \S*\.tpm-prep\.yaml:(\d+:\d+): /.exec(line)?.[1])).toEqual(['2:3', '2:15', '3:12', '4:1']);
  });

  // A new user's trial: the misspelt option beside a misspelt severity showed only on the next run.
  it('a bad severity and a misspelt option beside it in one run', async ({ expect }) => {
    const upper = tmp.write({ '.tpm-prep.yaml': 'rules:\n  too-long: {severity: eror, wordsPerMinit: 130}\n', 'story.yaml': STRONG });
    const done = await run(['lint', 'story.yaml'], { cwd: upper });
    expect(done.status).toBe(2);
    expect(done.stdout).toBe('');
    expect(done.stderr).toBe(
      'tpm-prep: .tpm-prep.yaml:2:13: `rules.too-long` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}]. Did you mean `error`?\n' +
        "tpm-prep: .tpm-prep.yaml:2:30: Bad options for `too-long`: Unknown option `wordsPerMinit`. Did you mean `wordsPerMinute`? Its options are `wordsPerMinute`, `warnSeconds` and `errorSeconds`, each a number above 0.\n",
    );
  });

  // A thirty-sixth user's trial: under a misspelt `interviewer:`, the unknown principle was told only on the next run.
  it('a misspelt key, and what is wrong under it, in one run, by lint and by plan', async ({ expect }) => {
    const upper = tmp.write({ '.tpm-prep.yaml': 'interviewer:\n  Bar raiser: [customer-first, earn-trust]\n  Hiring manager: ownership\n', 'stories/story.yaml': STRONG });
    const said =
      'tpm-prep: .tpm-prep.yaml:1:1: Unknown config key `interviewer`. Did you mean `interviewers`?\n' +
      'tpm-prep: .tpm-prep.yaml:2:16: Unknown Leadership Principle "customer-first" for `Bar raiser`. Did you mean `customer-obsession`? Run `tpm-prep lps` to list them.\n';
    for (const done of await Promise.all([run(['lint'], { cwd: upper }), run(['plan'], { cwd: upper })])) {
      expect(done).toMatchObject({ status: 2, stdout: '', stderr: said });
    }
    // Fixed as told, the config reads: plan plans the loop it names.
    writeFileSync(join(upper, '.tpm-prep.yaml'), 'interviewers:\n  Bar raiser: [customer-obsession, earn-trust]\n  Hiring manager: ownership\n');
    const fixed = await run(['plan'], { cwd: upper });
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toContain('Bar raiser');
  });

  // A twentieth user's trial: the order of the seconds was told only once the bad value was fixed.
  it("every bad option of a rule in one run, too-long's seconds out of order beside a bad words per minute", async ({ expect }) => {
    const upper = tmp.write({
      '.tpm-prep.yaml': 'rules:\n  too-long: [warn, {wordsPerMinute: "130 wpm", warnSeconds: 200, errorSeconds: 150}]\n',
      'story.yaml': STRONG,
    });
    const done = await run(['lint', 'story.yaml'], { cwd: upper });
    expect(done.status).toBe(2);
    expect(done.stdout).toBe('');
    expect(done.stderr).toBe(
      "tpm-prep: .tpm-prep.yaml:2:21: Bad options for `too-long`: `wordsPerMinute` can't be \"130 wpm\". Its options are `wordsPerMinute`, `warnSeconds` and `errorSeconds`, each a number above 0.\n" +
        'tpm-prep: .tpm-prep.yaml:2:48: Bad options for `too-long`: `warnSeconds` (200) must not be more than `errorSeconds` (150); unset, they are 90 and 150.\n',
    );
  });
});

describe.concurrent('drafts', () => {
  const { results } = draftRun;

  it('`draft: true` turns a story’s errors into warnings', async ({ expect }) => {
    expect(severities(fileResult(results, 'draft.yaml'))).toEqual({ 'missing-metric': 1, 'no-named-partner': 1, 'no-tradeoff': 1, 'we-instead-of-i': 1 });
    expect(severities(fileResult(results, 'not-draft.yaml'))).toEqual({ 'missing-metric': 2, 'no-named-partner': 2, 'no-tradeoff': 2, 'we-instead-of-i': 2 });
  });

  it('exits 0 for a draft alone, since it has only warnings', async ({ expect }) => {
    expect((await lintJson(['draft.yaml'], { cwd: drafts })).run.status).toBe(0);
  });

  it('touches only its own story in a file of several', async ({ expect }) => {
    const byStory = fileResult(results, 'mixed.yaml').messages.map((m) => `${m.storyId} ${m.ruleId} ${m.severity}`);
    expect(byStory).toEqual([
      'a-draft no-named-partner 1',
      'a-draft no-tradeoff 1',
      'a-finished-story no-named-partner 2',
      'a-finished-story no-tradeoff 2',
    ]);
  });
});

describe.concurrent('suppression comments', () => {
  const { run: suppressed, results } = suppressionRun;
  const get = (file: string) => brief(fileResult(results, file));

  it('# tpm-prep-disable-next-line RULE silences that rule on the next line only', async ({ expect }) => {
    expect(get('next-line.yaml')).toEqual(['9:1 no-named-partner error']);
  });

  it('does not reach past the next line', async ({ expect }) => {
    // The directive silences nothing, and says so (a warning at it).
    expect(get('next-line-not-after-next.yaml')).toEqual(['8:1 directive warning', '10:1 no-named-partner error', '10:1 no-tradeoff error']);
  });

  it('takes several rule ids, and a reason after --', async ({ expect }) => {
    expect(get('next-line-two-rules.yaml')).toEqual([]);
  });

  it('# tpm-prep-disable RULE before a story silences that rule for the whole story', async ({ expect }) => {
    expect(get('story-top.yaml')).toEqual(['9:1 no-tradeoff error']);
    expect(get('story-two-rules.yaml')).toEqual([]);
  });

  it('# tpm-prep-disable RULE inside a story silences it too', async ({ expect }) => {
    expect(get('story-inside.yaml')).toEqual(['8:1 no-named-partner error']);
  });

  it('is only a comment, not text inside a block scalar that looks like one; lint says so', async ({ expect }) => {
    expect(get('in-text.yaml')).toEqual(['8:1 no-named-partner error', '8:1 no-tradeoff error', '9:3 directive warning']);
    const warning = fileResult(results, 'in-text.yaml').messages.find((m) => m.ruleId === 'directive')!;
    expect(warning.message).toMatch(/^This `# tpm-prep-disable` line is inside a text block, so YAML reads it as part of the story\. Move it above the key/);
    const nextLine = fileResult(results, 'in-text-next-line.yaml').messages.find((m) => m.ruleId === 'directive')!;
    expect(nextLine.message).toMatch(/^This `# tpm-prep-disable-next-line` line is inside a text block/);
  });

  it('# tpm-prep-disable-next-line above a key with a text block silences the whole block', async ({ expect }) => {
    expect(get('next-line-block.yaml')).toEqual([]);
    // Above another key, it reaches only that key's value: it silences nothing there, and says so.
    expect(get('next-line-block-other-key.yaml')).toEqual(['3:1 directive warning', '8:3 we-instead-of-i error']);
  });

  it('in a file of several YAML documents, touches only the story it precedes', async ({ expect }) => {
    const messages = fileResult(results, 'documents.yaml').messages.map((m) => `${m.storyId} ${m.ruleId}`);
    expect(messages).toEqual([
      'cut-checkout-latency-before-peak-season no-named-partner',
      'cut-checkout-latency-before-peak-season no-tradeoff',
      'the-second-story no-tradeoff',
    ]);
  });

  it('in a `stories:` list, touches only the story it precedes (first story)', async ({ expect }) => {
    const messages = fileResult(results, 'list.yaml').messages.map((m) => `${m.storyId} ${m.ruleId}`);
    expect(messages).toEqual(['list-a no-tradeoff', 'list-b no-named-partner', 'list-b no-tradeoff', 'list-c no-named-partner', 'list-c no-tradeoff']);
  });

  it('in a `stories:` list, touches only the story it precedes (a comment between two stories belongs to the next)', async ({ expect }) => {
    const messages = fileResult(results, 'list-between.yaml').messages.map((m) => `${m.storyId} ${m.ruleId}`);
    expect(messages).toEqual(['between-a no-named-partner', 'between-a no-tradeoff', 'between-b no-named-partner', 'between-c no-named-partner', 'between-c no-tradeoff']);
  });

  it('a directive with no rule id is a warning (ruleId directive), and silences nothing', async ({ expect }) => {
    const messages = fileResult(results, 'no-rule.yaml').messages;
    expect(brief({ messages } as FileResult)).toEqual(['1:1 directive warning', '13:1 directive warning']);
    expect(messages[0]!.message).toMatch(/needs the rule id/);
  });

  it('a directive naming an unknown rule is a warning with a did-you-mean, and silences nothing', async ({ expect }) => {
    const messages = fileResult(results, 'unknown-rule.yaml').messages;
    expect(brief({ messages } as FileResult)).toEqual(['1:1 directive warning', '9:1 no-named-partner error', '9:1 no-tradeoff error']);
    expect(messages[0]!.message).toContain('`no-tradeof`');
    expect(messages[0]!.message).toContain('Did you mean `no-tradeoff`?');
  });

  it('exits 1 here, for the findings left', async ({ expect }) => {
    expect(suppressed.status).toBe(1);
  });

  it('exits 0 when the only findings are directive warnings', async ({ expect }) => {
    expect((await lintJson(['no-rule.yaml'], { cwd: suppressions })).run.status).toBe(0);
  });
});
