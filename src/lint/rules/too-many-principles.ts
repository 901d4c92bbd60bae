import type { Rule } from '../rule.js';

/** A story claimed for more principles than this is spread too thin to defend under probing. */
export const MAX = 4;

export default {
  meta: {
    id: 'too-many-principles',
    description: `One story is claimed for more than ${MAX} principles.`,
    fix: 'Keep the 4 or fewer it shows best.',
    defaultSeverity: 'warn',
  },
  check(story, report) {
    const count = story.lps?.length ?? 0;
    if (count <= MAX) return;
    report({
      field: 'lps',
      message: `This story claims ${count} principles. Keep the ${MAX} or fewer it shows best, and find other stories for the rest.`,
    });
  },
} satisfies Rule;
