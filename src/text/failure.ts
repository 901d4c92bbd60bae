/**
 * Whether a story is about a failure or a mistake: by a tag such as `failure`, or by its words, from "I
 * made a mistake" to plainer setbacks ("the experiment went badly", "the hiring round did not work
 * out", "I dropped the ball"). An `incident` tag says what a story is about, not that the candidate
 * failed, and rolling back someone else's bad change is handling an incident, not failing.
 */
import { SPOKEN_FIELDS, textOf, type StoryData } from '../bank/schema.js';

const FAILURE_TAGS = /^(?:failures?|failed|mistakes?|setbacks?)$/i;
const FAILURE_WORDS =
  /\b(?:i (?:failed|missed|underestimated|overlooked|misjudged|got (?:it|this) wrong|was wrong|made a mistake|caused)|my (?:mistake|error|fault|miss|call was wrong)|(?:the|my|our) (?:launch|migration|rollout|cutover|project|program|release) failed|went wrong|we failed|it failed)\b/i;
// Setbacks in plainer words.
const SETBACK =
  /\b(?:went (?:badly|poorly)|did(?: not|n['’]t) (?:work(?: out)?|go (?:well|as planned)|pay off)|fell short|backfired|was a (?:mistake|failure|flop|disaster|fiasco|misstep)|were a (?:mistake|failure)|was the wrong (?:call|decision|choice|bet)|I missed|we missed|missed (?:the|our|my) (?:original )?(?:deadline|date|target|goal|commitment)|had to (?:stop|roll back|roll it back|pull|abandon|cancel|revert|reverse|unwind|scrap|shelve|write off)|lost (?:their |the |its )?(?:confidence|trust)|I (?:was wrong|got it wrong|made the wrong call)|my (?:mistake|fault|error)|I should have|(?:went|ran|came in|was|were) (?:\$?[\d.,]+[kKmM]? |\d+% )?over (?:the |our )?budget|overran|overspent|blew (?:through )?(?:the|our) budget|exceeded (?:the|our) budget)\b/i;
// Owning a mistake in everyday words: "I dropped the ball", "That was on me", "my biggest mistake", "the
// pilot flopped". ("It was on me to decide" is a responsibility, not a mistake.)
const OWNED_MISTAKE = new RegExp(
  String.raw`\b(?:dropped the ball|(?:messed|screwed|slipped) up|I (?:blew|botched|fumbled|forgot|misread|overpromised|over-promised|overcommitted|over-committed)|I let (?:it|this|that|things|the [\p{L}-]+) (?:slip|drift)|I was too (?:slow|late|optimistic)|(?:that|this|it) (?:was|one was|one['’]s|is) (?:all |entirely )?on me(?!\s+to\b)|my (?:biggest|big|own|first|real|main) (?:mistake|error|failure)|flopped|(?:fell|went) (?:apart|flat)|fell through|did(?: not|n['’]t) land|did(?: not|n['’]t) go to plan|(?:I|we) caused|my (?:estimates?|plan|forecast|assumptions?) (?:was|were) (?:wrong|off|too optimistic)|` +
    // The launch itself slipping or late, not a piece of work along the way ("when the pipeline work slipped").
    String.raw`(?:(?:the|our|my) (?:launch|release|go-live|programme|program|project|migration|cutover|cut-over|rollout|roll-out|delivery)|we|I) (?:slipped|(?:was|were|came in|landed|shipped|went live) (?:[\p{N}\p{L}]+ (?:days?|weeks?|months?|quarters?) )?late(?!\s+(?:in|that|last|on)\b))|slipped (?:the|our|my) (?:launch|release|go-live|date|deadline|delivery)|` +
    // "I got the sequencing wrong", "we blew the deadline", "I was overconfident", "my estimate was way off".
    String.raw`I got (?:the |my |our )?(?:[\p{L}-]+ ){0,3}?(?:badly |completely |totally |all |it )?wrong|(?:I|we) (?:blew|missed|overshot) (?:the|our|my|a) (?:[\p{L}-]+ )?(?:deadline|date|launch|go-live|budget|estimate|timeline|window)|I was (?:over-?confident|naive|naïve|complacent)|my (?:estimates?|plan|forecast|assumptions?|read|call) (?:was|were) (?:way |badly |completely |too far |well )?(?:wrong|off|too optimistic)|(?:we|I) (?:had to )?pull(?:ed)? the plug|I let (?:the team|them|my team|everyone|the customer|the client) down)\b`,
  'iu',
);

export function isFailureStory(story: StoryData): boolean {
  if ((story.tags ?? []).some((tag) => FAILURE_TAGS.test(tag))) return true;
  return SPOKEN_FIELDS.some((field) => {
    const text = textOf(story, field);
    return FAILURE_WORDS.test(text) || SETBACK.test(text) || OWNED_MISTAKE.test(text);
  });
}
