#!/usr/bin/env node
// Trains the sentence classifiers in src/text/models/ from the labelled sentences in test/train/, and the
// sentences of the dev eval stories that a label says are negatives (a story labelled without
// `no-tradeoff` ... see `devNegatives`). Training is deterministic: the same data gives the same weights,
// and test/text/models.test.ts checks that the committed models are what the committed data gives.
//
//   node scripts/train-classifiers.mjs          write src/text/models/*.ts
//   node scripts/train-classifiers.mjs --check  exit 1 if a committed model differs from a fresh one
//   node scripts/train-classifiers.mjs --cv     five-fold cross-validation on the training data
//
// The hold-out stories and the blind probes (test/eval/holdout, test/eval/probes) are never read here.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadText, ROOT } from './train-data.mjs';

const { features, fires, sentenceRanges, statesTradeoff, findCliches, findMetrics, isFailureStory, hasLesson } = await loadText();

/** The tasks: each a model file, the label it learns, and where its negatives come from. */
const TASKS = {
  // A story labelled no-tradeoff states none; a story not labelled vague-outcome has no vague result.
  tradeoff: { label: 'tradeoff', dev: { rule: 'no-tradeoff', labelled: true, fields: ['situation', 'task', 'action', 'result', 'learned'] } },
  vague: { label: 'vague', dev: { rule: 'vague-outcome', labelled: false, fields: ['result'] } },
  failure: { label: 'failure' },
  lesson: { label: 'lesson' },
};

const MIN_COUNT = 2;
const L2 = Number(process.env.L2 ?? 0.001);
const ROUNDS = Number(process.env.ROUNDS ?? 400);
const RATE = 0.5;
// Weights smaller than this are dropped from the shipped model: they barely move a score, and each costs
// load time and memory in every lint run.
const PRUNE = Number(process.env.PRUNE ?? 0.1);

/** Every labelled sentence for a task: `{ text, label, group }`, `group` keeping a story's sentences in one fold. */
function examples(task) {
  const { label, dev } = TASKS[task];
  const out = [];
  const dir = join(ROOT, 'test/train');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const [i, s] of (data.sentences ?? []).entries()) {
      const known = typeof s[label] === 'boolean' ? s[label] : negativeFor(task, s) ? false : undefined;
      if (known !== undefined) out.push({ text: s.text, label: known, group: `${file}#${i}` });
    }
    for (const story of data.stories ?? []) out.push(...storySentences(`${file}/${story.id}`, story, label));
  }
  if (dev) out.push(...devNegatives(dev));
  return out;
}

/**
 * A story's sentences, labelled for `label`. A story from the whole-story files lists its sentences of each
 * kind under `labels`. A story from the trade-off files lists only its trade-offs; none of those stories is
 * about a failure, so for that task each of its sentences is one that is not. A vague outcome is looked for
 * in the result only.
 */
function storySentences(group, story, label) {
  const marked = story.labels?.[label] ?? (label === 'tradeoff' ? story.tradeoffSentences : label === 'failure' ? [] : undefined);
  if (!marked) return [];
  const fields = label === 'vague' ? ['result'] : ['situation', 'task', 'action', 'result', 'learned'];
  const squashed = marked.map(squash);
  return fields.flatMap((field) => {
    const text = story[field] ?? '';
    return sentenceRanges(text).map(([start, end]) => {
      const flat = squash(text.slice(start, end));
      return { text: text.slice(start, end), label: squashed.some((m) => m.includes(flat) || flat.includes(m)), group, field };
    });
  });
}

/** A sentence labelled for another task that is a negative for this one: a failure or a lesson is no claim of success. */
function negativeFor(task, sentence) {
  return task === 'vague' && (sentence.failure === true || sentence.lesson === true);
}

function squash(s) {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The sentences of the dev stories that, by their labels, hold nothing of the kind. */
function devNegatives({ rule, labelled, fields }) {
  const labels = parse(readFileSync(join(ROOT, 'test/eval/labels.yaml'), 'utf8'));
  const out = [];
  for (const [key, rules] of Object.entries(labels)) {
    if (!key.startsWith('dev/') || rules.includes(rule) !== labelled) continue;
    const story = parse(readFileSync(join(ROOT, 'test/eval', `${key}.yaml`), 'utf8'));
    for (const field of fields) {
      const text = story[field] ?? '';
      for (const [start, end] of sentenceRanges(text)) out.push({ text: text.slice(start, end), label: false, group: key, field });
    }
  }
  return out;
}

/** Logistic regression, full-batch with AdaGrad steps and an L2 penalty; classes weighted to balance. */
function train(rows) {
  const counts = new Map();
  const encoded = rows.map((r) => {
    const fs = [...new Set(features(r.text))];
    for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
    return { fs, y: r.label ? 1 : 0 };
  });
  const index = new Map([...counts].filter(([, c]) => c >= MIN_COUNT).map(([f], i) => [f, i]));
  const xs = encoded.map((e) => ({ ids: e.fs.map((f) => index.get(f)).filter((i) => i !== undefined), y: e.y }));
  const positives = xs.filter((x) => x.y === 1).length;
  const weightOf = (y) => (y === 1 ? xs.length / (2 * positives) : xs.length / (2 * (xs.length - positives)));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size + 1);
  let bias = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const grad = new Float64Array(index.size);
    let gb = 0;
    for (const x of xs) {
      let z = bias;
      for (const i of x.ids) z += w[i];
      const err = (1 / (1 + Math.exp(-z)) - x.y) * weightOf(x.y);
      for (const i of x.ids) grad[i] += err;
      gb += err;
    }
    for (let i = 0; i < w.length; i++) {
      const g = grad[i] / xs.length + L2 * w[i];
      g2[i] += g * g;
      if (g2[i] > 0) w[i] -= (RATE * g) / Math.sqrt(g2[i]);
    }
    gb /= xs.length;
    g2[w.length] += gb * gb;
    if (g2[w.length] > 0) bias -= (RATE * gb) / Math.sqrt(g2[w.length]);
  }
  const weights = {};
  for (const [f, i] of [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const v = Math.round(w[i] * 1000) / 1000;
    if (Math.abs(v) >= PRUNE) weights[f] = v;
  }
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

function probability(model, text) {
  let z = model.bias;
  for (const f of new Set(features(text))) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function source(task, model) {
  return (
    `// Generated by scripts/train-classifiers.mjs from test/train/ and the dev eval stories: don't edit, retrain.\n` +
    `import type { Model } from '../classify.js';\n\n` +
    `export default ${JSON.stringify(model, null, 1)} satisfies Model;\n`
  );
}

/** Five folds, by group. Prints precision and recall at each threshold. */
function crossValidate(task) {
  const rows = examples(task);
  const fold = (g) => [...g].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 5;
  const scored = [];
  for (let k = 0; k < 5; k++) {
    const model = train(rows.filter((r) => fold(r.group) !== k));
    // A sentence too short to judge scores 0, as it does in use.
    for (const r of rows.filter((r) => fold(r.group) === k)) scored.push({ ...r, p: fires(model, 0, r.text) ? probability(model, r.text) : 0 });
  }
  const pos = scored.filter((r) => r.label).length;
  console.log(`${task}: ${scored.length} sentences, ${pos} positive`);
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97]) {
    const tp = scored.filter((r) => r.label && r.p >= t).length;
    const fp = scored.filter((r) => !r.label && r.p >= t).length;
    console.log(`  t=${t.toFixed(2)}  recall ${(tp / pos).toFixed(2)}  false-positive rate ${(fp / (scored.length - pos)).toFixed(4)}  (fp ${fp})`);
  }
  return scored;
}

/** The phrase patterns alone, and the patterns or else the model where `gate` lets it speak. */
function withPhrases(scored, phrase, gate = () => true) {
  const pos = scored.filter((r) => r.label).length;
  const report = (name, hit) => {
    const tp = scored.filter((r) => r.label && hit(r)).length;
    const fp = scored.filter((r) => !r.label && hit(r)).length;
    console.log(`  ${name}: recall ${(tp / pos).toFixed(2)}  precision ${(tp / (tp + fp)).toFixed(2)}  (tp ${tp}, fp ${fp})`);
  };
  report('phrases alone', phrase);
  for (const t of [0.7, 0.8, 0.85, 0.9, 0.95]) report(`phrases or model at ${t}`, (r) => phrase(r) || (r.p >= t && gate(r)));
}

/**
 * Failure stories with no lesson, as the rule sees them, over the stories in test/train: a failure by the patterns or a model sentence of the task, action or result, and no lesson by
 * the patterns or a model sentence outside the situation.
 */
function failureStories(failureScores, lessonScores) {
  const dir = join(ROOT, 'test/train');
  const stories = readdirSync(dir).filter((f) => /^(?:stories|tradeoff)-/.test(f)).flatMap((file) =>
    JSON.parse(readFileSync(join(dir, file), 'utf8')).stories.map((story) => ({ group: `${file}/${story.id}`, story })),
  );
  const top = (scored, group, fields) => Math.max(0, ...scored.filter((r) => r.group === group && fields.includes(r.field)).map((r) => r.p));
  for (const [tf, tl] of [[1.01, 1.01], [0.9, 0.95], [0.92, 0.95], [0.92, 0.9], [0.92, 0.85], [0.92, 0.8], [0.95, 0.85]]) {
    let tp = 0, fp = 0, fn = 0, notFailure = 0;
    for (const { group, story } of stories) {
      // The trade-off files' stories are none of them about a failure.
      const truth = !!story.labels && story.labels.failure.length > 0 && story.labels.lesson.length === 0 && !story.learned;
      const failure = isFailureStory(story) || top(failureScores, group, ['task', 'action', 'result']) >= tf;
      const lesson = hasLesson(story) || top(lessonScores, group, ['task', 'action', 'result', 'learned']) >= tl;
      const fires = failure && !lesson;
      if (fires && truth) tp++; else if (fires) fp++; else if (truth) fn++;
      if (fires && !truth && !story.labels?.failure.length) notFailure++;
      if (process.env.SHOW && fires && !truth && tf === 0.92 && tl === 0.95) console.log('    FP', group, isFailureStory(story) ? '(patterns)' : failureScores.filter((r) => r.group === group && r.p >= tf).map((r) => r.text).join(' | '));
    }
    console.log(`  failure-without-lesson, failure model at ${tf}, lesson model at ${tl}: tp ${tp}, fp ${fp} (${notFailure} of them no failure), fn ${fn}`);
  }
}

/**
 * Trade-offs, story by story, as the rule sees them: the phrase patterns, or else any sentence of the task,
 * action, result or lesson that a model trained without the story scores at the threshold or above.
 */
function storyLevel(scored) {
  const byGroup = new Map();
  for (const r of scored) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r]);
  const stories = [...byGroup].filter(([g]) => g.includes('/'));
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
    let found = 0, withOne = 0, falseFound = 0, without = 0, byPatterns = 0, falseByPatterns = 0;
    for (const [, rows] of stories) {
      const has = rows.some((r) => r.label);
      const patterns = statesTradeoff({ title: 't', action: rows.map((r) => r.text).join(' ') });
      const hit = patterns || rows.some((r) => r.field !== 'situation' && r.p >= t);
      if (has) { withOne++; found += hit; byPatterns += patterns; } else { without++; falseFound += hit; falseByPatterns += patterns; }
    }
    console.log(`  stories t=${t.toFixed(2)}: trade-off found in ${found}/${withOne} (patterns alone ${byPatterns}); found in ${falseFound}/${without} that have none (patterns alone ${falseByPatterns})`);
  }
}

const args = process.argv.slice(2);
if (args.includes('--cv')) {
  const scores = {};
  for (const task of Object.keys(TASKS)) {
    const scored = (scores[task] = crossValidate(task));
    if (task === 'tradeoff') {
      withPhrases(scored, (r) => statesTradeoff({ title: 't', action: r.text }), (r) => r.field !== 'situation');
      storyLevel(scored);
    }
    if (task === 'vague') withPhrases(scored, (r) => findCliches(r.text).length > 0, (r) => findMetrics(r.text).length === 0);
    if (task === 'failure') withPhrases(scored, (r) => isFailureStory({ title: 't', action: r.text }));
    if (task === 'lesson') withPhrases(scored, (r) => hasLesson({ title: 't', action: r.text }));
  }
  failureStories(scores.failure, scores.lesson);
} else {
  let stale = false;
  for (const task of Object.keys(TASKS)) {
    const file = join(ROOT, 'src/text/models', `${task}.ts`);
    const text = source(task, train(examples(task)));
    if (args.includes('--check')) {
      let old = '';
      try {
        old = readFileSync(file, 'utf8');
      } catch {}
      if (old !== text) {
        console.error(`${file} is out of date: run node scripts/train-classifiers.mjs`);
        stale = true;
      }
    } else writeFileSync(file, text);
  }
  process.exitCode = stale ? 1 : 0;
}
