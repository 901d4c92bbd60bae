import { principle } from '../../principles/catalog.js';
import { MIN_SCORE, STRONG_SCORE, inferPrinciples, scorePrinciples } from '../../principles/infer.js';
import { oneLine } from '../../text/show.js';
import type { Rule } from '../rule.js';


export default {
  meta: {
    id: 'unsupported-principle',
    description: 'A claimed principle the story gives no evidence for; or a principle it shows strongly but does not claim.',
    fix: 'Add the evidence the message names, or drop the claim; or claim what the story shows.',
    defaultSeverity: 'warn',
  },
  check(story, report) {
    const claimed = story.lps ?? [];
    const scores = scorePrinciples(story);
    claimed.forEach((id, index) => {
      const score = scores.find((s) => s.id === id)?.score ?? 0;
      if (score >= MIN_SCORE) return;
      // A thirty-second user's trial: a user found which of her words counted only through `map --evidence`; the warning points to it.
      report({ field: 'lps', index, message: `You claim ${principle(id).name}, but the story doesn't show it yet. ${principle(id).evidence} \`tpm-prep map --evidence\` shows which words count.` });
    });
    for (const shown of inferPrinciples(story)) {
      if (claimed.includes(shown.id) || shown.score < STRONG_SCORE) continue;
      const because = shown.evidence[0] ? ` ("${oneLine(shown.evidence[0].text)}": ${shown.evidence[0].label})` : '';
      report({ field: 'lps', message: `The story shows ${principle(shown.id).name} strongly${because}; consider claiming \`${shown.id}\` in \`lps:\`.` });
    }
  },
} satisfies Rule;
