import { SPOKEN_FIELDS, partnersOf, textOf } from '../../bank/schema.js';
import { findPartnerMentions } from '../../text/names.js';
import type { Rule } from '../rule.js';

export default {
  meta: {
    id: 'no-named-partner',
    description: 'The story names no partner: no person, no specific role such as "the Payments EM", no `partners:`.',
    defaultSeverity: 'error',
    principles: ['earn-trust'],
  },
  check(story, report) {
    if (partnersOf(story).length > 0) return;
    // One text for the whole story, so a word used as a product anywhere ("the Textly docs") is not
    // taken for a person where it stands alone ("we signed with Textly").
    const text = SPOKEN_FIELDS.map((field) => textOf(story, field)).join('\n\n');
    if (findPartnerMentions(text).length > 0) return;
    report({
      field: 'action',
      message:
        'No partner is named. Name who you worked with and their role ("Priya Nair, the Payments engineering manager"), or add `partners:`.',
    });
  },
} satisfies Rule;
