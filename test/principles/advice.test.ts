/**
 * Each principle's advice (src/principles/catalog.ts, `evidence`), followed, must clear `unsupported-principle`: the
 * warning and `map --evidence` tell a user what to write, so a story that does what the advice says, in the words a user
 * would write, must show the principle (score 3 or more). A review of the principle evidence found a user who followed
 * Think Big's, Invent and Simplify's, Ownership's and Earn Trust's advice word for word and kept the warning.
 *
 * Two short stories per principle, each written from the advice sentence alone, in plain words and, where it could be
 * avoided, not in the advice's own. Each row keeps the advice it was written from: reword an advice and this test asks
 * for the stories to be written again. And plain stories, which follow no advice, must still lack every principle.
 */
import { describe, expect, it } from 'vitest';
import type { StoryData } from '../../src/bank/schema.js';
import rule from '../../src/lint/rules/unsupported-principle.js';
import { LP_IDS, principle, type LpId } from '../../src/principles/catalog.js';
import { scorePrinciple } from '../../src/principles/infer.js';
import { runRule } from '../helpers.js';

type Story = Pick<StoryData, 'action' | 'result'>;

const FOLLOWED: Readonly<Record<LpId, { readonly advice: string; readonly stories: readonly [Story, Story] }>> = {
  'customer-obsession': {
    advice: 'Name the customer segment you served, what they needed, and whom you chose not to serve to get there.',
    stories: [
      {
        action: 'I focused the release on small-business sellers, who wanted to print shipping labels in bulk.',
        result: "To get it out in time I said no to the enterprise accounts' request for custom invoice layouts until next year.",
      },
      {
        action: 'First-time buyers kept abandoning checkout because they had to create an account first, so I built guest checkout for them.',
        result: "I left the loyalty members' points page for a later quarter.",
      },
    ],
  },
  ownership: {
    advice: 'Show a problem outside your remit that you took on, and the lasting fix, post-mortem or hand-off you left behind.',
    stories: [
      {
        action: 'The nightly billing export belonged to the finance systems team, not mine, but it kept failing and nobody picked it up.',
        result: 'I took it on, fixed the retry logic and handed it back with a runbook.',
      },
      {
        action: "The certificate renewals weren't my team's job, but they paged us every month, so I fixed them myself.",
        result: 'I wrote up the incident review and added an alert that fires 30 days before any certificate expires.',
      },
    ],
  },
  'invent-and-simplify': {
    advice: 'Say what you removed, merged or replaced with something simpler, and what that made possible.',
    stories: [
      {
        action: 'I combined our three deploy scripts into one pipeline.',
        result: 'That let new engineers ship on their first day.',
      },
      {
        action: 'I replaced the approval spreadsheet with a form in our ticketing tool and dropped two of the four sign-offs.',
        result: 'Requests now clear in a day instead of a week.',
      },
    ],
  },
  'are-right-a-lot': {
    advice: 'Describe a call you made on partial data, the opposing views you sought, and how the outcome proved it right.',
    stories: [
      {
        action:
          'With only two weeks of pilot data, I decided to move all payments to the new provider. Before deciding I asked the finance lead and the two engineers who doubted it to argue the other side.',
        result: "Six months later the failure rate was half the old provider's, as I had expected.",
      },
      {
        action:
          'We had no clear numbers on whether users wanted offline mode, but I bet on it over the dashboard redesign. I asked our most skeptical PM to poke holes in the plan.',
        result: 'Offline mode became the most-used feature that quarter.',
      },
    ],
  },
  'learn-and-be-curious': {
    advice: 'Explain which unfamiliar domain or tool you taught yourself or tested, and how it changed what you did.',
    stories: [
      {
        action: 'I had never worked with Kubernetes, so I spent two weekends learning it and ran a small test cluster.',
        result: 'What I learned made me drop our plan to hand-roll autoscaling.',
      },
      {
        action: 'I knew nothing about Brazilian tax rules, so I read the regulations and sat with our accountant for a week.',
        result: 'Based on what I learned, I redesigned the invoicing flow.',
      },
    ],
  },
  'hire-and-develop-the-best': {
    advice: 'Name someone you hired, mentored or promoted, and show their growth in concrete results.',
    stories: [
      {
        action: 'I hired Priya as a junior engineer and coached her every week.',
        result: 'A year later she led the checkout rewrite and was promoted to senior.',
      },
      {
        action: 'I mentored Tom, a new team lead, through his first two quarters.',
        result: "His team's on-time delivery went from 60% to 90%.",
      },
    ],
  },
  'insist-on-the-highest-standards': {
    advice: 'Point to a bar you refused to lower, such as a quality gate or a held launch, and the defect it kept out.',
    stories: [
      {
        action: "I wouldn't ship the app update while the crash rate on older phones was above 1%, even though marketing wanted the date.",
        result: 'The delay caught a memory bug that would have crashed one in twenty devices.',
      },
      {
        action: 'I pushed the launch back a week because the load test missed our latency target.',
        result: 'In that week we found a database lock that would have taken the site down at peak.',
      },
    ],
  },
  'think-big': {
    advice: 'Describe the multi-year or org-wide direction you set and how other teams came to adopt it.',
    stories: [
      {
        action: 'I wrote a three-year plan to move every team off the old data warehouse.',
        result: 'Twelve other teams signed on within a year.',
      },
      {
        action: 'I proposed that all 40 services in the company use one logging format.',
        result: 'After the first two teams cut their debugging time in half, the rest of the teams switched over.',
      },
    ],
  },
  'bias-for-action': {
    advice: 'Show that you acted before every answer was in, why the step could be undone, and what you learned quickly.',
    stories: [
      {
        action:
          "The vendor hadn't confirmed the root cause yet, but I turned off the new search for 10% of users that afternoon. It was a flag we could flip back in a minute.",
        result: 'Within a day we saw errors drop by 80%.',
      },
      {
        action: 'Rather than wait for the full analysis, I moved half the traffic to the backup region that morning. We could move it back with one command.',
        result: 'By evening we knew the primary was the problem.',
      },
    ],
  },
  frugality: {
    advice: 'Say what you delivered without new headcount or budget, and the cost you saved or avoided.',
    stories: [
      {
        action: 'We had no money for a new monitoring tool, so I built the dashboards on the open-source stack we already ran.',
        result: 'That avoided the $80,000 a year the vendor quoted.',
      },
      {
        action: 'With a hiring freeze and the same four engineers, I moved our batch jobs to spot instances.',
        result: 'The cloud bill fell by 35%.',
      },
    ],
  },
  'earn-trust': {
    advice: 'Own a mistake or hard feedback out loud, then show how you repaired the relationship or the process.',
    stories: [
      {
        action:
          'My estimate for the migration was wrong by six weeks, and I said so in the partner review instead of blaming the vendor. I then sent the partner team a weekly status until we were back on track.',
        result: 'They asked me to run their next project.',
      },
      {
        action: 'My manager told me my updates hid problems. I accepted that and started sending a red, amber and green list every Friday.',
        result: 'The sales lead said it was the first report she trusted.',
      },
    ],
  },
  'dive-deep': {
    advice: 'Say which logs, queries or numbers you examined yourself and what root cause they exposed.',
    stories: [
      {
        action: 'I pulled a month of API gateway request traces and grouped the timeouts by client myself.',
        result: 'They showed that one mobile release was retrying every request three times.',
      },
      {
        action: 'The dashboard said refunds were normal, so I went through 300 refund records by hand.',
        result: 'The cause was a tax rounding bug in one state.',
      },
    ],
  },
  'have-backbone-disagree-and-commit': {
    advice: 'Say what you challenged and with what evidence, then how you fully backed the decision once it was made.',
    stories: [
      {
        action:
          "I disagreed with my director's plan to launch in five countries at once and showed him the support ticket numbers from our last launch. He kept the plan, and I put my full effort behind it.",
        result: 'I ran the launch war room myself.',
      },
      {
        action: "I pushed back on the VP's choice of vendor with a cost comparison showing it was 30% more expensive over three years.",
        result: 'She chose it anyway, so I committed and got the integration done a week early.',
      },
    ],
  },
  'deliver-results': {
    advice: 'Give the hard date or target, the setback you hit, and the number you landed anyway.',
    stories: [
      {
        action: 'We had to move 200 stores to the new point-of-sale system by 1 November. In September our vendor lost two engineers, so I cut the reporting features.',
        result: 'All 200 stores went live on 31 October.',
      },
      {
        action:
          'We had committed to getting checkout latency under 300 ms by the end of the quarter. Halfway through, a database upgrade slowed everything down.',
        result: 'We still finished at 280 ms.',
      },
    ],
  },
  'strive-to-be-earths-best-employer': {
    advice: 'Show a concrete change that made your team safer, healthier or more inclusive, such as a lighter on-call load.',
    stories: [
      {
        action: 'Our engineers were being paged almost every night, so I split the on-call rota across two time zones.',
        result: 'Night pages per person dropped from 12 a month to 2.',
      },
      {
        action: 'I moved our team meetings out of the school-run hours and added captions to every recorded demo.',
        result: 'Parents and our deaf colleague could take part fully.',
      },
    ],
  },
  'success-and-scale-bring-broad-responsibility': {
    advice: 'Describe a second-order effect you weighed, such as privacy, accessibility or sustainability, and what you changed.',
    stories: [
      {
        action: 'Before launching location tracking for drivers, I thought about what else it could expose.',
        result: 'I changed it to stop recording when they were off shift.',
      },
      {
        action: "I saw that the new image pipeline would double the servers' power use.",
        result: 'I moved it to run overnight on the spare cluster and cut the extra energy by half.',
      },
    ],
  },
};

/** Stories that follow no principle's advice: routine work, and the principles' names said of oneself. */
const PLAIN: readonly Story[] = [
  { action: 'I ran the weekly status meeting for the checkout project and kept the risk log up to date.', result: 'The project shipped in March.' },
  { action: 'I took over the release calendar from a colleague on leave and booked the change windows.', result: 'I sent the release notes after each release.' },
  { action: 'I gathered requirements from the three product managers and wrote them into a spec.', result: 'I walked the engineers through it.' },
  { action: 'I set up the sprint board, ran the planning sessions and tracked the tickets.', result: 'The quarter ended on plan.' },
  { action: 'I am customer obsessed, I take ownership, I think big, I dive deep and I insist on the highest standards.', result: 'I deliver results and earn trust.' },
];

/** The unsupported-principle reports for a story claiming `id` alone that are about that claim. */
const claimWarnings = (story: Story, id: LpId) => runRule(rule, { ...story, lps: [id] }).filter((r) => r.index === 0);

const rows = LP_IDS.flatMap((id) => FOLLOWED[id].stories.map((story, n) => [principle(id).name, n + 1, id, story] as const));

describe("a story written from a principle's advice", () => {
  it('is written for every principle in the catalog, from the advice the catalog gives now', () => {
    expect(Object.keys(FOLLOWED).sort()).toEqual([...LP_IDS].sort());
    for (const id of LP_IDS) expect(FOLLOWED[id].advice, id).toBe(principle(id).evidence);
  });

  it.each(rows)('%s, story %i: claimed, it is shown, and unsupported-principle leaves the claim alone', (_name, _n, id, story) => {
    const shown = scorePrinciple({ title: 'A story', ...story }, id);
    const why = `${id}: ${shown?.score ?? 0} [${shown?.evidence.map((e) => `${e.label}: ${e.text}`).join(' | ') ?? ''}]`;
    expect(claimWarnings(story, id), why).toEqual([]);
  });
});

describe('a plain story, which follows no advice', () => {
  it.each(PLAIN.flatMap((story) => LP_IDS.map((id) => [id, story.action!, story] as const)))(
    'claimed as %s, is warned about: %s',
    (id, _action, story) => {
      expect(claimWarnings(story, id)).toHaveLength(1);
    },
  );
});
