import { describe, it, expect } from 'vitest';
import type { LpId } from '../../src/principles/catalog.js';
import { scorePrinciples } from '../../src/principles/infer.js';

// Second pass on Deliver Results, Customer Obsession, Think Big and Hire and Develop the Best: sentences the
// signals must now hear, and near misses that must give the principle no score at all.
const scored = (action: string, id: LpId) => scorePrinciples({ title: 't', action }).find((s) => s.id === id);
const labelsOf = (action: string, id: LpId) => scored(action, id)?.evidence.map((e) => e.label) ?? [];
const scoreOf = (action: string, id: LpId) => scored(action, id)?.score ?? 0;

const MATCHES: ReadonlyArray<[LpId, string, string]> = [
  ['deliver-results', 'The last region reached the new version nine days before the cutoff.', 'hit a hard date or target'],
  ['deliver-results', 'We decommissioned the mainframe two weeks before the support contract ended.', 'hit a hard date or target'],
  ['deliver-results', 'Our supplier cleared every finding five days before the audit.', 'hit a hard date or target'],
  ['deliver-results', 'Legal signed the new terms ten days before the enforcement date.', 'hit a hard date or target'],
  ['deliver-results', 'We retired the legacy app four weeks before end of support.', 'hit a hard date or target'],
  ['deliver-results', 'Overtime fell from 400 hours to 90 a month.', 'reported a measured outcome'],
  ['deliver-results', 'Error rates went from 4% to under 1% after the fix.', 'reported a measured outcome'],
  ['deliver-results', 'Late orders dropped from nine to two a day.', 'reported a measured outcome'],

  ['customer-obsession', 'Calls to the help desk about password resets fell sharply.', 'moved a customer-facing measure'],
  ['customer-obsession', 'No-shows at the two clinics dropped after the reminder texts.', 'moved a customer-facing measure'],
  ['customer-obsession', 'Checkout drop-off went down once the form was shorter.', 'moved a customer-facing measure'],
  ['customer-obsession', 'False declines halved after the new rules went in.', 'moved a customer-facing measure'],
  ['customer-obsession', 'I interviewed eleven shop owners before writing the spec.', 'went to customers directly'],
  ['customer-obsession', 'I phoned every affected household myself.', 'went to customers directly'],
  ['customer-obsession', 'We absorbed the fee to keep riders on the platform.', 'made a trade-off for customers'],
  ['customer-obsession', 'I cut the prompts down to something users actually wanted.', 'named the pain customers felt'],

  ['think-big', 'I moved the eight regional warehouses onto a single inventory system.', 'scope was org-wide'],
  ['think-big', 'We built one booking platform across all 30 clinics.', 'scope was org-wide'],
  ['think-big', 'They rolled out one pricing model across all the regions.', 'scope was org-wide'],
  ['think-big', 'We put the three clusters into one shared cluster.', 'scope was org-wide'],
  ['think-big', 'All six product teams moved onto the shared event bus.', 'got others to adopt the vision'],
  ['think-big', 'By spring, all 9 engineering teams use the new deploy pipeline.', 'got others to adopt the vision'],
  ['think-big', 'All twelve product teams now build on the platform we proposed.', 'got others to adopt the vision'],

  ['hire-and-develop-the-best', 'I took her under my wing during her first year.', 'mentored or coached someone'],
  ['hire-and-develop-the-best', 'I paired each new hire with a senior engineer for the first month.', 'mentored or coached someone'],
  ['hire-and-develop-the-best', 'I put him forward for promotion after the launch.', 'helped someone earn a promotion'],
  ['hire-and-develop-the-best', 'She later stepped up to lead the payments team.', 'grew people into bigger roles'],
  ['hire-and-develop-the-best', 'We kept the role open for two more months rather than lower the bar.', 'raised the bar in the hiring loop'],
  ['hire-and-develop-the-best', 'I opened four roles and wrote the job ads myself.', 'hired or built a team'],
  ['hire-and-develop-the-best', 'I held weekly one-on-ones with each analyst.', "invested in someone's growth"],
  ['hire-and-develop-the-best', 'I had a difficult conversation about her performance in March.', 'managed performance'],
];

const NEAR_MISSES: ReadonlyArray<[LpId, string]> = [
  ['deliver-results', 'The contract ended badly for both sides.'],
  ['deliver-results', 'Our budget grew because the team doubled in size.'],
  ['deliver-results', 'Prices fell sharply in the spring.'],
  ['deliver-results', 'I moved from London to Leeds in 2019.'],
  ['deliver-results', 'She retired after thirty years at the bank.'],
  ['deliver-results', 'We signed the lease two months before I joined.'],
  ['deliver-results', 'The team was cleared to travel a day before the event.'],

  ['customer-obsession', 'I interviewed twelve candidates for the two open roles.'],
  ['customer-obsession', 'I interviewed six engineering managers about the reorg.'],
  ['customer-obsession', 'Build queue wait fell from 20 minutes to 5.'],
  ['customer-obsession', 'Tickets about the dashboard fell after the docs update.'],
  ['customer-obsession', 'We kept the old servers on the platform for a month.'],
  ['customer-obsession', 'I called every team lead on Monday.'],
  ['customer-obsession', 'Alert volume went down after we tuned the thresholds.'],

  ['think-big', 'The template change made 31 services log twice as much.'],
  ['think-big', 'We booked one cutover weekend for all 11 sites.'],
  ['think-big', 'I moved the two interns into one shared office.'],
  ['think-big', 'All four engineers moved onto the night shift.'],
  ['think-big', 'One engineer worked across the three stores.'],
  ['think-big', 'A single courier served all the branches.'],

  ['hire-and-develop-the-best', 'I was promoted to senior TPM last year.'],
  ['hire-and-develop-the-best', 'The telemetry was used for driver coaching and insurance, never for discipline.'],
  ['hire-and-develop-the-best', 'I took over as the programme lead in May.'],
  ['hire-and-develop-the-best', 'I stepped up to lead the incident call.'],
  ['hire-and-develop-the-best', 'We moved them to a new floor.'],
  ['hire-and-develop-the-best', 'I backfilled three months of order data.'],
  ['hire-and-develop-the-best', 'I showed them how to use the new portal.'],
  ['hire-and-develop-the-best', 'Recruiters recommended me for the lead role.'],
  ['hire-and-develop-the-best', 'We kept the ticket open until the vendor replied.'],
];

describe('signals for deliver results, customer obsession, think big and hire and develop the best (second pass)', () => {
  it.each(MATCHES)('%s: %j', (id, action, label) => {
    expect(labelsOf(action, id)).toContain(label);
  });

  it.each(NEAR_MISSES)('%s: not from %j', (id, action) => {
    expect(scoreOf(action, id)).toBe(0);
  });
});
