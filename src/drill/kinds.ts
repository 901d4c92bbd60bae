/**
 * Whether a story is of the kind a question asks for by its words (asked.ts): an incident, a failure or an
 * escalation. Pure.
 */
import { TEXT_FIELDS, textOf, type StoryData } from '../bank/schema.js';
import { isFailureStory } from '../text/failure.js';
import { WENT_DOWN, type StoryKind } from './asked.js';

export { askedKind, type StoryKind } from './asked.js';

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
