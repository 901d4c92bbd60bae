/**
 * Trade-off language: something chosen over something else, given up, deprioritised, delayed, cut or
 * accepted as a cost. A setback that happened to the candidate ("the launch was delayed by the vendor",
 * "the vendor dropped support") is not a trade-off they made, and "cut latency by 30%" is an outcome,
 * not a sacrifice. Nor is a comparison a choice: "the cause was config drift rather than load", "in
 * hours rather than days" and "staff texted codes instead of using the app" name two things, but nobody
 * chose one over the other.
 *
 * The patterns fall into a few families: an alternative set aside ("instead of", "rather than", "in
 * favour of", "I'd sooner X than Y", "chose X over Y", "put X ahead of Y", "weighed X against Y"), a cost
 * named or borne ("at the cost of", "the price was", "came at a price", "the trade was", "the downside:",
 * "that meant accepting", "even if it meant", "I accepted that … would", "we'd eat the double bill",
 * "prepared to miss", "made do with", "we could live with it"), a no ("said no to", "held off on",
 * "declined the request", "- Dropped: …"), and a plan cut, narrowed or moved (deferred, descoped, parked,
 * put on hold, scaled back, limited the pilot to two sites, left out of the first release, pushed the
 * go-live by a fortnight, moved to the autumn wave, would come in phase two, went to the backlog).
 * Round four added a cost borne or paid ("comfortable with a slower first month", "tolerated a heavier
 * review load", "burned our buffer", "paid a 15% premium", "took the slower route"), what a choice bought
 * and cost ("bought us six weeks but cost…", "keep X and lose Y"), the alternative named ("the other option
 * was", "chose X, not Y", "preferred to lose a week than…", "drew the line at", "left £120k on the table",
 * "gave ground on"), an early release kept narrow or later ("phase one would be read-only", "not in v1",
 * "didn't make the cut", "shipped just the…", "manual for now", "everything else could wait", "for the other
 * carriers until spring"), and the cost told after ("which slowed their roadmap", "that was the price of…",
 * "It wasn't free:", "Granted, it was slower", ", meaning two teams waited"). Planned work swapped for other work
 * ("swapped the planned refactor for the security patch"), a test swapped for a lighter one or for the date ("swapped
 * the load test for a smoke test to make the date") and work bumped to make room for other work count too; a release
 * cut to production or a bare "I cut the release" (one made, not given up), logs pulled from a release branch or a
 * bare buffer halved do not. Dev round 37 added work that waited for a later plant stop to free the candidate's people, work
 * named first and then left for later, the rest of an ask kept for a later round and work that stayed out of the plan; a
 * state set against the old one ("became mandatory, rather than optional") and what a thing now does after a fronted
 * "Instead of X," are comparisons. A thirty-second user's trial added the price of the option chosen, told as what keeping, running, holding
 * or waiting cost ("Keeping the old cluster an extra month cost about $18K", "Waiting for January meant…"), not an
 * incident's cost, a burden kept up with or a saving (see COURSE_COST). Dev round 38 kept a passive choice with its purpose ("was staggered, rather than all at
 * once, so support could keep up") and what the candidate built after "Instead of X," as choices, added work left for a
 * month when that freed people ("I left it for January, to give the developers time for a load test"), and took out a
 * test replaced by a better one even for the date, groups that stayed out of the plan, a routine told in the present
 * after "Instead of X,", a finding of where time went, a scope or mechanism in code ("cut the lock scope", "dropped the
 * old retry loop"), work done earlier ("instead of after the delivery") and amounts compared after a comma. Dev round 39
 * took out a thing told with a participle after a number ("under three parked aircraft") and an amount with "the" ("in
 * three weeks instead of the two months in the plan"), and added a cost told after the candidate's call with "this" or
 * "that" standing for it, as "which" does, and what the call meant in effort ("and this meant about 6 hours per week of
 * double typing"); with it went three older dev misses: two participles joined in a finding ("the problem was frozen and
 * blocked delivery hoses rather than…"), someone else's review gone through ("I worked through a data-protection review
 * with them, which pushed the pilot…") and work left out unknowing ("…, which I had never asked about"); and four older dev
 * trade-offs told quietly were added: the rest run on the old way after some went first, an extra period paid for, work
 * that waited until a month right after other work was put first, and a deferral in the present told to someone. Dev
 * round 40 added a cost taken into the candidate's own budget ("I paid it from my department budget"), a cost or a gap run
 * into knowingly told with what it would give away or could not have ("knowing this typed data could not be verified"),
 * work named with no article before "I left for phase 2", work left "on manual FTP", and a learner's "gave up" ("I
 * resigned from the dark mode feature", Polish; "refused from", Russian); and took out work moved off an old manual
 * channel ("…through the portal instead of PDF email") and work done before a launch "rather than after it". Dev round
 * 41 added someone's time as what the candidate's call cost, told after it ("This costs around 40 minutes of her time each
 * shift", "That backup meant my engineer spent every evening…", with "that" and the noun the call named, or after a call
 * told in a bullet with no "I"), and work named first and left for a later version by its number ("…, I have let for the
 * 4.2"). Dev round 45 added an amount paid told as extra ("paid the vendor ₹11 lakh extra"), work left for a later year
 * with the people put on the rest, and a cost the call brought agreed with someone ("I agreed this cost with my manager").
 *
 * Most verbs count only as the candidate's doing (see byCandidate): "I", "we" or "the team" in the clause,
 * a subjectless bullet, an infinitive of theirs, or a subject shared across "and" or "which".
 *
 * Where no pattern finds one, the trained trade-off model (src/text/classify.ts) reads each sentence of the
 * task, action, result and lesson, for wording no list has ("the mobile apps stayed on the old screens
 * until the new year").
 */
import { AFTER_SITUATION, SPOKEN_FIELDS, textOf, type StoryData } from '../bank/schema.js';
import { anySentence } from './classify.js';
import { lowered, matchesOf, patternsFor, stampedPlan } from './prefilter.js';
import tradeoffModel from './models/tradeoff.js';
import { MONEY_AMOUNT_AS_WRITTEN } from './numbers.js';
import { lateByOthers } from './voice.js';
import { APPROX_MARK, IRREGULAR_PAST_ACTS, NOT_OBJECT, OBJECT_WORDS } from './words.js';

export interface TradeoffMention {
  readonly index: number;
  readonly length: number;
  readonly text: string;
}

/**
 * Where a field is read from, when a story is read: whether the field is the situation (the background, where a course
 * and its cost are usually someone else's) and what the story tells outside it (where a course can have been chosen).
 */
interface Reading {
  readonly situation: boolean;
  readonly story: string;
}

/** Whether the match at `index` (ending at `end`) in `text` really is the candidate's trade-off. */
type Guard = (text: string, index: number, end: number, reading?: Reading) => boolean;

interface Pattern {
  /** Global, so every match can be tried against the guard. */
  readonly re: RegExp;
  /** Absent: every match counts. */
  readonly when?: Guard;
}

// Things a TPM cuts from a plan, as opposed to metrics ("cut costs", "cut latency"), and a scope in code ("cut the lock
// scope to a single lot" is a fix).
const WORK = String.raw`(?:scope(?<!\b(?:lock|locking|mutex|transaction|variable|token|oauth|permission|cookie|blast)[\s-]scope)|features?|requirements?|items?|work(?:streams?)?|stories|tickets|integrations?|reports?|reporting|flows?|milestones?|pilots?|phases?|tests?|support|launch(?:es)?|release|polish|nice-to-haves?|extras?|options?|parts?|pieces?|plans?|projects?|programmes?|initiatives?|dashboards?|v2|rounds?|exercises?|steps?|checks?|reviews?|meetings?|ceremon(?:y|ies)|roadmaps?|backlog|goals?|refactors?|rewrites?|migrations?|upgrades?|experiments?|campaigns?|screens?|fields?|markets?|countries|regions?|sites?|intakes?|waves?|platforms?|apps?|endpoints?|modules?|components?|tooling|automation|docs|documentation|training|hardening|refresh|redesign|ui|console|tracker|analytics|locali[sz]ation|languages?)`;
// What a candidate covers or serves, as counted when they narrow it: "cut the number of target universities
// from fourteen to six". Not what they clean up ("cut the number of manual steps", "of failed tests").
const COVERAGE = String.raw`(?:universit(?:y|ies)|campus(?:es)?|schools?|colleges?|markets?|countries|regions?|sites?|cities|stores?|locations?|depots?|languages?|locales?|integrations?|features?|skus?|products?|offerings?|segments?|personas?|platforms?|devices?|browsers?|programmes?|programs?|projects?|initiatives?|pilots?|workstreams?|targets?)`;
// What a launch can go without that is no loss: "launched without any downtime", "went live without a hitch",
// "ran the launch without extra headcount".
const NO_LOSS = String.raw`\s+(?:(?:a|an|any|one|single|major|serious|further|significant|unplanned|customer-facing|noticeable|visible|new|more|zero|extra|additional)\s+){0,2}(?:headcount|budget|hires|funding|resources|overtime|p[0-4]s?|sev-?[0-4]s?|hitch(?:es)?|hiccups?|incidents?|issues?|problems?|downtime|outages?|errors?|defects?|bugs?|rollbacks?|data loss|complaints?|escalations?|interruptions?|disruptions?|glitch(?:es)?|trouble|delays?|drama|regressions?|failures?|breach(?:es)?|surprises?|customer impact|saying)\b`;
// Verbs that sit after "was", "were" etc. are passive: something done to the candidate. It goes right after
// the verb, so that it is tried only where a verb matched, not at every character.
const NOT_PASSIVE = String.raw`(?<!\b(?:was|were|been|being|is|are|got|get|gets)\s+(?:(?!to\b)\w+\s+)?\w+)`;
const SPAN = String.raw`(?:days?|weeks?|fortnights?|months?|quarters?|years?|sprints?|weekends?|hours?)`;
// A word in any script, for the few words a pattern lets stand between its parts.
const WORD = String.raw`[^\s.,;:!?()"“”]+`;
// Later in the sentence, a payment the contract or the plan set: "as agreed in the contract", "as planned", "per the
// contract". ("As agreed with the CFO" is someone agreeing to a cost, not a payment set beforehand.)
const AS_CONTRACTED = String.raw`[^.;!?\n]{0,60}?\b(?:as\s+(?:agreed(?!\s+with\b)|planned|budgeted|contracted|scheduled|quoted|invoiced)|as\s+(?:the|our)\s+contract\s+(?:required|set\s+out|says|said)|(?:per|under|in\s+line\s+with)\s+the\s+(?:contract|agreement|plan|schedule|SOW|terms))\b`;
const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|\d+)`;
// The pieces a plan is counted in, when the candidate cuts it by them: "from 11 to 7 epics".
const PLAN_UNIT = String.raw`(?:epics?|features?|stories|items?|tickets|workstreams?|projects?|initiatives?|requirements?|use[- ]cases?|milestones?|integrations?|reports?|dashboards?|screens?|markets?|countries|regions?|sites?|languages?|deliverables?|okrs?|objectives?|modules?|capabilities|journeys?)`;
// A piece of work staff can be moved onto: "to a reporting feature", "onto the checkout fix".
const NEW_WORK = String.raw`(?:features?|projects?|work(?:streams?)?|fix(?:es)?|bugs?|defects?|incidents?|outages?|builds?|launch(?:es)?|releases?|migrations?|integrations?|reporting|reports?|backlog|tickets|programmes?|programs?|initiatives?|rewrites?|refactors?|upgrades?|testing|hardening|redesign|pilots?|requests?|priorit(?:y|ies)|effort|cut-?over)`;
// What is read or taken from a piece of work, not cut from it: "pulled the logs from the launch".
const DATA = String.raw`(?:logs?|logging|data|numbers|metrics|figures|stats|statistics|traces?|dumps?|samples?|screenshots?|records?|notes|lessons|learnings|feedback|insights?|findings|quotes?|results|artifacts?|binaries|secrets?|credentials|keys|tokens)`;
// "Cut a release" is to make one: "cut the hotfix release", "cut release 4.2", "cut the release to production", "cut the
// release on Friday", a bare "I cut the release." or one told with the next step or its time ("cut the release and
// tagged it", "cut the release after the last merge", "from main"). (Not "cut the release to two features", a release
// narrowed, "cut the release from the roadmap", nor "cut the whole release", given up.)
const RELEASE_STEP = String.raw`(?:ran|run|tagged|deployed|shipped|pushed|promoted|handed|sent|started|kicked|announced|published|posted|notified|built|signed|tested|smoke-tested|rolled|uploaded|submitted|opened|merged|staged|froze|monitored|watched|shared|updated)`;
const RELEASE_THEN = String.raw`(?=\s*(?:[.;!?)\n]|$)|,?\s+(?:(?:and\s+)?then\b|and\s+${RELEASE_STEP}\b|(?:after|before|once|when|as soon as)\b|(?:from|off)\s+(?:the\s+)?(?:main|master|trunk|develop|head)\b))`;
const RELEASE_MADE = String.raw`\s+(?:(?:the|our|this|that|its)\s+)?(?:(?:hotfix|patch|point|minor|major|maintenance|bug-?fix|nightly|weekly|v?\d+(?:\.\d+)+)\s+release\b|release\s+v?\d|(?!(?:whole|entire|planned|scheduled|promised|committed|roadmapped|agreed)\s)(?:${WORD}\s+)?release(?:${RELEASE_THEN}|\s+(?:(?:to|into|onto)\s+(?:production|prod|staging|pre-?prod|live|uat|beta|testers|the\s+(?:app|play)\s+store|the\s+stores|the\s+fleet)\b|(?:on|at|by)\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|noon\b|midnight\b|eod\b|the end of\b))))`;
// Work one can give up for other work, as against a part or a tool replaced: "the planned refactor", "the audit".
const SWAPPED_WORK = String.raw`(?:refactors?|rewrites?|migrations?|upgrades?|redesign|hardening|work(?:streams?)?|features?|projects?|pilots?|audits?|qa|uat|fix(?:es)?|patch(?:es)?|launch(?:es)?|releases?|rollouts?|clean-?ups?|polish|initiatives?|experiments?|spikes?|research|discovery)`;
// A test or check a plan can give up, as what is swapped away: "the load test", "the full regression run", "UAT", "the
// security review".
const CHECK = String.raw`(?:tests?|testing|(?:test|regression|soak|load|performance|perf|stress|security|penetration|pen|acceptance|integration|end-to-end|e2e|accessibility|failover|dr)\s+(?:runs?|pass(?:es)?|cycles?|suites?|windows?|phases?)|soak|uat|qa|dry-?runs?|(?:dress\s+)?rehearsals?|(?:security|design|architecture|code|accessibility|privacy|legal|compliance)\s+reviews?|audits?)\b`;
// What a test is replaced by that is a check again, of its own weight: "an automated pipeline", "a scripted suite", "a
// stable one" (a lighter one is a LIGHT_CHECK).
const CHECK_ITSELF = String.raw`(?:tests?|testing|suites?|runs?|pass(?:es)?|checks?|pipelines?|harness(?:es)?|qa|uat|soak|rehearsals?|dry-?runs?|reviews?|audits?)\b`;
// A lighter check taken in its place: "a smoke test", "a sanity pass", "a spot-check", "a one-day soak", "a lighter one".
const LIGHT_CHECK = String.raw`(?:smoke|sanity|spot|quick|quicker|light|lighter|lightweight|partial|reduced|cut-?down|short|shorter|smaller|slimmer|targeted|limited|sampled|sample|basic|cursory|desk|tabletop|one-?day|half-?day|one-?hour|two-?hour)(?:-|\s+)(?:${WORD}\s+)?(?:tests?|testing|checks?|runs?|pass(?:es)?|suites?|scans?|reviews?|soak|rehearsals?|dry-?runs?|ones?)\b`;
// Slack in a plan, not a technical buffer: "the two-week buffer", "the schedule buffer"; not "the Kafka buffer", "the
// ring buffer" ("I halved the Kafka buffer to cut alarm latency" tunes a system). A bare "the buffer" is a plan's only
// with the date it was cut for ("I halved the buffer to hold the date"): "I halved the buffer" alone reads as a result,
// a setting made smaller. (A test swapped for another is given up the same way: "…for a smoke test to make the date".)
const FOR_A_DATE = String.raw`(?=[^.;!?\n]{0,40}?\b(?:to\s+(?:hold|keep|protect|make|hit|save|meet)\s+(?:the|our|a|that|my)\s+(?:${WORD}\s+){0,2}?(?:date|deadline|launch|go-?live|window|slot|milestone|cut-?over|release)|(?:to|so(?:\s+that)?\s+(?:we|I|the team)\s+could)\s+(?:launch|ship|go live|release|land|finish)|in order to (?:launch|ship|go live|release|land|finish))\b)`;
const TIME_BUFFER = String.raw`(?:(?<=\b(?:schedule|time|timeline|testing|test|qa|release|launch|delivery|project|plan|programme|program|safety|[\p{L}\p{N}]+-(?:day|week|month|sprint)s?)\s+)buffer|(?<=\b(?:the|our|its|their|a|an|my)\s+)buffer${FOR_A_DATE})`;
// A span of checking, overlap or slack before or after a change, which a plan can cut short: "the parallel run", "the
// testing window", "hypercare", "the soak test", "UAT".
const SAFEGUARD_SPAN = String.raw`(?:parallel\s+(?:run|running|week|weeks|period|month|phase)|(?:soak|burn-in)(?:\s+(?:tests?|testing|period|phase|window|time))?|hypercare(?:\s+(?:period|phase|window|weeks?))?|uat|(?:user acceptance|acceptance|regression|integration|load|performance|security)\s+(?:testing|test)\s+(?:window|period|phase|cycle|weeks?)|(?:testing|test|qa|validation|verification|stabili[sz]ation|bake|settling|observation|shadow|dual-?run(?:ning)?)\s+(?:window|period|phase|cycle|weeks?)|(?:pilot|trial|rehearsal|dry-?run|overlap|cool-?off|cooling-off)\s+(?:period|phase|window|weeks?)|dress rehearsals?|rehearsals?|dry runs?|overlap|${TIME_BUFFER}|contingency)`;
// How a span was made shorter that makes it better, not thinner: "by adding templates", "with a one-page summary".
const BY_MEANS = String.raw`(?![^.;!?]{0,60}?\b(?:by\s+\p{L}+ing|with\s+(?:a|an|the|new|better|automated|our)|using|through|thanks to|after\s+\p{L}+ing)\b)`;

// The noun phrase ends here: no noun follows to make the word before it a modifier ("a feature flag", "the release
// branch").
const PHRASE_ENDS = String.raw`(?!['’-])(?!\s+(?!(?:and|or|but|so|to|for|in|on|at|by|until|till|because|while|which|that|this|as|with|from|over|into|next|last|first|then|during|before|after|since|when|once|even|again|too|instead|rather|now)\b)\p{Ll})`;
// A group of people named by where or when they work, or whom they answer to: "the night shift", "the CFO's office".
const GROUP = String.raw`(?:shifts?|offices?|departments?|divisions?|boards?|committees?|councils?|unions?|desks?|bureaus?|agenc(?:y|ies)|firms?|contractors?|regulators?|auditors?|executives?|execs|managers?|directors?|owners?|stakeholders?|sponsors?|employees?|workers?|workforce|residents?|tenants?|operators?|C[EFTOI]Os?|CISOs?|VPs?)`;
// A mechanism in code, which taking out gives up nothing a user had: "the old retry loop", "the global lock", "the
// workaround".
const CODE_MECHANISM = String.raw`(?:loops?|retr(?:y|ies)|locks?|locking|mutex(?:es)?|semaphores?|hacks?|workarounds?|shims?|sleeps?|busy-?waits?|polling)\b`;
// People who can be moved between pieces of work.
const STAFF = String.raw`(?:engineers?|developers?|devs|sres?|testers?|teams?|people|staff|crews?|analysts?|designers?|squads?|installers?|technicians?|headcount)`;
const FEW = String.raw`(?:a|an|one|two|three|four|five|six|several|many|\d+)`;
// "over the next two quarters" is time, not a choice; nor is "over email", "a cut-over" or "ahead of peak".
const OVER_CHOICE = String.raw`(?:(?<!-)\bover\b(?!(?<=\b(?:sends?|sent|sending|transmits?|transmitted|streams?|streamed|pushes|uploads?|uploaded|communicates?|talks?|connects?|connected|travels?|travelled|traveled|routed|broadcasts?|syncs?|synced|replicates?|replicated)\b[^.;!?]{0,50}?\bover)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:wi-?fi|network|internet|radio|link|vpn|lte|4g|5g|satellite|cable|fibre|fiber|lan|wan|bluetooth|mqtt|https?|sftp|ftp|modem|air|line|phone line|wire)\b)(?!\s+(?:the\s+)?(?:next|last|past|following|coming|course|weekend|summer|winter|holidays?|phone|e-?mail|slack|teams|zoom|chat|video|lunch|coffee|dinner|drinks|time|a call|previous|first|final)\b|\s+${FEW}\s+${SPAN}\b|\s+[£$€\d]|\s+(?:the\s+)?(?:${FEW})\s+(?:${WORD}\s+)?(?:${SPAN}|rounds?|sessions?|meetings?|demos?)\b|\s+an?\s+[\w-]+-(?:week|month|day|year)\b(?!\s+(?:savings plan|reserved|contract|commitment|deal|lease|licen[cs]e|reservation|subscription|agreement|warranty|support)\b))|\babove\b|\bahead of\b(?!\s+(?:the\s+|our\s+)?(?:${WORD}\s+)?(?:peak|launch|deadline|holidays?|go-?live|cut-?over|release|freeze|audit|schedule|time|plan|season|sale)\b))`;
// (Not data sent over a link, the verb of sending before it and the link after: "a collector on each carrier that
// sends data every 5 seconds over the terminal Wi-Fi". "I chose Kafka Streams over Flink" is a choice.)
// Later: a later release, phase or season, or a date.
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const LATER = String.raw`(?:(?:a|an|the|our|its|their)\s+)?(?:${WORD}\s+){0,2}?(?:release|phase|version|quarter|sprint|milestone|wave|intake|backlog|year|v2|half|autumn|spring|summer|winter)|q[1-4]|h[12]|(?:the\s+)?${MONTH}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}`;
// Work moved to after a season or an event: "I asked Jae-won to move reactions to after Christmas". (Only with
// "to": "the war room ran until after the cutover" moves nothing.)
// "moved the two sites to after peak"; "Duisburg I moved after peak" (the object put first: a word before the
// "I" that is no conjunction or adverb, so not "then we moved after the launch").
const AFTER_EVENT = String.raw`after\s+(?:the\s+)?(?:christmas|easter|diwali|eid|ramadan|new year|black friday|peak|holidays?|launch|go-?live|freeze|cut-?over|migration|season|festival|year-end|month-end)`;
const TO_AFTER = String.raw`(?:to\s+${AFTER_EVENT}|(?<=\b(?!(?:and|so|then|but|when|once|after|before|because|as|since|until|if|while|later|first|next|finally|also)\b)[a-z]+,?\s+(?:I|we)\s+(?:moved|pushed|shifted|deferred)\s+)${AFTER_EVENT}(?!\s+(?:to|into|onto|from|for|was|were|had|went|[a-z]+ed)\b))`;
// Explicitly later, with no date that could just be the plan: "in phase two", "in the next release".
const LATER_STRICT = String.raw`(?:(?:a|an|the|our|its)\s+)?(?:later|next|second|following|future|subsequent|follow-up|follow-on)\s+(?:${WORD}\s+)?(?:release|phase|version|quarter|sprint|milestone|wave|year|half|iteration|increment|cycle)|phase (?:two|2|ii)\b|(?:release|version|wave|drop|iteration) (?:two|2|ii|three|3)\b|v2`;
// A later plant stop or a month, that work can wait for: "the November stop", "the next shutdown", "the annual
// turnaround", "until March". Not "the shutdown" or "the outage" with no time of its own: the work may need that one.
const LATER_WINDOW = String.raw`(?:the\s+|our\s+)?(?:next|following|later|${MONTH}|annual|yearly|\d{4}|winter|summer|autumn|spring)\s+(?:${WORD}\s+)?(?:stop|shutdown|shut|outage|turnaround|overhaul|refit|maintenance window|window)|${MONTH}(?:\s+\d{4})?`;
// What the wait was for, the candidate's work: ", so I could put both welding crews on the duct", "to free two
// engineers", "in favour of the export", "and put all six engineers on the southern ones". (Not people put on leave:
// "and put all six engineers on holiday" frees no work.)
const FREES_WORK = String.raw`(?=\s*,?\s+(?:to\s+(?:free|make room|give|fund|clear)|in (?:favou?r|exchange|return)|so(?:\s+that)?\s+(?:I|we|my|our|the team)|for\s+the\s+(?:time|people|engineers?|capacity|hours|weeks|days)\s+(?:he|she|they|it)\s+gave|and\s+(?:then\s+)?(?:put|moved|switched|shifted|redeployed|focused|focussed|concentrated)\s+(?:(?:all|both|the|my|our|those|these|every)\s+)*(?:${COUNT}\s+)?(?:${WORD}\s+){0,2}?${STAFF}\s+(?:on|onto|to|into)\b(?!\s+(?:(?:a|an|the|their|paid|unpaid|annual|sick|extended|long|early)\s+)*(?:leave|holidays?|vacation|furlough|break|standby|bench|notice|gardening\s+leave)\b))\b)`;
// A version by its number: "the 4.2", "4.2", "version 4.2", "v3", "release 2.1", "the 4.2 release".
const VERSION_NUMBER = String.raw`(?:the\s+)?(?:(?:version|release)\s+v?\d+(?:\.\d+)*|v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)\b(?![.,]\d)(?:\s+(?:release|version|build|update|firmware)\b)?`;
// Work set aside, as a learner's English says it: "I let the new features for the next quarter" (Portuguese
// "deixei", Spanish "dejé": left), "left for later the reports". A piece of work or "it", "them", never someone who
// could be let do something: not "I let the team decide", nor "I let the vendor choose the features for the next
// release" (a second "the" opens a clause of its own), nor "the office" left for a meeting.
const SET_ASIDE_OBJECT = String.raw`(?:(?:it|them|this|that|those|these|everything else|the rest)\b|(?:(?:the|our|my|its|their|all(?:\s+the)?|some|both|these|those|this|that)\s+)?(?:(?!(?:the|a|an|our|my|its|their|to|for|and|or|with|in|on|of|at|them|him|her|us|me|you|it|people|teams?|vendors?|clients?|customers?|partners?|users?)\b)${WORD}\s+){0,3}?${WORK}\b)`;
// Where it was left for: a later release or quarter, "later", "a second moment", or after an event ("for after the
// launch"). Not a meeting or a visit ("we left the office for the next meeting"), nor a later step of a pipeline.
// A quarter or a half with a noun after it is a purpose, not a later time: "moved the dashboards for Q3 planning into
// Looker" ("moved the reports for Q3", "to Q3 and…", "to Q3 FY25" are).
const NOUN_NEXT = String.raw`\s+(?!(?:${OBJECT_WORDS}|${NOT_OBJECT}|onwards?|fy\d*)\b)[a-z]`;
const FOR_LATER = String.raw`(?:for|to|until|till)\s+(?:later\b|(?:${LATER_STRICT})\b|(?:q[1-4]|h[12])\b(?!${NOUN_NEXT})|(?:(?:a|an)\s+(?:second|later|future|next|subsequent|better)|another)\s+(?:moment|opportunity|round)\b|the future\b|${AFTER_EVENT}\b|after\s+(?:${LATER_STRICT})\b)`;
const COST = String.raw`(?:more\s+${SPAN}|exposure|risks?|costs?|delays?|slips?|hits?|debt|latency|loss|losses|lose|losing|lost|downtime|overhead|gaps?|penalty|trade|slower|weaker|worse|longer|higher|extra|fewer|less|lower|manual|duplicate|duplicated|double|maintenance|workarounds?|complexity|lock-in|haircut|leakage|heavier)`;
// What a choice costs, said as "that meant …": a verb of loss or waiting, or a worse something.
const MEANT = String.raw`\b(?:meant|means|mean|would mean)\s+(?:(?:accept|liv|giv|los|pay|drop|delay|defer|wait|slipp|sacrific|skipp|forgo|postpon|cutt|leav|runn)\w*ing|a (?:slower|later|longer|higher|bigger|weaker|smaller|lower|worse|second|double))\b`;
// What a choice meant for others: "which meant Berlin customers waited until autumn", "shipping on time meant
// no dark mode". Only when the choice is what "meant" it (see byChoice), not "the outage meant no orders".
// "which meant less signal on algorithms": something valued, lost by the choice; not "meant fewer pages".
const MEANT_LESS = String.raw`\b(?:meant|means|would mean)\s+(?:less|fewer|weaker|slower|thinner|narrower|lower)\s+(?:${WORD}\s+)?(?:signal|coverage|flexibility|control|visibility|choice|testing|tests?|checks?|reviews?|samples?|polish|features?|functionality|detail|depth|data|headroom|redundancy|resilience|accuracy|precision|recall|fidelity|context|customi[sz]ation|reach|options?|room|time|throughput|capacity)\b`;
const MEANT_FOR_OTHERS = String.raw`\b(?:meant|means|would mean)\s+(?:${WORD}\s+){0,5}?(?:(?:would|had to|have to|could)\s+)?(?:wait|waited|waiting|lost|lose|losing|went without|go without|missed|miss|missing|gave up|give up)\b|\b(?:meant|means|would mean)\s+no\b(?!\s+(?:more|longer)\b|${NO_LOSS})`;

// A cost borne that no one would call good: "comfortable with a slower first month", "tolerated a higher
// false-positive rate", "live with a nightly lag". Not "happy with the lower error rate".
const BORNE = String.raw`(?:slower|later|longer|weaker|worse|heavier|thinner|narrower|costlier|dearer|pricier|clunkier|uglier|riskier|(?:more|extra|additional|some)\s+(?:${WORD}\s+)?(?:manual|work|effort|toil|cost|spend|risk|noise|rework|churn|latency)|manual|partial|temporary|interim|double|duplicated?|delays?|slips?|lag|gaps?|hits?|loss(?:es)?|dips?|debt|downtime|overhead|workarounds?|exposure|(?:higher|more|bigger|larger|greater)\s+(?:${WORD}\s+){0,2}?(?:costs?|bills?|spend|risks?|load|workload|effort|latency|false[- ]positives?|overhead|noise|churn|rework|queues?|backlog|exposure))\b(?!\s+(?:assessments?|registers?|logs?|reviews?|models?|scores?|owners?|teams?)\b)`;
// An early release, narrowed: "phase one would be read-only", "the first release would only support English".
const FIRST_RELEASE = String.raw`(?:phase (?:one|1|i)|stage (?:one|1)|v1|version (?:one|1)|the first (?:release|version|phase|cut|iteration|wave|drop|launch)|the mvp|day one|the pilot|the beta)`;
const NARROW = String.raw`(?:read-only|view-only|manual|limited|basic|partial|bare-bones|[a-z]+-only\b|only\b|without\b)`;
// A list of work to be done, not of people or things: "the launch list", "the must-have list".
const WORK_LIST = String.raw`(?<=\b(?:feature|scope|launch|release|must-have|must-haves|wish|to-?do|priority|backlog|cut|mvp|v1)\s+)list`;
// A meeting held or a job run after something else is an order of events, not work given way: "I queued the reindex
// behind the migration", "I scheduled the retro behind the launch". Said of the word before "behind".
const NOT_A_RUN = String.raw`(?<!\b(?:retros?|retrospectives?|post-?mortems?|meetings?|reviews?|demos?|stand-?ups?|workshops?|offsites?|sessions?|calls?|syncs?|re-?index(?:es|ing)?|backfills?|backups?|restores?|snapshots?|jobs?|batch(?:es)?|crons?|scripts?|vacuums?|compactions?|restarts?|reboots?|deploys?|deployments?)\s+)`;
// What a choice is said over with ", not": not a reason or a degree ("not because…", "not just the index").
const NOT_ALTERNATIVE = String.raw`(?!(?:just|only|merely|simply|because|since|that|to|for|until|least|yet|once|a single|one|all|every|even|quite|always|necessarily|so|as|in|at|on|by|with|from|after|before|without|now|then|here|there|me|him|her|them|us)\b)`;

// A span a course can be kept up or put off for, not years: "an extra month", "for six weeks".
const SHORT_SPAN = String.raw`(?:days?|weeks?|fortnights?|months?|quarters?|sprints?|weekends?|nights?|seasons?|cycles?)`;
// Dev round 39: what the candidate's call meant in effort or slowness, its amount told first: "I kept paper and tablet in
// parallel, and this meant about 6 hours per week of double typing for the clerks", "…, which meant manual
// reconciliation". Only where the call is what meant it (byCandidate: "this" or "which" after a call of theirs), not
// "the outage meant six hours of manual work".
const CHOICE_MEANT = String.raw`\b(?:meant|means|would mean)\s+(?:(?:about|around|roughly|nearly|almost|some|over|up to|at least)\s+)?(?:(?:${COUNT}|\d[\d.,]*|half an?)\s+(?:more\s+|extra\s+)?(?:${SHORT_SPAN}|hours?|shifts?)(?:\s+(?:a|an|per|each|every)\s+(?:day|week|month|shift|night|sprint))?\s+of\s+)?${BORNE}`;
// Dev round 41: someone's time as what the candidate's call cost, told after it: "- Kept one QA checker scanning every
// tenth carton by hand. This costs around 40 minutes of her time each shift", "That backup meant my engineer spent every
// evening of the last two weeks keeping both systems in sync", "That means one clerk still sits on the phone every
// morning". A person's time: "of her time", or whom it cost ("cost the clerks six hours a week"), not a job's run ("This
// costs 40 minutes each night"); and time spent, not saved or no longer spent ("meant the clerks spent two hours less a
// week", "meant nobody sat on the phone every morning"). Only where the call is what cost it (byCandidate: "this",
// "that", "which" or "that backup" standing for a call of theirs), not "the outage meant my engineer spent every evening…".
const TIME_UNIT = String.raw`(?:minutes?|hours?|days?|evenings?|mornings?|afternoons?|nights?|weekends?|shifts?)`;
// Time out of hours, every time: "every evening", "each weekend"; a working day's only with "still" (the old way kept:
// "one clerk still sits on the phone every morning"), not "the agents spent every shift on the new screens".
const OUT_OF_HOURS = String.raw`(?:every|each)\s+(?:evening|night|weekend|saturday|sunday)`;
const EVERY_TIME = String.raw`(?:every|each)\s+(?:morning|afternoon|day|shift|week)`;
const AMOUNT_ABOUT = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|up to|at least)\s+)?`;
const TIME_AMOUNT = String.raw`${AMOUNT_ABOUT}(?:${COUNT}|\d[\d.,]*|half an?)\s+(?:more\s+|extra\s+)?${TIME_UNIT}`;
// Whose time: "her", "the clerks'", "Mai's", "the two checkers'".
const WHOSE = String.raw`(?:her|his|their|my|our|(?:the\s+)?(?:${WORD}\s+)?${WORD}(?:['’]s|s['’]))`;
// Whom it cost: a pronoun, or people ("the clerks", "my two engineers", "one planner").
const PAYER = String.raw`(?:her|him|them|me|us|(?:the|my|our|one|two|three|both)\s+(?:${WORD}\s+)?(?:${STAFF}|team|clerks?|checkers?|operators?|agents?|planners?|inspectors?|supervisors?|nurses?|drivers?|pickers?|dispatchers?))`;
const NOT_SPENT = String.raw`(?:no|not|never|nobody|none|nothing|no one|longer|fewer|less)\b`;
const SPENT = String.raw`(?:spent|spends|spend|sat|sits|sit|worked|works|work|stayed|stays|stay)\s+(?!${NOT_SPENT})(?:[^\s.,;:!?]+\s+){0,5}?`;
const SOMEONE_MEANT = String.raw`\b(?:meant|means|would mean)\s+(?:that\s+)?(?:(?!${NOT_SPENT})${WORD}\s+){1,4}?`;
const CALL_COST_TIME = String.raw`\b(?:cost|costs|costed)\s+(?:${TIME_AMOUNT}\s+of\s+${WHOSE}\s+(?:time|days?|evenings?|mornings?|nights?|weekends?|shifts?)\b|${PAYER}\s+${TIME_AMOUNT}\b(?!\s+(?:less|fewer)\b))`;
const CALL_MEANT_TIME = String.raw`${SOMEONE_MEANT}(?:(?:(?:also|now)\s+)?(?:(?:had|has|have|would have)\s+to\s+)?${SPENT}(?:${OUT_OF_HOURS}|${TIME_AMOUNT}(?!\s+(?:less|fewer)\b)|(?:her|his|their|my|our)\s+(?:evenings|nights|weekends|saturdays|sundays))\b|still\s+${SPENT}${EVERY_TIME}\b)`;
// A thirty-second user's trial: the price of the option chosen, told as what keeping, running, holding or putting something off cost: "Keeping
// the old cluster an extra month cost about $18K in hosting", "Running both systems in parallel for six weeks cost us two
// engineers' time", "Waiting for January meant…", "The delay cost us the Q4 marketing slot". The course is the sentence's
// subject (see courseCost for what each verb needs before "cost" and after it). Not an incident's cost ("the outage cost
// us $3M"), a burden kept up with ("Keeping up with the tickets cost the team its weekends") nor a saving ("Keeping the
// cache warm cut costs by 20%", "cost us nothing").
const COURSE = String.raw`(?:keeping|running|staying|maintaining|extending|paying for|holding|waiting|delaying|postponing|deferring|pushing|moving|pausing)`;
const COURSE_COST = new RegExp(String.raw`\b${COURSE}\b[^.;:!?\n]{1,80}?\s(?:cost|costs|costed|meant|means)\b`, 'gi');
// "The delay", "the extra month", "the parallel run": a course named by a noun, which is the candidate's only with their
// decision beside it.
const COURSE_NOUN_COST = new RegExp(String.raw`\b(?:the|that|this|our|my)\s+(?:[\p{L}\p{N}]+-(?:day|week|month)\s+)?(?:delay|wait|postponement|extension|(?:extra|additional)\s+${SHORT_SPAN}|parallel\s+(?:run|running|period|${SHORT_SPAN})|overlap)\s+(?:(?:to|until|till|into)\s+(?:${LATER}|${AFTER_EVENT})\s+)?(?:cost|costs|costed|meant|means)\b`, 'giu');

// A cost paid or taken from the candidate's own budget (see its pattern).
const OWN_BUDGET_COST = new RegExp(String.raw`\b(?:paid|pay|paying|took|take|taking|absorbed|absorb|absorbing|covered|cover|covering|funded|fund|funding|carried|carry|carrying|booked|book|booking|put|putting)\s+(?:(it|that|this|them)|(?:the|this|that)\s+(?:(?:extra|additional|higher|double|added|whole|full)\s+)?(?:[\p{L}-]+\s+)?(?:cost|costs|difference|premium|overlap|overrun|overspend|increase|uplift|surcharge)|(?:the\s+)?(?:extra|additional|higher|double|dearer)\s+(?:[\p{L}-]+\s+)?(?:cost|costs|spend|licen[cs]es?|fees?|bills?|charges?|rent|rates?))\s+(?:from|out of|into|onto|on|against|to|under|in)\s+(?:my|our)\s+(?:own\s+)?(?:[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?budget\b(?!\s+(?:meetings?|reviews?|planning|requests?|calls?|committees?|holders?|owners?|discussions?|forecasts?|cycles?|submissions?|process)\b)`, 'giu');
// (Not global, to read one match's words: a global one's lastIndex would carry over to the next text matchAll reads.)
const OWN_BUDGET_COST_AT = new RegExp(OWN_BUDGET_COST.source, 'iu');
// A charge told before "it": "charged both licences", "the premium", "€14,000 a year dearer".
const CHARGE_TOLD = /\b(?:charged|charges?|cost|costs|costed|fees?|bill(?:ed|s)?|invoiced|licen[cs]es|premium|surcharge|extra|double|twice|dearer|pricier|costlier|more expensive|overlap)\b/i;

// What "resigned from" leaves that is a post or a body, not work: "my role", "the board", "Amazon", "the project team".
const POST = String.raw`(?:jobs?|roles?|posts?|positions?|seats?|chair|office|offices|company|companies|firm|employer|board|boards|committees?|councils?|unions?|party|parties|club|society|band|teams?|group|partnership|panel|cabinet|government|ministry|bank|agency|school|university|faculty|practice|directorship|membership|fellowship|presidency|chairmanship|responsibilit(?:y|ies)|duties|duty|career|shifts?|rotas?|rotations?|on-?call)`;
// A name left: "resigned from Amazon", "from Hoteliq's board".
const NAMED_AFTER_FROM = /^\S+\s+from\s+\p{Lu}/u;
// "Resigned from" and what was given up: work, or anything with what giving it up was for (see its pattern).
const RESIGNED_FROM = new RegExp(String.raw`\bresign(?:ed|ing|s)?\s+from\s+(?!(?:my|his|her|their|our)\s+(?:${WORD}\s+){0,2}?${POST}\b)(?:(?:the|a|an|our|its|their|this|that|these|those|some|all|both)\s+)?(?!(?:${WORD}\s+){0,2}?${POST}\b)(?:(?:${WORD}\s+){0,3}?${WORK}\b|(?:${WORD}\s+){0,4}?${WORD}(?=,?\s+(?:(?:in order\s+|so as\s+)?to\s+(?:keep|hold|make|meet|hit|protect|save|ship|launch|finish|deliver|free|focus|fit|get|stay|give|land)|so(?:\s+that)?\s+(?:I|we|the|our|my)|in favou?r of|for the sake of)\b))`, 'giu');

// Made on first use: a story with a trade-off section of its own (see computeStatesTradeoff) reads none of them, and
// making them, some 180 expressions, took about 10 ms of the start of a lint.
const PATTERNS = (): readonly Pattern[] => (patterns ??= [
  // An alternative set aside. "instead of" and "rather than" only when someone chose; see isChoice.
  { re: /\binstead of\b|\brather than\b|\bin (?:place|lieu) of\b/gi, when: isChoice },
  // "wound down the build in favour of a vendor's API"; not a vote or an argument for something ("argued in
  // favour of"), which sets nothing aside.
  {
    re: /\bin(?<!\b(?:vote[sd]?|voting|argued?|argues|arguing|spoke|speaks?|came out|ruled?|found|all|strongly|firmly|be|am|is|are|was|were|been)\s{1,3}in) favou?r of\b/gi,
    when: isChoice,
  },
  // "…with automatic rollback instead." names the alternative it replaced; "Instead, I…" only narrates.
  { re: /\binstead(?<=[^\s.,;:!?(]\s{1,8}instead)(?=[ \t]*(?:[.;,!?)\n]|$))/gi, when: isChoice },
  // "I agreed with Finance to cut the second parallel run": a cut agreed or decided (not costs or time cut).
  {
    when: byCandidate,
    re: /\b(?:agreed|decided|chose|opted)\b(?:\s+with\s+(?:the\s+)?[\w&-]+(?:\s+[\w&-]+)?)?\s+to\s+(?:cut|drop|skip|defer|scrap|shelve|postpone)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:costs?|spend|spending|latency|time|waste|errors?|bills?|backlog|queue|churn|headcount|duplicates?|bugs?)\b)/gi,
  },
  // "so I ordered instead spare batteries": the alternative after "instead", in a second language's order.
  { re: /\b(?:I|[Ww]e)\s+(?!(?:was|were|am|are|had|have|did|do|would|could|should|found|saw|seen|learn(?:ed|t)|heard|got|received|noticed|discovered|reali[sz]ed|hit|faced|observed|thought|felt)\b)[a-z]+\s+instead(?=\s+(?!(?:of|that|from|on|in|at|to|with|for|about|into|onto|by|late|early|earlier|later|home|back|again|now|today|tonight|tomorrow|overnight)\b)(?!(?:\d+|a|an|one|two|three|four|five|six|a few|several)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b)(?:the\s+|a\s+|an\s+|some\s+|two\s+|\d+\s+)?[a-z])/g, when: byCandidate },
  { re: /\bin exchange (?:for|of)\b|\bin return\b|\b(?:would|['’]d) (?:much |far )?(?:rather|sooner)\b[^.;!?]{1,80}?\bthan\b|\bbetter to\b[^.;!?]{1,80}?\bthan\b/gi },
  // "traded a week for a safer rollback", "the trade was…"; not trading volume ("clients traded 18% more").
  {
    re: /\btrade[- ]?offs?\b|\btrading (?:off|away)\b|\b(?:would|['’]d|will|to) trade\b|\bthe trade (?:was|is|:)|\b(?:a|the) (?:fair|good|reasonable|worthwhile|right|conscious|deliberate|calculated|clear|simple) trade\b|\bworth (?:the (?:trade|cost|price|risk|delay|wait|hit)|paying|taking|accepting|losing|giving up)\b|\b(?:delay|cost|wait|price|hit|risk|trade|sacrifice|slip)\s+(?:was|is|were|would be)\s+(?:well\s+)?worth\b|\ba (?:small|fair|reasonable|low) price to pay\b/gi,
  },
  // A cost named as a price in apposition: "The wards waited three extra weeks, a fair price against a night of
  // paper registers" (not a price paid in money: "I negotiated the lease down to $1.2M a year, a fair price").
  {
    re: /[,:;—–]\s*a (?:fair|small|reasonable|acceptable|modest|necessary|cheap|low) (?:price|cost)(?= (?:against|given|next to|compared (?:with|to))\b|\s*[.;,!)]|\s*$)/gi,
    when: (text, index) => !/negotiat|[$£€¥₹]|\b(?:price|cost|fee|rate|quote)[ds]?\b/i.test(sentencesBefore(text, index).current),
  },
  // (Not words or turns traded with someone: "I traded messages with the vendor for a week", "traded places with Amir".)
  { when: byCandidate, re: new RegExp(String.raw`\btraded\b(?!\s+(?:(?:a few|a couple of|some|several|many|more|long|brief|quick|daily|weekly|the|our|their|\d+)\s+)?(?:${WORD}\s+)?(?:messages|e-?mails|mails|notes|calls|phone calls|texts|dms|ideas|views|stories|war stories|jokes|tips|contacts|numbers|details|pleasantries|greetings|insults|blows|punches|words|letters|voicemails|updates|comments|compliments|glances|barbs|places)\b)(?=[^.;!?]{1,60}?\b(?:for|against|off|away)\b)`, 'gi') },
  // Planned work given up for other work: "I swapped the planned refactor for the security patch", "swapped two sprints
  // of feature work for hardening", "exchanged the accessibility audit for the launch slot". Not a part or a tool
  // replaced ("swapped the disk for a new one", "swapped Jenkins for GitHub Actions"), nor a turn ("swapped shifts with
  // Priya"): what is given up is work, or time spent on it, and what it went to is work or a date. Nor a process swapped
  // for a better form of itself ("swapped our weekly release for a daily release", "swapped the manual QA for automated
  // testing"): a cadence or a manual way is no planned work given up.
  { when: byCandidate, re: new RegExp(String.raw`\b(?:swapped|swap|swapping|exchanged|exchange|exchanging)(?!(?:\s+out)?\s+(?:(?:the|our|my|a|an|its|their|this|that)\s+)?(?:weekly|daily|nightly|monthly|quarterly|yearly|annual|fortnightly|bi-?weekly|manual|hand-?run|paper|big-?bang)\b)(?:\s+out)?\s+(?:(?:the|our|my|a|an|its|their|this|that)\s+)?(?:${COUNT}\s+${SPAN}\s+of\s+(?:${WORD}\s+){0,2}?${WORD}|(?:planned|scheduled|committed|promised|roadmapped)\s+(?:${WORD}\s+){0,2}?${WORD}|(?:${WORD}\s+){0,3}?${SWAPPED_WORK})(?:\s+out)?\s+for\s+(?:(?:the|a|an|our|my|its|their|some|more|extra|an earlier|a faster)\s+)?(?:${WORD}\s+){0,3}?(?:${SWAPPED_WORK}|${NEW_WORK}|tests?|date|deadline|go-?live|slot|window|speed|time)\b`, 'gi') },
  // A test given up for a lighter check, for other work, or for the date: "I swapped the load test for a smoke test to
  // make the date", "replaced the full regression run with a sanity pass", "swapped the pen test for the security patch",
  // "substituted a smoke test for the load test". Not one test replaced by another of its weight ("swapped the flaky
  // test for a stable one", "swapped the unit tests for integration tests"), nor a check made better ("swapped the manual
  // QA for automated testing", even "to make the date").
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:swapped|swap|swapping|exchanged|exchange|exchanging|replaced|replace|replacing)(?:\s+out)?\s+(?:(?:the|our|my|a|an|its|their|this|that|planned|scheduled|agreed)\s+){0,2}(?:${WORD}\s+){0,2}?${CHECK}(?:\s+out)?\s+(?:for|with)\s+(?:(?:the|a|an|our|my|one|just\s+a|only\s+a)\s+)?(?:(?:${WORD}\s+){0,2}?${LIGHT_CHECK}|(?!(?:${WORD}\s+){0,3}?(?:tests?|testing)\b)(?:${WORD}\s+){0,3}?(?:${SWAPPED_WORK}|${NEW_WORK}|date|deadline|go-?live|slot|window)\b|(?!(?:${WORD}\s+){0,3}?(?:automated|automatic|scripted)\b)(?!(?:${WORD}\s+){0,3}?(?:ones?|${CHECK_ITSELF})${FOR_A_DATE})(?:${WORD}\s+){0,3}${WORD}${FOR_A_DATE})|\b(?:substituted|substitute|substituting)\s+(?:(?:the|a|an|our|my|one)\s+)?(?:${WORD}\s+){0,2}?${LIGHT_CHECK}\s+for\s+(?:(?:the|our|my|a|an|its|their|planned|scheduled|agreed)\s+){0,2}(?:${WORD}\s+){0,2}?${CHECK}\b`, 'giu'),
  },
  { re: new RegExp(String.raw`\b(?:chose|choose|chosen|choosing|selected|picked|prioriti[sz](?:ed|ing|e)|favou?r(?:ed|ing)|preferred|opted for|went (?:with|for)|bet on|backed|valued|put|putting|placed|ranked|optimi[sz](?:ed|ing) for|tuned (?:it )?for|privileg(?:ed|ing)|(?:would|['’]d|will)\s+(?:always\s+)?take|priority|precedence|preference|recommend(?:ed|ing|ation)?|propos(?:ed|al)|pushed for|argued for|(?:my|our) (?:call|decision|choice|pick|vote))\b(?:[^.;!?]|\.\d){1,100}?${OVER_CHOICE}(?!\s+to\b)`, 'gi'), when: chosenByCandidate },
  { re: /\b(?:chose|picked|went with|settled (?:for|on)|opted for)\b[^.;!?]{0,40}?\b(?:weaker|slower|worse|fewer|less|smaller|simpler|cheaper|narrower|manual|stopgap|interim|temporary)\b/gi },
  // Two goods held against each other. Not bookkeeping: "balanced every entity's trial balance against the
  // old ledger" reconciles two records.
  {
    re: new RegExp(String.raw`\b(?:weigh(?:ed|ing|s)?|balanc(?:ed|ing))\b(?![^.;!?]{0,60}?\b(?:balances?|ledgers?|books|accounts?|statements?|tills?|totals?)\b)[^.;!?]{1,80}?\bagainst\b|\b(?:struck|strike|striking|found|finding) (?:a|the) (?:${WORD} )?balance between\b`, 'gi'),
  },
  // Met halfway: "worked out a compromise", "compromised on", "split the difference", but not "the compromise
  // of the build server" or "compromised accounts".
  {
    re: new RegExp(String.raw`\bcompromise\b(?<=\b(?:as a|(?:reached|struck|found|agreed|proposed|offered|negotiated|brokered|worked out|landed|settled on|suggested) (?:on )?(?:a|an|the|this|that)(?: ${WORD})?) compromise)|\bcompromised on\b|(?<!\b(?:without|not|never|no|refused to|refusing to|won['’]t|wouldn['’]t|didn['’]t|did not|rather than)\s+)\bcompromising on\b|\bthe compromise(?: (?:was|is)\b|\s*:)|\bcompromise (?:I|we) (?:struck|reached|agreed|made|found|offered|proposed|landed)\b`, 'gi'),
  },
  { re: new RegExp(String.raw`\bsplit the difference\b|\bme(?:e|t|et)\s+(?:${WORD}\s+){1,3}?half-?way\b(?!\s+(?:through|into|point|mark))|\b(?:made|make|offered|gave|agreed|conceded) (?:a |one |two |some )?concessions?\b`, 'gi') },
  // A cost named: "the price was a second licence" (not "the cost was $40k"), "the downside:", "that meant
  // accepting…", "even if it meant", "we could live with it".
  { re: /\bat the (?:cost|expense|price|risk) of\b|\bat expense of\b|\bthe (?:real|main|only|biggest|hidden|human|true) (?:cost|price) (?:of (?:it|that|this) )?(?:was|is|were)\b(?!\s*(?:[£$€¥\d]|(?:about|around|roughly|nearly|under|over|just|only)\b))|\b(?:came|comes|come|coming) (?:at|with) a (?:price|cost)\b|\bopportunity cost\b|\bso be it\b/gi },
  {
    re: new RegExp(String.raw`\b(?<!-)(?:downside|drawback|flip ?side|catch|sacrifice)(?<!\b(?:biggest|best|big|good|great|nice|early|top|lucky|real|important|key|first|last|latest)\s{1,3}catch)s?\s*(?:was|is|were|:|being\b)(?!\s*(?:a|an|the|one|two|three|\d+)\s+(?:${WORD}\s+){0,3}?(?:bugs?|defects?|regressions?|errors?|leaks?|typos?|mismatch(?:es)?|vulnerabilit(?:y|ies))\b)|\bwith the (?:downside|drawback|catch|cost) (?:that|of)\b|\bthe (?:price|cost)(?: of (?:doing (?:it|so|this|that)(?: ${WORD})?|that|this|it|the (?:decision|choice|call)))?(?: (?:we|I) paid| (?:for|to) (?:us|me|them))? (?:was|is|:) (?:that|a (?!(?:third|quarter|half|fraction|flat|fixed|one-off|total|monthly|yearly|annual)\b)(?![^.;!?]{0,20}?[£$€¥])|an|one|two|losing|giving|slower|weaker|longer|higher|lower|fewer|less|extra)\b`, 'gi'),
  },
  { re: new RegExp(MEANT, 'gi') },
  { re: new RegExp(CHOICE_MEANT, 'giu'), when: byCandidate },
  { re: new RegExp(CALL_COST_TIME, 'gi'), when: byCandidate },
  { re: new RegExp(CALL_MEANT_TIME, 'gi'), when: byCandidate },
  { re: new RegExp(MEANT_FOR_OTHERS, 'gi'), when: byChoice },
  { re: new RegExp(MEANT_LESS, 'gi'), when: byChoice },
  { re: /\b(?:even though|even if|although|though|whilst|while|if) (?:it|that|this|doing so) (?:meant|means|would mean|cost|stretched|delayed|added|pushed|slowed|slipped|took)\b/gi },
  // "I keep the card job in the old window, even this delays clearing one cycle" (a second-language "even
  // though"); "I agreed with IT Security a 90-day exception"; "I overruled the staggered plan".
  { when: choiceBeforeSo, re: /\beven (?:this|that|it) (?:delays|costs|means|slows|pushes)\b/gi },
  {
    when: byCandidate,
    re: /\b(?:agreed|accepted|took|signed|got)\b[^.;!?]{0,40}?\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:exception|waiver|dispensation)\b(?=\s*(?:for|to|on|from|until|through|covering|[.,;:!?)]|$))/gi,
  },
  { re: /\b(?:I|we) overruled\b|\b(?:I|we) overrode (?:the |their |his |her |its )?(?:[\w-]+ ){0,2}?(?:objections?|decision|call|recommendation|proposal|plan|request|veto|concerns?)\b/gi },
  { re: /\bknowing(?: full well)?(?: that)? (?:it|this|that|doing so|we|I)(?: (?:would|['’]d|meant|means|will|might|could|pushed|cost|delayed|slipped|left)\b|['’](?:d|ll)\b)/gi },
  // "…on a Tuesday, knowing a bad step would be visible to customers", "knowing the queue would grow": a cost
  // run into on purpose, told with what it would do. (Not "not knowing", nor "without knowing".) Dev round 40: what it
  // would give away ("knowing the range would give those metres to the stops every year") and a check it could not have
  // ("knowing this typed data could not be verified by Nordvik's platform"); not what someone would give ("knowing the
  // board would give approval to…", "give the credit to the team"), nor a check it would pass ("would be verified").
  { re: /(?<!\b(?:not|without|never)\s)\bknowing(?: full well)?(?: that)? (?:a|an|the|any|some|every|our|my|their|its|this|that|these|those|customers|users|staff|people|agents|drivers|couriers|patients)\b(?: [\p{L}'’-]+){0,4}? (?:(?:would|could|might|will) (?:(?:still|then|also|probably) )?(?:(?:be|stay|remain) (?:visible|seen|noticed|late|slower|delayed|unhappy|annoyed|affected|exposed|unprotected|uncovered|vulnerable|at risk|hit|down|lost|unverified|unchecked|untested|unaudited)|keep (?:seeing|getting|waiting|hitting)|miss|slip|lose|break|delay|hurt|cost|complain|wait|suffer|fail|drop|churn|pay|go without|take longer|see (?:errors|failures|gaps|blank|slower|delays|more)|sacrifice|forgo|forfeit|give (?:up|away)|give (?:those|these|the|that|this|its|their|our|some|all|part of)\s+(?!(?:best|approval|support|go-ahead|green light|blessing|answer|feedback|attention|benefit|credit|nod|impression|confidence|money|funding|budget|data|numbers|figures|details)\b)(?:[\p{L}\p{N}'’-]+\s+){0,3}?to)|(?:(?:would|could|might|will)(?: not| never)|wouldn['’]t|couldn['’]t|won['’]t) be (?:(?:fully|independently|properly|automatically)\s+)?(?:verified|checked|validated|tested|audited|traced|guaranteed|confirmed|reconciled|covered|protected|recovered))\b/giu },
  // Ordering by choice, the last place named: "I put theatres and day surgery last".
  // One thing alone put last is just an order ("I pushed the config change last"); several are a ranking.
  { when: byCandidate, re: new RegExp(String.raw`\b(?:put|left|kept|scheduled|saved|moved|pushed|ranked|placed)\s+(?:${WORD}\s+){0,4}?${WORD}(?:,\s+|\s+and\s+)(?:${WORD}\s+){0,4}?(?:last|till last|until last)(?=\s*(?:[.,;:!?)]|$|\b(?:and|so|because|since|as|which|knowing)\b))|\b(?:put|left|kept|scheduled|saved|moved|pushed|ranked|placed)\s+(?:${WORD}\s+){1,5}?(?:to the (?:very )?end of the (?:queue|list|plan|roadmap)|to the back of the queue)\b`, 'gi') },
  // A premium paid to buy time or certainty: "40% from the Malaysia plant at a 9% unit premium", "premium paid: $71k".
  { re: /\bat a (?:[\d.]+\s?%|small|modest|higher|steep|hefty|[\w-]+-(?:cent|dollar|pound|euro)) (?:unit |price |cost )?premium\b(?!\s+(?:to|over|above|on)\b)|\bpremium paid(?=\s*[:,.;]|\s+(?:of|was|for|to)\b)/gi },
  // Staff moved off one thing onto another: "I pulled two RF teams off the North East cluster", "I moved two
  // engineers from the connector to a reporting feature". Moved "from … to" only onto a piece of work, and only
  // a number of them: not "moved 12 teams from Jenkins to GitHub Actions", "two technicians from nights to days",
  // "the team from Jira to Linear" (migrations and rotas); nor "borrowed two testers from the Switch build" (help
  // brought in, not work given up).
  { when: byCandidate, re: new RegExp(String.raw`\b(?:pulled|pull|pulling|took|moved|shifted|borrowed|diverted|redeployed|reassigned)\s+(?:${COUNT}\s+|the\s+|my\s+|our\s+|their\s+)?(?:${WORD}\s+){0,3}?${STAFF}\s+(?:off|away from)\s|\b(?:pulled|moved|diverted|redeployed|reassigned|shifted)\s+(?:${COUNT}|half\s+(?:of\s+)?(?:the|my|our))\s+(?:${WORD}\s+){0,3}?${STAFF}\s+from\s+[^.;!?,]{1,50}?\s(?:to|onto)\s+(?:(?:the|a|an|our|my|their)\s+)?(?:${WORD}\s+){0,3}?${NEW_WORK}\b`, 'gi') },
  // Moved on to what felt more urgent: "…and moved on to the Okta migration, which felt more urgent at the time".
  { when: byChoice, re: /\b(?:which|that|as (?:it|that|this)) (?:felt|seemed|was|looked) (?:far |much )?more (?:urgent|important|pressing)\b/gi },
  // Held to a later release: "I held it to the next quarter so the monthly flow could ship".
  { when: byCandidate, re: new RegExp(String.raw`\bheld\s+(?:it|them|that|this|(?:the\s+)?(?:${WORD}\s+){1,3}?)(?:back\s+)?(?:to|until|till|into)\s+(?:${LATER_STRICT})`, 'gi') },
  // Chosen although it cost more: "I recommended the one with T+1 settlement even though its fee was 0.05% higher".
  { when: byChoice, re: /\b(?:even though|although|though|despite the fact that)\s+(?:its|the|their|our|that)\s+(?:[\w-]+\s+){0,2}?(?:fees?|price|prices|cost|costs|bill|rate|latency|lead time|licen[cs]e)\s+(?:was|were|is|are)\s+(?:[\d.,]+\s?%?\s+)?(?:higher|more|steeper|slower|longer|worse|dearer|pricier)\b/gi },
  // "…, whatever it costs in licences": a cost taken on in advance.
  { re: /\bwhatever (?:it|that|this) costs?\b|\bwhatever the cost\b/gi },
  // A cost owned in so many words: "branches lose 30 minutes for late entries, we accept this".
  { re: /\b(?:we|I) (?:knowingly |consciously |deliberately )?(?:accept|accepted|accepting) (?:this|that(?=\s*(?:[.,;:!?)]|$))|the (?:risk|cost|loss|delay|gap|hit|lag|trade))\b/gi },
  // A risk owned by sign-off: "Florence signed off that exposure in writing", "the CISO signed off on the residual
  // risk", "I took on that exposure until October". (Not the paperwork: "signed off the risk assessment".)
  {
    re: /\b(?:signed|signs|signing|sign) off\s+(?:on\s+)?(?:the|that|this|our|a)\s+(?:(?:residual|remaining|known|extra|added|interim|short-term)\s+)?(?:risk|exposure|gap)\b(?!\s+(?:assessments?|registers?|logs?|reviews?|matrix|matrices|owners?|plans?|analysis|scores?)\b)|\b(?:accept|accepts|accepted|accepting|took on|take on|takes on|taking on|carried|carry|carries|carrying)\s+(?:that|this|the)\s+(?:(?:residual|remaining|extra|added|interim|short-term)\s+)?exposure\b(?!\s+(?:assessments?|registers?|logs?|reviews?|reports?|models?|limits?)\b)/gi,
  },
  // A loss taken on in so many words: "…, accepting a small drop in conversion over blocking the pincodes", "I
  // accepted the dip in throughput". (Not one refused: "I could not accept a drop in uptime".)
  { when: byCandidate, re: /\b(?<!(?:\bnot|\bnever|n['’]t|\bcannot|\brefused to|\bunwilling to|\b(?:not|n['’]t) (?:willing|prepared|ready|going|able) to)\s)(?:accept|accepted|accepting)\s+(?:a|an|some|the)\s+(?:(?:small|slight|minor|modest|short|brief|temporary|one-off|[\d.,]+\s?%|[\d.,]+-(?:point|day|week|hour|minute))\s+)?(?:drop|dip|loss|fall|rise|increase|slowdown|slow-down|delay|slip)\s+(?:in|of)\b/gi },
  // Not brought across: "We also didn't port APM tracing; that stayed on Datadog".
  { re: /\b(?:I|we) (?:also )?(?:didn['’]t|did not|chose not to|decided not to) (?:port|move over|carry over|bring over|bring across|rebuild|replatform)\b/gi },
  // Less taken to hold a date: "I accepted a 5,000-claim sample to hold the June 1 date".
  { when: byCandidate, re: /\baccepted\s+(?:a|an|only|just)\s+(?!(?:offer|invitation|job|role|position|proposal|request|loan|secondment|help)\b)[^.;!?]{1,50}?\bto (?:hold|keep|make|meet|hit|protect|save) (?:the|our|a|that|my)\s+(?:[\w-]+\s+){0,3}?(?:date|deadline|window|slot|go-?live|launch|budget|timeline)\b/gi },
  // The date first, then the squeeze: "to fit the new date we shortened the soak test from 72 hours to 24".
  { re: /\bto (?:fit|hold|keep|protect|make|hit|meet) (?:the|our|a|that) (?:new |original |agreed |revised )?(?:date|deadline|window|slot|go-?live),? (?:I|we) (?:compressed|shortened|squeezed|trimmed|cut|halved|skipped|dropped|reduced)\b/gi },
  // Something squeezed to hold a date: "I compressed the soak to six hours to hold the February 1 date", "I cut
  // the parallel run to two weeks to keep the go-live date" (not costs or errors cut).
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:compressed|shortened|squeezed|skipped|dropped|truncated|(?:cut|trimmed|halved|reduced)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:costs?|spend|spending|latency|time|times|duration|runtime|turnaround|waste|errors?|bills?|backlog|queue|churn|headcount|duplicates?|bugs?|defects?|incidents?|delays?|waits?)\b|[^.;!?\n]{0,60}?\bfrom\s+[\d£$€]))\b[^.;!?\n]{1,80}?\bto (?:hold|keep|protect|make|hit|save|meet) (?:the|our|my|a|that) (?:${WORD}\s+){0,3}?(?:date|deadline|launch|window|slot|go-?live|cut-?over|milestone)\b`, 'gi'),
  },
  // Sent to the back of the line: "I put everything under £30 at the back of the queue for four weeks".
  { when: byCandidate, re: /\b(?:put|moved|pushed|sent|parked|dropped)\s+(?:[\p{L}\p{N}£$€'’-]+\s+){0,6}?(?:to|at) the (?:back|bottom|end) of the (?:queue|list|backlog|pile|line)\b/giu },
  // Switched off for launch, to follow later: "cross-play would be disabled at launch and come in a day-30 patch".
  { re: /\b(?:disabled|switched off|turned off|hidden|held back|left dark) (?:at|for) (?:the )?launch\b|\b(?:would|will|to|could) (?:come|follow) (?:in|with) (?:a|the) (?:later|follow-up|post-launch|subsequent|second|day-\d+|week-\d+) (?:patch|update|point release|hotfix|release)\b/gi },
  // What the choice cost others: "I borrowed two testers from the Switch build, which put the Switch version back by a month",
  // "I insisted on a two-release deprecation, which stretched the work from one sprint to three". (Not the work's
  // reach or its team: "which extended the project to cover the Nordic sites", "which extended the project team".)
  { when: sentenceOfCandidate, re: /\bwhich (?:stretched|lengthened|extended) (?:the |our |my )?(?:[\w-]+ ){0,2}?(?:work|project|plan|timeline|schedule|rollout|migration|clean-?up|programme|program|effort|release|cut-?over)(?=\s+(?:(?:from|by|into|over|past|beyond|until|till|through|out|well|further|a|an|another|to(?!\s+cover\b))\b|\d)|\s*[,.;:!?)]|\s*$)/gi },
  { when: choiceBeforeSo, re: /\bwhich (?:put|set|pushed|knocked) (?:[\w'’-]+ ){1,4}?back (?:by )?(?:a |an |one |two |three |four |five |six |several |a few |\d+ )?(?:days?|weeks?|fortnights?|months?|quarters?|sprints?|releases?|years?)\b|\bwhich (?:put|left|set) (?:[\w'’-]+ ){1,4}?(?:a |an |one |two |three |four |five |six |several |a few |\d+ )(?:hours?|days?|weeks?|months?) behind\b|\bwhich (?:delayed|slowed|held up) (?:[\w'’-]+ ){1,4}?by (?:a |an |one |two |three |four |five |six |several |a few |\d+ )(?:days?|weeks?|fortnights?|months?|quarters?|sprints?|releases?)\b/gi },
  // Weighing an option aloud: "it would lose shoppers 90 ms but end the sync incidents".
  { re: /\b(?:would|['’]d|will|could|might)\s+(?:lose|give up|sacrifice|forgo|miss)\b(?![^.;!?]{0,60}?\bif\b)[^.;!?]{1,80}?\bbut\b/gi, when: byChoice },
  // A concession: "I stuck with the old vendor, even though its pricing was worse".
  {
    re: new RegExp(String.raw`\beven (?:though|if)\s+(?:${WORD}\s+){1,4}?(?:was|were|is|are|would be)\s+(?:(?:a bit|a little|a lot|much|far|slightly)\s+)?(?:worse|slower|weaker|costlier|dearer|pricier|more expensive|more manual|harder|clunkier|riskier)\b|\beven (?:though|if)\s+(?:${WORD}\s+){1,4}?(?:would|['’]d)\s+(?:have to|need to|lose|miss|wait)\b`, 'gi'),
  },
  // A first release narrowed to one thing, "only" after it: "I sent the first wave in English only", "we
  // launched with card payments only" (the pattern below reads "only" before it). Not a time ("in two weeks
  // only", "in only six weeks"), nor "only to discover", "only after legal signed off", "the only region".
  {
    when: byCandidate,
    re: /\b(?:launched|shipped|sent|released|rolled out|went live|opened)\b[^.;!?]{0,50}?\b(?:in|with|for|to)\s+(?!(?:\d|one|two|three|four|a few|a couple|only|just)\b)(?:(?!(?:the|a|an)\s)[\p{L}-]+\s+){1,2}only\b(?!\s+(?:to\s+(?:discover|find|learn|see|hear|watch|realis\w*|realiz\w*)|after|when|once|if|because|until)\b)/giu,
  },
  // Dev round 35, trade-offs told quietly. The dearer option taken all the same: "The printers from the same
  // vendor were more expensive per piece, but I take them because the spare parts are shared". (Not taken somewhere:
  // "were slower to read, but I took them home".) And "The Samsara units cost more, but I chose them", "Their quote
  // was more expensive, but I signed it".
  {
    when: inCandidateSentence,
    re: /\b(?:(?:was|were|is|are)\s+(?:(?:a bit|a little|much|far|slightly)\s+)?(?:more expensive|dearer|pricier|costlier|slower|heavier)|costs?\s+(?:(?:a bit|a little|much|far|slightly)\s+)?more)\b[^.;!?]{0,40}?,?\s+but\s+(?:I|we)\s+(?:still\s+)?(?:take|took|chose|choose|picked|pick|went with|go with|bought|buy|selected|select|ordered|order|signed(?: with)?|kept|stuck with|stayed with)\b(?!\s+(?:(?:them|it|those|these)\s+)?(?:home|in|out|off|apart|back|down|up|through|to|into|over|away)\b)/gi,
  },
  // What the course taken added, told after "although": "I paid for night working to finish before the tourist
  // season, although night rates added about £11,000".
  {
    when: inCandidateSentence,
    // (An amount marked approximate reads as the bare amount does: "even though it adds ~20 min", "c. 20 min".)
    re: new RegExp(String.raw`\b(?:although|though|even though)\s+(?:[\w'’-]+\s+){1,3}?(?:added|cost|adds|costs)\s+(?:${APPROX_MARK}|(?:over|an extra|another)\s+)?(?:[£$€¥₹]|\d|(?:a|an|one|two|three|four|five|six|several)\s+(?:extra\s+|more\s+)?(?:days?|weeks?|months?|hours?)\b)`, 'gi'),
  },
  // Money spent to buy time: "To win back the lost days I paid the bank a KES 1.4 million surcharge to keep 40 pay
  // points open over two weekends".
  {
    when: byCandidate,
    re: /\bpaid\b(?:\s+(?:[^\s.;!?]|\.(?=\d))+){0,6}?\s+(?:surcharges?|premiums?|(?:rush|expedite|expediting|express|overtime|weekend|night|extra|priority)\s+(?:fees?|rates?|charges?|costs?|freight|shipping)|overtime)\b[^.;!?]{0,60}?\bto\s+(?:keep|get|finish|make|hold|hit|meet|win back|recover|save|buy|open|beat|speed|bring|stay|catch up)\b/gi,
  },
  // A safeguard's price, named: "That rule cost three extra weeks", "My decision to wait cost us a week", and the
  // two harms weighed: "I judged a wrongful cut-off worse than a late tranche".
  {
    re: /\b(?:that|this|the|my|our)\s+(?:rule|decision|choice|call|check|step|approach|plan|policy|gate|review|requirement|change|safeguard)(?:\s+to\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s+cost\s+(?:us\s+|me\s+|the team\s+)?(?:about\s+|roughly\s+|around\s+|nearly\s+)?(?:an?\s+(?:extra\s+|more\s+|additional\s+|full\s+)?|(?:extra|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:extra\s+|more\s+|additional\s+)?)(?:days?|weeks?|months?|sprints?|hours?|quarters?)\b/gi,
  },
  // A thirty-second user's trial: the price of the option chosen, told as what keeping, running, holding or putting something off cost (see
  // COURSE_COST).
  { when: courseCost, re: COURSE_COST },
  { when: courseNounCost, re: COURSE_NOUN_COST },
  {
    when: byCandidate,
    re: /\bI\s+(?:judged|reckoned)\s+(?:that\s+)?(?:a|an|the)\s+[^.;!?]{1,60}?\b(?:worse|riskier|costlier|more costly|more dangerous|more harmful|less harmful|less risky|less damaging|less costly)\s+than\s+(?:a|an|the|any)\b/gi,
  },
  // A smaller first version: "First version covered only the 14 auction parameters, not all 400".
  { when: byCandidate, re: /\b(?:the\s+)?first\s+(?:version|release|cut|phase|drop|iteration|wave)\s+(?:covered|included|carried|supported|handled|shipped with|went out with)\s+only\b/gi },
  // A decision that keeps to one course and says which it sets aside: "Decided that certification happens only in
  // two Saturday sessions, not on weekdays", "I decided to certify on Saturdays only, not on weekdays", "I agreed with
  // her that we migrate only the active rules, and not the older history", "chose to pilot only the north site and not
  // the south". (Not "not only", "not just", nor a reason: "only at night, and not because of cost"; nor what sets no
// course aside, a time, an adverb or who agreed: "and not long after, the CFO asked", "but not before the security review",
// "and not surprisingly the UI team objected", "and not everyone agreed", "and not all of them were happy".)
  {
    when: byCandidate,
    re: /\b(?:decided|agreed|chose|ruled|insisted)\b[^.;!?]{0,120}?\bonly\b[^.;!?]{0,80}?(?:,\s+(?:(?:and|but)\s+)?|\s+(?:and|but)\s+)not\s+(?!(?:only|just|merely|simply|because|since|as|yet|even|that|a\s+(?:single|one)|long|before|after|until|till|once|to\s+mention|surprisingly|unexpectedly|unusually|necessarily|exactly|quite|really|much|many|everyone|everybody|everything|every|all(?!\s+\d)|sure|least|for\s+long)\b)/gi,
  },
  // The option not taken was better at something: "picked Geotab … even though Samsara's driver app was better",
  // "Chose Fortress for better reject confirmation, even though Mettler was $40k cheaper".
  {
    when: byChoice,
    re: new RegExp(String.raw`\b(?:chose|picked|went with|selected|opted for|stuck with|signed with|bought)\b(?:(?!,\s+(?:and|but|so)\b)[^.;!?]){1,160}?\beven (?:though|if)\s+(?:${WORD}\s+){1,5}?(?:was|were|is|are|had)\s+(?:(?:a bit|a little|much|far|slightly|clearly)\s+)?(?:[£$€]?\d[\d.,]*[kKmM]?%?\s+)?(?:better|nicer|stronger|faster|quicker|sooner|richer|cheaper|less expensive|more (?:mature|polished|capable|popular|complete))\b(?!\s+(?:than\s+(?:expected|forecast|planned|usual|hoped|feared)|\p{L}+ed)\b)`, 'giu'),
  },
  // Two sides of an option: "cheaper but slower in rural areas"; "chose it anyway".
  { re: /\b(?:cheaper|faster|simpler|safer|quicker|sooner|earlier)\s+but\s+(?:slower|weaker|riskier|dearer|costlier|less|more expensive|harder|later|worse)\b/gi, when: inCandidateSentence },
  // What the candidate's choice cost others: "I gave enterprise the first slot, so self-serve waited a month".
  { when: choiceBeforeSo, re: new RegExp(String.raw`\bso\s+(?:${WORD}\s+){1,6}?(?:waited|had to wait|would (?:have to )?wait|went without|had to go without|slid|slipped|slowed)\b`, 'gi') },
  // A cost said in passing: "…, losing some flexibility", "by trading a consistent look for a safe launch".
  {
    re: /(?:,\s+|\bby\s+)(?:losing|sacrificing|forgoing|giving up|paying (?:twice|double|extra|more|a premium|for (?:both|two|idle))|trading\b[^.;!?]{1,60}?\bfor)\b/gi,
  },
  // "it cost about 30% more but removed the single point of failure": a dearer option, chosen.
  { re: new RegExp(String.raw`\b(?:it|that|this|which|would|will|option|design|plan|approach|choice)\s+cost\s+(?:${WORD}\s+){0,3}?more\b[^.;!?]{0,40}?\bbut\b`, 'gi') },
  { re: /\b(?:judged|deemed|considered|thought|felt|agreed)\s+(?:it\s+|that\s+|this\s+)?(?:an?\s+)?acceptable\b|\bacceptable (?:cost|price|loss|risk|trade|compromise|downside)\b/gi },
  { re: new RegExp(String.raw`\bat (?:(?:roughly|about|around|nearly|almost|some)\s+)?(?:double|twice|triple|three times|\d+x|\d+ times) the (?:${WORD}\s+){0,2}?(?:cost|spend|price|bill|budget|effort|compute|licen[cs]es?|fees?|run[- ]rate|hours)\b|\bat (?:an? )?(?:extra|additional) (?:cost|expense|price)\b`, 'gi') },
  // "weighting service at 60 percent, which I accepted would rule out the cheapest bidder": the cost, accepted.
  // And "It added 18 empty miles a day, which I accepted until May": a cost borne for a time. (Not "an offer, which I
  // accepted".)
  { when: byCandidate, re: /\bwhich (?:I|we) accepted\s+(?:would|might|could|meant|will|until|till|for now|for the time being|for (?:a|two|three|four|six|several|a few) (?:days|weeks|months|quarters))\b/gi },
  // "I accepted that the first release would only carry English": a that-clause naming a cost, not a fact
  // taken in ("I had to accept that the date was fixed").
  {
    when: byCandidate,
    re: /\baccept(?:ed|ing|s)? that\b[^.;!?]{1,80}?\b(?:would|['’]d|might|could|will|won['’]t|meant|means|only|less|fewer|slower|harder|later|longer|lose|lost|miss|missed|wait|not|no|slows|(?:adds|added|takes|took) (?:longer|(?:an? |another |about |roughly |up to )?(?:extra |more )?(?:(?:\d+|one|two|three|four|five|six|eight|ten|twelve) )?(?:weeks?|days?|months?|hours?|minutes?|sprints?|quarters?|cost|latency|risk)))\b/gi,
  },
  {
    when: byCandidate,
    re: /\b(?:prepared|willing|happy|content|ready|comfortable|fine) (?:to|with) (?:miss|missing|lose|losing|slip|let|delay|defer|drop|give up|giving up|forgo|sacrifice|skip|wait|pay|trade|push|postpone|go without|do without)\b/gi,
  },
  { when: byCandidate, re: /\bsettl(?:ed|e|es|ing) for\b(?!\s*[£$€¥\d])|\b(?:made|make|makes|making) do\b|\b(?:did|do|does|doing|manage[sd]?|managing) without\b|(?<!\b(?:went|go|goes|going|gone)\s)\b(?:live|lived|living) without\b|\b(?:lived|living) with\b|\band live with\b/gi },
  { re: /\b(?:(?:could|can|would|will|['’]d)|(?:willing|agreed|decided|chose|prepared|happy|able) to) live with\b/gi },
  // A list's heading: "- Dropped: custom branding, SSO", "Not doing: bulk import".
  { re: /^[ \t\-*•]*(?:dropped|cut|parked|deferred|descoped|de-scoped|deprioriti[sz]ed|not doing|won['’]t do|not now|gave up|given up|sacrificed|downside|trade-?offs?)\s*:/gim },
  // Said no, or decided against; not "nobody felt left out", nor left out unknowing (dev round 22: "My plan … left out the
  // carrier's certification testing, which I had never asked about": a plan's mistake, not scope cut).
  {
    re: /\b(?:de-?scop(?:e|ed|ing)|scoped (?:down|out)|out of (?:the )?scope|left(?<!\b(?:feel|feels|felt|feeling)\s{1,3}left) out)\b/gi,
    when: (text, _index, end) => !UNKNOWING.test(text.slice(end, end + 160)),
  },
  { re: /\b(?:said no to|turned down|declined to|chose not to|decided not to|decided against|opted not to|walked away from|knowingly)\b/gi },
  // A call for one thing and against another, in one breath (German "sich für X und gegen Y entscheiden"): "I decided for
  // the quick index fix and against a rewrite". (Not a case made, "I argued for multi-region instead of multi-cloud".)
  { when: byCandidate, re: /\b(?:decided|decide|opted|voted|chose|choose)\s+(?:for|in favou?r of)\b[^.;!?]{1,80}?\band\s+against\b/gi },
  // The rest kept the old or simpler way to go faster: "I kept the rest in bash to ship faster", "left the other
  // reports on the old server to go live on time". (Not the rest kept somewhere with no speed bought.)
  { when: byCandidate, re: new RegExp(String.raw`\b(?:kept|keep|keeping|left|leave|leaving)\s+(?:the\s+)?(?:rest|remainder|others|other\s+(?:${WORD}\s+){0,2}?${WORD})\s+(?:in|on|as)\s+[^.;!?]{1,40}?\s+(?:to|so (?:I|we) could)\s+(?:ship|launch|deliver|go live|finish|release|land|move)\s+(?:it\s+|them\s+)?(?:faster|sooner|quicker|earlier|on time)\b`, 'gi') },
  // Work that had to wait for a span or a later time, the work its subject: "The new export feature had to wait one
  // quarter". (Not people waiting, "customers had to wait three days", "we had to wait a quarter for the vendor".)
  { re: new RegExp(String.raw`\b${NEW_WORK}\s+(?:had to|would have to|will have to|must)\s+wait\s+(?:(?:another|an extra|a further)\s+|${FEW}\s+(?:more\s+)?)${SPAN}\b`, 'gi') },
  // (Not the mistake of a failure: "I trusted the estimate. Did not build buffer.": no slack planned is no scope given up.)
  {
    when: byCandidate,
    re: new RegExp(String.raw`\bsaid no\b|\b(?:and|but)\s+no\s+to\b|\b(?:took|take|taking) (?:a|the) (?:calculated |conscious |deliberate |known )?risk\b(?!\s+(?:log|register|review|assessment|off)\b)|\bgave (?:${WORD}\s+){1,3}?an? (?:firm |clear |hard |flat |polite )?no\b|\bpull(?:ed|ing)? the plug\b|\b(?:would|will|['’]d)\s+(?:not|no longer)\s+(?:support|offer|build|ship|include|cover|fund|staff)\b|\b(?:won['’]t|wouldn['’]t)\s+(?:support|offer|build|ship|include|cover|fund|staff)\b|\b(?:didn['’]t|did not)\s+(?:build|ship|migrate|automate|include|add|fund|staff|localise|localize|translate)\b(?!\s+(?:in\s+)?(?:any\s+|a\s+|enough\s+|the\s+|much\s+|more\s+|extra\s+)?(?:(?:\d+|one|two|three|four|a)[- ](?:days?|weeks?|months?)(?:\s+of)?\s+)?(?:schedule\s+|time\s+|safety\s+)?(?:buffer|slack|contingency|margin|float|headroom|padding)(?:\s+(?:time|budget|days|weeks))?(?=\s*(?:[.,;:!?)—–-]|$|\s(?:in|into|for|on|to|between|before|after|around|and|so|because|either)\b)))|\b(?:didn['’]t|did not|not to|stopped)\s+(?:chase|chasing|pursue|pursuing|wait for|waiting for|hold out for|insist on|go after|fight for|push for|argue for)\b(?![^.;!?\n]{0,60}?\b(?:early|soon|hard|firmly|fast) enough\b)|\bdr[ae]w a line under\b|\bcall(?:ed)? time on\b|\b(?:could|can|would|will)\s+(?:do|deliver|ship|support|build|offer|fund|staff)\b[^.;!?]{1,60}?\bbut not\b(?!\s+without\b)`, 'gi'),
  },
  {
    // (Not an omission owned as the mistake: "Leaving that volume case out of the rehearsals was my mistake".)
    when: (text, index) => byCandidate(text, index) && !OWNED_AS_MISTAKE.test(text.slice(index, index + 300).split(SENTENCE_END)[0]!),
    re: new RegExp(String.raw`\b(?:left|leave|leaving)\s+(?:${WORD}\s+){1,5}?(?:without|with no)\b(?!${NO_LOSS})|\b(?:left|leave|leaving|kept|keep|keeping)\s+(?:${WORD}\s+){1,4}?out\b(?!\s+of\s+(?:the\s+)?(?:loop|picture|conversation|room|office|way|trouble|harm['’]s way)\b|\s+(?:late|overnight|front)\b)|\b(?:chose|picked|went with|went ahead|signed|approved|launched|shipped)\s+(?:(?:it|them|that|this)\s+)?anyway\b|\b(?:declined|rejected|refused|vetoed)${NOT_PASSIVE}\s+(?:${WORD}\s+){0,3}?(?:requests?|asks?|proposals?|options?|designs?|features?|demands?|suggestions?|extensions?)\b`, 'gi'),
  },
  { when: byCandidate, re: new RegExp(String.raw`\b(?:turned|switched)\s+(?:${WORD}\s+){1,4}?off\s+for\b(?!\s+good\b)`, 'gi') },
  // A no with nothing after it: "The vendor proposed zone picking; I refused, because…".
  { when: byCandidate, re: /\b(?:I|we) (?:flatly |politely )?(?:refused|declined)(?=\s*[,.;:]|\s+(?:it|that|this)\b)/gi },
  // Work held back on purpose: "I held the other two cutovers for a month". (Not "held the launch review
  // until…", a meeting, nor "held the pilot for four weeks", which ran it.)
  {
    when: byCandidate,
    re: /\b(?:held|froze)\s+(?:the|our|both|all|every)\s+(?:other\s+|remaining\s+|two\s+|three\s+|\d+\s+)*(?:[\w-]+\s+)?(?:cut-?overs?|releases?|launch(?:es)?|rollouts?|roll-outs?|migrations?|go-lives?|deploy(?:ment)?s?|waves?|upgrades?|comms|communications?|announcements?|notices?|mailshots?|press releases?)\b(?!\s+(?:review|meeting|workshop|event|party|call|session|retro|demo|readiness|plan)s?\b)[^.;!?\n]{0,40}?\b(?:for (?:a|an|one|two|three|four|six|\d+) (?:days?|weeks?|months?|sprints?|quarters?)|until)\b/gi,
  },
  // A choice, then what it cost in more of something, after a comma: "We decided to run parallel payroll for two
  // months instead of one, it costed more consultant days but nobody got a wrong salary".
  { when: choiceBeforeSo, re: /,\s+(?:it|that|this|doing so)\s+(?:cost|costed)\s+(?:(?:us|me|the team|my team)\s+)?(?:more|extra|an? extra|another|an additional)\s+[\w-]+/gi },
  // Others made to wait by the candidate: "made the southern districts wait until after the summer" (not "the
  // vendor made us wait", which is theirs).
  { when: byCandidate, re: new RegExp(String.raw`\b(?:made|make|making|had|let|letting)\s+(?!(?:us|me|to)\b)(?:${WORD}\s+){1,4}?wait\s+(?:until|till|for|another|a|an|one|two|three|four|six|several|\d)\b`, 'gi') },
  // A step planned and then cut: "Planned a week of shadow running, then cut it so the go-live landed…".
  { when: byCandidate, re: /\b(?:planned|scheduled|budgeted|booked)\s+(?:a|an|the|two|three|four|\d+)\s+[^.;!?\n]{3,60}?,?\s+(?:then|but|and then)\s+(?:cut|dropped|skipped|scrapped|shortened|halved|trimmed|cancell?ed)\s+(?:it|them)\b/gi },
  // Paid by the candidate's side: "I approved rebooking at our cost" (not "at their cost").
  { when: byCandidate, re: /\bat (?:our|my) (?:own )?(?:cost|expense)\b/gi },
  // "I punted on the reporting feature" (US: put off or gave up). Not the noun ("took a punt on the new vendor",
  // "the punt returner") nor a boat ("went punting on the Cam").
  { when: byCandidate, re: /(?<!\b(?:[Aa]|[Tt]he|[Oo]ne|[Aa]nother|big|small|went|go|goes|going)\s)\b[Pp]unt(?:ed|ing|s)?\s+on\b(?!\s+(?:the\s+)?(?:river|canal|lake|Cam|Cherwell|Thames|Isis)\b)/gu },
  { when: byCandidate, re: /\b(?:held|hold|holds|holding) off\b|\brefused to\b|\b(?:was|is|were|are|isn['’]t|wasn['’]t|weren['’]t) not worth\b|\b(?:isn['’]t|wasn['’]t|weren['’]t|aren['’]t) worth\b/gi },
  // A plan cut, paused or moved by the candidate.
  { when: byCandidate, re: /\bde-?prioriti[sz](?:e|ed|es|ing|ation)\b|\blower(?:ed)? (?:the )?priority\b/gi },
  // (And a learner's "gave up", as the first language says it: "I refused from the dark mode feature", Russian "отказался
  // от", not the passive, "We were refused from the beta", turned away; "renounced to", Spanish, French and Italian.)
  { when: byCandidate, re: /\b(?:gave|give|giving|given) (?:(?:it|them|that|this|those) )?(?:up(?![- ]to[- ]date\b|[- ]front\b)|away)\b|\b(?<!-)sacrific(?:e|ed|es|ing)\b|\bdispens(?:e|ed|es|ing) with\b|\bforw?(?:ent|go|going|gone)\b|\brenounc(?:e|ed|es|ing)\b|(?<!\b(?:was|were|been|being|be|is|are|get|got|gets|getting|gotten)\s+)\brefus(?:ed|e|es|ing) (?:from|of)\b/gi },
  // A Polish (Czech, Slovak) user's "gave up": "I resigned from the dark mode feature to keep the date" ("zrezygnowałem z").
  // Work, or anything with what giving it up was for; not a post or a body left ("resigned from my role", "from the
  // board", "from Amazon"), even with a reason ("resigned from the company to join a start-up").
  { when: (text, index, end) => byCandidate(text, index) && !NAMED_AFTER_FROM.test(text.slice(index, end)), re: RESIGNED_FROM },
  // (A delay that is what its sentence says cost something is courseCost's to judge: "Delaying it for two more quarters
  // cost the company $3M" after someone else kept delaying it.)
  { when: (text, index) => byCandidate(text, index) && !othersDelayCosting(text, index), re: new RegExp(String.raw`\b(?:defer(?:red|ring|s)?|postpon(?:e|ed|ing)|delay(?:ed|ing)?)\b${NOT_PASSIVE}(?!\s+by\s+(?:the|a|an|our)\s|\s+(?:revenue|income|tax|taxes|taxation|compensation|consideration|charges?)\b)`, 'gi') },
  // (Not a thing told with a participle after a number, "under three parked aircraft", "two cancelled flights": only
  // work, "shipped with two dropped features".)
  // (Not a vehicle dropped or parked, "we dropped the van at the hub", "dropped the van off": only where the vehicle's word
  // ends the noun phrase, so work named after one still counts, "dropped the car-sharing feature", "paused the vehicle
  // telemetry rollout". Nor a mechanism in code taken out, a fix: "dropped the old retry loop, which made the waits
  // longer".)
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?<![A-Za-z0-9]-)(?<!\b(?:a|an|the|our|its|their|this|that|each|every|my|code|change|without|never)\s{1,3})(?:(?<!\b(?:${COUNT}|several|many|some|few|these|those)\s{1,3})|(?=\p{L}+\s+(?:${WORD}\s+)?${WORK}\b))(?!skip\w*\s+(?:a\s+)?(?:levels?|the (?:queue|line)|ahead|straight)\b)(?:dropped|dropping|drop|shelved|shelve|parked|park|paused|pause|pausing|froze|freeze|freezing|killed|kill|scrapped|scrap|cancell?ed|cancel|skipped|skip|retired|retire|retiring|ditched|ditch|axed|axe|binned|bin|culled|cull)${NOT_PASSIVE}\s+(?!(?:by|to|from|below|under|off|in|at|on|over|out|back|down|again|further|sharply|significantly|steadily|nothing|none|no|calls|packets|connections|frames|messages|sessions|carts|baskets|\w+ly|the ball)\b|\d)(?!(?:the|a|an|one|each|every)\s+(?:primary|replica|leader|pods?|process(?:es)?|instances?|nodes?|servers?|containers?|vms?|workers?|brokers?|shards?)\b)(?!(?:(?:the|a|an|my|our|his|her|their|its|one|two|each|every)\s+)?(?:${WORD}\s+)?(?:cars?|vans?|trucks?|lorr(?:y|ies)|bus(?:es)?|bikes?|vehicles?|trailers?|forklifts?)(?:\s+(?:off|back|up|there|here|outside)\b)?${PHRASE_ENDS})(?!(?:(?:the|a|an|our|its|their|this|that)\s+)?(?:${WORD}\s+){0,2}?${CODE_MECHANISM}${PHRASE_ENDS})(?=${WORD})`, 'giu'),
  },
  { when: byCandidate, re: new RegExp(String.raw`\bput${NOT_PASSIVE}\s+(?:${WORD}\s+){1,5}?(?:on (?:hold|ice|pause)|(?:on|in) the back ?burner)\b|\b(?:kept|keep|keeping|left|leave|leaving|let|placed)\s+${SET_ASIDE_OBJECT}\s+on (?:hold|ice|pause)\b`, 'gi') },
  // Less than was asked, offered or shipped: "offered a reduced version with only payment volume for 1 July".
  // Work cut or stopped: "I cut the reporting work", "stopped the pilot". (Not a risk removed by doing something:
  // "the biggest risk was the type approval, and I removed it by booking test runs".)
  { when: byCandidate, re: /\b(?:offered|proposed|agreed|shipped|launched|released|delivered|went live with|settled on)\s+(?:them\s+|her\s+|him\s+)?(?:a|an|the)\s+(?:reduced|cut-down|cut down|smaller|slimmed-down|slimmed down|lighter|partial|minimal|basic|stripped-down|stripped back|narrower|trimmed)\s+(?:version|scope|release|first release|first version|launch|set|feature set|MVP)\b/gi },
  { when: byCandidate, re: new RegExp(String.raw`\b(?:cut|cutting|removed|removing|remove|stopped|stopping|stop)${NOT_PASSIVE}(?!\s+over\b|\s+(?:the|a|an|our|each|every)\s+(?:new\s+)?(?:release\s+)?(?:branch|candidate|rc|tag)\b|\s+(?:a|each|every)\s+(?:new\s+)?release\b|${RELEASE_MADE}|\s+(?:the\s+)?(?:number|count|amount|share|size|length|volume) of\b|\s+(?:it|them|this|that)\s+by\b)\s+(?:${WORD}\s+){0,3}?${WORK}\b(?!\s+(?:${WORD}\s+)?(?:from|by)\s+(?:[\d£$€]|${COUNT}\b|half\b))`, 'gi') },
  // A plan cut by a count of its parts: "I cut the roadmap from 11 to 7 epics", "trimmed the release from 30 stories
  // to 18". Not a metric cut ("I cut the p99 from 2 s to 400 ms"), nor a backlog worked down ("cut the backlog from
  // 400 tickets to 120"): the whole is a plan and the count is of its pieces.
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:cut|cutting|trimmed|trimming|reduced|reducing|narrowed|narrowing|halved|shrank|shrunk|slimmed|pared)${NOT_PASSIVE}\s+(?:the|our|my|its|their)\s+(?:${WORD}\s+){0,2}?(?:roadmap|scope|plan|release|mvp|v1|launch|programme|program|portfolio|feature (?:set|list)|commitments?|quarter|sprint|pilot|rollout|project|wave|phase|okrs?)\s+(?:down\s+)?from\s+(?:${COUNT})\s+(?:${PLAN_UNIT}\s+(?:down\s+)?to\s+(?:${COUNT})|(?:down\s+)?to\s+(?:${COUNT})\s+(?:${WORD}\s+)?${PLAN_UNIT})\b`, 'gi'),
  },
  // Work stopped for being worth least: "I stopped the self-service ingestion tool, because it had the lowest value for
  // the customers", "I paused the migration, as it was the lowest priority".
  {
    when: byCandidate,
    re: /\b(?:cut|stopped|dropped|paused|shelved|parked|killed|scrapped|cancell?ed|postponed|deferred|deprioriti[sz]ed|froze)\b(?!\s+(?:the\s+)?(?:bleeding|rot|leak|outage|incident|attack|alerts?|pages?|errors?)\b)[^.;!?]{1,80}?\b(?:because|since|as)\s+(?:it|this|that|they|these|those)\s+(?:(?:had|has|have|brought|brings|gave|gives|added|adds|offered|offers|delivered|delivers|carried|carries)\s+(?:the\s+)?(?:lowest|least|smallest|weakest|lower|less)\s+(?:[\p{L}-]+\s+)?(?:value|priority|impact|benefit|return|roi|usage|demand|payoff|pay-off)|(?:was|were|is|are)\s+(?:the\s+)?(?:lowest|least|lower|less)\s+(?:priority|valuable|important|urgent|used|critical))\b/giu,
  },
  // A cut told in the passive with the candidate as its agent: "The dashboard migration was postponed to Q3 by me, to
  // focus the team on the loads", "two reports were dropped by us". (Not "postponed by the vendor": someone else's;
  // nor, from a review, an outcome: "Login latency was cut by 40% by me", "The outage was stopped by me", nor a cause,
  // "the release was delayed by us missing the paperwork".)
  {
    re: new RegExp(String.raw`(?<!\b(?:outages?|attacks?|incidents?|bleeding|leaks?|fires?|errors?|alerts?|pages?|paging|fraud|breach(?:es)?|spam|rot|damage|latency|costs?|spend|churn|noise|traffic|load|downtime|delays?|backlog|queues?)\s+)\b(?:was|were|got|been|is|are)\s+(?:(?:then|later|finally|deliberately|consciously)\s+)?(?:deferred|postponed|delayed|cut|dropped|descoped|de-scoped|parked|shelved|paused|stopped|cancell?ed|scrapped|killed|deprioriti[sz]ed|(?:moved|pushed|shifted|put)\b(?=[^.;!?]{0,40}?\b(?:back|out|later|on hold|(?:to|into|until)\s+(?:${LATER}))\b))\b(?![^.;!?]{0,50}?\bby\s+(?:[\d£$€]|about\b|around\b|nearly\b|almost\b|over\b|half\b|a (?:third|quarter|half)\b))[^.;!?]{0,50}?\bby\s+(?:me|us|my (?:decision|call|choice)|our (?:decision|call|choice))\b(?!\s+[a-z]+ing\b)`, 'gi'),
  },
  // Narrowing what the candidate covers: "cut the number of target universities from fourteen to six",
  // "scaled the pilot back to three stores", "trimmed the scope", "wound down the in-house build".
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:cut|cutting|reduced|reducing|narrowed|narrowing|trimmed|trimming|halved|limited|capped)${NOT_PASSIVE}\s+(?:the|our|my)\s+(?:number|count|list|set) of\s+(?:${WORD}\s+){0,2}?${COVERAGE}\b`, 'gi'),
  },
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:scaled|scale|scaling|pared|pare|paring|dialled|dialed|dialling|dialing|wound|wind|winding|stripped|strip|stripping)${NOT_PASSIVE}(?!\s+(?:the\s+|our\s+)?(?:${WORD}\s+)?(?:clusters?|fleet|instances?|nodes?|servers?|capacity|replicas?|pods?|databases?|db|workers?|containers?|vms?|thresholds?|alerts?|alerting|logging|sampling|volume|noise)\b)\s+(?:${WORD}\s+){0,4}?(?:back|down)\b|\b(?:trimmed|trim|trimming|narrowed|narrow|narrowing|reduced|reduce|reducing|shrank|shrunk|shrink|shrinking)${NOT_PASSIVE}\s+(?:the\s+|our\s+|its\s+)?scope\b(?!\s+(?:for\b|of\s+(?:the\s+|our\s+)?(?:investigation|search|problem|issue|review|audit|incident|analysis|outage|bug|root cause)))|\b(?:limited|limit|limiting|restricted|restrict|restricting|confined|confine|narrowed|narrow|narrowing|trimmed|trim|trimming|pared|whittled)${NOT_PASSIVE}\s+(?:the|our|its)\s+(?:${WORD}\s+)?(?:pilot|launch|release|rollout|beta|mvp|v1|scope|trial|first phase|phase one|go-?live)\s+(?:(?:back|down)\s+)?to\b(?!\s+[\d.]+\s*(?:%|percent|per cent))(?!\s+(?:production|prod|staging|live|the (?:app )?store)\b)`, 'gi'),
  },
  {
    when: byCandidate,
    // (Not what a release or a launch holds: "pulled the logs from the release branch", "took the lessons from the
    // pilot": a noun after the plan's name makes it a place, and data taken from it is no work cut. The data word is
    // the head noun right before "from", "out of" or "off": "cut the data export from the launch" and "removed the
    // feedback widget from the release" are work.)
    re: new RegExp(String.raw`\b(?:cut|dropped|removed|pulled|moved|pushed|took|left|leaving|kept|keeping|held)\b(?!\s+(?:(?:the|our|all|all the|its|their|some|any|a few)\s+)?(?:${WORD}\s+)?${DATA}\s+(?:from|out of|off)\b)[^.;!?]{1,60}?\b(?:from|out of|off) (?:the |our |this )?(?:${WORD} )?(?:launch|release|scope|plan|mvp|roadmap|quarter|sprint|version|v1|cut-?over|go-?live|rollout|beta|pilot)\b(?:(?=\s+(?:plans?|scope|lists?|trains?|backlogs?|windows?|schedules?|roadmaps?|dates?|milestones?|goals?|checklists?|cut|feature|features|commitments?|deliverables?)\b)|${PHRASE_ENDS})`, 'giu'),
  },
  { when: byCandidate, re: new RegExp(String.raw`\b(?:moved|pushed|punted|shifted|slid|deferred|kicked|bumped|carried|(?<=\bto\s{1,3})(?:move|push|shift|slide|bump)|(?<=\b(?:recommended|proposed|suggested|argued for|pushed for|insisted on|agreed on)\s{1,3})(?:moving|pushing|shifting|deferring)(?=\s+(?:the\s+|our\s+)?(?:${WORD}\s+)?(?:go-?live|launch|lock|date|deadline|cut-?over|release|start|rollout|switch-?over|opening|freeze)\b))\b(?![^.;!?]{0,40}?\b(?:up|forward|earlier)\b)[^.;!?]{1,50}?\b(?:(?:to|into|until)\s+(?:${LATER})|${TO_AFTER})\b`, 'gi') },
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:pushed|moved|shifted|slid|slipped|slowed|stretched|set back)${NOT_PASSIVE}\s+(?:the|our|my|its|their)\s+(?:${WORD}\s+)?(?:date|deadline|launch|go-?live|cut-?over|release|start|timeline|schedule|rollout|migration|upgrade)\s+(?:back\s+)?(?:by\s+)?${FEW}\s+${SPAN}\b`, 'gi'),
  },
  { when: byCandidate, re: new RegExp(String.raw`\bpushed\s+(?:${WORD}\s+){1,4}?(?:back|out)\b|\b(?:moved|shifted|slid|bumped|kicked)\s+(?:${WORD}\s+){1,7}?(?:back|out)\s+(?:by\s+)?${FEW}\s+${SPAN}\b(?!\s+(?:early|earlier|sooner|ahead)\b)|\bheld\s+(?:${WORD}\s+){0,4}?back\b|\bstretched the (?:programme|program|schedule|timeline|plan|date)\b`, 'gi') },
  // "took the hit on the Q3 roadmap", "we'd eat two months of double bills", "absorbed the relabelling cost";
  // not "took the cost model to finance", nor a launch without any downtime.
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:took|take|takes|taking) (?:the|a|that|this|some) (?:${WORD} )?(?:hit\b(?!\s*(?:list|rate|ratio|count|parade)\b)|slip\b|haircut\b)|\b(?:eat|eats|ate|eaten|eating|absorb|absorbs|absorbed|absorbing|swallow|swallowed|swallowing|wear|wore|bear|bore|carry|carried|carrying|took on|take on|taking on)\s+(?:${WORD}\s+){0,5}?(?:costs?|bills?|hit|loss(?:es)?|overruns?|overages?|overspend|penalt(?:y|ies)|fees?|overheads?|risks?|delays?|increases?|rises?|premium|surcharges?|uplift|debt)\b(?!\s+(?:model|estimate|breakdown|report|forecast|analysis|register|log)\b)|\b(?:ship|shipped|shipping|launch|launched|launching|went live|go live|release|released|went ahead|go ahead|going ahead|proceeded|pressed on)(?:\s+it)?\s+without\b(?!${NO_LOSS})|\b(?:ship|shipped|shipping|launch|launched|launching|went live|go live|release|released)(?:\s+it)?\s+with\s+(?:known|some known|a known|a manual|manual|partial|limited|reduced|basic|fewer|less)\b`, 'gi'),
  },
  { when: byCandidate, re: new RegExp(String.raw`\blet\s+(?:${WORD}\s+){1,4}?(?:slip|slide|lapse|wait|drop|run late|move|float|stretch|run over|go ahead|go(?!\s+(?:home|live|through|over|out|first)\b))\b|\blet(?:ting)?\s+go\s+of\b(?!\s+(?:the|a|my)\s+(?:rope|handle|rail|idea|past|grudge)\b)`, 'gi') },
  // The candidate's own schedule slipped: "agreed to slip the date", "moved the launch back a week", "held
  // the release until the fixes were in".
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:slip|slipped|slipping)${NOT_PASSIVE}\s+(?:the|our|my|a|its)\s+(?:${WORD}\s+)?(?:date|deadline|launch|go-?live|cut-?over|release|milestone|timeline|schedule|rollout)\b|\b(?:moved|shifted|slid)${NOT_PASSIVE}\s+(?:the|our|my|its)\s+(?:${WORD}\s+)?(?:date|deadline|launch|go-?live|cut-?over|release|milestone|timeline|schedule|rollout)\s+(?:back|out)\b|\b(?:held|hold|holding)\s+(?:the|our|its)\s+(?:${WORD}\s+)?(?:release|launch|go-?live|rollout|cut-?over|deploy(?:ment)?|merge)(?=\s*(?:[.,;:!?)]|$)|\s+(?:until|till|for|back|by|while|so|to|and|on|a|an|one|two|three|four|several)\b)`, 'gi'),
  },
  // Told as a decision about what comes later: "I agreed that the partner portal would come in phase two".
  { when: byCandidate, re: new RegExp(String.raw`\b(?:would|will|could|['’]d|can)\s+(?:come|follow|land|ship|arrive|go live|launch|move|slip)\s+(?:back\s+)?(?:in|with|after|to|into)\s+(?:${LATER_STRICT})`, 'gi') },
  // …and in the present, as a second language says the future, told by the candidate to someone: 'I told them: "Screen
  // comes in October release, first we make the review tool stable."' (dev round 23). Not a plan told as fact: "The
  // screen comes in the October release."
  {
    when: toldByCandidate,
    re: new RegExp(String.raw`\b(?:comes|goes|ships|lands|follows|moves)\s+(?:in|with|to|into)\s+(?:(?:the|a)\s+)?(?:(?:${MONTH}|next|later|following|second|q[1-4]|h[12])\s+(?:release|version|drop|sprint|wave|phase|iteration)\b|${LATER_STRICT})`, 'gi'),
  },
  {
    when: byCandidate,
    re: /\b(?:add|build|automate|fix|do|handle|finish|tackle|revisit|address|migrate|move)\s+(?:it|them|that|this|the rest|those|these)\s+later\b/gi,
  },
  // Work moved aside for other work, with no date: "I bumped the analytics work to make room for the migration",
  // "pushed the redesign to free up capacity for the fix". Only work, its noun phrase ending there, not a metric or a
  // system ("moved the servers to make room for the racks", "cut the build time in half to free up capacity", "moved the
  // build agents to a bigger pool to free up time"), and moved only to a later time or by a span, not to a place
  // ("moved the reporting to a read replica to free up capacity for checkout").
  { when: byCandidate, re: new RegExp(String.raw`\b(?:bumped|moved|pushed|shifted|slid|kicked|dropped|paused|parked|shelved|deferred|delayed|postponed|held|cut|pulled)\s+(?:${WORD}\s+){0,3}?(?:${NEW_WORK}|analytics|dashboards?|roadmap(?:\s+items?)?|scope)${PHRASE_ENDS}(?:\s+(?:(?:to|into|until|till)\s+(?:${LATER})|(?:back|out|aside)(?:\s+(?:by\s+)?${FEW}\s+${SPAN})?|(?:by|for)\s+${FEW}\s+${SPAN}|for now))?,?\s+(?:to|so as to|in order to)\s+(?:make|free(?:\s+up)?|clear|create|open up)\s+(?:up\s+)?(?:room|space|capacity|time|headroom|bandwidth)\s+for\b`, 'giu') },
  // Sent to wait: "it went to the backlog", "to the back of the queue", "into the long grass".
  { re: new RegExp(String.raw`\b(?:went|go|goes|sent|send|put|moved|pushed|parked|kicked)\s+(?:${WORD}\s+){0,7}?(?:to|into|onto|on|in)\s+(?:the|our)\s+(?:backlog|parking lot|back of the queue|icebox|long grass)\b`, 'gi') },
  // "the bulk upload could wait until Q3": a decision about what waits, not customers waiting three days.
  { re: new RegExp(String.raw`\b(?:could|can|would|will|['’]d)\s+(?:have to\s+)?(?:wait|stay|remain)\b[^.;!?]{0,50}?\b(?:until|till|for)\s+(?:${LATER})\b`, 'gi') },
  { when: byCandidate, re: /\b(?:cost|costs|costing) (?:us|me|the team|my team|our team)\b|\b(?:that|the|this|my) (?:decision|choice|call) cost\b/gi },
  { when: byCandidate, re: new RegExp(String.raw`\baccept(?:ed|ing|s)?\b[^.;!?]{0,60}?\b${COST}\b`, 'gi') },
  {
    when: byCandidate,
    // (Not a person kept told until a day: "kept Dana in the loop until the release", "kept the CFO posted until the
    // close". With a clause between commas too: "I left flags in the payments code, which needed an audit, until next year". A
    // month or a year only with what the wait freed: "I left it for January, to give the developers time for a load test",
    // "leave the three northern DisCos, where every application was on paper, for 2024, and put all six engineers on the
    // southern ones" (dev round 45: people put on the rest is what it freed, see FREES_WORK). Left on
    // the old or manual way with no article too, dev round 40: "- Left the 12 oldest reports on manual FTP, to finish
    // before year-end closing"; not a control's setting, "kept the pumps on manual override".)
    re: new RegExp(String.raw`\b(?:left|leave|leaving|kept|keep|keeping)\s+(?:${WORD}\s+){1,5}?(?:untouched|alone|on paper\b|on (?:a |the )?spreadsheets?\b|as (?:is|it was|they were)|where (?:they|it) (?:were|was|stood|sat)\b|(?<!\b(?:in|out of)\s+the\s+(?:loop|picture|know)\s+|\b(?:posted|informed|updated|briefed|involved|copied)\s+)until|for (?:later|now)|on (?:(?:the|their|its|our)\s+)?(?:old|existing|legacy|nightly|current|manual)(?!\s+(?:mode|override|control)\b))\b|\b(?:left|leave|leaving|kept|keep|keeping)\s+(?:${WORD}\s+){0,4}?${WORD},\s(?:which|that|as|since|because)\b[^,.;!?]{1,60},\s+until\s+(?:${LATER}|${LATER_STRICT})\b|\b(?:left|leave|leaving|saved|save|saving|kept|keep|keeping)\s+(?:${WORD}\s+){1,5}?for\s+(?:${LATER_STRICT})|\b(?:left|leave|leaving|saved|save|saving|parked)\s+(?:(?:${WORD}\s+){1,5}?|(?:${WORD}\s+){0,4}?${WORD},\s(?:which|that|where|whose|as|since|because)\b[^,.;!?]{1,60},\s+)for\s+(?:${LATER_WINDOW}|q[1-4]|h[12]|next year|(?:19|20)\d\d)\b${FREES_WORK}`, 'gi'),
  },
  // Some of a set left where it was, on a board, a system or a site of its own, until a later time while the rest went
  // ahead (dev round 44): "I ran it on the ATR fleet first and left the two Dash 8s on the whiteboard until June",
  // "kept the Leeds depot on the paper forms until the spring". The words past "left" longer than the pattern above
  // allows, so only with a place with its article and a later time after "until" (not "until now", nor "until the
  // audit"); an idiom's "in the loop", "on the hook" or "in the meantime" is no place.
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:left|leave|leaving|kept|keep|keeping)\s+(?:${WORD}\s+){1,4}?(?:on|in)\s+(?:the|their|its|our)\s+(?!(?:loop|picture|dark|hook|know|running|lead|frame|room|mix|way|line|side|case|meantime|interim)\b)(?:${WORD}\s+){0,2}?${WORD}\s+(?:until|till)\s+(?:${LATER})\b`, 'gi'),
  },
  // Dev round 26b, a Brazilian user's English: work let or left for later ("I let the new features for the next
  // quarter to focus in the latency", "left for the next sprint the reports", "moved the dashboards for Q3"), set
  // aside ("left aside the reports", "put the tests to one side"), or let go of to focus elsewhere ("let the
  // reports to focus in the migration"). See SET_ASIDE_OBJECT for what is not work.
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:let|letting|left|leave|leaving|moved|moving|pushed|pushing|pass(?:ed|ing)(?!\s+(?:(?:the|all|our|both|its|their)\s+)?(?:[\w-]+\s+)?(?:tests?|checks?|reviews?|audits?|exams?|gates?)\b)|shifted|kept|keep|keeping|saved|save|saving)\s+(?:${SET_ASIDE_OBJECT}\s+(?:aside\s+)?${FOR_LATER}|(?:aside\s+)?${FOR_LATER}\s+(?:the|our|my|its|their|all|some|both)\s+(?:${WORD}\s+){0,3}?${WORK}\b)|\b(?:let|letting|left|leave|leaving|put|putting|set|setting|laid|lay)\s+(?:(?:aside|of side|to (?:one|the) side|on the side)\s+${SET_ASIDE_OBJECT}|${SET_ASIDE_OBJECT}\s+(?:aside|of side|to (?:one|the) side|on the side\b(?!${NOUN_NEXT}|\s+of\b))\b)|\b(?:let|letting|left|leave|leaving)\s+${SET_ASIDE_OBJECT}\s+(?:(?:aside|behind|of side|on the side)\s+)?(?:in order\s+|so as\s+)?to\s+(?:focus|concentrate|center|centre)\s+(?:on|in|at)\b|\blet\s+${SET_ASIDE_OBJECT}\s+behind\b`, 'gi'),
  },
  // A cost borne: "I was comfortable with a slower first month", "tolerated a heavier review load",
  // "we live with a nightly lag", "burned our two-week buffer", "paid a 15% premium", "took the slower route".
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:(?:ok|okay|fine|comfortable|happy|content|relaxed|at peace)\s+with|tolerat(?:e|ed|es|ing)|put(?:ting)? up with|live[sd]?\s+with|living\s+with)\s+(?!(?:no|zero|none|nothing)\b)(?:${WORD}\s+){0,3}?${BORNE}`, 'gi'),
  },
  // Not a spend declined or not needed ("We didn't spend the contingency", "never had to touch… spend any of the buffer",
  // "spent none of the float"): the buffer kept is no cost. Declining a spend is a trade-off only with what it gave up
  // told ("…, which meant a four-week slip"), which the other patterns read.
  {
    when: byCandidate,
    re: new RegExp(String.raw`(?<!(?:\bnot|\bnever|\bwithout|\bno need to|n['’]t)\s+(?:(?:even|ever|yet|have to|had to|need to|needed to|want to|wanted to)\s+)?)\b(?:burn(?:ed|t|ing)?(?:\s+through)?|spen[dt]|spending|used up|use up|using up|ate into|eat into|eating into|blew|drew down|drew on|dipped into|dip into)\s+(?!(?:none|nothing|no|zero|little|hardly|barely)\b)(?!any\b(?![^.;!?\n]{0,40}?\b(?:we|I|they|the team) (?:still )?had\b))(?:(?:the|our|my|a|all|most|some|half)\s+(?:of\s+(?:the|our|my)\s+)?)?(?:${WORD}\s+){0,3}?(?:buffer|contingency|slack|float|reserves?|goodwill|political capital)\b`, 'gi'),
  },
  {
    when: byCandidate,
    re: /\b(?:paid|pay|pays|paying)\s+(?:a\s+(?:[^\s.,;:!?]+\s+)?premium|(?:a (?:little|bit) )?(?:extra|more)\b(?!\s+(?:attention|heed|respect|tribute|visits?|compliments?)\b)|over the odds|double|twice|top dollar|through the nose)/gi,
  },
  // (Nor a payment the contract or the plan set: "paid the contractor an additional $3,000 deposit as agreed in the
  // contract", "…per the contract"; "as agreed with the CFO" is a cost someone agreed to, still read.)
  // An amount paid beyond the plan, told as extra: "I paid the vendor ₹11 lakh extra from my platform budget to air-freight
  // them", "paid Hoteliq an extra €14,000", "paid €2,000 a month more for the hosted one". (Not an amount paid alone, "paid
  // the vendor ₹11 lakh", nor an overrun, "paid $40k more than planned", nor someone else paying.)
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:paid|pay|pays|paying)\s+(?:(?:the|our|my|their|its|a|an)\s+)?(?:(?!(?:for|to|on|in|off|down|back|up|with)\b)${WORD}\s+){0,2}?(?:(?:an?\s+)?(?:extra|additional)\s+${MONEY_AMOUNT_AS_WRITTEN}\b|${MONEY_AMOUNT_AS_WRITTEN}\s+(?:(?:a|per|each|every)\s+(?:month|year|week|day|quarter|site|unit|seat|licen[cs]e)\s+)?(?:extra|more)\b(?![^.;!?\n]{0,40}?\bthan\b))(?!${AS_CONTRACTED})`, 'gi'),
  },
  // A cost the candidate's call brought, told and then agreed with someone: "…, which meant 30% less ore that week; I
  // agreed this cost with my manager beforehand", "I agreed that delay with the airline up front". (Not "agreed that
  // delays would be reported", a content clause, nor "agreed the cost of the licences", a price.)
  {
    when: byCandidate,
    re: /\b(?:agreed|cleared(?!\s+\S+\s+risks?\b)|signed\s+off(?:\s+on)?)\s+(?:this|that|these|those)\s+(?:(?:extra|additional|lost|short|slower)\s+)?(?:costs?|loss(?:es)?|delays?|slips?|hits?|risks?|dips?|downtime|shortfalls?|trade-?offs?|compromises?)(?=\s+(?:with|up\s*front|upfront|beforehand|in\s+advance|early|first)\b|\s*(?:[.,;:!?)]|$))/gi,
  },
  // What keeping a course longer cost, paid by the candidate: "I paid its licence and support for the extra period from
  // the project budget" (dev round 36). Not someone else paying, nor extra things bought ("paid for the extra licences").
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:paid|pay|paying|funded|fund|funding|covered|cover|covering)\b[^.;!?]{0,60}?\bfor\s+(?:the|an?|those|these|that|this)\s+(?:extra|additional)\s+(?:${WORD}\s+)?(?:${SHORT_SPAN}|period|time)\b`, 'gi'),
  },
  // Dev round 40: a price the candidate's side bore, taken into their own budget: "Hoteliq charged both licences for that
  // month, and I paid it from my department budget", "I signed for the hosted one and took the extra cost into my IT
  // budget". A cost, its difference or a premium, or "it" with a charge told in the sentence or the one before; not the
  // budget's paperwork ("took the cost model to my budget review"), nor what was bought ("paid the contractors from my
  // budget", "paid the invoice from my budget": spending, no cost beyond the plan).
  { when: ownBudgetCost, re: OWN_BUDGET_COST },
  { when: byCandidate, re: /\b(?:took|take|taking|chose|choose|went down|go down)\s+(?:the|a)\s+(?:slower|longer|costlier|dearer|pricier|harder|more expensive|more manual|manual)\s+(?:route|path|road|option|approach|way)\b/gi },
  // "It bought us six weeks but cost the Android app its slot", "saved the date but lost the Android parity",
  // "lost a week but gained a clean audit trail". Not "the fix saved hours but cost nothing".
  {
    when: byChoice,
    re: new RegExp(String.raw`\b(?:bought|buys|buy|saved|saves|save|gained|gains|gain)\b[^.;!?]{1,60}?\bbut\s+(?:(?:it|that|this)\s+)?(?:also\s+)?(?:cost|costs|lost|loses|lose|meant|means|gave up|sacrificed)\b(?!\s+(?:us\s+)?(?:nothing|no|none)\b)|\b(?:lost|lose|losing|gave up|sacrificed)\s+(?:a|an|one|two|three|four|a few|several)\s+(?:${SPAN}|sprints?)\b[^.;!?]{0,40}?\bbut\s+(?:gained|got|won|kept|saved|bought)\b`, 'gi'),
  },
  // Kept one thing and lost another: "I made the call to keep the nightly batch and lose real-time updates".
  { when: byCandidate, re: /\b(?:keep|kept|keeping|hold|held|holding|protect|protected|protecting|preserve|preserved|preserving)\b[^.;!?]{1,60}?(?:,\s*|\band\s+|\bbut\s+)(?:to\s+)?(?:lose|lost|losing|drop|dropped|give up|gave up|sacrifice|sacrificed|flex|flexed|flexing)\b(?!\s+(?:no|none|nothing|any)\b)/gi },
  // The alternative named: "The other option was a full rewrite", "- Other option on the table: a weekend re-slot".
  {
    re: /(?:\bthe\s+|^[ \t\-*•]*|(?<=[.;:!?]\s{1,3}))(?:only\s+)?(?:other|alternative)\s+(?:option|route|path|approach|choice|plan)s?(?:\s+on the table)?\s*(?:was|were|would have been|:)|\bthe alternative\s*(?:was|would have been|:)/gim,
  },
  // Chosen, with ", not" naming what lost: "I chose reserved instances, not the re-architecture", "optimised for
  // speed, not elegance". Not "not because…", nor a finding ("the cause was the config, not the code").
  {
    when: chosenByCandidate,
    re: new RegExp(String.raw`\b(?:chose|choose|choosing|picked|pick|went (?:with|for)|opted for|backed|bet on|recommended|recommend|prioriti[sz]ed|optimi[sz]ed for|optimi[sz]ing for|favou?red|settled on|kept|staffed|funded|targeted)\b[^.;!?]{1,80}?(?:,\s+|\s+and\s+)not\s+${NOT_ALTERNATIVE}`, 'gi'),
  },
  { when: chosenByCandidate, re: /\bprefer(?:red|ring|s)?\s+to\s+[^.;!?]{1,80}?\bthan\b|\bprefer(?:red|ring|s)?\s+(?:a|an|the|to have|having)\s+[^.;!?]{1,60}?\s+to\s+(?:a|an|the|our|their)\s/gi },
  { when: byCandidate, re: /\berr(?:ed|ing)? on the side of\b|\bdr[ae]w the line at\b|\baccept(?:ed)? to\s+(?:lose|delay|postpone|wait|pay|drop|give up|skip|reduce|cut|miss|sacrifice|renounce|slip)\b/gi },
  // Money left or an option taken off the table: "I left £120k of margin on the table", "took the dashboards off the
  // table". Not "put every risk on the table", nor taking a risk off it.
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:left|leave|leaving|leaves)\s+[^.;!?]{0,40}?(?:\b(?:margin|money|revenue|savings?|value|upside|profit|discount)\b|[£$€]\s?\d)[^.;!?]{0,30}?\bon the table\b|\b(?:took|take|taking|takes)\s+(?!(?:the|a|that|this|every|any)\s+(?:risks?|threats?|concerns?|worry|worries|issues?|problems?|blockers?)\b)(?:${WORD}\s+){1,5}?off the table\b`, 'gi'),
  },
  // Conceded or flexed: "gave ground on the date", "conceded the dashboard", "flexed the scope". Not "conceded that".
  {
    when: byCandidate,
    re: /\b(?:conced(?:ed|e|es|ing)|yield(?:ed|ing)?|gave ground|give ground|giving ground|gave way|flexed|flex|flexing)\s+on\b|\bconced(?:ed|e|es|ing)\s+(?!that\b|defeat\b|the point\b)(?:the|a|an|two|three)\s|\bflex(?:ed|ing)?\s+(?:the\s+|our\s+)?(?:scope|date|deadline|timeline|budget|plan)\b/gi,
  },
  // An early release kept narrow: "phase one would be read-only", "the first release would only support English",
  // "v1 would ship without bulk edit". Not "phase one would be the hardest", nor a vendor's v1.
  {
    re: new RegExp(String.raw`(?<!['’]s\s{1,3}|\b(?:their|its|vendor|supplier|provider|partner)\s{1,3})\b${FIRST_RELEASE}\s+(?:(?:would|will|could)\s+(?:only\s+|just\s+)?(?:be|stay|remain)|was|is|stayed|remained)\s+(?:only\s+|just\s+|deliberately\s+|intentionally\s+)?${NARROW}|(?<!['’]s\s{1,3}|\b(?:their|its|vendor|supplier|provider|partner)\s{1,3})\b${FIRST_RELEASE}\s+(?:(?:would|will|could)\s+)?(?:(?:only|just)\s+(?:carry|carried|support|supported|cover|covered|include|included|offer|offered|ship|shipped|have|had)|(?:carry|support|cover|include|offer|ship|have)\s+(?:only|just)|(?:ship|shipped|launch|launched|go live|went live)\s+without)\b`, 'gi'),
  },
  // Not in the first release: "Bulk edit was not in v1", "- Not in v1: custom date ranges", "out of v1", "didn't
  // make the cut for launch". Not a bug that was not in v1 ("the gap was not in v1"), nor a bid that lost.
  {
    when: notADefect,
    re: /\b(?:not|never|n['’]t)\s+(?:be\s+)?(?:in|part of|included in|going into|for)\s+(?:the\s+)?(?:v1|mvp|first (?:release|version|phase|cut|wave|drop)|phase (?:one|1)|launch|initial (?:release|launch|scope))\b(?!\s+of\b)|\bout of\s+(?:the\s+)?(?:v1|mvp|first (?:release|version|phase)|phase (?:one|1)|initial (?:release|launch|scope))\b|\b(?:didn['’]t|did not|won['’]t|wouldn['’]t|never|failed to)\s+make\s+(?:the cut|it (?:in|into)\s+(?:the\s+)?(?:v1|mvp|first|launch|release|initial|phase one|cut))\b|\bmissed the cut\b/gi,
  },
  // Shipped narrow: "shipped just the points balance", "launched with only card payments", "went live in only two
  // of the five regions". Not "shipped just in time", "launched only two weeks after kickoff", nor with a condition on
  // its timing after it ("agreed to ship only the API, but not before the security review": a time, no cost given up).
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:ship|shipped|shipping|launch|launched|launching|release|released|went live|go live|deliver|delivered|roll(?:ed)? out)\s+(?:with\s+|in\s+)?(?:just|only)\s+(?!(?:in time|ahead|before|after|on time|once|when|if|because|to|for)\b|(?:${COUNT}|a few|\d+)\s+(?:${SPAN}|minutes?)\b|[^.;!?]{0,60}?,?\s+but\s+(?:not|only)\s+(?:before|until|till|after|once|when|without)\b)|\b(?:launched|shipped|went live|rolled out|piloted|migrated|covered|staffed|funded|built|opened|started|launch|ship|go live|roll out|pilot|migrate|cover|staff|fund|build|open|start)\b[^.;!?]{0,30}?\b(?:only|just)\s+${COUNT}\s+of\s+(?:the|our|its|their|all)\b|\bscop(?:ed|ing)\s+(?!(?:the\s+)?(?:investigation|search|problem|issue|review|audit|incident|analysis)\b)(?:${WORD}\s+){1,3}?to\s+(?:just|only|${COUNT})\b`, 'gi'),
  },
  // Later, or manual for now: "Reconciliation stays manual for now", "I'd revisit pricing in Q3", "Everything
  // else could wait", "printed labels for the other carriers until spring". Not "The process was manual until now".
  {
    re: new RegExp(String.raw`\b(?:manual|by hand|on paper|in (?:a )?spreadsheets?|as (?:is|it is|it was|they are|they were))\s*,?\s+(?:for now|for the time being|for the moment|at least for now)\b|\bfor (?:now|the time being|the moment),\s+(?:${WORD}\s+){1,5}?(?:(?:would|will)\s+)?(?:stays?|stayed|remains?|remained|be|is|are)\s+(?:manual|by hand|on paper|on (?:the|our) (?:old|legacy|existing|current)|as (?:is|it is|they are)|parked|on hold|out of scope)\b|\b(?:everything else|all else|the rest|the others|the remainder|${WORK})\s+(?:(?:would|will|could)\s+(?:have to\s+)?|can\s+|had to\s+)wait\b(?!\s+(?:up to|for up to|\d|${COUNT}\b))|\b(?:for|on|at|in|with)\s+(?:the other|the remaining|the rest of the|all other|every other)\s+(?:${WORD}\s+){0,2}?${WORD}\s+(?:until|till)\s+(?:${LATER})\b|\b(?:the other|the remaining|the rest of the|all other|every other)\s+(?:${WORD}\s+){0,2}?(?:(?:would|will|could)\s+)?(?:stay|stays|stayed|remain|remains|remained)\b[^.;!?]{0,40}?\b(?:until|till)\s+(?:${LATER})\b`, 'gi'),
  },
  // The rest run on the old way meanwhile: "Brownsville went first; the other two ran through the peak of the season on
  // their old transmitters" (dev round 36): the rest of a set, after some went first. Not a thing on its own ("the pumps
  // ran through the winter on their old firmware"), the rest told as a state of old ("the other regions still ran on the
  // legacy platform"), or the rest in the situation.
  {
    when: (_text, _index, _end, reading) => !reading?.situation,
    re: /\b(?:the other|the remaining|the rest of the|all other|every other)\s+(?!(?:[^\s.,;:!?()"“”]+\s+){0,2}?(?:still|already|had|have|has)\b)(?:[^\s.,;:!?()"“”]+\s+){0,2}?(?:ran|run|runs|stayed|stay|stays|remained|remain|remains|continued|carried on|kept running|went on|worked)\b[^.;!?]{0,60}?\bon\s+(?:their|its|the|our)\s+(?:old|legacy|existing|current|previous|older)\b/gi,
  },
  { when: byCandidate, re: new RegExp(String.raw`\b(?:revisit|come back to|return to|circle back to)\b[^.;!?]{0,40}?\b(?:in|after|next|once)\s+(?:${LATER}|later)\b|\b(?:stay|stayed|staying|remain|remained)\s+on\s+(?:the|our)\s+(?:old|legacy|existing|current|older|previous)\b|\b(?:to|would|['’]d|could|will)\s+slip\s+(?:by\s+)?(?:a|an|one|two|three|a few)\s+${SPAN}\b`, 'gi') },
  // What the choice cost, told after it: "which slowed their roadmap by a sprint", "which doubled our on-call load",
  // "That was the price of shipping on time", "It wasn't free:", "There was a cost:", "Granted, it was slower".
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:slowed|stalled|set back|held up)\s+(?:the|our|their|its|his|her|my)\s+(?:${WORD}\s+)?(?:roadmap|work|plans?|delivery|launch|release|project|programme|program|migration|rollout)\b|(?<=\bwhich\s{1,3})(?:doubled|tripled|added to|added|increased|raised)\s+(?:(?:our|the|my|their)\s+(?:${WORD}\s+){0,2}?(?:load|costs?|work|bill|spend|effort|toil|on-call|rota)|(?:a|an|one|two|three|four)\s+${SPAN})\b`, 'gi'),
  },
  // …and the time it costs each time, after a call of the candidate's: "I made canary mandatory, which slows every change
  // by about 20 min". (Not a setback's: "I was out sick, which slowed the review by three days".)
  {
    when: choiceBeforeSo,
    re: new RegExp(String.raw`\bwhich\s+(?:slows?|slowed|delays?|delayed|lengthens|lengthened)\s+(?:${WORD}\s+){1,4}?by\s+(?:${APPROX_MARK}|(?:over|up to)\s+)?(?:\d[\d.,]*|${FEW}|half an?)\s*(?:${SPAN}|min(?:ute)?s?|h|hrs?|secs?|seconds?|%|percent)(?![\p{L}\p{N}])`, 'giu'),
  },
  {
    re: new RegExp(String.raw`\b(?:that|this|which|it)\s+(?:was|is)\s+the\s+(?:price|cost)\s+(?:of\s+(?:(?:not\s+)?\p{L}+ing\b|that\b|this\b|it\b|the (?:decision|choice|call|trade))|for\s+\p{L}+ing\b|(?:I|we)\s+paid\b)|\bthe price to pay\b|\b(?:it|this|that|none of (?:it|this|that))\s+(?:wasn['’]t|was not|isn['’]t|is not)\s+free\s*[:;—–-]|\bthere (?:was|is) a (?:real |clear |price and |)(?:cost|price|catch|downside)\s*[:;—–-]|(?:^|[.;:!?]\s*)(?:granted|admittedly|sure|true),\s+(?:${WORD}\s+){1,4}?(?:was|were|is|are|meant|means|cost|costs|took|takes)\b[^.;!?]{0,40}?\b(?:slower|later|longer|costlier|dearer|pricier|clunkier|weaker|worse|more (?:expensive|manual|work|effort)|manual)\b|\b(?:it['’]s|it is|it was|that['’]s|that was|this is)\s+(?:a (?:bit|little|lot)\s+)?(?:slower|clunkier|uglier|costlier|pricier|dearer|more expensive|more manual|less elegant|less flexible|not pretty|not elegant)\b,?\s+but\b`, 'gimu'),
  },
  // A choice that meant a cost, with "meaning": "I went with the vendor, meaning two teams waited a quarter". Only
  // when the clause before is the candidate's, not "the bot went down, meaning customers waited".
  {
    when: choiceBeforeSo,
    re: new RegExp(String.raw`\bmeaning\s+(?:(?:accept|liv|giv|los|pay|drop|delay|defer|wait|slipp|sacrific|skipp|forgo|postpon|cutt|leav|runn|paus|stopp|freez|shelv|park|pull)\w*ing\b|(?:${WORD}\s+){0,3}?(?:(?:would|had to|have to|could)\s+)?(?:wait|waited|lost|lose|went without|go without|missed|miss|gave up|give up|stayed|stay)\b|no\b(?!\s+(?:more|longer)\b|${NO_LOSS})|(?:less|fewer|weaker|slower|later|longer|thinner|narrower)\b)`, 'gi'),
  },
  // Dev round 25: capacity for one of two ("the app team could not finish both it and the barcode work"),
  // one option weighed against another ("sized the export and set it against the connector 40 customers
  // wanted"), and the candidate's own work let slip for a stated time ("let the rewrite I owned slip a sprint").
  {
    // Whoever lacked the capacity, the candidate chose in the same breath: "I cut refer-a-friend because the app team could not finish both".
    when: candidateNearby,
    re: /\b(?:could(?:n['’]t| not)|can(?:not|['’]t| not)|would(?:n['’]t| not))\s+(?:\w+\s+)?(?:finish|do|build|ship|deliver|staff|fund|afford|fit|take on)\s+both\b/gi,
  },
  {
    when: byCandidate,
    // ("I set each milestone against the regulator's dates", "stacked the results against last year's" compare.)
    re: /\b(?:weighed|weighing|weigh|traded|trading)\s+(?:it|them|this|that|(?:the|each|every)\s+[\w-]+(?:\s+(?!(?:out|up|down|aside)\b)[\w-]+)?)\s+(?:off\s+)?against\b|\bset\s+(?:it|them|this|that)\s+(?:off\s+)?against\b/gi,
  },
  {
    when: byCandidate,
    re: new RegExp(String.raw`\blet\s+(?:my|the|our|a|an)\s+(?:[\w-]+\s+){0,4}?(?:slip|slide|wait)\s+(?:by\s+)?(?:a|an|one|two|three|four|${COUNT}|\d+)\s+(?:more\s+)?(?:sprints?|weeks?|days?|months?|quarters?|releases?|cycles?)\b`, 'gi'),
  },
  // The general shapes a candidate uses when weighing options: work that sat out, had to go or sat behind
  // something else; what an option would have been; a cost told in the next breath after a decision of theirs; a
  // dearer-but-safer pair; the rest left on the old way for another year. Work that gave way: "Email reminders
  // sat out the first release", "Two features had to go:", "video would have to sit behind photos", "testing
  // took a back seat", "the export was the first thing to go".
  {
    re: new RegExp(String.raw`\b(?:sat|sit|sits|sitting)\s+out\s+(?:the|this|that|our|its|v1|phase|${FEW})\b|\b(?:something|one thing|(?:${FEW}|some|a few)\s+(?:${WORD}\s+)?(?:${WORK}|things))\s+(?:had|would have|will have|has|have)\s+to\s+go\b(?!\s+(?:to|through|back|home|ahead|live|out|into|with|on)\b)|\b(?:would|will|could|had to|has to|have to)\s+(?:have\s+to\s+)?(?:sit|wait|queue|come|go|fall)\s+(?:behind|second to)\b|\b(?:took|take|takes|taking)\s+(?:a\s+)?back\s?seat\b|\bthe first (?:thing |things |item |feature )?to (?:go|be cut|be dropped)\b|\bwait(?:ed|s|ing)? (?:its|their) turn\b|\b(?:lost|lose|loses|losing) (?:its|their) (?:slot|place|spot)\b`, 'gi'),
    when: notFirstPersonSubject,
  },
  // Work put in an order behind other work, or ahead of it: "I moved the loyalty page behind the payments fix", "put
  // the Android app behind the web launch", "bumped the audit prep ahead of the feature work". Only behind work,
  // a fix, a date (not "behind a feature flag", "behind the gateway", "behind SSO"), and only ahead of work that
  // competes for the same people, not ahead of an event ("moved the load test ahead of the launch" is timing).
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:moved|move|moving|put|putting|placed|queued|slotted|ranked|bumped|pushed|dropped|sequenced|scheduled|parked)\s+(?:${WORD}\s+){1,5}?${NOT_A_RUN}(?:behind|below|beneath)\s+(?:the|our|my|all|every|its|their|a|an)\s+(?:${WORD}\s+){0,3}?(?:${NEW_WORK}|deadlines?|dates?)\b${PHRASE_ENDS}|\b(?:bumped|moved|put|placed|pushed|pulled|ranked|slotted|prioriti[sz]ed|fast-tracked|sequenced|scheduled)\s+(?:${WORD}\s+){1,5}?ahead of\s+(?:the|our|all|every|its|their|other)\s+(?:${WORD}\s+){0,3}?(?:features?|projects?|work(?:streams?)?|fix(?:es)?|bugs?|requests?|priorit(?:y|ies)|backlog|tickets|initiatives?|refactors?|rewrites?|redesign|reporting|reports?|roadmap(?:\s+items?)?)\b${PHRASE_ENDS}`, 'giu'),
  },
  // …and work that stood there, or lost its place: "The iPad app sat behind the phone release", "The redesign came
  // second to the compliance deadline", "Dark mode lost out to the accessibility fixes". (Not someone who did: "we
  // lost out to a competitor" names no work.)
  {
    when: notFirstPersonSubject,
    re: new RegExp(String.raw`\b(?:sat|sits|stayed|stays|stood|ranked|came|comes|went|queued)\s+(?:(?:${FEW}|a\s+few)\s+(?:${SPAN}|releases?)\s+)?(?:behind|below|second to)\s+(?:the|our|all|every|its|their|a|an)\s+(?:${WORD}\s+){0,3}?(?:${NEW_WORK}|deadlines?|dates?)\b${PHRASE_ENDS}|\blost out to\s+(?:the|our|all|every|its|their|a|an)\s+(?:${WORD}\s+){0,3}?(?:${NEW_WORK}|deadlines?|dates?)\b${PHRASE_ENDS}`, 'giu'),
  },
  // Work that waited for a later period, said of the work: "The admin console waited for the next quarter", "The
  // search revamp waited until Q2", and work moved there for what the candidate's work needed: "Austin's historian
  // upgrade moved to the next quarter for the time he gave me", "…moved to Q3 to free two engineers". (Not people
  // who waited: "customers waited until Q2" is a delay they bore; nor "The launch moved to Q3", which may be a
  // setback.)
  {
    when: workWaited,
    re: new RegExp(String.raw`\b(?:waited|waits|sat|stayed)\s+(?:(?:for|until|till)\s+(?:${LATER_STRICT}|q[1-4]|h[12]|(?:the\s+)?(?:autumn|spring|summer|winter|new year)|next year|${AFTER_EVENT})\b|(?:(?:a|an|one|two|three|four|five|six|${FEW})\s+(?:more\s+)?(?:quarters?|releases?|sprints?))\b)|\b(?:moved|slid|shifted|went|slipped)\s+(?:back\s+)?(?:to|into|until|till)\s+(?:${LATER_STRICT}|q[1-4]|h[12]|next year|${LATER_WINDOW})\b${FREES_WORK}|\b(?:waited|waits|sat|stayed)\s+(?:for|until|till)\s+(?:${LATER_WINDOW})\b${FREES_WORK}`, 'gi'),
  },
  // …and until a month or a later stop, right after the candidate put other work first: "- Built the night slots first,
  // as the logs showed they would pull early trucks off the road. The hard window waited until May" (dev round 36). (Not
  // a month alone: "The hard window waited until May.")
  {
    when: (text, index, end) => workWaited(text, index, end) && afterOwnFirst(text, index, end),
    re: new RegExp(String.raw`\b(?:waited|waits|sat|stayed)\s+(?:until|till)\s+(?:${LATER_WINDOW})\b`, 'gi'),
  },
  // Dev round 37, trade-offs told quietly. Work kept out of the plan, said of the work: "The covered clinker shed the
  // forum asked for stayed out of the plan: at R45 million it would have eaten next year's capital budget". (Not
  // someone who stayed out of it: "the vendor stayed out of the plan", "Priya stayed out of scope talks".)
  {
    when: workWaited,
    re: new RegExp(String.raw`\b(?:stayed|stays|remained|remains)\s+out\s+of\s+(?:the|our|this|that|my)\s+(?:${WORD}\s+)?(?:plan|scope|release|launch|mvp|roadmap|budget|v1|first (?:release|phase|wave|version))\b${PHRASE_ENDS}`, 'giu'),
  },
  // The object put first, then left for later: "The tyre-pressure module, that the maintenance planners wanted first, I
  // left for November" (as "Duisburg I moved after peak"). Only after a fronted thing the sentence opens with, so not
  // "After the audit I left for March's conference", nor a trip ("I left for Lisbon"). Dev round 41: with "have" or
  // "had" and a learner's "let" for "left" ("The Bluetooth diagnostic, planned for the version 4.1, I have let for the
  // 4.2"), and a later version by its number, left or parked for it ("…I left for 4.2", "…I parked for v3"; not kept
  // or saved for it, which can mean kept in it: "The export I kept for v1").
  {
    when: objectFronted,
    re: new RegExp(String.raw`(?<=[\p{L}\p{N})'’"”],?\s{1,3})(?:I|we)\s+(?:(?:have|had|['’]ve|['’]d)\s+)?(?:(?:left|let|kept|saved|parked)\s+(?:for|until|till)\s+(?:later\b|(?:${LATER_STRICT})\b|(?:q[1-4]|h[12]|next year)\b|(?:${LATER_WINDOW})\b(?!['’]))|(?:left|let|parked)\s+(?:for|until|till)\s+${VERSION_NUMBER})${PHRASE_ENDS}`, 'giu'),
  },
  // The rest of an ask kept for a later round, an amount: "I took the 12% and kept the 20% for the licence renewal in
  // 2023", "saved the other 10% for the next tender". (Not "I kept 5% for contingency", money held back, nor "kept the
  // logs for the review".)
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:kept|keep|keeping|saved|save|saving|left|leave|leaving|parked)\s+(?:the\s+)?(?:other\s+|remaining\s+|full\s+|last\s+)?(?:\d[\d.,]*\s?(?:%|percent\b|per cent\b)|rest\b|remainder\b|balance\b)\s+(?:of\s+(?:it|them|the\s+(?:${WORD}\s+)?${WORD})\s+)?for\s+(?:later\b|(?:${LATER_STRICT})\b|(?:the|a|our)\s+(?:(?:next|later|following|second)\s+)?(?:${WORD}\s+){0,2}?(?:renewal|round|review|negotiation|tender|contract|phase|release|budget|cycle|year)\s+(?:in|of|for)\s+(?:\d{4}|${MONTH}|q[1-4]|next year)\b|(?:the|a|our)\s+(?:next|later|following|second)\s+(?:${WORD}\s+){0,2}?(?:renewal|round|review|negotiation|tender|contract|budget|cycle)\b)`, 'giu'),
  },
  // Work deprioritised, descoped or parked, told in the passive with no one else's hand in it and what it was for
  // after it: "Bulk edit got deprioritised so the fix could land", "SSO was descoped to hit the date", "the widget
  // was parked in favour of the export". (Not "by the vendor", "so leadership could fund AI": someone else's call.)
  {
    re: new RegExp(String.raw`\b(?:was|were|got|been)\s+(?:then\s+|later\s+|deliberately\s+|consciously\s+|quietly\s+)?(?:deprioriti[sz]ed|descoped|de-scoped|parked|shelved|deferred|sacrificed|traded away|left out)\b(?![^.;!?]{0,60}?\bby\s+(?!me\b|us\b|my\b|our\b)(?:the|a|an|their|his|her|\p{Lu}))[^.;!?]{0,60}?(?:\bso(?:\s+that)?\s+(?!(?:leadership|management|the\s+(?:board|ceo|cto|cfo|vp|director|business|company|client|customer|vendor|exec(?:utive)?s?))\b|(?:he|she|they|sales|finance|marketing)\b)(?:${WORD}\s+){1,5}?(?:could|would|can|might|did)\b|\bin favou?r of\b|\bto\s+(?:hit|meet|make|keep|protect|free|focus|ship|land|get|give|save|fund|finish|clear|speed)\b)`, 'giu'),
  },
  // A safeguard's time cut short, by the candidate or as what their choice did: "I halved the hypercare period to free
  // the team", "compressed the testing window to one week", "I had promised the counties the cutover before May, so
  // the parallel week was shortened to three days". Only a span of checking or overlap, not a suite made faster ("cut
  // the regression suite from 4 hours to 40 minutes" is an outcome).
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:shortened|shorten|shortening|compressed|compress|compressing|halved|halve|halving|squeezed|squeeze|squeezing|trimmed|trim|trimming|truncated|collapsed|cut|cutting|reduced|reducing)${NOT_PASSIVE}\s+(?:the|our|its|their|a|an|my)\s+(?:${WORD}\s+){0,2}?${SAFEGUARD_SPAN}\b${PHRASE_ENDS}${BY_MEANS}`, 'giu'),
  },
  {
    when: candidateSentence,
    re: new RegExp(String.raw`\bso\s+(?:that\s+)?(?:the|our|my|its|their)\s+(?:${WORD}\s+){0,2}?${SAFEGUARD_SPAN}\s+(?:was|were|got|had to be)\s+(?:shortened|compressed|cut|halved|squeezed|trimmed|truncated|reduced|skipped|dropped)\b`, 'giu'),
  },
  // Work put first in a queue, the rest after it: "I put those two first in the vendor's queue". (Not first in a plan:
  // "I put those 12 at the top of the plan, then the long tail" orders one's own work, giving nothing up.)
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:put|putting|moved|bumped|placed|slotted|pushed)\s+(?:${WORD}\s+){1,4}?(?:first|top)\s+(?:in|of|on)\s+(?:the|our|their|its|(?:${WORD}['’]s?))\s+(?:${WORD}\s+)?(?:queue|line|backlog)\b`, 'giu'),
  },
  // Work struck from a plan: "I struck the admin tools from the release", "struck two features off the launch list";
  // pulled from a milestone or a list of work ("pulled bulk edit from the launch", "off the launch list" are the "cut …
  // from the launch" pattern's). A list only of work: not "I pulled the names off the list".
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:struck|strike|striking)\s+(?:${WORD}\s+){1,5}?(?:from|out of|off)\s+(?:the|our|my|its|their)\s+(?:${WORD}\s+){0,2}?(?:release|launch|scope|plan|roadmap|mvp|v1|sprint|milestone|${WORK_LIST}|go-?live|first (?:release|version|phase|wave)|cut)\b${PHRASE_ENDS}|\b(?:pulled|pull|pulling)\s+(?:${WORD}\s+){1,5}?(?:from|out of|off)\s+(?:the|our|my|its|their)\s+(?:${WORD}\s+){0,2}?(?:milestone|(?<=\b(?:feature|must-haves?|wish|to-?do|priority|backlog)\s+)list|cut)\b${PHRASE_ENDS}`, 'giu'),
  },
  // The cost of a course told as a noun phrase: "The cost of going early was that two branches ran on the old
  // kiosks", "the price of speed was a thinner test pass". Not a running cost in money ("the cost of running
  // the platform was $40k").
  {
    re: /\bthe (?:price|cost|downside|catch) of (?:\p{L}+ing\b|speed|haste|(?:going|moving|shipping|launching) (?:early|first|fast))[^.;!?:]{0,40}?(?:\b(?:was|is|would be)\b|:)\s*(?:that\b|\p{L}+ing\b|(?:a|an|one|two|three|some|more|less|fewer|slower|weaker|later|longer|thinner|lower|higher)\b(?![^.;!?]{0,25}?[£$€¥]))/giu,
  },
  // An option weighed and not taken: "I could have held the patch for the balance pass, but I shipped the
  // fixes", "Pushing to every meter at once would have been faster." Not a regret ("I could have escalated
  // sooner, but I didn't"), nor a wish ("it would have been easier if the vendor had…").
  {
    re: /\b(?:I|[Ww]e) could (?:have|['’]ve)\b[^.;!?]{1,100}?(?:[,;.]\s*|\s)(?:[Bb]ut|[Ii]nstead)(?:,\s*|\s+)(?:I|we)\b(?!\s+(?:didn['’]t|did not|hadn['’]t|had not|wasn['’]t|was not|never|only|realised|realized|learned|learnt|got|forgot|missed|failed|assumed|thought|waited too|left it too|let it)\b)/g,
  },
  {
    when: optionNotTaken,
    re: /\b(?:would|['’]d) (?:have|['’]ve) been (?:(?:a lot|much|far|a bit|slightly)\s+)?(?:faster|quicker|cheaper|easier|simpler|safer|quieter|calmer|smoother|less risky|lower[- ]risk|the (?:easy|obvious|quick|cheap|fast|safe|safer|quiet|quieter) (?:option|route|path|choice|answer|way))\b(?!\s+(?:if|had|with|to|for me|for us)\b)/gi,
  },
  // A cost told in the same sentence as the candidate's decision, or the next: "I staged it in 5% waves, which
  // meant the tariff reached most homes a month later than marketing wanted", "My recommendation was the
  // vendor's workflow. Admissions staff lost the ability to tag applicants."
  {
    when: afterDecision,
    re: new RegExp(String.raw`\blost (?:the ability|the option|access|the chance|the flexibility)\b|\b(?:had|have|would have|will have|would)\s+to\s+(?:wait|do without|go without|live without|make do|keep (?:using|doing)|stay on|work around)\b|\b(?:the long tail|the rest|the remainder|everything else|the others)\s+(?:got|get|gets|had|has|stayed|stays|kept)\s+(?:${WORD}\s+){0,3}?(?:alone|only|just)\b`, 'gi'),
  },
  // What the decision meant, later or slower than someone wanted: "I staged it in waves, which meant the tariff
  // reached most homes a month later than marketing wanted". Only with the decision in the same sentence: "the
  // vendor slipped, which meant we went live later than planned" is a setback.
  {
    when: decisionInSentence,
    re: new RegExp(String.raw`\b(?:meant|means|would mean|meaning)\b[^.;!?]{0,80}?\b(?:later|longer|slower)\s+than\b`, 'gi'),
  },
  // Two sides of the option chosen: "slower but safer", "dearer but reversible".
  {
    when: inCandidateSentence,
    re: /\b(?:slower|costlier|dearer|pricier|harder|clunkier|uglier|later|longer|more expensive|more manual|less elegant|less flexible)\s+but\s+(?:safer|cheaper|faster|simpler|sooner|quicker|easier|surer|more (?:reliable|robust|predictable|certain)|reversible|predictable|auditable|certain)\b/gi,
  },
  // The rest left on the old way for a while: "I let the eleven small lanes run on the broker's email process
  // for another year", "kept the old printers for one more season".
  {
    when: byCandidate,
    re: new RegExp(String.raw`\blet\s+(?:${WORD}\s+){1,5}?(?:run|stay|remain|continue|carry on|ride|limp)\b[^.;!?]{0,60}?\b(?:for (?:another|one more|a further|now|the time being|the moment)|until)\b|\b(?:left|leave|leaving|kept|keep|keeping)\s+(?:${WORD}\s+){0,3}?(?:old|older|legacy|existing|current|manual|paper|spreadsheets?|e-?mail|fax|on-prem)\b[^.;!?]{0,40}?\bfor (?:another|one more|a further|an extra)\s+(?:(?:${COUNT}|few)\s+)?(?:${SPAN}|seasons?|cycles?|releases?|winters?|summers?)\b`, 'gi'),
  },
  // A choice whose cost follows it: "…, but that left support short", "which cost the Android app its slot".
  // Not money spent on the plan ("which cost £40k") or nothing ("cost nothing").
  {
    when: choiceBeforeSo,
    re: new RegExp(String.raw`\b(?:but|which|and)\s+(?:(?:that|it|this|doing so)\s+)?(?:cost|costs|costed)\s+(?!(?:us\s+|me\s+)?(?:nothing|no|little|about|around|roughly|nearly|only|just|under|over|less|more than)?\s*[£$€¥\d])(?!nothing\b|little\b)(?:${WORD}\s+){1,4}?(?:${WORD})|\b(?:but|which|and|so)\s+(?:(?:that|it|this|doing so)\s+)?left\s+(?:${WORD}\s+){1,5}?(?:without|with no|short|behind|exposed|uncovered|waiting|on (?:the|their|its) (?:old|legacy|existing|manual)|for later|until)\b(?!${NO_LOSS})`, 'gi'),
  },
  // What the choice cost over the other way, as an amount more: "moved them to human callers, which cost ₹1.8 lakh
  // a month more", "which cost us an extra £12k". (Not an overrun: "which cost $40k more than planned".)
  {
    when: choiceBeforeSo,
    re: /\b(?:but|which|and)\s+(?:(?:that|it|this|doing so)\s+)?(?:cost|costs)\s+(?:us\s+|me\s+)?(?:(?:an?\s+)?(?:extra|additional)\b|(?:[A-Z]{2,3}\s?|Rs\.?\s?)?[£$€¥₹]?\s?[\d.,]+\s?(?:[kmb]|bn|lakh|crore|million|thousand)?\s+(?:(?:a|per|each|every)\s+(?:month|year|week|day|quarter|shift|site|user|seat|store|licence|license)\s+)?more\b(?!\s+than\s+(?:[\p{L}'’]+\s+){0,3}?(?:planned|budgeted|expected|forecast|estimated|quoted|agreed|hoped|allowed)))/gu,
  },
  // Round 33. What a decision cost, told right after it: "I decided to fill at half flow… This cost 4 more days";
  // the cost of the option chosen, by its name: "The longer hold cost 1.1% of the year's quay moves", "I
  // calculated what the export priority cost"; someone told they must wait: "told Gary that he would not get
  // one until the July rotation"; a planned step dropped to hold a date: "To hold the 1 June date, I switched
  // off the e-mail interface … without the two weeks of parallel run".
  { when: afterDecision, re: /\b(?:this|that|it|doing so|the (?:choice|decision|call))\s+(?:alone\s+)?(?:cost|costs)\s+(?:us\s+|me\s+)?(?:(?:about|around|roughly|nearly|over)\s+)?(?:\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:more|extra|additional)\s+[\p{L}-]+/giu },
  { re: /\bthe\s+(?:longer|slower|extra|additional|bigger|wider|stricter|safer|later|smaller|shorter|higher|lower|half-flow|tighter|looser)\s+(?:[\p{L}-]+\s+)?(?:hold|buffer|margin|window|gap|pause|checks?|tests?|run|route|option|fill|threshold|limit|priority|rules?|approach|rollout|cut-?off|freeze)\s+(?:cost|costs)\b|\bI\s+(?:[\p{L}]+ly\s+)?(?:calculated|worked out|measured|counted|estimated|added up|tallied|costed|checked|reviewed)\s+what (?:the|my|our|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:priority|choice|decision|call|rule|hold|trade|approach|option|cut|freeze|margin|buffer)\s+(?:had\s+)?cost\b/giu },
  { when: inCandidateSentence, re: /\b(?:told|warned|informed)\s+[^.;!?]{1,90}?\b(?:would|['’]d|will)\s+(?:not|n['’]t)\s+(?:get|have|receive|see)\s+(?:[\p{L}-]+\s+){0,3}?until\b|\b(?:told|warned|informed)\s+[^.;!?]{1,90}?\b(?:would|will)\s+have\s+to\s+wait\b/giu },
  { when: inCandidateSentence, re: /\bto (?:hold|keep|make|protect|hit|meet|save) (?:the|our|my)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:date|deadline|go-?live|launch|window|cut-?off|slot)\b[^.;!?]{0,140}?\bwithout\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:single|failed|one|any|an?)\b)[\p{L}\d-]+\s+){0,4}?(?:parallel[- ]run|rehearsal|pilot|dry[- ]run|soak|canary|testing|tests?|buffer|sign-?off|training|phase|trial|shadow[- ]run)s?\b/giu },
  // Round 21. A course not taken, its cost named, then the candidate's choice: "Getting to 100% would have meant
  // another month of rehearsals, so I set 99.5% as the bar", "moving it early would have meant rebuilding the
  // interfaces twice. I therefore negotiated three more months".
  // (Not a harm avoided or work saved: "doing it by hand would have taken three weeks, so I wrote a script";
  // the choice after "so I" settles for less. Nor hindsight.)
  {
    when: notHindsight,
    re: /\bwould (?:have|['’]ve) (?:meant|cost|taken|required|needed)\b(?!\s+(?:us\s+|me\s+)?(?:nothing|no|little|zero|none)\b)[^.;!?]{1,160}?(?:,?\s+so\s+(?:I|we)\b(?=\s+(?:set(?!\s+up\b)|settled|accepted|capped|kept|held|chose|went with|stuck|dropped|deferred|cut|agreed|negotiated|limited|left|staged|took the|lived with)\b)|[.;]\s+(?:So,?\s+)?(?:I|We)\s+(?:therefore|instead|chose|decided|kept|held|set(?!\s+up\b)|stuck|accepted|agreed)\b)/g,
  },
  // A cost the candidate's own call carried: "stayed inaccessible by my decision", "worth one full sprint of
  // feature work", "- Price: £18,000 of agency cover", the slower way taken on purpose.
  { re: /\b(?:stayed|remained|were left|was left|waited|dropped|deferred|slipped|went without)\b[^.;!?]{0,60}?\bby my (?:own )?(?:decision|call|choice)\b|\b(?:decided|judged|agreed|argued|reckoned|felt|bet|concluded)\b[^.;!?]{0,40}?\b(?:was|is|were|it['’]s) worth (?:a|an|one|two|three|four|\d+) (?:full )?(?:sprint|week|day|month|quarter)s? of\b/g },
  { when: afterDecision, re: /(?:^|[.;:][ \t]*|[-*•][ \t]*)(?:[Pp]rice|[Tt]he price):[ \t]/gm },
  { when: byCandidate, re: /\b(?:did|designed|built|ran|planned|set|went|took|chose|kept)\s+(?:it\s+|(?:the|our) [\w-]+\s+)?(?:up\s+)?the (?:slower|longer|costlier|dearer|harder|more expensive|more manual) (?:way|route|path|option|road)\b/gi },
  // Money spent that the plan didn't have: "It was money the programme had not planned to spend, and I had to
  // defend it".
  { when: candidateNearby, re: /\b(?:money|spend|spending) (?:that )?(?:the |our |my )?(?:[\w-]+ )?(?:had(?: not|n['’]t)|did(?: not|n['’]t)) planned to spend\b/g },
  // Round 23. What the candidate's call would cost, said in the next breath: "I set the launch bar at 75
  // seconds. Queues would be slower and players would grumble for a few weeks", "I recommended moving the lock.
  // It would use up the three weeks of slack". Only after a call of the candidate's (a bar set, an option
  // recommended or chosen), and not what someone said, a condition or money quoted: "I asked why. They said the
  // build would be slower", "Otherwise the launch would be later", "It would cost the programme £40k".
  {
    when: afterCall,
    re: /\b(?:would|['’]d) (?:(?:be|feel|get|run) (?:(?:a (?:bit|little|lot)|much|far|noticeably|slightly) )?(?:slower|later|longer|worse|dearer|costlier|pricier|clunkier|noisier|uglier|riskier|thinner|weaker|more expensive|more manual)|(?:grumble|complain|moan)(?=\s+(?:for (?:a|the|some|two|three|\d)|at first|initially|a bit|for a while))|use up|eat (?:into|up)|burn (?:through )?(?:the |our |my |a |some )|cost (?:us|me|the)\b(?![^.;!?]{0,30}?[£$€¥\d])(?!\s+(?:nothing|little|less)\b))/gi,
  },
  // The cost carried by the call just told, opening the next sentence: "I recommended moving go-live to the May
  // run. That kept the old system on an extended licence for another month". (Not "The delay, which kept the
  // old warehouse open…": the delay's doing.)
  {
    when: afterCall,
    re: new RegExp(String.raw`(?<=^|[.!?;]\s{1,3})(?:That|This|It|Doing so)\s+(?:kept|left|meant keeping|meant leaving)\s+(?:${WORD}\s+){0,3}?(?:old|older|legacy|existing|current|manual|paper)\b[^.;!?]{0,40}?\bfor (?:another|one more|a further|an extra)\s+(?:(?:${COUNT}|few)\s+)?(?:${SPAN}|seasons?|cycles?|releases?)\b`, 'g'),
  },
  // Money the plan held back for surprises, spent on the call: "about £38,000 out of contingency", "I funded the
  // extra monitoring from the project contingency". (Not "the contingency site", nor "none of it came out of
  // contingency".)
  {
    when: spentByCandidate,
    re: /(?:\b(?:paid|funded|covered|financed|took|drew|came|spent|used|released)\b[^.;!?]{0,40}?|[£$€¥]\s?[\d.,]+\s?(?:k|m|bn|million|thousand)?\b[^.;!?]{0,30}?)\b(?:out of|from) (?:the |our |my )?(?:(?:programme|program|project)(?:['’]s)? )?(?:contingency|management reserve|risk reserve)\b(?!\s+(?:site|sites|mode|plan|plans|planning|process|room|option|options|fund(?:ing)? request|arrangements?|team|scenario|scenarios)\b)/gi,
  },
  // A part taken out of the first phase: "The allergen labelling part I took out from phase one". (Not "I took
  // the lessons from phase one".)
  { when: byCandidate, re: /\b(?:took|pulled|left|cut|dropped|moved|kept|carved)\s+(?:(?:it|them|this|that)\s+)?out\s+(?:of|from)\s+(?:the\s+)?(?:phase|stage|wave|release)\s+(?:one|1|i)\b|\b(?:cut|dropped|removed|descoped|de-scoped)\b[^.;!?]{1,40}?\bfrom\s+(?:the\s+)?(?:phase|stage|wave|release)\s+(?:one|1|i)\b/gi },
  // The course chosen set against the one planned, after the candidate's decision: "I decided to push it to the
  // whole site in one wave, not the two the plan called for".
  { when: decisionInSentence, re: /,\s+not\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:the|our|my|their|its)\s+(?:[\w-]+\s+)?(?:plan|team|vendor|schedule|runbook|process|design|contract|client|customer|sponsor|director|board)\s+(?:had\s+)?(?:called for|asked for|wanted|recommended|proposed|suggested|specified|required|expected)\b/gi },
  // A request turned down: "Kowalczyk wanted to replace the whole fleet before peak. Told him no".
  // (Not the answer to a question: "He asked if customers had noticed. I told him no.")
  { when: refusedRequest, re: /\btold (?:him|her|them|the [\w-]+(?: [\w-]+)?) no\b(?=\s*(?:[.,;:!?)—–-]|$|(?:and|but|because|so|to)\b))/gi },
  // A known gap left as it was: "Found 36,000 meters on the old radio that could not take 7.x. Left them on 6.x".
  { when: byCandidate, re: /\b(?:left|leave|leaving|kept|keep|keeping) (?:them|it|the rest|(?:(?:those|these|the|all)\s)?(?:[\d,]+\s)?(?:[\w-]+\s)?[\w-]+) on (?:(?:v|version\s|release\s)?\d+\.(?:x|\d+(?:\.\d+)*)\b(?!\s*(?:%|percent|per cent|seconds?|secs?|s\b|ms\b|minutes?|mins?|hours?|days?|x\b|times|GB|MB|TB|GHz|V\b))|version\s\d+\b(?!\.\d))/gi },
  // Scope traded in a change order: "WCAG 2.1 AA and audit logs in, document upload out".
  // (Not "checked in, then checked out", "Six months in, the team was worn out", "stock comes in, orders go out".)
  { re: /(?<!\b(?:[\p{L}]+ed|got|get|came|come|comes|went|go|goes|sign|log|check|clock|move|moved|phase|phased|days?|weeks?|months?|years?|sprints?|quarters?|hours?|minutes?)\s)\bin,\s+(?!the\b)(?:(?!(?:then|and|but|we|I|they|it|he|she|was|were|is|are|ran|run|go|goes|went|come|came|be|been)\b|[\p{L}]+ed\b)[\p{L}\p{N}+&-]+\s+){1,3}out\b(?![\p{L}-])/gu },
  // A customer or a team told it won't make the cut: "I told their account lead that it would not make the launch".
  {
    re: /\b(?:I|we) (?:told|warned|explained to|said to)\b[^.;!?]{0,80}?\b(?:it|they|that|this|the [\w-]+) (?:would(?:n['’]t| not)|won['’]t|will not) make (?:the |this |our )?(?:launch|release|cut|first release|v1|date|go-live)\b(?!\s+(?:if|unless)\b)/g,
  },
  // Chosen at a cost to something, as Portuguese and Spanish say it ("em detrimento de", "en perjuicio de"): "I chose
  // stability in detriment of the new features", "to the detriment of", "in prejudice of". Not harm done to no one
  // ("to the detriment of nobody"), nor by someone else ("the vendor kept its price, to the detriment of our
  // margin"), nor a finding ("we found the old process worked in detriment of the customers").
  { when: detrimentByChoice, re: /\b(?:(?:in|to|at)\s+(?:the\s+)?detriment|(?:in|to)\s+(?:the\s+)?prejudice)\s+(?:of|to|for)\b/gi },
  // Weighed aloud: "the date mattered more than the feature list", "we couldn't do both", "a tough call".
  {
    re: /\b(?:mattered|matters|counted|counts) (?:far |much )?more (?:to (?:me|us|the business|customers|them) )?than\b|\bI (?:cared|care|worried|valued|value) (?:far |much )?more about\b[^.;!?\n]{1,80}?\bthan\b|\b(?:was|were|is|are) (?:far |much )?more important (?:to (?:me|us|the business|customers|them) )?than\b|\b(?:couldn['’]t|could not|can['’]t|cannot|wouldn['’]t|(?:was|is|were)(?: not|n['’]t) possible to|(?:was|is) impossible to|there was no way to) (?:do|have|fund|staff|ship|build|afford|deliver|support|take on|keep) (?:both|everything|all of (?:it|them))\b|\bI gave (?:top |first |higher |the )?priority to\b|\bbit the bullet\b|\bat (?:some|a|considerable|real|significant) (?:real )?cost to\b/gi,
  },
]);
let patterns: readonly Pattern[] | undefined;

// Where the clause that holds a verb begins: a sentence or line, a comma, or a conjunction that can bring
// a new subject ("…, so the vendor delayed…").
// (A decimal point is no break: "rolled back to 4.1 instead of waiting".)
const CLAUSE_BREAK =
  /[!?;:\n]|\.(?!\d)|(?<!\d)\.|,\s|\b(?:and|but|so|because|after|when|while|whilst|until|since|although|though|whereas|once|before|if|unless|which|who)\b/gi;
const LEADING_BULLET = /^[\s\-*•]+/;
const TRAILING_COMMA = /[\s,]+$/;
const LIST_BREAK = /^(?:,\s|and)$/i;
// "agreed to delay", "by deferring": the candidate's own infinitive or gerund.
const INFINITIVE_OR_GERUND = /\b(?:to|by)\s*$/i;
const BARE_INFINITIVE = /^\s*(?:to|by)\s*$/i;
// "it was decided to drop…": a plan told in the passive is still the candidate's side's (passive-voice asks who)…
const OWN_PLAN = /\b(?:my|plan|call|decision|recommendation|proposal|choice|idea)\b|\b(?:it|this) was (?:decided|agreed)\b/i;
// …where it says what the cut bought, the trade told whole: "it was decided to drop the portal from phase one so the
// date held". A call told in the passive with only the cut, "A decision was made to skip the load test.", is anyone's,
// as "The programme manager had decided to skip the load test." is someone else's (a user's trial: naming the one who
// decided, as passive-voice asks, made no-tradeoff fire). Made by someone named, it is theirs; by "me" or "us", ours.
const PASSIVE_CALL =
  /\b(?:(?:a|the)\s+(?:[\p{L}-]+\s+)?(?:decision|call|choice)\s+(?:was|were|had\s+been|has\s+been)\s+(?:made|taken|reached)|(?:it|this)\s+(?:was|had\s+been|has\s+been)\s+(?:decided|agreed))(?:\s+by\s+([^,.;:!?\n]{1,60}?))?\s+to\s*$/iu;
const BY_US = /^(?:me|us|myself|(?:my|our)\s+(?:team|side|squad))$/i;
const CUT_BOUGHT =
  /^[^.;!?\n]{0,160}?(?:,\s*|\s)(?:so(?:\s+that)?\s+(?!(?:far|much|many|long|often)\b)\p{L}|(?:in\s+order|so\s+as)\s+to\s|to\s+(?:protect|keep|give|let|free|avoid|limit|hit|meet|make|save|ease|hold|buy|fit|secure)\b)/iu;

/** Whether a cut at `index`, after a call told in the passive (`call`), is the candidate's side's trade-off. */
function passiveCallIsOurs(text: string, index: number, call: RegExpExecArray): boolean {
  const by = call[1]?.trim();
  if (by !== undefined) return BY_US.test(by);
  return CUT_BOUGHT.test(text.slice(index, index + 200));
}
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|[Ww]e|(?:[Mm]y|[Oo]ur|[Tt]he) team)(?:['’](?:d|ve|ll|m|re))?(?![\p{L}])/u;
// What the candidate found, saw or learned, with its own subject after: "I found that the HR system sent
// terminations as a nightly batch that silently dropped any record…" tells the batch's doing, not a choice.
const REPORTED = /(?:^|[^\p{L}])(?:I|[Ww]e)\s+(?:\p{L}+ly\s+)?(?:found|discovered|saw|noticed|learned|learnt|realised|realized|confirmed|established|knew|heard|spotted|proved|showed)\s+(?:that\s+|(?=(?:the|a|an|our|their|its|this|that)\s))/gu;


/**
 * Whether the candidate acts in `clause`: "I" or "we" there, and not only as the one who found what follows. A
 * clause that ends before a verb shared across "and" (`shared`) still has the candidate for its subject after
 * what was found without a verb of its own: "I found the bug and dropped the export" (not "I found that the
 * batch ignored the flag and dropped…").
 */
function candidateIn(clause: string, shared = false): boolean {
  let rest: string | undefined;
  let bare = false;
  for (const m of clause.matchAll(REPORTED)) {
    rest = clause.slice(m.index + m[0].length);
    bare = !/\bthat\s+$/.test(m[0]);
  }
  if (rest === undefined) return FIRST_PERSON.test(clause);
  if (shared && bare && !FOUND_CLAUSE.test(rest)) return true;
  return FIRST_PERSON.test(rest);
}
// A clause that describes rather than decides: "the cause was X rather than Y".
const COPULA = /\b(?:is|was|were|are|been|being|seemed|seems|became|proved)\b(?!\s+(?:able|willing|asked|going|happy|prepared|clear)\b)/i;
// "in hours rather than days", "weekly instead of monthly": a comparison of amounts, not a choice.
const MEASURE = String.raw`(?:minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|daily|weekly|fortnightly|monthly|quarterly|yearly|annually)`;
const MEASURE_BEFORE = new RegExp(String.raw`\b${MEASURE}\s*$`, 'i');
// "every two weeks instead of six", "six working days instead of eleven": the unit is left unsaid.
const MEASURE_AFTER = new RegExp(String.raw`^\s*(?:every\s+|each\s+|once\s+|twice\s+)?(?:(?:${COUNT}\s+)?${MEASURE}\b|${COUNT}\s*(?:[.,;:!?)]|$))`, 'i');
// A plan of the candidate's: a clause that opens with it ("…, to leave the rota untouched rather than split
// it") or a plan stated ("the call was to ship X instead of Y"). Not a "to" that only points somewhere
// ("emailed photos to support instead").
const PLAN = /^\s*to\s+(?!the\b|a\b|an\b|our\b|their\b|its\b|my\b|each\b|every\b|\d)\p{L}|\b(?:was|is|were)\s+to\s+(?!the\b|a\b|an\b|our\b|their\b|its\b|my\b|each\b|every\b|\d)\p{L}/iu;
// What was found, not chosen: "the losses turned out to be caused by retired codes rather than by the interface",
// "I found the problem was frozen hoses rather than empty hoppers", "found the time went to lock waits rather than to bid
// validation", "the cause of condensation was bad insulation, rather than room humidity".
const FINDING = /\b(?:(?:found|discovered|saw|noticed|learned|learnt|realised|realized|showed(?: me| us)?|revealed|confirmed) that|(?:found|discovered|realised|realized|confirmed|established)\s+(?:the|our|its|their)\s+(?:[\w-]+\s+){0,4}?(?:was|were|went|lay|sat|came)|(?:root )?cause (?:of (?:[\w-]+\s+){1,4}?)?was|turned out|proved to be|was caused by|were caused by|caused by|was actually|were actually|came down to|came from|traced (?:it |them |(?:the |a |an |our |their )?(?:[\w-]+ ){1,3}?)?(?:back )?to)\b/i;
// Past tenses of doing that don't end in -ed: what ACTED_AFTER and OPENS_WITH_VERB read beside the regular ones.
const PAST_ACTS = IRREGULAR_PAST_ACTS.join('|');
// A verb in what was found, which makes it a clause with its own subject: "the batch ignored the flag".
const FOUND_CLAUSE = new RegExp(String.raw`(?:^|[^\p{L}])(?:\p{L}+ed|${PAST_ACTS}|was|were|is|are|had|has|did)(?![\p{L}])`, 'iu');
// After a finding, a clause in which the candidate acts on it: "…, so I shipped the read-only version", "…
// and ran them nightly".
const ACTED_AFTER = new RegExp(
  String.raw`(?:,\s*|\b(?:so|then|and|but)\s+)(?:(?:I|we)\s+|(?:I|we)['’]d\s+)?(?:\p{L}+ed|${PAST_ACTS})\b|(?:,\s*|\b(?:so|then)\s+)(?:I|we)\b`,
  'iu',
);
// A time set against the usual, an earlier time or a number: "in two days rather than the usual two-week cycle",
// "two days before the assessment rather than when the team first raised it", "half an hour rather than the 2+
// hours". Without a time before it, "rather than the planned redesign" is still a choice.
const TIME_BEFORE = new RegExp(String.raw`\b${MEASURE}\b[^.;!?\n]{0,40}$`, 'i');
// ("the two months in the plan": an amount with "the", as "the 60 days".)
const COMPARED_WITH = new RegExp(String.raw`^\s*(?:(?:the|our|its|their)\s+(?:usual|typical|normal|expected|previous|last|old|standard|planned|original)\b|the\s+(?:\d|${COUNT}\s+${MEASURE}\b)|when\b|while\b|as\s+(?:usual|before|planned)\b)`, 'i');
// What something was meant to take, set against what it took: "Instead of the 20 minutes the smoke test was
// supposed to take, it was taking two hours".
const PLANNED_AMOUNT = new RegExp(String.raw`^\s*(?:the\s+)?(?:${COUNT}|\d[\d.,]*)\s+${MEASURE}\s+(?:[\p{L}'’-]+\s+){1,4}?(?:was|were|is|are|had been)\s+(?:supposed|meant|expected|planned|promised|due)\s+to\s+(?:take|last|run|need)\b[^,;.]{0,40},\s*(?:it|they|the\s+[\p{L}-]+)\s+(?:was|were\s+)?(?:taking|took|ran|running|lasted|needed|was\s+taking|were\s+taking)\b`, 'iu');
// Where a sentence begins, for a subject shared across "and": "I pulled the logs and built X instead of Y".
const SENTENCE_BREAK = /[!?;\n]|\.(?!\d)|(?<!\d)\./g;
const SENTENCE_END = /[!?;\n]|\.(?!\d)|(?<!\d)\./;
// A sentence told without "I", as in bullets and terse answers: "- Built the forecast from peak instead…".
const OPENS_WITH_VERB = new RegExp(String.raw`^[ \t\-*•]*(?:\p{L}+[^e\s]ed|agreed|${PAST_ACTS})\b`, 'iu');

/** The set the trade-off patterns' plans are stamped under (src/plans.ts, src/text/prefilter.ts: stampedPlan). */
export const TRADEOFF_SET = 'tradeoffs';

/** Every trade-off pattern, in order: for the build, which reads how each is run (src/plans.ts). */
export function tradeoffPatterns(): readonly RegExp[] {
  return PATTERNS().map((pattern) => pattern.re);
}

/** Every kind of trade-off the text states, the first mention of each, in text order; words two kinds share, once. */
export function findTradeoffs(text: string): TradeoffMention[] {
  const found: TradeoffMention[] = [];
  const read = withoutClockDots(text);
  const lower = loweredOnce(read);
  for (let i = 0; i < PATTERNS().length; i++) {
    const m = firstMention(read, i, lower);
    if (m) found.push({ index: m.index, length: m[0].length, text: text.slice(m.index, m.index + m[0].length) });
  }
  // Two patterns can read the same words ("let the dashboard slip", "let the dashboard slip a sprint"; "It was slower
  // but", "slower but safer"): name them once, as the words they cover between them.
  found.sort((a, b) => a.index - b.index);
  const once: TradeoffMention[] = [];
  for (const mention of found) {
    const last = once.at(-1);
    const end = mention.index + mention.length;
    if (last === undefined || mention.index >= last.index + last.length) once.push(mention);
    else if (end > last.index + last.length) once[once.length - 1] = { index: last.index, length: end - last.index, text: text.slice(last.index, end) };
  }
  return once;
}

/**
 * The first match of the pattern at `index` of PATTERNS that its `when` accepts, in text already passed through
 * `withoutClockDots`. Over a few stories, a pattern the text's words can't match is not run (src/text/prefilter.ts);
 * `lower` gives the text lowered, for that.
 */
function firstMention(text: string, index: number, lower: () => string, reading?: Reading): RegExpExecArray | undefined {
  const { re, when } = PATTERNS()[index]!;
  for (const m of matchesOf(re, patternsFor(re, () => stampedPlan(TRADEOFF_SET, index, re), lower), text)) {
    if (!when || when(text, m.index, m.index + m[0].length, reading)) return m;
  }
  return undefined;
}

/** The text lowered (src/text/prefilter.ts: lowered), made when first asked for. */
function loweredOnce(text: string): () => string {
  let lower: string | undefined;
  return () => (lower ??= lowered(text));
}

/**
 * "a.m.", "p.m." and a title's full stop ("Mr.", "Dr.", "Capt.") swapped for a middle dot, the text's length
 * kept: they are no sentence or clause break ("I chose a Sunday 1 a.m. start over the Saturday evening, which
 * cost us overtime", "I informed Mr. Deshpande and kept the old feed rather than force a cutover").
 */
function withoutClockDots(text: string): string {
  // (Only mid-sentence: "at 3 a.m. I chose…" keeps its full stop.)
  const clock = text.includes('.m.') ? text.replace(/(?<=\d\s?)([aApP])\.([mM])\.(?!\s+\p{Lu})/gu, '$1·$2·') : text;
  return clock.includes('.') ? clock.replace(TITLE_DOT, '$1·') : clock;
}
const TITLE_DOT = /\b(Mr|Mrs|Ms|Dr|Prof|Capt|Col|Gen|Lt|Sgt|Rev|Hon|Sr|Jr|St)\.(?=\s+\p{Lu})/gu;

/** The clause before `index`, from its last break, without a leading bullet. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 160), index);
  return before.slice(lastBreak(before).end).replace(LEADING_BULLET, '');
}

/**
 * Whether the verb at `index` is the candidate's doing: "I"/"we"/"the team" in its clause, an
 * infinitive ("agreed to delay") or a gerund after "by", or no subject at all ("- Deferred X to Q3").
 */
function byCandidate(text: string, index: number): boolean {
  const start = Math.max(0, index - 160);
  const before = text.slice(start, index);
  const brk = lastBreak(before);
  const head = before.slice(brk.end).replace(LEADING_BULLET, '');
  if (head.trim() === '') {
    // A relative clause acts for what it follows: "the review ran long, which pushed our go-live back" is the
    // review's doing, "I held the release, which pushed the go-live back" (or, in a bullet, "- Held the release,
    // which…") the candidate's. "who" is someone else.
    const word = brk.word.toLowerCase();
    if (word === 'which') return ownAntecedent(before.slice(0, brk.end - word.length));
    if (word === 'who') return false;
    // A verb that shares its subject across "and": "I pulled the logs and deferred X", "- Ran the syncs and
    // dropped Y", but not "the delay was not my call and cost the team a sprint".
    if (word === 'and' || word === 'but') return sharedSubjectIsCandidate(before.slice(0, brk.end - word.length));
    return true;
  }
  // "…and recommended moving the lock": a verb right before the match that shares its subject across "and"
  // (not "…and traced forty delayed discharges").
  if (/^(?:and|but)$/i.test(brk.word) && /^\s*\p{L}+\s*$/u.test(head) && OPENS_WITH_VERB.test(head)) return sharedSubjectIsCandidate(before.slice(0, brk.end - brk.word.length));
  // "agreed to delay", "- Asked Sales to defer…", "my call was to drop…", but not "customers had to make do".
  if (INFINITIVE_OR_GERUND.test(head)) {
    const call = PASSIVE_CALL.exec(head);
    if (call) return passiveCallIsOurs(text, index, call);
    return BARE_INFINITIVE.test(head) || OWN_PLAN.test(head) || OPENS_WITH_VERB.test(head) || FIRST_PERSON.test(head);
  }
  // Dev round 39: "this" or "that" standing for the call just told, as "which" does: "I chose to get their written
  // acceptance before the cutover, and this pushed the cutover six weeks later" is the candidate's, if that clause is
  // theirs and a call (DECISION), not a setback, a finding or a meeting ("I was out sick, and this pushed…", "I found
  // the leak, and that delayed…", "I met the vendor. That kept the old system on…").
  // Dev round 41: "that" with a noun the call just named, told as what it meant or cost, "I kept the old program as a
  // backup on one line. That backup meant…" (not as one acting: "I kept the vendor on the audit. That vendor deferred
  // it…"); and a call told in a bullet with no "I", "- Kept one QA checker on the cartons. This costs…".
  const named = WHAT_IT_COST.test(text.slice(index, index + 12)) ? THAT_NOUN.exec(head)?.[1] : undefined;
  if ((named !== undefined || THIS_OR_THAT.test(head)) && STANDS_FOR.test(brk.word)) {
    let antecedent = before.slice(0, brk.end - brk.word.length).replace(TRAILING_COMMA, '');
    const sentence = /[^.!?;\n]*$/.exec(antecedent)![0];
    if (named !== undefined) {
      // The noun stands for what the clause naming it told: the call is read up to there ("…as a backup on one line, so
      // the plant team could switch back" is the backup kept, not the plant team).
      const at = [...sentence.matchAll(new RegExp(String.raw`(?<![\p{L}-])${named}(?![\p{L}-])`, 'giu'))].at(-1);
      antecedent = at === undefined ? '' : antecedent.slice(0, antecedent.length - sentence.length + at.index + at[0].length);
    }
    const call = antecedent !== '' && ownAntecedent(antecedent);
    if (call && (DECISION.test(sentence) || BULLET_DECISION.test(sentence)) && !NOT_A_CHOICE_BEFORE.test(sentence)) return true;
    if (named === undefined) return false;
  }
  return candidateIn(head);
}

// "this", "that", "doing so" as a clause's subject, and the breaks after which it stands for the clause before.
const THIS_OR_THAT = /^\s*(?:this|that|doing (?:so|this|that))\s+$/i;
// "this" or "that" with a noun (and a word before it) as the subject: "That backup", "this extra check". (A noun in lower
// case and no pronoun, so not "That week I…", "That week Priya…" or "That week they…", where the last is the subject.)
const THAT_NOUN = /^\s*(?:[Tt]his|[Tt]hat)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?!(?:she|they|you|who|its|his|her|our|their|them)(?![\p{L}-]))(\p{Ll}[\p{Ll}-]{2,})\s+$/u;
const STANDS_FOR = /^(?:and|,\s|\.|;|:|\n)$/i;
const WHAT_IT_COST = /^(?:meant|means|would mean|cost|costs|costed)\b/i;

/**
 * Whether the clause a "which" (or a "this") hangs on is the candidate's: "I held the release, which…", "- Held the
 * release, which…", "I kept paper and tablet in parallel, which…" (a list of things is no clause of its own), not "the
 * review ran long, which…". `before` is the text up to the "which".
 */
function ownAntecedent(before: string): boolean {
  let antecedent = before.replace(TRAILING_COMMA, '');
  // What a time clause hangs on: "I proposed a freeze for the 48 hours before every public holiday, which
  // cost my team two release slots" is the freeze's cost, not the holiday's.
  const inner = lastBreak(antecedent);
  if (TIME_CLAUSE.test(inner.word)) antecedent = antecedent.slice(0, inner.end - inner.word.length);
  const clause = listOpening(antecedent).replace(LEADING_BULLET, '');
  // Someone else's review gone through is their gate, not a call (dev round 9: "I worked through a data-protection review
  // with them over three weeks, which pushed the start of the pilot from May to June"); a review chosen is ("I chose to
  // go through a full review, which…", "I insisted on a review, which…").
  if (GATE_GONE_THROUGH.test(clause) && !DECISION.test(clause)) return false;
  if (candidateIn(clause)) return true;
  if (!OPENS_WITH_VERB.test(clause)) return false;
  // A verb with its subject further back in the sentence: "In July the superintendent, Dr Elaine Ruiz, moved
  // go-live up, which removed my rehearsal" is hers; "- Held the release, which…" is the candidate's.
  const sentence = antecedent.split(/[.!?]\s+|[:;]\s*|\n/).at(-1)!;
  const prefix = sentence.slice(0, Math.max(0, sentence.length - clause.length)).replace(LEADING_BULLET, '').replace(LEADING_PHRASE, '');
  return prefix.trim() === '' || FIRST_PERSON.test(prefix) || OPENS_WITH_VERB.test(prefix);
}

const GATE_GONE_THROUGH = /\b(?:worked|went|got|sat|came)\s+through\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:reviews?|audits?|assessments?|approvals?|sign-?offs?|concerns|questions|findings|objections|checks)\b|\b(?:answered|addressed|resolved|cleared|passed)\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:reviews?|audits?|assessments?|concerns|questions|findings|objections)\b/iu;

/**
 * The last clause of `text`, from where the list it ends opens: "I kept paper and tablet in parallel" for "…paper and
 * tablet in parallel", as a list item with no verb of its own hangs on the clause before it. Not past a clause with a
 * verb: "I held the release and the vendor shipped the patch" ends in the vendor's.
 */
function listOpening(text: string): string {
  let rest = text;
  let brk = lastBreak(rest);
  for (let step = 0; step < 4; step++) {
    if (!LIST_BREAK.test(brk.word) || FOUND_CLAUSE.test(rest.slice(brk.end))) break;
    rest = rest.slice(0, brk.end - brk.word.length);
    brk = lastBreak(rest);
  }
  return text.slice(brk.end);
}

// What can make a choice mean a cost: "it", "that", "doing so", a gerund ("shipping on time meant…"), "the
// option", or the candidate. Not an event ("the outage meant…") or someone else ("Sales would lose…").
const CHOICE_SUBJECT = /^\s*(?:it|this|that|doing (?:so|that|this|it)|\p{L}+ing\b|the (?:\p{L}+ )?(?:option|design|plan|approach|choice|decision|call|trade-?off))/iu;

/**
 * Whether the subject a clause leaves unsaid, as in "…, rewrote the top twenty and left the rest until next
 * quarter", is the candidate: the clause before the conjunction, or the list it ends, has "I" or "we" or
 * opens with a verb of its own.
 */
function sharedSubjectIsCandidate(before: string): boolean {
  let text = before.replace(TRAILING_COMMA, '');
  for (let step = 0; step < 4; step++) {
    const brk = lastBreak(text);
    const clause = text.slice(brk.end).replace(LEADING_BULLET, '');
    if (clause.trim() === '' || candidateIn(clause, true) || OPENS_WITH_VERB.test(clause)) return true;
    // Only a list item (", rewrote…", "…team and more automation") hands on to the clause before it.
    if (!LIST_BREAK.test(brk.word)) return false;
    text = text.slice(0, brk.end - brk.word.length);
  }
  return false;
}

/** Whether the clause that says what something meant or would lose has a choice for its subject. */
function byChoice(text: string, index: number): boolean {
  const head = clauseBefore(text, index);
  if (head.trim() === '') return byCandidate(text, index);
  return CHOICE_SUBJECT.test(head) || FIRST_PERSON.test(head);
}

// "My recommendation … was X over Y": a choice the candidate owns by "my" or "our".
const POSSESSIVE = /(?:^|\s)(?:my|our)\s*$/i;
// "was chosen over", "were prioritised above": a passive choice, told by the candidate.
const ENDS_PASSIVE = /\b(?:was|were|been|is|are|being)\s*$/i;

/** Whether a choice at `index` is the candidate's: "I chose…", "- Picked…", "was chosen over…", not "Sales preferred…". */
function chosenByCandidate(text: string, index: number): boolean {
  const head = clauseBefore(text, index);
  // "I was selected over two other candidates": the candidate is the one chosen.
  if (CHOSEN_ONE.test(head)) return false;
  return byCandidate(text, index) || ENDS_PASSIVE.test(head) || POSSESSIVE.test(head);
}

const NOT_A_CHOICE_BEFORE = /\b(?:I|we)\s+(?:was|were|found|discovered|hit|ran into|inherited|missed|failed|waited)\b/i;
const CHOSEN_ONE = /\b(?:I|we|my team|our team)\s+(?:was|were)\s*$/i;

/** Whether the sentence around `index` has the candidate in it: "the carrier was cheaper but slower, and I chose it". */
function inCandidateSentence(text: string, index: number): boolean {
  const after = text.slice(index, index + 300);
  const end = after.search(SENTENCE_END);
  return FIRST_PERSON.test(sentencesBefore(text, index).current + (end < 0 ? after : after.slice(0, end)));
}

// No one harmed: "to the detriment of nobody", "in detriment of no one".
const NO_ONE_AFTER = /^\s*(?:nobody|no one|no-one|none|nothing|anyone|anybody|anything)\b/i;
// A choice told in the passive: "stability was prioritised to the detriment of the roadmap".
const PASSIVE_CHOICE = /\b(?:was|were)\s+(?:\p{L}+ly\s+)?(?:prioriti[sz]ed|chosen|favou?red|preferred|protected|kept|put first)\b/iu;

/** Whether a cost "in detriment of" something is borne by the candidate's choice: theirs, and someone's loss. */
function detrimentByChoice(text: string, index: number, end: number): boolean {
  if (NO_ONE_AFTER.test(text.slice(end))) return false;
  const sentence = sentencesBefore(text, index).current;
  return candidateIn(sentence) || OPENS_WITH_VERB.test(sentence) || PASSIVE_CHOICE.test(sentence);
}

// What a finding is about, not a plan: "the gap was not in v1", "my proposal didn't make the cut".
const DEFECT_OR_BID = /\b(?:bugs?|gap|issues?|problems?|regressions?|errors?|defects?|leaks?|bias|drift|flaws?|vulnerabilit(?:y|ies)|crash(?:es)?|faults?|cause|differences?|bids?|proposals?|applications?|pitch|tender|submissions?|I|we)\b/i;

/** Whether what was not in a first release is a feature left out, not a defect found or a bid that lost. */
function notADefect(text: string, index: number): boolean {
  return !DEFECT_OR_BID.test(clauseBefore(text, index));
}

/** Whether the clause before the "so" at `index` is the candidate's doing: "I gave enterprise the first slot, so…". */
function choiceBeforeSo(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 160), index).replace(TRAILING_COMMA, '');
  const brk = lastBreak(before);
  const clause = before.slice(brk.end);
  // "I was out sick, which slowed…", "I inherited a broken pipeline, which…", "We waited on Legal, which…":
  // what happened to the candidate, not a choice.
  if (NOT_A_CHOICE_BEFORE.test(clause)) return false;
  if (FIRST_PERSON.test(clause)) return true;
  // "I called no-go and rolled back to Slough, which…": a verb after "and" has the subject of the clause before.
  if (/^and$/i.test(brk.word) && OPENS_WITH_VERB.test(clause)) {
    // The sentence so far, not its last clause: "at 02:00" holds a colon.
    const earlier = before.slice(0, brk.end - brk.word.length);
    return FIRST_PERSON.test(/[^.!?;\n]*$/.exec(earlier)![0]);
  }
  return false;
}

/**
 * Whether "instead of" or "rather than" at `index` sets an alternative aside, as opposed to comparing
 * two things. A clause that opens with it ("Rather than a big-bang cut-over, I…") or that the candidate
 * acts in ("I ran both in parallel instead of…", "to leave the rota untouched rather than…", "- Built the
 * forecast from peak instead of…") is a choice.
 * A description is not: "the cause was stale rules rather than the model", "in hours rather than days",
 * "staff texted codes instead of using the app".
 */
function isChoice(text: string, index: number, end: number): boolean {
  // "lift and shift it as it was instead of rewriting it": "as it was" tells how; the choice is the clause before.
  const asItWas = AS_IT_WAS.exec(text.slice(Math.max(0, index - 30), index));
  if (asItWas) return isChoice(text, index - asItWas[0].length, end);
  const head = clauseBefore(text, index);
  const sentence = sentencesBefore(text, index).current;
  if (isFinding(sentence)) return false;
  // "…and they posted the scores instead of emailing them": someone else's choice. "…because the old rollouts
  // had failed on hardware rather than on software": a reason, not a choice.
  if (OTHERS_CLAUSE.test(head) || (IT_CLAUSE.test(head) && !RESHAPED.test(sentencesBefore(text, index).previous + sentence)) || (REASON_OPEN.test(sentence) && !FIRST_PERSON.test(head))) return false;
  // "…a converter, so product teams reviewed a pull request instead of writing one": what the work let others
  // do, not something the candidate gave up.
  if (SO_BEFORE.test(text.slice(Math.max(0, index - head.length - 6), index - head.length)) && head.trim() !== '' && !FIRST_PERSON.test(head)) return false;
  // "…poured the foundation during those weeks, instead of after the delivery": work done earlier gives nothing up. (Not a
  // check gone without: "we launched on Monday rather than after the security review".)
  if (PULLED_EARLIER.test(text.slice(end, end + 80)) && !CHECK_BEFORE.test(sentence)) return false;
  // "Got the top 20 suppliers sending spec changes through Menutrack's portal instead of PDF email": work moved off an
  // old manual channel gives nothing up (dev round 40). Not a channel chosen over something ("I chose e-mail instead of
  // the portal"), nor one chosen in so many words ("I chose the portal instead of e-mail").
  if (OLD_CHANNEL.test(text.slice(end, end + 80)) && !CHOSE.test(sentence + text.slice(index, end + 80).split(SENTENCE_END)[0])) return false;
  if (head.trim() === '') {
    // "A photo before and after every repair became mandatory, rather than optional like on paper": a state set
    // against the old one, after a comma. (Not "- Kept the old feed, rather than force a cutover".)
    if (stateBeforeComma(text, index, end) && !FIRST_PERSON.test(sentence)) return false;
    // "The appliance moved the bulk in 3 weeks, instead of 60 days over our link": amounts compared after a comma too.
    if (MEASURE_BEFORE.test(clauseBeforeComma(text, index) ?? '') && MEASURE_AFTER.test(text.slice(end))) return false;
    // "Instead of the hourly manual sample, the model now reads the online analyser every 10 minutes": what a
    // thing now does, told (as "the optimizer builds pairings overnight instead of…" below).
    if (THING_NOW_DOES.test(text.slice(end, end + 200))) return false;
    return !PLANNED_AMOUNT.test(text.slice(end));
  }
  if (COMPARED_WITH.test(text.slice(end)) && TIME_BEFORE.test(sentence)) return false;
  // "I argued for multi-region instead of multi-cloud": a case made sets nothing aside (as "argued in favour of").
  if (ARGUED_FOR.test(head)) return false;
  // "the optimizer builds pairings overnight instead of in the afternoon window": what a thing does, told.
  // (Not when the candidate reshaped it, "We reworked the plan: the plan now covers two markets instead of
  // nine", nor with a decision of theirs in the sentence.)
  if (THING_CLAUSE.test(head) && !FIRST_PERSON.test(head) && !RESHAPED.test(sentencesBefore(text, index).previous + sentence) && !DECISION.test(sentence)) return false;
  if (MEASURE_BEFORE.test(head) && MEASURE_AFTER.test(text.slice(end))) return false;
  if (INFINITIVE_OR_GERUND.test(head) || PLAN.test(head) || DECIDED_TO.test(head)) return true;
  if (COPULA.test(head)) return false;
  return FIRST_PERSON.test(sentence) || OPENS_WITH_VERB.test(sentence);
}

// A check, a safeguard or a gate work waits on: what "before …" and "after …" below are read against.
const GATE = String.raw`(?:${CHECK}|${SAFEGUARD_SPAN}|sign-?offs?|approvals?|reviews?|fix(?:es)?|patch(?:es)?|go-?ahead|green light)`;
// What "it" stands for in "before the pen test rather than after it": a check gone ahead of is still a choice.
const CHECK_BEFORE = new RegExp(String.raw`\bbefore\s+(?:(?:the|a|an|its|their|our)\s+)?(?:${WORD}\s+){0,2}?${GATE}\b[^.;!?\n]*$`, 'iu');
// An old manual channel, set aside for a new one: "instead of PDF email", "rather than on paper", "instead of by phone",
// "instead of emailing them", "instead of the spreadsheet".
const OLD_CHANNEL = /^\s*(?:(?:by|on|in|over|through|via)\s+)?(?:(?:the|a|an|their|our|its|his|her)\s+)?(?:(?:old|usual|manual|printed|paper|pdf|scanned|shared|weekly|daily|monthly|excel)\s+)*(?:e-?mails?|e-?mailing|e-?mailed|paper|paperwork|fax(?:es|ing)?|phone(?:\s+calls)?|(?:tele)?phoning|calls?|post|letters?|spreadsheets?|excel|binders?|pdfs?|hand|printouts?|whiteboards?|post-?its?)(?:\s+(?:it|them|this|that|forms?|attachments?|threads?|chains?|lists?|files?))?\s*(?:[.,;:!?)\n]|$)/i;
const CHOSE = /\b(?:chose|choose|chosen|choosing|picked|opted|went (?:with|for)|decided|preferred|prefer|selected|settled on|stuck with|stayed with|kept|keeping)\b/i;
// A time after something, set against the earlier time work was done in: "instead of after the delivery", "before the
// spring menu launch rather than after it".
const PULLED_EARLIER = new RegExp(String.raw`^\s*(?:waiting\s+(?:until|till)\s+)?after\s+(?!(?:(?:the|a|an|its|their|our)\s+)?(?:${WORD}\s+){0,2}?(?:${GATE}|tests?)\b)(?:the|a|an|its|their|our|(?:it|them|that|this)(?=\s*(?:[.,;:!?)\n]|$)))\b`, 'iu');
// A clause that ends in a state, right before the comma: "…became mandatory", "…was optional". Not a plan ("the plan
// was to ship it") or a call ("it was decided").
const STATE_ENDS = /\b(?:became|become|becomes|is|was|are|were|got|turned)\s+(?:now\s+)?(?:\p{L}+ly\s+)?(?!(?:decided|agreed|chosen|to)\b)\p{L}+\s*$/iu;
// …but a thing done, told in the passive, with what it was done for after the comparison: "The launch was staggered,
// rather than all at once, so support could keep up" is a choice.
const DONE_ENDS = new RegExp(String.raw`\b(?:is|was|are|were|got|been)\s+(?:\p{L}+ly\s+)?(?:\p{L}+ed|${PAST_ACTS})\s*$`, 'iu');
const PURPOSE_AFTER = new RegExp(String.raw`^[^.;!?\n]{0,80}?,?\s+(?:so(?:\s+that)?\s+(?:${WORD}\s+){1,4}?(?:could|would|can|might)|(?:in order\s+|so as\s+)?to\s+(?:protect|keep|give|let|free|avoid|limit|spread|hit|meet|make|save|ease|hold|buy))\b`, 'iu');

/**
 * Whether the clause before the comma that ends right before `index` ends in a state: "…became mandatory, rather
 * than…". Not a thing done for a purpose told after it (`end` is where "rather than" ends).
 */
function stateBeforeComma(text: string, index: number, end: number): boolean {
  const clause = clauseBeforeComma(text, index);
  if (clause === undefined || (DONE_ENDS.test(clause) && PURPOSE_AFTER.test(text.slice(end, end + 200)))) return false;
  return STATE_ENDS.test(clause);
}

/** The clause before the comma that ends right before `index`; undefined if no comma is there. */
function clauseBeforeComma(text: string, index: number): string | undefined {
  const comma = /,\s*$/.exec(text.slice(Math.max(0, index - 4), index));
  if (comma === null) return undefined;
  return clauseBefore(text, index - (Math.min(index, 4) - comma.index));
}
// After a fronted "Instead of X,": a thing or others ("each crew now gets the order on a tablet", "there is now one
// queue per lot"), not the candidate's team ("the team now runs both ledgers"), and what it now does, in the present:
// "now" and a verb, a verb in -s, or a clause with no past tense in it at all ("the four people on the desk spend the
// morning on the queue"). Not with a decision of the candidate's in the sentence, nor with what they made in it ("the
// service now uses a thin adapter I built in two weeks": what they built in place of the rewrite; but not "…, and I
// calibrated it", a step of their own after the description).
const THING_NOW_DOES = new RegExp(
  String.raw`^[^,.;!?\n]{1,80},\s*(?:there\s+(?:is|are)\s+now\b|(?:the|a|an|its|their|this|that|each|every)\s+(?!(?:[\p{L}-]+\s+)?(?:team|teams|squads?)\b)(?:(?:[\p{L}-]+\s+){1,3}?(?:now\s+\p{L}+|(?!(?:is|was|has|does)\b)\p{L}+[^s\s]s)\b|(?![^.;!?\n]*?(?<![\p{L}])(?:\p{L}+ed|${PAST_ACTS}|was|were|had|did)(?![\p{L}]))))(?![^.;!?\n]{0,80}?\b(?:I|we)\s+(?:chose|decided|opted|picked|agreed|accepted|gave up|dropped|deferred)\b|[^,.;!?\n]{0,120}?(?<!\band\s+)\b(?:I|we)\s+(?:\p{L}+ed|${PAST_ACTS})\b)`,
  'u',
);

// A decision told in the passive is still one (passive-voice asks whose): "A decision was made to continue rather
// than roll back".
const DECIDED_TO = /\b(?:(?:a|the|my|our) (?:decision|call|choice) was (?:made|taken)|(?:it|this) was (?:decided|agreed)) to\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s*$/iu;
const THING_CLAUSE = /^\s*(?:the|a|an|its|their|this|that)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+(?!(?:was|were|is|are)\b)[\p{L}]+(?:s|ed)\b/iu;
const AS_IT_WAS = /\s+as\s+(?:it|they|things)\s+(?:was|is|were|are|stood|stands)\s*$/i;
const ARGUED_FOR = /\b(?:argued|argue|argues|arguing|advocated|advocating|lobbied|lobbying|campaigned|made (?:the|a|my) case|pitched)\s+(?:for|that)\b/i;
const OTHERS_CLAUSE = /^\s*(?:they|he|she)\s+(?!(?:and|or)\b)/i;
// A thing doing one thing instead of another: "it learned from click data instead of weights" (not the plan the
// candidate reshaped: "We reworked the plan: it now covers two markets instead of nine").
const IT_CLAUSE = /^\s*it\s+(?!(?:and|or)\b)(?!(?:was|is)\s+(?:my|our)\b)/i;
const RESHAPED = /\b(?:I|[Ww]e)\s+(?:[\p{L}]+\s+)?(?:reworked|rewrote|re-?scoped|cut|split|phased|changed|restructured|redesigned|re-?planned|reshaped|narrowed|trimmed|re-?ordered|re-?sequenced|staged|scaled back|shrank|simplified)\b/u;
// "In July,", "After the load test,", "To protect the date,": a phrase before the verb, not its subject.
const LEADING_PHRASE = /^\s*(?:(?:in|on|at|after|before|by|during|to|with|once|when|from|for)\b[^,]{0,40},\s*)/i;
const SO_BEFORE = /(?:^|[^\p{L}])so\s*$/iu;
const REASON_OPEN = /\b(?:because|since)\s[^,;:]*$/i;

/** Whether a sentence so far tells what was found, with no decision of the candidate's after it. */
function isFinding(sentence: string): boolean {
  const finding = FINDING.exec(sentence);
  if (finding === null) return false;
  const after = sentence.slice(finding.index + finding[0].length).replace(JOINED_PARTICIPLES, '$1 ');
  return !DECISION.test(after) && !ACTED_AFTER.test(after);
}

// Two participles joined before a noun, what was found and no act after it: "the problem was frozen and blocked delivery
// hoses rather than empty hoppers" (dev round 34). Not a verb with its object: "the index was corrupted and fixed it".
const JOINED_PARTICIPLES = /\b(\p{L}+(?:ed|en))\s+and\s+(?=\p{L}+ed\s+(?!(?:the|a|an|it|them|its|their|our|my|his|her|this|that|these|those|every|each|all|some|both|\d)\b)\p{L})/giu;

/** Where the last clause break in `text` ends, and the break itself ("" if there is none). */
const TIME_CLAUSE = /^(?:before|after|until|since|once|when|while|whilst)$/i;

function lastBreak(text: string): { end: number; word: string } {
  let end = 0;
  let word = '';
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    end = m.index + m[0].length;
    word = m[0];
  }
  return { end, word };
}

// A decision of the candidate's: "I staged…", "I went with…", "My recommendation…".
const DECIDED = String.raw`(?:chose|decided|opted|agreed|recommended|proposed|went (?:with|for)|picked|made the call|settled|took|staged|kept|held|sequenced|prioriti[sz]ed|limited|restricted|capped|backed|committed|called|phased|split|asked)`;
const DECISION = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?:I|[Ww]e)\s+(?:\p{L}+\s+)?${DECIDED}|(?:[Mm]y|[Oo]ur) (?:recommendation|decision|call|choice|proposal|plan))(?![\p{L}])`, 'u');
// …or told with no "I", in a bullet or a terse answer: "- Kept one QA checker on the cartons".
const BULLET_DECISION = new RegExp(String.raw`^\s*(?:[-*•]\s*)?${DECIDED}(?![\p{L}])`, 'iu');

/** The sentence that ends at `index` and the one before it. */
function sentencesBefore(text: string, index: number): { current: string; previous: string } {
  const before = text.slice(Math.max(0, index - 400), index);
  const breaks = [...before.matchAll(SENTENCE_BREAK)].map((m) => m.index + 1);
  const start = breaks.at(-1) ?? 0;
  // The one before is the last with words in it: "It was my call.\n- Price: …" (a full stop, then a line break).
  let prevStart = breaks.at(-2) ?? 0;
  for (let i = breaks.length - 2; i >= 0 && before.slice(breaks[i]!, start).trim() === ''; i--) prevStart = breaks[i - 1] ?? 0;
  return { current: before.slice(start), previous: breaks.length > 0 ? before.slice(prevStart, start) : '' };
}

// A sentence the candidate opens, after a leading phrase or a bullet: "I insisted on…", "- Held the release…".
const CANDIDATE_OPENS = /^\s*(?:[-*•]\s*)?(?:(?:in|on|at|after|before|by|during|to|with|once|when|from|for)\b[^,]{0,40},\s*)?I\s/;

/** Whether the sentence before `index` opens with the candidate as its subject. */
function sentenceOfCandidate(text: string, index: number): boolean {
  return CANDIDATE_OPENS.test(sentencesBefore(text, index).current);
}

/** Whether the sentence before `index` holds a decision of the candidate's. */
function decisionInSentence(text: string, index: number): boolean {
  return DECISION.test(sentencesBefore(text, index).current);
}

/** Whether a cost at `index` follows a decision of the candidate's, in its sentence or the one before. */
function afterDecision(text: string, index: number): boolean {
  const { current, previous } = sentencesBefore(text, index);
  return DECISION.test(current) || DECISION.test(previous);
}

// What the sentence owns as the mistake: "Leaving that volume case out of the rehearsals was my mistake".
const OWNED_AS_MISTAKE = /\b(?:was|were)\s+(?:my|our|a|an|the)\s+(?:(?:big|biggest|real|main|first|costly|basic)\s+)?(?:mistake|error|oversight|miss|blunder|misstep)\b/i;

// A call of the candidate's that can carry a cost: a bar or a date set, an option recommended, proposed or chosen.
// Not "I asked why", "I decided to investigate", "I set expectations", "We agreed on the plan".
const CALL = /(?:^|[^\p{L}])I\s+(?:[^.;!?]{0,80}?\b(?:and|then)\s+)?(?:\p{L}+ly\s+)?(?:set (?:the|a|an|our|my) (?:[\p{L}-]+\s+){0,2}?(?:bar|target|threshold|limit|cap|date|deadline|scope|budget|cut-?off)|recommended|proposed|chose|picked|opted|went (?:with|for)|decided (?:on|against)|made the call)(?![\p{L}])/u;
const HEARSAY_OR_CONDITION = /^\s*(?:[-*•]\s*)?(?:otherwise|without|if|unless|they|he|she)\b|\b(?:said|says|told (?:me|us)|warned|estimated|claimed|quoted)\b/i;

/** Whether a cost at `index` follows a call of the candidate's and is not someone's report or a condition. */
function afterCall(text: string, index: number): boolean {
  const { current, previous } = sentencesBefore(text, index);
  const sentence = current + (text.slice(index, index + 300).split(/[.!?]\s/)[0] ?? '');
  return (CALL.test(current) || CALL.test(previous)) && !HEARSAY_OR_CONDITION.test(sentence);
}

const COURSE_OPENS = new RegExp(String.raw`^${COURSE}`, 'i');
// Where a course can open its sentence: after a bullet, "But", "In the end," or a short leading phrase, or a colon.
const OPENS_CLAUSE = /^\s*(?:[-*•]\s*)?(?:(?:but|and|still|yes|sure|admittedly|granted|overall|in the end|all told|in total)\b,?\s*|(?:in|on|at|after|by|during|from|for|with)\b[^,]{0,40},\s*)?$|[:—–]\s*$/i;
// Keeping something up as a burden, not a course kept: "keeping up with the tickets", "keeping pace", "keeping track of",
// "keeping on top of"; running out of or into something.
const BURDEN_KEPT = /^\s*(?:up\b|pace\b|track\b|tabs\b|on top\b|an eye\b|in touch\b|out of\b|into\b|late\b|behind\b|low\b|hot\b)/i;
// Kept on for longer or twice over: "an extra month", "for six weeks", "until January", "in parallel", "both".
const KEPT_LONGER = new RegExp(String.raw`\b(?:(?:${COUNT}|a few)\s+)?(?:extra|more|additional|further)\s+${SHORT_SPAN}\b|\b(?:another|one more)\s+${SHORT_SPAN}\b|\bfor\s+(?:${COUNT}|a few|several)\s+(?:more\s+|extra\s+)?${SHORT_SPAN}\b|\blonger\b|\b(?:until|till|through|past|over|into)\s+(?:${LATER}|${AFTER_EVENT}|peak|the new year|next year|christmas)\b|\bby\s+${COUNT}\s+${SHORT_SPAN}\b|\bin parallel\b|\bside by side\b|\balongside\b|\bboth\b|\bon standby\b|\bas (?:a|the) (?:fallback|backup|safety net)\b`, 'i');
// Put off to a later time: "for January", "until after peak", "two weeks", "back" (not "pushing back on the vendor").
const PUT_LATER = new RegExp(String.raw`\b(?:until|till|to|for|into|past|by)\s+(?:${LATER}|${AFTER_EVENT}|next year|the new year|${COUNT}\s+(?:more\s+|extra\s+)?${SHORT_SPAN})\b|\b${COUNT}\s+(?:more\s+|extra\s+)?${SHORT_SPAN}\b|\bback\b(?!\s+(?:on|against|at)\b)`, 'i');
// What is held as a choice: a date, a line, a zone, scope; not a meeting or an event held ("Holding a daily stand-up
// cost…"), nor a burden ("Holding the team together cost me a lot of sleep"). "Holding back" and "holding off" put
// something off, as "delaying" does.
const HELD_EVENT = /^\s*(?:(?:a|an|the|our|my|two|three|weekly|daily|regular)\s+)?(?:[\p{L}-]+\s+)?(?:meetings?|syncs?|stand-?ups?|sessions?|workshops?|calls?|retros?|retrospectives?|interviews?|office hours|briefings?|demos?|events?|town ?halls?|all-hands|offsites?|hands|breath)\b|\btogether\b|\bthe (?:fort|bag|baby)\b/iu;
const HELD_BACK = /^\s*(?:back|off)\b/i;
// A wait told as a regret, not a course chosen: "Waiting until March to escalate", "waiting too long"; and an option's
// price before anyone chose it: "Keeping the old cluster an extra month would cost $18K".
const WAITED_TOO_LONG = /\btoo\b|\b(?:would|could|might|will)\b|['’](?:d|ll)\b|(?<![Uu]ntil |[Tt]ill |[Ii]nto |[Tt]o |[Ff]or |[Pp]ast |[Tt]hrough |[Oo]ver |[Bb]y )\bmay\b|\bto\s+(?:escalate|raise|flag|tell|ask|involve|act|report|call|speak|say|admit|check|investigate|respond|react|fix|decide|make the call|pull the plug)\b/i;
// What a course cost that is no cost, or a cost per year (a standing cost, as a situation tells it). "Less" with its
// amount is a saving too: "cost 40% less than the old one", "cost us about $20K less".
const COST_NONE = /^\s+(?:(?:us|me|them|the (?:team|company|business|programme|program|project))\s+)?(?:nothing|little|(?:(?:far|much|a lot|half|a (?:third|quarter|fraction)|(?:(?:about|around|roughly|nearly|almost|some|over)\s+)?[£$€¥₹]?\d[\d.,]*\s*(?:%|percent|per cent|[kKmM]\b)?)\s*)?less\b|no\b|none|next to nothing|almost nothing|a fraction|savings?)|^[^.;!?\n]{0,40}?\b(?:(?:a|per|each|every) (?:year|annum)|annually|yearly)\b/i;
// What a course meant that is a cost: "meant another $18K", "meant double the on-call", "meant paying for two clusters",
// "meant the planners typed the same orders twice".
const MEANT_COST = new RegExp(String.raw`^\s+(?:(?:${BORNE})|(?:another|an? (?:extra|additional|second|further)|extra|additional|double|twice|paying|spending|losing|giving up|carrying|running two|two (?:bills|invoices|systems|clusters|stacks|teams))\b|[£$€¥₹]|\d|[^.;!?\n]{0,60}?\b(?:twice|by hand|in two places|had to|have to)\b)`, 'iu');

// A course that was a state of old, not one taken: "had cost" (before the story), "for the past six months".
const OLD_STATE = /\bhad\s*$|\b(?:for|over|in|during)\s+the\s+(?:past|last|previous)\b/i;
// A wait on someone or something else, not for a later time: "Waiting for the vendor's fix", "waiting on approval".
const WAITED_ON = new RegExp(String.raw`^\s+(?:for|on)\s+(?!(?:${LATER}|${LATER_WINDOW}|${AFTER_EVENT}|peak|next year|the new year|${COUNT}\s+(?:more\s+|extra\s+)?${SHORT_SPAN})\b)`, 'i');
// What a course is done to, after its verb: "the old cluster" (…an extra month), "both systems" (…in parallel).
const COURSE_OBJECT = /^\s+((?:the|our|both|all|my|this|that|these|those)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?[\p{L}\p{N}-]{3,})(?=\s+(?:an?|one|two|three|another|for|until|till|to|into|by|in|on|through|past|over|as|alongside|side|longer|extra|more|cost|costs|meant|means)\b|\s*$)/iu;
// Someone picking from the options: "The director picked January", "Finance signed off on it".
const PICKED = /\b(?:picked|chose|opted for|went (?:with|for)|approved|signed off|agreed|decided|settled on)\b/i;
// The candidate's own options: "I wrote a one-pager with two options".
const OWN_OPTIONS = /(?:^|[^\p{L}])(?:I|we|my|our)(?![\p{L}])|\boptions?\b/iu;

/**
 * Whether the story set the course out before, in the candidate's words, and a choice was made there or in the next
 * sentence: "I wrote a one-pager with two options: …, keeping the old cluster one extra month. The director picked
 * January." then "Keeping the old cluster an extra month cost about $18K".
 */
function chosenInStory(told: string, middle: string, story: string): boolean {
  const object = COURSE_OBJECT.exec(middle)?.[1]?.toLowerCase();
  if (object === undefined) return false;
  const sentences = story.split(SENTENCE_BREAK);
  return sentences.some((sentence, i) => {
    if (!sentence.toLowerCase().includes(object) || sentence.includes(told) || !OWN_OPTIONS.test(sentence)) return false;
    const next = sentences[i + 1] ?? '';
    return [sentence, next.includes(told) ? '' : next].some((s) => PICKED.test(s) || DECISION.test(s) || CALL.test(s));
  });
}

/**
 * Whether a course at `index` is what the sentence says cost something (a thirty-second user's trial): the sentence opens with it, and it
 * is one kept on longer or twice over, a date or line held, or something put off to a later time, not a burden kept up
 * with; and what it cost is something, not nothing, or (after "meant") a cost, unless the course put something off,
 * which is the cost itself ("Waiting for January meant…"). The course is the candidate's (a review): their call in the
 * sentence or the one before, or a course their story set out and chose; not one told in the situation, a state of old
 * or a wait on someone else ("Waiting for the vendor's fix for two weeks cost us $50K").
 */
function courseCost(text: string, index: number, end: number, reading?: Reading): boolean {
  const { current, previous } = sentencesBefore(text, index);
  if (reading?.situation || !OPENS_CLAUSE.test(current) || lateByOthers(previous)) return false;
  const told = text.slice(index, end);
  const verb = /\s(\S+)$/.exec(told)?.[1]?.toLowerCase() ?? '';
  const gerund = COURSE_OPENS.exec(told)?.[0].toLowerCase() ?? '';
  const middle = told.slice(gerund.length, told.length - verb.length);
  const after = text.slice(end, end + 80);
  const meant = verb.startsWith('mean');
  if ((!meant && COST_NONE.test(after)) || WAITED_TOO_LONG.test(middle) || OLD_STATE.test(middle)) return false;
  if (gerund === 'waiting' && WAITED_ON.test(middle)) return false;
  if (!afterDecision(text, index) && !afterCall(text, index) && !chosenInStory(told, middle, reading?.story ?? text)) return false;
  if (/^(?:keeping|running|staying|maintaining|extending|paying for)$/.test(gerund)) {
    return !BURDEN_KEPT.test(middle) && KEPT_LONGER.test(middle) && (!meant || MEANT_COST.test(after));
  }
  if (gerund === 'holding' && !HELD_BACK.test(middle)) return !HELD_EVENT.test(middle) && (!meant || MEANT_COST.test(after));
  // Put off: "delaying", "postponing", "deferring" and "holding back" say so themselves; the rest need the later time.
  return /^(?:delaying|postponing|deferring|holding)$/.test(gerund) || PUT_LATER.test(middle);
}

const COURSE_COST_AT = new RegExp(COURSE_COST.source, 'iy');

/** Whether a course at `index` opens its sentence as what cost something: "Delaying it for two more quarters cost…". */
function costingCourse(text: string, index: number): boolean {
  COURSE_COST_AT.lastIndex = index;
  return COURSE_COST_AT.test(text) && OPENS_CLAUSE.test(sentencesBefore(text, index).current);
}

/**
 * Whether a delay at `index` opens its sentence as what cost something right after someone else's lateness
 * (lateByOthers): "Our previous TPM kept delaying the migration. Delaying it for two more quarters cost the company $3M."
 * The candidate's own "Delaying the launch by two weeks cost us the Black Friday promotion" is a cost accepted.
 */
function othersDelayCosting(text: string, index: number): boolean {
  return costingCourse(text, index) && lateByOthers(sentencesBefore(text, index).previous);
}

/** Whether "the delay", "the extra month" at `index` opens its sentence, beside a decision of the candidate's, and cost something. */
function courseNounCost(text: string, index: number, end: number): boolean {
  const { current, previous } = sentencesBefore(text, index);
  if (!OPENS_CLAUSE.test(current) || lateByOthers(previous)) return false;
  if (!afterDecision(text, index) && !afterCall(text, index)) return false;
  const after = text.slice(end, end + 80);
  return /mean/i.test(text.slice(index, end)) ? MEANT_COST.test(after) : !COST_NONE.test(after);
}

/** Whether a cost taken into the candidate's own budget is theirs and, told as "it", a charge. */
function ownBudgetCost(text: string, index: number, end: number): boolean {
  if (!byCandidate(text, index)) return false;
  const pronoun = OWN_BUDGET_COST_AT.exec(text.slice(index, end))?.[1];
  if (pronoun === undefined) return true;
  const { current, previous } = sentencesBefore(text, index);
  return CHARGE_TOLD.test(current) || CHARGE_TOLD.test(previous);
}

// "None of it came out of contingency": nothing spent.
const NOTHING_BEFORE = /\b(?:none|nothing|not|never|no)\b[^.;!?]{0,40}$/i;

/** Whether money at `index` was spent on the candidate's watch, not denied: "I made sure none of it came out of contingency". */
function spentByCandidate(text: string, index: number): boolean {
  return candidateNearby(text, index) && !NOTHING_BEFORE.test(sentencesBefore(text, index).current);
}

// What was left out without knowing it, told after it: ", which I had never asked about", "by mistake", "without checking".
const UNKNOWING = /^[^.;!?\n]{0,100}?(?:\b(?:I|we)\s+(?:had\s+)?(?:never|not|didn['’]t|did not|hadn['’]t|had not)\s+(?:even\s+)?(?:asked|known|knew|know|checked|thought|considered|heard|noticed|realised|realized|seen|planned)|\bby (?:mistake|oversight|accident)|\bwithout (?:realising|realizing|knowing|noticing|checking|asking))\b/i;

// The candidate telling someone: 'I told them: "…"', "I explained to Sales that…".
const TOLD = /(?:^|[^\p{L}])(?:I|[Ww]e)\s+(?:told|said|wrote|replied|answered|explained|promised|agreed)(?![\p{L}])/u;

/** Whether the words at `index` are the candidate's own, or what they told someone in the sentence. */
function toldByCandidate(text: string, index: number): boolean {
  return byCandidate(text, index) || TOLD.test(sentencesBefore(text, index).current);
}

// Other work put first by the candidate, a verb of doing the work with its object: "- Built the night slots first",
// "I did Brownsville first", "We moved the payroll sites first". (Not the candidate's own doings that put no work
// ahead: "I met the store managers first", "I joined the company first in January".)
const OWN_FIRST = /^\s*(?:[-*•]\s*)?(?:(?:I|[Ww]e)\s+(?:\p{L}+ly\s+|also\s+|then\s+)?)?(?:built|rebuilt|did|shipped|migrated|moved|rolled\s+out|launched|fixed|delivered|converted|upgraded|refurbished|refitted|retrofitted|replaced|switched|cut\s+over|put|took|started|released|deployed|installed|staffed|scheduled|prioriti[sz]ed|sequenced|ran|tackled|handled|finished|completed|wired|made|wrote|opened|onboarded|piloted|trialled|trialed|funded|tested|automated|integrated|cleared|routed|repaired|patched|ported|transferred|pushed)\s+(?!(?:first|to|into|on|in|at|with|for|out)\b)\p{L}[^.;!?]*?\bfirst\b/iu;
// A cause of the wait told after it that is not the candidate's: "…waited until May because of the vendor's freeze",
// "…due to the audit". (The candidate's own still counts: "…because we needed both crews on the night slots".)
const WAIT_CAUSED = /^[^.;!?]{0,80}?\b(?:because|due to|owing to|on account of|thanks to|pending|as a result of)\b(?![^.;!?]*\b(?:I|we|me|us|my|our)\b)/i;

/** Whether the sentence before `index` puts other work first, the candidate's doing, and the wait after `end` has no other cause. */
function afterOwnFirst(text: string, index: number, end: number): boolean {
  const { previous } = sentencesBefore(text, index);
  return OWN_FIRST.test(previous) && (FIRST_PERSON.test(previous) || OPENS_WITH_VERB.test(previous)) && !WAIT_CAUSED.test(text.slice(end, end + 160));
}

// A yes-or-no question before the answer: "He asked if customers had noticed. I told him no."
const YES_NO_QUESTION = /\basked\b[^.;!?]{0,40}?\b(?:if|whether)\b|\?/i;

/** Whether "told him no" turns down a request, not answers a question. */
function refusedRequest(text: string, index: number): boolean {
  const { current, previous } = sentencesBefore(text, index);
  return byCandidate(text, index) && !YES_NO_QUESTION.test(previous + current);
}

// "I sat out…", "we'd take a back seat": the candidate, not the work, as subject.
const ENDS_FIRST_PERSON = /(?:^|[^\p{L}])(?:I|[Ww]e)(?:['’]d|\s+\p{L}+)?\s*$/u;

// Who waits and is no piece of work: people, a team, a group ("the night shift", "the CFO's office"), a name ("Priya
// waited until Q2"), the candidate.
const WAITER = new RegExp(String.raw`(?:^|[^\p{L}])(?:I|we|you|he|she|they|everyone|everybody|nobody|someone|${STAFF}|${GROUP}|customers?|users?|clients?|patients?|drivers?|couriers?|riders?|passengers?|members?|sellers?|merchants?|buyers?|vendors?|suppliers?|partners?|sales|finance|legal|marketing|support|ops|operations|leadership|management|\p{Lu}\p{Ll}+)\s*$`, 'u');

/** Whether the sentence up to `index` is the candidate's, and no setback of theirs ("I was out sick, so…"). */
function candidateSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 200), index);
  const sentence = before.slice(before.search(/[^.!?;\n]*$/));
  return FIRST_PERSON.test(sentence) && !NOT_A_CHOICE_BEFORE.test(sentence);
}

// Goods that sit somewhere are no work given way: "The spare parts sat until Q3 at the port".
const GOODS = /(?:^|[^\p{L}])(?:parts|spares|shipments?|consignments?|stock|inventory|pallets?|containers?|goods|cargo|freight|deliver(?:y|ies)|orders?|trucks?|lorries|units|devices|equipment|hardware|kit|boxes|crates?|samples?|materials?|supplies|servers|machines?)\s*$/iu;
// Work held by someone else's hand after it waited is a delay borne, not given way: "…sat until Q3 because customs held
// them", "…waited until Q2 as legal blocked it".
const HELD_BY_OTHERS = /^[^.;!?]{0,80}?\b(?:because|as|since|while|when|after)\s+(?!I\b|we\b)(?:[\p{L}'’-]+\s+){1,3}?(?:held|blocked|stopped|impounded|seized|froze|delayed|embargoed|quarantined|withheld|lost)\b/iu;

/** Whether what waited at `index` is a piece of work, not someone: "The admin console waited for the next quarter". */
function workWaited(text: string, index: number, end: number): boolean {
  const head = clauseBefore(text, index).trimEnd();
  return head !== '' && !WAITER.test(head) && !FIRST_PERSON.test(head) && !GOODS.test(head) && !HELD_BY_OTHERS.test(text.slice(end, end + 160));
}

// A sentence that opens with a thing, the object of a verb later in it: "The tyre-pressure module, that the maintenance
// planners wanted first, I left for November".
const OPENS_WITH_THING = /^(?:the|our|its|their|this|that|these|those|all|both|any)\s+\p{L}/iu;
// Words that make what comes before the "I" no noun phrase: a time, a place, a link to what came before, a pronoun.
const NOT_FRONTED = String.raw`(?:then|so|and|but|or|yet|after|before|when|once|while|since|until|till|because|if|as|in|on|at|by|for|from|with|during|to|of|later|finally|next|first|also|still|now|today|tonight|yesterday|tomorrow|afterwards|eventually|meanwhile|instead|there|here|soon|again|only|even|just|already|thus|therefore|hence|otherwise|last|this|that|it|he|she|they|you|what|which|who|where|how|why|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|days?|weeks?|weekends?|months?|years?|times?|twice|ago)`;
// …or a bare noun phrase, with no article, right before the "I" (dev round 40: "- Corporate weekday rates I left for phase
// 2", "Quarterly reports I left for phase 2"). Not a time or a link: "Then I left for…", "Last week I left for…", an
// adverb alone, "Eventually I left for…".
const BARE_FRONTED = new RegExp(String.raw`^(?!\p{L}+ly\s*$)(?!${NOT_FRONTED}\b)\p{L}[\p{L}\p{N}'’-]*(?:\s+(?!${NOT_FRONTED}\b)[\p{L}\p{N}'’-]+){0,4}\s*$`, 'iu');

/** Whether the sentence before `index` opens with a thing and has no "I" or "we" before the candidate's verb. */
function objectFronted(text: string, index: number): boolean {
  const sentence = sentencesBefore(text, index).current.replace(LEADING_BULLET, '').trimStart();
  return (OPENS_WITH_THING.test(sentence) || BARE_FRONTED.test(sentence)) && !FIRST_PERSON.test(sentence);
}

/** Whether what gave way is work, not the candidate: "video would sit behind photos", not "I sat out the call". */
function notFirstPersonSubject(text: string, index: number): boolean {
  return !ENDS_FIRST_PERSON.test(clauseBefore(text, index));
}

/**
 * Whether "would have been faster" speaks of an option the candidate did not take: the clause is about an
 * option, not the candidate ("I would have been quicker…"), and the candidate acts next ("…; I staged it").
 */
function optionNotTaken(text: string, index: number, end: number): boolean {
  if (FIRST_PERSON.test(clauseBefore(text, index))) return false;
  // "Looking back, a phased launch would have been safer": a regret, not an option weighed at the time.
  if (!notHindsight(text, index)) return false;
  const after = text.slice(end, end + 200);
  const stop = after.search(/[.!?\n]/);
  const rest = stop < 0 ? after : after.slice(0, stop + 1);
  const next = stop < 0 ? '' : after.slice(stop + 1).split(/[.!?\n]/)[0] ?? '';
  return /(?:^|[^\p{L}])(?:but|instead|I|[Ww]e)(?![\p{L}])/u.test(rest) || FIRST_PERSON.test(next);
}

/** Whether the sentence at `index` is not told in hindsight ("Looking back, …"). */
function notHindsight(text: string, index: number): boolean {
  return !HINDSIGHT.test(sentencesBefore(text, index).current);
}

/** Whether the candidate acts in the sentence at `index` or the one before: "…for £210,000. It was money the programme had not planned to spend". */
function candidateNearby(text: string, index: number): boolean {
  const { current, previous } = sentencesBefore(text, index);
  const rest = text.slice(index, index + 200).split(/[.!?]\s/)[0] ?? '';
  return FIRST_PERSON.test(current) || FIRST_PERSON.test(previous) || FIRST_PERSON.test(rest);
}

const HINDSIGHT = /\b(?:looking back|in hindsight|with hindsight|in retrospect|on reflection|with the benefit of hindsight)\b/i;

const ACTION_FIRST = ['action', ...SPOKEN_FIELDS.filter((field) => field !== 'action')] as const;


// no-tradeoff and the readiness score both ask this of each story lint reads; work it out once.
const stated = new WeakMap<StoryData, boolean>();

/** Whether a story states a trade-off: in `tradeoff:`, or in words anywhere it is told. */
export function statesTradeoff(story: StoryData): boolean {
  let found = stated.get(story);
  if (found === undefined) stated.set(story, (found = computeStatesTradeoff(story)));
  return found;
}

function computeStatesTradeoff(story: StoryData): boolean {
  if (textOf(story, 'tradeoff').trim() !== '') return true;
  // Stop at the first mention, looking first where trade-offs are mostly told: lint asks this of every story,
  // in a commit hook.
  let told: string | undefined;
  const reading = (field: string): Reading => ({
    situation: field === 'situation',
    get story() {
      return (told ??= withoutClockDots(AFTER_SITUATION.map((f) => textOf(story, f)).join('\n\n')));
    },
  });
  return (
    ACTION_FIRST.some((field) => {
      // Once a field, not once a pattern: the patterns all read the same text.
      const text = withoutClockDots(textOf(story, field));
      const read = reading(field);
      const lower = loweredOnce(text);
      return PATTERNS().some((_, i) => firstMention(text, i, lower, read) !== undefined);
    }) ||
    // The situation is context: a trade-off there is usually someone else's.
    AFTER_SITUATION.some((field) => anySentence(tradeoffModel, textOf(story, field), tradeoffModelMayJudge))
  );
}

// A diagnosis: "the problem was not the number of doors but that the shift leader assigned them on paper".
const DIAGNOSIS = /\bthe (?:real |main |actual |root )?(?:problem|issue|cause|bottleneck|constraint|blocker) (?:was|were|is|turned out)\b/i;
const SET_ASIDE = /\binstead of\b|\brather than\b|\bin (?:place|lieu) of\b/gi;
// "…moved to mid-May, not our decision", "so we went with the review board's recommendation".
const NOT_THE_CANDIDATES = /\bnot (?:our|my) (?:decision|call|choice)\b|\b(?:imposed|forced) on (?:us|me)\b|\bwent with (?!(?:my|our)\b)(?:[\p{L}'’-]+ ){0,5}?recommendation\b/iu;

// A place left for somewhere else: "we left the office for the next meeting", "left the hotel for the airport".
const DEPARTURE = /\b(?:left|leave|leaves|leaving)\s+(?:the|our|my|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:office|building|room|site|hotel|house|home|floor|premises|plant|factory|warehouse|lab|campus|station|airport|venue|war room|city|town)\s+(?:(?:early|late|together|at\s+\S+)\s+)?for\b/iu;

/**
 * Whether the trade-off model may judge a sentence. It learned that "rather than" and "instead of" go with
 * trade-offs, so it is not asked about one the patterns read as a comparison or a finding ("the wait was a
 * routing problem rather than a staffing one"), nor about a call the sentence says was someone else's, nor
 * about someone else's work arriving late ("Zeiss came three weeks later than planned, so … on paper instead"),
 * nor about a place left for another ("we left the office for the next meeting": it reads "left X for Y" as work
 * left for later).
 */
export function tradeoffModelMayJudge(told: string): boolean {
  const sentence = withoutClockDots(told);
  if (NOT_THE_CANDIDATES.test(sentence) || DIAGNOSIS.test(sentence) || isFinding(sentence) || lateByOthers(sentence) || DEPARTURE.test(sentence)) return false;
  for (const m of sentence.matchAll(SET_ASIDE)) if (!isChoice(sentence, m.index, m.index + m[0].length)) return false;
  return true;
}
