import { describe, it, expect } from 'vitest';
import type { LpId } from '../../src/principles/catalog.js';
import { scorePrinciples } from '../../src/principles/infer.js';

// Third pass: the kinds of plain evidence a new user's trial found scoring nothing, and near misses that must
// give the principle no score at all.
const scored = (action: string, id: LpId) => scorePrinciples({ title: 't', action }).find((s) => s.id === id);
const labelsOf = (action: string, id: LpId) => scored(action, id)?.evidence.map((e) => e.label) ?? [];
const scoreOf = (action: string, id: LpId) => scored(action, id)?.score ?? 0;

const MATCHES: ReadonlyArray<[LpId, string, string]> = [
  ['frugality', 'The yearly run rate came down from $3.1M to $2.2M.', 'saved cost'],
  ['frugality', 'Our AWS run rate fell from $1.4M to $1.1M.', 'saved cost'],
  ['frugality', 'That was a 40 percent reduction in our vendor fees.', 'saved cost'],
  ['frugality', 'The subscription was $50K a year against an estimated $300K to build.', 'saved cost'],
  ['frugality', 'Buying was $20K versus $250K to develop and run it ourselves.', 'saved cost'],
  ['frugality', 'The SaaS option cost less than the 12 engineer-months to build our own.', 'saved cost'],
  ['frugality', 'I wrote up the build-versus-buy options for the director.', 'reused instead of buying or building'],

  ['earn-trust', 'I told the CFO the loss of that contract was my call.', 'owned a mistake openly'],
  ['earn-trust', 'I told my manager plainly that losing the renewal was my decision.', 'owned a mistake openly'],
  ['earn-trust', 'I said in the ops review that the delay was down to me.', 'owned a mistake openly'],
  ['earn-trust', 'I walked the leads through the incident review, which named my team’s own error.', 'owned a mistake openly'],
  ['earn-trust', 'Our own part in the outage was the first section of the post-mortem.', 'owned a mistake openly'],
  ['earn-trust', 'I sent the update every week, including the weeks we slipped.', 'owned a mistake openly'],
  ['earn-trust', 'I kept sending the weekly status email, even when the programme went red.', 'owned a mistake openly'],
  ['earn-trust', 'In the steering meeting I explained plainly why the milestone moved.', 'shared bad news candidly'],

  ['invent-and-simplify', 'We replaced three build systems with one.', 'consolidated several things into one'],
  ['invent-and-simplify', 'We replaced four ticket queues with one.', 'consolidated several things into one'],
  ['invent-and-simplify', 'The team replaced all six deploy scripts with one.', 'consolidated several things into one'],

  ['ownership', 'I was not on call, but I took incident command.', 'went beyond own scope'],
  ['ownership', 'I wasn’t on the rota that weekend, but I joined the bridge and ran it.', 'went beyond own scope'],
  ['ownership', 'Although I was not the incident lead, I opened the bridge.', 'went beyond own scope'],
  ['ownership', 'When the payments outage started I took incident command.', 'took ownership explicitly'],
  ['ownership', 'Nobody was driving the bridge call, so I took command.', 'took ownership explicitly'],

  ['customer-obsession', 'I spent two night shifts at the depot watching the pickers.', 'went to customers directly'],
  ['customer-obsession', 'We spent a week in the call centre observing agents handle refunds.', 'went to customers directly'],
  ['customer-obsession', 'I drove to three stores and sat with the cashiers during the lunch rush.', 'went to customers directly'],
  ['customer-obsession', 'I watched four nurses using the discharge screen on the ward.', 'went to customers directly'],

  ['think-big', 'Any future region would be a configuration change, not a project.', 'built a platform for many teams'],
  ['think-big', 'I designed it so the next market would take a day of setup rather than months.', 'built a platform for many teams'],
  ['think-big', 'From then on each new tenant was just a config file entry.', 'built a platform for many teams'],
  ['think-big', 'Adding another country became a settings change instead of a rebuild.', 'built a platform for many teams'],

  ['strive-to-be-earths-best-employer', 'I moved her on-call shifts while her mother was in hospital.', 'reduced on-call or after-hours load'],
  ['strive-to-be-earths-best-employer', 'I took him off the pager for two months after the birth.', 'reduced on-call or after-hours load'],
  ['strive-to-be-earths-best-employer', 'I lightened his workload for the quarter.', "supported an individual employee's needs"],
  ['strive-to-be-earths-best-employer', 'We adjusted her deadlines during her treatment.', 'cared for team wellbeing'],

  ['deliver-results', 'The client renewed for three years at $3M a year.', 'hit a hard date or target'],
  ['deliver-results', 'They extended the contract for another two years at £900K.', 'hit a hard date or target'],
  ['deliver-results', 'We closed the deal within the quarter, worth $800K.', 'delivered to a number'],
  ['deliver-results', 'The bank signed before the fiscal year end, a three-year contract.', 'delivered to a number'],

  ['dive-deep', 'I built a labelled set of 2,000 queries to see where the model failed.', 'personally examined the data'],
  ['dive-deep', 'I put together my own benchmark of 300 slow pages.', 'personally examined the data'],
  ['dive-deep', 'I hand-labelled a sample of 500 tickets by cause.', 'personally examined the data'],
  ['dive-deep', 'We curated a golden set of invoices to measure the parser.', 'personally examined the data'],
];

const NEAR_MISSES: ReadonlyArray<[LpId, string]> = [
  ['frugality', 'Our revenue run rate fell in the third quarter.'],
  ['frugality', 'We agreed to build it in-house next year.'],
  ['frugality', 'Headcount grew by 40% this year.'],
  ['earn-trust', 'The decision was my call.'],
  ['earn-trust', 'It was my call to launch on Monday.'],
  ['earn-trust', 'The incident review named the vendor’s error.'],
  ['earn-trust', 'I posted a status report every week.'],
  ['invent-and-simplify', 'I replaced the battery with one from the spares box.'],
  ['invent-and-simplify', 'We replaced two engineers who left with one contractor.'],
  ['ownership', 'I was not on call that week.'],
  ['customer-obsession', 'I watched the team struggle with the release.'],
  ['customer-obsession', 'I spent two days at the offsite planning the roadmap.'],
  ['think-big', 'The outage was caused by a configuration change.'],
  ['think-big', 'The next region went live in May.'],
  ['strive-to-be-earths-best-employer', 'I moved the release to the next quarter.'],
  ['strive-to-be-earths-best-employer', 'I reduced the scope of the launch.'],
  ['deliver-results', 'The contract renewed automatically for two years at $400K.'],
  ['deliver-results', 'We extended the deadline by a week.'],
  ['dive-deep', 'We built a test suite for the new service.'],
  ['dive-deep', 'I built a dashboard for the leadership team.'],
  ['bias-for-action', 'I paused the rollout.'],
  ['bias-for-action', 'We decided to freeze deploys.'],
  ['bias-for-action', 'I stopped the migration at the second wave.'],
];

describe('signals from a new user’s trial (third pass)', () => {
  it.each(MATCHES)('%s hears: %s', (id, sentence, label) => {
    expect(labelsOf(sentence, id)).toContain(label);
  });
  it.each(NEAR_MISSES)('%s stays silent on: %s', (id, sentence) => {
    expect(scoreOf(sentence, id)).toBe(0);
  });
});
