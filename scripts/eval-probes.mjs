#!/usr/bin/env node
// How well no-tradeoff's detector carries over to wording it was not tuned on: test/eval/probes/
// tradeoff-sentences.json holds 60 sentences that state a trade-off and 60 that state none, written blind
// (by someone who had read no rule code) on 2026-12-04. Measure with it; don't tune on it.
//
//   npm run build && node scripts/eval-probes.mjs
//
// Each sentence becomes the action of a story of its own, linted through the built CLI with only
// no-tradeoff on; a sentence "is recognised" when the rule stays silent on its story.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ROOT, listRules, run, writeRulesConfig } from './eval-cli.mjs';

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
  writeRulesConfig(config, listRules(), (r) => (r.id === 'no-tradeoff' ? 'error' : 'off'));
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
