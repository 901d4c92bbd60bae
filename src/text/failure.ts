/** Whether a story is about a failure or a mistake: by its tags, or by its words. */
import { SPOKEN_FIELDS, textOf, type StoryData } from '../bank/schema.js';

const FAILURE_TAGS = /^(?:failure|failed|mistake|setback|incident)$/i;
const FAILURE_WORDS =
  /\b(?:i (?:failed|missed|underestimated|overlooked|misjudged|got (?:it|this) wrong|was wrong|made a mistake|caused)|my (?:mistake|error|fault|miss|call was wrong)|(?:the|my|our) (?:launch|migration|rollout|cutover|project|program|release) failed|went wrong|we failed|it failed|rolled (?:it )?back|post-?mortem)\b/i;

export function isFailureStory(story: StoryData): boolean {
  if ((story.tags ?? []).some((tag) => FAILURE_TAGS.test(tag))) return true;
  return SPOKEN_FIELDS.some((field) => FAILURE_WORDS.test(textOf(story, field)));
}
