import { textOf } from '../../bank/schema.js';
import { findVagueOutcomes } from '../../text/cliches.js';
import { quoteExcerpt } from '../../text/show.js';
import type { Rule } from '../rule.js';

// A time kept: "on time", "in time", "ahead of schedule", "on schedule".
const ON_TIME = /\b(?:on|in|ahead of) (?:time|schedule)\b|\bahead of plan\b/i;

export default {
  meta: {
    id: 'vague-outcome',
    description: 'A result cliché with no number behind it: "delivered on time", "improved the user experience", "was a big success".',
    fix: 'Replace the claim with the number that proves it.',
    defaultSeverity: 'error',
    principles: ['deliver-results'],
  },
  check(story, report) {
    for (const cliche of findVagueOutcomes(textOf(story, 'result'))) {
      report({
        field: 'result',
        index: cliche.index,
        message: cliche.byModel
          ? `A trained model reads ${quoteExcerpt(cliche.text)} as a claim the panel can't check. Put the number that proves it in the same sentence: "… conversion up 4%".`
          : ON_TIME.test(cliche.text)
            ? // A date looks like a number to a writer but backs no deadline kept (docs/rules.md), nor does a measure in
              // another clause: say what does.
              `${quoteExcerpt(cliche.text, 90)} is a claim the panel can't check: a date doesn't back it, nor does a number in another clause. In the same clause, say how far ahead of the deadline: "… on time, 11 days before the freeze".`
            : `${quoteExcerpt(cliche.text, 90)} is a claim the panel can't check. Back it with a number in the same breath: "… on time: 11 days before the freeze", "… conversion up 4%".`,
      });
    }
  },
} satisfies Rule;
