/**
 * End-to-end tests for the loop date (`loopDate:` in the config, `--loop-date`): stats, plan and drill, in-process on
 * an injected clock (exact dates, whatever day the tests run), and as the built CLI, with days counted from the day it
 * runs in the tests' time zone (cliEnv: six in the evening), as a user would type them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { drillCommand } from '../../src/commands/drill.js';
import { planCommand } from '../../src/commands/plan.js';
import { reportCommand } from '../../src/commands/report.js';
import { statsCommand } from '../../src/commands/stats.js';
import { calendarDay } from '../../src/drill/days.js';
import { isoDay } from '../../src/drill/loop-date.js';
import type { Terminal } from '../../src/drill/session.js';
import { UsageError } from '../../src/errors.js';
import type { Io } from '../../src/io.js';
import { cli, cliEnv } from '../helpers.js';

/** Noon UTC: the same date in any time zone the tests run in, from UTC-11 to UTC+11. */
const NOW = Date.parse('2026-03-10T12:00:00Z');
const DAY = 86_400_000;

const LOOP = 'interviewers:\n  Bar raiser: [earn-trust, backbone]\n  Hiring manager: [ownership, dive-deep, think-big]\n';

/**
 * A prep folder: two stories, `config` as its .tpm-prep.yaml, and a history in which, `now` being the clock, Think Big
 * was rated 1 five days before (overdue), Earn Trust rated 1 three days before (overdue), Ownership answered well a
 * day before and Dive Deep very well two days before (both due in some days); Have Backbone never practised.
 */
function prep(config: string, now = NOW): string {
  const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-loop-'));
  mkdirSync(join(dir, 'stories'));
  writeFileSync(join(dir, 'stories', 'launch.yaml'), 'title: Launched curbside pickup\nlps: [customer-obsession, deliver-results]\n');
  writeFileSync(join(dir, 'stories', 'oncall.yaml'), 'title: Cut on-call pages in half\nlps: [ownership, dive-deep]\n');
  writeFileSync(join(dir, '.tpm-prep.yaml'), config);
  const rec = (days: number, question: string, lp: string, rating: number) =>
    JSON.stringify({ version: 1, at: new Date(now - days * DAY).toISOString(), question, lps: [lp], story: null, seconds: 100, limit: 120, check: { metric: true, saidI: true, partner: false, tradeoff: true }, rating });
  mkdirSync(join(dir, '.tpm-prep'));
  const lines = [rec(5, 'think-big-01', 'think-big', 1), rec(3, 'earn-trust-01', 'earn-trust', 1), rec(1, 'ownership-02', 'ownership', 4), rec(2, 'dive-deep-01', 'dive-deep', 5)];
  writeFileSync(join(dir, '.tpm-prep', 'history.jsonl'), lines.join('\n') + '\n');
  return dir;
}

function ioFor(dir: string): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { cwd: dir, env: { NO_COLOR: '1' }, stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, out: () => out, err: () => err };
}

/** No terminal, so drill prints its draw; its clock stands at `now`. */
const printing = (now = NOW): Terminal => ({ input: new PassThrough() as unknown as Terminal['input'], output: new PassThrough() as unknown as Terminal['output'], clock: () => now, ticker: () => () => {} });

/** The lines from the countdown to the end of stats' text. */
const loopBlock = (out: string) => out.slice(out.lastIndexOf('\n\n') + 2);

describe('stats with a loop date', () => {
  it("counts the days to the config's loopDate, and lists the loop's principles never practised and due before it", async () => {
    const io = ioFor(prep(`${LOOP}loopDate: 2026-03-20\n`));
    expect(await statsCommand({}, io, () => NOW)).toBe(0);
    expect(loopBlock(io.out())).toBe(
      [
        "10 days to your loop (2026-03-20), for your loop's 5 principles:",
        '  Never practised (1): Have Backbone; Disagree and Commit',
        '  Due before it (4): Think Big (4 days overdue) · Earn Trust (2 days overdue) ·',
        '    Ownership (in 2 days) · Dive Deep (in 6 days)',
        '',
      ].join('\n'),
    );
    expect(io.err()).toBe('');
  });

  it('says which fall due only after the loop, and that drill asks them the day before it', async () => {
    const io = ioFor(prep(`${LOOP}loopDate: 2026-03-14\n`));
    await statsCommand({}, io, () => NOW);
    expect(loopBlock(io.out())).toBe(
      [
        "4 days to your loop (2026-03-14), for your loop's 5 principles:",
        '  Never practised (1): Have Backbone; Disagree and Commit',
        '  Due before it (3): Think Big (4 days overdue) · Earn Trust (2 days overdue) ·',
        '    Ownership (in 2 days)',
        '  Due after it, so drill asks them again on 2026-03-13, the day before (1): Dive Deep',
        '',
      ].join('\n'),
    );
  });

  it('with the loop tomorrow, what falls due after it is due now, in the Due line too', async () => {
    const io = ioFor(prep(`${LOOP}loopDate: 2026-03-11\n`));
    await statsCommand({}, io, () => NOW);
    expect(io.out()).toContain('  Due after it, so drill asks them again now (2): Ownership · Dive Deep\n');
    expect(io.out()).toMatch(/Due: Think Big \(4 days overdue\) · Earn Trust \(2 days overdue\) · Ownership \(due today\) ·\s+Dive Deep \(due today\)\./);
  });

  it('without interviewers, counts all 16 principles', async () => {
    const io = ioFor(prep('loopDate: 2026-03-20\n'));
    await statsCommand({}, io, () => NOW);
    expect(loopBlock(io.out())).toMatch(/^10 days to your loop \(2026-03-20\), for all 16 principles:\n {2}Never practised \(12\): Customer Obsession · /);
  });

  it('--loop-date overrides the config, as a day or as days from today', async () => {
    for (const typed of ['2026-03-17', '+7d', 'in 7 days']) {
      const io = ioFor(prep(`${LOOP}loopDate: 2026-03-20\n`));
      await statsCommand({ loopDate: typed }, io, () => NOW);
      expect(loopBlock(io.out()).split('\n')[0]).toBe("7 days to your loop (2026-03-17), for your loop's 5 principles:");
    }
  });

  it('says the loop is today on its day', async () => {
    const io = ioFor(prep(`${LOOP}loopDate: 2026-03-10\n`));
    await statsCommand({}, io, () => NOW);
    expect(loopBlock(io.out()).split('\n')[0]).toBe("Your loop is today (2026-03-10), for your loop's 5 principles:");
  });

  it('on its day, what was due after it is due today, not overdue since the eve; one practised on the eve stays as it is', async () => {
    const io = ioFor(prep(`${LOOP}loopDate: 2026-03-10\n`));
    await statsCommand({}, io, () => NOW);
    // Dive Deep, practised two days before, was due after the loop; Ownership was practised on the eve.
    expect(io.out()).toMatch(/Due: Think Big \(4 days overdue\) · Earn Trust \(2 days overdue\) · Dive Deep \(due today\)\./);
    expect(io.out()).not.toContain('1 day overdue');
  });

  it('on its day, with no practice yet, says what to tell today', async () => {
    const dir = prep('loopDate: 2026-03-10\n');
    writeFileSync(join(dir, '.tpm-prep', 'history.jsonl'), '');
    const io = ioFor(dir);
    await statsCommand({}, io, () => NOW);
    expect(io.out()).toBe('No practice recorded yet in .tpm-prep/history.jsonl. Run `tpm-prep drill` in a terminal to start.\nYour loop is today (2026-03-10): nothing practised yet, so 16 principles to tell at least once\ntoday.\n');
  });

  it('warns in one line of a day past, and shows stats as without one', async () => {
    const past = ioFor(prep(`${LOOP}loopDate: 2026-03-01\n`));
    const none = ioFor(prep(LOOP));
    expect(await statsCommand({}, past, () => NOW)).toBe(0);
    await statsCommand({}, none, () => NOW);
    expect(past.err()).toBe('tpm-prep: warning: the loop date 2026-03-01 (loopDate: at .tpm-prep.yaml:4:11) is past, 9 days ago, so nothing is counted down to it: set `loopDate:` to your next loop, or remove it.\n');
    expect(past.out()).toBe(none.out());
    const typed = ioFor(prep(LOOP));
    await statsCommand({ loopDate: '2026-03-09' }, typed, () => NOW);
    expect(typed.err()).toBe("tpm-prep: warning: the loop date 2026-03-09 (--loop-date) is past, 1 day ago, so nothing is counted down to it: give your next loop's date.\n");
  });

  it('gives the loop date in JSON, its figures and not its words', async () => {
    const io = ioFor(prep(`${LOOP}loopDate: 2026-03-14\n`));
    await statsCommand({ format: 'json' }, io, () => NOW);
    const json = JSON.parse(io.out());
    expect(json.loopDate).toMatchObject({ date: '2026-03-14', daysLeft: 4, neverPractised: ['have-backbone-disagree-and-commit'], pulledForward: ['dive-deep'], eve: '2026-03-13' });
    expect(json.loopDate.dueBefore.map((d: { id: string }) => d.id)).toEqual(['think-big', 'earn-trust', 'ownership']);
    expect(json.principles.find((p: { id: string }) => p.id === 'dive-deep').pulledForward).toBe(true);
    const plain = ioFor(prep(LOOP));
    await statsCommand({ format: 'json' }, plain, () => NOW);
    expect(JSON.parse(plain.out())).not.toHaveProperty('loopDate');
    expect(JSON.parse(plain.out()).principles[0]).not.toHaveProperty('pulledForward');
  });

  it('with no practice yet, says how many principles to tell before the loop', async () => {
    const dir = prep('loopDate: 2026-03-20\n');
    writeFileSync(join(dir, '.tpm-prep', 'history.jsonl'), '');
    const io = ioFor(dir);
    await statsCommand({}, io, () => NOW);
    expect(io.out()).toBe('No practice recorded yet in .tpm-prep/history.jsonl. Run `tpm-prep drill` in a terminal to start.\n10 days to your loop (2026-03-20): nothing practised yet, so 16 principles to tell at least once\nbefore it.\n');
  });

  it.each(['tomorrow', '05/06/2026', '-3d'])('refuses --loop-date %s, saying what it takes', async (typed) => {
    await expect(statsCommand({ loopDate: typed }, ioFor(prep(LOOP)), () => NOW)).rejects.toThrow(
      new UsageError(`--loop-date takes the day of your loop as YYYY-MM-DD, or the days to it (--loop-date +10d, --loop-date "in 10 days"), not "${typed}".`),
    );
  });

  it.each([
    ['20/03/2026', '2026-03-20'],
    ['20.03.2026', '2026-03-20'],
    ['03/20/2026', '2026-03-20'],
  ])('refuses --loop-date %s, a day in another order, giving it as it takes it', async (typed, iso) => {
    await expect(statsCommand({ loopDate: typed }, ioFor(prep(LOOP)), () => NOW)).rejects.toThrow(
      new UsageError(`--loop-date takes the day of your loop as YYYY-MM-DD, not "${typed}": --loop-date ${iso}.`),
    );
  });

  it.each([
    ['2026-02-30', '2026 has no 30 February'],
    ['2026-02-29', '2026 has no 29 February'],
    ['0099-01-01', '0099 is before 1970'],
    ['2031-03-11', '2031-03-11 is more than 5 years away'],
  ])('refuses --loop-date %s, saying why it is no loop date', async (typed, why) => {
    await expect(statsCommand({ loopDate: typed }, ioFor(prep(LOOP)), () => NOW)).rejects.toThrow(
      new UsageError(`--loop-date takes the day of your loop, and "${typed}" is none: ${why}. Give it as YYYY-MM-DD, or as the days to it (--loop-date +10d).`),
    );
  });
});

describe('plan with a loop date', () => {
  it('says the days left in one line above the plan, which is otherwise the same', () => {
    const dated = ioFor(prep(`${LOOP}loopDate: 2026-03-20\n`));
    const plain = ioFor(prep(LOOP));
    planCommand([], {}, dated, () => NOW);
    planCommand([], {}, plain, () => NOW);
    expect(dated.out()).toBe(`10 days to your loop (2026-03-20).\n${plain.out()}`);
    const typed = ioFor(prep(LOOP));
    planCommand([], { loopDate: '+1d' }, typed, () => NOW);
    expect(typed.out()).toBe(`1 day to your loop (2026-03-11).\n${plain.out()}`);
  });

  it('gives the date and the days left in JSON, and nothing else new', () => {
    const dated = ioFor(prep(`${LOOP}loopDate: 2026-03-20\n`));
    const plain = ioFor(prep(LOOP));
    planCommand([], { format: 'json' }, dated, () => NOW);
    planCommand([], { format: 'json' }, plain, () => NOW);
    expect(JSON.parse(dated.out())).toEqual({ loopDate: '2026-03-20', daysLeft: 10, ...JSON.parse(plain.out()) });
  });

  it('warns of a day past and plans as without one', () => {
    const past = ioFor(prep(`${LOOP}loopDate: 2026-03-01\n`));
    const plain = ioFor(prep(LOOP));
    planCommand([], {}, past, () => NOW);
    planCommand([], {}, plain, () => NOW);
    expect(past.out()).toBe(plain.out());
    expect(past.err()).toMatch(/^tpm-prep: warning: the loop date 2026-03-01 \(loopDate: at \.tpm-prep\.yaml:4:11\) is past, 9 days ago, so nothing is counted down to it: set `loopDate:` to your next loop, or remove it\.\n$/);
  });
});

describe('report with a loop date', () => {
  it('counts down to it under the title, and is otherwise the page without one', () => {
    const dated = ioFor(prep(`${LOOP}loopDate: 2026-03-20\n`));
    const plain = ioFor(prep(LOOP));
    expect(reportCommand([], { output: '-' }, dated, () => NOW)).toBe(0);
    reportCommand([], { output: '-' }, plain, () => NOW);
    expect(dated.out()).toContain(' · <strong>10 days to your loop (2026-03-20)</strong></p>');
    expect(dated.out().replace(' · <strong>10 days to your loop (2026-03-20)</strong>', '')).toBe(plain.out());
    const typed = ioFor(prep(LOOP));
    reportCommand([], { output: '-', loopDate: 'in 3 days' }, typed, () => NOW);
    expect(typed.out()).toContain(' · <strong>3 days to your loop (2026-03-13)</strong></p>');
  });
});

describe('drill with a loop date', () => {
  type Printed = { questions: { id: string; lps: string[] }[]; metadata: { loopDate?: string; reviews: { id: string; question: string }[] } };
  const drawn = async (config: string, options: { loopDate?: string; lp?: string[] } = {}, seed = '7', count = '3'): Promise<Printed> => {
    const io = ioFor(prep(config));
    expect(await drillCommand({ seed, count, format: 'json-with-metadata', ...options }, io, printing())).toBe(0);
    return JSON.parse(io.out()) as Printed;
  };

  it('draws the principles never practised first, over every principle where the config has no loop', async () => {
    for (const seed of ['1', '2', '3', '4', '5']) {
      const { questions, metadata } = await drawn('loopDate: 2026-03-20\n', {}, seed);
      const practised = ['think-big', 'earn-trust', 'ownership', 'dive-deep'];
      // Three questions, each for a principle never practised, though Think Big and Earn Trust are due.
      expect(questions.every((q) => q.lps.some((lp) => !practised.includes(lp)))).toBe(true);
      expect(metadata.loopDate).toBe('2026-03-20');
    }
  });

  it('without a loop date, asks what is due first, as it always has', async () => {
    const { questions, metadata } = await drawn('');
    expect(metadata.reviews.map((r) => r.id)).toEqual(['think-big', 'earn-trust']);
    expect(questions.slice(0, 2).map((q) => q.id)).toEqual(metadata.reviews.map((r) => r.question));
    expect(metadata).not.toHaveProperty('loopDate');
  });

  it('with the loop tomorrow, asks the reviews due after it now, with --lp', async () => {
    const { metadata } = await drawn('', { loopDate: '+1d', lp: ['ownership,dive-deep'] }, '7', '2');
    expect(metadata.reviews.map((r) => r.id)).toEqual(['ownership', 'dive-deep']);
    const later = await drawn('', { loopDate: '2026-04-30', lp: ['ownership,dive-deep'] }, '7', '2');
    expect(later.metadata.reviews).toEqual([]);
  });
});

describe('the loop date through the built CLI', () => {
  // The day the CLI counts from: today in its time zone (cliEnv's), which is six in the evening there now.
  const zone = cliEnv().TZ!;
  const inDays = (n: number) => isoDay(calendarDay(Date.now(), zone) + n);

  it('stats counts down to --loop-date "in 10 days", and plan to the same day in the config', () => {
    const dir = prep(LOOP, Date.now());
    const stats = cli(['stats', '--loop-date', 'in 10 days'], { cwd: dir });
    expect(stats.status).toBe(0);
    expect(stats.stdout).toContain(`\n10 days to your loop (${inDays(10)}), for your loop's 5 principles:\n  Never practised (1): Have Backbone; Disagree and Commit\n`);
    writeFileSync(join(dir, '.tpm-prep.yaml'), `${LOOP}loopDate: ${inDays(10)}\n`);
    const plan = cli(['plan'], { cwd: dir });
    expect([plan.status, plan.stdout.split('\n')[0]]).toEqual([0, `10 days to your loop (${inDays(10)}).`]);
  });

  it.each([['stats'], ['plan'], ['drill', '--print']])('%s: a bad loopDate in the config is one line naming the file and line, exit 2', (...args) => {
    const dir = prep(`${LOOP}loopDate: 2026-31-12\n`, Date.now());
    const run = cli(args, { cwd: dir });
    expect([run.status, run.stdout, run.stderr]).toEqual([2, '', `tpm-prep: .tpm-prep.yaml:4:11: \`loopDate\` is the day of your loop, and "2026-31-12" is none: there is no month 31. Give it as YYYY-MM-DD: write \`loopDate: ${inDays(30)}\`.\n`]);
  });

  it.each([['stats'], ['plan'], ['drill', '--print']])('%s: a bad --loop-date is one line, exit 2, and a day past a warning', (...args) => {
    const dir = prep(LOOP, Date.now());
    const bad = cli([...args, '--loop-date', 'next friday'], { cwd: dir });
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([2, '', 'tpm-prep: --loop-date takes the day of your loop as YYYY-MM-DD, or the days to it (--loop-date +10d, --loop-date "in 10 days"), not "next friday".\n']);
    // Not read as 1999 (10202 days ago, a warning): a year no loop falls in is a bad date.
    const year = cli([...args, '--loop-date', '0099-01-01'], { cwd: dir });
    expect([year.status, year.stdout, year.stderr]).toEqual([2, '', 'tpm-prep: --loop-date takes the day of your loop, and "0099-01-01" is none: 0099 is before 1970. Give it as YYYY-MM-DD, or as the days to it (--loop-date +10d).\n']);
    const past = cli([...args, '--loop-date', inDays(-2)], { cwd: dir });
    if (args[0] === 'stats') {
      // On the loop's day, Dive Deep (practised two days before, due after the loop) is due today, not overdue since the eve.
      const today = cli([...args, '--loop-date', '+0'], { cwd: dir });
      expect([today.status, today.stderr]).toEqual([0, '']);
      expect(today.stdout).toMatch(/Dive Deep \(due today\)/);
      expect(today.stdout).not.toContain('1 day overdue');
    }
    expect([past.status, past.stderr]).toEqual([0, `tpm-prep: warning: the loop date ${inDays(-2)} (--loop-date) is past, 2 days ago, so nothing is counted down to it: give your next loop's date.\n`]);
  });

  it.each(['stats', 'plan', 'drill', 'report'])('%s --help gives --loop-date and an example of it', (command) => {
    const help = cli([command, '--help']).stdout;
    expect(help).toContain('--loop-date <date>');
    expect(help).toMatch(/\$ tpm-prep \w+ --loop-date /);
  });
});
