/**
 * Ownership in the candidate's own words: actions with "I" as the subject ("I pulled the traces"), and
 * decisions ("I decided", "I chose", "I cut", "I pushed for"). A bullet or a terse sentence that starts with a
 * past-tense verb ("- Reviewed the plan with…", "Escalated to the VP same day.") is an "I" action with the "I"
 * left out.
 */
import { inOwnVoice } from './voice.js';

// "I" and the verb after it, skipping an adverb or two: "I then personally ran".
const I_ACTION =
  /\bI(?:\s+(?:also|then|first|personally|quickly|finally|immediately|later|again|still|myself|[a-z]+ly))*\s+(?!(?:was|am|had|have|think|believe|guess|suppose|feel|felt|tried|hoped|wanted|needed|helped|could|would|should|might|may|must|will|can|do|did|didn['’]t|don['’]t|wasn['’]t|not|never|also)\b)([a-z][a-z'’-]+)/g;
// A bullet, or a sentence told tersely, that opens with the verb: "- Reviewed the plan", "Escalated to the VP
// same day." Not a participle that opens a sentence about something else ("Based on the data, …", "Delayed by
// the vendor, …").
const BULLET_ACTION =
  /(?:^[ \t]*(?:[-*•][ \t]+)?|[.!?;][ \t]+)(?!(?:Based|Compared|Given|Related|Concerned|Supposed|Interested|Used|Needed|Required|Expected|Faced|Armed)\b|(?:Asked|Told|Tasked)\s+to\b)(?:[A-Z][a-z]+ed|Ran|Led|Built|Wrote|Set|Cut|Held|Made|Took|Drove|Chose|Sent|Met|Found|Kept|Put|Brought|Told|Gave|Paid|Sold|Won|Began|Spent|Split|Shut)\b(?!,|\s+by\b)/gm;
// A choice the candidate made, told in their own voice: "I cut…", "…and refused to…", "I agreed with
// Legal to pause…", "the call was mine", "- Chose air freight over sea".
const DECISION_VERB =
  /\b(?:decided|chose|picked|opted|made the (?:call|decision)|called (?:it|a|the)|proposed|recommended|pushed (?:for|back|to)|insisted|argued|approved|signed off|prioriti[sz]ed|deprioriti[sz]ed|cut|killed|dropped|deferred|delayed|held (?:the|back|firm)|refused|declined|turned down|overruled|vetoed|committed|bet|escalated|stopped|paused|switched|reallocated|redirected|moved|traded|accepted|gave up|said no|kept|left|set (?:a|the)\s+(?:date|deadline|bar|goal|target|gate|scope|budget|priority|priorities))\b/gi;
const DECISION_PHRASE = /\bI (?:agreed|decided|chose|opted)(?: with [^.;!?]{1,60}?)? to\b|\b(?:the|that) (?:call|decision) was mine\b|\bmy (?:call|decision)\b/g;

export function countIActions(text: string): number {
  return [...text.matchAll(I_ACTION)].length + [...text.matchAll(BULLET_ACTION)].length;
}

export function findDecisions(text: string): { index: number; text: string }[] {
  // Not a passive, said or implied: "the launch was delayed", "Delayed by the vendor, the launch slipped".
  const passive = (m: RegExpMatchArray) => /\b(?:was|were|been|be|is|are)\s+$/i.test(text.slice(Math.max(0, m.index! - 6), m.index)) || /^\s+by\b/i.test(text.slice(m.index! + m[0].length));
  const verbs = [...text.matchAll(DECISION_VERB)].filter((m) => inOwnVoice(text, m.index, { singular: true }) && !passive(m));
  const found = [...verbs, ...text.matchAll(DECISION_PHRASE)].map((m) => ({ index: m.index, text: m[0] }));
  return found.sort((a, b) => a.index - b.index);
}
