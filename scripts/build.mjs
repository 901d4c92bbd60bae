// Bundles src/ into dist/ as ESM. Runs at `prepare`, so `npm install` (and pre-commit's
// install) leaves a ready CLI. Commands are loaded lazily and land in their own chunks.
//
// It builds into a fresh temporary folder and then swaps it in, so no chunk from an earlier build
// lingers, and a test run that is using dist/ never sees it half-written.
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { precompileQuestions } from './precompile-questions.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const staging = `dist.${process.pid}.tmp`;
const retired = `dist.${process.pid}.old`;

try {
  await build({
    entryPoints: ['src/cli.ts'],
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'bundle',
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __VERSION__: JSON.stringify(version) },
    banner: {
      // Bundled CommonJS dependencies may call require(); give them one.
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  // The built-in question bank, pre-parsed so `drill` starts as fast as `lint`.
  precompileQuestions('questions', `${staging}/questions.json`);
  try {
    renameSync('dist', retired);
  } catch {
    // No dist/ yet.
  }
  renameSync(staging, 'dist');
} finally {
  rmSync(staging, { recursive: true, force: true });
  rmSync(retired, { recursive: true, force: true });
}
