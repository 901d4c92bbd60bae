/**
 * The kind of story a question asks for by its words, beyond its principles: an incident ("Tell me about an
 * incident that hurt customers", "an outage you investigated"), a failure ("the biggest failure of your
 * career", "a time you failed", "a decision you made that turned out to be wrong") or an escalation ("an example of
 * escalating a problem to senior leadership"). The principles say what an answer should show; the kind says which
 * story answers at all: a strong Customer Obsession story that is not about an incident doesn't answer "Tell me
 * about an incident". Most questions ask for no kind. Pure.
 */
import { TEXT_FIELDS, textOf, type StoryData } from '../bank/schema.js';
import { isFailureStory } from '../text/failure.js';

export type StoryKind = 'incident' | 'failure' | 'escalation';

// "The site went down", not "latency went down 40%" nor "errors went down to 0.1%".
const WENT_DOWN = String.raw`(?:went|was|were) down\b(?!\s+(?:to|by|from)\b|\s+[\d$])`;

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

/**
 * The kind of story a question's words ask for, if any: an incident before a failure ("a mistake that caused an
 * outage"), and either before an escalation ("an outage you escalated to the vendor").
 */
export function askedKind(text: string): StoryKind | undefined {
  if (INCIDENT_ASKED.test(text)) return 'incident';
  if (FAILURE_ASKED.test(text)) return 'failure';
  if (ESCALATION_ASKED.test(text)) return 'escalation';
  return undefined;
}

const INCIDENT_TAG = /^(?:incidents?|outages?|post-?mortems?|sev-?[0-3])$/i;
// In what the story is about (the title, the situation, the task), not "no outage" or "zero downtime".
const INCIDENT_WORDS = new RegExp(
  String.raw`(?<!\b(?:no|zero|without(?: an?| any)?|avoid(?:ed|ing)?(?: an?)?|prevent(?:ed|ing)?(?: an?)?|fewer|less)\s)\b(?:incidents?|outages?|post-?mortems?|downtime|${WENT_DOWN}|sev-?[0-3])\b`,
  'i',
);
const ABOUT = ['title', 'situation', 'task'] as const;

const ESCALATION_TAG = /^escalat(?:e|ed|ions?)$/i;
// The candidate's own escalation, anywhere in the story: "I escalated the outage to their VP", a bullet or a sentence that
// opens with it ("- Escalated to the vendor's TAM, then to their VP"), "my escalation to the CTO", "I went over his head",
// "I took it to the VP". Not an escalation to a severity ("escalated to Sev1"), nor someone else's ("He escalated",
// "the customer's escalation").
const NOT_SEVERITY = String.raw`(?! (?:it |this |that |the [\w-]+ )?to (?:an? |the )?(?:sev(?:erity)?|p|priority|level|tier|l)[- ]?\d)`;
const ESCALATED = new RegExp(
  [
    String.raw`(?:^|\n|[.;:!?] )[-*•]? ?(?:(?:then|quickly|immediately|finally|also|so|personally|formally) )?escalat(?:ed|ing)\b${NOT_SEVERITY}`,
    String.raw`\b(?:I|we) (?:(?:also|then|quickly|immediately|finally|personally|formally|first|had|have|eventually) )?escalat(?:ed|ing)\b${NOT_SEVERITY}`,
    String.raw`\bmy escalation\b`,
    String.raw`\bI (?:(?:then|also|finally|eventually) )?(?:went over (?:his|her|their|[\w-]+['’]s) heads?|took it (?:up |straight )?to (?:my |the |our |their )?(?:[\w-]+ )?(?:vp|svp|director|cto|ceo|cio|coo|cfo|ciso|gm|head of \w+|leadership|executives?|execs?|s-team|skip[- ]level|sponsor|board))\b`,
  ].join('|'),
  'i',
);

/**
 * Whether a story is of that kind. An incident story is tagged so (`incident`, `outage`, `post-mortem`) or
 * names an incident, an outage, a post-mortem or downtime in its title, situation or task. A failure story is
 * what the `failure-without-lesson` rule takes for one (src/text/failure.ts): a `failure` tag, or the
 * candidate's own failure told in its words. An escalation story is tagged `escalation` or tells the candidate
 * escalating, anywhere in it.
 */
export function isKind(story: StoryData, kind: StoryKind): boolean {
  if (kind === 'failure') return isFailureStory(story);
  if (kind === 'escalation') return (story.tags ?? []).some((t) => ESCALATION_TAG.test(t)) || TEXT_FIELDS.some((field) => ESCALATED.test(textOf(story, field)));
  return (story.tags ?? []).some((t) => INCIDENT_TAG.test(t)) || ABOUT.some((field) => INCIDENT_WORDS.test(textOf(story, field)));
}
