/**
 * no-tradeoff: nothing chosen over something else, given up, deprioritised, delayed, cut or accepted as a
 * cost. Setbacks that happened to the candidate and outcomes that "cut" a metric are not trade-offs, and
 * neither are look-alikes: "rather than" in a finding, "cost" as a figure, an account balance, a
 * compromised account.
 */
import { describe, expect, it } from 'vitest';
import type { StoryData } from '../../../src/bank/schema.js';
import rule from '../../../src/lint/rules/no-tradeoff.js';
import { lintText, only, runRule } from '../../helpers.js';

/** Stories that state no trade-off. */
const invalid: [label: string, fields: Partial<StoryData>][] = [
  // rules27: the look-alikes of an order, a wait, a passive deprioritisation, a span cut short and a plan struck from.
  ['a flag something sits behind', { action: 'I put the new checkout behind a feature flag.' }],
  ['a gateway something sits behind', { action: 'I moved the admin API behind the gateway.' }],
  ['a test moved ahead of a launch (timing)', { action: 'I moved the load test ahead of the launch.' }],
  ['lost out to a competitor', { action: 'We lost out to a competitor on the Acme deal.' }],
  ['a person who waited until Q2', { action: 'Priya waited until Q2 for the budget.' }],
  ['a launch that moved, with no reason of the candidate\'s', { action: 'The launch moved to Q3.' }],
  ['deprioritised so leadership could fund something', { action: 'Our project was deprioritised so leadership could fund the AI work.' }],
  ['deferred by the vendor', { action: 'The launch was deferred by the vendor to Q3.' }],
  ['a suite made faster', { action: 'I cut the regression suite from 4 hours to 40 minutes.' }],
  ['a review made shorter by a means', { action: 'I reduced the review time from three days to one by adding templates.' }],
  ['a handover made shorter with a summary', { action: 'I shortened the handover period for nurses with a one-page summary.' }],
  ['a window cut after a setback', { action: 'I was out sick, so the testing window was cut to a week.' }],
  ['the top of a plan of the candidate\'s own', { action: 'I put those 12 at the top of the plan, then the long tail.' }],
  ['metrics pulled from a dashboard', { action: 'I pulled the metrics from the dashboard.' }],
  // fixB: a technical buffer tuned, a meeting or a job run after something, goods held up, names pulled off a list.
  ['a Kafka buffer halved for latency', { action: 'I halved the Kafka buffer to cut alarm latency.' }],
  ['a ring buffer halved', { action: 'I halved the ring buffer to cut alarm latency.' }],
  ['a reindex queued behind a migration', { action: 'I queued the reindex behind the migration.' }],
  ['a retro scheduled behind a launch', { action: 'I scheduled the retro behind the launch.' }],
  ['a backfill moved behind the cut-over', { action: 'I moved the data backfill behind the cutover.' }],
  ['spare parts that sat at a port', { action: 'The spare parts sat until Q3 at the port because customs held them.' }],
  ['a shipment that sat until Q3', { action: 'The shipment sat until Q3 at the port.' }],
  ['work held up by someone else', { action: 'The search revamp sat until Q2 because legal blocked it.' }],
  ['names pulled off a list', { action: 'I pulled the names off the list.' }],
  ['names struck off a list', { action: 'I struck the names off the list.' }],
  ['a metric that was cut', { result: 'Latency was cut by 30% after the cache change.' }],
  // Nor does the trained model take these for trade-offs.
  ['a bare choice, to the model', { action: 'I chose Postgres for the ledger.' }],
  ["a slip the vendor's date caused, to the model", { action: 'The vendor pushed their release to March, so our integration slipped.' }],
  ['a deadline met, to the model', { result: "We met the regulator's deadline with a week to spare." }],
  // "we'd been told" is "we had been told": spelt "we would been told", the model scored it 0.87, a conditional weighing options.
  ['a region "we\'d been told" to drain, to the model', { action: "We drained a region we'd been told to drain." }],
  ['a trade-off the model would take, told only in the situation (context)', { situation: 'The web app got the redesign first; the mobile apps stayed on the old screens until the new year.', action: 'I ran the weekly syncs.' }],
  // Dev round 26: a cause traced rather than another, what a thing does instead of something else.
  ['a cause traced to one thing rather than another', { action: "I ran print tests on 2,000 sample packs and traced the misaligned address windows to the new vendor's paper stock rather than to our templates." }],
  ['what a system does instead', { action: '- Ran the parallel month: the optimizer builds pairings overnight instead of in the afternoon window the schedulers knew, so I compared its output every morning.' }],
  // A review of round 25's patterns: knowing, comparing and a system's capacity are no trade-off.
  ['"which we knew would take six weeks"', { action: 'I wrote the plan, which we knew would take six weeks, and walked Dana Lee through it.' }],
  ['milestones set against dates', { action: "I set each milestone against the regulator's dates and reviewed them with Dana Lee." }],
  ['results stacked against last year', { action: "I stacked the results against last year's numbers with Dana Lee." }],
  ['a database that could not handle both loads', { action: 'The database could not handle both loads, so I added a replica with Dana Lee.' }],
  // A sixth user's trial: a case argued sets nothing aside.
  ['an argument for one option over another', { action: 'I argued for multi-region instead of multi-cloud, and wrote up the failover plan with the SRE lead.' }],
  // Dev round 25 look-alikes: a team short of capacity with no choice of the candidate's near, a plan set out, a rest.
  ['a vendor that could not finish both, no choice of mine', { situation: 'The vendor could not finish both integrations.', action: 'I ran the weekly syncs with their lead.' }],
  ['a plan set against a date, no option given up', { action: 'I set the plan out against the regulator\'s dates.' }],
  ['a team let rest a day', { action: 'I let the team rest a day after the cutover.' }],
  ['"cut" an outcome', { result: 'I cut p99 latency by 40% and cut costs by $200k a year.' }],
  ['a delay caused by the vendor', { action: 'The launch was delayed by the vendor, so I re-planned the test window.' }],
  ['a vendor delaying something', { action: 'The vendor delayed the shipment by two weeks, and I re-ran the rollout plan.' }],
  ['an outage delaying the launch', { action: 'A region outage delayed our launch by a week; I moved the comms.' }],
  ['a passive postponement', { action: 'The release was postponed twice because of the outage.' }],
  ['a vendor dropping support', { situation: 'The vendor dropped support for TLS 1.0, so every client had to move.' }],
  ['someone else pausing the project', { situation: 'Leadership paused the project during the reorg.', action: 'I restarted it in Q3.' }],
  ['a choice with nothing given up', { action: 'I chose a launch date and sent the plan to the leads.' }],
  ['prioritising with nothing over', { action: 'I prioritized the migration and ran weekly syncs with three teams.' }],
  ['accepting something that is not a cost', { action: 'The ops team accepted the new runbook after one review.' }],
  ['only coordination', { action: 'I ran weekly syncs with three teams, tracked risks in a shared log, and unblocked two dependencies.' }],
  ['"over" that is not a choice', { action: 'I took over the program and ran it over two quarters.' }],
  ['"instead" opening a sentence', { action: 'The first plan stalled. Instead, I asked each lead for a date.' }],
  ['a regulator accepting something', { result: 'The regulator accepted our disclosure with no penalty.' }],
  ['a clause after "after"', { action: 'I re-planned the test window after the vendor delayed the shipment.' }],
  ['a metric that dropped', { result: 'Complaints dropped from 120 a month to 35 and errors dropped sharply.' }],
  ['"over" as time', { action: 'I prioritized the migration over the next two quarters.' }],
  ['a vendor shipping without something', { situation: 'The vendor shipped without tests, and we found out in production.' }],
  ['an empty tradeoff field', { action: 'I ran the syncs.', tradeoff: '  ' }],
  ['"rather than" in a finding', { action: 'I found the root cause was stale rules rather than the model, and I set up a monthly review.' }],
  ['"rather than" between amounts', { result: 'Approvals now take hours rather than days.' }],
  ['"instead of" for what others did', { situation: 'Staff texted each other codes instead of using the authenticator app.' }],
  ['"instead of" comparing results', { result: 'The forecast now takes one analyst a day instead of four analysts a week.' }],
  ['cost as a figure', { result: 'The cost was $40k a month, and cost per invoice fell from $7.80 to $2.10.' }],
  ['a cost that rose', { situation: 'Our cloud cost was rising 6% a month.' }],
  ['a card balance checked against a ledger', { action: 'I checked every card balance against the old system to the cent.' }],
  ['parcels weighed by hand', { action: 'I asked the site team to weigh and measure 500 parcels by hand.' }],
  ['compromised accounts', { situation: 'Twelve accounts were compromised by phishing, and MFA became the top priority.' }],
  ['a security compromise', { action: 'After the compromise of the build server, I rotated every key.' }],
  ['"priority" with no choice', { action: 'I made the migration my priority and routed priority calls to every agent.' }],
  ['customers living with a problem', { situation: 'Customers had to live with slow pages for a year.' }],
  ['"ahead of" as time', { action: 'I prioritised the fixes ahead of the holiday peak.' }],
  ['a vendor moving the date', { action: 'The vendor pushed the launch by two weeks, and I re-planned the tests.' }],
  ['"meant" with no cost', { result: 'The faster page meant more repeat visits, up 12% on the dashboard.' }],
  ['customers waiting days', { situation: 'Customers would have to wait three days for a refund.' }],
  ['a launch that lost nothing', { action: 'I launched it without any downtime by switching one region at a time overnight.' }],
  ['a launch without extra people', { action: 'I ran the launch without extra headcount and kept weekly reviews with ops.' }],
  ['a ledger balanced against the bank', { action: "I balanced every entity's trial balance against the old ledger and gave each difference an owner." }],
  ['deferred revenue', { action: 'I rebuilt the deferred revenue schedules with the revenue accounting team.' }],
  ['a price as a figure', { action: 'I negotiated cut-over support with the vendor, and the price was a flat £90k.' }],
  ['a setback in a relative clause', { action: "The insurer's security review ran six weeks long, which pushed our go-live back a month." }],
  ['a comparison with the unit unsaid', { result: 'We now ship every two weeks instead of six, per the release tracker.' }],
  ['others going elsewhere "instead"', { situation: 'Many customers gave up on the form and emailed photos to support instead.' }],
  ['feelings, not scope', { action: 'I gave the Lisbon squad its own retro slot so nobody felt left out.' }],
  ['trading volume', { result: 'Clients traded 18% more on the app, per the trading analytics dashboard.' }],
  ['a release cycle cut', { result: 'I cut the release cycle from six weeks to two.' }],
  ["others' hardship", { situation: 'Our customers had to make do with a PDF export for years.' }],
  ["someone else's preference", { situation: 'Sales preferred the annual plan over monthly billing.' }],
  ['an event that "meant no" something', { situation: 'The outage meant no orders for three hours.' }],
  ['a hypothetical loss that did not happen', { action: 'The migration would lose data if the job failed, but I added checksums.' }],
  ['a kill switch and a cut-over', { action: 'I put together a cut-over plan and limited the blast radius with a kill switch.' }],
  ['a bug "caught"', { action: 'I built a replay harness with the QA lead. The biggest catch was a rounding bug in yen refunds.' }],
  ['an outage "meaning" customers waited', { situation: 'The vendor bot went down for hours, meaning customers waited 25 minutes for an agent.' }],
  ['comfort with no cost', { action: 'I was comfortable with its security posture after the security review.' }],
  ['money left on the table by the old way', { situation: 'A pricing audit showed the old approach left money on the table on busy nights.' }],
  ['a finding that was not in v1', { action: '- Diffed the two models. The gap was not in v1; it came from a new feature, not from age itself.' }],
  ['decisions that give nothing up', { action: 'I decided to set up a daily call with the courier and proposed a second morning run.', result: 'Samples now reach the lab by noon rather than late afternoon.' }],
  ['a regret, not an option weighed', { action: "I could have escalated sooner, but I didn't.", result: 'It would have been easier if the vendor had shared the logs.' }],
  ['a vendor running late after a plan was agreed', { action: 'I agreed the plan with the vendor. The vendor shipped a month later than planned.' }],
  ['a fair price paid for licences is no cost accepted', { action: 'I negotiated a fair price for the licences and rolled them out.' }],
  ['errors cut to hit a date', { action: 'I reduced the defects to meet the milestone.' }],
  ['a request sent to the back of the queue by the vendor', { action: 'The vendor put our request at the back of the queue, so I escalated.' }],
  ['a bar kept, "without dropping" it', { action: 'I had to rebuild the team to 10 engineers within two quarters without dropping the bar.' }],
  ['a duration cut from one amount to another, to make a window', { action: 'I reduced the nightly stock-load duration from 9 hours to 3 to make the cut-over window.' }],
  ['a price negotiated, called fair', { action: 'I negotiated the scanner lease down to $1.2M a year, a fair price.' }],
  // Dev round 32: an overrun is no cost chosen, nor money spent on the plan.
  ['an overrun, "more than planned"', { action: 'The migration ran long, which cost $40k more than planned.' }],
  ['money spent on the plan', { action: 'I bought the extra licences, which cost $40k.' }],
  // Dev round 33: data sent over a link is no choice of one thing over another; a setback's cost is not the
  // candidate's; nothing given up when a planned step was kept.
  ['data sent "over" the Wi-Fi', { action: 'We put a small collector on each carrier that sends data every 5 seconds over the terminal Wi-Fi. I chose Kafka because my team knew it.' }],
  ['a delay that cost more days, imposed by the vendor', { action: 'The vendor shipped late. This cost 4 more days in the fill.' }],
  // A review of rounds 32 and 33: a problem's cost, a cost nobody worked out, a cutover with no check failed, an overrun.
  ['a problem\'s cost, told as the situation', { situation: 'The manual checks cost the warehouse 20 hours a week.', action: 'I automated them.' }],
  ['a cost nobody knew', { action: 'Nobody knew what the current approach cost.' }],
  ['a date met without a failed check', { action: 'To meet the go-live date, I ran the cutover without a single failed check.' }],
  ['an overrun, "more than we had budgeted"', { action: 'The migration ran long, which cost $40k more than we had budgeted.' }],
  ['a date held with nothing left out', { action: 'To hold the 1 June date, I started the mapping without waiting for the final spec, and it matched.' }],
  // A fifteenth user's trial: a drop someone else accepted, or saw.
  ['a drop the board accepted', { action: 'I presented the plan and the board accepted a drop in margin.' }],
  ['a drop in latency customers saw', { result: 'Customers saw a drop in latency of 40%.' }],
  // The review of the fifteenth user's trial: a drop refused is none taken on.
  ['a drop the candidate could not accept', { action: 'I could not accept a drop in uptime for our hospital customers.' }],
  ['a dip the candidate did not accept', { action: "I didn't accept a 2% dip in throughput from the vendor's proposal." }],
  // A seventeenth user's trial: no slack planned is the mistake of a failure story, not scope given up.
  ['"Did not build buffer" after trusting an estimate', { action: 'I trusted the estimate. Did not build buffer. I planned the release on the vendor\'s date.' }],
  ['"did not build in any buffer"', { action: 'I did not build in any buffer, so the slip hit the launch.' }],
  ["\"didn't add enough schedule buffer into the plan\"", { action: "I didn't add enough schedule buffer into the plan." }],
  // The review of that change: buffer said other ways.
  ["\"didn't add buffer time for the holidays\"", { action: "I didn't add buffer time for the holidays, and the plan slipped." }],
  ["\"didn't build in a 2-week buffer\"", { action: "I didn't build in a 2-week buffer." }],
  ['"did not add two weeks of buffer"', { action: 'I did not add two weeks of buffer.' }],
  ["\"didn't add a safety margin\"", { action: "I didn't add a safety margin." }],
  ['buffer then a dash', { action: "I didn't build in any buffer — a mistake." }],
  // A twenty-fourth user's trial: what a system was found to drop is its behaviour, not a choice of the candidate's.
  ['a batch found to drop records', { action: 'I found that the HR system sent terminations as a nightly batch that silently dropped any record with a missing cost center.' }],
  ['a batch found to drop records, told after "which"', { action: 'I found that the HR system sent terminations as a nightly batch, which silently dropped any record with a missing cost center.' }],
  ['a batch found to ignore a flag and drop records', { action: 'I found that the batch ignored the flag and dropped any record without a cost center.' }],
  ['a vendor we realised had dropped support', { action: 'We realised the vendor had dropped support for the old API.' }],
  // …and a punt that is a bet, a noun, or someone else's.
  ['"took a punt on" a vendor', { action: 'I took a punt on the new vendor and signed a one-year deal.' }],
  ['the punt returner', { action: 'I coached the punt returner on catching.' }],
  ['a vendor that punted on the fix', { action: 'The vendor punted on the fix, so I escalated to their account team.' }],
  // A twenty-fifth user's trial (a data-platform EM in Berlin): the look-alikes of the scope cuts she told.
  ['a metric cut from one figure to another', { action: 'I cut the p99 from 2 s to 400 ms with the SRE lead.' }],
  ['a release branch cut', { action: 'I cut a release branch and ran the regression suite.' }],
  ['"stopped the bleeding"', { action: 'I stopped the bleeding by rolling back the config.' }],
  ['the vendor postponing the launch', { action: 'The vendor postponed the launch, and I re-planned the test window.' }],
  ['a backlog worked down', { result: 'I cut the backlog from 400 tickets to 120.' }],
  ['a postponement by someone else, told in the passive', { action: 'The dashboard migration was postponed to Q3 by the vendor.' }],
  ['a change moved by me, but not later', { action: 'The go-live was moved by me to a new server.' }],
  // A review: the passive with "by me" tells an outcome or a cause as well as a cut.
  ['a metric cut by a number, by me', { action: 'Login latency was cut by 40% by me.' }],
  ['an outage stopped by me', { action: 'The outage was stopped by me within 10 minutes.' }],
  ['an attack stopped by us', { action: 'The attack was stopped by us at the edge.' }],
  ['a delay we caused', { action: "The vendor's release was delayed by us missing the paperwork." }],
  ['costs cut by about a third, by us', { action: 'The license spend was cut by about a third by us.' }],
  // A Brazilian user's trial: look-alikes of "in detriment of" and "let X for later".
  ['"to the detriment of nobody"', { action: 'I changed the rota with the leads, to the detriment of nobody.' }],
  ["a vendor's price, to the detriment of our margin", { action: 'The vendor kept its price, to the detriment of our margin, and I reported it to the CFO.' }],
  ['"I let the team decide"', { action: 'I let the team decide the order of the fixes.' }],
  ['"we left the office for the next meeting"', { action: 'We left the office for the next meeting with the bank.' }],
  // mends26a: a quarter with a noun after it is a purpose; "on the side" with a noun after it is a place.
  ['"moved the dashboards for Q3 planning into Looker"', { action: 'I moved the dashboards for Q3 planning into Looker.' }],
  ['"set the dashboards on the side panel"', { action: 'I set the dashboards on the side panel of the console.' }],
  ['"put the dashboards on the side of the console"', { action: 'I put the dashboards on the side of the console.' }],
  // trade29: what a release holds or is made into, a setting made smaller, a part swapped, messages traded.
  ['logs pulled from the release branch', { action: 'I pulled the logs from the release branch.' }],
  ['a release cut to production', { action: 'I cut the release to production.' }],
  ['a release branch cut', { action: 'We cut a release branch.' }],
  ['the buffer halved, with no date it was for', { action: 'I halved the buffer.' }],
  ['the p99 halved', { action: 'I halved the p99.' }],
  ['a disk swapped', { action: 'I swapped the disk for a new one.' }],
  ['messages traded with the vendor', { action: 'I traded messages with the vendor for a week.' }],
  // trade31: a release made, bare or with its time or next step; one test replaced by another of its weight.
  ['a release cut, bare', { action: 'I cut the release.' }],
  ['a release candidate cut on Friday', { action: 'I cut the release candidate on Friday.' }],
  ['a release branch cut, with "a"', { action: 'I cut a release branch.' }],
  ['a release cut after the last merge', { action: 'I cut the release after the last merge.' }],
  ['a release cut and tagged', { action: 'We cut the release and tagged it.' }],
  ['a release cut from main', { action: 'I cut the release from main on Friday.' }],
  ['a flaky test swapped for a stable one', { action: 'I swapped the flaky test for a stable one.' }],
  ['unit tests swapped for integration tests', { action: 'I swapped the unit tests for integration tests.' }],
  ['manual QA automated, even for a date', { action: 'I swapped the manual QA for automated testing to make the date.' }],
  ['a load test swapped by the vendor', { action: 'The vendor swapped the load test for a smoke test.' }],
  // tune37trade (dev round 37): a state set against the old one, a process told after a fronted "instead of", and the
  // look-alikes of the quiet trade-offs: goods or work that waited with no choice of the candidate's, a trip, a vendor
  // that stayed out of the plan, money held back.
  ['a state set against the old one', { action: '- A photo before and after every repair became mandatory, rather than optional like on paper.' }],
  ['a report now automatic instead of manual', { action: 'The report is now automatic, instead of manual.' }],
  ['what a model now does instead of a manual sample', { action: 'Instead of the hourly manual sample, the model now reads the online analyser every 10 minutes.' }],
  ['spare parts that waited for the November stop', { action: 'The spare parts waited for the November stop, so I could check them.' }],
  ['a repair that waited for scaffolding', { action: 'The duct repair waited for the November stop because the scaffolding was not ready.' }],
  ['a trip in the morning', { action: 'The next morning I left for the site.' }],
  ['a vendor that stayed out of the plan', { action: 'The vendor stayed out of the plan.' }],
  ['money held back for contingency', { action: 'I kept 5% for contingency.' }],
  // trade32: the look-alikes of a cost accepted: an incident's cost, a burden kept up with, a saving, a standing cost,
  // a wait for someone else or too long, "the delay" with no call of the candidate's beside it.
  ['an outage\'s cost', { result: 'The outage cost us $3M.' }],
  ['a burden kept up with', { result: 'Keeping up with the tickets cost the team its weekends.' }],
  ['a saving', { result: 'Keeping the cache warm cut costs by 20%.' }],
  ['a course that cost nothing', { result: 'Keeping the cache warm cost us nothing.' }],
  ['a standing cost by the year', { situation: 'Running both data centres cost the bank $4M a year.' }],
  ['a wait for the vendor', { result: 'Waiting for the vendor cost us two weeks.' }],
  ['a wait told as a regret', { result: 'Waiting until March to escalate cost us the contract.' }],
  ['a delay after the vendor slipped', { result: 'The vendor slipped by a month. The delay cost us the Q4 marketing slot.' }],
  // mtrade: a course's cost is a cost accepted only when the course is the candidate's: not a wait on someone else (even
  // after a call of theirs), an old state, a course told in the situation, someone else's delay, nor a saving.
  ["a two-week wait for the vendor's fix", { result: "Waiting for the vendor's fix for two weeks cost us $50K in SLA credits." }],
  ["a wait for the vendor's fix after a call", { result: "I decided to escalate to the vendor. Waiting for the vendor's fix for two weeks cost us $50K in SLA credits." }],
  ["a three-week wait for the CFO's approval", { result: 'Waiting for approval from the CFO for three weeks cost us the deal.' }],
  ['two ledgers run for the past six months, in the situation', { situation: 'Running two ledgers in parallel for the past six months had cost the bank $4M.' }],
  ['two ledgers run for the past six months, after a call', { action: 'I chose to keep both ledgers. Running two ledgers in parallel for the past six months had cost the bank $4M.' }],
  ['a course told in the situation, after a call', { situation: 'We decided to keep both ledgers. Running two ledgers in parallel for six months cost the bank $4M.' }],
  ["a predecessor's delay, told as what it cost", { result: 'Our previous TPM kept delaying the migration. Delaying it for two more quarters cost the company $3M.' }],
  ["a go-live pushed to January, no call of the candidate's beside it", { result: 'Pushing the go-live to January cost us about $30K.' }],
  ['a cluster kept longer that the story never chose', { action: 'The director kept the old cluster for January.', result: 'We cut over on January 11 with zero downtime. Keeping the old cluster an extra month cost about $18K in hosting.' }],
  ['a course that cost 40% less', { result: 'Running the new pipeline for six weeks cost 40% less than the old one.' }],
  ['a course chosen that cost 40% less', { result: 'I chose to run the new pipeline. Running the new pipeline for six weeks cost 40% less than the old one.' }],
  // trade38: a test replaced by a better one, states and routines compared, groups out of the plan, and dev round 38's
  // look-alikes: a finding, code made better, work done earlier, amounts compared after a comma.
  ['manual QA replaced with an automated pipeline for the date', { action: 'I replaced the manual QA with an automated pipeline to make the date.' }],
  ['a regression run replaced with a scripted suite for the go-live', { action: 'I replaced the manual regression run with a scripted suite to hit the go-live' }],
  ['a flaky load test replaced with a stable one for the date', { action: 'I replaced the flaky load test with a stable one to make the date.' }],
  ['the night shift out of the plan', { action: 'The night shift stayed out of the plan.' }],
  ["the CFO's office out of the budget", { action: "The CFO's office stayed out of the budget." }],
  ['a finding of where the time went', { action: 'I read the traces of the ten busiest mornings and found the time went to lock waits rather than to bid validation.' }],
  ['a lock scope cut and a retry loop dropped', { action: 'I cut the lock scope from the whole auction to a single lot and dropped the old retry loop, which made the waits longer.' }],
  ['one queue per lot now, instead of one lock', { action: 'Instead of one lock per auction, there is now one queue per lot.' }],
  ["a desk's new routine, instead of typing", { result: 'Instead of typing, the four people on the desk spend the morning on the queue and on calls with skippers about odd hauls.' }],
  ['site work done before the delivery', { action: 'I re-sequenced the site plan so the local contractor poured the foundation and laid the fiber during those weeks, instead of after the delivery.' }],
  ['a transfer faster than over the link', { action: "The provider's transfer appliance moved the bulk in 3 weeks, instead of 60 days over our link." }],
  // Dev round 39: a participle after a number, told of a thing, and an amount with "the" set against another.
  ['aircraft parked, told after a number', { action: 'I walked the hangar under three parked aircraft with a Wi-Fi survey app.' }],
  ['scans skipped, told after a number', { action: 'I counted 40 skipped scans in the log.' }],
  ['three weeks instead of the two months in the plan', { action: 'I moved the 1,100 old reports in three weeks instead of the two months in the plan.' }],
  // …and the look-alikes of a cost told after a call: a setback before "this", what an event meant.
  ['a cutover pushed after a setback', { action: 'I was out sick, and this pushed the cutover six weeks later.' }],
  ['a cutover pushed after the vendor missed the date', { action: 'I decided to fly to Madrid, but the vendor missed the date, and this pushed the cutover six weeks later.' }],
  ['double typing that an audit meant', { action: 'The ULC audit meant 6 hours of double typing.' }],
  // …and older dev misses: a finding of two joined participles, someone else's review gone through, work left out unknowing.
  ['a finding of frozen and blocked hoses', { action: 'I found the problem was frozen and blocked delivery hoses rather than empty hoppers, so I added heated hoses to the kit specification.' }],
  ["a pilot pushed by the security team's review", { action: 'The security team raised concerns about calendar read access, and I worked through a data-protection review with them over three weeks, which pushed the start of the pilot from May to June.' }],
  ['certification testing left out unknowing', { action: "My plan ended at our own code-complete date and left out the carrier's certification testing, which I had never asked about." }],
  // …and the look-alikes of older trade-offs told quietly: the rest on the old way in the situation, someone else paying
  // for an extra week, a month alone, a plan told as fact.
  ['the rest on the old way, in the situation', { situation: 'We moved Brownsville first; the other two ran through the peak of the season on their old transmitters.' }],
  ['a vendor that paid for an extra week', { action: 'The vendor paid for the extra week of testing.' }],
  ['work that waited until a month, nothing put first', { action: '- The hard window waited until May.' }],
  // A review: the candidate putting no work first ("met", "joined"), or the wait given another cause.
  ['a wait after the candidate met people first', { action: "I met the store managers first. The rollout waited until May because of the vendor's freeze." }],
  ['a wait after the candidate joined first', { action: 'I joined the company first in January. The migration sat until March.' }],
  ['a wait after work put first, caused by a freeze', { action: "I moved the payroll sites first. The warehouse sites waited until May because of the vendor's freeze." }],
  ['a release told as fact', { action: 'The screen comes in the October release.' }],
  // A thirty-fourth user's trial: a call told in the passive with only the cut is anyone's, as someone else's named one is
  // ("A decision was made to skip the load test" counted; its fix, "The programme manager had decided…", did not).
  ['a decision made, in the passive, to skip a test', { action: 'A decision was made to skip the load test.' }],
  ['a decision taken, in the passive, to drop work', { action: 'The decision was taken to drop the reporting screens.' }],
  ['"It was decided to skip…"', { action: 'It was decided to skip the load test.' }],
  ['a decision made by someone named', { action: 'A decision was made by the programme manager to skip the load test.' }],
  ["someone else's decision, named", { action: 'The programme manager had decided to skip the load test.' }],
  // Dev round 40: a vendor chosen because it beat the others on everything, a process moved off e-mail, work done before a
  // launch rather than after it, a post resigned from, spending from one's own budget.
  [
    'options compared with nothing given up, a channel swapped, work done earlier',
    {
      action: [
        '- Compared three options: extend our recipe tool, build our own, or buy Menutrack. Menutrack met every requirement and came in under the build estimate, so recommended it to my director.',
        "- Got the top 20 suppliers sending spec changes through Menutrack's portal instead of PDF email.",
        '- Loaded all 2,400 recipes before the spring menu launch rather than after it.',
      ].join('\n'),
    },
  ],
  ['drivers moved onto the app from paper', { action: 'I had the drivers log stops in the app instead of on paper.' }],
  ['a role resigned from', { action: 'I resigned from my role on the steering board in March.' }],
  ['a company resigned from', { action: 'I resigned from Amazon to join a start-up.' }],
  ['a programme the team was refused from', { action: 'We were refused from the early-access programme, so I booked a slot in the next one.' }],
  ['contractors paid from the budget', { action: 'I paid the contractors from my department budget.' }],
  ['a board that would give approval', { action: 'I signed the plan, knowing the board would give approval to it in May.' }],
  // Dev round 41: time saved or no longer spent after a call, a job's run, time in working hours, someone else's backup, a
  // version kept.
  ['a check automated that saves her time', { action: '- Automated the carton check against the tray card. This saves around 40 minutes of her time each shift.' }],
  ['a backup after which nobody spent evenings on it', { action: 'I kept the old program as a backup on one line. That backup meant my engineer no longer spent every evening on it.' }],
  ['a nightly job that runs 40 minutes', { action: 'I kept the nightly export. This costs 40 minutes each night.' }],
  ['agents on the new screens every shift', { action: 'I staged the rollout by region. That meant the agents spent every shift on the new screens.' }],
  ["the vendor's backup and its cost", { action: 'The vendor kept the old program as a backup. That backup meant my engineer spent every evening on it.' }],
  ['an export kept for v1', { action: 'The export I kept for v1.' }],
  // Near misses of a cost told with an approximate amount, a slowdown after "which", a compromise, a call for and
  // against, the rest kept the old way and work that had to wait: a compromise refused, a case made, people waiting,
  // the rest kept with no speed bought, someone else's slowdown, an approximate word that is no amount.
  ['a change made without compromising on it', { action: 'I rewrote the parser without compromising on the loyalty integration.' }],
  ['a case made for one option', { action: 'I argued for multi-region instead of multi-cloud.' }],
  ['customers who had to wait', { action: 'Customers had to wait three days for refunds.' }],
  ['a wait on the vendor', { action: 'We had to wait a quarter for the vendor.' }],
  ['the rest kept somewhere, no speed bought', { action: 'I kept the rest in the shared drive for the auditors.' }],
  ["an outage's slowdown", { action: "The outage, which slowed checkout by about 20 min, was the vendor's." }],
  ['"approx." before no amount', { action: 'I made canary mandatory, even though approx. nobody asked.' }],
  // A spend declined or not needed: the buffer kept is no cost borne, and declining a spend gives nothing up unless the
  // story says what (see the twins below).
  ["\"didn't spend the contingency\"", { action: "We didn't spend the contingency." }],
  ['"never spent the contingency on" something', { action: 'We never spent the contingency on the migration.' }],
  ["\"didn't spend any of the buffer\"", { action: "We didn't spend any of the buffer." }],
  ["\"didn't need to spend the contingency\"", { action: "We didn't need to spend the contingency." }],
  ['"spent none of the float"', { action: 'We spent none of the float.' }],
  ["\"didn't burn the goodwill\"", { action: "I didn't burn the goodwill with Finance." }],
  ['"did not spend the budget on" a second vendor, nothing given up', { action: 'I did not spend the budget on a second vendor.' }],
  // A review: "any" after a spend said with a near-negation, or asked about, is none spent.
  ['"barely spent any buffer"', { action: 'I barely spent any buffer.' }],
  ['"did not end up spending any contingency"', { action: 'In the end I did not end up spending any contingency.' }],
  ['"never actually spent any of the buffer"', { action: 'We never actually spent any of the buffer.' }],
  // Dev round 44's near misses: a set on its own board kept by someone else, for no later time, or up to now.
  ['aircraft the vendor left on the whiteboard', { action: 'The vendor left the two Dash 8s on the whiteboard until June.' }],
  ['aircraft kept on the whiteboard for an audit', { action: 'I kept the two Dash 8s on the whiteboard until the audit.' }],
  ['pumps kept on a schedule up to now', { action: 'I kept the pumps on the night schedule until now.' }],
];

/** Stories that state a trade-off. */
const valid: [label: string, fields: Partial<StoryData>][] = [
  // A buffer spent is a cost borne; a spend declined is a trade-off when what it gave up is told.
  ['"spent our two-week buffer on" a fix', { action: 'I spent our two-week buffer on the data fix.' }],
  // A review: "any" after the spend is a spend ("any slack we had"); only after a negation is it none.
  ['"spent any slack we had on" testing', { action: 'We spent any slack we had on extra testing to hold the date.' }],
  ['"burned through our buffer"', { action: 'We burned through our buffer to hold the date.' }],
  ["\"didn't spend the money on contractors\", which meant a slip", { action: "We didn't spend the money on contractors, which meant a four-week slip." }],
  ['"chose not to spend the contingency", so a later date', { action: 'I chose not to spend the contingency on overtime, so we shipped two weeks late.' }],
  // Dev round 39: the twins of the look-alikes: work that was dropped, told after a number, and an option
  // given up after an amount.
  ['features dropped, told after a number', { action: 'We shipped with two dropped features.' }],
  ['integrations parked by the candidate', { action: 'I parked three integrations to free the team.' }],
  ['reports shipped in three weeks instead of the full migration', { action: 'I shipped the reports in three weeks instead of the full migration.' }],
  // …and a cost told after the call, with "this", "that" or "which".
  ['a cutover pushed by a call, told with "this"', { action: 'The regulation let me notify ULC after the change, but I chose to get their written acceptance before the cutover, and this pushed the cutover six weeks later.' }],
  ['double typing a call meant, told with "this"', { action: 'For the first two C-checks I kept paper and tablet in parallel, and this meant about 6 hours per week of double typing for the clerks.' }],
  ['a go-live pushed by a run side by side, told with "which"', { action: 'I ran the old and new ledgers side by side, which pushed the go-live by two weeks.' }],
  // …and the twins of the older misses.
  ['a finding with a replacement after it', { action: 'I found the problem was the hoses and replaced them with heated ones rather than refilling the hoppers.' }],
  ['a review the candidate insisted on', { action: 'I insisted on a data-protection review, which pushed the start of the pilot from May to June.' }],
  ['testing left out knowingly', { action: 'I left out the certification testing, which I had agreed with Devon.' }],
  // …and older trade-offs told quietly.
  ['the rest on the old way, after one went first', { action: 'Brownsville went first; the other two ran through the peak of the season on their old transmitters.' }],
  ['an extra period paid for', { action: 'I paid its licence and support for the extra period from the project budget.' }],
  ['work that waited until May after other work first', { action: '- Built the night slots first, as the logs showed they would pull early trucks off the road. The hard window waited until May.' }],
  ['work that waited until May after sites moved first', { action: 'I moved the payroll sites first. The warehouse sites waited until May.' }],
  ['work that waited until May for the candidate\'s own cause', { action: 'I moved the payroll sites first. The warehouse sites waited until May because I needed both crews on payroll.' }],
  ['a release deferral told in quotes', { action: 'I told them: "Screen comes in October release, first we make the review tool stable."' }],
  // A third review: the candidate's own delay, told as what it cost, is a cost accepted.
  ['a delay chosen, told as its cost', { action: 'I found two P1 defects. Delaying the launch by two weeks cost us the Black Friday promotion, but we shipped with zero P1 defects.' }],
  ['a cutover postponed, told as its cost', { action: 'We found two P1 defects. Postponing the cutover to March cost us a quarter of savings.' }],
  // rules27: work put behind or ahead of other work, work that stood behind or lost out, work that waited or moved for
  // the candidate's need, work deprioritised in the passive for a purpose, a safeguard's span cut short, a queue led.
  ['work moved behind a fix', { action: 'I moved the loyalty page behind the payments fix.' }],
  ['work put behind a launch in the queue', { action: 'I put the Android app behind the web launch in the queue.' }],
  ['work bumped ahead of feature work', { action: 'I bumped the audit prep ahead of the feature work.' }],
  ['work that sat behind a release', { action: 'The iPad app sat behind the phone release for two sprints.' }],
  ['work that came second to a deadline', { action: 'The redesign came second to the compliance deadline.' }],
  ['work that lost out to fixes', { action: 'Dark mode lost out to the accessibility fixes.' }],
  ['work that waited for the next quarter', { action: 'The admin console waited for the next quarter.' }],
  ["a colleague's work moved for the time he gave", { action: "Austin's historian upgrade moved to the next quarter for the time he gave me." }],
  ['work deprioritised so a fix could land', { action: 'Bulk edit got deprioritised so the fix could land.' }],
  ['work descoped to hit a date', { action: 'SSO was descoped to hit the date.' }],
  ['the hypercare period halved', { action: 'I halved the hypercare period to free the team for the next wave.' }],
  ['the testing window compressed', { action: 'I compressed the testing window to one week so we could launch before Easter.' }],
  ['the parallel week shortened as a promise\'s price', { action: 'I had promised the counties the cutover before May, so the parallel week was shortened to three days.' }],
  ["two sites put first in a vendor's queue", { action: "Because the receivers needed a software update, I put those two first in the vendor's queue." }],
  ['work struck from the release', { action: 'I struck the admin tools from the release.' }],
  ['the launch trimmed to three markets', { action: 'I trimmed the launch to the three biggest markets.' }],
  ['two weeks of buffer spent', { action: 'I spent the two weeks of buffer on the data migration.' }],
  // fixB: slack in a plan cut short, work that waited for the candidate's choice, a list of work struck from.
  ['the schedule buffer squeezed', { action: 'I squeezed the testing buffer to two days so we could launch before Easter.' }],
  ['a two-week buffer cut', { action: 'I cut the 2-week buffer to hit the date.' }],
  ['work that sat until Q2 for the candidate\'s choice', { action: 'The search revamp sat until Q2 because I gave its engineers to the payments fix.' }],
  ['work struck off the must-have list', { action: 'I struck the admin tools off the must-have list.' }],
  ['work pulled off the feature list', { action: 'I pulled two features off the feature list.' }],
  ['work pulled from a milestone', { action: 'I pulled the admin tools from the milestone.' }],
  // A seventh user's trial: "as it was" tells how; the choice is the clause before it.
  ['"lift and shift it as it was instead of rewriting it"', { action: 'I decided to lift and shift the settlement batch as it was instead of rewriting it, because rewriting would take six months.' }],
  // Dev round 26: a cost accepted in a relative clause, and the candidate's plan reshaped by a thing's clause.
  ['"which I accepted would rule out…"', { action: 'The evaluation model weighted service at 60 percent and price at 40, which I accepted would rule out the cheapest bidder.' }],
  ['the plan reshaped, then what it covers instead', { action: 'We reworked the plan: the plan now covers two markets instead of nine.' }],
  // Dev round 25: capacity for one of two, one option set against another, the candidate's own work let slip.
  ['a team that could not finish both', { action: 'I cut refer-a-friend in early October because the app team could not finish both it and the barcode work.' }],
  ['an option set against another', { action: 'I sized the export at ten engineer-weeks and set it against the open-banking connector that 40 smaller customers were waiting for.' }],
  ['two options weighed against each other', { action: 'I weighed the rewrite against the vendor licence and went with the licence.' }],
  ['my own work let slip a sprint', { action: 'I covered her shifts myself and let the pagination rewrite I owned slip a sprint.' }],
  ['work that sat out a release', { action: 'Email reminders sat out the first release so the text flow could go live before the peak.' }],
  ['an option not taken', { action: 'Pushing the firmware to every meter at once would have been faster. I staged it in 5% waves.' }],
  ['a cost in the sentence after a recommendation', { action: 'My recommendation was the standard workflow. Admissions staff lost the ability to tag applicants.' }],
  ['the rest left on the old way', { action: "I let the eleven small lanes run on the broker's email process for another year." }],
  ['a feature cut from the launch', { action: 'I cut the reporting feature from the launch to hold the date.' }],
  ['a delay the candidate chose', { action: 'I delayed the launch two weeks to finish the load test.' }],
  ['"chose X over Y"', { action: 'I chose the managed queue over running our own Kafka cluster.' }],
  ['"instead of"', { action: 'I shipped the returning-customer flow first instead of waiting for both.' }],
  ['"rather than"', { action: 'Rather than a big-bang cut-over, I ran the two systems in parallel.' }],
  ['British "deprioritised"', { action: 'I deprioritised the admin console so the organisation could finish the migration.' }],
  ['American "deprioritized"', { action: 'I deprioritized the admin console until after peak.' }],
  ['a tradeoff field', { action: 'I ran the syncs.', tradeoff: 'Two reports shipped a quarter late.' }],
  ['an accepted cost', { action: 'We accepted a 5% higher cloud bill to hit the date.' }],
  ['something given up', { action: 'I gave up the Q3 analytics work to staff the incident.' }],
  ['a deferral', { action: 'I deferred the new-customer flow to January.' }],
  ['an infinitive delay', { action: 'I pushed to delay the API integration so we could fix search first.' }],
  ['a descope', { action: 'I descoped the Android release to the next quarter.' }],
  ['saying no', { action: 'I said no to two feature requests from Sales.' }],
  ['a trade', { action: 'I traded a week of schedule for a safer rollback plan.' }],
  ['a killed pilot', { action: 'I killed the pilot after three weeks of flat results.' }],
  ['a paused roadmap', { action: 'I agreed with the director to pause our internal tooling roadmap for a quarter.' }],
  ['a dropped step', { action: 'We dropped the take-home exercise because candidates kept declining it.' }],
  ['work moved out of a release', { action: 'I moved the localisation work out of the first release.' }],
  ['work moved to a later release', { action: 'I moved partner-brand rewards to a second release so the ledger team could focus.' }],
  ['work left until later', { action: 'I chose to leave the archive tables untouched until the next fiscal year.' }],
  ['a cost accepted knowingly', { action: 'I kept the orders team on the old path, even though that stretched the programme by three weeks.' }],
  ['held back', { action: 'I held the orders team back until its contract tests existed.' }],
  ['an accepted loss', { action: 'I accepted that the two largest teams would lose their guaranteed blocks.' }],
  ['"in exchange for"', { action: 'I accepted one extra interview hour per candidate in exchange for a better signal.' }],
  ['a weaker option chosen', { action: 'I chose the vendor with weaker tracing because its pricing let us keep logs longer.' }],
  ['"instead" closing a clause', { action: 'I proposed a staged rollout with automatic rollback instead.' }],
  ['a subjectless bullet', { action: '- Deferred the reporting rewrite to H2 to protect the launch.' }],
  ['stretch goals dropped with no article', { action: 'I dropped stretch goals from sprint planning entirely.' }],
  ['work left on the old path', { action: 'I moved those four tables to streaming first and left the rest on the nightly batch.' }],
  ['a gerund after "by"', { action: 'I secured two platform engineers for six weeks by deferring the UI refresh.' }],
  ['letting something go ahead', { action: 'I let the launch go ahead before their sign-off because the window could not move.' }],
  ['shipping without something', { action: 'I shipped without live facet counts to protect the campaign date.' }],
  ['taking the hit', { action: 'I took the hit on the Q3 roadmap to staff the migration.' }],
  ['a trade-off in the result', { result: 'We hit the date, at the cost of two weeks of tech debt.' }],
  ['"the price was"', { action: 'The price was a second licence for the quarter, which I agreed with finance.' }],
  ['"the price we paid"', { action: 'The price we paid was a month of double running costs.' }],
  ['a bullet naming the downside', { action: '- Downside: two engineers give up Friday afternoons to the handover.' }],
  ['"the cost was that"', { action: 'The cost was that searches on old logs now take minutes.' }],
  ['"weighed X against Y"', { action: 'I weighed a single cut-over against a three-month parallel run.' }],
  ['a balance struck', { action: 'I struck a balance between test coverage and the release date.' }],
  ['a compromise worked out', { action: 'I worked out a compromise with the tech lead: read-only offline mode first.' }],
  ['"compromised on"', { action: 'I compromised on the dashboard design to keep the date.' }],
  ['"meant accepting"', { action: 'That meant accepting a manual review for two ledgers until year end.' }],
  ['"even if it meant"', { action: 'I kept their CRM running, even if it meant paying for two sets of licences.' }],
  ['British "whilst it meant"', { action: 'Whilst it meant a later start for the Leeds team, I sequenced them last.' }],
  ['something put on hold', { action: 'I put the spring intake on hold until the autumn.' }],
  ['"could live with"', { action: 'I agreed with the director that we could live with manual invoicing for one quarter.' }],
  ['left out of the first release', { action: 'I left offline editing out of the first release.' }],
  ['a go-live pushed by a fortnight', { action: 'I pushed the go-live by a fortnight so the fix could finish load testing.' }],
  ['work moved to a season', { action: 'I moved the other six countries to an autumn wave.' }],
  ['a deferral to the next financial year', { action: 'I deferred the audit tooling to the next financial year.' }],
  ['"prioritised X above Y"', { action: 'I prioritised the consent feed above the lab-results dashboards.' }],
  ['"I\'d rather X than Y"', { action: "I told the GM I'd rather launch three countries properly than nine badly." }],
  ['"went for X over Y"', { action: 'I went for the managed service over a self-hosted cluster.' }],
  ['something that could wait', { action: 'I told Sales the bulk upload could wait until Q3.' }],
  ['"instead of" in a subjectless bullet', { action: '- Built the forecast from peak hour instead of the annual average.' }],
  ['"instead of" after a shared subject', { action: 'I pulled the logs and built the forecast from peak hour instead of the annual average.' }],
  ['"rather than" in an agreed plan', { action: 'I agreed with the director to split one team at a time rather than all at once.' }],
  ['"Instead of" opening a sentence', { action: 'Instead of hiring contractors, I borrowed two engineers from the data team.' }],
  ['an accepted that-clause', { action: 'I accepted that swaps would be harder for people with caring duties.' }],
  ['"came at a price"', { action: 'That came at a price: some genuine first-time buyers now get a challenge step.' }],
  ['"the trade was"', { action: 'The trade was that customers of the other three carriers still phone in.' }],
  ['a cost eaten, in quoted words', { action: 'I told finance, "we\'d eat two months of double bills to get out before the renewal."' }],
  ['British "I\'d sooner"', { action: "I told the clinical director I'd sooner miss March than send reminders a screen reader garbles." }],
  ['held off and made do', { action: 'I held off on recurring permits and made do with card payments.' }],
  ['"in favour of"', { action: "I wound down the in-house build in favour of a vendor's API." }],
  ['an option weighed aloud', { action: 'It would lose Asia-Pacific shoppers about 90 ms per query but end the sync incidents.' }],
  ['"prepared to miss"', { action: "I told the VP I was prepared to miss two product teams' Q2 goals." }],
  ['a pilot scaled back', { action: 'I scaled the pilot back to three stores in one city.' }],
  ['"put X ahead of Y"', { action: 'I put accessible desks ahead of the meeting-room integration the executives had asked for.' }],
  ['narrowing what is covered', { action: 'I cut the number of target universities from fourteen to six.' }],
  ['a trade-off in the task', { task: 'I had to move domestic parcels before peak; international parcels could stay on the old carrier until spring.' }],
  ['a bullet list heading', { action: '- Dropped: custom branding, bulk import and SSO.\n- Ran the launch review with ops.' }],
  ['a cost to others of a sequence', { action: 'I sequenced Germany last, which meant Berlin customers waited until autumn.' }],
  ['a subject shared across a list', { action: 'I deleted stale pages, rewrote the top twenty and left the rest until next quarter.' }],
  ['a cost the candidate was comfortable with', { action: 'I was comfortable with a slower first month, with ward managers entering each shift twice.' }],
  ['what a choice bought and cost', { action: 'That bought us six weeks on the contract date but cost the Android app its June slot.' }],
  ['the other option named', { action: '- Other option on the table: a full weekend re-slot. Went for aisle-by-aisle moves.' }],
  ['", not" after a choice', { action: 'I chose reserved instances, not the serverless re-architecture the platform team pitched.' }],
  ['a read-only first phase', { action: 'I decided that phase one would be read-only: brokers can see status but not edit.' }],
  ['manual for now, in the result', { result: 'Reconciliation stays manual for now: the statement format changes in Q3.' }],
  ['not in v1, as a bullet heading', { action: '- Not in v1: custom date ranges and scheduled exports.' }],
  ['cut, told in the learned field', { learned: "Dark mode didn't make the cut for launch, and I'd make that call again." }],
  // Wording no pattern has, which the trained model takes for a trade-off (src/text/classify.ts). These pin
  // the shipped model (each scores 0.9 or more against its 0.85): a retrain that loses one should be a
  // choice, not an accident.
  ['one app first, the others later, to the model', { action: 'The web app got the redesign first; the mobile apps stayed on the old screens until the new year.' }],
  ['the rest queued for next year, to the model', { action: "Only the two largest depots got scanners this year, with the rest queued for next year's budget." }],
  ['one payment kind kept, another waiting, to the model', { action: 'I kept the scope to card payments, and wallets waited for the next release.' }],
  ['one platform first, the other waiting, to the model', { result: 'Android got the feature first; iOS users waited until the autumn.' }],
  ['a cost told as a fair price', { result: 'The wards waited three extra weeks for the new screens, a fair price against a night of paper registers.' }],
  ['a parallel run cut to keep the date', { action: 'The planners fell behind, so I cut the parallel run to two weeks to keep the go-live date.' }],
  ['"instead of" after a version number', { action: '- Rolled all stores back to 4.1 instead of waiting for the vendor patch.' }],
  ['cases sent to the back of the queue', { action: 'I put everything under £30 at the back of the queue for four weeks and moved every agent onto big cases.' }],
  ['a decision told in the passive, one way rather than the other', { action: 'A decision was made to continue rather than roll back, as the old contract was ending.' }],
  ['a reduced version offered', { action: 'I offered a reduced version with only payment volume for 1 July, and the full dashboard in August.' }],
  // Dev round 32: what the choice cost over the other way, as an amount more; a choice after "Mr.".
  ['a cost a month more', { action: 'I switched the bot off and moved them to human callers, which cost ₹1.8 lakh a month more.' }],
  ['an extra cost', { action: 'I moved to the managed service, which cost us an extra £12k.' }],
  ['a choice told after "Mr."', { action: 'I informed Mr. Deshpande, apologised for the slip, and kept the old AMR feed running one more cycle rather than force a cutover on a half-tested link.' }],
  // Dev round 33: the cost of a decision told right after it, the cost of the option chosen by its name, someone
  // told to wait, a planned step dropped to hold a date.
  // A review: a verb of sending in a name or a noun is no data sent over a link.
  ['Kafka Streams chosen over Flink', { action: 'I chose Kafka Streams over Flink because my team knew it.' }],
  ['the sync API chosen over webhooks', { action: 'I chose the sync API over webhooks.' }],
  ['a lease picked over a purchase after a talk', { action: 'After a talk with the CFO I picked the lease over the purchase.' }],
  ['sending invoices prioritised over a dashboard', { action: 'I prioritised sending the invoices over building the dashboard.' }],
  ['one link chosen over another, not data sent over one', { action: 'I chose the wired link over the Wi-Fi for the cranes.' }],
  ['"This cost 4 more days" after a decision', { action: 'The contractor proposed to fill at full flow. I decided to fill at half flow, section by section. This cost 4 more days in the fill.' }],
  ['the longer hold\'s cost', { result: "The PLC logs show 63 automatic stops. The longer hold cost 1.1% of the year's quay moves." }],
  ['what the priority cost', { result: 'Two months later I calculated what the export priority cost: import dwell rose 0.6 days.' }],
  ['a manager told he would not get one until July', { action: 'I gave the rail team the first two starters and told Gary Hutchins, the mining manager, that he would not get one until the July rotation.' }],
  ['a parallel run dropped to hold the date', { action: 'To hold the 1 June date, I decided to switch off the e-mail interface on go-live day, without the two weeks of parallel run that were in the plan.' }],
  // A fifteenth user's trial: a loss taken on in so many words.
  ['"accepting a small drop in conversion over blocking"', { action: 'I added OTP verification for high-value COD orders, accepting a small drop in conversion over blocking the pincodes outright.' }],
  ['"accepted a 2% dip in throughput"', { action: 'I accepted a 2% dip in throughput for two weeks to keep the old scanners as a fallback.' }],
  ['"accepted the drop in conversion"', { action: 'I accepted the drop in conversion to stop the fraud.' }],
  // The buffer look-alikes: a feature not built is still scope given up.
  ['"did not build buffer reporting into v1"', { action: 'I did not build buffer reporting into v1, so finance got CSVs for a quarter.' }],
  ["\"didn't add a buffer stage\"", { action: "I didn't add a buffer stage to the pipeline; the team kept the old queue." }],
  ["\"didn't build the admin UI\"", { action: "I didn't build the admin UI; ops edited the config by hand for a month." }],
  // …and the candidate's own drop stays one, after a finding too.
  ['"quietly dropped the reporting feature"', { action: 'I quietly dropped the reporting feature to hit the date.' }],
  ['a bug found, then a feature dropped', { action: 'I found the bug and dropped the reporting feature to hit the date.' }],
  // A twenty-fourth user's trial: "punt on X" (US: put X off or give it up) is a choice, as "punted X to Q3" is.
  ['"punted on the reporting feature"', { action: 'I punted on the reporting feature to hit the date.' }],
  ['"punted the dashboard to Q3"', { action: 'I punted the dashboard to Q3 so the team could focus on the launch.' }],
  ['a failure found, then a feature dropped', { action: 'When I found that the load test failed, I dropped the export feature.' }],
  // A twenty-fifth user's trial: plain scope cuts, told as a count cut, a stop with its reason, a passive with "by me".
  ['"cut the roadmap from 11 to 7 epics"', { action: 'I cut the roadmap from 11 to 7 epics.' }],
  ['"trimmed the release from 30 stories to 18"', { action: 'I trimmed the release from 30 stories to 18 to hold the date.' }],
  ['a tool stopped for its lowest value', { action: 'I stopped the self-service ingestion tool, because it had the lowest value for the customers.' }],
  ['a portal stopped as the lowest priority', { action: 'I stopped the partner portal, as it was the lowest priority.' }],
  ['"postponed to Q3 by me"', { action: 'The dashboard migration was postponed to Q3 by me, to focus the team on the loads.' }],
  ['"were dropped by us"', { action: 'Two of the reports were dropped by us.' }],
  ['a cut by me after a delay', { action: 'The data export was delayed by me until Q3, to free two engineers for the loads.' }],
  // A Brazilian user's trial: an SRE lead's Portuguese-shaped English.
  ['"in detriment of the new features"', { action: 'I chose stability in detriment of the new features.' }],
  ['"let the new features for the next quarter to focus in the latency"', { action: 'I let the new features for the next quarter to focus in the latency.' }],
  ['"in prejudice of"', { action: 'I kept the go-live date in prejudice of the reports.' }],
  ['"left aside the reports"', { action: 'I left aside the reports to focus on the latency.' }],
  // mends26a: a later quarter, and set aside, with no noun after them.
  ['"moved the reports for Q3"', { action: 'I moved the reports for Q3.' }],
  ['"pushed the reports to Q3 and shipped"', { action: 'I pushed the reports to Q3 and shipped the API.' }],
  ['"left the reports for Q3 FY25"', { action: 'I left the reports for Q3 FY25.' }],
  ['"put the reports on the side to focus on"', { action: 'I put the reports on the side to focus on the launch.' }],
  ['"set the reports on the side for now"', { action: 'I set the reports on the side for now.' }],
  // trade29: planned work swapped for other work, work bumped to make room, a cost eaten.
  ['planned work swapped for a patch', { action: 'I swapped the planned refactor for the security patch.' }],
  ['work bumped to make room', { action: 'I bumped the analytics work to make room for the migration.' }],
  ['an overage eaten', { action: 'I decided to eat the AWS overage for a quarter.' }],
  // trade31: a test given up for a lighter one or for the date; a release narrowed, stripped or given up.
  ['a load test swapped for a smoke test to make the date', { action: 'I swapped the load test for a smoke test to make the date.' }],
  ['a load test swapped for a smoke test', { action: 'I swapped the load test for a smoke test.' }],
  ['a pen test swapped for a scan to make the date', { action: 'I swapped the pen test for a vulnerability scan to make the date.' }],
  ['a regression run replaced with a sanity pass', { action: 'I replaced the full regression run with a sanity pass.' }],
  ['a smoke test substituted for the load test', { action: 'I substituted a smoke test for the load test.' }],
  ['a release scope cut', { action: 'I cut the release scope to three features.' }],
  ['features cut from the release', { action: 'I cut two features from the release.' }],
  ['a release cut back', { action: 'I cut the release back to the core flows.' }],
  ['the whole release cut', { action: 'I cut the whole release.' }],
  ['a release cut, and the team moved', { action: 'I cut the release and moved the team onto the migration.' }],
  // trade32, a user's trial: the cost of the option chosen, told as what keeping, running, holding or waiting cost.
  [
    'an extra month of the old cluster, told as what it cost',
    {
      action:
        'I wrote a one-pager with two options: cut over in December with a manual fallback, or cut over the second week of January after peak, keeping the old cluster one extra month. The director picked January.',
      result: 'We cut over on January 11 with zero downtime. Keeping the old cluster an extra month cost about $18K in hosting.',
    },
  ],
  [
    'a parallel run set out as an option and picked, told as what it cost',
    {
      action: 'I proposed two options to the CFO: a hard cut-over, or running both systems in parallel for six weeks. She picked the parallel run.',
      result: "Running both systems in parallel for six weeks cost us two engineers' time.",
    },
  ],
  ['a wait until after peak, told as what it meant after the call', { result: 'I recommended waiting until after peak. Waiting until after peak meant a quieter cut-over.' }],
  ['a go-live pushed to January, told as what it cost after the decision', { action: 'I decided to push the go-live.', result: 'Pushing the go-live to January cost us about $30K.' }],
  ['a delay beside the candidate\'s call', { action: 'I recommended waiting until January. The delay cost us the Q4 marketing slot.' }],
  ['a date held, told as what it cost', { result: 'I held the date. Holding the date cost us the load test.' }],
  // tune37trade (dev round 37): trade-offs told quietly, in a cement plant's words and a learner's.
  ['work that waited for the November stop so the crews could go elsewhere', { action: 'The cooler grate replacement waited for the November stop, so I could put both welding crews on the tertiary air duct.' }],
  ['work moved to the annual turnaround to free fitters', { action: 'The conveyor retrofit moved to the annual turnaround to free the fitters for the crusher.' }],
  ['a module, put first, left for November', { action: 'The tyre-pressure module, that the maintenance planners wanted first, I left for November, after dispatch was stable.' }],
  ['the rest of an ask kept for the renewal', { action: 'I took the 12% and kept the 20% for the licence renewal in 2023, since contest it would add 6 to 8 months in the process.' }],
  ['a shed that stayed out of the plan', { action: "The covered clinker shed the forum asked for stayed out of the plan: at R45 million it would have eaten next year's capital budget." }],
  ['a choice with a state after a comma, told by the candidate', { action: 'I made photos mandatory, rather than optional.' }],
  ['a fronted "instead of" with the team acting', { action: 'Instead of a hard cut-over, the team now runs both ledgers for a month.' }],
  // trade38: a passive choice with its purpose, what the candidate built instead, a test given up for a lighter one, work
  // left for a month to free the developers.
  ['a launch staggered so support could keep up', { action: 'The launch was staggered, rather than all at once, so support could keep up.' }],
  ['a thin adapter built instead of a rewrite', { action: 'Instead of a full rewrite, the service now uses a thin adapter I built in two weeks.' }],
  ['a load test replaced with a lighter one for the date', { action: 'I replaced the load test with a lighter one to make the date.' }],
  ['a map left for January to give developers time', { action: 'The buyer wanted also a fishing zone map; I left it for January, to give the developers time for a load test.' }],
  // A thirty-fourth user's trial: …but with what the cut bought, the trade told whole, it is the candidate's side's; by "me" or "us", theirs.
  ['a passive decision to skip a test, with what it bought', { action: 'A decision was made to skip the load test so the cut-over held.' }],
  ['a passive decision to defer work, to hit the date', { action: 'The decision was taken to defer the reporting screens to hit the date.' }],
  ['a decision made by me', { action: 'A decision was made by me to skip the load test.' }],
  ['a decision made by us', { action: 'A decision was made by us to skip the load test.' }],
  ['"I decided to skip…"', { action: 'I decided to skip the load test.' }],
  // Dev round 40: trade-offs told quietly, and a learner's "gave up".
  ['a double licence paid from the department budget', { action: 'I kept every old server running read-only for a month after its wave. Hoteliq charged both licences for that month, around 60 000 zł over the project, and I paid it from my department budget.' }],
  ['the extra cost of a dearer service taken into the IT budget', { action: 'The hosted service was about €14,000 a year dearer than my estimate for the in-house build. I signed for the hosted one and took the extra cost into my IT budget.' }],
  ['a plan signed knowing what it would give away', { action: 'I signed the plan with Murat, knowing the range would give those metres to the stops every year.' }],
  ['a submission signed knowing its data could not be verified', { action: "I signed the pilot submission with Lars Nyberg knowing this typed data could not be verified by Nordvik's platform." }],
  ['work named first with no article, left for phase 2', { action: '- Gave GMs a floor and a ceiling per room type.\n- Corporate weekday rates I left for phase 2.' }],
  ['reports left on manual FTP to finish before closing', { action: '- Left the 12 oldest reports on manual FTP, to finish before year-end closing.' }],
  ['a feature resigned from to keep the date', { action: 'I resigned from the dark mode feature to keep the date.' }],
  ['a feature refused from to keep the date', { action: 'I refused from the dark mode feature to keep the date.' }],
  // Dev round 41: someone's time as what the call cost, told after it; work left for a later version, named first.
  [
    'a manual check kept, told in a bullet, and what it costs her each shift',
    { action: '- Mapped the flow with the head of QA.\n- Kept one QA checker scanning every tenth carton against its tray card by hand. This costs around 40 minutes of her time each shift, but one wrong lot can stop a full container.' },
  ],
  [
    'a backup kept, and what that backup meant for an engineer\'s evenings',
    { action: 'I kept the old program as a backup on one line, so the plant could switch back if the new labels failed. That backup meant my engineer spent every evening of the last two weeks keeping both systems in sync.' },
  ],
  ['a phone line kept open, and a clerk still on it every morning', { action: 'I kept the phone line open for farmers who did not want the app. That means one clerk still sits on the phone every morning.' }],
  ['a diagnostic left for a later version, in a learner\'s words', { action: 'The Bluetooth diagnostic, planned for the version 4.1, I have let for the 4.2, because I needed the two developers on the encoder tests.' }],
  // A cost accepted with its amount marked approximate, as the bare amount is: "~", "≈", "c.", "approx.", "about".
  ['a cost with "~" before its amount', { action: 'I made canary mandatory for all rate limiter changes, even though it adds ~20 min to every change.' }],
  ['a cost with "≈" before its amount', { action: 'I made canary mandatory for all rate limiter changes, even though it adds ≈20 min to every change.' }],
  ['a cost with "c." before its amount', { action: 'I made canary mandatory for all rate limiter changes, even though it adds c. 20 min to every change.' }],
  ['a cost with "approx." before its amount', { action: 'I made canary mandatory for all rate limiter changes, even though it adds approx. 20 min to every change.' }],
  ['a cost with no mark before its amount', { action: 'I made canary mandatory for all rate limiter changes, even though it adds 20 min to every change.' }],
  // Costs accepted in other words.
  ['a slowdown told after "which", approximate', { action: 'I made canary mandatory, which slows every change by about 20 min.' }],
  ['a slowdown told after "which"', { action: 'I made canary mandatory, which slows every change by 20 min.' }],
  ['the rest kept the old way to ship faster', { action: 'I kept the rest in bash to ship faster.' }],
  ['a launch that went ahead, compromising on scope', { action: 'I went ahead with the 60-store launch, compromising on the loyalty integration.' }],
  ['a call for one fix and against a rewrite', { action: 'I decided for the quick index fix and against a rewrite of the reporting module.' }],
  ['a feature that had to wait a quarter', { action: 'The new export feature had to wait one quarter, which finance did not like.' }],
  ['an integration refused from, in a bullet', { action: '- Refused from the SSO integration in phase one.' }],
  // Dev round 44: some of a set left on its own board, system or site until later while the rest went ahead.
  ['two aircraft left on the whiteboard until June', { action: 'I ran it on the ATR fleet first and left the two Dash 8s on the whiteboard until June, because their part numbers needed cleaning first.' }],
  ['a depot kept on paper forms until spring', { action: 'I moved the city depots first and kept the Leeds depot on the paper forms until the spring.' }],
  ['hill sites kept on their diesel pumps until the next quarter', { action: 'We moved the big farms first and kept the three hill sites on their diesel pumps until the next quarter.' }],
];

describe('no-tradeoff', () => {
  it.each(invalid)('flags %s', (_label, fields) => {
    const reports = runRule(rule, { situation: 'Our checkout was slow ahead of peak.', ...fields });
    expect(reports).toHaveLength(1);
  });

  it.each(valid)('accepts %s', (_label, fields) => {
    expect(runRule(rule, { situation: 'Our checkout was slow ahead of peak.', ...fields })).toEqual([]);
  });

  it('says what a trade-off looks like', () => {
    const [report] = runRule(rule, { action: 'I ran the syncs.' });
    expect(report?.message).toContain('instead of');
    expect(report?.message).toContain('tradeoff:');
  });

  it('points at the action key', () => {
    const yaml = ['title: Nothing given up', 'situation: We were slow.', 'action: |', '  - I ran the syncs.', ''].join('\n');
    const { messages } = lintText(yaml, 'stories/none.yaml', only('no-tradeoff'));
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['no-tradeoff', 3, 1]]);
  });
});
