#!/usr/bin/env node
// How well no-tradeoff's detector carries over to wording it was not tuned on: test/eval/probes/
// tradeoff-sentences.json holds 60 sentences that state a trade-off and 60 that state none, written blind
// (by someone who had read no rule code) on 2026-12-04. Measure with it; don't tune on it.
//
//   npm run build && node scripts/eval-probes.mjs
//
// Each sentence becomes the action of a story of its own, linted through the built CLI with only
// no-tradeoff on; a sentence "is recognised" when the rule stays silent on its story.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const probes = JSON.parse(readFileSync(join(ROOT, 'test/eval/probes/tradeoff-sentences.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'tpm-prep-probes-'));
try {
  const sides = { tradeoff: probes.tradeoff, none: probes.none };
  for (const [side, sentences] of Object.entries(sides)) {
    sentences.forEach((action, i) => {
      const id = `${side}-${i + 1}`;
      writeFileSync(join(dir, `${id}.yaml`), stringify({ id, title: id, situation: 'A project.', task: 'I owned it.', action, result: 'It shipped.' }));
    });
  }
  const config = join(dir, 'probes.tpm-prep.yaml');
  const rules = JSON.parse(run(['rules', '--format', 'json']).stdout);
  writeFileSync(config, `rules:\n${rules.map((r) => `  ${r.id}: ${r.id === 'no-tradeoff' ? 'error' : 'off'}`).join('\n')}\n`);
  const out = run(['lint', '--no-cache', '--format', 'json', '--config', config, dir]);
  if (out.status === 2 || !out.stdout.startsWith('[')) throw new Error(`lint failed: ${out.stderr}`);
  const flagged = new Set(JSON.parse(out.stdout).flatMap((f) => f.messages.filter((m) => m.ruleId === 'no-tradeoff').map((m) => m.storyId)));
  const recognised = probes.tradeoff.filter((_, i) => !flagged.has(`tradeoff-${i + 1}`)).length;
  const wronglyRecognised = probes.none.filter((_, i) => !flagged.has(`none-${i + 1}`)).length;
  process.stdout.write(
    `trade-offs recognised: ${recognised} of ${probes.tradeoff.length}\n` +
      `no-choice sentences taken for a trade-off: ${wronglyRecognised} of ${probes.none.length}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function run(cliArgs) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/tpm-prep.js'), ...cliArgs], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}
