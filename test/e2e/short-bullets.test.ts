/**
 * A thirty-fourth user's trial (an SRE from Dublin moving to TPM, short stories in Irish/British English): four calls
 * the built CLI got wrong on her bank, each run here through `tpm-prep lint --stdin` as her editor would. A config pushed
 * past a skipped soak, with the damage told in the next sentence, was no failure; "a week less" was no number; "I'd say"
 * was no hedge; and "tried to" was one even where the same sentence told what the other side would give.
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';
import type { FileResult } from './support.js';

/** Her story, with no `learned:` (keys: title 1, situation 2, task 4, action 6, result 11). */
const OUTAGE = `title: Login outage from a config push
situation: >-
  Our identity service took its config from a shared repo that any SRE could merge to.
task: >-
  I was on call and needed a rate-limit change out before a marketing email went to 2 million users.
action: >-
  I'd say I kind of drove the whole thing. I skipped the staging soak because of the time pressure and pushed the
  rate-limit config straight to production. The limit was a factor of ten too low, and login started rejecting real
  users across Europe. I paged Tomás Keane from the identity team and reverted it with him. I tried to get the CDN
  team to commit to an SLA on purges, but they would only agree to a monthly report.
result: >-
  Login was broken for 40 minutes for roughly 180,000 users. Deploys now take a week less.
`;

function lint(story: string): FileResult {
  const run = cli(['lint', '--stdin', '--stdin-filename', 'stories/login-outage.yaml', '--format', 'json', '--no-cache'], { input: story });
  expect(run.stderr).toBe('');
  const [file] = JSON.parse(run.stdout) as FileResult[];
  return file!;
}

describe('a short Irish-English failure story, through lint --stdin', () => {
  const file = lint(OUTAGE);
  const of = (rule: string) => file.messages.filter((m) => m.ruleId === rule);

  it('calls it a failure with no lesson, at the sentence that tells the damage after the skipped soak', () => {
    expect(of('failure-without-lesson')).toEqual([
      expect.objectContaining({ severity: 2, line: 8, message: expect.stringMatching(/^This story tells of a failure, "The limit was a factor of ten too low, and login started rejecting real users…", and has no lesson\./) }),
    ]);
  });

  it('flags "I\'d say" and "kind of", and not the "tried to" whose end the sentence tells', () => {
    expect(of('hedging').map((m) => m.message.match(/^"([^"]*)"/)?.[1])).toEqual(["I'd say", 'kind of']);
    expect(of('hedging')[0]).toMatchObject({ line: 7, column: 3 });
  });

  it('counts "a week less" as a number: no missing-metric, even with the outage sentence gone', () => {
    expect(of('missing-metric')).toEqual([]);
    const weekLess = lint(OUTAGE.replace('Login was broken for 40 minutes for roughly 180,000 users. ', ''));
    expect(weekLess.messages.filter((m) => m.ruleId === 'missing-metric')).toEqual([]);
    const noNumber = lint(OUTAGE.replace('Login was broken for 40 minutes for roughly 180,000 users. Deploys now take a week less.', 'A week later we met the identity team.'));
    expect(noNumber.messages.filter((m) => m.ruleId === 'missing-metric')).toEqual([expect.objectContaining({ line: 11, column: 1 })]);
  });

  it('with a lesson in `learned:`, the failure is cleared', () => {
    const learned = lint(`${OUTAGE}learned: >-\n  I no longer skip the staging soak under time pressure; I ask for the deadline to move instead.\n`);
    expect(learned.messages.filter((m) => m.ruleId === 'failure-without-lesson')).toEqual([]);
  });
});
