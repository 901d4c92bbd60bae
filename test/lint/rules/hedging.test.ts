/**
 * hedging: hedges and deferrals in the action and result, in the candidate's own voice. Tables in the
 * style of ESLint's RuleTester: `invalid` sentences must be flagged with the phrase, `valid` ones must not.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/hedging.js';
import { lintText, only, runRule } from '../../helpers.js';

/** Sentences that hedge, and the phrase reported. */
const invalid: [label: string, sentence: string, phrase: string][] = [
  // A Lagos engineering manager's trial: the attempt told with its effort is as much a hedge as "tried to".
  ['an attempt, "tried my best to"', 'I tried my best to get the telcos to respond.', 'tried my best to'],
  ['an attempt, "made efforts to"', 'I made efforts to align the three telcos on a new date.', 'made efforts to'],
  ['an attempt, "made every effort to"', 'I made every effort to get the vendor to commit to a date.', 'made every effort to'],
  ['an attempt, "put in efforts to"', 'I put in a lot of efforts to get the banks on one call.', 'put in a lot of efforts to'],
  // The attempt itself is still a hedge after a choice told with "rather than".
  ['an attempt after a choice', 'I chose the managed queue rather than Kafka and tried to move the jobs in a week.', 'tried to'],
  ['an opinion', 'I think the new flow fixed most of the drop-off.', 'I think'],
  ['a belief', 'I believe the rollout is why tickets fell.', 'I believe'],
  ['not sure', "I'm not sure the freeze was what helped.", "I'm not sure"],
  ['a softener', 'I sort of negotiated the budget with the platform org as we went.', 'sort of'],
  ['"kind of" as a softener', 'I kind of ran both providers side by side for a while.', 'kind of'],
  ['probably', 'Latency probably dropped because of the new cache.', 'probably'],
  ['an attempt', 'I tried to get every team to commit to a cut-over date.', 'tried to'],
  ['an attempt after "and"', 'I mapped every reader and tried to get each team to commit.', 'tried to'],
  ['an attempt in a bullet', '- Tried to get legal sign-off early.', 'Tried to'],
  ['"helped with"', 'I helped with the testing and wrote the cut-over checklist.', 'helped with'],
  ['"was involved in"', 'I was involved in the design review for masking in the warehouse.', 'was involved in'],
  ['"contributed to"', 'I contributed to the migration plan for the payments team.', 'contributed to'],
  ['a deferral to a recommendation', "We went with engineering's recommendation on the schema.", "went with engineering's recommendation"],
  ['a deferral to a person', "In the end I deferred to my manager's judgement on the date.", "deferred to my manager's judgement"],
  ['unclear data', "The data wasn't clear, so I waited another sprint.", "The data wasn't clear"],
  ['"seemed to"', 'The new cache seemed to fix the morning slowdown.', 'seemed to'],
  ['leaving the call to others', 'I left the decision to the architects.', 'left the decision to'],
  // A review: a deferral to my own manager is still one.
  ["following my manager's advice", "I followed my manager's advice and delayed the launch.", "followed my manager's advice"],
  ['taking their proposal as it stood', "I took engineering's proposal and shipped it.", "took engineering's proposal"],
  // A fourteenth user's trial's look-alikes, still hedges: the candidate's own call, and a point that is not someone's.
  ['"I think I was right"', 'I think I was right to hold the launch.', 'I think'],
  ['"I think the plan was right"', 'I think the plan was right for the stores.', 'I think'],
  // A review: a day or a month is no one granted a point; "the right call" is the candidate's own.
  ['"I think Monday was the right call"', 'I think Monday was the right call for the cutover.', 'I think'],
  ['"I believe March was a fair date"', 'I believe March was a fair date for the go-live.', 'I believe'],
  // A twenty-third user's trial (Indian English): "did the needful" (did what was needed) says nothing of what was done.
  ['"I did the needful"', 'I did the needful on weekends to close out the bugs, and I preponed the release by a week.', 'did the needful'],
  ['"did the needful" in a bullet', '- Did the needful with the App Store review team.', 'Did the needful'],
  ['"did the needful" after "and"', 'I triaged the crash reports and did the needful before the sale.', 'did the needful'],
  ['"we did the needful"', 'We did the needful over two weekends.', 'did the needful'],
  ['"had done the needful"', 'By Friday I had done the needful for the payments SDK.', 'done the needful'],
  // tune37 (dev round 37): "helped" or "assisted" with whom between, then "with".
  ['"helped the IT department with"', 'I also helped the IT department with the network links to the huts.', 'helped the IT department with'],
  ['"assisted Dana with"', 'I assisted Dana with the cut-over plan for the depots.', 'assisted Dana with'],
  ['"helped them out with"', 'I helped them out with the acceptance tests.', 'helped them out with'],
  ['a bullet, "Helped the clerks with"', '- Helped the clerks with the first week of tickets.', 'Helped the clerks with'],
  // misc38: a function helped, by its bare name (dev round 38 r38-b-raw-archive-cold-storage); and the help still the
  // candidate's where an adverb, not a thing they made, stands before it.
  ['"helped finance with"', 'I also helped finance with the per-customer cost allocation.', 'helped finance with'],
  ['"helped legal with" in a bullet', '- Helped legal with the contract review.', 'Helped legal with'],
  ['"I also helped the clerks with" after a time', 'The first week I also helped the clerks with the tickets.', 'helped the clerks with'],
  ['help opening a sentence, no brief', 'Helping the team with the cutover was hard, so I wrote the plan.', 'Helping the team with'],
  // A thirty-fourth user's trial (Irish English): "I'd say" as it is written, the "'d" on the "I", and its kin.
  ['"I\'d say"', "I'd say I kind of drove the whole thing.", "I'd say"],
  ['"I’d say" with a curly apostrophe', 'I’d say the freeze was what fixed it.', 'I’d say'],
  ['"I would say"', 'I would say the new runbook cut most of the pages.', 'I would say'],
  ['"I\'d guess"', "I'd guess the cache did most of it.", "I'd guess"],
  ['"I\'d argue" in a bullet', "- I'd argue the canary saved the launch.", "I'd argue"],
  // …and an attempt still a hedge where its end is not told, or told only of the candidate's own side, or in the next
  // sentence.
  ['an attempt with no end told', 'I tried to get them to commit to an SLA on purges.', 'tried to'],
  ['an attempt stopped by our own side', 'I tried to get them to commit to an SLA on purges, but we ran out of time.', 'tried to'],
  ['an attempt with "but I"', 'I tried to get the vendor to commit, but I could not get a meeting.', 'tried to'],
  // (…nor a refusal or a failure told in the next sentence, nor a call of the candidate's side.)
  ['an attempt refused in the next sentence', 'I tried to get them to commit to an SLA. They refused.', 'tried to'],
  ['an attempt that did not work', 'I tried to fix the build. It did not work.', 'tried to'],
  ['an attempt ended by a call of our own side', 'I tried to keep the date. We decided to slip a week.', 'tried to'],
  ['an attempt ended by a call the candidate made with them', 'I tried to convince Markus to keep the old price. He and I decided to wait.', 'tried to'],
  ['an attempt ended by the candidate\'s own call', 'I tried to convince Markus to keep the old price. Then I decided to escalate.', 'tried to'],
  ['an attempt ended by the team\'s call', 'I tried to get the team to commit, and the team decided to wait.', 'tried to'],
  // (…nor the candidate's own call told with its subject left out, nor a call nobody made: a review's finding.)
  ['an attempt ended by "and then decided"', 'I tried to get the vendor to fix it, and then decided to wait.', 'tried to'],
  ['an attempt ended by "but eventually decided"', 'I tried to fix the bug, but eventually decided to roll back.', 'tried to'],
  ['an attempt ended by "and finally decided"', 'I tried to fix the bug for two days and finally decided to roll back.', 'tried to'],
  ['an attempt with "Nobody decided"', 'I tried to reproduce the bug. Nobody decided anything.', 'tried to'],
  ['an attempt with "No one decided"', 'I tried to reproduce the bug. No one decided to roll back.', 'tried to'],
  ['an attempt with "It was never decided"', 'I tried to reproduce the bug. It was never decided.', 'tried to'],
  ['an attempt answered two sentences on', 'I tried to get them to commit to an SLA. I wrote to them twice. They would only agree to a monthly report.', 'tried to'],
  // A new user's trial: a part told of the team alone is the team's; the candidate's own, or with the team, is still a hedge.
  ['"I was involved in"', 'I was involved in the decision.', 'was involved in'],
  ['"we were involved in"', 'We were involved in the decision.', 'were involved in'],
  ['"my team and I were involved in"', 'My team and I were involved in the decision.', 'were involved in'],
  // "Me" in a subject of two says "I" as "My team and I" does.
  ['"Me and my team helped with"', 'Me and my team helped with the migration.', 'helped with'],
  ['"My manager and me helped with"', 'My manager and me helped with the migration.', 'helped with'],
  ['"me and my team helped with" after a phrase of time', 'In March, me and my team helped with the migration.', 'helped with'],
  ['"Me and Priya tried to"', 'Me and Priya tried to fix the sync.', 'tried to'],
  ['"the team and I helped with"', 'The team and I helped with the cutover.', 'helped with'],
  // (A flat refusal says nothing of what the candidate did then, as dev/r28-pos-agent-float-topup-a's label has it.)
  ['an attempt refused outright', 'I also tried to get the bank to raise the credit line, but their risk team refused.', 'tried to'],
  // A user's trial's look-alikes: the candidate's own attempt and help, where someone else's is near.
  ['"I was the one who tried to"', 'I was the one who tried to get a date from the vendor.', 'tried to'],
  ['"we, who tried to"', 'In the end it was us who tried to get the vendor to commit.', 'tried to'],
  ['"My team, which tried to"', 'My team, which tried to ship in May, missed the date.', 'tried to'],
  ['time spent "trying to"', 'I spent two weeks trying to get a date from the vendor.', 'trying to'],
  ['a month spent "trying to"', 'I spent all of March trying to get the contract signed.', 'trying to'],
  ['a weekend spent "trying to"', 'Customers kept calling, so I spent the weekend trying to fix the login.', 'trying to'],
  ['"kept trying to"', 'I kept trying to reach the vendor.', 'trying to'],
  ['"tried to" after a relative clause ends', 'I met the customers who complained, and tried to win them back.', 'tried to'],
  ['"we tried to"', 'We tried to get each team to commit.', 'tried to'],
  ['"helped with" the candidate\'s, a relative clause after it', 'I helped with the vendor who supplied the scanners.', 'helped with'],
  ['beside someone named, "trying to" may be the candidate\'s too', 'I sat with Priya trying to reproduce it.', 'trying to'],
];

/** Sentences that must not be flagged. */
const valid: [label: string, sentence: string][] = [
  // Efforts as a noun, or another's: no attempt of the candidate's.
  ['efforts as a noun', 'I led the efforts to align the three telcos on a new date.'],
  ['an effort made by a vendor', 'The vendor made efforts to respond, and I set the date with Ada Obi.'],
  ['an effort that ended in its result', 'I cut the efforts to a week by reusing the test plan.'],
  // A sixth user's trial: the option set aside is no hedge.
  ['"rather than trying to"', 'I chose to build one golden path rather than trying to support every variation.'],
  ['"instead of trying to"', 'I rebuilt the index instead of trying to patch it in place.'],
  ['a hedge inside quoted speech', 'Marco said, "I think we can sort of fake a kill switch," and I asked for a day to check.'],
  // A fourteenth user's trial: a point granted to someone else is no hedge of the candidate's part.
  ['"I think he was partly right"', 'Sam Patel disagreed. I think he was partly right, so I showed him the volume data.'],
  ['"I believe Priya had a fair point"', 'I believe Priya had a fair point about the cut-off, and I moved it.'],
  ['someone else trying', 'The vendor tried to push the date, so I escalated to their VP of customer success.'],
  ['customers trying', 'Three customers had tried to cancel, so I called each one myself.'],
  ['"kind of" as a noun', 'I asked each analyst what kind of data they needed fresh.'],
  ['"a sort of" as a noun', 'It was a sort of shadow launch: I ran both paths for a week.'],
  ['"helped" with an object, not "helped with"', "I lent two engineers to Priya's team, which helped them ship in May."],
  ['deferring work to a date, not to a person', 'I deferred the archive tables to the next fiscal year.'],
  ['taking the lead', 'I took the lead on the vendor negotiation myself.'],
  ['following up with a lead', 'I followed up with the lead of each team every Friday.'],
  ['data that was clear', 'The data showed that 35% of reserved hours sat idle.'],
  ['"attempts" as a noun', 'Two attempts to fix it had stalled before I joined, so I wrote one plan.'],
  // An eighth user's trial: a proposal taken to someone is presented, not deferred to.
  ['a proposal taken to the CIO', 'I took the proposal to the CIO and the Chief Risk Officer myself.'],
  ['my own proposal', 'I took my proposal to the steering committee.'],
  ['a plain decision', 'I chose the vendor with weaker tracing because its pricing let us keep logs for 30 days.'],
  // "did the needful" that is not the candidate's own part, or "needful" not in the idiom.
  ['"do the needful" in quoted speech', 'My manager wrote, "Please do the needful by Friday," so I fixed the 14 crash bugs that week.'],
  ['someone else did the needful', 'The vendor did the needful on their side, and I fixed the 14 crash bugs by Friday.'],
  ['asking someone to do the needful', 'I asked Ravi Kumar to do the needful on the certificates and fixed the 14 crash bugs myself.'],
  ['"needful" not in the idiom', 'I cut every step that was not needful and fixed the 14 crash bugs by Friday.'],
  ['saying what was done', 'I worked on weekends to fix the 14 crash bugs, and I preponed the release by a week.'],
  // tune37's neighbours: help with no one helped, someone else's help, and help asked of another.
  ['"helped cut costs with"', 'I moved the stockpile, which helped cut costs with no new kit.'],
  ['a tool that helped a team', 'The new connector helped the finance team with the month-end close.'],
  ['help asked of someone else', 'I asked Dana to help the IT department with the network links.'],
  ['a list helped, not "with"', 'I wrote the runbook that helped the clerks and the drivers through the first week.'],
  // misc38 (a review's finding): a thing the candidate made that helped, and help named as the brief, are no hedge.
  ['a runbook I wrote helped', 'The runbook I wrote helped the on-call engineers with 14 incidents.'],
  ['a script we had built helped', 'The script that we had built helped them with the backlog.'],
  ['a dashboard we set up helped', 'The dashboard we set up helped the finance team with the close.'],
  ['help named as the brief', 'Help the team with the cutover was my brief.'],
  ['helping named as the job', 'Helping sales with the bids was the job I was hired for.'],
  ['"finance" not helped', 'I helped cut finance costs with a new flow.'],
  // A thirty-fourth user's trial: a word the candidate would say, told, is no opinion.
  ['"I\'d say no" told', "I told the vendor I'd say no to any new scope, and I did."],
  ['"what I\'d say"', "I wrote down what I'd say to the board and rehearsed it with Niamh."],
  ['"I\'d say to"', "I agreed with Niamh what I'd tell the board, and I'd say to each lead the same."],
  // …and an attempt whose end the sentence tells, the other side's answer after "but", is no hedge: what stopped the
  // candidate is said.
  ['an attempt the other side limited', 'I tried to get them to commit to an SLA on purges, but they would only agree to a monthly report.'],
  ['an attempt the vendor met part way', 'I tried to get the CDN to cap purge times at a minute, but the vendor only committed to five.'],
  ['an attempt approved in part, in the end', 'I tried to move all four regions in May, but in the end legal only approved it for Ireland.'],
  ['an attempt a named partner answered instead', "I tried to get a 99.9% SLA, but Fastly's account team offered 99.5% with service credits instead."],
  // …or in the next sentence, right after it.
  ['an attempt answered in the next sentence', 'I tried to get them to commit to an SLA. They would only agree to a monthly report.'],
  // A new user's trial: an attempt ended by another's call, which says what came of it.
  ['the trial: another\'s decision in the next sentence', 'I tried to convince Markus Weber to keep the old price for existing customers. He listened but decided for all customers.'],
  ['another\'s decision after "but"', 'I tried to get a staged ramp, but the CFO decided to launch to everyone.'],
  ['the board\'s choice after a semicolon', 'I tried to keep the pilot small; in the end the board chose the full rollout.'],
  ['the candidate\'s manager\'s call', 'I tried to convince Markus. My manager decided to wait.'],
  // A new user's trial: a part told of the team alone is the team's, not the candidate's shrunk.
  ['the trial: "the team was involved in"', 'The team was involved in the decision.'],
  ['"my team was involved in"', 'My team was involved in the cutover.'],
  // …but not "me" as someone's object, with the team's own clause after it.
  ['"me" an object, then the team helped', 'They asked me and my team helped with the migration.'],
  ['"thanked me", then the team helped', 'Priya thanked me and my team helped with the cutover.'],
  ['"the team took part in"', 'The team took part in the review.'],
  ['"our team contributed to"', 'Our team contributed to the launch plan.'],
  ['"my team, which was involved in"', 'My team, which was involved in the design, shipped it.'],
  // A user's trial: someone else's attempt or help, told in a relative clause or by a participle after who it is, is not
  // the candidate hedging.
  ['customers "who tried to"', 'About 62% of the customers who tried to log in during the outage got in by email passcode.'],
  ['customers "trying to"', 'I sent updates for customers trying to log in.'],
  ['the attacker "who tried to"', 'I blocked the attacker, who tried to reuse the tokens.'],
  ['users "that tried to"', 'I called the 40 users that tried to pay twice.'],
  ['riders "attempting to"', 'I put a queue in front of the riders attempting to book at peak.'],
  ['someone named "who helped with"', 'I paired with Priya, who helped with the load tests.'],
  ['vendor engineers "helping with"', 'Two vendor engineers helping with the cutover sat with us, and I ran the plan.'],
  ['bugs "contributing to"', 'I traced three bugs contributing to the outage and fixed each one.'],
  ['the vendor "who was involved in"', 'I met the vendor, who was involved in the original build, and rewrote the spec.'],
  ['a runbook "which helped with"', 'I rewrote the runbook, which helped with onboarding.'],
];

describe('hedging', () => {
  // A review: each "tried to" read the rest of the text for what came of it, so a line of 20,000 with no full stop took
  // 25 s; each now reads its next 400 characters. (Its time is npm run bench's; a return to it would hang this test.)
  it('reads forty thousand "I tried to fix it," in a line at once, each a hedge', () => {
    expect(runRule(rule, { action: 'I tried to fix it, '.repeat(40_000) })).toHaveLength(40_000);
  });

  it.each(invalid)('flags %s in the action', (_label, sentence, phrase) => {
    const reports = runRule(rule, { action: sentence });
    expect(reports.map((r) => r.message.match(/^"([^"]*)"/)?.[1])).toContain(phrase);
    const report = reports.find((r) => r.message.startsWith(`"${phrase}"`))!;
    expect(report.field).toBe('action');
    expect(sentence.slice(report.index!, report.index! + phrase.length)).toBe(phrase);
  });

  it.each(valid)('accepts %s', (_label, sentence) => {
    expect(runRule(rule, { action: sentence, result: sentence })).toEqual([]);
  });

  it('checks the result too, and leaves the situation, task and trade-off alone', () => {
    const hedge = 'I think it sort of worked.';
    expect(runRule(rule, { result: hedge }).map((r) => r.field)).toEqual(['result', 'result']);
    expect(runRule(rule, { situation: hedge, task: hedge, tradeoff: hedge, learned: hedge })).toEqual([]);
  });

  it('says how to fix each kind of hedge', () => {
    const messages = runRule(rule, { action: 'I tried to fix it. I helped with the plan. I did the needful. We went with their recommendation.' }).map((r) => r.message);
    expect(messages).toEqual([
      expect.stringContaining('Say what you did and what came of it'),
      expect.stringContaining('Say what your own part was'),
      '"did the needful" says nothing of what you did. Say what you did: "I fixed the 14 crash bugs …", "I ran …".',
      expect.stringContaining('Own the call'),
    ]);
  });

  it('is a warning by default, reported where the phrase stands', () => {
    const result = lintText('title: t\naction: >-\n  I mapped the readers and\n  tried to get a date.\n', 'stories/s.yaml', {
      rules: new Map(only().rules).set('hedging', { severity: 'warn', options: undefined }),
    });
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'hedging', severity: 1, line: 4, column: 3 })]);
    expect(rule.meta.defaultSeverity).toBe('warn');
  });

  // A hedge split across a line a `|` block keeps is found, reported where it starts and quoted on one line.
  it.each([
    ['"tried" and "to" on two lines', 'title: t\naction: |\n  I mapped the readers and I tried\n  to convince Legal to sign off early.\n', 3, 30, '"tried to" sounds unsure of your part.'],
    ['the second line indented further', 'title: t\naction: |\n  I tried\n      to convince Legal.\n', 3, 5, '"tried to" sounds unsure of your part.'],
    ['blanks before the break', 'title: t\naction: |\n  I tried  \t \n  to convince Legal.\n', 3, 5, '"tried to" sounds unsure of your part.'],
    ['"helped" and "with" on two lines', 'title: t\nresult: |\n  In the end I helped\n  with the cutover.\n', 3, 16, '"helped with" sounds unsure of your part.'],
  ])('flags a hedge across a line break: %s', (_label, yaml, line, column, start) => {
    const result = lintText(yaml, 'stories/s.yaml', { rules: new Map(only().rules).set('hedging', { severity: 'warn', options: undefined }) });
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'hedging', line, column, message: expect.stringMatching(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)) })]);
  });

  it.each([
    ['a new bullet after the break', 'title: t\naction: |\n  - I tried\n  - To the vendor: two options.\n'],
    ['a blank line after the break', 'title: t\naction: |\n  I tried\n\n  to the end, the plan held.\n'],
  ])('reads a line that starts anew as its own: %s', (_label, yaml) => {
    const result = lintText(yaml, 'stories/s.yaml', { rules: new Map(only().rules).set('hedging', { severity: 'warn', options: undefined }) });
    expect(result.messages).toEqual([]);
  });
});
