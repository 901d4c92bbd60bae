import { textOf } from '../../bank/schema.js';
import { countWords } from '../../text/words.js';
import type { Rule } from '../rule.js';

const SECTIONS = {
  situation: 'There is no situation. Set the scene in one or two sentences: what was at stake, and by when.',
  task: 'There is no task. Say in one sentence what you owned: "I owned …".',
  action: 'There is no action. Tell what you did, step by step, in the first person: it should be the longest section.',
  result: 'There is no result. Say what changed and by how much, and what it meant for the customer.',
} as const;

export default {
  meta: {
    id: 'missing-section',
    description: 'The situation, task, action or result is empty or missing, or the action is shorter than the situation.',
    defaultSeverity: 'error',
  },
  check(story, report) {
    for (const [field, message] of Object.entries(SECTIONS) as [keyof typeof SECTIONS, string][]) {
      if (!textOf(story, field).trim()) report({ field, message });
    }
    const situation = countWords(textOf(story, 'situation'));
    const action = countWords(textOf(story, 'action'));
    if (action > 0 && action < situation) {
      report({
        field: 'action',
        message: `The action (${action} words) is shorter than the situation (${situation}). Cut the background and tell more of what you did.`,
      });
    }
  },
} satisfies Rule;
