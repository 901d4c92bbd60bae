import { SPOKEN_FIELDS, partnersOf, textOf } from '../../bank/schema.js';
import { hasScope } from '../../text/scope.js';
import type { Rule } from '../rule.js';

export default {
  meta: {
    id: 'no-scope',
    description: 'No sign of scope beyond your own team: no other teams, orgs, functions or vendors involved.',
    defaultSeverity: 'warn',
    principles: ['think-big'],
  },
  check(story, report) {
    const roles = partnersOf(story).map((p) => p.role ?? '');
    const text = [...SPOKEN_FIELDS.map((field) => textOf(story, field)), ...roles].join('\n\n');
    if (hasScope(text)) return;
    report({
      field: 'task',
      message: 'The story stays inside one team. Say which other teams, orgs or functions you aligned: "across the payments, mobile and store-operations teams".',
    });
  },
} satisfies Rule;
