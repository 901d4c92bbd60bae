import { describe, expect, it } from 'vitest';
import { scorePrinciples } from '../../src/principles/infer.js';

// Wider signals for customer obsession, earn trust, have backbone, are right a lot, hire and develop the
// best and Earth's best employer: wordings real candidates use that the first patterns missed, and
// look-alike sentences that must not count.
const scoreOf = (action: string, id: string) => scorePrinciples({ title: 't', action }).find((s) => s.id === id)?.score ?? 0;
const labelsOf = (action: string, id: string) => scorePrinciples({ title: 't', action }).find((s) => s.id === id)?.evidence.map((e) => e.label) ?? [];

describe('widened signals (g2)', () => {
  it.each([
    ['customer-obsession', 'I listened to 150 recorded calls from the help line before writing the spec.', 'went to customers directly'],
    ['customer-obsession', 'I shadowed the warehouse pickers for a week.', 'went to customers directly'],
    ['customer-obsession', 'We ran usability sessions with eleven tenants before the redesign.', 'went to customers directly'],
    ['customer-obsession', 'I spent two night shifts at the depot and watched how the loaders scanned parcels.', 'went to customers directly'],
    ['customer-obsession', 'I ran a three-week beta with 60 learners on the mobile app.', 'went to customers directly'],
    ['customer-obsession', "I told the director I'd rather slip a week than send patients a form they could not read.", 'made a trade-off for customers'],
    ['customer-obsession', 'We rebooked every stranded guest at our own cost.', 'made a trade-off for customers'],

    ['earn-trust', 'That oversight was mine, and I said so in the review.', 'owned a mistake openly'],
    ['earn-trust', 'I later found my capacity estimates were wrong by a factor of two.', 'owned a mistake openly'],
    ['earn-trust', 'Looking back, that was the wrong call.', 'owned a mistake openly'],
    ['earn-trust', 'I never tested the failover path before go-live.', 'named their own misstep'],
    ['earn-trust', "I should have checked the vendor's release notes.", 'named their own misstep'],
    ['earn-trust', 'I skipped the load test to save a day.', 'named their own misstep'],
    ['earn-trust', "I rang the plant's operations lead that same morning to explain what had gone wrong.", 'shared bad news candidly'],
    ['earn-trust', 'I informed the CFO myself.', 'shared bad news candidly'],

    ['have-backbone-disagree-and-commit', 'The COO wanted everything shipped in one release; I said no and split it in two.', 'held a position against what a stakeholder wanted'],
    ['have-backbone-disagree-and-commit', 'I turned down a request from the sales VP to skip the pilot.', 'held a position against what a stakeholder wanted'],
    ['have-backbone-disagree-and-commit', 'I pushed back when finance asked for a two-week freeze.', 'held a position against what a stakeholder wanted'],
    ['have-backbone-disagree-and-commit', "I made the call over the design lead's objection.", 'held a position against what a stakeholder wanted'],
    ['have-backbone-disagree-and-commit', "I told the GM that I'd rather launch two markets well than five badly.", 'disagreed or pushed back'],
    ['have-backbone-disagree-and-commit', 'I declined, because a single vendor was still a single point of failure.', 'disagreed or pushed back'],
    ['have-backbone-disagree-and-commit', 'I walked her through the incident history until she agreed to keep the canary stage.', 'made a written or data-backed case'],

    ['are-right-a-lot', 'I ran her proposal through the capacity model with her before deciding.', 'sought out dissenting views'],
    ['are-right-a-lot', "I tested his objection against last year's data.", 'sought out dissenting views'],
    ['are-right-a-lot', 'We kept a control group of stores on the old process.', 'tested the call before committing'],
    ['are-right-a-lot', 'I replayed six months of orders against three candidate rules.', 'tested the call before committing'],
    ['are-right-a-lot', 'I piloted the new schedule on one line before committing to it.', 'tested the call before committing'],
    ['are-right-a-lot', 'My recommendation to the board was the smaller rollout.', 'made a judgment call'],
    ['are-right-a-lot', 'I shortlisted two vendors for a field trial.', 'weighed alternatives'],

    ['hire-and-develop-the-best', 'I trained 12 interviewers on the new rubric.', 'raised the bar in the hiring loop'],
    ['hire-and-develop-the-best', 'Every candidate got a calibrated debrief.', 'raised the bar in the hiring loop'],
    ['hire-and-develop-the-best', 'We hire for slope, and I wrote that into the loop.', 'raised the bar in the hiring loop'],
    ['hire-and-develop-the-best', 'I held the bar on every hire, even when the team was short-staffed.', 'raised the bar in the hiring loop'],
    ['hire-and-develop-the-best', 'Offer acceptance rose from 50% to 80%.', 'hired or built a team'],
    ['hire-and-develop-the-best', 'I redesigned the graduate programme with recruiting.', 'hired or built a team'],
    ['hire-and-develop-the-best', 'I set up buddy training for senior engineers.', "invested in someone's growth"],

    ['strive-to-be-earths-best-employer', 'Two engineers asked to leave the rota last spring.', 'reduced on-call or after-hours load'],
    ['strive-to-be-earths-best-employer', 'I set up a fairer on-call rota with a swap limit.', 'reduced on-call or after-hours load'],
    ['strive-to-be-earths-best-employer', 'Fewer pages reached the night shift after the change.', 'reduced on-call or after-hours load'],
    ['strive-to-be-earths-best-employer', 'We ran a staff survey before choosing the new office layout.', 'asked people what they needed'],
    ['strive-to-be-earths-best-employer', 'I let every engineer choose their new team.', 'asked people what they needed'],
    ['strive-to-be-earths-best-employer', 'I added a hardship exception for people with caring duties.', "supported an individual employee's needs"],
    ['strive-to-be-earths-best-employer', 'We installed accessible desks on every floor.', 'made the workplace safer or more inclusive'],
  ])('%s: %j', (id, action, label) => {
    expect(labelsOf(action, id)).toContain(label);
  });

  it.each([
    ['customer-obsession', 'The new model was shadowing production traffic for two weeks.'],
    ['customer-obsession', 'I sat with the CFO to agree the budget.'],
    ['customer-obsession', 'We spent two days on the root cause and saw that the cache was stale.'],
    ['customer-obsession', 'The pilot with 12 engineers went well.'],
    ['customer-obsession', "I'd rather cut scope than slip the date."],
    ['customer-obsession', 'We refunded the vendor deposit from our own budget.'],
    ['customer-obsession', 'I interviewed 14 candidates for the role.'],

    ['earn-trust', 'The call was mine as the launch owner.'],
    ['earn-trust', 'The delay was caused by the vendor.'],
    ['earn-trust', 'We tested the failover path twice before go-live.'],
    ['earn-trust', 'My director was wrong about the date, and I showed her the data.'],
    ['earn-trust', 'I briefed every store manager myself before launch.'],
    ['earn-trust', 'The team informed me that the new build was ready.'],
    ['earn-trust', 'I should have the numbers by Friday.'],

    ['have-backbone-disagree-and-commit', 'The vendor pushed back the delivery date by a month.'],
    ['have-backbone-disagree-and-commit', 'She wanted a weekly report, so I set one up.'],
    ['have-backbone-disagree-and-commit', 'I said nothing in the meeting.'],
    ['have-backbone-disagree-and-commit', 'We declined to renew the old contract.'],
    ['have-backbone-disagree-and-commit', 'He agreed after the demo.'],
    ['have-backbone-disagree-and-commit', 'I kept the team informed when the CTO asked for updates.'],
    ['have-backbone-disagree-and-commit', 'Over the holidays the objections died down.'],

    ['are-right-a-lot', 'We ran a controlled burn test on the battery pack.'],
    ['are-right-a-lot', 'I checked the figures before sending the report.'],
    ['are-right-a-lot', 'The recommendation engine was retrained.'],
    ['are-right-a-lot', 'I ran the numbers through the forecast model.'],
    ['are-right-a-lot', 'The group of stores kept the old process.'],
    ['are-right-a-lot', 'I replayed the incident timeline for the team.'],

    ['hire-and-develop-the-best', 'We held the line on scope.'],
    ['hire-and-develop-the-best', "The interviewers' calendars were full."],
    ['hire-and-develop-the-best', 'I raised the bar for code review coverage.'],
    ['hire-and-develop-the-best', 'The assessment found three gaps in the design.'],
    ['hire-and-develop-the-best', 'We trained the model on 6,000 images.'],
    ['hire-and-develop-the-best', 'I calibrated the sensors against reference loggers.'],

    ['strive-to-be-earths-best-employer', 'Fraud alerts fell by a third.'],
    ['strive-to-be-earths-best-employer', 'The customer survey showed a rise in satisfaction.'],
    ['strive-to-be-earths-best-employer', 'We left the rotation schedule unchanged.'],
    ['strive-to-be-earths-best-employer', 'Customer retention improved by 4 points.'],
    ['strive-to-be-earths-best-employer', 'Weekly on-call handover stayed the same.'],
    ['strive-to-be-earths-best-employer', 'We let the contract lapse.'],
  ])('%s: not from %j', (id, action) => {
    expect(scoreOf(action, id)).toBe(0);
  });
});
