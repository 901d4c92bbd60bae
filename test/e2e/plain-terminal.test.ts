/**
 * A blind user's trial: a screen reader on a dumb terminal (TERM=dumb, NO_COLOR=1, COLUMNS=60). Each test runs the
 * built CLI in a real pseudo-terminal (util-linux `script`), types into it as the user did, and reads what it printed.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cli } from '../helpers.js';
import { hasScript, overflowing, scratch } from './support.js';

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
 * (`TERM=dumb`) before it; TERM=xterm unless it says otherwise, and no colour. Type into it, wait for text on it.
 */
function inPty(dir: string, args: string, { cols = 60, env = '' }: { cols?: number; env?: string } = {}) {
  const command = `stty cols ${cols} rows 40; COLUMNS=${cols} ${env} '${process.execPath}' '${BIN}' ${args}; echo "exit=$?"`;
  // bash, which goes on to say the exit code when a Ctrl-C (SIGINT, in the terminal's line mode) ends the CLI cleanly.
  const base: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm', NO_COLOR: '1', FORCE_COLOR: undefined, SHELL: '/bin/bash' };
  for (const key of Object.keys(base)) if (base[key] === undefined) delete base[key];
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: dir, env: base });
  let screen = '';
  child.stdout.on('data', (d: Buffer) => (screen += d.toString('utf8')));
  // With plain line ends, as the tests write them.
  const shown = () => screen.replace(/\r\n/g, '\n');
  let seen = 0;
  const waitFor = async (text: string) => {
    const started = Date.now();
    for (;;) {
      const at = shown().indexOf(text, seen);
      if (at !== -1) return void (seen = at + text.length);
      if (Date.now() - started > 10_000) throw new Error(`Timed out waiting for ${JSON.stringify(text)}:\n${shown().slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const press = async (key: string) => {
    await new Promise((r) => setTimeout(r, 60));
    child.stdin.write(key);
  };
  const closed = new Promise<void>((r) => child.on('close', () => r()));
  return { waitFor, press, closed, screen: shown };
}

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
    expect(screen()).toContain('Drill stopped: 0 answers; history is off (--no-history).');
    expect(screen()).not.toMatch(BAR);
    // Nor any other control sequence (the cursor hidden and shown, a line cleared), which a dumb terminal prints.
    expect(screen()).not.toMatch(CONTROL);
    // Nor does its opening point to --quiet-clock, which is on.
    expect(flat(screen())).not.toContain('--quiet-clock');
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
