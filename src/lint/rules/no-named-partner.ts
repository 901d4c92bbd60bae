import { namesPartner } from '../../text/names.js';
import { EXAMPLE_PARTNER } from '../examples.js';
import type { Rule } from '../rule.js';

export default {
  meta: {
    id: 'no-named-partner',
    description: 'The story names no partner: no person, no specific role such as "the Payments EM", no `partners:`.',
    fix: 'Name who you worked with and their role, or add `partners:`.',
    defaultSeverity: 'error',
    principles: ['earn-trust'],
  },
  check(story, report) {
    if (namesPartner(story)) return;
    report({
      field: 'action',
      message: `No partner is named. Name who you worked with and their role ("${EXAMPLE_PARTNER}, the Payments engineering manager"), or add \`partners:\`.`,
    });
  },
} satisfies Rule;
