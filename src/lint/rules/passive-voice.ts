import { textOf } from '../../bank/schema.js';
import { findPassives } from '../../text/passive.js';
import { EXAMPLE_ACTOR } from '../examples.js';
import type { Rule } from '../rule.js';

export default {
  meta: {
    id: 'passive-voice',
    description: 'A passive in the action that hides who acted: "a decision was made", "the plan was approved".',
    defaultSeverity: 'warn',
    principles: ['ownership'],
  },
  check(story, report) {
    for (const passive of findPassives(textOf(story, 'action'))) {
      report({
        field: 'action',
        index: passive.index,
        message: `"${passive.text}" hides who acted. If it was you, say "I ${passive.past} …"; if not, name them: "${passive.participle} by ${EXAMPLE_ACTOR}, the VP".`,
      });
    }
  },
} satisfies Rule;
