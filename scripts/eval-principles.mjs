#!/usr/bin/env node
// npm run eval:principles: how well the principle inference agrees with the principles the eval stories
// claim (`lps:`). The claims were written by the stories' authors, not labelled as evidence, so this is a
// proxy, not a precision and recall: a claim can be wishful, and a story can show a principle it doesn't
// claim. It prints, per split and for the hold-outs together:
//   claims shown   the share of claims the text supports (score >= 3): the claims `unsupported-principle`
//                  leaves alone;
//   mapped claimed the share of the principles a story maps to (its top 3 at score >= 3) that it claims;
//   unmapped       stories that map to no principle at all.
// Everything comes from `map --format json`: a story's `inferred` is its top three, then any other principle
// it claims and shows (highest score first), which is what lint's `unsupported-principle` checks a claim by.
// It is a report, not a gate: it always exits 0.
//
//   node scripts/eval-principles.mjs [--split dev]   every split, or one
//   node scripts/eval-principles.mjs --by-lp         also the same figures per principle, over the splits run
//   node scripts/eval-principles.mjs --split dev --misses ID
//                                                    the dev stories that claim principle ID and don't show it
//                                                    (never on a hold-out)
import { join } from 'node:path';
import { ROOT, holdoutSplits, run } from './eval-cli.mjs';

const EVAL = 'test/eval';
// A story maps to at most this many principles (MAX_INFERRED in src/principles/infer.ts).
const MAPPED = 3;
const args = process.argv.slice(2);
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
if (args.includes('--split') && (splitArg === undefined || splitArg.startsWith('--'))) {
  console.error('eval-principles: --split takes a split: dev, holdout, holdout2…');
  process.exit(2);
}
const SPLITS = splitArg ? [splitArg] : ['dev', ...holdoutSplits(join(ROOT, EVAL))];
const byLp = args.includes('--by-lp');
const missesOf = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
if (missesOf && splitArg !== 'dev') {
  console.error('eval-principles: --misses lists dev stories only: add --split dev');
  process.exit(2);
}

const empty = () => ({ stories: 0, claims: 0, shown: 0, mapped: 0, mappedClaimed: 0, unmapped: 0 });
const add = (sum, r) => Object.fromEntries(Object.keys(sum).map((k) => [k, sum[k] + r[k]]));
const perLp = {};
const rows = SPLITS.map((split) => ({ split, ...measure(split) }));
const holdouts = rows.filter((r) => r.split !== 'dev');
if (holdouts.length > 1) rows.push({ ...holdouts.reduce(add, empty()), split: 'hold-outs together' });

const pct = (n, d) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(0).padStart(3)}% `);
console.log('split                stories  claims  claims shown  mapped  mapped claimed  unmapped');
for (const r of rows) {
  console.log(
    `${r.split.padEnd(20)} ${String(r.stories).padStart(7)} ${String(r.claims).padStart(7)}  ${pct(r.shown, r.claims).padStart(12)} ${String(r.mapped).padStart(7)}  ${pct(r.mappedClaimed, r.mapped).padStart(14)} ${String(r.unmapped).padStart(9)}`,
  );
}
if (byLp) {
  console.log('\nprinciple                                     claims  claims shown  mapped  mapped claimed');
  for (const [id, r] of Object.entries(perLp).sort((a, b) => b[1].claims - a[1].claims)) {
    console.log(`${id.padEnd(44)} ${String(r.claims).padStart(7)}  ${pct(r.shown, r.claims).padStart(12)} ${String(r.mapped).padStart(7)}  ${pct(r.mappedClaimed, r.mapped).padStart(14)}`);
  }
}

function measure(split) {
  const map = run(['map', '--format', 'json', `${EVAL}/${split}`]);
  if (map.status === 2 || !map.stdout.startsWith('{')) throw new Error(`map failed on ${split}: ${map.stderr}`);
  const total = empty();
  const lp = (id) => (perLp[id] ??= empty());
  for (const story of JSON.parse(map.stdout).stories) {
    const shown = new Set(story.inferred.map((p) => p.id));
    const mapped = story.inferred.slice(0, MAPPED);
    total.stories += 1;
    total.claims += story.declared.length;
    total.mapped += mapped.length;
    if (mapped.length === 0) total.unmapped += 1;
    for (const id of story.declared) {
      lp(id).claims += 1;
      if (shown.has(id)) {
        total.shown += 1;
        lp(id).shown += 1;
      } else if (id === missesOf) console.log(`${story.filePath}  (${mapped.map((p) => `${p.id} ${p.score}`).join(', ') || 'maps to nothing'})`);
    }
    for (const p of mapped) {
      lp(p.id).mapped += 1;
      if (story.declared.includes(p.id)) {
        total.mappedClaimed += 1;
        lp(p.id).mappedClaimed += 1;
      }
    }
  }
  return total;
}
