import { isFailureStory } from '../../text/failure.js';
import { hasLesson } from '../../text/lessons.js';
import type { Rule } from '../rule.js';

export default {
  meta: {
    id: 'failure-without-lesson',
    description: 'A failure or mistake story (by its words or a `failure` tag) that states no lesson and no change made afterwards.',
    defaultSeverity: 'error',
    principles: ['ownership', 'learn-and-be-curious'],
  },
  check(story, report) {
    if (!isFailureStory(story) || hasLesson(story)) return;
    report({
      field: 'result',
      message: 'This failure story has no lesson. Say what you do differently now, or what you changed so it can\'t happen again, in `learned:`.',
    });
  },
} satisfies Rule;
