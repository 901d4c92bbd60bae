/**
 * The report's stylesheet, inlined into the page: system fonts only, light and dark colours from
 * `prefers-color-scheme`, a layout that holds from a phone to a wide screen (the heatmap scrolls
 * sideways on its own; the page never does), and a print sheet in black on white.
 */
export const CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --card: #f6f8fa; --border: #d1d9e0; --accent: #0969da;
  --good: #1a7f37; --good-bg: #dafbe1; --warn: #8a5a00; --warn-bg: #fff8c5; --bad: #cf222e; --bad-bg: #ffebe9;
  --mark: #fff0a8; --mark-error: #ffd7d5; --track: #e6eaef; --gap-bg: #ffebe9;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --card: #151b23; --border: #3d444d; --accent: #4493f8;
    --good: #3fb950; --good-bg: #12361f; --warn: #d29922; --warn-bg: #3a2e0b; --bad: #f85149; --bad-bg: #4a1519;
    --mark: #5c4a00; --mark-error: #6b1a1f; --track: #262c36; --gap-bg: #4a1519;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
}
main, .top { max-width: 1240px; margin: 0 auto; padding: 0 20px; }
.top { padding-top: 20px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 20px 0 6px; }
.story h3 { margin: 0; }
h4 { font-size: .95rem; margin: 12px 0 6px; }
h5 { font-size: .8rem; margin: 10px 0 2px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
p { margin: 6px 0; }
a { color: var(--accent); }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; overflow-wrap: anywhere; }
.meta, .muted { color: var(--muted); font-size: .9rem; }
.note { margin: 8px 0 0; padding: 6px 10px; border-left: 3px solid var(--warn); background: var(--warn-bg); font-size: .92rem; }
nav { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 8px 0 0; font-size: .95rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 16px 0 0; }
.tile { background: var(--card); border: 1px solid var(--border); border-radius: 8px; padding: 10px 14px; }
.tile .big { font-size: 1.7rem; font-weight: 700; line-height: 1.2; }
.tile .big small { font-size: .9rem; font-weight: 400; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: .9rem; margin: 6px 0 10px; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 6px; }
.scroll { position: relative; overflow-x: auto; max-width: 100%; border: 1px solid var(--border); border-radius: 8px; }
.wide { position: relative; overflow-x: auto; max-width: 100%; }
.scroll:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; }
th, td { padding: 4px 8px; text-align: left; vertical-align: top; }
.data { width: 100%; max-width: 900px; font-size: .92rem; }
.data th, .data td { border-bottom: 1px solid var(--border); }
.data td.num, .data th.num { text-align: right; font-variant-numeric: tabular-nums; }
.heatmap { font-size: .9rem; min-width: 100%; }
.heatmap th, .heatmap td { border-bottom: 1px solid var(--border); }
.heatmap thead th { position: sticky; top: 0; background: var(--card); font-size: .8rem; text-align: center; white-space: nowrap; }
.heatmap thead th.story-col { text-align: left; }
.heatmap th[scope=row] { position: sticky; left: 0; background: var(--bg); font-weight: 500; white-space: nowrap; max-width: 16rem; overflow: hidden; text-overflow: ellipsis; }
.heatmap thead th.story-col { left: 0; z-index: 1; }
.heatmap abbr { text-decoration: none; cursor: help; }
.heatmap th.gap { background: var(--gap-bg); color: var(--bad); }
.heatmap td.c { text-align: center; min-width: 2.6rem; padding: 4px 2px; white-space: nowrap; font-variant-numeric: tabular-nums; }
.heatmap td.c small { font-size: .72rem; margin-left: 1px; }
.heatmap td.ready { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.ready.low { color: var(--bad); } .ready.mid { color: var(--warn); }
td.due { color: var(--warn); font-weight: 600; }
.heatmap tfoot th, .heatmap tfoot td { font-size: .8rem; text-align: center; color: var(--muted); border-bottom: 0; }
.heatmap tfoot th { text-align: left; background: var(--bg); }
.heatmap tfoot td.gap { color: var(--bad); font-weight: 700; background: var(--gap-bg); }
.heatmap tfoot td.claimed-only { color: var(--bad); font-weight: 700; }
.c.both { background: var(--good-bg); color: var(--good); }
.c.claimed { background: var(--bad-bg); color: var(--bad); }
.c.inferred { background: var(--warn-bg); color: var(--warn); }
.c.none { color: var(--muted); }
.c.strong { font-weight: 700; }
.swatch { display: inline-block; min-width: 1.8rem; text-align: center; border-radius: 4px; padding: 0 4px; }
.story { border: 1px solid var(--border); border-radius: 8px; padding: 14px 16px; margin: 14px 0; break-inside: avoid; }
.story > header { display: flex; gap: 12px; align-items: flex-start; justify-content: space-between; }
.story .where { margin: 2px 0 0; color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.score { flex: none; text-align: right; font-variant-numeric: tabular-nums; }
.score b { font-size: 1.6rem; }
.score.high b { color: var(--good); } .score.mid b { color: var(--warn); } .score.low b { color: var(--bad); }
.axes { display: grid; grid-template-columns: 6.5rem minmax(60px, 220px) 3.5rem; gap: 2px 10px; align-items: center; font-size: .85rem; margin: 8px 0 0; }
.meter { height: 10px; background: var(--track); border-radius: 5px; overflow: hidden; }
.meter span { display: block; height: 100%; background: var(--accent); }
.story-body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 4px 28px; }
@media (min-width: 900px) { .story-body { grid-template-columns: minmax(0, 5fr) minmax(0, 7fr); } }
.findings ol { margin: 0; padding-left: 0; list-style: none; }
.findings li { margin: 0 0 8px; padding: 4px 0 4px 10px; border-left: 3px solid var(--warn); overflow-wrap: anywhere; font-size: .92rem; }
.findings li.error { border-left-color: var(--bad); }
.sev { font-weight: 600; white-space: nowrap; }
.error .sev { color: var(--bad); } .warning .sev { color: var(--warn); }
.rule, .at { color: var(--muted); font-size: .85rem; white-space: nowrap; }
.clean { color: var(--good); font-weight: 600; }
.text p { margin: 0 0 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; border-radius: 2px; padding: 0 1px; text-decoration: underline wavy var(--warn); text-underline-offset: 3px; }
mark.error { background: var(--mark-error); text-decoration-color: var(--bad); }
sup.fn { font-size: .7rem; font-weight: 700; }
sup.fn a { text-decoration: none; }
.flag { color: var(--bad); font-weight: 700; text-transform: none; letter-spacing: 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px 20px; }
figure { margin: 0; }
figcaption { font-size: .85rem; font-weight: 600; }
svg.chart { max-width: 100%; height: auto; display: block; }
.chart text { fill: var(--fg); font-size: 11px; font-family: inherit; }
.chart .tick { fill: var(--muted); font-size: 10px; }
.chart .axis { stroke: var(--border); stroke-width: 1; }
.chart .limit { stroke: var(--bad); stroke-width: 1; stroke-dasharray: 4 3; }
.chart .series { fill: none; stroke: var(--accent); stroke-width: 2; }
.chart .point { fill: var(--accent); }
.chart .point.over { fill: var(--bad); }
.chart .track { fill: var(--track); }
.chart .bar { fill: var(--accent); }
.chart .bar.high { fill: var(--bad); }
.empty { background: var(--card); border: 1px dashed var(--border); border-radius: 8px; padding: 14px 16px; }
footer { max-width: 1240px; margin: 32px auto 24px; padding: 0 20px; color: var(--muted); font-size: .85rem; }
@media (max-width: 600px) {
  body { font-size: 14px; }
  main, .top, footer { padding: 0 12px; }
  .top { padding-top: 12px; }
  .story { padding: 10px 12px; }
  .axes { grid-template-columns: 5.5rem minmax(40px, 1fr) 3.2rem; }
  .tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
  .tile .big { font-size: 1.4rem; }
  .heatmap th[scope=row] { max-width: 8.5rem; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #333; --card: #fff; --border: #999; --accent: #000; --track: #ddd; }
  body { font-size: 10pt; background: #fff; color: #000; }
  nav, .no-print { display: none; }
  a { color: #000; text-decoration: none; }
  .scroll, .wide { overflow: visible; border: 0; }
  .heatmap thead th, .heatmap th[scope=row] { position: static; background: #fff; }
  .c.both, .c.claimed, .c.inferred, .c.none, .heatmap th.gap, .heatmap tfoot td.gap { background: #fff; color: #000; }
  .note { background: #fff; border-color: #000; }
  mark, mark.error { background: #fff; color: #000; text-decoration: underline solid #000; font-weight: 600; }
  .story, figure, .tile, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  .chart .series { stroke: #000; } .chart .point, .chart .bar { fill: #000; } .chart .bar.high, .chart .point.over { fill: #555; }
}
`;
