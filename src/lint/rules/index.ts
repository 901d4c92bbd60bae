/** Every rule, by id. Adding a rule is one import and one entry here. */
import { nearest } from '../../text/suggest.js';
import type { AnyRule } from '../rule.js';
import failureWithoutLesson from './failure-without-lesson.js';
import hedging from './hedging.js';
import lpCoverage from './lp-coverage.js';
import missingMetric from './missing-metric.js';
import missingSection from './missing-section.js';
import noFailureStory from './no-failure-story.js';
import noNamedPartner from './no-named-partner.js';
import noScope from './no-scope.js';
import noTradeoff from './no-tradeoff.js';
import passiveVoice from './passive-voice.js';
import tooLong from './too-long.js';
import tooManyPrinciples from './too-many-principles.js';
import unsourcedMetric from './unsourced-metric.js';
import unsupportedPrinciple from './unsupported-principle.js';
import vagueOutcome from './vague-outcome.js';
import weInsteadOfI from './we-instead-of-i.js';

export const RULES: readonly AnyRule[] = [
  missingMetric,
  weInsteadOfI,
  noNamedPartner,
  noTradeoff,
  hedging,
  tooLong,
  missingSection,
  vagueOutcome,
  noScope,
  failureWithoutLesson,
  passiveVoice,
  unsourcedMetric,
  unsupportedPrinciple,
  tooManyPrinciples,
  lpCoverage,
  noFailureStory,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}

/**
 * What an unknown rule id, in the config or in a suppression comment, most likely meant, as the other did-you-means
 * choose (`nearest`): the id it starts ("too-many" → `too-many-principles`) or is a typo of ("no-tradof" →
 * `no-tradeoff`), else the one id that holds its words ("passive" → `passive-voice`, "no-partner" → `no-named-partner`).
 */
export function nearestRule(input: string): string | undefined {
  return nearest(input.trim(), RULE_IDS);
}

/**
 * What lint reports of the files themselves, beside the rules, under ids of their own: unreadable YAML, a story that
 * doesn't fit the format, an id used twice, a suppression comment that names no rule. They are no rules: none can be set
 * or turned off (as ESLint's parse errors can't), and SARIF describes each (formatters/sarif.ts).
 */
export const FILE_CHECKS: readonly string[] = ['parse', 'schema', 'duplicate-id', 'directive'];

/**
 * " Did you mean `passive-voice`?" after an unknown rule id (nearestRule), or where to find the rules; for one of the
 * FILE_CHECKS, that it is none (a trial set `duplicate-id: off` and was told to run `tpm-prep rules`, which doesn't list it).
 */
export function ruleHint(input: string): string {
  if (FILE_CHECKS.includes(input)) return ` \`${input}\` is lint's check of the story files themselves, not a rule: it can't be set or turned off. Fix what it reports.`;
  const near = nearestRule(input);
  return near ? ` Did you mean \`${near}\`?` : ' Run `tpm-prep rules` to list them.';
}
