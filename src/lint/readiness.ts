/**
 * Readiness: how close a story is to what a bar raiser wants, from 0 to 100, on the three axes panels
 * use to call a story deep or shallow (Impact, Scope, Ownership):
 *
 * - Impact (34): a metric in the result (20; a metric only elsewhere in the story, 8), and a customer the
 *   work was for (14).
 * - Scope (33): teams aligned (three or more teams or orgs, 18; two, or any cross-team sign, 12), and a
 *   named partner (15).
 * - Ownership (33): actions told with "I" (13 for three or more, 9 for two, 5 for one), a decision of
 *   your own (10), and a trade-off (10).
 *
 * Every check only looks for something present, never for something absent, so adding to a story (a
 * metric, a partner, a decision) never lowers its score. Without a metric in the result the score stays under the
 * ready bar (READY_SCORE - 1 at most, whatever the axes add up to): the result's number is the check a panel most often
 * finds missing, and a story of claims alone ("delivered on time", "a big success") is not ready however much else it
 * has. The bar is lifted by a metric put in the result, so that too never lowers a score. Pure: a story in, numbers out.
 */
import { spokenText, textOf, withRoles, type StoryData } from '../bank/schema.js';
import { findCustomers, interviewsInternalCustomers } from '../text/customers.js';
import { namesPartner } from '../text/names.js';
import { hasMetric } from '../text/numbers.js';
import { countIActions, findDecisions } from '../text/ownership.js';
import { teamsInvolved } from '../text/scope.js';
import { statesTradeoff } from '../text/tradeoffs.js';
import { POINTS, READY_SCORE, type Readiness } from './readiness-report.js';

// The points live beside the reports, which name what a story lacks without loading the text analysis.
export { POINTS };

// Lint asks for a story's readiness per file and again for the bank; score each story once.
const cache = new WeakMap<StoryData, Readiness>();

export function readiness(story: StoryData): Readiness {
  let r = cache.get(story);
  if (!r) cache.set(story, (r = computeReadiness(story)));
  return r;
}

function computeReadiness(story: StoryData): Readiness {
  const all = spokenText(story);
  const told = withRoles(story);
  const action = [textOf(story, 'task'), textOf(story, 'action')].join('\n\n');

  const metric = hasMetric(textOf(story, 'result')) ? POINTS.metric : hasMetric(all) ? POINTS.metricElsewhere : 0;
  // Whom an interview went to is the principles' decision too: people outside are customers (findCustomers), colleagues
  // only of a story that serves them (interviewsInternalCustomers), as Customer Obsession's evidence takes them.
  const customer = findCustomers(told).length > 0 || interviewsInternalCustomers(story) ? POINTS.customer : 0;

  const teamCount = teamsInvolved(told);
  const teams = teamCount >= 3 ? POINTS.teams : teamCount >= 2 ? POINTS.teamsTwo : 0;
  const partner = namesPartner(story) ? POINTS.partner : 0;

  const count = countIActions(action);
  const actions = count >= 3 ? POINTS.actions : count === 2 ? POINTS.actionsTwo : count === 1 ? POINTS.actionsOne : 0;
  const decision = findDecisions(all).length > 0 ? POINTS.decision : 0;
  const tradeoff = statesTradeoff(story) ? POINTS.tradeoff : 0;

  const impact = metric + customer;
  const scope = teams + partner;
  const ownership = actions + decision + tradeoff;
  const sum = impact + scope + ownership;
  const score = metric === POINTS.metric ? sum : Math.min(sum, READY_SCORE - 1);
  return { score, impact, scope, ownership, parts: { metric, customer, teams, partner, actions, decision, tradeoff } };
}

