import { describe, expect, it } from 'vitest';
import { scorePrinciples } from '../../src/principles/infer.js';

// Second pass on ownership, earn trust, bias for action, are right a lot and Earth's best employer: wordings
// real candidates use that the earlier patterns missed, and look-alike sentences (narrative time markers, other
// people's mistakes, web pages) that must not count.
const scoreOf = (action: string, id: string) => scorePrinciples({ title: 't', action }).find((s) => s.id === id)?.score ?? 0;
const labelsOf = (action: string, id: string) => scorePrinciples({ title: 't', action }).find((s) => s.id === id)?.evidence.map((e) => e.label) ?? [];

describe('widened signals (h2)', () => {
  it.each([
    ['ownership', 'The miss was my sign-off, and I said so in the review.', 'owned their mistake'],
    ['ownership', 'Honestly, the root gap sat with our team, not the vendor.', 'owned their mistake'],
    ['ownership', 'My capacity sizing was wrong by half.', 'owned their mistake'],
    ['ownership', 'I missed our launch date by two weeks.', 'owned their mistake'],
    ['ownership', 'I wrote every status update to the partners myself.', 'saw it through personally'],
    ['ownership', 'I held a daily call with the supplier until the backlog cleared.', 'saw it through personally'],
    ['ownership', 'I ran the incident review myself.', 'saw it through personally'],
    ['ownership', 'Owned the recovery across four teams.', 'said they owned it'],
    ['ownership', 'As the accountable lead, I set the order of work.', 'said they owned it'],

    ['earn-trust', 'I did not look at the usage data before the renewal.', 'named their own misstep'],
    ['earn-trust', 'I logged her concern for phase two instead of testing it.', 'named their own misstep'],
    ['earn-trust', 'I signed off after checking the new rows but not the old ones.', 'named their own misstep'],
    ['earn-trust', 'I reported the slip to the steering group that week.', 'shared bad news candidly'],
    ['earn-trust', 'I flagged the shortfall to my director in writing.', 'shared bad news candidly'],
    ['earn-trust', 'At the review I told the CFO and the head of operations, our sponsor, that the go-live date was gone.', 'shared bad news candidly'],

    ['bias-for-action', 'I could have waited for the full test pass, but I shipped the fix to half the stores.', 'did not wait for certainty'],
    ['bias-for-action', 'I launched the Dutch site rather than hold both markets.', 'did not wait for certainty'],
    ['bias-for-action', 'I took the smaller patch and left the refactor for the next quarter.', 'shipped early, traded polish for speed'],
    ['bias-for-action', 'Buying the hosted tool saved us four months.', 'shipped early, traded polish for speed'],
    ['bias-for-action', 'I judged the migration risk acceptable and went ahead.', 'took a calculated risk'],
    ['bias-for-action', 'We chose to skip the usual 10% holdback for the sale.', 'took a calculated risk'],
    ['bias-for-action', 'I waived the usual design review for the hotfix.', 'took a calculated risk'],
    ['bias-for-action', 'In the first hour I switched traffic to the backup provider.', 'moved within hours or days'],

    ['are-right-a-lot', 'I judged that the cheaper vendor would hold up under peak load.', 'made a judgment call'],
    ['are-right-a-lot', 'In hindsight the key call was splitting the migration by region.', 'made a judgment call'],
    ['are-right-a-lot', 'The hard call was leaving Marine on the old system.', 'made a judgment call'],
    ['are-right-a-lot', 'We compared both vendors on real invoices before choosing one.', 'tested the call before committing'],
    ['are-right-a-lot', 'I ran the two pricing models side by side for a month before recommending one.', 'tested the call before committing'],
    ['are-right-a-lot', "I tested the new threshold on last quarter's data before I committed to it.", 'tested the call before committing'],

    ['strive-to-be-earths-best-employer', 'We ended the weekend deployments for the payments team.', "protected the team's time"],
    ['strive-to-be-earths-best-employer', 'I stopped the late-night cutovers after the second outage.', "protected the team's time"],
    ['strive-to-be-earths-best-employer', 'I interviewed twelve recent leavers to find out why they went.', 'asked people what they needed'],
    ['strive-to-be-earths-best-employer', 'I met the leavers from the night shift one by one.', 'asked people what they needed'],
    ['strive-to-be-earths-best-employer', 'We agreed a phased return to work for an engineer after surgery.', "supported an individual employee's needs"],
    ['strive-to-be-earths-best-employer', 'I arranged reasonable adjustments for a developer with dyslexia.', "supported an individual employee's needs"],
    ['strive-to-be-earths-best-employer', 'Lost-time injuries at the depot halved in a year.', 'made the workplace safer or more inclusive'],
  ])('%s: %j', (id, action, label) => {
    expect(labelsOf(action, id)).toContain(label);
  });

  it.each([
    ['ownership', "The miss was caught by the vendor's QA team."],
    ['ownership', "The problem lay with the carrier's routing table."],
    ['ownership', 'Her estimate was wrong by a week, and she flagged it early.'],
    ['ownership', 'The courier missed the delivery date twice.'],
    ['ownership', 'Daily stand-ups ran from March until June.'],
    ['ownership', 'The platform team owns the billing migration.'],

    ['earn-trust', 'The vendor did not look at the logs until Monday.'],
    ['earn-trust', 'We tested it instead of guessing.'],
    ['earn-trust', 'The report lists the gap to target by region.'],
    ['earn-trust', 'After checking the logs, we found nothing but noise.'],
    ['earn-trust', 'The team raised the budget to cover the extra licences.'],
    ['earn-trust', 'Her date was gone from the calendar after the reorg.'],

    ['bias-for-action', 'Support logged 900 tickets that day.'],
    ['bias-for-action', 'I told my director the same afternoon.'],
    ['bias-for-action', 'The release sat behind a feature flag for a month.'],
    ['bias-for-action', "We waited for the vendor's fix before the rollout."],
    ['bias-for-action', 'The report saved the analysts two hours a week.'],
    ['bias-for-action', 'The auditors judged the control effective.'],

    ['are-right-a-lot', 'The judges scored the hackathon entries.'],
    ['are-right-a-lot', 'We ran the load test before the cutover.'],
    ['are-right-a-lot', 'I compared notes with the vendor before lunch.'],
    ['are-right-a-lot', 'He made a call to the supplier every morning.'],
    ['are-right-a-lot', 'The panel judged the pilot a success.'],
    ['are-right-a-lot', 'The hard part was the data migration.'],

    ['strive-to-be-earths-best-employer', 'Views of the help pages fell by a third.'],
    ['strive-to-be-earths-best-employer', 'The report pages dropped from 40 to 12 after the cleanup.'],
    ['strive-to-be-earths-best-employer', 'Customer retention after twelve months rose to 80%.'],
    ['strive-to-be-earths-best-employer', 'We interviewed the shortlisted vendors.'],
    ['strive-to-be-earths-best-employer', 'Return to the office was planned for March.'],
    ['strive-to-be-earths-best-employer', 'The near miss on production DNS led to a new pipeline.'],
  ])('%s not from %j', (id, action) => {
    expect(scoreOf(action, id)).toBe(0);
  });
});
