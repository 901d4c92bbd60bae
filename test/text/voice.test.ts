/** lateByOthers: a sentence that tells only of someone else's lateness, which no rule reads as the candidate's. */
import { describe, expect, it } from 'vitest';
import { lateByOthers } from '../../src/text/voice.js';

describe('lateByOthers', () => {
  it.each([
    // Someone else putting it off, again and again (no-tradeoff's cost of a course, failure-without-lesson).
    'Our previous TPM kept delaying the migration.',
    'The vendor had postponed the cutover twice.',
    'Finance kept deferring the budget sign-off.',
  ])('hears someone else putting it off in %j', (sentence) => {
    expect(lateByOthers(sentence)).toBe(true);
  });

  it.each(['I kept delaying the migration.', 'We had postponed the cutover twice.', 'Delaying the launch by two weeks cost us the promotion.'])(
    'hears none in %j, the candidate\'s own or no one else\'s',
    (sentence) => {
      expect(lateByOthers(sentence)).toBe(false);
    },
  );
});
