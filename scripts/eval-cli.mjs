// What the eval scripts share: running the built CLI, and a config of their own that sets each rule's level,
// so the user's .tpm-prep.yaml plays no part.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The hold-out folders in `evalDir` (holdout, holdout2, …), in the order they were written. */
export function holdoutSplits(evalDir) {
  return readdirSync(evalDir).filter((d) => /^holdout\d*$/.test(d)).sort((a, b) => a.length - b.length || a.localeCompare(b));
}

/** The built CLI run with `cliArgs` from the repo root, without colour. */
export function run(cliArgs) {
  // map --format json on dev is most of a megabyte already: room for the eval set to grow.
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/tpm-prep.js'), ...cliArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw new Error(`tpm-prep ${cliArgs.join(' ')}: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every rule, as `tpm-prep rules --format json` lists them: id and default severity. */
export function listRules() {
  return JSON.parse(run(['rules', '--format', 'json']).stdout);
}

/** Writes a config at `path` giving each rule the level `levelOf(rule)` returns: off, warn or error. */
export function writeRulesConfig(path, rules, levelOf) {
  writeFileSync(path, `rules:\n${rules.map((r) => `  ${r.id}: ${levelOf(r)}`).join('\n')}\n`);
}
