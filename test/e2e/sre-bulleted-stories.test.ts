/**
 * A user's trial (an SRE from Dublin moving to TPM, writing short bulleted Irish and British English stories), through
 * the real CLI: "a region we'd been told to drain" was an error of we-instead-of-i (it blocked her commit) and
 * passive-voice told her to say "I told …"; "A decision was made to skip the load test" counted as her trade-off and
 * naming the programme manager who made it, as passive-voice asked, made no-tradeoff fire; and a story that worked with
 * "the platform team" beside "our team" was told it "stays inside one team".
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';
import { run, scratch } from './support.js';

const tmp = scratch('sre-bulleted');

// Her two versions of one story: the same situation, task and result, with two actions.
const STORY = (title: string, action: string): string => `title: ${title}
lps: [deliver-results]
situation: >-
  Our payments API ran active-active in two AWS regions, and eu-west-2 was to close at the end of March.
task: >-
  As the on-call SRE lead I had to move all payments traffic off eu-west-2 within a week.
action: >-
${action}result: >-
  Traffic was off eu-west-2 in five days with zero failed payments, per the Grafana SLO board.
`;

const DRAIN = STORY('Drained eu-west-2 before the cut-over', `  - Siobhan Walsh rang me: customers were hitting a region we'd been told to drain.
  - I agreed a cut-over plan with the platform team, and ran the dual-writes with our team for three days.
  - I deferred the cache warm-up to the next sprint to hit the date.
`);

const SKIP = STORY('Moved payments off eu-west-2', `  - I agreed a cut-over plan with Siobhan Walsh, the platform engineering manager, and the finance team.
  - A decision was made to skip the load test.
  - I rebuilt the DNS weights to hit the date and checked the error budget daily.
`);

const NO_TRADEOFF = '  7:1  error    No trade-off is stated. Name what you gave up and why: "I deferred X to ship Y", "…instead of…", or add `tradeoff:`.  no-tradeoff\n';

describe("a user's trial: a region we'd been told to drain, beside the platform team and our team", () => {
  it('lints with one warning, exit 0: no we-instead-of-i, passive-voice asks who told us, and no no-scope', async () => {
    const dir = tmp.write({ 'drain.yaml': DRAIN });
    const done = await run(['lint', 'drain.yaml'], { cwd: dir });
    expect(done).toMatchObject({ status: 0, stderr: '' });
    expect(done.stdout).toBe(
      'drain.yaml\n' +
        '  8:60  warning  "we\'d been told" hides who acted. Name who told you: "told by the payments team".  passive-voice\n' +
        '  readiness 94/100 (impact 34/34, scope 27/33, ownership 33/33): fewer than three teams\n\n' +
        '✖ 1 problem (0 errors, 1 warning) · readiness 94/100 over 1 story\n',
    );
  });

  it('reads the same from standard input, as an editor sends it', () => {
    const piped = cli(['lint', '--stdin', '--stdin-filename', 'drain.yaml', '--format', 'compact'], { cwd: tmp.write({}), input: DRAIN });
    expect(piped).toMatchObject({ status: 0, stderr: '' });
    expect(piped.stdout).toBe('drain.yaml:8:60: warning "we\'d been told" hides who acted. Name who told you: "told by the payments team". [passive-voice]\n');
  });

  it('says of a team named once that it may be your own, not that the story stays inside one team', async () => {
    const story = DRAIN.replace('I agreed a cut-over plan with the platform team, and ran the dual-writes with our team', 'The platform team ran the cut-over, and our team ran the dual-writes');
    const done = await run(['lint', 'drain.yaml'], { cwd: tmp.write({ 'drain.yaml': story }) });
    expect(done.stdout).toContain(
      '  5:1   warning  The one team named ("the platform team") may be your own. Say which other teams, orgs or functions you aligned: "across the payments, mobile and store-operations teams".  no-scope\n',
    );
    expect(done.stdout).not.toContain('stays inside one team');
  });
});

describe("a user's trial: someone else's decision to skip the load test, passive or named", () => {
  it('"A decision was made to skip the load test." is no trade-off of hers: no-tradeoff fires, exit 1, and passive-voice asks who decided', async () => {
    const done = await run(['lint', 'skip.yaml'], { cwd: tmp.write({ 'skip.yaml': SKIP }) });
    expect(done.status).toBe(1);
    expect(done.stdout).toContain(NO_TRADEOFF);
    expect(done.stdout).toContain('  9:5  warning  "A decision was made" hides who decided. If it was you, say "I decided …"; if not, name who did: "the payments team decided …".  passive-voice\n');
  });

  it('…and naming the programme manager, as passive-voice asks, reads the same: no-tradeoff, exit 1', async () => {
    const story = SKIP.replace('A decision was made to skip the load test.', 'The programme manager had decided to skip the load test.');
    const done = await run(['lint', 'skip.yaml'], { cwd: tmp.write({ 'skip.yaml': story }) });
    expect(done.status).toBe(1);
    expect(done.stdout).toContain(NO_TRADEOFF);
    expect(done.stdout).not.toContain('passive-voice');
  });

  it('…while a decision told with what it bought, hers or in the passive, is her trade-off: exit 0', async () => {
    for (const decided of ['I decided to skip the load test so the cut-over held.', 'A decision was made to skip the load test so the cut-over held.']) {
      const story = SKIP.replace('A decision was made to skip the load test.', decided);
      const done = await run(['lint', 'skip.yaml'], { cwd: tmp.write({ 'skip.yaml': story }) });
      expect(done.status).toBe(0);
      expect(done.stdout).not.toContain('no-tradeoff');
    }
  });

  it('plan reads it as lint does: not ready for want of a trade-off, and ready once the decision is hers', async () => {
    const dir = tmp.write({ 'skip.yaml': SKIP, 'held.yaml': SKIP.replace('skip the load test.', 'skip the load test so the cut-over held.') });
    const passive = await run(['plan', '--interviewer', 'deliver-results', 'skip.yaml'], { cwd: dir });
    expect(passive.status).toBe(0);
    expect(passive.stdout).toContain('Planned but not ready (readiness under 80/100, or a lint error):\n  skip 70/100: no customer, fewer than three teams, no trade-off (lint error)\n');
    const held = await run(['plan', '--interviewer', 'deliver-results', 'held.yaml'], { cwd: dir });
    expect(held.status).toBe(0);
    expect(held.stdout).toContain('Deliver Results  held');
    expect(held.stdout).not.toContain('not ready');
  });
});

