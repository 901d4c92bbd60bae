/**
 * lateByOthers: a sentence that tells only of someone else's lateness, which no rule reads as the candidate's; inOwnVoice:
 * whether a verb is the candidate's.
 */
import { describe, expect, it } from 'vitest';
import { inOwnVoice, lateByOthers } from '../../src/text/voice.js';

describe('lateByOthers', () => {
  it.each([
    // Someone else putting it off, again and again (no-tradeoff's cost of a course, failure-without-lesson).
    'Our previous TPM kept delaying the migration.',
    'The vendor had postponed the cutover twice.',
    'Finance kept deferring the budget sign-off.',
    // Someone else's thing arriving late, owned by a possessive of any spelling: "'s", "’s", a plural's bare apostrophe.
    "Our contractor's survey came back five weeks late.",
    'Our contractor’s survey came back five weeks late.',
    "Our suppliers' parts arrived three weeks late.",
    'Our suppliers’ parts arrived three weeks late.',
  ])('hears someone else putting it off in %j', (sentence) => {
    expect(lateByOthers(sentence)).toBe(true);
  });

  it.each([
    'I kept delaying the migration.',
    'We had postponed the cutover twice.',
    'Delaying the launch by two weeks cost us the promotion.',
    // …and one's own team's, in the singular or the plural, or a quote's closing mark, no possessive.
    "Our team's survey came back late.",
    "Our teams' rollout came in three weeks late.",
    "Our 'beta' build came in late.",
  ])(
    'hears none in %j, the candidate\'s own or no one else\'s',
    (sentence) => {
      expect(lateByOthers(sentence)).toBe(false);
    },
  );
});

// A user's trial: a verb right after "who", "which" or "that" is its antecedent's, which was read as a bullet's verb with
// no subject, the candidate's ("the customers who tried to log in").
const at = (text: string): number => text.indexOf('VERB');

describe('inOwnVoice after a relative pronoun', () => {
  it.each([
    'I was the one who VERB the date.',
    'In the end it was us who VERB the vendor.',
    'My team, which VERB in May, missed.',
    'We were the ones who VERB the plan.',
    'I, who VERB it first, wrote the plan.',
    'I met the customers who complained, and VERB them back.',
    'I VERB the rota.',
    '- VERB the rota.',
  ])('reads the verb in %j as the candidate\'s', (text) => {
    expect(inOwnVoice(text, at(text))).toBe(true);
  });

  it.each([
    'About 62% of the customers who VERB during the outage got in.',
    'I blocked the attacker, who VERB the tokens.',
    'I called the 40 users that VERB twice.',
    'I paired with Priya, who VERB the load tests.',
    'I rewrote the runbook, which VERB onboarding.',
    'I met the vendor, who then VERB the spec.',
    'The customers who had VERB were refunded.',
    'I led the team that VERB the app.',
  ])('reads the verb in %j as someone else\'s', (text) => {
    expect(inOwnVoice(text, at(text))).toBe(false);
  });

  it('reads "the one who" as the candidate\'s only where the candidate says they were it, with singular', () => {
    expect(inOwnVoice('I was the one who VERB it.', at('I was the one who VERB it.'), { singular: true })).toBe(true);
    expect(inOwnVoice('We were the ones who VERB it.', at('We were the ones who VERB it.'), { singular: true })).toBe(false);
  });
});

// Hedges of a shrunken part ask with `team: false`: the team alone is someone else there ("The team was involved in the
// decision" is the team's part, not the candidate's shrunk; a new user's trial), "I" or "we" still the candidate.
describe('inOwnVoice with the team as someone else', () => {
  it.each([
    ['The team VERB the decision.', true, false],
    ['My team VERB the cutover.', true, false],
    ['My team, which VERB in May, missed.', true, false],
    ['My team and I VERB the decision.', true, true],
    ['We VERB the decision.', true, true],
    ['I VERB the decision.', true, true],
    ['- VERB the decision.', true, true],
  ])('reads %j as the candidate\'s: %s with the team, %s without', (text, withTeam, withoutTeam) => {
    expect(inOwnVoice(text, at(text))).toBe(withTeam);
    expect(inOwnVoice(text, at(text), { team: false })).toBe(withoutTeam);
  });
});
