/**
 * A blind user's trial: a screen reader on a dumb terminal (TERM=dumb, NO_COLOR=1, COLUMNS=60). Each test runs the
 * built CLI in a real pseudo-terminal (util-linux `script`), types into it as the user did, and reads what it printed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { wrapText } from '../../src/text/wrap.js';
import { BIN, cli } from '../helpers.js';
import { STRONG, WEAK, binDir, childEnv, cleanUp, expectOk, git, hookBeforeNamedFiles, prepRepo, run } from './recipes.js';
import { LONE as LONE_STORY, hasScript, inPseudoTerminal, inTerminal, overflowing, scratch } from './support.js';

afterAll(cleanUp);

const tmp = scratch('plain');

const ENTER = '\r';
const CTRL_C = '\x03';
/** Any control sequence: a cursor moved, hidden or shown, a line cleared, a colour. */
const CONTROL = /\x1b/;
/** The bar the clock is redrawn as. */
const BAR = /░|█/;

/** A bank of two stories for ownership, one with an id of 40 characters and a long title. */
function bank(config?: string): string {
  return tmp.write({
    'stories/took-over-the-stalled-payments-migration.yaml':
      'title: Took over the stalled payments migration after its lead left and shipped it two weeks late\nlps: [ownership]\n',
    'stories/oncall.yaml': 'title: Cut on-call pages in half\nlps: [ownership, dive-deep]\n',
    ...(config === undefined ? {} : { '.tpm-prep.yaml': config }),
  });
}

/**
 * `tpm-prep ARGS` in a pseudo-terminal `cols` columns wide with COLUMNS set to that, as the user's was, and `env`
 * (`TERM=dumb`) before it; TERM=xterm unless it says otherwise, and no colour.
 */
const inPty = (dir: string, args: string, { cols = 60, env = '' }: { cols?: number; env?: string } = {}) =>
  inPseudoTerminal(dir, args, { cols, columns: cols, before: env });

const history = (dir: string): Record<string, unknown>[] => {
  const file = join(dir, '.tpm-prep', 'history.jsonl');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) : [];
};

/** The text as read: its line breaks made spaces, for a sentence the layout may break anywhere. */
const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ');

describe.runIf(hasScript)("drill's clock on a dumb terminal", () => {
  it('is said on lines (--quiet-clock), not redrawn as a bar every second', async () => {
    const dir = bank();
    const { waitFor, press, closed, screen } = inPty(dir, 'drill --seed 5 -n 1 --lp ownership --category behavioral --no-history', { env: 'TERM=dumb' });
    await waitFor('Press Enter to start the 02:00 clock.');
    await press(ENTER);
    await waitFor('Clock started: 02:00. Press Enter when you finish.');
    await new Promise((r) => setTimeout(r, 1300));
    await press(ENTER);
    await waitFor('Answered in 00:0');
    await waitFor('Answer it out loud, then press Enter.');
    await press(CTRL_C);
    await closed;
    // Stopped at the follow-up, after the answer: it counts (it would be recorded with its time only).
    expect(screen()).toContain('Drill stopped: 1 answer; history is off (--no-history).');
    expect(screen()).not.toMatch(BAR);
    // Nor any other control sequence (the cursor hidden and shown, a line cleared), which a dumb terminal prints.
    expect(screen()).not.toMatch(CONTROL);
    // Nor does its opening point to --quiet-clock, which is on.
    expect(flat(screen())).not.toContain('--quiet-clock');
  });

  it('records a rated answer, with no story, when Ctrl-C comes at "Which story did you use?"', async () => {
    const dir = bank();
    const { waitFor, press, closed, screen } = inPty(dir, 'drill --seed 5 -n 2 --lp ownership --category behavioral --no-followups', { env: 'TERM=dumb' });
    await waitFor('Press Enter to start');
    await press(ENTER);
    await waitFor('Clock started');
    await press(ENTER);
    await waitFor('or Enter for none:');
    await press('1\r');
    await waitFor('How good was the answer?');
    await waitFor(':');
    await press('4\r');
    await waitFor('Which story did you use?');
    await new Promise((r) => setTimeout(r, 300));
    await press(CTRL_C);
    await closed;
    expect(flat(screen())).toContain('Drill stopped: 1 answer recorded in .tpm-prep/history.jsonl. The last was recorded without its story: you stopped at "Which story did you use?".');
    expect(screen()).not.toMatch(CONTROL);
    // No story said: the key left out (format 3), where `"story": null` is "(no story from my bank)".
    expect(history(dir)).toEqual([expect.objectContaining({ version: 3, rating: 4, check: expect.objectContaining({ metric: true }) })]);
    expect('story' in history(dir)[0]!).toBe(false);
  });

  it("follows the config's `drill: { quietClock }`: true on any terminal, false even on a dumb one", async () => {
    const clock = async (config: string, env: string) => {
      const { waitFor, press, closed, screen } = inPty(bank(config), 'drill --seed 5 -n 1 --lp ownership --no-history', { env });
      await waitFor('Press Enter to start');
      await press(ENTER);
      await waitFor('Enter');
      await new Promise((r) => setTimeout(r, 300));
      await press(CTRL_C);
      await closed;
      return screen().slice(screen().indexOf('Press Enter to start'));
    };
    const quiet = await clock('drill: { quietClock: true }\n', 'TERM=xterm');
    expect(quiet).toContain('Clock started: 02:00.');
    expect(quiet).not.toMatch(BAR);
    const bar = await clock('drill:\n  quietClock: false\n', 'TERM=dumb');
    expect(bar).toMatch(BAR);
    expect(bar).not.toContain('Clock started');
  });

  it('where the clock is redrawn, says in its opening lines that --quiet-clock says it on lines', async () => {
    const opening = async (args: string) => {
      const { waitFor, press, closed, screen } = inPty(bank(), `drill --seed 5 -n 1 --lp ownership --no-history ${args}`);
      await waitFor('Press Enter to start');
      await press(CTRL_C);
      await closed;
      return screen().slice(0, screen().indexOf('Question 1 of 1'));
    };
    const redrawn = await opening('');
    expect(flat(redrawn)).toContain('With a screen reader, --quiet-clock says the clock on a line three times instead of redrawing it.');
    expect(overflowing(redrawn, 60)).toEqual([]);
    expect(flat(await opening('--quiet-clock'))).not.toContain('--quiet-clock');
  });

  it('--help says where the quiet clock is the default', () => {
    expect(cli(['drill', '--help']).stdout.replace(/\s+/g, ' ')).toContain('instead of redrawing it (for screen readers); the default with TERM=dumb, or with `drill: { quietClock: true }` in .tpm-prep.yaml');
  });

  it('refuses a `drill:` setting it does not know, or one that is not true or false, naming the line', () => {
    const misspelt = cli(['drill', '--print', '--seed', '5', '-n', '1'], { cwd: bank('drill: { quietClok: true }\n') });
    expect(misspelt).toMatchObject({ status: 2, stdout: '', stderr: 'tpm-prep: .tpm-prep.yaml:1:10: Unknown setting `quietClok` in `drill`. Did you mean `quietClock`?\n' });
    const word = cli(['drill', '--print', '--seed', '5', '-n', '1'], { cwd: bank('drill:\n  quietClock: yes\n') });
    expect(word).toMatchObject({ status: 2, stdout: '', stderr: 'tpm-prep: .tpm-prep.yaml:2:15: `drill.quietClock` is true or false.\n' });
  });
});

describe.runIf(hasScript)('asking on a dumb terminal', () => {
  it("drill asks the self-check, the rating and the story used as numbered lists, a line each, and records the answer", async () => {
    const dir = bank();
    const { waitFor, press, answer, closed, screen } = inPty(dir, 'drill --seed 5 -n 1 --lp ownership --category behavioral --no-followups', { env: 'TERM=dumb' });
    await answer('Clock started');
    await waitFor('Self-check: what did your answer do?\n  1. Gave a metric: what changed, and by how much\n  2. Said "I" for what I did, not "we"\n');
    await waitFor('or Enter for none: ');
    // A wrong answer is told in a sentence, naming the word that is wrong (it was `"y" is not numbers from 1 to 4.`).
    await press('y\r');
    await waitFor('"y" is not a number from 1 to 4.\n');
    await waitFor('or Enter for none: ');
    await press('1 5\r');
    await waitFor('"5" is not a number from 1 to 4.\n');
    await waitFor('or Enter for none: ');
    await press('1, 4\r');
    await waitFor('Self-check: what did your answer do? metric, trade-off\n');
    await waitFor('How good was the answer?\n  1. lost: no story, or I rambled\n');
    await waitFor('or Enter for 3');
    await press('2 4\r');
    await waitFor('"2 4" is two numbers: type one, from 1 to 5.\n');
    await waitFor('or Enter for 3');
    await press('4\r');
    await waitFor('How good was the answer? 4\n');
    await waitFor('Which story did you use?\n  1. ');
    await waitFor('or Enter for 1');
    const listed = /Which story did you use\?\n {2}1\. (\S+)\n {2}2\. (\S+)\n {2}3\. \(no story from my bank\)\n/.exec(screen());
    expect(listed, screen()).not.toBeNull();
    expect(listed![2]).toBe('took-over-the-stalled-payments-migration');
    await press('2\r');
    // Said back at its words on 60 columns: the id, too long to follow the question there, under it.
    await waitFor(`Which story did you use?\n  ${listed![2]}\n`);
    await waitFor('Drill done: 1 answer recorded');
    await closed;
    expect(screen()).not.toMatch(CONTROL);
    // The question's principles, category and id a line each, with no "·" said as "dot".
    expect(screen()).toMatch(/\nQuestion 1 of 1\n {2}Ownership.*\n {2}behavioral\n {2}ownership-\d+\n/);
    expect(screen()).not.toContain('·');
    expect(history(dir)).toMatchObject([{ check: { metric: true, saidI: false, partner: false, tradeoff: true }, rating: 4, story: listed![2] }]);
  });

  it('drill takes Enter alone for none of the self-check, the middle rating and the best-fitting story', async () => {
    const dir = bank();
    const { waitFor, press, answer, closed, screen } = inPty(dir, 'drill --seed 5 -n 1 --lp ownership --category behavioral --no-followups', { env: 'TERM=dumb' });
    await answer('Clock started');
    for (const asked of ['or Enter for none: ', 'or Enter for 3', 'or Enter for 1']) {
      await waitFor(asked);
      await press(ENTER);
    }
    await waitFor('Drill done');
    await closed;
    expect(screen()).toContain('Self-check: what did your answer do? none\n');
    expect(screen()).toContain('How good was the answer? 3\n');
    const best = /Stories that fit:\n {2}(\S+)/.exec(screen())![1]!;
    expect(screen()).toContain(`Which story did you use? ${best}\n`);
    expect(history(dir)).toMatchObject([{ check: { metric: false, saidI: false, partner: false, tradeoff: false }, rating: 3, story: best }]);
  });

  it('drill stops on Ctrl-C at a numbered list, keeping the answer given with its time only', async () => {
    const dir = bank();
    const { waitFor, press, answer, closed, screen } = inPty(dir, 'drill --seed 5 -n 1 --lp ownership --no-followups', { env: 'TERM=dumb' });
    await answer('Clock started');
    await waitFor('or Enter for none: ');
    await press(CTRL_C);
    await closed;
    expect(flat(screen())).toContain('Drill stopped: 1 answer recorded in .tpm-prep/history.jsonl. The last was recorded with its time only, no self-check nor rating: you stopped before its self-check, so it counts for no principle. Run `tpm-prep stats` to see your trends. exit=0');
    expect(history(dir)).toEqual([expect.objectContaining({ version: 3, check: {} })]);
  });

  it('in menus, a self-check confirmed with nothing ticked says "none"', async () => {
    const dir = bank();
    const { waitFor, press, answer, closed, screen } = inPty(dir, 'drill --seed 5 -n 1 --lp ownership --category behavioral --no-followups --no-history');
    await answer('left');
    for (const next of ['Self-check', 'How good', 'Which story']) {
      await waitFor(next);
      await press(ENTER);
    }
    await waitFor('Drill done');
    await closed;
    expect(stripVTControlCharacters(screen())).toContain('✔ Self-check: what did your answer do? none\n');
  });

  it('new asks each question on a line of its own, and writes the story', async () => {
    const dir = tmp.write({ 'stories/.keep': '' });
    const { waitFor, press, closed, screen } = inPty(dir, 'new', { env: 'TERM=dumb' });
    await waitFor('Title: what is the story about, in one line? ');
    await press('Cut deploy time\r');
    await waitFor('Two or\nthree sentences. ');
    // A paste of two lines is one answer.
    await press('Deploys took an hour.\nEvery team waited.\r');
    for (const [asked, answer] of [
      ['Say "I". ', 'I owned the pipeline.'],
      ['The longest part. ', 'I split the build.'],
      ['from what to what? ', 'From 60 minutes to 9.'],
      ['separate several with ";". ', 'Priya Nair, Payments EM'],
      ['and why? ', ''],
      ['differently since? ', ''],
      ['(tpm-prep lps lists them). ', 'ownerhsip'],
      ['(tpm-prep lps lists them). ', 'ownership'],
      ['none). ', 'failure, payments'],
      ['(y/N) ', 'maybe'],
      ['(y/N) ', ''],
    ] as const) {
      await waitFor(asked);
      await press(`${answer}\r`);
    }
    await waitFor('exit=');
    await closed;
    expect(screen()).toContain('exit=0');
    expect(screen()).toContain('Answer y or n.\n');
    expect(screen()).not.toMatch(CONTROL);
    // Each question is said once, with nothing rewritten after it but what the terminal echoes.
    expect(screen().split('Title: what is the story about').length).toBe(2);
    const story = readFileSync(join(dir, 'stories', 'cut-deploy-time.yaml'), 'utf8');
    expect(story).toContain('situation: |-\n  Deploys took an hour.\n  Every team waited.\n');
    expect(story).toContain('result: >-\n  From 60 minutes to 9.\n');
    expect(story).toContain('lps: [ownership]');
    expect(story).toContain('tags: [failure, payments]');
  });

  it('new stops on Ctrl-C, printing what was typed, exit 130', async () => {
    const dir = tmp.write({ 'stories/.keep': '' });
    const { waitFor, press, closed, screen } = inPty(dir, 'new', { env: 'TERM=dumb' });
    await waitFor('in one line? ');
    await press('Cut deploy time\r');
    await waitFor('Two or\nthree sentences. ');
    await press('Deploys took an hour.\r');
    await waitFor('Say "I". ');
    await press(CTRL_C);
    await closed;
    expect(screen()).toContain('Say "I". ^C\ntpm-prep: cancelled; nothing was written. What you typed is below, to paste into a story file.\n');
    expect(screen()).toContain('title: Cut deploy time\nsituation: >-\n  Deploys took an hour.\n');
    expect(screen()).toContain('exit=130');
    expect(existsSync(join(dir, 'stories', 'cut-deploy-time.yaml'))).toBe(false);
  });
});

describe.runIf(hasScript)('a narrow terminal: 60 and 50 columns', () => {
  it.each([60, 50])("drill's stories that fit stay within %i columns, a long id's title under its name", async (cols) => {
    const { waitFor, press, closed, screen } = inPty(bank(), 'drill --seed 5 -n 1 --lp ownership --category behavioral --no-history', { cols });
    await waitFor('Press Enter to start');
    await press(CTRL_C);
    await closed;
    const intro = screen().slice(0, screen().indexOf('Press Enter to start'));
    // Each title with what is said after it (both only claim, so "claimed, no evidence yet"), wrapped under its name,
    // the note kept whole: after the title where it fits, else on the next line.
    expect(intro).toMatch(/Stories that fit:\n {2}oncall\n {4}Cut on-call pages in half(?: |\n {4})\(claimed, no evidence yet\)\n {2}took-over-the-stalled-payments-migration\n {4}Took over the stalled payments /);
    expect(overflowing(intro, cols)).toEqual([]);
  });

  it.each([60, 50])("drill's answer to 'Which story did you use?' goes under it at %i columns where it doesn't fit after it", async (cols) => {
    const { waitFor, press, answer, closed, screen } = inPty(bank(), 'drill --seed 5 -n 1 --lp ownership --category behavioral --no-followups --no-history', { cols });
    await answer('left');
    for (const next of ['Self-check', 'How good', 'Which story']) {
      await waitFor(next);
      if (next === 'Which story') await press('\x1b[B'); // down to the second story, the long id
      await press(ENTER);
    }
    await waitFor('Drill done');
    await closed;
    const shown = stripVTControlCharacters(screen());
    expect(shown).toMatch(/✔ Which story did you use\? *\n {2}took-over-the-stalled-payments-migration\n/);
    expect(shown).toMatch(/✔ How good was the answer\? 3\n/);
  });

  it.each([60, 50])("stats' command to drill what is due fits %i columns whole, by the principles' abbreviations", (cols) => {
    const day = 86_400_000;
    const due = ['success-and-scale-bring-broad-responsibility', 'strive-to-be-earths-best-employer', 'are-right-a-lot'];
    const rec = (lp: string, daysAgo: number) =>
      JSON.stringify({ version: 1, at: new Date(Date.now() - daysAgo * day).toISOString(), question: `q-${lp}`, lps: [lp], story: null, seconds: 100, limit: 120, check: { metric: true, saidI: true, partner: false, tradeoff: true }, rating: 1 });
    const dir = tmp.write({ 'stories/oncall.yaml': 'title: Cut on-call pages in half\nlps: [ownership]\n', '.tpm-prep/history.jsonl': due.map((lp, i) => rec(lp, 9 - i)).join('\n') + '\n' });
    const shown = inTerminal(['stats'], cols, { cwd: dir });
    expect(overflowing(shown, cols)).toEqual([]);
    const command = /Drill them:\s+(?:\$ )?(tpm-prep drill --lp \S+)\n/.exec(shown);
    expect(command, shown).not.toBeNull();
    expect(command![1]).toBe('tpm-prep drill --lp ssb,ebe,arl');
    // As typed, it drills those three.
    const drawn = JSON.parse(cli(['drill', '--print', '-f', 'json', ...command![1]!.split(' ').slice(2)], { cwd: dir }).stdout) as { lps: string[] }[];
    expect(new Set(drawn.flatMap((q) => q.lps).filter((lp) => due.includes(lp)))).toEqual(new Set(due));
  });

  it.each([60, 50])("new's closing line keeps the lint command on one line at %i columns", (cols) => {
    const dir = tmp.write({ 'stories/.keep': '' });
    const shown = inTerminal(['new', '--yes', 'Cut CI time'], cols, { cwd: dir });
    expect(shown).toContain('Edit stories/cut-ci-time.yaml and run\n`tpm-prep lint stories/cut-ci-time.yaml` again.');
    expect(overflowing(shown, cols)).toEqual([]);
  });
});

describe.runIf(hasScript)("the git hook's own lines in a narrow terminal", { timeout: 60_000 }, () => {
  /** A prep repo with the hook, its scaffold committed, and `story` staged in it. */
  function staged(story: string): string {
    const repo = prepRepo();
    expectOk(run(process.execPath, [BIN, 'init', '--hook'], repo));
    expectOk(git(repo, 'add', '-A'));
    expectOk(git(repo, 'commit', '-q', '--no-verify', '-m', 'scaffold'));
    writeFileSync(join(repo, 'stories', 'launch.yaml'), story);
    expectOk(git(repo, 'add', '-A'));
    return repo;
  }
  /** `git commit` in a terminal `cols` wide, with COLUMNS set to that: what it shows. */
  const commit = (repo: string, cols: number) =>
    spawnSync('script', ['-qfec', `stty cols ${cols}; COLUMNS=${cols} git commit -q -m story; echo "exit=$?"`, '/dev/null'], { cwd: repo, env: childEnv({}, binDir()), encoding: 'utf8', timeout: 60_000 }).stdout.replace(/\r\n/g, '\n');

  it.each([60, 50])('wraps "commit stopped" at its words to %i columns, the command to skip the check whole', (cols) => {
    const shown = commit(staged(readFileSync(WEAK, 'utf8')), cols);
    expect(shown).toContain('exit=1');
    const said = shown.slice(shown.indexOf('tpm-prep: commit stopped'), shown.indexOf('exit='));
    expect(flat(said)).toBe('tpm-prep: commit stopped (see above). Fix what it reports, or skip this check once with: git commit --no-verify ');
    expect(said).toMatch(/\n {2}.*git commit --no-verify\n$/);
    expect(overflowing(said, cols)).toEqual([]);
  });

  it.each([60, 50])('wraps the warnings line at its words to %i columns, the command to see them whole', (cols) => {
    const shown = commit(staged(`draft: true\n${readFileSync(WEAK, 'utf8')}`), cols);
    expect(shown).toContain('exit=0');
    const said = shown.slice(shown.indexOf('tpm-prep: '), shown.indexOf('exit='));
    expect(flat(said)).toMatch(/^tpm-prep: \d+ warnings in the staged story file; see them with: tpm-prep lint stories\/launch\.yaml $/);
    expect(said).toContain('tpm-prep lint stories/launch.yaml\n');
    expect(said).not.toMatch(/tpm-prep\n|lint\n/);
    expect(overflowing(said, cols)).toEqual([]);
  });

  it('replaces the hook whose lines were not wrapped, as one an earlier tpm-prep wrote, keeping no copy', () => {
    const repo = prepRepo();
    expectOk(run(process.execPath, [BIN, 'init', '--hook'], repo));
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    const current = readFileSync(hook, 'utf8');
    // The hook before, whose warnings line named \`lint --staged\`, which finds nothing once the commit is made
    // (286827e's); the one before it: the same, but for \`say\`, each of its lines an echo to standard error (41e60c4's);
    // and the one before that, which also had no note on a staged story changed on disk (517e938's).
    const previous = hookBeforeNamedFiles(current);
    const before = previous
      .replace(/^say\(\) \{\n[^]*?\n\}\n/m, '')
      .replace(/^( *)say (.*)$/gm, '$1echo $2 >&2')
      .replace(/\) say "\$note" ;;/, ') echo "$note" >&2 ;;');
    const beforeNote = before.replace(/\n\n# A file with warnings linted as staged[^]*$/, '\n');
    for (const [text, digest] of [
      [previous, '1aa8dd91b75c15b8669c0fe709b170982101d08931866af0bcb421cf56764b03'],
      [before, '3a6086e6e06b06bd41820a7bcc6fd04dd153f26cc1e44534c117ed84655571a1'],
      [beforeNote, 'd8be7dbee5117c1db6cc060a83c34e81b352f799064463ba3548906679a407a0'],
    ] as const) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(digest);
      writeFileSync(hook, text);
      const updated = cli(['init', '--hook'], { cwd: repo });
      expect(updated.stdout).toContain('\nupdated  .git/hooks/pre-commit\n');
      expect(readFileSync(hook, 'utf8')).toBe(current);
      expect(existsSync(`${hook}.bak`)).toBe(false);
    }
  });

  it('leaves the line whole where standard error is no terminal', () => {
    const repo = staged(readFileSync(STRONG, 'utf8').replace('lps:', 'draft: true\nlps:'));
    copyFileSync(WEAK, join(repo, 'stories', 'weak.yaml'));
    expectOk(git(repo, 'add', '-A'));
    const piped = run('git', ['commit', '-q', '-m', 'story'], repo, childEnv({ COLUMNS: '50' }, binDir()));
    expect(piped.stderr.trim().split('\n').at(-1)).toBe('tpm-prep: commit stopped (see above). Fix what it reports, or skip this check once with: git commit --no-verify');
  });
});

describe("map's heatmap, a table of symbols", () => {
  const POINTER = 'A table of symbols follows. To hear the same as lines, each story with its principles and the phrases behind them, run tpm-prep map --evidence.';

  it('on a dumb terminal, first points to map --evidence, which says the same as lines', () => {
    const dumb = cli(['map'], { env: { TERM: 'dumb' } });
    expect(dumb.status).toBe(0);
    expect(dumb.stdout.startsWith(`${wrapText(POINTER, 80, 0)}\n\nstory `)).toBe(true);
    // The paths given go in the command, as typed.
    const one = cli(['map', 'stories/cert-expiry-incident.yaml'], { env: { TERM: 'dumb' } });
    expect(flat(one.stdout)).toContain(`run tpm-prep map --evidence stories/cert-expiry-incident.yaml. story `);
    // Elsewhere, or asked for the evidence (already lines), it says nothing of it.
    expect(cli(['map']).stdout).toBe(dumb.stdout.slice(dumb.stdout.indexOf('\n\n') + 2));
    expect(cli(['map', '--evidence'], { env: { TERM: 'dumb' } }).stdout).not.toContain('A table of symbols');
  });

  it.runIf(hasScript).each([60, 50])('keeps the command whole at %i columns', (cols) => {
    const shown = inTerminal(['map'], cols, { env: { TERM: 'dumb' } });
    const pointer = shown.slice(0, shown.indexOf('\n\n'));
    expect(flat(pointer)).toBe(POINTER);
    expect(pointer).toContain('tpm-prep map --evidence.');
    expect(overflowing(pointer, cols)).toEqual([]);
  });

  it('--help says --evidence is the linear view', () => {
    expect(cli(['map', '--help']).stdout.replace(/\s+/g, ' ')).toContain('-e, --evidence for each story, the phrases behind each principle, with line:column: the linear view, the heatmap said as lines (for a screen reader)');
  });
});

// A screen-reader user's trial (NO_COLOR=1, TERM=dumb, COLUMNS=60): stats drew its answer times as "█▁▂▃" and listed the
// principles never practised as "OWN IS ARL …" ("IS" and "BA" said as words), lint's summary began with ✖ and joined its
// parts with ·, and the report's headings were "⚠ No story for 2" and "Stories × Leadership Principles". On a dumb
// terminal each is said in words; on any other terminal nothing changes.
describe.runIf(hasScript)('words, not symbols, on a dumb terminal', () => {
  const SYMBOLS = /[▁▂▃▄▅▆▇█✖⚠×·→]/;
  const day = 86_400_000;
  /** A bank with a practice history of six answers on three principles, their times rising 1:20 to 2:45. */
  const practised = () => {
    const lps = ['ownership', 'dive-deep', 'ownership', 'bias-for-action', 'ownership', 'dive-deep'];
    const rec = (lp: string, i: number) =>
      JSON.stringify({ version: 1, at: new Date(Date.now() - (9 - i) * day).toISOString(), question: `q-${i}`, lps: [lp], story: null, seconds: 80 + i * 17, limit: 120, check: { metric: true, saidI: true, partner: false, tradeoff: true }, rating: 1 + (i % 4) });
    return tmp.write({ 'stories/oncall.yaml': 'title: Cut on-call pages in half\nlps: [ownership]\n', '.tpm-prep/history.jsonl': lps.map(rec).join('\n') + '\n' });
  };

  it('stats gives the answer times as numbers and the principles never practised by name, a line each', () => {
    const dir = practised();
    const shown = inTerminal(['stats'], 60, { cwd: dir, env: { TERM: 'dumb' } });
    expect(shown).not.toMatch(SYMBOLS);
    expect(flat(shown)).toContain('Answer time, last 6: 1:20, 1:37, 1:54, 2:11, 2:28, 2:45, oldest to newest.');
    expect(shown).toContain('Never practised (13):\n  Customer Obsession\n  Invent and Simplify\n  Are Right, A Lot\n');
    expect(shown).not.toContain('abbreviations');
    expect(flat(shown)).toContain('3 answers, median 1:54, 33% over time, rating 1.7,');
    expect(overflowing(shown, 60)).toEqual([]);
    // Elsewhere, the sparkline and the abbreviations, as before.
    const drawn = inTerminal(['stats'], 60, { cwd: dir, env: { TERM: 'xterm' } });
    expect(drawn).toMatch(/▁.*█/);
    expect(flat(drawn)).toContain('Never practised: CO IS ARL');
  });

  // A review: "Your loop:" kept "·" between the principles. A principle a line under its interviewer, as the principles
  // never practised are (a comma would be heard inside "Are Right, A Lot", a semicolon inside "Have Backbone; …").
  it("stats says the loop's principles a line each, under their interviewer", () => {
    const dir = practised();
    writeFileSync(join(dir, '.tpm-prep.yaml'), 'interviewers:\n  Bar raiser: [ownership, are-right-a-lot, backbone]\n  Hiring manager: [dive-deep]\n');
    const shown = inTerminal(['stats'], 60, { cwd: dir, env: { TERM: 'dumb' } });
    expect(shown).not.toMatch(SYMBOLS);
    expect(shown).toContain(
      'Your loop:\n  Bar raiser:\n    Ownership 3 answers, rating 1.7\n    Are Right, A Lot never practised\n    Have Backbone; Disagree and Commit never practised\n  Hiring manager:\n    Dive Deep 2 answers, rating 2.0\n',
    );
    expect(overflowing(shown, 60)).toEqual([]);
    const drawn = inTerminal(['stats'], 60, { cwd: dir, env: { TERM: 'xterm' } });
    expect(flat(drawn)).toContain('Bar raiser: Ownership 3 answers, rating 1.7 · Are Right, A Lot never practised ·');
  });

  // A review: drill --print and questions kept "·" between a question's id, principles and category, and in the due list.
  it('drill --print and questions say a question\'s id, principles and category a line each, and the due list with commas', () => {
    const dir = practised();
    const printed = cli(['drill', '--print', '--seed', '4', '-n', '3', '--no-followups'], { cwd: dir, env: { TERM: 'dumb' } });
    expect(printed.status).toBe(0);
    expect(printed.stdout).not.toContain('·');
    expect(printed.stdout).toMatch(/\n1\. .+\n(?: {3}.+\n)* {3}[a-z]+(?:-[a-z]+)*-\d+\n {3}[A-Z].*\n {3}[a-z-]+\n/);
    expect(printed.stdout).toMatch(/^Due for review, asked first: .*\(\d+ days? overdue\)[,.]/m);
    const drawn = cli(['drill', '--print', '--seed', '4', '-n', '3', '--no-followups'], { cwd: dir, env: { TERM: 'xterm' } }).stdout;
    expect(drawn).toMatch(/ {3}[a-z-]+-\d+ · [A-Z].* · [a-z-]+\n/);
    const asked = cli(['questions', '--lp', 'are-right-a-lot'], { cwd: dir, env: { TERM: 'dumb' } }).stdout;
    expect(asked).not.toContain('·');
    expect(asked).toContain('are-right-a-lot-03  behavioral\n    Are Right, A Lot + Dive Deep\n  Give me an example');
    expect(cli(['questions', '--lp', 'are-right-a-lot'], { cwd: dir, env: { TERM: 'xterm' } }).stdout).toContain('are-right-a-lot-03  behavioral · Are Right, A Lot + Dive Deep\n');
  });

  it("lint's summary is its counts in words", () => {
    const dir = tmp.write({ 'stories/lone.yaml': LONE_STORY, 'stories/bare.yaml': 'title: Cut on-call pages in half\n' });
    const plain = inTerminal(['lint', 'stories/'], 60, { cwd: dir, env: { TERM: 'dumb' } });
    const last = plain.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^\d+ errors, \d+ warnings?;? ?/);
    expect(flat(plain)).toMatch(/\d+ errors, \d+ warnings; readiness \d+\/100 over 2 stories\s*$/);
    expect(plain).not.toMatch(/[✖·]/);
    // Piped too, as a screen reader's editor buffer reads it.
    expect(cli(['lint', 'stories/'], { cwd: dir, env: { TERM: 'dumb' } }).stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ errors, \d+ warnings; readiness \d+\/100 over 2 stories$/);
    expect(cli(['lint', 'stories/'], { cwd: dir }).stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings\) · readiness/);
  });

  // A review: `lint -o FILE` kept ✖ on a dumb terminal. The file a screen-reader user has lint write is read by the same
  // screen reader, as report's page is: in words too. Elsewhere the file has ✖, as the file ESLint's stylish writes does.
  it("lint -o writes the summary in words on a dumb terminal too, and with ✖ elsewhere, as ESLint's file has it", () => {
    const dir = tmp.write({ 'stories/lone.yaml': LONE_STORY, 'stories/bare.yaml': 'title: Cut on-call pages in half\n' });
    expect(cli(['lint', 'stories/', '-o', 'plain.txt'], { cwd: dir, env: { TERM: 'dumb' } }).status).toBe(1);
    const plain = readFileSync(join(dir, 'plain.txt'), 'utf8');
    expect(plain).not.toMatch(/[✖·]/);
    expect(plain.trimEnd().split('\n').at(-1)).toMatch(/^\d+ errors, \d+ warnings; readiness \d+\/100 over 2 stories$/);
    expect(cli(['lint', 'stories/', '-o', 'drawn.txt'], { cwd: dir, env: { TERM: 'xterm' } }).status).toBe(1);
    expect(readFileSync(join(dir, 'drawn.txt'), 'utf8').trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings\) · readiness/);
  });

  it("the report's headings and findings say words, not ⚠, ✖ nor ×", () => {
    const dir = practised();
    const page = cli(['report', 'stories/', '-o', '-'], { cwd: dir, env: { TERM: 'dumb' } }).stdout;
    expect(page).toContain('<h2 id="principles-h">Stories by Leadership Principle</h2>');
    expect(page).toMatch(/<h3>No story for \d+<\/h3>/);
    expect(page).toContain('<span class="sev">error</span>');
    // Only what a screen reader skips (aria-hidden) keeps a symbol.
    expect(page.replace(/<span[^>]*aria-hidden="true">[^<]*<\/span>/g, '').replace(/<title>.*<\/title>/, '')).not.toMatch(/[✖⚠×]/);
    const drawn = cli(['report', 'stories/', '-o', '-'], { cwd: dir }).stdout;
    expect(drawn).toContain('<h2 id="principles-h">Stories × Leadership Principles</h2>');
    expect(drawn).toMatch(/<h3>⚠ No story for \d+<\/h3>/);
  });
});
