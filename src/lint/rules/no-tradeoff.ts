import { statesTradeoff } from '../../text/tradeoffs.js';
import type { Rule } from '../rule.js';

export default {
  meta: {
    id: 'no-tradeoff',
    description: 'The story states nothing chosen over something else, given up, deferred, cut or accepted as a cost.',
    fix: 'Name what you gave up and why: "I deferred X to ship Y".',
    defaultSeverity: 'error',
    principles: ['have-backbone-disagree-and-commit'],
  },
  check(story, report) {
    if (statesTradeoff(story)) return;
    report({
      field: 'action',
      message:
        'No trade-off is stated. Name what you gave up and why: "I deferred X to ship Y", "…instead of…", or add `tradeoff:`.',
    });
  },
} satisfies Rule;
