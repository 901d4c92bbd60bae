#!/usr/bin/env node
// npm run eval:principles: how well the principle inference agrees with the principles the eval stories
// claim (`lps:`). The claims were written by the stories' authors, not labelled as evidence, so this is a
// proxy, not a precision and recall: a claim can be wishful, and a story can show a principle it doesn't
// claim. It prints, per split and for the hold-outs together:
//   claims shown   the share of claims the text supports (score >= 3): the claims `unsupported-principle`
//                  leaves alone;
//   mapped claimed the share of the principles `map` infers for a story (its top 3 at score >= 3) that the
//                  story claims;
//   unmapped       stories that map to no principle at all.
// It is a report, not a gate: it always exits 0.
//
//   node scripts/eval-principles.mjs [--split dev]   every split, or one
//   node scripts/eval-principles.mjs --by-lp         also the same figures per principle, over the splits run
//   node scripts/eval-principles.mjs --split dev --misses ID
//                                                    the dev stories that claim principle ID and don't show it
//                                                    (never on a hold-out)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, holdoutSplits, listRules, run, writeRulesConfig } from './eval-cli.mjs';

const EVAL = 'test/eval';
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
const perLp = {};
const names = Object.fromEntries(JSON.parse(run(['lps', '--format', 'json']).stdout).map((p) => [p.name, p.id]));
const lpRow = (id) => (perLp[id] ??= { claims: 0, unsupported: 0, mapped: 0, mappedClaimed: 0 });

const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-eval-lps-'));
const config = join(dir, 'eval.tpm-prep.yaml');
writeRulesConfig(config, listRules(), (r) => (r.id === 'unsupported-principle' ? 'warn' : 'off'));

const rows = [];
try {
  for (const split of SPLITS) rows.push({ split, ...measure(split) });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const holdouts = rows.filter((r) => r.split !== 'dev');
if (holdouts.length > 1) rows.push(holdouts.reduce((sum, r) => ({ split: 'hold-outs together', stories: sum.stories + r.stories, claims: sum.claims + r.claims, unsupported: sum.unsupported + r.unsupported, mapped: sum.mapped + r.mapped, mappedClaimed: sum.mappedClaimed + r.mappedClaimed, unmapped: sum.unmapped + r.unmapped })));

const pct = (n, d) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(0).padStart(3)}% `);
console.log('split                stories  claims  claims shown  mapped  mapped claimed  unmapped');
for (const r of rows) {
  console.log(
    `${r.split.padEnd(20)} ${String(r.stories).padStart(7)} ${String(r.claims).padStart(7)}  ${pct(r.claims - r.unsupported, r.claims).padStart(12)} ${String(r.mapped).padStart(7)}  ${pct(r.mappedClaimed, r.mapped).padStart(14)} ${String(r.unmapped).padStart(9)}`,
  );
}

if (byLp) {
  console.log('\nprinciple                                     claims  claims shown  mapped  mapped claimed');
  for (const [id, r] of Object.entries(perLp).sort((a, b) => b[1].claims - a[1].claims)) {
    console.log(`${id.padEnd(44)} ${String(r.claims).padStart(7)}  ${pct(r.claims - r.unsupported, r.claims).padStart(12)} ${String(r.mapped).padStart(7)}  ${pct(r.mappedClaimed, r.mapped).padStart(14)}`);
  }
}

function measure(split) {
  const lint = run(['lint', '--format', 'json', '--no-cache', '--config', config, `${EVAL}/${split}`]);
  if (lint.status === 2 || !lint.stdout.startsWith('[')) throw new Error(`lint failed on ${split}: ${lint.stderr}`);
  const unsupportedClaims = JSON.parse(lint.stdout)
    .flatMap((file) => file.messages)
    .filter((m) => m.ruleId === 'unsupported-principle' && m.message.startsWith('You claim'));
  const unsupported = unsupportedClaims.length;
  const map = run(['map', '--format', 'json', `${EVAL}/${split}`]);
  if (map.status === 2 || !map.stdout.startsWith('{')) throw new Error(`map failed on ${split}: ${map.stderr}`);
  const { stories } = JSON.parse(map.stdout);
  let claims = 0;
  let mapped = 0;
  let mappedClaimed = 0;
  let unmapped = 0;
  // Which claim a finding is about: its message names the principle.
  const unshown = new Set(unsupportedClaims.map((m) => `${m.storyId}\0${names[/^You claim (.*?), but/.exec(m.message)[1]]}`));
  for (const story of stories) {
    claims += story.declared.length;
    for (const id of story.declared) {
      lpRow(id).claims += 1;
      if (unshown.has(`${story.id}\0${id}`)) {
        lpRow(id).unsupported += 1;
        if (id === missesOf) console.log(`${story.filePath}  (${story.inferred.map((p) => `${p.id} ${p.score}`).join(', ') || 'maps to nothing'})`);
      }
    }
    for (const p of story.inferred) {
      lpRow(p.id).mapped += 1;
      if (story.declared.includes(p.id)) lpRow(p.id).mappedClaimed += 1;
    }
    mapped += story.inferred.length;
    mappedClaimed += story.inferred.filter((p) => story.declared.includes(p.id)).length;
    if (story.inferred.length === 0) unmapped += 1;
  }
  return { stories: stories.length, claims, unsupported, mapped, mappedClaimed, unmapped };
}
