/**
 * Whether a story is about a failure or a mistake: by a tag such as `failure`, or by its words, from "I
 * made a mistake" to plainer setbacks ("the experiment went badly", "the hiring round did not work
 * out", "I dropped the ball") and families of them: the work undone ("the pilot was cancelled", "had to be
 * reverted"), people lost ("I lost the room"), what the candidate did not do ("I didn't test the older
 * locks", "I should have"). An `incident` tag says what a story is about, not that the candidate failed,
 * and a bare "rolled back" (an incident commander rolling back someone else's change) is not taken for a
 * failure; "had to roll back" and "had to be reverted" still are, whoever's change it was, and so is a launch rolled
 * back or shipped too early ("we rolled back the launch", "I shipped it too early"). Money the candidate's side lost, in
 * the action or the result, is one ("We lost 420,000 dollars"), not a loss cut, avoided or the problem's running rate
 * (see moneyLostAt), and so is what a mishap of theirs cost ("the bug cost us two enterprise renewals"), not a cost
 * only supposed or a price (see costLostAt); and so is their own work not done in time with damage after it ("I could not
 * get the retraining done in time … 12 dark stores ran out of stock"), not someone else's lateness (see
 * lateWorkDamaged). A title in the candidate's own first-person failure words ("The migration I
 * got wrong") makes one too, where the body's words find none (see TITLE_FAILURE). In the situation only sentences that
 * speak of the candidate count: a predecessor's failed attempt is context; and anywhere, what the candidate saw of a
 * problem is the problem ("I logged where the app failed", "counted 57 visitors who took the wrong lift": see OBSERVED).
 * Where the words find nothing, the trained failure model (src/text/classify.ts) reads the action's and the result's
 * sentences, but not a trade-off or a failover (see `failureModelMayJudge`).
 */
import { SPOKEN_FIELDS, spokenText, textOf, type SpokenField, type StoryData } from '../bank/schema.js';
import { fires } from './classify.js';
import { creditsOthers } from './credit.js';
import failureModel from './models/failure.js';
import { findMetrics, type Metric } from './numbers.js';
import { OWNS_MISTAKE_SOURCE } from './owned-mistake.js';
import { ROLE } from './partners.js';
import { sentenceRanges } from './sentences.js';
import { findTradeoffs } from './tradeoffs.js';
import { lateByOthers } from './voice.js';

const FAILURE_TAGS = /^(?:failures?|failed|mistakes?|setbacks?)$/i;
// "We failed over to the second region", "failed over the primary", "failed back.", "we failed the map over
// to the secondary region", "failed over bidding to us-west-2": a failover, not a failure.
const FAILED_OVER = String.raw`(?!\s+(?:(?!to\b)[\w-]+\s+){0,3}?(?:over|back)\s+(?:(?!(?:to|the|a|an|in|on|at|during|for|by|this|that|last|next)\b)[\w-]+\s+){0,2}?(?:to|from|into|onto)\b)(?!\s+(?:over|back)(?:\s+(?:to|from|into|onto)\b|\s+(?:the\s+|our\s+|its\s+)?(?:database|db|cluster|primary|replica|region|traffic|service|site|node|instance|workload)s?\b|\s*(?:[,.;:!?)]|$)|(?<=\bover)\s+(?:in|within|inside|under)\s+(?:(?:about|around|under|less than|just)\s+)?(?:[\d.,]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:seconds?|secs?|minutes?|mins?|ms|milliseconds?)\b))`;
// A check held that the work did not pass, the candidate's gate working: "I held back the launch because it failed the
// checklist", where the sentence holds the work back. (Not "I pushed the release and it failed the smoke tests in
// production", nor "the migration failed the audit": OWNED_WORK failing is told below.)
const HELD_BACK = String.raw`\b(?:(?:held|kept|holding|keeping|pulled)\b[^.!?\n]{0,40}?\bback|delayed|blocked|stopped|paused|postponed|refused|rejected|no-go|did(?: not|n['’]t) (?:ship|release|launch|go live))\b`;
const GATE_FAILED = String.raw`(?!\s+(?:the|our|my|a|an|its|every)\s+(?:[\w/-]+\s+){0,2}?(?:checklists?|gates?|checks?|tests?|test runs?|reviews?|criteria|bar|thresholds?|sign-?offs?|exit criteria)\b(?<=${HELD_BACK}[^.!?\n]{0,200}))`;
const FAILURE_WORDS = new RegExp(
  String.raw`\b(?:i (?:failed${FAILED_OVER}|missed|underestimated|overlooked|misjudged|got (?:it|this) wrong|was wrong|made a mistake|caused)|my (?:mistake|error|fault|miss|(?:call|decision|choice|bet|pick|recommendation|judge?ment) (?:was|turned out|proved) (?:to be )?(?:wrong|a mistake|the wrong one|mistaken))|(?:the|my|our) (?:launch|migration|rollout|cutover|project|program|release) failed|(?<!\b(?:nothing|little|not much|nothing much|nothing else|nothing major|nothing big)\s)(?<!\bto (?:see|find out|understand|learn|work out|figure out) (?:where|what|how|why)(?: it| things| exactly)?\s)(?<!\b(?:told|tell|telling|explained|explain|explaining|shared|share|sharing|showed|show|showing|walked [\w'’]+ through) (?:[\w'’.]+ ){0,3}?(?:exactly |precisely |honestly |openly |plainly )?what )went wrong|we failed${FAILED_OVER}|it failed${FAILED_OVER}${GATE_FAILED})\b`,
  'i',
);
// The candidate's own work, which can be stopped, cancelled or reverted.
const OWNED_WORK = String.raw`(?:pilot|launch|project|programme|program|rollout|roll-out|release|trial|migration|initiative|cut-?over|go-live|experiment|beta|product|app|redesign|rewrite|integration|upgrade|bid|deal|tender|proposal)`;
// Setbacks in plainer words. (An overrun denied is none: "no locomotive overran its service interval", "not one of our
// units overran".)
const SETBACK = new RegExp(
  String.raw`\b(?:went (?:badly|poorly)|(?<!\b(?:vendor|supplier|client|customer|their|his|her|its|partner|contractor)['’]s [^.;!?]{0,40})(?:was|were)(?: not|n['’]t) (?:a )?success(?:ful)?\b|(?<!\b(?:vendor|supplier|client|customer|their|his|her|its|partner|contractor)['’]s [^.;!?]{0,40})(?:was|were) (?:no success|unsuccessful)|did(?: not|n['’]t) (?:work(?: out)?|go (?:well|as planned)|pay off)|fell short|backfired|was a (?:mistake|failure|flop|disaster|fiasco|misstep)|were a (?:mistake|failure)|(?<!\b(?:thought|believed|felt|argued|said|warned|was sure|was convinced|told (?:him|her|them|[A-Z][a-z]+))\s+(?:that\s+)?(?:it|this|that|(?:the|his|her|their) [\w-]+(?: [\w-]+)?)\s+)was the wrong (?:call|decision|choice|bet)|I missed|we missed|missed (?:the|our|my) (?:original )?(?:deadline|date|target|goal|commitment)|had to (?:stop\s+(?:it\b|(?:the|a|an|our|my|its|their|this|that|all)\s+(?:[\w-]+\s+){0,2}?(?:${OWNED_WORK}|deploy(?:ment)?|work|test|sale|build|feature|sync|feed|job|import|export|canary)s?\b(?!\s+(?:growing|rising|spreading|getting worse)\b)|(?:shipping|deploying|releasing|selling|production)\b)|roll back|roll it back|pull|abandon|cancel|revert|reverse|unwind|scrap|shelve|write off)|lost (?:their |the |its )?(?:confidence|trust)|later than (?:I|we) (?:had )?(?:promised|committed|said|told)|(?<!\b(?:vendor|supplier|client|their|his|her)['’]s [^.;!?]{0,40})\b(?:went live|shipped|launched|landed|closed|completed|finished|delivered|came in|cut over|(?:was|were) (?:published|released|rolled out))\b[^.;!?]{0,40}?\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|(?:twenty|thirty|forty)-(?:one|two|three|four|five|six|seven|eight|nine)|thirty|forty|\d+)(?: and a half)? (?:days?|weeks?|months?) (?:after|past) (?:the |my |our )?(?:deadline|due date|target date|date (?:I|we) (?:had )?(?:promised|committed|gave)|(?:original|committed|promised|planned|agreed) (?:date|deadline)|first day of (?:school|term|classes))|I (?:was wrong|got it wrong|made the wrong call)|my (?:mistake|fault|error)|(?:went|ran|came in|was|were) (?:\$?[\d.,]+[kKmM]? |\d+% )?over (?:the |our )?budget|(?<!\b(?:no|zero|never|(?:not one|not a single|none) of (?:the|our|its|their)|not one|not a single)\s(?:[\w-]+\s){0,2})(?:overran|overspent)|(?<!\b(?:avoid(?:ed|ing)?|prevent(?:ed|ing)?|without|risk(?:ed|ing)?|stop(?:ped|ping)?|caught|flagged|spotted|forecast|projected|predicted|found|reported|warned (?:of|about))\s)(?:the|an?|our|my) (?:[$£€¥₹]?[\d.,]+[kKmM]? )?overspend\b(?! of\b)|blew (?:through )?(?:the|our) budget|exceeded (?:the|our) budget)\b`,
  'i',
);
// Owning a mistake in everyday words: "I dropped the ball", "That was on me", "my biggest mistake", "the
// pilot flopped". ("It was on me to decide" is a responsibility, not a mistake.) The owning out loud that the repair of
// a mistake starts from (src/text/owned-mistake.ts) is one of them: "I admitted the mistake", "the miss was mine".
const OWNED_MISTAKE = new RegExp(
  `${OWNS_MISTAKE_SOURCE}|` +
  String.raw`\b(?:dropped the ball|(?:messed|screwed|slipped) up|I (?:blew|botched|fumbled|forgot|misread|overpromised|over-promised|overcommitted|over-committed)|I let (?:it|this|that|things|the [\p{L}-]+) (?:slip|drift)(?![^.!?;\n]{0,40}?\b(?:to (?:the |a )?(?:next|second|third|later|following|subsequent) (?:release|version|phase|sprint|quarter|wave|drop|iteration)\b|so (?:that )?(?:the|we|I)\b|in order to\b|to (?:protect|keep|hold|make room for)\b))|I was too (?:slow|late|optimistic)|(?:that|this|it) (?:was|one was|one['’]s|is) (?:all |entirely )?on me(?!\s+to\b)|my (?:biggest|big|own|first|real|main) (?:mistake|error|failure)|flopped|(?:fell|went) (?:apart|flat)|fell through|did(?: not|n['’]t) land|did(?: not|n['’]t) go to plan|(?:I|we) caused|` +
    // The launch itself slipping or late, not a piece of work along the way ("when the pipeline work slipped").
    // ("I slipped launch 9 days to fix the blocker": the candidate moved the date, a choice, not a setback; nor
    // "so the release slipped only 3 days", a small slip paid for a call; "slipped just over three months" is one.)
    String.raw`(?:(?:the|our|my) (?:launch|release|go-live|programme|program|project|migration|cutover|cut-over|rollout|roll-out|delivery)|we|I) (?:slipped(?!\s+(?:the\s+|our\s+|my\s+|its\s+)?(?:launch|date|release|go-?live|deadline|cut-?over|rollout|migration|delivery|timeline|schedule|milestone)\b|\s+(?:by\s+)?(?:only|just|a mere)\s+(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:hours?|days?|weeks?)\b)|(?:was|were|came in|landed|shipped|went live) (?:[\p{N}\p{L}]+ (?:days?|weeks?|months?|quarters?) )?late(?!\s+(?:in|that|last|on)\b))|(?<!\bno-go\b[^.!?\n]{0,60})(?<!\b(?:would|could|might|should|must)(?:\s+(?:not|never|likely|otherwise|probably|certainly|easily))?\s+have\s+|\b(?:would|could|might|should|must)['’]ve\s+|['’]d\s+have\s+)slipped (?:the|our|my) (?:launch|release|go-live|date|deadline|delivery)(?![^.!?;\n]{0,40}?\b(?:to (?:fix|finish|add|include|complete|run|get|close|land|protect|keep|cover|wait for|let|give|allow|make room)|so (?:that|we|the|I)|in order to)\b)|` +
    // "I got the sequencing wrong", "we blew the deadline", "I was overconfident", "my estimate was way off".
    String.raw`I got (?:the |my |our )?(?:[\p{L}-]+ ){0,3}?(?:badly |completely |totally |all |it )?wrong|(?:I|we) (?:blew|missed|overshot) (?:the|our|my|a) (?:[\p{L}-]+ )?(?:deadline|date|launch|go-live|budget|estimate|timeline|window)|I was (?:over-?confident|naive|naïve|complacent)|my (?:estimates?|plan|forecast|assumptions?|read|call) (?:was|were) (?:way |badly |completely |too far |well )?(?:wrong|off|too optimistic)|(?:we|I) (?:had to )?pull(?:ed)? the plug|I let (?:the team|them|my team|everyone|the customer|the client) down)\b`,
  'iu',
);

// What the candidate did not do: "I didn't test the older locks", "I never escalated the gaps to the CISO".
const NOT_DONE = String.raw`(?:anticipate|anticipated|foresee|foreseen|spot|spotted|catch|caught|notice|noticed|consider|considered|account(?:ed)? for|plan(?:ned)? for|check|checked|test|tested|validate|validated|verify|verified|rehearse|rehearsed|think (?:it )?through|thought (?:it )?through|see (?:it|this|that) coming|seen (?:it|this|that) coming|escalated|raise|raised|flag|flagged|read|follow up|followed up|book|booked|confirm|confirmed|involve|involved|warn|warned|ask anyone|asked anyone)`;
// The work itself undone: "the pilot was cancelled", "the rewrite was shelved". Not when the story says the
// candidate was against that work ("I didn't agree with the rewrite"): then its end is their win.
const UNDONE_WORK = new RegExp(
  String.raw`\b(?:the|our|my|that|this|the first|the whole) (?:[\p{L}-]+ ){0,2}?(?<work>${OWNED_WORK}) (?:was|were|got|ended up being|has been|had been) (?:quietly |eventually |later |finally |then |effectively |all but )?(?:cancell?ed|canceled|scrapped|shelved|abandoned|killed|axed|canned|reverted|rolled back|withdrawn|wound down|halted|mothballed|written off|binned)\b`,
  'giu',
);
const OPPOSED = new RegExp(
  String.raw`\bI (?:(?:did(?: not|n['’]t)|do(?: not|n['’]t)) (?:agree with|support|want|back|believe in)|argued against|opposed|pushed back (?:on|against)|disagreed with|was against|made the case against)\s+(?:the|a|an|this|that|her|his|their|our|any)?\s*(?:[\p{L}'’-]+\s+){0,2}?(?<work>${OWNED_WORK})\b(?!\s+(?:date|dates|timeline|plan|schedule|deadline|scope|budget|window)\b|\s+to\b)`,
  'giu',
);

/** The kinds of work the story says the candidate was against: "I didn't agree with the rewrite" → rewrite. */
function opposedWork(story: StoryData): Set<string> {
  return new Set([...spokenText(story).matchAll(OPPOSED)].map((m) => m.groups!.work!.toLowerCase()));
}

/** Whether work is told as undone that the candidate wasn't against (`opposed`, asked only when some is). */
function undoneWork(text: string, opposed: () => ReadonlySet<string>): boolean {
  for (const m of text.matchAll(UNDONE_WORK)) if (!opposed().has(m.groups!.work!.toLowerCase()) && !deniedBefore(text, m.index)) return true;
  return false;
}

// What may follow a launch named as the thing rolled back or reverted: the sentence's end, or a word that starts
// what is told of it (when, how, why), not a noun it modifies ("the launch date", "the launch checklist") nor a time
// it was moved by or to ("by a week", "to March").
const LAUNCH_ENDS = String.raw`(?=\s*(?:[.,;:!?)\]]|$)|\s+(?:after|on|in|at|for|within|of|and|but|because|when|while|as|so|from|that|which|the|this|last|before|once|entirely|completely|fully|immediately|quickly|itself|overnight|then|again|twice|with|across|everywhere|globally|same|mid-?way|halfway)\b)`;

// Where a word of letters and hyphens read before a noun may start: at the start of its run, or at the first boundary in
// it (after "pre" in "pre-launch", where no look-behind before the run can stop it). From any later boundary the word reads
// the same to the run's end, so it matches there only where it matched at that first one; read again from every hyphen, a
// long run ("a-a-a-…") took seconds. (Letters [a-z] under the i and u flags are the word characters \b reads.)
const WORD_FROM_ITS_RUN = String.raw`(?:(?<![\p{L}-])|(?<=(?:^|[^\p{L}-])(?:[a-z]+|(?:(?![a-z])[\p{L}-])+)))`;

// Families of failure wording, each a template rather than a phrase.
const FAILURE_FAMILIES = new RegExp(
  [
    // The work itself undone: "the rollout had to be reverted", "it had to be scrapped" (and UNDONE_WORK).
    String.raw`\b(?:had|needed) to be (?:fully |partly |completely |quickly )?(?:reverted|rolled back|withdrawn|scrapped|cancell?ed|abandoned|shelved|unwound|redone|rebuilt|restarted|re-?run|re-?planned|written off)\b`,
    String.raw`\b(?:the|our|my) (?:[\p{L}-]+ ){0,2}?${OWNED_WORK} (?:failed|fell over|collapsed|went sideways|blew up|never (?:launched|shipped|went live|took off|got off the ground|recovered)|did(?: not|n['’]t) take off|failed to (?:launch|land|ship|deliver|hit|meet|win|reach|get|gain|make))\b`,
    // Back to the old way: "went back to ground crews", "back to the drawing board". (Not what would happen, a
    // cost accepted ahead: "accepting that two depots would go back to paper".)
    // (Not the workaround in a finding about the problem: "I found that sign-in was the blocker: prescribers
    // fell back to paper". The look-behind sits after the verb, so it is tried only where one stands.)
    String.raw`\b(?<!\b(?:would|could|might|will|may|can)\s)(?:went|go|had to go|fell|were sent|was sent)(?<!\b(?:found|discovered)(?: out)? that\b[^.!?\n]{0,120}:[^.!?\n]{0,80}) back to (?:the old|the previous|square one|the drawing board|paper|(?:the )?spreadsheets?|manual|ground|the legacy)\b(?![^.;!?\n]{0,40}?\b(?:instead of|rather than)\b)`,
    // The partner asking for the old way back: "Chidi asked for the old reports back".
    String.raw`\b(?:asked|begged|called|pushed) for the old (?:[\p{L}-]+ ){0,2}?[\p{L}-]+ back\b`,
    // A promise not kept: "The pilot did not give the walking saving we promised", "didn't deliver the uplift I'd committed to",
    // "did not deliver what I told Helen it would".
    String.raw`\bdid(?: not|n['’]t) (?:deliver|give|do|achieve) what (?:I|we) (?:had |['’]d )?(?:told|promised|said|committed|assured)\b`,
    String.raw`\bdid(?: not|n['’]t) (?:give|deliver|bring|achieve|hit|reach)(?: (?:the|any|its|our|their|that))?(?: [\p{L}-]+){0,2}? (?:saving|savings|uplift|gain|gains|benefit|benefits|improvement|reduction|return|roi|result|results|target|value|revenue|growth|speed-?up|date)(?: that)? (?:we|I)(?: had|['’]d)? (?:promised|committed(?: to)?|projected|forecast)\b`,
    // Losing the people: "I lost the room", "lost the board's support".
    String.raw`\blost (?:the room|my audience|the audience|(?:the )?(?:support|buy-in|backing|sponsorship|confidence|trust|goodwill) of|(?:their|his|her|its|the|our|my|the [\p{L}-]+['’]s) (?:support|buy-in|backing|sponsorship|patience|goodwill))\b|\bmisread the room\b`,
    // What I did not do, or did badly: "I didn't test the older locks", "I badly underestimated", "I should have".
    String.raw`\bI (?:did(?: not|n['’]t)|had(?: not|n['’]t)|never) ${NOT_DONE}\b(?!\s+in\b)|\bI\b(?:(?!\b(?:because|they|he|she|who|which|that|it|its|their|them|as|since|while|when)\b)[^.!?\n]){1,60}?\band (?:did(?: not|n['’]t)|never) ${NOT_DONE}\b(?!\s+in\b)`,
    // Holding on too long: "I kept reporting our committed date to the steering committee for far too long".
    String.raw`\b(?:I|we) (?:kept|waited|held on|stuck with|left it|hung on)\b(?:(?!\b(?:which|that|because|since|as|not|isn['’]t|wasn['’]t)\b)[^.!?\n]){0,100}?\b(?:far |much |way )?too long\b`,
    String.raw`\bI (?:had )?(?:badly|seriously|massively|completely|totally|grossly|wildly|vastly|initially|originally|also) (?:underestimated|overestimated|misjudged|misread|miscalculated|overlooked|under-?scoped|mis-?scoped|under-?planned|over-?promised|over-?committed|mishandled)\b|\bI (?:miscalculated|mishandled|under-?scoped|mis-?scoped|under-?planned|neglected to)\b`,
    String.raw`\b(?:I|we) (?:should|ought to)(?:n['’]t| not)? have\b`,
    String.raw`\b(?:I|we) made (?:a |an |the |one |two |several |some |my |our )?(?:[\p{L}-]+ ){0,2}?(?:mistakes?|errors?|missteps?|blunders?)\b|\b(?:a|an) (?:costly|expensive|painful|serious|rookie|basic|classic|avoidable|embarrassing|big|huge|major) (?:mistake|error|misstep|blunder|oversight)\b`,
    // The candidate's own work did the damage: "My date filter was using IST but partitions are in UTC, so the
    // job overwrote half of each day", "my migration script deleted 300 rows".
    String.raw`\bmy (?:[\p{L}-]+ )?(?:change|script|query|filter|config|configuration|migration|job|dag|commit|deploy|deployment|code|backfill|rule|cron|mapping|template)\b[^.!?\n]{0,160}?(?<!\bhad\s)\b(?:broke|wiped|deleted|overwrote|corrupted|took down|knocked out|double[- ]counted|double[- ]charged|was gone|were gone)\b`,
    // The bill for it: "the client charged us a penalty of €18k", "we paid $60k in service credits".
    String.raw`\b(?:charged|fined|billed|invoiced) (?:us|me|the company|our company|the business) (?:a |an )?(?:[\p{L}-]+ )?(?:penalty|fine(?!-)|service credits?|sla credits?|late fees?|liquidated damages)\b|\b(?:we|I|the company|the business) (?:paid|had to pay|owed|incurred|were hit with|got hit with) (?!(?:no|zero|nothing|any)\b)(?:[\p{L}\p{Sc}\p{N}.,-]+ ){0,3}?(?:penalty|penalties|fines?(?!-)|service credits|sla credits|late fees|liquidated damages)\b`,
    String.raw`\bthe (?:error|mistake|fault|miss|oversight|slip) was (?:all |entirely |completely )?mine\b|\bnot (?:my|our) (?:finest|best|proudest) (?:hour|moment|work)\b|\bbit off more than (?:I|we) could chew\b|\btook my eye off\b|\b(?:I|we) lost the (?:deal|contract|client|account|bid|tender|customer)\b`,
    // Customers found it first: "Android users hit the crash for most of launch day before anyone on our side
    // noticed", "Support picked it up from app-store reviews before our monitoring did". (Not "we caught it
    // before anyone noticed": the candidate's side found it.)
    String.raw`\b(?:customers?|users?|support|players|patients|drivers|riders|shoppers|merchants|sellers|clients?|the client|reviews?|social media|twitter)\b[^.;!?\n]{0,40}?\b(?:hit|reported|complained|found|noticed|saw|flagged|picked (?:it|this|them|the \w+) up|spotted|raised|tweeted|escalated|called|rang|emailed)\b[^.;!?\n]{0,80}?\bbefore (?:(?:anyone|any of us|we|I)(?: on our side| in the team)? (?:noticed|caught|spotted|saw|knew|found)|our (?:monitoring|alerts?|alerting|dashboards?|team|side|on-?call)\b[^.;!?\n]{0,20}?\b(?:noticed|caught|spotted|saw|knew|found|did))\b`,
    // Launched before it was ready, by the candidate's own account: "I shipped instant payouts too early", "we went
    // live prematurely", "I launched it before it was ready", "the launch was premature". (Past tense only, so a
    // launch held back is none: "rather than ship too early", "the pressure to launch too soon", "I didn't want to go
    // live before we were ready".)
    String.raw`\b(?:I|we)\b(?:\s+(?:then\s+|still\s+|also\s+|ultimately\s+)?(?:shipped|launched|released|rolled (?:it |them )?out|went live|went ahead|pushed (?:it |them )?(?:out|live)|turned (?:it |them )?on|switched (?:it |them )?on|cut over|opened (?:it|them) up|let (?:it|them|the [\p{L}-]+) go (?:ahead|live|out)))\b[^.;!?\n]{0,60}?\b(?:too (?:early|soon)|prematurely|before (?:it|they|we|I) (?:was|were) (?:fully |really |truly )?ready)\b|(?<!\b(?:date|deadline|window|timing|slot|day) (?:of|for) (?:the |our |my )?)\b(?:the |our |my )?(?:${WORD_FROM_ITS_RUN}[\p{L}-]+ )?(?:launch|release|go-live|rollout|roll-out|cut-?over) (?:was|came|proved|turned out to be) (?:(?:far|much|way|clearly|simply|just) )?(?:too (?:early|soon)|premature)\b`,
    // A launch of the candidate's side undone: "we rolled back the instant-payouts launch", "I rolled the go-live back".
    // (A release or a change rolled back is often someone else's, by an incident commander: see the top of the file.)
    // The launch is the thing undone, not a modifier of it ("the launch date", "the launch-day config flag"), and is
    // not moved ("rolled back the launch by a week", "rolled the launch back to March": a date put back).
    String.raw`\b(?:I|we) (?:(?:rolled back|reverted) (?:the|our|my) (?:[\p{L}-]+ ){0,2}?(?:launch|go-live)(?![-\p{L}])${LAUNCH_ENDS}|rolled (?:the|our|my) (?:[\p{L}-]+ ){0,2}?(?:launch|go-live) back\b(?!\s+(?:by|to|until|till|a|an|one|two|three|four|five|six|\d+)\b))`,
    // The miss named as a thing: "reported the miss to Ofgem", "I explained our miss to the board".
    String.raw`\b(?:reported|explained|owned|disclosed|declared|flagged|acknowledged|admitted) (?:the|our|my) miss\b(?!-|\s+(?:rates?|ratios?|counts?)\b)`,
  ].join('|'),
  'iu',
);

// A customer lost, in plain words: "Harbour & Vine moved their 42 sites to a competitor in April", "Hartwell
// moved its motor book to another insurer", "Skarv moved its southern passes to another ground network", "Haeyang moved
// 400 tonnes of that season to a cooperative in Chiloé" (dev round 38). Not one that had gone before the candidate came ("the client who had
// moved to a rival"), nor one told as the cost of a trade-off in the same sentence ("I calculated what the export
// priority cost: … two trucking companies moved their import pickups to a competitor"): see failureWords.
// (The lookahead first, so the look-behinds run only where a verb stands: they are slow everywhere else.)
const CUSTOMER_LOST = new RegExp(
  String.raw`(?=\b(?:moved|took|switched|shifted|went|defected|churned|left)\b)(?<!\b(?:had|['’]d)\s+(?:\p{L}+\s+)?)(?<!\b(?:no|none|not|never|nobody|would|could|might|won back|winning back|win back)\b[^.!?\n]{0,60})(?<!\b(?:I|we|team|squad|org)\s+(?:\p{L}+\s+)?)\b(?:moved|took|switched|shifted|went|defected|churned|left)\b(?:(?!\b(?:from|had)\b)[^.!?\n]){0,60}?\bto (?:a (?:competitor|rival)|one of (?:our|their) (?:competitors|rivals)|our (?:biggest|main|nearest) (?:competitor|rival)|another (?:insurer|bank|lender|broker|agency|studio|firm|consultancy)|another (?:[\p{L}-]+ )?(?:network|provider|supplier|vendor|cooperative|co-op)|a (?:[\p{L}-]+ )?(?:cooperative|co-op))\b(?!['’]s\b|\s+(?:of|teams?)\b)`,
  'iu',
);
// A failover ("one ISP failed and traffic switched over", "I arranged failover to the second provider") is
// the plan working, not a failure.
const FAILOVER = /\b(?:fail(?:ed|ing|s)?[- ]?over|failovers?|switched over|fell back to)\b/i;
// Committing to someone else's call after a disagreement ("He held to 90 days, and I committed to it fully",
// "I disagreed, then committed") is losing an argument well, not a failure. (Not "I committed to the date",
// which a missed date can follow.)
const COMMITTED = /\b(?:held|stuck|kept|insisted|stayed|overruled|decided)\b[^.!?\n]{0,80}?,? (?:and|but|so) (?:I|we) (?:then |still |fully |wholeheartedly )?(?:committed|backed|got behind|threw (?:myself|ourselves) behind) (?:to |behind )?(?:it|that|the (?:decision|call))\b(?: fully| completely| wholeheartedly)?|\bdisagreed?\b[^.!?\n]{0,80}?\b(?:and|then|but)\b[^.!?\n]{0,20}?\bcommitted\b/i;

/** Where the failure model reads: what the candidate did and what came of it, not the background or the brief. */
export const MODEL_FIELDS: readonly SpokenField[] = ['action', 'result'];

/**
 * Whether the failure model may judge a sentence. It learned that "didn't want", "giving up" and "cost" go
 * with failures, so it is not asked about a trade-off told with its reasons ("…giving up the 6% gain,
 * because I didn't want to debug two changes at once"), a failover, a commitment after a disagreement, or
 * someone else's work arriving late ("the contractor's survey came back five weeks late"), a rehearsal that fell short
 * of its bar ("The first rehearsal did not pass my 8-hour limit": the rehearsal doing its job), or what did not go
 * wrong ("no equipment was left in the wrong mode after a handover"), or credit given to others ("My team rewrote the
 * calculator, and I want to be clear it was their work, not mine": its "my", "not" and "it was" are weighed as in "it
 * was my mistake, not theirs"); nor where it fires only for an Indian English
 * idiom it never saw ("I did the needful", "I preponed the release"), which in plain English it would not, or only for
 * what the candidate saw of a problem ("I counted 57 visitors who took the wrong lift": see OBSERVED).
 */
export function failureModelMayJudge(sentence: string): boolean {
  return (
    !FAILOVER.test(sentence) &&
    !NONE_WENT_WRONG.test(sentence) &&
    !failureDenied(sentence) &&
    !COMMITTED.test(sentence) &&
    !DOUBTED.test(sentence) &&
    !REHEARSAL_FELL_SHORT.test(sentence) &&
    !lateByOthers(sentence) &&
    findTradeoffs(sentence).length === 0 &&
    !firesOnlyForWording(sentence) &&
    !firesOnlyWhereObserved(sentence) &&
    !creditsOthers(sentence)
  );
}

// Wording the model misweighs, each with its plain English: Indian English idioms it never saw, "did the needful" (did
// what was needed) and "prepone" (bring forward). (A plain "did", "I did the work on the weekends", once weighed for
// a failure too, learned from "did not"; the tokens leave out a "do" before a negation, so the model no longer does.)
// And, from a Lagos engineering manager's trial, Nigerian (and Indian) English: "I and my team" for "my team and I" (its
// "my" weighed as in "my mistake"), and "I had meetings with the telcos" for "I held meetings" (its "I had" weighed as in
// "I had assumed"): "I had several meetings with the telcos and I and my team did the needful" read as a failure.
// And an "I had" that has people do something, for "I asked them to" (dev round 45, 0.971: "…and I had my two developers
// pull the daily intake forecast straight from the collection system"; "I had my team run the migration" 0.961): its "I had"
// weighed as in "I had assumed" and "I had not checked".
const CAUSED_PEOPLE = String.raw`(?:${ROLE}|team|squad|crew|staff|people|engineer|developer|dev|tester|technician|advisor|adviser|planner|agent|consultant|contractor|intern|operator|driver|fitter|electrician|nurse|scheduler|dispatcher|tech|group|vendor|supplier|integrator)s?`;
// The verbs a causative "had" takes for work handed out ("I had my team run the migration"); never a verb that tells of
// something that befell the candidate ("I had the vendor miss the deadline", "I had my team lose a week of work", "I had our
// integrator deliver the wrong schema"), nor one that puts a change live ("push", "deploy", "ship", "release"), where a
// failure is told most ("I had my team push the change on Friday, and it broke billing").
const CAUSED_VERB = String.raw`(?:run|re-?run|pull|test|re-?test|review|build|rebuild|check|re-?check|double-check|cross-check|spot-check|call|draft|re-?draft|move|write|rewrite|set up|prepare|map|document|collect|gather|track|log|update|migrate|port|fix|patch|clean up|tag|label|sort|compile|audit|measure|shadow|pair|visit|walk|train|interview|survey|script|automate|instrument|export|import|analy[sz]e|compare|trace|profile|benchmark|validate|verify|reconcile|refactor|split|add|remove|rehearse|dry-run|load-test|sample|count|list|summari[sz]e|present|demo|sketch|design|prototype|estimate|price|cost|plan|schedule|book|contact|email|phone|ring|brief|coach|mentor|join|attend|sit in on|go through|read|rank|score|triage|tidy up|mock up|write up)\b(?![-'’])`;
const MISWEIGHED = new RegExp(
  String.raw`\b(?:(do|does|did|doing|done) the needful|(prepon(?:e|es|ed|ing))|(I and my (?:team|colleagues|squad|engineers))|I had ((?:(?:several|many|a few|two|three|four|five|\d+|daily|weekly|regular|frequent|follow-up|long|separate|joint)\s+){0,2}(?:meetings?|calls?|sessions?|workshops?|discussions?|conversations?|check-ins?|stand-ups?|reviews?) (?:with|on|about)\b)|I had ((?:my|our|the|each|every|both|all|two|three|four|five|six|\d+)\s+(?:[\p{L}'’-]+\s+){0,2}?${CAUSED_PEOPLE}\s+)(?=${CAUSED_VERB}))`,
  'giu',
);
const HANDLE: Readonly<Record<string, string>> = { do: 'handle it', does: 'handles it', did: 'handled it', doing: 'handling it', done: 'handled it' };
const BRING: Readonly<Record<string, string>> = { prepone: 'bring forward', prepones: 'brings forward', preponed: 'brought forward', preponing: 'bringing forward' };

/**
 * A sentence with the wording above in plain English ("I did the needful and preponed it" → "I handled it and brought
 * forward it", "I and my team" → "we", "I had two calls with" → "I held two calls with", "I had my team run it" → "I
 * asked my team to run it").
 */
function plainWording(sentence: string): string {
  return sentence.replace(MISWEIGHED, (_m, done: string | undefined, preponed: string | undefined, weTwo: string | undefined, held: string | undefined, caused: string | undefined) => {
    if (done !== undefined) return HANDLE[done.toLowerCase()]!;
    if (preponed !== undefined) return BRING[preponed.toLowerCase()]!;
    if (weTwo !== undefined) return 'we';
    if (caused !== undefined) return `I asked ${caused}to `;
    return `I held ${held!}`;
  });
}

/**
 * Whether the model takes the sentence for a failure only because of wording it misweighs: said in plain English, it
 * would not. (A failure told around it is still read: "I preponed the release by a week without a regression pass,
 * and it crashed" fires either way, and "I did not test the rollback" is left as it is.)
 */
function firesOnlyForWording(sentence: string): boolean {
  const plain = plainWording(sentence);
  return plain !== sentence && !fires(failureModel, plain);
}

// A harm that did not happen, its subject denied: "no equipment was left in the wrong mode", "no vessel left export
// cargo behind", "not one unit was taken out of the timetable". ("No one tested the rollback" and "not one test was
// run" are failures, left to the model.)
const NONE_WENT_WRONG =
  /\b(?:(?:no|zero)\s+(?!one\b|body\b)|not (?:one|a single)\s+)(?:[\p{L}-]+\s+){0,2}?(?:(?:was|were|has been|have been|had been)(?!\s+(?:run|done|written|performed|carried out|tested|checked|reviewed|rehearsed|consulted|asked|told|warned)\b)|got|went|came|left|failed|broke|crashed|missed|slipped|overran)\b/iu;

// Doubt that sends the candidate to the source is no failure: "I did not trust the weekly dashboard and pulled
// the raw dispute records myself".
const DOUBTED = /\bI (?:did not|didn['’]t|would not|wouldn['’]t) (?:fully )?(?:trust|believe|rely on|accept|take (?:it|them|the [\p{L}-]+(?: [\p{L}-]+)?) at face value)\b[^.!?\n]{0,80}?\b(?:so |and |but )?(?:I )?(?:pulled|checked|read|went|dug|traced|queried|sampled|walked|asked|looked)\b/iu;

// A rehearsal, a dry run or a test run that fell short of its bar, before the real thing: what it was run to find out,
// no failure ("The first rehearsal did not pass my 8-hour limit", "Our second load test fell short of 2,000 orders a
// minute"). Not read by the failure words nor asked of the model; a failure told beside it still is ("The rehearsal
// failed, but I went live anyway and the migration failed"), and "I skipped the dry run and the cut-over failed" is no
// rehearsal falling short. Nor is one run in production, before or after its verb: "Our load tests failed in
// production…", "the load test on the live site failed" are the real thing failing.
const IN_PRODUCTION = String.raw`\b(?:in|on)\s+(?:the\s+)?(?:production|prod|live)\b`;
const REHEARSAL_FELL_SHORT_SOURCE = String.raw`\b(?:rehearsals?|dress rehearsals?|dry[- ]runs?|test runs?|trial runs?|practice runs?|mock (?:cut-?overs?|migrations?|runs?|go-lives?)|load tests?)\b(?:(?!\b(?:and|but|so|then|I|we)\b|${IN_PRODUCTION})[^.!?\n]){0,30}?\b(?:did(?: not|n['’]t) (?:pass|meet|fit|make|clear)|failed|fell short(?: of)?|missed|ran over|overran|took too long|came in over)\b(?![^.!?\n]{0,12}?${IN_PRODUCTION})`;
const REHEARSAL_FELL_SHORT = new RegExp(REHEARSAL_FELL_SHORT_SOURCE, 'i');
const REHEARSALS_FELL_SHORT = new RegExp(REHEARSAL_FELL_SHORT_SOURCE, 'gi');

// Which sentences of the situation speak of the candidate. A failure told there of someone else ("a vendor
// scheduler was trialled in 2021, and it failed") is context, not the candidate's failure.
const FIRST_PERSON = /\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b/;
// Where a clause with a subject of its own begins: "…, and it failed", "…; the vendor missed".
const NEW_CLAUSE = /;\s*|,?\s+(?:and|but|so|which|while|until|when|although|though|because)\s+(?=(?:it|its|they|their|the|this|that|these|those|he|she|\p{Lu}[\p{L}'’-]*)\b)/u;

/** The patterns that tell of a failure on their own (each without 'g', so `test` keeps no state). */
const FAILURE_TELLS = [FAILURE_WORDS, SETBACK, OWNED_MISTAKE, FAILURE_FAMILIES];
/** The same, global, to look past a failure denied for one told later in the sentence (see tellAt). */
const FAILURE_TELLS_ALL = FAILURE_TELLS.map((re) => new RegExp(re.source, `${re.flags}g`));

// Words that end a denied subject: a pronoun or a conjunction starts a clause of its own, and a verb of knowing or
// saying makes what follows its object ("No one noticed the pilot had to be scrapped": it was scrapped). After "no",
// also the idioms that deny nothing ("No surprise the pilot had to be scrapped", "no matter what we had to…").
const SUBJECT_ENDS = String.raw`(?:I|we|you|he|she|it|they|me|us|them|him|and|but|or|so|then|because|if|when|while|though|although|that|which|who|what|how|why|where|except|than|noticed|knew|know|saw|seen|thought|said|told|expected|realised|realized|believed|found|heard|asked|felt|guessed|predicted|imagined|remembered|mentioned|suspected|complained|warned|doubted|worried|wondered|wanted|claimed|argued|denied|surprise|wonder|doubt|matter|sooner|longer|later|question|way)`;
// A failure denied by its subject or its verb, told just before the words of it: "Nobody had to stop a product
// feature for it", "no team had to stop shipping", "none of the squads had to cancel their release", "not a single
// store went back to paper", "nothing had to be reverted", "we never had to roll back", "it hadn't had to be redone".
// (The subject from the start of its clause, so "Nobody warned us, so we had to roll back" still tells of one.) The
// subject may carry a clause of its own, "who", "that" or "which" and up to seven words that end no subject ("that night"
// among them): "No one who joined late missed the deadline", "Nobody who was on the pilot had to roll back", "no squad
// that shipped on Friday went over budget". (Not past a verb of knowing or saying: "No one who knew the system noticed
// the pilot had to be scrapped" tells of a pilot scrapped.)
const DENIED_BEFORE = new RegExp(
  String.raw`(?:(?:^|[,;:(—–]\s*|\b(?:and|but|so|or|because|since|as|while|although|though|that|which|where|when|yet)\s+)(?:nobody|no[- ]one|nothing|none|neither|(?:no|zero|not (?:a single|one|any))\s+(?!${SUBJECT_ENDS}\b)[\p{L}\p{N}'’-]+)(?:\s+(?!${SUBJECT_ENDS}\b)[\p{L}\p{N}'’-]+){0,6}?(?:\s+(?:who|that|which)\s+[\p{L}\p{N}'’-]+(?:\s+(?:that (?:day|night|morning|afternoon|evening|week|weekend|month|quarter|year|shift)\b|(?!${SUBJECT_ENDS}\b)[\p{L}\p{N}'’-]+)){0,6}?)?|\b(?:never|not|no longer)|n['’]t)\s+(?:(?:ever|even|once|yet|actually|really|then|also)\s+)?$`,
  'iu',
);

/** Whether the failure words find a failure in `sentence` only where it is denied ("we never had to roll back"). */
function failureDenied(sentence: string): boolean {
  return FAILURE_TELLS.some((re) => re.test(sentence)) && !FAILURE_TELLS_ALL.some((re) => tellAt(re, sentence) >= 0);
}

/** Whether the words of a failure at `at` in `text` are denied (see DENIED_BEFORE), read in the 200 characters before them. */
function deniedBefore(text: string, at: number): boolean {
  // (A window cut from a longer text starts with a mark, so its start is not taken for the clause's.)
  return DENIED_BEFORE.test(at > 200 ? `\u0000${text.slice(at - 200, at)}` : text.slice(0, at));
}

/** Where the first failure `re` (global) tells of in `text` starts that is not denied (see DENIED_BEFORE), or -1. */
function tellAt(re: RegExp, text: string): number {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!deniedBefore(text, m.index)) return m.index;
    re.lastIndex = m.index + 1;
  }
  return -1;
}

// A failure only supposed: "…, and my neck if I got it wrong", "in case we missed the window". (Blanked, so what
// the rest of the sentence tells is still read.)
// Whatever the verb: "because if we shipped too early we would double-charge customers", "unless the launch was premature".
// Whatever the subject (dev round 39): "a risk we could cover by moving a unit to another scheme if a connection fell
// through", "in case the deal fell through".
const SUPPOSED = /\b(?:if|in case|whether|unless|lest)\s+(?:I|we|they|he|she|it|you|(?:the|our|my|a|an|any|one|their|its|his|her|some|this|that|these|those)\s+[\p{L}\p{N}-]+)\b[^,.;:!?\n]*/giu;

// What the candidate looked at, counted or recorded of a problem, in the clause that tells what they saw: "I logged where
// the app failed", "to see where the scanner failed", "I noted each time the feed failed", "I watched the lobby and
// counted 57 visitors who took the wrong lift", "I counted the stores that went back to paper" (dev round 41). What
// others did, or where a system gave out, found by looking: the problem the candidate set out to solve, not their
// failure. Only the candidate looking (or a bullet's, or a purpose: "to see where"), not damage counted by others ("the
// station reports counted 300 who went to the wrong gate"); not with the candidate's own side told after the looking
// ("counted the orders that my change sent to the wrong depot", "counted 57 visitors who took the wrong lift, and my
// screen was the reason"); nor why or what failed ("I traced why the migration failed" tells that it did), nor a clause
// told to someone ("I noted in the review that the launch had failed"), nor a time ("I logged 40 tickets that day").
// (What was seen is blanked before the failure words are read, and the model is not asked about a sentence it takes for
// a failure only for it: see firesOnlyWhereObserved.)
const LOOKED = String.raw`(?:logged|noted|recorded|mapped|counted|tallied|listed|tracked|charted|plotted|timed|measured|sampled|surveyed|watched|observed|studied|marked)`;
// (The verb first, and who looks behind it: the look-behind runs only where a verb stands.)
const LOOKER = String.raw`(?:\b${LOOKED}(?<=(?:\bI\s+(?:(?:then|also|first|personally|carefully|just)\s+)?|\bI\b(?:(?!\b(?:because|but|if|they|he|she|it|its|their|them|who|which|that|as|since|while|when)\b)[^.;:!?\n]){1,80}?(?:\band\s+(?:then\s+)?|\bthen\s+|,\s*)|(?:^|\n)[ \t]*(?:[-*•][ \t]*)?)${LOOKED})|\bto (?:see|find out|learn|work out|figure out|log|note|record|map|count|track|measure|watch|observe))`;
const NOT_NOUN = String.raw`(?:and|or|but|then|so|with|for|in|on|at|by|from|to|found|saw|who|that|which|where)`;
const SEEN = String.raw`(?:(?:exactly\s+|precisely\s+)?(?:where|whenever|wherever|when|how often|how many times|(?:each|every) time)|(?:the|a|an|all|every|each|some|many|several|those|\p{N}[\p{N},.]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+(?:(?!${NOT_NOUN}\b)[\p{L}\p{N}'’-]+\s+){0,3}?(?:who|that|which|where)(?!\s+(?:day|night|morning|afternoon|evening|week|weekend|month|quarter|year|shift|time)\b))\b`;
// The seen clause runs to the sentence's end or a clause of its own (", and the launch slipped a month"). (The candidate's
// side is looked for in the 400 characters after the looking, so a line of thousands of "to see where" is read once.)
const SEEN_CLAUSE = String.raw`(?:(?!,\s*(?:and|but|so|yet|then|while|although|though|because)\b)[^.;:!?\n])*`;
const OBSERVED = new RegExp(String.raw`(${LOOKER}\s+)(?=${SEEN})(?![^.!?\n]{0,400}?\b(?:I|we|me|us|my|our)\b)${SEEN_CLAUSE}`, 'giu');

/** `sentence` with what the candidate saw of a problem (OBSERVED) blanked, the looking left. */
function withoutObserved(sentence: string): string {
  return sentence.replace(OBSERVED, (m, looking: string) => looking + ' '.repeat(m.length - looking.length));
}

/**
 * Whether the model takes the sentence for a failure only for what the candidate saw of a problem (OBSERVED): without it,
 * it would not. ("I watched the lobby and counted 57 visitors who took the wrong lift" is the problem found; a failure of
 * theirs told beside it is still read.)
 */
function firesOnlyWhereObserved(sentence: string): boolean {
  const rest = withoutObserved(sentence);
  return rest !== sentence && !fires(failureModel, rest);
}

function failureWords(sentence: string, opposed: () => ReadonlySet<string> = () => new Set()): boolean {
  const text = withoutObserved(sentence.replace(SUPPOSED, (m) => ' '.repeat(m.length)).replace(REHEARSALS_FELL_SHORT, (m) => ' '.repeat(m.length)));
  return FAILURE_TELLS.some((re, i) => re.test(text) && tellAt(FAILURE_TELLS_ALL[i]!, text) >= 0) || (CUSTOMER_LOST.test(text) && findTradeoffs(text).length === 0) || undoneWork(text, opposed);
}

// A check skipped, then the damage, in one sentence or the next: "I shipped the schema change on a Friday without
// checking who consumed the field. It broke the finance reconciliation job", "I shipped it without a canary and
// it took checkout down for 40 minutes".
const SKIPPED_CHECK =
  /\bI (?:shipped|deployed|pushed|released|merged|ran|rolled out|applied|launched|cut over|turned on|enabled)\b[^.!?\n]{0,80}?\bwithout (?:first |properly |even |a proper )?(?:checking|testing|a canary|canarying|any canary|a rollback plan|telling|asking|warning|reviewing|a review|code review|a dry[- ]run|load[- ]testing|a load test|staging|a staging run|a backup|backing up|a feature flag)\b/;
const DAMAGE =
  /\b(?:it|that|this|the (?:[\p{L}-]+ )?(?:change|release|deploy|deployment|migration|script|update|config|flag)) (?:broke|took (?:[\p{L}-]+ ){1,3}down|brought (?:[\p{L}-]+ ){1,3}down|knocked (?:[\p{L}-]+ ){1,3}(?:out|over)|crashed|corrupted|wiped|deleted|overwrote|caused (?:a|an|the|two|three|\d)|failed|locked (?:out|up))\b/iu;

/** Whether the sentence skips a check and it, or the next sentence, tells of the damage. */
function skippedCheckDamaged(sentence: string, next: string | undefined): boolean {
  const skipped = SKIPPED_CHECK.exec(sentence);
  return skipped !== null && (DAMAGE.test(sentence.slice(skipped.index + skipped[0].length)) || (next !== undefined && DAMAGE.test(next)));
}

// A call of the candidate's that passed on a safer way, then damage after it: "I turned it on for all traffic
// instead of the 5% canary … The rollback finished at 21:30", "I cut the full reconciliation from the plan …
// 310,000 listings were missing from search". Each alone is common in a good story (a trade-off; someone
// else's outage); together, and in that order, they tell of the candidate's call going wrong.
const SAFER_WAY = String.raw`(?:[\p{L}\p{N}%-]+ ){0,3}?(?:canary|canaries|pilot|phased|phasing|phase|staged|staggered|staggering|spread(?:ing)?|gradual|site[- ]by[- ]site|store[- ]by[- ]store|region[- ]by[- ]region|ramp|ramp-up|dry[- ]run|rehearsal|soak|staging|qa|parallel run|dual[- ]running|(?:physical|full|complete|stock) count|reconciliation|testing|tests?|trial|beta|review|sign-off|change window|wait(?:ing)?)`;
const RISKY_CALL = new RegExp(
  [
    // Choosing against the safer way: "I chose 100% of traffic instead", "I turned it on for all traffic instead of the 5% canary".
    String.raw`\bI (?:chose|decided|approved|went ahead|pushed|turned|switched|scheduled|launched|released|shipped|went with|opted|signed off|agreed|overrode|overruled)\b[^.!?\n]{0,160}?\b(?:instead of|rather than) (?:the |a |an |our |their |his |her |its )?${SAFER_WAY}\b`,
    // "over" as "in preference to" only after a choice ("I chose the big-bang cutover over the pilot"), not "over the Easter change window".
    String.raw`\bI (?:chose|picked|opted for|went with|preferred)\b[^.!?\n]{0,80}?\bover (?:the |a |an |our |their )?${SAFER_WAY}\b`,
    String.raw`\b(?:instead of|rather than) (?:the |a |an |our |their |his |her |its )?${SAFER_WAY}\b[^.!?\n]{0,60}?,? I (?:chose|decided|approved|went|pushed|turned|switched|scheduled|launched|released|shipped|opted|signed off|set)\b`,
    String.raw`\bI (?:chose|decided|approved|went|pushed|turned|switched|scheduled|launched|released|shipped|opted|set)\b[^.!?\n]{0,80}?\b(?:100% of (?:the )?(?:traffic|users|customers|stores|sites|merchants)|all (?:\w+ )?traffic (?:at once|on day one)|all (?:the )?(?:two|three|four|five|six|\d+) (?:sites|regions|stores|markets|countries|warehouses|depots|plants|hospitals|branches) at once|(?:one |a )?big[- ]bang|one big (?:weekend )?(?:cutover|cut-over|switch|launch|go-live))`,
    // Everything in one go: "I deployed it to all 14 antennas in one Tuesday change window" (dev round 38).
    String.raw`\bI (?:deployed|rolled (?:it |them )?out|released|shipped|pushed|switched|moved|applied|cut over|launched|turned on|enabled|upgraded)\b[^.!?\n]{0,40}?\b(?:to|on|for|across) all (?:the |our )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) [\p{L}-]+(?: [\p{L}-]+)? (?:at once|in (?:one|a single|the same) (?:[\p{L}-]+ ){0,2}?(?:day|night|window|weekend|go|wave))\b`,
    // Taking out the safer step: "I cut the full-catalog reconciliation from the plan", "I agreed only to a sample count".
    String.raw`\bI (?:cut|dropped|skipped|removed|descoped|de-scoped|waived|struck|bypassed|omitted)\b (?:the |a |our |their )?${SAFER_WAY}\b`,
    String.raw`\bI (?:agreed|allowed|approved|signed off)(?: only)? (?:to )?(?:only )?a (?:sample|partial|spot|smaller|shorter|quick)\b`,
    // Refusing what a customer or colleague asked: "Greta asked me for a grandfathered rate. I said no".
    String.raw`\bI (?:said no|told (?:him|her|them|\p{Lu}[\p{L}'’-]+) no|refused (?:the |their |his |her )|turned (?:down (?:the|their|his|her) (?:request|ask|exception)|(?:the|their|his|her) (?:request|ask|exception) down))`,
    // Over someone's warning: "I went ahead against Dana's advice", "over the SREs' objections".
    String.raw`\bI\b[^.!?\n]{0,80}?\b(?:against|over) (?:the |my |our )?(?:[\p{L}'’-]+ ){0,2}?(?:advice|recommendation|objections?|concerns?|warnings?)\b`,
  ].join('|'),
  'u',
);
// What a change of the candidate's can take down or break, and who it can turn away.
const SERVICE = String.raw`(?:service|services|site|website|system|systems|platform|checkout|app|bookings?|database|cluster|network|api|payments|login|log-?in|sign-?in|stores?|servers?|portal|line)`;
const NOT_ON_PURPOSE = String.raw`(?![^.;!?\n]{0,40}?\b(?:as planned|on purpose|deliberately|for (?:the )?(?:maintenance|cut-?over|migration|upgrade)|during the (?:maintenance )?window)\b)`;
const REAL = String.raw`(?:good|legitimate|genuine|valid|real|paying|actual)`;
const VICTIMS = String.raw`(?:transactions|orders|payments|customers|claims|applications|users|logins|requests|shoppers|members|players|riders|subscribers|passengers|patients)`;
const CALL_DAMAGED = new RegExp(
  [
    String.raw`\b(?:I|we) (?:called|ordered|started|triggered|began|kicked off) (?:the |a |an )?(?:full |emergency )?(?:rollback|roll-back|revert)\b`,
    String.raw`\bthe (?:rollback|roll-back|revert) (?:finished|completed|took|ended|was done)\b`,
    String.raw`\b(?:rolled|rolling) (?:it|them|everything|the (?:[\p{L}-]+ ){0,2}?(?:change|release|model|flag|feature|rollout|config|deploy|deployment|update)) back\b`,
    String.raw`\bdouble[- ]charged\b|\bcharged (?:[\p{L}-]+ ){0,3}?twice\b`,
    String.raw`\b${REAL} ${VICTIMS}\b[^.!?\n]{0,80}?\b(?:were|got) (?:wrongly |falsely )?(?:declined|blocked|rejected|cancell?ed|locked out|logged out|turned away)\b`,
    // …told the other way round, what the service did to them: "login started rejecting real users across Europe", "the
    // new rule blocked 8% of genuine payments" (a thirty-fourth user's trial). (Not the bad ones: "started rejecting
    // fraudulent orders".)
    String.raw`\b(?:reject(?:ed|ing)|block(?:ed|ing)|declin(?:ed|ing)|lock(?:ed|ing) out|log(?:ged|ging) out|kick(?:ed|ing) out|turn(?:ed|ing) away|fail(?:ed|ing)|throttl(?:ed|ing)|drop(?:ped|ping))\b (?:[\p{L}\p{N},.%-]+ ){0,2}?${REAL} ${VICTIMS}\b`,
    // A service of theirs broken or down: "Login was broken for 40 minutes", "checkout went down for an hour", "the booking
    // site was unavailable". (Not a measure: "payments were down 12%", "stores were down 4% on the year"; nor on purpose:
    // "the old site was offline for the cutover, as planned".)
    String.raw`\b(?:(?:the|our|their|its) (?:[\p{L}-]+ ){0,2}?)?${SERVICE}(?: (?:page|flow|screen|journey))?s? (?:was|were|went|stayed) (?:completely |partly |partially |fully |effectively )?(?:broken|down|offline|unavailable|out of (?:action|service))\b(?!\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?[\d$€£¥₹]|\s+(?:on|year|week|month|quarter|like|against|from|versus)\b)${NOT_ON_PURPOSE}`,
    String.raw`\bdid(?: not|n['’]t) renew\b|\bmoved (?:its|their|all (?:its|their)) (?:volume|business|account|spend|traffic|orders)\b|\b(?:churned|walked away|terminated (?:the|its|their) contract|cancell?ed (?:its|their|the) contract)\b`,
    String.raw`\b(?:applied|charged|paid|imposed|invoked|levied|incurred|triggered)\b[^.!?\n]{0,40}?\b(?:penalty|penalties|service credits?|liquidated damages)\b`,
    // "had dropped listings", not the noun's adjective ("Dropped orders went to zero", "the lost orders").
    String.raw`\b(?:were|was|went|stayed) missing\b|\b(?:dropped|lost|corrupted|wiped|deleted|duplicated)(?<!(?:^|\b(?:the|of|no|fewer|zero|any|more|less|and|or|for|on|in|to)\s)[\p{L}]+) (?:(?:[\p{L}-]+|\d[\d,.]*) ){0,3}?(?:listings|records|rows|orders|data|numbers|files|messages|stock|payments|entries)\b`,
    String.raw`\b(?:stopped|halted|paused|froze) (?:all )?(?:outbound|shipping|shipments|production|the line|picking|trading|sales|orders)\b|\blate shipments\b|\bshipped late\b`,
    // Shelves empty, and a forecast missed by a share: "12 dark stores ran out of stock for three days", "stores stocked
    // out", "we had stock-outs in 40 stores", "We under-forecast sweets and dry fruits by 35%", "the forecast was off by
    // 20%" (a thirty-sixth user's trial). (Not stock-outs cut or a fall in them: "stock-outs fell 30%".)
    String.raw`\b(?:ran|run|running|went|were|was|been|stayed) out of (?:stock|inventory)\b|\bstocked out\b|\b(?:had|saw|suffered|faced|hit) (?:[\p{L}\p{N},-]+ ){0,3}?stock-?outs?\b|\b(?:under|over)-?(?:forecast(?:ed)?|predicted|estimated)\b(?:(?!\b(?:and|but)\b)[^.;!?\n]){0,60}?\bby (?:about |around |nearly |almost |over |more than )?\d[\d.,]*\s?%|\b(?:forecasts?|predictions?) (?:was|were) (?:(?:way|badly|well) )?(?:off|wrong|out) by\b`,
    // The old way put back, and a customer who stopped buying: "I put the old step back", "I swapped the Svalbard servers
    // back to the old propagator", "one of our five largest buyers stopped bidding on big lots" (dev round 38).
    String.raw`\b(?:put|moved|swapped|switched|changed|set|turned) (?:[\p{L}\p{N}'’-]+ ){0,3}?back (?:to|onto) (?:the |its |their )?(?:old|previous|legacy|original|former)\b|\bput (?:the|its|their|our) (?:old|previous|original|former) (?:[\p{L}-]+ ){0,2}?back\b`,
    // (The lookahead first, so the look-behind runs only where "stopped" stands.)
    String.raw`\b(?=stopped )(?<!\b(?:I|we)\s(?:\p{L}+\s)?)stopped (?:bidding|buying|ordering|booking)\b`,
    // "The release broke refund status callbacks".
    String.raw`\bthe (?:[\p{L}-]+ ){0,2}?(?:release|change|deploy|deployment|migration|update|upgrade|config|patch|cut-?over|rollout|launch) (?:broke|corrupted|crashed|wiped|deleted)\b`,
    // "the cutover took the booking service down for 47 minutes": a service taken down, not on purpose (not
    // "Kwame took the old WMS offline on Sunday night, as planned", nor "brought pick time down").
    String.raw`(?<!\b(?:I|we|they|you)\s(?:then\s|also\s)?)\b(?:took|knocked) (?:the |our |their |its )?(?:[\p{L}-]+ ){0,2}?${SERVICE} (?:down|offline)\b${NOT_ON_PURPOSE}`,
  ].join('|'),
  'giu',
);

// Damage denied or rehearsed is none: "Not a single customer was double-charged", "Zero records were missing",
// "We lost no orders", "we rolled the config back twice in rehearsal".
const NEGATED_BEFORE = /\b(?:no|not|zero|none|nothing|never|without|nobody|no one|neither|nor)\b[^,;:]*$/i;
const NOTHING_AFTER = /^\s+(?:no|zero|none|nothing|any|not)\b/i;
const NOTHING_IN = /\b(?:lost|dropped|corrupted|wiped|deleted|duplicated)\s+(?:no|zero|none)\b/i;
const REHEARSED_AFTER = /^[^,;:]{0,30}?\b(?:in|during|on) (?:the |a |our )?(?:staging|rehearsals?|tests?|testing|test environment|dry[- ]runs?|pre-?prod(?:uction)?|sandbox)\b/i;

/** Whether a sentence tells of damage done, not denied or rehearsed. */
function damaged(sentence: string): boolean {
  for (const m of sentence.matchAll(CALL_DAMAGED)) {
    const end = m.index + m[0].length;
    if (NEGATED_BEFORE.test(sentence.slice(Math.max(0, m.index - 80), m.index)) || NOTHING_IN.test(m[0]) || NOTHING_AFTER.test(sentence.slice(end, end + 12))) continue;
    if (REHEARSED_AFTER.test(sentence.slice(end, end + 60))) continue;
    return true;
  }
  return false;
}

/** Whether a sentence of the action makes a risky call, and a sentence after it, in the action or the result, tells of damage. */
function riskyCallDamaged(told: readonly { field: SpokenField; words: string }[]): number | undefined {
  // The call in the action, or told as the background in the candidate's own words ("In August I approved a
  // Friday release. I skipped the canary because the change looked small.").
  const call = told.findIndex((s) => (s.field === 'action' || s.field === 'situation') && RISKY_CALL.test(s.words));
  if (call < 0) return undefined;
  // The damage after the call, in the same sentence ("I skipped the rehearsal, and the cutover took bookings down")
  // or one after it.
  const called = RISKY_CALL.exec(told[call]!.words)!;
  if (damaged(told[call]!.words.slice(called.index + called[0].length))) return call;
  const damage = told.findIndex((s, i) => i > call && (s.field === 'action' || s.field === 'result') && damaged(s.words));
  return damage < 0 ? undefined : damage;
}

// The candidate's own change, then damage after it: "I shipped a config change that made the consumer reprocess
// offsets, and 1,340 cards were charged twice". (A fix of theirs after someone else's damage tells it first: "the
// release broke refunds, so I shipped a fix" has the damage before the change.)
const OWN_CHANGE =
  /\bI (?:shipped|deployed|pushed|merged|released|rolled out|applied|made|wrote|ran|changed|enabled|turned on|switched on)\b (?:a|an|the|my)\s(?:[\p{L}\p{N}-]+ ){0,3}?(?:change|release|deploy|deployment|patch|migration|script|update|config|configuration|query|rule|flag|setting|job)\b/u;

// The candidate's own work not done in time, told in the action or the result: "I could not get the retraining done in
// time", "I couldn't deliver the forecasts on time", "we were unable to finish the model before Diwali", "my forecasts
// were not ready in time". Damage after it makes a failure (see lateWorkDamaged); alone it may be a miss recovered from.
// Not someone else's work: a subject other than "I" or "we" ("The vendor could not deliver the data on time"), what
// was to come from someone ("I could not get the sales history from the vendor in time"), or a party's own ("the
// vendor's feed", "Nielsen's panel data").
const ON_TIME = String.raw`(?:in time|on time|on schedule|before (?:the )?(?:deadline|cut-?off|freeze|due date|peak|festival|sale|season|launch)|by the (?:deadline|due date|cut-?off)|within the (?:deadline|timeline|time-?frame|window|sprint)|before (?!(?:I|We|The|It|They|He|She)\b)\p{Lu}[\p{L}-]+)`;
// (…nor a sign-off or an approval, which is someone else's to give: "I could not get legal sign-off in time".)
const OTHERS_WORK = String.raw`(?:vendors?|suppliers?|partners?|clients?|customers?|contractors?|agency|agencies|carriers?|\p{Lu}[\p{L}-]*['’]s|\b(?:sign-?offs?|approvals?|clearance|go-ahead|legal|compliance))\b`;
const LATE_OWN_WORK = new RegExp(
  [
    String.raw`\b(?:I|[Ww]e)\s+(?:(?:could|did)(?:\s+not|n['’]t)|(?:was|were)(?:\s+not|n['’]t)\s+able\s+to|(?:was|were)\s+unable\s+to|failed\s+to)\s+(?:(?:quite|fully|manage\s+to)\s+)?(?:get|finish|complete|deliver|ship|land|have|make|release|launch|roll out|hand over|send|submit|publish|produce|train|retrain|build|deploy|migrate|prepare|wrap up|turn around|push)\b(?:(?!\b(?:because|but|so|and|from|as|since|when|while|which|until)\b|${OTHERS_WORK})[^.;:!?\n]){0,80}?\b${ON_TIME}(?![\p{L}-])`,
    String.raw`\b(?:[Mm]y|[Oo]ur)\s+(?:(?!${OTHERS_WORK})[\p{L}\p{N}-]+\s+){1,3}?(?:was|were)(?:\s+not|n['’]t)\s+(?:(?:quite|fully)\s+)?(?:done|ready|delivered|finished|complete|completed|live|shipped|deployed|retrained|trained|out)\b(?:(?!\b(?:because|but|so|and|as|since|when|while|which|until)\b)[^.;:!?\n]){0,30}?\b${ON_TIME}(?![\p{L}-])`,
  ].join('|'),
  // (Not 'i': a name after "before" starts with a capital, "before Diwali", and "the" does not.)
  'u',
);

/**
 * Where the candidate's own work told as not done in time (LATE_OWN_WORK) stands, in a sentence of the action or the
 * result, when damage follows it there or in the next sentence of either: "…and I could not get the retraining done in
 * time. We under-forecast sweets by 35%, and 12 dark stores ran out of stock". (A miss recovered from has no damage
 * after it: "…so I set a manual uplift, and no store ran out of stock"; damage told further on is another matter's, a
 * review found: "…so I trained the first shift myself. Checkout went down when the payment vendor's gateway failed".)
 */
function lateWorkDamaged(told: readonly { field: SpokenField; words: string; sentence: string }[]): { i: number; at?: number } | undefined {
  const fields: readonly SpokenField[] = ['action', 'result'];
  for (const [i, s] of told.entries()) {
    if (!fields.includes(s.field)) continue;
    const late = LATE_OWN_WORK.exec(s.words.replace(SUPPOSED, (m) => ' '.repeat(m.length)));
    if (!late) continue;
    const after = s.words.slice(late.index + late[0].length);
    // (The next spoken sentence of the action or the result only: each is asked once, so the time grows with the text.)
    const next = told.slice(i + 1).find((t) => fields.includes(t.field));
    if (damaged(after) || (next !== undefined && damaged(next.words))) return { i, at: late.index };
  }
  return undefined;
}

// Money the candidate's side lost, told in the action or the result: "We lost 420,000 dollars", "the early launch lost us
// $420k", "we took a €90k loss on the stock". Not a loss cut, avoided or prevented, which is no loss at all ("cut losses
// by $1M", "avoided losing $2M", "we nearly lost $1M": the subject must lose it, in the past), nor the problem's
// running rate ("we were losing $2M a month before I…", "we lost $2M a year to chargebacks"), nor a small loss told as
// one ("we lost only $3,000"), nor what a finding showed or a past before the candidate ("I found we lost $400k to
// duplicate refunds", "the year before I joined we lost $2M"), nor a loss "had" told as background (HAD_LOSS_BACKGROUND:
// "we had lost $3M when I took over", "in 2022", "…, so I rebuilt the rules").
const LOSS_FIELDS: readonly SpokenField[] = ['action', 'result'];
const LOSER = String.raw`(?:I|we|the (?:company|business|bank|firm|fund|group)|our (?:company|business|bank|firm|fund|group))`;
// What may stand between the verb of a loss and its amount: "lost about $120k", "cost the company an estimated £2M",
// "lost US $3M". (LOST_BEFORE's tail, and AMOUNT_LEAD after "cost us".)
const AMOUNT_WORDS = String.raw`(?:(?:about|around|roughly|over|more than|almost|nearly|close to|an estimated|a total of|some|at least)\s+)?(?:(?:us|eur|gbp|usd|inr|r|a|c|nz|rs\.?)\s?)?`;
const LOST_BEFORE = new RegExp(
  String.raw`(?<!\b(?:if|in case|whether|unless)\s+)\b(?:(?<lost>${LOSER}(?:\s+(?:then|ultimately|eventually|quickly|also|still|in the end|together|already|had(?:\s+already)?))?\s+lost|lost\s+(?:us|me|the (?:company|business|bank|firm|fund|group)))|(?<took>${LOSER}\s+(?:took|suffered|incurred|absorbed|ate|booked)(?:\s+(?:a|an))?))\s+${AMOUNT_WORDS}$`,
  'iu',
);
// No money lost at all: "we lost $0 to crane downtime", "€0k".
const ZERO_AMOUNT = /^\D*0+(?:[.,]0+)?(?![.,]?\d)\D*$/;
const MONEY_WORD = /^(?:\s?(?:dollars|euros?|pounds|usd|eur|gbp|rupees|inr|yen))?/i;
const LOSS_RATE = /^,?\s+(?:(?:a|an|per|each|every)\s+(?:day|night|week|month|quarter|year|shift|season)|annually|monthly|yearly|weekly|daily|nightly)\b/i;
const LOSS_NOUN = /^\s+(?:(?:in|of)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:loss|losses|write-?offs?|hit)\b/iu;
const LOSS_FOUND = /\b(?:found|find|discovered|showed|shown|calculated|estimated|worked out|noticed|realised|realized|proved|traced|reckoned|learned|learnt)\b(?:(?!\b(?:and|but|so|then)\b)[^;:.!?\n])*$/i;
const LOSS_BACKGROUND = /\b(?:before|until|by the time) (?:I|we) (?:joined|arrived|came|took over|started)\b|\b(?:last|the previous|the prior) (?:year|quarter)\b|\bthe year before\b/i;
// A year the loss or the cost is told in: "in 2022", "during early 2021", "throughout 2023".
const PAST_YEAR = String.raw`\b(?:in|during|throughout|through|over|across) (?:(?:all|most|much|early|late|mid-?)\s+(?:of\s+)?)?(?:19|20)\d{2}\b`;
// What the candidate did about a loss or a mishap, told after it: "so I rebuilt the rules", "so the CFO asked me to
// rebuild them", "before I rebuilt it".
const REMEDY = String.raw`(?:I (?:then |quickly |finally )?(?:rebuilt|rewrote|replaced|redesigned|re-?architected|overhauled|retired|fixed|took over|took (?:it|them|the [\p{L}-]+) over|stepped in|was (?:brought in|called in|hired|asked)|set up|built|introduced)|[\p{L}\s'’-]{1,40}?\b(?:asked|brought in|called in|hired|sent) me)\b`;
// A loss told in the past perfect ("we had lost $3M") as background, not the candidate's failure: beside their arrival
// ("when I took over"), in a year, or before what they did about it ("…, so I rebuilt the rules"). (Not "By Monday we
// had lost $40k of orders", nor "…, so the ops team paused the promotion".)
const HAD_LOSS_BACKGROUND = new RegExp(String.raw`\bwhen (?:I|we) (?:joined|arrived|came in|came on board|took over|started|stepped in|took (?:it|them|the [\p{L}-]+) over)\b|${PAST_YEAR}`, 'iu');
const REMEDY_AFTER = new RegExp(String.raw`\b(?:so|before|until)\s+${REMEDY}`, 'iu');
// A cost told as background: in a year, or before the candidate's remedy ("it cost us $3M before I rebuilt it").
const COST_BACKGROUND = new RegExp(String.raw`${PAST_YEAR}|\bbefore\s+${REMEDY}`, 'iu');

/** Where in a sentence of the action or the result the words of money lost start, if it tells of any (see LOST_BEFORE). */
function moneyLostAt(sentence: string): number | undefined {
  if (!/\blost\b|\b(?:took|suffered|incurred|absorbed|ate|booked)\b/i.test(sentence) || LOSS_BACKGROUND.test(sentence)) return undefined;
  for (const metric of findMetrics(sentence)) {
    if (metric.kind !== 'money' || ZERO_AMOUNT.test(metric.text)) continue;
    const before = sentence.slice(0, metric.index);
    const lost = LOST_BEFORE.exec(before);
    if (!lost || LOSS_FOUND.test(sentence.slice(0, lost.index))) continue;
    if (/\bhad\b/i.test(lost[0]) && (HAD_LOSS_BACKGROUND.test(sentence) || REMEDY_AFTER.test(sentence.slice(metric.index)))) continue;
    const end = metric.index + metric.length;
    const after = sentence.slice(end + (MONEY_WORD.exec(sentence.slice(end))?.[0].length ?? 0));
    if (lost.groups!.lost !== undefined ? LOSS_RATE.test(after) : !LOSS_NOUN.test(after)) continue;
    return lost.index;
  }
  return undefined;
}

// What a mishap of the candidate's side cost it, told in the action or the result: "the bug cost us two enterprise
// renewals", "the outage cost the company $120k", and "it cost the company $120k", "that cost us two renewals" or "…, which
// cost us the account" where the sentence, or the one before, tells of the candidate's own change, a check they skipped, a
// risky call or a mishap of theirs. Not a cost only supposed ("would have cost us $2M", "could cost", "saved what would have
// cost": no mishap stands just before "cost"), none ("cost us nothing", "$0", "no customers"), a price ("the licence cost us
// $3k a year": no mishap, and a rate), a cost worked out ("I calculated what the outage cost us"), a mishap denied ("not
// one bug cost us a renewal") or someone else's ("the vendor's outage", "the AWS outage": a name among its words; "the
// supplier outage", "the cloud provider outage"), nor one planned or old ("the planned downtime", "the legacy outages"),
// one told in a year ("cost us $2M in 2022") or before the candidate's remedy ("it cost us $3M before I rebuilt it"), nor
// the price of a trade-off ("I kept Dublin on the mainframe; it cost us £180,000 in extended support").
const MISHAP = String.raw`(?:bugs?|mistakes?|errors?|outages?|incidents?|defects?|crash(?:es)?|downtime|failures?|glitch(?:es)?|oversights?|misconfigurations?|regressions?|breach(?:es)?|leaks?|blunders?|missteps?|faults?|typos?|miss)`;
const MISHAP_SUBJECT = String.raw`(?:the|that|this|our|my|one|a|an)\s+(?<words>(?:[\p{L}\p{N}-]+\s+){0,3}?)${MISHAP}\b(?!-)`;
const COST = new RegExp(
  String.raw`(?<!\b(?:if|in case|whether|unless|what|how much)\s+)\b(?:(?<mishap>${MISHAP_SUBJECT})|(?<pronoun>it|this|that|which))(?:\s+(?:alone|then|eventually|ultimately|also|already|had|has|in the end|in total|together))?\s+cost(?:\s+(?:us|me|(?:the|our|my) (?:company|business|bank|firm|fund|group|team)))?\s+`,
  'giu',
);
const OWN_MISHAP = new RegExp(MISHAP_SUBJECT, 'giu');
// What may stand between "cost us" and the amount: "cost us about $120k", "cost the company an estimated £2M".
const AMOUNT_LEAD = new RegExp(`^${AMOUNT_WORDS}$`, 'iu');
// Business lost, as CUSTOMER_LOST hears it: customers, their renewals, accounts or deals. (Not people who went without a
// service for a while, as "we lost 3,100 sign-ups during the outage" is none: "cost us 3,100 sign-ups".)
const LOST_BUSINESS =
  /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|hundreds of|thousands of|several|\d[\d,]*)\s+(?:[\p{L}-]+\s+){0,2}?(?:renewals?|customers?|clients?|accounts?|deals?|contracts?|partners?)|(?:the|our|its|their)\s+(?:[\p{L}\p{N}&'’-]+\s+){0,3}?(?:renewal|customer|client|account|deal|contract|partnership|tender|bid))\b(?!['’])/iu;

// Words that make a mishap someone else's, or no mishap of the candidate's: a supplier's ("the cloud provider outage"),
// one planned ("the planned downtime") or an old one ("the legacy outages").
// (The words of time only right before the mishap: "the scheduled job bug", "the old script bug" are a bug in a thing the
// candidate may own.)
const OTHERS_MISHAP = /\b(?:suppliers?|vendors?|providers?|carriers?|third[- ]party|contractors?|upstream)\b|\b(?:planned|scheduled|legacy|old|previous|former|inherited)\s*$/iu;

/**
 * Whether a mishap's words make it someone else's: a capitalised word among them names someone ("the AWS outage", "the
 * Stripe bug"), and so do a supplier's word, "planned", or "legacy" or "old" (OTHERS_MISHAP).
 */
function othersMishap(words: string): boolean {
  return /\p{Lu}/u.test(words) || OTHERS_MISHAP.test(words);
}

/**
 * Where the first words end in `text` that tell of a mishap of the candidate's side, their own change, a check they
 * skipped or a risky call of theirs, if any: what "it", "that" or "which" before "cost" may stand for.
 */
function ownCauseEnd(text: string): number | undefined {
  const ends = [OWN_CHANGE, SKIPPED_CHECK, RISKY_CALL].flatMap((re) => {
    const m = re.exec(text);
    return m ? [m.index + m[0].length] : [];
  });
  for (const m of text.matchAll(OWN_MISHAP)) {
    if (othersMishap(m.groups!.words!) || deniedBefore(text, m.index)) continue;
    ends.push(m.index + m[0].length);
    break;
  }
  return ends.length > 0 ? Math.min(...ends) : undefined;
}

/** Whether the money `metric` is what a mishap cost, told just after "cost us" ending at `end`, and not a rate. */
function amountCost(sentence: string, end: number, metric: Metric): boolean {
  if (!AMOUNT_LEAD.test(sentence.slice(end, metric.index))) return false;
  const after = metric.index + metric.length;
  const word = MONEY_WORD.exec(sentence.slice(after, after + 12))?.[0].length ?? 0;
  return !LOSS_RATE.test(sentence.slice(after + word, after + word + 40));
}

/** Where in a sentence of the action or the result the words of what a mishap cost start, if it tells of a loss (see COST); `before` is the sentence before it. */
function costLostAt(sentence: string, before = ''): number | undefined {
  if (!/\bcost\b/i.test(sentence) || LOSS_BACKGROUND.test(sentence) || COST_BACKGROUND.test(sentence)) return undefined;
  // Each asked once, however many times "cost" is told: the amounts in order, and where a cause of the candidate's own
  // ends (-1: in the sentence before).
  let money: Metric[] | undefined;
  let next = 0;
  let cause: number | undefined | null = null;
  const causeEnd = () => (cause === null ? (cause = ownCauseEnd(before) !== undefined ? -1 : ownCauseEnd(sentence)) : cause);
  for (const m of sentence.matchAll(COST)) {
    const end = m.index + m[0].length;
    money ??= findMetrics(sentence)
      .filter((metric) => metric.kind === 'money' && !ZERO_AMOUNT.test(metric.text))
      .sort((a, b) => a.index - b.index);
    while (next < money.length && money[next]!.index < end) next++;
    const lost = LOST_BUSINESS.test(sentence.slice(end, end + 120)) || (next < money.length && amountCost(sentence, end, money[next]!));
    if (!lost) continue;
    const owned = m.groups!.mishap !== undefined ? !othersMishap(m.groups!.words!) : (causeEnd() ?? Infinity) <= m.index;
    if (owned && !deniedBefore(sentence, m.index) && !LOSS_FOUND.test(sentence.slice(Math.max(0, m.index - 200), m.index))) return m.index;
  }
  return undefined;
}

/** Where the words of a loss start in a sentence of the action or the result: money lost, or what a mishap cost (`before`: the sentence before). */
function lossAt(sentence: string, before?: string): number | undefined {
  const found = [moneyLostAt(sentence), costLostAt(sentence, before)].filter((i) => i !== undefined);
  return found.length > 0 ? Math.min(...found) : undefined;
}

/** Whether a sentence of the candidate's tells of a change of theirs, and it or the next sentence, in the action or the result, of damage after it. */
function ownChangeDamaged(told: readonly { field: SpokenField; words: string }[]): number | undefined {
  for (const [i, s] of told.entries()) {
    if (s.field !== 'action' && s.field !== 'situation') continue;
    const change = OWN_CHANGE.exec(s.words);
    if (!change) continue;
    if (damaged(s.words.slice(change.index + change[0].length))) return i;
    const next = told[i + 1];
    if (next && (next.field === 'action' || next.field === 'result') && damaged(next.words)) return i + 1;
  }
  return undefined;
}

// A title that says the story is the candidate's failure, in their own first-person words: "The migration I got wrong",
// "My worst launch", "Learning from my mistakes on the payments launch", "The date I missed". Only these: a title that tells
// of a failure without "I" or "my" ("How we recovered a failing launch", "Recovering from my predecessor's mistake") is
// what the story is about, which may be a success; nor denied ("It wasn't my fault", "How I never missed a date"), nor a
// term of the trade ("my error budget", "my failure domains", "my errors dashboard"), nor a compound ("my worst-case plan",
// "my worst-performing region"), nor nothing missed ("I missed nothing"), nor supposed ("What if I missed the window?")
// or asked ("Was it my fault?": a yes-or-no question, see YES_NO_QUESTION).
const TITLE_FAILURE = new RegExp(
  [
    String.raw`\bI (?:got (?:it |this |that |(?:the |my |our )?(?:[\p{L}-]+ ){0,3}?)?(?:badly |completely |totally |all )?wrong|was wrong|missed(?!\s+nothing\b)|failed${FAILED_OVER}|messed up|screwed up|botched|fumbled|dropped the ball|underestimated|misjudged|misread|overpromised|over-promised|made (?:a|an|the|my) (?:[\p{L}-]+ )?(?:mistake|error|misstep|blunder|wrong call)|(?:picked|chose|hired|bought|ordered) the wrong|should have|could have (?:prevented|avoided|caught|stopped)|let (?:the team|my team|them|the customer|the client|everyone) down)\b`,
    String.raw`(?<!\b(?:not|never|no)\s|n['’]t\s)\bmy (?:own |biggest |worst |first |costliest |most expensive |big |real )?(?:mistakes?|failures?|errors?|fault|blunders?|missteps?|misses|miss|fiasco|flop)\b(?!-|\s+(?:budgets?|rates?|handling|modes?|logs?|messages?|codes?|analysis|paths?|domains?|tolerance|bars?|reports?|states?|cases?|dashboards?)\b)`,
    String.raw`(?<!\b(?:not|never|no)\s|n['’]t\s)\bmy worst\b(?!-)|\bthe (?:mistake|failure|error|miss|call) was (?:all |entirely )?mine\b`,
  ].join('|'),
  'iu',
);

// A yes-or-no question, which supposes what it asks: "Was it my fault?", "Did I miss the window?". (Not "Why I missed
// the date", which tells it.)
const YES_NO_QUESTION = /(?:^|(?<=[.!:;]\s*))\s*(?:was|were|is|are|am|did|do|does|had|have|has|could|would|should|can|will|might|must)(?:n['’]t)?\b[^.!?:;]*\?/giu;

/** Where the title's first-person failure words start (TITLE_FAILURE), if it has any. */
function titleFailureAt(title: string): number | undefined {
  const blank = (m: string) => ' '.repeat(m.length);
  const at = title.replace(SUPPOSED, blank).replace(YES_NO_QUESTION, blank).search(TITLE_FAILURE);
  return at < 0 ? undefined : at;
}

/** Why a story counts as a failure story: a tag, the first sentence that tells of one, by the words above or by the model, or the title. */
export type FailureSign =
  | { readonly by: 'tag'; readonly tag: string }
  /** The title, in the candidate's own first-person failure words (TITLE_FAILURE); `at`: where they start. */
  | { readonly by: 'title'; readonly title: string; readonly at: number }
  | {
      readonly by: 'words' | 'model';
      readonly field: SpokenField;
      readonly index: number;
      readonly sentence: string;
      /** Where in `sentence` the words that tell of the failure start, where the patterns place them, for a quote to show them. */
      readonly at?: number;
    };

/**
 * Where the first words a failure pattern finds start in `sentence`, if any: a quote of a long sentence shows them,
 * not only its start (a twentieth user's trial saw "I ran three game days and made every team lead sign…" quoted
 * for a "failed" far past it). (String#search starts at 0 whatever a global pattern's lastIndex.)
 */
function failureAt(sentence: string, lossToo: boolean, before?: string): number | undefined {
  const found = [...FAILURE_TELLS_ALL.map((re) => tellAt(re, sentence)), ...[UNDONE_WORK, CUSTOMER_LOST].map((re) => sentence.search(re))].concat(lossToo ? [lossAt(sentence, before) ?? -1] : []).filter((i) => i > 0);
  return found.length > 0 ? Math.min(...found) : undefined;
}

export function failureSign(story: StoryData): FailureSign | undefined {
  const tag = (story.tags ?? []).find((t) => FAILURE_TAGS.test(t));
  if (tag !== undefined) return { by: 'tag', tag };
  return toldFailure(story, true);
}

/**
 * Where the story's words first tell of the candidate's failure, by the patterns or the model, whatever its tags and
 * title say: what came after the failure is told from there on (a rule laid down before it is no lesson from it).
 */
export function failureToldAt(story: StoryData): { readonly field: SpokenField; readonly index: number } | undefined {
  const sign = toldFailure(story, false);
  return sign && (sign.by === 'words' || sign.by === 'model') ? { field: sign.field, index: sign.index } : undefined;
}

/** The failure the story's words tell of (see failureSign), the title too when `titleToo`. */
function toldFailure(story: StoryData, titleToo: boolean): FailureSign | undefined {
  // The words first, in every section, so that a finding quotes the plainest evidence.
  const told = toldOfCandidate(story);
  let against: Set<string> | undefined;
  const opposed = () => (against ??= opposedWork(story));
  const byWords = told.find(
    (s, i) =>
      failureWords(s.words, opposed) ||
      skippedCheckDamaged(s.words, told[i + 1]?.field === s.field ? told[i + 1]!.words : undefined) ||
      (LOSS_FIELDS.includes(s.field) && lossAt(s.words, told[i - 1]?.words) !== undefined),
  );
  if (byWords) {
    // (The situation's words are its clauses of the candidate's, so a place in them is none in the sentence.)
    const previous = told[told.indexOf(byWords) - 1]?.words;
    const at = byWords.words === byWords.sentence ? failureAt(byWords.sentence, LOSS_FIELDS.includes(byWords.field), previous) : undefined;
    return { by: 'words', field: byWords.field, index: byWords.index, sentence: byWords.sentence, ...(at === undefined ? {} : { at }) };
  }
  const damaged = riskyCallDamaged(told) ?? ownChangeDamaged(told);
  if (damaged !== undefined) {
    const { field, index, sentence } = told[damaged]!;
    return { by: 'words', field, index, sentence };
  }
  const late = lateWorkDamaged(told);
  if (late !== undefined) {
    const { field, index, sentence } = told[late.i]!;
    return { by: 'words', field, index, sentence, ...(late.at === undefined ? {} : { at: late.at }) };
  }
  // The title, told in the first person as a failure, where the body tells it in no words these patterns know.
  const title = titleToo ? titleFailureAt(story.title ?? '') : undefined;
  if (title !== undefined) return { by: 'title', title: story.title!, at: title };
  // The model first: it is cheap, and the trade-off patterns need to run only on the rare sentence it fires on.
  const byModel = told.find((s) => MODEL_FIELDS.includes(s.field) && fires(failureModel, s.sentence) && failureModelMayJudge(s.sentence));
  return byModel && { by: 'model', field: byModel.field, index: byModel.index, sentence: byModel.sentence };
}

export function isFailureStory(story: StoryData): boolean {
  return failureSign(story) !== undefined;
}

/**
 * The story's sentences that can tell of the candidate's failure, in order, with the words to look in
 * (`words`): the situation's only in its clauses that speak of the candidate ("We had a scheduler nobody
 * understood, and it failed twice a month" tells of the scheduler's failure, the problem to solve).
 */
function toldOfCandidate(story: StoryData): { field: SpokenField; index: number; sentence: string; words: string }[] {
  // Not the `tradeoff:` field: a cost accepted there ("two of them had to be rebuilt later") is the price of a
  // choice, said as the candidate was asked to say it, not a failure.
  return SPOKEN_FIELDS.filter((field) => field !== 'tradeoff').flatMap((field) => {
    const text = textOf(story, field);
    return sentenceRanges(text)
      .map(([start, end]) => {
        const sentence = text.slice(start, end);
        const words = field === 'situation' ? sentence.split(NEW_CLAUSE).filter((clause) => FIRST_PERSON.test(clause)).join(' … ') : sentence;
        return { field, index: start, sentence, words };
      })
      .filter((s) => s.words !== '');
  });
}
