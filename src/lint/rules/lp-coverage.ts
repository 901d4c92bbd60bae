import * as z from 'zod/mini';
import { PRINCIPLES } from '../../principles/catalog.js';
import { coverage } from '../../principles/coverage.js';
import { parseOptions } from '../options.js';
import type { BankRule } from '../rule.js';

const optionsSchema = z.strictObject({ min: z.optional(z.int().check(z.minimum(1))) });

export default {
  meta: {
    id: 'lp-coverage',
    description: 'A Leadership Principle has fewer than `min` stories (default 1) that claim or show it. Bank-level.',
    defaultSeverity: 'warn',
  },
  options(raw) {
    const parsed = parseOptions(optionsSchema, raw, 'Its one option is `min`, a whole number of 1 or more.');
    return { min: parsed.min ?? 1 };
  },
  checkBank(stories, report, { min }) {
    const cover = coverage(stories);
    for (const p of PRINCIPLES) {
      const count = cover[p.id].length;
      if (count >= min) continue;
      const have = count === 0 ? 'No story' : `Only ${count} ${count === 1 ? 'story' : 'stories'}`;
      report(`${have} for ${p.name} (want ${min}). ${p.evidence}`);
    }
  },
} satisfies BankRule<{ min: number }>;

