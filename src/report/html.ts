/**
 * The report model → one self-contained HTML page: inline CSS and SVG, no script, no font, no request
 * of any kind (a Content-Security-Policy forbids them). Every string from a story or the history is
 * escaped. Pure.
 */
import { calendarDay } from '../drill/days.js';
import { duePhrases, nextReview, stoppedPhrase } from '../drill/stats.js';
import { shortClock } from '../drill/timer.js';
import { AXES, DRAFT_LEFT, HINTS, READY_SCORE, bandOf, gapsOnce, type Missing } from '../lint/readiness-report.js';
import { counted } from '../text/show.js';
import { evidenceCommand, interviewerName, shortOfShowing } from '../principles/plan.js';
import { CLAIM_BONUS } from '../principles/scores.js';
import { escapeHtml as esc } from './escape.js';
import type { LpId } from '../principles/catalog.js';
import type { Alternative, Cell, CellState, FindingView, PracticeView, PrincipleView, ReportModel, SectionView, ShortClaimView, StoryView } from './model.js';
import { CSS } from './style.js';
import { overChart, ratingsChart, timeChart, timeTop } from './svg.js';

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The symbol for each cell state, the words a screen reader hears, and the legend's wording. */
export const CELL: Record<CellState, { symbol: string; words: string }> = {
  both: { symbol: '●', words: 'claimed and shown' },
  claimed: { symbol: '○', words: 'claimed, no evidence' },
  inferred: { symbol: '+', words: 'shown, not claimed' },
  none: { symbol: '·', words: 'neither' },
};
const GAP = '⚠';

/**
 * What the page puts before or for words: symbols ("⚠ No story for 2", "✖ error", "Stories × Leadership Principles"),
 * or, `plain` (report run on a dumb terminal, a screen reader's, which says "warning sign" and "multiplication sign"),
 * the words alone.
 */
interface Marks {
  /** Before a count of gaps, or a heading of principles no story has. */
  readonly gap: string;
  readonly error: string;
  readonly warning: string;
  /** The heatmap's heading. */
  readonly principles: string;
  /** After a share of answers over time above a half. */
  readonly over: string;
  /** Principles in a list by their names, not abbreviations ("IS" and "BA" are said as words). */
  readonly names: boolean;
}
const SYMBOLS: Marks = { gap: `${GAP} `, error: '✖ error', warning: '⚠ warning', principles: 'Stories × Leadership Principles', over: ' ⚠', names: false };
const WORDS: Marks = { gap: '', error: 'error', warning: 'warning', principles: 'Stories by Leadership Principle', over: '', names: true };
const STRONG = 6;

/** What a redacted page says near its top: what was replaced, and what wasn't; `hidden`, how many words of the user's own list were hidden. */
export function redactedNote(hidden = 0): string {
  const listed = hidden > 0 ? `, and the ${hidden === 1 ? 'word' : `${hidden} words`} you listed (--hide, or redact: in .tpm-prep.yaml) with [hidden]` : '';
  return `Redacted: partner names, numbers, email addresses and links are replaced with [partner A], [partner B]…, [n], [email] and [link]${listed}, in story ids and file names too. Company, product and place names are not${hidden > 0 ? ' unless you listed them' : ' (list yours with --hide)'}, nor a name the partner detection missed: check the page before you share it.`;
}

export interface RenderOptions {
  /** Say at the top that names and numbers were replaced, and what wasn't. */
  readonly redacted?: boolean;
  /** How many words of the user's own list were hidden, for that note. */
  readonly hidden?: number;
  /** Words, not symbols, before and for words (see Marks): for a dumb terminal. */
  readonly plain?: boolean;
}

export function renderHtml(model: ReportModel, options: RenderOptions = {}): string {
  const n = model.stories.length;
  const title = 'Interview readiness';
  const m = options.plain ? WORDS : SYMBOLS;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="tpm-prep">
<title>${title} · tpm-prep</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">
<h1>${title}</h1>
<p class="meta">${n} ${n === 1 ? 'story' : 'stories'} from ${model.sources.map((s) => `<code>${esc(s)}</code>`).join(', ')} · practice from <code>${esc(model.historyPath)}</code> · ${esc(day(Date.parse(model.generatedAt)))}${model.loop ? ` · <strong>${esc(model.loop.countdown)}</strong>` : ''}${options.redacted ? ' · <strong>redacted</strong>' : ''}</p>
${options.redacted ? `<p class="note" role="note">${esc(redactedNote(options.hidden))}</p>
` : ''}<nav aria-label="Sections"><a href="#principles">Principles</a><a href="#stories">Stories and findings</a><a href="#plan">Loop plan</a><a href="#practice">Practice</a></nav>
</header>
<main>
${tiles(model, m)}
${heatmap(model, m)}
${storiesSection(model, m)}
${planSection(model, m)}
${practiceSection(model.practice, new Date(model.generatedAt), m)}
</main>
<footer>Made by tpm-prep on this machine; nothing in this page was sent anywhere, and it loads nothing. Readiness scores Impact (of ${AXES.impact}), Scope (of ${AXES.scope}) and Ownership (of ${AXES.ownership}); the README explains each check.</footer>
</body>
</html>
`;
}

/** "2026-11-08": the date `ms` falls on in the local time zone (TZ), as stats and drill count days, not UTC's. */
const day = (ms: number) => new Date(calendarDay(ms) * 86_400_000).toISOString().slice(0, 10);
const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Covered means shown by some story's words, as the loop plan judges it; a claim alone is counted apart. */
function coverageOf(model: ReportModel) {
  return {
    shown: model.principles.filter((p) => p.shownBy.length > 0).length,
    claimedOnly: model.principles.filter((p) => p.claimedOnly),
    gaps: model.principles.filter((p) => p.gap),
  };
}

function tiles(model: ReportModel, m: Marks): string {
  const r = model.readiness;
  const { shown, claimedOnly, gaps } = coverageOf(model);
  const listed = (principles: readonly PrincipleView[]) => (m.names ? principles.map((x) => esc(x.name)).join(', ') : principles.map((x) => esc(x.abbrev)).join(' '));
  const coverNote = [
    ...(claimedOnly.length ? [`${claimedOnly.length} more only claimed: ${listed(claimedOnly)}`] : []),
    ...(gaps.length ? [`${m.gap}${counted(gaps.length, 'gap')}: ${listed(gaps)}`] : []),
  ];
  const p = model.practice;
  const tile = (label: string, big: string, note: string) => `<div class="tile"><div class="muted">${label}</div><div class="big">${big}</div><div class="muted">${note}</div></div>`;
  return `<section class="tiles" aria-label="Summary">
${tile('Readiness, bank mean', r ? `${r.score}<small>/100</small>` : '–', r ? `impact ${r.impact}/${AXES.impact} · scope ${r.scope}/${AXES.scope} · ownership ${r.ownership}/${AXES.ownership}` : 'no story read')}
${tile('Principles shown', `${shown}<small>/16</small>`, shown === 16 ? 'every principle shown by a story' : coverNote.join(' · '))}
${tile('Findings', `${model.errors}<small> ${model.errors === 1 ? 'error' : 'errors'}</small>`, `${counted(model.warnings, 'warning')}, as <code>tpm-prep lint</code> reports them`)}
${tile('Practice', p ? `${p.answers}<small> ${p.answers === 1 ? 'answer' : 'answers'}</small>` : '0', p ? `${pct(p.over / p.answers)} over time · ${p.principles.length} of 16 principles practised` : 'no drill recorded yet')}
</section>`;
}

function heatmap(model: ReportModel, m: Marks): string {
  const head = model.principles.map(principleHeader).join('');
  const rows = model.stories
    .map((s, i) => `<tr><th scope="row"><a href="#s${i + 1}" title="${esc(s.title)}">${esc(s.id)}</a></th><td class="ready ${bandOf(s.readiness.score)}">${s.readiness.score}</td>${s.cells.map((c) => cell(c, model.principles)).join('')}</tr>`)
    .join('\n');
  const foot = model.principles.map((p) => footCell(p, m)).join('');
  const { shown, claimedOnly, gaps } = coverageOf(model);
  const legend = (['both', 'claimed', 'inferred', 'none'] as const)
    .map((state) => `<li><span class="swatch c ${state}" aria-hidden="true">${CELL[state].symbol}</span>${CELL[state].words}</li>`)
    .join('');
  return `<section id="principles" aria-labelledby="principles-h">
<h2 id="principles-h">${m.principles}</h2>
<p>Each row is a story; each column one of the 16 principles. A cell says whether the story claims the principle in <code>lps:</code>, and whether its words show it (the number is the score <code>tpm-prep map</code> gives; ${STRONG} or more is strong, in bold). ${
    shown === 16
      ? 'Every principle is shown by at least one story.'
      : [
          `${shown} of 16 principles are shown by a story.`,
          ...(claimedOnly.length
            ? [
                `<strong>${claimedOnly.length} more only claimed:</strong> ${claimedOnly.map((p) => esc(p.name)).join(', ')} (claimed in <code>lps:</code>, but no story's words show ${claimedOnly.length === 1 ? 'it' : 'them'} yet, so the loop plan leaves ${claimedOnly.length === 1 ? 'it' : 'them'} out).`,
              ]
            : []),
          ...(gaps.length ? [`<strong>${m.gap}${counted(gaps.length, 'gap')}:</strong> no story claims or shows ${gaps.map((g) => esc(g.name)).join(', ')}.`] : []),
        ].join(' ')
  }</p>
<ul class="legend">${legend}<li><span class="swatch" aria-hidden="true">${GAP}</span>a principle no story covers</li></ul>
<div class="scroll" role="region" aria-label="Heatmap of stories against principles; scrolls sideways" tabindex="0">
<table class="heatmap">
<caption class="sr">Stories against the 16 Leadership Principles</caption>
<thead><tr><th scope="col" class="story-col">Story</th><th scope="col" title="Readiness out of 100">Ready</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">Shown by</th><td></td>${foot}</tr></tfoot>
</table>
</div>
</section>`;
}

/** The footer's count for a principle: the stories that show it; a claim alone is marked, a gap too. */
function footCell(p: PrincipleView, m: Marks): string {
  if (p.gap) return `<td class="gap">${m.gap}0<span class="sr"> stories: a gap</span></td>`;
  if (p.claimedOnly) return `<td class="claimed-only">${CELL.claimed.symbol} 0<span class="sr"> stories show it; only claimed</span></td>`;
  return `<td>${p.shownBy.length}</td>`;
}

function principleHeader(p: PrincipleView): string {
  const label = p.gap
    ? `${p.name}: no story (a gap)`
    : p.claimedOnly
      ? `${p.name}: only claimed, no story shows it yet`
      : `${p.name}: shown by ${counted(p.shownBy.length, 'story', 'stories')}`;
  return `<th scope="col" data-lp="${p.id}"${p.gap ? ' class="gap"' : ''} title="${esc(label)}"><abbr title="${esc(p.name)}">${esc(p.abbrev)}</abbr>${p.gap ? `<span aria-hidden="true">${GAP}</span><span class="sr"> (gap)</span>` : ''}</th>`;
}

function cell(c: Cell, principles: readonly PrincipleView[]): string {
  const name = principles.find((p) => p.id === c.lp)!.name;
  const words = `${name}: ${CELL[c.state].words}${c.score === undefined ? '' : `, score ${c.score}`}`;
  const evidence = c.evidence.length ? ` (${c.evidence.map((e) => `“${e}”`).join(', ')})` : '';
  const strong = c.score !== undefined && c.score >= STRONG ? ' strong' : '';
  const score = c.score === undefined ? '' : `<small>${c.score}</small>`;
  return `<td class="c ${c.state}${strong}" title="${esc(words + evidence)}"><span aria-hidden="true">${CELL[c.state].symbol}${score}</span><span class="sr">${esc(words)}</span></td>`;
}

function storiesSection(model: ReportModel, m: Marks): string {
  // Weakest first: what needs work is at the top. Anchors keep the heatmap's numbering.
  const ordered = model.stories
    .map((s, i) => ({ s, k: i + 1 }))
    .sort((a, b) => a.s.readiness.score - b.s.readiness.score || b.s.findings.length - a.s.findings.length || a.k - b.k)
    .map(({ s, k }) => storyCard(s, k, m))
    .join('\n');
  const bank = [...model.bankFindings, ...model.fileProblems];
  const bankList = bank.length
    ? `<h3>Across the bank, and files not read as stories</h3>
<div class="findings"><ol>${bank
        .map((f) => `<li class="${f.severity}"><span class="sev">${f.severity === 'error' ? m.error : m.warning}</span> ${esc(f.message)} <span class="rule">${esc(f.ruleId)}</span> <span class="at">${esc(`${f.filePath}:${f.line}:${f.column}`)}</span></li>`)
        .join('\n')}</ol></div>${model.bankNote === undefined ? '' : `\n<p class="muted">${esc(model.bankNote)}</p>`}`
    : '';
  return `<section id="stories" aria-labelledby="stories-h">
<h2 id="stories-h">Stories: readiness and findings</h2>
<p>Readiness is out of 100: Impact (a metric in the result, a customer), Scope (teams aligned, a named partner) and Ownership (actions told with “I”, a decision, a trade-off). Weakest first. Each finding is numbered; the same number marks the phrase that triggered it in the story.</p>
${bankList}
${ordered || '<p class="empty">No story could be read.</p>'}
</section>`;
}

function storyCard(s: StoryView, k: number, m: Marks): string {
  const id = `s${k}`;
  const r = s.readiness;
  const axis = (label: string, value: number, max: number) =>
    `<span>${label}</span><span class="meter" aria-hidden="true"><span style="width:${Math.round((value / max) * 100)}%"></span></span><span>${value}/${max}</span>`;
  // No finding is not ready: a story under the bar that breaks no rule is told so, not ticked as clean.
  const findings = s.findings.length
    ? `<ol>${s.findings.map((f) => findingItem(f, id, m)).join('\n')}</ol>`
    : r.score >= READY_SCORE
      ? '<p class="clean">✓ No findings: this story lints clean.</p>'
      : `<p>No lint findings. Not ready yet, though: its readiness is under ${READY_SCORE}/100; add what the score lacks (above).</p>`;
  const errors = s.findings.filter((f) => f.severity === 'error').length;
  const count = s.findings.length ? ` (${errors} ${errors === 1 ? 'error' : 'errors'}, ${s.findings.length - errors} ${s.findings.length - errors === 1 ? 'warning' : 'warnings'})` : '';
  return `<article class="story" id="${id}" aria-labelledby="${id}-h">
<header><div><h3 id="${id}-h">${esc(s.title)}</h3><p class="where"><code>${esc(s.id)}</code> · ${esc(`${s.filePath}:${s.line}`)}${s.draft ? ' · draft' : ''}</p></div>
<div class="score ${bandOf(r.score)}"><b>${r.score}</b>/100<span class="sr"> readiness</span></div></header>
<div class="axes">${axis('Impact', r.impact, AXES.impact)}${axis('Scope', r.scope, AXES.scope)}${axis('Ownership', r.ownership, AXES.ownership)}</div>
${lacks(s.missing)}<div class="story-body">
<div class="findings"><h4>Findings${count}</h4>${findings}</div>
<div class="text"><h4>The story</h4>${s.sections.map((sec) => section(sec, id, s.findings)).join('')}${
    s.partners.length ? `<h5>Partners</h5><p>${s.partners.map(esc).join('; ')}</p>` : ''
  }</div>
</div>
</article>`;
}

/** What a story's score lacks, each with the points it would add and what to write; '' at 100. */
function lacks(missing: readonly Missing[]): string {
  if (missing.length === 0) return '';
  const item = (m: Missing) => `<li><strong>${esc(m.label[0]!.toUpperCase() + m.label.slice(1))}</strong> (+${m.points} points). ${esc(HINTS[m.check])}</li>`;
  return `<div class="lacks"><h4>What the score lacks</h4><ul>${missing.map(item).join('')}</ul></div>
`;
}

function findingItem(f: FindingView, id: string, m: Marks): string {
  const where = f.field ? `line ${f.line}:${f.column}, ${f.field}` : `line ${f.line}:${f.column}`;
  const ref = f.marked ? ` <a href="#${id}-m${f.n}" aria-label="the phrase in the story">[${f.n}]</a>` : ` [${f.n}]`;
  return `<li class="${f.severity}" id="${id}-f${f.n}"><span class="sev">${f.severity === 'error' ? m.error : m.warning}</span>${ref} ${esc(f.message)} <span class="rule">${esc(f.ruleId)}</span> <span class="at">${esc(where)}</span></li>`;
}

function section(sec: SectionView, id: string, findings: readonly FindingView[]): string {
  const severity = (ns: readonly number[]) => (ns.some((n) => findings.find((f) => f.n === n)?.severity === 'error') ? 'error' : 'warning');
  const flags = sec.keyFindings.map((n) => `<a class="flag" href="#${id}-f${n}" title="finding ${n}">⚑${n}</a>`).join(' ');
  const body = sec.segments
    .map((seg) => {
      const text = esc(seg.text);
      const marked = seg.marks.length ? `<mark class="${severity(seg.marks)}">${text}</mark>` : text;
      const notes = seg.ends.map((n) => `<sup class="fn" id="${id}-m${n}"><a href="#${id}-f${n}">${n}</a></sup>`).join('');
      return marked + notes;
    })
    .join('');
  return `<h5>${esc(sec.label)}${flags ? ` ${flags}` : ''}</h5><p>${body || '<span class="muted">(empty)</span>'}</p>`;
}

function planSection(model: ReportModel, m: Marks): string {
  const { plan } = model;
  const head = '<thead><tr><th scope="col">Principle</th><th scope="col">Story</th><th scope="col" class="num">Score</th></tr></thead>';
  // A draft named as one, as `plan` names it.
  // Under it, a near story to tell instead, as `plan` names it on its `also:` line.
  const also = (a: { also?: Alternative }) => (a.also ? `<br><span class="muted">also: <a href="#s${a.also.at}">${esc(a.also.storyId)}</a> (${esc(a.also.parts.join(', '))})</span>` : '');
  const row = (name: string, a: { storyId?: string; score?: number; draft?: boolean; also?: Alternative }, more = '') =>
    `<tr><th scope="row">${esc(name)}</th>${a.storyId === undefined ? '<td class="muted">no story; see below</td><td class="num">–</td>' : `<td>${esc(a.storyId)}${a.draft ? ' <span class="muted">(draft)</span>' : ''}${also(a)}</td><td class="num">${a.score}</td>`}${more}</tr>`;
  const rows = plan.assignments.map((a) => row(a.name, a)).join('\n');
  const loop = plan.interviewers.length > 0;
  // Interviewer by interviewer, as `plan --interviewer` prints them: each one's principles, with a story or none.
  // With each principle's practice, as `stats` shows the loop: "am I ready for the bar raiser?" (an eighteenth user's trial).
  const practised = (lp: LpId) => {
    const x = model.practice?.principles.find((q) => q.id === lp);
    return x ? `<td>${counted(x.answers, 'answer')}, ${ratingText(x.averageRating)}</td>` : '<td class="muted">never practised</td>';
  };
  const loopHead = head.replace('</tr></thead>', '<th scope="col">Practice</th></tr></thead>');
  const interviewers = plan.interviewers
    .map(
      (i, k) =>
        `<h3 id="plan-i${k + 1}">${esc(interviewerName(i, k))}</h3>\n<div class="wide"><table class="data" aria-labelledby="plan-i${k + 1}">${loopHead}<tbody>\n${i.rows
          .map((r) => row(r.name, r, practised(r.lp)))
          .join('\n')}\n</tbody></table></div>`,
    )
    .join('\n');
  const asked = plan.interviewers.reduce((n, i) => n + i.rows.length, 0);
  // The plan weighs what a story shows, not how well it is told: link each weak planned story to its findings.
  const unready = plan.notReady.length
    ? `<h3>Planned but not ready (${plan.notReady.length})</h3><p>Readiness under ${READY_SCORE}/100, ${plan.notReady.some((u) => u.draft) ? 'a lint error, or a draft' : 'or a lint error'}: work on these first. Each is listed with what its score lacks and its lint errors; its card below says what to add, and shows its findings.</p><ul>${plan.notReady
        .map(
          (u) => {
            // A gap a rule reports too is said once, as plan says it; a draft named as one, as plan names it.
            const { lacks, errors } = gapsOnce(u.missing, u.errors);
            const left = lacks.length > 0 ? `: ${esc(lacks.join(', '))}` : errors.length === 0 && u.draft ? `: ${esc(DRAFT_LEFT.join(' ')).replace(/`([^`]+)`/g, '<code>$1</code>')}` : '';
            return `<li><a href="#s${u.at}">${esc(u.storyId)}</a>${u.draft ? ' <span class="muted">(draft)</span>' : ''} <span class="ready ${bandOf(u.score)}">${u.score}/100</span>${left}${
              errors.length > 0 ? `; lint ${errors.length === 1 ? 'error' : 'errors'}: ${errors.map((r) => `<code>${esc(r)}</code>`).join(', ')}` : ''
            }</li>`;
          },
        )
        .join('')}</ul>`
    : '';
  // Under a principle left out, each story that claims it and shows it too little, as `plan` says it.
  const short = (list: readonly ShortClaimView[]) =>
    list
      .map((c) => `<br><a href="#s${c.at}">${esc(c.storyId)}</a>${c.draft ? ' <span class="muted">(draft)</span>' : ''} ${esc(shortOfShowing(c))}: run <code>${esc(evidenceCommand(c.filePath))}</code>.`)
      .join('');
  const taken = plan.taken.length
    ? `<h3>Left out: their stories are told for other principles (${plan.taken.length})</h3><ul>${plan.taken.map((t) => `<li>${esc(t.name)}: ${t.stories.map(esc).join(', ')}${short(t.short)}</li>`).join('')}</ul><p class="muted">${
        // The same advice as `plan`'s, for a loop and for all 16; where reuse is allowed, more of it.
        loop ? 'Another story for each would cover them.' : 'Another story for each would cover them, or <code>tpm-prep plan --max-reuse 2</code>.'
      }</p>`
    : '';
  // Why a story that claims and shows a principle is told for another, as `plan` says it under its table.
  const elsewhere = plan.claimedElsewhere.length
    ? `<h3>Told for another principle than one it claims and shows (${plan.claimedElsewhere.length})</h3><ul>${plan.claimedElsewhere
        .map((c) => `<li><a href="#s${c.at}">${esc(c.storyId)}</a>${c.draft ? ' <span class="muted">(draft)</span>' : ''} ${esc(c.why)}</li>`)
        .join('')}</ul><p class="muted">The plan covers as many principles as your stories can; then a claim counts ${counted(CLAIM_BONUS, 'point')}, so the story that claims a principle wins a near tie, not a clear gap.</p>`
    : '';
  const none = plan.none.length
    ? `<h3>${m.gap}No story for ${plan.none.length}</h3><ul>${plan.none.map((x) => `<li><strong>${esc(x.name)}</strong>: ${esc(x.hint)}${short(x.short)}</li>`).join('')}</ul>`
    : '';
  const intro = loop
    ? `<p>A loop of ${counted(plan.interviewers.length, 'interviewer')} (${counted(asked, 'principle')}), planned as a whole as <code>tpm-prep plan --interviewer</code> plans it: each story told once in the loop, so a principle two interviewers probe gets two stories.</p>`
    : '<p>Which story to tell for which principle, each story once, as <code>tpm-prep plan</code> picks them (an optimal assignment on the <code>map</code> scores).</p>';
  const table = rows ? `<div class="wide"><table class="data">${head}<tbody>\n${rows}\n</tbody></table></div>` : '<p class="empty">No story shows a principle yet, so there is nothing to plan.</p>';
  return `<section id="plan" aria-labelledby="plan-h">
<h2 id="plan-h">Loop plan</h2>
${intro}
${loop ? interviewers : table}
${unready}${elsewhere}${taken}${none}
</section>`;
}

function practiceSection(p: PracticeView | null, now: Date, m: Marks): string {
  const head = `<section id="practice" aria-labelledby="practice-h">
<h2 id="practice-h">Practice</h2>`;
  if (!p) {
    return `${head}
<div class="empty"><p><strong>No practice recorded yet.</strong> Run <code>tpm-prep drill</code> in a terminal: each answer you time is recorded, and the next report charts your answer times, the share over time and your ratings here.</p></div>
</section>`;
  }
  const top = timeTop(p.principles.flatMap((x) => x.points));
  const table = p.principles
    .map(
      (x) =>
        `<tr><th scope="row">${esc(x.name)}</th><td class="num">${x.answers}</td><td class="num">${shortClock(x.medianSeconds)}</td><td class="num">${pct(x.overTime)}${x.overTime > 0.5 ? m.over : ''}</td><td class="num">${x.averageRating === null ? '–' : x.averageRating.toFixed(1)}</td><td${x.due ? ' class="due"' : ''}>${esc(nextReview(x.dueAt, now))}</td></tr>`,
    )
    .join('\n');
  const charts = p.principles
    .map((x) => `<figure><figcaption>${esc(x.name)} <span class="muted">(${counted(x.answers, 'answer')})</span></figcaption>${timeChart(`time-${x.id}`, x.name, x.points, p.from, p.to, top)}</figure>`)
    .join('\n');
  // As `stats` says it: an answer stopped before its rating is counted, in no average, and with none rated, no mean.
  const rated = p.ratings.reduce((a, b) => a + b, 0);
  const unrated = p.answers - rated;
  const stopped = unrated === 0 ? '' : ` (${stoppedPhrase(unrated, p.unchecked)})`;
  const rating = rated === 0 ? 'not rated' : `mean rating ${(p.ratings.reduce((a, n, i) => a + n * (i + 1), 0) / rated).toFixed(1)} of 5${stopped}`;
  return `${head}
<p>${counted(p.answers, 'answer')} from ${esc(day(p.from))} to ${esc(day(p.to))}; ${p.over} (${pct(p.over / p.answers)}) over time, each against the limit it was drilled with (2:00 unless drilled with <code>-t</code>), as <code>tpm-prep stats</code> counts them; ${rating}.${
    p.due.length ? ` Due for review: ${esc(duePhrases(p.due, now).join(' '))}` : ''
  }${p.never.length ? ` Never practised: ${m.names ? p.never.map((x) => esc(x.name)).join(', ') : p.never.map((x) => `<abbr title="${esc(x.name)}">${esc(x.abbrev)}</abbr>`).join(' ')}.` : ''}</p>
<div class="wide"><table class="data"><thead><tr><th scope="col">Principle</th><th scope="col" class="num">Answers</th><th scope="col" class="num">Median</th><th scope="col" class="num" title="Share of answers over the limit each was drilled with">Over time</th><th scope="col" class="num">Rating</th><th scope="col" title="When spaced repetition next asks for it, as tpm-prep stats and drill count it">Next review</th></tr></thead><tbody>
${table}
</tbody></table></div>
<h3>Answer time per principle, oldest to newest</h3>
<p class="muted">Each dot is an answer; a square is one over its limit. The dashed line is the limit the answers were drilled with (2:00 unless drilled with <code>-t</code>), and it steps where the limit changed, so a square stands above it. The time axis is shared, from the first answer to the last.</p>
<div class="charts">
${charts}
</div>
<div class="charts">
<figure><figcaption>Share of answers over time</figcaption>${overChart('over', p.principles.map((x) => ({ label: x.abbrev, over: Math.round(x.overTime * x.answers), answers: x.answers })))}</figure>
<figure><figcaption>Self-ratings</figcaption>${ratingsChart('ratings', p.ratings)}</figure>
</div>
</section>`;
}

/** "rating 3.5", or where every answer was stopped before its rating, "not rated". */
const ratingText = (average: number | null): string => (average === null ? 'not rated' : `rating ${average.toFixed(1)}`);
