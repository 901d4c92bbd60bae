#!/usr/bin/env node
// The readiness checks a lint rule asks too (RULE_OF_CHECK in src/lint/readiness-report.ts) are the same gap: each
// rule reports a story exactly when the check it is paired with falls short (for no-scope: earns nothing). This
// checks it over every story at hand: the bank, the fixtures and all of the eval's dev split. The test of the pairs
// (test/lint/readiness.test.ts) reads a fixed eighth of dev, as every dev story costs some 10 ms of CPU; `npm run
// eval` runs this over all of it. The rules and the score are bundled from src/ with esbuild, by
// scripts/train-data.mjs's importSource, which bundles the text functions for training too.
//
//   node scripts/readiness-pairs.mjs     exit 1 if a rule and its check disagree on any story, naming each
import { pathToFileURL } from 'node:url';
import { ROOT, importSource } from './train-data.mjs';

/** Where the stories are: the test reads these too, with a sample of test/eval/dev in place of all of it. */
const FOLDERS = ['stories', 'test/fixtures/weak', 'test/fixtures/not-ready', 'test/fixtures/e2e/bank', 'test/fixtures/redact', 'test/fixtures/principles', 'test/eval/dev'];

async function loadSource() {
  return importSource(
    [
      "export { loadBank } from './src/bank/load.ts';",
      "export { readiness } from './src/lint/readiness.ts';",
      "export { RULE_OF_CHECK, missingParts } from './src/lint/readiness-report.ts';",
      "export { findRule } from './src/lint/rules/index.ts';",
    ],
    // The YAML parser is CommonJS and calls require(); give it one that resolves from the repository.
    { banner: { js: `import { createRequire as __cr } from 'node:module'; const require = __cr(${JSON.stringify(pathToFileURL(`${ROOT}/`).href)});` } },
  );
}

/**
 * Every story in FOLDERS put to each paired rule and scored: how many were read, the rules that reported some story,
 * and each disagreement, as `file story: rule reported|did not report, check short|met`.
 */
export async function checkReadinessPairs() {
  const { loadBank, readiness, RULE_OF_CHECK, missingParts, findRule } = await loadSource();
  const bank = loadBank(FOLDERS, ROOT);
  const pairs = Object.entries(RULE_OF_CHECK);
  const disagreements = [];
  const seen = new Set();
  let stories = 0;
  for (const file of bank.files) {
    for (const { story } of file.stories) {
      stories++;
      const parts = readiness(story).parts;
      for (const [check, id] of pairs) {
        let reported = false;
        findRule(id).check(story, () => (reported = true), undefined);
        const short = check === 'teams' ? parts.teams === 0 : missingParts(parts).some((m) => m.check === check);
        if (reported) seen.add(id);
        if (reported !== short) disagreements.push(`${file.path} ${story.id}: ${id} ${reported ? 'reported' : 'did not report'}, ${check} ${short ? 'short' : 'met'}`);
      }
    }
  }
  const silent = pairs.map(([, id]) => id).filter((id) => !seen.has(id));
  return { stories, pairs: pairs.length, disagreements, silent };
}

/** The result in a line, and each disagreement under it; whether it passed. */
export function describePairs({ stories, pairs, disagreements, silent }) {
  const lines = [];
  if (disagreements.length === 0 && silent.length === 0) lines.push(`Readiness pairs: each of ${pairs} rules reports a story exactly when its check falls short, over ${stories} stories.`);
  else lines.push(`Readiness pairs: ${disagreements.length} disagreements over ${stories} stories${silent.length ? `; reported no story: ${silent.join(', ')}` : ''}.`);
  for (const line of disagreements) lines.push(`  ${line}`);
  return { text: lines.join('\n'), ok: disagreements.length === 0 && silent.length === 0 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { text, ok } = describePairs(await checkReadinessPairs());
  process.stdout.write(`${text}\n`);
  process.exitCode = ok ? 0 : 1;
}
