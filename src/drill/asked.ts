/**
 * The kind of story a question asks for by its words, beyond its principles: an incident ("Tell me about an
 * incident that hurt customers", "an outage you investigated"), a failure ("the biggest failure of your
 * career", "a time you failed", "a decision you made that turned out to be wrong"), an escalation ("an example of
 * escalating a problem to senior leadership"), a shutdown ("a system you shut down") or a refusal ("a time you said
 * no to a senior stakeholder", "shielded your team's capacity from requests"). The principles say what an answer should show; the kind says which
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
    String.raw`(?<!\bpoint of )\bfailures?\b(?! (?:modes?|domains?|rates?|scenarios?|cases?|injection|testing)\b)`,
    String.raw`\bmistakes?\b`,
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

// The candidate escalating: "escalating a problem to senior leadership", "a time you had to escalate a risk", "you
// escalated". Not an escalation avoided ("without escalating", "rather than escalate"), nor one received: "a customer
// escalation you handled", "an issue a customer escalated to you".
const ESCALATION_ASKED =
  /(?<!\b(?:without|rather than|instead of|not|never|avoid(?:ed|ing)?|n['’]t|to you|customer|client)\s(?:\w+\s)?)\bescalat(?:e|ed|ing)\b(?! (?:\w+ )?(?:to (?:you|your)|by)\b)/i;

// Something the candidate shut down, retired or switched off (a thirty-fifth user's trial: "a system, service or process
// you shut down to free up people or money" put a capacity story before the one where he turned clusters off): "you
// shut down", "you retired", "decide to kill a project", "to decommission". Not "you killed it" (did well).
const SHUTDOWN_ASKED =
  /\b(?:you(?:['’]ve| have| had to| decided to)?|to)\s+(?:shut(?:ting)?\s+(?:\w+\s+)?down|turn(?:ed|ing)?\s+off|switch(?:ed|ing)?\s+off|retir(?:e|ed|ing)|decommission(?:ed|ing)?|sunset(?:ted|ting)?|deprecat(?:e|ed|ing)|kill(?:ed|ing)?(?!\s+it\b)|w(?:ou|i)nd(?:ing)?\s+down)\b/i;

// The candidate saying no to a request, or shielding the team from one (the same trial: "a time you shielded your
// engineering team's capacity from requests coming in from outside the program" didn't suggest the story where he
// said no to sales so his team wouldn't work weekends): "said no", "turned down", "pushed back", "refused", "declined
// a", "protect engineering capacity". Not "protect the customer experience" nor "long-term value", nor a thing turned
// down rather than an ask ("a tool or vendor purchase you turned down" asks for Frugality, not for any no said).
const REFUSAL_ASKED =
  /\b(?:said|say|saying) no\b|\bturn(?:ed|ing)? down\b(?! (?:an? |the |your )?(?:[\w-]+ )?(?:(?:or|and) [\w-]+ )?(?:tools?|vendors?|purchases?|offers?|jobs?|roles?|promotions?|candidates?|hires?)\b)|\bshield(?:ed|ing)?\b|\bprotect(?:ed|ing)? (?:your |the |an? )?(?:[\w-]+['’]s? )?(?:[\w-]+ )?(?:team|teams|capacity|engineers|roadmap|people)\b|\bpush(?:ed|ing)? back\b|\brefus(?:e|ed|ing)\b|\bdeclin(?:e|ed|ing) (?:a|an|the|to)\b/i;

/**
 * The kind of story a question's words ask for, if any: an incident before a failure ("a mistake that caused an
 * outage"), and either before an escalation ("an outage you escalated to the vendor"), a shutdown or a refusal ("a
 * time you pushed back hard and later realized you were wrong" is a failure).
 */
export function askedKind(text: string): StoryKind | undefined {
  if (INCIDENT_ASKED.test(text)) return 'incident';
  if (FAILURE_ASKED.test(text)) return 'failure';
  if (ESCALATION_ASKED.test(text)) return 'escalation';
  if (SHUTDOWN_ASKED.test(text)) return 'shutdown';
  if (REFUSAL_ASKED.test(text)) return 'refusal';
  return undefined;
}
