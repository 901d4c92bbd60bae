// Checks the hand-labelled eval set: YAML shape of every story, ids, labels.yaml coverage, per-rule counts.
// Run from the repo root: node test/eval/validate-eval.mjs
import { parse, parseDocument } from 'yaml';
import fs from 'fs'; import path from 'path';
import { holdoutSplits } from '../../scripts/eval-cli.mjs';
const root = path.dirname(new URL(import.meta.url).pathname);
const ALLOWED = new Set(['id','title','lps','situation','task','action','result','partners','tradeoff','learned','tags','draft']);
const RULES = ['missing-metric','we-instead-of-i','no-named-partner','no-tradeoff','hedging','too-long','missing-section','vague-outcome','no-scope','failure-without-lesson','passive-voice','unsourced-metric'];
const LPS = new Set('customer-obsession ownership invent-and-simplify are-right-a-lot learn-and-be-curious hire-and-develop-the-best insist-on-the-highest-standards think-big bias-for-action frugality earn-trust dive-deep have-backbone-disagree-and-commit deliver-results strive-to-be-earths-best-employer success-and-scale-bring-broad-responsibility'.split(' '));
let errs = [];
const stories = {};
const SPLITS = ['dev', ...holdoutSplits(root)];
for (const split of SPLITS) {
  // A working copy may hold one split only (a helper tuning on dev has no hold-out).
  if (!fs.existsSync(path.join(root, split))) { console.log(`no ${split}/ folder: skipped`); continue; }
  for (const f of fs.readdirSync(path.join(root, split)).sort()) {
    const p = path.join(root, split, f);
    if (!f.endsWith('.yaml')) { errs.push(`${p}: not .yaml`); continue; }
    const doc = parseDocument(fs.readFileSync(p,'utf8'));
    if (doc.errors.length) { errs.push(`${p}: ${doc.errors.map(e=>e.message)}`); continue; }
    const s = doc.toJS();
    if (!s || typeof s !== 'object' || Array.isArray(s)) { errs.push(`${p}: not a mapping`); continue; }
    for (const k of Object.keys(s)) if (!ALLOWED.has(k)) errs.push(`${p}: bad key ${k}`);
    const stem = f.replace(/\.yaml$/,'');
    if (s.id !== stem) errs.push(`${p}: id ${s.id} != ${stem}`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem)) errs.push(`${p}: not kebab`);
    if (typeof s.title !== 'string' || !s.title) errs.push(`${p}: no title`);
    for (const k of ['situation','task','action','result','tradeoff','learned']) if (k in s && typeof s[k] !== 'string') errs.push(`${p}: ${k} not string`);
    // A list, or one line with commas (the story format takes both: `tags: failure, launch`).
    const list = (v) => (typeof v === 'string' ? v.split(',').map((x) => x.trim()) : v);
    if ('lps' in s) for (const l of list(s.lps)) if (!LPS.has(l)) errs.push(`${p}: bad lp ${l}`);
    if ('tags' in s && !Array.isArray(list(s.tags))) errs.push(`${p}: tags neither a list nor one line`);
    if ('draft' in s && typeof s.draft !== 'boolean') errs.push(`${p}: draft not bool`);
    if ('partners' in s) for (const x of s.partners) if (!(typeof x === 'string' || (x && typeof x.name === 'string'))) errs.push(`${p}: bad partner`);
    const words = ['situation','task','action','result','tradeoff','learned'].reduce((a,k)=>a+((s[k]||'').trim().split(/\s+/).filter(Boolean).length),0);
    stories[`${split}/${stem}`] = { words };
  }
}
const ids = Object.keys(stories).map(k=>k.split('/')[1]);
if (new Set(ids).size !== ids.length) errs.push('duplicate ids across splits');
const labels = parse(fs.readFileSync(path.join(root,'labels.yaml'),'utf8'));
for (const k of Object.keys(labels)) {
  if (!(k in stories)) errs.push(`labels: ${k} has no story`);
  if (!Array.isArray(labels[k])) { errs.push(`labels: ${k} not a list`); continue; }
  if (new Set(labels[k]).size !== labels[k].length) errs.push(`labels: ${k} duplicate rule`);
  for (const r of labels[k]) if (!RULES.includes(r)) errs.push(`labels: ${k} unknown rule ${r}`);
}
for (const k of Object.keys(stories)) if (!(k in labels)) errs.push(`labels: missing ${k}`);
// too-long consistency check vs word count
for (const [k,v] of Object.entries(stories)) {
  const lab = (labels[k]||[]).includes('too-long');
  if (lab !== (v.words > 225)) errs.push(`too-long mismatch ${k} words=${v.words}`);
  if (v.words >= 300 && !lab) errs.push(`${k} >=300 words but not too-long`);
}
const n = s => Object.keys(stories).filter(k=>k.startsWith(s)).length;
console.log(`stories: ${SPLITS.map((s) => `${s}=${n(`${s}/`)}`).join(' ')}`);
console.log('rule'.padEnd(24), ...SPLITS.map((s) => s.padStart(8)), 'total');
for (const r of RULES) {
  const c = s => Object.entries(labels).filter(([k,v])=>k.startsWith(s) && v.includes(r)).length;
  console.log(r.padEnd(24), ...SPLITS.map((s) => String(c(`${s}/`)).padStart(8)), String(c('')).padStart(5));
}
const clean = s => Object.entries(labels).filter(([k,v])=>k.startsWith(s) && v.length===0).length;
console.log('clean []'.padEnd(24), ...SPLITS.map((s) => String(clean(`${s}/`)).padStart(8)), String(clean('')).padStart(5));
console.log(errs.length ? 'ERRORS:\n'+errs.join('\n') : 'OK: all checks passed');
