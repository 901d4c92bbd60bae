/**
 * A thirty-fifth user's trial (an engineering manager moving to TPM, long narrative stories, modest "we"s): lint called
 * six "we"s that hide nothing errors, and a trained model read the sentence that gave his team the credit as a failure.
 * Each test runs the built CLI on his story through --stdin, as an editor would.
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';

const STORY = [
  'id: calculator-rewrite',
  'title: Rewrote the freight calculator for small sellers',
  'lps: [customer-obsession]',
  'situation: >-',
  '  Our freight calculator quoted wrong prices for small sellers, and they left for competitors. The carrier',
  '  integration was failing certification.',
  'task: >-',
  '  We were six engineers and I was their manager. I had to get the carrier certified and stop the losses.',
  'action: >-',
  "  I flew to the carrier's office in Campinas and sat with their engineers for two days until we had a stable",
  '  certification environment. We had some problems with the network, so I asked the carrier\'s network lead,',
  '  Joana Silva, for a dedicated link. I moved the calculator work ahead of the seller portal because small',
  '  sellers were where we were losing people. My team rewrote the calculator in four months, and I want to be',
  '  clear it was their work, not mine. We (the six engineers, not me) rewrote the pricing engine too.',
  'result: >-',
  '  Seller churn fell from 9% to 4% a month on the retention dashboard, and certification passed in six weeks.',
  'tradeoff: >-',
  '  I delayed the seller portal by a quarter.',
  '',
].join('\n');

const lint = (text: string) => cli(['lint', '--stdin', '--stdin-filename', 'stories/calculator-rewrite.yaml', '-f', 'compact'], { input: text });
const rules = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => /\[([a-z-]+)\]$/.exec(line)?.[1]);

describe('a story that tells the team as the team', () => {
  it('lints with no we-instead-of-i and no failure-without-lesson, and exits 0', () => {
    const done = lint(STORY);
    expect(done).toMatchObject({ status: 0, stderr: '' });
    expect(rules(done.stdout)).not.toContain('we-instead-of-i');
    expect(rules(done.stdout)).not.toContain('failure-without-lesson');
  });

  it('still flags the "we" that does hide the candidate\'s part, where it stands, and exits 1', () => {
    const twin = STORY.replace('We were six engineers and I was their manager.', 'We were asked to own the rewrite.').replace(
      'We (the six engineers, not me) rewrote',
      'We (the six engineers and I) rewrote',
    );
    const done = lint(twin);
    expect(done.status).toBe(1);
    expect(done.stdout.split('\n').filter((line) => line.endsWith('[we-instead-of-i]'))).toEqual([
      'stories/calculator-rewrite.yaml:8:3: error "We were" hides your part. Say "I was …" if it was yours, or what you did to get it done. [we-instead-of-i]',
      'stories/calculator-rewrite.yaml:14:38: error "We" hides your part. Say "I …" if it was yours, or what you did to get it done. [we-instead-of-i]',
    ]);
    expect(rules(done.stdout)).not.toContain('failure-without-lesson');
  });

  it('still reads a failure where the candidate takes the blame, not the credit', () => {
    const blame = STORY.replace('it was their work, not mine.', 'the six-week slip was my mistake, not theirs.');
    const done = lint(blame);
    expect(done.status).toBe(1);
    expect(done.stdout).toContain('stories/calculator-rewrite.yaml:13:');
    expect(done.stdout).toMatch(/error This story tells of a failure, "…the six-week slip was my mistake, not theirs\.", and has no lesson\. .*\[failure-without-lesson\]/);
  });
});
