import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    // Timeouts measure wall time, and the suite runs on 2-core machines under load (a trial ran it at a load
    // of 4.6, where a process gets well under a core). 20 s is for a test that does its own work in a few
    // seconds: a unit test, or a handful of CLI runs. A test that does more says what and sets its own, sized
    // at about three times what it takes at that load: a bank of two hundred stories through the rules
    // (test/lint/readiness.test.ts), chains of CLI runs over full stories (test/e2e/cache.test.ts), git commits
    // through a hook (test/e2e/init.test.ts, test/e2e/precommit.test.ts), npm installs (precommit again).
    testTimeout: 20_000,
    // A hook that cleans up or sets up more than a folder of a few files sets its own too (precommit's).
    hookTimeout: 10_000,
    // Concurrent tests (describe.concurrent, in the e2e files) each run the CLI, which is CPU-bound: more of them
    // at once than there are cores finish no sooner, and each takes longer against its timeout. One a core; the
    // CLI runs themselves take turns too (test/e2e/support.ts).
    maxConcurrency: Math.max(2, availableParallelism()),
  },
});
