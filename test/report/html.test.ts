import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/bank/load.js';
import { defaultConfig } from '../../src/lint/config.js';
import { lintFiles } from '../../src/lint/engine.js';
import { HINTS } from '../../src/lint/readiness-report.js';
import { CSP, renderHtml } from '../../src/report/html.js';
import { buildReport } from '../../src/report/model.js';
import { escapeHtml } from '../../src/report/escape.js';
import { entry } from '../drill/fixtures.js';
import { NOW, modelOf, sampleHistory } from './support.js';

function pageFor(yaml: string): string {
  const files = [loadText('stories/evil.yaml', yaml)];
  const results = lintFiles(files, defaultConfig());
  return renderHtml(buildReport({ files, results, history: [], now: NOW, sources: ['stories/<b>'], historyPath: '.tpm-prep/history.jsonl' }));
}

describe('the HTML page', () => {
  it('escapes every string from a story: a <script> or </style> in it is text', () => {
    const page = pageFor(
      [
        'title: "<script>alert(1)</script> and </style><img src=x onerror=alert(2)>"',
        'situation: "Quotes \\" and \' & ampersands </textarea>"',
        'action: "We shipped <script src=https://evil.example/x.js></script> it."',
        'result: "x"',
        '',
      ].join('\n'),
    );
    expect(page).not.toMatch(/<script|<img|<textarea/i);
    expect(page.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\sonerror=/i);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; and &lt;/style&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(page).toContain('Quotes &quot; and &#39; &amp; ampersands &lt;/textarea&gt;');
    expect(page).toContain('<code>stories/&lt;b&gt;</code>');
    // The marked phrase is escaped too, and the finding that quotes it.
    expect(page).toMatch(/<mark class="error">We shipped<\/mark>/);
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('makes no request: a CSP forbids them, and nothing links or loads from outside the page', () => {
    const { model } = modelOf(['stories/', 'test/fixtures/weak/all-four.yaml'], sampleHistory());
    const page = renderHtml(model);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP.replace(/'/g, '&#39;')}">`);
    expect(CSP).toMatch(/^default-src 'none'/);
    expect(page).not.toMatch(/<(?:script|link|iframe|img|object|embed)\b|@import|url\(|src=/i);
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#[\w-]+$/);
  });

  it('has a heatmap with one column header per principle, with a symbol and words for every cell', () => {
    const { model } = modelOf(['test/fixtures/weak/'], []);
    const page = renderHtml(model);
    const heads = [...page.matchAll(/<th scope="col" data-lp="([a-z-]+)"/g)].map((m) => m[1]);
    expect(heads).toHaveLength(16);
    const cells = [...page.matchAll(/<td class="c (both|claimed|inferred|none)[^"]*" title="[^"]+"><span aria-hidden="true">([●○+·])[^<]*(?:<small>[\d.]+<\/small>)?<\/span><span class="sr">[^<]+<\/span><\/td>/g)];
    expect(cells).toHaveLength(16 * model.stories.length);
    // A gap is marked with a symbol and words in the header and the footer, not only a colour.
    const gaps = model.principles.filter((p) => p.gap);
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(page).toMatch(new RegExp(`data-lp="${g.id}" class="gap" title="[^"]+: no story \\(a gap\\)"><abbr[^>]*>[A-Z]+</abbr><span aria-hidden="true">⚠</span><span class="sr"> \\(gap\\)</span>`));
  });

  it('counts as covered only the principles a story shows, as the loop plan does, and the claims apart', () => {
    // Earn Trust claimed with no evidence; Dive Deep shown, not claimed; 14 principles neither.
    const files = [
      loadText('stories/claims.yaml', 'title: A claim with no evidence\nsituation: Syncs were slow.\ntask: I owned them.\naction: I ran the syncs every week.\nresult: The syncs ran.\nlps: [earn-trust]\n'),
      loadText('stories/digs.yaml', 'title: Found the retry storm\nsituation: Pages were up.\ntask: I owned the on-call health.\naction: I pulled six months of pages from the paging tool myself and found the root cause, a retry storm in the auth client.\nresult: Retries fell 40%.\n'),
    ];
    const page = renderHtml(buildReport({ files, results: lintFiles(files, defaultConfig()), history: [], now: NOW, sources: ['stories/'], historyPath: 'h' }));
    expect(page).toMatch(/<div class="muted">Principles shown<\/div><div class="big">1<small>\/16<\/small><\/div><div class="muted">1 more only claimed: ET · ⚠ 14 gaps: CO OWN [A-Z ]+<\/div>/);
    expect(page).toContain("1 of 16 principles are shown by a story. <strong>1 more only claimed:</strong> Earn Trust (claimed in <code>lps:</code>, but no story's words show it yet, so the loop plan leaves it out). <strong>⚠ 14 gaps:</strong> no story claims or shows Customer Obsession,");
    expect(page).not.toContain('Every principle');
    // The footer counts the stories that show each principle, and marks a claim alone; so does the header.
    expect(page).toContain('<td class="claimed-only">○ 0<span class="sr"> stories show it; only claimed</span></td>');
    expect(page).toContain('data-lp="earn-trust" title="Earn Trust: only claimed, no story shows it yet"');
    expect(page).toContain('data-lp="dive-deep" title="Dive Deep: shown by 1 story"');
    // …and the loop plan agrees: no story for the 15 others.
    expect(page).toContain('<h3>⚠ No story for 15</h3>');
  });

  it('says every principle is shown when each is', () => {
    const page = renderHtml(modelOf(['stories/'], []).model);
    expect(page).toMatch(/<div class="muted">Principles shown<\/div><div class="big">16<small>\/16<\/small><\/div><div class="muted">every principle shown by a story<\/div>/);
    expect(page).toContain('Every principle is shown by at least one story.');
    expect(page).not.toContain('No story for');
  });

  it('names a planned story that is not ready under the loop plan, linked to its findings', () => {
    const page = pageFor(
      'title: Found the retry storm\nsituation: Pages were up.\ntask: I owned the on-call health.\naction: I pulled six months of pages from the paging tool myself and found the root cause, a retry storm in the auth client.\nresult: Retries fell 40%.\n',
    );
    const plan = page.slice(page.indexOf('<section id="plan"'));
    // With what its score lacks, in the words plan uses, each gap a lint error reports too marked as one, not named again.
    // ("I pulled … and found the root cause" is two actions, with "I owned" three: none lacking there.)
    expect(plan).toMatch(
      /<h3>Planned but not ready \(1\)<\/h3><p>Readiness under 80\/100, or a lint error[^<]*<\/p><ul><li><a href="#s1">[^<]+<\/a> <span class="ready (?:low|mid)">\d+\/100<\/span>: no cross-team work, no named partner \(lint error\), no decision, no trade-off \(lint error\)<\/li><\/ul>/,
    );
    expect(plan).not.toContain('the findings under each story say what to fix');
    expect(page).toContain('id="s1"');
    expect(renderHtml(modelOf(['stories/'], []).model)).not.toContain('Planned but not ready');
  });

  describe('what a story card says its score lacks', () => {
    const reconciliation = readFileSync('test/fixtures/not-ready/reconciliation-breaks.yaml', 'utf8');
    const cardOf = (page: string) => page.slice(page.indexOf('<article class="story" id="s1"'), page.indexOf('</article>'));

    it('under the axes, each check it falls short on, the points it would add and what to write', () => {
      const card = cardOf(pageFor(reconciliation));
      expect(card).toContain(
        '<div class="lacks"><h4>What the score lacks</h4><ul>' +
          `<li><strong>No customer</strong> (+14 points). ${escapeHtml(HINTS.customer)}</li>` +
          `<li><strong>Fewer than three teams</strong> (+6 points). ${escapeHtml(HINTS.teams)}</li>` +
          `<li><strong>No decision</strong> (+10 points). ${escapeHtml(HINTS.decision)}</li></ul></div>`,
      );
      expect(card.indexOf('class="axes"')).toBeLessThan(card.indexOf('class="lacks"'));
    });

    it('does not tick a story under 80/100 with no findings as clean: it says it is not ready yet', () => {
      const card = cardOf(pageFor(reconciliation));
      expect(card).toContain('<b>70</b>/100');
      expect(card).not.toContain('lints clean');
      expect(card).not.toContain('✓');
      expect(card).toContain('<h4>Findings</h4><p>No lint findings. Not ready yet, though: its readiness is under 80/100; add what the score lacks (above).</p>');
    });

    it('ticks a story with no findings at 80/100 or more as clean, and lists nothing at 100', () => {
      const { model } = modelOf(['stories/'], []);
      const page = renderHtml(model);
      const at = (id: string) => model.stories.findIndex((s) => s.id === id) + 1;
      const card = (k: number) => page.slice(page.indexOf(`<article class="story" id="s${k}"`), page.indexOf('</article>', page.indexOf(`<article class="story" id="s${k}"`)));
      // 100/100: nothing lacks.
      expect(card(at('curbside-pickup-launch'))).toContain('✓ No findings: this story lints clean.');
      expect(card(at('curbside-pickup-launch'))).not.toContain('class="lacks"');
      // 86/100, ready, with what it lacks still named.
      const ml = card(at('ml-serving-gpu-order'));
      expect(ml).toContain('<b>86</b>/100');
      expect(ml).toContain('<li><strong>No customer</strong> (+14 points).');
      expect(ml).toContain('✓ No findings: this story lints clean.');
    });
  });

  // An eighteenth user's trial: her mentor's page showed no due principles and not how each interviewer's were practised.
  it("says what is due for review and when each practised principle is next, and the loop's practice by interviewer", () => {
    const history = [
      entry({ at: '2026-11-12T09:00:00.000Z', lps: ['ownership'], rating: 1 }),
      entry({ at: '2026-11-13T09:00:00.000Z', lps: ['ownership'], rating: 2 }),
      entry({ at: '2026-11-15T09:00:00.000Z', lps: ['think-big'], rating: 1 }),
      entry({ at: '2026-11-21T09:00:00.000Z', lps: ['dive-deep'], rating: 5 }),
    ];
    const { model } = modelOf(['stories/'], history, [['ownership', 'dive-deep'], ['frugality']]);
    const page = renderHtml(model);
    const practice = page.slice(page.indexOf('<section id="practice"'));
    // Most overdue first, as stats lists them (NOW is 2026-11-22); Dive Deep, rated 5 yesterday, is not due.
    expect(practice).toContain(' Due for review: Ownership (8 days overdue) · Think Big (6 days overdue). Never practised: ');
    expect(practice).toContain('<th scope="col" title="When spaced repetition next asks for it, as tpm-prep stats and drill count it">Next review</th>');
    expect(practice).toMatch(/<tr><th scope="row">Ownership<\/th>(<td class="num">[^<]*<\/td>){4}<td class="due">8 days overdue<\/td><\/tr>/);
    expect(practice).toMatch(/<tr><th scope="row">Dive Deep<\/th>(<td class="num">[^<]*<\/td>){4}<td>in 7 days<\/td><\/tr>/);
    // The loop's tables: each principle's practice beside its story.
    const plan = page.slice(page.indexOf('<section id="plan"'), page.indexOf('<section id="practice"'));
    expect(plan).toMatch(/<tr><th scope="row">Ownership<\/th><td>[^<]+<\/td><td class="num">[\d.]+<\/td><td>2 answers, rating 1\.5<\/td><\/tr>/);
    expect(plan).toMatch(/<tr><th scope="row">Dive Deep<\/th>.*<td>1 answer, rating 5\.0<\/td><\/tr>/);
    expect(plan).toMatch(/<tr><th scope="row">Frugality<\/th>.*<td class="muted">never practised<\/td><\/tr>/);
    // Without a loop, the plan's one table has no practice column; with no history, nothing is due.
    expect(renderHtml(modelOf(['stories/'], history).model)).not.toContain('<th scope="col">Practice</th>');
    expect(renderHtml(modelOf(['stories/']).model)).not.toContain('Due for review');
  });

  // With no answer rated (each stopped at "How good was the answer?"), the page said "mean rating 0.0 of 5".
  it('says "not rated" with no answer rated, and how many were stopped before their rating when some were', () => {
    const unrated = (at: string) => entry({ version: 3, at, rating: undefined, story: undefined });
    const practice = (history: ReturnType<typeof entry>[]) => {
      const page = renderHtml(modelOf(['stories/'], history).model);
      return page.slice(page.indexOf('<section id="practice"'));
    };
    const none = practice([unrated('2026-11-20T09:00:00.000Z'), unrated('2026-11-21T09:00:00.000Z')]);
    expect(none).toContain('counts them; not rated.');
    expect(none).not.toContain('mean rating');
    const some = practice([entry({ at: '2026-11-19T09:00:00.000Z', rating: 4 }), entry({ at: '2026-11-20T09:00:00.000Z', rating: 3 }), unrated('2026-11-21T09:00:00.000Z')]);
    expect(some).toContain('counts them; mean rating 3.5 of 5 (1 stopped before its rating, which is in no average).');
    const two = practice([entry({ at: '2026-11-19T09:00:00.000Z', rating: 5 }), unrated('2026-11-20T09:00:00.000Z'), unrated('2026-11-21T09:00:00.000Z')]);
    expect(two).toContain('mean rating 5.0 of 5 (2 stopped before their ratings, which are in no average).');
    expect(practice([entry({ at: '2026-11-19T09:00:00.000Z', rating: 4 })])).toContain('counts them; mean rating 4.0 of 5.');
  });

  it('shows the loop interviewer by interviewer with --interviewer: their principles, the story for each, or none', () => {
    const { model } = modelOf(['stories/'], [], [['ownership', 'dive-deep'], ['bias-for-action', 'ownership'], ['ownership', 'frugality'], ['ownership'], ['ownership']]);
    const plan = renderHtml(model).slice(renderHtml(model).indexOf('<section id="plan"'));
    const section = plan.slice(0, plan.indexOf('</section>'));
    expect(section).toContain('<p>A loop of 5 interviewers (8 principles), planned as a whole as <code>tpm-prep plan --interviewer</code> plans it:');
    const tables = [...section.matchAll(/<h3 id="plan-i(\d)">Interviewer \1<\/h3>\n<div class="wide"><table class="data" aria-labelledby="plan-i\1">[\s\S]*?<\/table>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(5);
    const rows = (table: string) => [...table.matchAll(/<tr><th scope="row">([^<]+)<\/th><td(?: class="muted")?>([^<]+)<\/td>/g)].map((m) => `${m[1]}: ${m[2]}`);
    expect(tables.map(rows)).toEqual(
      model.plan.interviewers.map((i) => i.rows.map((r) => `${r.name}: ${r.storyId ?? 'no story; see below'}`)),
    );
    expect(rows(tables[0]!)[0]).toBe(`Ownership: ${model.plan.interviewers[0]!.rows[0]!.storyId}`);
    expect(rows(tables[4]!)).toEqual(['Ownership: no story; see below']);
    // No table of all 16, and the advice for a principle left out is the loop's, not --max-reuse.
    expect(section.match(/<table/g)).toHaveLength(5);
    expect(section).toContain('<h3>Left out: their stories are told for other principles (1)</h3><ul><li>Ownership: ');
    expect(section).toContain('<p class="muted">Another story for each would cover them.</p>');
    expect(section).not.toContain('--max-reuse');
    const all16 = renderHtml(modelOf(['stories/']).model);
    expect(all16).not.toContain('Interviewer 1');
    expect(all16).toContain('as <code>tpm-prep plan</code> picks them');
    // All 16, where reuse is allowed: the loop's advice, and more reuse (a new user's trial: the two differed).
    expect(all16).toContain('<p class="muted">Another story for each would cover them, or <code>tpm-prep plan --max-reuse 2</code>.</p>');
  });

  it('shows a friendly empty state with no practice, and charts with it; dark mode and print styles', () => {
    const none = renderHtml(modelOf(['stories/'], []).model);
    expect(none).toContain('No practice recorded yet.');
    expect(none).not.toContain('<svg');
    const some = renderHtml(modelOf(['stories/'], sampleHistory()).model);
    expect(some).not.toContain('No practice recorded yet.');
    expect(some.match(/<svg /g)!.length).toBe(modelOf(['stories/'], sampleHistory()).model.practice!.principles.length + 2);
    expect(some).not.toMatch(/NaN|undefined|Infinity/);
    expect(some).toContain('@media (prefers-color-scheme: dark)');
    expect(some).toContain('@media print');
  });

  it('measures over time as stats does, against the limit each answer was drilled with, in every number and chart', () => {
    const history = [
      entry({ at: '2026-11-11T09:00:00.000Z', lps: ['ownership'], seconds: 105, limit: 90 }), // 1:45 with -t 90: over
      entry({ at: '2026-11-12T09:00:00.000Z', lps: ['ownership'], seconds: 130, limit: 180 }), // 2:10 with -t 180: not over
      entry({ at: '2026-11-13T09:00:00.000Z', lps: ['ownership'], seconds: 100, limit: 90 }), // 1:40 with -t 90: over
      entry({ at: '2026-11-14T09:00:00.000Z', lps: ['dive-deep'], seconds: 100, limit: 120 }),
    ];
    const page = renderHtml(buildReport({ files: [], results: [], history, now: NOW, sources: ['stories/'], historyPath: '.tpm-prep/history.jsonl' }));
    const practice = page.slice(page.indexOf('<section id="practice"'));
    // Nothing measured against 2:00 any more: 2 of 4 over their limits, where 1 is over 2:00.
    expect(page).not.toMatch(/over 2:00|Over 2:00|over 2 minutes/);
    expect(page).toContain('<div class="muted">50% over time · 2 of 16 principles practised</div>');
    expect(practice).toContain('4 answers from 2026-11-11 to 2026-11-14; 2 (50%) over time, each against the limit it was drilled with (2:00 unless drilled with <code>-t</code>), as <code>tpm-prep stats</code> counts them;');
    expect(practice).toContain('<th scope="col" class="num" title="Share of answers over the limit each was drilled with">Over time</th>');
    expect(practice).toContain('<tr><th scope="row">Ownership</th><td class="num">3</td><td class="num">1:45</td><td class="num">67% ⚠</td>');
    expect(practice).toContain('<tr><th scope="row">Dive Deep</th><td class="num">1</td><td class="num">1:40</td><td class="num">0%</td>');
    // The scatter: squares for the two over their 1:30, a dot for 2:10 within its 3:00, its text saying so.
    const own = practice.slice(practice.indexOf('<svg class="chart time"'), practice.indexOf('</svg>') + 6);
    expect(own.match(/<rect class="point over"/g)).toHaveLength(2);
    expect(own).toContain('<title>2:10, within its 3:00 limit</title></circle>');
    expect(own).toContain('3 answers, oldest first: 1:45 (limit 1:30), 2:10 (limit 3:00), 1:40 (limit 1:30); 2 over the limit each was drilled with (the dashed line, which steps where it changed).');
    expect(practice).toContain('a square is one over its limit. The dashed line is the limit the answers were drilled with');
    expect(practice).toContain('<figcaption>Share of answers over time</figcaption>');
    expect(practice).toContain('>67% (2 of 3)<');
    expect(practice).toContain('OWN 67% (2 of 3); DD 0% (0 of 1).');
  });
});

// Two new users' trials: plan left Have Backbone out, naming the story told for another principle and never the one
// that claimed it at 2 of the 3 it takes. The report's plan says it as `plan` does, under the principle.
describe('a principle left out, claimed by a story whose evidence falls short', () => {
  const { model } = modelOf(['test/fixtures/plan-short-claim/']);
  const backbone = [...model.plan.taken, ...model.plan.none].find((x) => x.lp === 'have-backbone-disagree-and-commit');

  it('lists the claim under the principle, with its score, its card and the command that shows its evidence', () => {
    expect(backbone?.short).toEqual([{ storyId: 'backbone-story', at: 1, score: 2, filePath: 'test/fixtures/plan-short-claim/backbone-story.yaml' }]);
    // No other principle left out has a claim that falls short (payments-db-failover shows what it claims).
    expect([...model.plan.taken, ...model.plan.none].filter((x) => x !== backbone).every((x) => x.short.length === 0)).toBe(true);
    expect(renderHtml(model)).toContain(
      '<br><a href="#s1">backbone-story</a> claims it but shows it at 2 of 3: run <code>tpm-prep map --evidence test/fixtures/plan-short-claim/backbone-story.yaml</code>.',
    );
  });
});
