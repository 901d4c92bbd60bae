/**
 * Lessons. A story carries one when it has a `learned:` field, says what the candidate learned or does
 * differently now ("Since then I profile the data first", "What I took from it: ..."), or tells of a change
 * made so it can't happen again (alerts set up, a check added, a step added to the release checklist,
 * renewal automated, time set aside "so the team could build a config linter"), or, after a mistake the candidate
 * owns out loud, a practice begun that recurs ("I admitted my own mistake…, and agreed with Maria Lopez to share our
 * roadmap every month"; not the recovery of the incident itself). Look-alikes that are not
 * lessons: a discovery ("I learned that the vendor had known"), a result told with "now" ("we now process
 * twice the volume"), "since then" followed by how things went, a resolution to do better in general ("in
 * future I will be more careful"), a takeaway restaurant, and lessons taught in a school. Where the patterns
 * find none, the trained lesson model (src/text/classify.ts) reads each sentence after the situation. Which
 * stories are failures: src/text/failure.ts.
 */
import { AFTER_SITUATION, SPOKEN_FIELDS, spokenText, textOf, type StoryData } from '../bank/schema.js';
import { anySentence } from './classify.js';
import { failureToldAt } from './failure.js';
import { ownedMistakeEnd } from './owned-mistake.js';
import { IRREGULAR_SIMPLE_PASTS } from './passive.js';
import { sentenceRanges } from './sentences.js';
import { IRREGULAR_PAST } from './words.js';
import lessonModel from './models/lesson.js';

// What follows "I learned" when it is a discovery, not a lesson: a past fact about someone or something.
const FACT_VERB = String.raw`(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:had|hadn['’]t|was|wasn['’]t|were|weren['’]t|did|didn['’]t|knew|would|could|already)\b`;
const DISCOVERY = String.raw`(?!\s+(?:that\s+)?(?:the|a|an|his|her|their|its|they|he|she|it|someone|somebody|nobody|one of)\s+${FACT_VERB})(?!\s+(?:of|about)\s+(?:the|it|this|that|a|an)\b)`;
// "I now / we now / now I" followed by a state of affairs ("we now process", "I now lead") is a result.
const NOW_RESULT = String.raw`(?!\s+(?:have|has|own|lead|manage|report|sit|work|hold|oversee|head|am|are|process|serve|handle|see|get|reach|support|cover|host|employ|save|spend|earn|sell|ship|make)\b)`;
// Who does what after "since then": a practice ("Since then I…", "Since that rollback, every change…"),
// not how things went ("Since then, the service has had no outages").
const PRACTICE_SUBJECT = String.raw`,?\s+(?:(?:in|at|on|for|before) (?:every|each|any|all) [\p{L}/-]+(?: [\p{L}/-]+)?,?\s+)?(?:I|we|every|each|all|no|any|nothing|none)\b`;
// "Since this," and "Since that," for "since then", a practice after them (dev round 41, in a French writer's English:
// "Since this, I ask to the field team the list of door operator models before each validation"): told in the present
// or with "now", "always" or "never", so not what was done next ("Since this, I decided to roll back": "because of
// this"; "we escalated to the vendor", "we lost two customers": no past tense, regular or irregular), nor a cause ("Since
// this was the last wave, I…", with no comma), nor how things went ("Since that, the line has had no stop", "we have had
// two more outages", "every release has gone out clean"). Or a change made afterwards, told in the past ("Since this, we
// rewrote the importer", "I added a soak step", "we started running a soak"), or a practice kept ("we kept a weekly review
// with the vendor", "we have always run a dry run first").
const TOLD_PAST = [...new Set([...IRREGULAR_PAST, ...IRREGULAR_SIMPLE_PASTS, 'had', 'was', 'were', 'could', 'would', 'should', 'might', 'did', 'fell', 'grew', 'rose', 'knew', 'overran', 'slid', 'sank', 'shrank', 'stuck'])];
// (Not what only happened next: "we started losing customers", "started to lose", "changed nothing", "made it through the
// audit", "built up a backlog", "set up a meeting", "stopped to think".)
const NOT_A_PRACTICE_STARTED = String.raw`(?!(?:losing|missing|failing|slipping|falling|dropping|getting|seeing|having|hearing|receiving|to (?:lose|miss|fail|slip|fall|drop|get|see|have|hear|receive))\b)`;
const CHANGED = String.raw`(?:rebuilt|redesigned|reworked|added|introduced|built(?! up\b)|set up(?! (?:a |an |the )?(?:meeting|call|chat|session|catch-up)s?\b)|put in|created|automated|changed(?! (?:nothing|little|very little|hardly anything)\b)|replaced|adopted|instituted|established|standardi[sz]ed|made (?:(?:it|this|that) (?:a |an |the |our )?(?:rule|mandatory|compulsory|required|standard|policy|practice|habit|requirement|default)|a rule|every|each|all)\b|kept(?! \p{L}+ing\b))`;
const CHANGE_MADE = String.raw`(?:rewrote|${CHANGED}|(?:started|began) ${NOT_A_PRACTICE_STARTED}(?=\p{L}+ing\b|to\b)|stopped (?=\p{L}+ing\b))`;
const CHANGE_DONE = String.raw`(?:rewritten|${CHANGED}|(?:started|begun) ${NOT_A_PRACTICE_STARTED}(?=\p{L}+ing\b|to\b)|stopped (?=\p{L}+ing\b))`;
const SINCE_THIS =
  String.raw`\bsince (?:this|that),\s*(?:(?:I|we)(?:\s+|(?=['’]ve\b))(?:` +
  // A practice, in the present: "I ask", "we always run".
  String.raw`(?:(?:now|always|never|still|also)\s+)?(?!(?:now|always|never|still|also|have|has|${TOLD_PAST.join('|')})\b|\p{L}*[^\se]ed\b)\p{L}` +
  // A change made, or a practice kept: "we rewrote the importer", "I also added a soak step", "we kept the weekly review".
  String.raw`|(?:(?:also|then)\s+)?${CHANGE_MADE}` +
  String.raw`|(?:have|['’]ve)\s+(?:(?:also|since)\s+)?(?:(?:always|never)\s+(?!(?:had|been|seen|lost|missed|failed|slipped)\b)\p{L}|${CHANGE_DONE})` +
  String.raw`)|(?:every|each|no|any)\s(?![^.;!?\n]{0,200}?\b(?:has|have|had) (?:had|been|gone|seen|come|lost|missed|failed|slipped)\b))`;
const SINCE_EVENT = String.raw`(?:day|incident|launch|outage|project|programme|program|rollback|roll-back|failure|mistake|miss|release|episode|experience|pilot|cut-?over|review|post-?mortem|retro(?:spective)?|near-miss|escalation|audit|breach|migration)`;
// After the event: "afterwards", "after that", "after that weekend", "after the outage" (dev round 38: "After that weekend I
// stopped releasing to all the fleet at once").
const AFTER_IT = String.raw`(?:afterwards|after that|after (?:that|this|the) (?:[\p{L}-]+ ){0,2}?(?:${SINCE_EVENT}|weekend|week|day|night|morning|month|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday))`;
const PROCESS = String.raw`(?:checklist|runbook|playbook|template|definition of done|launch review|launch gate|release gate|release process|sign-off|onboarding|standards?)`;
const LESSON_WORD = String.raw`(?<!\b(?:cover|swimming|driving|music|piano|online|maths|math|english|science|school|classroom|weekly|daily|live|recorded|remote|virtual|timetabled|taught|french|spanish|art|dance)\s)\blessons?\b(?!\s+(?:plans?|timetables?|were taught|are taught|taught|slots?|materials?|content|videos?|recordings?|observations?))`;
const TAKEAWAY = String.raw`\b(?:takeaway|take-away)s?\b(?!\s+(?:orders?|restaurants?|menus?|apps?|shops?|food|meals?|deliver(?:y|ies)|customers?|market|sector|brands?|outlets?|partners?|containers?|packaging))`;

const LESSON = new RegExp(
  [
    String.raw`\b(?:I|we)(?:['’]ve| have)? (?:learned|learnt|realised|realized)\b${DISCOVERY}`,
    String.raw`\b(?:I|we)(?:['’]ve| have)? took away(?=\s+(?:from|that)\b|\s*[:,.;])`,
    TAKEAWAY,
    String.raw`\bI (?:run|do|write|plan|ask|check|build|insist|require|start|keep|make|use|budget|book|add|include|review|test|bring|involve|share|read|set|put|hold|schedule|get|treat|profile|pilot|rehearse) now\b`,
    String.raw`\bin (?:the )?future,? I\b|\bI(?:['’]d| would) (?:now |today |always )?(?:start|insist|push|involve|build in|pilot|budget|rehearse|test|change|plan for)\b|\bfrom now on\b`,
    String.raw`\b(?:do|done|handle|handled|run|plan|approach|approached) (?:(?:it|this|that|things) )?differently\b|\bI (?:now |still )?always (?![\p{L}]+ed\b)[\p{L}]+|\bnever again\b`,
    LESSON_WORD,
    String.raw`\bI now\b${NOW_RESULT}|\bnow I\b${NOW_RESULT}|\bwe now\b${NOW_RESULT}`,
    String.raw`\b(?:since then|ever since|since (?:that|this) time)${PRACTICE_SUBJECT}|${SINCE_THIS}|\bfrom then on\b|\bgoing forward\b|\bnext time\b`,
    // A habit at every occasion of a kind: "in every go/no-go I ask one question first".
    // (Present tense only: "At each depot I put one supervisor in charge" is what was done.)
    String.raw`\b(?:in|at|on|before) (?:every|each) [\p{L}/-]+(?: [\p{L}/-]+)?,? I (?:now )?(?:ask|check|insist|require|start|make|bring|review|test|book|add|walk)\b`,
    String.raw`\b(?:in hindsight|in retrospect|looking back),? I(?:['’]d| would| should)\b|\b(?:I|we)(?:['’]ve| have) since\b|\bthese days\b|\bI(?:['’]d| would) (?:now|today)\b`,
    String.raw`\bif I (?:did|had to do|ran) (?:it|this|that) again\b|\bI (?:changed|have changed) (?:how|the way|(?:my|our) (?!mind\b))|\bI (?:still|always) (?:do|run|ask|check|insist)\b`,
    String.raw`\b${AFTER_IT},? I (?:(?:added|changed|made|set up|introduced|required|started|wrote|put|built|created)\b|stopped (?=\p{L}+ing\b))|\b${AFTER_IT},? I (?:got|had) (?:[\p{L}\p{N}'’-]+ ){1,8}?(?:written|built|added|put|baked|made) (?:into|in|part of)\b|\bso (?:it|this|that) (?:can(?:not|['’]t)|won['’]t|would(?:n['’]t| not)|never) happen again\b|\btaught me\b|\bshowed me (?:that|how|why|what|when|to)\b|\bshowed me the (?:value|importance|cost|price|danger|need|limits?)\b`,
    String.raw`\bfrom (?:that|this) point on\b|\bsince (?:that|this|the) (?:[\p{L}-]+ ){0,2}?${SINCE_EVENT}${PRACTICE_SUBJECT}|\bchanged (?:how|the way) I\b|\bnow (?:always|never)\b|\bmy rule now\b`,
    String.raw`\b(?:added|wrote|put|built|baked)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:to|into|in)\s+(?:the|our|my|every|each|a)\s+(?:[\p{L}'’-]+\s+){0,2}?${PROCESS}\b`,
    String.raw`\bto prevent (?:a )?(?:recurrence|repeat)\b|\bnowadays\b|\bI no longer\b|\bmy (?:habit|rule|practice|default|routine|approach)(?: now| these days| since| ever since| since then)? is\b`,
    String.raw`\bI(?:['’]ve| have) (?:changed|made it a rule|started|stopped|learned|learnt)\b|\bI (?:now )?make (?:it )?a (?:rule|point) to\b`,
    // Lessons told in other words: "What I took from it", "I came away knowing", "that stuck with me".
    String.raw`\bwhat I (?:took|take|carried|carry)(?: away)? from\b|\bwhat I (?:do|did|would do) (?:differently|now)\b|\bI (?:came|walked) away (?:with|knowing|convinced)\b|\b(?:stuck|stayed) with me\b|\bI (?:took|carry|carried|take) (?:that|it|this|the lesson|those lessons) (?:into|forward|with me)\b|\bthe hard way\b`,
    // Lessons in business English: "My key learning was that a pilot must come first", "My learnings: pilot first, …",
    // "Key learning:", "From this experience I take that…", "I take away that…". (Not "learning" as a skill or a field:
    // "the learning rate", "machine learning", "the learning curve was steep".)
    String.raw`(?<!\b(?:machine|deep|reinforcement|federated|supervised|unsupervised|e|online|distance|blended|transfer|active|ensemble|statistical|lifelong)[\s-])\blearnings\b|\b(?:my|our|one|key|main|biggest|big|important|first|second|third|core|top|personal|real)\s+(?:(?:key|main|biggest|big|important|personal|real|core|one)\s+)?learning(?:\s+(?:for me|from (?:it|this|that)(?:\s+[\p{L}-]+)?))?\s*(?:was|is|here was|:|—|–)|\bthe (?:(?:key|main|biggest|big|important|personal|real|core|one)\s+)?learning (?:for me|here|from (?:it|this|that))\b`,
    String.raw`\b(?:from|out of) (?:this|that|it|the)(?: (?:[\p{L}-]+ )?(?:experience|project|incident|episode|failure|mistake|miss|programme|program|migration|rollout|launch|one)\b)?,? I (?:take|took|have taken)\s+(?:away\b|that\b|the (?:lesson|point)\b|(?:one|two|three) things?\b|this:|:)|\bI (?:take|took) (?:away|with me|home) (?:that|from)\b`,
    // A standing change: "I made it mandatory", "is now part of every launch", "every fare change now gets", "is
    // now a separate step in the move runbook", "the calendar release template now has a sign-off line".
    String.raw`\bmade (?:it|this|that|them) (?:a )?(?:mandatory|standard(?!\s*(?:that|:))|a requirement|a gate|part of (?:the|our|my|every|each))\b|\b(?:is|are) now (?:mandatory|required|standard|a gate|part of|(?:a|an) (?:[\p{L}-]+ )?(?:step|item|gate|check|line|stage|field|rule) (?:in|on|of) (?:the|our|my|every|each|a) (?:[\p{L}-]+ ){0,3}?(?:runbook|checklist|template|procedure|process|playbook|review|gate|plan|form|release|launch|cut-?over|go-live|sign-off|handover|hand-off|standard|policy))\b|\b(?:the|our|my) (?:[\p{L}-]+ ){0,3}?(?:template|checklist|runbook|playbook|procedure|process|form|policy|standard)s? now (?:has|have|includes?|carries|carry|asks|requires|lists)\b|\b(?:every|any|each) (?:(?!(?:I|we)\b)[\p{L}-]+ ){0,3}(?:(?:I|we) (?![\p{L}-]+ed\b)[\p{L}-]+ )?now (?:gets|has|goes|needs|requires|starts|includes|runs|carries|must)\b`,
    // A standing practice told of the candidate's own plans: "My go-live dates for anything physical get set after
    // a floor walk with the shift lead, never before it."
    // (Only with a mark of the change: "now", "only", "always", or "never before it". "Our release dates are set
    // after the planning review" describes how things work.)
    String.raw`\b(?:my|our) (?:[\p{L}'’-]+ ){1,6}?(?:(?:now|only|always) (?:get|gets|are|is|go|goes) |(?:get|gets|are|is|go|goes) (?:now|only|always) )(?:set|made|agreed|fixed|planned|signed off|reviewed|booked|checked|tested|scheduled|confirmed) (?:only )?(?:after|once|when|until)\b|\b(?:my|our) (?:[\p{L}'’-]+ ){1,6}?(?:get|gets|are|is|go|goes) (?:set|made|agreed|fixed|planned|signed off|reviewed|booked|checked|tested|scheduled|confirmed) (?:only )?(?:after|once|when|until)\b[^.!?\n]{1,80}?,? (?:and )?(?:never|not) (?:before|until)\b`,
    String.raw`\b(?:on|for|in) (?:the|my|every|each) next (?:[\p{L}-]+ ){0,2}?(?:launch|release|project|programme|program|rollout|migration|cut-?over|one),? I\b|\bI(?:['’]ll| will) (?:always|never|now)\b|\b(?:now|today|these days),? (?:before|on every|for every|for any|on any|at every|with every)\b`,
  ].join('|'),
  'iu',
);
// Remediation: what was put in place so the failure can't recur.
const SAFEGUARD = String.raw`(?:alerts?|alarms?|checks?|gates?|guardrails?|kill switch(?:es)?|safeguards?|checklists?|checkpoints?(?!\s+with\b)|pre-mortems?|canar(?:y|ies)|rehearsals?|dry[- ]runs?|buffers?|linters?|validators?|lint rules?)\b(?!-(?:ins?|outs?)\b)`;
const PUT_IN = String.raw`(?:set up|added|introduced|built|put in|created|wrote|so (?:that )?(?:the team|my team|I|we|they|the engineers|engineers) could (?:set up|add|introduce|build|put in|create|write))`;
const CHANGE = new RegExp(
  [
    String.raw`\b(?:became|has become|was made|were made)\s+(?:a\s+)?(?:required|mandatory|standard|permanent|compulsory)\s+(?:step|part|check|gate|stage|item)\b`,
    String.raw`\b(?:no|nothing|never)\b[^.!?\n]{0,40}?\b(?:ships?|goes|go|launch(?:es)?|runs?|moves?|leaves?)\s+now\s+without\b`,
    // "I added expiry alerts", and the second of two things put in: "Added a dry-run mode to the pipeline and a
    // canary on 1% of traffic" (a new one: not "I built the pipeline and the alerts kept firing").
    String.raw`\b${PUT_IN}\s+(?:[\p{L}\p{N}-]+\s+){0,3}?${SAFEGUARD}`,
    String.raw`\b${PUT_IN}\s+[^.;!?\n]{1,60}?\s(?:and|plus)\s+(?:a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?${SAFEGUARD}`,
    // What a safeguard has done since: "Since the canary, 4 bad configs caught before prod".
    // (The safeguard itself, then a comma: not "Since the alerts fired, we stopped the rollout".)
    String.raw`\bsince (?:the|that|this|we added the|I added the) (?:[\p{L}\p{N}-]+ ){0,2}?${SAFEGUARD},\s+[^.;!?\n]{0,60}?\b(?:caught|blocked|flagged|prevented)\b`,
    String.raw`\b(?:rewrote|tightened|revised|amended)\s+(?:the|our|my)\s+(?:[\p{L}-]+\s+){0,2}?(?:procedure|process|policy|checklist|runbook|playbook|template|standard)\b`,
    String.raw`\b(?:was|were|got) automated\b|\bautomated (?:the )?(?:renewal|rotation|checks?|rollback|tests?|alerts?)\b`,
  ].join('|'),
  'iu',
);

// A rule laid down for what is done from then on: "I set a rule that a crew goes out only when two neighbouring loggers
// agree", "I made a new policy: no Friday deploys" (dev round 37), "I set a rule for every access change on the
// antennas: 48 hours on the test antenna first" (dev round 38). Not one followed or found ("the rule that blocked us",
// "I broke the rule that…"), nor one someone else made ("Our CTO had set a rule that no one deploys on Fridays", "the
// platform team made a new policy: …", "My director made it a rule that…"): the candidate's ("I", or a bullet with no
// subject), and only after the failure (see ruleLaidDown; "I made it a rule that…" told before the failure clears nothing).
// (Whom it binds may be said before what it says: "for every access change", "for my team", "for the night shift",
// "for everyone"; people only after "my", "our" or "the", since "a rule for the firewall that blocks…" is a setting.)
const RULE_PEOPLE = String.raw`(?:team|teams|crew|crews|staff|squad|squads|group|department|desk|shift|shifts|people|engineers|developers|planners|controllers|checkers|operators|technicians|dispatchers|reviewers|approvers|leads|managers)`;
const RULE_FOR = String.raw`(?:for|on) (?:every|each|all|any) [^.:;!?\n]{1,60}?|for (?:my|our|the) (?:own |whole |entire )?(?:[\p{L}-]+ ){0,2}?${RULE_PEOPLE}(?: [^.:;!?\n]{1,40}?)?|for (?:everyone|everybody|all of us)(?: [^.:;!?\n]{1,40}?)?`;
const LAID_RULE = String.raw`(?:(?:set|made|introduced|laid down|put in place|wrote|agreed|brought in)\s+(?:a|one)\s+(?:new\s+|simple\s+|firm\s+|hard\s+|standing\s+)?(?:rule|policy|standard)|made\s+(?:it|this|that)\s+(?:a\s+|my\s+|our\s+)?(?:rule|policy|standard))\s*(?:${RULE_FOR})?\s*(?:that|:|—|-)\s`;
const RULE = new RegExp(String.raw`\b${LAID_RULE}`, 'iu');
const RULE_BY_ME = new RegExp(String.raw`(?:\bI (?:(?:then|also|later|quickly|immediately|personally|soon|just|have|had)\s+)?|(?:^|\n)[ \t]*(?:[-*•][ \t]*)?)${LAID_RULE}`, 'giu');

/** Whether the candidate lays down a rule (RULE_BY_ME) after the situation, and after the sentence that tells of the failure. */
function ruleLaidDown(story: StoryData): boolean {
  let failure: ReturnType<typeof failureToldAt> | null = null;
  return AFTER_SITUATION.some((field) =>
    [...textOf(story, field).matchAll(RULE_BY_ME)].some((m) => {
      if (failure === null) failure = failureToldAt(story);
      if (failure === undefined) return true;
      const [mine, its] = [SPOKEN_FIELDS.indexOf(field), SPOKEN_FIELDS.indexOf(failure.field)];
      return mine > its || (mine === its && m.index >= failure.index);
    }),
  );
}

// The repair of an owned mistake: a mistake the candidate owns out loud (src/text/owned-mistake.ts: "I admitted my own
// mistake in announcing the reorg by email", "that was on me", "I dropped the ball"), then a practice begun after it
// that recurs ("agreed with Maria Lopez to share our roadmap every month", "set up a monthly skip-level", "I started
// sending a change note"). Not the recovery of the incident itself: what ran until it was over ("held daily calls with
// the client until the backlog cleared"), nor a practice told before the mistake ("I set up weekly checkpoints with the
// vendor. … the miss was mine"), nor in the mistake's own words ("My mistake was not setting up a weekly sync").
const CADENCE = String.raw`(?:weekly|monthly|fortnightly|bi-?weekly|bi-?monthly|quarterly)`;
const EVERY = String.raw`(?:(?:every|each) (?:other )?(?:week|month|quarter|fortnight|sprint|release|monday|tuesday|wednesday|thursday|friday)|(?:once|twice) a (?:week|month|quarter))\b`;
const REPAIR = new RegExp(
  [
    // "to share our roadmap every month", "I send the plant managers a change note every Friday".
    String.raw`\b(?:to|I|we) (?:share|send|review|hold|run|meet|publish|present|walk (?:\p{L}+ )?through|report|demo|check in|go (?:over|through)|update|brief|post|circulate|invite|join)\b[^.;!?\n]{0,60}?\b${EVERY}`,
    // "set up a weekly sync with support", "started a monthly skip-level".
    String.raw`\b(?:set up|started|introduced|instituted|began|launched|created|established|put in place|agreed(?: on)?)\s+(?:(?:a|an|the|our|my)\s+)?(?:new\s+|regular\s+|standing\s+)?${CADENCE}\s+\p{L}`,
    // "I started sending a change note", "we began to hold office hours" (not "we started running the old system
    // in parallel", which is the recovery).
    String.raw`\b(?:I|we|and) (?:then |also )?(?:started|began) (?:to (?:share|send|hold|publish|meet|invite|post)\b|(?:sharing|sending|holding|publishing|meeting|inviting|posting)\b)`,
  ].join('|'),
  'giu',
);
// What ran only until the incident was over.
const BOUNDED = /\b(?:until|till|during|while|for the (?:next|first|rest of|remainder of|duration)|through(?:out)? the (?:incident|outage|recovery|cut-?over|crisis))\b/iu;
// A practice not begun: denied, or only wished for ("My mistake was not setting up…", "I should have agreed to…").
const NOT_BEGUN = /\b(?:not|never|no|without|instead of|rather than|failed to|forgot to|should(?:n['’]t)? have|would have|could have|meant to|planned to)\b|n['’]t\b/iu;

/** Whether the story tells of a recurring practice begun after a mistake the candidate owns (ownedMistakeEnd). */
function repairsOwnedMistake(story: StoryData): boolean {
  const text = spokenText(story);
  const after = ownedMistakeEnd(text);
  if (after === undefined) return false;
  return sentenceRanges(text).some(([start, end]) => {
    if (end <= after) return false;
    // In the mistake's own sentence, only what a clause of its own tells.
    const from = Math.max(start, after);
    const rest = text.slice(from, end);
    const sameSentence = from > start;
    for (const m of rest.matchAll(REPAIR)) {
      const lead = rest.slice(0, m.index);
      if (sameSentence && !/[,;:]|\band\b/.test(lead)) continue;
      const clause = lead.split(/[,;:]|\band\b/).at(-1)!;
      if (NOT_BEGUN.test(clause + m[0]) || BOUNDED.test(rest.slice(m.index))) continue;
      return true;
    }
    return false;
  });
}

export function hasLesson(story: StoryData): boolean {
  const learned = textOf(story, 'learned').trim();
  if (learned && !saysNoLesson(learned)) return true;
  // A `learned:` that only tells what was found out, or a platitude, is read like the rest of the story.
  const fields = learned ? SPOKEN_FIELDS.filter((field) => field !== 'learned') : SPOKEN_FIELDS;
  return (
    fields.some((field) => LESSON.test(withoutLookAlikes(textOf(story, field))) || CHANGE.test(textOf(story, field))) ||
    ruleLaidDown(story) ||
    repairsOwnedMistake(story) ||
    // Lessons come after the event; the situation is before it. (A rule laid down is ruleLaidDown's to judge, by who laid
    // it and when: the model would hear "I made it a rule that…" told before the failure, or someone else's, as a lesson.)
    AFTER_SITUATION.some((field) => field !== 'learned' && anySentence(lessonModel, withoutRules(withoutResolutions(textOf(story, field)))))
  );
}

// "I learned that OrderBridge had no sandbox", "I found out the vendor had…": a past fact found about someone or
// something else, named (case-sensitive, so a capitalised word is a name: "OrderBridge had…", not "testing
// was…"; or a number: "the 170/4 units have…") or a party ("the vendor", "they"). Not a rule or a judgement drawn from it ("the smaller releases were
// safer", "the rehearsal was worth every hour", "the riskiest integration should go first"), nor anything about
// the candidate's own ways after it ("…, so I now ask").
const PARTY = String.raw`(?:[Tt]he|[Oo]ur|[Tt]heir) (?:[\p{L}-]+ ){0,3}?(?:vendor|supplier|client|customer|contractor|partner|bank|platform|agency|consultancy|integrator|provider|carrier|landlord|regulator|auditors?|other team|team|cell|department|office|desk|council|authority|ministry|utility)(?:s|['’]s|s['’])?`;
// What a named thing does or can't, told in the present: "the Bottomline test service does not validate payee
// references", "SlotIQ's nightly moves assume a dedicated crew", "the discom IT cell takes three weeks for any
// firewall change", "Vanderlande's firmware packages carry the site configuration". (Not what it is: "Finance is a partner, not a
// gate" may be the lesson.)
const WHAT_IT_DOES = String.raw`(?:does(?: not|n['’]t)|do(?: not|n['’]t)|cannot|can['’]t|never|only|assumes?|expects?|contains?|requires?|ignores?|rejects?|skips?|takes|carry|carries|bundles?|overwrites?|has(?!\s+to\b)|have(?!\s+to\b))`;
const FOUND_OUT = new RegExp(
  String.raw`(?:^|(?<=[\s,;:]))(?:I|[Ww]e) (?:learned|learnt|found out|discovered|realised|realized|saw|noticed)\s+(?:also\s+)?(?:that\s+)?(?:${PARTY}\s+|(?:[Tt]hey|[Hh]e|[Ss]he)\s+|(?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]*\s+(?!I\b)|(?:[Tt]he\s+)?\p{N}[\p{L}\p{N}/.-]*\s+)(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:had|hadn['’]t|did|didn['’]t|knew|was|wasn['’]t|were|weren['’]t|could(?: not|n['’]t)|${WHAT_IT_DOES})\b(?![^.!?\n]*\b(?:[\p{L}]+er than|more [\p{L}]+ than|better|worse|safer|faster|slower|usually|worth|key|essential|vital|right|wrong|mistake|should|must|(?:has|have|needs?) to|now|I|me|my|myself|we (?:now|always|never|will|make)|our (?:rule|habit|practice|process|checklists?|runbooks?))\b)`,
  'u',
);
// "Communication is key, especially with the stores." (a platitude opening the sentence; what follows may still
// hold a lesson, read by LESSON), and, whole, "Lesson learned.", "I learned a lot."
// "In the end, programmes like this come down to keeping everyone informed." too, and "Every vendor has pros and
// cons", "Hiring the right person is very important for any team".
const PLATITUDE =
  /^(?:(?:in the end|ultimately|at the end of the day),? )?(?:good |clear |early |open )?(?:communication|teamwork|planning|testing|alignment|collaboration|transparency|trust|people|relationships|documentation|preparation|stakeholder management)(?: with [\p{L} -]+)? (?:is|are) (?:the )?(?:key|everything|important|critical|essential|vital|king|paramount|crucial)\b|^(?:in the end,? |ultimately,? |at the end of the day,? )?(?:it|everything|it all|(?:programmes?|programs?|projects?|migrations?|launches?|things) like (?:this|these|that))(?: all)? (?:comes?|came) down to (?:good |clear |open )?(?:communication|people|trust|planning|alignment|teamwork|relationships|keeping (?:everyone|people|stakeholders|all parties) (?:informed|aligned|in the loop|on board))\b|^every (?:vendor|project|team|option|approach|solution|tool|plan|choice|decision|system) has (?:its |their )?(?:pros and cons|strengths and weaknesses|trade-?offs|pluses and minuses|good and bad (?:points|sides))\b|^(?:hiring|choosing|picking|finding|getting|having) the right (?:person|people|hire|vendor|partner|tool|team|leader|lead) (?:is|are) (?:very |really |so |extremely )?(?:important|key|critical|crucial|essential|vital|everything)\b/iu;
const EMPTY_LESSON = /^(?:(?:a |it was a )?(?:valuable |good |great |hard |big )?(?:lesson|learning)(?: experience)?(?: learned| learnt)?|(?:I|we) learn(?:ed|t) (?:a lot|so much|many things|a great deal)(?: from (?:it|this|that))?)[.!]?$/iu;

// Where one sentence joins two things learned, or a finding and a platitude: ", and that", ", and at the end of the day".
const AND_THAT = /,\s+and\s+(?:that\s+|(?=(?:at the end of the day|in the end|ultimately)\b))/iu;
const LEARNED_THAT = /^.*?\b(?:I|[Ww]e) (?:learned|learnt|found out|discovered|realised|realized)\s+(?:that\s+)?/u;

function sentencesOf(text: string): string[] {
  return sentenceRanges(text).map(([start, end]) => text.slice(start, end));
}

// A resolution to do better in general, with nothing named that is done differently: "In future I will be more
// careful with changes", "Going forward I will communicate better with all stakeholders". (Not with the practice
// that makes it one: "…: every setpoint change now gets a second signature", "…by sending a weekly change note", "…and
// now require a second reviewer".)
const VAGUE_RESOLUTION =
  /\b(?:I|we)(?:['’]ll| will| would| should| must| need to| have to| am going to| are going to)\s+(?:try to\s+)?(?:be (?:a lot |much |far )?(?:more|extra) (?:careful|thorough|vigilant|cautious|proactive|diligent|attentive|rigorous)|communicate (?:better|more(?: clearly| often)?)|plan (?:better|more carefully)|pay (?:more|closer) attention|do better)\b/i;
const SPECIFIC = /[:;—–]|\bby\s+\p{L}+ing\b|\bso (?:that|every|each|no)\b|\b(?:every|each|any) [\p{L}-]+ (?:now|must|needs)\b|\b(?:and|so) (?:I |we )?(?:now|always|never) \p{L}+/iu;

// Where a sentence joins two clauses: "Since then I always run a dry run first, and I will be more careful".
const CLAUSE_BREAK = /,\s+(?:and|but)\s+/;

function vague(sentence: string): boolean {
  return (
    VAGUE_RESOLUTION.test(sentence) &&
    !SPECIFIC.test(sentence) &&
    !CHANGE.test(sentence) &&
    !RULE.test(sentence) &&
    // A lesson told in a clause of its own beside the resolution still stands.
    !sentence.split(CLAUSE_BREAK).some((clause) => !VAGUE_RESOLUTION.test(clause) && LESSON.test(clause))
  );
}

/** `text` without its vague resolutions (VAGUE_RESOLUTION). */
function withoutResolutions(text: string): string {
  if (!VAGUE_RESOLUTION.test(text)) return text;
  return sentencesOf(text)
    .filter((sentence) => !vague(sentence))
    .join(' ');
}

/** `text` without the sentences that lay down a rule (RULE): who laid it and when is ruleLaidDown's to judge. */
function withoutRules(text: string): string {
  if (!RULE.test(text)) return text;
  return sentencesOf(text)
    .filter((sentence) => !RULE.test(sentence))
    .join(' ');
}

/** `text` without the sentences that only tell what was found out about someone else (FOUND_OUT), or resolve to do better in general. */
function withoutLookAlikes(text: string): string {
  if (!/\b(?:learned|learnt|found out|discovered|realised|realized|saw|noticed)\b/.test(text)) return withoutResolutions(text);
  return sentencesOf(withoutResolutions(text))
    .filter((sentence) => !FOUND_OUT.test(sentence))
    .join(' ');
}

/**
 * Whether a `learned:` field states no lesson: each of its sentences only tells what was found out about
 * someone or something else ("I learned that OrderBridge had no sandbox"), or is a platitude with nothing the
 * candidate does differently after it ("Communication is key"), or a resolution to do better in general ("I will
 * be more careful with changes"), or says only that a lesson was learned.
 */
function saysNoLesson(learned: string): boolean {
  const empty = (sentence: string): boolean =>
    EMPTY_LESSON.test(sentence) || FOUND_OUT.test(sentence) || vague(sentence) || (PLATITUDE.test(sentence) && !LESSON.test(sentence) && !CHANGE.test(sentence) && !RULE.test(sentence));
  return sentencesOf(learned).every((sentence) => {
    if (empty(sentence)) return true;
    // "I learned that the IT cell takes three weeks, and that communication is key": each part on its own, a
    // later part as it stands or still after the "I learned that" of the first.
    const [first, ...rest] = sentence.split(AND_THAT);
    if (rest.length === 0) return false;
    const lead = LEARNED_THAT.exec(first!)?.[0];
    const alone = (part: string) => empty(part.replace(/^\p{Ll}/u, (c) => c.toUpperCase())) || (lead !== undefined && empty(lead + part));
    return empty(first!) && rest.every(alone);
  });
}
