/**
 * Ownership in the candidate's own words: actions with "I" as the subject ("I pulled the traces"), and
 * decisions ("I decided", "I chose", "I cut", "I pushed for"). A bullet or a terse sentence that starts with a
 * past-tense verb ("- Reviewed the plan with…", "Escalated to the VP same day.") is an "I" action with the "I"
 * left out.
 */
import { inOwnVoice } from './voice.js';
import { IRREGULAR_PARTICIPLES, PARTICIPLE } from './words.js';

// "I" and the verb after it, skipping an adverb or two: "I then personally ran". Each adverb can be read one way
// only ("personally" by [a-z]+ly alone, not by name too), or a run of them with no verb after it backtracks through
// every reading: 26 "quickly"s after "I have" took 56 s.
const I_ACTION =
  /\bI(?:\s+(?:also|then|first|later|again|still|myself|[a-z]+ly))*\s+(?!(?:was|am|had|have|think|believe|guess|suppose|feel|felt|tried|hoped|wanted|needed|helped|could|would|should|might|may|must|will|can|do|did|didn['’]t|don['’]t|wasn['’]t|not|never|also)\b)([a-z][a-z'’-]+)/g;
// The same told in the present perfect, as German and Polish English often tells a finished act: "I have analysed the
// logs", "I've sat with each lead", "I have also written the runbook". A regular participle counts where an object,
// a preposition, a name or the sentence's end follows it (not "I have limited time", "I have mixed feelings": "have"
// as owning), an irregular one from a list (PARTICIPLE); not "I have to…", "I have a…", "I have been told", "I have had…", "I
// have got a…", "I have read access", nor the verbs the simple past leaves out ("I have tried", "I have helped").
const I_PERFECT_ACTION = new RegExp(
  String.raw`\bI(?:\s+have|['’]ve)(?:\s+(?:also|then|first|already|since|again|myself|[a-z]+ly))*\s+(?!(?:tried|hoped|wanted|needed|helped|felt|thought|believed|guessed|supposed|based|related|interested|concerned|need|feed|seed|speed|indeed|red|bed|shed)\b|read(?:\s+|-)(?:access|rights|permissions?|only)\b)${PARTICIPLE}`,
  'g',
);
// The irregular past tenses a bullet or a terse sentence opens with: "- Ran the pilot", "Led the cutover.".
const IRREGULAR_OPENING = 'Ran|Led|Built|Wrote|Set|Cut|Held|Made|Took|Drove|Chose|Sent|Met|Found|Kept|Put|Brought|Told|Gave|Paid|Sold|Won|Began|Spent|Split|Shut';
// A bullet that opens with its verb: "- Reviewed the plan with Legal".
const BULLET_ACTION = new RegExp(String.raw`^[ \t]*[-*•][ \t]+(?:[A-Z][a-z]+ed|${IRREGULAR_OPENING})\b`, 'gm');
// Where a sentence told without "I" starts: a line, or after a full stop.
const SENTENCE_START = String.raw`(?:^[ \t]*|[.!?;][ \t]+)`;
// What comes after a verb rather than after an adjective or a name: "Escalated to…", "Moved the launch…" (not
// "Scheduled maintenance ran long", "Ahmed from the supplier…").
const objectNext = (more = ''): string =>
  String.raw`(?=\s+(?:(?:the|a|an|my|our|their|his|her|its|this|that|these|those|it|them|him|me|us|to|with|for|on|in|into|up|out|down|off|back|over|against|across|every|each|all|both|one|two|three|four|five|six|seven|eight|nine|ten${more})\b|\d|[$£€])|\s*[:.;!?]|\s*$)`;
const OBJECT_NEXT = objectNext();
// A sentence told tersely, without "I", that opens with its verb: "Escalated to the supplier VP same day."; a
// regular verb only where an object or a preposition follows it. Not a participle that opens a sentence about
// something else ("Based on the data, …", "Delayed by the vendor, …"), nor a word that only ends like a verb.
const TERSE_ACTION = new RegExp(
  String.raw`${SENTENCE_START}(?!(?:Based|Compared|Given|Related|Concerned|Supposed|Interested|Used|Needed|Required|Expected|Faced|Armed|Speed|Need|Feed|Seed|Indeed|Red|Bed|Shed)\b|(?:Asked|Told|Tasked)\s+to\b)(?:[A-Z][a-z]+ed${OBJECT_NEXT}|(?:${IRREGULAR_OPENING})\b(?![-'’]))(?!,|\s+by\b)`,
  'gm',
);
// Work parked, shelved, put off, cancelled, retired or deleted, as "I cut…" is: a call on what goes. Only with its object
// after it ("I parked our SLO dashboard project", "I deleted 38 alerts"; not "I parked in the visitor lot", "I retired in
// 2020", "…and cancelled slots go back"), and not a car parked nor a deletion told as an accident.
const SET_ASIDE =
  'parked|shelved|postponed|scrapped|cancell?ed|de-?scoped|decommissioned|retired|deleted|switched off|turned off';
const SET_ASIDE_OBJECT = String.raw`(?=\s+(?:the|a|an|my|our|their|his|her|its|this|that|these|those|it|them|every|each|all|both|half|most|some|any|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|dozens)\b|\s+\d)(?!\s+(?:(?:the|my|our|a|his|her|their)\s+)?(?:car|van|truck|lorry|bike|vehicle|motorbike)s?\b)`;
// A choice the candidate made, told in their own voice: "I cut…", "…and refused to…", "I agreed with
// Legal to pause…", "the call was mine", "I put feature work on hold".
const DECISION_VERB = new RegExp(
  String.raw`\b(?:decided|chose|picked|opted|made the (?:call|decision)|took the (?:decision|call(?= to\b))|called (?:it|a|the)|proposed|recommended|pushed (?:for|back|to)|insisted|argued|approved|signed off|prioriti[sz]ed|deprioriti[sz]ed|cut|killed|dropped|deferred|delayed|held (?:the|back|firm)|refused|declined|turned down|overruled|vetoed|committed|bet|escalated|stopped|paused|switched|reallocated|redirected|moved|traded|accepted|gave up|said no|kept|left|set (?:a|the)\s+(?:date|deadline|bar|goal|target|gate|scope|budget|priority|priorities)|(?<!\b(?:accidentally|mistakenly|inadvertently|wrongly|unknowingly)\s)(?:${SET_ASIDE})${SET_ASIDE_OBJECT}|put\s+(?:[\w-]+\s+){1,4}?on\s+(?:hold|ice))\b`,
  'g',
);
// …and one told tersely, opening a bullet or a sentence: "- Chose air freight over sea", "Escalated to the VP.";
// a regular verb only where an object follows it (not "Delayed shipments cost the plant", "Proposed changes…"), or a
// bare noun moved somewhere where the sentence tells what it was chosen over ("- Moved disk and CPU warnings to a daytime
// ticket queue instead of the pager"; not "Escalated tickets went to the vendor rather than to us", another subject's
// verb after the noun).
const CHOSEN_OVER = String.raw`(?=\s+(?=[a-z])(?:(?!(?:[\w-]+ed|went|were|was|are|is|got|came|ran|fell|rose|cost|costs|took|made|had|has|have|stayed|grew|kept|sat|left)\s)[\w-]+\s+){1,4}?(?:to|into|onto|from|off|out of|over|behind|under|across|through)\s[^.!?;\n]{0,100}?\b(?:instead of|rather than|in favou?r of)\b)`;
const TERSE_DECISION = new RegExp(
  String.raw`(?:^[ \t]*(?:[-*•][ \t]+)?|[.!?;][ \t]+)((?:Chose|Picked|Cut|Killed|Held (?:the|back|firm)|Kept|Gave up|Said no|Turned down|Signed off|Pushed (?:for|back|to)|Made the (?:call|decision)|Took the (?:decision|call(?= to\b))|Put\s+(?:[\w-]+\s+){1,4}?on\s+(?:hold|ice))\b(?![-'’])|(?:Decided|Opted|Proposed|Recommended|Insisted|Argued|Approved|Prioriti[sz]ed|Deprioriti[sz]ed|Dropped|Deferred|Delayed|Refused|Declined|Overruled|Vetoed|Committed|Escalated|Stopped|Paused|Switched|Reallocated|Redirected|Moved|Traded|Accepted)(?:${OBJECT_NEXT}|${CHOSEN_OVER})|(?:Parked|Shelved|Postponed|Scrapped|Cancell?ed|De-?scoped|Decommissioned|Retired|Deleted|Turned off)(?:${SET_ASIDE_OBJECT}|${CHOSEN_OVER}))`,
  'gm',
);
const DECISION_PHRASE = /\bI (?:agreed|decided|chose|opted)(?: with [^.;!?]{1,60}?)? to\b|\b(?:the|that) (?:call|decision) was mine\b|\bmy (?:call|decision)\b/g;

// The past tenses a list of actions goes on with after its first verb, "I went through 6 weeks of pages, deleted 14
// noisy alerts, and moved 9 others": a regular one, or an irregular one as a bullet opens with, or a few more; after
// a perfect, its irregular participles too: "I have analysed the logs, moved the jobs and written the runbook".
const listVerb = (more = ''): RegExp =>
  new RegExp(
    String.raw`^(?!(?:based|compared|given|related|concerned|supposed|interested|used|needed|required|expected|faced|armed|need|feed|seed|speed|breed|bleed|heed|proceed|exceed|succeed|indeed|embed|hundred|red|bed|shed)\b)(?:[a-z]+ed|${IRREGULAR_OPENING.toLowerCase()}|went|got|saw|spoke|rebuilt|rewrote|broke|threw|dug${more})\b(?![-'’])${objectNext('|through|from|at|about')}`,
  );
const LIST_VERB = listVerb();
// ("given" stays out: "I have moved the jobs, given the freeze" gives a reason.)
const LIST_PARTICIPLE = listVerb(`|${IRREGULAR_PARTICIPLES.filter((p) => p !== 'given').join('|')}`);
// …and in the middle of one of its items: "deleted 14 alerts and moved 9 others".
const AND_VERB = /\band(?:\s+then)?\s+(?=\S)/g;
const LIST_REACH = 4000;
const VERB_REACH = 300;
// The end of a sentence: a stop before a space or the end (not "2.4 s"), or a line's end.
const SENTENCE_END = /[.!?](?=\s|$)|[;\n]/;

/**
 * The actions listed after one the candidate told, `from` its verb's end to the sentence's: "I went through the
 * pages, deleted 14 alerts, and moved 9 others" lists two more. Each item after a comma (one before a space, not
 * "2,400") counts while it opens with a past tense and its object ("deleted 14…", "and moved 9…", "then cut…"); the
 * list ends at the first that doesn't ("…, Dana moved the check"), as another subject's clause or a noun's comma
 * does. "and" with a verb after it inside an item counts too: "I pulled the traces and moved the check". After a
 * `perfect`, an item may open with an irregular participle: "I have analysed the logs, moved the jobs and written the runbook".
 */
function listedActions(text: string, from: number, perfect = false): number {
  // (A sentence is read at most LIST_REACH characters on, and each verb at most VERB_REACH: read to the text's end after each
  // "I" and each "and", "I and ran" over 150 kB took minutes.)
  const rest = text.slice(from, from + LIST_REACH);
  const end = rest.search(SENTENCE_END);
  const [own, ...items] = (end < 0 ? rest : rest.slice(0, end)).split(/,(?=\s)/);
  const verb = perfect ? LIST_PARTICIPLE : LIST_VERB;
  const ands = (item: string) => [...item.matchAll(AND_VERB)].filter((m) => verb.test(item.slice(m.index + m[0].length, m.index + m[0].length + VERB_REACH))).length;
  let count = ands(own!);
  for (const item of items) {
    const said = item.trim().replace(/^(?:and\s+then|and|then)\s+/, '');
    if (!verb.test(said)) break;
    count += 1 + ands(said);
  }
  return count;
}

// Leaving a job, told as the story's setting or its epilogue, is no act the story rests on, nor a decision in it: "I have
// left the company", "I left Acme in 2022", "I've since left the bank", "I left the team two weeks before launch", "I left
// to join a start-up", "I quit my job", "I resigned from the bank", "I moved on to another role". Work left as it was is
// still the candidate's ("I left the old reports untouched", "I left Slack out of phase one", "I left the team to decide",
// "I left the team a runbook", "I left Birkenhead, the messiest depot, until last"): the employer, the team or a name (in
// capitals: case matters here) must end its phrase, with nothing after it but the sentence's end or when and why the
// candidate went. Joining one is the setting too, not an act ("I joined Acme in 2021", "I joined the company in March as its
// first TPM", "When I joined, the backlog was 400", "- Joined Acme in 2021"), and so is moving to a post ("I moved to the
// payments team in 2021"; "I moved to Kafka in 2021" is a move of the work); joining a call, a room, a committee or a
// person is an act ("I joined the incident call", "I joined the war room at 2am", "I joined Priya on the call", "I joined
// Priya Nair, our SRE lead, on the bridge", "I joined the steering committee as the TPM", "I joined forces with…").
const MONTH = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;
const WENT_WHEN = String.raw`(?=\s*(?:[.;!?)]|$|,\s+(?:and|but|so|then|after|when|once|which|where|to)\b)|\s+(?:in\s+(?:\d{4}|(?:early|mid|late)\b|${MONTH}\b|the\s+(?:spring|summer|autumn|fall|winter|new year)\b)|(?:after|before|when|once|shortly|soon|later|last)\b|on\s+(?:[\p{L}-]+\s+)?leave\b|(?:\d+|a|an|one|two|three|four|five|six|a few|several)\s+(?:days?|weeks?|months?|years?)\s+(?:before|after|later|into|ago)\b|to\s+(?:join|take up|start|become|go|move|pursue|found)\b|for\s+(?:a|an|another|the)\s+(?:[\p{L}-]+\s+)?(?:job|role|company|position|start-?up|team|opportunity|offer|competitor|rival)\b|and\s+(?:joined|moved|went|took|started)\b))`;
const EMPLOYER = String.raw`(?:(?:the|my|our|that|this|a)\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+|[\p{L}-]+\s+)?(?:company|firm|business|organi[sz]ation|org|employer|bank|start-?up|agency|consultancy|job|role|position|post|industry|team|squad|department|project|programme|program)|\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)?`;
// A post moved to, by a word for one (not a thing moved to, "I moved to Kafka in 2021"): "I moved to the payments team
// in 2021", "I moved over to a new role in March".
const NEW_POST = String.raw`(?:(?:the|a|an|another|my|a new)\s+)?(?:[\p{L}-]+\s+)?(?:company|firm|business|organi[sz]ation|org|employer|bank|start-?up|agency|consultancy|job|role|position|post|team|squad|department)`;
// What a candidate joins to act in it, not as a job: "the incident call", "the steering committee", "the escalation".
const GATHERING = String.raw`call|meeting|review|bridge|room|incident|stand-?up|session|workshop|sync|huddle|channel|rota|rotation|panel|board|committee|escalation|council|forum|steerco|task\s+force|working\s+group|triage|war\s+room`;
// (Joined as what: "as its first TPM", "as a TPM".)
const JOINED_AS = String.raw`(?:\s+as\s+(?:(?:a|an|the|its|their|our|my)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+[\p{L}-]+)?)?`;
// …and anything joined as a job's title, whatever follows: "I joined a regional broadcaster as a senior TPM in 2021", "I
// joined as the TPM to launch the portal". (Not a meeting joined in a post: "I joined the review as the TPM for payments".)
const JOB_TITLE = String.raw`(?:[Tt]echnical\s+)?(?:[Pp]rogram(?:me)?|[Pp]roject|[Pp]roduct|[Ee]ngineering|[Dd]elivery|[Rr]elease)\s+[Mm]anager|TPM|PM|EM|(?:engineering|software|data|site reliability)\s+engineer|(?:engineering\s+)?(?:manager|director|lead)|head\s+of\s+[\p{L}-]+|architect|analyst|consultant|contractor|CTO|CIO|VP(?:\s+of\s+[\p{L}-]+)?`;
const JOINED_AS_TITLE = String.raw`joined\s+(?!forces\b|(?:the|a|an|our|their|every|each)\s+(?:[\p{L}-]+\s+)?(?:${GATHERING})s?\b)(?:[\p{L}\p{N}'’&-]+,?\s+){0,8}?as\s+(?:(?:a|an|the|its|their|our|my)\s+)?(?:(?:senior|junior|lead|principal|staff|first|only|new|interim|sole|founding)\s+)*(?:${JOB_TITLE})\b`;
const CAREER_MOVE = new RegExp(
  String.raw`^(?:${JOINED_AS_TITLE}|joined(?:\s+(?:${EMPLOYER}))?${JOINED_AS}(?:${WENT_WHEN}|,(?=\s)(?!\s+(?:our|my|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?!(?:company|firm|business|bank|start-?up|agency|consultancy|employer|insurer|retailer|lender|fintech|scale-?up|unicorn|group|org|organi[sz]ation)s?,)[\p{L}-]+,))|moved\s+(?:over\s+)?to\s+${NEW_POST}${JOINED_AS}${WENT_WHEN}|(?:left|quit)(?:\s+(?:${EMPLOYER}))?${WENT_WHEN}|resigned(?:\s+(?:from|as)\b|${WENT_WHEN})|moved\s+on(?:\s+(?:to|from)\s+(?:(?:a|an|another|the|my|a new)\s+)?(?:[\p{L}-]+\s+)?(?:role|job|company|firm|employer|team|position))?${WENT_WHEN})`,
  'u',
);

/** Whether the verb at `at` in `text` tells the candidate leaving or joining a job (CAREER_MOVE), in either case ("- Joined Acme…"). */
const careerMove = (text: string, at: number): boolean => CAREER_MOVE.test(text.slice(at, at + 120).replace(/^\p{Lu}/u, (c) => c.toLowerCase()));

export function countIActions(text: string): number {
  // The verb ends each match: its own words are where a job left or joined is told from.
  const verbAt = (m: RegExpMatchArray) => m.index! + m[0].length - (/\S+$/.exec(m[0])?.[0].length ?? 0);
  const move = (m: RegExpMatchArray) => careerMove(text, verbAt(m));
  const simple = [...text.matchAll(I_ACTION), ...text.matchAll(BULLET_ACTION), ...text.matchAll(TERSE_ACTION)];
  const told = simple.filter((m) => !move(m));
  // What the candidate did after joining is still theirs: "I joined Acme in 2021 and inherited the migration", "I moved to
  // the payments team in 2021 and rebuilt the ledger".
  const joined = simple.filter((m) => move(m) && /^(?:joined|moved)$/i.test(/\S+$/.exec(m[0])?.[0] ?? ''));
  const perfects = [...text.matchAll(I_PERFECT_ACTION)].filter((m) => !move(m));
  const listed = (n: number, m: RegExpMatchArray, perfect: boolean) => n + listedActions(text, m.index! + m[0].length, perfect);
  return told.length + perfects.length + [...told, ...joined].reduce((n, m) => listed(n, m, false), 0) + perfects.reduce((n, m) => listed(n, m, true), 0);
}

export function findDecisions(text: string): { index: number; text: string }[] {
  // Not a passive, said or implied: "the launch was delayed", "Delayed by the vendor, the launch slipped".
  const passive = (m: RegExpMatchArray) => /\b(?:was|were|been|be|is|are)\s+$/i.test(text.slice(Math.max(0, m.index! - 6), m.index)) || /^\s+by\b/i.test(text.slice(m.index! + m[0].length));
  const verbs = [...text.matchAll(DECISION_VERB)].filter((m) => inOwnVoice(text, m.index, { singular: true }) && !passive(m) && !careerMove(text, m.index));
  const terse = [...text.matchAll(TERSE_DECISION)].filter((m) => !careerMove(text, m.index + m[0].length - m[1]!.length)).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
  const found = [...verbs.map((m) => ({ index: m.index, text: m[0] })), ...terse, ...[...text.matchAll(DECISION_PHRASE)].map((m) => ({ index: m.index, text: m[0] }))];
  return found.sort((a, b) => a.index - b.index);
}
