import { describe, it, expect } from 'vitest';
import type { LpId } from '../../src/principles/catalog.js';
import { scorePrinciples } from '../../src/principles/infer.js';

// Second pass on Dive Deep, Insist on the Highest Standards, Invent and Simplify, Frugality, Learn and Be Curious,
// Have Backbone and Success and Scale Bring Broad Responsibility: wordings the signals must now hear, and near
// misses (several of them what Dive Deep used to over-hear) that must give the principle no score at all.
const scored = (action: string, id: LpId) => scorePrinciples({ title: 't', action }).find((s) => s.id === id);
const labelsOf = (action: string, id: LpId) => scored(action, id)?.evidence.map((e) => e.label) ?? [];
const scoreOf = (action: string, id: LpId) => scored(action, id)?.score ?? 0;

const MATCHES: ReadonlyArray<[LpId, string, string]> = [
  ['dive-deep', 'I reproduced the crash on a spare tablet in the lab.', 'dug into the details'],
  ['dive-deep', 'We analysed 3,000 user sessions from the checkout funnel.', 'personally examined the data'],
  ['dive-deep', 'I built the comparison myself from the raw billing files.', 'personally examined the data'],
  ['dive-deep', 'In the raw export, 64% of the failures sat in a single payment gateway.', 'found the root cause'],
  ['dive-deep', 'A single retry loop caused 40% of the timeouts.', 'found the root cause'],
  ['dive-deep', 'I sat with the clerks and timed a claim: 25 minutes, of which 18 went to retyping addresses.', 'found the root cause'],
  ['dive-deep', 'I traced most to a stale currency table.', 'found the root cause'],
  ['dive-deep', 'Our load test showed that the login service, not video delivery, fell over first.', 'found the root cause'],

  ['insist-on-the-highest-standards', 'We ran two parallel payroll runs before switching over.', 'rehearsed or ran old and new side by side'],
  ['insist-on-the-highest-standards', 'I insisted on three full rehearsals before the cut-over.', 'rehearsed or ran old and new side by side'],
  ['insist-on-the-highest-standards', 'We kept the old and new engines in parallel for a month.', 'rehearsed or ran old and new side by side'],
  ['insist-on-the-highest-standards', 'Two technologists compared every result against its paper copy.', 'rehearsed or ran old and new side by side'],
  ['insist-on-the-highest-standards', 'The audit came back with zero exceptions across all controls.', 'rehearsed or ran old and new side by side'],
  ['insist-on-the-highest-standards', 'We balanced the gift-card ledger to the cent.', 'rehearsed or ran old and new side by side'],
  ['insist-on-the-highest-standards', 'I set a rule that every config change gets a second pair of eyes.', 'introduced quality gates'],
  ['insist-on-the-highest-standards', 'The replay test is now a required step in the runbook.', 'introduced quality gates'],
  ['insist-on-the-highest-standards', 'No rollout beyond 10% until the Android numbers matched iOS.', 'introduced quality gates'],
  ['insist-on-the-highest-standards', 'A blocked price change needs a named approver from the category team.', 'introduced quality gates'],
  ['insist-on-the-highest-standards', 'We built a probe that runs against every edge config in staging.', 'added a check so the defect cannot pass again'],
  ['insist-on-the-highest-standards', 'Every hotfix must pass the device matrix before release.', 'added a check so the defect cannot pass again'],

  ['invent-and-simplify', 'I replaced the manual regression pass with a smoke suite.', 'replaced something with a simpler one'],
  ['invent-and-simplify', 'We replaced the paper checklist with a barcode scan at each station.', 'replaced something with a simpler one'],
  ['invent-and-simplify', 'I reworked the signing step so builds no longer waited for a person with the keys.', 'removed something'],
  ['invent-and-simplify', 'We changed the intake so applicants no longer had to retype their address.', 'removed something'],
  ['invent-and-simplify', 'I designed an incremental cache keyed by road segment.', 'invented a new approach'],
  ['invent-and-simplify', 'We wrote a small rules engine that flags risky orders.', 'invented a new approach'],
  ['invent-and-simplify', 'I built an evidence packager for the dispute team.', 'invented a new approach'],

  ['frugality', 'Hosting cost down 22% on the first three invoices.', 'saved cost'],
  ['frugality', 'Compute spend down 40% quarter on quarter.', 'saved cost'],
  ['frugality', 'The vendor bill is down by about $12k a month.', 'saved cost'],
  ['frugality', 'Monthly cloud spend went from $48k to $31k.', 'saved cost'],
  ['frugality', 'Annual storage costs went from £90k to £60k.', 'saved cost'],
  ['frugality', 'Idle vault cash fell by a fifth.', 'cut waste in infrastructure or vendors'],
  ['frugality', 'We found 300 unused software seats and returned them.', 'cut waste in infrastructure or vendors'],

  ['learn-and-be-curious', 'Since then I always rehearse the rollback before a wave.', 'reflected on what they learned'],
  ['learn-and-be-curious', 'These days I check vendor failover before signing a contract.', 'reflected on what they learned'],
  ['learn-and-be-curious', 'I no longer trust a vendor estimate I have not tested.', 'reflected on what they learned'],
  ['learn-and-be-curious', 'I asked the lead engineer to teach me how the tax engine works.', 'taught themselves something new'],
  ['learn-and-be-curious', 'I sat in on their onboarding training for a week.', 'taught themselves something new'],
  ['learn-and-be-curious', 'I read the post-mortems of both earlier attempts before planning.', 'followed their curiosity'],
  ['learn-and-be-curious', 'I studied how other airlines handled the same rule change.', 'followed their curiosity'],

  ['have-backbone-disagree-and-commit', 'I walked the CFO through the numbers so she could see the gap herself.', 'made a written or data-backed case'],
  ['have-backbone-disagree-and-commit', 'I took Priya Shah, the product director, through the dependency map until she saw the clash.', 'made a written or data-backed case'],
  ['have-backbone-disagree-and-commit', 'I walked my director through the data until she changed course.', 'made a written or data-backed case'],
  ['have-backbone-disagree-and-commit', 'I took the VP through the trade-offs and he relented.', 'made a written or data-backed case'],
  ['have-backbone-disagree-and-commit', 'We took them through our options and they agreed on the smaller scope.', 'made a written or data-backed case'],
  ['have-backbone-disagree-and-commit', 'I showed them the risk figures, and they backed down.', 'made a written or data-backed case'],
  ['have-backbone-disagree-and-commit', 'I showed her the support load the workaround would create; she agreed to split the launch.', 'made a written or data-backed case'],

  ['success-and-scale-bring-broad-responsibility', 'I put the consent-withdrawal feed ahead of the sponsor dashboards.', 'protected user privacy'],
  ['success-and-scale-bring-broad-responsibility', 'Participants who withdrew consent were removed from every site within a day.', 'protected user privacy'],
  ['success-and-scale-bring-broad-responsibility', 'We honoured every opt-out within 24 hours.', 'protected user privacy'],
  ['success-and-scale-bring-broad-responsibility', 'The new flow honours deletion requests from all channels.', 'protected user privacy'],
  ['success-and-scale-bring-broad-responsibility', 'Patients can now withdraw their consent from the app.', 'protected user privacy'],
  ['success-and-scale-bring-broad-responsibility', 'Consent withdrawals now reach the lab the same day.', 'protected user privacy'],
];

const NEAR_MISSES: ReadonlyArray<[LpId, string]> = [
  ['dive-deep', 'The reconciliation report listed a few mismatches.'],
  ['dive-deep', "The vendor's model read 71% of the invoices correctly."],
  ['dive-deep', "Rawiri's root cause report went to the board on Friday."],
  ['dive-deep', 'I wrote the data-mapping spec myself.'],
  ['dive-deep', 'I tested every release on the new phones.'],
  ['dive-deep', 'Before each wave I reviewed every change with the release manager.'],
  ['dive-deep', 'In the survey, 68% of app boardings came from iPhones.'],
  ['dive-deep', 'The team must have root cause in 24 hours for each overrun.'],

  ['insist-on-the-highest-standards', 'We ran three mock cutovers with the warehouse team.'],
  ['insist-on-the-highest-standards', 'The finance team held a dress rehearsal for the board meeting.'],
  ['insist-on-the-highest-standards', 'I compared two vendors on price.'],
  ['insist-on-the-highest-standards', 'Zero customers complained about the new layout.'],
  ['insist-on-the-highest-standards', 'The steering group set the rules for parking at the new site.'],
  ['insist-on-the-highest-standards', 'The new service required approval from legal.'],
  ['insist-on-the-highest-standards', 'We ran the old and new menus past the chef.'],

  ['invent-and-simplify', 'We replaced the paper process with an online service.'],
  ['invent-and-simplify', 'The vendor designed a new logo for the brand.'],
  ['invent-and-simplify', 'The old cache no longer held the full catalogue.'],
  ['invent-and-simplify', 'I replaced the manual tester who left with a contractor.'],
  ['invent-and-simplify', 'The generator in the basement failed during the storm.'],
  ['invent-and-simplify', 'She left early so she no longer had to wait for the bus.'],

  ['frugality', 'The queue went down 30 places overnight.'],
  ['frugality', 'Our delivery times went from five days to two.'],
  ['frugality', 'The idle chatter in the channel died down.'],
  ['frugality', 'Ticket prices went from £20 to £35.'],
  ['frugality', 'The price is down 5% on the rival site.'],
  ['frugality', 'Unused meeting rooms were booked for training.'],

  ['learn-and-be-curious', 'Since then the team has shipped weekly.'],
  ['learn-and-be-curious', 'Today I am the program lead for payments.'],
  ['learn-and-be-curious', 'I no longer work on the payments team.'],
  ['learn-and-be-curious', 'The vendor asked us to walk them through the data.'],
  ['learn-and-be-curious', 'We read the contract before signing.'],
  ['learn-and-be-curious', 'Other airlines handled the change differently.'],

  ['have-backbone-disagree-and-commit', 'I walked the new hires through the onboarding checklist.'],
  ['have-backbone-disagree-and-commit', 'She showed me the data and I agreed.'],
  ['have-backbone-disagree-and-commit', 'The guide took them through the museum until they were tired.'],
  ['have-backbone-disagree-and-commit', 'They showed us the new office, and we agreed it was bright.'],
  ['have-backbone-disagree-and-commit', 'We walked through the numbers as a team.'],
  ['have-backbone-disagree-and-commit', 'He showed her the costs, but she kept the original plan.'],

  ['success-and-scale-bring-broad-responsibility', 'The lawyer withdrew from the case.'],
  ['success-and-scale-bring-broad-responsibility', 'We honoured the contract terms with the supplier.'],
  ['success-and-scale-bring-broad-responsibility', 'The feed carried consent forms to the clinic.'],
  ['success-and-scale-bring-broad-responsibility', 'I honoured my promise to the team.'],
  ['success-and-scale-bring-broad-responsibility', 'Opt-out rates fell after the redesign.'],
  ['success-and-scale-bring-broad-responsibility', 'She withdrew the request for a bigger budget.'],
];

describe('second-pass signals for dive deep, standards, simplify, frugality, curiosity, backbone and broad responsibility', () => {
  it.each(MATCHES)('%s: %j', (id, action, label) => {
    expect(labelsOf(action, id)).toContain(label);
  });

  it.each(NEAR_MISSES)('%s: not from %j', (id, action) => {
    expect(scoreOf(action, id)).toBe(0);
  });
});
