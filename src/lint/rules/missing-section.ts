import { textOf } from '../../bank/schema.js';
import { countWords } from '../../text/words.js';
import type { Rule } from '../rule.js';

// A placeholder is not a section: "TBD", "n/a", "TODO", "-", "…", "?".
const PLACEHOLDER = /^\s*(?:tbd|tbc|todo|to ?do|n\/?a|none|nil|null|pending|placeholder|coming soon|fill (?:me )?in|xxx+|-+|—|–|\.{2,}|…|\?+)\s*[.!]?\s*$/i;

// A section of bullets or punctuation alone ("•", "* * *", "()") says nothing either.
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/** The words of a section, with a placeholder or bare punctuation counted as none. */
function wordsOf(text: string): number {
  return PLACEHOLDER.test(text) || !SAYS_SOMETHING.test(text) ? 0 : countWords(text);
}

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
    fix: 'Fill the section in; tell more of what you did than of the background.',
    defaultSeverity: 'error',
  },
  check(story, report) {
    for (const [field, message] of Object.entries(SECTIONS) as [keyof typeof SECTIONS, string][]) {
      if (wordsOf(textOf(story, field)) === 0) report({ field, message });
    }
    const situation = wordsOf(textOf(story, 'situation'));
    const action = wordsOf(textOf(story, 'action'));
    if (action > 0 && action < situation) {
      report({
        field: 'action',
        message: `The action (${action} words) is shorter than the situation (${situation}). Cut the background and tell more of what you did.`,
      });
    }
  },
} satisfies Rule;
