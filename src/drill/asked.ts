/**
 * The kind of story a question asks for by its words, beyond its principles: an incident ("Tell me about an
 * incident that hurt customers", "an outage you investigated"), a failure ("the biggest failure of your
 * career", "a time you failed", "a decision you made that turned out to be wrong"), an escalation ("an example of
 * escalating a problem to senior leadership"), a shutdown ("a system you shut down") or a refusal ("a time you said
 * no to a senior stakeholder", "shielded your team's capacity from requests"), each the candidate's own: "a time a customer
 * refused your proposal" asks how the candidate took a no, not for one said. The principles say what an answer should show; the kind says which
 * story answers at all: a strong Customer Obsession story that is not about an incident doesn't answer "Tell me
 * about an incident". Most questions ask for no kind. Pure. (Whether a story is of a kind is kinds.ts: it reads the
 * story's words with the failure model, which a drill its cache serves never loads.)
 */

/** The kinds, in the order askedKind tries them. */
export const STORY_KINDS = ['incident', 'failure', 'escalation', 'shutdown', 'refusal'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

// "The site went down", not "latency went down 40%" nor "errors went down to 0.1%".
export const WENT_DOWN = String.raw`(?:went|was|were) down\b(?!\s+(?:to|by|from)\b|\s+[\d$])`;

// "incident", "outage", "the site went down", "a sev-1". Not "post-mortem": studying another team's is not an incident of yours.
const INCIDENT_ASKED = new RegExp(String.raw`\b(?:incidents?|outages?|${WENT_DOWN}|sev[- ]?[0-3]|production (?:issues?|problems?))\b`, 'i');

// Who does the act a question names: the candidate, whose story it asks for ("you refused", "your team said no", "you had
// to refuse your own manager", "an example of saying no", "how to push back"), or someone else, whose act the candidate
// was on the end of ("a customer refused your proposal", "your manager said no to your plan", "a partner team pushed back
// on you", "your proposal was turned down", "a stakeholder who kept pushing back"). A question that asks how the
// candidate took someone else's no, shutdown or escalation asks for no story of that kind.
//
// Read backwards from the act, within its sentence: past what sits between a doer and an act without changing who does
// it ("had to", "decided to", "would still", "were forced to", "successfully"), to the doer.
const BETWEEN = new RegExp(
  String.raw`(?:^|\s)(?:\p{L}+ly|to|had|have|has|did|do|does|would|will|could|should|might|must|can|ever|once|still|then|also|first|again|hard|just|decided|decide|deciding|chose|choose|choosing|needed|need|needing|wanted|want|tried|try|trying|managed|forced|felt|feel|kept|keep|keeps|keeping|asked|able|was|were|be|is|are|go|went|going)\s*$`,
  'iu',
);
// A passive: "your proposal was turned down", "you were refused", "you got pushed back on", "the service was shut down".
const PASSIVE = /\b(?:is|are|was|were|be|been|being|get|gets|got|gotten|getting)\s+(?:\p{L}+ly\s+)?$/iu;
const PARTICIPLE = /^(?:\p{L}+ed|shut|sunset|said|wound)\b/iu;
// The candidate's own team, which a question may name as the doer: "your team said no", "your engineering team", "the
// team you led".
const OWN_TEAM = String.raw`(?:your (?:own )?(?:(?:whole|entire|small|core|immediate|engineering|program|programme|project|delivery|dev|development) )?(?:team|teams|org|organi[sz]ation|group|squad|department)|(?:the|a) (?:team|teams|org|organi[sz]ation|group) (?:that |which )?you (?:led|lead|ran|run|managed|manage|owned|own))`;
const YOU = String.raw`(?:you|we)(?:['’](?:ve|d|ll|re))?`;
const YOU_END = new RegExp(String.raw`(?:^|[^\p{L}'’])(?:${YOU}|you and (?:[\p{L}'’-]+ ){0,2}[\p{L}'’-]+)\s*$`, 'iu');
const TEAM_END = new RegExp(String.raw`(?:^|[^\p{L}'’])${OWN_TEAM}\s*$`, 'iu');
// An act with no doer named is the candidate's: a gerund after a preposition or the question's own verb ("an example
// of saying no", "Describe refusing…", "How good are you at saying no?"), an infinitive after a question word ("how to
// push back", "when to escalate", "whether to kill a project"). Not a preposition left at the end of a clause ("a team
// you depended on pushed back": a past tense, someone's).
const GERUND_AFTER = /(?:^|[,(—–]|\b(?:of|about|for|by|on|in|at|from|through|with|without|after|before|when|while|describe|explain|discuss|recall|share|tell me|talk about))\s*$/iu;
const INFINITIVE_AFTER = /(?:^|\b(?:how|when|whether|where|why|what))\s*$/iu;
// A second act sharing the first one's doer: "a time you heard sales out and still said no", "a customer refused and
// pushed back". The doer is at the start of the clause: after "a time", "an example", a question word or a comma.
const COORDINATED = /\s(?:and|but|or|yet|so|nor)\s*$/iu;
const CLAUSE_OPENS = /(?:^|[,(—–]|\b(?:time|times|example|instance|moment|occasion|when|while|after|before|because|if|since|where|how|whether|that|which|who|of|about|describe))\s+/giu;
const OWN_START = new RegExp(String.raw`^(?:${YOU}|${OWN_TEAM})\b`, 'iu');
// An act of the candidate's team aimed back at the candidate is someone else's: "your team pushed back on you", "your
// team refused your plan". Not "your team said no to your manager" (still the team's no, to someone else).
const AT_YOU =
  /^(?:\s+(?!you\b|your\b)[\p{L}'’-]+){0,3}?\s+(?:you\b|your\b(?!\s+(?:[\p{L}-]+\s+)?(?:manager|boss|director|vp|lead|leadership|stakeholders?|customers?|clients?|partners?|peers?|colleagues?|sponsor|executives?)\b))/iu;

/** Whether the act that `text` names from `at` to `end` is the candidate's own (see above). */
function byCandidate(text: string, at: number, end: number): boolean {
  // Within its sentence, and a question's length of it.
  let before = text.slice(Math.max(0, at - 300), at).replace(/^.*[.!?;:]/su, '');
  const act = text.slice(at, end);
  if (PASSIVE.test(before) && PARTICIPLE.test(act)) return false;
  // An aside between the doer and the act: "you, as the TPM, said no".
  before = before.replace(/,\s*(?:as|like|being)\s[^,]*,\s*$/iu, ' ');
  let infinitive = false;
  for (let m = BETWEEN.exec(before); m; m = BETWEEN.exec(before)) {
    if (/\bto\s*$/i.test(m[0])) infinitive = true;
    before = before.slice(0, m.index);
  }
  if (YOU_END.test(before)) return true;
  if (TEAM_END.test(before)) return !AT_YOU.test(text.slice(end, end + 300).split(/[.!?;:,]/)[0] ?? '');
  if (/^\p{L}+ing\b/iu.test(act) && GERUND_AFTER.test(before)) return true;
  if (infinitive && INFINITIVE_AFTER.test(before)) return true;
  const coordinated = COORDINATED.exec(before);
  if (coordinated) {
    const clause = before.slice(0, coordinated.index);
    let from = 0;
    for (const m of clause.matchAll(CLAUSE_OPENS)) from = m.index + m[0].length;
    const rest = clause.slice(from);
    return OWN_START.test(rest) || (/^\p{L}+ing\b/iu.test(rest) && !/\b(?:that|which|who)\s+$/iu.test(clause.slice(0, from)));
  }
  return false;
}

/** Whether `re` (global) finds an act of the candidate's own in `text`. */
function asksOwn(re: RegExp, text: string): boolean {
  for (const m of text.matchAll(re)) if (byCandidate(text, m.index, m.index + m[0].length)) return true;
  return false;
}

// "failure", "a mistake", "your fault", "a time you failed", "realized you were wrong", "a decision you made that
// turned out to be wrong". Not "a single point of failure" or "failure modes"; not "evidence that you were wrong"
// (a check before deciding) nor "a number … turned out to be wrong" (someone else's error, caught).
// A miss of the candidate's own (a twentieth user's trial: drill put a success story first for these): "a bold goal
// you set and missed", "a program that did not deliver what it promised", "a deadline your team missed", "a launch
// that fell short", "a target you didn't meet", "a time you missed something in a review". Not a miss someone else
// made ("a team you worked with missed a deadline", "an error everyone else had missed"), one nearly made ("you almost
// missed") or never made ("a program that never missed a date"), nor a goal met or exceeded. And a regret: "a project
// you wish you had done better", "a decision you would take back".
const MISSED_BY = String.raw`(?:you|your (?:own )?(?:[\w-]+ )?(?:team|program|programme|project|launch|plan|org|organi[sz]ation|group|product|release|migration)|(?:program|programme|project|launch|initiative|migration|release|product|plan|rollout)s?(?: (?:that|which))?(?: you (?:led|ran|owned|managed|drove))?)`;
const MISSED = String.raw`(?:missed|fell short|did(?:n['’]t| not) (?:deliver|meet|hit|reach|achieve|make|land)|failed to (?:deliver|meet|hit|reach|achieve|make|land)|(?:could(?:n['’]t| not)|(?:was|were) unable to) (?:meet|hit|reach|achieve|make|land))`;
const FAILURE_ASKED = new RegExp(
  [
    String.raw`\byour fault\b`,
    String.raw`\byou (?:failed|fell short|got it wrong|messed up|dropped the ball)\b(?! over\b)`,
    String.raw`\b${MISSED_BY} (?:(?:set|made|gave|owned|agreed to|committed to|took on|promised|announced|championed) and (?:then )?|ever |once |then |later |still )?${MISSED}\b`,
    String.raw`\bdid you (?:ever )?(?:miss|fall short)\b`,
    String.raw`\bwish you(?:['’]d| had) (?:done|handled|run|managed|made|approached|led)\b`,
    String.raw`\b(?:would you|you(?:['’]d| would)) (?:like to )?take back\b`,
    String.raw`\bregrets?\b|\bregretted\b`,
    String.raw`\b(?:realized|realised|learned|found out|discovered) (?:that )?you were wrong\b`,
    String.raw`\b(?:judgment|judgement|decision|call|estimate|bet|plan|prediction)s? (?:you made )?(?:that )?(?:turned out to be|proved|was|were) wrong\b`,
    String.raw`\bwent (?:wrong|badly)\b`,
  ].join('|'),
  'i',
);
// "failure", "a mistake", of the candidate's own: "the biggest failure of your career", "a mistake on your program", "a
// mistake you made", "a time you made a mistake", "a team's failure" taken responsibility for. Not someone else's: "a
// colleague's mistake", "another team's failure", "a mistake someone else made", "a mistake made by your manager", "a
// time a peer made a mistake", "a mistake in someone else's work".
const FAILURE_NOUN = /(?<!\bpoint of )\bfailures?\b(?! (?:modes?|domains?|rates?|scenarios?|cases?|injection|testing)\b)|\bmistakes?\b/giu;
const PARTY = String.raw`(?:(?:someone|somebody|anyone|everyone)(?: else)?|(?:an?|the|your|one of your|a fellow) (?:[\p{L}-]+ )?(?:colleague|teammate|co-?worker|peer|manager|boss|director|vp|lead|leader|stakeholder|customer|client|partner|vendor|supplier|contractor|engineer|developer|report|predecessor|executive|sponsor|member)s?|another (?:[\p{L}-]+ )?(?:team|person|group|org|company|engineer|manager|tpm)|(?:a|the|your) (?:partner|sister|other|vendor|client|customer|dependent|upstream|downstream) (?:team|org|group|company)|leadership|management)`;
const OTHERS_BEFORE = new RegExp(String.raw`(?:\b${PARTY}['’]s?|\b(?:his|her|their)) (?:[\p{L}-]+ )?$`, 'iu');
const MADE_BEFORE = /\b(?:made|make|makes|making|caused|cause|causes|causing|committed)\s(?:(?:an?|the|this|that|one|some)\s)?(?:[\p{L}-]+\s)?$/iu;
const OTHERS_AFTER = new RegExp(
  String.raw`^s?\s+(?:(?:(?:that|which)\s+)?(?:${PARTY}|he|she|they)\s+(?:had\s+|has\s+)?(?:made|caused|committed)\b|(?:made|caused|committed)\s+by\s+(?!you\b|your (?:own )?team\b)|(?:in|on)\s+${PARTY}['’]s?\s)`,
  'iu',
);

/** Whether `text` names a failure or a mistake of the candidate's own (see above). */
function ownFailureNoun(text: string): boolean {
  for (const m of text.matchAll(FAILURE_NOUN)) {
    const from = Math.max(0, m.index - 300);
    const before = text.slice(from, m.index);
    if (OTHERS_BEFORE.test(before) || OTHERS_AFTER.test(text.slice(m.index + m[0].length, m.index + 300))) continue;
    const made = MADE_BEFORE.exec(before);
    if (made && !byCandidate(text, from + made.index, from + made.index + made[0].length)) continue;
    return true;
  }
  return false;
}

// The candidate escalating: "escalating a problem to senior leadership", "a time you had to escalate a risk", "you
// escalated". Not an escalation avoided ("without escalating", "rather than escalate"), nor one received: "a customer
// escalation you handled", "an issue a customer escalated to you", nor someone else's ("a time your manager escalated
// an issue over your head").
const ESCALATION_ASKED =
  /(?<!\b(?:without|rather than|instead of|not|never|avoid(?:ed|ing)?|n['’]t|to you|customer|client)\s(?:\w+\s)?)\bescalat(?:e|es|ed|ing)\b(?! (?:\w+ )?(?:to (?:you|your)|by)\b)/giu;

// Something the candidate shut down, retired or switched off (a thirty-fifth user's trial: "a system, service or process
// you shut down to free up people or money" put a capacity story before the one where he turned clusters off): "you
// shut down", "you retired", "decide to kill a project", "to decommission", "an example of retiring a system". Not "you
// killed it" (did well), nor someone else's: "a service shut down under load", "your manager decided to kill your
// project", "a program of yours that was shut down".
const SHUTDOWN_ASKED =
  /\b(?:shut(?:s|ting)?\s+(?:\w+\s+)?down|turn(?:s|ed|ing)?\s+off|switch(?:es|ed|ing)?\s+off|retir(?:e|es|ed|ing)|decommission(?:s|ed|ing)?|sunset(?:s|ted|ting)?|deprecat(?:e|es|ed|ing)|kill(?:s|ed|ing)?(?!\s+it\b)|w(?:ou|i)nd(?:s|ing)?\s+down)\b/giu;

// The candidate saying no to a request, or shielding the team from one (the same trial: "a time you shielded your
// engineering team's capacity from requests coming in from outside the program" didn't suggest the story where he
// said no to sales so his team wouldn't work weekends): "said no", "turned down", "pushed back", "refused", "declined
// a", "protect engineering capacity". Not "protect the customer experience" nor "long-term value", nor a thing turned
// down rather than an ask ("a tool or vendor purchase you turned down" asks for Frugality, not for any no said). Nor
// someone else's no, which asks how the candidate took being refused: "a time a customer refused your proposal", "when
// your manager said no to your plan", "a partner team pushed back on you", "your proposal was turned down".
const REFUSAL_ASKED =
  /\b(?:said|say|says|saying) no\b|\bturn(?:s|ed|ing)? down\b(?! (?:an? |the |your )?(?:[\w-]+ )?(?:(?:or|and) [\w-]+ )?(?:tools?|vendors?|purchases?|offers?|jobs?|roles?|promotions?|candidates?|hires?)\b)|\bshield(?:s|ed|ing)?\b|\bprotect(?:s|ed|ing)? (?:your |the |an? )?(?:[\w-]+['’]s? )?(?:[\w-]+ )?(?:team|teams|capacity|engineers|roadmap|people)\b|\bpush(?:es|ed|ing)? back\b|\brefus(?:e|es|ed|ing)\b|\bdeclin(?:e|es|ed|ing) (?:a|an|the|to)\b/giu;

/**
 * The kind of story a question's words ask for, if any: an incident before a failure ("a mistake that caused an
 * outage"), and either before an escalation ("an outage you escalated to the vendor"), a shutdown or a refusal ("a
 * time you pushed back hard and later realized you were wrong" is a failure).
 */
export function askedKind(text: string): StoryKind | undefined {
  if (INCIDENT_ASKED.test(text)) return 'incident';
  if (FAILURE_ASKED.test(text) || ownFailureNoun(text)) return 'failure';
  if (asksOwn(ESCALATION_ASKED, text)) return 'escalation';
  if (asksOwn(SHUTDOWN_ASKED, text)) return 'shutdown';
  if (asksOwn(REFUSAL_ASKED, text)) return 'refusal';
  return undefined;
}
