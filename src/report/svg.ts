/**
 * Inline SVG charts for the practice history, as strings. Each chart is `role="img"` with a `<title>`
 * and a `<desc>` that say in words what it shows, and every bar or point carries its number as text,
 * so colour is never the only signal. Colours come from the page's CSS classes, so dark mode and print
 * restyle them. Pure.
 */
import { calendarDay } from '../drill/days.js';
import { shortClock } from '../drill/timer.js';
import { counted } from '../text/show.js';
import { escapeHtml as esc } from './escape.js';

const round = (n: number) => Math.round(n * 10) / 10;
/** The height a tick label needs, its 10px text (style.ts's `.chart .tick`) and a pixel between two. */
const TICK_LINE = 11;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "8 Nov": the date `ms` falls on in the local time zone (TZ), as stats and drill count days (the history's times are UTC). */
const shortDay = (ms: number) => {
  // calendarDay counts the local date's days since 1970: read back at UTC midnight, it is that date.
  const d = new Date(calendarDay(ms) * 86_400_000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
};

/** `id` is unique in the page: the chart's title and description are named by it for aria-labelledby. */
function frame(id: string, width: number, height: number, title: string, desc: string, body: string, cls: string): string {
  const t = `${id}-title`;
  const d = `${id}-desc`;
  return (
    `<svg class="chart ${cls}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${t} ${d}" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${t}">${esc(title)}</title><desc id="${d}">${esc(desc)}</desc>${body}</svg>`
  );
}

export interface TimePoint {
  /** Milliseconds since the epoch. */
  readonly at: number;
  readonly seconds: number;
  /** The time limit it was drilled with (its `-t`). */
  readonly limit: number;
  /** Whether it ran over that limit, as `stats` counts it. */
  readonly over: boolean;
}

/**
 * The top of the time axis for these answers: the longest, or a quarter above the highest limit. Give every
 * chart the whole history's, so they share a scale.
 */
export function timeTop(points: readonly TimePoint[]): number {
  return Math.max(1, ...points.map((p) => Math.max(p.seconds, p.limit * 1.25)));
}

/**
 * Answer seconds over time for one principle: a line through each answer, a dashed line at the limit each was
 * drilled with (stepping where the limit changed, so a point above it is over its own limit, and drawn as a
 * square), and the first and last times as text. `from`/`to` and `top` are shared by every principle's chart,
 * so they line up.
 */
export function timeChart(id: string, name: string, points: readonly TimePoint[], from: number, to: number, top: number): string {
  const width = 280;
  const height = 110;
  const pad = { left: 34, right: 10, top: 14, bottom: 20 };
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const sorted = [...points].sort((a, b) => a.at - b.at);
  const scale = Math.max(top, timeTop(sorted));
  const x = (at: number) => round(pad.left + (to === from ? w / 2 : ((at - from) / (to - from)) * w));
  const y = (s: number) => round(pad.top + h - (Math.min(s, scale) / scale) * h);
  // Each run of answers drilled with one limit: its dashed segment, changing halfway between two answers, so
  // each answer stands clear of a step.
  const runs: { limit: number; x1: number; x2: number }[] = [];
  sorted.forEach((p, i) => {
    const last = runs.at(-1);
    if (last?.limit === p.limit) return;
    const step = i === 0 ? pad.left : round((x(sorted[i - 1]!.at) + x(p.at)) / 2);
    if (last) last.x2 = step;
    runs.push({ limit: p.limit, x1: step, x2: pad.left + w });
  });
  const parts: string[] = [];
  parts.push(`<line class="axis" x1="${pad.left}" y1="${pad.top + h}" x2="${pad.left + w}" y2="${pad.top + h}"/>`);
  for (const r of runs) parts.push(`<line class="limit" x1="${r.x1}" y1="${y(r.limit)}" x2="${r.x2}" y2="${y(r.limit)}"/>`);
  // Each limit named on the axis, unless it would print over a label already there: the labels' baselines, "0"'s
  // at the axis and a limit's 4 below its line, stand a line of the ticks' 10px text apart.
  const baselines = [pad.top + h];
  for (const limit of new Set(runs.map((r) => r.limit))) {
    const baseline = y(limit) + 4;
    if (baselines.some((at) => Math.abs(at - baseline) < TICK_LINE)) continue;
    baselines.push(baseline);
    parts.push(`<text class="tick" x="${pad.left - 4}" y="${baseline}" text-anchor="end">${esc(shortClock(limit))}</text>`);
  }
  parts.push(`<text class="tick" x="${pad.left - 4}" y="${pad.top + h}" text-anchor="end">0</text>`);
  if (sorted.length > 1) parts.push(`<polyline class="series" points="${sorted.map((p) => `${x(p.at)},${y(p.seconds)}`).join(' ')}"/>`);
  for (const p of sorted) {
    // Over its limit: a square, not only a colour.
    parts.push(
      p.over
        ? `<rect class="point over" x="${x(p.at) - 3.5}" y="${y(p.seconds) - 3.5}" width="7" height="7"><title>${esc(`${shortClock(p.seconds)}, over its ${shortClock(p.limit)} limit`)}</title></rect>`
        : `<circle class="point" cx="${x(p.at)}" cy="${y(p.seconds)}" r="3.5"><title>${esc(`${shortClock(p.seconds)}, within its ${shortClock(p.limit)} limit`)}</title></circle>`,
    );
  }
  // The shared time axis: the first and last day of the whole history.
  parts.push(`<text class="tick" x="${pad.left}" y="${height - 4}">${esc(shortDay(from))}</text>`);
  if (to !== from) parts.push(`<text class="tick" x="${pad.left + w}" y="${height - 4}" text-anchor="end">${esc(shortDay(to))}</text>`);
  // The latest answer's time, as text beside its point.
  const last = sorted.at(-1);
  if (last) {
    const lx = x(last.at);
    const right = lx > pad.left + w * 0.7;
    parts.push(`<text class="value" x="${right ? lx - 7 : lx + 7}" y="${y(last.seconds) - 6}" text-anchor="${right ? 'end' : 'start'}">${esc(shortClock(last.seconds))}</text>`);
  }
  const over = sorted.filter((p) => p.over).length;
  const one = runs.length === 1;
  const times = sorted.map((p) => (one ? shortClock(p.seconds) : `${shortClock(p.seconds)} (limit ${shortClock(p.limit)})`)).join(', ');
  const desc =
    sorted.length === 0
      ? 'No answers.'
      : `${counted(sorted.length, 'answer')}, oldest first: ${times}; ${over} over ${
          one ? `the ${shortClock(runs[0]!.limit)} limit (the dashed line).` : 'the limit each was drilled with (the dashed line, which steps where it changed).'
        }`;
  return frame(id, width, height, `Answer time for ${name}`, desc, parts.join(''), 'time');
}

export interface ShareRow {
  readonly label: string;
  readonly over: number;
  readonly answers: number;
}

/** The share of answers over their time limit, one bar per principle, each labelled "67% (2 of 3)". */
export function overChart(id: string, rows: readonly ShareRow[]): string {
  const row = 24;
  const labelW = 40;
  const barW = 150;
  const width = labelW + barW + 90;
  const height = Math.max(1, rows.length) * row + 6;
  const parts = rows.map((r, i) => {
    const share = r.answers === 0 ? 0 : r.over / r.answers;
    const yy = 4 + i * row;
    const len = round(share * barW);
    const pct = `${Math.round(share * 100)}%`;
    return (
      `<text class="label" x="${labelW - 6}" y="${yy + 15}" text-anchor="end">${esc(r.label)}</text>` +
      `<rect class="track" x="${labelW}" y="${yy + 3}" width="${barW}" height="16"/>` +
      (len > 0 ? `<rect class="bar${share > 0.5 ? ' high' : ''}" x="${labelW}" y="${yy + 3}" width="${len}" height="16"/>` : '') +
      `<text class="value" x="${labelW + barW + 6}" y="${yy + 15}">${esc(`${pct} (${r.over} of ${r.answers})`)}</text>`
    );
  });
  const desc = rows.length === 0 ? 'No answers.' : rows.map((r) => `${r.label} ${r.answers === 0 ? 0 : Math.round((r.over / r.answers) * 100)}% (${r.over} of ${r.answers})`).join('; ') + '.';
  return frame(id, width, height, 'Share of answers over their time limit, per principle', desc, parts.join(''), 'over');
}

/** How many answers got each self-rating, 1 to 5: a bar per rating with its count above it. */
export function ratingsChart(id: string, counts: readonly number[]): string {
  const width = 300;
  const height = 150;
  const pad = { left: 10, right: 10, top: 22, bottom: 24 };
  const slot = (width - pad.left - pad.right) / 5;
  const h = height - pad.top - pad.bottom;
  const max = Math.max(1, ...counts);
  const parts: string[] = [`<line class="axis" x1="${pad.left}" y1="${pad.top + h}" x2="${width - pad.right}" y2="${pad.top + h}"/>`];
  counts.forEach((n, i) => {
    const bh = round((n / max) * h);
    const x = round(pad.left + i * slot + slot * 0.2);
    const bw = round(slot * 0.6);
    if (n > 0) parts.push(`<rect class="bar rating-${i + 1}" x="${x}" y="${round(pad.top + h - bh)}" width="${bw}" height="${bh}"/>`);
    parts.push(`<text class="value" x="${round(x + bw / 2)}" y="${round(pad.top + h - bh - 5)}" text-anchor="middle">${n}</text>`);
    parts.push(`<text class="tick" x="${round(x + bw / 2)}" y="${height - 6}" text-anchor="middle">${i + 1}</text>`);
  });
  const total = counts.reduce((a, b) => a + b, 0);
  const desc = `${total} rated answer${total === 1 ? '' : 's'}: ${counts.map((n, i) => `${n} rated ${i + 1}`).join(', ')}.`;
  return frame(id, width, height, 'Self-ratings, 1 (poor) to 5 (strong)', desc, parts.join(''), 'ratings');
}
