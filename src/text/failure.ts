/**
 * Whether a story is about a failure or a mistake: by a tag such as `failure`, or by its words, from "I
 * made a mistake" to plainer setbacks ("the experiment went badly", "the hiring round did not work
 * out"). An `incident` tag says what a story is about, not that the candidate failed.
 */
import { SPOKEN_FIELDS, textOf, type StoryData } from '../bank/schema.js';

const FAILURE_TAGS = /^(?:failures?|failed|mistakes?|setbacks?)$/i;
const FAILURE_WORDS =
  /\b(?:i (?:failed|missed|underestimated|overlooked|misjudged|got (?:it|this) wrong|was wrong|made a mistake|caused)|my (?:mistake|error|fault|miss|call was wrong)|(?:the|my|our) (?:launch|migration|rollout|cutover|project|program|release) failed|went wrong|we failed|it failed|rolled (?:it )?back)\b/i;
// Setbacks in plainer words.
const SETBACK =
  /\b(?:went (?:badly|poorly)|did(?: not|n['’]t) (?:work(?: out)?|go (?:well|as planned)|pay off)|fell short|backfired|was a (?:mistake|failure|flop)|were a (?:mistake|failure)|I missed|we missed|missed (?:the|our|my) (?:original )?(?:deadline|date|target|goal|commitment)|had to (?:stop|roll back|pull|abandon|cancel|revert|reverse|unwind)|lost (?:their |the |its )?(?:confidence|trust)|I (?:was wrong|got it wrong|made the wrong call)|my (?:mistake|fault|error)|I should have|(?:went|ran|came in|was|were) (?:\$?[\d.,]+[kKmM]? |\d+% )?over (?:the |our )?budget|overran|overspent|blew (?:through )?(?:the|our) budget|exceeded (?:the|our) budget)\b/i;

export function isFailureStory(story: StoryData): boolean {
  if ((story.tags ?? []).some((tag) => FAILURE_TAGS.test(tag))) return true;
  return SPOKEN_FIELDS.some((field) => FAILURE_WORDS.test(textOf(story, field)) || SETBACK.test(textOf(story, field)));
}
