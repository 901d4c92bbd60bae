/** Every rule, by id. Adding a rule is one import and one entry here. */
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
