#!/usr/bin/env node
// Trains the sentence classifiers in src/text/models/ (see src/text/classify.ts) from the labelled sentences
// and stories in test/train/, plus, as negatives, the sentences of the dev eval stories whose labels say
// they hold none of a kind (see `devNegatives`). Training is deterministic: the same data gives the same
// weights, and test/text/classify.test.ts checks that the committed models are what the committed data
// gives.
//
//   npm run train       write src/text/models/*.ts
//   npm run train:cv    five-fold cross-validation: each model alone, with the phrase patterns, and story
//                       by story as the rules use them, at a range of thresholds (* marks the shipped one)
//   node scripts/train-classifiers.mjs --check   exit 1 if a committed model differs from a fresh one
//
// The hold-out stories and the blind probes (test/eval/holdout, test/eval/probes) are never read here.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadText, ROOT } from './train-data.mjs';

const { features, fires, probability, sentenceRanges, statesTradeoff, findCliches, findMetrics, isFailureStory, failureModelMayJudge, FAILURE_MODEL_FIELDS, hasLesson, tradeoffModelMayJudge } = await loadText();

/**
 * The tasks, each named for the label its model learns (the key in test/train's files): the threshold it
 * ships with (chosen with --cv), and which dev stories' sentences are its negatives. A story labelled no-tradeoff states none; a story not labelled
 * vague-outcome has no vague result.
 */
const TASKS = {
  tradeoff: { threshold: 0.85, dev: { rule: 'no-tradeoff', labelled: true, fields: ['situation', 'task', 'action', 'result', 'learned'] } },
  vague: { threshold: 0.9, dev: { rule: 'vague-outcome', labelled: false, fields: ['result'] } },
  failure: { threshold: 0.92 },
  lesson: { threshold: 0.95 },
};
const GRID = [0.7, 0.8, 0.85, 0.9, 0.92, 0.95];

const args = process.argv.slice(2);
// L2, ROUNDS and PRUNE can be overridden from the environment to explore with --cv; --check and training
// always use the values here, so a stray variable can't make the shipped models look stale.
const tuning = args.includes('--cv') ? process.env : {};
const MIN_COUNT = 2;
const L2 = Number(tuning.L2 ?? 0.001);
const ROUNDS = Number(tuning.ROUNDS ?? 400);
const RATE = 0.5;
// Weights smaller than this are dropped from the shipped model: they barely move a score, and each costs
// load time and memory in every lint run.
const PRUNE = Number(tuning.PRUNE ?? 0.1);

/** Every labelled sentence for a task: `{ text, label, group }`, `group` keeping a story's sentences in one fold. */
function examples(task) {
  const label = task;
  const { dev } = TASKS[task];
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
      return { text: text.slice(start, end), label: squashed.includes(flat), group, field };
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
function train(rows, threshold) {
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
  return { bias: Math.round(bias * 1000) / 1000, threshold, weights };
}

function source(model) {
  return (
    `// Generated by scripts/train-classifiers.mjs from test/train/ and the dev eval stories: don't edit, retrain.\n` +
    `import type { Model } from '../classify.js';\n\n` +
    `export default ${JSON.stringify(model, null, 1)} satisfies Model;\n`
  );
}

/** Five folds, by group: each sentence scored by a model trained without its story. Prints the model alone. */
function crossValidate(task) {
  const rows = examples(task);
  const fold = (g) => [...g].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 5;
  const scored = [];
  for (let k = 0; k < 5; k++) {
    const model = train(rows.filter((r) => fold(r.group) !== k), 0);
    // A sentence too short to judge scores 0, as it does in use.
    for (const r of rows.filter((r) => fold(r.group) === k)) scored.push({ ...r, p: fires(model, r.text) ? probability(model, r.text) : 0 });
  }
  const pos = scored.filter((r) => r.label).length;
  console.log(`${task}: ${scored.length} sentences, ${pos} positive`);
  for (const t of GRID) {
    const tp = scored.filter((r) => r.label && r.p >= t).length;
    const fp = scored.filter((r) => !r.label && r.p >= t).length;
    console.log(`  ${mark(task, t)} model alone: recall ${(tp / pos).toFixed(2)}, false-positive rate ${(fp / (scored.length - pos)).toFixed(4)} (${fp})`);
  }
  return scored;
}

/** A threshold as printed, starred if it is the one the task ships with. */
function mark(task, t) {
  return `${t === TASKS[task].threshold ? '*' : ' '}${t.toFixed(2)}`;
}

/** The phrase patterns alone, and the patterns or else the model where `gate` lets it speak, sentence by sentence. */
function withPhrases(task, scored, phrase, gate = () => true) {
  const pos = scored.filter((r) => r.label).length;
  const report = (name, hit) => {
    const tp = scored.filter((r) => r.label && hit(r)).length;
    const fp = scored.filter((r) => !r.label && hit(r)).length;
    console.log(`  ${name}: recall ${(tp / pos).toFixed(2)}, precision ${(tp / (tp + fp)).toFixed(2)} (tp ${tp}, fp ${fp})`);
  };
  console.log(`${task}, sentence by sentence:`);
  report('      patterns alone', phrase);
  for (const t of GRID) report(`${mark(task, t)} patterns or model`, (r) => phrase(r) || (r.p >= t && gate(r)));
}

/**
 * Failure stories with no lesson, as the rule sees them, over the stories in test/train: a failure by the
 * patterns or a model sentence where the rule lets the model read (FAILURE_MODEL_FIELDS, failureModelMayJudge), and no lesson by the patterns or a model
 * sentence outside the situation. The trade-off files' stories are none of them about a failure.
 */
function failureStories(failureScores, lessonScores) {
  const dir = join(ROOT, 'test/train');
  const stories = readdirSync(dir)
    .filter((f) => /^(?:stories|tradeoff)-/.test(f))
    .flatMap((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')).stories.map((story) => ({ group: `${file}/${story.id}`, story })));
  const top = (scored, group, fields, gate = () => true) => Math.max(0, ...scored.filter((r) => r.group === group && fields.includes(r.field) && gate(r)).map((r) => r.p));
  const shipped = [TASKS.failure.threshold, TASKS.lesson.threshold];
  for (const [tf, tl] of [[Infinity, Infinity], shipped, [0.9, 0.95], [0.95, 0.95], [0.92, 0.9]]) {
    let tp = 0, fp = 0, fn = 0;
    for (const { group, story } of stories) {
      const truth = !!story.labels && story.labels.failure.length > 0 && story.labels.lesson.length === 0 && !story.learned;
      const failure = isFailureStory(story) || top(failureScores, group, FAILURE_MODEL_FIELDS, (r) => failureModelMayJudge(r.text)) >= tf;
      const lesson = hasLesson(story) || top(lessonScores, group, ['task', 'action', 'result', 'learned']) >= tl;
      const flagged = failure && !lesson;
      if (flagged && truth) tp++;
      else if (flagged) fp++;
      else if (truth) fn++;
    }
    const at = tf === Infinity ? 'patterns alone' : `${tf === shipped[0] && tl === shipped[1] ? '*' : ''}failure model at ${tf}, lesson model at ${tl}`;
    console.log(`  failure stories with no lesson, ${at}: tp ${tp}, fp ${fp}, fn ${fn} (of ${stories.length} stories)`);
  }
}

/**
 * Trade-offs, story by story, as the rule sees them: the phrase patterns, or else any sentence outside the
 * situation that a model trained without the story scores at the threshold or above.
 */
function tradeoffStories(scored) {
  const byGroup = new Map();
  for (const r of scored) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r]);
  const stories = [...byGroup].filter(([g]) => g.includes('/'));
  const withOne = stories.filter(([, rows]) => rows.some((r) => r.label));
  const without = stories.filter(([, rows]) => !rows.some((r) => r.label));
  // One sentence a line, as a story's bullets are: joined with spaces, a bullet fragment would run on from the last.
  const patterns = (rows) => statesTradeoff({ title: 't', action: rows.map((r) => r.text).join('\n') });
  const count = (list, hit) => list.filter(([, rows]) => hit(rows)).length;
  console.log(`  stories, patterns alone: found in ${count(withOne, patterns)} of ${withOne.length} with a trade-off, ${count(without, patterns)} of ${without.length} without`);
  for (const t of GRID) {
    const hit = (rows) => patterns(rows) || rows.some((r) => r.field !== 'situation' && r.p >= t && tradeoffModelMayJudge(r.text));
    console.log(`  ${mark('tradeoff', t)} stories, patterns or model: found in ${count(withOne, hit)} of ${withOne.length} with a trade-off, ${count(without, hit)} of ${without.length} without`);
  }
}

if (args.includes('--cv')) {
  const scores = Object.fromEntries(Object.keys(TASKS).map((task) => [task, crossValidate(task)]));
  const sentence = (r) => ({ title: 't', action: r.text });
  withPhrases('tradeoff', scores.tradeoff, (r) => statesTradeoff(sentence(r)), (r) => r.field !== 'situation' && tradeoffModelMayJudge(r.text));
  tradeoffStories(scores.tradeoff);
  withPhrases('vague', scores.vague, (r) => findCliches(r.text).length > 0, (r) => findMetrics(r.text).length === 0);
  withPhrases('failure', scores.failure, (r) => isFailureStory(sentence(r)), (r) => failureModelMayJudge(r.text));
  withPhrases('lesson', scores.lesson, (r) => hasLesson(sentence(r)));
  failureStories(scores.failure, scores.lesson);
} else {
  let stale = false;
  for (const [task, { threshold }] of Object.entries(TASKS)) {
    const file = join(ROOT, 'src/text/models', `${task}.ts`);
    const text = source(train(examples(task), threshold));
    if (!args.includes('--check')) writeFileSync(file, text);
    else if (readOr(file, '') !== text) {
      console.error(`${file} is out of date: run npm run train`);
      stale = true;
    }
  }
  process.exitCode = stale ? 1 : 0;
}

function readOr(file, fallback) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}
