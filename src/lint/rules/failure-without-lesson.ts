import { failureSign, type FailureSign } from '../../text/failure.js';
import { hasLesson } from '../../text/lessons.js';
import { quote, quoteAround, quoteExcerpt } from '../../text/show.js';
import type { Rule } from '../rule.js';

export default {
  meta: {
    id: 'failure-without-lesson',
    description: 'A failure or mistake story (by its words, a title such as "The launch I got wrong", or a `failure` tag) that states no lesson and no change made afterwards.',
    fix: 'Say what you do differently now, or what you changed, in `learned:`.',
    defaultSeverity: 'error',
    principles: ['ownership', 'learn-and-be-curious'],
  },
  check(story, report) {
    const sign = failureSign(story);
    if (!sign || hasLesson(story)) return;
    // At the sentence that made it a failure story, so the candidate can see why; a tag has no sentence.
    report({
      ...(sign.by === 'tag' ? { field: 'result' } : sign.by === 'title' ? { field: 'title', index: 0 } : { field: sign.field, index: sign.index }),
      message: `${why(sign)} Say what you do differently now, or what you changed so it can't happen again, in \`learned:\`.`,
    });
  },
} satisfies Rule;

/** What makes the story a failure story, so the candidate can see it and disagree. */
function why(sign: FailureSign): string {
  if (sign.by === 'tag') return `This failure story (tagged ${quote(sign.tag)}) has no lesson.`;
  if (sign.by === 'title') return `This story's title tells of your own failure, ${quoteAround(sign.title, sign.at)}, and the story has no lesson.`;
  if (sign.by === 'words') return `This story tells of a failure, ${quoteAround(sign.sentence, sign.at)}, and has no lesson.`;
  return `A trained model reads ${quoteExcerpt(sign.sentence)} as a failure, and the story has no lesson.`;
}
