/**
 * failure-without-lesson: a failure or mistake story (by its words, a first-person failure title, or a `failure`
 * tag) that states no lesson and no change made afterwards. A `learned:` field, lesson words anywhere ("Since then
 * I…", "I now…"), a change that stops a repeat ("I set up expiry alerts") or, after a mistake owned out loud, a
 * practice begun that recurs ("…and agreed to share our roadmap every month") clear it.
 */
import { describe, expect, it } from 'vitest';
import type { StoryData } from '../../../src/bank/schema.js';
import rule from '../../../src/lint/rules/failure-without-lesson.js';
import { fires } from '../../../src/text/classify.js';
import { failureModelMayJudge } from '../../../src/text/failure.js';
import failureModel from '../../../src/text/models/failure.js';
import { lintText, only, runRule } from '../../helpers.js';

const BASE: Partial<StoryData> = {
  situation: 'Our sales org was moving to a SaaS CRM before the old hosting contract ended.',
  task: 'I owned the cut-over plan.',
};

/** Failure stories with no lesson. */
const invalid: [label: string, fields: Partial<StoryData>][] = [
  // A thirty-sixth user's trial (Bengaluru): the candidate's own work not done in time, then damage after it, stock-outs
  // or a forecast missed by a share, in the same sentence or a later one of the action or the result.
  ['retraining not done in time, then under-forecast and stock-outs', { ...BASE, action: 'I worked with Priya Nair, the category manager, to get the sales history back, but the data came late and I could not get the retraining done in time.', result: 'We under-forecast sweets and dry fruits by 35% in Bengaluru and Hyderabad, and 12 dark stores ran out of stock for three days.' }],
  ['retraining not done in time, then forecasts not delivered and stock-outs', { ...BASE, action: 'The data came late and I could not get the retraining done in time.', result: 'The forecasts were not delivered on time, so 12 dark stores ran out of stock for three days.' }],
  ['"I could not deliver the forecasts on time", and stock-outs after it', { ...BASE, result: 'I could not deliver the forecasts on time, and 12 dark stores ran out of stock for three days.' }],
  ['"we were unable to finish" before a festival, then stores stocked out', { ...BASE, action: 'We were unable to finish the new model before Diwali. Twelve dark stores stocked out of sweets for two days.' }],
  ['"my forecasts were not ready in time"', { ...BASE, result: 'My forecasts were not ready in time, and 12 dark stores ran out of stock.' }],
  ['"I couldn\'t get it done in time", then a forecast off by a share', { ...BASE, action: "I couldn't get the retraining done in time.", result: 'The forecast was off by 35% in Hyderabad.' }],
  ['a risky call, then stores out of stock', { ...BASE, action: 'I chose a big-bang cutover of the reorder model instead of the store-by-store pilot.', result: 'Twelve dark stores ran out of stock for three days.' }],
  ['"I wasn\'t able to ship" before the sale, then stock-outs', { ...BASE, action: "I wasn't able to ship the new reorder model before the sale; we had stock-outs in 40 dark stores." }],
  // A thirty-fifth user's trial's twins: the blame taken, not the credit given.
  ['"my mistake, not theirs" beside the team\'s work', { ...BASE, action: 'My team rewrote the calculator in four months, and I want to be clear the delay was my mistake, not theirs.' }],
  ['"my call, not my team\'s", told wrong', { ...BASE, result: "It was my call, not my team's, and it was wrong." }],
  // A third review: "made it a rule" is a rule laid down like any other: the candidate's, after the failure.
  ['"made it a rule" before the failure', { ...BASE, action: 'I made it a rule that no migration ships without a dry run. Two months in, I pushed a migration without a dry run and it corrupted 3,000 orders.' }],
  ['"made it a rule", someone else\'s', { ...BASE, action: 'I pushed a migration without a dry run and it corrupted 3,000 orders. My director made it a rule that every migration gets a dry run.' }],
  // …but not a rule that was there, broken, or followed.
  ['a rule broken', { ...BASE, result: 'The release failed and we rolled back at noon, because I broke the rule that nobody deploys on Fridays.' }],
  ['a rule that blocked the work', { ...BASE, result: 'The migration failed twice, and the rule that every change needs two approvers slowed the fix.' }],
  ['a rule set for the recovery alone, with no article', { ...BASE, result: 'The cut-over failed and we rolled back. I set rules for the rollback window and we restored service by 6 pm.' }],
  ['"our" failure told in the situation', { ...BASE, situation: 'Our first migration failed in March, and the deadline was fixed.', result: 'The second attempt finished on 2 June, with 40 services moved.' }],
  ['"what went wrong" told of the launch', { ...BASE, result: 'Almost everything went wrong on launch day, and we rolled back at noon.' }],
  // A fourth user's trial: a check skipped, then the damage, in the same sentence or the next.
  ['a check skipped, the damage in the next sentence', { ...BASE, action: 'I shipped the schema change on a Friday afternoon without checking who consumed the field. It broke the finance reconciliation job for six hours.' }],
  ['a check skipped, the damage in the same sentence', { ...BASE, action: 'I shipped the change without a canary and it took checkout down for 40 minutes.' }],
  ['a rollout without telling support', { ...BASE, action: 'I rolled out the flag without telling support. That caused a spike of 900 tickets.' }],
  // A thirty-fourth user's trial (Dublin): a check skipped, then the damage told in plain words, in the next sentence or
  // the result: real users turned away, a service broken or down.
  ['a soak skipped for time, then real users rejected', { ...BASE, action: 'I skipped the staging soak because of the time pressure and pushed the rate-limit config straight to production. The limit was a factor of ten too low, and login started rejecting real users across Europe.' }],
  ['a soak skipped for time, then login broken, in the result', { ...BASE, action: 'I skipped the staging soak because of the time pressure and pushed the rate-limit config straight to production.', result: 'Login was broken for 40 minutes for roughly 180,000 users.' }],
  ['staging skipped, then checkout down', { ...BASE, action: 'I skipped staging to hit the date and pushed the release out on Friday.', result: 'Checkout went down for an hour on Saturday morning.' }],
  ['a soak bypassed, then the booking site unavailable', { ...BASE, action: 'I bypassed the soak test and pushed the change myself.', result: 'The booking site was unavailable for 25 minutes.' }],
  ['my config change, then genuine payments blocked', { ...BASE, action: 'I shipped a config change to the fraud rules on Monday, and it blocked 8% of genuine payments.' }],
  // Dev round 29: a promise not kept, a date missed by months and a half, an overspend; and a `learned:` that
  // only tells what was found out, or a platitude, states no lesson.
  ['did not deliver what I told her', { ...BASE, result: 'Straight-through processing reached 38%. The project I sponsored did not deliver what I told Helen it would.' }],
  ['four and a half months late', { ...BASE, result: 'The feed went live on 14 February, four and a half months after the date I gave Tom.' }],
  ['a finding about a vendor told mid-action', { ...BASE, tags: ['failure'], action: 'Along the way I learned that DocuRead had never processed handwritten forms at volume.' }],
  ['an overspend', { ...BASE, result: 'We got back $210,000 of the $520,000 overspend through marketplace sales.' }],
  // Look-alikes of a lesson: someone showing the candidate a thing, and checkpoints that are meetings.
  ['"showed me a crash" is a thing shown, not a lesson', { ...BASE, tags: ['failure'], action: 'The night before rollout, the QA lead showed me a crash in the address form.', result: 'Checkout crashed for Android 9 users. The go decision was my mistake.' }],
  ['a failure told after a supposed one', { ...BASE, action: 'We missed the date because I failed to check the old packages, and if I was wrong again we would lose the client.' }],
  ['"in hindsight it was the wrong call"', { ...BASE, result: 'In hindsight it was the wrong call, and the stores lost a week.' }],
  // The review of that change: a safeguard named after "and the" that isn't what was put in, and alerts that fired.
  ['"and the alerts kept firing"', { ...BASE, action: 'I built the new pipeline and the alerts kept firing for a week.', result: 'We missed the launch date by three weeks; that was my mistake.' }],
  ['"since the alerts fired"', { ...BASE, action: 'Since the alerts fired, we stopped the rollout and rolled back.', result: 'We missed the launch date by three weeks; that was my mistake.' }],
  ['"and the checklist nobody read"', { ...BASE, action: 'I wrote the cut-over plan and the checklist nobody read.', result: 'We missed the launch date by three weeks; that was my mistake.' }],
  ['a second pager added is not a safeguard', { ...BASE, tags: ['failure'], action: 'I added two engineers to the on-call rota and a second pager.' }],
  ['"since the check" with nothing caught', { ...BASE, tags: ['failure'], result: 'Since the check, nothing changed for the stores.' }],
  // A thirty-first user's trial: the repair of an owned mistake clears it (below, with the valid stories); these are
  // what still doesn't: the recovery of the incident itself, a practice told before the mistake or in its own words.
  ['an owned mistake, then only the recovery of the incident', { ...BASE, action: 'I admitted my mistake to the VP, restored the 300 invoices from backup and called each of the 40 affected stores.' }],
  ['an owned mistake, then a weekly brief that ran until the fix shipped', { ...BASE, action: 'That was on me, so I agreed to brief the support leads every week until the fix shipped.' }],
  ['an owned mistake, then a weekly brief during the recovery', { ...BASE, action: 'The outage was my mistake; I agreed to brief the support leads every week during the recovery.' }],
  ['an owned mistake, then the old system run in parallel', { ...BASE, action: 'I admitted my mistake, and we started running the old system in parallel.' }],
  ['an owned mistake, then "we started rolling back"', { ...BASE, result: 'That was on me, and we started rolling back at noon.' }],
  ['a weekly review agreed before the mistake was owned', { ...BASE, action: 'I agreed with the vendor to review the plan every week.', result: 'We missed the date by six weeks; that was on me.' }],
  ['a monthly share that was itself the mistake', { ...BASE, action: 'My mistake was to share the roadmap every month with the whole company.' }],
  ['a weekly report sent before the mistake was owned', { ...BASE, action: 'I sent the steering group a status report every Friday.', result: 'We missed the date by six weeks; that was on me.' }],
  ['a weekly report sent all along, told after the mistake', { ...BASE, result: 'That was my mistake. Through the project I sent the steering group a status report every Friday.' }],
  ['a monthly share that was the mistake not made', { ...BASE, action: 'My mistake was not agreeing with support to share the roadmap every month.' }],
  ['a weekly sync never set up, in the mistake\'s own words', { ...BASE, action: 'My mistake was that I never set up a weekly sync with the vendor.' }],
  ['a monthly share only wished for', { ...BASE, result: 'That was my mistake: I should have agreed with Maria to share the roadmap every month.' }],
  ['weekly checkpoints with the vendor are meetings, not a safeguard', { ...BASE, action: 'I set up weekly checkpoints with the vendor\'s implementation lead.', result: 'All 212 courses went live on July 28, not the July 1 I had promised; the miss was mine.' }],
  ['a `learned:` that tells only what was found out', { ...BASE, tags: ['failure'], learned: 'I learned that OrderBridge had no sandbox.' }],
  ['a `learned:` that is a platitude', { ...BASE, tags: ['failure'], learned: 'Communication is key, especially with the stores.' }],
  ['a `learned:` of "lesson learned"', { ...BASE, tags: ['failure'], learned: 'Lesson learned.' }],
  // Dev round 34: a resolution to do better in general, in the result or the `learned:`; a finding about units
  // named by their number.
  ['"in future I will be more careful"', { ...BASE, tags: ['failure'], result: 'The batch was dumped. In future I will be more careful with changes.' }],
  ['"going forward I will communicate better"', { ...BASE, tags: ['failure'], result: 'Going forward I will communicate better with all stakeholders on changes like this.' }],
  ['a `learned:` that resolves to be more careful', { ...BASE, tags: ['failure'], learned: 'I will be more careful next time.' }],
  ['a place that is now a stage of a route', { ...BASE, tags: ['failure'], result: 'The depot is now a stage on the Leeds route.' }],
  ['a template that had a sign-off line all along', { ...BASE, tags: ['failure'], result: 'The release template has a sign-off line, and I skipped it.' }],
  ['a `learned:` that tells what units named by number have', { ...BASE, tags: ['failure'], learned: 'I learned that the 170/4 units have a different coupling position from the 170/1.' }],
  // Dev round 28: "was not a success", in a German writer's English.
  ['the rollout was not a success', { ...BASE, result: 'The rollout was not a success: only 7.300 of the 12.000 gateways were installed by the deadline.' }],
  // Dev round 27: a date missed by a publication, a return to the spreadsheet, the old reports asked back.
  ['published 18 days after the deadline', { ...BASE, result: 'The timetable was published on 19 September, 18 days after the deadline.' }],
  ['back to the spreadsheet', { ...BASE, action: '- Planners overrode it gate by gate, and on Monday we went back to the spreadsheet.' }],
  ['the old reports asked back', { ...BASE, result: 'Fourteen reports showed different totals. Chidi asked for the old reports back, and I restored them by 2 p.m.' }],
  // Dev round 26: a promise not kept.
  ['the pilot did not give the saving promised', { ...BASE, result: 'The pilot did not give the walking saving we promised, and management stopped re-slotting the other zones.' }],
  // A slip with no choice in it stays a setback.
  ['the launch slipped a month', { ...BASE, action: 'We slipped the launch by a month.' }],
  ['our launch slipped', { ...BASE, result: 'Our launch slipped a month.' }],
  // A twenty-eighth user's trial: a denied subject or verb denies only its own clause, and a failure told after
  // "nobody" is still one.
  ['"had to stop a product feature", its subject ours', { ...BASE, result: 'Hosting costs fell 31%. We had to stop a product feature for it.' }],
  ['"nobody warned us, so we had to roll back"', { ...BASE, result: 'Nobody warned us, so we had to roll back the release.' }],
  ['"no one noticed the rollout had to be reverted"', { ...BASE, result: 'No one noticed the rollout had to be reverted until Monday.' }],
  ['"no surprise the pilot had to be scrapped"', { ...BASE, result: 'No surprise the pilot had to be scrapped.' }],
  ['"nobody told me, and I missed the deadline"', { ...BASE, result: 'Nobody told me, and I missed the deadline.' }],
  ['"no one knew what went wrong"', { ...BASE, result: 'No one knew what went wrong for two days.' }],
  ['"not everything went badly" (something did)', { ...BASE, result: 'Not everything went badly.' }],
  ['"nobody told us, and the pilot was cancelled"', { ...BASE, result: 'Nobody told us, and the pilot was cancelled.' }],
  // Dev round 25: the candidate's call passed on a safer way, and damage came after it.
  ['all traffic instead of the canary, then a rollback', { ...BASE, action: 'Risk proposed a 5% canary. I chose 100% of traffic instead, to beat the freeze. By Thursday declines had tripled, and I called the rollback at 11:40.' }],
  ['a canary skipped for all traffic, then double charges', { ...BASE, action: 'I turned it on for all traffic instead of the 5% canary in our runbook.', result: 'In six hours 1,870 customers were double-charged.' }],
  // The twentieth trial's look-alikes: the work failing, or what went wrong told plainly.
  ['the release failed in production', { ...BASE, action: 'The release went out on Friday and it failed within an hour.' }],
  // A review: a gate the work failed, with nothing held back, is the work failing.
  ['a release pushed that failed its smoke tests in production', { ...BASE, action: 'I pushed the release on Friday and it failed the smoke tests in production.' }],
  ['what went wrong, told as it happened', { ...BASE, result: 'Almost everything went wrong on the first night.' }],
  // A nineteenth user's trial: the candidate's own change, then the damage, with no failure word.
  ['my config change, then cards charged twice', { ...BASE, action: 'I shipped a config change that made the consumer reprocess offsets, and 1,340 cards were charged twice.' }],
  ['my migration, then rows lost, told in the result', { ...BASE, action: 'I ran the schema migration on the Friday evening.', result: 'It dropped 12,000 payment rows, and finance rebuilt them by hand over a week.' }],
  ['my flag, then a service taken down', { ...BASE, action: 'I enabled the new retry flag for every region; it took the payments API down for 40 minutes.' }],
  ['a reconciliation cut from the plan, then listings missing', { ...BASE, action: 'I cut the full-catalog reconciliation from the plan because it needed two more days.', result: 'About 310,000 listings were missing from search for five days.' }],
  ['only a sample count, then lost data and a penalty', { ...BASE, action: 'João asked for a full count; I agreed only to a sample count of 5% of locations.', result: 'One client applied a R$180,000 penalty under the SLA.' }],
  ['one big cutover, then outbound stopped', { ...BASE, action: 'I decided for one big weekend cutover of all four sites. On Monday pickers scanned stock the system did not know.', result: 'We stopped outbound at two sites for a day and a half.' }],
  ['an exception refused, then the customer did not renew', { ...BASE, action: 'Greta asked me for a grandfathered rate. I said no, because one exception would reopen all of them.', result: 'Halden Foods did not renew in March.' }],
  ['against advice, then rolled back', { ...BASE, action: "I launched on Friday against the SRE lead's advice.", result: 'We rolled the release back on Saturday morning.' }],
  // Dev round 24: customers found it first.
  ['users hit it before anyone noticed', { ...BASE, result: 'Android users hit the startup crash for most of launch day before anyone on our side noticed.' }],
  ['support found it before monitoring', { ...BASE, action: 'Support picked it up from app-store reviews before our monitoring did.' }],
  ['a `failure` tag', { ...BASE, action: 'I pushed for a big-bang cut-over.', result: 'We ran on the old CRM for seven more weeks.', tags: ['failure'] }],
  ['a `mistake` tag', { ...BASE, result: 'Sales leadership asked for a new plan.', tags: ['migration', 'mistake'] }],
  ['"I missed" the date', { ...BASE, result: 'I missed the quarter-close date by five weeks.' }],
  ['an experiment that went badly', { ...BASE, result: 'The experiment went badly, and I had to stop it on day nine.' }],
  ['a plan that did not work out', { ...BASE, result: 'Two of the six hires left within six months. Looking back, the hiring round did not work out.' }],
  ['"my mistake"', { ...BASE, action: 'My mistake was signing off a rehearsal that used a six-month-old snapshot.' }],
  ['"I underestimated"', { ...BASE, action: "I underestimated how the vendor's archive handled deletes." }],
  ['a launch that failed and was rolled back', { ...BASE, result: 'The launch failed in two regions and I rolled it back the same night.' }],
  ['an empty `learned:`', { ...BASE, result: 'The cut-over backfired.', learned: '  ', tags: ['failure'] }],
  ['a war room during the failure is not a change afterwards', { ...BASE, action: 'I set up a war room for the first close.', tags: ['failure'] }],
  ['a budget overrun', { ...BASE, result: 'The programme went $400K over budget and finished a quarter late.' }],
  ['"I dropped the ball"', { ...BASE, action: 'I dropped the ball on the notice date, and the contract renewed.', result: 'We paid $85,000 more.' }],
  ['"That was on me"', { ...BASE, result: 'The launch slipped by a fortnight. That was on me.' }],
  ['"my biggest mistake"', { ...BASE, action: 'My biggest mistake was trusting the vendor plan.' }],
  ['a pilot that flopped', { ...BASE, result: 'The pilot flopped, and I recommended against a rollout.' }],
  ['"it backfired"', { ...BASE, result: 'It backfired: 212 employees were paid the wrong amount.' }],
  ['"the wrong call"', { ...BASE, result: 'Skipping the rehearsal was the wrong call.' }],
  ['a project that had to be scrapped', { ...BASE, result: 'We had to scrap the project in week nine.' }],
  ['"we missed the date"', { ...BASE, result: 'We missed the go-live date by nine days.' }],
  ['a launch that slipped', { ...BASE, result: 'The launch slipped by three weeks and the campaign went out without it.' }],
  ['a launch that slipped a month, with "only" later in the sentence', { ...BASE, result: 'The launch slipped a month, and only then did I see the gap.' }],
  // The review: "just" and "only" that make no small slip of it.
  ['a launch that "slipped just over three months"', { ...BASE, result: 'The launch slipped just over three months.' }],
  ['a migration that "slipped just as peak started"', { ...BASE, result: 'The migration slipped just as peak started, and we lost two customers.' }],
  ['a project that "slipped only slightly", and a client lost', { ...BASE, result: 'Our project slipped only slightly, but the client walked away.' }],
  ['a migration that landed late', { ...BASE, result: 'The migration landed five weeks late.' }],
  ['a failure to hand something back', { ...BASE, result: 'We failed to hand the tooling back to operations on time.' }],
  ['what went wrong, told of the launch', { ...BASE, result: 'I wrote up what went wrong with the launch for the board.' }],
  ['a restore never asked for', { ...BASE, action: 'I had been looking at green dashboards and never asked anyone to restore from those jobs.' }],
  ['gaps never escalated', { ...BASE, action: 'I never escalated the gaps to the CISO.' }],
  ['requirements not read', { ...BASE, action: "I didn't read the updated trophy requirements closely enough." }],
  ['a date reported for too long', { ...BASE, action: 'I kept reporting our committed date to the steering committee for far too long.' }],
  ['it failed over the weekend', { ...BASE, result: 'It failed over the weekend from a memory leak.' }],
  ['an audit failed back in March', { ...BASE, result: 'We failed the audit back in March to our shame.' }],
  ['a slip after an agreed date', { ...BASE, action: 'I agreed an aggressive date with the VP and then slipped the launch by six weeks.' }],
  ['"after that" with no change', { ...BASE, result: 'I missed the deadline by two weeks. After that I had to explain the slip to the VP.' }],
  ['a store visited, not a rule made', { ...BASE, result: 'I missed the deadline by two weeks. Each store I visited now has a queue.' }],
  ['a pilot stopped with losses rising', { ...BASE, result: 'We had to stop the pilot with losses rising.' }],
  ['a migration stopped', { ...BASE, result: 'We had to stop the data migration after two hours and restore the backup.' }],
  ['"this rollout" stopped', { ...BASE, result: 'I had to stop this rollout after the first region.' }],
  ['a go-live stopped', { ...BASE, result: 'We had to stop the go-live halfway through.' }],
  ['shipping stopped', { ...BASE, result: 'We had to stop shipping for two days.' }],
  // Round 13: lateness told against the promise, and a stakeholder's support lost.
  ['later than promised', { ...BASE, result: 'The upgrade was completed on 21 June, five weeks later than I promised.' }],
  ['weeks after the first day of school', { ...BASE, result: 'PowerSchool went live on September 26, three weeks after the first day of school.' }],
  ['weeks past the committed date', { ...BASE, result: 'It shipped two weeks past the committed date.' }],
  ['"the error was mine"', { ...BASE, action: 'The merge field was blank in two templates.', result: 'All 17 offers were re-signed. The error was mine.' }],
  ['a penalty charged for it', { ...BASE, result: 'About 4,200 orders shipped a day late, and the client charged us a penalty of €18k.' }],
  ["the candidate's own change did the damage", { ...BASE, action: 'My date filter used IST but partitions are in UTC, so for two days the job kept half of each day and the other half was gone.' }],
  ["the candidate's script deleted rows", { ...BASE, result: 'My migration script deleted 300 invoices, which I restored from backup by noon.' }],
  ['service credits paid for it', { ...BASE, result: 'We paid $60k in service credits that quarter.' }],
  ['an estimate that was off', { ...BASE, action: 'My estimate was off by a month, and I told the director late.' }],
  ['"didn\'t go to plan"', { ...BASE, result: "The cut-over didn't go to plan." }],
  ['a past habit is not a lesson', { ...BASE, result: 'I misjudged the load. I always assumed the vendor would cope.' }],
  ['"I got the sequencing wrong"', { ...BASE, action: 'I got the sequencing wrong and ran the load test after training.' }],
  ['"We blew the deadline"', { ...BASE, result: 'We blew the deadline for spring testing by three weeks.' }],
  ['"I was overconfident"', { ...BASE, result: 'I was overconfident about the vendor, and sales ran on spreadsheets for a month.' }],
  ['"my estimate was way off"', { ...BASE, result: 'My estimate was way off: the cut-over took five weekends.' }],
  ['"we pulled the plug"', { ...BASE, result: 'After two weeks we pulled the plug and went back to the old CRM.' }],
  // Failure families: the work undone, people lost, what was not done.
  ['a pilot that was cancelled', { ...BASE, result: 'The pilot was cancelled after six weeks.' }],
  ['a rollout that had to be reverted', { ...BASE, result: 'The fare cap had to be reverted after a day.' }],
  ['a migration that never went live', { ...BASE, result: 'The migration never went live, and sales stayed on the old CRM.' }],
  ['back to the old system', { ...BASE, result: 'After a month the quarry went back to ground crews.' }],
  ['back to paper, found out later', { ...BASE, result: 'I found out two weeks in that the scanners failed offline, and nurses went back to paper.' }],
  ['back to paper, seen after launch', { ...BASE, result: 'After launch I saw adoption collapse and the clinics went back to paper.' }],
  ['"I lost the room"', { ...BASE, action: 'I presented the data model to the directors and lost the room within ten minutes.' }],
  ['"I didn\'t test"', { ...BASE, action: "I didn't test the older lock models before launch night." }],
  ['"I badly underestimated"', { ...BASE, action: 'I badly underestimated the training time.' }],
  ['"I should have", with a discovery that is not a lesson', { ...BASE, action: 'I should have checked which hotels had the older locks.', result: 'The next morning I learned that the vendor had known about the locks since spring.' }],
  ['"a costly mistake"', { ...BASE, result: 'Skipping the dry run was a costly mistake.' }],
  ['"not my finest hour"', { ...BASE, result: 'It was not my finest hour: sales ran on spreadsheets for a month.' }],
  ['a cut-over that failed', { ...BASE, result: 'The CRM cut-over failed on the first weekend.' }],
  ['a result told with "we now" is no lesson', { ...BASE, result: 'The cut-over failed twice. We now process twice the volume on the new CRM.' }],
  ['"since then" followed by how things went is no lesson', { ...BASE, result: 'I missed the date by five weeks. Since then, the CRM has had no outages.' }],
  ['"I realised" a fact during the failure is no lesson', { ...BASE, action: 'I misjudged the load, and on day two I realised the vendor was throttling us.' }],
  ['lessons taught in a school are no lesson', { ...BASE, result: 'I missed the timetable date by a week, and cover lessons ran from paper lists.' }],
  ['a takeaway restaurant is no takeaway', { ...BASE, result: 'The pilot flopped: takeaway restaurants kept using the old tablets.' }],
  ['"runs now without" describing a job is no lesson', { ...BASE, situation: 'Our nightly reconciliation runs now without any alerting.', result: 'I missed the date.' }],
  // A failure in wording no pattern has, which the trained model reads (src/text/classify.ts).
  ['a plan that could not take the load, to the model', { ...BASE, result: "My plan assumed the vendor's API could take peak load, and it could not." }],
  ['"failed over the weekend" is still a failure', { ...BASE, result: 'It failed over the weekend and nobody noticed until Monday.' }],
  // Round 17: a customer lost and a miss named, in plain words.
  ['a customer gone to a competitor', { ...BASE, result: 'The Riverside chain took all 30 of its stores to a competitor in May, after the second bad invoice run.' }],
  ['a client that switched to a rival', { ...BASE, result: 'Within a quarter the client switched its fleet to a rival provider.' }],
  ['the miss reported', { ...BASE, action: 'I reported the miss to the regulator the same week.' }],
  ['a customer gone to one of our competitors', { ...BASE, result: 'Two of the largest accounts moved to one of our competitors in June.' }],
  ['a date committed to and missed, to the model', { ...BASE, action: 'I committed to the date in front of the VP, and we delivered the ledger eleven weeks after it.' }],
  ['our miss explained', { ...BASE, result: 'I explained our miss to the board in the March review.' }],
  // Round 19: a customer gone to "another insurer", and a date missed by a number of days told in words.
  ['a client gone to another insurer', { ...BASE, result: 'In November Hartwell moved its motor book to another insurer.' }],
  ['live sixteen days after the original date', { ...BASE, result: 'The new interface went live on 28 March, sixteen days after the original date.' }],
  // A review: a plan for a safeguard that never happened is no change made, and "failed back in 2019" is a failure.
  ['a canary planned, never added', { ...BASE, result: 'The cut-over went badly. We had planned to add a canary stage, but ran out of time.' }],
  ['a linter never funded', { ...BASE, result: 'My mistake took down checkout for an hour. I never got the budget to build a linter.' }],
  ['"failed back in 2019"', { ...BASE, result: 'I failed back in 2019 to get the vendor to commit to a date.' }],
  // Dev round 20: "built check-in" is no check built.
  ['"built check-in" is no safeguard', { ...BASE, action: 'We built check-in in six weeks.', result: 'The API timed out for 40 minutes and crews could not check in; that was my mistake.' }],
  // A review of round 22: how a process works is no lesson.
  ['release dates set after the planning review', { ...BASE, situation: 'Our release dates are set after the quarterly planning review.', result: 'I missed the date by three weeks.' }],
  ['a learned: that tells what a named system does not do', { ...BASE, tags: ['failure'], learned: 'I learned that the Bottomline test service does not validate payee references the way the live one does.' }],
  ['a learned: that tells what a product assumes', { ...BASE, tags: ['failure'], learned: "I learned that SlotIQ's nightly moves assume a dedicated re-slot crew, which Tern never mentioned." }],
  ['a learned: that says it all comes down to keeping people informed', { ...BASE, tags: ['failure'], learned: 'In the end, programmes like this come down to keeping everyone informed.' }],
  ['a rehearsal skipped, and the cutover took a service down, in one sentence', { ...BASE, action: 'I skipped the full-size rehearsal, and the cutover took the booking service down for 47 minutes.' }],
  ['a learned: of "the key for success" and what the vendor\'s tool was never tested on', { ...BASE, tags: ['failure'], learned: "Communication with all stakeholders is the key for success of such programmes. I learned also that the vendor's migration tool was never tested on an archive of our size." }],
  ['work undone that the candidate was for', { ...BASE, action: 'I pushed for the pilot and ran it in two stores. The pilot was cancelled after two weeks.' }],
  ['a canary skipped, told as the background, and the release broke things', { ...BASE, situation: 'I approved a Friday release of the refunds service. I skipped the canary because the change looked small.', action: 'The release broke refund callbacks and 11,000 refunds got stuck for 9 hours. I rolled back the release myself.' }],
  // A review's cases: what these rules must still call failures.
  ['work undone, when someone else (not the candidate) did not support it', { ...BASE, action: 'Two older scanner models did not support the upgrade, so the upgrade was scrapped.' }],
  ['work undone after the candidate pushed back on its date, not on it', { ...BASE, action: 'I pushed back on the migration date. The migration was halted on day three.' }],
  ['testing let slip to get a release out', { ...BASE, action: 'Under pressure I let the testing slip to get the release out on Friday.' }],
  ['paperwork let slip to the next audit', { ...BASE, action: 'I let the paperwork slip to the next audit without telling anyone.' }],
  ['what was done at each site, in the past, is no habit', { ...BASE, action: 'At each depot I put one supervisor in charge of the switch.', result: 'The launch failed, and two depots went back to paper.' }],
  // Dev round 32: a call that turned out wrong; a `learned:` that joins a finding and a platitude, or holds only
  // platitudes about vendors or hiring, or tells what a vendor's packages carry.
  ['a customer lost after "the cost of the outage"', { ...BASE, result: 'The cost of the outage was real: Harbour & Vine moved their 42 sites to a competitor in April.' }],
  ['a call that turned out wrong', { ...BASE, action: 'I chose the vendor over the in-house build. My call turned out wrong: it flagged 1,900 of 5,200 students.' }],
  ['a finding about a party, and that communication is key', { ...BASE, tags: ['failure'], learned: 'I learned that the discom IT cell takes three weeks for any firewall change, and that communication is key.' }],
  ['two findings joined', { ...BASE, tags: ['failure'], learned: 'I learned that the Bottomline test service does not validate payee references the way the live service does, and that some payroll exports contain characters Bacs will reject.' }],
  ['pros and cons, and communication, at the end of the day', { ...BASE, tags: ['failure'], learned: 'Every vendor has pros and cons, and at the end of the day communication is key.' }],
  ['hiring the right person matters', { ...BASE, tags: ['failure'], learned: 'Hiring the right person is very important for any team.' }],
  ["what a vendor's packages carry", { ...BASE, tags: ['failure'], learned: "I learned that Vanderlande's firmware packages carry the site configuration inside them, so an update can overwrite it." }],
  // A twenty-third user's trial (Indian English): a failure told around "did the needful" or "preponed" is still one.
  ['a plan that could not take the load, after "did the needful", to the model', { ...BASE, action: 'I did the needful, but my plan assumed the vendor API could take peak load, and it could not.' }],
  ['a preponed go-live that did not go well', { ...BASE, action: 'I preponed the go-live and it did not go well for the first two days.' }],
  // Dev round 45: a failure told around an "I had" that has people do something is still one.
  ['a change that broke billing, after "I had my team push", to the model', { ...BASE, action: 'I had my team push the change on Friday, and it broke billing for two hours.' }],
  ['"did not do the needful", to the model', { ...BASE, action: 'I did not do the needful on the weekends to close out the open bugs, and then I preponed the release by a week.' }],
  ['a "did", and the slip it caused', { ...BASE, action: "I did the estimate alone and did not involve the vendor, so the launch slipped by six weeks." }],
  // A twenty-fifth user's trial (a data-platform EM in Berlin): "learning" as a skill or a field is no lesson.
  ['"the learning rate"', { ...BASE, tags: ['failure'], result: 'We tuned the learning rate and adoption reached 40%.' }],
  ['"machine learning"', { ...BASE, tags: ['failure'], result: 'The machine learning model reached 40% precision.' }],
  ['"the learning was slow"', { ...BASE, tags: ['failure'], result: 'The learning was slow because the model had too little data.' }],
  ['"a learning experience"', { ...BASE, tags: ['failure'], result: 'It was a learning experience for the whole team.' }],
  ['engineers taken from a project', { ...BASE, tags: ['failure'], result: 'From the migration project I took two engineers off the loads.' }],
  // A twenty-seventh user's trial (a payments engineer): money the candidate's side lost, and a launch shipped too
  // early or rolled back, with no failure word.
  ['"We lost 420,000 dollars"', { ...BASE, title: 'Instant payouts launch I shipped too early', result: 'We lost 420,000 dollars to fraud in the first week.' }],
  ['money lost "us" by the launch', { ...BASE, result: 'The early launch lost us $420k in chargebacks.' }],
  ['a loss taken', { ...BASE, result: 'We took a €90k loss on the stock we had pre-ordered.' }],
  ['a loss told in the action', { ...BASE, action: 'In the first week we ultimately lost about $420,000 to card testing.' }],
  ['"I shipped instant payouts too early"', { ...BASE, action: 'I shipped instant payouts too early, with half the fraud rules still in review.' }],
  ['"we went live prematurely"', { ...BASE, result: 'We went live prematurely, and merchants saw payouts fail for two days.' }],
  ['"I launched it before it was ready"', { ...BASE, action: 'I launched it before it was ready because sales had promised the date.' }],
  ['"the launch was premature"', { ...BASE, result: 'Looking back, the launch was premature.' }],
  ['"we rolled back the launch"', { ...BASE, result: 'We rolled back the instant-payouts launch after three days.' }],
  ['"I rolled the go-live back"', { ...BASE, result: 'I rolled the go-live back on the Tuesday.' }],
  // The review of that change: each look-alike below has a true case beside it.
  ['"the launch was too early" for the stores', { ...BASE, result: 'The launch came too early for the stores, and returns doubled.' }],
  ['"we lost $10" a sale', { ...BASE, result: 'We lost $10,000 to crane downtime that quarter.' }],
  ['a failure after a supposed one', { ...BASE, action: 'We shipped too early, because if we waited we would miss the season.' }],
  ['"rolled back the launch" told when', { ...BASE, result: 'We rolled back the launch the next morning.' }],
  ['"reverted the launch" at the sentence end', { ...BASE, result: 'After two days of failed payouts, I reverted the launch.' }],
  // Losses told as what a mishap of the candidate's side cost, and money "had lost": a loss that happened.
  ['"we had lost $40k of orders"', { ...BASE, result: 'By Monday we had lost $40k of orders.' }],
  ['"the bug cost us two enterprise renewals"', { ...BASE, result: 'The bug cost us two enterprise renewals.' }],
  ['"the outage cost the company about $120k"', { ...BASE, result: 'The outage cost the company about $120k in refunds.' }],
  // A review's: a word of time before the thing that failed, not before the mishap, leaves it the candidate's.
  ['"the scheduled job bug cost us"', { ...BASE, result: 'My scheduled job had a bug; the scheduled job bug cost us $200k in duplicate refunds.' }],
  ['"the old script bug cost us"', { ...BASE, result: 'My old script had a bug. The old script bug cost us $200k in duplicate refunds.' }],
  ['"it cost the company $120k", after my change', { ...BASE, action: 'I shipped the pricing change without checking the tax rules.', result: 'It cost the company $120k.' }],
  ['"that cost us", after a test I skipped, in one sentence', { ...BASE, action: 'I skipped the load test, and that cost us two renewals.' }],
  ['"the mistake that cost us the renewal"', { ...BASE, result: 'The mistake that cost us the Acme renewal was a missing index.' }],
  ['"which cost us the account", after a bug', { ...BASE, result: 'The release had a bug in the tax rules, which cost us the account.' }],
  ['"has cost us" so far', { ...BASE, result: 'So far the data leak has cost us £80,000.' }],
  // Denials with a clause of the subject's own ("No one who …"): what is told past that clause is still a failure.
  ['"no one who knew the system noticed the pilot had to be scrapped"', { ...BASE, result: 'No one who knew the system noticed the pilot had to be scrapped.' }],
  ['"nobody who reviewed it noticed, and we had to roll back"', { ...BASE, result: 'Nobody who reviewed it noticed, and we had to roll back.' }],
  ['"no one who used the old flow complained, but we missed the deadline"', { ...BASE, result: 'No one who used the old flow complained, but we missed the deadline.' }],
  // A title in the candidate's first-person failure words, over a body that tells the failure in none.
  ['a title "The migration I got wrong"', { ...BASE, title: 'The migration I got wrong', result: 'The cutover finished on 2 June, and the stores reopened on the Monday.' }],
  ['a title "My worst launch"', { ...BASE, title: 'My worst launch', result: 'The app went live on 2 June in three markets.' }],
  ['a title "Learning from my mistakes on the payments launch"', { ...BASE, title: 'Learning from my mistakes on the payments launch', result: 'Payments went live on 2 June.' }],
  ['a title "The date I missed"', { ...BASE, title: 'The date I missed', result: 'The CRM went live on 2 June.' }],
  // A review of that change: what must stay a failure beside its look-alikes of background, someone else's mishap and
  // trade-off titles.
  ['"had lost" with no background, the remedy not the candidate\'s', { ...BASE, result: 'By Monday we had lost $40k of orders, so the ops team paused the promotion.' }],
  ['"we lost $3M", then a rebuild (not past perfect)', { ...BASE, action: 'We lost $3M to fraud, so I rebuilt the rules.' }],
  ['"the payments outage cost us"', { ...BASE, result: 'The payments outage cost us two enterprise renewals.' }],
  ['"the bug cost us $3M before we caught it"', { ...BASE, result: 'The bug cost us $3M before we caught it.' }],
  ['a title "My worst mistake"', { ...BASE, title: 'My worst mistake', result: 'The CRM went live on 2 June.' }],
  ['a title "My errors on the payments launch"', { ...BASE, title: 'My errors on the payments launch', result: 'Payments went live on 2 June.' }],
  // A review of dev round 37's rule laid down: only a rule the candidate set, outside the situation, after the failure.
  ['a rule the CTO set, told in the situation, then broken', { ...BASE, situation: 'Our CTO had set a rule that no one deploys on Fridays.', action: 'I deployed the pricing change anyway on a Friday, and it broke checkout for two hours. That was my mistake.' }],
  ['a policy another team made, then skipped', { ...BASE, action: 'The platform team made a new policy: every change needs two approvals. I skipped it and the release failed.' }],
  ['a rule compliance brought in', { ...BASE, result: 'We missed the date by six weeks, and then compliance brought in a new rule that every change is reviewed twice.' }],
  ['a rule the vendor set', { ...BASE, result: 'The migration failed. The vendor set a rule that we could not deploy on weekends.' }],
  ['a rule the candidate set before the failure', { ...BASE, action: 'I set a rule that no one deploys on Fridays. Two weeks later I pushed the pricing change on a Friday and it broke checkout; that was my mistake.' }],
  // Dev round 38: failures told without failure words, by what the candidate's own call did.
  ['a customer who stopped bidding after a call passed on waiting, the old step put back', { ...BASE, action: 'I chose to ship the new bid step in January rather than wait for the summer. In three weeks one of our five largest buyers stopped bidding on big lots. On 1 February I put the old step back.' }],
  ['a deploy to all antennas in one window, swapped back to the old library', { ...BASE, action: 'I deployed the new library to all 14 antennas in one Tuesday change window. By Thursday the network had lost 61 passes. I swapped the Svalbard servers back to the old propagator that evening.' }],
  ['a customer who moved volume to a cooperative', { ...BASE, result: 'Haeyang moved 400 tonnes of that season to a cooperative in Chiloé.' }],
  ['a customer who moved its passes to another ground network', { ...BASE, result: 'At its renewal Skarv moved its southern passes, about NOK 5 million a year, to another ground network.' }],
  // The owning of a mistake is one definition (src/text/owned-mistake.ts): blame someone else lays is none.
  ['blame the manager laid, then a weekly sync', { ...BASE, tags: ['failure'], action: 'My manager said it was my fault. I set up a weekly sync with the vendor.' }],
  ['a mistake denied, then a weekly sync', { ...BASE, tags: ['failure'], action: 'It was not really my fault. I set up a weekly sync with the vendor.' }],
  ['"on me to decide" is a responsibility, then a weekly sync', { ...BASE, tags: ['failure'], action: 'It was on me to decide the date. I set up a weekly sync with the vendor.' }],
  ['a title "I missed the window: a post-mortem"', { ...BASE, title: 'I missed the window: a post-mortem', result: 'The CRM went live on 2 June.' }],
  ['a title "Why I missed the date"', { ...BASE, title: 'Why I missed the date', result: 'The CRM went live on 2 June.' }],
  // Dev round 39: a rule for one's own people is still the candidate's only after the failure, and not a setting of a
  // thing's; a failure supposed whatever its subject is none, but one told beside it still is.
  ['a rule for my team set before the failure', { ...BASE, action: 'I made a rule for my team that a checker signs only against a live print. Two months later I signed a schedule against an old print, and that was my mistake.' }],
  ['a rule for the firewall after the failure', { ...BASE, tags: ['failure'], action: 'The release failed and we rolled back at noon. I set a rule for the firewall that blocks the old client.' }],
  ['a rule for my team someone else made', { ...BASE, action: 'The release failed and we rolled back at noon. My director made a rule for my team that every release is rehearsed.' }],
  ['a deal that fell through, told as it happened', { ...BASE, action: 'I reserved slots with a 10% deposit, and the Hartwell connection fell through in May.' }],
  ['a deal that fell through beside a supposed one', { ...BASE, action: 'I said we would move the unit if a connection fell through, and then the Hartwell deal fell through.' }],
  // Dev round 40's neighbours: a rehearsal falling short is none, but a failure told beside one, or a rehearsal not run,
  // still is.
  ['a migration failed after a rehearsal failed', { ...BASE, action: 'The rehearsal failed, but I went live anyway and the migration failed on the night.' }],
  ['a dry run skipped, then an outage', { ...BASE, action: 'I skipped the dry run, and the cut-over took the booking service down for 47 minutes.' }],
  ['no rehearsal run, to the model', { ...BASE, action: "I didn't run a rehearsal, and the export took 19 hours on the night." }],
  ['a cut-over past its limit, to the model', { ...BASE, action: 'The cut-over did not pass my 8-hour limit: the Oracle export took 19 hours.' }],
  ['a miss the rehearsal showed', { ...BASE, action: 'The rehearsal showed I missed a step in the runbook.' }],
  ['a pilot that fell short', { ...BASE, result: 'The pilot fell short of its target.' }],
  // Dev round 41's neighbours: what the candidate saw of a problem is the problem (below, with the valid stories); these
  // still tell of a failure: the candidate's own side in what was seen, why something failed, damage counted by others,
  // a clause told to someone, a failure in a clause of its own after it.
  ['where my own script did the damage, logged', { ...BASE, action: 'I logged where my migration script deleted rows: 300 of them in the EU tables.' }],
  ['why the migration failed, traced', { ...BASE, action: 'I traced why the migration failed and rolled it back.' }],
  ['where the app failed, logged by another team', { ...BASE, action: 'The ops team logged where the app failed: 41 of 57 visits.' }],
  ['a pilot cancelled, noted in a review', { ...BASE, result: 'I noted in the review that the pilot was cancelled.' }],
  ['a date missed after what was logged', { ...BASE, action: 'I logged where the app failed, and then I missed the launch date.' }],
  ['orders my mapping sent wrong, counted, to the model', { ...BASE, action: 'I counted 31 orders that went to the wrong depot because I had mapped the postcodes wrong.' }],
  // Dev round 41: "Since this," for "since then" is a lesson only with a practice after it, not what was done next, a
  // cause, or how things went.
  ['"Since this," then what was done next', { ...BASE, tags: ['failure'], result: 'Since this, I decided to roll back the release.' }],
  ['"since this" as a cause', { ...BASE, tags: ['failure'], result: 'Since this was the last wave, I pushed the rest to Monday.' }],
  ['"Since that," then how things went', { ...BASE, tags: ['failure'], result: 'Since that, the line has had no stop.' }],
  ['"Since this," then what was asked once', { ...BASE, tags: ['failure'], result: 'Since this, I asked the field team for the list of door models.' }],
  ['"Since this," then what was also done next', { ...BASE, tags: ['failure'], result: 'Since this, I also decided to roll back the release.' }],
  // …nor with an irregular past after it (what happened next, not a change made or a practice kept), nor a perfect of how
  // things went.
  ['"Since this," then customers lost', { ...BASE, tags: ['failure'], result: 'Since this, we lost two customers.' }],
  ['"Since this," then the news broken', { ...BASE, tags: ['failure'], result: 'Since this, I broke the news to the customer.' }],
  ['"Since this," then a slip', { ...BASE, tags: ['failure'], result: 'Since this, we fell behind by two weeks.' }],
  ['"Since this," then how long the outage lasted', { ...BASE, tags: ['failure'], result: 'Since this, the outage lasted four hours.' }],
  ['"Since this," then outages had since', { ...BASE, tags: ['failure'], result: 'Since this, we have had two more outages.' }],
  ['"Since this," then customers lost since', { ...BASE, tags: ['failure'], result: 'Since this, we have lost two customers.' }],
  ['"Since this," then how every release has gone', { ...BASE, tags: ['failure'], result: 'Since this, every release has gone out clean.' }],
  ['"Since this," then a rollback started', { ...BASE, tags: ['failure'], result: 'Since this, we started the rollback.' }],
  // A review: what only happened next, told with a word a change can start with.
  ['"Since this," then customers started to be lost', { ...BASE, tags: ['failure'], result: 'Since this, we started losing customers.' }],
  ['"Since this," then "started to lose"', { ...BASE, tags: ['failure'], result: 'Since this, we started to lose customers to the competitor.' }],
  ['"Since this," then nothing changed', { ...BASE, tags: ['failure'], result: 'Since this, we changed nothing and it happened again.' }],
  ['"Since this," then made it through', { ...BASE, tags: ['failure'], result: 'Since this, we made it through the audit.' }],
  ['"Since that," then a backlog built up', { ...BASE, tags: ['failure'], result: 'Since that, we built up a backlog of 300 tickets.' }],
  ['"Since this," then a meeting set up', { ...BASE, tags: ['failure'], result: 'Since this, we set up a meeting but nothing came of it.' }],
  ['"Since this," then stopped to think', { ...BASE, tags: ['failure'], result: 'Since this, we stopped to think and nothing changed.' }],
  // A review: a load test that failed in production is the real thing failing, not a rehearsal short of its bar, and
  // the model may judge it.
  ['load tests that failed in production, for want of my sizing', { ...BASE, action: 'Our load tests failed in production because I had not sized the connection pool.' }],
];

/** Stories that are not failures, or carry their lesson. */
const valid: [label: string, fields: Partial<StoryData>][] = [
  // A thirty-sixth user's trial's twins: someone else's lateness, a miss recovered from, a miss with no damage after it,
  // damage denied or only supposed, stock-outs cut, and a title's "missed" said of someone else.
  ['a vendor that could not deliver on time', { ...BASE, action: 'The vendor could not deliver the sales history on time, and 12 dark stores ran out of stock for three days.' }],
  ['data not got from the vendor in time', { ...BASE, action: 'I could not get the sales history from the vendor in time, and 12 dark stores ran out of stock for three days.' }],
  ["a vendor's feed not got in time", { ...BASE, action: "I could not get the vendor's feed in time, and 12 dark stores ran out of stock for three days." }],
  ['a miss recovered from', { ...BASE, action: 'I could not get the retraining done in time, so I set a manual 30% uplift on the top 200 items with Priya Nair, the category manager.', result: 'No dark store ran out of stock over Diwali, and sales of sweets were up 18% on last year.' }],
  ['a miss with no damage after it', { ...BASE, action: 'I could not get the retraining done in time, so we ran Diwali on last year\'s model.', result: 'Sales of sweets rose 22% on last year.' }],
  // A review: damage told further on, another matter's, and a sign-off that was someone else's to give.
  ['damage two sentences on, another matter\'s', { ...BASE, action: 'I could not finish the picker training in time for the pilot, so I trained the first shift myself on the floor.', result: "Pickers hit 96% accuracy in week one. Checkout went down for an hour on day two when the payment vendor's gateway failed." }],
  ['"I could not get legal sign-off in time", then stock-outs', { ...BASE, action: 'I could not get legal sign-off in time, and 12 stores ran out of stock.' }],
  ['damage denied after the miss', { ...BASE, action: "I couldn't finish the retraining before Diwali, but not one dark store ran out of stock." }],
  ['a miss only supposed', { ...BASE, action: 'If I could not get the retraining done in time, 12 stores would run out of stock, so I started in August.' }],
  ['a risky call, then stock-outs cut', { ...BASE, action: 'I chose a big-bang cutover of the reorder model instead of the store-by-store pilot.', result: 'Stock-outs fell from 12 stores to 2.' }],
  ['stock-outs cut after the miss', { ...BASE, action: 'I could not get the retraining done in time, so I set a manual uplift.', result: 'Stock-outs fell from 12 stores to 2.' }],
  ['a title\'s "missed" said of the vendor', { ...BASE, title: 'How our vendor missed the Diwali spike', action: 'The vendor sent the festival data three weeks late, and 12 dark stores ran out of stock.' }],
  // A thirty-fifth user's trial: credit given to the team is no failure, whatever its "my", "not" and "it was".
  ['credit given to the team, "their work, not mine"', { ...BASE, action: 'I moved the calculator ahead of the portal. My team rewrote the calculator in four months, and I want to be clear it was their work, not mine.' }],
  ['"the credit goes to them, not me"', { ...BASE, result: 'My team did the work and the credit goes to them, not me.' }],
  ['"I can\'t take credit"', { ...BASE, result: "I can't take credit for the rewrite; my team did it." }],
  ['"I made it a rule" after the failure', { ...BASE, action: 'I pushed a migration without a dry run and it corrupted 3,000 orders. I made it a rule that every migration gets a dry run first.' }],
  // Dev round 39: a rule laid down for the candidate's own people, after the failure ("I made a rule for my team that…").
  ['a rule for my team after the miss', { ...BASE, tags: ['failure'], action: 'I signed the schedule against a diagram two years out of date; the miss was mine. I made a rule for my team that a checker signs only against a GIS print dated that week.' }],
  ['a rule for the night shift, with a colon, after the failure', { ...BASE, result: 'We missed the cut-over window by four hours. I set a new rule for the night shift: no cut-over starts without a signed rollback plan.' }],
  // …and a failure only supposed, whatever its subject: "if a connection fell through", "in case the deal fell through".
  ['a connection supposed to fall through', { ...BASE, action: 'I reserved slots with a 10% deposit before the designs were final, a risk we could cover by moving a unit to another scheme if a connection fell through.' }],
  ['a deal supposed to fall through, "in case"', { ...BASE, action: 'I kept the second supplier warm in case the Hyosung deal fell through.' }],
  ['a pilot supposed to fail, "unless"', { ...BASE, result: 'The board agreed to fund the rollout unless the pilot failed its safety review.' }],
  ['a rule for everyone after the failure', { ...BASE, result: 'The release failed and we rolled back at noon. I set a rule for everyone that a schema change ships only after a consumer check.' }],
  // Dev round 38: a rule for every change of a kind, laid down after the failure; a practice stopped after the weekend.
  ['a rule for every access change, after the lock-out', { ...BASE, tags: ['failure'], action: 'I pushed the new configuration and 40 minutes later no operator could log in. After that Saturday I set a rule for every access change on the antennas: 48 hours on the Santiago test antenna with a real operator account first, signed by the site lead.' }],
  ['a rule set in a bullet with no subject, after the failure', { ...BASE, action: '- The release failed and we rolled back at noon.\n- Set a rule that no schema change ships without a consumer check.' }],
  ['"after that weekend I stopped releasing to all the fleet at once"', { ...BASE, tags: ['failure'], action: 'The app lost 31 declarations. After that weekend I stopped releasing to all the fleet at once: every version goes first to three boats.' }],
  ['"after the outage I started" a review', { ...BASE, tags: ['failure'], result: 'The release failed. After the outage I started a review of every config diff with the SRE lead.' }],
  // The owning of a mistake is one definition (src/text/owned-mistake.ts): "I dropped the ball" owns one too.
  ['"I dropped the ball", then a weekly release note', { ...BASE, tags: ['failure'], action: 'I dropped the ball on the review. I started sending a weekly release note to the support leads.' }],
  ['"I said it was my fault", then a weekly sync', { ...BASE, tags: ['failure'], action: 'I told the VP it was my fault. I set up a weekly sync with the vendor.' }],
  // Dev round 37: a rule laid down for what is done from then on is a change made afterwards.
  ['a rule set after a pilot failed', { ...BASE, action: 'The first pilot failed: the vendor algorithm raised 212 alarms and crews found 23 real leaks. I set a rule that a crew goes out only when two neighbouring loggers agree.' }],
  ['a new policy after a failed release, with a colon', { ...BASE, result: 'The release failed and we rolled back at noon. I made a new policy: no schema change ships without a consumer check.' }],
  ['a standing rule agreed after a missed date', { ...BASE, result: 'We missed the March date by three weeks. With the PMO I agreed a standing rule that every vendor milestone has a named owner.' }],
  ['a workaround found while diagnosing', { ...BASE, action: 'I shadowed two prescribers and found that sign-in was the real blocker: prescribers kept losing their tokens and fell back to paper.' }],
  ['a file sent back to manual review by design', { ...BASE, action: 'When the vendor returned no match, the file went back to manual review instead of an automatic decline.' }],
  ['a backlog to stop growing', { ...BASE, task: 'I had to stop the refund backlog growing and get buyers paid.' }],
  ['weeks after a pilot', { ...BASE, result: 'The full rollout went live two weeks after the pilot.' }],
  // A review of dev round 29's changes: a platitude with a lesson after it in the same sentence, general lessons
  // in the past tense, an overspend caught or forecast, someone else's pilot that was unsuccessful.
  ['a platitude, then what I do now', { ...BASE, tags: ['failure'], learned: 'Communication is key, so I now send a weekly risk note to every stakeholder.' }],
  ['a lesson in the past tense', { ...BASE, tags: ['failure'], learned: 'I learned that the smaller releases were safer.' }],
  ['a comparison drawn', { ...BASE, tags: ['failure'], learned: 'I learned that a written plan was more persuasive than a meeting.' }],
  ['an overspend caught', { ...BASE, result: 'I caught the overspend early and renegotiated the licence tier.' }],
  ['an overspend forecast by finance', { ...BASE, result: 'Finance forecast an overspend for Q3, so I moved two workloads to reserved capacity.' }],
  ["the vendor's pilot was unsuccessful", { ...BASE, action: "The vendor's pilot was unsuccessful, so I brought the work in-house." }],
  // A tenth user's trial: a cost accepted in `tradeoff:` is the price of a choice, not a failure.
  ['a cost in the trade-off field', { ...BASE, tradeoff: 'I dropped 150 dashboards instead of migrating everything, and two of them had to be rebuilt later.' }],
  // Dev round 29's look-alikes: an overspend avoided; a `learned:` with a lesson about the candidate's own ways,
  // even after a finding; a step added to someone else's checklist, told with a possessive.
  ['an overspend avoided', { ...BASE, result: 'I held spending to plan to avoid an overspend, and closed the year at $1.2M.' }],
  ['a finding, then what I do now', { ...BASE, tags: ['failure'], learned: 'I learned that OrderBridge had no sandbox. I now ask every platform for a test endpoint before I commit a date.' }],
  ['a rule drawn from what was found', { ...BASE, tags: ['failure'], learned: 'I learned that the riskiest integration should go first.' }],
  ['a finding that something was worth it', { ...BASE, tags: ['failure'], learned: 'I learned that the dress rehearsal was worth every hour it took.' }],
  ['a finding about my own work', { ...BASE, tags: ['failure'], learned: 'I learned that my estimates ignore vendor queues, so I check them first.' }],
  ['a `learned:` in plain words', { ...BASE, tags: ['failure'], learned: 'Pilot on one ward before any go-live.' }],
  ["a step added to the trust's checklist", { ...BASE, tags: ['failure'], result: "I added a mandatory pilot-ward fortnight to the trust's go-live checklist." }],
  // Dev round 28's look-alike: a success, said so.
  ['the rollout was a success', { ...BASE, result: 'The rollout was a success: 12,000 gateways installed by the deadline.' }],
  // Dev round 27's look-alikes: published after a date that is no deadline, a spreadsheet kept on purpose, the old
  // reports kept alongside.
  ['published two weeks after the pilot', { ...BASE, result: 'The timetable was published two weeks after the pilot closed.' }],
  ['moved off the spreadsheet', { ...BASE, action: 'I moved the planners off the spreadsheet and onto the optimiser.' }],
  ['the old reports kept alongside', { ...BASE, result: 'Finance kept the old reports for a month, then switched them off.' }],
  ['a slip that would\'ve happened', { ...BASE, action: "Shipping keys to 19 countries would've slipped the date." }],
  ['a slip that was avoided', { ...BASE, action: 'Deferred contractors to phase two: shipping keys to 19 countries would have slipped the date.' }],
  ["a vendor's fix after the deadline", { ...BASE, action: "The vendor's fix came two weeks after the deadline we had agreed with them." }],
  // Dev round 32's look-alikes: a cost accepted ahead ("would go back to paper"), a finding joined to what the
  // candidate now does, and another road authority holding the work up.
  ['depots that would go back to paper, a cost accepted', { ...BASE, action: 'I rented generators for two depots, accepting that the other two would go back to paper in a long cut.' }],
  ['a finding, and that I now do something', { ...BASE, tags: ['failure'], learned: 'I learned that the IT cell takes three weeks for any firewall change, and that I must raise the request at design time.' }],
  // Dev round 33: customers lost as the price of a choice the candidate named; a harm that did not happen.
  ['customers lost, told as what a priority cost', { ...BASE, result: 'Two months later I calculated what the export priority cost: two small trucking companies moved their import pickups to a competitor.' }],
  ['nothing left in the wrong mode', { ...BASE, result: 'In the next six months no equipment was left in the wrong mode after a handover.' }],
  ['check-ins after the first day of school', { ...BASE, action: 'I ran daily check-ins for the two weeks after the first day of school.' }],
  ['software that lost support', { ...BASE, situation: 'Our payments platform ran on Oracle 11g, which lost support in 2022.' }],
  ['a pilot run longer, as asked', { ...BASE, action: 'The pilot ran longer than we planned because the client asked to extend it.' }],
  ['an attack to stop', { ...BASE, task: 'I had to stop a phishing campaign targeting our sellers.' }],
  ['an old service stopped as planned', { ...BASE, action: 'I had to stop the old service before the cutover, as planned.' }],
  ['a bad practice to stop', { ...BASE, task: 'As TPM for developer experience, I had to stop force-merges without slowing the four product teams.' }],
  ['a release slipped by a no-go call', { ...BASE, action: 'I called a no-go for the Nov 1 date and slipped the release three weeks.' }],
  // A sixteenth user's trial: a small slip paid for a call she held.
  ['a release that "slipped only 3 days"', { ...BASE, action: 'I kept the block and paired with his engineer to write the tests, so the release slipped only 3 days.' }],
  ['a launch that "slipped by just a week"', { ...BASE, result: 'The launch slipped by just a week, and incidents fell from 3 a quarter to 1.' }],
  ['a wait that was not too long', { ...BASE, action: 'I kept the old system running for two weeks, which was not too long.' }],
  ['"too long" said of something else', { ...BASE, action: 'I waited for the board, since two hours is too long for them.' }],
  // A thirty-first user's trial (an Earn Trust story): a mistake owned out loud, then a practice begun after it that
  // recurs, is a change made afterwards.
  ['an owned mistake, then a roadmap shared every month', { ...BASE, lps: ['earn-trust'], action: 'I admitted my own mistake in announcing the reorg by email, held one-to-ones with all 14 engineers, and agreed with Maria Lopez, the support director, to share our roadmap every month. I chose to pause one feature to give the team time for the transition.', result: 'Trust scores rose from 41% to 78% in two quarters and no one left the team.' }],
  ['"that was on me", then a monthly skip-level set up', { ...BASE, result: 'The reorg landed badly, and that was on me. I set up a monthly skip-level with each of the 14 engineers.' }],
  ['an apology, then a weekly release note started', { ...BASE, action: 'The release broke the support macros, and that was on me. I apologised to the support leads and started sending them a weekly release note.' }],
  ['"my mistake", then the rota reviewed every sprint', { ...BASE, result: 'We missed the date by three weeks; it was my mistake. I agreed with Priya Nair to review the on-call rota every sprint.' }],
  ['a mistake owned in the situation, the practice in the action', { ...BASE, situation: 'I had announced the reorg by email, and that was my mistake.', action: 'I set up a monthly skip-level with each of the 14 engineers.' }],
  ['a change got made afterwards', { ...BASE, result: 'I missed the date by a week. Afterwards I got a cache and a static fallback written into the standard design.' }],
  ["finding where someone else's process went wrong", { ...BASE, action: 'I rode along with the technicians for two weeks to see where it went wrong, and rebuilt the booking form.' }],
  // Dev round 41: what the candidate looked at, counted or recorded of a problem is the problem, not their failure.
  ['where the app failed, logged by the candidate', { ...BASE, action: 'I rode with the drivers for a week and logged where the app failed: 19 of 40 stops had no signal.' }],
  ['each time the app failed, noted', { ...BASE, action: 'For two weeks I noted each time the app failed to sync in the warehouse.' }],
  ['the drivers who went back to paper, counted', { ...BASE, action: 'I visited six depots and counted the drivers who went back to paper in the dead zones.' }],
  ['where the app failed, a bullet', { ...BASE, action: '- Logged where the app failed on the shop floor, then rebuilt the sync.' }],
  ['where the app failed, to see', { ...BASE, action: 'I rode along for two days to see where the app failed, and rebuilt the sync.' }],
  ['visitors who took the wrong lift, counted, to the model', { ...BASE, action: 'I watched the lobby during two mornings and counted 57 visitors who typed their floor and then took the wrong lift, mostly because the lift letter appeared only 3 seconds.' }],
  ['drivers who took the wrong lane, counted, to the model', { ...BASE, action: 'I stood at the gate for two shifts and counted 38 drivers who took the wrong lane and then had to reverse, mostly because the sign came only 20 metres before it.' }],
  ['callers who had to ring back, counted, to the model', { ...BASE, action: 'I sat in the call centre for two days and counted 64 callers who had to ring back, mostly because the menu sent them to the wrong queue.' }],
  // …and "Since this," for "since then", with a practice after it (a French writer's English).
  ['"Since this, I ask … before each validation"', { ...BASE, tags: ['failure'], action: 'It was my error: I did not ask which door operators the lifts in the field had.', result: 'Since this, I ask to the field team the list of door operator models before each validation.' }],
  ['"Since that, I check … before each release"', { ...BASE, tags: ['failure'], result: 'Since that, I check the oldest controller in the field before each release.' }],
  ['"Since this, we always run …"', { ...BASE, tags: ['failure'], result: 'Since this, we always run the soak on the oldest hardware.' }],
  // …or a change made after it, or a practice kept, told in the past.
  ['"Since this, we rewrote …"', { ...BASE, tags: ['failure'], result: 'Since this, we rewrote the importer.' }],
  ['"Since this, I also added …"', { ...BASE, tags: ['failure'], result: 'Since this, I also added a soak step to the release.' }],
  ['"Since this, we kept …" a weekly review', { ...BASE, tags: ['failure'], result: 'Since this, we kept a weekly review with the vendor.' }],
  ['"Since this, we have always run …"', { ...BASE, tags: ['failure'], result: 'Since this, we have always run a dry run first.' }],
  ['"Since this, we started running …"', { ...BASE, tags: ['failure'], result: 'Since this, we started running a soak on every release.' }],
  // …contracted too (a review: "we've" never reached the perfect's branch).
  ['"Since this, we\'ve added …"', { ...BASE, tags: ['failure'], result: "Since this, we've added a soak step." }],
  ['"Since this, we’ve rewritten …"', { ...BASE, tags: ['failure'], result: 'Since this, we’ve rewritten the importer.' }],
  ['"Since this, we\'ve always run …"', { ...BASE, tags: ['failure'], result: "Since this, we've always run a dry run first." }],
  ['"Since this, we made it a rule …"', { ...BASE, tags: ['failure'], result: 'Since this, we made it a rule to soak every release.' }],
  ['"Since this, we stopped deploying on Fridays"', { ...BASE, tags: ['failure'], result: 'Since this, we stopped deploying on Fridays.' }],
  ['a failover with its object between', { ...BASE, action: 'We failed the map over to the secondary region, which bought forty minutes.' }],
  ['a failover of one workload', { ...BASE, action: 'Our us-east region shed load and we failed over bidding to us-west-2 within nine minutes.' }],
  // The model scores this 0.96 for a failure; it is a trade-off with its reasons, which the model is not asked about.
  ['a trade-off told with what it cost', { ...BASE, action: "I held the loyalty feature back to the spring because I didn't want to risk the launch, which cost us the Christmas promotion." }],
  ["someone else's change did the damage", { ...BASE, result: "The vendor's script deleted 300 invoices, and I restored them from backup by noon." }],
  ['my fix stopped the loss', { ...BASE, result: 'My patch stopped the duplicate charges within an hour, and no data was lost.' }],
  ['a rule for every change the candidate approves now', { ...BASE, action: 'That was my miss.', result: 'Any fastener change I sign now needs a second reviewer.' }],
  ['a procedure rewritten afterwards', { ...BASE, action: 'That was my miss.', result: 'The same month I rewrote the change procedure.' }],
  ['a penalty avoided or never paid', { ...BASE, result: 'All 120 stores went live on 1 May, so we paid no penalty and the client charged us nothing extra.' }],
  ['a penalty clause in the contract', { ...BASE, action: 'I signed a contract with a £5k-a-day penalty clause.', result: 'The cut-over finished two days early.' }],
  // Review: good results of the candidate's change, "fine-" words, someone else never doing something, a choice not to escalate.
  ['my change made things better', { ...BASE, result: 'My change dropped p99 latency from 900 ms to 200 ms.' }],
  ['my fix undid damage done by others', { ...BASE, result: "My fix restored the 300 rows the vendor's job had deleted." }],
  ['fine-grained, fine-tuning', { ...BASE, action: 'We took a fine-grained approach to permissions, and we paid a contractor for fine-tuning the model.' }],
  ['someone else never raised a false alarm', { ...BASE, action: 'I chose the vendor because they tested every build and never raised a false alarm.' }],
  ['a choice not to escalate', { ...BASE, action: "I didn't escalate to the VP; I sat down with Priya and we agreed a plan." }],
  ['"nothing went wrong" is no failure', { ...BASE, result: 'Nothing went wrong during the cut-over, and refunds ran 20% faster.' }],
  ['"little went wrong" is no failure', { ...BASE, result: 'Little went wrong on the night; the rehearsals had caught the issues.' }],
  ['a failure with `learned:`', { ...BASE, result: 'I missed the date.', learned: 'I now profile the source data before I commit to a date.' }],
  ['a lesson in the result: "Since then I…"', { ...BASE, result: 'I missed the date by five weeks. Since then I profile the data before I commit.', tags: ['failure'] }],
  ['"I learned"', { ...BASE, result: 'The launch failed. I learned to pilot in one region first.' }],
  ['"next time"', { ...BASE, result: 'The cut-over backfired; next time I would rehearse on fresh data.' }],
  ['"in hindsight, I would"', { ...BASE, result: 'The launch failed. In hindsight, I would have run a pilot first.' }],
  ['a change made so it cannot recur', { ...BASE, result: 'I missed the date, so I added a contract check that blocks any schema change until every consumer signs off.' }],
  ['a post-mortem with alerts set up', { ...BASE, action: 'I wrote the post-mortem and set up expiry alerts at 30 and 7 days.' }],
  ['an `incident` tag on a remediation story (a topic, not a failure)', { ...BASE, action: 'I proposed staged config rollout with automatic rollback.', tags: ['incident'] }],
  ['a success story', { ...BASE, action: 'I moved the regions one at a time.', result: 'All 40 regions moved with zero downtime.' }],
  ['"taught me"', { ...BASE, result: 'I missed the date, and it taught me to profile the data before committing.' }],
  // A twenty-second user's trial: a risk taken on ("my neck if I got it wrong") and a disagreement with someone
  // else's call are no failure.
  ['a failure only supposed', { ...BASE, task: 'I owned the decision to cancel the vendor contract, and my neck if I got it wrong.', result: 'The rebuilt pipeline cut the bill by £180,000 a year.' }],
  ["someone else's plan thought the wrong call", { ...BASE, task: 'My team would have done the migration, and I thought it was the wrong call at the wrong time.', result: 'We stayed on the warehouse and saved £240,000 a year.' }],
  ["telling someone their plan was the wrong call", { ...BASE, action: 'I told Tom that his plan was the wrong call and showed him the spike.', result: 'We kept the warehouse and saved £240,000 a year.' }],
  ['"showed me that"', { ...BASE, result: 'I missed the date, and it showed me that a sample from one tool is no estimate.' }],
  // A twenty-first user's trial: terse bullets, a safeguard named second, and what it has caught since.
  ['a canary added second in a bullet', { ...BASE, tags: ['failure'], action: '- Added a dry-run mode to the gateway config pipeline and a canary on 1% of traffic.' }],
  ['a dry-run mode added', { ...BASE, tags: ['failure'], action: 'I added a dry-run mode to the config pipeline.' }],
  ['what the canary has caught since', { ...BASE, tags: ['failure'], result: 'Since the canary, 4 bad configs caught before prod in 6 months.' }],
  ['a checkpoint added before every release', { ...BASE, result: 'I missed the date, so I set up a checkpoint before every release where the oldest packages get converted first.' }],
  ['"failed" about someone else\'s earlier attempt', { ...BASE, situation: 'Two earlier attempts had stalled.', result: 'All 140 services left eleven days early.' }],
  ['"I\'ve learned"', { ...BASE, result: "We missed the August date. I've learned to budget a discovery sprint first." }],
  ['a habit stated in the present', { ...BASE, result: 'That was on me. Every launch plan I run now has a translation checkpoint.' }],
  ['"What I\'d do differently"', { ...BASE, result: "It backfired. What I'd do differently is run the second rehearsal." }],
  ['"in retrospect, I should"', { ...BASE, result: 'I misjudged the load. In retrospect, I should have load-tested first.' }],
  ['"I now always"', { ...BASE, result: 'I dropped the ball. I now always put renewal dates in the team calendar.' }],
  ['an incident commander rolling back someone else\'s change', { ...BASE, action: 'I rolled back the config change rather than wait for a forward fix.', result: 'The rollback stopped the error in 25 minutes.', tags: ['incident'] }],
  ['"I\'d start with" as a lesson', { ...BASE, result: "The launch slipped by three weeks. If I ran it again, I'd start with a pilot in one region." }],
  // A new user's trial: time set aside for the safeguard is the change made.
  ['time set aside so the team could build a linter', { ...BASE, action: 'My config change took down the login gateway for 40 minutes. I chose to delay two roadmap items by a sprint so the team could build a config linter and a canary stage.' }],
  ['a checklist added afterwards', { ...BASE, result: 'We missed the date. Afterwards I added a data-profiling checkpoint to the migration template.' }],
  ['"shipped late in the year" is a date', { ...BASE, result: 'We shipped late in the year, and 40 sites moved.' }],
  ['"it was on me to" is a responsibility', { ...BASE, result: 'It was on me to pick the date, and all 40 sites moved on it.' }],
  ['work that slipped is a setback, not a failure', { ...BASE, action: 'When the pipeline work slipped by two weeks, I dropped the experiment service.', result: 'We went live six days early.' }],
  ['"My habit now is"', { ...BASE, action: 'I misjudged how many claims came without photos.', result: 'My habit now is to replay a month of real cases first.' }],
  ['"Nowadays I"', { ...BASE, action: "The first wave didn't land.", result: 'Nowadays I rehearse every rollback on real kit.' }],
  ['"I no longer"', { ...BASE, action: 'I underestimated the training time.', result: 'I no longer sign off a go-live without a timed dry run.' }],
  ['"I\'ve changed" how I plan', { ...BASE, result: "I got the sequencing wrong. I've changed how I order load tests and training." }],
  ['a deadline blown past a target is no failure', { ...BASE, result: 'Sign-ups blew past the target in week two.' }],
  // Lesson families.
  ['"What I took from it"', { ...BASE, action: 'I underestimated the certification time.', result: 'What I took from it: ask every broker for their last three timelines before committing.' }],
  ['a step added to the release checklist', { ...BASE, result: 'The fare cap had to be reverted after a day. Since that rollback, every fare change gets a shadow run first, a step I added to the release checklist.' }],
  ['"Since then, every"', { ...BASE, result: 'I missed the date. Since then, every migration plan starts with a data profile.' }],
  ['"I came away knowing"', { ...BASE, result: 'I lost the room. I came away knowing to open with what each team stops doing.' }],
  ['"made it mandatory"', { ...BASE, result: 'The pilot was cancelled, and I made it mandatory to fly a cold-weather trial first.' }],
  ['"On the next launch, I"', { ...BASE, result: 'The launch slipped by a month. On the next launch, I booked the regulator review first.' }],
  ['"the hard way"', { ...BASE, result: 'I learned the hard way that a vendor estimate is not a plan.' }],
  ['"I learned that" a general truth', { ...BASE, result: 'The pilot flopped. I learned that small pilots need a control group.' }],
  ['the vendor\'s earlier trial that failed is context', { ...BASE, situation: 'A vendor scheduler had been trialled in 2021, and it failed on the mixed-lot rules.', result: 'Idle time fell from 14% to 5%.' }],
  ['"my takeaway" is a lesson', { ...BASE, result: 'The cut-over backfired. My takeaway: rehearse on fresh data.' }],
  ['failing over is no failure', { ...BASE, result: 'We failed over to the second region in four minutes.' }],
  ['a check that "became a required step"', { ...BASE, result: 'I missed the date. The reconciliation job became a required step in our migration template.' }],
  ['"ships now without"', { ...BASE, result: 'I missed the date. No wave of mine ships now without a diff against the old ledger.' }],
  ['"failed over the primary" is a failover', { ...BASE, action: 'I failed over the primary to us-west-2 before the patch window.' }],
  ['an incident the candidate ran is no failure', { ...BASE, action: 'The payments API went down and I ran the incident bridge.' }],
  ['a primary killed on purpose is no failure', { ...BASE, action: 'I ran a game day where we killed the primary database on purpose.' }],
  // The model would take this for a failure (0.97), but a situation sentence counts only if it speaks of you.
  ["another team's attempt in the situation, to the model", { ...BASE, situation: 'The last attempt at this migration went badly wrong and was shelved.', result: 'The new CRM went live on 2 June with 40 services moved.' }],
  ['a client won back from a rival it had moved to', { ...BASE, action: 'I won back the retailer that had moved to a rival the year before.' }],
  ['share taken from a competitor', { ...BASE, result: 'We took two points of share from a competitor in the first half.' }],
  ['traffic moved to a competitor of a vendor', { ...BASE, action: 'I moved the SMS traffic to a competitor of our old gateway, which cut the cost per message.' }],
  // From the review: a client lost before, the candidate's own switch, a visit, no loss, a hypothetical, a rate.
  ['a client that had already gone to a rival', { ...BASE, action: 'I won back the retailer that had already moved to a rival the year before.' }],
  ['our own switch to a rival supplier', { ...BASE, action: 'I switched the payroll contract to a rival supplier and saved 12%.' }],
  ["a visit to a competitor's store", { ...BASE, action: "I took the team to a competitor's store to compare checkout flows." }],
  ['no client lost to a rival', { ...BASE, result: 'Not one client switched to a rival, and churn stayed at 1%.' }],
  ['a loss that would have happened', { ...BASE, action: 'Without the date, the client would have moved to a competitor, so I cut the reporting scope.' }],
  ['a miss rate reported', { ...BASE, action: 'I reported our miss rate to the board every week.' }],
  // A new user's trial: the model took a disagree-and-commit for a failure.
  ['a commitment after a disagreement, to the model', { ...BASE, action: 'He held to 90 days, and I committed to it fully: I called the top 40 sellers myself and had my team build the shim in 3 weeks.' }],
  // Round 19: a failover timed, and our own move to another provider.
  ['a failover timed in seconds', { ...BASE, result: 'During the March processor outage we failed over in 40 seconds and lost no payments.' }],
  ['our own move to another provider', { ...BASE, action: 'I moved the SMS traffic to another provider and saved 9%.' }],
  // A review: our own teams moving work to another platform is no customer lost.
  ['our team moving to another platform', { ...BASE, result: 'Our team moved the workloads to another platform to cut costs.' }],
  // A review of round 20: a safeguard with a hyphenated name is still one.
  ['canary-based deploys added', { ...BASE, result: 'My release took down checkout for an hour. Afterwards we added canary-based deploys.' }],
  // Round 21: money spent on purpose, and defended, is a trade-off, not a failure.
  ['an unplanned spend, defended', { ...BASE, action: 'I negotiated three extra months at the old site for £210,000. It was money the programme had not planned to spend, and I had to defend it to finance.' }],
  // Round 22: a standing practice told of the candidate's own plans.
  ['go-live dates that now get set after a floor walk', { ...BASE, result: 'The cutover was my miss. My go-live dates now get set after a floor walk with the shift lead.' }],
  ['go-live dates set after a floor walk', { ...BASE, result: 'The cutover was my miss. My go-live dates for anything physical get set after a floor walk with the shift lead, never before it.' }],
  ['a near miss', { ...BASE, result: 'The dry run caught a near miss in the ledger mapping, so the cutover was clean.' }],
  // A fourth user's trial: a check skipped with no damage, and a system's failure as the problem to solve.
  // A review: customers told first, not finding a problem first.
  ['customers briefed before the cutover', { ...BASE, action: 'I briefed customers two weeks before we did the cutover.' }],
  ['users briefed before the first loop', { ...BASE, action: 'I briefed the hiring managers and users two weeks before we did the first loop.' }],
  // A seventh user's trial: a trade-off with its reasons, which the model had read as a failure.
  ['a lift and shift chosen over a rewrite, to the model', { ...BASE, action: 'For the settlement batch I decided to lift and shift it as it was instead of rewriting it, because rewriting it would take at least six months and we did not have them.' }],
  // A review: a canary that showed no regression, and a check for regressions, are no broken promise.
  ['a canary that did not show the jump projected', { ...BASE, action: 'The canary did not show the latency jump we projected, so I widened it to 50%.' }],
  ['a build checked for regressions', { ...BASE, action: 'I checked that the new build did not show any of the regressions we told the vendor about.' }],
  // Someone else's promise not kept is no failure of the candidate's.
  ["a vendor's promise not kept", { ...BASE, result: 'The vendor did not deliver the uplift they promised, so I moved the work in-house.' }],
  // A helper's read of the shipped stories: the candidate moving the date, for a reason, is a choice.
  ['the launch slipped by the candidate, for a reason', { ...BASE, action: 'I slipped launch 9 days and moved the promo-code redesign to next quarter, freeing two engineers.' }],
  ['the date slipped to finish the load test', { ...BASE, action: 'I slipped the date by a week to finish the load test.' }],
  ['the release slipped so fixes could land', { ...BASE, action: 'I slipped the release two weeks so the accessibility fixes could land.' }],
  // A review of round 25's pattern: damage denied or rehearsed, a careful call, "over" a window, a refusal to cut a corner.
  ['a big cutover, then no orders lost', { ...BASE, action: 'I chose a single weekend cutover instead of the phased rollout the vendor proposed.', result: 'We lost no orders over the weekend.' }],
  ['all traffic, then nobody double-charged', { ...BASE, action: 'I turned it on for all traffic instead of the 5% canary.', result: 'Not a single customer was double-charged, and retries recovered $2M.' }],
  ['a full reconciliation rather than a sample, then nothing missing', { ...BASE, action: 'I insisted on a full reconciliation rather than a sample count.', result: 'Zero records were missing after the move.' }],
  ['a refusal to skip the load test, then a rollback in staging', { ...BASE, action: 'I refused to skip the load test. We rolled the config back in staging twice before it held.' }],
  ['a migration over a change window, then rollbacks in rehearsal', { ...BASE, action: 'I scheduled the migration over the Easter change window. We rolled it back twice in rehearsal before the real run.' }],
  // Dev round 25: a safer way passed on with no damage after it, damage before the call, or a rollback planned.
  ['all traffic instead of a canary, and it went well', { ...BASE, action: 'I turned it on for all traffic instead of the 5% canary, to beat the freeze.', result: 'Fraud losses fell 30% in the first month.' }],
  ['a rollback trigger set, never used', { ...BASE, action: 'I chose a full launch instead of a pilot and set a rollback trigger at a two-point rise in declines.', result: 'Declines never moved, and chargebacks fell 18%.' }],
  ["someone else's outage, then my big-bang fix", { ...BASE, situation: 'The vendor\'s release double-charged 900 customers.', action: 'I chose one big cutover to the new processor instead of a phased move.', result: 'Refund disputes fell to zero within a month.' }],
  // A twentieth user's trial: a launch held back at the candidate's own gate, and telling a customer what went wrong
  // in another team's incident, are no failure of theirs.
  ['a launch that failed my checklist, held back', { ...BASE, action: 'I made every team lead sign a go or no-go checklist, and I held back the new autocomplete launch because it failed the checklist.' }],
  ['a release that failed its load test, held', { ...BASE, action: 'I kept the release back a week because it failed the load test twice.' }],
  ["telling a customer exactly what went wrong in another team's incident", { ...BASE, situation: "A payments bug double-charged 300 of the association's members.", action: "I called the association's president myself the same day and told him exactly what went wrong and what we were doing about it." }],
  // The trial's pattern: a change of the candidate's with no damage after it, damage denied, or a fix after someone else's damage.
  ['my config change, then no card charged twice', { ...BASE, action: 'I shipped a config change that made the consumer idempotent, and not one card was charged twice after it.' }],
  ['a fix of mine after the vendor double-charged', { ...BASE, action: 'The vendor release charged 900 cards twice, so I shipped a patch that deduplicated the retries within the hour.' }],
  ['my migration, rehearsed with a rollback', { ...BASE, action: 'I ran the schema migration three times; we rolled it back in staging twice before it held.' }],
  ['my change, then a good result', { ...BASE, action: 'I shipped a config change to batch the ledger writes.', result: 'Settlement time fell from 6 hours to 40 minutes.' }],
  ['damage told before the call', { ...BASE, action: 'The old job had dropped 4,000 orders in May. I cut the manual reconciliation from the plan and automated it instead.', result: 'Dropped orders went to zero.' }],
  ['a refusal, and the customer renewed', { ...BASE, action: 'I said no to the custom discount and offered a two-year price lock.', result: 'They renewed for three years at list price.' }],
  ['caught before customers noticed', { ...BASE, result: 'The canary caught it before any customer noticed, and I held the release.' }],
  ['a check skipped that did no harm', { ...BASE, action: 'I shipped the fix without a canary because it was urgent. It went out cleanly.' }],
  ['a check skipped, then a gain', { ...BASE, action: 'I shipped it without waiting for the vendor. It cut latency by half.' }],
  // …and the thirty-fourth trial's twins: a soak skipped with no damage, the bad ones turned away, a measure "down", a
  // service offline on purpose.
  ['a soak skipped, and login fine', { ...BASE, action: 'I skipped the staging soak because of the time pressure and pushed the rate-limit config straight to production.', result: 'Login held at 99.98% success through the campaign.' }],
  ['a soak skipped, then fraudulent orders rejected', { ...BASE, action: 'I skipped the staging soak and pushed the new fraud rule straight to production. It started rejecting fraudulent orders within minutes.' }],
  ['a soak skipped, then payments down as a measure', { ...BASE, action: 'I skipped the staging soak and pushed the pricing config straight to production.', result: 'Payments were down 12% on the quarter, as we had planned.' }],
  ['staging skipped, then the old site offline on purpose', { ...BASE, action: 'I skipped staging for the redirect change.', result: 'The old site was offline for the cutover, as planned, and the new one took every booking.' }],
  ['real users rejected before the change, as the problem', { ...BASE, situation: 'The old rate limiter was rejecting real users across Europe every Monday.', action: 'I shipped a config change that raised the limit tenfold.', result: 'Rejected logins fell from 9,000 a week to 40.' }],
  ['a system that failed, in the situation', { ...BASE, situation: 'We had a cron-based scheduler nobody understood, and it failed silently about twice a month.' }],
  ['a system that failed, after a semicolon', { ...BASE, situation: 'We ran the old billing engine; the nightly run failed twice a week.' }],
  ['a lesson in wording no pattern has, to the model', { ...BASE, result: 'I missed the date. What stays with me is to ask for the data before I promise a date.' }],
  ['a feature let slip to the next release on purpose', { ...BASE, action: 'I let it slip to the second release so the ward boards could go live before flu season.' }],
  ['a question now asked at every go/no-go', { ...BASE, tags: ['failure'], result: 'Since this time, in every go/no-go I ask one question first: which real customer did we test with?' }],
  ['a learned: that says what a team is, the lesson drawn', { ...BASE, tags: ['failure'], learned: 'I learned that Finance is a partner, not a gate.' }],
  ['a rehearsal skipped, then the old system taken offline on purpose', { ...BASE, action: 'I skipped the full-size rehearsal to save a week. I took the old system offline on Sunday as planned.' }],
  ['work undone that the candidate was against: their win', { ...BASE, task: "I owned the plan, and I didn't agree with the rewrite.", action: 'I proved the incremental route in a quarter.', result: 'Quote time came down from 900 ms to 180, and the rewrite was shelved.' }],
  ['doubt that sent the candidate to the raw data, to the model', { ...BASE, action: 'I did not trust the weekly dashboard and pulled the raw dispute records myself.' }],
  // A twenty-third user's trial (Indian English): "did the needful" (did what was needed) and "preponed" (brought
  // forward) are no failure words; the model took the bare "did" for the one of "did not".
  ['"did the needful" and "preponed", to the model', { ...BASE, action: 'I did the needful on the weekends to close out the open bugs, and then I preponed the release by a week.' }],
  ['"did the needful" and "preponed", a second wording', { ...BASE, action: 'I did the needful on weekends to close out the crash bugs and I preponed the release by one week.' }],
  ['a "did" not denied, to the model', { ...BASE, action: 'I did the work on the weekends to close out the open bugs, and then I moved the release up by a week.' }],
  // A Lagos engineering manager's trial (Nigerian English): meetings had with the telcos, "I and my team did the needful".
  ['"I had several meetings" and "I and my team did the needful", to the model', { ...BASE, action: 'I cut bill payments from launch scope for the 410,000 customers. I had several meetings with the telcos and I and my team did the needful.' }],
  // Dev round 45: "I had" people do something is no "I had" of the past perfect.
  ['"I had my two developers pull", to the model', { ...BASE, action: 'I built the first version of the tool around the CIP slots, and I had my two developers pull the daily intake forecast straight from the collection system.' }],
  ['a phased rollout passed on, then pick time brought down', { ...BASE, action: 'I chose the big-bang cutover instead of the phased rollout. The new slotting brought average pick time down from 40 to 28 seconds.' }],
  ['a dry run skipped, then the old system taken offline as planned', { ...BASE, action: 'I skipped the dry run. Kwame took the old WMS offline on Sunday night, as planned.' }],
  ['a lesson drawn from what a board approves, and the change made', { ...BASE, tags: ['failure'], learned: 'I learned that the Change Board only approves a cut-over with a rehearsed rollback, so every cut-over plan now includes one.' }],
  // Dev round 34: a resolution that names the practice; a lesson about what a team has to do; a failure denied.
  ['a resolution with the practice after a colon', { ...BASE, tags: ['failure'], result: 'In future I will be more careful: every setpoint change now gets a second signature.' }],
  ['a resolution with "by" and the practice', { ...BASE, tags: ['failure'], result: 'Going forward I will communicate better by sending a weekly change note to the plant managers.' }],
  ['a check made a separate step in the runbook', { ...BASE, tags: ['failure'], result: 'Trading opened on 6 January. The clock check is now a separate step in the move runbook, with a drift alert on both sites.' }],
  ['a template that now has a sign-off line', { ...BASE, tags: ['failure'], result: 'The calendar release template now has a sign-off line for KELER.' }],
  ['a lesson that a team has to be involved', { ...BASE, tags: ['failure'], learned: 'I learned that the maintenance team has to be in the room before any change to a setpoint.' }],
  ['no locomotive overran', { ...BASE, result: 'In the next twelve months no locomotive overran its service interval, against five the year before.' }],
  // A review: an overrun denied of each one of a set.
  ['not one of our units overran', { ...BASE, result: 'In the next twelve months not one of our units overran its service interval.' }],
  // A review: a lesson in a clause of its own beside a resolution to be more careful.
  ['a lesson beside a resolution', { ...BASE, tags: ['failure'], result: 'Since then I always run a dry run before a cutover, and I will be more careful.' }],
  ['a `learned:` with a lesson beside a resolution', { ...BASE, tags: ['failure'], learned: 'Since then I always run a dry run before a cutover, and I will be more careful.' }],
  ['a `learned:` resolution with the practice after "and now"', { ...BASE, tags: ['failure'], learned: 'I will be more careful about Friday deploys and now require a second reviewer.' }],
  ['a lesson drawn from what an API does, and the change made', { ...BASE, tags: ['failure'], learned: "I learned that the carrier's API never retries a rejected label, so the label service now retries on its own." }],
  // A twenty-fifth user's trial: lessons in business English.
  ['"My key learning was that…"', { ...BASE, tags: ['failure'], result: 'My key learning was that a pilot in one domain must come first.' }],
  ['"My learnings:"', { ...BASE, tags: ['failure'], result: 'My learnings: pilot first, budget in the domains, and agree the data contracts early.' }],
  ['"From this experience I take that…"', { ...BASE, tags: ['failure'], result: 'From this experience I take that a pilot in one domain must come first.' }],
  ['"From it I took away…"', { ...BASE, tags: ['failure'], result: 'From it I took away two things: pilot first, budget early.' }],
  ['"The learning here:"', { ...BASE, tags: ['failure'], result: 'The learning here: pilot in one domain first.' }],
  ['"Key takeaway:"', { ...BASE, tags: ['failure'], result: 'Key takeaway: pilot in one domain first.' }],
  ['"The lesson for me:"', { ...BASE, tags: ['failure'], result: 'The lesson for me: pilot in one domain first.' }],
  // The twenty-seventh trial's look-alikes: losses cut, avoided, prevented or nearly suffered; the problem's running
  // loss, a finding about it, or one before the candidate came; a small loss told as such; a loss in the situation;
  // a launch kept from going out too early; a release rolled back by whoever ran the incident.
  ['losses cut', { ...BASE, result: 'We cut losses by $2M a year.' }],
  ['"we were losing $2M a month before I…"', { ...BASE, action: 'We were losing $2M a month before I rebuilt the fraud rules.', result: 'Chargebacks fell 40%.' }],
  ['a running loss with "lost", a rate', { ...BASE, action: 'We lost $2M a month to chargebacks, so I rebuilt the fraud rules.' }],
  ['"avoided losing"', { ...BASE, result: 'We avoided losing $2M in chargebacks.' }],
  ['losses prevented', { ...BASE, result: 'The new rules prevented $2M in fraud losses, and $1.1M more in losses was avoided by the velocity check.' }],
  ['"we nearly lost"', { ...BASE, result: 'We nearly lost $1M in the outage, but the failover held.' }],
  ['"we lost only"', { ...BASE, result: 'We lost only $3,000 to fraud in the pilot.' }],
  ['a finding of money lost', { ...BASE, action: 'I found that we lost $400k to duplicate refunds.' }],
  ['money lost before the candidate joined', { ...BASE, action: 'In the year before I joined, we lost $2M to chargebacks.' }],
  ['a supposed loss', { ...BASE, result: 'If we lost $1M, the board would cancel the programme; we lost nothing.' }],
  ['a loss in the situation', { ...BASE, situation: 'We lost $2M to card fraud in 2022.' }],
  ['people, not money, lost', { ...BASE, result: 'We lost 3,100 sign-ups during the outage.' }],
  ['a launch kept from shipping too early', { ...BASE, action: 'Rather than ship too early, I held the launch a week. Sales pushed me to launch too soon; I kept the date.' }],
  ['"before we were ready", not done', { ...BASE, action: 'I did not want to go live before we were ready, so I moved the date.' }],
  // A twenty-eighth user's trial: a failure denied by its subject ("nobody", "no team", "none of the squads", "not a
  // single customer") or its verb ("never had to") is none, in every family of failure words.
  ['"Nobody had to stop a product feature for it."', { ...BASE, result: 'The new contract cut hosting costs by 31%. Nobody had to stop a product feature for it.' }],
  ['"no one had to stop"', { ...BASE, result: 'No one had to stop a product feature for it.' }],
  ['"no team had to stop shipping"', { ...BASE, result: 'No team had to stop shipping during the move.' }],
  ['"none of the squads had to cancel"', { ...BASE, result: 'None of the squads had to cancel their release.' }],
  ['"not a single customer had to roll back"', { ...BASE, result: 'Not a single customer had to roll back.' }],
  ['"we never had to roll back"', { ...BASE, result: 'We never had to roll back the release.' }],
  ['"it hadn\'t had to be redone"', { ...BASE, result: 'For once the plan hadn\'t had to be redone.' }],
  ['"nothing had to be reverted"', { ...BASE, result: 'Nothing had to be reverted.' }],
  ['"not one store went back to paper"', { ...BASE, result: 'Not one store went back to paper.' }],
  ['"neither the pilot nor the launch had to be reverted"', { ...BASE, result: 'Neither the pilot nor the launch had to be reverted.' }],
  ['"neither the pilot nor the launch was cancelled"', { ...BASE, result: 'Neither the pilot nor the launch was cancelled.' }],
  ['"no squad missed the deadline"', { ...BASE, result: 'No squad missed the deadline.' }],
  ['"nobody dropped the ball"', { ...BASE, result: 'Nobody dropped the ball.' }],
  ['"no stakeholder lost confidence"', { ...BASE, result: 'No stakeholder lost confidence in the plan.' }],
  ['"not a single project went over budget"', { ...BASE, result: 'Not a single project went over budget.' }],
  ['a release rolled back by the incident lead', { ...BASE, action: 'I rolled back the release within five minutes of the alert.' }],
  // The review of that change: a date too early is no launch shipped too early; a zero loss is none; a launch supposed
  // to go out too early is a failure only supposed; a launch date moved back, and a launch-day flag reverted, are no
  // launch undone.
  ['"the launch date was too early"', { ...BASE, action: "The VP's launch date was too early, so I negotiated two more weeks." }],
  ['"the date of the launch was too soon"', { ...BASE, action: 'The date of the launch was too soon for the stores, so I moved it.' }],
  ['"we lost $0"', { ...BASE, result: 'False alarms fell from 40 to 3 a shift, and we lost $0 to crane downtime that quarter.' }],
  ['"if we shipped too early"', { ...BASE, action: 'I held the date because if we shipped too early we would double-charge customers.' }],
  ['"unless the launch was premature"', { ...BASE, action: 'Nobody would notice unless the launch was premature.' }],
  ['a launch date rolled back', { ...BASE, action: 'We rolled back the launch date by a week to finish the pen test.' }],
  ['a launch rolled back by a week', { ...BASE, action: 'I rolled back the launch by a week to finish the pen test.' }],
  ['a go-live rolled back to March', { ...BASE, action: 'I rolled the go-live back to March so the pen test could finish.' }],
  ['a launch-day flag reverted', { ...BASE, action: 'I reverted the launch-day config flag once the traffic peak passed.' }],
  ['a launch checklist reverted', { ...BASE, action: 'I reverted the launch checklist to the old version.' }],
  // What a mishap cost, but no loss that happened or none of the candidate's side: a cost only supposed, none, a price,
  // a rate, a cost worked out or before the candidate came, a mishap denied, someone else's, a trade-off's price, a
  // `learned:` after a real one.
  ['"saved what would have cost us $2M"', { ...BASE, result: 'The fix saved what would have cost us $2M.' }],
  ['"the outage would have cost us $2M"', { ...BASE, result: 'Without the failover, the outage would have cost us $2M.' }],
  ['"a breach could cost us $2M"', { ...BASE, action: 'A breach could cost us $2M, so I moved the audit forward.' }],
  ['"the outage cost us nothing"', { ...BASE, result: 'The outage cost us nothing.' }],
  ['"the outage cost us $0"', { ...BASE, result: 'The outage cost us $0 in credits.' }],
  ['"the outage didn\'t cost us a single customer"', { ...BASE, result: "The outage didn't cost us a single customer." }],
  ['a licence\'s price', { ...BASE, action: 'The licence cost us $3k a year.' }],
  ['a tool\'s price after "it"', { ...BASE, action: 'I picked the cheaper tool. It cost us $3k.' }],
  ['a running rate', { ...BASE, action: 'The outages cost us $50k a month, so I rebuilt the failover.' }],
  ['what the outage cost, worked out', { ...BASE, action: 'I calculated what the outage cost us: $120k.' }],
  ['a cost before the candidate joined', { ...BASE, action: 'Before I joined, the outage cost us $2M.' }],
  ['"not one bug cost us a renewal"', { ...BASE, result: 'Not one bug cost us a renewal.' }],
  ['the AWS outage', { ...BASE, result: 'The AWS outage cost us $120k.' }],
  ["the vendor's outage", { ...BASE, result: "The vendor's outage cost us $120k." }],
  ['a trade-off\'s price, "it cost us"', { ...BASE, action: 'I kept Dublin on the mainframe so the rest could go live before summer; it cost us £180,000 in extended support.' }],
  ['a delay I chose, "which cost us"', { ...BASE, action: 'I delayed the launch three weeks, which cost us two renewals.' }],
  ['people who went without the service, not business lost', { ...BASE, result: 'The outage cost us 3,100 sign-ups.' }],
  ['a cost told in the situation', { ...BASE, situation: 'The bug cost us two enterprise renewals.' }],
  ['"had lost" money before the candidate came', { ...BASE, action: 'By the time I joined, we had lost $2M to chargebacks.' }],
  ['"if we had lost"', { ...BASE, result: 'If we had lost $1M, the board would have cancelled it.' }],
  ['what a mishap cost, with a lesson', { ...BASE, result: 'The bug cost us two enterprise renewals.', learned: 'I now run the renewal accounts through the release checklist before every pricing change.' }],
  // "No one who …", "Nobody who …", "no squad that …": a failure denied by a subject with a clause of its own, in every
  // family of failure words.
  ['"No one who used the old flow lost data"', { ...BASE, result: 'No one who used the old flow lost data.' }],
  ['"Nobody who was on the pilot had to roll back"', { ...BASE, result: 'Nobody who was on the pilot had to roll back.' }],
  ['"No one who joined late missed the deadline"', { ...BASE, result: 'No one who joined late missed the deadline.' }],
  ['"No squad that shipped on Friday went over budget"', { ...BASE, result: 'No squad that shipped on Friday went over budget.' }],
  ['"None of the stores that moved first went back to paper"', { ...BASE, result: 'None of the stores that moved first went back to paper.' }],
  ['"No customer who was on the pilot moved to a competitor"', { ...BASE, result: 'No customer who was on the pilot moved to a competitor.' }],
  ['"No stakeholder who saw the demo lost confidence"', { ...BASE, result: 'No stakeholder who saw the demo lost confidence in the plan.' }],
  ['"Nobody who was on call that night dropped the ball"', { ...BASE, result: 'Nobody who was on call that night dropped the ball.' }],
  ['"No team that joined the pilot had to scrap it"', { ...BASE, result: 'No team that joined the pilot had to scrap it.' }],
  ['"Not one bug that we shipped cost us a renewal"', { ...BASE, result: 'Not one bug that we shipped cost us a renewal.' }],
  // A title that tells of a failure not in the candidate's own first-person words, or denies one, or a term of the trade.
  ['a title "How we recovered a failing launch", told as a success', { ...BASE, title: 'How we recovered a failing launch', result: 'The relaunch went live on 2 June and conversion rose 4%.' }],
  ['a title "How I recovered a failing launch"', { ...BASE, title: 'How I recovered a failing launch', result: 'The relaunch went live on 2 June.' }],
  ["a title about a predecessor's mistake", { ...BASE, title: "Recovering from my predecessor's mistake", result: 'The CRM went live on 2 June.' }],
  ['a title "It wasn\'t my fault"', { ...BASE, title: "The outage that wasn't my fault", result: 'The CRM went live on 2 June.' }],
  ['a title "How I never missed a date"', { ...BASE, title: 'How I never missed a date in two years', result: 'The CRM went live on 2 June.' }],
  ['a title of an error budget', { ...BASE, title: 'Spending my error budget on a faster release train', result: 'Releases went from monthly to weekly.' }],
  ['a title that supposes a miss', { ...BASE, title: 'What if I missed the window?', result: 'The CRM went live on 2 June.' }],
  ['a title "I failed over the database"', { ...BASE, title: 'I failed over the database in 40 seconds', result: 'Checkout stayed up.' }],
  ['a failure title with a lesson', { ...BASE, title: 'The migration I got wrong', result: 'The cutover finished on 2 June.', learned: 'I now rehearse every cutover on a copy of production first.' }],
  // A review of the change that read "had lost" and what a mishap cost: a past-perfect loss beside "when I took over",
  // a year, or the candidate's own remedy after it is background.
  ['"had already lost … when I took over"', { ...BASE, action: 'We had already lost $3M to fraud when I took over the project, so I rebuilt the rules with Dana Reyes, the VP Payments.' }],
  ['"When I took over, we had lost"', { ...BASE, action: 'When I took over, we had lost $3M to fraud, so I rebuilt the rules.' }],
  ['"we had lost $3M to fraud in 2022"', { ...BASE, action: 'We had lost $3M to fraud in 2022, so I rebuilt the rules.' }],
  ['"By Q2 we had lost $3M…, so the CFO asked me to"', { ...BASE, action: 'By Q2 we had lost $3M to fraud, so the CFO asked me to rebuild the rules.' }],
  // Someone else's mishap, a planned one, an old one, one of a past year, or one the candidate's remedy ended.
  ['the supplier outage', { ...BASE, result: 'The supplier outage cost us $80k in SLA credits, but the supplier paid it back in March.' }],
  ['the cloud provider outage', { ...BASE, result: 'The cloud provider outage cost us two enterprise renewals.' }],
  ['planned downtime, a trade-off', { ...BASE, action: 'The planned downtime cost us about $20k in lost sales, which I accepted to finish the cutover in one night.' }],
  ['legacy outages of 2022, none since', { ...BASE, result: 'The legacy outages cost us $2M in 2022, and there have been none since.' }],
  ['"it cost us $3M before I rebuilt it"', { ...BASE, action: 'The old rules engine had a bug that let card testers through; it cost us $3M before I rebuilt it.' }],
  // Titles that are no failure of the candidate's: a compound, a dashboard, nothing missed, a question.
  ['a title "My worst-case capacity plan"', { ...BASE, title: 'My worst-case capacity plan for Black Friday', result: 'The CRM went live on 2 June.' }],
  ['a title "Turning around my worst-performing region"', { ...BASE, title: 'Turning around my worst-performing region', result: 'The CRM went live on 2 June.' }],
  ['a title "My errors dashboard"', { ...BASE, title: 'My errors dashboard', result: 'The CRM went live on 2 June.' }],
  ['a title "I missed nothing"', { ...BASE, title: 'I missed nothing: a clean audit', result: 'The CRM went live on 2 June.' }],
  ['a title "Was it my fault?"', { ...BASE, title: 'Was it my fault?', result: 'The CRM went live on 2 June.' }],
  // Dev round 40 (r40-erp-colocation-move): a rehearsal that fell short of its bar is the rehearsal doing its job. (The
  // model scores the first a failure.)
  ['a rehearsal that did not pass its limit', { ...BASE, action: 'The first rehearsal did not pass my 8-hour limit: the Oracle export took 19 hours. I changed the plan to Data Guard replication.' }],
  ['a load test that fell short', { ...BASE, action: 'Our second load test fell short of the 2,000 orders a minute we needed, so I doubled the read replicas.' }],
  ['a dry run that failed at a step', { ...BASE, action: 'The dry run failed at the DNS step, so I added a TTL check.' }],
  ['a mock cut-over that ran over', { ...BASE, action: 'The mock cut-over ran over by three hours, and I split the data load into two nights.' }],
  ['a test run that missed its window', { ...BASE, action: 'The first test run missed the four-hour window by ninety minutes, so I moved the index build out of it.' }],
  ['a dress rehearsal that failed, then a clean night', { ...BASE, action: 'The dress rehearsal failed on the payroll export.', result: 'The real cut-over ran clean in 3 hours.' }],
  // …and its twins: a load test that failed in staging, a rehearsal of the production cut-over, production named later.
  ['a load test that failed in staging', { ...BASE, action: 'Our load test failed in staging at 1,500 orders a minute, so I doubled the read replicas.' }],
  ['a load test that failed in staging, for want of my sizing', { ...BASE, action: 'Our load tests failed in staging because I had not sized the connection pool.' }],
  ['a rehearsal of the production cut-over that failed', { ...BASE, action: 'The rehearsal of the production cut-over failed at the DNS step, so I added a TTL check.' }],
  ['a load test that failed before going live in production', { ...BASE, action: 'The load test failed at 1,500 orders a minute, two weeks before we went live in production, so I doubled the read replicas.' }],
];

describe('failure-without-lesson', () => {
  it.each(invalid)('flags %s', (_label, fields) => {
    const reports = runRule(rule, fields);
    expect(reports).toHaveLength(1);
    // At the sentence it quotes (or at the result, for a tag).
    const { field, index, message } = reports[0]!;
    const quoted = /"([^"…]*)/.exec(message)![1]!;
    if (message.includes('(tagged')) expect(field).toBe('result');
    else expect((fields[field as keyof StoryData] as string).slice(index)).toMatch(new RegExp(`^${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it.each(valid)('accepts %s', (_label, fields) => {
    expect(runRule(rule, fields)).toEqual([]);
  });

  it('says what made it a failure story and what a lesson looks like, and is an error by default', () => {
    const [report] = runRule(rule, { action: 'I pushed the cut-over.', result: 'I missed the date. The team moved on.' });
    expect(report!.message).toBe(
      'This story tells of a failure, "I missed the date.", and has no lesson. Say what you do differently now, or what you changed so it can\'t happen again, in `learned:`.',
    );
    // A twentieth user's trial: the words that made it a failure story are in the quote, far into a long sentence.
    const [long] = runRule(rule, { action: 'I ran three game days and made every team lead sign a go or no-go checklist, and then I missed the launch date by two weeks because the vendor API was late.' });
    expect(long!.message).toContain('a failure, "…checklist, and then I missed the launch date by two weeks because the vendor…", and has no lesson.');
    const result = lintText('title: t\naction: I pushed the cut-over.\nresult: It went badly.\n', 'stories/s.yaml', only('failure-without-lesson'));
    // Line 3, column 9: "It went badly." itself, after "result: ".
    expect(result.messages.map((m) => [m.line, m.column, m.severity])).toEqual([[3, 9, 2]]);
  });

  it.each([
    ['a tag', { tags: ['failure'], result: 'The pilot stopped.' }, 'This failure story (tagged "failure") has no lesson.'],
    // The words are looked for in every section before the model is asked: the plainest evidence is quoted.
    ['words in a later section over the model earlier', { action: "My plan assumed the vendor's API could take peak load, and it could not.", result: 'I missed the date.' }, 'This story tells of a failure, "I missed the date.", and has no lesson.'],
    ['the model', { result: "My plan assumed the vendor's API could take peak load, and it could not." }, 'A trained model reads "My plan assumed the vendor\'s API could take peak load, and it could not." as a failure, and the story has no lesson.'],
    // The title counts after the body's words, and before the model.
    ['the title', { title: 'The migration I got wrong', result: 'The cutover finished on 2 June.' }, 'This story\'s title tells of your own failure, "The migration I got wrong", and the story has no lesson.'],
    ['words in the body over the title', { title: 'The migration I got wrong', result: 'I missed the date.' }, 'This story tells of a failure, "I missed the date.", and has no lesson.'],
    ['the title over the model', { title: 'The migration I got wrong', result: "My plan assumed the vendor's API could take peak load, and it could not." }, 'This story\'s title tells of your own failure'],
  ])('names what made it a failure story: %s', (_label, fields, start) => {
    const [report] = runRule(rule, fields);
    expect(report!.message.startsWith(start)).toBe(true);
  });

  it.each([
    ['a trade-off with its reasons', "I held the loyalty feature back to the spring because I didn't want to risk the launch.", false],
    ['a failover', 'One of the two carriers failed on Black Friday and we fell back to the second one.', false],
    ['failover arranged', 'I arranged failover to the second provider so testing did not stop.', false],
    ['traffic switched over', 'The card processor went down and traffic switched over to the backup acquirer.', false],
    ['a plain setback', 'The pilot never took off and the client walked away.', true],
    ['a crash', 'The new build crashed on older phones for two days.', true],
    // Dev round 23: someone else's work arriving late is a setback, not the candidate's failure.
    ["a contractor's survey late", "Our wireless contractor's survey came back five weeks late and found dead zones in the stairwells.", false],
    ['a vendor later than planned', 'Zeiss came three weeks later than planned to install the login interface.', false],
    ['my own work late', 'I landed the fix a week late, so the pilot started on the old build.', true],
    // A review of round 23: the candidate's own work, late, and a vendor late when the candidate acted on it.
    ['my migration late', 'My data migration came in five weeks late because I never ran a full rehearsal.', true],
    ['a vendor late, and my own trust in it', 'The CRM landed six weeks late because I trusted the vendor estimate without a spike.', true],
    ["a possessive of the candidate's team", "My team's migration came in three weeks late.", true],
    // Dev round 32: a road authority holding the work up; the candidate's own bullet holding a release.
    ['a road kept shut by others', 'National Highways kept the A66 shut until the 30th, which held up 1,100 parcels for Keswick.', false],
    ['my own bullet, and what it held up', '- Pushed the config at 4 pm, which held up the evening wave.', true],
    ['my plan, and what it delayed', 'The plan assumed the API could take peak load, and that delayed the launch when it could not.', true],
    // Dev round 34: not one of them taken out of service.
    ['not one unit taken out', 'The queue fell to four, and not one unit was taken out of the timetable for wheel flats.', false],
    ['not one test run', 'Not one test was run before I shipped it.', true],
    // A twenty-eighth user's trial: a failure the patterns find denied is not the model's to read back in.
    ['a roll-back denied by "never"', 'We never had to roll back the release.', false],
    ['a roll-back told', 'We had to roll back the release.', true],
    // A twenty-third user's trial: Indian English idioms the model never saw are read as their plain English.
    ['"did the needful" and "preponed"', 'I did the needful on the weekends to close out the open bugs, and then I preponed the release by a week.', false],
    ['"doing the needful"', 'I was doing the needful on the weekends to close out the open bugs, and then I moved the release up by a week.', false],
    ['a failure told around "did the needful"', 'I did the needful, but my plan assumed the vendor API could take peak load, and it could not.', true],
    ['"did not do the needful"', 'I did not do the needful on the weekends to close out the open bugs, and then I preponed the release by a week.', true],
    // A "did" is the model's to judge, denied or not.
    ['a "did" not denied', 'I did the work on the weekends to close out the open bugs, and then I moved the release up by a week.', true],
    ['a failure told around a "did"', "I did the plan myself, and the launch slipped six weeks because I had not checked the vendor's capacity.", true],
    ['"did not", left as it is', 'I did not test the rollback on the weekends, and then I moved the release up by a week.', true],
    // A thirty-fifth user's trial: credit given to others (0.978 for the first) is no failure to judge; blame taken is.
    ['credit given, "their work, not mine"', 'My team rewrote the calculator in four months, and I want to be clear it was their work, not mine.', false],
    ['credit given, "goes to them"', 'My team did the work and the credit goes to them, not me.', false],
    ['credit refused, "I can\'t take credit"', "I can't take credit for the rewrite; my team did it.", false],
    ['blame taken, "my call, not my team\'s"', "It was my call, not my team's, and it was wrong.", true],
    ['blame taken, "my mistake, not theirs"', 'I want to be clear it was my mistake, not theirs.', true],
    ['credit taken', 'I took the credit for the rewrite in the review.', true],
    // Dev round 41: what the candidate saw of a problem (0.956 for the first) is no failure to judge; a failure of their
    // own beside it, or in it, and what others counted, still are.
    ['visitors who took the wrong lift, counted', 'I watched the lobby during two mornings and counted 57 visitors who typed their floor and then took the wrong lift, mostly because the lift letter appeared only 3 seconds.', false],
    ['drivers who took the wrong lane, counted', 'I stood at the gate for two shifts and counted 38 drivers who took the wrong lane and then had to reverse, mostly because the sign came only 20 metres before it.', false],
    ['callers who had to ring back, counted', 'I sat in the call centre for two days and counted 64 callers who had to ring back, mostly because the menu sent them to the wrong queue.', false],
    ['orders my mapping sent wrong, counted', 'I counted 31 orders that went to the wrong depot because I had mapped the postcodes wrong.', true],
    ['passengers at the wrong gate, counted by others', 'The station reports counted 300 passengers who went to the wrong gate.', true],
    ['my own side after what was counted', 'I counted 57 visitors who took the wrong lift, and my screen was the reason.', true],
    // A review: a rehearsal falling short of its bar is none to judge, but a load test failing in production is the real
    // thing failing, told before or after its verb.
    ['load tests that failed in production', 'Our load tests failed in production, and checkout was down for an hour.', true],
    ['load tests that failed badly in production', 'Our load tests failed badly in production.', true],
    ['a load test in production that failed', 'Our load test in production failed at 1,500 orders a minute.', true],
    ['a load test on the live site that failed', 'The load test on the live site failed at noon.', true],
    ['a load test that failed in staging', 'Our load test failed in staging at 1,500 orders a minute.', false],
    ['a rehearsal of the production cut-over that failed', 'The rehearsal of the production cut-over failed at the DNS step.', false],
    ['a load test that failed before going live in production', 'The load test failed at 1,500 orders a minute, two weeks before we went live in production.', false],
    // A Lagos engineering manager's trial (Nigerian English, 0.982): "I and my team" (its "my" weighed as in "my mistake")
    // and "I had meetings with" (its "I had" as in "I had assumed") are read as "we" and "I held meetings with"; a failure
    // told around them is still judged.
    ['"I and my team did the needful" after "I had several meetings"', 'I had several meetings with the telcos and I and my team did the needful.', false],
    ['"I and my team handled it" after "I had several meetings"', 'I had several meetings with the telcos and I and my team handled it.', false],
    ['"I had weekly calls with"', 'I had weekly calls with the three telcos and my team handled the test plan.', false],
    ['a failure told around "I and my team"', 'I and my team missed the date because I did not test the rollback.', true],
    ['a failure told around "I had meetings"', 'I had several meetings with the telcos, but I never got the integration dates in writing and the launch slipped.', true],
    ['"I had assumed", left as it is', 'I had assumed the telcos would be ready and my team did not check.', true],
    // Dev round 45 (0.971): an "I had" that has people do something is read as "I asked them to"; the past perfect, what
    // the candidate had (people on the wrong work, the wrong numbers) and a failure told around it are still judged.
    ['"I had my two developers pull"', 'I built the first version of the tool around the CIP slots, and I had my two developers pull the daily intake forecast straight from the collection system.', false],
    ['"I had my team run"', 'I had my team run the migration over the weekend.', false],
    ['"I had my team rebuild"', 'I had my team rebuild the importer in two weeks.', false],
    ['"I had my team move"', 'I had my team move the batch job to the new scheduler.', false],
    ['"I had not checked", left as it is', 'I had not checked the forecast.', true],
    ['people "I had" on the wrong work', 'I had my two developers on the wrong branch for a week.', true],
    ['"I had my team working" on the wrong version', 'I had my team working on the wrong version for two weeks.', true],
    ['the wrong numbers the candidate had', 'I had the wrong numbers in the plan, and the plant ran short for a week.', true],
    ['a failure told around "I had my team push"', 'I had my team push the change on Friday, and it broke billing for two hours.', true],
    ['a failure told around "I had my team push", with no time lost told', 'I had my team push the change on Friday, and it broke billing.', true],
    ['a push with no rollback plan, after "I had my developers"', 'I had my developers push the change to production without a rollback plan, and it took down billing.', true],
    ['"I had my team review"', 'I had my team review the runbook before the cut-over.', false],
    ['"I had the analysts re-run"', 'I had the analysts re-run the forecast with the new intake numbers.', false],
    // An "I had" that tells what befell the candidate, not work handed out, is left as it is.
    ['a vendor that missed a deadline, after "I had"', 'I had the vendor miss the deadline twice.', true],
    ['developers who broke the build, after "I had"', 'I had my developers break the build three times that week.', true],
    ['a team that lost work, after "I had"', 'I had my team lose a week of work to the outage.', true],
    ['an integrator that delivered the wrong schema, after "I had"', 'I had our integrator deliver the wrong schema.', true],
  ])('lets the failure model judge %s: %s', (_label, sentence, judged) => {
    expect(failureModelMayJudge(sentence)).toBe(judged);
  });

  // A "did" not denied once weighed for a failure in the model, which learned the word from "did not" (0.926 for the
  // first below), and was read as "handled" to get round it. The model's tokens now tell a denied "do" from a plain one,
  // so it reads a plain "did" as no failure of itself, and "did not" and a failure told around a "did" as before.
  it.each([
    ['a "did" not denied', 'I did the work on the weekends to close out the open bugs, and then I moved the release up by a week.', false],
    ['a "did" not denied, a second wording', 'I did the work on weekends to close out the crash bugs and I moved the release up by one week.', false],
    ['a failure told around a "did"', "I did the plan myself, and the launch slipped six weeks because I had not checked the vendor's capacity.", true],
    ['"did not", left as it is', 'I did not test the rollback on the weekends, and then I moved the release up by a week.', true],
    ['"did not find", the candidate\'s own miss', 'I did not find the Payroll gap until month three, and that gap was mine to find.', true],
  ])('has the failure model take %s for a failure or not: %s', (_label, sentence, failure) => {
    expect(fires(failureModel, sentence)).toBe(failure);
  });

  // A review: each late sentence asked every later sentence for damage, so "I could not ship it on time." 4,000 times over
  // took minutes; each now asks the next one only. (Its time is npm run bench's; a return to it would hang this test.)
  it('reads four thousand late sentences in a row, with no damage after them, at once, and flags none', () => {
    expect(runRule(rule, { ...BASE, action: 'I could not ship it on time. '.repeat(4_000) })).toEqual([]);
  });

  // A launch told as premature may have a modifier of letters and hyphens before it ("the pre-launch was premature"); the
  // modifier was read again from every hyphen of its run, so a story of "a-a-a-…" took seconds (40,000 characters: 5 s). It
  // is read from the start of its run, or its first boundary, now: what is found is the same. (How long it takes is npm run
  // bench's to measure, its "pathological patterns" case; a return to reading it at every hyphen would hang this test.)
  it.each([
    ['a run of letters and hyphens, with no failure in it', { ...BASE, action: 'a-'.repeat(40_000) }, 0],
    ['a launch told as premature after a long hyphenated modifier', { ...BASE, result: `Looking back, the ${'pre-'.repeat(10_000)}launch was premature.` }, 1],
    ['a launch told as premature after a short one', { ...BASE, result: 'Looking back, the pre-launch was premature.' }, 1],
  ])('reads %s', (_label, fields, problems) => {
    expect(runRule(rule, fields)).toHaveLength(problems);
  });

  // A review: the owning of a mistake looked back through each whitespace run for a denial before "my" at every place
  // in it, so a failure story with one line of 60,000 spaces took 16 s (20,000: 1.2 s; 40,000: 8.9 s). It now finds
  // "my mistake" first and reads at most 80 characters before it: the time grows with the text, not its square.
  it.each([
    ['a line of spaces', ' '.repeat(60_000)],
    ['a line of spaces before "my fault"', ' '.repeat(40_000) + 'my fault'],
    ['"my fault" many times over', 'it was not my fault '.repeat(4_000)],
  ])('reads a failure story with %s at once, and finds its one failure', (_label, filler) => {
    const fields = { ...BASE, tags: ['failure'], action: `I missed the date.${filler} I set up a weekly sync.` };
    // (How long it takes is npm run bench's to measure, its "pathological patterns" case; quadratic look-behinds (seconds to minutes)
    // would hang this test past its timeout.)
    expect(runRule(rule, fields)).toHaveLength(1);
  });
});
