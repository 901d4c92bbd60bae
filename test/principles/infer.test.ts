import { afterEach, describe, it, expect, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStories } from '../../src/bank/parse.js';
import { SPOKEN_FIELDS, textOf, type StoryData } from '../../src/bank/schema.js';
import { LP_IDS, type LpId } from '../../src/principles/catalog.js';
import { inferPrinciples, scorePrinciple, scorePrinciples, MIN_SCORE, MAX_INFERRED, type Inferred } from '../../src/principles/infer.js';
import { SIGNALS } from '../../src/principles/signals.js';

const STORIES_DIR = 'stories';

function loadExampleStories(): { file: string; story: StoryData & { id: string } }[] {
  const out: { file: string; story: StoryData & { id: string } }[] = [];
  for (const file of readdirSync(STORIES_DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    const loaded = parseStories(file, readFileSync(join(STORIES_DIR, file), 'utf8'));
    expect(loaded.problems, file).toEqual([]);
    for (const { story } of loaded.stories) out.push({ file, story });
  }
  return out;
}

/** A story told in the usual sections; only the fields given are set. */
function story(fields: Partial<Pick<StoryData, 'situation' | 'task' | 'action' | 'result' | 'tradeoff' | 'learned'>>): StoryData {
  return { title: 'test story', ...fields };
}

const ids = (list: readonly Inferred[]): LpId[] => list.map((p) => p.id);

/** A readable dump of the top scores, for failure messages. */
function explain(s: StoryData): string {
  return scorePrinciples(s)
    .slice(0, 5)
    .map((p) => `${p.id}:${p.score} [${p.evidence.map((e) => e.text).join(' | ')}]`)
    .join('\n');
}

describe('inferPrinciples on the example stories', () => {
  const examples = loadExampleStories();

  it('loads every example story, each claiming principles', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const { story: s } of examples) expect(s.lps?.length, s.id).toBeGreaterThan(0);
  });

  for (const { file, story: s } of examples) {
    it(`${file}: each claimed principle ranks in the top ${MAX_INFERRED} with a score of at least ${MIN_SCORE}`, () => {
      const ranked = scorePrinciples(s);
      const top = ids(inferPrinciples(s));
      for (const lp of s.lps ?? []) {
        const rank = ranked.findIndex((p) => p.id === lp);
        expect(rank, `${lp} missing\n${explain(s)}`).toBeGreaterThanOrEqual(0);
        expect(rank, `${lp} ranked ${rank + 1}\n${explain(s)}`).toBeLessThan(MAX_INFERRED);
        expect(ranked[rank]!.score, `${lp}\n${explain(s)}`).toBeGreaterThanOrEqual(MIN_SCORE);
        expect(top).toContain(lp);
      }
    });
  }

  it('gives evidence that points at the exact text in the story', () => {
    for (const { story: s } of examples) {
      for (const p of scorePrinciples(s)) {
        const labels = new Map(SIGNALS[p.id].map((sig) => [sig.label, sig.weight]));
        expect(p.evidence.length, `${s.id} ${p.id}`).toBeGreaterThan(0);
        let total = 0;
        for (const e of p.evidence) {
          expect(SPOKEN_FIELDS as readonly string[]).toContain(e.field);
          expect(e.index).toBeGreaterThanOrEqual(0);
          expect(e.text.length).toBeGreaterThan(0);
          expect(textOf(s, e.field).slice(e.index, e.index + e.text.length), `${s.id} ${p.id} ${e.label}`).toBe(e.text);
          expect(labels.has(e.label), e.label).toBe(true);
          const full = labels.get(e.label)!;
          expect(e.weight).toBe(e.field === 'situation' ? full / 2 : full);
          total += e.weight;
        }
        expect(p.score).toBe(total);
        // one piece of evidence per signal: a signal counts once however often it matches
        expect(new Set(p.evidence.map((e) => e.label)).size).toBe(p.evidence.length);
      }
    }
  });
});

// Short stories in a TPM's voice, each written to show one principle clearly.
const SINGLE: ReadonlyArray<[LpId, StoryData]> = [
  [
    'customer-obsession',
    story({
      situation: 'Small-business sellers kept abandoning our onboarding flow at the tax-details step.',
      action:
        'I sat in on calls with twelve sellers and worked backwards from what they needed to list a first item. ' +
        'I deprioritized the enterprise bulk-import request so that two engineers could rebuild the tax step for first-time sellers.',
      result: 'Seller onboarding complaints fell from 140 a month to 30 within a quarter.',
    }),
  ],
  [
    'ownership',
    story({
      situation: 'The nightly reconciliation job failed twice a week, and it fell between the billing and data teams.',
      action:
        "It wasn't my team's system, but I took ownership of the fix. I wrote the post-mortem, moved the job to the " +
        'billing team with a runbook, and named an owner for every alert on it.',
      result: 'Failed runs dropped from eight a month to one.',
    }),
  ],
  [
    'invent-and-simplify',
    story({
      situation: 'Refund approvals went through a five-screen form and two manual sign-offs.',
      action:
        'I removed three form fields and replaced the two sign-offs with a single automated rule for refunds under $50, ' +
        'working with Maya Cohen, the support tooling lead.',
      result: 'Agents now finish a refund on one screen, and handling time fell from 9 minutes to 3.',
    }),
  ],
  [
    'are-right-a-lot',
    story({
      situation: 'I had to choose between two queueing designs before any benchmark existed.',
      action:
        'My first instinct was the managed service, so I asked two principal engineers to poke holes in my recommendation ' +
        'and ran a pre-mortem with both teams. Their objections held up, and I changed my recommendation to the self-hosted design.',
      result: 'The call proved right six months later, when traffic tripled and the queue held its latency target.',
    }),
  ],
  [
    'learn-and-be-curious',
    story({
      situation: 'Our payments program was moving to a new card network, a domain I had never worked in.',
      action:
        'I taught myself the settlement spec over two weeks and shadowed the reconciliation team for three days. ' +
        'I was curious why chargebacks spiked on Mondays, so I set up an experiment with a delayed settlement batch.',
      result: 'Monday chargebacks fell 30%, and my primer on the network is now part of onboarding.',
    }),
  ],
  [
    'hire-and-develop-the-best',
    story({
      situation: 'Our payments group had two junior TPMs and nobody ready to lead a launch.',
      action:
        'I mentored both weekly, gave each a written growth plan and stretch assignments on the smaller launches, ' +
        'and hired a senior TPM through a structured interview loop.',
      result: 'Within a year both ran launches on their own, and she was promoted to TPM II.',
    }),
  ],
  [
    'insist-on-the-highest-standards',
    story({
      situation: 'Our checkout service ran at a 2% error rate that everyone had learned to accept.',
      action:
        'I set a launch bar of 0.1% and refused to ship the new payment flow until it was met. I added the error budget ' +
        'to the release gate and wrote regression tests for every escaped defect.',
      result: 'Errors fell to 0.05%, and no payment defects escaped in the next three quarters.',
    }),
  ],
  [
    'think-big',
    story({
      situation: 'Every product team built its own feature-flag tooling.',
      action:
        "Instead of fixing my own team's flags, I wrote a three-year vision for one experimentation platform and won VP " +
        'sponsorship for it. I ran the rollout as a program across four orgs.',
      result: 'Two years later the platform serves 60 teams and runs 400 launches a month.',
    }),
  ],
  [
    'bias-for-action',
    story({
      situation: 'A partner API started rejecting 5% of orders on a Friday evening, and the vendor could not say why until Monday.',
      action:
        "I didn't wait for their analysis: I routed the failing orders to our backup provider behind a feature flag " +
        'that I could roll back in minutes, and paid the higher fee for the weekend.',
      result: 'The reroute went live within the hour, and we lost no orders.',
    }),
  ],
  [
    'frugality',
    story({
      situation: 'Our test environments cost $90K a month, and there was no budget for new tooling.',
      action:
        'Without adding headcount, I reused the production autoscaler to shut idle environments down at night and ' +
        'right-sized the largest clusters with Omar Haddad, the infrastructure lead.',
      result: 'The monthly bill dropped from $90K to $38K, saving $620K a year.',
    }),
  ],
  [
    'earn-trust',
    story({
      situation: 'I had promised Finance a reporting cutover by March.',
      action:
        'I missed it by three weeks because the data cleanup was bigger than my estimate. I told the Finance director it ' +
        'was my mistake the same day, shared a candid re-plan, and asked for feedback at every weekly review.',
      result: 'Over the next quarter I rebuilt the relationship, and Finance asked me to run their next migration.',
    }),
  ],
  [
    'dive-deep',
    story({
      situation: 'Our dashboards showed checkout latency as healthy, but sellers kept reporting slow pages.',
      action:
        'I was skeptical of the averages, so I pulled a week of raw traces myself and read them request by request. ' +
        'I traced the slow requests to a cache that missed on every third call.',
      result: 'After the key-format fix, p99 latency fell from 3 s to 700 ms.',
    }),
  ],
  [
    'have-backbone-disagree-and-commit',
    story({
      situation: 'My director wanted to skip the load test to save a week.',
      action:
        'I disagreed and showed him the failure data from our last two peaks in a one-page counter-proposal. He decided to ' +
        'go ahead without it, so I committed fully: I added a kill switch and staffed the launch-night rota myself.',
      result: 'The release held at peak with the kill switch unused.',
    }),
  ],
  [
    'deliver-results',
    story({
      situation: 'Three weeks before the holiday code freeze, our lead engineer left and the payments integration was two sprints behind.',
      action:
        'I re-planned the critical path, cut the gift-wrap option from launch scope, and ran a daily burn-down with the three teams.',
      result: 'We launched on the original date despite losing our lead engineer, and holiday orders beat the forecast by 12%.',
    }),
  ],
  [
    'strive-to-be-earths-best-employer',
    story({
      situation: "My platform team's on-call load had reached 40 pages a week, and two engineers told me they were burned out.",
      action:
        'I capped the on-call rotation at one week in six, moved the noisiest alerts to daytime queues, and protected the ' +
        "team's focus time on Fridays.",
      result: 'Pages per engineer fell from 40 a week to 9, and nobody left the team that year.',
    }),
  ],
  [
    'success-and-scale-bring-broad-responsibility',
    story({
      situation: 'Our returns program shipped every exchange in new packaging.',
      action:
        'I measured the packaging waste with the sustainability team and weighed the second-order effects of next-day ' +
        'pickups on local traffic, then made reusable boxes and two-day pickup the default.',
      result: 'Packaging waste fell 45% and pickup emissions fell 20%.',
    }),
  ],
];

describe('inferPrinciples on single-principle stories', () => {
  it('covers all 16 principles once', () => {
    expect(SINGLE.map(([lp]) => lp).sort()).toEqual([...LP_IDS].sort());
  });

  it.each(SINGLE)('%s ranks first', (lp, s) => {
    const ranked = scorePrinciples(s);
    expect(ranked[0]?.id, explain(s)).toBe(lp);
    expect(ranked[0]!.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(ids(inferPrinciples(s))[0]).toBe(lp);
  });
});

// Stories that show two principles; the third id is one they do not show.
const MIXED: ReadonlyArray<[LpId, LpId, LpId, StoryData]> = [
  [
    'customer-obsession',
    'deliver-results',
    'frugality',
    story({
      situation: 'Our pharmacy app promised same-day refills in 40 stores by June 1.',
      action:
        'I interviewed 20 patients and found that elderly patients could not find the refill button. I cut the loyalty ' +
        'banner from launch scope so the team could rebuild the refill flow for elderly patients.',
      result: 'We opened all 40 stores two weeks ahead of schedule, and refill complaints fell 60%.',
    }),
  ],
  [
    'dive-deep',
    'earn-trust',
    'think-big',
    story({
      task: 'I owned the ledger migration across the finance and data platform teams.',
      action:
        'I approved the cutover without checking the currency rounding, and revenue was under-reported for two days. ' +
        'I told the Finance lead the miss was mine, then queried the ledger logs myself and traced the gap to one rounding rule.',
      result: 'The backfill finished in 20 hours, before the month-end close.',
    }),
  ],
  [
    'invent-and-simplify',
    'frugality',
    'customer-obsession',
    story({
      situation: 'Four support teams paid for three ticketing tools that did the same job.',
      action:
        'I consolidated them into a single tool we already licensed and eliminated six duplicate workflows, with no new headcount.',
      result: 'Licence spend fell from $400K to $150K a year.',
    }),
  ],
  [
    'have-backbone-disagree-and-commit',
    'hire-and-develop-the-best',
    'frugality',
    story({
      action:
        'My manager wanted to hire a contractor to run the launch. I pushed back on the plan and argued for giving it to ' +
        'Ana, a junior TPM I had mentored for a year. He decided on the contractor, so I committed fully and paired Ana ' +
        'with him as the deputy.',
      result: 'The launch shipped in six weeks, and Ana was promoted the following spring.',
    }),
  ],
];

describe('inferPrinciples on mixed stories', () => {
  it.each(MIXED)('%s and %s are in the top 3, %s is not', (a, b, unrelated, s) => {
    const top = ids(inferPrinciples(s));
    expect(top, explain(s)).toContain(a);
    expect(top, explain(s)).toContain(b);
    expect(top, explain(s)).not.toContain(unrelated);
  });
});

// Sentences that share words with a principle's signals but do not show it.
const NEAR_MISSES: ReadonlyArray<[LpId, string]> = [
  ['customer-obsession', 'The customer portal project ran for six months, and I owned its schedule across three teams.'],
  ['customer-obsession', 'I worked back-to-back shifts during the launch and shipped the customer portal in May.'],
  ['hire-and-develop-the-best', 'After the launch, the team was promoted as a model for other groups.'],
  ['hire-and-develop-the-best', 'I ran the weekly performance review where each team showed its p95 numbers.'],
  ['dive-deep', 'I pulled the team together for a kickoff and read the plan aloud.'],
  ['dive-deep', 'I added a read replica for the portal queries with the inventory tech lead.'],
  ['have-backbone-disagree-and-commit', 'I pushed back the launch by two weeks and committed to the new date.'],
  ['invent-and-simplify', 'I removed the blocker by calling the vendor, and the archive kept soft-deleted copies.'],
  ['insist-on-the-highest-standards', 'I held the door for the VP, and we talked about the new bar downstairs.'],
  ['frugality', 'Agreeing the cut line early saves far more time than it costs.'],
  ['think-big', 'Our platform is shared by 3 teams, and I own its roadmap for the next quarter.'],
  ['bias-for-action', 'The data was complete by Friday, and I reviewed the plan with my manager.'],
  ['earn-trust', 'It was my idea to migrate early, and the vendor trusted the plan.'],
  ['deliver-results', 'The deadline was hard to define, and the stores open on weekdays.'],
  ['ownership', 'Nobody knew the owner was on leave, so I waited for her reply.'],
  ['strive-to-be-earths-best-employer', 'I called the team to confirm the plan for the night shift.'],
];

describe('precision: near misses do not map', () => {
  it.each(NEAR_MISSES)('%s: %s', (lp, text) => {
    const s = story({ action: text });
    expect(ids(inferPrinciples(s)), explain(s)).not.toContain(lp);
    const score = scorePrinciples(s).find((p) => p.id === lp)?.score ?? 0;
    expect(score, explain(s)).toBeLessThan(MIN_SCORE);
  });

  it('does not map a story to a principle from passing mentions alone', () => {
    const s = story({
      situation: 'Our customers used the mobile app, and the team owned the release end to end.',
      task: 'I owned the schedule for the release.',
      action: 'I ran the weekly status meeting and kept the tracker current.',
      result: 'The release shipped in May.',
    });
    expect(inferPrinciples(s), explain(s)).toEqual([]);
  });

  it('never maps a story to more than three principles', () => {
    for (const [, s] of SINGLE) expect(inferPrinciples(s).length).toBeLessThanOrEqual(MAX_INFERRED);
    for (const [, , , s] of MIXED) expect(inferPrinciples(s).length).toBeLessThanOrEqual(MAX_INFERRED);
  });
});

describe('evidence', () => {
  it('carries the field, the index and the matched text', () => {
    const s = story({
      situation: 'Checkout latency had crept up.',
      action: 'Before the review, I pulled the traces myself and found that the fraud check took 60% of the time.',
    });
    const dd = scorePrinciples(s).find((p) => p.id === 'dive-deep');
    expect(dd).toBeDefined();
    const e = dd!.evidence.find((x) => x.label === 'personally examined the data');
    expect(e).toMatchObject({ field: 'action', index: s.action!.indexOf('pulled'), text: 'pulled the traces', weight: 3 });
    expect(s.action!.slice(e!.index, e!.index + e!.text.length)).toBe(e!.text);
  });

  it('counts a match found only in the situation at half weight', () => {
    const inSituation = story({ situation: 'I pulled the traces myself.', action: 'I wrote the plan.' });
    const inAction = story({ situation: 'Latency was high.', action: 'I pulled the traces myself.' });
    const a = scorePrinciples(inSituation).find((p) => p.id === 'dive-deep')!;
    const b = scorePrinciples(inAction).find((p) => p.id === 'dive-deep')!;
    expect(a.evidence[0]).toMatchObject({ field: 'situation', weight: 1.5 });
    expect(b.evidence[0]).toMatchObject({ field: 'action', weight: 3 });
    expect(a.score * 2).toBe(b.score);
  });

  // A twentieth user's trial: the government's go-live date in her situation was credited, at half, as her hitting it.
  it('counts no date or target hit in the situation, which is the setting, and the same words elsewhere', () => {
    const dateHit = (s: StoryData) => scorePrinciple(s, 'deliver-results')?.evidence.filter((e) => e.label === 'hit a hard date or target') ?? [];
    expect(dateHit(story({ situation: 'The e-invoicing mandate launched on 1 July.', action: 'I built the GSTIN validator.' }))).toEqual([]);
    expect(dateHit(story({ situation: 'The new WMS must be live before peak season.', action: 'I planned the cutover.' }))).toEqual([]);
    expect(dateHit(story({ situation: 'The old WMS was out of support.', result: 'We launched on 1 July.' }))).toMatchObject([{ field: 'result', weight: 3 }]);
    // Other signals still count half there.
    expect(scorePrinciple(story({ situation: 'We had cut scope to protect the date.' }), 'deliver-results')?.evidence).toMatchObject([{ field: 'situation', weight: 1 }]);
  });

  it('counts one phrase once, at the heavier of the signals it matches', () => {
    const s = story({ situation: 'The cutover was due.', action: 'I refused to lower the bar, and the team agreed.' });
    const hs = scorePrinciples(s).find((p) => p.id === 'insist-on-the-highest-standards')!;
    expect(hs.evidence.filter((e) => e.index === s.action!.indexOf('refused'))).toHaveLength(1);
    expect(hs.score).toBe(hs.evidence.reduce((sum, e) => sum + e.weight, 0));
    expect(hs.score).toBe(3);
  });

  it('lets the lighter of two signals on one phrase count a later, different act', () => {
    const s = story({ action: 'I refused to lower the bar. Later I halted the rollout until the tests passed.' });
    const hs = scorePrinciples(s).find((p) => p.id === 'insist-on-the-highest-standards')!;
    expect(hs.score).toBe(6);
    expect(hs.evidence.map((e) => e.text)).toEqual(['refused to lower the bar', 'halted the rollout']);
  });

  // A new user's trial: a lighter signal's first match ran from the same word as a heavier one, and its own
  // evidence later in the sentence was never looked at.
  it('lets a lighter signal find its own act inside a match it could not take', () => {
    const s = story({ result: "We shipped the first 9,000 housings on the carmaker's date, and all 22 molds were running in Monterrey." });
    const dr = scorePrinciples(s).find((p) => p.id === 'deliver-results')!;
    expect(dr.evidence.map((e) => [e.label, e.text])).toEqual([
      ['hit a hard date or target', "shipped the first 9,000 housings on the carmaker's date"],
      ['delivered to a number', 'all 22 molds were running'],
    ]);
    expect(dr.score).toBe(5);
  });

  // A nineteenth user's trial: "I committed … even though I disagreed" counted its "disagreed" again (+3, then +2),
  // as "… wanted all 60 scenarios in one release. I said no" did its "I said no": a signal built into another's
  // phrase (endsOneActWith) that ends on the same word is the same act.
  it('counts a stance a heavier phrase ends on once', () => {
    const rows: [action: string, phrase: string][] = [
      ['I committed to the plan even though I disagreed with it.', 'disagreed'],
      ['The VP wanted all 60 scenarios in one release. I said no.', 'I said no'],
      ['Although I disagreed with the plan, I committed.', 'committed'],
    ];
    for (const [action, phrase] of rows) {
      const s = story({ action });
      const hb = scorePrinciples(s).find((p) => p.id === 'have-backbone-disagree-and-commit')!;
      const end = action.indexOf(phrase) + phrase.length;
      expect(hb.evidence.filter((e) => e.index + e.text.length === end), action).toHaveLength(1);
      expect(hb.score, action).toBe(3);
    }
  });

  // prin38: "slipped two weeks, so I re-planned" is a setback worked round (+2), and its "re-planned" was a re-plan
  // again (+2): one act, inside a phrase told in one sentence (withinOneActOf), counts once. A re-plan of its own, in
  // another sentence, still counts.
  it('counts a re-plan inside a setback worked round once', () => {
    const dr = (action: string) => scorePrinciples(story({ action })).find((p) => p.id === 'deliver-results')!;
    const once = dr('The vendor slipped two weeks, so I re-planned the cutover around it.');
    expect(once.evidence.map((e) => [e.label, e.text])).toContainEqual(['worked round a setback or a moving target', 'slipped two weeks, so I re-planned']);
    expect(once.evidence.map((e) => e.label)).not.toContain('cut scope to protect the date');
    expect(once.score).toBe(3);
    const twice = dr('The vendor slipped two weeks, so I switched to a second vendor. Later I re-planned the cutover.');
    expect(twice.evidence.map((e) => [e.label, e.text])).toContainEqual(['cut scope to protect the date', 're-planned']);
    expect(twice.score).toBe(5);
  });

  it('still counts a stance of its own in the gap of a longer phrase, and signals not built into each other on the same words', () => {
    const s = story({ action: 'I disagreed with the date. I showed her the crash data and argued for 60 stores. She chose 120, so I committed.' });
    const hb = scorePrinciples(s).find((p) => p.id === 'have-backbone-disagree-and-commit')!;
    expect(hb.evidence.map((e) => [e.label, e.text])).toContainEqual(['disagreed or pushed back', 'argued for']);
    const dd = scorePrinciples(story({ action: 'I pulled six months of logs.' })).find((p) => p.id === 'dive-deep')!;
    expect(dd.evidence.map((e) => e.text)).toEqual(['pulled six months of logs', 'six months of logs']);
  });

  it('still counts two signals on different words of one sentence', () => {
    const s = story({ action: 'I pulled the traces myself and found the root cause in the retry client.' });
    const dd = scorePrinciples(s).find((p) => p.id === 'dive-deep')!;
    expect(dd.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('prefers a match where the candidate acts over one in the situation', () => {
    const s = story({
      situation: 'Nobody had pulled the logs in months.',
      action: 'I pulled the logs myself.',
    });
    const e = scorePrinciples(s).find((p) => p.id === 'dive-deep')!.evidence[0]!;
    expect(e.field).toBe('action');
    expect(e.weight).toBe(3);
  });
});

describe('scorePrinciple: one principle at a time', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives each principle the score and evidence scorePrinciples gives it, or undefined for none', () => {
    for (const { file, story } of loadExampleStories()) {
      // A fresh copy, so that scorePrinciples works out its list from nothing cached.
      const all = scorePrinciples({ ...story });
      for (const id of LP_IDS) expect(scorePrinciple(story, id), `${file}: ${id}`).toEqual(all.find((p) => p.id === id));
    }
  });

  it("runs only that principle's signals", () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const s = story({ action: 'I pulled the logs myself and found the root cause; I cut our cloud bill by $40k.' });
    expect(scorePrinciple(s, 'dive-deep')?.score).toBeGreaterThan(0);
    const signals = new Map(LP_IDS.flatMap((id) => SIGNALS[id].map((signal) => [signal.pattern, id] as const)));
    const ran = new Set(exec.mock.contexts.flatMap((re) => signals.get(re as RegExp) ?? []));
    expect([...ran]).toEqual(['dive-deep']);
  });
});

describe('dive-deep: measuring something yourself', () => {
  it('counts "I measured the export myself" as personally examining the data', () => {
    const scores = scorePrinciples({ title: 't', action: 'I measured the export myself and found that 70% of rows were duplicates.' });
    expect(scores.find((s) => s.id === 'dive-deep')?.evidence.map((e) => e.label)).toContain('personally examined the data');
  });
});

// Naira written with an N, read as findMetrics reads it (src/text/numbers.ts: withNairaSign): a capital N's money-shaped
// amount, or a small n's where its sentence says money; not a small n's model name, which the signals' i flag read as naira.
describe('frugality: naira written with an N', () => {
  const saved = (action: string) => scorePrinciple({ title: 't', action }, 'frugality')?.evidence.find((e) => e.label === 'saved cost')?.text;
  it.each([
    ['I saved us n45m a year by reusing the old racks.', 'saved us n45m'],
    ['I saved us N45m a year by reusing the old racks.', 'saved us N45m'],
    ['I avoided the n45m licence fee by reusing the old racks.', 'avoided the n45m licence fee'],
    ['We moved to the n45m model and the bill went from n45m to n6m.', 'bill went from n45m to n6m'],
  ])('hears money in %j', (action, evidence) => {
    expect(saved(action)).toBe(evidence);
  });
  it.each([
    // An upgrade to a model named n45m: nothing in the sentence says money.
    'I avoided the n45m upgrade by reusing the old racks.',
    'I avoided the N45 upgrade by reusing the old racks.',
  ])('hears no money in %j', (action) => {
    expect(saved(action)).toBeUndefined();
  });
});

// A user's story, told in a literal block (`result: |`) with its lines wrapped where the editor wrapped them: "switched
// off three weeks⏎before the March 31 deadline" matched nothing, and `plan` left Deliver Results empty, where the same
// words on one line were a date hit.
describe('a field whose lines wrap inside a sentence', () => {
  const result = 'All rows moved, and the old database was switched off three weeks before the March 31 deadline.';
  const dateHit = (s: StoryData) => scorePrinciple(s, 'deliver-results')?.evidence.find((e) => e.label === 'hit a hard date or target');

  it('scores as on one line, at any line break inside the sentence, with the evidence where the field has it', () => {
    const oneLine = scorePrinciple(story({ result }), 'deliver-results');
    expect(dateHit(story({ result }))).toBeDefined();
    for (const at of [result.indexOf(' before'), result.indexOf(' deadline'), result.indexOf(' three')]) {
      const wrapped = result.slice(0, at) + '\n' + result.slice(at + 1);
      const s = story({ result: wrapped });
      expect(scorePrinciple(s, 'deliver-results')?.score, JSON.stringify(wrapped)).toBe(oneLine!.score);
      expect(scorePrinciple(s, 'deliver-results')?.evidence.map((e) => [e.label, e.index]), JSON.stringify(wrapped)).toEqual(oneLine!.evidence.map((e) => [e.label, e.index]));
      const hit = dateHit(s)!;
      // Quoted as written, line break included (map's JSON promises it).
      expect(wrapped.slice(hit.index, hit.index + hit.text.length)).toBe(hit.text);
      expect(hit.text).toMatch(/switched off\sthree weeks\sbefore the March 31\sdeadline$/);
      expect(hit.text).toContain('\n');
    }
  });

  it('still ends a sentence at a blank line, a bullet item or a numbered one', () => {
    expect(dateHit(story({ result: 'The old database was switched off three weeks\n\nbefore the March 31 deadline.' }))).toBeUndefined();
    expect(dateHit(story({ result: 'The old database was switched off three weeks\r\n\r\nbefore the March 31 deadline.' }))).toBeUndefined();
    expect(dateHit(story({ result: '- The old database was switched off three weeks\n- before the March 31 deadline.' }))).toBeUndefined();
    expect(dateHit(story({ result: '1. The old database was switched off three weeks\n2) before the March 31 deadline.' }))).toBeUndefined();
    expect(dateHit(story({ result: '+ The old database was switched off three weeks\n+ before the March 31 deadline.' }))).toBeUndefined();
  });
});
