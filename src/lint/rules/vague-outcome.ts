import { textOf } from '../../bank/schema.js';
import { findVagueOutcomes } from '../../text/cliches.js';
import { quoteExcerpt } from '../../text/show.js';
import type { Rule } from '../rule.js';

// A time kept: "on time", "in time", "ahead of schedule", "on schedule".
const ON_TIME = /\b(?:on|in|ahead of) (?:time|schedule)\b|\bahead of plan\b/i;
// A budget kept: "within budget", "under budget", "on budget".
const ON_BUDGET = /\b(?:on|under|within) budget\b/i;

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
          : ON_TIME.test(cliche.text) || ON_BUDGET.test(cliche.text)
            ? // A date looks like a number to a writer but backs no deadline kept (docs/rules.md), nor does a measure in
              // another clause: say plainly that nothing backs it (a user read "a date doesn't back it" as telling of a
              // date the story has), and what would, for the budget too where it is claimed.
              `${quoteExcerpt(cliche.text, 90)} is a claim the panel can't check: no number in its clause says by how much. ${keptBy(cliche.text)}`
            : `${quoteExcerpt(cliche.text, 90)} is a claim the panel can't check. Back it with a number in the same breath: "… on time: 11 days before the freeze", "… conversion up 4%".`,
      });
    }
  },
} satisfies Rule;

/** What backs a time or a budget kept, said for what `claim` claims: how far ahead of the deadline, how far under budget. */
function keptBy(claim: string): string {
  const time = ON_TIME.test(claim);
  const budget = ON_BUDGET.test(claim);
  if (time && budget) return 'In the same clause, say how far ahead of the deadline and how far under budget: "… on time, 11 days before the freeze, and £40k under budget".';
  if (budget) return 'In the same clause, say how far under budget: "… £40k under the £600k budget".';
  return 'In the same clause, say how far ahead of the deadline: "… on time, 11 days before the freeze".';
}
