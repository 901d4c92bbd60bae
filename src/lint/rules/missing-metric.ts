import { textOf } from '../../bank/schema.js';
import { hasMetric } from '../../text/numbers.js';
import type { Rule } from '../rule.js';

export default {
  meta: {
    id: 'missing-metric',
    description: 'The result states no quantified outcome (a %, money, a duration, a count, "from X to Y", "2x").',
    fix: 'Say what changed and by how much: "MTTR from 48 hours to 12".',
    defaultSeverity: 'error',
    principles: ['deliver-results'],
  },
  check(story, report) {
    const result = textOf(story, 'result');
    if (hasMetric(result)) return;
    report({
      field: 'result',
      message: result.trim()
        ? 'The result has no number. Say what changed and by how much: "from 48 hours to 12", "down 15%", "$2M a year".'
        : // Worded apart from missing-section's "There is no result", which reports the same place.
          'No metric yet: when you write the result, give a number for what changed: "from 48 hours to 12", "down 15%", "$2M a year".',
    });
  },
} satisfies Rule;
