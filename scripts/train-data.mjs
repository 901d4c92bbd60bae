// The text functions the training script needs, bundled from src/ with esbuild (the scripts are plain
// JavaScript and src/ is TypeScript). The trained models are left out: each is replaced by one that never
// fires, so the detectors here are the phrase patterns alone, which cross-validation compares with and
// combines with a model trained on the other folds.
import { build } from 'esbuild';
import { ROOT } from './eval-cli.mjs';

export { ROOT };

const withoutModels = {
  name: 'without-models',
  setup(b) {
    b.onResolve({ filter: /[\\/]models[\\/][\w-]+\.js$/ }, (args) => ({ path: args.path, namespace: 'no-model' }));
    b.onLoad({ filter: /.*/, namespace: 'no-model' }, () => ({ contents: 'export default { bias: -1e9, weights: {} };', loader: 'js' }));
  },
};

export async function loadText() {
  return importSource(
    [
      "export { features, fires, probability } from './src/text/classify.ts';",
      "export { sentenceRanges } from './src/text/sentences.ts';",
      "export { statesTradeoff, tradeoffModelMayJudge } from './src/text/tradeoffs.ts';",
      "export { findCliches } from './src/text/cliches.ts';",
      "export { findMetrics } from './src/text/numbers.ts';",
      "export { isFailureStory, failureModelMayJudge, MODEL_FIELDS as FAILURE_MODEL_FIELDS } from './src/text/failure.ts';",
      "export { hasLesson } from './src/text/lessons.ts';",
    ],
    { plugins: [withoutModels] },
  );
}

/**
 * The modules `exportLines` export from src/, bundled with esbuild in memory and imported (the scripts are plain
 * JavaScript and src/ is TypeScript); `options` go to esbuild's build as they are (plugins, a banner).
 */
export async function importSource(exportLines, options = {}) {
  const out = await build({
    stdin: { contents: exportLines.join('\n'), resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
    ...options,
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
