import * as z from 'zod/mini';
import { textOf } from '../../bank/schema.js';
import { findUnsourcedMetrics } from '../../text/sources.js';
import { parseOptions } from '../options.js';
import { quote } from '../../text/show.js';
import type { Rule } from '../rule.js';

export interface UnsourcedMetricOptions {
  /** More words that name where a number comes from, such as your own dashboard's name. */
  readonly sources: readonly string[];
}

const optionsSchema = z.strictObject({ sources: z.optional(z.array(z.string().check(z.minLength(1)))) });

export default {
  meta: {
    id: 'unsourced-metric',
    description: 'A result percentage, money figure, multiplier or before/after change with no hint of how it was measured.',
    fix: 'Say where the number comes from: "on the latency dashboard".',
    defaultSeverity: 'off',
    principles: ['dive-deep'],
  },
  options(raw) {
    const parsed = parseOptions(optionsSchema, raw, 'Its one option is `sources`, a list of words that name where a number comes from.');
    return { sources: parsed.sources ?? [] };
  },
  check(story, report, options = { sources: [] }) {
    for (const metric of findUnsourcedMetrics(textOf(story, 'result'), options.sources)) {
      report({
        field: 'result',
        index: metric.index,
        message: `${quote(metric.text)} gives no sense of how it was measured. Say where the number comes from: "on the latency dashboard", "in the Q3 survey", "from the AWS bill".`,
      });
    }
  },
} satisfies Rule<UnsourcedMetricOptions>;
