/**
 * A new user's trial: `plan --interviewer Peer --interviewer "Hiring manager"` told, for Dive Deep,
 * search-latency-no-tradeoff (score 8), which doesn't claim it, has two lint errors and readiness 76/100, over her
 * dedicated Dive Deep story, fraud-alert-dive-deep (score 7), which claims it, lints clean and is ready at 82/100; her
 * story appeared in no plan. A claim now counts 2 in the plan, as in drill's stories that fit: a near tie goes to the
 * story that claims the principle, a clear gap still to the evidence, and a near story the plan leaves unused that
 * claims the principle, or is ready, where the planned one doesn't or isn't, is named under it. Each test runs the real
 * CLI on her two stories (test/fixtures/plan-near-tie/) and two of the example bank's, for Hiring manager's principles.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli } from '../helpers.js';
import { hasScript, inTerminal, overflowing } from './support.js';

const FIXTURES = join(ROOT, 'test/fixtures/plan-near-tie');
const LOOP = ['plan', '--interviewer', 'Peer', '--interviewer', 'Hiring manager'];

/** A prep folder: the loop in its config, and her two stories as `edit` leaves them, with the two for Hiring manager. */
function bank(edit: (file: string, text: string) => string = (_file, text) => text): string {
  const dir = mkdtempSync(join(tmpdir(), 'tpm-plan-near-tie-'));
  mkdirSync(join(dir, 'stories'));
  writeFileSync(join(dir, '.tpm-prep.yaml'), 'interviewers:\n  Peer: [dive-deep]\n  Hiring manager: [ownership, deliver-results]\n');
  for (const file of ['fraud-alert-dive-deep.yaml', 'search-latency-no-tradeoff.yaml']) writeFileSync(join(dir, 'stories', file), edit(file, readFileSync(join(FIXTURES, file), 'utf8')));
  for (const file of ['cert-expiry-incident.yaml', 'platform-deploy-migration.yaml']) copyFileSync(join(ROOT, 'stories', file), join(dir, 'stories', file));
  return dir;
}

const json = (dir: string, args: string[] = LOOP) => JSON.parse(cli([...args, '--format', 'json'], { cwd: dir }).stdout);

describe("plan, on the trial's bank", () => {
  it('tells her claimed, ready story for Dive Deep, a point below the one that does not claim it', () => {
    const dir = bank();
    // As map scores them: 7, claimed, and 8, not.
    const map = JSON.parse(cli(['map', '--format', 'json'], { cwd: dir }).stdout);
    const dive = (id: string) => map.stories.find((s: { id: string }) => s.id === id).inferred.find((i: { id: string }) => i.id === 'dive-deep');
    expect([dive('fraud-alert-dive-deep').score, dive('search-latency-no-tradeoff').score]).toEqual([7, 8]);
    const run = cli(LOOP, { cwd: dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(
      [
        'Plan for 2 interviewers (3 principles), each story once:',
        '',
        '  Peer:',
        '    Dive Deep        fraud-alert-dive-deep (score 7)',
        '',
        '  Hiring manager:',
        '    Ownership        cert-expiry-incident (score 12.5)',
        '    Deliver Results  platform-deploy-migration (score 10)',
        '',
      ].join('\n'),
    );
    const plan = json(dir);
    expect(plan.interviewers[0].assignments).toEqual([{ lp: 'dive-deep', storyId: 'fraud-alert-dive-deep', filePath: 'stories/fraud-alert-dive-deep.yaml', score: 7 }]);
    // The story planned claims Dive Deep: cert-expiry-incident, which claims it too, is no longer said to be told elsewhere.
    expect(plan.claimedElsewhere).toEqual([]);
    expect(plan.notReady).toEqual([]);
  });

  it('still tells the stronger story across a clear gap, and names hers under it, claimed and ready', () => {
    // Two points more for search-latency-no-tradeoff ("line by line"): 10 against her 7 and 2 for the claim.
    const dir = bank((file, text) => (file.startsWith('search') ? text.replace('dug into the slowest queries.', 'dug into the slowest queries line by line.') : text));
    const run = cli(LOOP, { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      [
        '  Peer:',
        '    Dive Deep        search-latency-no-tradeoff (score 10)',
        '                     also: fraud-alert-dive-deep',
        '                       (claimed, readiness 82/100, score 7)',
        '',
      ].join('\n'),
    );
    expect(run.stdout).toContain('Planned but not ready (readiness under 80/100, or a lint error):\n  search-latency-no-tradeoff 76/100:');
    for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const [dive] = json(dir).interviewers[0].assignments;
    expect(dive).toEqual({
      lp: 'dive-deep',
      storyId: 'search-latency-no-tradeoff',
      filePath: 'stories/search-latency-no-tradeoff.yaml',
      score: 10,
      alternative: { storyId: 'fraud-alert-dive-deep', filePath: 'stories/fraud-alert-dive-deep.yaml', score: 7, claimed: true, readiness: 82, errors: [] },
    });
    // --lps says it the same way, in its own layout.
    expect(cli(['plan', '--lps', 'dive-deep'], { cwd: dir }).stdout).toBe(
      'Plan for 1 principle, each story once:\n\n  Dive Deep  search-latency-no-tradeoff (score 10)\n             also: fraud-alert-dive-deep (claimed, readiness 82/100, score 7)\n\n' +
        'Planned but not ready (readiness under 80/100, or a lint error):\n' +
        '  search-latency-no-tradeoff 76/100: only two "I" actions, no decision,\n    no trade-off (lint error); lint error: we-instead-of-i\n',
    );
  });

  it.runIf(hasScript)('keeps the story it names within a terminal 40 columns wide, under the story', () => {
    const dir = bank((file, text) => (file.startsWith('search') ? text.replace('dug into the slowest queries.', 'dug into the slowest queries line by line.') : text));
    const shown = inTerminal(['plan', '--lps', 'dive-deep'], 40, { cwd: dir });
    expect(overflowing(shown, 40)).toEqual([]);
    expect(shown).toContain('  Dive Deep  search-latency-no-tradeoff\n             (score 10)\n             also: fraud-alert-dive-deep\n');
  });

  it('names a ready story a point below an unready one where neither claims the principle, and plans by score', () => {
    // Her story claims nothing: the plan weighs the words alone, and names it, ready, under the story a point ahead.
    const dir = bank((file, text) => (file.startsWith('fraud') ? text.replace('lps: [dive-deep]', 'lps: []') : text));
    const run = cli(LOOP, { cwd: dir });
    expect(run.stdout).toContain('    Dive Deep        search-latency-no-tradeoff (score 8)\n                     also: fraud-alert-dive-deep (readiness 82/100, score 7)\n');
    expect(json(dir).interviewers[0].assignments[0].alternative).toEqual({ storyId: 'fraud-alert-dive-deep', filePath: 'stories/fraud-alert-dive-deep.yaml', score: 7, claimed: false, readiness: 82, errors: [] });
  });

  it('names no other story where the planned one claims the principle and is ready', () => {
    const dir = bank();
    expect(cli(['plan', '--lps', 'dive-deep'], { cwd: dir }).stdout).toBe('Plan for 1 principle, each story once:\n\n  Dive Deep  fraud-alert-dive-deep (score 7)\n');
    expect(json(dir, ['plan', '--lps', 'dive-deep']).assignments[0]).not.toHaveProperty('alternative');
  });
});

// The report's loop plan names the near story under the planned one, as plan's `also:` line does, in the same words,
// for the loop (interviewer by interviewer) and for all 16; and none where plan names none.
describe("report, on the trial's bank", () => {
  const LINE = 'also: <a href="#s2">fraud-alert-dive-deep</a> (claimed, readiness 82/100, score 7)';
  const page = (dir: string, args: string[] = []) => {
    const run = cli(['report', '-o', '-', ...args], { cwd: dir });
    expect(run.status).toBe(0);
    return run.stdout;
  };

  it('names the story plan names on its also: line, under the planned story, linked to its card', () => {
    const dir = bank((file, text) => (file.startsWith('search') ? text.replace('dug into the slowest queries.', 'dug into the slowest queries line by line.') : text));
    // plan says it so.
    expect(cli(LOOP, { cwd: dir }).stdout).toContain('also: fraud-alert-dive-deep\n                       (claimed, readiness 82/100, score 7)');
    // The loop, from the config's interviewers.
    const loop = page(dir);
    expect(loop).toContain(`<td>search-latency-no-tradeoff<br><span class="muted">${LINE}</span></td><td class="num">10</td>`);
    // Its card (the stories by file: cert-expiry-incident, fraud-alert-dive-deep, …).
    expect(loop).toMatch(/id="s2" aria-labelledby="s2-h"[^]*?fraud-alert-dive-deep/);
    expect(loop.match(/also: /g)).toHaveLength(1);
    // Redacted, the same line (ids are redacted as every story id on the page: these name no one).
    expect(page(dir, ['--redact'])).toContain(`<td>search-latency-no-tradeoff<br><span class="muted">${LINE}</span></td>`);
    // All 16 (no loop in the config): the same row.
    writeFileSync(join(dir, '.tpm-prep.yaml'), 'rules: {}\n');
    expect(page(dir)).toContain(`<td>search-latency-no-tradeoff<br><span class="muted">${LINE}</span></td>`);
    // (Five runs of the CLI: more than the default time on a loaded machine.)
  }, 60_000);

  it('names none where plan names none', () => {
    const dir = bank();
    expect(cli(LOOP, { cwd: dir }).stdout).not.toContain('also:');
    expect(page(dir)).not.toContain('also: ');
  });
});

describe("drill, on the trial's bank", () => {
  // The first of drill's stories that fit a Dive Deep question, after "Stories that fit:".
  const fitting = (dir: string) => /Stories that fit: ([^\n]*)/.exec(cli(['drill', '--print', '--lp', 'dive-deep', '--count', '1', '--seed', '1', '--no-history'], { cwd: dir }).stdout)?.[1];

  it('lists first the story the plan tells for Dive Deep, as the plan weighs a claim', () => {
    expect(fitting(bank())).toMatch(/^fraud-alert-dive-deep \(planned for Peer\), search-latency-no-tradeoff,/);
    const gap = bank((file, text) => (file.startsWith('search') ? text.replace('dug into the slowest queries.', 'dug into the slowest queries line by line.') : text));
    expect(fitting(gap)).toMatch(/^search-latency-no-tradeoff \(planned for Peer\), fraud-alert-dive-deep,/);
  });
});
