/**
 * Lessons. A story carries one when it has a `learned:` field, says what the candidate learned or does
 * differently now ("Since then I profile the data first"), or tells of a change made so it can't happen
 * again (alerts set up, a check added, renewal automated). Which stories are failures: src/text/failure.ts.
 */
import { SPOKEN_FIELDS, textOf, type StoryData } from '../bank/schema.js';

const LESSON =
  /\b(?:I|we)(?:['’]ve| have)? (?:learned|learnt|realised|realized|took away)\b|\b(?:takeaway|take-away)\b|\bI (?:run|do|write|plan|ask|check|build|insist|require|start|keep|make|use|budget|book|add|include|review|test|bring|involve|share|read|set|put|hold|schedule|get|treat|profile|pilot|rehearse) now\b|\bin (?:the )?future,? I\b|\bI(?:['’]d| would) (?:now |today |always )?(?:start|insist|push|involve|build in|pilot|budget|rehearse|test|change|plan for)\b|\bfrom now on\b|\b(?:do|done|handle|handled|run|plan|approach|approached) (?:(?:it|this|that|things) )?differently\b|\bI (?:now |still )?always (?![\p{L}]+ed\b)[\p{L}]+|\bnever again\b|\blessons?\b|\bI now\b|\bnow I\b|\bwe now\b|\bsince then\b|\bever since\b|\bfrom then on\b|\bgoing forward\b|\bnext time\b|\b(?:in hindsight|in retrospect|looking back),? I(?:['’]d| would| should)\b|\b(?:I|we)(?:['’]ve| have) since\b|\bthese days\b|\bI(?:['’]d| would) (?:now|today)\b|\bif I (?:did|had to do|ran) (?:it|this|that) again\b|\bI (?:changed|have changed|changed) (?:how|the way|my|our)\b|\bI (?:still|always) (?:do|run|ask|check|insist)\b|\b(?:afterwards|after that),? I (?:added|changed|made|set up|introduced|required|started|wrote|put)\b|\bso (?:it|this|that) (?:can(?:not|['’]t)|won['’]t|would(?:n['’]t| not)|never) happen again\b|\b(?:taught|showed) me\b|\bfrom (?:that|this) point on\b|\bsince (?:that|this) (?:day|incident|launch|outage|project|programme|program)\b|\bchanged (?:how|the way) I\b|\bnow (?:always|never)\b|\bmy rule now\b|\b(?:added|wrote) (?:it|this|that|(?:[\p{L}-]+\s+){1,4}?)\s*to (?:the|our|every|each) (?:checklist|runbook|playbook|template|process|launch review)\b|\bto prevent (?:a )?(?:recurrence|repeat)\b|\bnowadays\b|\bI no longer\b|\bmy (?:habit|rule|practice|default|routine|approach)(?: now| these days| since| ever since| since then)? is\b|\bI(?:['’]ve| have) (?:changed|made it a rule|started|stopped|learned|learnt)\b|\bI (?:now )?make (?:it )?a (?:rule|point) to\b/iu;
// Remediation: what was put in place so the failure can't recur.
const CHANGE =
  /\b(?:set up|added|introduced|built|put in|created|wrote)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:alerts?|alarms?|checks?|gates?|guardrails?|kill switch(?:es)?|safeguards?|checklists?|checkpoints?|pre-mortems?|canar(?:y|ies)|rehearsals?|dry runs?|buffers?)\b|\b(?:was|were|got) automated\b|\bautomated (?:the )?(?:renewal|rotation|checks?|rollback|tests?|alerts?)\b/iu;

export function hasLesson(story: StoryData): boolean {
  if (textOf(story, 'learned').trim()) return true;
  return SPOKEN_FIELDS.some((field) => LESSON.test(textOf(story, field)) || CHANGE.test(textOf(story, field)));
}
