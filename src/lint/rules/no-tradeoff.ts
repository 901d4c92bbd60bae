import { SPOKEN_FIELDS, textOf } from '../../bank/schema.js';
import { findTradeoffs } from '../../text/tradeoffs.js';
import type { Rule } from '../rule.js';

export default {
  meta: {
    id: 'no-tradeoff',
    description: 'The story states nothing chosen over something else, given up, deferred, cut or accepted as a cost.',
    defaultSeverity: 'error',
    principles: ['have-backbone-disagree-and-commit'],
  },
  check(story, report) {
    if (textOf(story, 'tradeoff').trim()) return;
    if (SPOKEN_FIELDS.some((field) => findTradeoffs(textOf(story, field)).length > 0)) return;
    report({
      field: 'action',
      message:
        'No trade-off is stated. Name what you gave up and why: "I deferred X to ship Y", "…instead of…", or add `tradeoff:`.',
    });
  },
} satisfies Rule;
