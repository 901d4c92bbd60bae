import { withRoles } from '../../bank/schema.js';
import { hasScope } from '../../text/scope.js';
import type { Rule } from '../rule.js';

export default {
  meta: {
    id: 'no-scope',
    description: 'No sign of scope beyond your own team: no other teams, orgs, functions or vendors involved.',
    fix: 'Say which teams, orgs or functions you aligned.',
    defaultSeverity: 'warn',
    principles: ['think-big'],
  },
  check(story, report) {
    if (hasScope(withRoles(story))) return;
    report({
      field: 'task',
      message: 'The story stays inside one team. Say which other teams, orgs or functions you aligned: "across the payments, mobile and store-operations teams".',
    });
  },
} satisfies Rule;
