import type { BankRule } from '../rule.js';

export default {
  meta: {
    id: 'no-failure-story',
    description: 'The bank has no story of a failure or mistake and the recovery from it. Bank-level.',
    fix: 'Add one, tagged `failure`, with what you changed.',
    defaultSeverity: 'warn',
  },
  checkBank(stories, report) {
    if (stories.length === 0 || stories.some((s) => s.failure)) return;
    report(
      'No story tells of a failure and your recovery. Panels ask for one in most loops: add one, tagged `failure`, with what you changed afterwards.',
    );
  },
} satisfies BankRule;
