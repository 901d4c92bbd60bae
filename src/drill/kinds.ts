/**
 * Whether a story is of the kind a question asks for by its words (asked.ts): an incident, a failure, an
 * escalation, a shutdown or a refusal. Pure.
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

const SHUTDOWN_TAG = /^(?:decommission(?:ed|ing)?|sunset)$/i;
// Where the candidate's act starts: a bullet or a sentence opened by it ("- Decommissioned 12 clusters"), or "I" or
// "we", an adverb between ("I then shut down…"); and "… and shut down", "… so we turned it off" after one of them in the
// same clause ("I checked no team used them and turned them off"). Not someone else's ("the vendor shut down the API"),
// one wished for or not done ("I wanted to shut it down", "I didn't refuse"), nor one that should have been.
const ADVERB = String.raw`(?:(?:then|also|finally|quickly|personally|eventually|first|later|politely|firmly|publicly|just|simply) )?`;
const ACT = String.raw`(?:(?:^|\n|[.;:!?] )[-*•]? ?${ADVERB}|\b(?:I|we) ${ADVERB}|\b(?:I|we)\b[^.;:!?\n,]{0,60}?\b(?:and|then|so) ${ADVERB})`;
// "shut down the legacy billing system", "turned the 12 idle clusters off", "decommissioned", "retired the old
// pipeline", "switched off", "sunset the app", "killed the project", "wound down the pilot". Not "turned down" (a
// refusal), nor "retired" alone (a person retiring).
const SHUT_DOWN = new RegExp(
  String.raw`${ACT}(?:shut (?:[\w'’-]+ ){0,4}?(?:down|off)|(?:turned|switched|powered) (?:[\w'’-]+ ){0,4}?off|powered (?:[\w'’-]+ ){0,3}?down|(?:decommissioned|retired|sunset(?:ted)?|deprecated|killed|scrapped|wound down) (?:the|our|their|its|a|an|all|both|every|two|three|four|five|six|\d+|old|legacy|it|them|those|these)\b)`,
  'i',
);

const REFUSAL_TAG = /^(?:push-?back|said-?no|saying-?no|refusal)$/i;
// A no to what others asked of the candidate or the team: "I said no to the sales director", "I told sales no", "I
// turned down their request", "I declined the extra scope", "I refused to add the feature", "I pushed back on the launch
// date", "I held the line", "I shielded the team", "I protected my team's weekends". Not someone else saying no ("I
// asked and she said no"), nor a no to something no one asked ("turned down two candidates", "refused to close the
// post-mortem with that action": a bar held, which the principles' evidence tells).
const ASKED_FOR = String.raw`(?:requests?|asks?|demands?|proposals?|offers?|scope|features?|changes?|projects?|integrations?|deals?|purchases?|tools?|licen[cs]es?|vendors?|headcount|extensions?|exceptions?|overtime|work)`;
const REFUSED = new RegExp(
  String.raw`${ACT}(?:said no|told (?:[\w'’-]+ ){1,3}?no\b|(?:turned down|declined|refused|rejected) (?:[\w'’-]+ ){0,3}?${ASKED_FOR}\b|refused to (?:add|take on|accept|commit|promise|move|let|build|staff|sign off|approve|pull|change)\b|pushed back\b|held (?:the|my|our) (?:line|ground)|shielded|protected (?:the|my|our) (?:[\w-]+['’]s? )?(?:[\w-]+ )?(?:team|teams|engineers|capacity|weekends|time|roadmap|people))`,
  'i',
);

/**
 * Whether a story is of that kind. An incident story is tagged so (`incident`, `outage`, `post-mortem`) or
 * names an incident, an outage, a post-mortem or downtime in its title, situation or task. A failure story is
 * what the `failure-without-lesson` rule takes for one (src/text/failure.ts): a `failure` tag, or the
 * candidate's own failure told in its words. An escalation story is tagged `escalation` or tells the candidate
 * escalating, anywhere in it; a shutdown story, the candidate shutting something down (`decommission` and
 * `sunset` tags); a refusal story, the candidate saying no (`pushback`, `refusal` tags).
 */
export function isKind(story: StoryData, kind: StoryKind): boolean {
  if (kind === 'failure') return isFailureStory(story);
  if (kind === 'escalation') return (story.tags ?? []).some((t) => ESCALATION_TAG.test(t)) || TEXT_FIELDS.some((field) => ESCALATED.test(textOf(story, field)));
  if (kind === 'shutdown') return (story.tags ?? []).some((t) => SHUTDOWN_TAG.test(t)) || TEXT_FIELDS.some((field) => SHUT_DOWN.test(textOf(story, field)));
  if (kind === 'refusal') return (story.tags ?? []).some((t) => REFUSAL_TAG.test(t)) || TEXT_FIELDS.some((field) => REFUSED.test(textOf(story, field)));
  return (story.tags ?? []).some((t) => INCIDENT_TAG.test(t)) || ABOUT.some((field) => INCIDENT_WORDS.test(textOf(story, field)));
}
