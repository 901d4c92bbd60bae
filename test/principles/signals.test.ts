import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseStories } from '../../src/bank/parse.js';
import { LP_IDS, type LpId } from '../../src/principles/catalog.js';
import { scorePrinciple, scorePrinciples } from '../../src/principles/infer.js';
import { SIGNALS } from '../../src/principles/signals.js';
import { findCliches } from '../../src/text/cliches.js';
import { splitPatterns } from '../../src/text/prefilter.js';

// The signals of each principle (src/principles/signals.ts), widened on 2026-12-05 in three passes over the
// dev stories and a new user's trial: sentences each signal must hear, by the label it must give, and near
// misses that must give the principle no score at all. Every row was written for the test, in our own words.
const scored = (action: string, id: LpId) => scorePrinciples({ title: 't', action }).find((s) => s.id === id);
const labelsOf = (action: string, id: LpId) => scored(action, id)?.evidence.map((e) => e.label) ?? [];
const scoreOf = (action: string, id: LpId) => scored(action, id)?.score ?? 0;

const HEARD: Readonly<Record<LpId, ReadonlyArray<[sentence: string, label: string]>>> = {
  'customer-obsession': [
    // A new user's trial (an engineering manager at a Nigerian bank): the people a product serves, gone to, tested with by
    // the candidate, and the product changed for what the candidate saw them struggle with.
    ['I ran the user tests myself in Mushin market with 40 traders.', 'went to customers directly'],
    ['I travelled to Maiduguri and sat with six agents for two days to see the failures myself.', 'went to customers directly'],
    ['I sat down with a dozen farmers to see how they paid for seed.', 'went to customers directly'],
    ['I tested it with 40 traders in Mushin market, and I cut the menu from nine levels to four after I saw them get lost.', 'changed the product after watching customers struggle'],
    ['After I watched the market women get lost in the menu, I cut it to four levels.', 'changed the product after watching customers struggle'],
    ['I rewrote the consent screen once I saw patients struggle with it.', 'changed the product after watching customers struggle'],
    // "Them" for any of the people named (one list for both): agents in the field, market women.
    ['I sat with six agents in Kano, and I cut the form to one page after I saw them struggle with it.', 'changed the product after watching customers struggle'],
    ['I met the market women in Oshodi, and I cut the menu to four levels after I saw them get lost.', 'changed the product after watching customers struggle'],
    ['I tested it with the women in Kano, and I cut the menu after I saw them get lost.', 'changed the product after watching customers struggle'],
    // The candidate's team running the user tests, or calling every customer, as the candidate does; and staff the
    // candidate had call.
    ['We ran the user tests with 12 farmers in Kaduna.', 'went to customers directly'],
    ['We called every customer whose order had failed.', 'went to customers directly'],
    ['I had two support leads phone every customer whose order had failed.', 'went to customers directly'],
    ['I got my team to call every customer whose order had failed.', 'went to customers directly'],
    // Staff the candidate asked to ring, call or visit every customer, in the verb's base form after "to".
    ['I asked the agents to ring every customer whose order had failed.', 'went to customers directly'],
    ['I asked the agents to call every customer whose order had failed.', 'went to customers directly'],
    ['I asked two field officers to visit every merchant in the north region.', 'went to customers directly'],
    // The people a product serves, one list for every signal that names them: market women tested with.
    ['I held usability sessions with six market women in Kumasi.', 'went to customers directly'],
    ['I had the agents visit every customer in the north region.', 'went to customers directly'],
    ['- Called every merchant who had churned that quarter.', 'went to customers directly'],
    // A dev story: every caller asked whether they had tried the app is customers gone to, by the candidate's staff.
    ['I ran a six-week pilot in four clinics and had reception staff ask every caller whether they had tried the app.', 'went to customers directly'],
    // A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): the customer's people sat with
    // where they work, for days, scored nothing.
    ['I drove up to Crossville and sat with their two billers for two days.', 'went to customers directly'],
    ["I spent two days with the clinic's front desk staff.", 'went to customers directly'],
    ["I worked beside the hospital's coders for a whole week.", 'went to customers directly'],
    // A twentieth user's trial (an EM at an e-commerce firm, Indian English): buyers in tier-2 and tier-3 cities and
    // vernacular-language users are a segment named; complaints the candidate read are still going to customers.
    ['I built search for tier-2 and tier-3 buyers.', 'named a specific customer segment'],
    ['I built search for buyers in tier-2 and tier-3 cities.', 'named a specific customer segment'],
    ['We redesigned onboarding for tier 2/3 city sellers.', 'named a specific customer segment'],
    ['I built search in Hindi, Tamil and Kannada for vernacular-language buyers.', 'named a specific customer segment'],
    ['Regional-language shoppers dropped off at checkout.', 'named a specific customer segment'],
    ['Hindi-speaking users could not find the size filter.', 'named a specific customer segment'],
    ['I read the buyer complaints on the incident myself.', 'went to customers directly'],
    // A review of the principle evidence (stories written from the advice alone): the accounts or members not served.
    ["I said no to the enterprise accounts' request for custom invoice layouts.", 'said which customers were not served first'],
    ["I deprioritised the loyalty members' points page for a quarter.", 'said which customers were not served first'],
    // A sixteenth user's trial, in her words.
    ['I asked merchants about their pain myself, in 12 calls with the biggest ones.', 'went to customers directly'],
    // A seventh user's trial: going to customers yourself is evidence on its own.
    ['I interviewed 12 merchants myself before the spec.', 'went to customers directly'],
    ['I flew to their office and sat with their finance analysts for a day to see how they used the reports.', 'went to customers directly'],
    ['I listened to 150 recorded calls from the help line before writing the spec.', 'went to customers directly'],
    ['I shadowed the warehouse pickers for a week.', 'went to customers directly'],
    ['We ran usability sessions with eleven tenants before the redesign.', 'went to customers directly'],
    ['I spent two night shifts at the depot and watched how the loaders scanned parcels.', 'went to customers directly'],
    ['I ran a three-week beta with 60 learners on the mobile app.', 'went to customers directly'],
    ["I told the director I'd rather slip a week than send patients a form they could not read.", 'made a trade-off for customers'],
    ['We rebooked every stranded guest at our own cost.', 'made a trade-off for customers'],
    ['Calls to the help desk about password resets fell sharply.', 'moved a customer-facing measure'],
    ['No-shows at the two clinics dropped after the reminder texts.', 'moved a customer-facing measure'],
    ['Checkout drop-off went down once the form was shorter.', 'moved a customer-facing measure'],
    // prin38: a share of customers, more or fewer than before, who found, rated or did something.
    ['In the satisfaction survey, 30 percent more students than in 2020 found the procedure simple.', 'moved a customer-facing measure'],
    ['20% more customers rated the app five stars.', 'moved a customer-facing measure'],
    ['False declines halved after the new rules went in.', 'moved a customer-facing measure'],
    ['I interviewed eleven shop owners before writing the spec.', 'went to customers directly'],
    // who29: the look-alikes of colleagues interviewed, with a word before them that is no team's.
    ['I interviewed 30 delivery drivers before the redesign.', 'went to customers directly'],
    ['I interviewed 20 small-business owners about their invoices.', 'went to customers directly'],
    ['I phoned every affected household myself.', 'went to customers directly'],
    ['We absorbed the fee to keep riders on the platform.', 'made a trade-off for customers'],
    ['I cut the prompts down to something users actually wanted.', 'named the pain customers felt'],
    ['I spent two night shifts at the depot watching the pickers.', 'went to customers directly'],
    ['We spent a week in the call centre observing agents handle refunds.', 'went to customers directly'],
    ['I drove to three stores and sat with the cashiers during the lunch rush.', 'went to customers directly'],
    ['I watched four nurses using the discharge screen on the ward.', 'went to customers directly'],
    // A new user's trial: the customer is a carmaker, and its plant is where its people use the part.
    ["I visited the OEM's assembly plant to see how their operators fitted the harness.", 'went to customers directly'],
    ['We kept the carmaker informed every week.', 'mentions customers'],
    // signals27: software's consumers are no customers, the people at the businesses that call the API are.
    ['API consumers at our partner banks waited a month for sandbox access.', 'mentions customers'],
    ['Our newsletter subscribers doubled.', 'mentions customers'],
    // A new user's trial (an EM at a fintech): customers who gave up, and the share of them who went live.
    ['Merchants were giving up halfway through onboarding.', 'named the pain customers felt'],
    ['Half the applicants gave up at the KYC step.', 'named the pain customers felt'],
    ['Borrowers kept dropping out before the e-sign page.', 'named the pain customers felt'],
    ['Merchants were giving up on onboarding, and the share who went live rose from 54% to 78%.', 'moved a customer-facing measure'],
    ['The share of new merchants who went live within a week rose from 54% to 78%.', 'moved a customer-facing measure'],
    ['The percentage of sellers that completed sign-up went from 61% to 83%.', 'moved a customer-facing measure'],
    ['Merchant activation rose from 40% to 71% in a quarter.', 'moved a customer-facing measure'],
    ['The conversion rate on the loan form doubled.', 'moved a customer-facing measure'],
    // A new user's trial (a firmware EM at a car-parts supplier): a measure that "went to zero".
    ['Returns for the door lock fault went to zero within two quarters.', 'moved a customer-facing measure'],
    ['Complaints about the rattling seat motor went to 0 after the fix.', 'moved a customer-facing measure'],
    // A new user's trial (an SRE who writes terse, bullet-like stories in Canadian English, French her first language):
    // customers told how a vendor's outage stood while it lasted.
    ['Posted status updates every 30 min for customers.', 'kept customers informed through an incident'],
    ['Updated the status page every 30 minutes.', 'kept customers informed through an incident'],
    ['I sent affected merchants an update every hour until it was fixed.', 'kept customers informed through an incident'],
    ['Kept customers informed on the status page.', 'kept customers informed through an incident'],
    ['Emailed affected customers hourly with what we knew.', 'kept customers informed through an incident'],
    // A twenty-third user's trial (an iOS engineer at a food-delivery firm, Indian English): an app made usable for a
    // blind customer scored 1. Customers named by the assistive technology they use or by a disability, one customer
    // who could not use the product, the one who complained gone to and testing the build, and orders they completed.
    ['VoiceOver users could finally reach the payment step.', 'named a specific customer segment'],
    ['We tested every screen with TalkBack users.', 'named a specific customer segment'],
    ['A blind customer wrote to our founder about the menu.', 'named a specific customer segment'],
    ['A blind customer wrote to our founder that she could not pay for her order.', 'named the pain customers felt'],
    ['The user could not get past the OTP screen with a screen reader.', 'named the pain customers felt'],
    ['I got in touch with the customer who had written in, and she tried the new build over a video call.', 'went to customers directly'],
    ['I called the passenger who had complained to see how he booked with a screen reader.', 'went to customers directly'],
    ["Screen-reader users' order completion went from 9% to 64%.", 'moved a customer-facing measure'],
    ['Checkout completion rose from 58% to 77% after the fix.', 'moved a customer-facing measure'],
  ],
  'ownership': [
    // A new user's trial (a São Paulo engineer, Brazilian-Portuguese-flavoured English): an incident acted on by the
    // candidate's own hand, and a lasting fix that blocks its return, scored only the postmortem.
    ['I made the rollback myself, opened the incident room and coordinated the fix with the DBAs.', 'saw it through personally'],
    ['I made the rollback myself, opened the incident room and coordinated the fix with the DBAs.', 'took ownership explicitly'],
    ['I did the failover myself.', 'saw it through personally'],
    ['I rolled back the release myself.', 'saw it through personally'],
    ['I added a pipeline check that blocks migrations with table locks.', 'left a lasting fix behind'],
    ['I added an alert that pages us when replication lag passes 30 seconds.', 'left a lasting fix behind'],
    ['I added a test that fails the build when a migration locks a table.', 'left a lasting fix behind'],
    ['I added a guard that stops any deploy during the batch window.', 'left a lasting fix behind'],
    // Two new users' trials: textbook evidence in their words that scored under 3, or nothing.
    ["I wrote the RCA and presented it to the Director, Platform.", "thought about the long term or wrote the post-mortem"],
    ["- Led the root cause analysis with the bank.", "thought about the long term or wrote the post-mortem"],
    ["My manager asked me to own the incident.", "said they owned it"],
    ["I asked for help and decided to own the incident myself.", "said they owned it"],
    // A new user's trial (release trains, in Polish-shaped English, articles dropped): the first trains run personally,
    // then a captain trained in each team to run them, scored nothing.
    ['I ran first 4 trains myself, then I trained one captain in each team.', 'saw it through personally'],
    ['I ran first 4 trains myself, then I trained one captain in each team.', 'left an owner, hand-off or runbook behind'],
    ['I ran the first four release trains myself.', 'saw it through personally'],
    ['We appointed a champion for every site before I left.', 'left an owner, hand-off or runbook behind'],
    // A new user's trial (an ML engineer in Bengaluru, Indian English): a check or a stage every later launch goes through.
    ['I added a schema check on the feature store and a shadow-mode stage of 48 hours before any fraud model goes live.', 'left a lasting fix behind'],
    ['- Added a load test before every release.', 'left a lasting fix behind'],
    ['I set up a dry run before each cutover.', 'left a lasting fix behind'],
    // prin33 (a German engineering manager's trial): German English for "I was responsible for bringing" says what "I owned" does.
    ['I was responsible to bring 40 services of four teams to Kubernetes on AWS.', 'said they owned it'],
    ['I was responsible for the cut-over of all 40 services.', 'said they owned it'],
    ['The billing export had no owner, so I took it on.', 'picked up something nobody owned'],
    // A twenty-ninth user's trial (a TPM at an Indian fintech): "I took it up", Indian English for taking it on, scored nothing.
    ['Nobody owned the reconciliation breaks, so I took it up.', 'took ownership explicitly'],
    ['- I took it up myself and ran the fix end to end.', 'took ownership explicitly'],
    ['I took up the reconciliation backlog.', 'took ownership explicitly'],
    ['I took up full ownership of the payouts migration.', 'took ownership explicitly'],
    // A new user's trial (a data-platform engineering manager in Berlin, German- and Polish-shaped English): her own act that
    // reached things of other teams scored 1 ("I owned").
    ['I owned the cost reduction of the Snowflake bill, also for warehouses which belonged to other teams.', 'went beyond own scope'],
    ["I right-sized every warehouse, including other teams' warehouses.", 'went beyond own scope'],
    ['I fixed the Airflow jobs that were owned by two other teams.', 'went beyond own scope'],
    ['I cut the Snowflake cost, also of the warehouses of two other teams.', 'went beyond own scope'],
    // A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): an orphaned service is still
    // something nobody owned.
    ['The billing service was orphaned after the re-org, so I took it on.', 'picked up something nobody owned'],
    ['I picked up the orphaned pipeline.', 'picked up something nobody owned'],
    // An eighth user's trial: work taken on that sat with another team, however the remit is named.
    ['I took it on, although billing disputes sat with finance and not with engineering.', 'went beyond own scope'],
    ['Although the nightly export belonged to the data team, I fixed it myself.', 'went beyond own scope'],
    ['I rebuilt the alert routing even though it was technically the SRE team’s job.', 'went beyond own scope'],
    ['I drove the vendor clean-up, though it was owned by procurement.', 'went beyond own scope'],
    ['On paper the reconciliation job belonged to operations, but I rewrote it.', 'went beyond own scope'],
    ['It wasn’t mine to fix, but nobody else was going to.', 'went beyond own scope'],
    ['No one asked me to, but I mapped every dependency.', 'went beyond own scope'],
    ['I took on cutting the alert noise, although on-call health sat with the SRE team.', 'went beyond own scope'],
    ['I took on cutting the alert noise for the payments service.', 'took ownership explicitly'],
    ['I handed the weekly alert review to the SRE lead so it would outlast me.', 'left an owner, hand-off or runbook behind'],
    ['Skipping the load test was my mistake, and I told the steering group so.', 'owned their mistake'],
    ['That gap was mine: I never asked the vendor about older handsets.', 'owned their mistake'],
    ['I underestimated how long the data clean-up would take.', 'owned their mistake'],
    ['That part is on me, not on the vendor.', 'owned their mistake'],
    ['I dropped the ball on the contract renewal date.', 'owned their mistake'],
    ['I should have checked the firmware versions in the field first.', 'owned their mistake'],
    ['I phoned each of the four remaining franchisees myself.', 'saw it through personally'],
    ['We gave up two sprints of feature work to fix the flaky retry logic.', 'thought about the long term or wrote the post-mortem'],
    ['After the outage I owned the recovery and the customer messaging.', 'took ownership explicitly'],
    ['The miss was my sign-off, and I said so in the review.', 'owned their mistake'],
    ['Honestly, the root gap sat with our team, not the vendor.', 'owned their mistake'],
    ['My capacity sizing was wrong by half.', 'owned their mistake'],
    ['I missed our launch date by two weeks.', 'owned their mistake'],
    ['I wrote every status update to the partners myself.', 'saw it through personally'],
    ['I held a daily call with the supplier until the backlog cleared.', 'saw it through personally'],
    ['I ran the incident review myself.', 'saw it through personally'],
    ['Owned the recovery across four teams.', 'said they owned it'],
    ['As the accountable lead, I set the order of work.', 'said they owned it'],
    ['I was not on call, but I took incident command.', 'went beyond own scope'],
    ['I wasn’t on the rota that weekend, but I joined the bridge and ran it.', 'went beyond own scope'],
    ['Although I was not the incident lead, I opened the bridge.', 'went beyond own scope'],
    ['When the payments outage started I took incident command.', 'took ownership explicitly'],
    ['Nobody was driving the bridge call, so I took command.', 'took ownership explicitly'],
    // A new user's trial: work that fell between two named functions of a plant.
    ['The tooling transfer fell between purchasing and engineering.', 'picked up something nobody owned'],
    ['Supplier audits sat in the gap between quality and procurement.', 'picked up something nobody owned'],
    // A new user's trial (an SRE manager's stories): a responsibility taken on or over, by name.
    ['I took on certificate lifecycle for the whole estate.', 'took ownership explicitly'],
    ['I took over the on-call rota for the platform.', 'took ownership explicitly'],
    ['I took on the vendor relationship after the reorg.', 'took ownership explicitly'],
    ['After the audit I took on the patching backlog for 400 servers.', 'took ownership explicitly'],
    ['I took over the post-incident follow-ups from the duty manager.', 'took ownership explicitly'],
    // A new user's trial (a firmware EM at a car-parts supplier): a part of the product or of the work named as not
    // the candidate's, then taken on, as many engineers say it in a second language; a responsibility felt, and
    // looking past the candidate's own modules.
    ['The gateway was not my component, but I rewrote its start-up sequence.', 'went beyond own scope'],
    ['Formally this was not my task; still, I set up the meeting with the tier-2 supplier.', 'went beyond own scope'],
    ['It was not in my responsibility, but I organised the containment at the plant.', 'went beyond own scope'],
    ['The welding line is not our department – but I stayed for the night shift to sort it out.', 'went beyond own scope'],
    ['Now I review the field data of every project each month, not just my own modules.', 'went beyond own scope'],
    ['I felt responsible, because the brake software goes into every car on that platform.', 'took ownership explicitly'],
    ['I felt it was my job to tell the customer before they found it.', 'took ownership explicitly'],
    ['I took the responsibility for the recall decision.', 'took ownership explicitly'],
    ['Nobody felt responsible for the returns from the field.', 'picked up something nobody owned'],
    // A nineteenth user's trial (a payments engineer from Madrid): work that belonged to another team, a role not
    // hers, and a fix left so it cannot recur.
    ['The rules engine belonged to the platform team, but I offered to move it to our cluster.', 'went beyond own scope'],
    ['The reconciliation job belonged to finance, but I rewrote it myself.', 'went beyond own scope'],
    ['Although I was not the manager, I took on the job of making on-call sustainable.', 'went beyond own scope'],
    ['Although I was not the manager, I took on the job of making on-call sustainable.', 'took ownership explicitly'],
    ['I was not the manager, but I took on making on-call sustainable.', 'went beyond own scope'],
    ["I wasn't the team lead, but I set up the rota myself.", 'went beyond own scope'],
    ['I wrote the post-mortem and added an idempotency key so it cannot happen again.', 'fixed it so it cannot happen again'],
    ['I wrote the post-mortem and added an idempotency key so it cannot happen again.', 'thought about the long term or wrote the post-mortem'],
    ['I changed the consumer so that the same double charge can never happen again.', 'fixed it so it cannot happen again'],
    ["- Added a uniqueness check on the payment id so it can't recur.", 'fixed it so it cannot happen again'],
    // A new user's trial (an SRE who writes terse, bullet-like stories in Canadian English, French her first language):
    // a terse "not my team", then what she took on, in the next sentence.
    ['Not my team officially. I volunteered to fix it.', 'went beyond own scope'],
    ['Not my team officially, but I volunteered to fix it.', 'went beyond own scope'],
    ['Not our cluster either. Jumped in and cleaned up the nodes.', 'went beyond own scope'],
    ['It was not my pager. I took it on and found the leak.', 'went beyond own scope'],
    ['Not my codebase. Rewrote the retry logic anyway.', 'went beyond own scope'],
    // A twenty-third user's trial (an iOS engineer at a food-delivery firm): work on no team's roadmap taken on, a flow
    // proposed and then owned, and a bad config's incident report written and its blame taken, scored 2 or nothing.
    ["I fixed the app for screen readers, although accessibility was not on any team's roadmap.", 'picked up something nobody owned'],
    ["The certificate renewals were on no team's backlog, so I took them on.", 'picked up something nobody owned'],
    ["Cleaning up the flags was nobody's job, so I did it.", 'picked up something nobody owned'],
    ['I proposed, and then owned, a self-serve returns flow.', 'took ownership explicitly'],
    ['I pitched the idea and then owned the rollout.', 'took ownership explicitly'],
    ['I proposed and owned the new partner portal.', 'said they owned it'],
    ['I rolled back the config myself, wrote the incident report and took the blame in the review.', 'owned their mistake'],
    ['I rolled back the config myself, wrote the incident report and took the blame in the review.', 'thought about the long term or wrote the post-mortem'],
    ['- Took the blame in the review with the director.', 'owned their mistake'],
    ['I drafted the incident review that night.', 'thought about the long term or wrote the post-mortem'],
    ['Nobody owns the export job today, so I took it on.', 'picked up something nobody owned'],
    // A review of the principle evidence (a user who followed the advice word for word): a lasting fix the candidate
    // pushed for beside the post-mortem, a job that was not the team's told in the plural, a problem nobody picked up,
    // and a job handed back.
    ['I wrote the post-mortem and I pushed for an automatic rollback.', 'left a lasting fix behind'],
    ['I added automated certificate renewal for every service.', 'left a lasting fix behind'],
    ['Then I set up a mandatory pre-deploy check on the config.', 'left a lasting fix behind'],
    ["The certificate renewals weren't my team's job, but I fixed them.", 'went beyond own scope'],
    ['It kept failing and nobody picked it up.', 'picked up something nobody owned'],
    ['No one would take the flaky export on.', 'picked up something nobody owned'],
    ['I fixed the retry logic and handed it back with a runbook.', 'left an owner, hand-off or runbook behind'],
  ],
  'invent-and-simplify': [
    // Two new users' trials: textbook evidence in their words that scored under 3, or nothing.
    ["I replaced the manual renewal with cert-manager and ACME.", "put an automated path in place of manual work"],
    ["- Replaced hand-edited DNS records with Terraform.", "put an automated path in place of manual work"],
    // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo, long narrative stories): counted things replaced with one, told by a
    // pronoun, scored nothing (the proposal told with the things themselves already counted).
    ['I mapped the 14 ingestion paths myself and proposed to replace them with one event pipeline.', 'consolidated several things into one'],
    ['We had three billing scripts, and I replaced them with a single service.', 'consolidated several things into one'],
    ['I replaced the Excel matching with a simple matching service.', 'replaced something with a simpler one'],
    // A new user's trial (a firmware EM at a car-parts supplier): one shared asset made to do the work of one per
    // project.
    ['With a common configuration, one HIL rig can now run tests for three projects.', 'consolidated several things into one'],
    ['After the change a single climate chamber served all four derivatives.', 'consolidated several things into one'],
    ['One flashing station handles all 6 variants of the door module.', 'consolidated several things into one'],
    // An eighth user's trial: vendors merged into one named target, and the others retired.
    ['We moved the other regions onto the new gateway and retired the other two integrations.', 'consolidated several things into one'],
    ['I merged the three card processors into the new gateway.', 'consolidated several things into one'],
    ['We decommissioned the remaining three batch jobs.', 'consolidated several things into one'],
    ['By spring we were down to a single vendor.', 'consolidated several things into one'],
    ['Finance now runs one approval queue instead of four.', 'consolidated several things into one'],
    // A sixth user's trial.
    ['I deliberately cut the number of templates from forty-one to four.', 'cut steps or moving parts'],
    ['I chose remote caching over a full Bazel migration.', 'chose a lighter path than porting or a full build'],
    ['I cut the onboarding checklist from 40 items to 12.', 'cut steps or moving parts'],
    ['I removed the survey questions that nobody read.', 'cut steps or moving parts'],
    ['We dropped eleven report columns that nothing downstream used.', 'cut steps or moving parts'],
    ['I picked a hosted identity service instead of building our own login.', 'chose a lighter path than porting or a full build'],
    ["I shut down the in-house build in favour of the vendor's API.", 'chose a lighter path than porting or a full build'],
    ['Expense approval now goes through a single-step flow.', 'consolidated several things into one'],
    ['We standardised on one build image for every service.', 'consolidated several things into one'],
    ['The refund path now runs with one approval step instead of three.', 'consolidated several things into one'],
    ['The team built one lookup service over the five regional databases.', 'consolidated several things into one'],
    ['I replaced the manual regression pass with a smoke suite.', 'replaced something with a simpler one'],
    ['We replaced the paper checklist with a barcode scan at each station.', 'replaced something with a simpler one'],
    ['I reworked the signing step so builds no longer waited for a person with the keys.', 'removed something'],
    ['We changed the intake so applicants no longer had to retype their address.', 'removed something'],
    ['I designed an incremental cache keyed by road segment.', 'invented a new approach'],
    ['We wrote a small rules engine that flags risky orders.', 'invented a new approach'],
    ['I built an evidence packager for the dispute team.', 'invented a new approach'],
    ['We replaced three build systems with one.', 'consolidated several things into one'],
    ['We replaced four ticket queues with one.', 'consolidated several things into one'],
    ['The team replaced all six deploy scripts with one.', 'consolidated several things into one'],
    // A new user's trial: a test, joint or check done a different way, error-proofing, a quicker changeover.
    ['I proposed replacing the dye penetrant inspection with an eddy current probe.', 'invented a new approach'],
    ['We replaced the CMM check with a go/no-go gauge at the press.', 'invented a new approach'],
    ['We replaced the spot weld with a snap-fit clip.', 'invented a new approach'],
    ['I designed a poka-yoke so the bracket could only be loaded one way.', 'invented a new approach'],
    ['We error-proofed the connector station.', 'invented a new approach'],
    // A fourteenth user's trial: manual work made automatic, told as what the automated path replaced.
    ['I got the processor to accept machine-built packets through their API instead of the portal uploads.', 'put an automated path in place of manual work'],
    ['I cut the changeover time on press 4 from 90 minutes to 12.', 'simplified a process or system'],
    // A new user's trial (an EM at a fintech): the option chosen after "instead of" still counts.
    ['Instead of five approval steps, we now have a single approval step.', 'consolidated several things into one'],
    ['Rather than three merchant dashboards, we kept one shared dashboard.', 'consolidated several things into one'],
    ['We moved all card traffic onto a single gateway vendor.', 'consolidated several things into one'],
    // A nineteenth user's trial (a payments engineer from Madrid): what she removed or replaced, and with what.
    ['I got rid of the nightly batch and replaced it with a streaming pipeline.', 'removed something'],
    ['I got rid of the nightly batch and replaced it with a streaming pipeline.', 'invented a new approach'],
    ['I replaced the nightly settlement batch with an event-driven service.', 'invented a new approach'],
    ['I replaced the 4-hour manual runbook with an operator.', 'replaced something with a simpler one'],
    ['I replaced the manual failover runbook with a Kubernetes operator.', 'replaced something with a simpler one'],
    // A new user's trial (an SRE who writes terse, bullet-like stories in Canadian English, French her first language):
    // what she removed, by name or by count, and several tools brought down to one.
    ['I chose Argo CD and killed Spinnaker instead of maintaining both.', 'consolidated several things into one'],
    ['I chose Argo CD and killed Spinnaker instead of maintaining both.', 'removed something'],
    ['I merged the two forks rather than maintaining both.', 'consolidated several things into one'],
    ['Deploy tools from 3 to 1; 2 runbooks deleted.', 'consolidated several things into one'],
    ['Deploy tools from 3 to 1; 2 runbooks deleted.', 'removed something'],
    ['CI systems went from 4 to 1.', 'consolidated several things into one'],
    // prin38: things, not a metric, from many to one.
    ['We went from five vendors to one.', 'consolidated several things into one'],
    ['The release train went from three pipelines to a single one.', 'consolidated several things into one'],
    ['Monitoring tools: 5 → 1.', 'consolidated several things into one'],
    ['I removed Spinnaker and the bash scripts.', 'removed something'],
    ['Retired Nagios for good.', 'removed something'],
    ['Three cron jobs removed, one scheduler left.', 'removed something'],
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a single platform the
    // candidate's teams run, or moved onto, is still one.
    ['We now run a single platform for all eleven teams.', 'consolidated several things into one'],
    ['I moved the three teams onto a single platform.', 'consolidated several things into one'],
    // A twenty-third user's trial (an iOS engineer at a food-delivery firm): a manual check replaced by a bank's API, a
    // custom router nobody understood replaced by the platform's standard one, and a bridge that let old and new
    // screens run side by side, scored nothing.
    ['I replaced the manual cancelled-cheque check with penny-drop bank verification.', 'replaced something with a simpler one'],
    ['We replaced the paper address proof with a DigiLocker lookup.', 'replaced something with a simpler one'],
    ["I replaced a 2017 custom router nobody understood with SwiftUI's standard navigation.", 'replaced something with a simpler one'],
    ['I replaced the hand-rolled date parser with the built-in formatter.', 'replaced something with a simpler one'],
    ['We moved off the custom 2017 router that nobody understood onto the standard NavigationStack.', 'replaced something with a simpler one'],
    ['I migrated 112 screens from a home-grown router to Apple’s standard navigation.', 'replaced something with a simpler one'],
    ['I swapped the custom image cache nobody could debug for the standard one.', 'replaced something with a simpler one'],
    ['I built a bridging coordinator so that UIKit and SwiftUI screens could run side by side.', 'invented a new approach'],
    // A review of the principle evidence (a user who followed the advice word for word): a system the candidate replaced
    // with another, steps dropped as a count of the whole, and the work the change let people stop doing.
    ['I replaced the BIND cluster with Route 53.', 'replaced one system with another'],
    ['I replaced our cron jobs with Airflow.', 'replaced one system with another'],
    ['I moved the team to Jira and replaced the approval spreadsheet with a form.', 'replaced one system with another'],
    ['I dropped two of the four sign-offs.', 'cut steps or moving parts'],
    ['We removed three out of the five approval steps.', 'cut steps or moving parts'],
    ['That let the network team stop patching 4 servers.', 'removed something'],
    ['It allowed the analysts to stop copying numbers by hand.', 'removed something'],
    ['The support team no longer had to re-enter every ticket.', 'removed something'],
    ['Nobody had to patch those servers again.', 'removed something'],
  ],
  'are-right-a-lot': [
    ['I ran her proposal through the capacity model with her before deciding.', 'sought out dissenting views'],
    ["I tested his objection against last year's data.", 'sought out dissenting views'],
    ['We kept a control group of stores on the old process.', 'tested the call before committing'],
    ['I replayed six months of orders against three candidate rules.', 'tested the call before committing'],
    ['I piloted the new schedule on one line before committing to it.', 'tested the call before committing'],
    ['My recommendation to the board was the smaller rollout.', 'made a judgment call'],
    ['I shortlisted two vendors for a field trial.', 'weighed alternatives'],
    ['I judged that the cheaper vendor would hold up under peak load.', 'made a judgment call'],
    ['In hindsight the key call was splitting the migration by region.', 'made a judgment call'],
    ['The hard call was leaving Marine on the old system.', 'made a judgment call'],
    ['We compared both vendors on real invoices before choosing one.', 'tested the call before committing'],
    ['I ran the two pricing models side by side for a month before recommending one.', 'tested the call before committing'],
    ["I tested the new threshold on last quarter's data before I committed to it.", 'tested the call before committing'],
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a call proved right
    // later, when what the candidate warned of came to pass.
    ['A year later, the Databricks pilot elsewhere in the group was abandoned for the reasons I\'d given.', 'judgment proved right'],
    ['The other region\'s rollout stalled over exactly the risks I had flagged.', 'judgment proved right'],
    ['As I had warned, the second vendor went bust.', 'judgment proved right'],
  ],
  'learn-and-be-curious': [
    // A thirty-fourth user's trial (an SRE in Dublin moving to TPM, short bulleted Irish-English stories): a tool learned over a
    // weekend from its docs, told in a bullet with the "I" left out, scored nothing; so did a sandbox.
    ['- Learned Terraform import properly over a weekend, from the docs and a sandbox account.', 'taught themselves something new'],
    ['Learned Kafka from the documentation in two evenings.', 'taught themselves something new'],
    ['I learned the Envoy config model in a sandbox before touching prod.', 'taught themselves something new'],
    ['The vendor was slow. Learned the API from its manual myself.', 'taught themselves something new'],
    // A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): weeks spent learning a
    // standard he had never used, and a toy server built on it, scored nothing.
    ['I had never worked with FHIR, so I spent my first three weeks learning it.', 'taught themselves something new'],
    ['I spent two months studying the X12 standard.', 'taught themselves something new'],
    ['I read the implementation guides, built a toy server on HAPI FHIR over a weekend, and joined the connectathon.', 'taught themselves something new'],
    ['I wrote a throwaway Rust service to learn the borrow checker.', 'taught themselves something new'],
    ["I'd never worked with FHIR before.", 'stepped into an unfamiliar domain'],
    // A sixth user's trial.
    ["I had never used eBPF, so I spent two weekends working through Brendan Gregg's book.", 'taught themselves something new'],
    ['I worked through the Kafka docs and the design papers before the review.', 'taught themselves something new'],
    ['I spent two weekends studying the payment network rules.', 'taught themselves something new'],
    ['I enrolled in an evening course on supply chain finance.', 'taught themselves something new'],
    ['I completed a networking certification before the migration.', 'taught themselves something new'],
    ['I had never worked with clinical systems before this project.', 'stepped into an unfamiliar domain'],
    ['I knew nothing about customs law when I started.', 'stepped into an unfamiliar domain'],
    ['I wanted to understand why the night shift scanned every pallet twice.', 'followed their curiosity'],
    ['I kept asking why the numbers moved on Mondays.', 'followed their curiosity'],
    ['My habit now is to rehearse every rollback on real kit.', 'reflected on what they learned'],
    ['Since then I always rehearse the rollback before a wave.', 'reflected on what they learned'],
    ['These days I check vendor failover before signing a contract.', 'reflected on what they learned'],
    ['I no longer trust a vendor estimate I have not tested.', 'reflected on what they learned'],
    ['I asked the lead engineer to teach me how the tax engine works.', 'taught themselves something new'],
    ['I sat in on their onboarding training for a week.', 'taught themselves something new'],
    ['I read the post-mortems of both earlier attempts before planning.', 'followed their curiosity'],
    ['I studied how other airlines handled the same rule change.', 'followed their curiosity'],
    // A new user's trial: a course the candidate took, however long it ran or whatever it is called.
    ['Before the transfer I did a three-day course in injection moulding.', 'taught themselves something new'],
    ['I took a two-week course on laser welding.', 'taught themselves something new'],
    ['I attended a week-long training on GD&T at the supplier.', 'taught themselves something new'],
    ["I also signed up for the vendor's certification course.", 'taught themselves something new'],
    ['- Took an evening class on supply chain finance.', 'taught themselves something new'],
    ['I earned my Six Sigma green belt that year.', 'taught themselves something new'],
    ['I got certified as a lead auditor before the supplier visits.', 'taught themselves something new'],
    // A nineteenth user's trial (a payments engineer from Madrid): what she learnt from the source in her own time,
    // and standards she read herself.
    ['I learnt Go operator patterns from the Strimzi source over two weekends.', 'taught themselves something new'],
    ['I learned Go operator patterns from the Strimzi source over two weekends.', 'taught themselves something new'],
    ['I learned how Kafka rebalances work from the source code.', 'taught themselves something new'],
    ['I learned Rust over three weekends to review the new client.', 'taught themselves something new'],
    ['I read the EBA standard and the EMVCo specification myself, because nobody knew which exemptions we could use.', 'taught themselves something new'],
    ['I read the PSD2 regulation myself before the scoping call.', 'taught themselves something new'],
    // A review of the principle evidence (stories written from the advice alone): how what was learned changed what the
    // candidate did.
    ['That changed how I designed the invoicing flow.', 'changed course because of what they learned'],
    ['What I learned made me drop our plan to hand-roll autoscaling.', 'changed course because of what they learned'],
    ['The prototype changed what we built for the first release.', 'changed course because of what they learned'],
    ['The test results led me to rethink the caching design.', 'changed course because of what they learned'],
    ['Based on what I learned, I redesigned the invoicing flow.', 'changed course because of what they learned'],
  ],
  'hire-and-develop-the-best': [
    // A new user's trial (a São Paulo engineer): mentoring told in the passive counts where the candidate did it ("by me") or
    // made it happen ("I made sure…").
    ['The juniors were mentored by me.', 'mentored or coached someone'],
    ['The mentoring was organized by me.', 'mentored or coached someone'],
    ['I made sure the mentoring was organized before they joined.', 'mentored or coached someone'],
    ['My mentoring of the two juniors lasted six months.', 'mentored or coached someone'],
    // Two new users' trials: textbook evidence in their words that scored under 3, or nothing.
    ["After 14 months I promoted Lena to tech lead of a team of four.", "helped someone earn a promotion"],
    ["I met her every week for one hour to go through her decisions.", "gave someone regular feedback"],
    ["I paid her a conference and a course.", "invested in someone's growth"],
    ["I grew the team from 9 to 42, took a bar-raiser role, wrote a levelling framework.", "raised the bar in the hiring loop"],
    ["I grew the team from 9 to 42, took a bar-raiser role, wrote a levelling framework.", "invested in someone's growth"],
    // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo, long narrative stories): people retrained into a new role scored nothing.
    ['Nobody was laid off: 140 pickers were retrained as robot operators.', 'retrained people for a new role'],
    ['I retrained the twelve night-shift clerks as data analysts.', 'retrained people for a new role'],
    // A thirty-fourth user's trial (an SRE in Dublin moving to TPM, short bulleted Irish-English stories): shifts worked beside a
    // new SRE through her first weeks, her first incident led and the candidate's rota taken over, scored only "let her drive".
    ['I paired with her on her first six shifts and let her drive from the third one.', 'mentored or coached someone'],
    ['- Sat with Niamh through her first two on-call weeks.', 'mentored or coached someone'],
    ['I was her sponsor; she was my mentee for a year.', 'mentored or coached someone'],
    ['She led her first SEV-2 after five months.', 'grew people into bigger roles'],
    ['She took over the rota from me after eleven months.', 'grew people into bigger roles'],
    // A trial (trial 30): interviewers trained up to grow a hiring loop's capacity scored nothing (only "bar raiser" did),
    // and an offer held until the debrief had evidence was no bar held.
    ['I set up a shadowing program for new interviewers; qualified interviewers went from 5 to 13.', 'raised the bar in the hiring loop'],
    ['Qualified interviewers went from 5 to 13 in a quarter.', 'raised the bar in the hiring loop'],
    ['I doubled the interviewer pool for the platform roles.', 'raised the bar in the hiring loop'],
    ['I certified six new interviewers through reverse shadowing.', 'raised the bar in the hiring loop'],
    ['I refused to extend an offer until the debrief had evidence on every competency.', 'raised the bar in the hiring loop'],
    // A twenty-third user's trial (an iOS engineer at a food-delivery firm): drill put an outage story ahead of her story
    // about two graduates she mentored for a question on leading people, because that story's growth scored 3. A
    // promotion to a level with a hyphen, a rota a mentee now runs, a release each owned within months, a weekly
    // one-on-one, a 30-60-90 plan and a mentee made a release's owner.
    ['Meena was promoted to SDE-2 in 14 months.', 'helped someone earn a promotion'],
    ['Ravi now runs the on-call rota for the squad.', 'grew people into bigger roles'],
    ['Both of them owned a release each within five months.', 'grew people into bigger roles'],
    ['I set up a weekly one-on-one with each of them.', "invested in someone's growth"],
    ['We wrote a 30-60-90 plan together in her first week.', "invested in someone's growth"],
    ['After three months I made Meena the release owner for a minor release.', "invested in someone's growth"],
    ['Two fresh graduates joined my squad.', 'onboarded or trained people'],
    ['I paired the juniors with me on every review.', 'onboarded or trained people'],
    ['I trained 12 interviewers on the new rubric.', 'raised the bar in the hiring loop'],
    ['Every candidate got a calibrated debrief.', 'raised the bar in the hiring loop'],
    ['We hire for slope, and I wrote that into the loop.', 'raised the bar in the hiring loop'],
    ['I held the bar on every hire, even when the team was short-staffed.', 'raised the bar in the hiring loop'],
    ['Offer acceptance rose from 50% to 80%.', 'hired or built a team'],
    ['I redesigned the graduate programme with recruiting.', 'hired or built a team'],
    ['I set up buddy training for senior engineers.', "invested in someone's growth"],
    ['I took her under my wing during her first year.', 'mentored or coached someone'],
    ['I paired each new hire with a senior engineer for the first month.', 'mentored or coached someone'],
    ['I put him forward for promotion after the launch.', 'helped someone earn a promotion'],
    // A seventeenth user's trial: terse promotions and feedback.
    ['Sam promoted in 14 months.', 'helped someone earn a promotion'],
    ['I got Sam promoted to lead.', 'helped someone earn a promotion'],
    ['I got two of my engineers promoted.', 'helped someone earn a promotion'],
    ['I gave Sam weekly written feedback.', 'gave someone regular feedback'],
    ['Priya was promoted within a year.', 'helped someone earn a promotion'],
    ['She later stepped up to lead the payments team.', 'grew people into bigger roles'],
    ['We kept the role open for two more months rather than lower the bar.', 'raised the bar in the hiring loop'],
    ['I opened four roles and wrote the job ads myself.', 'hired or built a team'],
    ['I held weekly one-on-ones with each analyst.', "invested in someone's growth"],
    ['I had a difficult conversation about her performance in March.', 'managed performance'],
    // A new user's trial: technicians grown into shift leads.
    ['I trained the new technicians myself, and two of them became shift leads.', 'grew people into bigger roles'],
    ['She later became the line supervisor.', 'grew people into bigger roles'],
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): the hiring owned,
    // and someone promoted since.
    ['I was the hiring manager for all six roles, and one has been promoted to senior since.', 'hired or built a team'],
    ['I was the hiring manager for all six roles, and one has been promoted to senior since.', 'helped someone earn a promotion'],
    ['Two of them have since been promoted.', 'helped someone earn a promotion'],
  ],
  'insist-on-the-highest-standards': [
    // Two new users' trials: textbook evidence in their words that scored under 3, or nothing.
    ["Held the wallet launch until the load test passed.", "refused to ship below the bar"],
    ["I held the wallet launch until the load test at 6,000 RPS passed.", "refused to ship below the bar"],
    ["I kept the Paytm wallet v2 launch on hold until we had a passing load test.", "refused to ship below the bar"],
    ["I insisted we hold the release until the pen test came back clean.", "refused to ship below the bar"],
    // prin33: a rollout stopped with a quality or safety reason after it is still a bar held, whoever it was talked over with.
    ['I stopped the rollout after two weeks, once the error rate doubled, and sat with every engineer one to one.', 'refused to ship below the bar'],
    ['I stopped the rollout after two weeks.', 'refused to ship below the bar'],
    // prin32 (a thirty-second user's trial, a tech lead at a bank): a readiness sign-off she withheld, told with no
    // "until", scored nothing where "refused to sign off" counted.
    ["I brought the replay results to my manager and told him I disagreed and wouldn't sign off.", 'refused to ship below the bar'],
    ["I told him I wasn't comfortable signing off.", 'refused to ship below the bar'],
    ['I declined to sign off on the readiness review.', 'refused to ship below the bar'],
    // msign (a review of prin32): the user's own sign-off withheld until the replay held, and a "won't" told to someone.
    ['I refused to sign off on readiness until the replay held.', 'refused to ship below the bar'],
    ["I told the CFO I won't sign off on the migration.", 'refused to ship below the bar'],
    // A trial (trial 30): an offer, a hire or a hand-over refused until a bar was met scored nothing, where a release held
    // so does.
    ['I refused to extend an offer until the debrief had evidence on every competency.', 'refused to go ahead until the bar was met'],
    ["I wouldn't hand the service over until the runbook had been tested in a game day.", 'refused to go ahead until the bar was met'],
    ['I declined to proceed with the vendor until their pen test findings were fixed and retested.', 'refused to go ahead until the bar was met'],
    // …and a denial the signal's own words need still counts.
    ["I wouldn't let the team ship without the regression suite passing.", 'refused to ship below the bar'],
    ['I did not sign off until the pen test passed.', 'refused to ship below the bar'],
    ['I blocked the launch until the load test passed.', 'refused to ship below the bar'],
    // A review's: "didn't just" affirms the act ("not just", "never only"), where "rather than simply" denies it.
    ["I didn't just halt the rollout; I sat with the engineers and traced the defect.", 'refused to ship below the bar'],
    // A twenty-seventh user's trial (a payments engineer): a sign-off refused until a standard was met scored nothing
    // (only "refused to lower the bar" did): refused to sign, ship or approve until, unless or without the standard.
    ['I refused to sign the readiness attestation until every high-risk control had evidence.', 'refused to ship below the bar'],
    ['I would not approve the release without a rollback plan.', 'refused to ship below the bar'],
    ["I wouldn't sign off the cutover until the reconciliation came back clean.", 'refused to ship below the bar'],
    ['I declined to certify the build until the pen test findings were closed.', 'refused to ship below the bar'],
    ['I refused to merge the branch until the tests passed.', 'refused to ship below the bar'],
    // A twenty-ninth user's trial (a TPM at an Indian fintech): a launch named in two words, held "till" or "until" a defect
    // named with a word before it was fixed, scored nothing.
    ['I held the payouts v2 launch by a week until the rounding defect was fixed.', 'refused to ship below the bar'],
    ['We delayed our payments launch till the reconciliation bug was fixed.', 'refused to ship below the bar'],
    ['I pushed back the UPI autopay release until the security vulnerability was closed.', 'refused to ship below the bar'],
    // A review of that change: the standard named in the clause, whichever of them.
    ['I did not launch before the load test passed.', 'refused to ship below the bar'],
    ['I would not release the build until every sev-1 defect was fixed.', 'refused to ship below the bar'],
    ['I refused to sign off the go-live until UAT was complete.', 'refused to ship below the bar'],
    ["I wouldn't deploy the change unless the security review was done.", 'refused to ship below the bar'],
    // A new user's trial (a firmware EM at a car-parts supplier): a bar held by not letting the team count work as
    // done without its evidence, a rule or tolerance not relaxed, and reviews made mandatory.
    ['I refused to let the developers close a defect without a retest on the bench.', 'refused to ship below the bar'],
    ['I did not allow anyone to set a safety requirement to verified before its test had run.', 'refused to ship below the bar'],
    ['I would not let the supplier ship the housings until the gauge study passed.', 'refused to ship below the bar'],
    ["I didn't let the team skip the regression tests, although the sprint was late.", 'refused to ship below the bar'],
    ['When the plant asked for it, I refused to relax the tolerance on the bore.', 'refused to ship below the bar'],
    ['I did not loosen the review criteria for the last two sprints.', 'refused to ship below the bar'],
    ['I introduced mandatory design reviews for every change to the boot loader.', 'introduced quality gates'],
    ['I made peer reviews mandatory for all MISRA deviations.', 'introduced quality gates'],
    // A fifteenth user's trial: the hint asks for a quality gate, and a scan is one.
    ['I added a mandatory barcode scan at the packing station.', 'introduced quality gates'],
    ['I made the eleven blockers launch criteria.', 'introduced quality gates'],
    // A sixth user's trial.
    ['I insisted that every template passed the same security baseline before it shipped.', 'set a standard others had to meet'],
    ['I held the cutover for four days until the reconciliation job showed zero missing orders.', 'refused to ship below the bar'],
    ['I refused to roll out wider until the scan failure rate matched the old OS.', 'refused to ship below the bar'],
    ['I chose to delay the rollout by three weeks rather than ship with the bug.', 'refused to ship below the bar'],
    ['I would rather slip the date than send parents an invoice we could not stand behind.', 'refused to ship below the bar'],
    ['I pushed the go-live back a week so the team could fix the rounding defect.', 'refused to ship below the bar'],
    ['I added a duplicate-charge case to the release checklist.', 'added a check so the defect cannot pass again'],
    ["We set up accessibility checks in every team's pipeline.", 'added a check so the defect cannot pass again'],
    ['The schema swap is now gated on a row-count check.', 'introduced quality gates'],
    ['I wrote a policy check that blocks any deploy touching the payment tables.', 'introduced quality gates'],
    ['Every wave had an abort rule agreed with the NOC.', 'introduced quality gates'],
    ['There were zero balance mismatches in the first 60 days.', 'made sure the fix stayed fixed'],
    ['We ran two parallel payroll runs before switching over.', 'rehearsed or ran old and new side by side'],
    ['I insisted on three full rehearsals before the cut-over.', 'rehearsed or ran old and new side by side'],
    ['We kept the old and new engines in parallel for a month.', 'rehearsed or ran old and new side by side'],
    ['Two technologists compared every result against its paper copy.', 'rehearsed or ran old and new side by side'],
    ['The audit came back with zero exceptions across all controls.', 'rehearsed or ran old and new side by side'],
    ['We balanced the gift-card ledger to the cent.', 'rehearsed or ran old and new side by side'],
    ['I set a rule that every config change gets a second pair of eyes.', 'introduced quality gates'],
    ['The replay test is now a required step in the runbook.', 'introduced quality gates'],
    ['No rollout beyond 10% until the Android numbers matched iOS.', 'introduced quality gates'],
    ['A blocked price change needs a named approver from the category team.', 'introduced quality gates'],
    ['We built a probe that runs against every edge config in staging.', 'added a check so the defect cannot pass again'],
    ['Every hotfix must pass the device matrix before release.', 'added a check so the defect cannot pass again'],
    // A new user's trial: the bar held on a plant floor, where a defect is kept from going down the line.
    ['I stopped the press line myself when the first burrs showed up.', 'stopped the line or held back suspect parts'],
    ['I asked the shift lead to stop the line.', 'stopped the line or held back suspect parts'],
    ['I held the shipment until every housing passed the leak test.', 'stopped the line or held back suspect parts'],
    ['We held back three containers of castings.', 'stopped the line or held back suspect parts'],
    // prin31: the candidate's own launch held, or the team's ("We" opening the sentence is no one else).
    ['I held the launch until the defect was fixed.', 'refused to ship below the bar'],
    ['We held the launch until the defect was fixed.', 'refused to ship below the bar'],
    ['The PM and I held the launch until the defect was fixed.', 'refused to ship below the bar'],
    ['- Held the launch until the defect was fixed.', 'refused to ship below the bar'],
    ['We refused to ship until the load tests passed.', 'refused to ship below the bar'],
    ['I put the whole lot on hold and sorted it.', 'stopped the line or held back suspect parts'],
    ['We quarantined 2,000 brackets at the dock.', 'stopped the line or held back suspect parts'],
    ["I rejected the supplier's first lot.", 'stopped the line or held back suspect parts'],
    ['I refused to sign the PPAP until the Cpk was above 1.33.', 'refused to ship below the bar'],
    ['I would not sign off the PPAP with two dimensions open.', 'refused to ship below the bar'],
    ['We ran a 100% sort at the supplier for six weeks.', 'introduced quality gates'],
    // A new user's trial (an SRE manager's stories): a check the candidate added that turns away whatever fails it.
    ['I added a CI check that rejected any paging alert without a runbook link.', 'added a check so the defect cannot pass again'],
    ['I wrote a pre-merge hook that blocks every dashboard without an owner.', 'added a check so the defect cannot pass again'],
    ['- Set up a lint rule that fails the build when an alert has no severity.', 'added a check so the defect cannot pass again'],
    ['I introduced a schema check that rejects any migration without a rollback script.', 'added a check so the defect cannot pass again'],
    ['We added a rule to the alert config so no alert could merge without a runbook.', 'added a check so the defect cannot pass again'],
    ['I also built a gate which turned away every release with an open sev-2.', 'added a check so the defect cannot pass again'],
    // A twentieth user's trial (an EM at an e-commerce firm, Indian English): the hint's own "a quality gate or a held
    // launch", told as a launch held because it failed the gate, and a fix not let be called done.
    ['I delayed the autocomplete launch because it failed the quality gate.', 'refused to ship below the bar'],
    ['I held the search release until it passed the latency gate.', 'refused to ship below the bar'],
    ['- Postponed the app release as it did not pass the accessibility checks.', 'refused to ship below the bar'],
    ['I delayed the autocomplete launch by a week to fix the ranking bug.', 'refused to ship below the bar'],
    ['I refused to mark the fix done until the validator had run clean for two weeks.', 'refused to ship below the bar'],
    ["I wouldn't call the migration complete while two reports still disagreed.", 'refused to ship below the bar'],
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a bar the candidate
    // held, nothing passing until a test or check proved it.
    ['I insisted that no system could be marked done until an automated test had proved the numbers matched.', 'refused to ship below the bar'],
    ['I refused to certify the 40 most-used finance tables until their tests passed.', 'refused to ship below the bar'],
    ['I made it a rule that nothing would be switched off until a parallel run had matched for a month.', 'refused to ship below the bar'],
    // A review of the principle evidence (stories written from the advice alone): a launch held because a test failed,
    // or until one passed.
    ['I pushed the launch back a week because the load test missed our latency target.', 'refused to ship below the bar'],
    ['We delayed the release until the security scan passed.', 'refused to ship below the bar'],
  ],
  'think-big': [
    // Beside a term bought (a new user's trial), a plan of years is still a vision.
    ['I wrote a three-year roadmap for agent banking.', 'set a multi-year vision'],
    ['I wrote a 5-year plan for the payments platform.', 'set a multi-year vision'],
    // A review: a bank's product areas before a strategy or roadmap are no term bought.
    ['I wrote the three-year payments strategy.', 'set a multi-year vision'],
    ['I set a multi-year loans roadmap.', 'set a multi-year vision'],
    ['I wrote a five-year savings roadmap for the retail bank.', 'set a multi-year vision'],
    // A thirty-fourth user's trial (an SRE in Dublin moving to TPM, short bulleted Irish-English stories): the candidate's playbook taken
    // up by other sites in the group scored nothing, as it did for teams.
    ['Two other sites in the group reused my wave playbook.', 'got others to adopt the vision'],
    ['Three other plants adopted our changeover checklist.', 'got others to adopt the vision'],
    ['My migration playbook was later copied by four other hospitals in the trust.', 'got others to adopt the vision'],
    // A sixth user's trial.
    ['I wrote a three-year platform strategy and got three teams to sign up to it.', 'set a multi-year vision'],
    ['I moved all twelve warehouses onto one shared slotting model.', 'scope was org-wide'],
    ['We put all 23 clinics on to a single booking system.', 'scope was org-wide'],
    ['I brought all the schools into the same timetabling rules.', 'scope was org-wide'],
    ['We went big and proposed one identity service for the whole group.', 'proposed a bigger goal than asked'],
    ['Within a year, 40 services used the shared rate limiter.', 'got others to adopt the vision'],
    ['Over 20 orgs adopted the planning template within two quarters.', 'got others to adopt the vision'],
    ['Today all services run on the event bus we proposed.', 'got others to adopt the vision'],
    ['I moved the eight regional warehouses onto a single inventory system.', 'scope was org-wide'],
    ['We built one booking platform across all 30 clinics.', 'scope was org-wide'],
    ['They rolled out one pricing model across all the regions.', 'scope was org-wide'],
    ['We put the three clusters into one shared cluster.', 'scope was org-wide'],
    ['All six product teams moved onto the shared event bus.', 'got others to adopt the vision'],
    ['By spring, all 9 engineering teams use the new deploy pipeline.', 'got others to adopt the vision'],
    ['All twelve product teams now build on the platform we proposed.', 'got others to adopt the vision'],
    ['Any future region would be a configuration change, not a project.', 'built a platform for many teams'],
    ['I designed it so the next market would take a day of setup rather than months.', 'built a platform for many teams'],
    ['From then on each new tenant was just a config file entry.', 'built a platform for many teams'],
    ['Adding another country became a settings change instead of a rebuild.', 'built a platform for many teams'],
    // A new user's trial: one standard for every plant.
    ['I proposed one global tooling standard for all nine plants.', 'scope was org-wide'],
    // A review of the principle evidence (a user who followed the advice word for word): a direction or standard the
    // candidate set for the whole org or for every team, and the other teams that took it up.
    ['I set the org-wide direction in a one-pager.', 'set the direction for many teams'],
    ['I defined a company-wide logging standard.', 'set the direction for many teams'],
    ['I wrote the strategy for all 14 product teams.', 'set the direction for many teams'],
    ['OpenTelemetry became the single standard for all 25 squads.', 'scope was org-wide'],
    ['All 40 services in the company now log the same way.', 'scope was org-wide'],
    ['24 of the 25 squads adopted the standard.', 'got others to adopt the vision'],
    ['Nine of the ten teams now use it.', 'got others to adopt the vision'],
    ['The rest of the teams switched over by spring.', 'got others to adopt the vision'],
    ['Twelve other teams signed on within a year.', 'got others to adopt the vision'],
    ['Other teams came to adopt it once they saw the numbers.', 'got others to adopt the vision'],
  ],
  'bias-for-action': [
    // Two new users' trials: textbook evidence in their words that scored under 3, or nothing.
    ["I started with the 3 biggest teams and changed instance types with their EMs, without waiting for the full analysis.", "did not wait for certainty"],
    // The ML engineer's trial's twins: the call, the roll-back decided, the rollback called, the candidate's own.
    ['I made the call to delay the launch.', 'moved things forward'],
    ['I decided to roll back the release.', 'moved things forward'],
    ['I called a rollback at 2 am.', 'moved things forward'],
    // A twenty-third user's trial: a rollback plan the candidate built still frames the change as reversible.
    ['We expanded zone by zone, each zone with its own rollback plan.', 'framed the decision as reversible'],
    ['I wrote a rollback plan with a go/no-go at hour four.', 'framed the decision as reversible'],
    // A seventeenth user's trial: acting before an outcome was known.
    ['I started alternate MCU qualification before the escalation outcome was known.', 'acted on incomplete information'],
    ['I ordered the parts before we knew which supplier would win.', 'acted on incomplete information'],
    // A new user's trial (an EM at a fintech, Indian English): a date brought forward ("preponed") by the candidate.
    ['I preponed our go-live by two weeks.', 'shipped early, traded polish for speed'],
    ['I brought the go-live forward.', 'shipped early, traded polish for speed'],
    ['We preponed the merchant launch to the first week of March.', 'shipped early, traded polish for speed'],
    ['I decided to prepone the cut-over by a sprint.', 'shipped early, traded polish for speed'],
    ['I brought forward the card migration by ten days.', 'shipped early, traded polish for speed'],
    ['We moved the go-live date up by two weeks once the pilot was clean.', 'shipped early, traded polish for speed'],
    ['I pulled the release in by a week.', 'shipped early, traded polish for speed'],
    ['- Preponed the UPI launch by a fortnight.', 'shipped early, traded polish for speed'],
    ['I proposed bringing the rollout forward to before Diwali.', 'shipped early, traded polish for speed'],
    // A twentieth user's trial (an EM at an e-commerce firm, Indian English): a flag she could switch off, and more ways
    // of preponing a launch herself.
    ['I shipped it behind a flag to 5% of buyers so I could switch it off in minutes.', 'framed the decision as reversible'],
    ['We can always switch off the flag if conversion drops.', 'framed the decision as reversible'],
    ['I convinced the business to prepone the launch by three weeks.', 'shipped early, traded polish for speed'],
    ['I made the call to pre-pone the launch by three weeks.', 'shipped early, traded polish for speed'],
    ['I got the launch preponed by three weeks.', 'shipped early, traded polish for speed'],
    ['I rolled back the change rather than wait for a forward fix.', 'did not wait for certainty'],
    ['I launched with card payments only, rather than hold the release for the bank API.', 'did not wait for certainty'],
    ['I skipped the second dress rehearsal so the cutover could start a week early.', 'took a calculated risk'],
    ['I approved the release even though the soak test had run for only a day.', 'took a calculated risk'],
    ['I chose a manual nightly export so finance had numbers this month.', 'shipped early, traded polish for speed'],
    ['We bought the vendor product to ship four months earlier.', 'shipped early, traded polish for speed'],
    ['The cache could ship in two weeks, so I picked it over the rewrite.', 'shipped early, traded polish for speed'],
    ['I paged the database lead within ten minutes of the first alert.', 'moved within hours or days'],
    ['We ran a two-week trial in one warehouse before scaling.', 'ran a quick pilot'],
    ['I could have waited for the full test pass, but I shipped the fix to half the stores.', 'did not wait for certainty'],
    ['I launched the Dutch site rather than hold both markets.', 'did not wait for certainty'],
    ['I took the smaller patch and left the refactor for the next quarter.', 'shipped early, traded polish for speed'],
    ['Buying the hosted tool saved us four months.', 'shipped early, traded polish for speed'],
    ['I judged the migration risk acceptable and went ahead.', 'took a calculated risk'],
    ['We chose to skip the usual 10% holdback for the sale.', 'took a calculated risk'],
    ['I waived the usual design review for the hotfix.', 'took a calculated risk'],
    ['In the first hour I switched traffic to the backup provider.', 'moved within hours or days'],
    ['I chartered a plane to fly the housings that night.', 'moved within hours or days'],
    ['I ordered the replacement motor the same afternoon.', 'moved within hours or days'],
    // A new user's trial: whatever the candidate did without waiting, and an approval gone ahead of.
    ["I ordered the second tool without waiting for my director's approval.", 'did not wait for certainty'],
    ['We authorised the sort at the supplier without waiting for the 8D.', 'did not wait for certainty'],
    ['- Released the PO without waiting for the budget review.', 'did not wait for certainty'],
    ['I placed the order ahead of the formal approval.', 'acted on incomplete information'],
    // A review of the principle evidence (stories written from the advice alone): acting while an answer was not yet in,
    // and a step that could be flipped or moved back.
    ["The vendor hadn't confirmed the root cause yet, but I turned off the new search for 10% of users.", 'acted on incomplete information'],
    ['Legal had not signed off yet, so we started the build on the parts we were sure of.', 'acted on incomplete information'],
    ['While the root cause was still unknown, we moved the traffic to the old cluster.', 'acted on incomplete information'],
    ['It was a flag we could flip back in a minute.', 'framed the decision as reversible'],
    ['We could move it back with one command.', 'framed the decision as reversible'],
  ],
  'frugality': [
    // Two new users' trials: money avoided in CA$, what buying would have cost (in złoty, its code after it) and a purchase
    // decided against, "to not" for "not to", scored 2 at most.
    ['We avoided CA$1.1M of the licence renewal.', 'saved cost'],
    ['We saved AU$ 300,000 on the support contract.', 'saved cost'],
    ['Instead of buying two more environments for 40k PLN a year, I made them reset each night.', 'saved cost'],
    ['Instead of paying 40k PLN a year for more environments, we reset the two we had every night.', 'saved cost'],
    ['Rather than renting a second warehouse at €18,000 a month, we moved the slow stock to the mezzanine.', 'saved cost'],
    ['I decided to not buy more environments.', 'reused instead of buying or building'],
    ['We decided not to buy a second cluster.', 'reused instead of buying or building'],
    // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo, long narrative stories): money in reais, and other currencies
    // with letters before their sign or a code, read as money in euros or rupees is; a bill told from one amount to a
    // lower one; and the same people, after a result told with a verb of change.
    ['The bill went from R$ 1,2 milhão to R$ 720 mil per month.', 'saved cost'],
    ['Cost down from R$ 42k to R$ 18k a month.', 'saved cost'],
    ['Our AWS bill went from S$ 30k to S$ 12k a month.', 'saved cost'],
    ['Cloud spend came down from A$ 40k to A$ 18k a month.', 'saved cost'],
    // The magnitudes report --redact knew and the money reading did not (one table now, src/text/numbers.ts): "€5 Mio." read as
    // €5, so a bill told in them was no amount, or one that rose was read as falling.
    ['The bill went from €5 Mio. to €2 Mio. a year.', 'saved cost'],
    ['The bill went from €1,2 Mio. to €900k a year.', 'saved cost'],
    ['We took €2 Mio. off the run rate.', 'saved cost'],
    ['We saved HK$ 300,000 a year on the courier contract.', 'saved cost'],
    ['We saved NOK 1.1 million in licence fees.', 'saved cost'],
    ['We avoided a C$ 90k licence renewal.', 'saved cost'],
    ['The bill went from R$ 1,2 milhão to R$ 720 mil per month, with the same 7 people.', 'did it without new headcount or budget'],
    ['Throughput doubled with the same team.', 'did it without new headcount or budget'],
    ['We ran the peak with no hiring.', 'did it without new headcount or budget'],
    // A unit cost told down is money saved on each unit, doing more with the same money: the README counts a cost told
    // down as saved, and five dev stories claim Frugality on one ("cost per invoice fell", "fuel spend per 100 km fell").
    ['Routing cost per package went down 11%.', 'saved cost'],
    // A thirty-fourth user's trial (an SRE in Dublin moving to TPM, short bulleted Irish-English stories): money taken off a run rate or
    // a bill, as an amount or a share, scored only the bill named; "I saved €430k a year" counted.
    ['We took €430k off the run rate by Q4, about 12% of the bill.', 'saved cost'],
    ['- Knocked 12% off our AWS bill by moving logs to S3 tiers.', 'saved cost'],
    ['I shaved a third off the monthly cloud spend.', 'saved cost'],
    ['We took €400k a year off the platform run rate.', 'saved cost'],
    // (Her title's "without new headcount" is not read, as no title is: said in the story, it counts.)
    ['I cut the cloud bill without new headcount.', 'did it without new headcount or budget'],
    // A twenty-ninth user's trial (a TPM at an Indian fintech): a cost told down from one amount to another, in rupees and
    // lakh or in dollars, showed no Frugality, where "cut cost from X to Y" did.
    ['Cost down from ₹42 lakh a month to ₹18 lakh.', 'saved cost'],
    ['Cost down from $42k a month to $18k.', 'saved cost'],
    ['Cloud spend down from Rs 42 lakh to Rs 18 lakh a month.', 'saved cost'],
    ['Infra cost down to ₹18 lakh a month.', 'saved cost'],
    ['Cost down ₹40 lakh a year.', 'saved cost'],
    // A new user's trial (a data-platform engineering manager in Berlin, German- and Polish-shaped English): the hint's
    // "what you delivered without new headcount", told in her words, scored nothing.
    ['I delivered the migration with the 9 people I had.', 'did it without new headcount or budget'],
    ['With the nine engineers we had, I migrated all 600 jobs.', 'did it without new headcount or budget'],
    ['We did it without hiring.', 'did it without new headcount or budget'],
    ['We shipped the redesign without hiring anyone.', 'did it without new headcount or budget'],
    ['I delivered the migration with the same team.', 'did it without new headcount or budget'],
    ['With the same team, we delivered twice as many releases.', 'did it without new headcount or budget'],
    ['No new headcount was needed.', 'did it without new headcount or budget'],
    // …and what cost money still counts after "which" ("the alerts which cost the team sleep" does not: below).
    ['I cut the licences which cost us 40,000 euro a year.', 'saved cost'],
    ['We shipped it with no new engineers.', 'did it without new headcount or budget'],
    // A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): a licence avoided by a cheaper
    // way, told as its purpose, scored nothing.
    ['We built the matching on Postgres to avoid the $600K yearly license.', 'saved cost'],
    ['I moved us to the open-source engine, avoiding the $600K yearly license.', 'saved cost'],
    ['I chose Postgres to avoid paying the $600K yearly license.', 'saved cost'],
    // A twentieth user's trial (an EM at an e-commerce firm, Indian English): the hint's "the cost you saved or avoided".
    ['We avoided a ₹25 lakh consulting contract.', 'saved cost'],
    ['We avoided a $30,000 consulting contract.', 'saved cost'],
    ['It came to about PLN 2.1 million saved per year.', 'saved cost'],
    ['I saved the EUR 120,000 licence by moving to the open-source tool.', 'saved cost'],
    // A new user's trial (a firmware EM at a car-parts supplier): money saved for the project or the plant, and a
    // purchase the team no longer needed.
    ['The new test strategy saved the plant 1.2 million PLN a year.', 'saved cost'],
    ['I saved the project about 300 kEUR on tooling.', 'saved cost'],
    ['We did not buy the three new oscilloscopes after all.', 'reused instead of buying or building'],
    ['I never had to order a second climate chamber.', 'reused instead of buying or building'],
    ['We avoided buying two new HIL benches.', 'reused instead of buying or building'],
    // A seventh user's trial.
    ['We built a small one instead, because the licences were too expensive.', 'reused instead of buying or building'],
    ['We shipped it with no new engineers.', 'did it without new headcount or budget'],
    // A sixth user's trial.
    ['The move gave a saving of £205,000 a year.', 'saved cost'],
    // A fifth user's trial: a discount negotiated.
    ['- Negotiated an 18% discount with Nokia.', 'saved cost'],
    // A second new user's trial.
    ['We cut £600k a year in licence fees.', 'saved cost'],
    ['I signed the renewal at 18% below the previous contract.', 'saved cost'],
    ['Switching couriers saves us £85,000 a year.', 'saved cost'],
    // A thirteenth user's trial: the amount before its currency, as German and Polish write it.
    ['The HIL bench saved 500,000 euro over the programme.', 'saved cost'],
    ['It saved 500.000 EUR in test hardware.', 'saved cost'],
    ['Sharing the rigs saved 500 000 € a year.', 'saved cost'],
    ['It saved half a million euros.', 'saved cost'],
    ['A saving of 120 000 zł on licences.', 'saved cost'],
    ['The change saved PLN 2 million in transport fees.', 'saved cost'],
    ['We avoided an estimated $90,000 in extended-support fees.', 'saved cost'],
    ['After the clean-up the storage invoice was a fifth lower.', 'saved cost'],
    ['The new plan is 18% cheaper per seat.', 'saved cost'],
    ['I set up the test rig on a spare laptop from the IT cupboard.', 'reused instead of buying or building'],
    ['We picked the off-the-shelf scheduler over a custom build.', 'reused instead of buying or building'],
    ['I went with the cheaper of the two quotes.', 'reused instead of buying or building'],
    ['We used the workflow tool the council already licensed.', 'reused instead of buying or building'],
    ['We absorbed the extra sites with the same 5-person support team.', 'did it without new headcount or budget'],
    ['Idle cash in the branch vaults fell by a quarter.', 'cut waste in infrastructure or vendors'],
    ['Hosting cost down 22% on the first three invoices.', 'saved cost'],
    ['Compute spend down 40% quarter on quarter.', 'saved cost'],
    ['The vendor bill is down by about $12k a month.', 'saved cost'],
    ['Monthly cloud spend went from $48k to $31k.', 'saved cost'],
    ['Annual storage costs went from £90k to £60k.', 'saved cost'],
    ['Idle vault cash fell by a fifth.', 'cut waste in infrastructure or vendors'],
    ['We found 300 unused software seats and returned them.', 'cut waste in infrastructure or vendors'],
    ['The yearly run rate came down from $3.1M to $2.2M.', 'saved cost'],
    ['Our AWS run rate fell from $1.4M to $1.1M.', 'saved cost'],
    ['That was a 40 percent reduction in our vendor fees.', 'saved cost'],
    ['The subscription was $50K a year against an estimated $300K to build.', 'saved cost'],
    ['Buying was $20K versus $250K to develop and run it ourselves.', 'saved cost'],
    ['The SaaS option cost less than the 12 engineer-months to build our own.', 'saved cost'],
    ['I wrote up the build-versus-buy options for the director.', 'reused instead of buying or building'],
    // A new user's trial: freight, expediting and port charges are costs too.
    ['We cut premium freight from $400k to $60k a quarter.', 'saved cost'],
    ['I halved our demurrage charges at the port.', 'saved cost'],
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a saving weighed against what
    // it cost, both as amounts.
    ['In the end the saving is £240,000 a year against about £35,000 of engineering time.', 'weighed the cost against the saving'],
    ['The saving was about £240k a year, against a one-off cost of £35,000.', 'weighed the cost against the saving'],
    ['It took about £35,000 of engineering time for a saving of £240,000 a year.', 'weighed the cost against the saving'],
    ['The change cost £35,000 and saves £240,000 a year.', 'weighed the cost against the saving'],
    ['The saving is £240,000 a year.', 'saved cost'],
    // A review of the principle evidence (stories written from the advice alone): no money for a tool, and the amount a
    // vendor quoted that was saved or avoided.
    ['We had no money for a new monitoring tool.', 'did it without new headcount or budget'],
    ['That avoided the $80,000 a year the vendor quoted.', 'saved cost'],
    ['It saved the £40k the agency had quoted.', 'saved cost'],
  ],
  'earn-trust': [
    // Two new users' trials: textbook evidence in their words that scored under 3, or nothing.
    ["I first met the works council chair, Katrin Schulz, alone and without slides, to hear their worries.", "heard out the people with concerns"],
    ["I personally answered the customer who complained, with an apology.", "owned a mistake openly"],
    // A new user's trial (a programme told in CA$): the candidate's part owned plainly, and the failover never tested
    // told in the past perfect, scored nothing.
    ['I owned my part of it plainly: I had accepted the single vendor to save CA$40K and had never tested a failover.', 'owned a mistake openly'],
    ['I owned my part of it plainly: I had accepted the single vendor to save CA$40K and had never tested a failover.', 'named their own misstep'],
    ['In the review I owned my share of the outage openly.', 'owned a mistake openly'],
    ['I had not tested the restore before the cut-over.', 'named their own misstep'],
    // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo, long narrative stories): hard feedback owned out loud, as the
    // advice asks, scored nothing.
    ['Ana told me that my OKR reviews felt like audits. I admitted it in front of the group and changed the review to a 30-minute conversation per team.', 'owned a mistake openly'],
    ['Priya gave me blunt feedback that my stand-ups ran long. I accepted that criticism in front of the whole team.', 'owned a mistake openly'],
    ['My director told me my status reports buried the risks. I owned it at the next all-hands.', 'owned a mistake openly'],
    ['Ana told me that my OKR reviews felt like audits, and I admitted it.', 'owned hard feedback'],
    // A thirty-fourth user's trial (an SRE in Dublin moving to TPM, short bulleted Irish-English stories): her own name put against the
    // root cause in the post-mortem she wrote scored nothing.
    ['I wrote the post-mortem that weekend and put my own name against the root cause.', 'owned a mistake openly'],
    ['- Listed myself as the root cause in the incident review.', 'owned a mistake openly'],
    // prin31: a bug, an outage or an incident told upward the same day is bad news told; a mistake owned out loud, "my
    // own" as much as "my", is the principle's core (lp-coverage's advice: "Own a mistake or hard feedback out loud").
    ['I told the CFO about the bug the same day.', 'raised bad news early'],
    ['I told the CFO about the outage the same day.', 'raised bad news early'],
    ['I told the VP about the incident within the hour.', 'raised bad news early'],
    ['I told the CFO about the data breach the same morning.', 'raised bad news early'],
    ['I admitted my own mistake in announcing the reorg by email.', 'owned a mistake openly'],
    ['I acknowledged our own error in the release notes.', 'owned a mistake openly'],
    // A twenty-seventh user's trial (a payments engineer): a mistake owned in other words than "admitted my mistake"
    // (told someone that I had been wrong, owned up, said it had been my decision and the wrong one).
    ['I told Marcus in front of both teams that I had been wrong.', 'owned a mistake openly'],
    ['I admitted to the steering group that I had been wrong about the vendor.', 'owned a mistake openly'],
    ['I owned up to the mistake at the Monday review.', 'owned a mistake openly'],
    ['I told the team it had been my decision and that it was the wrong one.', 'owned a mistake openly'],
    // The same trial: bad news told within minutes, within an hour, or with the time before the telling ("Within the
    // hour, I told the CFO"), as it is the same day.
    ['I told the CFO within minutes.', 'shared bad news candidly'],
    ['Within the hour, I told the CFO.', 'shared bad news candidly'],
    ['The migration would miss the close. I informed the CFO within 30 minutes.', 'raised bad news early'],
    // A new user's trial (a data-platform engineering manager in Berlin, German- and Polish-shaped English): a problem told, then
    // a senior stakeholder told of it the same day, scored 2 (candour) where the problem came first.
    ['In October we found that the migration would miss the November close. I informed the CFO the same day and proposed to move billing last.', 'raised bad news early'],
    ['The project was 200,000 euro over budget. I informed the CFO the same day.', 'raised bad news early'],
    ['We found a bug in the invoice run, and I told the VP the same day.', 'raised bad news early'],
    ['The migration would miss the close. I informed Anna Nowak, the CFO, on the same day.', 'raised bad news early'],
    ['When I saw that the billing run would be late, I called our customer the same day.', 'raised bad news early'],
    ['The cutover failed at 2 am. I called the director myself within the hour.', 'raised bad news early'],
    // A loss is bad news too, told before the telling, after it, or as what was told about or escalated.
    ['I told the CFO about the $200k loss the same day.', 'raised bad news early'],
    ['We lost $200k on the cutover. I told the CFO the same day.', 'raised bad news early'],
    ['I told the CFO the same day that we had lost two renewals.', 'raised bad news early'],
    ['I escalated the £62,000 loss to the sponsor the same day.', 'raised bad news early'],
    // A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): an apology to the people
    // affected, made by calling them, and every client affected called personally, scored nothing.
    ["I called each client's CFO myself, explained what had happened, and apologized.", 'owned a mistake openly'],
    ['I phoned the practice manager and apologised.', 'owned a mistake openly'],
    ['I called each of the clinics to apologize.', 'owned a mistake openly'],
    ['I personally called every client whose connections moved over the holidays.', 'shared bad news candidly'],
    ['I emailed each customer who had been double-charged.', 'shared bad news candidly'],
    ['The processor admitted their error, and I admitted the error in our own file to the merchants.', 'owned a mistake openly'],
    // A twentieth user's trial (an EM at an e-commerce firm, Indian English): what went wrong told to the one it hurt,
    // exactly and without hiding anything.
    ['I told him exactly what went wrong without hiding anything.', 'rebuilt trust after a failure'],
    ['I told him exactly what went wrong without hiding anything.', 'shared bad news candidly'],
    ['I told the seller what had gone wrong, without hiding anything.', 'rebuilt trust after a failure'],
    ['I explained exactly what had gone wrong.', 'shared bad news candidly'],
    ['I shared the incident report with the merchants without hiding the numbers.', 'shared bad news candidly'],
    ['I hid nothing from the client.', 'shared bad news candidly'],
    // A new user's trial (a firmware EM at a car-parts supplier): the risk or delay told to the customer's named lead
    // the same day, or before they heard it from someone else, however the person is named.
    ["I informed the carmaker's launch manager, Eva Novak, about the risk on the same day.", 'raised bad news early'],
    ['I told Jan Vogel, the OEM buyer, about the delay of the C-samples before he heard it from our sales team.', 'raised bad news early'],
    ['I warned the plant manager about the shortage of connectors immediately.', 'raised bad news early'],
    ['I informed the customer that same afternoon of the slippage in the software drop.', 'raised bad news early'],
    // The same trial: a dissenting colleague's concerns taken seriously are hard feedback taken (2: it maps nothing alone).
    ['I sent Tomasz the test status every evening, so he could see I took his concerns seriously.', 'sought or took hard feedback'],
    ["I took the quality manager's objections seriously and went through each defect with him.", 'sought or took hard feedback'],
    // A new user's trial (an EM at a fintech): the customer a failure hit, called or met to hear why from the candidate.
    ['I called Sanjay Kulkarni, the Zestkart head of customer support, personally to explain what happened.', 'rebuilt trust after a failure'],
    ['I personally phoned their CTO to explain what had gone wrong.', 'rebuilt trust after a failure'],
    ['I rang the merchant myself to walk her through what went wrong.', 'rebuilt trust after a failure'],
    ["I visited the client's office in person to explain why the settlements had failed.", 'rebuilt trust after a failure'],
    ['I then called each of the three affected lenders to apologise for the double debits.', 'rebuilt trust after a failure'],
    ["- Called the partner bank's ops head to explain the outage before their morning stand-up.", 'rebuilt trust after a failure'],
    // An eighth user's trial: a miss foretold to the people relying on it is bad news raised early, with the
    // reason or a sign of how early; told plainly, it is candour.
    ['I told the compliance head, Asha Rao, that we would miss the filing date and why.', 'raised bad news early'],
    ['I told the VP six weeks before the deadline that we would miss it.', 'raised bad news early'],
    ['- Told the CFO early that we would miss the quarter close.', 'raised bad news early'],
    ['I called the client myself before they heard it from their account team.', 'raised bad news early'],
    ['I told the client our launch would slip.', 'shared bad news candidly'],
    ['I had already told the sponsor that the go-live would not be ready.', 'shared bad news candidly'],
    // A second new user's trial: bad news taken up the line at once.
    ['I told my VP the same day that the date was at risk.', 'raised bad news early'],
    ['I rang the client that afternoon to say we would miss the cutover.', 'raised bad news early'],
    ['I called Sunita that evening and apologised to her team in the retro.', 'owned a mistake openly'],
    ['That oversight was mine, and I said so in the review.', 'owned a mistake openly'],
    ['I later found my capacity estimates were wrong by a factor of two.', 'owned a mistake openly'],
    ['Looking back, that was the wrong call.', 'owned a mistake openly'],
    ['I never tested the failover path before go-live.', 'named their own misstep'],
    ["I should have checked the vendor's release notes.", 'named their own misstep'],
    ['I skipped the load test to save a day.', 'named their own misstep'],
    ["I rang the plant's operations lead that same morning to explain what had gone wrong.", 'shared bad news candidly'],
    ['I informed the CFO myself.', 'shared bad news candidly'],
    ['I did not look at the usage data before the renewal.', 'named their own misstep'],
    ['I logged her concern for phase two instead of testing it.', 'named their own misstep'],
    ['I signed off after checking the new rows but not the old ones.', 'named their own misstep'],
    ['I reported the slip to the steering group that week.', 'shared bad news candidly'],
    ['I flagged the shortfall to my director in writing.', 'shared bad news candidly'],
    ['At the review I told the CFO and the head of operations, our sponsor, that the go-live date was gone.', 'shared bad news candidly'],
    ['I told the CFO the loss of that contract was my call.', 'owned a mistake openly'],
    ['I told my manager plainly that losing the renewal was my decision.', 'owned a mistake openly'],
    ['I said in the ops review that the delay was down to me.', 'owned a mistake openly'],
    ['I walked the leads through the incident review, which named my team’s own error.', 'owned a mistake openly'],
    ['Our own part in the outage was the first section of the post-mortem.', 'owned a mistake openly'],
    ['I sent the update every week, including the weeks we slipped.', 'owned a mistake openly'],
    ['I kept sending the weekly status email, even when the programme went red.', 'owned a mistake openly'],
    ['In the steering meeting I explained plainly why the milestone moved.', 'shared bad news candidly'],
    // A new user's trial: the candidate's own mistake, told to the boss or the customer.
    ['I told my plant manager, the same morning, that I had signed the deviation without an audit.', 'owned a mistake openly'],
    ['I admitted to the customer that I had missed the change notice.', 'owned a mistake openly'],
    ['I went to my manager and told her I had skipped the first-article check.', 'owned a mistake openly'],
    ['I called the client and said we had shipped the wrong revision.', 'owned a mistake openly'],
    ['- Told the quality director I had misread the drawing.', 'owned a mistake openly'],
    ['I told my manager, the same morning, that the press had failed.', 'shared bad news candidly'],
    // A new user's trial (an SRE manager's stories): reviews published, the candidate's own mistakes among them.
    ['I published every review, including the ones where I was the one who had made the mistake.', 'owned a mistake openly'],
    ['I shared every post-mortem with the whole org, my own mistakes included.', 'owned a mistake openly'],
    ['- Posted all the incident reviews to the wiki, even the one where my change caused the outage.', 'owned a mistake openly'],
    ['I circulated the quarterly review, including the two incidents where we got the failover wrong.', 'owned a mistake openly'],
    ['I presented the findings to the directors, including the ones where I was at fault.', 'owned a mistake openly'],
    ['I read out every retro to the on-call group, including my own misjudgements.', 'owned a mistake openly'],
    // A new user's trial (an SRE who writes terse, bullet-like stories in Canadian English, French her first language):
    // what was known and what was not, said plainly, and the post-mortem shared with the customers it hurt.
    ["Told the support team exactly what we knew and didn't.", 'shared bad news candidly'],
    ["I told our customers what we knew and what we didn't know yet.", 'shared bad news candidly'],
    ['Shared the post-mortem with the affected customers.', 'rebuilt trust after a failure'],
    ['I sent the 40 affected merchants the full post-mortem.', 'rebuilt trust after a failure'],
    ['Sent the RCA to the 40 affected merchants within 5 days.', 'rebuilt trust after a failure'],
    ['I walked the three biggest customers through the incident report.', 'rebuilt trust after a failure'],
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a miss told the same week,
    // plainly and with its reason, rather than at the next review.
    ['I told Laura Pritchard, the finance director, the same week that we would miss, and why, rather than wait for the quarterly review.', 'raised bad news early'],
    ['I told Laura Pritchard, the finance director, that we would miss the March date, rather than wait for the quarterly review.', 'raised bad news early'],
    ['I told the client we would miss.', 'shared bad news candidly'],
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a change made without
    // asking for the check it needed is still a misstep.
    ['I approved raising the cache TTL without asking the revenue team how it would affect fares.', 'named their own misstep'],
    ['I approved it without asking anyone whether the caches would cope.', 'named their own misstep'],
    // A twenty-third user's trial (an iOS engineer at a food-delivery firm): the blame for her own bad config, taken in
    // the review, was read as 'focused on fixes, not blame'. Taking the blame is owning the mistake in front of others.
    ['I wrote the incident report and took the blame in the review.', 'owned a mistake openly'],
    ['- Took the blame with the director the next morning.', 'owned a mistake openly'],
    // A review of the principle evidence (a user who followed the advice word for word): bad news escalated, raised or
    // flagged to a leader at once is raised early, as told is.
    ['I escalated the network link delay to the CTO on the same day I found it.', 'raised bad news early'],
    ['I flagged the risk to my director immediately.', 'raised bad news early'],
    ['I raised it with the VP the same week.', 'raised bad news early'],
    ['I raised the slip with Maria, our sponsor, as soon as I knew.', 'raised bad news early'],
    // The same review (stories written from the advice alone): hard feedback on the candidate's own work, owned; and an
    // estimate of theirs, for something, that was wrong.
    ['My manager told me my updates hid problems.', 'sought or took hard feedback'],
    ['The director told me bluntly that my status reports were too vague.', 'sought or took hard feedback'],
    ['My manager told me my updates hid problems. I accepted that.', 'owned hard feedback'],
    ['The VP gave me feedback on the deck, and I accepted it.', 'owned hard feedback'],
    ['I took her feedback on board.', 'owned hard feedback'],
    ['I told her she was right.', 'owned hard feedback'],
    ['My estimate for the migration was wrong by six weeks.', 'owned a mistake openly'],
  ],
  'dive-deep': [
    // A new user's trial (a São Paulo engineer, Brazilian-Portuguese-flavoured English): usage, utilisation and access
    // patterns examined are data examined.
    ['I analysed the index usage myself and found that 55% of the shards were for indexes nobody queried in 90 days.', 'personally examined the data'],
    ['I analyzed the index usage myself.', 'personally examined the data'],
    ['I examined the disk utilisation of every node.', 'personally examined the data'],
    ['I went through the access patterns of the top 20 tables.', 'personally examined the data'],
    // A new user's trial (an ML engineer in Bengaluru, Indian English): definitions pulled from every job herself, a query
    // of her own that compared the outputs, written after another act of hers, and the count of what disagreed.
    ['I pulled the feature definitions from all 41 Hive jobs myself.', 'personally examined the data'],
    ['I took the old job offline and wrote a query that compared its outputs with the new one.', 'personally examined the data'],
    ['37 of the 140 features disagreed by more than 2%.', 'reported a specific finding'],
    ['12 of the 300 invoices did not match the ledger.', 'reported a specific finding'],
    ["I pulled the engineers' tickets for March.", 'personally examined the data'],
    ["I pulled the team's logs.", 'personally examined the data'],
    // A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): a sample of remittance files
    // pulled and read himself scored nothing.
    ['I pulled a sample of 200 mis-posted 835 remittance files myself.', 'personally examined the data'],
    ['I pulled the 835 remittance files for March.', 'personally examined the data'],
    ['I went through the claim files line by line.', 'personally examined the data'],
    // A new user's trial (a firmware EM at a car-parts supplier): a control unit's fault memory, its trouble codes and
    // the parts that came back from the field, read by the candidate, are records like logs, and "checked" and
    // "evaluated" are how many engineers say they read them.
    ['I read the fault memory of the nine control units the dealers sent back.', 'personally examined the data'],
    ['I read out the error memory on both test vehicles after the cold start.', 'personally examined the data'],
    ['I checked the DTCs and freeze frames on all 14 warranty returns.', 'personally examined the data'],
    ['I evaluated the measurement data from the winter test drives.', 'personally examined the data'],
    ['I went through 200 field returns with the failure analysis lab.', 'personally examined the data'],
    ['I analysed the crash dumps from the HIL bench over the weekend.', 'personally examined the data'],
    ['- Pulled the event memory of every car in the test fleet', 'personally examined the data'],
    ['The returned pumps looked fine, so I inspected the returned housings one by one.', 'personally examined the data'],
    ['I looked at the trouble codes myself before the 8D meeting.', 'personally examined the data'],
    // A new user's trial (an EM at a fintech): receipts, statements and ledgers pulled and read are records, like logs.
    ['I pulled six months of delivery receipts.', 'personally examined the data'],
    ['I pulled six months of delivery receipts.', 'worked from months of raw data'],
    ['I went through the bank statements for the three failed payouts.', 'personally examined the data'],
    ['I pulled the merchant ledgers and matched them line by line.', 'personally examined the data'],
    ['I combed through a quarter of chargebacks myself.', 'personally examined the data'],
    ['I read the settlement reports from the partner bank for March.', 'personally examined the data'],
    ['We worked from eight weeks of payout statements.', 'worked from months of raw data'],
    // A sixth user's trial.
    ['I ran tcpdrop on the nodes and the traces showed the resets came from the NAT gateway.', 'dug into the details'],
    // A fifth user's trial: a fault traced to its cause.
    ['I sat on the line with the ODM quality manager and traced the fault to battery connectors.', 'found the root cause'],
    ['The spike sat in a retry storm in the billing client, not in the database.', 'found the root cause'],
    ['The bottleneck was not the network but an expired certificate on one proxy.', 'found the root cause'],
    ['Most of the time went into serialising the same payload three times.', 'found the root cause'],
    ['I listened to 150 support calls with the quality lead.', 'personally examined the data'],
    ['I sampled 300 returned parcels and weighed each one.', 'personally examined the data'],
    ['I pulled the list of failed payments myself.', 'personally examined the data'],
    ['I tagged every escalation by cause over a quarter.', 'audited the details by hand'],
    ['I broke the bill down by service.', 'dug into the details'],
    ['I profiled the render path and saw a blocking call.', 'dug into the details'],
    ['Six weeks of opt-out events showed a clear pattern after the third push.', 'worked from months of raw data'],
    ['I reproduced the crash on a spare tablet in the lab.', 'dug into the details'],
    ['I analysed 3,000 user sessions from the checkout funnel.', 'personally examined the data'],
    ['I built the comparison myself from the raw billing files.', 'personally examined the data'],
    ['In the raw export, 64% of the failures sat in a single payment gateway.', 'found the root cause'],
    ['A single retry loop caused 40% of the timeouts.', 'found the root cause'],
    ['I sat with the clerks and timed a claim: 25 minutes, of which 18 went to retyping addresses.', 'found the root cause'],
    ['I traced most to a stale currency table.', 'found the root cause'],
    ['Our load test showed that the login service, not video delivery, fell over first.', 'found the root cause'],
    ['I built a labelled set of 2,000 queries to see where the model failed.', 'personally examined the data'],
    ['I put together my own benchmark of 300 slow pages.', 'personally examined the data'],
    ['I hand-labelled a sample of 500 tickets by cause.', 'personally examined the data'],
    ['We curated a golden set of invoices to measure the parser.', 'personally examined the data'],
    // A new user's trial: a plant's defects traced, and the shop floor gone to.
    ['We traced the porosity to a wet resin lot.', 'found the root cause'],
    ['I traced the cracking to one cavity of the mould.', 'found the root cause'],
    ['I did a gemba walk on each of the three shifts.', 'dug into the details'],
    ['We drew a fishbone diagram with the line leads.', 'dug into the details'],
    // A new user's trial (an SRE manager's stories): data the candidate went through, read or joined with their own hands.
    ['I went through six months of PagerDuty data.', 'personally examined the data'],
    ['Priya and I went through the alert logs line by line.', 'personally examined the data'],
    ['Over a weekend I went back through the paging data for every service.', 'personally examined the data'],
    ['I read the replication lag graphs myself.', 'personally examined the data'],
    ['I pored over the latency histograms for the two regions.', 'personally examined the data'],
    ['I went through the disk-latency charts from every node myself.', 'personally examined the data'],
    ['I examined the heap graphs from the three failing hosts.', 'personally examined the data'],
    ['I pulled the VM list from vCenter and joined it against the network flow logs.', 'personally examined the data'],
    ['I cross-checked the asset register against the DHCP leases and the flow logs.', 'personally examined the data'],
    ['I correlated the pages with the deploy logs for the last quarter.', 'personally examined the data'],
    ['I kept digging until I found the root cause: a cron job on the NTP hosts.', 'found the root cause'],
    ['It was not the network; the root cause was a stale DNS cache.', 'found the root cause'],
    ['The alerts were symptoms, and the real cause was a full disk.', 'found the root cause'],
    // A nineteenth user's trial (a payments engineer from Madrid): codes she analysed herself, over a span written
    // after them, and the query she wrote.
    ['I analysed the decline codes of the last 90 days myself and found that 40% were stolen-card codes.', 'personally examined the data'],
    ['I went through the decline codes of the last 90 days myself.', 'personally examined the data'],
    ['I went through the decline codes of the last 90 days myself.', 'worked from months of raw data'],
    ['I pulled the response codes for the past six months.', 'worked from months of raw data'],
    ['I pulled six months of decline codes.', 'worked from months of raw data'],
    ['I wrote the query that found the 1,340 cards charged twice.', 'personally examined the data'],
    ['I wrote a SQL query to find every card charged twice.', 'personally examined the data'],
    // A new user's trial (an SRE who writes terse, bullet-like stories in Canadian English, French her first language):
    // the real limit found by testing or measuring, in bullets with no "I".
    ['Load tested at 10x with k6; found the session store fell over at 6x.', 'tested to find the real limit'],
    ['- Soak tested for 48 hours; the consumer ran out of memory after 30 hours.', 'tested to find the real limit'],
    ['I replayed a day of prod traffic in staging and found the connection pool was the bottleneck.', 'tested to find the real limit'],
    ['Benchmarked the new disks: throughput topped out at 1.2 GB/s.', 'tested to find the real limit'],
    ['I ran a failover drill and the replica hit its connection limit at 800 sessions.', 'tested to find the real limit'],
    ['Stress-tested the API; it started throttling at 2,000 rps.', 'tested to find the real limit'],
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): raw data pulled by the
    // candidate, then read or modelled.
    ['I exported the query history and the warehouse metering myself and built a simple model of cost per team.', 'personally examined the data'],
    ['I exported the query history and the warehouse metering myself and built a simple model of cost per team.', 'dug into the details'],
    ['I downloaded six months of billing data and analysed it.', 'personally examined the data'],
    ['I built a demand model for the winter peak.', 'dug into the details'],
  ],
  'have-backbone-disagree-and-commit': [
    // A new user's trial (a São Paulo engineer, Brazilian-Portuguese-flavoured English): a commitment told against the
    // candidate's own preference, a proof asked for after a disagreement, and a go-live not approved after failures found.
    ['Maria decided for the gradual extraction, and I committed to lead it even though I preferred a different order of modules.', 'committed once the call was made'],
    ['Although I preferred the big-bang cut-over, I backed her plan in front of the team.', 'committed once the call was made'],
    ['I supported the phased plan though I would have preferred one release.', 'committed once the call was made'],
    ['She did not agree in the first moment. I asked for 2 weeks to do a proof of concept with the billing module.', 'made a written or data-backed case'],
    ['The CFO was not convinced, so I built a prototype in a week.', 'made a written or data-backed case'],
    ['I disagreed with Maria and presented an alternative with a proof of concept.', 'made a written or data-backed case'],
    ['I disagreed with Maria and presented the latency numbers.', 'made a written or data-backed case'],
    ["I ran the contract tests myself and found 14 failures. I told Rafael Souza, the vendor's engineering lead, that I would not approve the go-live.", 'made a written or data-backed case'],
    ["I told Rafael Souza, the vendor's engineering lead, that I would not approve the go-live, and I proposed three more weeks.", 'disagreed or pushed back'],
    ['I would not approve the cut-over.', 'disagreed or pushed back'],
    ['I would not give my sign-off to the vendor.', 'disagreed or pushed back'],
    ['I disagreed with our CTO, Dr. Folake Adebayo, who wanted to move everything on-premise; I showed her that diesel and power costs would wipe out the saving.', 'made a written or data-backed case'],
    // Two new users' trials: textbook evidence in their words that scored under 3, or nothing.
    ["I disagreed with Rajesh Menon, VP Product, in the go/no-go; showed him that the last 2 launches without load test had P1s in week 1.", "made a written or data-backed case"],
    ["I pushed back on the date and showed her that three of the last four migrations had overrun.", "made a written or data-backed case"],
    ["I objected, and showed the CTO that the vendor had missed 4 of its last 5 SLAs.", "made a written or data-backed case"],
    // prin33 (a German engineering manager's trial): after someone's disagreement, the question taken to the CPO together
    // with her, and her call accepted and the team committed to it, scored nothing.
    ['She did not agree, the date was already communicated. I presented it together with her to the CPO.', 'held their ground or escalated'],
    ['Maria did not agree with my estimate. We presented both options together to the CPO.', 'held their ground or escalated'],
    ['He disagreed with the phasing, so I took it to the VP together with him.', 'held their ground or escalated'],
    ['She did not agree. The CPO decided on reduced scope. I accepted that and committed my team to it.', 'committed to a call that was not theirs'],
    ['I pushed back on the 1 November date. The CPO kept it, and I committed my team to the CPO\'s date.', 'committed to a call that was not theirs'],
    ['I disagreed with the rewrite. I accepted the decision and backed it fully.', 'committed to a call that was not theirs'],
    // prin32: a sign-off refused to the manager who wanted it, told as discomfort or a refusal, and the disagreement
    // taken to the manager's director, scored nothing.
    ["I brought the replay results to my manager and told him I wasn't comfortable signing off.", 'disagreed or pushed back'],
    ["I told my manager I wouldn't sign off.", 'disagreed or pushed back'],
    // msign: told with the disagreement, and a "won't" told to someone.
    ["I brought the replay results to my manager and told him I disagreed and wouldn't sign off.", 'disagreed or pushed back'],
    ["I told the CFO I won't sign off on the migration.", 'disagreed or pushed back'],
    ['He still preferred December, so I asked him to bring it to his director with both options on the page.', 'held their ground or escalated'],
    ['I asked my manager to take the decision to the VP.', 'held their ground or escalated'],
    ['He blocked my change, so I escalated to the director with the incident data.', 'held their ground or escalated'],
    // A new user's trial (a firmware EM at a car-parts supplier): the call someone else made in one sentence and the
    // candidate's commitment to it in the next, and a decision accepted.
    ['The head of quality decided for the two-week patch plan. I committed to the patch and reported on it daily.', 'committed to a call that was not theirs'],
    ['In the end the plant manager chose the manual rework; I got behind the rework plan.', 'committed to a call that was not theirs'],
    ['The steering committee went with the supplier’s proposal. From then on I backed it in every review.', 'committed to a call that was not theirs'],
    ['I accepted her decision and planned the release around it.', 'committed to a call that was not theirs'],
    // An eighth user's trial: the commit half in its own words, a concession that holds both halves, and data
    // brought to the argument.
    ['When the VP chose the app, I committed to it.', 'committed to a call that was not theirs'],
    ['Once the director decided on the vendor, I got behind it.', 'committed to a call that was not theirs'],
    ['I committed to her plan and ran it as my own.', 'committed to a call that was not theirs'],
    ['Although I had argued for a phased launch, I delivered the big-bang cutover on the date.', 'committed once the call was made'],
    ['I shipped the app on schedule, even though I had argued against it.', 'committed once the call was made'],
    ['I brought branch data showing a third of members had no smartphone.', 'made a written or data-backed case'],
    ['I argued against the freeze with the incident numbers.', 'made a written or data-backed case'],
    ['I was overruled, and I ran the rollout anyway.', 'disagreed or pushed back'],
    ['I strongly disagreed with the plan and said so in the review.', 'disagreed or pushed back'],
    ['- Disagreed with the VP on the launch scope', 'disagreed or pushed back'],
    ['The COO wanted everything shipped in one release; I said no and split it in two.', 'held a position against what a stakeholder wanted'],
    ['I turned down a request from the sales VP to skip the pilot.', 'held a position against what a stakeholder wanted'],
    ['I pushed back when finance asked for a two-week freeze.', 'held a position against what a stakeholder wanted'],
    ["I made the call over the design lead's objection.", 'held a position against what a stakeholder wanted'],
    ["I told the GM that I'd rather launch two markets well than five badly.", 'disagreed or pushed back'],
    ['I declined, because a single vendor was still a single point of failure.', 'disagreed or pushed back'],
    ['I walked her through the incident history until she agreed to keep the canary stage.', 'made a written or data-backed case'],
    ['I walked the CFO through the numbers so she could see the gap herself.', 'made a written or data-backed case'],
    ['I took Priya Shah, the product director, through the dependency map until she saw the clash.', 'made a written or data-backed case'],
    ['I walked my director through the data until she changed course.', 'made a written or data-backed case'],
    ['I took the VP through the trade-offs and he relented.', 'made a written or data-backed case'],
    ['We took them through our options and they agreed on the smaller scope.', 'made a written or data-backed case'],
    ['I showed them the risk figures, and they backed down.', 'made a written or data-backed case'],
    ['I showed her the support load the workaround would create; she agreed to split the launch.', 'made a written or data-backed case'],
    ['The plant manager wanted every line switched in one weekend. I disagreed and proposed four nights.', 'held a position against what a stakeholder wanted'],
    // A fourteenth user's trial: the candidate's call, disagreed with until shown the data.
    ['I skipped the recurring-billing codes, which the disputes director, Sam Patel, disagreed with until I showed him the volume data.', 'held a position against what a stakeholder wanted'],
    // A new user's trial (an SRE who writes terse, bullet-like stories in Canadian English, French her first language):
    // a case made against a senior's choice, overruled, then committed to, told in three short sentences; and an
    // escalation told with what was escalated, through whom, or as a noun.
    ['I wrote a 6-pager: multi-region on AWS would give 95% of the benefit at 30% of the cost. He disagreed, kept multi-cloud. I committed.', 'disagreed, then committed'],
    ['I wrote a 6-pager: multi-region on AWS would give 95% of the benefit at 30% of the cost. He disagreed, kept multi-cloud. I committed.', 'committed to a call that was not theirs'],
    ['I made the case in a memo that one region was enough. She decided on two regions anyway. I committed and ran the build-out.', 'disagreed, then committed'],
    ['I wrote a one-pager on the costs. The CTO stuck with GCP. I got behind his decision.', 'disagreed, then committed'],
    ['- Wrote a two-pager against the rewrite.\n- Director said no, kept the rewrite.\n- Committed.', 'disagreed, then committed'],
    ['I sent the VP a comparison of both designs. My proposal was rejected. I committed to the vendor option.', 'disagreed, then committed'],
    ['The VP kept multi-cloud. I committed.', 'committed to a call that was not theirs'],
    ['The director overruled me; I committed.', 'committed to a call that was not theirs'],
    ['Escalated the outage to our CTO so she could approve the failover.', 'held their ground or escalated'],
    ['I escalated it through their TAM up to their VP.', 'held their ground or escalated'],
    ["Went over the TAM's head to their VP of support.", 'held their ground or escalated'],
    ["Took it to the vendor's VP when there was still no ETA.", 'held their ground or escalated'],
    ['Escalation to their VP after 40 min with no ETA.', 'held their ground or escalated'],
    ['My escalation to the CTO got us the failover.', 'held their ground or escalated'],
    // …and "her" that is no possessive: the stand is the candidate's.
    ['I stood by her and refused to budge.', 'held their ground or escalated'],
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a senior's disagreement with a
    // position the candidate held, with the evidence, and a call committed to after someone did not fully agree.
    ['Tom disagreed, and said so in the leadership meeting; I held my position and took him through the spike\'s results.', 'held a position against what a stakeholder wanted'],
    ['Tom disagreed, and said so in the leadership meeting; I held my position and took him through the spike\'s results.', 'made a written or data-backed case'],
    ['Tom Hargreaves, the CTO, disagreed. I stood by my recommendation.', 'held a position against what a stakeholder wanted'],
    ['I disagreed with the sequencing, and I held my position.', 'held their ground or escalated'],
    ['Simon didn\'t fully agree with the phasing, and I committed to that properly.', 'disagreed, then committed'],
    ['Simon did not fully agree with the phasing. He chose the single cut-over, and I committed to that properly.', 'disagreed, then committed'],
    ['I didn\'t fully agree with the phasing, but I committed to it.', 'disagreed, then committed'],
    ['I didn\'t fully agree with the plan.', 'disagreed or pushed back'],
    // …and two disagreements told one after the other are two acts: the position held against the first, the
    // commitment after the second.
    ['Tom disagreed; I held my position. Simon didn\'t fully agree either, and I committed to it properly.', 'held a position against what a stakeholder wanted'],
    ['Tom disagreed; I held my position. Simon didn\'t fully agree either, and I committed to it properly.', 'disagreed, then committed'],
    // A review of the principle evidence (stories written from the advice alone): the evidence shown to the one the
    // candidate disagreed with, and the decision backed with full effort.
    ["I disagreed with my director's plan and showed him the support ticket numbers from our last launch.", 'made a written or data-backed case'],
    ["I pushed back on the VP's choice of vendor with a cost comparison.", 'made a written or data-backed case'],
    ['I disagreed with the plan. He kept it, and I put my full effort behind it.', 'disagreed, then committed'],
    ['I objected to the big-bang cutover, but once it was decided I threw myself into it.', 'disagreed, then committed'],
  ],
  'deliver-results': [
    // Two new users' trials: textbook evidence in their words that scored under 3, or nothing.
    ["All 40 clusters upgraded 9 days before EOS.", "hit a hard date or target"],
    ["Diwali peak 18,400 TPS, zero P1 incidents.", "hit a hard date or target"],
    ["Zero Sev-1s through the Black Friday sale.", "hit a hard date or target"],
    // Two new users' trials: a wave that slipped and a lease still met, a spend told against its budget, a plan beaten with
    // the article dropped, zero downtime, and a measure moved in a quarter, scored 1, 2 or nothing.
    ['Wave four slipped by three weeks, but we handed back the keys two weeks before the lease ended.', 'hit a hard date or target'],
    ['Wave four slipped by three weeks, but we handed back the keys two weeks before the lease ended.', 'delivered despite a setback'],
    ['We vacated the building three weeks before the lease ended.', 'hit a hard date or target'],
    ['CA$5.3M spent against the CA$6M budget.', 'landed on time or on budget'],
    ['We spent $5.3M of the approved budget of $6M.', 'landed on time or on budget'],
    ['The programme came in at $1.8M of a $2M budget.', 'landed on time or on budget'],
    ['We migrated in 6 weeks instead of planned 10, with 0 minutes of downtime.', 'hit a hard date or target'],
    ['We moved the last workloads with 0 minutes of downtime.', 'delivered to a number'],
    ['The cut-over finished with zero customer-facing downtime.', 'delivered to a number'],
    ['In one quarter, hotfixes fell from 2.5 per release to 0.4.', 'delivered to a number'],
    ['Hotfixes fell from 2.5 per release to 0.4 in one quarter.', 'delivered to a number'],
    ['Hotfixes fell from 2.5 per release to 0.4.', 'reported a measured outcome'],
    // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo, long narrative stories): a time against the one a change used to
    // take was 'hit a hard date or target'; it is the work done faster than before. Against the plan's time it is still a date
    // beaten.
    ['We shipped new freight rules in 2 days instead of 3 weeks.', 'delivered in less than the usual time'],
    ['Price changes now ship in two days instead of the usual three weeks.', 'delivered in less than the usual time'],
    ['The shovel was loading again after 9 days instead of the 5 weeks a rebuild would have taken.', 'delivered in less than the usual time'],
    ['We did it in three weeks instead of the two months in the plan.', 'hit a hard date or target'],
    // A new user's trial (an ML engineer in Bengaluru, Indian English): a filing deadline met, told by those who filed and
    // received, with the hour of the day, and the late fee that was never paid, scored nothing.
    ['Finance filed before the deadline.', 'hit a hard date or target'],
    ['We delivered the last build before the deadline.', 'hit a hard date or target'],
    ['The returns were submitted by the statutory deadline.', 'hit a hard date or target'],
    ['Finance got all 36 files by 4 pm on the 19th.', 'delivered to a number'],
    ['All 40 branch reports reached the regulator by the 7th.', 'delivered to a number'],
    ['Finance filed GSTR-1 on time for 1.8 lakh invoices worth ₹410 crore.', 'landed on time or on budget'],
    ['No late fee was paid.', 'landed on time or on budget'],
    ['We paid zero late-filing penalties that year.', 'landed on time or on budget'],
    // A user who told a date met as lp-coverage's advice asks (prin31): a long clause between the delivery and the date, a
    // cut-off with its date, a switch-off, and a count in millions of a named thing, scored nothing.
    ['We moved all 14 million ledger rows and every downstream report to the new cluster three weeks before the March 31 deadline.', 'hit a hard date or target'],
    ['All the ledger rows moved to the new cluster ahead of the March 31 cut-off.', 'hit a hard date or target'],
    ['The old database was decommissioned before the 31 March cut-off.', 'hit a hard date or target'],
    ['The old database was switched off before the March 31 deadline.', 'hit a hard date or target'],
    ['All 14 million ledger rows moved to the new cluster.', 'delivered to a number'],
    // A longer gap crosses no colon: the delivery nearest the date is the one shown, and an outcome cliché before the
    // colon is its own evidence ("finished on time", backed by the date).
    ['We finished on time: the old ledger was switched off on 18 August, nine days before its hosting contract ended.', 'landed on time or on budget'],
    // A trial (trial 30): a code-freeze date met, with a hyphen, and a load shown as a multiple of peak, scored nothing.
    ['We met the code-freeze date.', 'hit a hard date or target'],
    ['We were live two days before the code-freeze date.', 'hit a hard date or target'],
    ['The new checkout handled 3.2x peak traffic in the load test.', 'passed an audit or reached a required level'],
    ["On sale day the cluster absorbed 4x last year's peak.", 'passed an audit or reached a required level'],
    // A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): a recovery told against the
    // longer time it would otherwise have taken, and a count done by a weekday, scored nothing.
    ['Claims were flowing again in 6 hours instead of the 2 days the vendor had quoted.', 'hit a hard date or target'],
    ['We went live in three weeks rather than the quoted two months.', 'hit a hard date or target'],
    ['The integration took eight months rather than the two years Epic quoted.', 'hit a hard date or target'],
    ['All 38,000 claims were submitted by Tuesday noon.', 'delivered to a number'],
    ['All 12 clinics were live by the end of the week.', 'delivered to a number'],
    // A new user's trial (a firmware EM at a car-parts supplier): an assessment passed, or the level a customer
    // required reached, is a result delivered (2: it is one bar, not a date or a number).
    ['We reached Capability Level 2 for every process in scope.', 'passed an audit or reached a required level'],
    ['The gateway project passed its ASPICE Level 2 assessment at the first attempt.', 'passed an audit or reached a required level'],
    ['In March the plant passed the IATF 16949 recertification audit.', 'passed an audit or reached a required level'],
    ['We cleared type approval for all three variants.', 'passed an audit or reached a required level'],
    ['I hit the March deadline with two weeks to spare.', 'hit a hard date or target'],
    ['I hit the March deadline with two weeks to spare.', 'hit a hard date or target'],
    ['All 400 laptops were upgraded two weeks before end of support.', 'hit a hard date or target'],
    ['The new billing system went live on time and 6% under budget.', 'landed on time or on budget'],
    ['We finished the programme 8% under budget.', 'landed on time or on budget'],
    ['The holiday peak passed with no SLA penalties from any client.', 'landed on time or on budget'],
    ['All 1,200 handhelds were replaced by mid-October.', 'delivered to a number'],
    ['By year end, 46 of the 50 depots were live.', 'delivered to a number'],
    ['We hit all our targets for the quarter: 41 of 42 stores live.', 'hit a hard date or target'],
    ['The clinics went live three weeks before the state mandate.', 'hit a hard date or target'],
    // The review of a fifteenth user's trial: "late" that tells no lateness of the go-live.
    ['We went live on 12 September, ahead of the late-October peak.', 'hit a hard date or target'],
    ["The app went live on 1 June, despite the vendor's late delivery of the SDK.", 'hit a hard date or target'],
    ['The app went live on 1 June with a smaller team than planned.', 'hit a hard date or target'],
    ['The timetable was published on the agreed date.', 'hit a hard date or target'],
    ['We passed 12,000 homes, 3% over the grant target.', 'exceeded the goal'],
    ['The last region reached the new version nine days before the cutoff.', 'hit a hard date or target'],
    ['We decommissioned the mainframe two weeks before the support contract ended.', 'hit a hard date or target'],
    ['Our supplier cleared every finding five days before the audit.', 'hit a hard date or target'],
    ['Legal signed the new terms ten days before the enforcement date.', 'hit a hard date or target'],
    ['We retired the legacy app four weeks before end of support.', 'hit a hard date or target'],
    ['Overtime fell from 400 hours to 90 a month.', 'reported a measured outcome'],
    ['Error rates went from 4% to under 1% after the fix.', 'reported a measured outcome'],
    ['Late orders dropped from nine to two a day.', 'reported a measured outcome'],
    ['The client renewed for three years at $3M a year.', 'hit a hard date or target'],
    ['They extended the contract for another two years at £900K.', 'hit a hard date or target'],
    ['We closed the deal within the quarter, worth $800K.', 'delivered to a number'],
    ['The bank signed before the fiscal year end, a three-year contract.', 'delivered to a number'],
    // A new user's trial: a plant's dates and targets, told in manufacturing words.
    ["We shipped the first 9,000 brackets on the carmaker's date.", 'hit a hard date or target'],
    ["We delivered the castings by the customer's due date.", 'hit a hard date or target'],
    ['The press line met the SOP date for both programmes.', 'hit a hard date or target'],
    ["All 22 tools were qualified before the OEM's deadline.", 'hit a hard date or target'],
    ['The new line reached full rate in week six.', 'hit a hard date or target'],
    ['We passed the run-at-rate on the first attempt.', 'hit a hard date or target'],
    ['All 18 dies were running in Saltillo within nine months.', 'delivered to a number'],
    ['The plant shipped 40,000 units a week by March.', 'delivered to a number'],
    ['We moved both lines with no line-down at the customer.', 'landed on time or on budget'],
    ['There were zero missed shipments during the transfer.', 'landed on time or on budget'],
    // A new user's trial: a change measured by how much, or to what, as well as from what to what.
    ['Scrap fell 30% in the first quarter.', 'reported a measured outcome'],
    ['We reduced scrap by 40% on the new line.', 'reported a measured outcome'],
    ['First-pass yield rose to 98.5% by June.', 'reported a measured outcome'],
    ['OEE improved by 12 points.', 'reported a measured outcome'],
    // A nineteenth user's trial (a payments engineer from Madrid): a dated outcome at scale with the date first, and
    // the moving target she delivered through.
    ['By December 2020 all 3,000 merchants were on 3-D Secure 2.', 'delivered to a number'],
    ['In the end all 220 services were on Java 17.', 'delivered to a number'],
    // A twentieth user's trial (an EM at an e-commerce firm, Indian English): a sale day's orders served against the
    // projection, crore above plan, and the share of sellers done before the deadline.
    ['12,00,000 orders projected, 13,40,000 served, ₹2.3 crore above plan.', 'delivered to a number'],
    ['12,00,000 orders projected, 13,40,000 served, ₹2.3 crore above plan.', 'exceeded the goal'],
    ['We served 13,40,000 orders on the sale day.', 'delivered to a number'],
    ['GMV came in ₹40 lakh above the forecast.', 'exceeded the goal'],
    ['92% of sellers updated their GSTIN before the deadline.', 'hit a hard date or target'],
    ['By 30 June, 95% of our merchants had re-registered by the filing deadline.', 'hit a hard date or target'],
    ['All 220 sites were on air before the spring.', 'delivered to a number'],
    ['We worked to a deadline that kept moving.', 'worked round a setback or a moving target'],
    ['Mastercard changed the data only flow in the middle of the project.', 'worked round a setback or a moving target'],
    ['The scheme rules changed halfway through the migration.', 'worked round a setback or a moving target'],
    ['Despite a deadline that kept moving, we shipped the new flow.', 'delivered despite a setback'],
    // A twenty-third user's trial (an iOS engineer at a food-delivery firm): a date hit told as days before a named
    // event or a deadline of several words, and a measure brought back before it, did not count, while "a month
    // early" did.
    ['Shipped 3 days ahead of the Big Billion Days deadline.', 'hit a hard date or target'],
    ['The new menu went live two days before the IPL opener.', 'hit a hard date or target'],
    ['Payment success went from 91% to 98% within a week, two days before the IPL opener.', 'hit a hard date or target'],
    ['Orders were back to normal three days before the Durga Puja festival.', 'hit a hard date or target'],
    ['We were ready two weeks ahead of the World Cup final kick-off.', 'hit a hard date or target'],
    ['The fix was live four days before the first match.', 'hit a hard date or target'],
    // A review of the principle evidence (stories written from the advice alone): the number landed anyway, after the
    // setback.
    ['We still finished at 280 ms.', 'delivered despite a setback'],
    ['The team still hit 99.9% availability for the quarter.', 'delivered despite a setback'],
    ['I still got it down to 40 minutes.', 'delivered despite a setback'],
  ],
  'strive-to-be-earths-best-employer': [
    // A new user's trial (an engineering manager at a Nigerian bank): staff attrition brought down, and pay made worth staying for.
    ['I started a mentorship programme, and attrition went down from 30% to 12%.', 'cut staff attrition'],
    ['I cut engineering attrition in half.', 'cut staff attrition'],
    ['I got part of salaries paid in dollars to keep people.', 'paid to keep people'],
    ['I raised salaries to market to retain our engineers.', 'paid to keep people'],
    ['I paid the engineers\' salaries in dollars from January.', 'paid to keep people'],
    ['I won staff retention bonuses for the on-call engineers.', 'paid to keep people'],
    // Two new users' trials: textbook evidence in their words that scored under 3, or nothing.
    ["Pages from 120/week to 35/week.", "reduced on-call or after-hours load"],
    ["Pages went from 120 a week to 35 a week.", "reduced on-call or after-hours load"],
    ["I fixed the alerts rather than keep paging people at 3 AM.", "protected the team's time"],
    ["We stopped paging engineers at night for disk warnings.", "protected the team's time"],
    // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo, long narrative stories): jobs kept through the robots' arrival, and
    // weekends kept free, scored nothing.
    ['I guaranteed no layoffs with the HR director before the announcement.', 'kept people in work through a change'],
    ['Nobody was laid off: 140 pickers were retrained as robot operators.', 'kept people in work through a change'],
    ['We brought the robots in without any redundancies.', 'kept people in work through a change'],
    ['I moved the pickers to the robot cells rather than letting them go.', 'kept people in work through a change'],
    ['I said no to two urgent requests from sales so the team would not work weekends.', "protected the team's time"],
    ['I pushed the release to Monday so nobody would have to work on the weekend.', "protected the team's time"],
    ['Nobody on the team worked a weekend in November.', 'reduced on-call or after-hours load'],
    // A new user's trial (a data-platform engineering manager in Berlin, German- and Polish-shaped English): pages that went
    // from one figure to a lower one scored nothing; night or weekend work that stopped still counts.
    ['Pages went from 40 to 7 per week in two months.', 'reduced on-call or after-hours load'],
    ['The number of pages per week went from 40 to 7.', 'reduced on-call or after-hours load'],
    ['Our pages went from 40 to 7.', 'reduced on-call or after-hours load'],
    ['After the change, night releases stopped.', 'reduced on-call or after-hours load'],
    ['We moved the cutovers to Tuesdays, so there was no more weekend work.', 'reduced on-call or after-hours load'],
    ['We stopped the weekend releases for the payments team.', 'reduced on-call or after-hours load'],
    ['I capped the on-call rotation at one week in six.', 'reduced on-call or after-hours load'],
    ['I made on-call lighter for the team: pages fell from 38 to 9 a week.', 'reduced on-call or after-hours load'],
    ['Two engineers asked to leave the rota last spring.', 'reduced on-call or after-hours load'],
    ['I set up a fairer on-call rota with a swap limit.', 'reduced on-call or after-hours load'],
    ['Fewer pages reached the night shift after the change.', 'reduced on-call or after-hours load'],
    // A review of the principle evidence: a rota made less frequent, or on-call capped per person, scored nothing.
    ['I moved the on-call rota from weekly to monthly, so nobody was paged more than one week in four.', 'reduced on-call or after-hours load'],
    ['We moved the support rota from every two weeks to every six weeks.', 'reduced on-call or after-hours load'],
    ['I changed on-call from one week in two to one week in six.', 'reduced on-call or after-hours load'],
    ['After the change, nobody was on call more than one weekend in four.', 'reduced on-call or after-hours load'],
    ['We ran a staff survey before choosing the new office layout.', 'asked people what they needed'],
    ['I let every engineer choose their new team.', 'asked people what they needed'],
    ['I added a hardship exception for people with caring duties.', "supported an individual employee's needs"],
    ['We installed accessible desks on every floor.', 'made the workplace safer or more inclusive'],
    ['We ended the weekend deployments for the payments team.', "protected the team's time"],
    ['I stopped the late-night cutovers after the second outage.', "protected the team's time"],
    ['I interviewed twelve recent leavers to find out why they went.', 'asked people what they needed'],
    ['I met the leavers from the night shift one by one.', 'asked people what they needed'],
    ['We agreed a phased return to work for an engineer after surgery.', "supported an individual employee's needs"],
    ['I arranged reasonable adjustments for a developer with dyslexia.', "supported an individual employee's needs"],
    ['Lost-time injuries at the depot halved in a year.', 'made the workplace safer or more inclusive'],
    ['I moved her on-call shifts while her mother was in hospital.', 'reduced on-call or after-hours load'],
    ['I took him off the pager for two months after the birth.', 'reduced on-call or after-hours load'],
    ['I lightened his workload for the quarter.', "supported an individual employee's needs"],
    ['We adjusted her deadlines during her treatment.', 'cared for team wellbeing'],
    // A new user's trial: a plant's safety and shifts.
    ['We installed machine guarding on every press.', 'made the workplace safer or more inclusive'],
    ['I rebalanced the shifts so no one worked three weekends in a row.', "protected the team's time"],
    // A new user's trial: overtime counts as care when it is cut or avoided, not when it is paid for.
    ['We recovered the schedule without weekend overtime.', "protected the team's time"],
    ['I capped overtime at eight hours a week for the crew.', "protected the team's time"],
    ['Overtime hours fell from 400 to 90 a month.', "protected the team's time"],
    ['The night crew was visibly exhausted after the third weekend.', 'cared for team wellbeing'],
    ['By March the engineers were exhausted.', 'cared for team wellbeing'],
    // A nineteenth user's trial (a payments engineer from Madrid): alerts nobody acted on cut from the pager, and a
    // day off after a heavy night.
    ['I deleted or rewrote the alerts that nobody acted on.', 'reduced on-call or after-hours load'],
    ['I deleted the pages no one acted on.', 'reduced on-call or after-hours load'],
    ['We give a day off after a heavy night.', "protected the team's time"],
    ['I gave each engineer a day off after a heavy night on call.', "protected the team's time"],
    // A review of the principle evidence (stories written from the advice alone): a change that let more of the team take
    // part (meetings moved out of the school run, captions on the team's demos, a deaf colleague), and a rota split.
    ['I moved our team meetings out of the school-run hours.', "protected the team's time"],
    ['I moved the stand-up to core hours.', "protected the team's time"],
    ['I introduced no-meeting Fridays.', "protected the team's time"],
    ['I added captions to every recorded demo.', 'made the workplace safer or more inclusive'],
    ['We booked a sign language interpreter for all team meetings.', 'made the workplace safer or more inclusive'],
    ['I changed the format so our deaf colleague could take part fully.', 'made the workplace safer or more inclusive'],
    ['I moved the review so our Pune-based engineers could join.', 'made the workplace safer or more inclusive'],
    ['I set up the room for our deaf colleague.', "supported an individual employee's needs"],
    ['I split the on-call rota across two time zones.', 'reduced on-call or after-hours load'],
  ],
  'success-and-scale-bring-broad-responsibility': [
    // Two new users' trials: textbook evidence in their words that scored under 3, or nothing.
    ["I deleted 870,000 personal records we had no reason to keep.", "protected user privacy"],
    ["870,000 personal records deleted under the new retention schedule.", "protected user privacy"],
    ["I wrote a privacy policy for the app.", "protected user privacy"],
    ["A customer complained to the data-protection authority.", "managed privacy, regulatory or public risk"],
    // A second new user's trial.
    ['I ran a Data Protection Impact Assessment before the location feature shipped.', 'protected user privacy'],
    ['I found we had no lawful basis for keeping the history, and I redesigned it for privacy.', 'protected user privacy'],
    ['I replaced the puzzle check because it locked out blind users.', 'made the product accessible'],
    ['We recruited deaf customers to test the video captions.', 'made the product accessible'],
    ['I kept the phone line for elderly patients who could not use the app.', 'made the product accessible'],
    ['We stopped logging full card numbers in the checkout service.', 'protected user privacy'],
    ['I made the form collect only the four fields the lender needed.', 'protected user privacy'],
    ['Before the handover we anonymised the patient records.', 'protected user privacy'],
    ['I ran an equality impact assessment before closing the counters.', 'weighed the wider impact'],
    ['We measured the effect on local neighbourhoods of late-night deliveries.', 'weighed the wider impact'],
    ['I had the branch staff phone the vulnerable customers first.', 'looked at the effect on communities'],
    ['We kept a paper route open for residents without internet.', 'looked at the effect on communities'],
    ['Customers aged over 75 got a personal call before the change.', 'looked at the effect on communities'],
    ['I put the consent-withdrawal feed ahead of the sponsor dashboards.', 'protected user privacy'],
    ['Participants who withdrew consent were removed from every site within a day.', 'protected user privacy'],
    ['We honoured every opt-out within 24 hours.', 'protected user privacy'],
    ['The new flow honours deletion requests from all channels.', 'protected user privacy'],
    ['Patients can now withdraw their consent from the app.', 'protected user privacy'],
    ['Consent withdrawals now reach the lab the same day.', 'protected user privacy'],
    // A new user's trial: a plant's waste.
    ['We recycled 90% of the scrap aluminium.', 'considered environmental impact'],
    ['The plant now sends no waste to landfill.', 'considered environmental impact'],
    // A nineteenth user's trial (a payments engineer from Madrid): card numbers masked for a PCI audit finding.
    ['I fixed the PCI audit finding by masking card numbers in the Kafka logs.', 'protected user privacy'],
    ['I fixed the PCI audit finding by masking card numbers in the Kafka logs.', 'managed privacy, regulatory or public risk'],
    ['I masked the card numbers in the Kafka logs.', 'protected user privacy'],
    ['A PCI audit found card numbers in the Kafka logs, so I masked them.', 'protected user privacy'],
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): privacy
    // by design: pseudonymised data in place of the raw file, and no personal data leaving the country.
    ['We agreed to replace the file with aggregated, pseudonymised cohorts (no personal data leaving the UK).', 'protected user privacy'],
    ['I replaced the nightly extract with pseudonymised records.', 'protected user privacy'],
    ['We send anonymised counts rather than the raw rows.', 'protected user privacy'],
    ['No personal data leaves the UK.', 'protected user privacy'],
    // A twenty-third user's trial (an iOS engineer at a food-delivery firm): an ordering flow made usable with VoiceOver
    // gave no evidence, though the principle's hint names accessibility.
    ['I took on making the whole booking flow usable with VoiceOver.', 'made the product usable for people with disabilities'],
    ['We made the payment screens work with TalkBack.', 'made the product usable for people with disabilities'],
    ['I reworked the seat map so it was navigable by screen readers.', 'made the product usable for people with disabilities'],
    ["Screen-reader users' checkout completion went from 9% to 64%.", 'made the product usable for people with disabilities'],
    ['I fixed all 41 accessibility issues before the release.', 'made the product usable for people with disabilities'],
    ['I tested the order flow with VoiceOver myself and logged every issue.', 'made the product accessible'],
    ['A blind customer wrote to the founder about the menu.', 'made the product accessible'],
    ['Our designer added accessibility labels to every component.', 'made the product accessible'],
    // A review of the principle evidence (stories written from the advice alone): an effect weighed beyond the launch's
    // aim, recording stopped for people, and power or energy use.
    ['I thought about what else it could expose.', 'weighed second-order effects'],
    ['I asked who else the new scoring could hurt.', 'weighed second-order effects'],
    ['We mapped the knock-on effects on the drivers.', 'weighed second-order effects'],
    ['I changed it to stop recording when they were off shift.', 'protected user privacy'],
    ["We stopped tracking drivers' location after hours.", 'protected user privacy'],
    // signals27: what is stopped named as people or their data, or the stop told by people's time.
    ['We stopped recording customer calls without consent.', 'protected user privacy'],
    ['We stopped collecting dates of birth at sign-up.', 'protected user privacy'],
    ['I stopped recording who opened each file.', 'protected user privacy'],
    ['We stopped tracking riders once their shift ended.', 'protected user privacy'],
    ['We stopped sharing the customer list with the vendor.', 'protected user privacy'],
    ['The app stopped tracking staff outside working hours.', 'protected user privacy'],
    // A review of that change: a pronoun counts where their data follows it, or their time off or away.
    ['We stopped logging their home addresses in the support tool.', 'protected user privacy'],
    ['I stopped storing his search history after he opted out.', 'protected user privacy'],
    ['The app stopped tracking them while they were on a break.', 'protected user privacy'],
    ['We stopped recording when callers opted out.', 'protected user privacy'],
    ["The pipeline would double the servers' power use.", 'considered environmental impact'],
    ['I moved it overnight and cut the extra energy by half.', 'considered environmental impact'],
  ],
};

const NOT_HEARD: Readonly<Record<LpId, readonly string[]>> = {
  'customer-obsession': [
    // Look-alikes of the trial's going to customers: a vendor's or a colleague's visit, colleagues sat with, tests that
    // are no one's use, and a change made after watching engineers.
    "The vendor sat with six agents for two days to see the failures.",
    // A review: "them" with no customer before it in the sentence is the team.
    'I moved two engineers off on-call after I saw them struggle with pages at night.',
    'I reduced the scope after I saw them struggle to finish on time.',
    "I sat with the vendor's agents for two days to see the failures.",
    'I sat with six support agents for two days to see the failures myself.',
    'I sat with six engineers for two days to see the failures myself.',
    'I ran the load tests with 40 engineers.',
    'I rewrote the runbook after I saw the engineers get lost.',
    'Our designer cut the menu after she saw them get lost.',
    'The vendor asked every caller whether they had tried it.',
    'I asked every engineer whether they had tried the app.',
    // A new user's trial: Kafka's consumer lag, hyphened, is no customer.
    'We added consumer-lag metrics to the dashboard.',
    'Consumer-group rebalances stalled every deploy.',
    // A twentieth user's trial (an EM at an e-commerce firm), look-alikes: a tier or a language that names no customers.
    'I moved the tier-2 support engineers to the new queue.',
    'We added a tier-3 data centre.',
    'I hired two Hindi-speaking engineers.',
    // A new user's trial (a firmware EM at a car-parts supplier): complaints sent on, and a budget gone to nothing.
    "The complaints went to the supplier's quality team.",
    'The travel budget went to zero in March.',
    // A new user's trial (an EM at a fintech): people giving up, and shares that rose, that are not customers.
    'The share of engineers who completed the training rose from 40% to 90%.',
    'Onboarding completion for new hires rose to 95%.',
    'We were giving up on the old merchant portal.',
    'The team gave up on the flaky integration tests.',
    'The number of pull requests that were merged rose by a third.',
    'The share that completed before the freeze rose to 80%.',
    'The new model was shadowing production traffic for two weeks.',
    'I sat with the CFO to agree the budget.',
    'We spent two days on the root cause and saw that the cache was stale.',
    'The pilot with 12 engineers went well.',
    "I'd rather cut scope than slip the date.",
    'We refunded the vendor deposit from our own budget.',
    'I interviewed 14 candidates for the role.',
    'I interviewed twelve candidates for the two open roles.',
    'I interviewed six engineering managers about the reorg.',
    'Build queue wait fell from 20 minutes to 5.',
    'Tickets about the dashboard fell after the docs update.',
    'We kept the old servers on the platform for a month.',
    'I called every team lead on Monday.',
    'Alert volume went down after we tuned the thresholds.',
    'I watched the team struggle with the release.',
    'I spent two days at the offsite planning the roadmap.',
    'I met the platform team to understand how they deploy.',
    'We held working sessions with Finance.',
    'I shadowed two engineers on the platform team.',
    'I interviewed five vendors.',
    'Weekly status calls fell from five to one.',
    'The Kafka clients lagged.',
    // signals27: consumers, clients and subscribers told as software by more than the word before them: what they
    // read or call, or whose they are.
    'The consumers of the topic fell behind at peak.',
    'We ran twelve consumers on the orders queue.',
    "The API's clients retried every failed call.",
    'The clients of the payments API timed out.',
    'SNS subscribers got every event twice.',
    'Subscribers to the orders topic lagged by an hour.',
    "The library's consumers broke on the upgrade.",
    'The consumers of the feed crashed on the new schema.',
    // A review of that change: the old look-behind's test, root and IAM clients are software still.
    'We created 40 test clients in the sandbox.',
    'I rotated the secrets of all IAM clients.',
    // A new user's trial: a supplier's plant is no customer's.
    "I visited the supplier's plant to see how they ran the press.",
    // The SRE's trial's look-alikes: the same words where someone else acts, the act is planned, negated or an accident,
    // or the updates went to someone who is no customer.
    'The vendor posted status updates every 30 minutes.',
    'I posted status updates every 30 minutes for the leadership team.',
    'I sent the VP updates every hour.',
    'I checked the status page every 30 minutes.',
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): heads of department
    // interviewed, in a story that names no internal customers.
    'I interviewed 14 heads of department about the reorganisation.',
    // The twenty-third user's trial's look-alikes: a completion that measures no customers, and the screen reader's
    // own parts.
    'The order completion service was rewritten in Swift.',
    'Payment completion took two sprints.',
    'The VoiceOver rotor skipped the headings.',
  ],
  'ownership': [
    // The same trial's look-alikes: a test that only checks, someone else's check or incident room, a check only wanted,
    // an incident room joined, a report opened, a rollback by the vendor.
    'I added a test to check the login page.',
    'The DBA team added a pipeline check that blocks migrations with table locks.',
    'I wanted to add a check that blocks table locks, but we never did.',
    'I joined the incident room.',
    'The SRE lead opened the incident room.',
    'I opened the incident report.',
    'The vendor made the rollback themselves.',
    'I never trained a captain in each team.',
    // The twenty-ninth trial's look-alikes: "took it up" as raising it with someone, up the chain, or a notch.
    'I took it up with the CFO.',
    'I took it up the chain.',
    'I took it up a notch.',
    'I took it up in the steering meeting.',
    // A twenty-fourth user's trial: "Orphaned accounts went from 212 to zero" was 'picked up something nobody owned'.
    // Orphaned accounts, records or resources (a security or data clean-up) are no work nobody owned.
    'Orphaned accounts went from 212 to zero.',
    'I deleted 212 orphaned AWS resources.',
    'We had 212 orphaned service accounts.',
    // An eighth user's trial: taking a blow or advice is no ownership, nor a post-mortem or fix not waited for,
    // skipped or never had, nor a remit someone else's when the candidate only waited.
    'I took it on the chin when the launch slipped.',
    'I took it on board and changed the plan.',
    'I fixed the feed myself rather than waiting for the post-mortem.',
    'We skipped the retrospective that quarter.',
    'There was no post-mortem and no runbook.',
    'Instead of a long-term fix, we patched the parser.',
    'Rather than another hand-off, the vendor kept the work.',
    'I waited for the vendor, although the fix sat with them.',
    'Technically it was the platform team’s problem, so I escalated it.',
    'Although the budget sat with the finance team, the vendor waited.',
    'I took on nothing else that quarter.',
    'I waited, although the decision sat with the VP.',
    'I handed the decision to my manager.',
    'The vendor underestimated the certification backlog.',
    'Customers said the mistake was theirs, not ours.',
    'My manager said the choice was mine to make.',
    'I called the vendor to confirm the date.',
    'The team spent two weeks of feature work on the holiday theme.',
    'The retry logic dropped the ball on duplicate messages.',
    "The miss was caught by the vendor's QA team.",
    "The problem lay with the carrier's routing table.",
    'Her estimate was wrong by a week, and she flagged it early.',
    'The courier missed the delivery date twice.',
    'Daily stand-ups ran from March until June.',
    'The platform team owns the billing migration.',
    'I was not on call that week.',
    'The pressure was on me to deliver.',
    'Prices fell between March and June.',
    'Sales fell between 10 and 20 percent.',
    // A new user's trial (an SRE manager's stories): people or too much taken on, and a backlog someone else took over.
    'I took on two contractors for the migration.',
    'I took on too much that quarter.',
    'The vendor took over the patching backlog.',
    // A new user's trial (a firmware EM at a car-parts supplier): not the candidate's part, then someone else acts,
    // the blame goes elsewhere, the candidate only plans, declines or hands it back, or someone else feels it.
    'It was not my module, but the supplier fixed it within a week.',
    "It was not my code but the vendor's library that leaked memory.",
    'It was not our department which caused the backlog.',
    'Not my project, but that outage got the upgrade funded.',
    'It was not my module, so I asked its owner to look at it.',
    "It was not my component, but I would look at it after the release.",
    "It wasn't my task, but I didn't have time to chase it anyway.",
    'The fix helped not only my own team but the test department too.',
    'She felt responsible for the late delivery.',
    'I did not feel responsible for the bench booking.',
    // The SRE's trial's look-alikes: the same words where someone else acts, the act is planned, negated or an accident,
    // or what follows "not my team" is no work taken on.
    'Not my team. I asked them to fix it.',
    'It was not my team that broke it.',
    'Not my team officially. The SRE lead volunteered to fix it.',
    'It was not my team, but I was asked to help.',
    'Not my codebase. I rewrote my own module instead.',
    // The twenty-third user's trial's look-alikes: someone else's blame, blame refused, a report someone else wrote or
    // reports counted, and work merely left off a roadmap.
    'He took the blame for the outage.',
    'I refused to take the blame for the vendor outage.',
    'The vendor wrote the incident report.',
    'I asked Ravi, and he wrote the incident report.',
    'Incident reports from the field doubled.',
    'The dark mode work was not on the roadmap this year.',
    'I proposed a self-serve returns flow.',
    // A twenty-third user's trial: a general lesson, not something the candidate found unowned.
    'I learned that a cost problem is often a contract problem that nobody owns.',
    'Cost problems are contract problems that nobody owns.',
    'A flaky build is usually a problem nobody owned.',
    // The review's look-alikes: a rollback someone else pushed for, asked for or already had, a phone nobody picked up, and
    // a laptop handed back.
    'The vendor pushed for an automatic rollback.',
    'I asked for an automatic rollback.',
    'We had an automatic rollback already.',
    'Nobody picked up the phone.',
    'I handed back the laptop.',
  ],
  'invent-and-simplify': [
    // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo, long narrative stories): the look-alikes: people replaced, and a time
    // counted before the pronoun.
    'We lost 3 engineers and I replaced them with one contractor.',
    'After 3 months the vendor replaced them with one.',
    // A new user's trial (a firmware EM at a car-parts supplier): one asset that could not, a person, one of several,
    // and one server that did and fell over.
    'One bench could not run tests for two projects at once.',
    'One engineer can run tests for two projects.',
    'Each project had one bench that ran tests for two shifts.',
    'A single server ran all three services and crashed every Friday.',
    // An eighth user's trial: people retire, and "down to one" can be a person.
    'Our lead engineer retired the following spring.',
    'She retired two years later.',
    'He retired the same year.',
    'The other two engineers retired in March.',
    'We killed two birds with one stone.',
    'We were down to one engineer after the reorg.',
    'We hired one engineer instead of three.',
    'I chose the vendor over the other bidder on price.',
    'I pushed for a full rebuild instead of the custom patches.',
    'After the redesign users made 20% fewer clicks on the banner.',
    'On-call engineers got fewer pages after the fix.',
    'We cut the budget from 40 thousand to 30.',
    'I chose the vendor because building our own team would take a year.',
    'We met with one approval committee every month.',
    'Nobody used the old coffee machine.',
    'We replaced the paper process with an online service.',
    'The vendor designed a new logo for the brand.',
    'The old cache no longer held the full catalogue.',
    'I replaced the manual tester who left with a contractor.',
    'The generator in the basement failed during the storm.',
    'She left early so she no longer had to wait for the bus.',
    'I replaced the battery with one from the spares box.',
    'We replaced two engineers who left with one contractor.',
    'I took the checkout flow from 400 ms to 90 ms.',
    'We deployed one service across three regions.',
    // A new user's trial: a worn part swapped for a new one of the same is maintenance, not a new method.
    'We replaced the worn fixture with a new fixture.',
    'I replaced the broken gauge with the spare gauge.',
    'The technician replaced the seal with one from stock.',
    // A new user's trial (an EM at a fintech): an option rejected ("instead of …", "rather than …"), and the risk
    // that was the reason, are not what was done.
    'I chose two identity vendors instead of going single vendor, because a single vendor outage would stop every login.',
    'Rather than moving everything onto a single platform, we kept the two regional stacks, since a single platform outage would hit both countries.',
    'We decided against merging the two queues into one, because a single queue would mix priorities.',
    'I kept both payment gateways rather than consolidating onto one provider.',
    'A single vendor failure would have stopped every payout, so I added a second gateway.',
    'We ruled out combining the three ledgers into one shared ledger.',
    // The SRE's trial's look-alikes: the same words where someone else acts, the act is planned, negated or an accident,
    // a person, access or a word that is no thing removed, and a count that is no tool count.
    'I removed him from the rota.',
    'I removed Tom from the project.',
    'I killed it at the demo.',
    'The vendor removed Spinnaker and the bash scripts.',
    '2 runbooks deleted by accident.',
    'I proposed killing Spinnaker instead of maintaining both, but the VP said no.',
    'I kept both rather than running two migrations.',
    'We had to keep maintaining both because the migration slipped.',
    'Latency from 3 to 1 second.',
    'Incidents from 3 to 1 a month.',
    'Tools from 3 to 1.5 per team.',
    'I deleted prod by mistake.',
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a single platform
    // someone wanted, proposed or planned, never done.
    'Simon wanted a single platform for all of it.',
    'Simon wanted everything moved onto a single platform.',
    'The goal was a single platform for every team.',
    'I proposed merging the two repos into one.',
    // The twenty-third user's trial's look-alikes: a manual check for another, a vendor's move, a custom piece moved
    // somewhere else, and a coordinator built for nothing old and new.
    'I replaced the manual check with another manual check.',
    'The vendor moved us off the custom router to the standard one.',
    'We moved the custom router to a new repo.',
    'I built a coordinator for the checkout screens.',
    // The review's look-alikes: a part swapped for a new one, people or a vendor replaced, someone else's replacement, and
    // work stopped that nothing made unnecessary.
    'I replaced the broken disk with a new one.',
    'I replaced the contractor with an in-house engineer.',
    'I replaced the vendor with a cheaper one.',
    'I replaced Tom as lead with two weeks to go.',
    'The vendor replaced our cron jobs with Airflow.',
    'The outage let the team stop working for a day.',
    'I did not let the team stop testing.',
    'The team no longer responded to pages at night.',
  ],
  'are-right-a-lot': [
    'We ran a controlled burn test on the battery pack.',
    'I checked the figures before sending the report.',
    'The recommendation engine was retrained.',
    'I ran the numbers through the forecast model.',
    'The group of stores kept the old process.',
    'I replayed the incident timeline for the team.',
    'The judges scored the hackathon entries.',
    'We ran the load test before the cutover.',
    'I compared notes with the vendor before lunch.',
    'He made a call to the supplier every morning.',
    'The panel judged the pilot a success.',
    'The hard part was the data migration.',
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): reasons that won
    // approval, someone else's reasons, a warning not yet borne out.
    'The proposal was approved for the reasons I\'d given.',
    'My pilot was abandoned for the reasons the auditors gave.',
    'I had warned the team about the freeze.',
  ],
  'learn-and-be-curious': [
    // A thirty-fourth user's trial (an SRE in Dublin moving to TPM, short bulleted Irish-English stories)'s look-alikes: news learned,
    // "we" learning, a lesson from an incident, and a weekend that is when something was heard.
    '- Learned over a weekend that the vendor had gone bust.',
    '- Learned of the outage from the docs team.',
    'We learned Terraform over a weekend.',
    '- Learned a lot from the incident.',
    // A twenty-fourth user's trial's look-alikes: time spent learning a fact, others' weeks of learning, and a server
    // built for a test.
    'I spent three weeks learning that the vendor could not deliver.',
    'I spent two days learning the hard way that the API was rate-limited.',
    'The new hires spent their first two weeks learning the codebase.',
    'The intern built a toy app in React.',
    'I built a test server to reproduce the bug.',
    // A review: going through docs with a vendor is digging, not learning.
    'I went through the API docs with the vendor to find the mismatch.',
    'The team had never missed a date before.',
    'Customers wanted to know when the outage would end.',
    'I now own the release calendar.',
    'She completed the rollout two weeks early.',
    'We enrolled 4,000 staff in MFA.',
    'I spent three nights on the incident bridge.',
    'Since then the team has shipped weekly.',
    'Today I am the program lead for payments.',
    'I no longer work on the payments team.',
    'The vendor asked us to walk them through the data.',
    'We read the contract before signing.',
    'Other airlines handled the change differently.',
    // A new user's trial: a course someone else took, a course of action, training given, a certificate of a part.
    'Two of my engineers took a course on welding.',
    'She took a two-week course on laser welding.',
    'I sent the welders on a course in Aachen.',
    'I took a different course of action.',
    'I did a course correction in week three.',
    'I completed the training of 40 operators.',
    'I got the certificate of conformance from the mill.',
    // A new user's trial (an SRE manager's stories): a responsibility taken on or over, and certificates renewed or rotated, are no course taken.
    'I took on certificate lifecycle for the whole estate.',
    'I took over the training schedule for the new hires.',
    'I took on the certification programme for our suppliers.',
    'I did the certificate rotation on every load balancer.',
    'I completed the certificate renewals a week before expiry.',
    'I got the certificate store cleaned up before the audit.',
    // A nineteenth user's trial (a payments engineer from Madrid), look-alikes: a spec not read, or read by someone
    // else, and learning that is someone else's.
    'Rather than reading the spec myself, I asked the vendor which exemptions applied.',
    'Our architect read the EMVCo specification himself.',
    'I never read the EMVCo specification myself.',
    'The new hire learnt Go from the Strimzi source over two weekends.',
    // The review's look-alikes: a change that came from someone else or from an event, not from anything learned.
    'My manager made me drop the feature.',
    'The reorg changed how we work.',
    'That changed the date.',
  ],
  'hire-and-develop-the-best': [
    // The same trial: a passive that hides who mentored or coached, with no "I", or the candidate coached by someone else.
    'The mentoring was organized.',
    'The mentoring was organized by HR and the new engineers joined the squads.',
    'The coaching sessions were run by an external firm.',
    'I was coached by my manager for a year.',
    // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo, long narrative stories): the look-alikes: a model retrained, and the
    // candidate retrained themselves.
    'We retrained the models as classifiers every week.',
    'I was retrained as a forklift driver.',
    // A thirty-fourth user's trial (an SRE in Dublin moving to TPM, short bulleted Irish-English stories)'s look-alikes: pairing on a
    // task or with a vendor, the candidate's own first incident, and work handed over when the candidate left.
    'I paired with her on the cutover.',
    'I paired with the vendor on their first integration.',
    'I led my first SEV-2 after five months.',
    'She took over the project from me when I went on leave.',
    'My manager took over the project from me.',
    'I put my name against the action items.',
    // trial 30's look-alikes: shadowing that is no interviewing, and interviewers named without their numbers growing.
    'I shadowed the on-call for a week.',
    'I set up a shadowing program for the support rota.',
    'The interviewers went to lunch before the debrief.',
    'We held the line on scope.',
    "The interviewers' calendars were full.",
    'I raised the bar for code review coverage.',
    'The assessment found three gaps in the design.',
    'We trained the model on 6,000 images.',
    'I calibrated the sensors against reference loggers.',
    'I was promoted to senior TPM last year.',
    'The telemetry was used for driver coaching and insurance, never for discipline.',
    'I took over as the programme lead in May.',
    'I stepped up to lead the incident call.',
    'He became the new product manager for pricing.',
    'We moved them to a new floor.',
    'I backfilled three months of order data.',
    'I showed them how to use the new portal.',
    'Recruiters recommended me for the lead role.',
    'We kept the ticket open until the vendor replied.',
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): code promoted, or
    // the candidate.
    'All of the changes have been promoted to production.',
    'One of the builds has been promoted to staging.',
    'I have been promoted since.',
    // A twenty-third user's trial's look-alikes: a build promoted, the candidate's own one-on-one with a manager, a
    // job that runs something, and a thing made the owner.
    'The build was promoted to staging within a month.',
    'I had a weekly one-on-one with my manager about the roadmap.',
    'The cron job now runs the nightly triage.',
    'I made it the owner of the release.',
    'Both of them owned a car within five years.',
  ],
  'insist-on-the-highest-standards': [
    // prin32: a sign-off someone else withheld, one the candidate gave, or one withheld for
    // something that is no standard.
    "I wouldn't sign off until the vendor cut the price.",
    "I wasn't comfortable signing off before my lawyer had read it.",
    "My manager wouldn't sign off on the headcount.",
    'The auditor and the controller would not sign off.',
    'I was comfortable signing off once the replay held.',
    // trial 30: an act named as the one not taken, after "rather than", "not to", "didn't", "without" or "no".
    'I made the call to batch those overnight rather than block the launch.',
    'I decided not to halt the rollout.',
    "I didn't block the launch; the bug was cosmetic.",
    'We shipped without acceptance criteria.',
    'There was no bake time in the plan.',
    'Instead of holding the release, I shipped with a feature flag.',
    // …and a step held only by the order of events, or for something that is no bar.
    "I didn't start coding until the design was agreed.",
    'I refused to extend an offer until the candidate accepted a lower salary.',
    // A review's: a date or a booking held for a review or a sign-off of something that is no standard is sequencing.
    "I wouldn't commit to a date until the engineers had reviewed the estimates.",
    "I wouldn't book the venue until finance had signed off the budget.",
    // The twenty-seventh trial's look-alikes: a signature held for a price or a reader, not a standard, and someone
    // else's refusal.
    // The twenty-ninth trial's look-alikes: a launch held with no defect, for a signature, or until a tool's move.
    'I held the payouts v2 launch by a week.',
    'I held the payouts v2 launch until the bank signed.',
    'I moved the payouts v2 launch to April until the issue tracker migration was done.',
    'I refused to sign the contract until the vendor cut the price.',
    'I did not sign the lease until my lawyer had read it.',
    "I didn't release the payouts until the bank confirmed the file.",
    'The auditor refused to sign the attestation until every control had evidence.',
    // A review of that change: the "until" clause must name a standard met, not any time or any fix.
    'I did not launch before the window closed, so we missed the season.',
    "I didn't sign the lease until the landlord fixed the roof.",
    'I would not sign the offer until the start date was resolved.',
    "I didn't approve the budget until the finance lead came back from leave.",
    // A new user's trial (a firmware EM at a car-parts supplier): someone else's refusal, a refusal that is about
    // no bar, a rule someone asked to relax, letting the team do it, and mandatory things that are no check.
    'The project manager refused to let us mark the requirement as verified.',
    'I refused to let the team work through the weekend.',
    'I refused to let the team skip lunch before the audit.',
    'The customer asked me to relax the rule for one release.',
    'I let the team mark the requirements as verified without a linked test.',
    'We did not allow visitors on the shop floor.',
    'There were no mandatory reviews before my time.',
    'Safety courses were mandatory for everyone in the plant.',
    // A review: a meeting every team held, and standards missed, are no standard set.
    'I made sure every team met weekly.',
    'We missed the performance standards in the contract.',
    'We held the cutover rehearsal on Saturday night.',
    'I added two new engineers to the release team.',
    'I would rather ship early than miss the holiday peak.',
    'We moved the launch to Tuesday to suit the marketing calendar.',
    'The team set up a new Slack channel for release notes.',
    'We recorded zero complaints from the pilot stores.',
    'The board gated the funding on a second pitch.',
    'We ran three mock cutovers with the warehouse team.',
    'The finance team held a dress rehearsal for the board meeting.',
    'I compared two vendors on price.',
    'Zero customers complained about the new layout.',
    'The steering group set the rules for parking at the new site.',
    'The new service required approval from legal.',
    'We ran the old and new menus past the chef.',
    // A new user's trial: a line stopped by a breakdown or a customer, parts held or rejected by someone else.
    'A breakdown stopped the line for six hours.',
    'The line stopped when the press failed.',
    'The customer stopped our line for two days.',
    'Customs held the shipment for a week.',
    'The OEM rejected our first lot.',
    'I paused the press release until legal approved it.',
    'I stopped the line meeting early.',
    'We held the parts review on Tuesday.',
    // A new user's trial (an SRE manager's stories): a check that rejected something, added by nobody or by someone else, or that only failed.
    'The CI check rejected my first pull request.',
    'The platform team added a check that rejects any image without a signature.',
    'I added a test that failed twice before it passed.',
    'I added two engineers so no ticket could wait without an owner.',
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): someone else's
    // rule, and an approval or a date waited for, not a test or check.
    'The auditors insisted that no system could be marked done until a test had passed.',
    'I insisted that nothing could ship until the VP had approved it.',
    'I insisted that nobody could work weekends until the release.',
    // The review's look-alikes: a launch pushed back for a reason that is no failed check, and a test that passed.
    'I pushed the launch back because the driver was too slow.',
    'We delayed the release because the load test passed early.',
  ],
  'think-big': [
    // A new user's trial (an engineering manager at a Nigerian bank): a term bought or signed is no vision.
    'I bought a three-year savings plan for the compute.',
    'I bought 3-year reserved instances for the databases.',
    'We signed a multi-year contract with the card processor.',
    'We moved to a multi-year compute savings plan.',
    // A thirty-fourth user's trial (an SRE in Dublin moving to TPM, short bulleted Irish-English stories)'s look-alikes: others reusing
    // what is not the candidate's, and the candidate reusing others'.
    'Two other teams reused the old scripts.',
    "I reused two other teams' dashboards.",
    // A sixth user's trial: a diagnosis, not a bigger goal.
    'I found the bigger problem was that nobody knew which template was current.',
    'Our platform is used by a couple of teams.',
    'We went back to the original plan.',
    'All three engineers moved onto the new floor.',
    'Twelve services ran on the old cluster, and 14 services used more memory than planned.',
    'Every store opened at its usual hours.',
    'The roadmap covered the next two quarters.',
    'The template change made 31 services log twice as much.',
    'We booked one cutover weekend for all 11 sites.',
    'I moved the two interns into one shared office.',
    'All four engineers moved onto the night shift.',
    'One engineer worked across the three stores.',
    'A single courier served all the branches.',
    'The outage was caused by a configuration change.',
    'The next region went live in May.',
    // The review's look-alikes: a direction set by someone else is only its scope (NOT_GIVEN), teams that joined a call or
    // followed an incident adopted nothing, a standard for one team or a shared thing for two is no org, and a count of
    // teams that missed a date is no adoption.
    'The other teams joined the call.',
    'Other teams followed the incident closely.',
    'Three of the four teams missed the date.',
    'We put one dashboard in place for the two squads.',
    'I picked the standard for the team.',
    'I set the alarm for the whole team.',
  ],
  'bias-for-action': [
    // A twenty-third user's trial (an iOS engineer at a food-delivery firm): a rollback plan asked of others, wanted,
    // or never had is no decision of the candidate's framed as reversible.
    'Since then I ask for the kill switch and the rollback plan before the go or no-go meeting.',
    'The release manager needed a rollback plan from every squad.',
    'We shipped the change without a rollback plan.',
    // A twentieth user's trial (an EM at an e-commerce firm), look-alikes: a switch nobody could use or that is the
    // candidate's own evening, a launch preponed by someone else or refused.
    'We could not switch it off without a redeploy.',
    'There was no flag, so nobody could switch the feature off.',
    'I logged off at six so I could switch off at weekends.',
    'The client asked us to prepone the launch by three weeks.',
    'I refused to prepone the launch.',
    'I was asked to prepone the launch by three weeks.',
    'The launch got preponed by three weeks.',
    'Nobody could roll it back once the schema changed.',
    'We did not know whether we could revert the migration.',
    // A new user's trial (an EM at a fintech): a date someone else brought forward, a launch pulled, and a date
    // brought forward that is not the candidate's act.
    'The client preponed the deadline by a month.',
    'The bank brought the audit date forward, so we had to scramble.',
    'I brought the issue forward to the steering group.',
    'I pulled the launch after the load test failed.',
    'I refused to bring the go-live forward.',
    'We moved the launch in March to a new date.',
    'The go-live was preponed by the regulator.',
    // A sixth user's trial: a report written that evening is no act of speed.
    'I wrote the incident report that evening.',
    'Our overnight batch job ran on the old cluster.',
    'The airline offers same-day changes on most fares.',
    'The pilot programme covered twelve stores in the north.',
    'Even though the budget was tight, the team stayed together.',
    'I skipped lunch to finish the review.',
    'The service can go live in the new region next year.',
    'Proof of delivery now arrives within 10 minutes of the drop.',
    'Support logged 900 tickets that day.',
    'I told my director the same afternoon.',
    'The release sat behind a feature flag for a month.',
    "We waited for the vendor's fix before the rollout.",
    'The report saved the analysts two hours a week.',
    'The auditors judged the control effective.',
    'I paused the rollout.',
    'We decided to freeze deploys.',
    'I stopped the migration at the second wave.',
    'The VP wanted to skip the load test, and I refused.',
    'We would not accept the risk.',
    // A new user's trial: someone else who did not wait.
    'I found that the supplier had changed the resin without waiting for our approval.',
    'The supplier changed the resin without waiting for approval.',
    'Without waiting for approval, nothing could ship.',
    // The review's look-alikes: an answer not yet in that the team waited for, or could not act without, and a step that
    // could not be moved back.
    "The vendor hadn't confirmed the root cause yet, so we waited.",
    'Legal had not approved the contract yet, but I could not start.',
    'While the root cause was still unknown, we did nothing.',
    'We could not move it back.',
  ],
  'frugality': [
    // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo, long narrative stories): the look-alikes: the same team stayed with or met.
    'I stayed with the same team for four years.',
    'We met with the same team every Monday.',
    // A thirty-fourth user's trial (an SRE in Dublin moving to TPM, short bulleted Irish-English stories)'s look-alikes: a target still to
    // hit, revenue lost, a discount given to customers, time taken off, and others reusing the candidate's playbook.
    'My target was €400k off the annual run rate by Q4.',
    'I was asked to cut €400k off the run rate.',
    'The outage took €60k off the revenue run rate.',
    'I knocked 20% off the bill for our biggest customers.',
    'I took 2 hours off the bill run and 40% off the build time.',
    'Two other sites in the group reused my wave playbook.',
    'My playbook was reused by three other teams.',
    // The twenty-ninth trial's look-alikes: headcount taken down to a number is no cost told down.
    'Cost pressures took headcount down to 3 engineers.',
    // A new user's trial (a data-platform engineering manager in Berlin, German- and Polish-shaped English): people one
    // works or plans with are no headcount held.
    'I made a plan with the people I had.',
    'I worked with the people I had hired the year before.',
    'I built the team without hiring managers.',
    // …and "cost" told of sleep or nights is no money.
    'I reduced the alerts which cost the team the most sleep.',
    'I cut the alerts that cost us our nights.',
    // A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): "we lost no more engineers
    // to burnout" was 'did it without new headcount or budget'. Engineers not lost are no headcount not asked for.
    'We lost no more engineers to burnout.',
    'No engineers left the team that year.',
    'We lost no headcount in the cuts.',
    // A twenty-fourth user's trial's look-alikes: a licence not avoided, or only meant to be.
    'We could not avoid the $600K yearly license.',
    "I wanted to avoid the $600K yearly license, but legal insisted on it.",
    // A twentieth user's trial (an EM at an e-commerce firm), look-alikes: a contract not avoided, signed, or a penalty.
    'We could not avoid a ₹25 lakh consulting contract.',
    'We signed a ₹25 lakh consulting contract.',
    'We avoided a ₹25 lakh penalty.',
    // A review: pounds of weight saved are no money.
    'The new packaging saved 12,000 pounds of plastic a year.',
    // A new user's trial (a firmware EM at a car-parts supplier): a purchase someone else skipped, one only late,
    // one not possible, and a saving that is no money.
    'The customer did not buy the new infotainment package.',
    'We did not buy the new benches in time, so testing slipped.',
    'We did not buy the new benches until the budget was approved.',
    'We could not buy new benches because the budget was frozen.',
    'We saved 40 hours a month on flashing.',
    // A review: a quote too expensive, then more budget asked for, is the opposite.
    'The quotes were too expensive, so I asked for more budget.',
    // A seventh user's trial: a tool that needs no engineers is self-service, not frugality.
    'I proposed a way for analysts to change the rules without engineers.',
    'I cut the delivery fees for customers in the pilot towns.',
    // A review: fees cut for customers are a price, a fee pushed up is a cost, and a rate below the last is no saving.
    'I cut the processing fees for merchants in the pilot.',
    'I cut the scope, which pushed up our contractor fees.',
    'Sign-ups ran 30% below the previous rate.',
    'The spare tyre was in the boot of the van.',
    'We chose them over the cheaper option because their data fit our maps.',
    'The shelf labels were printed in-house.',
    'Writing the runbook first saves hours during an incident.',
    'Prices were lower on the rival site.',
    'Their fees rose 4% this year.',
    'The queue went down 30 places overnight.',
    'Our delivery times went from five days to two.',
    'The idle chatter in the channel died down.',
    'Ticket prices went from £20 to £35.',
    'The price is down 5% on the rival site.',
    'Unused meeting rooms were booked for training.',
    'Our revenue run rate fell in the third quarter.',
    'We agreed to build it in-house next year.',
    'Headcount grew by 40% this year.',
    'I met with the same people again.',
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): an amount against a
    // target, a budget or a quote, not a cost weighed.
    'Revenue is £240,000 a year against a target of £300,000.',
    'The budget is £240,000 against about £35,000 spent so far.',
    'The vendor quoted £35,000 of consultancy time.',
    // The review's look-alikes: money lost, a saving only hoped for.
    'We lost no money for a week.',
    'I wanted to avoid the $80,000 the vendor quoted.',
  ],
  'earn-trust': [
    // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo, long narrative stories): the look-alikes: an admission with no feedback
    // before it, and someone else's.
    'I admitted it in front of the group.',
    'Ana told me that my OKR reviews felt like audits. Tom admitted it in front of the group.',
    // A thirty-fourth user's trial (an SRE in Dublin moving to TPM, short bulleted Irish-English stories)'s look-alikes: a name put on a
    // document, against actions or on a rota is no mistake owned.
    'I put my name on the design doc.',
    'I put my name against the action items.',
    'I put my name down for the on-call rota.',
    // prin31's look-alikes: a fix or a bug bounty is no bad news, someone else's telling or admission is not the
    // candidate's, and a mistake not admitted is not owned.
    'I told the CFO about the bug fix the same day.',
    'I told the CFO about the bug bounty the same day.',
    'He told the CFO about the outage the same day.',
    'He admitted his own mistake.',
    'I never admitted my own mistake.',
    'I never admitted my mistake to the team.',
    'I did not acknowledge our own error.',
    // The twenty-seventh trial's look-alikes: a wrong only supposed, or someone else's.
    'If I had been wrong, we would have lost the account.',
    'I told them that if I had been wrong we would roll back.',
    'I said the vendor had been wrong.',
    // A CFO told a week on, and a plan told the same day, are no bad news told promptly.
    'Within a week I told the CFO.',
    'The same day I told the team the plan.',
    // A twenty-fourth user's trial's look-alikes: someone else's apology, one the candidate only asked for, and clients
    // called who were not affected, or called by others.
    'The vendor called each client and apologized.',
    'I made sure the vendor called each client and apologized.',
    'I called the vendor and demanded they apologize.',
    'I called every client who had renewed in March.',
    'I asked the account managers to call every client whose connections moved.',
    // A twenty-third user's trial's look-alikes: someone else's blame, and blame refused.
    'He took the blame for the outage.',
    'I would not take the blame for the carrier.',
    // A twentieth user's trial (an EM at an e-commerce firm), look-alikes: told by someone else, not told, contrasted,
    // asked of someone else, or good news.
    'He told me exactly what went wrong without hiding anything.',
    'The vendor told us exactly what went wrong.',
    'I never told him exactly what went wrong.',
    'Rather than telling him exactly what went wrong, I blamed the vendor.',
    'I asked the vendor to share the logs without hiding anything.',
    'I told him exactly what went right.',
    'He told me plainly what went wrong.',
    // A new user's trial (a firmware EM at a car-parts supplier): the risk told late, told by someone else, or only
    // planned to be told.
    'I did not inform the OEM about the risk until a month later.',
    'The supplier informed us about the delay on the same day.',
    'I informed the OEM about the risk only after three weeks.',
    'I planned to inform the OEM about the risk the same day.',
    'The quality manager did not take my concerns seriously.',
    'She took his concerns seriously.',
    'I did not take their worries seriously at first.',
    // A new user's trial (an EM at a fintech): someone else's call, a call to ask, and news that is no failure.
    'The account manager called the client personally to explain what happened.',
    'I called the vendor personally to ask what happened.',
    'I called the client personally to explain the new pricing.',
    'She called me personally to explain what happened.',
    'I met the merchant to explain the new onboarding flow.',
    // An eighth user's trial: bad news someone else told, a miss ruled out, a condition argued, and no bad news.
    'My manager told the VP that we would miss the date.',
    'The vendor told us that they would miss the date.',
    'The vendor told the client the same day that the launch was at risk.',
    'Marta told the CFO that the go-live date was gone.',
    'I told the client that we would not miss the date.',
    'I told the PM we would miss the freeze if we took on the extra screens.',
    'I told the VP that without two more engineers we would miss the date.',
    'I told the team we could slip the retro to Friday.',
    'I told her I would miss the standup.',
    'The call was mine as the launch owner.',
    'The delay was caused by the vendor.',
    'We tested the failover path twice before go-live.',
    'My director was wrong about the date, and I showed her the data.',
    'I briefed every store manager myself before launch.',
    'The team informed me that the new build was ready.',
    'I should have the numbers by Friday.',
    'The vendor did not look at the logs until Monday.',
    'We tested it instead of guessing.',
    'The report lists the gap to target by region.',
    'After checking the logs, we found nothing but noise.',
    'The team raised the budget to cover the extra licences.',
    'Her date was gone from the calendar after the reorg.',
    'The decision was my call.',
    'It was my call to launch on Monday.',
    'The incident review named the vendor’s error.',
    'I posted a status report every week.',
    'The Q3 report put our share of the market at 14%.',
    'The write-up described our role in the launch.',
    'Dropping the Android version was my call.',
    // A new user's trial: a mistake someone else made or told, and no mistake at all.
    'My supervisor told the plant manager that I had skipped the audit.',
    'The supplier told our buyer that they had shipped the wrong revision.',
    // A new user's trial (an SRE manager's stories): reviews published with someone else's mistakes, or by someone else, or with none.
    'I published every review, including the ones where the vendor had made the mistake.',
    'I published every review, including the ones where our vendor had made the mistake.',
    'I published every review, even the ones where we found nothing wrong.',
    'I published the review, even though I was on leave that week.',
    'The platform team published every review, including the ones where I had made the mistake.',
    'I shared every post-mortem, including the ones from other teams.',
    // The SRE's trial's look-alikes: the same words where someone else acts, the act is planned, negated or an accident,
    // or the post-mortem went to no customer.
    'The vendor shared their post-mortem with us.',
    'I shared the post-mortem with the team.',
    "The support team asked what we knew and didn't.",
    'I told the VP what we knew.',
    'I shared the post-mortem with the customer support team.',
    'I never shared the post-mortem with customers.',
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a miss that isn't one.
    'I told Laura that we would miss her at the party, and why.',
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): acting "without asking
    // anybody" is no misstep by itself, nor is someone else's act.
    'I changed the retention setting without asking anybody.',
    'I went ahead without asking for permission.',
    'He rolled it back without asking me.',
    // The review's look-alikes: feedback the candidate gave, praise, and an offer accepted.
    'I told him my plan was too risky.',
    'She told me my plan was great.',
    'I accepted the offer.',
  ],
  'dive-deep': [
    // The same trial's look-alikes: usage examined by others, not done, or a usage policy, limit, term or fee.
    'The vendor analysed the index usage.',
    'We analysed the index usage.',
    'I did not analyse the index usage.',
    'I mapped the usage limits for each plan.',
    'I read the usage terms of the vendor contract.',
    'I sorted the usage fees by region.',
    // A twenty-fourth user's trial's look-alikes: a sample kit or size, not a sample of records.
    'I pulled a sample kit from the shelf.',
    'We agreed the sample size with the auditors.',
    // A new user's trial (a firmware EM at a car-parts supplier): the same records read by someone else, read in a
    // plan or a request, or not read at all.
    'We read the fault memory of the returned units.',
    'The supplier read out the error memory and sent us a summary.',
    'Jonas evaluated the measurement data and I booked the next test drive.',
    'I asked the test driver to check the fault memory after every drive.',
    'I planned to read out the trouble codes at the dealer the next week.',
    'I did not read the fault memory before the release.',
    'I never checked the freeze-frames myself.',
    "I hadn't checked the warranty returns myself, and the lab had not either.",
    'I went home early and Stefan read the fault memory that night.',
    // The same near misses with logs and tickets, which the signal heard before.
    'I never went through the incident tickets before the review.',
    'I had planned to read the crash logs that evening.',
    'The supplier pulled the logs from the gateway.',
    // A fifth user's trial: the team, not the candidate, pulled the logs.
    '- Team pulled GPS logs for two weeks.',
    'The delay came from the supplier, as everyone expected.',
    'Most of the budget went to licences.',
    "I listened to the team's concerns in the retro.",
    'I broke the news to the sales director myself.',
    'I tagged the release and pushed it to the store.',
    'I profiled the candidates for the hiring manager.',
    // A new user's trial (an EM at a fintech): statements that are what people said, receipts that are paper.
    'I read the statements from both teams before the meeting.',
    'I pulled the receipts out of the printer.',
    'We sampled the new coffee machine on Friday.',
    'The reconciliation report listed a few mismatches.',
    "The vendor's model read 71% of the invoices correctly.",
    "Rawiri's root cause report went to the board on Friday.",
    'I wrote the data-mapping spec myself.',
    'I tested every release on the new phones.',
    'Before each wave I reviewed every change with the release manager.',
    'In the survey, 68% of app boardings came from iPhones.',
    'The team must have root cause in 24 hours for each overrun.',
    'We built a test suite for the new service.',
    'I built a dashboard for the leadership team.',
    'The request came from Finance, not the product team.',
    'The spend came in under plan, not a cent over.',
    'I pulled the vendor and the two leads into daily calls.',
    // A new user's trial (an SRE manager's stories): graphs someone looked at or drew, a bridge joined, and a root cause nobody found.
    'We pored over the lag graphs for a week.',
    'The graphs showed a clear spike after each deploy.',
    'I drew the graphs for the board deck.',
    'I joined the incident bridge with the metrics team.',
    'I joined the team that owns the flow logs.',
    'We never found a root cause for the Tuesday pages.',
    'The review closed without a root cause.',
    'Nobody had looked for the root cause in two years.',
    'There was no root cause analysis for the outage.',
    'The template asked for a timeline instead of the underlying cause.',
    // The SRE's trial's look-alikes: the same words where someone else acts, the act is planned, negated or an accident,
    // or the limit was found in production.
    'The vendor load tested at 10x and found the store fell over at 6x.',
    'We load tested at 10x; the store fell over at 6x.',
    'I load tested at 10x; it held.',
    'I skipped the load test; the session store fell over at 6x in production.',
    'I never load tested it, and it fell over at 6x.',
    'I tested the fix and it failed at 3 am.',
    'I load tested at 2x; in production it crashed at 3x.',
    'I planned to load test at 10x and see where it fell over.',
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): data exported to
    // somewhere else, or by someone else, and models that are no analysis.
    'I exported the customer data to the new CRM myself.',
    'We exported the query history and built a model of cost.',
    'The vendor built a cost model for us.',
    'I built a data model for the warehouse.',
    'I exported the report to PDF.',
  ],
  'have-backbone-disagree-and-commit': [
    // The same trial's look-alikes: a preference with no commitment against it, another's commitment, a proof with no
    // disagreement before it, someone else's prototype or refusal, an approval that could not be given, a finding acted on.
    'I built it in Java even though I preferred Go.',
    'I committed to the plan because I preferred it.',
    'She committed to it even though she preferred a different order.',
    'I asked for 2 weeks to do a proof of concept.',
    'She did not agree. Pedro built a prototype.',
    'I found 14 failures in the contract tests and fixed them with the vendor.',
    'I found 14 failures. Rafael would not approve the go-live.',
    'I could not approve the go-live from the airport.',
    'The director would not approve the go-live.',
    // prin33: a team committed to a date, or a plan presented with a colleague, with no disagreement before it.
    'I committed my team to the date.',
    'We planned the launch for 1 November, and I committed my team to the CPO\'s date.',
    'I presented it together with her to the CPO.',
    'I presented the roadmap together with Maria to the CPO and committed my team to it.',
    'I accepted it and committed my team to it.',
    // prin32: someone else's refusal, or a sign-off the candidate only wondered about.
    "The auditor told him she wasn't comfortable signing off.",
    "I asked the director whether he would sign off.",
    // A new user's trial (a firmware EM at a car-parts supplier): the candidate's own call committed to, code
    // committed, someone else's commitment, a commitment refused, and a decision the candidate's that others accepted.
    'I decided for the patch plan. I committed to the two-week patch.',
    'My manager and I chose the rewrite; I committed to the March date.',
    'The architect decided on the new bootloader. I committed the fix the next morning.',
    'The head of quality decided for the patch plan. Markus committed to it the same day.',
    'The head of quality decided for the patch plan. I did not commit to it.',
    'The project board accepted my decision.',
    'I accepted the offer from the second supplier.',
    // An eighth user's trial: a disagreement or a commitment that was someone else's, or a date promised.
    'My manager disagreed with the timeline, but the team committed to it.',
    'The vendor pushed back on the date but committed to March.',
    'The CFO argued for a delay.',
    'Fiona raised objections to the plan.',
    'We committed to the March date.',
    'I committed to the date in writing.',
    // A review: "committed to that date", "committed to it being live" promise a date; no call was someone else's.
    'I committed to that date with the customer.',
    'I committed to it being live by March.',
    'When we decided on the vendor, I committed to the timeline.',
    'Fiona Mackay, the ops director, disagreed and wanted to keep her own tool.',
    'The vendor pushed back the delivery date by a month.',
    'She wanted a weekly report, so I set one up.',
    'I said nothing in the meeting.',
    'We declined to renew the old contract.',
    'He agreed after the demo.',
    'I kept the team informed when the CTO asked for updates.',
    'Over the holidays the objections died down.',
    'I walked the new hires through the onboarding checklist.',
    'She showed me the data and I agreed.',
    'The guide took them through the museum until they were tired.',
    'They showed us the new office, and we agreed it was bright.',
    'We walked through the numbers as a team.',
    'He showed her the costs, but she kept the original plan.',
    'The team wanted a demo. I kept the scope to two screens.',
    'I wanted a quick win, so I kept the first phase small.',
    'Customers wanted faster refunds, and I kept the finance team in the loop.',
    // The SRE's trial's look-alikes: the same words where someone else acts, the act is planned, negated or an accident,
    // the case was approved, the commit is code, a date or one's own call; escalation to a severity, or someone else's.
    'I wrote a 6-pager proposing multi-region. The VP approved it. I committed to the Q3 date.',
    'I wrote the runbook. He kept the old alerts. I committed the change.',
    'She wrote a 6-pager; he disagreed and kept multi-cloud. Markus committed.',
    'I kept the old rota. I committed.',
    'We stayed with the vendor. I committed.',
    'I escalated the ticket to Sev1.',
    'I escalated to P1 within minutes.',
    'My manager escalated to the VP.',
    'Priya went over his head to the director.',
    "The customer's escalation to our VP landed on my desk.",
    'He escalated the outage to the CTO.',
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): someone else's disagreement
    // with no position of the candidate's held, a position as a role, a date committed to.
    'Tom disagreed with the vendor, and I committed to the date.',
    'Tom held his position and I agreed with him.',
    'My manager didn\'t fully agree with the timeline, but the team committed to it.',
    'Tom disagreed, so I held my position as chair of the review.',
    'Simon didn\'t fully agree with the vendor. I committed to the March date.',
    // The review's look-alikes: someone else's disagreement and evidence, and full effort with nothing disagreed.
    'He disagreed and showed me the numbers.',
    'She pushed back on the plan with the cost figures.',
    'I put my full effort behind the launch.',
  ],
  'deliver-results': [
    // Two new users' trials' near misses: a spend over its budget, a slip still late, a budget for downtime.
    'We spent $2.4M against the $2M budget.',
    'Wave four slipped by three weeks, but we finished two weeks late.',
    'We had no downtime budget at all.',
    // prin31's look-alikes: the long clause told late, and a cut-off missed.
    'We moved all 14 million ledger rows and every downstream report to the new cluster three weeks late, two days before the audit deadline.',
    'The ledger rows moved to the new cluster after the March 31 cut-off.',
    // trial 30's look-alikes: a load that must be carried, one that was not, and contacts that surged.
    'The system had to handle 3x peak traffic.',
    'The old cluster never handled 2x peak load.',
    'Customer service contacts ran at 3x normal that week.',
    // A twenty-fourth user's trial's look-alikes: a time that only could be, a longer time instead of a shorter one, and
    // a count that failed by the day.
    'The fix could be done in 6 hours instead of 2 days.',
    'It finished in 6 days instead of 2 hours.',
    'All 38,000 claims were rejected by Tuesday noon.',
    'All 38,000 claims were still stuck by Tuesday.',
    // A new user's trial (a firmware EM at a car-parts supplier): an audit failed, passed by the supplier, passed too
    // late or only on a second try, and a level that is a clearance.
    'We did not pass the first audit.',
    'Our supplier passed the process audit in May.',
    'The brake unit passed certification in October, too late for the model year.',
    'We failed the assessment and passed it only on the second try.',
    'I got level 2 security clearance.',
    'The project ran over budget by $40K.',
    'Four weeks before the holidays, the ledger failed its load test.',
    'We went over the plan line by line with finance.',
    'All 30 engineers were on the call by 9 a.m.',
    'There was no penalty kick in the cup final.',
    'Our shops open on time every morning.',
    'The maintenance job ran inside the window.',
    'The contract ended badly for both sides.',
    'Our budget grew because the team doubled in size.',
    'Prices fell sharply in the spring.',
    'I moved from London to Leeds in 2019.',
    'She retired after thirty years at the bank.',
    'We signed the lease two months before I joined.',
    'The team was cleared to travel a day before the event.',
    'The contract renewed automatically for two years at $400K.',
    'We extended the deadline by a week.',
    'The outage happened on June 3.',
    'The vendor extended the deadline for two months.',
    'Error rates stayed above the target.',
    'Latency was over the target.',
    'The team worked under budget pressure.',
    'The shuttle was on time only once.',
    'All 40 requests were reviewed by marketing.',
    // A new user's trial: a date missed, a day that is no deadline, a plant that was busy or shut.
    "We had not shipped a single part by the OEM's date.",
    'The supplier never delivered the castings by the due date.',
    'I moved to Leeds on the date my daughter was born.',
    'We shipped the samples on the wrong date.',
    'The tool was not ready before the deadline.',
    'The old presses ran at full capacity.',
    'All 3 plants were closed for Christmas.',
    'Attendance dropped because 20% of the staff were on leave.',
    // A new user's trial: a result cliché with no number behind it (lint's vague-outcome) is no evidence.
    'We delivered on time.',
    'The new billing system went live on time and on budget.',
    'We hit all our targets for the quarter.',
    'Our supplier met every milestone, and the recall cost us $40k.',
    // The twenty-third user's trial's look-alikes: the event's date as the setting, not a date hit.
    'Two days before the IPL opener, payments started failing.',
    'The crash began two days before the IPL opener.',
    'Three weeks before the Big Billion Days sale, the search team lost two engineers.',
    // The review's look-alikes: a measure that still got worse, and a late night.
    'The latency still reached 400 ms at peak.',
    'We still finished at 2 am.',
  ],
  'strive-to-be-earths-best-employer': [
    // Customers' attrition is churn, attrition that rose is none cut, and money paid in dollars to a vendor keeps no one.
    'Customer attrition fell from 8% to 5%.',
    // A review: retention of data, of customers, and pay for oneself; attrition of subscriptions, loans, churn.
    'We wrote a data retention plan for GDPR.',
    'I drafted customer retention plans for churned accounts.',
    'I got the pay raise approved in USD for myself.',
    'I moved our salary payments to a new payroll provider in USD.',
    'Subscription attrition fell 10%.',
    'Loan attrition fell after the rate cut.',
    'Churn and attrition down 5%.',
    'We reduced customer attrition by 20%.',
    'Attrition rose from 12% to 30%.',
    'We paid the vendor in dollars.',
    // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo, long narrative stories): the look-alikes: layoffs told, someone
    // else's, weekends wanted or worked.
    'We had layoffs in March.',
    'The vendor laid off 40 staff after the contract ended.',
    'Nobody on the team wanted to work a weekend.',
    'I asked the team to work weekends so the release would not slip.',
    // A new user's trial (a data-platform engineering manager in Berlin, German- and Polish-shaped English): a release or
    // work done at night or at a weekend is after-hours work given, not taken away; pages of a runbook are no pages,
    // and pages that went up are no load cut.
    'We did the cutover of the billing topics in a night release on a Sunday.',
    'The migration needed two weekend releases, and I was there both nights.',
    'The team did night work for the cutover.',
    'Runbook pages went from 212 to 48.',
    'Pages went from 7 to 40 per week after the release.',
    // A rota made more frequent, or the same, and a schedule or rotation that is no one's on-call.
    'I moved the on-call rota from monthly to weekly.',
    'I changed on-call from one week in six to one week in two.',
    'I moved the on-call rotation from weekly to weekly.',
    'I moved the release schedule from weekly to monthly.',
    'I moved the key rotation from monthly to quarterly.',
    'I also set up an on-call rotation and a runbook.',
    'Fraud alerts fell by a third.',
    'The customer survey showed a rise in satisfaction.',
    'We left the rotation schedule unchanged.',
    'Customer retention improved by 4 points.',
    'Weekly on-call handover stayed the same.',
    'We let the contract lapse.',
    'Views of the help pages fell by a third.',
    'The report pages dropped from 40 to 12 after the cleanup.',
    'Customer retention after twelve months rose to 80%.',
    'We interviewed the shortlisted vendors.',
    'Return to the office was planned for March.',
    'The near miss on production DNS led to a new pipeline.',
    'I moved the release to the next quarter.',
    'I reduced the scope of the launch.',
    'I moved her early estimate into the plan.',
    'The outage hit during their disaster recovery test.',
    // A new user's trial: overtime paid for is a cost, and stock or retries run out are no people worn out.
    'I paid for weekend overtime to recover the build.',
    'I approved overtime for the tool room.',
    'We had no overtime budget left in March.',
    'We exhausted our safety stock in two days.',
    'The retries were exhausted before the failover.',
    'Ephemeral port exhaustion took down the gateway.',
    // A nineteenth user's trial (a payments engineer from Madrid), look-alikes: alerts cut by another team, or not at
    // all, and a day off taken or refused.
    'The SRE team deleted the alerts that nobody acted on.',
    'Nobody acted on the alerts.',
    'I took a day off after the launch night.',
    'She refused to give anyone a day off after a heavy night.',
    // The review's look-alikes: captions on the product, customers who could use it, a blind customer.
    'I added captions to the product videos.',
    'We built the app so parents could book appointments.',
    'The blind user could not pay.',
  ],
  'success-and-scale-bring-broad-responsibility': [
    'I redesigned the checkout for speed.',
    // signals27: a stop of recording, logging or sharing that is about no one's data.
    'I stopped recording when the demo crashed.',
    'I stopped recording while the build ran.',
    'We stopped logging debug output to save disk.',
    'I stopped sharing the deck after the first slide.',
    'We stopped storing build artefacts after 30 days.',
    'I stopped logging API calls at the gateway.',
    // A review of that change: a pronoun near the stop is no person's data, nor any time told by people.
    'I stopped logging debug output for their service.',
    'I stopped tracking the tickets in his spreadsheet.',
    'I stopped capturing metrics when they asked me to.',
    'We stopped logging debug output for users on the old plan.',
    'I stopped recording the demo after she left the call.',
    // A review: a DPIA skipped, and a launch with no lawful basis, protect nobody's privacy.
    'I skipped the DPIA to hit the launch date.',
    'The API is accessible from every region, and I documented the endpoints.',
    'I disabled users who had not logged in for a year.',
    'We ran a blind bake-off of three vendors on old applications.',
    'The team asked for more fairness in the on-call rota.',
    'Our older servers were replaced with newer ones.',
    'The impact on the schedule was two weeks.',
    'Customers over the holiday weekend saw slower pages.',
    'The lawyer withdrew from the case.',
    'We honoured the contract terms with the supplier.',
    'The feed carried consent forms to the clinic.',
    'I honoured my promise to the team.',
    'Opt-out rates fell after the redesign.',
    'She withdrew the request for a bigger budget.',
    'We recycled the old slides for the kickoff.',
    // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): the
    // anonymised data replaced by the full records, and cohorts that protect nothing.
    'We replaced the anonymised extract with the full records.',
    'The vendor sent aggregated cohorts every week.',
    // The twenty-third user's trial's look-alikes: a product made to work with something that is no assistive
    // technology, and accessibility of data.
    'We made the app work with dark mode.',
    'I made the dashboard usable for the night shift.',
    'The data was made accessible to every analyst.',
    // The review's look-alikes: a bug no longer tracked, the reach of an outage, and the team's energy.
    'I stopped tracking the bug in Jira.',
    'I asked what else the outage could break.',
    "The crisis cut the team's energy.",
    'We saw a 10% cut in electricity costs.',
    // A second review of the change: a bill or a price cut is money, not energy saved.
    'We cut electricity costs at the data centre by renegotiating the tariff with the supplier.',
    'I cut our electricity bill by switching the office to a cheaper supplier.',
  ],
};

// V8 compiles each signal's expression on its first use: some 280 kB of patterns, which on a loaded machine took the
// first sentence past the test timeout. Compile them once, before any sentence is timed.
beforeAll(() => {
  for (const id of LP_IDS) scorePrinciple({ title: 't', action: 'I shipped it.' }, id);
}, 180_000);

describe.each(Object.keys(HEARD) as LpId[])('the signals of %s', (id) => {
  it.each(HEARD[id])('hear %j (%s)', (sentence, label) => {
    expect(labelsOf(sentence, id)).toContain(label);
  });

  it.each(NOT_HEARD[id])('give no score to %j', (sentence) => {
    expect(scoreOf(sentence, id)).toBe(0);
  });
});

// Sentences that may score their principle otherwise, but must not give one reading. A new user's trial (an SRE
// manager's stories): data the team went through is not the candidate's own (the months of it still count), a
// root cause named as what was not found is none found, and a gate or check someone else added is not theirs.
const NOT_GIVEN: ReadonlyArray<[sentence: string, id: LpId, label: string]> = [
  // Someone else's act: another party calling or visiting every customer, or running the user tests; and "them" after
  // support agents, who are the business's own.
  ['The vendor called every customer whose order had failed.', 'customer-obsession', 'went to customers directly'],
  ['Dana visited every customer in the north region.', 'customer-obsession', 'went to customers directly'],
  ['Dana asked the agents to ring every customer whose order had failed.', 'customer-obsession', 'went to customers directly'],
  ['The agents rang every customer whose order had failed.', 'customer-obsession', 'went to customers directly'],
  // …told after "I had" or "I got", but not the candidate's people who called: heard of, hired, or a vendor's.
  ['I had heard the vendor visited every customer.', 'customer-obsession', 'went to customers directly'],
  ['I got an agency that visited every customer.', 'customer-obsession', 'went to customers directly'],
  ['I had a vendor who called every customer.', 'customer-obsession', 'went to customers directly'],
  ['The agency ran the user tests with 12 farmers in Kaduna.', 'customer-obsession', 'went to customers directly'],
  ['I sat with six support agents, and I cut the form to one page after I saw them struggle with it.', 'customer-obsession', 'changed the product after watching customers struggle'],
  // A new user's trial (a São Paulo engineer): mentoring provided, or juniors mentored, by no one named (the juniors still count).
  ['Mentoring was provided to the juniors.', 'hire-and-develop-the-best', 'mentored or coached someone'],
  ['The juniors were mentored by a senior engineer.', 'hire-and-develop-the-best', 'mentored or coached someone'],
  // Two new users' trials' look-alikes: the same words negated, someone else's act, a plan not carried out, data with
  // no figure, a count that got worse, a time past its date, a mistake, a noun phrase.
  ["I disagreed with Rajesh; Priya showed him that the last 2 launches had P1s.", 'have-backbone-disagree-and-commit', "made a written or data-backed case"],
  ["I disagreed but never showed him that the last 2 launches had P1s.", 'have-backbone-disagree-and-commit', "made a written or data-backed case"],
  ["I disagreed and planned to show him that the last 2 launches had P1s.", 'have-backbone-disagree-and-commit', "made a written or data-backed case"],
  ["I disagreed; showed him that the plan was risky.", 'have-backbone-disagree-and-commit', "made a written or data-backed case"],
  // A title's point does not end the sentence; a real sentence end does, and a claim with no costs or figures is no case.
  ["I disagreed with Dr. Okafor. Then I showed her that costs would rise.", 'have-backbone-disagree-and-commit', "made a written or data-backed case"],
  ["I disagreed with the CTO, Dr. Okafor; I showed her that the plan was too bold.", 'have-backbone-disagree-and-commit', "made a written or data-backed case"],
  ["Rajesh held the wallet launch until the load test passed.", 'insist-on-the-highest-standards', "refused to ship below the bar"],
  ["The wallet launch was held until the load test passed.", 'insist-on-the-highest-standards', "refused to ship below the bar"],
  ["I did not hold the launch until the load test passed.", 'insist-on-the-highest-standards', "refused to ship below the bar"],
  ["I wanted to hold the launch until the load test passed, but the VP shipped it.", 'insist-on-the-highest-standards', "refused to ship below the bar"],
  ["I insisted we hold the launch until the load test passed, but the VP overruled me.", 'insist-on-the-highest-standards', "refused to ship below the bar"],
  ["I held the wallet launch until we had scheduled the load test.", 'insist-on-the-highest-standards', "refused to ship below the bar"],
  ["I asked the 3 biggest teams to review instance types, but they changed them with their EMs without waiting for the full analysis.", 'bias-for-action', "did not wait for certainty"],
  ["I started with the 3 biggest teams, and their EMs changed instance types on their own without waiting for the full analysis.", 'bias-for-action', "did not wait for certainty"],
  ["I did not start with the 3 biggest teams and change instance types with their EMs without waiting for the full analysis.", 'bias-for-action', "did not wait for certainty"],
  ["I wanted to start with the 3 biggest teams and change instance types with their EMs, without waiting for the full analysis.", 'bias-for-action', "did not wait for certainty"],
  ["The platform team replaced the manual renewal with cert-manager.", 'invent-and-simplify', "put an automated path in place of manual work"],
  ["I never replaced the manual renewal with cert-manager.", 'invent-and-simplify', "put an automated path in place of manual work"],
  ["I wanted to replace the manual renewal with cert-manager, but we ran out of time.", 'invent-and-simplify', "put an automated path in place of manual work"],
  ["I replaced the manual renewal with a new manual checklist.", 'invent-and-simplify', "put an automated path in place of manual work"],
  ["Pages from 35/week to 120/week.", 'strive-to-be-earths-best-employer', "reduced on-call or after-hours load"],
  ["I kept paging people at 3 AM.", 'strive-to-be-earths-best-employer', "protected the team's time"],
  ["The vendor stopped paging people at 3 AM.", 'strive-to-be-earths-best-employer', "protected the team's time"],
  ["I did not stop paging people at night.", 'strive-to-be-earths-best-employer', "protected the team's time"],
  ["The vendor's RCA blamed a network blip.", 'ownership', "thought about the long term or wrote the post-mortem"],
  ["The vendor wrote the RCA.", 'ownership', "thought about the long term or wrote the post-mortem"],
  ["I never wrote the RCA.", 'ownership', "thought about the long term or wrote the post-mortem"],
  ["I planned to write the RCA.", 'ownership', "thought about the long term or wrote the post-mortem"],
  ["I skipped the RCA.", 'ownership', "thought about the long term or wrote the post-mortem"],
  ["I mentored Deepa, a mid-level SRE, to own the incident commander rotation.", 'ownership', "said they owned it"],
  ["I coached Deepa to take ownership of the rota.", 'ownership', "took ownership explicitly"],
  ["I let Deepa own the incident.", 'ownership', "said they owned it"],
  ["I asked the vendor to own the fix.", 'ownership', "said they owned it"],
  ["The target was a Diwali peak of 18,400 TPS with zero P1 incidents.", 'deliver-results', "hit a hard date or target"],
  ["I had to get the platform ready for the Diwali peak of 18,400 TPS with zero P1 incidents.", 'deliver-results', "hit a hard date or target"],
  ["Diwali peak 18,400 TPS, with 3 P1 incidents.", 'deliver-results', "hit a hard date or target"],
  ["All 40 clusters upgraded 9 days after EOS.", 'deliver-results', "hit a hard date or target"],
  ["My manager met her every week to go through her decisions.", 'hire-and-develop-the-best', "gave someone regular feedback"],
  ["I met my director every week to go through her decisions.", 'hire-and-develop-the-best', "gave someone regular feedback"],
  ["My director promoted Lena to tech lead.", 'hire-and-develop-the-best', "helped someone earn a promotion"],
  ["I did not promote Lena to tech lead.", 'hire-and-develop-the-best', "helped someone earn a promotion"],
  ["Lena was not promoted to tech lead after 14 months.", 'hire-and-develop-the-best', "helped someone earn a promotion"],
  ["Lena wasn't promoted to tech lead after 14 months.", 'hire-and-develop-the-best', "helped someone earn a promotion"],
  ["I promoted the release to production.", 'hire-and-develop-the-best', "helped someone earn a promotion"],
  ["The bar raiser rejected my candidate.", 'hire-and-develop-the-best', "raised the bar in the hiring loop"],
  ["I was not a bar raiser.", 'hire-and-develop-the-best', "raised the bar in the hiring loop"],
  ["I wanted to become a bar raiser.", 'hire-and-develop-the-best', "raised the bar in the hiring loop"],
  ["HR wrote a levelling framework.", 'hire-and-develop-the-best', "invested in someone's growth"],
  ["I planned to write a levelling framework.", 'hire-and-develop-the-best', "invested in someone's growth"],
  ["Our migration script deleted 870,000 personal records.", 'success-and-scale-bring-broad-responsibility', "protected user privacy"],
  ["We deleted 870,000 personal records by mistake.", 'success-and-scale-bring-broad-responsibility', "protected user privacy"],
  ["The vendor deleted 870,000 personal records.", 'success-and-scale-bring-broad-responsibility', "protected user privacy"],
  ["I never deleted the 870,000 personal records.", 'success-and-scale-bring-broad-responsibility', "protected user privacy"],
  ["I planned to delete 870,000 personal records.", 'success-and-scale-bring-broad-responsibility', "protected user privacy"],
  ["I wrote the retention rules into the adapter myself.", 'success-and-scale-bring-broad-responsibility', "protected user privacy"],
  ["Our HR lead met the works council chair to hear their worries.", 'earn-trust', "heard out the people with concerns"],
  ["I never met the works council chair to hear their worries.", 'earn-trust', "heard out the people with concerns"],
  ["I planned to meet the works council chair to hear their worries.", 'earn-trust', "heard out the people with concerns"],
  ["I met the works council chair to present the plan.", 'earn-trust', "heard out the people with concerns"],
  ["The support team answered the customer who complained, with an apology.", 'earn-trust', "owned a mistake openly"],
  ["I did not answer the customer who complained.", 'earn-trust', "owned a mistake openly"],
  ["I gave the council read access to the alert dashboard.", 'dive-deep', "personally examined the data"],
  ["The works council got read access to the dashboard.", 'dive-deep', "personally examined the data"],
  // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo): a bill that rose is no saving, in any currency; a unit
  // cost that rose neither; a time against the usual or a bare one is no date hit, and one against the plan is no faster
  // than usual.
  ['The bill went from R$ 10k to R$ 40k per month.', 'frugality', 'saved cost'],
  ['Cloud costs went from A$ 18k to A$ 40k a month.', 'frugality', 'saved cost'],
  // …in any magnitude: "€1,2 Mio." is more than "€900k", "R$ 2 millones" more than "R$ 900 mil".
  ['The bill went from €900k to €1,2 Mio. a year.', 'frugality', 'saved cost'],
  ['The bill went from R$ 900 mil to R$ 2 millones a year.', 'frugality', 'saved cost'],
  ['Routing cost per package rose 11%.', 'frugality', 'saved cost'],
  ['We shipped new freight rules in 2 days instead of 3 weeks.', 'deliver-results', 'hit a hard date or target'],
  ['Deliver MES integration in 14 weeks instead of the usual 9 months.', 'deliver-results', 'hit a hard date or target'],
  ['We finished in 40 minutes instead of the planned two hours.', 'deliver-results', 'delivered in less than the usual time'],
  ['Claims were flowing again in 6 hours instead of the 2 days the vendor had quoted.', 'deliver-results', 'delivered in less than the usual time'],
  ['It finished in 6 days instead of 2 hours.', 'deliver-results', 'delivered in less than the usual time'],
  ['Ana told me that my OKR reviews felt like audits, and I admitted it.', 'earn-trust', 'owned a mistake openly'],
  // A thirty-fourth user's trial: news learned over a weekend, told with "I" (which still reflects on it), is nothing taught oneself.
  ['I learned over a weekend that the vendor had gone bust.', 'learn-and-be-curious', 'taught themselves something new'],
  // …and a vendor's gate, or one check run once before one launch, is no lasting fix of the candidate's.
  ['The vendor added a review before every release.', 'ownership', 'left a lasting fix behind'],
  ['I ran a check before the launch.', 'ownership', 'left a lasting fix behind'],
  ['I added a check before the launch.', 'ownership', 'left a lasting fix behind'],
  // The ML engineer's trial: her manager's call was her Bias for Action; so would be any call someone else made.
  ['My manager, Vikram Shah, weighed the risk; he made the call to delay it.', 'bias-for-action', 'moved things forward'],
  ['The VP took the call to roll back.', 'bias-for-action', 'moved things forward'],
  ['The VP decided to roll back the release.', 'bias-for-action', 'moved things forward'],
  ['Priya called a rollback at 2 am.', 'bias-for-action', 'moved things forward'],
  // …a late fee paid, a return filed late, a filing never on time, a count of things broken by an hour of a night, and a
  // floor of a building (people gathered by an hour, "All 30 engineers were on the call by 9 a.m.", are below).
  ['We filed the return late and paid a late fee.', 'deliver-results', 'landed on time or on budget'],
  ['We filed the return late and paid a late fee.', 'deliver-results', 'hit a hard date or target'],
  ['We never filed on time, and 40 returns were late.', 'deliver-results', 'landed on time or on budget'],
  ['All 12 nodes were down by 3 am on the 2nd.', 'deliver-results', 'delivered to a number'],
  ['All 3 pagers went off by 4 am on the 2nd.', 'deliver-results', 'delivered to a number'],
  ['All 30 engineers were seated by the 4th floor lifts.', 'deliver-results', 'delivered to a number'],
  // The ML engineer's trial's look-alikes: someone else's query, pairings pulled from service and rebuilt by hand (the
  // hand is the rebuild's), people who disagreed, and people pulled onto the work.
  ['The analyst wrote a query that compared the outputs.', 'dive-deep', 'personally examined the data'],
  ['Pulled the 14 pairings the same day, rebuilt them by hand and re-ran the solver.', 'dive-deep', 'personally examined the data'],
  ['I pulled two engineers from the payments team onto the migration myself.', 'dive-deep', 'personally examined the data'],
  ['2 of the 5 directors disagreed with the plan.', 'dive-deep', 'reported a specific finding'],
  // prin33 (a German engineering manager's trial): a cost with no owner tag is data missing a tag, not work nobody owned;
  // his own rollout stopped to hear the engineers it was put on is no bar held.
  ['Around 30% of the cost had no owner tag, so I made tagging mandatory.', 'ownership', 'picked up something nobody owned'],
  ['Half the buckets had no owner label.', 'ownership', 'picked up something nobody owned'],
  ['I stopped the rollout after two weeks, sat with every engineer one to one, and we changed the compensation.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['I stopped the rollout because the engineers were unhappy.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['I paused the rollout and listened to the two teams it was imposed on.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  // msign (a review of prin32): a sign-off the candidate could not give (no authority, on leave) or will not give as
  // a routine handed on is neither a bar held nor a stand.
  ["I couldn't sign off on the budget myself, so I asked my director to.", 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ["I couldn't sign off on the budget myself, so I asked my director to.", 'have-backbone-disagree-and-commit', 'disagreed or pushed back'],
  ["I was on leave that week and couldn't sign off on the design in time.", 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ["I was on leave that week and couldn't sign off on the design in time.", 'have-backbone-disagree-and-commit', 'disagreed or pushed back'],
  ["I won't sign off on expenses for my team anymore; finance does it.", 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ["I won't sign off on expenses for my team anymore; finance does it.", 'have-backbone-disagree-and-commit', 'disagreed or pushed back'],
  ["I told my team I won't sign off on expenses any more.", 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ["I told my team I won't sign off on expenses any more.", 'have-backbone-disagree-and-commit', 'disagreed or pushed back'],
  ['I could not sign off the release from the airport.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['I could not sign off the release from the airport.', 'have-backbone-disagree-and-commit', 'disagreed or pushed back'],
  // prin31: a launch held, halted or delayed by someone else is not the candidate's launch refused below the bar.
  ['The PM held the launch until the defect was fixed.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['Priya held the launch until the defect was fixed.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['I asked the PM, and she held the launch until the defect was fixed.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['My manager delayed the release until the bugs were fixed.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['The director, after the failed soak test, halted the rollout.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  // trial 30: an offer held for a price is no hiring bar, and a load that surged is no load carried.
  ['I refused to extend an offer until the candidate accepted a lower salary.', 'hire-and-develop-the-best', 'raised the bar in the hiring loop'],
  ['The support queue took 3x its normal volume after the outage.', 'deliver-results', 'passed an audit or reached a required level'],
  // who29: colleagues interviewed are no customers gone to: a team's or a function's word before them, or a post up to
  // two words after the number.
  ['I interviewed six ops team leads about their pick paths.', 'customer-obsession', 'went to customers directly'],
  ['I interviewed six shift supervisors before the rollout.', 'customer-obsession', 'went to customers directly'],
  ['I interviewed ten support agents about the refund flow.', 'customer-obsession', 'went to customers directly'],
  ['I interviewed eight sales reps about the quoting tool.', 'customer-obsession', 'went to customers directly'],
  // The twenty-seventh trial: someone else telling the candidate they had been wrong is feedback, not a mistake owned.
  ['Marcus told me I had been wrong.', 'earn-trust', 'owned a mistake openly'],
  // A new user's trial (a data-platform engineering manager in Berlin, German- and Polish-shaped English): a platform is no
  // platform built for many teams when the other teams are whose things were (her cost cut, an Ownership story), and
  // things of other teams left alone, or only asked about, are no scope crossed.
  ['I owned the cost reduction of our Snowflake platform, also for warehouses which belonged to other teams.', 'think-big', 'built a platform for many teams'],
  ['The platform warehouses were owned by other teams.', 'think-big', 'built a platform for many teams'],
  // A direction someone else set is not the candidate's (the scope of it still counts).
  ['The CTO set the org-wide direction.', 'think-big', 'set the direction for many teams'],
  ['Our director wrote the strategy for all 14 product teams.', 'think-big', 'set the direction for many teams'],
  ['I resized the platform jobs run by other teams.', 'think-big', 'built a platform for many teams'],
  ['I cut our own warehouses, not the ones which belonged to other teams.', 'ownership', 'went beyond own scope'],
  ['I asked the teams which owned the warehouses to cut them.', 'ownership', 'went beyond own scope'],
  ['The warehouses which belonged to other teams were oversized.', 'ownership', 'went beyond own scope'],
  ['I owned our warehouses, but the ones which belonged to other teams stayed as they were.', 'ownership', 'went beyond own scope'],
  ["I reduced the cost of my team's warehouses only, not of other teams.", 'ownership', 'went beyond own scope'],
  // A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): "pulled two engineers off the
  // reporting dashboard" was 'personally examined the data'. People pulled off or onto work are no records pulled; the
  // engineers' tickets or a team's logs still are.
  ['I pulled two engineers off the reporting dashboard.', 'dive-deep', 'personally examined the data'],
  ['I pulled her off the billing dashboard work.', 'dive-deep', 'personally examined the data'],
  ['I pulled in two analysts from the data team.', 'dive-deep', 'personally examined the data'],
  ['I pulled two engineers off the project myself.', 'dive-deep', 'personally examined the data'],
  // A twenty-fourth user's trial's look-alikes: a vendor's staff, the candidate's own engineers, someone else sitting with
  // the customer's people, and a sitting not done.
  ["I sat with the vendor's staff for two days.", 'customer-obsession', 'went to customers directly'],
  ['I sat with my two engineers for two days.', 'customer-obsession', 'went to customers directly'],
  ['The account manager sat with their billers for two days.', 'customer-obsession', 'went to customers directly'],
  ['I never sat with their billers for a day.', 'customer-obsession', 'went to customers directly'],
  // A fourteenth user's trial's look-alikes: the manual path kept, and someone disagreeing with no call of the candidate's held.
  ['We kept the manual uploads instead of the automated feed.', 'invent-and-simplify', 'put an automated path in place of manual work'],
  ['Finance disagreed with the forecast until the quarter closed.', 'have-backbone-disagree-and-commit', 'held a position against what a stakeholder wanted'],
  // A review: the candidate's own disagreement, settled by data, is no position held against someone.
  ['I disagreed with the plan until I ran the numbers myself.', 'have-backbone-disagree-and-commit', 'held a position against what a stakeholder wanted'],
  // A review of the firmware EM's signals: the same words in a sentence where nothing of the kind was done.
  ['It was not my module, but I asked its owner to fix it by Friday.', 'ownership', 'went beyond own scope'],
  ['It was not my department, but I complained to HR.', 'ownership', 'went beyond own scope'],
  ['I passed the audit findings to the supplier quality team.', 'deliver-results', 'passed an audit or reached a required level'],
  ['The incident reached severity level 1 within an hour.', 'deliver-results', 'passed an audit or reached a required level'],
  ['I reached level 6 last year.', 'deliver-results', 'passed an audit or reached a required level'],
  ['We passed the type approval deadline by two weeks.', 'deliver-results', 'passed an audit or reached a required level'],
  ['Users picked the old checkout. I committed to fixing the new one by June.', 'have-backbone-disagree-and-commit', 'committed to a call that was not theirs'],
  ['I accepted the call from the recruiter.', 'have-backbone-disagree-and-commit', 'committed to a call that was not theirs'],
  ['The team skipped the mandatory security review, and the defect rate doubled.', 'insist-on-the-highest-standards', 'introduced quality gates'],
  ['We failed the mandatory annual audit.', 'insist-on-the-highest-standards', 'introduced quality gates'],
  ['I pulled the test results into a slide for the VP.', 'dive-deep', 'personally examined the data'],
  ['I reviewed the field returns with the customer in a weekly call.', 'dive-deep', 'personally examined the data'],
  ['I sent the test results to the customer myself.', 'dive-deep', 'personally examined the data'],
  ['I informed the auditors of the errors that we had fixed within two days.', 'earn-trust', 'raised bad news early'],
  // Loss words that are no loss told: a loss someone else told, one cut or avoided, none, a saving, a weight-loss
  // programme, a loss ratio.
  ['The vendor told the CFO about the $200k loss the same day.', 'earn-trust', 'raised bad news early'],
  ['We cut losses by $2M. I told the CFO the same day.', 'earn-trust', 'raised bad news early'],
  ['We avoided losses on the cutover. I told the CFO the same day.', 'earn-trust', 'raised bad news early'],
  ['We never lost a customer. I told the CFO the same day.', 'earn-trust', 'raised bad news early'],
  ['We lost nothing in the cutover. I told the CFO the same day.', 'earn-trust', 'raised bad news early'],
  ['I told the CFO the same day that we had lost nothing.', 'earn-trust', 'raised bad news early'],
  ['I told the CFO about the $200k saving the same day.', 'earn-trust', 'raised bad news early'],
  ['I told the CFO about the weight loss programme the same day.', 'earn-trust', 'raised bad news early'],
  ['I told the CFO about the loss ratio the same day.', 'earn-trust', 'raised bad news early'],
  ['I called the vendor about the delay immediately.', 'earn-trust', 'raised bad news early'],
  // The review's look-alikes: someone else's escalation, one to a vendor, one never made, and no bad news raised.
  ['He escalated the delay to the CTO the same day.', 'earn-trust', 'raised bad news early'],
  ['I escalated the ticket to the vendor the same day.', 'earn-trust', 'raised bad news early'],
  ['I never escalated the delay to the CTO.', 'earn-trust', 'raised bad news early'],
  ['I raised the price with the customer the same day.', 'earn-trust', 'raised bad news early'],
  ['We went through six months of PagerDuty data.', 'dive-deep', 'personally examined the data'],
  ['We analysed 3,000 user sessions from the checkout funnel.', 'dive-deep', 'personally examined the data'],
  ['We then pulled the alert logs for the whole quarter.', 'dive-deep', 'personally examined the data'],
  ['We listened to 40 recorded calls from the night shift.', 'dive-deep', 'personally examined the data'],
  ['My team combed through the incident tickets.', 'dive-deep', 'personally examined the data'],
  ['They analysed the pager logs over a weekend.', 'dive-deep', 'personally examined the data'],
  ['We sampled 200 pages from the night shift.', 'dive-deep', 'personally examined the data'],
  ['We ran the numbers again after the change.', 'dive-deep', 'personally examined the data'],
  ['The analysts joined the VM list against the flow logs.', 'dive-deep', 'personally examined the data'],
  ['The SRE team pulled the alert history and I wrote the summary.', 'dive-deep', 'personally examined the data'],
  ['We pulled six months of delivery receipts.', 'dive-deep', 'personally examined the data'],
  ['The finance team went through the bank statements.', 'dive-deep', 'personally examined the data'],
  ['I changed the template so the post-mortems named contributing factors rather than root cause.', 'dive-deep', 'found the root cause'],
  ["The team couldn't find the root cause, so they added more alerts.", 'dive-deep', 'found the root cause'],
  ['We patched the symptom instead of chasing the root cause.', 'dive-deep', 'found the root cause'],
  ['The vendor added a gate that blocks every unsigned image.', 'insist-on-the-highest-standards', 'added a check so the defect cannot pass again'],
  ['I wrote a rule that blocks any meeting over 30 minutes on Fridays.', 'insist-on-the-highest-standards', 'added a check so the defect cannot pass again'],
  // A fifteenth user's trial: a document called a bill, a go-live that was late, data joined by someone else.
  ['E-way bill generation time came down from 40 minutes to 5.', 'frugality', 'saved cost'],
  ['The bill of lading count fell by a third.', 'frugality', 'saved cost'],
  ['B2C went live on 29 August, two weeks late.', 'deliver-results', 'hit a hard date or target'],
  ['The app launched on 3 March, a month behind schedule.', 'deliver-results', 'hit a hard date or target'],
  ['The analysts joined the two teams with the platform group.', 'dive-deep', 'personally examined the data'],
  ['The team went through 2,000 AWBs by hand.', 'dive-deep', 'personally examined the data'],
  // The review of that trial: a call joined with a team, nights worked through, a go-live behind or past its
  // date, and documents called bills.
  ['I joined the bridge call with the telemetry team and the vendor.', 'dive-deep', 'personally examined the data'],
  ['I worked through 2 nights myself to restore the service.', 'dive-deep', 'personally examined the data'],
  ['The app went live on 1 June, two weeks behind.', 'deliver-results', 'hit a hard date or target'],
  ['The app went live on 1 June, a week past the deadline.', 'deliver-results', 'hit a hard date or target'],
  ['I cut e-way bill errors by 80%.', 'frugality', 'saved cost'],
  ['Airway bill rework dropped by 60%.', 'frugality', 'saved cost'],
  // A sixteenth user's trial: someone else's admission or escalation is not the candidate's.
  ["The processor's manager called me, and he admitted the error in their file.", 'earn-trust', 'owned a mistake openly'],
  ['I blocked the release. He escalated to the director.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
  ['They also escalated to the VP the same day.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
  ['Landing pages went from 25 to 6 per week.', 'strive-to-be-earths-best-employer', 'reduced on-call or after-hours load'],
  // The review of that trial's signals: someone named, or "the buyer", and what only looks like the same words.
  ['Priya escalated to the director.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
  ['Kelly escalated to the director the same day.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
  ['The buyer admitted the error in their file.', 'earn-trust', 'owned a mistake openly'],
  ['The director refused to sign off.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['I saved the $2M renewal by fixing their top three bugs.', 'frugality', 'saved cost'],
  ['The onboarding form asked users about their income.', 'customer-obsession', 'went to customers directly'],
  ['I replaced Tom as lead and, with a simple plan, got the launch back on track.', 'invent-and-simplify', 'replaced something with a simpler one'],
  ['I asked my manager about their plans for the team.', 'customer-obsession', 'went to customers directly'],
  ['I saved the 120,000 files to the archive.', 'frugality', 'saved cost'],
  // A seventeenth user's trial: a request turned down that no customer made, and the candidate's own promotion.
  ['I turned down the request for two new benches.', 'customer-obsession', 'said which customers were not served first'],
  ["I turned down my manager's request to skip the HIL run.", 'customer-obsession', 'said which customers were not served first'],
  ['I was promoted in 14 months.', 'hire-and-develop-the-best', 'helped someone earn a promotion'],
  ['I got promoted in a year.', 'hire-and-develop-the-best', 'helped someone earn a promotion'],
  ['I gave the vendor feedback on the draft.', 'hire-and-develop-the-best', 'gave someone regular feedback'],
  // The review of that change: code promoted to production, the candidate's own promotion told other ways, feedback
  // to a firm or a function.
  ['I fixed the bug and got it promoted to production after the soak.', 'hire-and-develop-the-best', 'helped someone earn a promotion'],
  ['I shipped it and was promoted within a year.', 'hire-and-develop-the-best', 'helped someone earn a promotion'],
  ['Got promoted in 14 months.', 'hire-and-develop-the-best', 'helped someone earn a promotion'],
  ['I was quickly promoted in a year.', 'hire-and-develop-the-best', 'helped someone earn a promotion'],
  ['I got myself promoted.', 'hire-and-develop-the-best', 'helped someone earn a promotion'],
  ['I gave Bosch written feedback on their PPAP.', 'hire-and-develop-the-best', 'gave someone regular feedback'],
  // A nineteenth user's trial (a payments engineer from Madrid), look-alikes: the same words where someone else acts,
  // the act is negated or contrasted, or nothing is done.
  ['The rules engine belonged to the platform team, but I asked them to move it.', 'ownership', 'went beyond own scope'],
  ['The rules engine belonged to the platform team, but they never moved it.', 'ownership', 'went beyond own scope'],
  ['The rules engine belonged to me, but I handed it over.', 'ownership', 'went beyond own scope'],
  ['I was not the manager, so I asked her to approve the rota.', 'ownership', 'went beyond own scope'],
  ['I was not the manager, so I could not approve the rota.', 'ownership', 'went beyond own scope'],
  ["Nobody asked me to, so I didn't.", 'ownership', 'went beyond own scope'],
  ['No one asked us to, and we did not.', 'ownership', 'went beyond own scope'],
  ['The vendor added an idempotency key so it cannot happen again.', 'ownership', 'fixed it so it cannot happen again'],
  ['The vendor wrote the post-mortem and added a key so it cannot happen again.', 'ownership', 'fixed it so it cannot happen again'],
  ['I asked the vendor why, and they added a key so it cannot happen again.', 'ownership', 'fixed it so it cannot happen again'],
  ['I hoped it would not happen again.', 'ownership', 'fixed it so it cannot happen again'],
  ['I never added a check so it cannot happen again.', 'ownership', 'fixed it so it cannot happen again'],
  ['The vendor replaced the manual runbook with an operator.', 'invent-and-simplify', 'replaced something with a simpler one'],
  ['The vendor replaced our old queue with a managed service.', 'invent-and-simplify', 'replaced something with a simpler one'],
  ['The vendor replaced the nightly batch with a streaming pipeline.', 'invent-and-simplify', 'invented a new approach'],
  ['We kept the nightly batch rather than replace it with a streaming pipeline.', 'invent-and-simplify', 'invented a new approach'],
  ['I replaced the broken disk with a new one.', 'invent-and-simplify', 'invented a new approach'],
  ['I replaced Tom as lead with two weeks to go.', 'invent-and-simplify', 'invented a new approach'],
  ['I learned that from the vendor docs.', 'learn-and-be-curious', 'taught themselves something new'],
  ['The analyst wrote the query that found the duplicate charges.', 'dive-deep', 'personally examined the data'],
  ['We went through the decline codes of the last quarter.', 'dive-deep', 'personally examined the data'],
  ['I wrote the query spec for the data team.', 'dive-deep', 'personally examined the data'],
  ['The deadline never moved.', 'deliver-results', 'worked round a setback or a moving target'],
  // prin38: more customers than before is no measure of theirs moved, nor a share more of something else.
  ['We had 30% more customers than last year.', 'customer-obsession', 'moved a customer-facing measure'],
  ['Sales found 15% more leads in the CRM.', 'customer-obsession', 'moved a customer-facing measure'],
  // prin38: a metric's change from many to one is no consolidation.
  ['The monthly close shrank from four days to one.', 'invent-and-simplify', 'consolidated several things into one'],
  ['The queue in the amphitheatre went from five days to one morning.', 'invent-and-simplify', 'consolidated several things into one'],
  ['Sev-1s fell from 12 incidents to one.', 'invent-and-simplify', 'consolidated several things into one'],
  ['Settlement went from 3 hours to one.', 'invent-and-simplify', 'consolidated several things into one'],
  ['By December all 12 engineers were on call.', 'deliver-results', 'delivered to a number'],
  ['The vendor masked the card numbers in their logs.', 'success-and-scale-bring-broad-responsibility', 'protected user privacy'],
  ['We did not mask the card numbers in the Kafka logs.', 'success-and-scale-bring-broad-responsibility', 'protected user privacy'],
  ['The auditors found card numbers in the logs, and the vendor masked them.', 'success-and-scale-bring-broad-responsibility', 'protected user privacy'],
  // A twentieth user's trial (an EM at an e-commerce firm), look-alikes: a share that was small, required, needed or
  // late; orders few, a term served; money below plan.
  ['Only 40% of sellers had updated their GSTIN before the deadline.', 'deliver-results', 'hit a hard date or target'],
  ['The rules required 100% of sellers to update their GSTIN before the deadline.', 'deliver-results', 'hit a hard date or target'],
  ['90% of sellers needed to update their GSTIN before the deadline.', 'deliver-results', 'hit a hard date or target'],
  ['8% of sellers missed the deadline.', 'deliver-results', 'hit a hard date or target'],
  ['30% of sellers updated their GSTIN after the deadline.', 'deliver-results', 'hit a hard date or target'],
  ['Only 9,000 orders were processed.', 'deliver-results', 'delivered to a number'],
  ['I served 3 years as the release captain.', 'deliver-results', 'delivered to a number'],
  ['The load test processed 5,000 requests a second.', 'deliver-results', 'delivered to a number'],
  ['Revenue was ₹2.3 crore below plan.', 'deliver-results', 'exceeded the goal'],
  // A twentieth user's trial: a count of complaints, told as an outcome, is no going to customers.
  ['Buyer complaints on the incident were under 50.', 'customer-obsession', 'went to customers directly'],
  ['We got under 50 buyer complaints.', 'customer-obsession', 'went to customers directly'],
  ['Customer complaints about late refunds fell 40%.', 'customer-obsession', 'went to customers directly'],
  ['Seller escalations during the sale stayed below ten.', 'customer-obsession', 'went to customers directly'],
  // A twentieth user's trial (an EM at an e-commerce firm), look-alikes: a launch held by someone else, or not held; a fix
  // someone else would not call done; a refusal contrasted; a gate that only exists.
  ['The PM delayed the autocomplete launch because it failed the quality gate.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['The launch was delayed because it failed the quality gate.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['I did not delay the launch, although it failed the quality gate.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['I delayed the launch because the vendor was late.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['She refused to mark the fix done until the validator ran clean.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['Rather than refusing to mark the fix done, I accepted the risk.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ['I refused to mark the ticket as a duplicate.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  // …and the gate her launch failed is that act's own words, not a gate she introduced.
  ['I delayed the autocomplete launch because it failed the quality gate.', 'insist-on-the-highest-standards', 'introduced quality gates'],
  // The SRE's trial's look-alikes that score otherwise: a memo written and a case made, with no call of someone
  // else's overruling it; updates to the support lead or the customer service floor, who are no customers.
  ['I wrote a memo. He disagreed. I committed to the date.', 'have-backbone-disagree-and-commit', 'disagreed, then committed'],
  ['I made the case for multi-region. The VP went with my proposal. I committed.', 'have-backbone-disagree-and-commit', 'disagreed, then committed'],
  ['I made the case for multi-region. The VP went with my proposal. I committed.', 'have-backbone-disagree-and-commit', 'committed to a call that was not theirs'],
  ['I briefed Dana Okafor, the Customer Support lead, every 20 minutes.', 'customer-obsession', 'kept customers informed through an incident'],
  ['I posted updates to the customer service floor every half hour.', 'customer-obsession', 'kept customers informed through an incident'],
  // …nor to the support lead so that her agents could answer customers: the customers are told by someone else.
  ['I updated the support lead every 20 minutes so her agents could answer customers.', 'customer-obsession', 'kept customers informed through an incident'],
  // …and a stand or an admission whose subject is the candidate's manager or team, not the candidate.
  ['My manager escalated the outage to the vendor.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
  ['Our director refused to budge.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
  ['My manager admitted the error to the customer.', 'earn-trust', 'owned a mistake openly'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a saving set against last year's
  // is no cost weighed.
  ['The saving was £20,000 against £15,000 the year before.', 'frugality', 'weighed the cost against the saving'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): personal data named as a risk is
  // no privacy protected.
  ['Personal data leaving the UK was the main risk.', 'success-and-scale-bring-broad-responsibility', 'protected user privacy'],
  // The session's review: leadership told how customers fared, someone asking questions, and a ticket routed to
  // engineering are no customers informed, no disagreement committed to, no escalation that takes backbone.
  ['I sent the CFO an update every hour on how customers were affected.', 'customer-obsession', 'kept customers informed through an incident'],
  ['I wrote a memo. He kept asking questions. I committed.', 'have-backbone-disagree-and-commit', 'disagreed, then committed'],
  ['I escalated the ticket to engineering.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
  // A twenty-third user's trial (an iOS engineer at a food-delivery firm): a customer called to be told something,
  // someone else who went to the customer, and the customer support team are no customer gone to; a customer who
  // could not accept a delay, no pain with the product.
  ['I called the client to agree the new delivery date.', 'customer-obsession', 'went to customers directly'],
  ['The account manager called the customer to test the build.', 'customer-obsession', 'went to customers directly'],
  ['I emailed the customer support team to understand the backlog.', 'customer-obsession', 'went to customers directly'],
  ['I met the customer success lead and she tested the report.', 'customer-obsession', 'went to customers directly'],
  ['The customer could not accept the delay.', 'customer-obsession', 'named the pain customers felt'],
  ['The customer support agent could not find the order.', 'customer-obsession', 'named the pain customers felt'],
  // …and taking the blame is no blame avoided.
  ['I wrote the incident report and took the blame in the review.', 'earn-trust', 'focused on fixes, not blame'],
  // …and accessibility work not done, only wanted, or a measure of users named by no disability.
  ['I did not make the app usable with VoiceOver that quarter.', 'success-and-scale-bring-broad-responsibility', 'made the product usable for people with disabilities'],
  ['I wanted to make the app usable with VoiceOver.', 'success-and-scale-bring-broad-responsibility', 'made the product usable for people with disabilities'],
  ["Power users' order completion went from 60% to 71%.", 'success-and-scale-bring-broad-responsibility', 'made the product usable for people with disabilities'],
  // Two new users' trials' near misses: a dearer way taken after the purchase avoided, a measure that got worse in its
  // quarter, a time that belongs to another clause, the candidate's own slip, someone else's untested failover, and a part
  // of the work owned with no word of owning it out loud.
  ['Instead of buying the licence for $40k, we built our own for $200k.', 'frugality', 'saved cost'],
  ['In one quarter, errors rose from 2 to 9.', 'deliver-results', 'delivered to a number'],
  ['Within a quarter the on-call pages halved, and build time fell from 24 minutes to 11.', 'deliver-results', 'delivered to a number'],
  ['We slipped by three weeks, but we finished two weeks before the lease ended.', 'deliver-results', 'delivered despite a setback'],
  ['The vendor had never tested a failover.', 'earn-trust', 'named their own misstep'],
  ['I owned my part of the migration.', 'earn-trust', 'owned a mistake openly'],
];

describe('readings a sentence must not give', () => {
  it.each(NOT_GIVEN)('%j gives %s no %j', (sentence, id, label) => {
    expect(labelsOf(sentence, id)).not.toContain(label);
  });
});

// Some sentences may still score a weak signal, but must not map a story to the principle on their own.
const BELOW_MIN: ReadonlyArray<[sentence: string, id: LpId]> = [
  // A new user's trial (a data-platform engineering manager in Berlin, German- and Polish-shaped English): her cost cut
  // is no Think Big.
  ['I owned the cost reduction of our Snowflake platform, also for warehouses which belonged to other teams.', 'think-big'],
  // A new user's trial (a data-platform engineering manager in Berlin, German- and Polish-shaped English): the CFO told the
  // same day of no problem, or of good news, is candour (2) at most; someone else telling the VP is not the candidate.
  ['I informed the CFO the same day.', 'earn-trust'],
  ['We finished the migration early. I informed the CFO the same day.', 'earn-trust'],
  ['Nothing would slip. I informed the CFO the same day.', 'earn-trust'],
  ['We had no problems with the cutover. I informed the CFO the same day.', 'earn-trust'],
  ['The cutover worked. I sent the usual weekly update to the CFO the same day.', 'earn-trust'],
  ['The vendor found a bug. He told the VP the same day.', 'earn-trust'],
  // A review: customer profiles are no CPU profiles.
  ['Customer profiles showed that most users were on mobile.', 'dive-deep'],
  ['I interviewed 40 applicants for the role.', 'customer-obsession'],
  ['I told my manager the same day that I had finished.', 'earn-trust'],
  // A review: news that is good, said at once, is no bad news raised early (candour alone scores 2).
  ['I called the client right away to say nothing was at risk.', 'earn-trust'],
  ['I told the director that afternoon that we had not missed a single SLA.', 'earn-trust'],
  // A fifth user's trial: fewer complaints are an outcome, not going to customers.
  ['- Port-related customer complaints down 41%.', 'customer-obsession'],
  // An eighth user's trial: the commit half alone is not the principle.
  ['When the VP chose the app, I committed to it.', 'have-backbone-disagree-and-commit'],
  // A new user's trial (a firmware EM at a car-parts supplier): likewise, told in two sentences.
  ['The head of quality decided for the patch plan. I committed to the two-week patch.', 'have-backbone-disagree-and-commit'],
  // An eighth user's trial: a miss foretold with no reason or timing is candour (2).
  ['I told the client our launch would slip.', 'earn-trust'],
  // A new user's trial: news told at once that is no mistake of the candidate's is candour (2), not owning one.
  ['I told my manager, the same morning, that I had finished the audit.', 'earn-trust'],
  ['I told my director that the supplier had missed the date.', 'earn-trust'],
  // A new user's trial (a firmware EM at a car-parts supplier): good news, or a risk committee, told the same day.
  ['I informed the director about the result on the same day.', 'earn-trust'],
  ['I told the director of the risk committee the same day that we were on track.', 'earn-trust'],
  // A new user's trial (a firmware EM at a car-parts supplier): mandatory reviews only planned are a gate named (2).
  ['I planned to introduce mandatory reviews next year.', 'insist-on-the-highest-standards'],
  // A nineteenth user's trial (a payments engineer from Madrid): look-alikes of her evidence that must not map alone.
  ['The deadline kept moving, and the project was cancelled.', 'deliver-results'],
  ['I was not the manager, so I asked my manager to fix the rota.', 'ownership'],
  // A twentieth user's trial (an EM at an e-commerce firm): a quality gate someone else's launch failed is a gate named (2).
  ['The PM delayed the autocomplete launch because it failed the quality gate.', 'insist-on-the-highest-standards'],
  // …and a count of complaints had been taken for going to customers (3).
  ['Buyer complaints on the incident were under 50.', 'customer-obsession'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): someone taken through a plan, not
  // the evidence for a position held, must not map alone.
  ['Tom disagreed; I took him through the onboarding plan.', 'have-backbone-disagree-and-commit'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a model built, with no data
  // pulled for it, must not map alone.
  ['I built a demand model for the winter peak.', 'dive-deep'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): good news told the same week, and a
  // miss told with no timing or reason, must not map alone.
  ['I told the director the same week that we had finished.', 'earn-trust'],
  ['I told the client we would miss.', 'earn-trust'],
  // A review of the principle evidence: a post-mortem alone, or a lasting fix alone, is half of what the advice asks for.
  ['I wrote the post-mortem.', 'ownership'],
  ['I added automated tests to my own feature.', 'ownership'],
  // A review of the principle evidence: a delivery still late is no delivery despite a setback.
  ['We still shipped 2 weeks late.', 'deliver-results'],
];

describe('near misses that stay below the mapping score', () => {
  it.each(BELOW_MIN)('%j scores under 3 for %s', (sentence, id) => {
    expect(scoreOf(sentence, id)).toBeLessThan(3);
  });
});

// Evidence strong enough alone to map a story to its principle (a seventh user's trial: twelve merchants
// interviewed in person scored 2, "not shown yet").
const MAPS_ALONE: ReadonlyArray<[sentence: string, id: LpId]> = [
  ['I disagreed with our CTO, Dr. Folake Adebayo, who wanted to move everything on-premise; I showed her that diesel and power costs would wipe out the saving.', 'have-backbone-disagree-and-commit'],
  // A thirty-fifth user's trial (an engineering manager at a logistics firm in São Paulo): each scored nothing, or 3.5 at most.
  ['Ana told me that my OKR reviews felt like audits. I admitted it in front of the group and changed the review to a 30-minute conversation per team.', 'earn-trust'],
  ['I mapped the 14 ingestion paths myself and proposed to replace them with one event pipeline.', 'invent-and-simplify'],
  ['I guaranteed no layoffs.', 'strive-to-be-earths-best-employer'],
  ['Nobody on the team worked a weekend.', 'strive-to-be-earths-best-employer'],
  ['The bill went from R$ 1,2 milhão to R$ 720 mil per month, with the same 7 people and no hiring.', 'frugality'],
  ['Cost down from R$ 42k to R$ 18k a month.', 'frugality'],
  // prin33 (a German engineering manager's trial): his disagree-and-commit story scored nothing.
  ['After two weeks of discovery I was sure that the date is not possible. I told Maria Schulz, the product director, that in my opinion we need until 15th of November. She did not agree, the date was already communicated. So I prepared a one-pager with three options and the risk of each: full scope late, reduced scope on time, or full scope on time with a feature flag and 50% traffic. I presented it together with her to the CPO. The decision was made to go with reduced scope, saved cards came in a second release. I accepted that and committed my team to it.', 'have-backbone-disagree-and-commit'],
  // A new user's trial (a data-platform engineering manager in Berlin, German- and Polish-shaped English): each scored 2 or less.
  ['I owned the cost reduction of the Snowflake bill, also for warehouses which belonged to other teams.', 'ownership'],
  ['I delivered the migration with the 9 people I had.', 'frugality'],
  ['In October we found that the migration would miss the November close. I informed the CFO the same day.', 'earn-trust'],
  ['Pages went from 40 to 7 per week in two months.', 'strive-to-be-earths-best-employer'],
  // A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): 2 before.
  ['I had never worked with FHIR, so I spent my first three weeks learning it.', 'learn-and-be-curious'],
  // A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): his apology scored nothing.
  ["I called each client's CFO and apologized.", 'earn-trust'],
  ['I interviewed 12 merchants myself and found small shops cared more about instant settlement.', 'customer-obsession'],
  ['I called every merchant who had churned that quarter.', 'customer-obsession'],
  // A fifteenth user's trial (an engineer at a logistics firm, Indian English): each scored nothing.
  ['I went through 2,000 duplicate AWBs myself and joined them with the API gateway logs.', 'dive-deep'],
  ['It was not my module, I was the backend lead for route planning, but I took the incident on myself till it was closed.', 'ownership'],
  ['I paired each with a senior and reviewed their incident notes every Friday.', 'hire-and-develop-the-best'],
  // An eighth user's trial: each of these scored 2 or nothing.
  ['I picked it up, although payouts sat with finance operations and not with us.', 'ownership'],
  ['I had argued for a physical token, so when the VP chose the app I said so, and then I committed to it.', 'have-backbone-disagree-and-commit'],
  ['I told the head of risk, Tomas Berg, that we would miss the audit date, and why.', 'earn-trust'],
  ['We moved the card traffic onto the new gateway and retired the other two integrations.', 'invent-and-simplify'],
  // A new user's trial (an EM at a fintech): these scored nothing for Customer Obsession and Earn Trust.
  ['Merchants were giving up on onboarding halfway, and the share who went live rose from 54% to 78%.', 'customer-obsession'],
  ['I called Sanjay Kulkarni, the Zestkart head of customer support, personally to explain what happened.', 'earn-trust'],
  // A new user's trial (a firmware EM at a car-parts supplier): her strongest story scored nothing for Ownership.
  ['The steering angle sensor was not my module, but I felt responsible for what reached the drivers.', 'ownership'],
  ['I refused to let the team mark a software requirement as verified without a linked test.', 'insist-on-the-highest-standards'],
  ['I did not agree with shipping the open defects. The head of quality decided for the patch plan. I committed to the two-week patch.', 'have-backbone-disagree-and-commit'],
  ["I informed the OEM's project lead, Jana Dvořák, about the risk on the same day, before she heard it from purchasing.", 'earn-trust'],
  ['We did not buy the two new test benches, which saved 500,000 euro.', 'frugality'],
  ['I proposed a booking calendar and a common configuration, so one test bench can run tests for two or three projects.', 'invent-and-simplify'],
  ['We reached Capability Level 2 for all eight processes, and traceability coverage went from 55% to 98%.', 'deliver-results'],
  // A nineteenth user's trial (a payments engineer from Madrid): her clearest evidence scored nothing, or 2.
  ['The rules engine belonged to the platform team, but I offered to move it to our cluster.', 'ownership'],
  ['Although I was not the manager, I took on the job of making on-call sustainable.', 'ownership'],
  ['I was not the manager, but I took on making on-call sustainable.', 'ownership'],
  ['I wrote the post-mortem and added an idempotency key so it cannot happen again.', 'ownership'],
  ['I analysed the decline codes of the last 90 days myself and found that 40% were stolen-card codes.', 'dive-deep'],
  ['I went through the decline codes of the last 90 days myself.', 'dive-deep'],
  ['I wrote the query that found the 1,340 cards charged twice.', 'dive-deep'],
  ['I learnt Go operator patterns from the Strimzi source over two weekends.', 'learn-and-be-curious'],
  ['I read the EBA standard and the EMVCo specification myself, because nobody knew which exemptions we could use.', 'learn-and-be-curious'],
  ['I got rid of the nightly batch and replaced it with a streaming pipeline.', 'invent-and-simplify'],
  ['I replaced the 4-hour manual runbook with an operator.', 'invent-and-simplify'],
  ['The deadline kept moving, and Mastercard changed the data only flow in the middle of the project. By December 2020 all 3,000 merchants were on 3-D Secure 2.', 'deliver-results'],
  ['I deleted or rewrote the alerts that nobody acted on, and we give a day off after a heavy night.', 'strive-to-be-earths-best-employer'],
  ['I fixed the PCI audit finding by masking card numbers in the Kafka logs.', 'success-and-scale-bring-broad-responsibility'],
  // A twentieth user's trial (an EM at an e-commerce firm, Indian English): each scored 2, or nothing.
  ['I delayed the autocomplete launch because it failed the quality gate.', 'insist-on-the-highest-standards'],
  ['I refused to mark the fix done until the validator had run clean for two weeks.', 'insist-on-the-highest-standards'],
  ['12,00,000 orders projected, 13,40,000 served, ₹2.3 crore above plan.', 'deliver-results'],
  ['92% of sellers updated their GSTIN before the deadline.', 'deliver-results'],
  ['I told him exactly what went wrong without hiding anything.', 'earn-trust'],
  ['I shipped it behind a flag to 5% of buyers so I could switch it off in minutes.', 'bias-for-action'],
  ['We avoided a ₹25 lakh consulting contract.', 'frugality'],
  ['I built vernacular search for buyers in tier-2 and tier-3 cities.', 'customer-obsession'],
  // A new user's trial (an SRE who writes terse, bullet-like stories): her clearest sentences scored nothing, or 2.
  ['I wrote a 6-pager: multi-region on AWS would give 95% of the benefit at 30% of the cost. He disagreed, kept multi-cloud. I committed.', 'have-backbone-disagree-and-commit'],
  ['I chose Argo CD and killed Spinnaker instead of maintaining both.', 'invent-and-simplify'],
  ['Deploy tools from 3 to 1; 2 runbooks deleted.', 'invent-and-simplify'],
  ['Not my team officially. I volunteered to fix it.', 'ownership'],
  ['Load tested at 10x with k6; found the session store fell over at 6x.', 'dive-deep'],
  ['Posted status updates every 30 min for customers.', 'customer-obsession'],
  ['Shared the post-mortem with the affected customers.', 'earn-trust'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a position held against a senior's
  // disagreement, and a call committed to after someone did not fully agree (2 before).
  ['Tom disagreed, and said so in the leadership meeting; I held my position and took him through the spike\'s results.', 'have-backbone-disagree-and-commit'],
  ['Simon didn\'t fully agree with the phasing, and I committed to that properly.', 'have-backbone-disagree-and-commit'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a saving weighed against its cost
  // (nothing before).
  ['In the end the saving is £240,000 a year against about £35,000 of engineering time.', 'frugality'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): records exported and modelled by
  // the candidate (nothing before).
  ['I exported the query history and the warehouse metering myself and built a simple model of cost per team.', 'dive-deep'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a bar held until a test passed
  // (nothing before).
  ['I insisted that no system could be marked done until an automated test had proved the numbers matched.', 'insist-on-the-highest-standards'],
  ['I refused to certify the 40 most-used finance tables until their tests passed.', 'insist-on-the-highest-standards'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a miss told the same week, and why
  // (nothing before).
  ['I told Laura Pritchard, the finance director, the same week that we would miss, and why, rather than wait for the quarterly review.', 'earn-trust'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): six roles hired and one promoted since
  // (2 before).
  ['I was the hiring manager for all six roles, and one has been promoted to senior since.', 'hire-and-develop-the-best'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): pseudonymised cohorts in place of the
  // file, no personal data leaving the UK (1 before).
  ['We agreed to replace the file with aggregated, pseudonymised cohorts (no personal data leaving the UK).', 'success-and-scale-bring-broad-responsibility'],
  // A new user's trial (an engineering manager in Leeds, long British-English paragraphs): a pilot elsewhere abandoned later for
  // the reasons the candidate gave (nothing before).
  ['A year later, the Databricks pilot elsewhere in the group was abandoned for the reasons I\'d given.', 'are-right-a-lot'],
  // A review of the principle evidence: a user who followed each principle's advice word for word and still saw the
  // warning (2, or nothing, before).
  ['I set the org-wide direction in a one-pager: OpenTelemetry as the single standard for all 25 squads. 24 of the 25 squads adopted the standard.', 'think-big'],
  ['I replaced the BIND cluster with Route 53 and removed 900 stale records, which let the network team stop patching 4 servers.', 'invent-and-simplify'],
  ['I wrote the post-mortem and I pushed for an automatic rollback.', 'ownership'],
  ['I escalated the network link delay to the CTO on the same day I found it.', 'earn-trust'],
];

describe('evidence that maps a story alone', () => {
  it.each(MAPS_ALONE)('%j scores 3 or more for %s', (sentence, id) => {
    expect(scoreOf(sentence, id)).toBeGreaterThanOrEqual(3);
  });
});

// A new user's trial (an EM at a fintech): "pulled six months of delivery receipts" scored 1 and "pulled the mismatch
// logs" 3. Records the candidate pulled and read count as much as logs do.
// A twenty-seventh user's trial: "told the CFO within the hour" must score at least what "the same day" does, whatever
// words say how soon (within minutes, within an hour, immediately), and wherever in the sentence they stand.
describe('bad news told promptly, in any words', () => {
  const soon = ['within the hour', 'within an hour', 'within minutes', 'within 30 minutes', 'within two hours', 'immediately', 'straight away'];
  it.each([
    'I told the CFO {T}.',
    'I called the CFO {T}.',
    'I told the CFO {T} that we had double-paid 212 merchants.',
    'I told Dana Whitfield, the CFO, {T} that we had overpaid merchants by $1.4M.',
    'The migration would miss the close. I told the CFO {T}.',
    'I owned the mistake and told the CFO {T}.',
    'I told the CFO and the head of risk {T}.',
    '{T}, I told the CFO.',
  ])('%j scores each as the same day does, or more', (frame) => {
    const say = (when: string) => (frame.startsWith('{T}') ? frame.replace('{T}', when[0]!.toUpperCase() + when.slice(1)) : frame.replace('{T}', when));
    const sameDay = scoreOf(say('the same day'), 'earn-trust');
    expect(sameDay).toBeGreaterThan(0);
    for (const when of soon) expect(scoreOf(say(when), 'earn-trust'), when).toBeGreaterThanOrEqual(sameDay);
  });
});

describe('records pulled and read', () => {
  it.each([
    ['I pulled six months of delivery receipts.', 'I pulled six months of delivery logs.'],
    ['I went through the settlement statements line by line.', 'I went through the settlement logs line by line.'],
    ['I pulled the payout ledgers myself.', 'I pulled the payout logs myself.'],
    // A firmware EM's trial: "I read the fault memory myself" scored 0, "read the fault logs" 3.
    ['I read the fault memory of the returned units myself.', 'I read the fault logs of the returned units myself.'],
    ['I checked the trouble codes on every returned unit.', 'I went through the logs on every returned unit.'],
  ])('%j scores as much as %j', (records, logs) => {
    expect(scoreOf(records, 'dive-deep')).toBeGreaterThanOrEqual(3);
    expect(scoreOf(records, 'dive-deep')).toBe(scoreOf(logs, 'dive-deep'));
  });
});

// An eighth user's trial: a post-mortem the candidate chose not to wait for counted as one they wrote.
describe('a post-mortem not waited for', () => {
  const labels = (action: string) => scorePrinciples({ title: 't', action }).find((s) => s.id === 'ownership')?.evidence.map((e) => e.label) ?? [];
  const postMortem = 'thought about the long term or wrote the post-mortem';

  it('gives no post-mortem evidence, and keeps one written', () => {
    expect(labels('I patched the feed that night rather than waiting for the post-mortem.')).not.toContain(postMortem);
    expect(labels('I patched the feed that night and wrote the post-mortem the next day.')).toContain(postMortem);
  });
});

// An eighth user's trial: the disagreement in one section and the commitment in the next scored 2, "not shown yet".
describe('a story told across its sections', () => {
  it('hears the commitment in another section than the disagreement', () => {
    const story = {
      title: 't',
      situation: 'The COO set an eight-week timeline for the new sign-in flow.',
      action: 'I disagreed with the timeline and argued for a hardware token, with branch data on members without smartphones.',
      result: 'The COO chose the app. I committed to it and we launched in week nine.',
    };
    const backbone = scorePrinciples(story).find((s) => s.id === 'have-backbone-disagree-and-commit');
    expect(backbone?.score).toBeGreaterThanOrEqual(3);
    expect(backbone?.evidence.map((e) => [e.field, e.label])).toContainEqual(['result', 'committed to a call that was not theirs']);
  });
});

// A new user's trial: "delivered on time", the cliché lint reports as a vague outcome, scored 2 for Deliver
// Results. Backed by a number in its clause or right after it, as lint judges it, it counts.
describe('a result cliché', () => {
  it.each([
    ['We delivered on time.', 'We delivered on time: all 37 molds ran in Monterrey eleven days before the freeze.'],
    ['The plant launch finished on budget.', 'The plant launch finished on budget, at $4.1M against $4.3M planned.'],
    ['We beat the target this year.', 'We beat the target this year: 212,000 housings against 190,000 planned.'],
  ])('%j is no evidence, and %j is', (bare, backed) => {
    expect(scoreOf(bare, 'deliver-results')).toBe(0);
    expect(scoreOf(backed, 'deliver-results')).toBeGreaterThanOrEqual(2);
  });

  it('is no evidence in any section, and the same words backed in another section count there', () => {
    const story = { title: 't', action: 'The tooling transfer was delivered on schedule.', result: 'The line went live on schedule: 14,000 housings in the first month.' };
    const dr = scorePrinciples(story).find((s) => s.id === 'deliver-results');
    expect(dr?.evidence.map((e) => [e.field, e.label])).toEqual([['result', 'landed on time or on budget']]);
  });

  it('still counts where a longer phrase only passes through it', () => {
    expect(labelsOf('I shipped the app on schedule, even though I had argued against it.', 'have-backbone-disagree-and-commit')).toContain('committed once the call was made');
  });
});

// Scoring checks only the signals flagged `cliche` (a claimed result that can be told as a cliché), so a signal
// of weight 2 or 3 that can end in one must carry the flag. The clichés below cover the families of
// src/text/cliches.ts, in our own words.
describe('the cliché flag', () => {
  const CLICHES = [
    'We delivered the new scheduler on time.',
    'The relocation went live on schedule and on budget.',
    'The press line finished ahead of schedule.',
    'The tooling budget came in under budget.',
    'We met all our goals for the half.',
    'We hit every milestone in the plan.',
    'All deadlines were met.',
    'We beat the target.',
    'We smashed our targets.',
    'We exceeded expectations.',
    'The launch was a big success, and we successfully moved the plant.',
    'It improved the customer experience, and customer satisfaction improved significantly.',
    'Everyone was happy, the stakeholders were delighted and customers loved it.',
    'The feedback from the dealers was overwhelmingly positive.',
    'It improved efficiency, visibility and alignment.',
    'We streamlined the process and reduced friction.',
    'Team morale improved and there was more transparency.',
    'Trust improved across the shifts.',
    'The rollout went smoothly, without a hitch.',
    'It made a big difference and added real value.',
    'It was a game changer, and the line is rock solid now.',
    'We recovered quickly and customers barely noticed.',
    'It was a step change, and the best launch ever.',
    'We raised the bar and set a new standard.',
    'We moved the needle, and it paid off handsomely.',
    'Pages load much faster now.',
  ];
  it.each([...LP_IDS])('%s flags every signal of weight 2 or 3 that can end in a cliché', (id) => {
    for (const text of CLICHES) {
      const cliches = findCliches(text);
      for (const s of SIGNALS[id]) {
        if (s.weight < 2) continue;
        for (const m of text.matchAll(s.pattern)) {
          const end = m.index + m[0].length;
          if (cliches.some((c) => c.index < end && end <= c.index + c.length)) expect(s.cliche, `${s.label} on ${JSON.stringify(m[0])}`).toBe(true);
        }
      }
    }
  });
});

// endsOneActWith and withinOneActOf name signals counted before this one (heavier, or as heavy and listed first) in the
// same principle: a label that names none, or one counted after, would silently count the same words twice.
describe('endsOneActWith, withinOneActOf', () => {
  it.each([...LP_IDS])('%s names only signals of its own counted before the signal', (id) => {
    const signals = SIGNALS[id];
    signals.forEach((s, i) => {
      for (const label of [...(s.endsOneActWith ?? []), ...(s.withinOneActOf ?? [])]) {
        const j = signals.findIndex((t) => t.label === label);
        expect(j, `${s.label} → ${label}`).toBeGreaterThanOrEqual(0);
        const before = signals[j]!.weight > s.weight || (signals[j]!.weight === s.weight && j < i);
        expect(before, `${s.label} → ${label}`).toBe(true);
      }
    });
  });
});

// A new user's trial (an engineering manager in Leeds): one act told in one phrase counts once, however many signals
// hear a part of it.
describe('one act, counted once', () => {
  it.each<[string, LpId, string[]]>([
    // Attrition cut is not also the team's attrition asked about.
    ['I cut engineering attrition in half.', 'strive-to-be-earths-best-employer', ['cut staff attrition']],
    ['Within two years first-year attrition halved.', 'strive-to-be-earths-best-employer', ['cut staff attrition']],
    // A position held against someone's disagreement is not also a stand of its own.
    ['Tom disagreed; I held my position.', 'have-backbone-disagree-and-commit', ['held a position against what a stakeholder wanted']],
    // A saving weighed against its cost, either way round, is not also a saving of its own.
    ['In the end the saving is £240,000 a year against about £35,000 of engineering time.', 'frugality', ['weighed the cost against the saving']],
    ['It took about £35,000 of engineering time for a saving of £240,000 a year.', 'frugality', ['weighed the cost against the saving']],
    ['The change cost £35,000 and saves £240,000 a year.', 'frugality', ['weighed the cost against the saving']],
    // Records exported and modelled in one breath.
    ['I exported the query history and built a simple cost model.', 'dive-deep', ['personally examined the data']],
    // A new user's trial (an engineering manager at a Nigerian bank): the one word "customers" counted as a segment named
    // and again as customers mentioned. Customers told elsewhere still count as mentioned.
    ['We migrated in two phases, new customers first.', 'customer-obsession', ['named a specific customer segment']],
    ['Screen-reader users could not reach the pay button.', 'customer-obsession', ['named a specific customer segment', 'named the pain customers felt']],
    ['We moved new customers first and wrote to the existing customers a month ahead.', 'customer-obsession', ['named a specific customer segment', 'mentions customers']],
  ])('%j gives %s only %j', (sentence, id, labels) => {
    expect(labelsOf(sentence, id)).toEqual(labels);
  });
});

// A new user's trial (an engineering manager in Leeds): "Interviewed 14 heads of department" counted as going to
// customers in his story about hiring. People inside the business are customers where the story serves them (an
// internal platform's), not in a hiring round, nor in a story whose customers are outside.
describe('people inside the business, gone to', () => {
  const coLabels = (story: Record<string, string>) =>
    scorePrinciples({ title: 't', ...story }).find((s) => s.id === 'customer-obsession')?.evidence.map((e) => e.label) ?? [];
  const interviewed = 'I interviewed 14 heads of department about what they needed from the reports.';

  it('are customers of an internal platform', () => {
    expect(coLabels({ title: 'A reporting platform for the group', situation: 'Fourteen departments kept their own spreadsheets.', action: interviewed })).toContain(
      'went to internal customers directly',
    );
    expect(coLabels({ situation: 'Business users waited a week for each report.', action: 'I sat down with the finance managers to ask about their reporting.' })).toContain(
      'went to internal customers directly',
    );
  });

  // A review of the principle evidence: readiness counted a story's finance controllers as its customers, and the
  // principles did not count them as internal customers, so going to them was no Customer Obsession. One list now.
  it('are customers where the story names the finance controllers it serves, as readiness counts them', () => {
    const satDown = 'I sat down with the finance controllers about their reporting.';
    expect(coLabels({ situation: 'The finance controllers spent four days each month-end reconciling spreadsheets.', action: satDown })).toContain(
      'went to internal customers directly',
    );
    expect(coLabels({ situation: 'The controllers waited three days for the month-end close.', action: 'I asked the controllers about their reporting.' })).toContain(
      'went to internal customers directly',
    );
    // Software controllers, and "the controllers" with no finance near, are no internal customers.
    expect(coLabels({ situation: 'The Kubernetes controllers kept crashing.', action: 'I sat down with the controllers about their reporting.' })).toEqual([]);
    // Nor is a site manager of the candidate's own, for either.
    expect(coLabels({ situation: 'Our site managers reported to me.', action: 'I sat down with our site managers about their reporting.' })).toEqual([]);
  });

  // A review of the principle evidence: the downstream consumers of the data are a data platform's customers, for the
  // principles as for readiness, and going to them is Customer Obsession; consumers told as software are not.
  it('are customers where they consume a data product, not where they are a program', () => {
    const asked = 'I interviewed the downstream consumers of the data about what they needed.';
    expect(coLabels({ situation: 'The pricing feed landed late, and the downstream consumers of the data built workarounds.', action: asked })).toContain(
      'went to internal customers directly',
    );
    expect(coLabels({ situation: 'The downstream consumers of the feed crashed on every schema change.', action: 'I sat down with the consumers about their needs.' })).not.toContain(
      'went to internal customers directly',
    );
    expect(coLabels({ situation: 'We ran 60 Kafka consumers on the orders topic.', action: 'I sat down with the consumers about their needs.' })).not.toContain(
      'went to internal customers directly',
    );
  });

  // signals27: the legal and operating teams a story serves are internal customers, and going to them is Customer
  // Obsession; legal as a gate, and the candidate's own people, are not.
  it('are customers where the story serves the legal or an operating team', () => {
    expect(coLabels({ situation: 'Support agents searched three systems for each refund.', action: 'I sat with the support agents to ask about their workflow.' })).toContain(
      'went to internal customers directly',
    );
    expect(coLabels({ situation: 'Legal spent two days per matter chasing acknowledgements.', action: 'I sat down with legal about their process.' })).toContain(
      'went to internal customers directly',
    );
    expect(coLabels({ situation: 'The warehouse ops team re-keyed every order by hand.', action: 'I interviewed the ops team leads about what they needed.' })).toContain(
      'went to internal customers directly',
    );
    expect(coLabels({ situation: 'Legal signed off the terms.', action: 'I sat down with legal about their process.' })).toEqual([]);
    expect(coLabels({ situation: 'Business users waited a week for each report.', action: 'I sat down with my analysts about their needs.' })).not.toContain(
      'went to internal customers directly',
    );
  });

  // who29: the people interviewed are not made the story's users by the interview itself ("I interviewed six finance
  // controllers", "12 store managers"): only where the story says elsewhere that it serves them, or what serves them.
  it('are not customers by being interviewed alone', () => {
    expect(coLabels({ action: 'I interviewed six ops team leads about their pick paths.' })).toEqual([]);
    expect(coLabels({ action: 'I interviewed six finance controllers.' })).toEqual([]);
    expect(coLabels({ action: 'I interviewed 12 store managers about their reporting.' })).toEqual([]);
    expect(coLabels({ situation: 'Store managers waited a day for their sales figures.', action: 'I interviewed 12 store managers about their reporting.' })).toContain(
      'went to internal customers directly',
    );
    expect(coLabels({ title: 'A reporting platform for the group', action: 'I interviewed six finance controllers.' })).toContain('went to internal customers directly');
    // A review's internal-tools story: the sales reps a CRM serves, named by their pain, then interviewed.
    expect(
      coLabels({ situation: 'Sales reps spent 20 minutes logging each lead in the CRM.', action: 'I interviewed twelve sales reps to learn what the CRM lacked, then cut the lead form to six fields.' }),
    ).toContain('went to internal customers directly');
    expect(coLabels({ action: 'I interviewed twelve sales reps about their pipeline.' })).toEqual([]);
  });

  it('are not customers of a hiring round, even one for a platform team', () => {
    expect(coLabels({ title: 'Building the data platform team', task: 'I was the hiring manager for all six roles.', action: interviewed })).toEqual([]);
  });

  it('are not customers of a story whose customers are outside, or that names none', () => {
    expect(coLabels({ situation: 'Shoppers abandoned checkout.', action: interviewed })).not.toContain('went to internal customers directly');
    expect(coLabels({ action: interviewed })).toEqual([]);
  });
});

// A twenty-fourth user's trial (an engineering manager at a US healthcare SaaS firm): in a failure story where his change
// caused it, "Screen reader users could not complete a payment" was a segment named (+2) and the pain customers felt
// (+2), and plan gave the failure story the Customer Obsession slot. Customers' pain told right after the candidate's own
// change is its damage; a pain told before the change, or as its reason, is one the candidate set out to fix.
describe("customers' pain told as the damage of the candidate's own change", () => {
  const coLabels = (story: { situation?: string; task?: string; action?: string; result?: string; tags?: string[] }) => scorePrinciples({ title: 't', ...story }).find((s) => s.id === 'customer-obsession')?.evidence.map((e) => e.label) ?? [];
  const damage = ['named a specific customer segment', 'named the pain customers felt'];

  it.each([
    { action: 'I shipped the redesign without an accessibility review to hit the date. Screen reader users could not complete a payment for nine days.' },
    { situation: 'My change to the payment page broke the focus order. Screen reader users could not complete a payment.', action: 'I rolled it back.' },
    { action: 'After my release, screen reader users could not complete a payment.' },
    { action: 'I pushed a config change on Friday.', result: 'Clinic users could not log in until Monday.' },
  ])('gives %j neither a segment nor a pain', (story) => {
    const labels = coLabels(story);
    for (const label of damage) expect(labels).not.toContain(label);
  });

  it.each([
    // The pain fixed, told before the change or as its reason (the accessibility signals a twenty-third user's trial added).
    [{ situation: 'Screen reader users could not complete a payment on our portal.', action: 'I rebuilt the payment form so it worked with VoiceOver.' }, damage],
    [{ action: 'I shipped the new form because screen reader users could not complete a payment.' }, damage],
    [{ action: 'I reached out to the customer who had written in. A blind customer could not pay for her order, so I rebuilt the checkout.' }, ['named the pain customers felt']],
  ])('still hears %j', (story, labels) => {
    expect(coLabels(story)).toEqual(expect.arrayContaining(labels));
  });

  // A twenty-eighth user's trial: "My CoreDNS change took checkout down", the change told in the situation and
  // "customers could not pay" in the result, was the pain customers felt (+2) and suggested Customer Obsession. In a
  // story of the candidate's own change gone wrong (a failure story that tells the change), the pain of it counts
  // nothing wherever it is told after the change, or told with the change as its cause.
  const dns = {
    situation: 'In November, two weeks before Black Friday, I pushed a change to the CoreDNS configuration in our production cluster.',
    task: 'It was my change and my decision to roll it out on a Thursday without a canary.',
    action: 'After ten minutes the checkout pods could not resolve the payment provider. I rolled back the config myself and told the head of e-commerce it was my mistake. I decided to freeze all platform changes until after Cyber Monday.',
    result: 'Checkout was down for 47 minutes and customers could not pay; we lost around 85k EUR of orders.',
  };
  it.each([
    ['the trial\'s story', dns],
    ['a `failure` tag, the pain in the result', { tags: ['failure'], situation: 'I pushed a config change to the payments service on a Friday.', action: 'I paged the on-call engineer and we rolled it back by Saturday noon.', result: 'For a day, customers could not pay by card.' }],
    ['failure words, the pain two sentences on', { action: 'I shipped the new checkout flow without a canary. By Monday the error rate had tripled. Shoppers could not check out for six hours, and that was my mistake.' }],
    ['the pain told first, with the change as its cause', { tags: ['failure'], situation: 'For 47 minutes customers could not pay because of my config change.', action: 'I rolled it back and wrote the post-mortem.' }],
  ])('gives the pain of the candidate\'s own change gone wrong no Customer Obsession, wherever it is told: %s', (_label, story) => {
    expect(coLabels(story)).not.toContain('named the pain customers felt');
    expect(scorePrinciples({ title: 't', ...story }).find((p) => p.id === 'customer-obsession')?.score ?? 0).toBeLessThan(3);
  });

  it.each([
    // Someone else's damage the candidate fixed: no failure of theirs, and the pain counts wherever it is told.
    ['someone else\'s damage, fixed', { situation: "The vendor's release broke refunds on a Friday.", action: 'I shipped a patch within the hour.', result: 'For six hours before that, customers could not get refunds.' }],
    ['someone else\'s damage, the pain after the fix in its sentence', { situation: "The vendor's release broke refunds on a Friday.", action: 'I shipped a patch within the hour, but customers could not get refunds until the queue drained.' }],
    ['an incident the candidate ran, not caused', { tags: ['incident'], situation: 'A certificate the vendor owned expired at 02:00.', action: 'I deployed a new certificate and ran the incident call.', result: 'For 40 minutes customers could not log in.' }],
    // A failure story whose pain is the one the candidate set out to fix, told before the change.
    ['the pain set out to fix, before the change, in a failure story', { tags: ['failure'], situation: 'Customers could not find the returns page on mobile.', action: 'I shipped a redesign of the account menu, and it broke checkout for two hours.' }],
    // A failure story with no change of the candidate's: a missed date.
    ['a failure with no change of the candidate\'s', { situation: 'I committed to a March launch.', action: 'I missed the date by six weeks.', result: 'Until May, customers could not pay by instalments.' }],
  ])('still hears the pain: %s', (_label, story) => {
    expect(coLabels(story)).toContain('named the pain customers felt');
  });
});

// A review of the principle evidence: a date hit is a delivery before the date. A measure that got worse before an
// event, someone moving house, travelling or leaving before it, and a time longer than the plan's were read as the
// candidate hitting a date ("Availability went from 96% to 91% two days before the opener" scored 3), while a launch a
// week ahead of a board meeting scored nothing.
describe('a date hit is a delivery before the date or within the plan', () => {
  const dateHit = 'hit a hard date or target';

  it.each([
    'Availability went from 96% to 91% two days before the opener.',
    'Checkout conversion went from 4.1% to 3.2% a week before Black Friday.',
    'p99 latency went from 300 ms to 900 ms two days before the sale.',
    'I moved to Bengaluru two weeks before the Diwali sale.',
    'My family moved to Pune a month before the deadline.',
    'I moved teams two weeks before the launch.',
    'I landed in Delhi two days before the Diwali sale.',
    'I left the company two weeks before the launch.',
    // A review of the principle evidence: a team's or an office's move, told with "we" or of the office, is a relocation
    // too ("We moved to Bengaluru" scored a date hit).
    'We moved to Bengaluru two weeks before the Diwali sale.',
    'The team moved from Pune to Bengaluru two weeks before the Diwali sale.',
    'We moved into the new office two weeks before the Diwali sale.',
    'We moved the office to Whitefield two weeks before the Diwali sale.',
    'We moved our whole team to Hong Kong a week before the launch.',
    'We moved offices two weeks before the Diwali sale.',
    'We shipped in 6 weeks instead of the planned 4.',
    'The migration was done in 3 months instead of the planned 2.',
    'We finished in 90 minutes instead of the planned hour.',
    // A day or a week before an event, told of someone cleared to go, reaching out or off sick.
    'The team was cleared to travel a day before the event.',
    'I reached out to the vendor a week before the launch.',
    'I was off sick a week before the launch.',
  ])('gives %j no date hit, and no Deliver Results', (sentence) => {
    expect(labelsOf(sentence, 'deliver-results')).not.toContain(dateHit);
    expect(scoreOf(sentence, 'deliver-results')).toBeLessThan(3);
  });

  it('gives a time longer than the plan no number delivered either', () => {
    expect(labelsOf('We shipped in 6 weeks instead of the planned 4.', 'deliver-results')).toEqual([]);
  });

  it.each([
    'We shipped two days before the Diwali sale.',
    'It went live a week ahead of the board meeting.',
    'We shipped it in 4 weeks instead of the planned 6.',
    'We finished in 40 minutes instead of the planned two hours.',
    'Error rates went from 9% to 2% two days before the opener.',
    'Payment success went from 91% to 98% within a week, two days before the IPL opener.',
    'I moved the payments cluster to the new region two weeks before the freeze.',
    'We moved to Kubernetes two weeks before the code freeze.',
    // Work moved to a region, a platform or a tool is no relocation, a team moved onto one neither.
    'We moved the workloads to Frankfurt two weeks before the Diwali sale.',
    'We moved to New Relic two weeks before the Diwali sale.',
    'We moved the team to the new platform two weeks before the Diwali sale.',
    'Every site was cleared a day before the audit.',
  ])('still hears %j as a date hit', (sentence) => {
    expect(labelsOf(sentence, 'deliver-results')).toContain(dateHit);
  });
});


// A twenty-ninth user's trial (a TPM at an Indian fintech, bullet style): in a story of a launch missed by three weeks,
// "Launched 3 weeks late" was 'delivered to a number' and "re-planned" 'cut scope to protect the date', so plan gave the
// missed launch Deliver Results over one shipped six days early. A delivery told as late delivered nothing to a number, and
// a re-plan in a story whose delivery came late (or whose deadline the candidate missed) protected no date.
describe('a delivery told as late', () => {
  const toNumber = 'delivered to a number';
  const protectedDate = 'cut scope to protect the date';
  const dateHit = 'hit a hard date or target';
  const labels = (fields: { situation?: string; action?: string; result?: string }) => scorePrinciples({ title: 't', ...fields }).find((s) => s.id === 'deliver-results')?.evidence.map((e) => e.label) ?? [];

  it.each([
    '- Launched 3 weeks late, on 5 April.',
    'We launched to 12 markets, three weeks late.',
    'Migrated all 40 services a month after the deadline.',
    'Completed the migration of 40 services 2 weeks behind schedule.',
    'Launched in 14 weeks, 3 weeks later than planned.',
    'Shipped 3 weeks behind plan.',
    'The release was overdue.',
  ])('gives %j no number delivered and no date hit', (sentence) => {
    expect(labelsOf(sentence, 'deliver-results')).not.toContain(toNumber);
    expect(labelsOf(sentence, 'deliver-results')).not.toContain(dateHit);
  });

  it.each([
    ['Launched 3 weeks early.', toNumber],
    // Lateness of something else, after a new clause, or a word that only starts with it.
    ['Delivered 40 services in 6 weeks, though the vendor was late.', toNumber],
    ['Launched to 12 markets in 6 weeks; the vendor API shipped late.', toNumber],
    ['Migrated 40 services in 6 weeks, with no late-night pages.', toNumber],
    ['Shipped 6 days before the RBI deadline.', dateHit],
    // A review's: "overdue" before a noun, and a target gone beyond (beaten), are no lateness.
    ['We launched overdue-invoice reminders on the committed date.', dateHit],
    ['We delivered 1,200 stores, beyond our target of 1,000, by the March deadline.', toNumber],
  ])('still hears %j (%s)', (sentence, label) => {
    expect(labelsOf(sentence, 'deliver-results')).toContain(label);
  });

  it.each([
    { action: '- I re-planned the rollout with the engineering manager.', result: '- Launched 3 weeks late, on 5 April.' },
    { action: 'I cut the bulk-upload feature from launch scope.', result: 'We went live two weeks after the committed date.' },
    { action: 'I re-baselined the plan with the bank.', result: 'We missed the deadline by three weeks.' },
    { action: 'I re-planned and got us back on track.', result: 'The release shipped a month behind schedule.' },
  ])('gives a re-plan or a scope cut no date protected where the delivery came late: %j', (fields) => {
    expect(labels(fields)).not.toContain(protectedDate);
  });

  it.each([
    // The date held, or another's miss made up for, or a predecessor's late launch in the situation.
    { action: 'I re-planned the rollout and we launched on the original date.' },
    { action: 'The vendor missed their date, so I re-planned and we launched on time.' },
    { situation: "Last year's launch went live three weeks late.", action: 'I cut the loyalty integration from launch scope.', result: 'We launched on 1 July.' },
    { action: 'I re-planned after the first milestone slipped.', result: 'Shipped 6 days before the RBI deadline.' },
    // A late start, or something late, that is no late delivery.
    { action: 'After a late start I cut two reports from the launch scope.', result: 'Launched on the committed date.' },
    { action: 'If we missed the deadline, the bank would fine us, so I re-planned.', result: 'Launched on the committed date.' },
    // A review's: what came in or was delivered to the candidate late, a vendor's delivery, and a rehearsal finished late
    // on a day, are no late delivery of the story's.
    { action: "The vendor's card readers came in late, so I re-planned the rollout into two waves.", result: 'We launched on 1 March, the committed date.' },
    { action: 'Legal approvals were delivered late, so I re-planned the launch into two waves.', result: 'We launched on 1 March, the committed date.' },
    { action: 'The vendor delivered the SDK late, so I re-planned the rollout.', result: 'We launched on 1 March, the committed date.' },
    { action: 'I re-planned the cutover, and we finished the final rehearsal late on Sunday.', result: 'We went live on Monday 1 March as committed.' },
  ])('still hears a re-plan or a scope cut where the date held: %j', (fields) => {
    expect(labels(fields)).toContain(protectedDate);
  });

  // A new user's trial (an ML engineer in Bengaluru): a launch due before a sale, which her manager delayed, re-planned for
  // after it and launched 10 days after it, was a date protected ("replanned") and a number delivered ("launched 10 days").
  // A delivery told after the event it was due before is told late; a time told after it, or past a deadline, is no number.
  const dueBeforeSale = 'The new search ranking was due to launch before the Big Billion Days sale.';
  it.each([
    { situation: dueBeforeSale, action: 'I replanned the launch for after the sale with the search team.', result: 'The sale ran on the old ranking.' },
    { situation: dueBeforeSale, action: 'I replanned the launch with the search team.', result: 'We launched 10 days after the sale with p99 latency of 280 ms.' },
    { situation: 'We had to go live before Diwali.', action: 'I re-planned the cutover.', result: 'We went live a week after Diwali.' },
  ])('gives a re-plan no date protected where the delivery moved past the event it was due before: %j', (fields) => {
    expect(labels(fields)).not.toContain(protectedDate);
  });

  it.each([
    { situation: dueBeforeSale, result: 'We launched 10 days after the sale with p99 latency of 280 ms.' },
    { result: 'We launched 10 days after the deadline.' },
    { result: 'We shipped two weeks past the committed date.' },
  ])('gives a time told past the date no number delivered: %j', (fields) => {
    expect(labels(fields)).not.toContain(toNumber);
  });

  it.each([
    // Due before the sale and delivered before it; another event after which it was re-planned; a time after a start; and
    // scope deferred and shipped after the rest.
    [{ situation: dueBeforeSale, action: 'I replanned the launch with the search team.', result: 'We launched 3 days before the sale.' }, protectedDate],
    [{ situation: dueBeforeSale, action: 'I replanned the launch after the load test failed.', result: 'We launched on the committed date.' }, protectedDate],
    [{ result: 'We launched 10 days after kickoff, with 40 stores live.' }, toNumber],
    [{ result: 'Synonyms shipped 6 weeks later.' }, toNumber],
  ])('still hears %j (%s)', (fields, label) => {
    expect(labels(fields)).toContain(label);
  });
});

// A new user's trial (an ML engineer in Bengaluru, Indian English): "The model was not mine; the data science team owned it
// and their lead was on leave", then her rollback, post-mortem and a shadow stage before any fraud model goes live, scored
// the post-mortem alone (2). A thing told as another team's, then fixed for good by the candidate, is ownership beyond their
// remit; told alone, or as a fault not theirs, or followed by a wait, it is none.
describe('the learned section', () => {
  // A new user's trial (a São Paulo engineer): the lasting fix told in learned ("what you changed afterwards") is the
  // candidate's act, read there as in the action; a lesson alone there adds no fix.
  it('hears a lasting fix told there, beside the incident acted on in the action', () => {
    const story = {
      title: 't',
      action: 'I made the rollback myself, opened the incident room and coordinated the fix with the DBAs. I wrote the postmortem and presented it to the engineering directors.',
      learned: 'I added a pipeline check that blocks migrations with table locks.',
    };
    const ownership = scorePrinciples(story).find((s) => s.id === 'ownership');
    expect(ownership?.evidence.find((e) => e.label === 'left a lasting fix behind')?.field).toBe('learned');
    expect(ownership?.score).toBeGreaterThanOrEqual(8);
  });

  it('adds no fix for a lesson with none', () => {
    const story = { title: 't', action: 'I wrote the postmortem.', learned: 'I learned to check migrations for table locks.' };
    const labels = scorePrinciples(story).find((s) => s.id === 'ownership')?.evidence.map((e) => e.label) ?? [];
    expect(labels).not.toContain('left a lasting fix behind');
  });
});

describe('a thing told as someone else’s, then fixed for good', () => {
  const scope = 'went beyond own scope';
  const labels = (fields: { situation?: string; action?: string; learned?: string }) =>
    scorePrinciples({ title: 't', ...fields }).find((s) => s.id === 'ownership')?.evidence.map((e) => e.label) ?? [];
  const lastingFix = 'I added a schema check on the feature store and a shadow-mode stage of 48 hours before any fraud model goes live.';

  it.each([
    { situation: 'The model was not mine; the data science team owned it and their lead was on leave.', action: lastingFix },
    { situation: 'The data science team owned it.', action: lastingFix },
    { situation: 'The pipeline was owned by the risk team.', action: 'I rolled it back and added an automated check so it cannot happen again.' },
    { situation: "It was the payments team's service.", action: 'I wrote the runbook and named an owner for each alert.' },
    { action: `The model was not mine, so I rolled it back. ${lastingFix}` },
  ])('hears %j', (fields) => {
    expect(labels(fields)).toContain(scope);
  });

  it('maps the trial’s story to Ownership', () => {
    const story = {
      title: 't',
      situation: 'The model was not mine; the data science team owned it and their lead was on leave.',
      action: `I rolled the model back within 40 minutes. I wrote the post-mortem. ${lastingFix}`,
    };
    expect(scorePrinciples(story).find((s) => s.id === 'ownership')?.score).toBeGreaterThanOrEqual(3);
  });

  it.each([
    // No lasting fix of the candidate's after it: a wait, an escalation, a vendor's, or one told before it.
    { situation: 'The model was not mine; the data science team owned it.', action: 'I escalated to their director and waited for the fix.' },
    { situation: 'The model was not mine.', action: 'The vendor added a review before every release.' },
    { action: `${lastingFix} The model was not mine.` },
    // A fault or a call not the candidate's, the candidate's own team, and a team that owned nothing.
    { situation: 'The mistake was not mine; the vendor config was wrong.', action: lastingFix },
    { situation: 'The decision was not ours.', action: lastingFix },
    { situation: 'My team owned the model.', action: lastingFix },
    { situation: 'Nobody on the team owned the documentation.', action: lastingFix },
  ])('gives %j no scope gone beyond', (fields) => {
    expect(labels(fields)).not.toContain(scope);
  });
});

// A user who told a migration as lp-coverage's advice for Deliver Results asks ("Give the hard date or target, the setback
// you hit, and the number you landed anyway", prin31) got no more for it than "All rows moved three weeks before the
// deadline": the setback, told without "despite", and the number, told as 14 million ledger rows, gave nothing.
describe('a setback hit, and the way round it', () => {
  const setback = 'worked round a setback or a moving target';
  const labels = (fields: { situation?: string; action?: string; result?: string }) => scorePrinciples({ title: 't', ...fields }).find((s) => s.id === 'deliver-results')?.evidence.map((e) => e.label) ?? [];
  const score = (fields: { action?: string; result?: string }) => scorePrinciples({ title: 't', ...fields }).find((s) => s.id === 'deliver-results')?.score ?? 0;

  it('scores the date met, the setback and the number above the date alone, each as its own evidence', () => {
    const told = {
      action: "When the vendor's bulk loader failed at 40% in the first rehearsal, I split the load into 200 shards.",
      result: 'All 14 million ledger rows moved to the new cluster with zero reconciliation errors, and the old database was switched off three weeks before the March 31 deadline.',
    };
    expect(labels(told)).toEqual(['hit a hard date or target', setback, 'delivered to a number']);
    expect(score(told)).toBeGreaterThan(score({ result: 'All rows moved three weeks before the deadline.' }));
    expect(score(told)).toBeGreaterThanOrEqual(6);
  });

  it.each([
    "When the vendor's bulk loader failed at 40% in the first rehearsal, I split the load into 200 shards.",
    "The vendor's bulk loader failed at 40% in the first rehearsal, so I split the load into 200 shards.",
    'After our lead engineer left in week three, I reassigned his two modules and pulled in a contractor.',
    'When the payments vendor pulled out two weeks before launch, we switched to the in-house gateway.',
    'The SAP interface was delayed by three weeks, so I moved the crew data load to a nightly file.',
    // prin38: people moved to the work, with no "the" or "to" after "moved".
    'The billing API was delayed three weeks, so I moved two engineers from search.',
    'When the tech lead left, I added a second contractor to the data team.',
    'When our supplier slipped a month, I found a second supplier in Poland.',
  ])('hears %j', (action) => {
    expect(labels({ action })).toContain(setback);
    // Alone, a setback maps no story.
    expect(score({ action })).toBeLessThan(3);
  });

  it.each([
    // No way round it, the candidate's own leaving, and "left" as something left in place.
    'When the deploy failed, I rolled it back and paged the team.',
    'When I left the company, we moved to a new office.',
    'The team left the old cache in place, so I added a TTL.',
    // The way round not taken.
    "When the vendor's loader failed, I didn't split the load.",
    // prin38: a way round that is no work on the project, and a setback of the candidate's own life.
    'When my manager left, I found a new job.',
    'After Dana resigned in March, I added her to the farewell card.',
    'When the demo crashed, I switched to the backup laptop.',
    'When my flight was cancelled, I re-sequenced the workshop agenda.',
    'My laptop crashed, so I rebuilt the release pipeline.',
  ])('gives %j no setback worked round', (action) => {
    expect(labels({ action })).not.toContain(setback);
  });

  // A review: the candidate's manager leaving is a setback of the work's, with a way round that is work.
  it("hears the candidate's manager leaving, worked round", () => {
    expect(labels({ action: 'My manager quit two weeks before launch, so I re-planned the cutover.' })).toContain(setback);
  });

  it('gives a setback worked round nothing where the delivery came late', () => {
    const action = "When the vendor's bulk loader failed at 40% in the first rehearsal, I split the load into 200 shards.";
    expect(labels({ action, result: 'We launched 3 weeks late.' })).toEqual([]);
    expect(labels({ action, result: 'We missed the deadline by three weeks.' })).toEqual([]);
    expect(labels({ action: 'We worked to a deadline that kept moving.', result: 'We launched 3 weeks late.' })).toEqual([]);
    expect(labels({ action, result: 'We launched on 1 March, the committed date.' })).toContain(setback);
  });
});

// A review of the principle evidence: since customers' pain told after the candidate's own change stopped counting,
// "After my release, drivers in Pune saw blank maps; I rolled a fix within the hour and called the three fleet owners"
// scored no Customer Obsession and no Ownership. The damage made right, by the candidate, with the customers it hurt,
// is both; the damage alone is neither, and someone else's fix and calls are not the candidate's.
describe("a customer pain the candidate caused, fixed, and told the customers about", () => {
  const story = (action: string) => scorePrinciples({ title: 't', action });
  const score = (action: string, id: LpId) => story(action).find((s) => s.id === id)?.score ?? 0;

  it.each([
    'After my release, drivers in Pune saw blank maps; I rolled a fix within the hour and called the three fleet owners.',
    'My config change broke login for clinic users. I rolled it back within the hour and phoned each affected clinic.',
  ])('maps %j to Customer Obsession and Ownership', (action) => {
    expect(score(action, 'customer-obsession')).toBeGreaterThanOrEqual(3);
    expect(score(action, 'ownership')).toBeGreaterThanOrEqual(3);
  });

  it.each([
    "When the vendor's API failed, I rolled a fix within the hour and called every affected merchant.",
    '- Shipped a hotfix that night and emailed the 40 affected customers myself.',
  ])('maps a fix and the customers told, whoever caused it, to Customer Obsession: %j', (action) => {
    expect(score(action, 'customer-obsession')).toBeGreaterThanOrEqual(3);
  });

  it.each([
    'After my release, drivers in Pune saw blank maps.',
    'After my release, screen reader users could not complete a payment.',
    'After my release, drivers in Pune saw blank maps; the on-call engineer rolled a fix and support called the fleet owners.',
  ])('gives the damage alone, or fixed by others, neither: %j', (action) => {
    expect(score(action, 'customer-obsession')).toBeLessThan(3);
    expect(score(action, 'ownership')).toBe(0);
  });

  it.each([
    'After my release, drivers in Pune saw blank maps; I rolled a fix within the hour.',
    'I rolled a fix and called the product owners.',
    'I fixed the bug and emailed the support team.',
  ])('gives a fix with no customers told no Customer Obsession: %j', (action) => {
    expect(score(action, 'customer-obsession')).toBe(0);
  });

  it.each([
    'After my release, drivers in Pune saw blank maps; I rolled a fix within the hour.',
    'My migration corrupted the March invoices. Within a day I reverted it.',
  ])('maps the damage of their own change, fixed by the candidate, to Ownership: %j', (action) => {
    expect(score(action, 'ownership')).toBeGreaterThanOrEqual(3);
  });

  it.each([
    'After my release, checkout conversion rose 4%, and I then fixed the two typos users found.',
    'My change shipped on Friday; the vendor broke their API on Monday, and the on-call engineer rolled it back.',
    'After my release, drivers in Pune saw blank maps, and I never fixed it.',
  ])('gives no Ownership to a fix of no damage, or not the candidate\'s: %j', (action) => {
    expect(score(action, 'ownership')).toBe(0);
  });
});


// A fresh-eyes review: a restore from backups that was proved, tested or practised was read as the data a removal lost,
// so "I decommissioned the old cluster after I proved we could restore it from backups in 20 minutes" was an accident,
// and Invent and Simplify (4 before) dropped out. Only a restore that happened is one.
describe('a restore from backups: one that happened tells an accident, one possible or practised does not', () => {
  it('keeps Invent and Simplify for a removal after a restore proved possible', () => {
    const story = 'I decommissioned the old cluster after I proved we could restore it from backups in 20 minutes. I simplified the deploy flow by removing three manual steps.';
    expect(labelsOf(story, 'invent-and-simplify')).toContain('removed something');
    expect(scoreOf(story, 'invent-and-simplify')).toBe(4);
  });

  it.each([
    'I decommissioned the old cluster after I proved we could restore it from backups in 20 minutes.',
    'I decommissioned the old cluster once we can restore it from a backup.',
    'I deleted the old DB after I tested restoring it from backups.',
    'I deleted the old DB; we had practised restoring it from backups every month.',
    'I deleted the old DB after a restore drill from backups.',
    'I deleted the old DB, having verified the restore from backup.',
    'I deleted the old DB after I showed the team how to restore it from backups.',
    'I deleted the old DB; our time to restore from backups was under an hour.',
    'I deleted the old DB, since we would restore it from backup if we ever needed it.',
  ])('a removal still counts where the restore was possible or practised: %j', (action) => {
    expect(labelsOf(action, 'invent-and-simplify')).toContain('removed something');
  });

  it.each([
    'I deleted the old DB and had to restore it from a backup.',
    'I deleted the old DB, and we restored the orders from backups that night.',
    'I deleted the old DB. We spent the weekend restoring it from backups.',
    'I deleted the old DB and we needed to restore it from the backup.',
    'I deleted the old DB, and I tested nothing, so we had to restore it from a backup.',
  ])('a removal does not count where the restore happened: %j', (action) => {
    expect(labelsOf(action, 'invent-and-simplify')).not.toContain('removed something');
  });
});

// A review of the principle evidence: readings carried over from earlier changes, each checked against today's signals
// (a test for each, and a fix only where the reading was still wrong).
describe('carried-over readings', () => {
  it.each([
    // "not my job alone" is a job shared, not one taken on beyond the candidate's scope.
    ['It was not my job alone, so I pulled in the data team.', 'ownership', 'went beyond own scope'],
    ['It was not my job alone to fix it, but I took the lead.', 'ownership', 'went beyond own scope'],
    ["It wasn't my team's problem alone.", 'ownership', 'went beyond own scope'],
    ['It was not mine to fix alone.', 'ownership', 'went beyond own scope'],
    ["It was not my team's problem alone, but I led the fix.", 'ownership', 'went beyond own scope'],
    ["It wasn't my system alone, but I fixed it.", 'ownership', 'went beyond own scope'],
    // "no churn" is no pain customers felt.
    ['The rollout went smoothly, with no churn.', 'customer-obsession', 'named the pain customers felt'],
    ['We saw no churn among the pilot merchants.', 'customer-obsession', 'named the pain customers felt'],
    ['There was zero merchant churn in the first quarter.', 'customer-obsession', 'named the pain customers felt'],
    ['No customers churned during the migration.', 'customer-obsession', 'named the pain customers felt'],
    ['None of the pilot merchants churned.', 'customer-obsession', 'named the pain customers felt'],
    ['Churn stayed at zero through the price change.', 'customer-obsession', 'named the pain customers felt'],
    ['We moved all 300 accounts without any cart abandonment.', 'customer-obsession', 'named the pain customers felt'],
    // A database deleted by mistake is a data-loss incident, not a simplification, and the orders lost are no data examined.
    ['I deleted the old DB by mistake and we lost two days of orders.', 'invent-and-simplify', 'removed something'],
    ['I deleted the old DB by mistake and we lost two days of orders.', 'dive-deep', 'worked from months of raw data'],
    ['I accidentally deleted the production database.', 'invent-and-simplify', 'removed something'],
    ['By mistake I deleted the old DB.', 'invent-and-simplify', 'removed something'],
    ['I removed the old database servers by accident, and checkout went down.', 'invent-and-simplify', 'removed something'],
    ['I decommissioned the old DB cluster, and we lost a day of bookings.', 'invent-and-simplify', 'removed something'],
    ['I deleted the old DB. We lost two days of orders.', 'invent-and-simplify', 'removed something'],
    ['I deleted the old DB and had to restore it from a backup.', 'invent-and-simplify', 'removed something'],
    ['I accidentally shut down the idle instances in production.', 'frugality', 'cut waste in infrastructure or vendors'],
    ['I deleted the unused servers by mistake, and we lost a day of payments.', 'frugality', 'cut waste in infrastructure or vendors'],
    // A review of the principle evidence: a script that destroyed live data is an incident, told with no accident words.
    ['My script deleted 14 tables in prod.', 'invent-and-simplify', 'removed something'],
    ['My script dropped 14 tables in prod.', 'invent-and-simplify', 'removed something'],
    ['I ran the cleanup script and it deleted 14 tables in prod.', 'invent-and-simplify', 'removed something'],
    ['A script I wrote wiped the orders table in production.', 'invent-and-simplify', 'removed something'],
    ['My migration deleted the customer table.', 'invent-and-simplify', 'removed something'],
    ['The nightly cleanup job removed 40,000 rows from the ledger.', 'invent-and-simplify', 'removed something'],
    // Bad news told before the quarterly review is news told early (Earn Trust), not a call made without certainty.
    ['I told Laura Pritchard, the finance director, the same week that we would miss, and why, rather than wait for the quarterly review.', 'bias-for-action', 'did not wait for certainty'],
    ['Rather than wait for the quarterly review, I told the director the same week.', 'bias-for-action', 'did not wait for certainty'],
    ["I didn't wait for the monthly steering meeting; I emailed the sponsor that afternoon.", 'bias-for-action', 'did not wait for certainty'],
    ['I told the VP about the slip without waiting for the quarterly business review.', 'bias-for-action', 'did not wait for certainty'],
    // Someone else's refusal is not the candidate's backbone, nor their bar: after an adverb, a relative "who", an
    // aside between commas, or a possessive ("the vendor's QA lead").
    ['The vendor flatly refused to budge.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
    ['The vendor still refused to back down.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
    ['The vendor repeatedly refused to back down.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
    ['We were stuck with a vendor who refused to budge.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
    ['The vendor, after a week of calls, refused to budge.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
    ['The vendor, Acme, refused to back down.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
    ["The vendor's account manager refused to back down.", 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
    ["The vendor's QA lead refused to ship the build.", 'insist-on-the-highest-standards', 'refused to ship below the bar'],
    ['The supplier still refused to sign the deviation.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
    ['The vendor simply refused to waive the fee.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ] as Array<[string, LpId, string]>)('%j gives %s no %j', (sentence, id, label) => {
    expect(labelsOf(sentence, id)).not.toContain(label);
  });

  it.each([
    ["It wasn't my job, but I fixed it alone over a weekend.", 'ownership', 'went beyond own scope'],
    ['This was not my job, but I took it on.', 'ownership', 'went beyond own scope'],
    ["It wasn't my team's system, but I fixed it on my own.", 'ownership', 'went beyond own scope'],
    ["It wasn't my team's system, but I fixed it alone.", 'ownership', 'went beyond own scope'],
    ['Churn among small merchants doubled after the price change.', 'customer-obsession', 'named the pain customers felt'],
    ['Merchants churned when payouts slipped.', 'customer-obsession', 'named the pain customers felt'],
    ['No one had looked at why merchants churned.', 'customer-obsession', 'named the pain customers felt'],
    ['Cart abandonment was 70% on mobile.', 'customer-obsession', 'named the pain customers felt'],
    ['I deleted the old database after the migration.', 'invent-and-simplify', 'removed something'],
    ['I retired the old DB and saved 30k a year.', 'invent-and-simplify', 'removed something'],
    ['I shut down 40 idle instances.', 'frugality', 'cut waste in infrastructure or vendors'],
    ['I deleted the old DB. We lost nothing: every row had been copied and checked.', 'invent-and-simplify', 'removed something'],
    // A program's clean-up of what was meant to go, and a program removing what is no data, are still removals.
    ['My script removed 400 unused tables.', 'invent-and-simplify', 'removed something'],
    ['I wrote a script that deleted 3,000 stale feature flags.', 'invent-and-simplify', 'removed something'],
    ['The migration removed three legacy systems.', 'invent-and-simplify', 'removed something'],
    ['I deleted 14 unused tables after the cut-over.', 'invent-and-simplify', 'removed something'],
    // A review of the change: work a program automated away is no live data destroyed.
    ['The reconciliation job removed 2,000 manual journal entries a month.', 'invent-and-simplify', 'removed something'],
    ['My new pipeline eliminated the manual data entry in the branches.', 'invent-and-simplify', 'removed something'],
    ['Our automation eliminated 300 manual orders a week.', 'invent-and-simplify', 'removed something'],
    ['The new intake script removed the paper orders from the depot.', 'invent-and-simplify', 'removed something'],
    ['I pulled six months of orders to find the pattern.', 'dive-deep', 'worked from months of raw data'],
    ['I read the last two days of orders line by line.', 'dive-deep', 'worked from months of raw data'],
    ['Instead of waiting for the quarterly review, I cut the feature that week.', 'bias-for-action', 'did not wait for certainty'],
    ['Rather than wait for the quarterly review, I paused the rollout.', 'bias-for-action', 'did not wait for certainty'],
    ["I didn't wait for the vendor's fix; I told the team to switch regions.", 'bias-for-action', 'did not wait for certainty'],
    ["I didn't wait for the weekly review; I told the team to roll back that night.", 'bias-for-action', 'did not wait for certainty'],
    ['- Released the PO without waiting for the budget review.', 'bias-for-action', 'did not wait for certainty'],
    ['The vendor refused to budge, so I refused to back down too.', 'have-backbone-disagree-and-commit', 'held their ground or escalated'],
    ['The vendor pushed for a waiver; I flatly refused to sign the deviation.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
    ['I still refused to ship the build.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
    ['I was the only engineer who refused to sign the deviation.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
    ['I read the report, checked the logs, then refused to sign the deviation.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
    ['When the VP asked, I, as the release owner, refused to ship the build.', 'insist-on-the-highest-standards', 'refused to ship below the bar'],
  ] as Array<[string, LpId, string]>)('%j still gives %s %j', (sentence, id, label) => {
    expect(labelsOf(sentence, id)).toContain(label);
  });

  // A review of the change: each match a filter turned down split the whole story into sentences again, and tested them
  // for accident words, so a long story of such matches took seconds (a thousand of the sentence below took 15 s).
  it.each([
    'I ran the script and it deleted 14 tables, ',
    'My script deleted 14 tables. ',
    'We moved to Bengaluru two weeks before the Diwali sale. ',
    'I interviewed the heads of finance about their reporting. ',
  ])('weighs a thousand of %j at once, its evidence read', (sentence) => {
    const story = { title: 't', situation: 'The ledger was slow.', task: 'I owned it.', action: sentence.repeat(1000), result: 'Cut p99 from 2 s to 1 s.' };
    // (How long it takes is npm run bench's to measure, its "pathological patterns" case; a reading that went back to
    // trying every way would hang this test past its timeout.)
    expect(scorePrinciples(story).find((p) => p.id === 'ownership')?.evidence.map((e) => e.text)).toContain('I owned');
  });

  it('hears the data a deletion lost in the next section too', () => {
    const story = { title: 't', action: 'I deleted the old DB on the Friday.', result: 'We lost two days of orders.' };
    const removed = scorePrinciples(story).find((s) => s.id === 'invent-and-simplify')?.evidence.map((e) => e.label) ?? [];
    expect(removed).not.toContain('removed something');
  });
});

// A new user's trial (a data-platform engineering manager in Berlin): a hiring freeze scored her migration story
// Frugality 1, the freeze in the situation at half weight, while the hint asks what was delivered without new
// headcount. The freeze is the setting; delivering without the people it cost, told in the action or the result,
// is the evidence.
describe('a hiring freeze and the people the candidate delivered with', () => {
  const frugality = (story: { situation?: string; action?: string; result?: string }) =>
    scorePrinciples({ title: 't', ...story }).find((s) => s.id === 'frugality')?.score ?? 0;
  const situation = 'In spring 2023 the company announced a hiring freeze, and my two new engineers were cancelled.';

  it('scores the freeze in the situation low, and delivery with the team there was clearly', () => {
    expect(frugality({ situation })).toBe(1);
    expect(frugality({ situation: `${situation} We delivered the migration with the 9 people we had.` })).toBeLessThan(3);
    expect(frugality({ situation, action: 'I delivered the migration with the 9 people I had.' })).toBe(4);
    expect(frugality({ situation, result: 'All 600 jobs ran on dbt before the audit, without new headcount.' })).toBe(4);
    expect(frugality({ situation, result: 'We finished before the audit without hiring.' })).toBe(4);
  });
});

// The privacy signal's stop of collecting, logging or tracking people's data: up to three words may come between the
// stop and what names people or their data ("stopped logging full card numbers"), and none of them a preposition,
// conjunction or pronoun ("stopped logging debug output for their users" is about a service). Each such word is
// pinned at each of the three places, against a word that is none, so the list and its places stay as they are.
describe('the privacy signal: words between a stop and the data stopped', () => {
  const privacy = SIGNALS['success-and-scale-bring-broad-responsibility'].find((s) => s.label === 'protected user privacy')!;
  const matches = (sentence: string) => [...sentence.matchAll(privacy.pattern)].map((m) => m[0]);
  const NOT_BETWEEN = (
    'for in on at to from into onto with without by about via through across per and or but so because when while after ' +
    'once during outside before where until than as of that which this it them'
  ).split(' ');

  it.each<[string, string[]]>([
    ['We stopped tracking drivers at night.', ['stopped tracking']],
    ['We stopped logging full card numbers.', ['stopped logging']],
    ["We stopped storing the riders' GPS traces.", ['stopped storing']],
    ['We stopped sharing the raw customer records.', ['stopped sharing']],
    ['We stopped storing the old raw customer records.', ['stopped storing']],
    // A word that only begins like one of the list is a word like any other.
    ['We stopped recording inbound customer calls.', ['stopped recording']],
    ['We stopped logging itemised order payroll lines.', ['stopped logging']],
    // Four words between are too many.
    ['We stopped storing the very old raw customer records.', []],
    ['We stopped logging debug output for customers.', []],
    ['We stopped recording it for users.', []],
    ['We stopped logging this user’s searches.', []],
    ['We stopped capturing screenshots of customer screens.', []],
  ])('%j matches %j', (sentence, expected) => {
    expect(matches(sentence)).toEqual(expected);
  });

  it.each(NOT_BETWEEN)('%j is no word between, in any of the three places', (word) => {
    for (const words of [[word], ['old', word], ['old', 'raw', word]]) {
      expect(matches(`We stopped logging ${words.join(' ')} customers.`), words.join(' ')).toEqual([]);
      expect(matches(`We stopped logging ${words.map((w) => (w === word ? 'new' : w)).join(' ')} customers.`)).toEqual(['stopped logging']);
    }
    for (const before of [[word, 'old', 'raw'], ['old', word, 'raw']]) {
      expect(matches(`We stopped logging ${before.join(' ')} customers.`), before.join(' ')).toEqual([]);
    }
  });
});

// A third review: a sign-off withheld on money or a request is no bar of quality, though it may be a stand.
describe('a sign-off withheld on money or a request', () => {
  const bar = 'refused to ship below the bar';
  it.each([
    'I told the CFO I wouldn\'t sign off on the vendor invoice.',
    'I told my director I wouldn\'t sign off on the headcount request.',
    'I wasn\'t comfortable signing off the budget for the second region.',
  ])('gives %j no bar held', (action) => {
    expect(labelsOf(action, 'insist-on-the-highest-standards')).not.toContain(bar);
  });
  it('still hears a release or readiness sign-off withheld', () => {
    expect(labelsOf("I told him I wouldn't sign off on readiness.", 'insist-on-the-highest-standards')).toContain(bar);
  });
});

// Two new users' trials: a module shipped "with the regression suite only half done" was Insist on the Highest Standards
// (+3, the fix made to stay fixed), and "I had accepted the single vendor to save CA$40K", told as the candidate's part in
// an outage, Invent and Simplify (+3, things consolidated), so plan and drill put the stories forward for both. An act told
// as not done right after it, or in a clause told as the candidate's own mistake, is no evidence (and a single thing relied
// on, or told failing, is no consolidation); the same act done, someone else's left undone before the candidate's, and an
// act told once the mistake's clause has ended, still are.
describe('an act told as not done, or as the mistake itself', () => {
  it.each<[string, LpId, string]>([
    ['I decided to ship the module on June 29 with the regression suite only half done.', 'insist-on-the-highest-standards', 'made sure the fix stayed fixed'],
    ['We went live with the regression suite skipped.', 'insist-on-the-highest-standards', 'made sure the fix stayed fixed'],
    ['The regression suite was never run before the cut-over.', 'insist-on-the-highest-standards', 'made sure the fix stayed fixed'],
    // In non-native English, the article dropped.
    ['We did release with regression suite only half done.', 'insist-on-the-highest-standards', 'made sure the fix stayed fixed'],
    ['I should have added a regression suite after the first outage.', 'insist-on-the-highest-standards', 'made sure the fix stayed fixed'],
    ['I owned my part of it plainly: I had accepted the single vendor to save CA$40K.', 'invent-and-simplify', 'consolidated several things into one'],
    ['I owned my mistake openly: we had moved every payment to a single vendor.', 'invent-and-simplify', 'consolidated several things into one'],
    ['My mistake was consolidating the three queues into one before the load test.', 'invent-and-simplify', 'consolidated several things into one'],
    ['Where I went wrong was merging the two queues into one without a load test.', 'invent-and-simplify', 'consolidated several things into one'],
    ['We relied on a single vendor for every payment.', 'invent-and-simplify', 'consolidated several things into one'],
    ['We were locked into a single vendor.', 'invent-and-simplify', 'consolidated several things into one'],
    ['The single vendor went down for six hours.', 'invent-and-simplify', 'consolidated several things into one'],
    ['My mistake was skipping the load test to save two days.', 'bias-for-action', 'took a calculated risk'],
    // A dev story's: someone else's earlier attempt, abandoned.
    ['An earlier attempt to move the work to Spot instances had been abandoned.', 'frugality', 'cut waste in infrastructure or vendors'],
  ])('%j gives %s no %j', (sentence, id, label) => {
    expect(labelsOf(sentence, id)).not.toContain(label);
  });

  it.each<[string, LpId, string]>([
    ['I finished the regression suite the team had left half done.', 'insist-on-the-highest-standards', 'made sure the fix stayed fixed'],
    ['This time the regression suite was not skipped.', 'insist-on-the-highest-standards', 'made sure the fix stayed fixed'],
    ["The vendor's regression suite was half done, so I wrote our own regression suite.", 'insist-on-the-highest-standards', 'made sure the fix stayed fixed'],
    ['My mistake was skipping the load test, so I added a regression suite to the release pipeline.', 'insist-on-the-highest-standards', 'made sure the fix stayed fixed'],
    ['I owned my mistake and consolidated the three dashboards into one.', 'invent-and-simplify', 'consolidated several things into one'],
    ['We moved every team to a single pipeline.', 'invent-and-simplify', 'consolidated several things into one'],
    // The admission itself still counts where it is told.
    ['I owned my part of it plainly: I had accepted the single vendor to save CA$40K and had never tested a failover.', 'earn-trust', 'named their own misstep'],
  ])('%j still gives %s %j', (sentence, id, label) => {
    expect(labelsOf(sentence, id)).toContain(label);
  });

  it("keeps the trials' stories from the principles they do not show, and gives them the ones they do", () => {
    const outage = {
      title: 'Card payments outage at 212 stores',
      situation: 'In March our payment processor went down for six hours and every till in our 212 stores stopped taking cards.',
      task: 'I was the TPM for payments and had to get the stores trading again and stop it happening again.',
      action: 'I moved the stores to the backup acquirer within two hours. In the review I owned my part of it plainly: I had accepted the single vendor to save CA$40K and had never tested a failover.',
      result: 'Card payments came back after two hours; we lost about CA$900K of sales.',
      learned: 'I now ask for a tested failover before I sign any payments contract, and we run one every quarter.',
    };
    const release = {
      title: 'Billing module release',
      situation: 'The billing module had to reach the pilot customers before the end of June.',
      task: 'I ran the release.',
      action: 'I decided to ship the module on June 29 with the regression suite only half done.',
      result: 'Two invoices went out wrong in the first week, and I wrote the post-mortem.',
    };
    expect(scorePrinciples(outage).find((p) => p.id === 'invent-and-simplify')).toBeUndefined();
    expect(scorePrinciples(outage).find((p) => p.id === 'earn-trust')?.score).toBeGreaterThanOrEqual(3);
    expect(scorePrinciples(release).find((p) => p.id === 'insist-on-the-highest-standards')).toBeUndefined();
  });
});

// Long runs of digits, points and hyphens: a number or a word read bare at any word started again at every point, digit or
// hyphen of its run and read the run to its end each time, so a story of "€1.1.1.…" or twenty thousand digits took seconds
// a signal. Each run is now read from its start, and what the signals hear in it is what they heard. (How long it takes is
// npm run bench's to measure, its "pathological patterns" case; a return to reading the run at every point would hang
// these tests past their timeout.)
describe('signals on long runs of digits, points and hyphens', () => {
  const evidenceOf = (action: string) => scorePrinciples({ title: 't', action }).flatMap((s) => s.evidence.map((e) => [s.id, e.label, e.text]));
  const ownScope = SIGNALS.ownership.find((s) => s.label === 'went beyond own scope')!;

  it.each([
    ['money with a point after every digit', `€${'1.'.repeat(20_000)}1`],
    ['forty thousand digits', '1'.repeat(40_000)],
    ['a digit after every hyphen', '-1'.repeat(20_000)],
  ])('hears nothing in %s', (_label, action) => {
    expect(evidenceOf(action)).toEqual([]);
  });

  it.each([
    ['a share cheaper than the contract, its number a long run of points', `We got the licences ${'1.'.repeat(20_000)}5% cheaper than the previous contract.`, 'frugality', 'saved cost', `${'1.'.repeat(20_000)}5% cheaper`],
    ['the same, its number short', 'We got the licences 12.5% cheaper than the previous contract.', 'frugality', 'saved cost', '12.5% cheaper'],
    ['a share that met a deadline, its number a long run of points', `${'1.'.repeat(20_000)}5% of the sellers had updated before the deadline.`, 'deliver-results', 'hit a hard date or target', `${'1.'.repeat(20_000)}5% of the sellers had updated before the deadline`],
    ['months of logs, counted in forty thousand digits', `I pulled ${'1'.repeat(40_000)} months of logs.`, 'dive-deep', 'worked from months of raw data', `${'1'.repeat(40_000)} months of logs`],
    ['months of logs, counted short', 'I pulled 18 months of logs myself.', 'dive-deep', 'worked from months of raw data', '18 months of logs'],
  ])('hears %s', (_label, action, id, label, text) => {
    expect(evidenceOf(action)).toContainEqual([id, label, text]);
  });

  // The look-behind for records lost now stands before the count, where it reads the same words.
  it.each(['I lost 3 months of logs.', 'We lost the 3 months of logs in the outage.', 'The migration deleted 18 months of tickets.'])('hears no records examined in %j', (action) => {
    expect(labelsOf(action, 'dive-deep')).not.toContain('worked from months of raw data');
  });

  it('reads a thing told as another team\'s from the start of a long hyphenated name', () => {
    const name = `${'x-'.repeat(20_000)}team`;
    expect([...`The ${name} was not mine.`.matchAll(ownScope.pattern)].map((m) => m[0])).toEqual([`The ${name} was not mine`]);
  });
});

// Two new users' trials: stories told in their words, evidence a panel would write down, that `plan` said showed nothing
// (2 or 2.5 at most, or no score). Each now reaches the score that counts a principle as shown.
describe("two new users' trials: textbook evidence counts as shown", () => {
  const scoreIn = (story: Record<string, string>, id: LpId) => scorePrinciples({ title: 't', ...story }).find((s) => s.id === id)?.score ?? 0;
  it.each<[label: string, story: Record<string, string>, id: LpId]>([
    ['data shown to the one disagreed with', { action: 'I disagreed with Rajesh Menon, VP Product, in the go/no-go; showed him that the last 2 launches without load test had P1s in week 1.' }, 'have-backbone-disagree-and-commit'],
    ['a launch held until a load test passed', { action: 'I held the wallet launch until the load test at 6,000 RPS passed.', result: 'The test found connection pool exhaustion at 2,500 RPS, well below the 6,000 RPS target.' }, 'insist-on-the-highest-standards'],
    ['a wait skipped, told far from its "I"', { action: 'I started with the 3 biggest teams and changed instance types with their EMs, without waiting for the full analysis.' }, 'bias-for-action'],
    ['a manual way replaced with a tool', { action: 'I replaced the manual renewal with cert-manager and ACME.', result: 'Manual renewals from 300 a year to 12.' }, 'invent-and-simplify'],
    ['a lighter on-call load', { situation: '2 engineers resigned citing on-call burnout.', action: 'I fixed the noisy alerts rather than keep paging people at 3 AM.', result: 'Pages from 120/week to 35/week.' }, 'strive-to-be-earths-best-employer'],
    ['a date before end of support', { situation: 'The Kubernetes version went out of support in March.', result: 'All 40 clusters upgraded 9 days before EOS.' }, 'deliver-results'],
    ['a sale day carried with no incidents', { situation: '8 weeks to sale date.', result: 'Diwali peak 18,400 TPS, zero P1 incidents.' }, 'deliver-results'],
    ['a mentee met weekly, sent to a conference and promoted', { action: 'I met her every week for one hour to go through her decisions. I paid her a conference and a course.', result: 'After 14 months I promoted Lena to tech lead of a team of four.' }, 'hire-and-develop-the-best'],
    ['a team grown with a bar raiser and a levelling framework', { action: 'I grew the team from 9 to 42, took a bar-raiser role and wrote a levelling framework.', result: 'Attrition fell from about 20% to 6%.' }, 'hire-and-develop-the-best'],
    ['personal records deleted after a regulator complaint', { situation: 'A customer complained to the data-protection authority.', action: 'I wrote a privacy policy and deleted 870,000 personal records we had no reason to keep.' }, 'success-and-scale-bring-broad-responsibility'],
    ['worries heard out and an apology', { action: 'I first met the works council chair, Katrin Schulz, alone and without slides, to hear their worries. I personally answered the customer who complained, with an apology.' }, 'earn-trust'],
  ])('%s', (_label, story, id) => {
    expect(scoreIn(story, id)).toBeGreaterThanOrEqual(3);
  });

  it("gives the candidate no Ownership for a mentee's owning", () => {
    expect(scoreIn({ action: 'I mentored Deepa, a mid-level SRE, to own the incident commander rotation.' }, 'ownership')).toBe(0);
  });

  it('gives read access to a dashboard no Dive Deep', () => {
    expect(scoreIn({ action: 'I gave the council read access to the alert dashboard.' }, 'dive-deep')).toBe(0);
  });
});

// A run over a few stories runs each signal as the branches of it the stories' words can match (src/text/prefilter.ts),
// and leaves out those it can't: it must score as the whole patterns do.
describe('the signals run split, as over a few stories', () => {
  afterEach(() => splitPatterns(false));

  const stories = () =>
    ['stories', 'test/fixtures/weak'].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .flatMap((f) => parseStories(f, readFileSync(join(dir, f), 'utf8')).stories.map(({ story }) => story)),
    );
  // Each sentence of this file, with the principle it is there for.
  const sentences: [string, LpId][] = [
    ...(Object.keys(HEARD) as LpId[]).flatMap((id) => [...HEARD[id].map(([sentence]) => [sentence, id] as [string, LpId]), ...NOT_HEARD[id].map((sentence) => [sentence, id] as [string, LpId])]),
    ...NOT_GIVEN.map(([sentence, id]) => [sentence, id] as [string, LpId]),
    ...BELOW_MIN,
    ...MAPS_ALONE,
  ];
  // A story is scored once (and cached), so each run reads its own copies.
  const scores = () => [...sentences.map(([action, id]) => scorePrinciple({ title: 't', action }, id)), ...stories().map((story) => scorePrinciples(story))];

  // Some 2,700 scorings twice, and every signal's plan read from its pattern: about 25 s at a load of 11 on 2 cores.
  it('scores every sentence of this file for its principle, and every example story and weak fixture, as the whole patterns do', { timeout: 90_000 }, () => {
    const whole = scores();
    splitPatterns(true);
    expect(scores()).toEqual(whole);
  });
});
