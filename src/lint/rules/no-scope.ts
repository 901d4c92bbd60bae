import { withRoles } from '../../bank/schema.js';
import { hasScope, loneTeam } from '../../text/scope.js';
import { quote } from '../../text/show.js';
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
    const told = withRoles(story);
    if (hasScope(told)) return;
    // One team named is read as perhaps the candidate's own: said so, and not "stays inside one team" of a story that
    // names it beside "our team" (a user's trial).
    const team = loneTeam(told);
    const said = team === undefined ? 'The story stays inside one team.' : `The one team named (${quote(team)}) may be your own.`;
    report({
      field: 'task',
      message: `${said} Say which other teams, orgs or functions you aligned: "across the payments, mobile and store-operations teams".`,
    });
  },
} satisfies Rule;
