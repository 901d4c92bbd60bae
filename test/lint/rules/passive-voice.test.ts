/**
 * passive-voice: passives in the action that hide who acted. A passive that names its actor ("approved by
 * Dana Whitfield") and a participle used as an adjective ("was involved in", "results were mixed") don't count.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/passive-voice.js';
import { lintText, only, runRule } from '../../helpers.js';

/** Actions with agentless passives, and the phrase reported. */
const invalid: [label: string, action: string, phrase: string][] = [
  // Dev round 44: a criterion after "by" is no actor, and someone "called" once or back was phoned, not named.
  ['a criterion after "by"', 'I wrote the plan. The pilot dealers were chosen by region.', 'The pilot dealers were chosen'],
  ['two criteria after "by"', 'The sites were picked by size and volume.', 'The sites were picked'],
  ['a date after "by", sorted', 'The tickets were sorted by date.', 'The tickets were sorted'],
  ['a criterion after "by", a clause after it', 'It was decided to migrate country by country, first Belgium.', 'It was decided'],
  ['"called once"', '- Built one intake form; growers were called once.', 'growers were called'],
  ['"called back"', 'The drivers were called back the next day.', 'The drivers were called back'],
  ['"called personally"', 'The top ten dealers were called personally before launch.', 'The top ten dealers were called'],
  // The same trial's look-alikes: after a preposition's clause and "and", another subject, or the candidate's clause then a
  // thing's, still hides who acted.
  ['a thing\'s passive after the candidate\'s clause with a preposition', 'I was responsible for the rollout and the plan was approved.', 'the plan was approved'],
  ['a thing\'s passive after "and", the candidate\'s clause before it', 'I led the rollout and the budget was cut.', 'the budget was cut'],
  ['"it" after "and"', 'I wrote the fix and it was deployed in an hour.', 'it was deployed'],
  ['no "I" before "and"', 'The vendor shipped the patch and was paid in May.', 'was paid'],
  // A new user's trial: "read" before a noun is no passive, but read by someone unnamed still is.
  ['logs read by someone unnamed', 'The logs were read in the morning.', 'The logs were read'],
  ['a report read out by someone unnamed', 'The report got read out at the town hall.', 'The report got read out'],
  // "caught" was missing from the irregular participles: who caught the regression is hidden.
  ['"the regression was caught in staging"', 'The regression was caught in staging before the release.', 'The regression was caught'],
  ['"were not caught until the audit"', 'The duplicate charges were not caught until the audit.', 'The duplicate charges were not caught'],
  // A twenty-fourth user's trial's look-alikes: a share done that is no "none", and a thought that is no opinion.
  ['"most of it was documented"', 'I inherited the intake process, and most of it was documented.', 'it was documented'],
  ['"thought about it, and the plan was approved"', 'He thought about it, and the plan was approved.', 'the plan was approved'],
  ['"the runbooks were rewritten"', 'The runbooks were rewritten over a weekend.', 'The runbooks were rewritten'],
  // A ninth user's trial's look-alike: what would be done is still a hidden act.
  ['"would be downgraded"', 'I set the rule so that any alert with no action would be downgraded.', 'would be downgraded'],
  // A sixth user's trial: a noun after a preposition is not the subject; quote the verb, not a wrong subject.
  ['a subject far back, a noun after "without" just before', 'I set a rule that any alert paging my team more than twice a week without an action would be downgraded.', 'would be downgraded'],
  ['a noun after "with" just before', 'Every ticket with a missing owner was closed.', 'was closed'],
  ['a subject with "of" in it keeps its noun', 'Half of the tickets were closed.', 'the tickets were closed'],
  // Past a finding, a new clause's passive still hides who acted.
  ['a passive after a finding and "and"', 'I found a vendor and the contract was signed in May.', 'the contract was signed'],
  // A nineteenth user's trial: a number's comma or point is no clause's end ("340 cards were charged" was quoted).
  ['a count with a comma as its subject', 'In the incident, 1,340 cards were charged twice.', '1,340 cards were charged'],
  ['a count with a point as its subject', 'After the cutover 2.000 merchants were migrated in a night.', '2.000 merchants were migrated'],
  // Not done, where no un- word says a state: still an act not taken by someone unnamed.
  ['a release not approved', 'The release was not approved in time.', 'The release was not approved'],
  ['an integration not tested, in a clause of its own', 'On the cutover weekend the integration was not tested with real carrier data.', 'the integration was not tested'],
  ['tests never reviewed, in a clause of its own', 'The load tests were never reviewed, so I rewrote them.', 'The load tests were never reviewed'],
  ['a decision was made', 'After a review with the three leads, a decision was made to merge the rotas.', 'a decision was made'],
  ['an approval with no approver', 'The new rota was approved at the next operations review.', 'The new rota was approved'],
  ['a plural subject', 'The runbooks were rewritten to match the new ownership.', 'The runbooks were rewritten'],
  ['"it was discovered"', 'In May it was discovered that the archive kept soft-deleted copies.', 'it was discovered'],
  ['a bullet', '- Post-mortem was written and shared with leadership.', 'Post-mortem was written'],
  ['an irregular participle', 'Calibration sessions were held every two weeks.', 'Calibration sessions were held'],
  ['"by" a number is not an actor', 'Latency was cut by 30% after the cache went in.', 'Latency was cut'],
  ['"by" a time is not an actor', 'The fix was shipped by Friday.', 'The fix was shipped'],
  ['a get-passive', 'The budget got approved in the end.', 'The budget got approved'],
  ['"had been"', 'The old schema had been dropped before the rehearsal.', 'The old schema had been dropped'],
  ['an adverb between', 'The flag was quietly removed from the config.', 'The flag was quietly removed'],
  ['one of two passives with an actor', 'The plan was approved by Dana, and the budget was cut.', 'the budget was cut'],
  ['a negative', "The change wasn't approved until the second review.", "The change wasn't approved"],
  ['"while" with an act', 'While I was away, the release was approved and shipped.', 'the release was approved'],
  ['"was parked" as a decision', 'The reporting feature was parked until next year.', 'The reporting feature was parked'],
  ['"still" with an act', 'The release was still shipped on the original date.', 'The release was still shipped'],
  ['"already" with a time', 'The budget was already cut in January.', 'The budget was already cut'],
  ['an act inside "while"', 'While the fix was deployed, I watched the error rates.', 'the fix was deployed'],
  ['a bug that was fixed', 'The login bug was fixed within the hour.', 'The login bug was fixed'],
  ['a wrong price that was fixed', 'The wrong price was fixed within an hour.', 'The wrong price was fixed'],
  ['a date that was fixed quickly', 'The wrong date was quickly fixed after the complaint.', 'The wrong date was quickly fixed'],
  ['a passive after a report, in a new sentence', 'Sunita flagged the gap. The library was patched the same day.', 'The library was patched'],
  ['a passive after a report, with no "that"', 'The QA lead flagged the issue, and the library was patched the same day.', 'the library was patched'],
  ['a passive after "so" that is not an aim', 'I raised it at the review, so the budget was cut.', 'the budget was cut'],
  // A twenty-third user's trial's near misses: a passive that is no purpose of the candidate's own act.
  ['the same words joined by "and"', 'I added a size budget check in CI, and every PR showing a size increase gets flagged.', 'a size increase gets flagged'],
  ["someone else's act, then its purpose", 'The platform team added a check so that every PR gets flagged.', 'every PR gets flagged'],
  ['the purpose first, the act hidden', 'So that every PR gets flagged, a check was added to CI.', 'a check was added'],
  ['a clause after the purpose', 'I added the check so that every PR gets flagged, and the plan was approved.', 'the plan was approved'],
  ['"so that … would get flagged", what someone would do', 'I set the rule so that any alert with no action would get downgraded.', 'would get downgraded'],
  ['"so far", no purpose', 'I added a size budget check in CI, and so far 12 PRs are reverted.', '12 PRs are reverted'],
  ['a verb that begins with "un"', 'The old queue was unloaded overnight.', 'The old queue was unloaded'],
  ['"un-" verbs that are acts', 'The two engineers were unassigned from the project in May.', 'The two engineers were unassigned'],
  ['a passive before "that"', 'It was agreed that the audit would move to March.', 'It was agreed'],
  ['a passive in a new clause after a report', 'I confirmed that the plan was ready, and then the budget was cut.', 'the budget was cut'],
  ['a passive after "but", after a report', 'Priya flagged that the library was risky, but the decision was made to ship anyway.', 'the decision was made'],
  // A new user's trial: "was split" is still an act when it isn't opinion divided.
  ['traffic "was split" across regions', 'The traffic was split across two regions before the cutover.', 'The traffic was split'],
  ['"was split over" zones', 'The traffic was split over three availability zones.', 'The traffic was split'],
  ['"needed to be migrated"', 'The data needed to be migrated before the lease ended.', 'be migrated'],
  // The look-alikes of a condition the candidate set: how long something went on, and a hold that is not theirs.
  ['"until" after a call that ran until then', 'I ran a daily call with the integrator until the 212 signals were mapped.', 'the 212 signals were mapped'],
  ['"until" after a release someone else held', 'The release was held until the fix was verified.', 'the fix was verified'],
  // The review of that change: held or kept, but not the work; not stopping is how long, not a condition.
  ['"held a daily call until"', 'I held a daily call with the integrator until the 212 signals were mapped.', 'the 212 signals were mapped'],
  ['"kept the war room open until"', 'I kept the war room open until the fix was deployed.', 'the fix was deployed'],
  ["\"didn't stop until\"", "I didn't stop until the backlog was cleared.", 'the backlog was cleared'],
  // A twenty-first user's trial: done, said of a task and not a count, hides who did it; a passive after "told…"
  // in a clause of its own is no report.
  ['"the analysis was done."', 'The analysis was done. I presented it to the board.', 'The analysis was done'],
  ['"was done in a rush"', 'The testing was done in a rush before the freeze.', 'The testing was done'],
  ['a passive after "told" and "and"', 'I told the team to stop, and the release was paused.', 'the release was paused'],
  ['a plan spelled out after a colon, no finding', 'I set the plan: the tables were migrated in two waves.', 'the tables were migrated'],
  ['an obligation in a clause of its own', 'The tables had to be migrated by Friday.', 'be migrated'],
  // The review of that change: "told"/"informed" with more than whom and what in between, and a year or week
  // number, not a count.
  ['a passive after "informed … after"', 'I informed stakeholders after the decision was made.', 'was made'],
  ['a passive after "told … about …,"', 'I told the team about the outage, the deploy was rolled back within an hour.', 'the deploy was rolled back'],
  ['a year before "was done"', 'In 2023 the analysis was done.', 'the analysis was done'],
  ['a week number before "was done"', 'By week 6 the migration was done.', 'the migration was done'],
  // A twenty-fifth user's trial (a data-platform EM in Berlin): the look-alikes of a cause found and a saving not
  // proven. The same act in a clause of its own still hides who; "proved", and proven said, do too.
  ['a merge in a clause of its own', 'The change in the order model was merged without review.', 'the order model was merged'],
  ['a merge after "and", no cause named', 'I added a CI check, and the change was merged without review.', 'the change was merged'],
  // A review: a bare finding verb with no fault as its object is no cause traced.
  ['risks identified, then escalated by someone unnamed', 'I identified three risks which were escalated to the VP.', 'risks which were escalated'],
  ['gaps found, then closed by someone unnamed', 'I found four gaps in the runbook that were closed within a week.', 'were closed'],
  ['a saving proven, by nobody named', 'The saving was proven on the invoices.', 'The saving was proven'],
  ['"was not proved"', 'The saving was not proved before the renewal.', 'The saving was not proved'],
  // A twenty-sixth user's trial's look-alikes: a reason given for an act, not a belief, is the candidate's account of
  // what was done and still hides who; "expected" with no one expecting, or thought as an act, is no belief.
  ['a reason for an act', 'I shipped it because the tests were run.', 'the tests were run'],
  ['a reason for an act after a belief and "and"', 'I assumed it was fine and shipped it because the tests were run.', 'the tests were run'],
  ['a reason after "than expected"', 'The load was higher than expected because the campaign was launched early.', 'the campaign was launched'],
  ['a reason after "was expected to"', 'The traffic was expected to double because the campaign was launched.', 'the campaign was launched'],
  ['a reason after "thought about"', 'I thought about it because the deadline was moved.', 'the deadline was moved'],
  ['a reason after "some thought"', 'I gave it some thought because the design was changed.', 'the design was changed'],
  ['a clause after the reason for a belief', 'I assumed the 3x would be fine because the autoscaling was configured, and the budget was cut.', 'the budget was cut'],
  // passive32's look-alikes: where something lay is a state, but not a get-passive, one going on, or one with no place;
  // a consequence with its cause named is not one whose cause is the candidate, nor a response to the cause.
  ['a get-passive, an act', 'The load got spread across the zones.', 'The load got spread'],
  ['"was being spread", an act going on', 'The traffic was being spread across three zones during the cutover.', 'The traffic was being spread'],
  ['"concentrated" with no place after it', 'The chemical was concentrated before the tests.', 'The chemical was concentrated'],
  ['the candidate as the cause', 'I found the bug, so the fix was deployed.', 'the fix was deployed'],
  ['"we" as the cause', 'We were migrating the billing tables, so clients were charged twice.', 'clients were charged'],
  ['a response to a named cause', 'The monitoring was paging the on-call every night, so the alerts were muted.', 'the alerts were muted'],
  ['a refund after a cause the candidate found', 'I found the bug in the retry logic, so the duplicate charges were refunded.', 'the duplicate charges were refunded'],
  ['a decision after a named cause', 'The vendor was missing its dates, so the contract was renegotiated.', 'the contract was renegotiated'],
  ["the candidate's act between cause and consequence", 'The job was overwriting the table, and I restarted it, so the rows were recorded twice.', 'the rows were recorded'],
  ['a cause doing nothing to anything', 'The vendor was trying to fix it, so clients were charged twice.', 'clients were charged'],
  ['accounts locked, not locked out', 'The gateway was retrying every declined card, so the accounts were locked.', 'the accounts were locked'],
  // mpassive: where work, money or a plan was put is somebody's choice, and so is anything placed for a purpose.
  ['a cutover spread over weekends, for a purpose', 'The cutover was spread over three weekends to limit risk.', 'The cutover was spread'],
  ['work spread across squads', 'The work was spread evenly across the four squads.', 'The work was spread'],
  ['a budget concentrated on markets', 'The budget was concentrated on the two biggest markets.', 'The budget was concentrated'],
  ['testing centred on a flow', 'Testing was centred on the checkout flow.', 'Testing was centred'],
  ['"it" placed for a purpose', 'It was spread over three weekends to limit risk.', 'It was spread'],
  ['a rollout placed "so that"', 'The rollout was spread over three weekends so that each depot had a quiet week.', 'The rollout was spread'],
  // …and after a named cause, a response to it that a process might also do, done to no person or account affected.
  ['rows deleted after a named cause', 'The old job was writing bad rows, so the rows were deleted.', 'the rows were deleted'],
  ['fees charged to the cause', 'The vendor was shipping late, so the late fees were charged to them.', 'the late fees were charged'],
  ['results recorded manually', 'The team was running the old scripts, so the results were recorded manually.', 'the results were recorded'],
  ['a vendor charged, no party affected', 'The vendor was shipping late, so the vendor was charged.', 'the vendor was charged'],
  // A user's trial: "many of them were done by one person only" was quoted as "them were done". Some of a group told by
  // an object pronoun is the subject whole; a noun after "of" is quoted as before.
  ['"many of them", closed', 'There were 40 open items and many of them were closed in a week.', 'many of them were closed'],
  ['"Some of us were told"', 'Some of us were told to wait for the audit.', 'Some of us were told'],
  ['"A few of them had not been tested"', 'A few of them had not been tested.', 'A few of them had not been tested'],
  ['"Most of them were rewritten"', 'Most of them were rewritten over a weekend.', 'Most of them were rewritten'],
  ['"Two of them were rolled back"', 'Two of them were rolled back before noon.', 'Two of them were rolled back'],
  ['"half of them" after "and"', 'I listed 12 gaps, and half of them were fixed in May.', 'half of them were fixed'],
  ['"The rest of them were archived"', 'The rest of them were archived.', 'The rest of them were archived'],
  ['"All of them were migrated"', 'All of them were migrated in one night.', 'All of them were migrated'],
  ['"Half of the tickets", a noun after "of", as before', 'Half of the tickets were closed in May.', 'the tickets were closed'],
  ['"most of it", a pronoun that is a subject too, as before', 'I inherited the intake process, and most of it was documented.', 'it was documented'],
  // …and "by" a count of something other than people is still a measure, not who acted.
  ['"by one third"', 'The latency was cut by one third.', 'The latency was cut'],
  ['"by one week"', 'The launch was moved by one week.', 'The launch was moved'],
  ['"by two points"', 'The error rate was reduced by two points.', 'The error rate was reduced'],
  ['"by three days"', 'The deadline was pushed by three days.', 'The deadline was pushed'],
  ['"by 40 minutes"', 'The batch was shortened by 40 minutes.', 'The batch was shortened'],
  ["\"by one o'clock\"", "The fix was shipped by one o'clock.", 'The fix was shipped'],
  ['"by a third"', 'The cost was lowered by a third.', 'The cost was lowered'],
  ['"by 1,200 units"', 'Output was raised by 1,200 units a week.', 'Output was raised'],
  // A verdict on something the candidate may have judged themself, or told as a scene but not on their work, keeps the
  // usual advice.
  ['vendor bids rejected', 'Three vendor bids were rejected at the first review.', 'vendor bids were rejected'],
  ['candidates rejected', 'The candidates were rejected after the debrief.', 'The candidates were rejected'],
  ['bids rejected, told as a scene', 'When the bids were rejected, I reopened the tender.', 'the bids were rejected'],
];

/** Actions that are active, name their actor, or use a participle as an adjective. */
const valid: [label: string, action: string][] = [
  // Dev round 44's near misses: a function or people after "by" act; "called" with a name after it names.
  ['a function after "by"', 'The dealer list was approved by finance.'],
  ['a function that builds after "by"', 'The plan was approved by product.'],
  // A fresh review: "sales" was a criterion, so the function that approved it was read as hidden.
  ['"approved by sales"', 'The discount was approved by sales.'],
  ['"signed off by sales and finance"', 'The pricing was signed off by sales and finance.'],
  ['"approved by market", a market team', 'The launch date was approved by market before the freeze.'],
  ['"approved by site", the site team', 'The shutdown window was approved by site.'],
  ['"approved by store", the store team', 'The new layout was approved by store, then rolled out.'],
  ['"planned by route", the route team', 'The detour was planned by route.'],
  ['people of a region after "by"', 'The pilot dealers were chosen by regional managers.'],
  ['a name after "by"', 'The pilot dealers were chosen by Gabe.'],
  ['a thing called by its name', 'I moved the nightly job, called Hendrik, to Airflow.'],
  ['a thing called something, then a time', 'The tool was called Rosterline at the time.'],
  // A new user's trial: "read access" is a noun phrase, not "got read" hiding who acted.
  ['"got read access"', 'The works council got read access to the alert dashboard.'],
  ['"got read permissions"', 'The auditors got read permissions on the bucket.'],
  ['"were read replicas"', 'The two new nodes were read replicas of the ledger.'],
  // A thirty-fourth user's trial: done to the candidate with a contracted "I", as "I was told to…" is: it hides nothing of theirs.
  ['"I\'d been told to drain the region"', "I'd been told to drain the region, so I moved the traffic."],
  ['"I’ve been asked to lead it", a curly apostrophe', 'I’ve been asked to lead the cut-over, so I wrote the plan.'],
  // A third review: an idiom after "to" is no purpose; a place where something lay stays a state.
  ['a state where defects lay, "to begin with" after it', 'The defects were concentrated in the checkout module to begin with. I paired two engineers on it.'],
  ['a state where errors lay, "to date"', 'The errors were concentrated in two regions to date, so I started there.'],
  // "caught" with its actor, or as a state a person is in, hides no one.
  ['"was caught by Dana\'s canary"', 'The regression was caught by Dana\'s canary check in staging.'],
  ['"I got caught up in"', 'I got caught up in the vendor dispute for a week, then I escalated it.'],
  // Caught unready is a state, an idiom: nobody's act hidden (a review of the change).
  ['"we were caught off guard"', 'We were caught off guard when the vendor quit, so I called their CEO the same day.'],
  ['"the team was caught short"', 'The team was caught short when two engineers left, and I moved the launch by a week.'],
  ['"was caught out by"', 'I was caught out by the new quota, so I asked Dana for a raise to 200.'],
  // A twenty-fourth user's trial: a state found ("none of it" was done, as "nobody was paged"), and an adjective in
  // someone's opinion.
  ['"almost none of it was documented"', 'I inherited the intake process, and almost none of it was documented, so I wrote the runbooks.'],
  ['"he thought it was wasted money"', 'The CFO pushed back; he thought it was wasted money.'],
  ['"she felt the launch was rushed"', 'I asked Dana for a review; she felt the launch was rushed.'],
  // A seventeenth user's trial: a condition the candidate set is no act hidden.
  ['"refused to sign off until … was proven"', 'I refused to sign off until rollback was proven on 200 bench units.'],
  ['"held the release until … was verified"', 'I held the release until the fix was verified on the rig.'],
  ["\"wouldn't ship until … were passed\"", "I wouldn't ship until the soak tests were passed twice."],
  ['"held the release until" a long subject', 'I held the release until the two remaining supplier sites were audited.'],
  // A ninth user's trial: what might happen is no act hidden.
  ['"might be wasted"', "I ordered the resin without waiting for my director's approval, knowing it might be wasted."],
  ['"could be cancelled"', 'I warned the buyer that the order could be cancelled if the audit slipped.'],
  ['a passive that names who acted', 'The plan was approved by Dana Whitfield, the VP of Engineering, after I showed her the costs.'],
  // A thirty-sixth user's trial: the team named as the actor is we-instead-of-i's to ask about, not reported twice.
  ['a passive that names the team as who acted', 'Rollback was done in 40 minutes by the team.'],
  ['an actor after a time', 'The launch was delayed by the vendor by three weeks, so I moved the campaign.'],
  ['"was involved in" (a state; hedging\'s business)', 'I was involved in the design review for masking.'],
  ['"mixed" results', 'The results were mixed, so I ran a second test.'],
  ['an aim for others', 'I moved the laptops to loaners so they would not be left behind.'],
  ['nobody as the subject', 'After the change, nobody was paged at night more than once a week.'],
  ['nobody somewhere as the subject', 'I moved the alerts so that nobody in Dublin was paged between 11pm and 7am.'],
  ['"un-" states', 'The new model was untested on wallet payments, and the rules were unchanged.'],
  ['what someone flagged', 'The QA lead, Sunita Rao, flagged that the new auth library had not been tested on Android 9.'],
  ['what I found', 'I found that the retry limit had been raised to 50 in a hotfix two years earlier.'],
  ['what someone told me', 'Marco told me that the export had been switched off in their tenant, so I asked for an exception.'],
  ['"designed to"', 'The service was designed to scale to ten times the load.'],
  ['"tired of"', 'I was tired of the weekly fire drills, so I automated the checks.'],
  // A twelfth user's trial: done to the candidate hides nothing of theirs ("I paged…" would say something else).
  ['done to the candidate', 'I got paged at 11 pm, joined the bridge and rolled the release back.'],
  ['asked of the candidate', 'I was asked to lead the cut-over, so I set up the war room.'],
  // A new user's trial (a São Paulo engineer): done to the candidate, after a preposition's clause ("for the rollout and I was
  // promoted"), or with the candidate's "I" left out after "and" ("I led the rollout and was promoted"), was told "I promoted …".
  ['done to the candidate, after a clause with a preposition', 'I was responsible for the rollout and I was promoted to lead the second phase.'],
  ['done to the candidate, the "I" left out after "and"', 'I led the rollout and was promoted to lead the second phase.'],
  ['given to the candidate, the "I" left out after a comma and "and"', 'I joined in May, and was given the migration.'],
  ['asked of the candidate, the "I" left out after "and"', 'I was in charge of the rollout and was asked to lead the second phase.'],
  ['"based in"', 'The team was based in Dublin, so I moved the stand-up earlier.'],
  ['a passive in quoted speech', 'Marco said, "the plan was approved last week," and I checked the minutes.'],
  ['active voice', 'I approved the plan and rewrote the runbooks myself.'],
  ['"was" with an adjective', 'The cluster was red all weekend, so I paged the database lead.'],
  ['"was" with a noun', 'It was two weeks later that I found the bug in the retry loop.'],
  ['"needed"', 'A change was needed before peak, so I moved the date.'],
  ['"affected" as a state', 'Two regions were affected, so I called the incident and paged the network lead.'],
  ['a hyphenated adjective ("read-only")', 'I agreed that phase one would be read-only, and I wrote the support script.'],
  ['a participle joined by a hyphen ("read-heavy")', 'The new service was read-heavy, so I added a cache in front of it.'],
  ['a state reached before ("already printed")', 'The planogram was already printed, so I shipped the old label.'],
  ['a state during ("while the car was parked")', 'I scheduled the update to install only while the car was parked.'],
  ['a date that was set ("was fixed")', 'The event date was fixed, so I cut the scope instead.'],
  // A new user's trial: a wish, and opinion divided.
  ['a wish ("didn\'t want to be locked in")', "I didn't want to be locked in, so I kept the export open."],
  ['opinion divided ("was split on")', 'I chose between two senior offers the panel was split on.'],
  // A fourth user's trial: what the candidate found, with no "that".
  ['a finding with no "that"', 'I found most jobs were overprovisioned.'],
  // A twentieth user's trial: not done, said of a thing in a clause about it, is a state, as its un- word is.
  ['a thing which was not documented', "I mapped the reverse-logistics partner's APIs, which were not documented."],
  ["a runbook that wasn't tested", "I rehearsed the failover with a runbook that wasn't tested."],
  ['a test that was never reviewed', 'I rewrote the load tests that were never reviewed.'],
  ['what the candidate saw', 'I saw the clusters were underutilised, so I cut them to four nodes.'],
  ['what the candidate learned', 'I learned the API was deprecated and planned the move.'],
  // Dev round 24: a purpose with a subject of two words.
  ['a purpose with "so the site would be"', 'I pushed it in one wave so the site would be done before the freeze.'],
  // A fifth user's trial: a finding that opens with a percentage, and a place swamped by what is named.
  ['a finding with a percentage', 'I pulled 18 months of ticket data myself and found 62% of alarms were handled in NetAct only.'],
  ['swamped, with what by', '- Call centre got flooded with complaints.'],
  // A twenty-first user's trial: how many were done, a state; what the candidate told someone.
  ['a count of things done', 'At week 6 only 3 clusters were done. I moved the data clusters to a second wave.'],
  ['a share finished by a day', 'By Friday, 30 of the 40 stores were finished, and I moved the rest to May.'],
  ['what the candidate told the director', 'I told my director the date was lost, the same day.'],
  ['what the candidate warned someone of', 'I warned Priya the budget was spent before the audit.'],
  // A twenty-second user's trial: a finding spelled out after a colon, and a requirement said of a thing.
  ['a finding after a colon', 'I pulled the till logs and traced the gap: click-and-collect orders were being recorded once at checkout and again at collection.'],
  ['a requirement in a relative clause', 'Legal sent a list of 212 tables that had to be kept for seven years.'],
  ['all of a set finished', 'All the migrations were finished by then, so I closed the programme.'],
  // A twenty-third user's trial: a purpose of the candidate's own act, what the thing they built then does.
  ['"so that … gets flagged" after my act', 'I added a size budget check in CI so that every PR showing a size increase gets flagged.'],
  ['"so … is flagged" after my act', 'I added a size budget check in CI so every PR that grows the bundle is flagged.'],
  ['"so that … gets flagged" in a bullet with no "I"', '- Added a size budget check in CI so that every PR showing a size increase gets flagged.'],
  // A twenty-fifth user's trial: a cause the candidate traced, someone else's act told in a relative clause of it, and
  // a saving not proven (a state, unproven).
  ['a cause traced, with its relative clause', 'I traced the double loads to a change in the order model which was merged without review.'],
  ['"the cause was …, which was …"', 'The cause was a change in the order model which was merged without review. I reverted it the same day.'],
  ['"came from … that was …"', 'The double loads came from a config that was copied from staging.'],
  ['a thing found, with its relative clause', 'I found a change in the order model which was merged without review.'],
  ['"the saving was not proven"', 'I asked Finance for the numbers, but the saving was not proven.'],
  ['"wasn\'t proven"', "The saving wasn't proven, so I asked Finance to measure it."],
  // A twenty-sixth user's trial: a reason given for what the candidate assumed is inside the belief, as the passive
  // in "I assumed the autoscaling was configured" is.
  ['a reason for an assumption ("because")', 'I assumed the 3x would be fine because the autoscaling was configured.'],
  ['a reason for an assumption, an adverb before', 'I wrongly assumed the 3x would be fine because the autoscaling had been configured.'],
  ['a reason for a thought ("since")', 'I thought the rollout was safe since the runbook was tested.'],
  ['a reason for a belief ("as")', 'I believed the date would hold as the capacity was reserved.'],
  ['a reason for an expectation', 'I expected the 3x to be fine because the autoscaling was configured.'],
  ["a reason for someone else's feeling", 'She felt the plan was solid because the costs were reviewed twice.'],
  ['a reason for an act, with who acted', 'I shipped it because the tests were run by QA.'],
  // passive32 (a user's trial): where something lay, with a place or how far after it, is a state, not an act.
  ['"it was concentrated at" a place', 'Almost all of the increase was one reason code, "duplicate processing", and it was concentrated at transit merchants.'],
  ['"were clustered around" a time', 'The failures were clustered around the 6 pm peak, so I moved the batch to 4 am.'],
  ['"was spread across" teams', 'On-call was spread across eight product teams, so I set up one rota.'],
  ['"was spread too thin"', 'The team was spread too thin, so I cut two projects.'],
  ['an adverb before, "heavily concentrated in"', 'Most of the churn was heavily concentrated in two regions, so I started there.'],
  ['"were scattered across"', 'The affected meters were scattered across three estates.'],
  // …and a consequence of what a thing named earlier in the sentence was doing, its cause: the doer is named.
  ['the user\'s consequence, its cause found', 'I pulled the logs with Dana and found that our retry logic was resending tap-to-pay authorizations when the transit terminal timed out, so clients were being charged twice.'],
  ['a consequence after "which meant"', 'The nightly job kept overwriting the ledger table, which meant 400 invoices were lost.'],
  ['a consequence in the simple past', 'The gateway was retrying every declined card, so customers were charged twice.'],
  ['"logged out", with its particle', 'The new session service was rotating tokens every minute, so drivers were logged out mid-route.'],
  // mpassive: a quantity or data found lying somewhere is a state, and a "to" that opens no purpose leaves it one; a
  // consequence done to the people or accounts affected, or done twice over, is the named cause's doing.
  ['the user\'s "it was concentrated at", no quote', 'Almost all of the increase was one reason code, and it was concentrated at transit merchants.'],
  ['errors spread evenly', 'The errors were spread evenly across the four zones.'],
  ['a span, not a purpose', 'The errors were clustered around the switch from desktop to mobile.'],
  ['"to" in a later clause', 'The failures were clustered around the 6 pm peak, so I moved the batch to production.'],
  ['people charged, no repeat said', 'The gateway was retrying every declined card, so customers were charged.'],
  ['a count of cards charged twice', 'The batch job was replaying the queue, so 1,340 cards were charged twice.'],
  ['records posted twice', 'The bank feed was duplicating entries, so the payments were posted twice.'],
  // A user's trial: "by" a count of people names who acted, as "by Dana" does.
  ['"done by one person only"', 'There were 40 open items and many of them were done by one person only.'],
  ['"by two senior engineers"', 'The tests were reviewed by two senior engineers.'],
  ['"by 3 contractors"', 'The migration was run by 3 contractors over a weekend.'],
  ['"by one of the SREs"', 'The backlog was cleared by one of the SREs.'],
  ['"by two reviewers"', 'Each change was approved by two reviewers.'],
  ['"by 1,200 drivers"', 'The survey was answered by 1,200 drivers.'],
  ['"by four volunteers"', 'The night shift was covered by four volunteers.'],
  ['"by one agent"', 'Most of the calls were taken by one agent.'],
  ['"by about ten people"', 'The old flow was still used by about ten people.'],
  // A user's trial (non-native English, no article): a verdict on the candidate's work, a reviewer's, a store's or a
  // regulator's, told as the scene their act answers, is the trouble met, not an act hidden.
  ['"when first build was rejected"', 'when first build was rejected, I read the guideline and fixed the privacy text.'],
  ['"When our first build was rejected"', 'When our first build was rejected, I read the App Store guideline line by line.'],
  ['"After our change request was turned down"', 'After our change request was turned down, I split it into two smaller ones.'],
  ['"Because the release was rejected twice"', 'Because the release was rejected twice, I set up a pre-review checklist.'],
  ['"Once my proposal was declined"', 'Once my proposal was declined, I asked the VP what would change her mind.'],
  ['"when it was rejected", the app submitted', 'I submitted the app in May, and when it was rejected I rewrote the privacy text.'],
  ['"As the claim was denied"', 'As the claim was denied, I filed an appeal with the evidence.'],
  ['"If the build was rejected again"', 'If the build was rejected again, I had a fallback release ready.'],
  ['"After the budget was vetoed"', 'After the budget was vetoed, I cut the scope to the two biggest stores.'],
];

describe('passive-voice', () => {
  it.each(invalid)('flags %s', (_label, action, phrase) => {
    const reports = runRule(rule, { action });
    expect(reports.map((r) => r.message.match(/^"([^"]*)"/)?.[1])).toContain(phrase);
    const report = reports.find((r) => r.message.startsWith(`"${phrase}"`))!;
    expect(report.field).toBe('action');
    expect(action.slice(report.index!, report.index! + phrase.length)).toBe(phrase);
  });

  it.each(valid)('accepts %s', (_label, action) => {
    expect(runRule(rule, { action })).toEqual([]);
  });

  it('looks only at the action', () => {
    const passive = 'A decision was made to merge the rotas.';
    expect(runRule(rule, { situation: passive, task: passive, result: passive, learned: passive })).toEqual([]);
  });

  // rules26: a negated passive is told as a negated active ("I did not escalate the risk"), not the positive one, which
  // says the opposite of the story; in its tense, and with what was not done as the object.
  it.each([
    ['"was not"', 'The risk was not escalated.', '"The risk was not escalated" hides who didn\'t act. If it was you, say "I did not escalate the risk"; if not, name who didn\'t: "the payments team did not escalate the risk".'],
    ['"weren\'t", a regular participle', "The load tests weren't reviewed before the launch.", '"The load tests weren\'t reviewed" hides who didn\'t act. If it was you, say "I did not review the load tests"; if not, name who didn\'t: "the payments team did not review the load tests".'],
    ['"never", in the past', 'I flagged it, but the risk was never escalated to the VP.', '"the risk was never escalated" hides who didn\'t act. If it was you, say "I never escalated the risk"; if not, name who didn\'t: "the payments team never escalated the risk".'],
    ['"had not been", the perfect', 'The old schema had not been dropped before the rehearsal.', '"The old schema had not been dropped" hides who didn\'t act. If it was you, say "I had not dropped the old schema"; if not, name who didn\'t: "the payments team had not dropped the old schema".'],
    ['"has never been", the perfect in the present', 'The flag has never been removed.', '"The flag has never been removed" hides who didn\'t act. If it was you, say "I have never removed the flag"; if not, name who didn\'t: "the payments team has never removed the flag".'],
    ['"didn\'t get", a get-passive', 'The budget didn’t get approved.', '"The budget didn’t get approved" hides who didn\'t act. If it was you, say "I did not approve the budget"; if not, name who didn\'t: "the payments team did not approve the budget".'],
    ['"would not be", a modal', 'The fix would not be merged.', '"The fix would not be merged" hides who didn\'t act. If it was you, say "I would not merge the fix"; if not, name who didn\'t: "the payments team would not merge the fix".'],
    ['an irregular participle', 'The post-mortem was not written.', '"The post-mortem was not written" hides who didn\'t act. If it was you, say "I did not write the post-mortem"; if not, name who didn\'t: "the payments team did not write the post-mortem".'],
    ['a doubled consonant', 'The jobs were not stopped.', '"The jobs were not stopped" hides who didn\'t act. If it was you, say "I did not stop the jobs"; if not, name who didn\'t: "the payments team did not stop the jobs".'],
    ['"they" as the object', 'They were not told about the freeze.', '"They were not told" hides who didn\'t act. If it was you, say "I did not tell them"; if not, name who didn\'t: "the payments team did not tell them".'],
    // mends26a: not done to the candidate's side, only who didn't act can be named; a present kept; a particle kept.
    ['"we" as the object', 'We were not consulted on the cut line, so I escalated.', '"We were not consulted" hides who didn\'t act. Name who didn\'t consult you: "the payments team did not consult us".'],
    ['"never" in the present', 'The changes are never reviewed before the release.', '"The changes are never reviewed" hides who didn\'t act. If it was you, say "I never review the changes"; if not, name who didn\'t: "the payments team never reviews the changes".'],
    ['"never" in the present, a verb in -es', 'The caches are never flushed.', '"The caches are never flushed" hides who didn\'t act. If it was you, say "I never flush the caches"; if not, name who didn\'t: "the payments team never flushes the caches".'],
    ['a phrasal verb\'s particle', "The migration can't be rolled back after the cutover.", '"The migration can\'t be rolled back" hides who didn\'t act. If it was you, say "I cannot roll back the migration"; if not, name who didn\'t: "the payments team cannot roll back the migration".'],
    // A thirty-fourth user's trial: a contraction on the pronoun is its auxiliary: "we'd not been" is "had not", "it's never been" is "has never".
    ['"We\'d not been told", done to us', "We'd not been told about the freeze.", '"We\'d not been told" hides who didn\'t act. Name who didn\'t tell you: "the payments team had not told us".'],
    ['"We hadn\'t been told", written out', "We hadn't been told about the freeze.", '"We hadn\'t been told" hides who didn\'t act. Name who didn\'t tell you: "the payments team had not told us".'],
    ['"It\'s never been tested"', "It's never been tested under load.", '"It\'s never been tested" hides who didn\'t act. If it was you, say "I have never tested it"; if not, name who didn\'t: "the payments team has never tested it".'],
    // The object whole, its article and every word before its noun: not "I did not approve sales dashboard".
    ['a subject of three words after its article', 'The new sales dashboard was not approved.', '"The new sales dashboard was not approved" hides who didn\'t act. If it was you, say "I did not approve the new sales dashboard"; if not, name who didn\'t: "the payments team did not approve the new sales dashboard".'],
    ['a subject of four words after its article', 'The Q3 EMEA capacity plan was never reviewed.', '"The Q3 EMEA capacity plan was never reviewed" hides who didn\'t act. If it was you, say "I never reviewed the Q3 EMEA capacity plan"; if not, name who didn\'t: "the payments team never reviewed the Q3 EMEA capacity plan".'],
    ['a subject after an opening phrase, with its own article', 'In the end the new sales dashboard was not approved.', '"the new sales dashboard was not approved" hides who didn\'t act. If it was you, say "I did not approve the new sales dashboard"; if not, name who didn\'t: "the payments team did not approve the new sales dashboard".'],
    ['a common word opening the sentence, lower-case as the object', 'Invoices were not sent for March.', '"Invoices were not sent" hides who didn\'t act. If it was you, say "I did not send invoices"; if not, name who didn\'t: "the payments team did not send invoices".'],
    // A review: a given name or a function that is also a common word keeps its capital ("mark", "legal" said otherwise).
    ['a given name that is a common word, kept', 'Mark was not told about the change.', '"Mark was not told" hides who didn\'t act. If it was you, say "I did not tell Mark"; if not, name who didn\'t: "the payments team did not tell Mark".'],
    ['a function opening the sentence, kept', 'Legal was not consulted on the change.', '"Legal was not consulted" hides who didn\'t act. If it was you, say "I did not consult Legal"; if not, name who didn\'t: "the payments team did not consult Legal".'],
    ['a name opening the sentence, kept', 'Kafka was not upgraded before the freeze.', '"Kafka was not upgraded" hides who didn\'t act. If it was you, say "I did not upgrade Kafka"; if not, name who didn\'t: "the payments team did not upgrade Kafka".'],
    ['a particle after "never", in the past', 'The plan was never signed off.', '"The plan was never signed off" hides who didn\'t act. If it was you, say "I never signed off the plan"; if not, name who didn\'t: "the payments team never signed off the plan".'],
    // A count of a group, by its pronoun: the object is the count whole, and "some of us" is the candidate's side.
    ['"A few of them had not been tested"', 'A few of them had not been tested.', '"A few of them had not been tested" hides who didn\'t act. If it was you, say "I had not tested a few of them"; if not, name who didn\'t: "the payments team had not tested a few of them".'],
    ['"Some of us were not consulted"', 'Some of us were not consulted.', '"Some of us were not consulted" hides who didn\'t act. Name who didn\'t consult you: "the payments team did not consult some of us".'],
  ])('suggests a negated active for a negated passive: %s', (_label, action, message) => {
    expect(runRule(rule, { action }).map((r) => r.message)).toEqual([message]);
  });

  it.each([
    ['a passive with no negation', 'The risk was escalated.', 'say "I escalated …"'],
    ['"not only" adds, it does not negate', 'The fix was not only merged but also tested.', 'say "I merged …"'],
    ['"nothing" in the sentence is no negation of the passive', 'The risk was escalated, and nothing else changed.', 'say "I escalated …"'],
  ])('keeps the positive active where nothing is negated: %s', (_label, action, advice) => {
    const [report] = runRule(rule, { action });
    expect(report!.message).toContain(advice);
    expect(report!.message).toContain('hides who acted');
  });

  // mends26a: done to the candidate's side, who acted is named; a phrasal verb keeps its particle; a preposition is none.
  it.each([
    ['"we" as the object', 'We were told to wait for the audit.', '"We were told" hides who acted. Name who told you: "told by the payments team".'],
    // A thirty-fourth user's trial: "we" with its auxiliary, contracted or not, in a clause that describes a thing, is the
    // subject the passive is done to, not "a region we'd" ("I told …" was the suggestion).
    ['"a region we\'d been told", contracted', "Customers were hitting a region we'd been told to drain.", '"we\'d been told" hides who acted. Name who told you: "told by the payments team".'],
    ['"a region we had been told", written out', 'Customers were hitting a region we had been told to drain.', '"we had been told" hides who acted. Name who told you: "told by the payments team".'],
    ['"the region that we’d been asked", a curly apostrophe', 'I moved traffic off the region that we’d been asked to drain.', '"we’d been asked" hides who acted. Name who asked you: "asked by the payments team".'],
    // …and the passive done to someone else keeps its call: "they'd", "it had".
    ['"They\'d been told", not done to us', "They'd been told to drain it.", '"They\'d been told" hides who acted. If it was you, say "I told …"; if not, name them: "told by the payments team".'],
    ['"the data it had been given", not done to us', 'The data it had been given was stale.', '"it had been given" hides who acted. If it was you, say "I gave …"; if not, name them: "given by the payments team".'],
    ['a choice taken', 'The choice was taken to keep the old cluster.', '"The choice was taken" hides who decided. If it was you, say "I decided …"; if not, name who did: "the payments team decided …".'],
    // …but a call taken may be a phone call's, and a plan made is made.
    ['a call taken', 'The call was taken in the war room.', '"The call was taken" hides who acted. If it was you, say "I took …"; if not, name them: "taken by the payments team".'],
    ['a plan made', 'A plan was made to move the traffic.', '"A plan was made" hides who acted. If it was you, say "I made …"; if not, name them: "made by the payments team".'],
    ['a particle', 'The change was rolled back within the hour.', '"The change was rolled back" hides who acted. If it was you, say "I rolled back …"; if not, name them: "rolled back by the payments team".'],
    ['"out of", a preposition', 'The stock was moved out of the DC.', '"The stock was moved" hides who acted. If it was you, say "I moved …"; if not, name them: "moved by the payments team".'],
    // A count of a group, by its pronoun: "some of us" is the candidate's side.
    ['"Some of us were told"', 'Some of us were told to wait.', '"Some of us were told" hides who acted. Name who told you: "told by the payments team".'],
    // A user's trial: a verdict on the candidate's work, said on its own, asks who passed it, never "I rejected …".
    ['a build rejected, no article', 'First build was rejected, so I read the guideline.', '"First build was rejected" hides who rejected it. Name who did: "rejected by the review board".'],
    ['our requests declined', 'Our two requests were declined, so I went to the VP.', '"Our two requests were declined" hides who declined them. Name who did: "declined by the review board".'],
    ['"it", the app submitted', 'I submitted the app and it was rejected twice.', '"it was rejected" hides who rejected it. Name who did: "rejected by the review board".'],
    ['a phrasal verdict', 'The change request was turned down at the CAB.', '"The change request was turned down" hides who turned it down. Name who did: "turned down by the review board".'],
    ['a design challenged', 'The design was challenged at the architecture review.', '"The design was challenged" hides who challenged it. Name who did: "challenged by the review board".'],
    ['my proposal vetoed', 'My proposal was vetoed in the steering meeting.', '"My proposal was vetoed" hides who vetoed it. Name who did: "vetoed by the review board".'],
    ['a business case questioned', 'The business case was questioned at the budget review.', '"The business case was questioned" hides who questioned it. Name who did: "questioned by the review board".'],
    ['a release sent back', 'The release was sent back for a missing privacy label.', '"The release was sent back" hides who sent it back. Name who did: "sent back by the review board".'],
    ['a claim denied', 'Our claim was denied in March.', '"Our claim was denied" hides who denied it. Name who did: "denied by the review board".'],
    // …but a verdict on something the candidate may have judged keeps the usual advice.
    ['bids rejected', 'Three vendor bids were rejected at the first review.', '"vendor bids were rejected" hides who acted. If it was you, say "I rejected …"; if not, name them: "rejected by the payments team".'],
    // A review: another party's submission, by its possessive, may have been the candidate's to turn down.
    ['a vendor\'s proposal rejected', "The vendor's proposal was rejected because it lacked SSO.", '"The vendor\'s proposal was rejected" hides who acted. If it was you, say "I rejected …"; if not, name them: "rejected by the payments team".'],
    ['their requests declined', 'Their requests were declined at the CAB.', '"Their requests were declined" hides who acted. If it was you, say "I declined …"; if not, name them: "declined by the payments team".'],
    ['the vendors\' proposal rejected, a plural\'s apostrophe', "The vendors' proposal was rejected because it lacked SSO.", '"The vendors\' proposal was rejected" hides who acted. If it was you, say "I rejected …"; if not, name them: "rejected by the payments team".'],
    // …but a word in single quotes is no possessive: the build is the candidate's own, its verdict someone else's.
    ['a build in quotes rejected', "The 'beta' build was rejected by mistake.", '"build was rejected" hides who rejected it. Name who did: "rejected by the review board".'],
  ])('tells who acted for a positive passive: %s', (_label, action, message) => {
    expect(runRule(rule, { action }).map((r) => r.message)).toEqual([message]);
  });

  it('suggests the active form and a named actor, as a warning by default', () => {
    const [report] = runRule(rule, { action: 'The runbooks were rewritten.' });
    expect(report!.message).toBe('"The runbooks were rewritten" hides who acted. If it was you, say "I rewrote …"; if not, name them: "rewritten by the payments team".');
    const [made] = runRule(rule, { action: 'A decision was made.' });
    // A thirty-fourth user's trial: a decision made is "I decided …", not "I made …".
    expect(made!.message).toBe('"A decision was made" hides who decided. If it was you, say "I decided …"; if not, name who did: "the payments team decided …".');
    const result = lintText('title: t\naction: >-\n  I met the leads, and a\n  decision was made.\n', 'stories/s.yaml', {
      rules: new Map(only().rules).set('passive-voice', { severity: 'warn', options: undefined }),
    });
    expect(result.messages.map((m) => [m.line, m.column, m.severity])).toEqual([[3, 24, 1]]);
  });
});
