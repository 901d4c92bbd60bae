/** Every rule, by id. Adding a rule is one import and one entry here. */
import type { AnyRule } from '../rule.js';
import lpCoverage from './lp-coverage.js';
import missingMetric from './missing-metric.js';
import noFailureStory from './no-failure-story.js';
import noNamedPartner from './no-named-partner.js';
import noTradeoff from './no-tradeoff.js';
import tooManyPrinciples from './too-many-principles.js';
import unsupportedPrinciple from './unsupported-principle.js';
import weInsteadOfI from './we-instead-of-i.js';

export const RULES: readonly AnyRule[] = [
  missingMetric,
  weInsteadOfI,
  noNamedPartner,
  noTradeoff,
  unsupportedPrinciple,
  tooManyPrinciples,
  lpCoverage,
  noFailureStory,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
