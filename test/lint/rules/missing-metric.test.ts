/**
 * missing-metric: the result states no quantified outcome. Tables in the style of ESLint's RuleTester:
 * `invalid` results must be flagged, `valid` ones must not.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/missing-metric.js';
import { lintText, only, runRule } from '../../helpers.js';

const SITUATION_WITH_NUMBERS =
  'Checkout p99 latency had crept to 2.4 s and cart abandonment was up 8% week over week.';

/** Results with no quantified outcome. */
const invalid: [label: string, result: string][] = [
  // A sixth user's trial: the span a result is told over is no measure of it.
  ['only the span, "over the following two quarters"', 'Costs came down significantly over the following two quarters and finance were delighted.'],
  ['only the span, "over the next six months"', 'Costs came down significantly over the next six months.'],
  ['only the span, "during the next 3 months"', 'Tickets dropped during the next 3 months.'],
  // Dev round 26: what shipped, not what it did.
  ['only what shipped, "with the four permit types"', 'Portal opened to contractors on 4 March with the four permit types.'],
  ['only what went live, "with all six modules"', 'The store went live with all six modules.'],
  ['only the span, "throughout the quarter"', 'The queue stayed healthy throughout the quarter.'],
  ['no number at all', 'The launch went smoothly and the partner teams were aligned on one calendar.'],
  ['a scope count in words', 'Three teams now share one release calendar and one on-call rotation.'],
  ['a team size in digits', 'All 12 engineers moved to the new pipeline without a hitch.'],
  ['a team size before a time', 'Twelve engineers worked the weekend, and the cutover was clean.'],
  ['people, then when', 'Three people days before launch signed off the runbook.'],
  ['a hyphenated team size', 'The 12-person team adopted the new deploy process end to end.'],
  ['a year', 'We shipped the new checkout in 2023, ahead of the holiday freeze.'],
  ['a quarter and a year', 'The migration was finished in Q3 2024 and leadership signed off.'],
  ['a day of the month', 'The cutover happened on March 3 with no customer-facing incident.'],
  ['a day before the month', 'We flipped the flag on 14 June and closed the program the same week.'],
  ['a version', 'Every service now runs on Java 17 and the old build images are gone.'],
  ['a percentile name', 'p99 latency improved noticeably and customers stopped complaining.'],
  ['a fiscal half', 'The program closed in H2 FY24 with everyone on board.'],
  // A magnitude in any language is read (src/text/numbers.ts, one table): a budget told in one is a budget still, and a
  // name with a letter glued on ("7B", read as 7 billion before) is no count.
  ['a budget in lakh crore', 'The meters went in within the ₹1.2 lakh crore budget.'],
  ['a budget in "Mio."', 'It came in within the €2 Mio. budget.'],
  ['a ward named by its number and letter', 'Ward 7B reopened after the audit.'],
  ['a sev level and an ordinal', 'There has not been a Sev2 since, and it was the 1st clean peak for the org.'],
  ['a cliché with no number', 'Delivered on time and under budget, and the customer experience improved.'],
  ['a count of stakeholders', 'I presented to 5 directors and 2 VPs, and the plan was approved.'],
  ['a version and a date', 'Kubernetes 1.29 went live in every region by January 15.'],
  ['version numbers', 'Versions 1 and 2 were switched off, and v3 is the only one left.'],
  ['numbered labels', 'Calls to versions 1 and 2 fell to a trickle, and phase 3 starts next.'],
  ['scope counts of markets', 'All three markets launched on the planned day, in 2 regions.'],
  ['a schedule', 'The new rota gives 24/7 coverage and one team owns it.'],
  ['a number before a verb', 'Only four of thirty-one made the cut, and everyone agreed.'],
  ['a change in team size', 'The program grew from one team to three, and from 12 engineers to 20.'],
  ['a range of years', 'The platform ran from 2019 to 2024 without a rewrite.'],
  ['a headcount of interviewers and a date', 'The new loop went live in Q3 2025, with 30 trained interviewers and one debrief per candidate.'],
  ['people who all did something', 'The first three new hires all merged a change in their first fortnight.'],
  ['more people is not an outcome', 'We hired 12 more engineers and two more analysts.'],
  // Where, or how widely, something went: a rollout's reach is scope, not an outcome.
  ['a rollout to every clinic', 'SMS reminders went live in all 23 outpatient clinics by 9 September, in portal release 4.2.'],
  ['languages covered', 'Sentinel v2 ran in six markets by the end of Q3, covering all 11 languages.'],
  ['a notice sent to everyone', 'The updated sub-processor list went to all 212 EU customers in March.'],
  ['a rollout across millions of vehicles', 'The update went out across 1.2 million vehicles by June.'],
  ['people trained, in words', 'Two hundred and forty call-center agents completed the new scripting.'],
  ['the depots a rollout reached', 'The firmware went out across 12 depots over the summer.'],
  ['things that went live', 'All 212 courses went live on the new LMS on July 28.'],
  ['a launch for every platform', 'The new pipeline went live in November 2023 for all 4 device platforms.'],
  ['a known set that moved', 'The four signed tenants moved in March.'],
  ['devices that were on a version', 'All 2,400 chargers were on OCPP 2.0.1 by 30 June.'],
  ['meters reached', 'Alerts went live across the territory, reaching members at all 180,000 meters.'],
  ['a customer that moved every plant', 'Halvorsen did not renew and moved all three plants to a competitor.'],
  ['every store working the new way', 'All 340 stores now take card payments on the new terminals, running version 4.2.'],
  ['every store, in capitals', 'ALL 340 STORES NOW TAKE CARD PAYMENTS.'],
  ['every site migrated', 'I migrated all 23 sites to the new WMS by June.'],
  ['every store, after "and"', 'The last wave finished on 14 March, and all 340 stores now take card payments.'],
  ['labs a dashboard draws on', 'The dashboard went live on November 9 with feeds from all 23 labs.'],
  // A target set for later is not a result.
  ['a target for next year', "Rosa's plan for next year targets 40% of checked bags through self-service."],
  ['a goal still to meet', 'The target is to keep the default rate under 2.5% this year.'],
  ['a goal to hit next year', 'The goal for 2025 is to hit 40% self-service.'],
  ['every one of a fleet patched: reach', 'Every one of the 41,000 meters across all four regions was patched before 31 March.'],
  ['all of a fleet upgraded, words on: reach', 'All 41,000 meters across the four regions were upgraded by March.'],
  ['when the work was done, not how long it took', 'The upgrade was completed three weeks later, and the alerts stopped.'],
  ['a time ago', 'The old cluster was retired 2 months ago.'],
  // A twenty-second user's trial: money granted for the work is a budget, not what changed.
  ['funding agreed', 'Strategy approved; funding of £2.1m agreed.'],
  ['an investment secured', 'I secured a £400k investment for the rebuild.'],
  ['new funding approved', '£2.1m of new funding approved by the board.'],
  // The twenty-ninth trial's look-alikes: a date moved with "to … from", a team grown.
  ['a date moved, "to … from"', '- The launch moved to 14 March from 3 March.'],
  ['a team grown, "to … from"', '- The team grew to 12 engineers from 8.'],
  // tune37 (dev round 37): a rollout's reach with where the things stand between them and the verb.
  ['things at two sites on the new system', 'All 14 weighbridges at the two depots were on the new system by the end of July.'],
  ['tills in both stores that went live', 'The 40 tills in both stores went live on 3 March.'],
  ['tills across the stores on the new terminal', 'All 300 tills across the 12 stores were on the new payment terminal by May.'],
  // misc38 (dev round 38, r38-b-cubesat-constellation-onboarding): each of a set at its first of something is reach.
  ['all satellites at their first contact', '- Launch was on 13 November, and all 12 satellites had their first contact on launch day.'],
  ['all stores at their first sale', 'All 40 stores had their first sale on the new tills by May.'],
  // A thirty-fourth user's trial's look-alikes: one unit told with "a" that says when, not how much.
  ['"a week later" as when', 'A week later we met the vendor again and agreed the plan.'],
  ['"half a day later" as when', 'Half a day later the vendor called back with a fix.'],
  ['"a year earlier" as backstory', 'A year earlier, the same vendor had missed a deadline.'],
  ['"a month earlier" after a past perfect', 'I had joined the team a month earlier, and the deploys were clean.'],
  ['a day off, a holiday', 'I took a day off after the launch, and the team kept it running.'],
  // Dev round 40 and the older dev misses like it: numbers that are no measured result.
  ['a budget in złoty, its thousands grouped with a space', 'The contract was signed on 14 December within the 450 000 zł budget.'],
  ['a set carried across', 'Every one of the 2,300 room types was mapped by 27 March.'],
  ['people through training, named any way', '- 290 GMs through the nine webinars.'],
  ['people who finished the training', 'All 96 dye house operators finished the training.'],
  ['every machine on the new system, told in the past', 'By 3 March all 14 machines took their recipes from the new system, version 2.3.'],
  ['a go-live with what it went live with', 'Hall 3 went live on 14 November with its 44 looms.'],
  ['the others, left as they were', 'The other four halls stayed on paper shift reports into 2024.'],
  ['a target named after its size', "The 85% efficiency target from the business case moved to next year's plan."],
  ['a rollout told in its batches', 'All 2,400 chargers were on firmware 3.2.1 by 30 June, in 12 batches.'],
  ['every station handed over', 'I handed all 14 stations to the nine-person support team on July 1.'],
  ['a grade a committee gave the work', 'The model review committee gave it 4 of 5 points.'],
  ['a grade with a decimal a panel gave the work', 'The review panel gave it 8.5 out of 10.'],
  ['a score out of ten given to the work', "At the quarterly review Dr. Bell's team scored it 9 out of 10."],
  ['a rank told in words', 'Legal Ops ranked it first of nine internal tools in their H2 survey.'],
  ['people in apposition, working in the new platform', 'All four cohorts, 340 tracers, were working in the new platform by 18 March.'],
  ['every product signed off', 'Both retailers re-approved all 46 products after 11 steering meetings.'],
  ['the whole of a share that is reach', 'We rolled out to 23 of 25 depots, with the last two in July.'],
  ['money approved', 'The board approved €1.2m for phase two.'],
  ['money approved, the verb after it', '€400k was signed off for the second wave.'],
  ["a contract's term", 'Both vendors signed a 3-year contract in May.'],
  ["a plan's length", 'I built him a 30-day plan, and he started in June.'],
  // Dev round 41: a rollout's reach told with a second set joined to the counted one, a set signed off as the known one
  // with no "all", a term with its kind between, and every one of a set brought under an agreement.
  ['a rollout with every handheld joined to the tills', 'By June all 40 tills and every handheld scanner were on the new system.'],
  ['a go-live with their yards joined to the depots', 'All 12 depots and their yards went live on 3 May.'],
  ['a rollout with each driver app joined to the vans', 'The 300 vans and each driver app were on the new routing engine by March.'],
  ['the known set certified, "the two"', 'The notified body certified the two passenger lifts on 12 April.'],
  ['the known set approved, "our 14"', 'The regulator approved our 14 suppliers in March.'],
  ['the known set accepted, "the 6"', 'The auditor accepted the 6 sites after one visit.'],
  ["a support contract's term", 'The client signed a 3-year support contract in May.'],
  ["a managed-service agreement's term", 'We agreed a 12-month managed-service agreement with the vendor.'],
  ["an extended warranty's term", 'They renewed the 2-year extended warranty on every scanner.'],
  ['every lift brought under a maintenance contract', 'All 14 lifts of the tower went under a 5-year maintenance contract with us in May.'],
  ['every van brought under the new lease', 'Every one of the 300 vans came under the new lease in March.'],
  ['every site brought under one framework agreement', 'All 40 sites were brought under one framework agreement.'],
  // Near misses of a rate, a labelled from-to and an ordinal before/after: a date range with slashes, a rate moved to a
  // day, a date moved in ordinals with no unit counted, a month's day.
  ['a date range written with slashes', 'The freeze ran from 3/4 to 5/4 and nobody shipped.'],
  ['dates with slashes, no "from"', 'Support hours were 9/5 to 6/7 during the migration.'],
  ['a rate moved to a day', 'We moved the review from 2/week to Fridays only.'],
  ['a meeting moved in ordinals', 'We met on the 3rd instead of the 9th and agreed the plan.'],
  ['a go-live date moved in ordinals', 'The go-live moved to the 3rd of May instead of the 9th.'],
  // A Lagos engineering manager's trial: an N before a bare small number or a model name is no naira.
  ['an N before a model name, "N95 masks"', 'We stocked N95 masks at every branch and the staff were happy.'],
  ['an N before a road number, "N2"', 'The N2 road reopened and the vans ran again.'],
  // …nor a small n before a money-shaped number where nothing says money: a model's name.
  ['a small n before a model name, "n45m"', 'We moved every branch to the n45m model and the staff were happy.'],
  // …nor one used as a name where the sentence speaks of money: hyphened to a word, or an article before it and a noun after.
  ['a small n hyphened to a word, "the n2bn-row table"', 'We spent the quarter moving the n2bn-row table and the team was happy.'],
  ['a small n as a name, "the n1m service"', 'We paid down the debt in the n1m service and the team was happy.'],
  // Dev round 45: a rollout's reach on farms and what each was given, working; advisors who did the work; people trained,
  // told with where they came from; and a team's size told before its number, a verb after it.
  ['every farm in the scheme with a working sensor', 'All 1,100 farms in the scheme had a working sensor by 31 August 2023.'],
  ['every pump with a working alarm', 'All 40 pumps had a working alarm by May.'],
  ['every mine on the new feed', 'All 6 mines were on the new gas feed by June.'],
  ['advisors who did the rollout', 'Eight advisors and three of my developers did the whole rollout.'],
  ['rescuers from four mines trained', 'By the end of 2023, 240 rescuers from four mines had completed the VR training.'],
  ['cadets at two sites through the induction', '310 cadets at two sites have completed the induction.'],
  ['a team of 9 handing over', 'The team of 9 handed the platform to the NOC on 2 October.'],
  ['a crew of twelve doing the cut-over', 'A crew of twelve did the cut-over in May.'],
  // People trained, named by their role, with where they came from.
  ['managers from three regions through a workshop', '40 product managers from three regions attended the workshop.'],
  // Every port with a live feed: reach, as a working sensor is.
  ['every port with a live feed', 'All 12 ports had a live feed by June.'],
  // People certified by the candidate are who was trained, reach, as "trained 40 agents" is, whatever their trade.
  ['welders certified in a month', 'We certified 120 welders in a month.'],
  ['agents certified in a month', 'We certified 120 agents in a month.'],
];

/** Results that state a quantified outcome. */
const valid: [label: string, result: string][] = [
  // A Lagos engineering manager's trial: naira written with an N for its sign (no ₦ key).
  ['naira as "N45m", from-to', 'Chargebacks fell from N45m to N6m a month.'],
  ['naira as "N45 million"', 'We recovered N45 million of failed transfers.'],
  ['naira as "N45,000,000"', 'We recovered N45,000,000 of failed transfers.'],
  ['naira as "N1.2bn"', 'The wallet processed N1.2bn in its first week.'],
  ['naira as "N500k"', 'Fraud losses were held to N500k.'],
  // …and with a small n, where a verb of saving or paying says it is money.
  ['naira as "n45m", saved', 'The new routing saved n45m a year.'],
  ['naira as "n500k", paid', 'We paid n500k less in fees each month.'],
  ['naira as "n2bn", costs cut by', 'We cut costs by n2bn.'],
  // A from-to with no unit is a change on its own.
  ['a from-to with no unit, "from 45m to 6m"', 'Chargebacks fell from 45m to 6m a month.'],
  // A twenty-ninth user's trial (a TPM at an Indian fintech): a settlement cycle changed, told "to" before "from".
  ['a T+n settlement change, "to … from"', '- Settlement TAT reduced to T+1 from T+3.'],
  // A sixth user's trial: how long something took is a measure; a span with a count in it keeps the count.
  ['how long it took, "in six weeks"', 'We shipped the new pipeline in six weeks.'],
  ['how long it took, "took two quarters"', 'The migration took two quarters.'],
  ['how fast, "within two weeks"', 'Within two weeks every team was on the new pipeline.'],
  ['a change over a span', 'Churn fell 20% over the next 6 months.'],
  ['a count after "with" and no article', 'We finished the quarter with 3 incidents, down from 11.'],
  ['a count after "with our"', 'We closed the quarter with our 3 biggest customers renewed.'],
  // A review: a span that says how long an outcome took is a measure of it.
  ['how long everyone took to move, "over the next three weeks"', 'Over the next three weeks, every team moved to the new pipeline.'],
  ['how long the backlog took to clear', 'In the next two weeks the backlog cleared.'],
  ['a span with a count after it', 'Over the next six sprints the team hit its commitment in five, against one in the previous six.'],
  ['from X to Y with units', 'Mean time to recovery fell from 48 hours to 12 hours.'],
  ['from X to Y, unit once', 'Tickets fell from 300 a week to 40.'],
  ['a multiplier', 'Throughput went up 2x on the same fleet.'],
  ['a multiplier with ×', 'The nightly batch now runs 3× faster.'],
  ['money with a magnitude', 'The consolidation saved $1.2M a year in licences.'],
  ['money in euros', 'We saved €400k in vendor fees over the contract.'],
  ['halved', 'On-call pages were halved within a quarter.'],
  ['doubled', 'Team velocity doubled by Q3 2024.'],
  ['a percentage', 'Deployment failures dropped 40% across the three teams.'],
  ['a percentage in words', 'Cart abandonment fell 8 percent during the peak.'],
  ['percentage points', 'Conversion rose 3 points on mobile.'],
  ['a duration', 'Build time is now 9 minutes, down from most of an hour.'],
  ['a duration in words', 'Onboarding a new service now takes two days.'],
  ['engineer-hours', 'It freed 40 engineer-hours a week.'],
  ['engineer-months in words', 'It saved three engineer-months of work.'],
  ['person-days', 'The new runbook saves 120 person-days a quarter.'],
  ['milliseconds', 'p99 latency dropped to 900 ms at peak.'],
  ['a count with a unit', 'We retired 14 legacy dashboards and one cron host.'],
  ['a large count', 'The backlog shrank by 1,200 tickets.'],
  ['an availability', 'The service held 99.95% availability through Prime Day.'],
  ['a metric next to a team size', 'The 12-person team cut incident volume by 30%.'],
  ['a metric next to a date', 'In 2024 we shipped to 2.3 million customers.'],
  ['a money amount per order', 'Cost per order is down to $0.42.'],
  ['from X to Y in words', 'Message-related incidents fell from five in the prior quarter to zero.'],
  ['from X to Y with "about"', 'Weekend failures went from several a month to about one a quarter.'],
  // A cadence change is a quantified outcome to an interviewer ("monthly to daily" is 30x), even
  // with no digits in it.
  ['a cadence change', 'Releases went from monthly to twice a week.'],
  ['a count of outcome units in words', 'We passed the audit with two minor exceptions.'],
  ['zero of something', 'The ledger processed launch-day traffic with zero failed writes.'],
  ['a fraction', 'Repeat incidents fell by a third over the next two quarters.'],
  ['a bare number after a verb of change', 'NPS rose by 12 after the change.'],
  ['a count after a sentence-initial word', 'About 40 services moved off the old cluster.'],
  ['a count of things done after "About"', 'About 40 tickets were closed in the first week.'],
  ['a count of fewer things in words', 'Twelve fewer pages a week by the end of the quarter.'],
  ['"twice as fast"', 'New sellers now go live twice as fast.'],
  ['"three times faster"', 'Clean builds are now three times faster.'],
  ['a fraction in words', 'Listing errors dropped by a quarter.'],
  ['a fall to zero', 'Weekend pages fell to zero.'],
  ['a fraction after a verb', 'Repeat contacts were down a third by the spring.'],
  ['"half the time"', 'New hires now ship their first change in roughly half the time.'],
  ['a share of something done', 'By month six the new team took over half the rota.'],
  ['a currency code', 'The renegotiation saved GBP 40,000 over the contract.'],
  ['a backlog cleared', 'All 48,000 delayed letters reached claimants by 4 November.'],
  ['a count in words with a magnitude', 'Three thousand refunds went out on the first day.'],
  ['fewer steps, after "in"', 'Checkout now completes in 3 steps instead of 7.'],
  ['a count of a known set cleared', 'We cleared 1,200 of the 1,500 open tickets by Friday.'],
  ['a count after "the"', 'We retired the 14 legacy dashboards and closed the 1,200 open tickets.'],
  ['a count after "for all"', 'We shipped fixes for all 37 open defects.'],
  ['fixes for all defects, after "went live"', 'The patch went live with fixes for all 37 open defects.'],
  ['a backlog cleared, after "the"', 'The 48,000 delayed letters reached claimants by 4 November.'],
  ['a change in people per shift', 'Staffing fell from 40 agents per shift to 25.'],
  ['fewer workers', 'We now run 12 fewer workers on the night shift.'],
  ['a target hit', 'We hit our target of 40% conversion.'],
  ['a result against its target', 'Against a target of 5%, we reached 7%.'],
  // Review of the target and rollout checks: results beside a target word, and counts that are outcomes.
  ['a result after a target, in a new clause', 'The goal was 10%; conversion rose 12%.'],
  ['a result after "aiming for"', 'Aiming for peak, we cut checkout errors by 40%.'],
  ['a retailer named Target', 'We onboarded Target and Walmart, adding $4M in annual revenue.'],
  ['a missed target and where it landed', 'We missed the target, landing at 31% adoption.'],
  ['a target beaten', 'We beat our 99.5% availability target, reaching 99.95%.'],
  ['actual against target', 'Actual vs. target: 97% on-time delivery.'],
  ['a result in the sentence after a target', 'The target was set in May. 40% of bags now go through self-service.'],
  ['orders on the day of going live', 'We took 50,000 orders the day we went live.'],
  ['launches on time', '14 of 15 launches were on time.'],
  ['customers who moved plan', 'After the pricing change, 2,000 customers moved to annual billing.'],
  ['merchants using a new checkout', 'By March, 1,200 merchants were using the new checkout.'],
  ['merchants now using it, without "all"', 'By March, 1,200 merchants now take payments on the new checkout.'],
  ['every open ticket now closed', 'All 1,200 open tickets are now closed.'],
  ['every flaky test now passing', 'All 40 flaky tests now pass.'],
  ['a backlog that has now arrived', 'All 48,000 delayed letters have now reached claimants.'],
  ['every ticket moved to done', 'We moved all 1,200 open tickets to Done by Friday.'],
  ['every queued order moved and shipped', 'We shifted all 9,000 queued orders to the backup warehouse and shipped them.'],
  ['every idle server switched off', 'We switched all 300 idle servers off.'],
  ['a count set against its baseline', '11 sites went off air for battery reasons, against 140 in 2021.'],
  ['a count down from last year', 'Only 11 sites went off air, down from 140 last year.'],
  ['a count compared with the year before', 'Complaints: 40, compared with 95 the year before.'],
  ['a slip measured against the plan', 'The upgrade shipped three weeks later than planned.'],
  ['a recovery timed from the fault', 'Bookings were fully restored 40 minutes later, and no data was lost.'],
  // …but money saved from capex or avoided in investment, and new business won, are outcomes.
  ['capex saved', 'Saved £400k of capex by reusing the old racks.'],
  ['investment avoided', 'We avoided £300k of investment in new servers.'],
  ['new business won', 'Won £2m of new business in the first quarter.'],
  ['capex savings', 'It delivered £1.2m in capex savings.'],
  ['an opex reduction', 'The move gave £400k in opex reduction a year.'],
  // tune37's neighbours: what was done, not where it went, with a place between.
  ['tickets at the two depots, fixed', 'All 14 ticket errors at the two depots were fixed by the end of July.'],
  ['trucks at the two depots on time', 'All 140 trucks at the two depots were on time in the first week of July.'],
  ['orders in the first week', '50,000 orders in the first week went through the new checkout.'],
  // misc38's neighbours: a count of what they had, and a first time measured.
  ['what all of a set had, counted', 'All 12 satellites had 4 contacts a day from launch.'],
  ['a first contact timed', 'All 12 satellites had their first contact within 40 minutes of separation.'],
  // A thirty-fourth user's trial (Dublin): one unit of time, counted with "a", "an" or "half a", as the change itself.
  ['"a week less"', 'Deploys now take a week less.'],
  ['"a fortnight less"', 'Deploys now take a fortnight less.'],
  ['"a day earlier"', 'Month-end now closes a day earlier.'],
  ['"an hour faster"', 'Pages now resolve an hour faster on average.'],
  ['"half a day shorter"', 'The quarterly close is half a day shorter.'],
  ['"half a day" taken', 'The close now takes half a day.'],
  ['"half an hour" saved', 'The new runbook saves each on-call engineer half an hour a shift.'],
  ['"a day" shaved off', 'We shaved a day off every release.'],
  ['"about a week ahead of schedule"', 'Releases now land about a week ahead of schedule.'],
  ['"a week later than planned", a slip measured', 'The upgrade shipped a week later than planned.'],
  // Magnitudes in any language (src/text/numbers.ts, one table), and the short forms that are units without money.
  ['money in "Mio." with its sign after', 'The new tender saved 12 Mio.€ a year.'],
  ['money in "mln" with its code after', 'Rework fell to 1.1 mln PLN a year.'],
  ['money in reais and "mil"', 'Freight cost fell by R$ 720 mil a month.'],
  ['a count in millions, "12m"', 'We now serve 12m users on the new app.'],
  ['a length in metres', 'We laid 400 m of new cable.'],
  // Dev round 40's neighbours: the same words where they carry a measure.
  ['money in złoty saved, its thousands grouped with a space', 'It saved 450 000 zł a year in channel fees.'],
  ['a count with its thousands grouped with a space', 'Online bookings reached 12 000 in March.'],
  ['a share of people trained who passed', '38 of 40 supervisors passed the certification.'],
  ['a target met, named after its size', 'We hit the 85% efficiency target in May.'],
  ['fewer batches', 'The nightly job now runs in 3 batches instead of 40.'],
  ['a go-live with none of something', 'All 12 stores went live with 0 P1 incidents.'],
  // A review: money approved or released that is itself an outcome, a term in a change, and a customer rating.
  ['working capital released', 'The rotation change released £3m of trapped working capital for Finance.'],
  ['savings approved, the amount first', 'Finance approved £400k of annual savings from the new rotation.'],
  ['revenue signed off', 'The CFO signed off £2m in new annual revenue from the service.'],
  ['a term in a change', 'Onboarding went from a 5-day course to a 2-day course.'],
  ['a rating customers gave', 'Customers rated it 4.7 out of 5 in the post-launch survey.'],
  ['a rating with a slash', 'CSAT rose to 4.6/5 after the launch.'],
  ['savings approved', '£400k of savings approved by the CFO.'],
  ['every defect fixed', 'All 37 defects were fixed before the freeze.'],
  ['an audit score, no grade given to the work', 'We scored 92 out of 100 on the supplier audit.'],
  ['a share of customers out of ten', '9 out of 10 customers now pay online.'],
  ['a cut-over timed, joined to its noun', 'The 30-minute cut-over replaced a weekend outage.'],
  // …and their neighbours that stay outcomes: a clean-up's count with a second set joined, a count certified or closed
  // with no "the", a backlog's age and a term in a change, and a count brought under contract with no "all".
  ['every defect and ticket fixed', 'All 37 defects and every open ticket were fixed before the freeze.'],
  ['tickets and escalations closed', '1,200 tickets and every escalation were closed in May.'],
  ['customers and partners moved to annual billing', '2,000 customers and every partner moved to annual billing.'],
  ['a count certified with no article', 'The notified body certified 12 new lifts in April.'],
  ['a count closed after the known set certified', 'The auditor certified the two lines, and 40 defects were closed.'],
  ['the known set closed', 'We closed the 1,200 open tickets in May.'],
  ["a backlog's age, not a term", 'We cleared a 6-month backlog of contracts.'],
  ['a term with its kind between, in a change', 'Onboarding went from a 5-day induction course to a 2-day course.'],
  ['customers brought under contract, with no article', '1,200 customers went under contract in May.'],
  ['new customers under a support contract, with no "all"', '120 new customers came under a support contract in May.'],
  ['every van in under budget', 'All 300 vans came in under the fuel budget.'],
  // A rate in a from-to change, with or without "from", and a label with a digit between the ends.
  ['a rate per week in a from-to change', 'Pages from 120/week to 35/week.'],
  ['a rate per month in a from-to change', 'P1s from 14/month to 3/month.'],
  ['a rate per day in a from-to change', 'Deploys from 2/day to 20/day.'],
  ['hours per week in a from-to change', 'Toil hours from 30/week to 8/week.'],
  ['a rate before and after, no "from"', 'Pages 120/week to 35/week.'],
  ['an approximate count per labelled incident', 'Pages came down from ~40 per SEV1 to 6.'],
  ['a count per P1', 'Pages came down from 40 per P1 to 6.'],
  ['a count per incident', 'Pages came down from 40 per incident to 6.'],
  // A before and after in ordinals of a counted unit.
  ['ordinal working days, "instead of"', 'The finance team now closes the month on the 3rd working day instead of the 9th.'],
  ['ordinal weeks, "rather than"', 'Every store had stock by the 2nd week rather than the 6th.'],
  ['ordinal business days, "compared with"', 'Payroll now runs on the 1st business day compared with the 4th.'],
  // Near misses of dev round 45's reach, trained people and team sizes: what a team did, counted; working days of stock;
  // a count before people trained; what people from the mines failed; a backlog's size; a farm's outcome.
  ['tickets a team of nine closed', 'A team of nine closed 140 tickets in May.'],
  ['working days of stock, with no "all"', 'The stores had 14 working days of stock by May.'],
  ['a count before people who were trained', 'We cut rejected loads to 6 after 310 cadets from four mines completed the training.'],
  ['cadets from the mines who failed the training', '310 cadets from four mines failed the training.'],
  ['a backlog cleared', 'We cleared a backlog of 9,000 tickets.'],
  ['farms with fewer rejected loads', 'All 1,100 farms had a working sensor, and rejected loads fell from 41 to 6.'],
  // Things, not people, from a place that passed a certification: a count of what passed, not who was trained.
  ['products from the new line that passed certification', '14 products from the new line passed the certification.'],
  ['claims from two regions that passed a review', '12 claims from two regions had passed the certification review.'],
  ['vendors in a tender that passed an audit', '9 vendors in the tender passed the certification audit.'],
  // What befell every one of a set: incidents counted, no reach.
  ['every port with a live incident', 'All 12 ports had a live incident that week.'],
  ['every pump with a live incident', 'All 40 pumps had a live incident by May.'],
];

describe('missing-metric', () => {
  it.each(invalid)('flags a result with %s', (_label, result) => {
    const reports = runRule(rule, { situation: SITUATION_WITH_NUMBERS, result });
    expect(reports).toHaveLength(1);
    expect(reports[0]!.field).toBe('result');
  });

  it.each(valid)('accepts a result with %s', (_label, result) => {
    expect(runRule(rule, { situation: 'The service was slow.', result })).toEqual([]);
  });

  it('does not count a number that appears only in the situation', () => {
    const reports = runRule(rule, {
      situation: 'MTTR was 48 hours and 30% of pages were noise.',
      task: 'I had 6 weeks to fix it.',
      action: 'I cut the alert count from 400 to 90.',
      result: 'On-call is calmer and the team trusts the alerts again.',
    });
    expect(reports).toHaveLength(1);
  });

  it('flags a missing result and says what a metric looks like', () => {
    const [report] = runRule(rule, { situation: 'Latency was 2.4 s.', action: 'I fixed it.' });
    // Not missing-section's words for the same place: a story with no result says it once.
    expect(report?.message).toMatch(/^No metric yet: when you write the result/);
    expect(report?.message).toContain('from 48 hours to 12');
  });

  it('says what to write instead', () => {
    const [report] = runRule(rule, { result: 'It went well.' });
    expect(report?.message).toMatch(/Say what changed and by how much/);
    expect(report?.message).toMatch(/down 15%/);
  });

  it('points at the result key', () => {
    const yaml = ['title: A story', 'situation: Latency was 2.4 s.', 'result: >-', '  It went well, and', '  everyone was happy.', ''].join('\n');
    const { messages } = lintText(yaml, 'stories/a.yaml', only('missing-metric'));
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['missing-metric', 3, 1]]);
  });
});
