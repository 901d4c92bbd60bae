/**
 * vague-outcome: result clichés that no number backs up. A number in the cliché's own clause, or right
 * after it in the same sentence, backs it; a number in another clause backs the other claim.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/vague-outcome.js';
import { lintText, only, runRule } from '../../helpers.js';

/** Results with clichés, and the phrases reported. */
const invalid: [label: string, result: string, phrases: string[]][] = [
  // A Lagos engineering manager's trial: brought to its floor, with no number, as vague as "reduced drastically".
  ['"reduced to the barest minimum"', 'Complaints were reduced to the barest minimum after the launch.', ['reduced to the barest minimum']],
  ['"kept … to an absolute minimum"', 'We kept downtime to an absolute minimum during the cut-over.', ['kept downtime to an absolute minimum']],
  ['"much more stable"', 'After the upgrade the cluster is much more stable now.', ['much more stable']],
  ['viewers barely noticing', 'Viewers barely noticed the change, and the queue has stayed quiet since launch.', ['Viewers barely noticed']],
  ['on time, and everyone happy', 'The migration was delivered on time and everyone was happy with the new provider.', ['on time', 'everyone was happy']],
  ['a big success', 'The launch was a big success.', ['was a big success']],
  ['"went down really well"', 'The new flow went down really well with the store teams.', ['went down really well']],
  ['an improved customer experience', 'It really improved the customer experience.', ['improved the customer experience']],
  ['a customer experience that improved significantly', 'The export became reliable again and the customer experience improved significantly.', ['customer experience improved', 'improved significantly']],
  ['a happy leadership', '- Leadership was happy with the follow-up.', ['Leadership was happy']],
  ['a number in another clause', 'Conversion rose 4%, and the launch was a big success.', ['was a big success']],
  ['a number after a semicolon', 'The release shipped on schedule; errors fell 40% the month after.', ['on schedule']],
  ['successful, and pleased sellers', 'The pilot was successful and the sellers were pleased.', ['successful', 'the sellers were pleased']],
  ['on time and under budget', 'Delivered on time and under budget.', ['on time and under budget']],
  ['smoothly, with great feedback', 'The rollout went smoothly and we got great feedback.', ['went smoothly', 'great feedback']],
  ['much faster', 'Pages load much faster now.', ['much faster']],
  ['exceeded expectations', 'We exceeded expectations on the migration.', ['exceeded expectations']],
  ['improved collaboration', 'The new rituals improved collaboration across the three teams.', ['improved collaboration']],
  ['met our goals', 'We met all our goals for the half.', ['met all our goals']],
  ['seamless, ahead of schedule', 'The cutover was seamless, and the new system went live ahead of schedule.', ['seamless', 'ahead of schedule']],
  ['feedback that was positive, then a number in another clause', 'Feedback from the HR business partners was overwhelmingly positive, and 96% of staff logged in.', ['Feedback from the HR business partners was overwhelmingly positive']],
  ['customers loved it', 'The relaunch was a big success and customers loved it.', ['was a big success', 'customers loved']],
  ['milestones met', 'All milestones were met and adoption was strong.', ['All milestones were met', 'adoption was strong']],
  ['praise and morale', 'The tool got a lot of praise and team morale improved.', ['got a lot of praise', 'team morale improved']],
  ['landed well', 'The new rota landed well with the engineers.', ['landed well']],
  ['a huge improvement', 'It was a huge improvement for the support agents.', ['a huge improvement']],
  ['every deadline hit', 'I hit every deadline in the plan.', ['hit every deadline']],
  ['a pleased skip-level', 'My skip-level was pleased with the result.', ['My skip-level was pleased']],
  ['happier customers, fantastic feedback', 'Customers were happier and the feedback has been fantastic.', ['Customers were happier', 'feedback has been fantastic']],
  ['relieved stakeholders who praised it', 'Stakeholders were relieved and praised the response.', ['Stakeholders were relieved', 'praised the response']],
  ['a fantastic success', 'It was a fantastic success for the region.', ['was a fantastic success']],
  ['a storm and pleased clinicians', 'The rollout went down a storm. Clinicians were really pleased with the swap screen.', ['went down a storm', 'Clinicians were really pleased']],
  ['a smooth rollout told as a state', 'The rollout was smooth: v2.3 shipped for iOS 17 in Q3.', ['rollout was smooth']],
  ['smashed targets and a step change', 'We smashed our targets; it was a step change for the stores.', ['smashed our targets', 'a step change']],
  ['people named by their role loved it', 'Store managers loved it.', ['Store managers loved']],
  // Families of wording, not single phrases.
  ['a needle that moved', 'The reading challenge really moved the needle.', ['really moved the needle']],
  ['people who noticed, and praise as a noun', 'Members noticed straight away, and the branch managers were full of praise.', ['Members noticed', 'managers were full of praise']],
  ['a night-and-day difference after ", and"', 'Loans doubled on the dashboard, and it was a night-and-day difference for the front desks.', ['a night-and-day difference']],
  ['numbers that speak for themselves', 'The numbers speak for themselves.', ['The numbers speak for themselves']],
  ['a hit with the night shift, and paid off', 'Voice picking was a big hit with the night shift and paid off handsomely.', ['was a big hit', 'paid off handsomely']],
  ['clockwork, and anyone blown away', 'The final weekend went like clockwork and the sponsors were blown away.', ['went like clockwork', 'sponsors were blown away']],
  ['chuffed', 'The finance controllers were chuffed.', ['controllers were chuffed']],
  ['the best launch ever', 'It was the best launch they had ever had.', ['the best launch they had ever']],
  ['a thumbs-up as a bullet', '- Huge thumbs-up from the GPs', ['Huge thumbs-up']],
  ['transformed how people work', 'Transformed how the triage nurses work.', ['Transformed how the triage nurses work']],
  ['worked a treat', 'The new process worked a treat.', ['worked a treat']],
  ['had a huge impact', 'It had a huge impact on the warehouse.', ['had a huge impact']],
  ['landed beautifully', 'The migration landed beautifully with the regional teams.', ['landed beautifully']],
  ['far fewer of something', 'We saw far fewer escalations after the change.', ['far fewer']],
  ['beat expectations', 'It beat all expectations.', ['beat all expectations']],
  ['warmly welcomed', 'The change was warmly welcomed by the agents.', ['warmly welcomed']],
  ['a bare "customers noticed"', 'Customers noticed.', ['Customers noticed']],
  // Wording no phrase has, which the trained model takes for a vague claim: the whole sentence is reported.
  // These pin the shipped model (each scores 0.95 or more against its 0.9): a retrain that loses one should
  // be a choice, not an accident.
  ['directors who loved it, to the model', 'The regional directors loved the new reporting pack.', ['The regional directors loved the new reporting pack.']],
  ['the best launch they had seen, to the model', 'The operations leads told me it was the best launch they had seen.', ['The operations leads told me it was the best launch they had seen.']],
  ['a phrase, then a sentence to the model', 'Delivered on time. The regional directors loved the new reporting pack.', ['on time', 'The regional directors loved the new reporting pack.']],
  // A second new user's trial.
  ['rock solid since', 'Month-end runs have been rock solid since.', ['rock solid']],
  // Dev round 20.
  ['recovered quickly, customers barely noticed', 'Checkout recovered quickly and customers barely noticed.', ['recovered quickly', 'customers barely noticed']],
  // A twenty-fifth user's trial (a data-platform EM in Berlin): "in time" is as vague as "on time", and a date backs
  // neither.
  ['"finished in time", as "on time"', 'The migration was finished in time, before the licence ended.', ['in time']],
  ['"on time" beside it', 'The migration was finished on time, before the licence ended.', ['on time']],
  ['"in time" with a date', 'The migration was finished in time for the audit on 3 March.', ['in time']],
  ['"on time" with a date', 'The migration was finished on time for the audit on 3 March.', ['on time']],
  ['"in time for the renewal", a month before it', 'The agent view went live in August, in time for the renewal.', ['in time']],
  ['"in time and under budget", once', 'We finished in time and under budget.', ['in time and under budget']],
  // A thirty-sixth user's trial (Bengaluru): "on time" told denied is an admission (see the clean cases); these twins
  // still claim it, the denial in a clause of its own before it, or "not only".
  ['"on time" after a denial in a clause of its own', 'Not one store ran short, and we delivered the forecasts on time.', ['on time']],
  ['"on time" after a denial and a colon', 'No dark store was late: every restock was on time.', ['on time']],
  ['"not only on time"', 'We not only delivered the forecasts on time but under budget.', ['on time', 'under budget']],
  ['"didn\'t just" finish "in time"', "We didn't just finish the retraining in time, we finished it early.", ['in time']],
  // A review of that trial: a denial of something else, done to reach the time or without it, still claims the time.
  ['"on time" after a scope cut denied', "We didn't cut any scope to go live on time.", ['on time']],
  ['"within budget" after more money denied', 'I never had to ask for more money to finish within budget.', ['within budget']],
  ['"in time" after a weekend denied', 'We never worked a weekend without finishing in time for the audit.', ['in time']],
  // misc38 (dev round 38, r38-a-minimum-price-table): "went smoothly" in the perfect or the present, the number in
  // another sentence.
  ['"has gone smoothly", a number before', 'Settlements corrected NOK 212,000 within two days. Since then every price change has gone smoothly.', ['has gone smoothly']],
  ['"have all gone well"', 'The releases since March have all gone well.', ['have all gone well']],
  ['"goes smoothly" now', 'Every cutover goes smoothly now.', ['goes smoothly']],
  // Dev round 40 (r40-spa-online-booking): whoever's experience it was, and the count in the clause before backs none of it.
  ['an improved guest experience, a count in the clause before', 'In the first quarter guests made 2,300 spa bookings online, and it improved the guest experience a lot.', ['improved the guest experience']],
  ['an improved onboarding experience', 'The new flow improved the onboarding experience for every new hire.', ['improved the onboarding experience']],
  ['a booking experience that got better', 'The booking experience got better after the change.', ['booking experience got better']],
  ['an enhanced in-store journey', 'The tablets enhanced the in-store journey.', ['enhanced the in-store journey']],
  // A group picked out by its contentment is no claim (dev round 41), but set off by commas, or said of everyone, it is.
  ['people, set off by commas, who are happy', 'The farmers, who are happy with the app, order weekly.', ['who are happy']],
  ['a clerk, set off by commas, who was delighted', 'The clerk, who was delighted, kept the phone.', ['who was delighted']],
  ['everyone who used it, happy', 'Everyone who used it was happy.', ['it was happy']],
  ['a group picked out, then others happy', 'The nine who are happy with the phone still call, and the clerks were happy too.', ['clerks were happy']],
  // Two users' trials: a date, or a measured change in another clause, backs no time kept; nor does a failure's number after
  // "but" (the failure's measure, not the time's), in a failure story too.
  ['"on time" with a date, and a change in another clause', 'We went live on time, on 1 March, and invoice runs went from 4 hours to 50 minutes.', ['on time']],
  ['"on time" before a measured failure', 'The launch happened on time but 14% of the parcels in the first week went to the wrong depot.', ['on time']],
  ['"on schedule" with a change after "and"', 'The cutover was on schedule and refunds fell 30%.', ['on schedule']],
];

/** Results whose outcomes are specific. */
const valid: [label: string, result: string][] = [
  // Brought to its floor, with the number right after it.
  ['"reduced to the barest minimum", backed right after it', 'Complaints were reduced to the barest minimum: from 900 a week to 40.'],
  // A review: a minimum that is a thing's name, not a floor reached.
  ['"cut costs to the minimum wage level"', 'We cut the trainees\' pay bands to the minimum wage level the law allows.'],
  ['a minimum as a number, "to a minimum of 3"', 'I cut the approval steps to a minimum of 3 signatures, down from 11.'],
  ['a minimum as what was asked, "the minimum wage"', 'We moved every picker to the minimum wage of the new law, and attrition fell 12%.'],
  ['"much more stable", backed right after it', 'The cluster is much more stable: restarts fell from 40 a week to 2.'],
  ['on time, backed right after a colon', 'We delivered on time: all 140 services left Leeds eleven days before the lease ended.'],
  ['on time, with the number in the same clause', '98% of orders arrived on time during the peak.'],
  ['a success, backed in the same sentence', 'The launch was a big success, with 12% more sign-ups in the first week.'],
  ['under budget by an amount', 'I delivered the API two weeks early, under budget by $40K.'],
  ['a plain from-to', 'Page latency fell from 2.4 s to 900 ms at p99.'],
  ['"success criteria" is not a cliché', 'Against the success criteria, picks per hour rose 1.6x and mis-picks fell to 0.3%.'],
  ['"everyone" without a feeling', 'Everyone was on call for the first night, and p99 held under 400 ms.'],
  ['a cliché in quoted speech', 'The VP wrote "a big success" in her note; complaints fell from 150 a month to 9.'],
  ['"significantly" as a sentence adverb', 'Significantly, 30% of the tickets turned out to be duplicates of one bug.'],
  ['"time" in other phrases', 'Time to first response fell from nine days to two.'],
  ['improved reliability, with the number after it', 'It improved reliability from 99.5% to 99.95% availability.'],
  ['on time and on budget, backed after a colon', 'We went live on time and on budget: six days early, at €1.1M against a €1.2M plan.'],
  ['ahead of plan by a number', 'Revenue landed 12% ahead of plan.'],
  ['a target with its number', 'We hit the 99.9% availability target.'],
  ['reliability that improved by a number', 'Reliability improved from 99.5% to 99.9% over the quarter.'],
  ['a smooth migration backed by numbers', 'The migration was smooth: 40 services moved in 3 days with zero rollbacks.'],
  ['pleased teachers with a number', 'Teachers were pleased with the 12% drop in admin time.'],
  ['a change that was not a step change', 'I made the change in two steps, and refunds fell 8%.'],
  ['people who noticed, backed after a colon', "Customers noticed too: the app's rating rose from 3.1 to 4.4 in the app store."],
  ['paid off, backed after a colon', 'The investment paid off: churn fell 2% on the retention dashboard.'],
  ['"never paid off" is no claim of success', 'The experiment never paid off.'],
  ['"happy to" is a willingness, not a feeling about the result', 'I was happy to trade the extra week for a cleaner cutover, and errors fell 3%.'],
  ['criteria that were satisfied', 'All exit criteria were satisfied by the March review.'],
  ['feedback backed by "with" a count', 'Feedback was positive, with 9 of 11 rating it better in the survey.'],
  ['"the big difference" as a comparison, not a result', "The big difference from last year's attempt was a named owner."],
  ['a real difference backed by "with" a count', 'It made a real difference for the call centre, with 11,000 fewer calls in January.'],
  ['people who noticed a thing', 'Customers noticed a bug in the export on day two.'],
  ['"far fewer than" a number', 'Far fewer than 5% of orders needed a manual check.'],
  ['paid for itself in a stated time', 'The change paid for itself in four months.'],
  // What the trained model doesn't take for a vague claim, or isn't asked about.
  ['a plain fact, to the model', 'The client signed a renewal.'],
  ['a date, to the model', 'The migration finished on 14 March.'],
  ['a lesson, to the model', 'I now run a dry run before every cut-over.'],
  // The model scores this 0.98 (threshold 0.9); the phrases skip quoted speech, and so does the model.
  ['a claim the model would take, with a quote in it', 'The operations leads told me "it was the best launch they had seen."'],
  ['a sentence too short to judge', 'It backfired.'],
  ['rock solid, with the number that backs it', 'Month-end runs have been rock solid since: no failed run in 14 months.'],
  ['recovered quickly, with the number in its clause', 'Checkout recovered quickly, within 4 minutes of the rollback.'],
  // …and "in time" that claims no timely finish: in the end, early enough to do something, denied, a term.
  ['"in time", backed right after a colon', 'We finished in time: 11 days before the licence ended.'],
  ['"in time" with the number in its clause', '98% of trucks arrived in time for the shift.'],
  ['"In time," for in the end', 'In time, the domain teams adopted the contracts.'],
  ['"in time to" what it was early for', 'We caught the schema drift in time to stop the release.'],
  ['"in time" denied', 'The labels could not be printed in time, so the hub waited.'],
  // A thirty-sixth user's trial: "on time" denied or missed is an admission, not a claim to check.
  ['"on time" denied', 'I could not deliver the forecasts on time, and 12 dark stores ran out of stock for three days.'],
  ['"on time" denied with a contraction', "The forecasts weren't on time, so the category team ordered by hand."],
  ['"on time" after "couldn\'t"', "I couldn't get the retraining done on time."],
  ['"in time" after "couldn\'t"', "The labels couldn't be printed in time, so the hub waited."],
  ['"on schedule" denied', 'The cutover was never on schedule after the vendor slipped.'],
  ['"on time" after "failed to"', 'We failed to go live on time for the festival sale.'],
  ['"on time" missed', 'I missed delivering the Diwali forecasts on time.'],
  ['"within budget" denied', 'The pilot did not finish within budget.'],
  // …and its twins: a "to" the denial carries on through, a "to" before a thing.
  ['"on time" after "wasn\'t able to"', "I wasn't able to deliver the forecasts on time."],
  ['"on time" after "didn\'t manage to"', "We didn't manage to go live on time for the festival sale."],
  ['"on time" after "didn\'t get to" a thing', "We didn't get to the cutover on time."],
  ['just-in-time delivery and time order', 'The plant moved to just-in-time delivery and sorted events in time order.'],
  // misc38's neighbours: a number in the same clause backs it, and what has gone is no manner.
  ['"has gone smoothly" with its number', 'Since then all 26 price changes have gone smoothly, with zero corrections.'],
  ['"has gone" somewhere', 'The old load script has gone, and the table loads by column name.'],
  // …and its neighbours: the experience backed in its own clause, or no claim that it improved.
  ['an improved guest experience backed in its clause', 'It improved the guest experience, with complaints down 30% in the survey.'],
  ['a booking experience that got better by a number', 'The booking experience got better: drop-off fell from 41% to 18%.'],
  ['years of experience', 'I hired two analysts with 10 years of experience each, and the backlog fell by 400 cases.'],
  ['experience as a thing learned', 'The experience taught me to run a dry run first, and the next cutover took 2 hours.'],
  // A review: experience as what one has lived, improved or better than something, is no claimed outcome.
  ['"the experience improved" someone\'s standing', 'The experience improved my standing with the directors, and the next launch took 3 weeks.'],
  ['"prior experience was better" than something', 'Prior experience was better preparation than the docs, and onboarding fell to 4 days.'],
  ['a long hyphen chain before "experience"', `The ${'ab-'.repeat(200)}ab experience got better by 20%.`],
  // A group picked out by its contentment (dev round 41): who stays on the old way, not a claim the outcome pleased anyone.
  ['the few who are happy with the phone', '51 of the 60 farmers order in the app now; the nine who are happy with the phone still call the clerk.'],
  ['drivers that were happy with paper', 'The drivers that were happy with paper kept it; the other 40 moved to the app.'],
  ['customers who are happy with the old portal', 'Customers who are happy with the old portal can keep it until March.'],
  ['planners who were pleased with the spreadsheet', 'The three planners who were pleased with the spreadsheet kept it.'],
  // A time kept, backed in its own clause.
  ['"on time" with its margin in its clause', 'We went live on time, 9 days before the 1 March deadline, and invoice runs went from 4 hours to 50 minutes.'],
  ['"ahead of schedule" by a span', 'The cutover landed ahead of schedule by two weeks.'],
  ['"on time" backed after a colon, then a failure', 'The launch happened on time: 3 days before peak, but 14% of the parcels went to the wrong depot.'],
];

describe('vague-outcome', () => {
  it.each(invalid)('flags %s', (_label, result, phrases) => {
    const reports = runRule(rule, { result });
    const reported = reports.map((r) => r.message.match(/"([^"]*)"/)![1]!);
    expect(reported).toEqual(phrases);
    reports.forEach((r, i) => expect(result.slice(r.index!)).toMatch(new RegExp(`^${reported[i]}`)));
    expect(reports.every((r) => r.field === 'result')).toBe(true);
  });

  it.each(valid)('accepts %s', (_label, result) => {
    expect(runRule(rule, { result })).toEqual([]);
  });

  it('says when a finding is the model\'s reading, and quotes a long sentence cut at a word', () => {
    const [report] = runRule(rule, { result: 'The operations leads told me it was the best launch they had seen in years, by a very long way indeed.' });
    expect(report!.message).toBe(
      'A trained model reads "The operations leads told me it was the best launch they had seen in years, by…" as a claim the panel can\'t check. Put the number that proves it in the same sentence: "… conversion up 4%".',
    );
  });

  it('looks only at the result', () => {
    const cliche = 'We delivered on time and everyone was happy.';
    expect(runRule(rule, { situation: cliche, action: cliche, learned: cliche })).toEqual([]);
  });

  it.each([
    ['a date and a change in another clause', 'We went live on time, on 1 March, and invoice runs went from 4 hours to 50 minutes.'],
    ['a date alone', 'The migration was finished in time for the audit on 3 March.'],
    ['a failure after "but"', 'The launch happened on time but 14% of the parcels went to the wrong depot.'],
  ])('says no number in its clause backs a time kept, and what would: %s', (_label, result) => {
    const [report] = runRule(rule, { result });
    expect(report!.message).toMatch(/: no number in its clause says by how much\. In the same clause, say how far ahead of the deadline: "… on time, 11 days before the freeze"\.$/);
  });

  // A Lagos engineering manager's trial: "a date doesn't back it" read as telling of a date the story did not have; the
  // message says plainly that no number backs the claim, and what backs a budget kept too where one is claimed.
  it.each([
    ['on time and within budget', 'The migration was delivered on time and within budget.', '"on time and within budget" is a claim the panel can\'t check: no number in its clause says by how much. In the same clause, say how far ahead of the deadline and how far under budget: "… on time, 11 days before the freeze, and £40k under budget".'],
    ['within budget alone', 'The migration was delivered within budget.', '"within budget" is a claim the panel can\'t check: no number in its clause says by how much. In the same clause, say how far under budget: "… £40k under the £600k budget".'],
    ['on time alone', 'The migration was delivered on time.', '"on time" is a claim the panel can\'t check: no number in its clause says by how much. In the same clause, say how far ahead of the deadline: "… on time, 11 days before the freeze".'],
  ])('says what backs a time or a budget kept: %s', (_label, result, message) => {
    const [report] = runRule(rule, { result });
    expect(report!.message).toBe(message);
  });

  it.each([
    ['a claim of success', 'The launch was a big success.'],
    ['people pleased', 'Merchants were very happy.'],
    ['"much faster"', 'Checkout is much faster.'],
  ])('keeps the general message for a claim that is no time kept: %s', (_label, result) => {
    const [report] = runRule(rule, { result });
    expect(report!.message).toContain('Back it with a number in the same breath');
  });

  it('says to back the claim with a number, and is an error by default', () => {
    const [report] = runRule(rule, { result: 'The launch was a big success.' });
    expect(report!.message).toBe(
      '"was a big success" is a claim the panel can\'t check. Back it with a number in the same breath: "… on time: 11 days before the freeze", "… conversion up 4%".',
    );
    const result = lintText('title: t\nresult: >-\n  Shipped, and\n  everyone was happy.\n', 'stories/s.yaml', only('vague-outcome'));
    expect(result.messages.map((m) => [m.line, m.column, m.severity])).toEqual([[4, 3, 2]]);
    expect(rule.meta.defaultSeverity).toBe('error');
  });
});
