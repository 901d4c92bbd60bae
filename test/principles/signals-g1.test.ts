import { describe, it, expect } from 'vitest';
import type { LpId } from '../../src/principles/catalog.js';
import { scorePrinciples } from '../../src/principles/infer.js';

// Wider wording for Deliver Results, Bias for Action, Frugality, Think Big and Success and Scale Bring Broad
// Responsibility: sentences the signals must now hear, and near misses that must give the principle no score.
const scored = (action: string, id: LpId) => scorePrinciples({ title: 't', action }).find((s) => s.id === id);
const labelsOf = (action: string, id: LpId) => scored(action, id)?.evidence.map((e) => e.label) ?? [];
const scoreOf = (action: string, id: LpId) => scored(action, id)?.score ?? 0;

const MATCHES: ReadonlyArray<[LpId, string, string]> = [
  ['deliver-results', 'The new billing system went live on time and on budget.', 'landed on time or on budget'],
  ['deliver-results', 'We finished the programme 8% under budget.', 'landed on time or on budget'],
  ['deliver-results', 'The holiday peak passed with no SLA penalties from any client.', 'landed on time or on budget'],
  ['deliver-results', 'All 1,200 handhelds were replaced by mid-October.', 'delivered to a number'],
  ['deliver-results', 'By year end, 46 of the 50 depots were live.', 'delivered to a number'],
  ['deliver-results', 'We hit all our targets for the quarter.', 'hit a hard date or target'],
  ['deliver-results', 'The clinics went live three weeks before the state mandate.', 'hit a hard date or target'],
  ['deliver-results', 'The timetable was published on the agreed date.', 'hit a hard date or target'],
  ['deliver-results', 'We passed 12,000 homes, 3% over the grant target.', 'exceeded the goal'],

  ['bias-for-action', 'I rolled back the change rather than wait for a forward fix.', 'did not wait for certainty'],
  ['bias-for-action', 'I launched with card payments only, rather than hold the release for the bank API.', 'did not wait for certainty'],
  ['bias-for-action', 'I skipped the second dress rehearsal so the cutover could start a week early.', 'took a calculated risk'],
  ['bias-for-action', 'I approved the release even though the soak test had run for only a day.', 'took a calculated risk'],
  ['bias-for-action', 'I chose a manual nightly export so finance had numbers this month.', 'shipped early, traded polish for speed'],
  ['bias-for-action', 'We bought the vendor product to ship four months earlier.', 'shipped early, traded polish for speed'],
  ['bias-for-action', 'The cache could ship in two weeks, so I picked it over the rewrite.', 'shipped early, traded polish for speed'],
  ['bias-for-action', 'I paged the database lead within ten minutes of the first alert.', 'moved within hours or days'],
  ['bias-for-action', 'We ran a two-week trial in one warehouse before scaling.', 'ran a quick pilot'],

  ['frugality', 'Switching couriers saves us £85,000 a year.', 'saved cost'],
  ['frugality', 'The change saved PLN 2 million in transport fees.', 'saved cost'],
  ['frugality', 'We avoided an estimated $90,000 in extended-support fees.', 'saved cost'],
  ['frugality', 'After the clean-up the storage invoice was a fifth lower.', 'saved cost'],
  ['frugality', 'The new plan is 18% cheaper per seat.', 'saved cost'],
  ['frugality', 'I set up the test rig on a spare laptop from the IT cupboard.', 'reused instead of buying or building'],
  ['frugality', 'We picked the off-the-shelf scheduler over a custom build.', 'reused instead of buying or building'],
  ['frugality', 'I went with the cheaper of the two quotes.', 'reused instead of buying or building'],
  ['frugality', 'We used the workflow tool the council already licensed.', 'reused instead of buying or building'],
  ['frugality', 'We absorbed the extra sites with the same 5-person support team.', 'did it without new headcount or budget'],
  ['frugality', 'Idle cash in the branch vaults fell by a quarter.', 'cut waste in infrastructure or vendors'],

  ['think-big', 'I moved all twelve warehouses onto one shared slotting model.', 'scope was org-wide'],
  ['think-big', 'We put all 23 clinics on to a single booking system.', 'scope was org-wide'],
  ['think-big', 'I brought all the schools into the same timetabling rules.', 'scope was org-wide'],
  ['think-big', 'We went big and proposed one identity service for the whole group.', 'proposed a bigger goal than asked'],
  ['think-big', 'Within a year, 40 services used the shared rate limiter.', 'got others to adopt the vision'],
  ['think-big', 'Over 20 orgs adopted the planning template within two quarters.', 'got others to adopt the vision'],
  ['think-big', 'Today all services run on the event bus we proposed.', 'got others to adopt the vision'],

  ['success-and-scale-bring-broad-responsibility', 'I replaced the puzzle check because it locked out blind users.', 'made the product accessible'],
  ['success-and-scale-bring-broad-responsibility', 'We recruited deaf customers to test the video captions.', 'made the product accessible'],
  ['success-and-scale-bring-broad-responsibility', 'I kept the phone line for elderly patients who could not use the app.', 'made the product accessible'],
  ['success-and-scale-bring-broad-responsibility', 'We stopped logging full card numbers in the checkout service.', 'protected user privacy'],
  ['success-and-scale-bring-broad-responsibility', 'I made the form collect only the four fields the lender needed.', 'protected user privacy'],
  ['success-and-scale-bring-broad-responsibility', 'Before the handover we anonymised the patient records.', 'protected user privacy'],
  ['success-and-scale-bring-broad-responsibility', 'I ran an equality impact assessment before closing the counters.', 'weighed the wider impact'],
  ['success-and-scale-bring-broad-responsibility', 'We measured the effect on local neighbourhoods of late-night deliveries.', 'weighed the wider impact'],
  ['success-and-scale-bring-broad-responsibility', 'I had the branch staff phone the vulnerable customers first.', 'looked at the effect on communities'],
  ['success-and-scale-bring-broad-responsibility', 'We kept a paper route open for residents without internet.', 'looked at the effect on communities'],
  ['success-and-scale-bring-broad-responsibility', 'Customers aged over 75 got a personal call before the change.', 'looked at the effect on communities'],
];

const NEAR_MISSES: ReadonlyArray<[LpId, string]> = [
  ['deliver-results', 'The project ran over budget by $40K.'],
  ['deliver-results', 'Four weeks before the holidays, the ledger failed its load test.'],
  ['deliver-results', 'We went over the plan line by line with finance.'],
  ['deliver-results', 'All 30 engineers were on the call by 9 a.m.'],
  ['deliver-results', 'There was no penalty kick in the cup final.'],
  ['deliver-results', 'Our shops open on time every morning.'],
  ['deliver-results', 'The maintenance job ran inside the window.'],

  ['bias-for-action', 'Our overnight batch job ran on the old cluster.'],
  ['bias-for-action', 'The airline offers same-day changes on most fares.'],
  ['bias-for-action', 'The pilot programme covered twelve stores in the north.'],
  ['bias-for-action', 'Even though the budget was tight, the team stayed together.'],
  ['bias-for-action', 'I skipped lunch to finish the review.'],
  ['bias-for-action', 'The service can go live in the new region next year.'],
  ['bias-for-action', 'Proof of delivery now arrives within 10 minutes of the drop.'],

  ['frugality', 'The spare tyre was in the boot of the van.'],
  ['frugality', 'We chose them over the cheaper option because their data fit our maps.'],
  ['frugality', 'The shelf labels were printed in-house.'],
  ['frugality', 'Writing the runbook first saves hours during an incident.'],
  ['frugality', 'Prices were lower on the rival site.'],
  ['frugality', 'Their fees rose 4% this year.'],

  ['think-big', 'Our platform is used by a couple of teams.'],
  ['think-big', 'We went back to the original plan.'],
  ['think-big', 'All three engineers moved onto the new floor.'],
  ['think-big', 'Twelve services ran on the old cluster, and 14 services used more memory than planned.'],
  ['think-big', 'Every store opened at its usual hours.'],
  ['think-big', 'The roadmap covered the next two quarters.'],

  ['success-and-scale-bring-broad-responsibility', 'The API is accessible from every region, and I documented the endpoints.'],
  ['success-and-scale-bring-broad-responsibility', 'I disabled users who had not logged in for a year.'],
  ['success-and-scale-bring-broad-responsibility', 'We ran a blind bake-off of three vendors on old applications.'],
  ['success-and-scale-bring-broad-responsibility', 'The team asked for more fairness in the on-call rota.'],
  ['success-and-scale-bring-broad-responsibility', 'Our older servers were replaced with newer ones.'],
  ['success-and-scale-bring-broad-responsibility', 'The impact on the schedule was two weeks.'],
  ['success-and-scale-bring-broad-responsibility', 'Customers over the holiday weekend saw slower pages.'],
];

describe('signals for deliver results, bias for action, frugality, think big and broad responsibility', () => {
  it.each(MATCHES)('%s: %j', (id, action, label) => {
    expect(labelsOf(action, id)).toContain(label);
  });

  it.each(NEAR_MISSES)('%s: not from %j', (id, action) => {
    expect(scoreOf(action, id)).toBe(0);
  });
});
