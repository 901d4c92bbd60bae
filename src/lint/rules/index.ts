/** Every rule, by id. Adding a rule is one import and one entry here. */
import type { Rule } from '../rule.js';
import missingMetric from './missing-metric.js';
import noNamedPartner from './no-named-partner.js';
import noTradeoff from './no-tradeoff.js';
import weInsteadOfI from './we-instead-of-i.js';

// Rules take different option types; the engine hands each the options its own parser returned.
export const RULES: readonly Rule<any>[] = [missingMetric, weInsteadOfI, noNamedPartner, noTradeoff];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export function findRule(id: string): Rule<any> | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
