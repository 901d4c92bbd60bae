import { textOf } from '../../bank/schema.js';
import { findWeMentions } from '../../text/pronouns.js';
import { quote } from '../../text/show.js';
import type { Rule } from '../rule.js';

const SECTIONS = ['task', 'action'] as const;

export default {
  meta: {
    id: 'we-instead-of-i',
    description: 'The task or action tells your own work as "we", "our team" or "the team" instead of "I".',
    fix: 'Say "I decided…" if it was yours, or what you did to get it done (what you asked, decided or unblocked).',
    defaultSeverity: 'error',
    principles: ['ownership'],
  },
  check(story, report) {
    for (const field of SECTIONS) {
      for (const we of findWeMentions(textOf(story, field))) {
        report({
          field,
          index: we.index,
          // Not "say I did it" alone: the team's work is not the candidate's to claim (a seventeenth user's trial). And what
          // the company had, paid for or was bound to by law is no act of anyone's: "I already had a licence" or "I must keep
          // the invoices by law" makes no sense.
          message: we.held
            ? `${quote(we.phrase)} tells what was had or paid for, not your part. Say whose it was (${quote(`${we.suggestion} …`)}) and what you did with it.`
            : we.bound
              ? `${quote(we.phrase)} tells what the company was bound to, not your part. Say whose duty it was (${quote(`${we.suggestion} …`)}) and what you did about it.`
              : `${quote(we.phrase)} hides your part. Say ${quote(`${we.suggestion} …`)} if it was yours, or what you did to get it done.`,
        });
      }
    }
  },
} satisfies Rule;
