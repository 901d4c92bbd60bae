import { partnersOf } from '../../bank/schema.js';
import { namesPartner } from '../../text/names.js';
import { nobodyIn, type Nobody } from '../../text/partners.js';
import { quoteExcerpt } from '../../text/show.js';
import { EXAMPLE_PARTNER } from '../examples.js';
import type { Rule } from '../rule.js';

// What a `partners:` entry that names nobody is, said in the finding.
const NOBODY: Record<Nobody, string> = {
  placeholder: 'is a placeholder',
  generic: 'names no one by name, team or function',
  sentence: 'is a sentence, not a partner',
};

export default {
  meta: {
    id: 'no-named-partner',
    description: 'The story names no partner: no person, no specific role such as "the Payments EM", no `partners:` entry that names someone.',
    fix: 'Name who you worked with and their role, or add `partners:`.',
    defaultSeverity: 'error',
    principles: ['earn-trust'],
  },
  check(story, report) {
    if (namesPartner(story)) return;
    const fix = `Name who you worked with and their role ("${EXAMPLE_PARTNER}, the Payments engineering manager")`;
    // `partners:` written, but naming nobody ("TBD", "the team", a sentence): said at its first entry (two new users'
    // trials: `partners: [the team, everyone, TBD]` passed, and earned readiness's named-partner points).
    const partners = partnersOf(story);
    if (partners.length > 0) {
      const first = partners[0]!;
      const more = partners.length > 1 ? ` (and ${partners.length === 2 ? 'the other entry' : `the other ${partners.length - 1}`} name${partners.length === 2 ? 's' : ''} nobody either)` : '';
      const written = first.role ? `${first.name}, ${first.role}` : first.name;
      report({
        field: 'partners',
        index: 0,
        message: `No partner is named: ${quoteExcerpt(written, 40)} in \`partners:\` ${NOBODY[nobodyIn(first)!]}${more}. ${fix}.`,
      });
      return;
    }
    report({ field: 'action', message: `No partner is named. ${fix}, or add \`partners:\`.` });
  },
} satisfies Rule;
