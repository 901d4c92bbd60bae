// Bundles src/ into dist/ as ESM. Runs at `prepare`, so `npm install` (and pre-commit's
// install) leaves a ready CLI. Commands are loaded lazily and land in their own chunks.
//
// It builds into a fresh temporary folder and then swaps it in, so no chunk from an earlier build
// lingers, and a test run that is using dist/ never sees it half-written.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const staging = `dist.${process.pid}.tmp`;
const precompiler = `precompile.${process.pid}.tmp.mjs`;
const planner = `plans.${process.pid}.tmp.mjs`;
const retired = `dist.${process.pid}.old`;

/** A hash of what the bundle is built from: the sources, the build scripts and the locked dependencies. The lint cache keys on it. */
function buildId() {
  const hash = createHash('sha256');
  const under = (dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, f));
  const files = ['package.json', 'package-lock.json', ...under('src'), ...under('scripts')];
  for (const file of files.sort()) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

// Two start-up costs tpm-prep never uses, about 15 ms a run between them:
// - commander requires node:child_process at load, for subcommands that are separate executables (tpm-prep
//   has none); it gets a stand-in that says so if it is ever called;
// - chalk's default instance probes the terminal through node:tty (which loads node:net); tpm-prep decides
//   colour itself (src/color.ts) and only makes instances with an explicit level, so chalk gets the
//   probe-free variant it ships for browsers.
const trimStartup = {
  name: 'trim-startup',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "const no = () => { throw new Error('tpm-prep has no executable subcommands'); }; module.exports = { spawn: no, execFileSync: no };",
      loader: 'js',
    }));
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), 'vendor', 'supports-color', 'browser.js') } : undefined,
    );
  },
};

try {
  // The plans of the largest sets of patterns (src/plans.ts), read from them now so that no run reads them: which literal
  // pieces a story needs before a pattern, or a branch of it, can match.
  await build({ entryPoints: ['src/plans.ts'], outfile: planner, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
  const { readPlans } = await import(pathToFileURL(resolve(planner)).href);
  const plans = JSON.stringify(readPlans());
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
    plugins: [trimStartup],
    logLevel: 'warning',
    define: { __VERSION__: JSON.stringify(version), __BUILD_ID__: JSON.stringify(buildId()), __PLANS__: JSON.stringify(plans) },
    banner: {
      // Bundled CommonJS dependencies may call require(); give them one.
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  // The built-in question bank, pre-parsed (by src/drill/precompile.ts, with the parser and the fingerprint the CLI
  // uses) so that `drill` starts without the YAML parser.
  await build({ entryPoints: ['src/drill/precompile.ts'], outfile: precompiler, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
  const { precompileQuestions } = await import(pathToFileURL(resolve(precompiler)).href);
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
  rmSync(precompiler, { force: true });
  rmSync(planner, { force: true });
}
