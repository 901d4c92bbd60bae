// End-to-end tests run the real CLI, which is the bundle: build it once before any test runs. The lint
// cache of every CLI the tests start goes to a throwaway folder, not the user's ~/.cache.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const cache = mkdtempSync(join(tmpdir(), 'tpm-prep-test-cache-'));
  process.env.XDG_CACHE_HOME = cache;
  // stats, drill and report count days on the local calendar: a test at a fixed time reads the same on any
  // machine in UTC. (The CLI runs of test/helpers.ts' cli take a zone where it is evening: see cliEnv.)
  process.env.TZ = 'UTC';
  return () => rmSync(cache, { recursive: true, force: true });
}
