/**
 * Passive constructions that hide who acted: "a decision was made", "the plan was approved". A passive
 * that names its actor ("approved by Dana Whitfield") hides nothing, and a participle used as an
 * adjective ("was involved in", "were based in", "was tired") is a state, not an action. Quoted speech is
 * left alone.
 */
import { inRanges, quotedRanges } from './quotes.js';
import { contractedD } from './contractions.js';
import { COMMON_WORDS } from './common-words.js';
import { opensWithVerb } from './voice.js';
import { isPlainCommonWord } from './names.js';
import { inWordList } from './words.js';
import { OTHERS_PRONOUN, POSSESSIVE_ENDING } from './possessive.js';

export interface Passive {
  /** Where the phrase starts: its subject when it has a short one ("the runbooks were rewritten"). */
  readonly index: number;
  readonly length: number;
  /** The phrase as written, subject included: "a decision was made". */
  readonly text: string;
  /** The participle: "made". */
  readonly participle: string;
  /** The participle as a simple past, to suggest "I made…". */
  readonly past: string;
  /** The verb's base, to suggest "I did not make…": "make", "escalate". */
  readonly base: string;
  /** What was acted on, as the object of an active verb: "the risk" for "The risk was not escalated" ('' when unknown). */
  readonly object: string;
  /**
   * Set when the passive is negated ("was not escalated", "wasn't", "had never been", "could not be"): the word of
   * negation and the auxiliary an active verb takes, "did" for a past, "do" for a present, "had", "have", "has" for a
   * perfect, or the modal ("could").
   */
  readonly negated?: { readonly word: 'not' | 'never'; readonly aux: string };
  /** A phrasal verb's particle after the participle, with its space, part of `text`: " back" for "was rolled back" (or ''). */
  readonly particle: string;
  /**
   * Set for a verdict passed on the candidate's side's work ("the first build was rejected", "our request was declined"):
   * someone else passed it, a reviewer, a store, a customer or a regulator, so it is theirs to name, not the candidate's
   * to claim. (Told as the scene the candidate's act answers, "when the first build was rejected, I …", it is no finding.)
   */
  readonly verdict?: true;
}

// Each irregular participle's simple past, to suggest "I made…", and its base, to suggest "I did not make…".
// Not words.ts's IRREGULAR_PARTICIPLES, which holds only the participles of acts a perfect tells ("have written"):
// this table holds any a passive takes ("was seen", "was heard"); one list for both would change both rules.
const IRREGULAR: Record<string, readonly [past: string, base: string]> = {
  written: ['wrote', 'write'], rewritten: ['rewrote', 'rewrite'], built: ['built', 'build'],
  rebuilt: ['rebuilt', 'rebuild'], made: ['made', 'make'], done: ['did', 'do'], redone: ['redid', 'redo'],
  run: ['ran', 'run'], rerun: ['reran', 'rerun'], held: ['held', 'hold'], given: ['gave', 'give'],
  taken: ['took', 'take'], undertaken: ['undertook', 'undertake'], seen: ['saw', 'see'],
  overseen: ['oversaw', 'oversee'], known: ['knew', 'know'], shown: ['showed', 'show'], told: ['told', 'tell'],
  sent: ['sent', 'send'], kept: ['kept', 'keep'], set: ['set', 'set'], reset: ['reset', 'reset'],
  put: ['put', 'put'], cut: ['cut', 'cut'], brought: ['brought', 'bring'], bought: ['bought', 'buy'],
  found: ['found', 'find'], lost: ['lost', 'lose'], paid: ['paid', 'pay'], led: ['led', 'lead'],
  left: ['left', 'leave'], met: ['met', 'meet'], won: ['won', 'win'], chosen: ['chose', 'choose'],
  driven: ['drove', 'drive'], broken: ['broke', 'break'], spoken: ['spoke', 'speak'], drawn: ['drew', 'draw'],
  withdrawn: ['withdrew', 'withdraw'], thrown: ['threw', 'throw'], begun: ['began', 'begin'],
  frozen: ['froze', 'freeze'], stolen: ['stole', 'steal'], forgotten: ['forgot', 'forget'], hidden: ['hid', 'hide'],
  overridden: ['overrode', 'override'], split: ['split', 'split'], shut: ['shut', 'shut'], spent: ['spent', 'spend'],
  sold: ['sold', 'sell'], hit: ['hit', 'hit'], said: ['said', 'say'], struck: ['struck', 'strike'],
  torn: ['tore', 'tear'], upheld: ['upheld', 'uphold'], understood: ['understood', 'understand'],
  dealt: ['dealt', 'deal'], fed: ['fed', 'feed'], heard: ['heard', 'hear'], laid: ['laid', 'lay'],
  lent: ['lent', 'lend'], meant: ['meant', 'mean'], proven: ['proved', 'prove'], sought: ['sought', 'seek'],
  shaken: ['shook', 'shake'], shot: ['shot', 'shoot'], spread: ['spread', 'spread'], swept: ['swept', 'sweep'],
  taught: ['taught', 'teach'], cast: ['cast', 'cast'], forecast: ['forecast', 'forecast'], bid: ['bid', 'bid'],
  bound: ['bound', 'bind'], wound: ['wound', 'wind'], mistaken: ['mistook', 'mistake'],
  overtaken: ['overtook', 'overtake'], forgiven: ['forgave', 'forgive'], forbidden: ['forbade', 'forbid'],
  blown: ['blew', 'blow'], caught: ['caught', 'catch'], read: ['read', 'read'], let: ['let', 'let'], quit: ['quit', 'quit'],
  sped: ['sped', 'speed'], slid: ['slid', 'slide'], dug: ['dug', 'dig'], hung: ['hung', 'hang'],
};
/** The simple pasts of the irregular verbs a passive takes (IRREGULAR), lower-case: "wrote", "lost", "broke". */
export const IRREGULAR_SIMPLE_PASTS: readonly string[] = [...new Set(Object.values(IRREGULAR).map(([past]) => past))];
// Participles used as adjectives, or for a state rather than an act.
const STATIVE = new Set(
  (
    'involved interested concerned worried excited pleased satisfied tired based located supposed used married mixed related ' +
    'aligned committed convinced determined surprised disappointed frustrated overwhelmed prepared qualified experienced ' +
    // Swamped by what is named, or by nobody: "the call centre got flooded with complaints".
    'flooded swamped inundated deluged bombarded overloaded snowed ' +
    'skilled limited complicated dedicated motivated exposed needed called named titled labelled ' +
    'labeled known entitled tied scared stuck bored confused embarrassed relieved thrilled delighted ' +
    'impressed annoyed amazed shocked alarmed focused biased advanced detailed sophisticated established engaged ' +
    'unrelated unexpected unsupported outdated automated centralized centralised distributed staffed understaffed ' +
    'overloaded underfunded funded opinionated seasoned gone come become fallen risen arisen done-for started ' +
    'affected unaffected impacted unimpacted blocked unblocked delayed overdue ' +
    // "was untested", "were unchanged": un- makes an adjective, a state with nobody acting ("was unloaded" acts).
    'untested unchanged unused unresolved unanswered unowned unmonitored unpatched unmaintained ' +
    'undocumented unverified unvalidated unreviewed unplanned untracked unexplained unfixed ' +
    'unaddressed unmet unread unanticipated unnoticed unclaimed unaudited'
  ).split(' '),
);
// Participles that, with where or how far after them, tell where something lay, a state and not an act: "it was
// concentrated at transit merchants", "the failures were clustered around the 6 pm peak", "the team was spread too thin
// across eight products". (Not "were being spread", nor a get-passive, which are acts: "the load got spread across
// the zones".)
const PLACED = new Set('concentrated clustered spread scattered dispersed situated centred centered bunched skewed'.split(' '));
const PLACE_AFTER =
  /^\s+(?:(?:mostly|almost entirely|entirely|heavily|largely|mainly|chiefly|evenly|unevenly|thinly|too thin(?:ly)?|so thin(?:ly)?|widely|tightly|overwhelmingly)\s+)?(?:at|in|on|around|round|across|over|among|amongst|between|within|along|near|throughout|towards?|into)\b|^\s+(?:too\s+|so\s+|very\s+)?thin(?:ly)?\b/i;
const DYNAMIC_BE = /^(?:being|got|gets|get|getting)$/i;
// …but where work, money or a plan was put is somebody's choice, as a purpose after it says: "the cutover was spread
// over three weekends to limit risk", "the work was spread evenly across the four squads", "the budget was concentrated
// on the two biggest markets", "testing was centred on the checkout flow". (A quantity or data found lying somewhere,
// "the increase", "the errors", "it" for them, is a state: "it was concentrated at transit merchants".)
const PLACED_BY_CHOICE = new Set(
  (
    'work workload effort efforts tasks testing qa budget budgets funding investment investments money resources hiring ' +
    'recruiting cutover cut-over rollout roll-out migration plan plans roadmap focus attention training marketing ' +
    'campaign campaigns outreach review reviews audit audits pilot pilots'
  ).split(' '),
);
// A purpose in the clause: "…to limit risk", "so that each squad…", "in order to…" (not a span, "from desktop to mobile",
// nor "close to", "due to", "next to the warehouse").
const PURPOSE_AFTER =
  /^(?:(?![.;:!?\n]|,?\s+(?:and|but|then|while|which|because|so(?!\s+(?:that|as)\b))\b)[^])*?(?:\b(?:in order|so as)\s+to\s|\bso\s+that\s|(?<!\b(?:up|close|next|due|prior|compared|relative|similar|according|back|down|equal|near|from\s+[^.;:!?\n]*))\bto\s+(?!(?:the|a|an|our|my|their|its|his|her|this|that|these|those|them|us|me|it|each|every|all|both|one|two|three|four|five|six|seven|eight|nine|ten|some|any|no|about|around|under|over)\b|(?:begin|start)\s+with\b|date\b|be\s+(?:fair|honest|sure)\b)[a-z]+\b)/;
// Participles that, before "to", say what something is for or what was expected: "was designed to scale".
const BEFORE_TO = new Set('designed built meant supposed expected required allowed used set intended planned due able'.split(' '));
const READ_NOUN = /^\s+(?:access|permissions?|rights|privileges|scopes?|roles?|receipts?|replicas?|tokens?|only)\b/i;
const CAUGHT_UNREADY = /^\s+(?:off[- ]guard|short|out|napping|unawares|flat[- ]footed|by surprise|up in|in the middle|between)\b/i;
// Words that end in -ed but are not participles.
const NOT_PARTICIPLE = new Set(
  'need speed feed seed bed red shed proceed succeed exceed breed greed weed deed heed hundred naked sacred wicked rugged ragged wretched crooked dogged'.split(' '),
);
const BE = String.raw`(?:was|were|is|are|been|being|be|got|gets|get|getting|wasn['’]t|weren['’]t|isn['’]t|aren['’]t)`;
const ADVERB = String.raw`(?:(?:not|never|also|then|quickly|finally|eventually|later|soon|immediately|first|only|all|each|both|just|still|already|successfully|formally|jointly|officially|[\p{L}]+ly)\s+){0,2}`;
// The verb "be" alone is consumed, so "was being fixed" is tried at "being" too.
// A word joined to another by a hyphen is an adjective: "phase one would be read-only".
const PASSIVE = new RegExp(String.raw`\b${BE}(?=(\s+${ADVERB})([\p{L}]+)\b(?!-))`, 'giu');
const RESULT_STATE = /^\s+already\s/i;
const PHONED =
  /^\s+(?:once|twice|(?:three|four|five|\d+)\s+times|back|again|ahead|in advance|beforehand|personally|individually|by phone|on the phone|(?:every|each)\s+(?:day|week|morning|evening|month|quarter)|daily|weekly|monthly)\b/i;
const WHEN_OR_BY = /^\s+(?:in|on|at|by|during|last|before|after|when|within)\b/i;
// Participles that, in a "while" clause, say how something stood: "while the car was parked".
const WHILE_STATE = new Set('parked docked locked closed connected plugged charged charging stored moored grounded powered idled'.split(' '));
const SETTLED = /\b(?:date|dates|deadline|budget|scope|window|headcount)\s+$/i;
const WHILE_BEFORE = /\bwhile\s+(?:the|a|an|our|my|their|its)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu;
// "by" that names an actor, not a measure, a time or a means: "by 30%", "by Friday", "by hand"; nor a criterion, a bare
// noun things are sorted or picked by (dev round 44: "The pilot dealers were chosen by region", "sorted by date", "by
// size and volume"). (Not a function, which acts: "approved by finance", "by product", "by legal", "by sales"; nor a
// word that names one as often as a measure: "by market", "by site", "by store", "by route", whose team approves.)
const NOT_AN_AGENT =
  /^by\s+(?:(?:region|size|date|age|volume|value|revenue|priority|location|area|district|zone|country|segment|category|type|tier|score|rank|spend|distance|weight|severity|frequency|seniority|postcode|province|county|city|shift|sku)s?(?:\s*(?:,|and|or|then)\s+[a-z]+)*(?=\s*(?:$|[.,;:!?)\n—–]|\s(?:and|but|so|to|for|in|on|at|with|from|because|as|while|then|first)\b))|[\d$€£~]|(?:about|around|roughly|nearly|almost|over|more than|less than|up to|half|twice|a (?:third|quarter|half|factor|margin|wide|lot|mile|week|day|month)|one|two|three|four|five|six|seven|eight|nine|ten|hand|then|now|default|design|mistake|accident|email|phone|end of|the (?:end|time|deadline|date|start|close|next|following|same|second|first|middle|launch|cut-?over)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|h[12]|eod|noon|midnight|tomorrow|year-end|month-end)\b)/i;
// …but a count of people, or of some of a group, is an actor: "done by one person only", "reviewed by two senior
// engineers", "by 3 contractors", "by one of the SREs", "by a couple of us" (a user's trial: "many of them were done by one
// person only" was told it hid who acted).
const COUNTED_AGENT =
  /^by\s+(?:(?:about|around|roughly|nearly|almost|over|more than|less than|up to|just|only)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a (?:few|couple|handful|team|pair|group)|a couple of|a handful of|a team of|a pair of|a group of)\s+(?:of\s+(?:the|our|my|their|us|them|you)\b|(?:[\p{L}-]+\s+)?(?:person|persons|people|humans?|engineers?|developers?|devs?|analysts?|reviewers?|testers?|contractors?|consultants?|teams?|squads?|vendors?|agents?|staff|members?|volunteers?|interns?|admins?|administrators?|operators?|technicians?|SREs?|managers?|leads?|specialists?|clerks?|nurses?|doctors?|drivers?|planners?|designers?|architects?|auditors?|inspectors?|approvers?|owners?|individuals?|colleagues?|hands?)\b)/iu;
// What someone reported or found, not an act of the story: "Sunita flagged that the library had not been
// tested", "I found that the config had been changed", and with no "that" after a verb of finding, "I found
// most jobs were overprovisioned". (The passive sits in the reported clause.)
// …or what someone thought of it, an opinion: "he thought it was wasted money", "she felt the launch was rushed".
const REPORTED_BEFORE =
  /\b(?:flagged|said|says|warned|reported|noted|told (?:me|us|them|him|her)|pointed out|found|find|mentioned|complained|argued|claimed|explained|confirmed|realised|realized|noticed|discovered|learned|learnt|saw|showed|proved|thought|thinks|felt|feels|believed|believes|reckoned|considered|assumed|feared) (?:to (?:me|us) )?that (?:[^.;:!?\n]{0,100})$|\b(?:found|realised|realized|noticed|discovered|learned|learnt|saw|knew|spotted|confirmed|worked out|figured out|thought|thinks|felt|feels|believed|believes|reckoned|considered|assumed|feared) (?:[\p{L}\p{N}'’%.,-]+ ){0,3}[\p{L}\p{N}'’%-]+\s*$|\b(?:told|tell|telling|warned|informed|reminded) (?:(?:my|our|the|their|his|her) )?(?:(?!(?:after|before|when|while|about|because|once|until|since|as|if|so|and|but|then|during|of|on|at|in)\b)[\p{L}'’-]+ ){1,2}(?:that )?(?:(?:the|a|an|our|my|their|its|his|her) )?(?:(?!(?:after|before|when|while|about|because|once|until|since|as|if|so|and|but|then|during|of|on|at|in)\b)[\p{L}'’-]+ ){1,2}$/iu;
// A reason given for what someone believed, inside the belief as "I assumed the autoscaling was configured" is: "I assumed
// the 3x would be fine because the autoscaling was configured", "she thought it was safe since the runbook was tested".
// The belief verb has a subject (not "the expected load", "as expected", "was expected"), nothing between it and the
// reason starts another act ("I assumed it was fine and shipped it because the tests were run" gives a reason for the
// shipping), and the reason's subject runs straight to the passive. A reason given for an act is the candidate's
// account of what was done and still hides who: "I shipped it because the tests were run".
const BELIEF_REASON = new RegExp(
  String.raw`(?<!\b(?:the|a|an|our|my|their|its|his|her|your|this|that|these|those|some|no|any|much|more|little|enough|of|with|without|after|on|in|for|was|were|is|are|be|been|being|get|got|as|than)\s+)\b(?:assumed|assume|assumes|thought|think|thinks|believed|believe|believes|expected|expect|expects|felt|feel|feels|reckoned|figured|presumed|trusted|was\s+(?:sure|confident|convinced|certain))\b(?!\s+(?:about|of|through|over|up|hard)\b)(?:(?!\b(?:and|but|so|then|which|who|while|when|whenever|after|before|until|once|if|or)\b)[^.;:!?\n])*?(?<!\b(?:such|same|well|as\s+[\p{L}-]+)\s+)\b(?:because|since|as)\s+(?:(?!(?:and|but|so|then|which|who|while|when|after|before|until|once|if|or|because|since)\b)[\p{L}\p{N}'’%-]+\s+){1,6}$`,
  'iu',
);
const FINDING_COLON = /\b(?:found|find|traced|trace|discovered|realised|realized|noticed|saw|spotted|worked out|figured out|confirmed|learned|learnt|showed|diagnosed|pinned down|narrowed (?:it )?down)\b[^.;!?\n:]{0,80}:\s+[^.;!?\n:]{1,100}$/iu;
// A cause the candidate traced or names, with someone else's act told in a relative clause of it, as a finding after
// a colon is: "I traced the double loads to a change in the order model which was merged without review", "the cause
// was a config that was copied from staging". (In a clause of its own it still hides who: "the change was merged
// without review". A bare finding verb counts only with a fault as its object: "I identified three risks which were
// escalated to the VP" hides who escalated them.)
const CAUSE_RELATIVE =
  /\b(?:traced|trace|tracing|(?:found|discovered|uncovered|identified|spotted|noticed)\b(?=[^.;:!?\n]{0,60}?\b(?:bugs?|defects?|changes?|commits?|config(?:uration)?s?|misconfigurations?|flaws?|regressions?|faults?|errors?|mistakes?|scripts?|jobs?|query|queries|patch(?:es)?|settings?|rules?|cron(?:tabs?)?|deploy(?:ment)?s?|releases?|migrations?)\b)|root[- ]caused|pinned (?:it |this |that |them )?(?:down )?to|narrowed (?:it |this |that )?down to|(?:found|identified|isolated|spotted) the (?:root )?(?:cause|culprit|source|trigger)|(?:root )?(?:cause|causes|culprit|trigger|source)\s+(?:was|were|is|turned out to be)|caused by|came from|comes from|due to|because of|triggered by|stemmed from|went back to|down to)\b[^.;:!?\n]{0,120}?\b(?:which|that)\s+$/i;
// A consequence of what a thing or someone named was doing, earlier in the sentence, as its cause: "our retry logic was
// resending tap-to-pay authorizations when the terminal timed out, so clients were being charged twice", "the job
// kept overwriting the table, which meant the reports were lost". The cause's doer is a noun phrase (not "I" or "we":
// "I found the bug, so the fix was deployed" hides the deployer), doing something to something (not "was trying to",
// "was waiting for"), and no other act of the candidate's comes between ("…, and I restarted it, so the job was rerun").
// The consequence is a mishap a process causes (CAUSED), or what it does to the people or accounts it handles
// (CAUSED_TO_PARTY); a response to the cause still hides who responded, "the monitoring was paging the on-call every
// night, so the alerts were muted", "the vendor was missing its dates, so the contract was (being) renegotiated", "…, so
// the table was being rebuilt".
const CAUSE_NAMED = new RegExp(
  String.raw`\b(?:the|our|their|its|a|an|this|that|one)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:was|were|had\s+been|has\s+been|have\s+been|kept(?:\s+on)?)\s+(?:[\p{L}]+ly\s+)?(?!being\b|going\b)[\p{L}-]+ing\s+(?!(?:to|on|for|with|at|in|about|through|out|up|around|behind|from|of|by|into|and|but|so|too|until|till|over)\b)[\p{L}\p{N}$€£]` +
    String.raw`(?:(?!\bI\b|\bwe\b)[^.;:!?\n]){0,160}?(?:,\s*|\s+)(?:and\s+)?(?:so|which\s+meant|meaning)(?:\s+that)?\s+(?:[\p{L}\p{N}'’%,-]+\s+){1,4}$`,
  'iu',
);
// Mishaps, what nobody does on purpose: "400 invoices were lost", "the ledger was overwritten".
const CAUSED = new Set('overcharged duplicated lost overwritten corrupted miscounted misrouted truncated'.split(' '));
// What a process does, and someone may do as a response too: "the rows were deleted", "the late fees were charged to
// them", "the results were recorded manually" hide who did it. Done to the people or accounts the process handles
// ("clients were being charged twice", "customers were charged"), or done twice, a duplicate ("the payments were posted
// twice"), it is the cause's doing.
const CAUSED_OR_DONE = new Set('charged billed debited resent posted deleted recorded counted paged throttled retried'.split(' '));
const CAUSED_TO_PARTY = new Set('charged billed debited paged throttled'.split(' '));
const AFFECTED_PARTY = new Set(
  (
    'client customer user driver rider member subscriber cardholder merchant patient passenger shopper buyer tenant ' +
    'account card people person student guest traveller traveler commuter caller family household employee staff ' +
    'engineer on-call responder player diner holder'
  ).split(' '),
);
const DUPLICATED = /^\s+(?:(?:twice|double|thrice)\b|more than once\b|(?:two|three|four|five|\d+|several|multiple|many)\s+times\b)/i;
// …and put out of their accounts: "users were logged out", "were locked out", "were signed out".
const CAUSED_OUT = /^(?:logged|locked|signed|kicked)$/i;
const REQUIRED_OF_IT = /\b(?:that|which)\s+(?:had|have|has|needed|need|needs|were required|was required|are required|is required)\s+to\s+$|\b(?:that|which)\s+must\s+(?:still\s+)?$/i;
const PURPOSE_OR_NOBODY = /(?:\bso(?: that)?\s+(?:(?:the|a|an|our|my|their|its|each|every|all)\s+)?[\p{L}'’-]+\s+(?:would|could|might|wouldn['’]t|couldn['’]t)(?:\s+(?:not|never))?\s+|\b(?:nobody|no one|no-one|none of (?:it|them|us|the [\p{L}-]+))(?:\s+(?:in|at|on|from|of|outside)\s+(?:the\s+)?[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)?)?\s+)$/iu;
// A purpose after the candidate's own act ("I added a size budget check in CI so that every PR showing a size increase
// gets flagged"), with nothing after "so" that opens another clause (nor "so far"): what the thing they made then does, its actor
// the thing itself. Only in the present: "I raised it, so the budget was cut" tells a result and hides who cut it,
// and "so that any alert with no action would be downgraded" what someone would do.
const OWN_PURPOSE = /\b(?:so(?:\s+that)?(?!\s+(?:far|much|many|long|often|well|badly)\b)|in order that)\s+(?:(?!,|\b(?:and|but|then|while|which|whereas)\b)[^:])*$/iu;
const CANDIDATE_BEFORE = /\bI\s/;
const PRESENT = /^(?:is|are|gets|get|isn['’]t|aren['’]t)$/i;

/** Whether the passive at `index`, its "be" `be`, is in a purpose of the candidate's own act in its sentence. */
function purposeOfOwnAct(text: string, index: number, be: string): boolean {
  const sentence = text.slice(Math.max(0, index - 240), index).split(/[.;!?\n]/).at(-1)!;
  const purpose = OWN_PURPOSE.exec(sentence);
  if (!purpose) return false;
  const act = sentence.slice(0, purpose.index);
  if (!CANDIDATE_BEFORE.test(act) && !opensWithVerb(act)) return false;
  // ("get" alone after a modal: "so that every PR would get flagged".)
  return PRESENT.test(be) && !(/^get$/i.test(be) && /\b(?:would|will|could|can|might|may|should|to)\s+$/i.test(sentence));
}

// A condition the candidate set on their own sign-off or on the work, not an act hidden: "I refused to sign off
// until rollback was proven on 200 units", "I held the release until the fix was verified", "I wouldn't ship until
// the soak tests were passed". (Not how long something went on: "I ran a daily call until the signals were
// mapped", "I kept the war room open until the fix was deployed", "I didn't stop until the backlog was cleared".)
const GO_AHEAD = String.raw`(?:sign(?:\s+off)?|ship|release|approve|launch|go\s+live|merge|deploy|accept|proceed|start|restart|resume|cut\s+over|switch\s+over|let\s+(?:it|them)\s+(?:go|ship|through))`;
const HELD_WORK = String.raw`(?:release|launch|rollout|roll-out|go-live|cutover|cut-over|deploy(?:ment)?|change|order|payment|sign-off|build|merge|shipment|upgrade|migration|line|production|rollback|batch|lot|delivery|handover|hand-over)s?`;
const CONDITION_SET = new RegExp(
  String.raw`\bI\s+(?:(?:refused|declined)\s+to\s+${GO_AHEAD}|(?:would not|wouldn['’]t|did not|didn['’]t|will not|won['’]t|could not|couldn['’]t)\s+${GO_AHEAD}|(?:held|kept|froze|paused|blocked|stopped|halted|parked)\s+(?:the\s+|our\s+|my\s+|a\s+|an\s+|every\s+|each\s+|all\s+)?(?:[\p{L}-]+\s+)?${HELD_WORK}(?:\s+back)?)\b[^.;!?\n]{0,80}?\b(?:until|unless|till)\s+(?:[\p{L}\p{N}'’%-]+\s+){1,6}$`,
  'iu',
);
const DONE_STATE = /^\s*(?:$|[.,;:!?)\n—–]|(?:and|but|so|then|when|by (?:then|now|that point|the (?:end|time)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week \d+))\b)/i;
// A count or share just before the things done: "only 3 clusters", "30 of the 40 stores" (not a year or a week: "In
// 2023 the analysis", "By week 6 the migration").
const HOW_MANY = /\b(?:(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?)\s+(?:of\s+the\s+(?:\d[\d,.]*\s+)?)?|(?:only|all|none|most|half|nearly all|almost all)\s+(?:(?:of\s+)?the\s+|\d[\d,.]*\s+)?)(?:(?!(?:the|a|an|our|my|their|its|this|that|these|those)\b)[\p{L}-]+\s+){1,2}$/iu;
const HOW_MANY_ADVERB = /\b(?:only|all|nearly|almost|mostly|half)\b/i;
const MAYBE_BEFORE = /\b(?:might|may|could)(?:\s+(?:not|never|well|easily|still|also))?\s+$/i;
const WANT_TO_BE = /\b(?:want|wanted|wants|wanting|hope|hoped|hoping|afraid|wish|wished|refused|refuse|deserved?)\s+(?:not\s+)?to\s+(?:not\s+)?be$/i;
const CLAUSE_END = /[.;:!?\n]|,\s+(?:and|but|so|then|while|which)\b|\s(?:and|but|so|then|while|because)\s+(?:I|we|the|our|my|it|they|he|she)\b/i;
// (After a determiner, up to four words that are no determiner, so its noun keeps it: "The Q3 EMEA capacity plan was never
// reviewed" is "the Q3 EMEA capacity plan", not "capacity plan"; a number only first, since one after a noun starts
// another phrase: "After the cutover 2.000 merchants were migrated" is "2.000 merchants". With none, up to two words:
// "Invoices were sent".)
const WORD_REST = String.raw`(?:[\p{L}\p{N}'’-]|[.,](?=\d))*\s+`;
const SUBJECT_WORD = String.raw`[\p{L}\p{N}]${WORD_REST}`;
const SUBJECT = new RegExp(
  String.raw`(?:^|[\s(])((?:(?:the|a|an|our|my|their|its|this|that|each|every|one|another)\s+(?:\p{N}${WORD_REST})?(?:(?!(?:the|a|an|our|my|their|its|this|that|these|those|each|every|another)\s)\p{L}${WORD_REST}){0,4}?|(?:(?:it|which)\s+)?(?:${SUBJECT_WORD}){0,2}?)(?:(?:had|has|have|will|would|could|should|might|may|must|can|to)\s+(?:not\s+|never\s+)?)?)$`,
  'iu',
);

/** A passive whose actor is the candidate's own side (TEAM_AGENT): "the rollback was done in 40 minutes by the team". */
export interface TeamPassive extends Passive {
  /** The "by …" that names the team, as written ("by the team"), and where it ends in the text. */
  readonly by: string;
  readonly byEnd: number;
}

/** The passives in `text` that hide who acted: no actor named (see the top of the file). */
export function findPassives(text: string): Passive[] {
  return passives(text, false);
}

/**
 * The passives in `text` whose actor is the candidate's own team or side, "by the team", "by my team", "by us": the team
 * told as the one acting, which we-instead-of-i asks about as it does "the team rolled back". (Not one negated, "was not
 * reviewed by the team", which tells what the team didn't do; nor another team's, "by the platform team", "by the team
 * at Infosys", "by the team's lead".)
 */
export function findTeamPassives(text: string): TeamPassive[] {
  return passives(text, true);
}

const TEAM_WORDS = String.raw`(?:(?:whole|entire|core|wider|extended|full|project|programme|program)\s+)?(?:team|squad|crew|pod)`;
const TEAM_AGENT = new RegExp(
  String.raw`^by\s+(?:us|(?:our|my)\s+(?:${TEAM_WORDS}|org|organi[sz]ation|department)|the\s+${TEAM_WORDS})(?![\p{L}'’-])(?!\s+(?:of|members?|leads?|managers?|at|from)\b)`,
  'iu',
);

function passives(text: string, team: false): Passive[];
function passives(text: string, team: true): TeamPassive[];
function passives(text: string, team: boolean): (Passive | TeamPassive)[] {
  const quotes = quotedRanges(text);
  const found: (Passive | TeamPassive)[] = [];
  for (const m of text.matchAll(PASSIVE)) {
    if (inRanges(m.index, quotes)) continue;
    const participle = m[2]!;
    const word = participle.toLowerCase();
    const past = IRREGULAR[word]?.[0] ?? (/[\p{L}]{2,}ed$/u.test(word) && !NOT_PARTICIPLE.has(word) ? word : undefined);
    // ("called" is named, "a tool called Jira"; with how often or when after it, someone was phoned: "growers were
    // called once", "were called back", dev round 44.)
    if (!past || (STATIVE.has(word) && !(word === 'called' && PHONED.test(text.slice(m.index + m[0].length + m[1]!.length + participle.length))))) continue;
    // Not done, said of a thing in a clause about it, is a state, as its un- word is: "APIs which were not
    // documented" are undocumented ones. (In a clause of its own it is an act not taken, by someone unnamed: "the
    // integration was not tested with real carrier data".)
    if (STATIVE.has(`un${word}`) && (/\b(?:not|never)\s/i.test(m[1]!) || /n['’]t$/i.test(m[0])) && /\b(?:which|that)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const end = m.index + m[0].length + m[1]!.length + participle.length;
    // A state the sentence starts from, not an act: "the planogram was already printed" (but "was already cut
    // in January" is an act), "while the car was parked".
    if (RESULT_STATE.test(m[1]!) && !WHEN_OR_BY.test(text.slice(end, end + 20))) continue;
    if (WHILE_STATE.has(word) && WHILE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "The event date was fixed": settled, not mended ("the date was quickly fixed within the hour" was mended).
    if (word === 'fixed' && m[1]!.trim() === '' && SETTLED.test(text.slice(Math.max(0, m.index - 30), m.index)) && !WHEN_OR_BY.test(text.slice(end, end + 20))) continue;
    if (BEFORE_TO.has(word) && /^\s+to\s/.test(text.slice(end, end + 5))) continue;
    if (PLACED.has(word) && !DYNAMIC_BE.test(m[0]) && PLACE_AFTER.test(text.slice(end, end + 40)) && !PLACED_BY_CHOICE.has(subjectHead(text, m.index)) && !PURPOSE_AFTER.test(text.slice(end, end + 160))) continue;
    // "Read" before a noun it names a kind of, not a passive: "the works council got read access to the dashboard", "we got
    // read permissions", "read replicas".
    if (word === 'read' && READ_NOUN.test(text.slice(end, end + 20))) continue;
    // Caught unready, an idiom for a state: "we were caught off guard", "the team was caught short", "caught out".
    if (word === 'caught' && CAUGHT_UNREADY.test(text.slice(end, end + 30))) continue;
    // Finished, a state, where a count or share of things was done and the clause ends: "At week 6 only 3 clusters
    // were done." ("the testing was done in a rush" goes on to tell how it was done, and "the analysis was done."
    // hides who did it.)
    if ((word === 'done' || word === 'finished') && DONE_STATE.test(text.slice(end, end + 30)) && (HOW_MANY_ADVERB.test(m[1]!) || HOW_MANY.test(text.slice(Math.max(0, m.index - 40), m.index).split(CLAUSE_END).at(-1)!))) continue;
    if (REPORTED_BEFORE.test(text.slice(Math.max(0, m.index - 160), m.index).split(CLAUSE_END).at(-1)!)) continue;
    if (BELIEF_REASON.test(text.slice(Math.max(0, m.index - 240), m.index).split(/[.;!?\n]/).at(-1)!)) continue;
    if (CAUSE_RELATIVE.test(text.slice(Math.max(0, m.index - 200), m.index).split(/[.;!?\n]/).at(-1)!)) continue;
    // Not proven, a state (unproven), with nobody's act left undone: "the saving was not proven". ("The saving was
    // proven", and "was not proved", "was not tested", still hide who.)
    if (word === 'proven' && ((/\b(?:not|never)\s/i.test(m[1]!) || /n['’]t$/i.test(m[0])))) continue;
    // A finding spelled out after a colon: "I traced the gap: orders were being recorded twice".
    if (FINDING_COLON.test(text.slice(Math.max(0, m.index - 200), m.index).split(/[.;!?\n]/).at(-1)!)) continue;
    if ((CAUSED.has(word) || causedToParty(text, m.index, end, word) || (CAUSED_OUT.test(word) && /^\s+out\b/i.test(text.slice(end, end + 8)))) && CAUSE_NAMED.test(text.slice(Math.max(0, m.index - 320), m.index).split(/[.;!?\n]/).at(-1)!)) continue;
    // What a thing had to undergo, a requirement said of it: "a list of 212 tables that had to be kept for seven years".
    if (REQUIRED_OF_IT.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // An aim or an outcome for others, not an act hidden: "so they would not be left behind", "nobody was paged",
    // "nobody in Dublin was paged".
    if (PURPOSE_OR_NOBODY.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (purposeOfOwnAct(text, m.index, m[0])) continue;
    // What might happen, not what someone did: "knowing it might be wasted", "the order could be cancelled".
    if (MAYBE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (CONDITION_SET.test(text.slice(Math.max(0, m.index - 160), m.index).split(/[.;!?\n]/).at(-1)!)) continue;
    // Opinion divided, a state: "the panel was split on two offers" ("traffic was split over three zones" is an act).
    if ((word === 'split' || word === 'divided') && /^\s+on\b/i.test(text.slice(end, end + 8))) continue;
    // A wish or a fear, not an act: "I didn't want to be locked in", "afraid to be seen as the blocker".
    if (WANT_TO_BE.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    const agent = agentOf(text.slice(end, end + 80));
    // Only the team's ("by the team"), or only those with no actor named.
    const teamAgent = agent && TEAM_AGENT.exec(agent.text);
    if (team ? !teamAgent : agent) continue;
    const subject = subjectBefore(text, m.index);
    // Done to the candidate ("I got paged at 11 pm", "I was asked to lead it"): it hides nothing of theirs, and
    // "I paged…" would say something else.
    if (/^I(?:['’](?:d|ve|m|ll))?\s/.test(subject)) continue;
    // …and so is one whose subject is the candidate's "I", left out after "and" or "but": "I led the rollout and was promoted to
    // lead the second phase" (not "I saw that the fix worked and was deployed", where another subject stands between).
    if (subject.trim() === '' && ELIDED_I.test(text.slice(Math.max(0, m.index - 100), m.index))) continue;
    const index = m.index - subject.length;
    const aux = AUX_TAIL.exec(subject)?.[0] ?? CONTRACTED.exec(subject)?.[0] ?? '';
    const negated = negation(aux, m[0], m[1]!);
    if (team && negated) continue;
    // "can't be rolled back": the particle is the verb's, "I cannot roll back the change".
    const particle = PARTICLE.exec(text.slice(end, end + 16))?.[0] ?? '';
    const stop = end + particle.length;
    const told = negated || team ? undefined : verdictOnOwnWork(text, m.index, word, particle);
    // A verdict on the candidate's work told as the scene their act answers is the trouble met, not an act hidden: "when
    // first build was rejected, I read the guideline" (a user's trial: the advice was "say 'I rejected …'").
    if (told === 'scene') continue;
    const verdict = told === 'verdict';
    const passive: Passive = { index, length: stop - index, text: text.slice(index, stop), participle, past, base: IRREGULAR[word]?.[1] ?? baseOf(word), object: objectOf(subject.slice(0, subject.length - aux.length), m[0]), particle: particle.replace(/^\s+/, ' '), ...(negated && { negated }), ...(verdict && { verdict }) };
    found.push(teamAgent ? { ...passive, by: teamAgent[0], byEnd: end + agent!.index + teamAgent[0].length } : passive);
  }
  return found;
}

// A phrasal verb's particle ("rolled back", "ruled out", "set up", "signed off", "shut down", "thrown away"); not a
// preposition's start ("moved out of the DC").
const PARTICLE = /^\s+(?:back|out|up|down|off|away)\b(?![-'’])(?!\s+of\b)/i;

// Verdicts: what a reviewer, a store, a customer or a regulator does to work put before them, never its maker's act.
const VERDICT = new Set('rejected declined refused denied vetoed overruled disallowed disapproved rebuffed challenged questioned disputed contested criticised criticized'.split(' '));
const VERDICT_PHRASAL = new Set(['turned down', 'knocked back', 'sent back', 'shot down', 'bounced back']);
// Work put before someone to judge: "the first build", "our request", "the business case", "the change".
const SUBMITTED = new Set(
  (
    'build builds release releases app apps application applications update updates version versions binary binaries ' +
    'submission submissions proposal proposals request requests rfc rfcs pr prs change changes design designs plan plans ' +
    'budget budgets case claim claims appeal appeals filing filings listing listings pitch pitches estimate estimates spec ' +
    'specs doc docs document documents approach idea ideas recommendation recommendations ask patch patches fix fixes ' +
    'launch rollout roll-out draft drafts report reports'
  ).split(' '),
);
// The candidate's own side's: "our first build", "my proposal", "the team's request".
const OWN_SIDE = /^(?:our|my|(?:the|our|my)\s+team['’]s)\s/i;
// Another party's, by a possessive: "the vendor's", "the vendors'", "their", "his". (Not a word in quotes: "the 'beta'
// build".)
const OTHERS = new RegExp(String.raw`\b${OTHERS_PRONOUN}\s|[\p{L}-]+${POSSESSIVE_ENDING}\s`, 'iu');
// A thing the candidate put forward earlier in the sentence, that "it" or "they" stands for: "I submitted the app and it
// was rejected".
const PUT_FORWARD = /\b(?:I|we)\s+(?:[\p{L}]+ly\s+)?(?:submitted|sent|filed|proposed|raised|requested|applied|pitched|shipped|pushed|released|uploaded|presented|put\s+forward|resubmitted|asked)\b/iu;
// The words before a passive's "be" in its clause, its subject with any word that opens the clause: "when first build ",
// "After our change request ", "I submitted the app and it ".
const CLAUSE_HEAD = /(?:^|[;:!?\n(]|[.,](?!\d))([^;:!?\n(.,]{0,60})$/u;
const SUBJECT_AUX = /(?:\s+(?:had|has|have|will|would|could|should|might|may|must|can|did|does|do)(?:n['’]t)?(?:\s+(?:not|never))?|\s+(?:cannot|can['’]t|won['’]t))?\s*$/i;
// A clause that sets the scene that the sentence's act answers, up to its subject: "when first build ", "After our
// change request ", "because the release ".
const SETTING = /(?:^|[^\p{L}'’])(?:when|whenever|after|once|because|since|as soon as|as|if)\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}$/iu;

/**
 * What a passive with participle `word` (and `particle`), its "be" at `index`, tells of a verdict on the candidate's
 * side's work, its subject something submitted or the candidate's own ("our request"), or "it" for what they put forward:
 * 'scene' where a clause sets the scene with it ("when first build was rejected, I …"), 'verdict' where it is said on its
 * own, undefined where it is no verdict on their work.
 */
function verdictOnOwnWork(text: string, index: number, word: string, particle: string): 'scene' | 'verdict' | undefined {
  if (!VERDICT.has(word) && !VERDICT_PHRASAL.has(`${word} ${particle.trim().toLowerCase()}`)) return undefined;
  const head = CLAUSE_HEAD.exec(text.slice(Math.max(0, index - 60), index))?.[1] ?? '';
  const subject = head.replace(SUBJECT_AUX, '');
  const words = subject.replace(/^.*\b(?:and|but|so|then|when|whenever|after|before|while|because|that|which|if|once|since|as|until)\s+/i, '').trim();
  const last = /([\p{L}\p{N}'’-]+)$/u.exec(words)?.[1]?.toLowerCase();
  const own =
    OWN_SIDE.test(words) ||
    // (Not another's: "The vendor's proposal was rejected", "Their requests were declined" may be the candidate's call.)
    (last !== undefined && SUBMITTED.has(last) && !OTHERS.test(words)) ||
    (/^(?:it|they|this|that)$/i.test(words) && PUT_FORWARD.test(text.slice(Math.max(0, index - 160), index).split(/[.;!?\n]/).at(-1)!));
  if (!own) return undefined;
  return SETTING.test(`${subject} `) ? 'scene' : 'verdict';
}

/** The "by …" that names someone after the participle in the same clause, if one does, and where it starts in `after`. */
function agentOf(after: string): { index: number; text: string } | undefined {
  const clause = after.split(CLAUSE_END)[0]!;
  const by = /\bby\s+\S.*$/i.exec(clause);
  return by !== null && (COUNTED_AGENT.test(by[0]) || !NOT_AN_AGENT.test(by[0])) ? { index: by.index, text: by[0] } : undefined;
}

/** Whether the passive, its participle `word`, is what a process does to the people or accounts it handles, or a duplicate. */
function causedToParty(text: string, index: number, end: number, word: string): boolean {
  if (!CAUSED_OR_DONE.has(word)) return false;
  if (DUPLICATED.test(text.slice(end, end + 24))) return true;
  const head = subjectHead(text, index);
  return CAUSED_TO_PARTY.has(word) && (AFFECTED_PARTY.has(head) || AFFECTED_PARTY.has(head.replace(/s$/, '')));
}

/** The last word of a passive's subject, lower-case, with a "be" or an auxiliary after it dropped: "the late fees" → "fees". */
function subjectHead(text: string, index: number): string {
  const subject = subjectBefore(text, index).replace(/(?:\s*\b(?:was|were|is|are|been|being|be|had|has|have|will|would|could|should|might|may|must|can|not|never))+\s*$/i, '');
  return /([\p{L}\p{N}'’-]+)\s*$/u.exec(subject)?.[1]?.toLowerCase() ?? '';
}

const PREPOSITION_BEFORE = /\b(?:without|with|for|from|into|about|per|than|during|within|across|under|over|after|before)\s*$/i;
const AUXILIARIES = /(?:(?:had|has|have|will|would|could|should|might|may|must|can)\s+(?:not\s+|never\s+)?)?$/i;

/** The short noun phrase before the verb, in the same clause: "a decision " before "was made". */
// A clause of its own opened by a conjunction and a pronoun, its subject, at the end of a subject's words: "rollout and I was ".
const NEW_CLAUSE_PRONOUN = /\b(?:and|but|so|then|when|after|before|while|because|once|until)\s+((?:it|they|he|she|I|we)(?:['’](?:d|ve|s|ll|m|re))?\s+.*)$/iu;
// A clause whose subject is "I", then "and" or "but" with no subject of its own: "I led the rollout and ", "I joined in May, and ".
const ELIDED_I = /(?:^|[.;!?\n]\s*|,\s*)I\s+(?:(?!\b(?:that|which|who|it|they|he|she|we|the team|and|but)\b)[^.;:!?\n]){1,80}\s(?:and|but)\s+(?:then\s+|later\s+|soon\s+)?$/u;
function subjectBefore(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 40), index);
  // (A point or comma inside a number is no clause's end: "1,340 cards were charged twice".)
  const clause = head.split(/[;:!?\n]|[.,](?!\d)/).at(-1)!;
  const m = SUBJECT.exec(clause);
  const words = m?.[1] ?? '';
  // A noun after a preposition is not the subject: "any alert paging my team without an action would be
  // downgraded" quotes "would be downgraded", not "an action would be downgraded".
  // (Unless a new clause with a pronoun of its own starts within it: "I was responsible for the rollout and I was promoted"
  // is "I was promoted", done to the candidate, not "was promoted", hiding who; a new user's trial was told "I promoted …".)
  if (m && PREPOSITION_BEFORE.test(clause.slice(0, clause.length - words.length))) {
    const own = NEW_CLAUSE_PRONOUN.exec(words);
    return own ? own[1]!.replace(PRONOUN_SUBJECT, '$1') : AUXILIARIES.exec(words)![0];
  }
  // Some of a group told by its pronoun is the subject whole: "many of them were done", not "them were done", which is no
  // phrase (a user's trial); with no count before it, the verb alone.
  const some = OF_PRONOUN.exec(clause);
  if (some) return some[1] ?? AUXILIARIES.exec(words)![0];
  // Start after a word that can't be in the subject: "In May it was…" → "it was…".
  // (…and after a pronoun, with its auxiliary, written out or not: "a region we'd been told", "a region we had been
  // told" → "we'd ", "we had ", whose passive is done to "us".)
  return words.replace(/^.*\b(?:and|but|so|then|when|after|before|while|because|that|if|once|until|in|on|at|by|during|of|for|with|to|from)\s+/i, '').replace(PRONOUN_SUBJECT, '$1');
}

// A count or share of a group told by an object pronoun, before a passive's "be": "many of them ", "none of us had ", "a few of
// them " (group 1; undefined where no count stands before "of").
const OF_PRONOUN_TAIL = String.raw`of\s+(?:them|us|me|him|her)\s+(?:(?:had|has|have|will|would|could|should|might|may|must|can|did|does|do)(?:n['’]t)?\s+(?:(?:not|never)\s+)?|(?:cannot|can['’]t|won['’]t)\s+|(?:not|never)\s+)?$`;
const OF_PRONOUN = new RegExp(
  String.raw`(?<![\p{L}'’])((?:(?:a|the)\s+)?(?:many|most|some|all|none|each|both|few|several|half|any|either|neither|one|two|three|four|five|six|seven|eight|nine|ten|\d+%?|couple|handful|lot|number|rest|majority|minority|third|quarter)\s+${OF_PRONOUN_TAIL})|\b${OF_PRONOUN_TAIL}`,
  'iu',
);
const PRONOUN_SUBJECT =
  /^.*?(?<![\p{L}'’])((?:it|they|he|she|I|we)(?:['’](?:d|ve|s|ll|m|re))?\s+(?:(?:had|has|have|will|would|could|should|might|may|must|can|did|does|do)(?:n['’]t)?\s+(?:(?:not|never)\s+)?|(?:cannot|can['’]t|won['’]t)\s+|(?:not|never)\s+)?)$/iu;
// A pronoun's contracted auxiliary, and what it stands for: "we'd been" → had, "it'd be" → would, "they've", "it's been".
const CONTRACTED = /(?<=\p{L})['’](?:d|ve|s|ll)(?:\s+(?:not|never))?\s+$/iu;

// The auxiliary at a subject's end, before "be" or "been": "had not ", "couldn't ", "didn't ", "will never ".
const AUX_TAIL =
  /(?:^|\s)(?:(?:had|has|have|will|would|could|should|might|may|must|can|did|does|do)(?:n['’]t)?(?:\s+(?:not|never))?|cannot|can['’]t|won['’]t)\s+$/i;
const MODALS: Record<string, string> = { will: 'will', would: 'would', could: 'could', should: 'should', might: 'might', may: 'may', must: 'must', can: 'can', cannot: 'can', wo: 'will' };

/**
 * Whether a passive is negated, from the auxiliary before its subject's end (`aux`), its "be" (`be`) and the adverbs
 * after it (`adverbs`), and the auxiliary the active verb then takes: "was not escalated" → did not, "isn't tested" →
 * do not, "had not been dropped" → had not, "could not be reproduced" → could not, "was never reviewed" → never.
 */
function negation(aux: string, be: string, adverbs: string): Passive['negated'] {
  const said = `${aux} ${be} ${adverbs}`;
  // ("not only", "not just" add, they don't negate: "was not only merged but tested".)
  const word = /\bnever\b/i.test(said) ? 'never' : /\bnot\b(?!\s+(?:only|just|simply|merely)\b)|n['’]t\b|\bcannot\b/i.test(said) ? 'not' : undefined;
  if (!word) return undefined;
  // (The auxiliary without its "n't": "didn't" → "did", "can't" → "can", "won't" → "won", which MODALS reads as "will".)
  // (A contraction on the pronoun: "we'd not been told" → had, "it'd never be" → would, "they've", "it's", "we'll".)
  const contracted = /^['’](d|ve|s|ll)\b/i.exec(aux)?.[1]?.toLowerCase();
  if (contracted !== undefined) return { word, aux: contracted === 'd' ? contractedD(`${aux.slice(2)}${be}`) : contracted === 've' ? 'have' : contracted === 's' ? 'has' : 'will' };
  const first = /^\s*([a-z]+?)(?:n['’]t)?(?=\s|$)|^\s*(ca)n['’]t|^\s*(wo)n['’]t/i.exec(aux)?.slice(1).find((w) => w !== undefined)?.toLowerCase().replace(/^ca$/, 'can');
  if (first !== undefined && first in MODALS) return { word, aux: MODALS[first]! };
  if (first === 'had' || first === 'has' || first === 'have') return { word, aux: first };
  if (first === 'did') return { word, aux: 'did' };
  if (first === 'does' || first === 'do' || /^(?:is|are|isn['’]t|aren['’]t|gets?)$/i.test(be)) return { word, aux: 'do' };
  return { word, aux: 'did' };
}

const OBJECT_PRONOUN: Record<string, string> = { it: 'it', they: 'them', he: 'him', she: 'her', we: 'us', which: 'it', that: 'it', this: 'this' };

/** The subject of a passive as the object of its active verb: "The runbooks" → "the runbooks", "they" → "them". */
function objectOf(subject: string, be: string): string {
  const words = subject.trim();
  const pronoun = OBJECT_PRONOUN[words.toLowerCase()];
  if (pronoun === 'it' && /^(?:which|that)$/i.test(words) && /^(?:were|are|weren['’]t|aren['’]t)$/i.test(be)) return 'them';
  if (pronoun !== undefined) return pronoun;
  // (A common word capitalised only for opening the sentence is lower-case as an object: "Invoices were not sent" → "send
  // invoices"; a name stays: "Kafka was not upgraded" → "upgrade Kafka".)
  return words.replace(/^(?:The|A|An|Our|My|Their|Its|This|That|These|Those|Each|Every|One|Another|Some|All|Most|Half)\b|^\p{Lu}\p{Ll}+(?=\s|$)/u, (w) =>
    /^(?:The|A|An|Our|My|Their|Its|This|That|These|Those|Each|Every|One|Another|Some|All|Most|Half)$/.test(w) || isPlainCommonWord(w) ? w.toLowerCase() : w,
  );
}

/**
 * The base of a regular participle, the form a verb takes after "did not": "escalated" → "escalate", "tested" →
 * "test", "stopped" → "stop", "verified" → "verify"; the first that is a common word, or, for a word the lists don't
 * have, what its ending suggests ("deprioritised" → "deprioritise", "descoped" → "descope" from "scoped").
 */
function baseOf(participle: string): string {
  const known = knownBase(participle);
  if (known !== undefined) return known;
  const prefix = /^(?:re|un|de|pre|co|over|under|mis|up|out)(?=[a-z]{4})/.exec(participle)?.[0];
  const rest = prefix ? knownBase(participle.slice(prefix.length)) : undefined;
  if (rest !== undefined) return prefix + rest;
  const stem = participle.slice(0, -2);
  if (/(?:at|is|iz|ys|yz|u|v|c|g|[^aeiou][aeiou][bcdfgkmnpstz])$/.test(stem) && !/(?:[aeiou]{2}|[bcdfgkmnprstvz]{2})$/.test(stem)) return `${stem}e`;
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

function knownBase(participle: string): string | undefined {
  if (!participle.endsWith('ed')) return undefined;
  const stem = participle.slice(0, -2);
  const candidates = [participle.slice(0, -1), stem, ...(/([a-z])\1$/.test(stem) ? [stem.slice(0, -1)] : []), ...(participle.endsWith('ied') ? [`${participle.slice(0, -3)}y`] : [])];
  return candidates.find((w) => w.length > 1 && inWordList(COMMON_WORDS, w));
}
