import { describe, it, expect } from 'vitest';
import { scorePrinciples } from '../../src/principles/infer.js';

// Wider wording for Ownership, Dive Deep, Insist on the Highest Standards, Invent and Simplify, and Learn and
// Be Curious: each "must match" row names the signal it should now hit; each "not" row is a near miss that must
// give that principle no score at all.
const scoreOf = (action: string, id: string) => scorePrinciples({ title: 't', action }).find((s) => s.id === id)?.score ?? 0;
const labelsOf = (action: string, id: string) => scorePrinciples({ title: 't', action }).find((s) => s.id === id)?.evidence.map((e) => e.label) ?? [];

describe('wider signals: ownership, dive deep, standards, invent and simplify, learn and be curious', () => {
  it.each([
    // Ownership
    ['ownership', 'Skipping the load test was my mistake, and I told the steering group so.', 'owned their mistake'],
    ['ownership', 'That gap was mine: I never asked the vendor about older handsets.', 'owned their mistake'],
    ['ownership', 'I underestimated how long the data clean-up would take.', 'owned their mistake'],
    ['ownership', 'That part is on me, not on the vendor.', 'owned their mistake'],
    ['ownership', 'I dropped the ball on the contract renewal date.', 'owned their mistake'],
    ['ownership', 'I should have checked the firmware versions in the field first.', 'owned their mistake'],
    ['ownership', 'I phoned each of the four remaining franchisees myself.', 'saw it through personally'],
    ['ownership', 'We gave up two sprints of feature work to fix the flaky retry logic.', 'thought about the long term or wrote the post-mortem'],
    ['ownership', 'After the outage I owned the recovery and the customer messaging.', 'took ownership explicitly'],
    // Dive Deep
    ['dive-deep', 'The spike sat in a retry storm in the billing client, not in the database.', 'found the root cause'],
    ['dive-deep', 'The bottleneck was not the network but an expired certificate on one proxy.', 'found the root cause'],
    ['dive-deep', 'Most of the time went into serialising the same payload three times.', 'found the root cause'],
    ['dive-deep', 'I listened to 150 support calls with the quality lead.', 'personally examined the data'],
    ['dive-deep', 'I sampled 300 returned parcels and weighed each one.', 'personally examined the data'],
    ['dive-deep', 'I pulled the list of failed payments myself.', 'personally examined the data'],
    ['dive-deep', 'I tagged every escalation by cause over a quarter.', 'audited the details by hand'],
    ['dive-deep', 'I broke the bill down by service.', 'dug into the details'],
    ['dive-deep', 'I profiled the render path and saw a blocking call.', 'dug into the details'],
    ['dive-deep', 'Six weeks of opt-out events showed a clear pattern after the third push.', 'worked from months of raw data'],
    // Insist on the Highest Standards
    ['insist-on-the-highest-standards', 'I would rather slip the date than send parents an invoice we could not stand behind.', 'refused to ship below the bar'],
    ['insist-on-the-highest-standards', 'I pushed the go-live back a week so the team could fix the rounding defect.', 'refused to ship below the bar'],
    ['insist-on-the-highest-standards', 'I added a duplicate-charge case to the release checklist.', 'added a check so the defect cannot pass again'],
    ['insist-on-the-highest-standards', "We set up accessibility checks in every team's pipeline.", 'added a check so the defect cannot pass again'],
    ['insist-on-the-highest-standards', 'The schema swap is now gated on a row-count check.', 'introduced quality gates'],
    ['insist-on-the-highest-standards', 'I wrote a policy check that blocks any deploy touching the payment tables.', 'introduced quality gates'],
    ['insist-on-the-highest-standards', 'Every wave had an abort rule agreed with the NOC.', 'introduced quality gates'],
    ['insist-on-the-highest-standards', 'There were zero balance mismatches in the first 60 days.', 'made sure the fix stayed fixed'],
    // Invent and Simplify
    ['invent-and-simplify', 'I cut the onboarding checklist from 40 items to 12.', 'cut steps or moving parts'],
    ['invent-and-simplify', 'I removed the survey questions that nobody read.', 'cut steps or moving parts'],
    ['invent-and-simplify', 'We dropped eleven report columns that nothing downstream used.', 'cut steps or moving parts'],
    ['invent-and-simplify', 'I picked a hosted identity service instead of building our own login.', 'chose a lighter path than porting or a full build'],
    ['invent-and-simplify', "I shut down the in-house build in favour of the vendor's API.", 'chose a lighter path than porting or a full build'],
    ['invent-and-simplify', 'Expense approval now goes through a single-step flow.', 'consolidated several things into one'],
    ['invent-and-simplify', 'We standardised on one build image for every service.', 'consolidated several things into one'],
    ['invent-and-simplify', 'The refund path now runs with one approval step instead of three.', 'consolidated several things into one'],
    ['invent-and-simplify', 'The team built one lookup service over the five regional databases.', 'consolidated several things into one'],
    // Learn and Be Curious
    ['learn-and-be-curious', 'I spent two weekends studying the payment network rules.', 'taught themselves something new'],
    ['learn-and-be-curious', 'I enrolled in an evening course on supply chain finance.', 'taught themselves something new'],
    ['learn-and-be-curious', 'I completed a networking certification before the migration.', 'taught themselves something new'],
    ['learn-and-be-curious', 'I had never worked with clinical systems before this project.', 'stepped into an unfamiliar domain'],
    ['learn-and-be-curious', 'I knew nothing about customs law when I started.', 'stepped into an unfamiliar domain'],
    ['learn-and-be-curious', 'I wanted to understand why the night shift scanned every pallet twice.', 'followed their curiosity'],
    ['learn-and-be-curious', 'I kept asking why the numbers moved on Mondays.', 'followed their curiosity'],
    ['learn-and-be-curious', 'My habit now is to rehearse every rollback on real kit.', 'reflected on what they learned'],
  ])('%s: %j', (id, action, label) => {
    expect(labelsOf(action, id)).toContain(label);
  });

  it.each([
    // Ownership
    ['ownership', 'The vendor underestimated the certification backlog.'],
    ['ownership', 'Customers said the mistake was theirs, not ours.'],
    ['ownership', 'My manager said the choice was mine to make.'],
    ['ownership', 'I called the vendor to confirm the date.'],
    ['ownership', 'The team spent two weeks of feature work on the holiday theme.'],
    ['ownership', 'The retry logic dropped the ball on duplicate messages.'],
    // Dive Deep
    ['dive-deep', 'The delay came from the supplier, as everyone expected.'],
    ['dive-deep', 'Most of the budget went to licences.'],
    ['dive-deep', "I listened to the team's concerns in the retro."],
    ['dive-deep', 'I broke the news to the sales director myself.'],
    ['dive-deep', 'I tagged the release and pushed it to the store.'],
    ['dive-deep', 'I profiled the candidates for the hiring manager.'],
    ['dive-deep', 'We sampled the new coffee machine on Friday.'],
    // Insist on the Highest Standards
    ['insist-on-the-highest-standards', 'I added two new engineers to the release team.'],
    ['insist-on-the-highest-standards', 'I would rather ship early than miss the holiday peak.'],
    ['insist-on-the-highest-standards', 'We moved the launch to Tuesday to suit the marketing calendar.'],
    ['insist-on-the-highest-standards', 'The team set up a new Slack channel for release notes.'],
    ['insist-on-the-highest-standards', 'We recorded zero complaints from the pilot stores.'],
    ['insist-on-the-highest-standards', 'The board gated the funding on a second pitch.'],
    // Invent and Simplify
    ['invent-and-simplify', 'After the redesign users made 20% fewer clicks on the banner.'],
    ['invent-and-simplify', 'On-call engineers got fewer pages after the fix.'],
    ['invent-and-simplify', 'We cut the budget from 40 thousand to 30.'],
    ['invent-and-simplify', 'I chose the vendor because building our own team would take a year.'],
    ['invent-and-simplify', 'We met with one approval committee every month.'],
    ['invent-and-simplify', 'Nobody used the old coffee machine.'],
    // Learn and Be Curious
    ['learn-and-be-curious', 'The team had never missed a date before.'],
    ['learn-and-be-curious', 'Customers wanted to know when the outage would end.'],
    ['learn-and-be-curious', 'I now own the release calendar.'],
    ['learn-and-be-curious', 'She completed the rollout two weeks early.'],
    ['learn-and-be-curious', 'We enrolled 4,000 staff in MFA.'],
    ['learn-and-be-curious', 'I spent three nights on the incident bridge.'],
  ])('%s: not from %j', (id, action) => {
    expect(scoreOf(action, id)).toBe(0);
  });
});
