import * as z from 'zod/mini';
import { PRINCIPLES } from '../../principles/catalog.js';
import { coverage } from '../../principles/coverage.js';
import { parseOptions } from '../options.js';
import type { BankRule } from '../rule.js';

const optionsSchema = z.strictObject({ min: z.optional(z.int().check(z.minimum(1))) });

export default {
  meta: {
    id: 'lp-coverage',
    description: 'A Leadership Principle has fewer than `min` stories (default 1) that claim or show it (one finding when no story covers any). Bank-level.',
    fix: 'Write a story for it; `tpm-prep plan` names the kind.',
    defaultSeverity: 'warn',
  },
  describe: ({ min }) =>
    min === 1
      ? 'A Leadership Principle has fewer than `min` stories (default 1) that claim or show it (one finding when no story covers any). Bank-level.'
      : `A Leadership Principle has fewer than ${min} stories (\`min\`; default 1) that claim or show it (one finding when no story covers any). Bank-level.`,
  options(raw) {
    const parsed = parseOptions(optionsSchema, raw, 'Its one option is `min`, a whole number of 1 or more.');
    return { min: parsed.min ?? 1 };
  },
  checkBank(stories, report, { min }) {
    const cover = coverage(stories);
    // A bank that covers nothing yet (the template init writes, a first story with no `lps:`) gets one line, not
    // sixteen that bury what its stories lack.
    if (PRINCIPLES.every((p) => cover[p.id].length === 0)) {
      report(
        `No story claims or shows any of the ${PRINCIPLES.length} principles yet (want ${min} for each). Claim in each story's \`lps:\` the ones it shows (\`tpm-prep lps\` lists them); \`tpm-prep plan\` says what kind of story each needs.`,
      );
      return;
    }
    for (const p of PRINCIPLES) {
      const count = cover[p.id].length;
      if (count >= min) continue;
      const have = count === 0 ? 'No story' : `Only ${count} ${count === 1 ? 'story' : 'stories'}`;
      report(`${have} for ${p.name} (want ${min}). ${p.evidence}`);
    }
  },
} satisfies BankRule<{ min: number }>;

