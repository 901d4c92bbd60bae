/**
 * no-scope: nothing shows the work reached beyond the candidate's own team. Several teams or orgs, a
 * cross-team word, a function or outside body worked with, or two different named teams clear it; one
 * team on its own, however it is named, does not.
 */
import { describe, expect, it, vi } from 'vitest';
import rule from '../../../src/lint/rules/no-scope.js';
import { hasScope } from '../../../src/text/scope.js';
import { lintText, only, runRule } from '../../helpers.js';

/** Stories that stay inside one team. */
const invalid: [label: string, action: string][] = [
  // prin33: a company wide open to fraud is no scope.
  ['a company wide open to fraud', 'I found the company wide open to card testing, so I added rate limits on my team\'s checkout.'],
  // The candidate's own move from a team is no other party.
  ['moved from a team of your own', 'I moved from the payments team last year and rebuilt the rota.'],
  // A ninth user's trial's look-alike: the customer's experience is no party worked with.
  ["the customer's experience", "I rebuilt the checkout so the customer's experience improved, with my team alone."],
  // The CTO or the CEO may head the candidate's own line.
  ['the CTO alone', 'I walked the CTO through the rollback plan and ran the cutover on Saturday.'],
  ['"it leads to" is no IT lead', 'I merged the two queues in my team. It leads to fewer tickets now.'],
  ['pull-request reviewers are no PR function', 'I set up two PR reviewers for every change in my team.'],
  ['a QA pass run by the candidate\'s team', 'I replaced the manual QA pass with a smoke suite my team owns.'],
  ['a district as a place', 'I moved my team to the new office in the financial district.'],
  ['"my team" only', "I got my team's CI pipeline trustworthy again by quarantining three suites."],
  ['one named team, the candidate\'s own', 'As the TPM embedded with the checkout web team, I gave each flaky suite an owner.'],
  ['a team described by its size', 'My team of eleven SREs was growing to fifteen, so I rewrote the interview loop.'],
  ['a product name is not a vendor worked with', 'I read through the Textly docs and asked the team to build the new integration.'],
  ['"support" as a kind of work', 'Unplanned support work took a third of capacity, so I created a shield role.'],
  // A fourth user's trial: a head of the candidate's own team is no other party.
  ['the head of the team', 'I asked the head of my team to approve the rota.'],
  // rules25: engineering on its own may be the candidate's own line, as the CTO may head it; and as work, a thing
  // built or the candidate's title it is no party.
  ['engineering alone', 'I worked with engineering on the plan and cut the scope to two flows.'],
  ['Engineering alone, capitalised, agreeing', 'Engineering agreed to the date once I cut the scope.'],
  ['design and engineering as work', 'I wrote off six weeks of design and engineering work and kept the old capture flow.'],
  ['engineering weeks and effort', 'The rebuild took 10 engineering weeks, so I halved the engineering effort by cutting the export.'],
  ['"the product" is a thing, then engineering', 'I launched the product and engineering signed off the next day.'],
  ['the candidate\'s own title', 'As the product and engineering lead, I cut the scope to two flows.'],
  ['the design and engineering of a thing', 'I owned the design and engineering of the new pump with my team.'],
  ['"security" as an adjective', 'I applied the security patches to our fleet myself over two weekends.'],
  ['"the team" as an object', 'I asked the team to instrument every stage so the lag was visible.'],
  ['a named person on the same team', 'I paired with Lucía Romero, our senior engineer, to trim the backlog.'],
  // rules27: a name only worked with says nothing of what it is (it may be a person's); the candidate's own firm, a
  // firm date and a person's fees dashboard are no other party.
  ['a name only worked with', 'I worked with Thoughtworks to rebuild the checkout in twelve weeks.'],
  ['the consultancy the candidate works at', 'I was a TPM at a consultancy and rebuilt our own billing tool.'],
  ['a firm date', 'I set a firm date with my team and shipped the rebuild.'],
  ["the employer's own depot", "I was the TPM at Acme and moved Acme's Leeds depot onto the new WMS with my team."],
  ["the employer's own team, its name ending in a firm's word", "I joined Brightwater Logistics and rebuilt Brightwater Logistics' returns team rota."],
  ["a dashboard of someone's fees", "I reviewed Priya's fees dashboard with my team."],
  // fixB: the employer told by "with" (for years, or "was with"), and by "for" after a job: still the candidate's own.
  ["the employer's own depot, years spent with it", "I spent six years with Acme and moved Acme's Leeds depot onto the new WMS with my team."],
  ["the employer's own depot, the candidate was with it", "I was with Acme for six years and moved Acme's Leeds depot onto the new WMS with my team."],
  ["the employer's own depot, worked for", "I worked for Acme and moved Acme's Leeds depot onto the new WMS with my team."],
  // fixB: an illness caught is no party contracted; a deal struck with a colleague is no outside party.
  ['an illness contracted', 'I contracted COVID in March and handed the cutover to my team.'],
  ['an illness contracted, with its number', 'I contracted Covid-19 in March and handed the cutover to my team.'],
  ['a deal with a colleague', "I negotiated a deal with Priya to swap two sprints of my team's work."],
  ['an agreement with a colleague', 'I signed an agreement with Priya on the rota for my team.'],
  ['"functions" in code', 'I split the batch job into twelve Lambda functions and cut its runtime.'],
  ['Microsoft Teams, the product', 'I moved our stand-ups to Microsoft Teams and wrote the agenda myself.'],
  ['"any new team"', 'I would set up the same interrupt role on day one with any new team.'],
  ['"with support from" is help, not a party', 'I rebuilt the cache with support from my manager.'],
  ['a provider mentioned, not worked with', 'Our SMS provider was shutting down its API, so I rewrote the integration.'],
  ['a trade-off between risk and speed', 'I weighed the trade-off between risk and speed and chose to cache the slow modules.'],
  ['"better security" is a quality, not a party', 'I rebuilt the token flow with better security and fewer retries.'],
  ['"partnered with" a teammate', 'I partnered with Dana, our senior engineer, on the cache.'],
  ['one partner in a role, who may be on the same team', 'I asked Marcus Bell, the routing engineering lead, to add a range check.'],
  ['the studio the candidate works at', 'I led the build team at a console studio in Osaka and cut build times.'],
  ['studios rented, not teams', 'We rented two studios for the shoot, and I cut the edit time myself.'],
  ['three people worked with, perhaps one team', 'I worked with Priya, Tom and Ana on the cache and cut the p99 by half.'],
  ['one team named twice, once by a role on it', 'I worked with the Payments team and asked the payments engineering lead to own the retry fix.'],
  // A thirteenth user's trial's look-alikes: the candidate's own projects.
  ['projects the candidate ran', 'I ran three projects at once and cut the bench time.'],
  ['two projects of the candidate\'s', 'I led my two projects to launch on the same bench.'],
  ['both projects, the candidate\'s own', 'Both projects shipped on the shared bench.'],
  // A review: any verb of the candidate's before them makes the projects theirs.
  ['projects juggled', 'I juggled three projects at once.'],
  ['the three projects led', 'I led the three projects to launch.'],
  // Dev round 39: beside "my team", a named team still the candidate's own, by where the story puts them, before the
  // team's name or after it; and "my team lead" is no team told apart.
  ['a team the candidate leads, beside "my team"', 'I lead the build engineering team, and a senior engineer on my team rebuilt the cache.'],
  ['a team the candidate manages, after "a"', 'I manage a five-engineer search team, and I paired with each engineer on my team.'],
  ['a team the candidate leads, told after its name', 'The search team I lead rebuilt the reindex job, and I walked my team through the runbook.'],
  ['a team the candidate manages, in a clause after its name', 'The payments team, which I manage, rebuilt the retries, and my team owns the runbook.'],
  ['a team the candidate works for, with no article', 'As TPM for the payments team I rebuilt the retries with my team.'],
  ['one named team and "my team lead"', 'I asked the payments team to add retries, and my team lead approved it.'],
  // …and O&M as the candidate's own title, and a firm's things that are no people.
  ['the candidate\'s own O&M title', 'As the O&M manager, I rebuilt the punch list for four sites.'],
  ["a firm's agents, a product", "I installed Datadog's agents on every host myself."],
  ["a firm's drivers, a product", "I rolled out Nvidia's drivers to the render farm with my team."],
  ['projects cut from my roadmap', 'I cut two projects from my roadmap.'],
  ['smaller projects paused', 'I paused three smaller projects.'],
  // Dev round 35's look-alikes: the candidate's own company, however it is called.
  ['the parent company', 'I moved my team onto the parent company pipeline.'],
  ["the company's own first launch", "I shipped the company's first app with my team."],
  // A review: "the company's" is the candidate's own, and so is "the largest operator" they became.
  ["the company's units", "I moved the company's units in Spain onto the new ledger with my team."],
  ['the largest operator', 'With my team I made us the largest operator in the region.'],
  // A day's or a month's people, and "It's" at a sentence's start, are nobody else's.
  ["a day's crew", "I moved Friday's crew onto the new line with my team."],
  ["March's planners", "March's planners in my team used the new rota."],
  ['"It\'s" before people', "It's people like my two juniors who fixed the flaky suite."],
  ["a firm's book, not its people", "I reread Google's SRE book and set SLOs with my team."],
  // The candidate's own employer by name, and a named body that is no organisation's.
  ['the bank the candidate works at', 'At Harland Bank I moved my team onto trunk-based development.'],
  ['the firm the candidate joined', 'I joined Brightwater Logistics in 2021 and rebuilt my team\'s on-call rota.'],
  ['a team working for its own company', 'I led the mobile squad for Kestrel Airways and cut crash rates with my team.'],
  ['an office of the CTO', 'I wrote the proposal for the Office of the CTO with my team.'],
  // The review: the CTO's or the CEO's people, a quarter's, everyone's; a unit of the candidate's own bank or firm.
  ["the CTO's staff", "I walked the CTO's staff through the rollback plan with my team."],
  ["the CEO's office", "Last quarter I cut the CEO's office travel costs with my team."],
  ["a quarter's staff", "I hired Q4's staff into my team."],
  ["everyone's engineers", "Everyone's engineers in my team got a pager."],
  ['a retail bank, the unit', 'I moved the Retail Bank onto the new ledger with my team.'],
  ['a line of insurance', 'I moved Motor Insurance onto the new rating engine with my team.'],
  ['inbound logistics, a function of ours', 'I moved Inbound Logistics onto the new scanner with my team.'],
  ['"Every Hospital" at a sentence\'s start', 'Every Hospital in our trust got the new rota from my team.'],
  // A twenty-first user's trial: a feature's support and a tier of one's own support are no outside party, nor
  // the candidate's own title.
  ['a feature\'s support', 'I shipped the gateway with IPv6 support in March.'],
  ['your own tier 2 support', 'I escalated to Tier 2 support and rewrote the runbook.'],
  ['your own L2 support', 'I escalated to L2 support and fixed the runbook.'],
  ['your own title as TAM', 'I was the TAM for the account and rebuilt the onboarding checklist.'],
  // A twenty-fourth user's trial's look-alikes: one named team alone, and services that are no function.
  ['the rules team alone', 'I committed to the commercial date and ran the launch with the rules team.'],
  ['a client\'s services', 'I committed to the date and migrated the client services to the new cluster.'],
  // A twenty-fifth user's trial's look-alikes: "the team of" a size, a kind of people or a title is no one's team, and
  // one named person's team alone may be the candidate's own, as "Jan Nowak's team" alone is.
  ['"the team of 12"', 'I led the team of 12 through the Kafka upgrade.'],
  ['"a team of five engineers"', 'I built a team of five engineers for the Kafka upgrade.'],
  ['"the team of the year"', 'My squad won the team of the year award after the Kafka upgrade.'],
  ['"a team of Java developers"', 'I hired a team of Java developers for the Kafka upgrade.'],
  ['"a team of Polish and German engineers"', 'I built a team of Polish and German engineers for the Kafka upgrade.'],
  ['"the team of Jan Nowak" alone', 'I aligned with the team of Jan Nowak on the schema.'],
  ['"the team of Jan Nowak" and "Jan Nowak\'s team": one team', "I aligned the team of Jan Nowak with Jan Nowak's team on the schema."],
  // rules26: the product and engineering "sides" of one person's work are scope of their own, not two parties; and a
  // firm used, as its product is, is not one worked with.
  ['the product and engineering sides of the work, both mine', 'The product and engineering sides of the work were both mine, so I wrote the spec and the code.'],
  ['the product and engineering sides, mine', 'The product and engineering sides were both mine, so I wrote the spec and the code.'],
  ['both sides owned', 'I owned both the product and engineering sides of the launch.'],
  ['a firm integrated with, as a product', 'I integrated our checkout with Stripe in two sprints.'],
  ['a firm\'s product moved to', 'I moved outpatient booking to Epic over one weekend.'],
  ['a firm gone live with first', 'I went live with Visa first and kept the other schemes manual.'],
  ['people named bare, perhaps one team', 'I worked with Priya and Tom to launch the card programme.'],
  // mends26a: a firm's product got working or brought in is no party.
  ["a firm's product got live", 'I got Stripe live in two weeks.'],
  ["a firm's product got to production", 'I got Stripe to production in two weeks.'],
  ["a firm's product brought in", 'I brought in Zebra scanners and cut pick time by 20%.'],
  // scope32 (a bank's trial): the candidate's own team, however its function is named, is no other party; nor is a
  // product manager with no product line, the candidate's own title or their own team's; nor a risk run or weighed.
  ['two engineers from my team', 'With two engineers from my team, I worked out a new hold rule.'],
  ['a function team the candidate is on', 'I was the TPM on the credit risk team and rebuilt its rota with two engineers.'],
  ['a function team the candidate joined', 'I joined the fraud operations team and rebuilt its rota.'],
  ['a function team the candidate led, named twice', 'I led the Legal team through the move. Now the Legal team files every contract in one place.'],
  ['a function team the candidate is on, then named acting', 'I was a TPM in the compliance team, so the compliance team asked me to rebuild the filing tool.'],
  ['"my" function team', 'I rebuilt the hold rule with my credit risk team.'],
  ['the senior product manager', 'I worked out the hold rule with the senior product manager and my team.'],
  ['our product manager', 'I worked out the hold rule with our product manager.'],
  ['the candidate\'s own title as a product manager', 'As the deposits product manager, I rebuilt the hold rule with my team.'],
  ['the product manager of the candidate\'s own team', 'I was on the deposits team, and with the deposits product manager I rebuilt the hold rule.'],
  ['credit risk as a loss', 'Losses from credit risk fell after my team rebuilt the hold rule.'],
  ['credit risk weighed', 'I weighed the trade-off between credit risk and speed with my team.'],
  ['credit risk as a level', 'My team flagged loans with credit risk above 5%.'],
  ['credit risk scores', "I worked with credit risk scores from my team's model."],
  // mscope (a review of scope32): a product manager described, not of a product line; qualities held as goals; the
  // candidate's own team told by apposition or by reporting into it.
  ['the assigned product manager', 'I rebuilt the rota with the assigned product manager.'],
  ['the dedicated product manager', 'I rebuilt the rota with the dedicated product manager and my team.'],
  ['the only product manager', 'I rebuilt the rota with the only product manager we had.'],
  ['the dedicated product team', 'I rebuilt the rota with the dedicated product team.'],
  ['qualities as the top goals', 'I built it with safety, quality and sustainability as the top goals.'],
  ['qualities in mind', 'I built it with safety, quality and sustainability in mind.'],
  ['the candidate\'s own team by apposition', 'My team, the credit risk team, rebuilt the hold rule.'],
  ['the team the candidate reported into', 'We reported into the risk team.'],
  ['three qualities in a list, not functions', 'I weighed speed, cost and risk with my team.'],
  ['contact-centre software', 'I rebuilt the IVR with the contact centre software my team owns.'],
  ['a bare product team', 'I asked the product team to cut the scope.'],
  // A thirty-fourth user's trial: a team worked with beside "our team" is another team; these twins keep their call: the same
  // team told twice, one the candidate is put in, one only named beside "our team", a team named alone.
  ['a role on a named unit, only named beside "our team"', 'Our team cut the flag count, and the iOS lead reviewed each removal.'],
  ['"our platform team" and "with the platform team", one team', 'Our platform team did the dual-writes, and I agreed the cut-over plan with the platform team.'],
  ['a team the candidate joined, then "our team"', 'I joined the platform team in May and agreed the cut-over plan with the platform team; our team did the dual-writes.'],
  ['embedded with a team, then "my team\'s"', "As the TPM embedded with the checkout web team, I got my team's CI pipeline green again."],
  ['a team named, not worked with, beside "our team"', 'The platform team did the cut-over, and our team did the dual-writes.'],
  ['"with the rules team" alone', 'I ran the launch with the rules team and cut the scope to two flows.'],
  // A user's trial's look-alikes. One thing's team is one team, however it is named; "each" not before it makes no more.
  ["one alarm's owning team", "I agreed the paging rules with the alarm's owning team."],
  ['"each week", not each owner', "I met each week with the alarm's owning team."],
  // A lead of a discipline, named, may sit in the candidate's own team; a lead unnamed is one role alone.
  ['a named iOS lead', 'I worked with Marcus Lee, the iOS lead, on the flags.'],
  ['a named backend lead', 'I asked Tom Reyes, the backend lead, to add retries.'],
  ['a named tech lead', 'I asked Ana Silva, the tech lead, to review the plan.'],
  ['a named design lead', 'I paired with Priya Nair, the design lead, on the screens.'],
  ['a named engineering lead of an area', 'I asked Marcus Bell, the routing engineering lead, to add a range check.'],
  ['an area lead unnamed', 'I asked the dispatch manager to trial it.'],
  ['a compound lead with no function in it', 'I worked with the checkout-web lead on the flags.'],
  // Between two sides of one team's work, or what a choice is made between, is no two owners.
  ['between the old and the new service', 'I set up contract testing between the old and the new ledger service.'],
  ['between speed and a cost', 'I chose between speed and the cost of a second region.'],
  ['between the iOS app and the Android app', 'I built the sync between the iOS app and the Android app.'],
  ['between two people', 'I split the work between Priya and Tom.'],
  ['between the primary and the backup service', 'I balanced the load between the primary and the backup service.'],
  ['between staging and production', 'I moved traffic between the staging service and the production service.'],
  ['between a product and an existing service', 'I chose between Kafka and the existing queue service.'],
  ['between the app and the team', 'I split my time between the app and the team.'],
  // Two new users' trials: a person placed in the candidate's own team, or by no unit at all, is no other party.
  ['someone from my team', 'I rebuilt the alert rules with Nisha Rao from my team.'],
  ["the team's tech lead", "I agreed with Kwame Mensah, the team's tech lead, to quarantine three suites."],
  ['the most senior developer in my squad', 'With Trần Thị Mai, the most senior developer in my squad, I re-ordered the job chain.'],
  ['a post no unit places', 'I paired with Dana Reyes, the senior engineer, on the fix.'],
  ['a first name in a city', 'I met Priya in Berlin to plan the cut.'],
  // A place of two capitalised words after "from" is where someone is, no unit: "Long Beach" read as a department.
  ['someone from a place told by its last word', 'I rebuilt the rota with Kate from Long Beach.'],
  ['someone from a place told by its last word, in the plural', 'I rebuilt the rota with Kate from Palm Springs.'],
  ['someone from a place told by its first word', 'I rebuilt the rota with Kate from San Jose.'],
  ['someone from a bay', 'I rebuilt the rota with Kate from Morro Bay.'],
  ['a VP with no function', 'I got the VP to sign the budget, and my team shipped the fix.'],
  // Dev round 44's near misses: people "of" a place, a month or the candidate's own employer; a thing moved "from" a
  // capital letter; a given name's deputy.
  ['the engineers of a city', 'I rebuilt the rota with the engineers of Berlin.'],
  ['the engineers of a city no list holds', 'I rebuilt the rota with the engineers of Rotterdam.'],
  ['the crews of a month', 'I rebuilt the rota with the crews of March.'],
  ['the engineers of the candidate\'s employer', 'At Kleinveld Valves I rebuilt the rota with the engineers of Kleinveld Valves.'],
  ['a warehouse resized from a size', 'I resized the largest warehouse from L to M.'],
  // …and a specialist named as the candidate's own title, the people a product may serve, or "vet" as a verb.
  ['the candidate\'s own title as a specialist', "I was the farm's veterinarian, and I rebuilt the lice-count rota."],
  ['nurses served by the rota', 'I rebuilt the rota for the nurses.'],
  ['"vet" as a verb', 'I had to vet the new rota before the spring season.'],
  ['the owner\'s post where the candidate works', 'I worked at Celtic Link. I rebuilt the rota with Aoife Brennan, Celtic Link\'s technical services manager.'],
];

/** Stories with cross-team scope. */
const valid: [label: string, action: string][] = [
  // A twentieth user's trial: someone from a team, named or by their work, is from another team than yours.
  ['a person from a named team', 'Suresh from the infra team helped me size the cluster.'],
  ['engineers from a named team', 'Two engineers from the payments team joined my war room.'],
  // An eleventh user's trial: a function's lead by a newer function's name.
  ['a sustainability lead', 'I cut the idle VMs working with Aoibhinn Nolan, our sustainability lead.'],
  ['an accessibility lead', 'I asked the accessibility lead to review every screen before launch.'],
  // A ninth user's trial: someone at the customer's firm, worked with, is another party.
  ["the OEM's buyer", "I ran a weekly review with the OEM's buyer, Sarah Kim, and moved the molds in volume order."],
  ["the client's account manager", "I met the client's account manager every Friday to agree the cutover order."],
  ['the IT manager, by its capitals', 'I agreed the laptop rollout plan with the IT manager before we started.'],
  ['QA as a function worked with', 'I wrote the go/no-go checklist with QA and moved the team to daily releases.'],
  ['a trial sponsor', "I agreed the portal's scope with the trial sponsor's operations lead and shipped it in May."],
  ['a school district', 'I planned the rollout school by school for a school district and its 40 schools.'],
  ['a list of teams', 'I owned the launch across the mobile, design and compliance teams.'],
  ['a count of orgs', 'I aligned six orgs on one deployment path.'],
  ['a cross-team word', 'I ran the cross-functional launch review every week.'],
  ['an org-wide rollout', 'I rolled the new standard out org-wide in one quarter.'],
  // prin33 (a German engineering manager's trial): "company-wide" as "org-wide", and as German English often spells it.
  ['a company-wide check', 'I made a company-wide Terraform tagging check mandatory in CI.'],
  ['a company wide check, spaced', 'I made a company wide Terraform tagging check mandatory in CI.'],
  ['a companywide check, closed up', 'I made a companywide Terraform tagging check mandatory in CI.'],
  ['an enterprise wide rollout, spaced', 'I rolled the tagging standard out enterprise wide in one quarter.'],
  ['two named teams', 'I set up a weekly review with the billing team and the data platform team.'],
  ['another org by name', 'I negotiated the extra compute with the platform org.'],
  ['a function brought in', 'I tried to get legal to review the fee copy early.'],
  // A twenty-fifth user's trial: someone's team told as "the team of <name>" is their team, as "<name>'s team" is.
  ['"the team of Jan Nowak" and the SAP team', 'I aligned with the team of Jan Nowak and the SAP team on the schema.'],
  ['"the team of Jonas" and the SAP team', 'I aligned with the team of Jonas and the SAP team on the schema.'],
  ['"the teams of Anna and Piotr"', 'I aligned with the teams of Anna and Piotr on the schema.'],
  ['"the team of Dr. Anna Weber" and the SAP team', 'I aligned with the team of Dr. Anna Weber and the SAP team on the schema.'],
  ['a function that acted', 'Legal approved the simplified terms a week before launch.'],
  ['a function worked with', 'I wrote the role profile with recruiting and two partner engineering managers.'],
  ['a vendor', "I escalated the firmware defects to the vendor's account team."],
  ['auditors', 'I walked the external auditors through every control myself.'],
  ['"another team"', 'I borrowed two engineers from another team for the cut-over.'],
  ['a person from another function', 'I rebuilt the loop with Jessica Huang, the university recruiting lead.'],
  ['a role in a function named only by its people', 'I briefed the risk lead and the tax manager every week.'],
  ['a function with a word before it', 'I owned the queue programme with fraud operations.'],
  ['a function that set a deadline', 'Security gave us until the end of the quarter to rotate every token.'],
  ['resellers and partners', 'I moved all 140 API partners, and our largest reseller tested the flow early.'],
  ['support worked with', 'I wrote the customer update with support and sent it within the hour.'],
  ["a person at an outside body", "I got the colo's site manager on the bridge within 15 minutes."],
  ['a review board', 'I took the design to the architecture review board.'],
  [
    'partners in roles on two different teams',
    'I asked Marcus Bell, the routing engineering lead, for a range check, and agreed the fallback with Yolanda Ruiz, the Phoenix depot manager.',
  ],
  ['roles at two sites', 'I asked the Phoenix site lead and the Tucson site lead to agree one cut-off.'],
  // A seventh user's trial: a chief officer heads another function.
  ['the CFO', 'I disagreed with our CFO, Marcelo Azevedo, about the acquirer fee and deferred the second market.'],
  ['the CISO', 'The CISO signed off the exception after I showed her the pen-test results.'],
  ['the Chief Financial Officer, spelt out', 'I walked our Chief Financial Officer through the acquirer fees and deferred the second market.'],
  ['the General Counsel', 'Our General Counsel approved the new terms after I rewrote the data clause.'],
  // A fourth user's trial: the head of a function.
  ['the head of a function', 'I asked Dan Whitfield, the head of analytics, to build a pager-load dashboard.'],
  ['a VP of a function', 'I took the plan to the VP of Sales and agreed the order.'],
  ['a list after "spanning"', 'I led a return check at the till, spanning the POS team, loss prevention and customer care.'],
  ['a list of parties after "with"', 'I owned the cost programme with the game analytics team, client engineering and FinOps.'],
  ['a function named by its people', 'I hired six engineers with Sneha Pillai from talent acquisition.'],
  // A thirteenth user's trial: other projects, each with its own team and managers.
  ['the project managers of two other projects', 'I convinced Jonas Fischer and Petra Wagner, the project managers of the two new projects, to try it first.'],
  ['a bench shared by several projects', 'I proposed a booking system, so one bench can run tests for two or three projects.'],
  // Dev round 35: another organisation by what it does, and an office of another organisation.
  ['another company by what it does', 'I defined the message format with the fuelling company and wrote the mapping myself.'],
  ["an airline's office", "I sat down with the airline's crew transport office to go through every change type."],
  // Dev round 32, 33 and 36: a named firm's people, or a person's.
  ["a named firm's engineers", "With Liebherr's service engineers I designed an automatic stop at 72 km/h."],
  ["a named firm's office", "I agreed a remote-support window with Castellan's Charlotte office for our night shift."],
  ["a named firm's field engineer", "I rolled the firmware back with Vanderlande's field service engineer on site."],
  ["another manager's people", "I borrowed two of Priya's planners for the peak."],
  // Dev rounds 20, 35 and 36: another organisation by its name and the kind of body it is.
  ['a ministry', 'I agreed the cold-chain standard with the Ministry of Health in Juba.'],
  ['a named bank', 'I set up a monthly anonymised extract with Equity Bank.'],
  ['a named engineering firm', 'I settled the relay settings with Schweitzer Engineering Laboratories.'],
  ['a named law firm', 'I reviewed the panel contracts with Harland & Rae LLP.'],
  ['a county council', 'I ran the school-transport pilot with Kent County Council.'],
  // A twenty-first user's trial: a vendor's people and its support, the core of an SRE's escalations.
  ["the vendor's TAM, named", '- Escalated to Kevin Li, the AWS TAM.'],
  ["a case with the vendor's support", '- Opened a case with AWS support at 02:10.'],
  ['escalated to a named firm\'s support', 'I escalated to Fastly support within the hour.'],
  ['a support manager called', 'Called Mélanie Côté, the support manager, every hour until the fix.'],
  // A twenty-fourth user's trial (US healthcare SaaS): client services is a function, as customer support is.
  ['a named team and client services', 'I committed to the commercial date and ran the launch with the rules team and client services.'],
  ['client services briefed', 'I briefed client services on the new renewal date.'],
  // rules25: product, design and engineering, two of them named together as parties, are two functions.
  ['product and engineering brought to agree', 'I got product and engineering to agree on the cut line.'],
  ['Engineering and Product aligned', 'I aligned Engineering and Product on one launch date.'],
  ['a list of product, design and engineering', 'I worked with product, design and engineering on the new flow.'],
  ['the product and engineering leads', 'I met the product and engineering leads weekly to hold the cut line.'],
  ['product and engineering disagreeing', 'Product and engineering disagreed on the date, so I ran a workshop.'],
  ['Engineering, Legal and Finance aligned', 'I aligned Engineering, Legal and Finance on the retention policy.'],
  // rules26: the product and engineering sides as parties still are; and a firm known by name, worked with bare.
  ['the product and engineering sides agreeing', 'The product and engineering sides agreed on the date after I ran a workshop.'],
  ['partner firms named bare', 'I worked with Accenture and Stripe to launch the card programme.'],
  ['a firm second in the list', 'I worked with Priya Nair and Deloitte to launch the card programme.'],
  ['a firm in capitals got to act', 'I got KPMG to review the controls before the audit.'],
  ['a firm that acted', 'Worldpay confirmed our PCI compliance a week before launch.'],
  ['a firm by its first word', 'I negotiated with DHL Freight on the peak rates.'],
  // mends26a: a firm got to act or brought in, itself or its people, is still a party.
  ['a firm got to act, in a list', 'I got KPMG and Deloitte to review the controls before the audit.'],
  ['a firm brought in to act', 'I brought in Deloitte to audit the ledger.'],
  ['a firm brought in, then an act', 'I brought in Accenture and cut the backlog by half.'],
  ["a firm's people brought in", 'I brought in Deloitte consultants to audit the ledger.'],
  // rules27: a firm the story itself says is one, worked with; a deal made with someone outside; a firm's team or site.
  ['a name said to be a consultancy, worked with', 'I worked with Thoughtworks, the consultancy that built our first app, on the rebuild.'],
  ['a name said to be a consultancy, hired', 'I hired Endava, a Romanian consultancy, to build the Android app.'],
  ['a consultancy brought in', 'I brought in the consultancy Thoughtworks to rebuild the checkout.'],
  ['a name with a firm\'s last word, worked with', 'I worked with Zenith Consulting on the benefits rollout.'],
  ['a name contracted', 'I contracted Thoughtworks to rebuild the checkout.'],
  ['work outsourced to a name', 'I outsourced the Android app to Endava.'],
  ['an SOW signed with a name', 'I signed a six-month SOW with Endava for the Android work.'],
  ["a name's rate negotiated", "I negotiated Endava's rate down by 12%."],
  ["a name's contract renewed", 'I renewed the Korbel contract for one year only.'],
  // fixB: a deal or an agreement with a firm, and a contract with a firm known by name.
  ['a deal with a firm known by name', 'I negotiated a deal with Accenture to cut the day rate.'],
  ['a contract with a firm known by name', 'I negotiated a contract with Accenture to cut the day rate.'],
  ['a deal with a name said to be a firm', 'I negotiated a deal with Zenith Consulting for the rollout.'],
  ['a supply agreement with a name', 'I signed a supply agreement with Korbel for three years.'],
  ['a framework agreement with a name', 'I signed a framework agreement with Korbel for three years.'],
  ['a name contracted with', 'I contracted with Endava for the Android work.'],
  ["a firm's team, its name ending in a firm's word", "I raised it with Ellison Print Systems' firmware team in Austin and loaded their patch myself."],
  ["a firm's lab", "I sent samples to Timken's lab in Canton, Ohio."],
  // fixB: working with a name's people or site is not working at the name (the employer check read "worked with" so).
  ["a firm's engineers worked with", "I worked with Accenture's engineers to retune the alarm thresholds."],
  ["a person's engineers worked with", "I worked with Priya's engineers to retune the alarm thresholds."],
  ["a firm's lab worked with", "I worked with Timken's lab to section the failed bearings."],
  ["a firm's engineers worked closely with", "I was working closely with Liebherr's service engineers on the retune."],
  ["a firm's lab the candidate was responsible for", "I was responsible for Timken's lab relationship and sent the samples myself."],
  ["a firm's service center, where another team sits", "I asked the Patel team at Siemens Gamesa's Houston service center to test the same lot."],
  // tune37: a role after "a" names no partner, but its function still took part.
  ['a team\'s lead and "a network analyst"', 'I asked the payments engineering lead to own the retry fix, and a network analyst checked the links.'],
  // scope32 (a bank's trial): a team named by its function, another kind than the candidate's own; a product manager
  // of a named product line; a list of functions worked with.
  ['a team named by a function', 'I got the credit risk team to agree to a pilot in Ontario.'],
  ['the Legal team at a sentence\'s start', 'The Legal team approved the new terms.'],
  ['a contact centre sat in with', 'I sat in on calls with the business contact centre for two afternoons.'],
  ['a call center that acted', 'The call center agreed to pilot the new script.'],
  ['a product manager of a product line', 'I got Jen Morin, the deposits product manager, to agree the pilot.'],
  ['a product line\'s product team', 'I agreed the pilot with the deposits product team.'],
  ['a product manager and a function team', 'I got Jen Morin, the deposits product manager, and the credit risk team in a room.'],
  ['a kind of risk brought in', 'I got credit risk to sign off the pilot.'],
  ['a list of functions', 'I worked with credit risk, deposits product and the contact centre to agree a pilot.'],
  ['a function team, the candidate in another', 'I was the TPM on the payments team and agreed the pilot with the credit risk team.'],
  // mscope: a product line named by a noun, a list of functions with its items read one way each.
  ['a capitalised product line\'s product manager', 'I rebuilt the rota with the Payments product manager.'],
  ['a singular product line\'s product manager', 'I rebuilt the rota with the checkout product manager.'],
  ['a product line with no plural', 'I rebuilt the rota with the data product manager.'],
  ['a list of functions with multi-word items', 'I worked with fraud risk, customer support, the contact centre and legal to agree a pilot.'],
  ['a list of functions after a function in the list', 'I worked with legal operations, finance and tax to agree a pilot.'],
  ['functions, not qualities held as goals', 'I worked with safety, quality and sustainability to agree the pilot.'],
  ['the candidate\'s own team by apposition, another team worked with', 'My team, the fraud team, agreed the pilot with the credit risk team.'],
  ['a team reported to, not into', 'I reported the numbers to the risk team.'],
  // Dev round 39: one named team, or a role on one, where the story tells the candidate's own apart as "my team".
  ['a named team asked, beside "my team"', 'I did not ask the GIS team for the live diagram, and later I made a rule for my team.'],
  ['a role on a named unit, beside "my team"', 'I met Ola Pietrzak, the MCC duty manager, and my team built the board in two sprints.'],
  // Dev round 39: O&M is operations, a function; a named person's people are another party, by more of their trades.
  ['an O&M manager at a firm', 'I set a weekly review with Tomas Greer, the O&M manager at Vireo Field Services.'],
  ['O&M site leads walked with', 'I walked each site with the O&M site leads and wrote a punch list of 63 items.'],
  ["someone's storekeepers", "With Piotr's two storekeepers I loaded the 212 due dates from the paper certificates."],
  ["someone's dispatchers", "I rewrote the shift plan with Amara's dispatchers."],
  ['a named team gone to, beside "my team of five"', 'With my team of five I split matchmaking by region, and I went to the community team to explain the delay.'],
  // A thirty-fourth user's trial: a named team worked with, beside the candidate's own told apart as "our team", is two teams.
  ['a plan agreed with a team, "our team" doing its part', 'We agreed a cut-over plan with the platform team, and our team did the dual-writes.'],
  ['"our team and the data team"', 'Our team and the data team split the backfill, and I ran the cut-over.'],
  ['a team briefed, "our squad" beside it', 'I briefed the billing team on the freeze, and our squad moved the jobs.'],
  ['"our payments team" and another team worked with', 'Our payments team rebuilt the retries alongside the ledger team.'],
  // A user's trial: each thing's own team is several teams ("each alarm's owning team" was read as one, "alarm's owning team").
  ["each alarm's owning team", "I agreed the paging rules with each alarm's owning team, and our Bangalore team took the night shift."],
  ["every service's on-call team", "I agreed the paging rules with every service's on-call team."],
  ["each region's night team", "I sent the runbook to each region's night team."],
  ["\"Each squad's\", opening the sentence", "Each squad's on-call team signed off its own alerts."],
  ["each app's owning team", "I paired each app's owning team with a reviewer."],
  ['every service’s team, a curly apostrophe', 'I reviewed the alerts with every service’s owning team.'],
  ["any product's team", "I sent the form to any product's team that asked for it."],
  ["every warehouse's picking team", "I mapped every warehouse's picking team onto the new shifts."],
  // A user's trial: someone named and placed by an area they lead is another party ("Arjun Mehta, the fraud-models lead"
  // was read as inside one team).
  ['a named fraud-models lead', 'I worked with Arjun Mehta, the fraud-models lead, on the thresholds.'],
  ['a named dispatch manager', 'I agreed the routing rules with Sibusiso Zulu, the dispatch manager.'],
  ['a named export office coordinator', 'I agreed the loading plan with Paula Rojas, the export office coordinator.'],
  ['a named warehouse shift manager', 'I set the cut-off with Kenji Sato, the warehouse shift manager.'],
  ['a named ledger lead', 'I asked Lena Vogel, the ledger lead, for a replay of the failed batch.'],
  ['a named loyalty lead, mid-sentence', 'Before the launch I met Omar Haddad, the loyalty lead, to agree the points cap.'],
  ['a named catalogue manager', 'I got Grace Obi, the catalogue manager, to freeze the price changes.'],
  ['a named group housekeeping director', 'I walked Ilona Wrona, the group housekeeping director, through the pilot.'],
  // …and a function heading a compound is the function's: "the fraud-models lead", unnamed too.
  ['the fraud-models lead, unnamed', 'I worked with the fraud-models lead on the thresholds.'],
  ['the risk-platform lead', 'I asked the risk-platform lead to sign off the limits.'],
  ['the tax-policy lead', 'I asked the tax-policy lead to review the rules.'],
  // A user's trial: work between two named services or teams joins their owners ("contract testing between payments and
  // the ledger service" was read as inside one team).
  ['between payments and the ledger service', 'I set up contract testing between payments and the ledger service, and the payments architect reviewed it.'],
  ['between a service and a named one', 'I set up contract testing between the checkout service and Ledger.'],
  ['between a named team and another name', 'I owned the handoff between the Payments team and Ledger.'],
  ['between two services', 'I agreed the API between the orders service and the billing service.'],
  ['between a service and a system', 'I moved the reconciliation between the ledger service and the treasury system.'],
  ['between a platform and a service', 'I fixed the retries between the search platform and the catalogue service.'],
  ['between a service and a bare name', 'I ran the integration tests between the identity service and payments.'],
  ['between two services, with "&"', 'I wrote the contract between the pricing service & the promotions service.'],
  // Two new users' trials: other parties told by a person placed in a unit, a head of a function told tersely, and a
  // function a thing is handed to, walked through or accepting a cut.
  ['a role with a name after it', 'I needed the wallet EM, Sana Qureshi, to agree the cut.'],
  ['a name with a unit\'s post after it', 'I paired with Wei Ling Tan, the Singapore platform on-call, on the failover.'],
  ['a name with a post after it, no article', 'I agreed the downtime with Emre Şahin, weaving plant director.'],
  ['a name from a function in initials', 'I rebuilt the alert rules with Nisha Rao from SRE.'],
  ['a name at a firm', 'I agreed scope boundaries with Deepa Raman at Coalfire before testing started.'],
  ['"the VP Product"', 'I pitched the cut to the VP Product.'],
  ['"the Director, Platform"', 'The Director, Platform signed off the failover plan.'],
  ['a thing handed to a function', 'I handed the launch notes to marketing.'],
  ["a function's plan", "Marketing's launch plan slipped, so I cut the export."],
  ['a function walked through a change', 'I walked marketing through the change.'],
  ['a function accepting a cut', 'I cut the feature, which marketing accepted.'],
  // …and a unit of two capitalised words is another party, one a firm's name may end in too ("Acme Assurance").
  ['someone from Quality Assurance', 'I rebuilt the rota with Kate from Quality Assurance.'],
  ['someone in Quality Assurance', 'I rebuilt the rota with Oduya in Quality Assurance.'],
  ['someone from Revenue Operations', 'I rebuilt the rota with Kate from Revenue Operations.'],
  ['someone from Site Reliability', 'I rebuilt the rota with Kate from Site Reliability.'],
  ['someone from Demand Planning', 'I rebuilt the rota with Kate from Demand Planning.'],
  ['someone from a firm named as a trade', 'I rebuilt the rota with Kate from Brightwater Logistics.'],
  // Dev round 44: a named firm's people told with "of", and someone placed by a firm's post of two words.
  ['the engineers of a firm', 'I pulled in the engineers of Kleinveld Valves, because their new valve reported "closed" too early.'],
  ['the technicians of a firm, with a word before', 'I sat with the field technicians of Nordhavn Marine for two nights.'],
  ['the planners of a person', 'I rebuilt the rota with the planners of Piotr Zieliński.'],
  ['the planners of a person told by a given name', 'I rebuilt the rota with the planners of Piotr.'],
  ['the engineers of a squad', 'I rebuilt the rota with the engineers of Kestrel squad.'],
  ['the engineers of a firm told by its letters', 'I rebuilt the rota with the engineers of KLV.'],
  ["someone placed by a firm's post of two words", "I booked the slots with Aoife Brennan, Celtic Link's technical services manager."],
  ['a specialist of another discipline, with "our"', 'I sat with Dr Halvorsen, our fish health veterinarian, to agree which lice stages a crew must separate.'],
  ['a vet, bare', 'I asked the vet, who cut the stages from six to three.'],
  ['an agronomist of a site', "I rebuilt the irrigation rota with the site's agronomist."],
  ['a company lawyer', 'I rebuilt the consent flow with the company lawyer.'],
  ["someone placed by a firm's post of one word", "I booked the slots with Aoife Brennan, Kestrel's planning lead."],
];

describe('no-scope', () => {
  it.each(invalid)('flags %s', (_label, action) => {
    const reports = runRule(rule, { action });
    expect(reports).toHaveLength(1);
    expect(reports[0]!.field).toBe('task');
  });

  it.each(valid)('accepts %s', (_label, action) => {
    expect(runRule(rule, { action })).toEqual([]);
  });

  it('reads where the candidate works once per text, not once per name (linear in the text)', () => {
    // Each possessive's people asked whether the candidate works at the name; that was a new pattern run over the
    // whole text per mention (992 KB of this took 49 s). Count the characters handed to RegExp#test: 8 times the text
    // must cost about 8 times as much, not 64.
    const unit = "Then Priya's engineers helped. I worked with Priya on the rota. ";
    const scanned = (text: string): number => {
      let chars = 0;
      const test = RegExp.prototype.test;
      const spy = vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, s: string) {
        chars += String(s).length;
        return test.call(this, s);
      });
      try {
        expect(hasScope(text)).toBe(true);
      } finally {
        spy.mockRestore();
      }
      return chars;
    };
    const once = scanned(unit.repeat(200));
    const eight = scanned(unit.repeat(1600));
    expect(eight).toBeLessThan(once * 12);
  });

  // A list of functions with no "and X" to end it: each "risk," could be read two ways (as "risk" and as a function
  // named by a role), so every way of every item was tried, 2^24 for 24 (3 s; 30 took 23 s). An item is read once.
  it.each([
    ['"risk," 24 times', `I worked with ${'risk, '.repeat(24)}and more.`],
    ['"with risk," 400 times', 'with risk, '.repeat(400)],
  ])('reads a list of functions with no end at once: %s', (_label, action) => {
    // (How long it takes is npm run bench's to measure, its "pathological patterns" case; a reading that went back to
    // trying every way would hang this test past its timeout.)
    expect(runRule(rule, { action })).toHaveLength(1);
  });

  // A run of spaces: a lookbehind with "\s+" in it, tried before its "\b" at each space, looked back through the whole
  // run (10,000 spaces took 7 s, 40,000 minutes). Now read once; a return to it would hang this test past its timeout.
  it('reads a story with a run of 40,000 spaces at once, and still hears "product and engineering" after it', () => {
    expect(runRule(rule, { action: `I fixed it.${' '.repeat(40_000)}end.` })).toHaveLength(1);
    expect(runRule(rule, { action: `I fixed it.${' '.repeat(40_000)}I got product and engineering to agree on the cut.` })).toEqual([]);
  });

  // A thirty-fourth user's trial: one team named is read as perhaps the candidate's own, and the message says so rather than
  // that the story "stays inside one team" of a story that names "our team" beside it.
  it.each([
    ['a team named beside "our team"', 'The platform team did the cut-over, and our team did the dual-writes.', 'The one team named ("the platform team") may be your own.'],
    ['a team named alone', 'I ran the launch with the rules team.', 'The one team named ("the rules team") may be your own.'],
    // A user's trial: the team quoted as written, the possessive with its determiner (it was "alarm's owning team").
    ["one thing's team, with its determiner", "I agreed the paging rules with the alarm's owning team.", 'The one team named ("the alarm\'s owning team") may be your own.'],
    ["a named lead of a discipline", 'I worked with Marcus Lee, the iOS lead, on the flags.', 'The story stays inside one team.'],
    ['no team named', "I fixed my team's build.", 'The story stays inside one team.'],
    ['a team the candidate is put in', 'As the TPM embedded with the checkout web team, I gave each flaky suite an owner.', 'The story stays inside one team.'],
  ])('says what it read of the teams: %s', (_label, action, said) => {
    expect(runRule(rule, { action }).map((r) => r.message)).toEqual([
      `${said} Say which other teams, orgs or functions you aligned: "across the payments, mobile and store-operations teams".`,
    ]);
  });

  it('reads every spoken section, not only the action', () => {
    expect(runRule(rule, { task: 'I owned the fix across the billing, data platform and support teams.', action: 'I wrote a contract.' })).toEqual([]);
    expect(runRule(rule, { learned: 'I now bring procurement in on day one.' })).toEqual([]);
  });

  it('says what scope looks like, as a warning by default', () => {
    const [report] = runRule(rule, { action: 'I fixed my team\'s build.' });
    expect(report!.message).toBe(
      'The story stays inside one team. Say which other teams, orgs or functions you aligned: "across the payments, mobile and store-operations teams".',
    );
    const result = lintText('title: t\ntask: I owned my team\'s build.\naction: I fixed it.\n', 'stories/s.yaml', {
      rules: new Map(only().rules).set('no-scope', { severity: 'warn', options: undefined }),
    });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([['no-scope', 1, 2, 1]]);
  });
});
