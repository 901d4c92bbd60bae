/**
 * A sentence classifier for what a list of phrasings keeps missing: logistic regression over a sentence's
 * words and word pairs. Words are lower-cased and Porter-stemmed ("deferred", "deferring" → "defer"), and
 * what a model can't learn one by one becomes a class: numbers, money and percentages, months, quarters,
 * and capitalised words inside a sentence (names of people, teams and products). Contractions are spelt
 * out ("we'll" → "we will", "we'd need" → "we would need", "we'd been told" → "we had been told", by what follows the
 * "'d": contractions.ts) so they share features with the long form, and a "do" before "not" or "never" is a token of
 * its own ("did_not"), apart from a plain "did".
 *
 * The weights are trained offline by `scripts/train-classifiers.mjs` from labelled sentences in
 * `test/train/`, and ship as source (`src/text/models/`). Scoring a sentence is a few map look-ups.
 */
import { stemmer } from 'stemmer';
import { contractedD } from './contractions.js';
import { sentenceRanges } from './sentences.js';

export interface Model {
  readonly bias: number;
  /**
   * How sure the model must be to have its say, chosen by cross-validation on the training data (the
   * `threshold` of each task in scripts/train-classifiers.mjs; `npm run train:cv` shows the trade).
   */
  readonly threshold: number;
  /** Feature → weight. A feature the model doesn't know weighs nothing. */
  readonly weights: Readonly<Record<string, number>>;
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'million', 'billion', 'dozen', 'half',
]);
// ("'d" is "had" or "would" by what follows it: contractedD.)
const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  "n't": ['not'],
  "'ll": ['will'],
  "'ve": ['have'],
  "'re": ['are'],
  "'m": ['am'],
  "'s": [],
};

// A money amount, a number (with a unit or percent sign stuck to it), or a word (hyphens and apostrophes
// inside it).
const TOKEN = /[$£€]\s?\d[\d.,]*\s?(?:k|m|bn|million|billion)?\b|\d[\d.,:]*(?:%|[\p{L}]+)?|[\p{L}][\p{L}\p{N}'’-]*/gu;
const QUARTER = /^(?:q[1-4]|h[12]|fy\d+)$/;

/** A sentence's tokens, as the classes and stems its features are built from. */
export function tokens(sentence: string): string[] {
  const out: string[] = [];
  let first = true;
  for (const m of sentence.matchAll(TOKEN)) {
    const raw = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
    const lower = raw.toLowerCase();
    const initial = raw[0]!;
    if (initial === '$' || initial === '£' || initial === '€') out.push('<money>');
    else if (initial >= '0' && initial <= '9') out.push(lower.endsWith('%') ? '<pct>' : '<num>');
    else if (lower.length <= 6 && QUARTER.test(lower)) out.push('<quarter>');
    else if (MONTHS.has(lower) && (lower !== 'may' || initial === 'M')) out.push('<month>');
    else if (NUMBER_WORDS.has(lower)) out.push('<num>');
    else if (!first && initial !== lower[0] && raw !== 'I' && !raw.startsWith("I'")) out.push('<cap>');
    else if (D_ON_WORD.test(lower)) out.push(...spelledD(lower, sentence, m.index, m.index + m[0].length));
    else out.push(...words(lower));
    first = false;
  }
  return denied(out);
}

// A "do" before a negation is a token of its own, "did_not" beside the "not": "I did not test it" is "i did_not not
// test it", "didn't" the same, and a plain "did" is only "did". Sharing one token, the model learned "did" from
// "did not" and weighed a plain "did" ("I did the work on the weekends", 0.926) for a failure. ("doe" is "does"
// stemmed.)
const DO = new Set(['do', 'doe', 'did']);
const NEGATION = new Set(['not', 'never']);

/** The tokens with each "do" before a negation marked as denied. */
function denied(tokens: string[]): string[] {
  const at = (i: number): boolean => DO.has(tokens[i]!) && NEGATION.has(tokens[i + 1] ?? '');
  if (!tokens.some((_t, i) => at(i))) return tokens;
  return tokens.map((t, i) => (at(i) ? `${t}_not` : t));
}

/**
 * `fn` with its answers kept, up to `max` of them (then all forgotten at once): a bank repeats its words,
 * and lint asks several models about the same sentence.
 */
function remembered<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const kept = new Map<string, T>();
  return (key) => {
    let answer = kept.get(key);
    if (answer === undefined) {
      if (kept.size >= max) kept.clear();
      answer = fn(key);
      kept.set(key, answer);
    }
    return answer;
  };
}

const stem = remembered((word) => stemmer(word), 50_000);

// A word with "'d" on it, and a "'ve" after that: "we'd", "i'd've".
const D_ON_WORD = /^(.+?)'d('ve)?$/;

/**
 * A lower-case word with "'d" on it (`lower`, at `start` to `end` in `sentence`), the "'d" spelt out by what follows it
 * and what comes before the word: "we'd been told" → we had, "we'd need" → we would, "i'd've" → i would have.
 */
function spelledD(lower: string, sentence: string, start: number, end: number): string[] {
  const [, base = '', have] = D_ON_WORD.exec(lower)!;
  if (have) return [stem(base), 'would', 'have'];
  return [stem(base), contractedD(sentence.slice(end, end + 120), sentence.slice(Math.max(0, start - 80), start))];
}

/** A lower-case word, its contraction spelt out, stemmed. */
function words(lower: string): string[] {
  const apostrophe = lower.includes("'") ? /^(.+?)(n't|'ll|'ve|'re|'m|'s)$/.exec(lower) : null;
  if (apostrophe) {
    const [, base = '', suffix = ''] = apostrophe;
    const word = suffix === "n't" && base === 'wo' ? 'will' : suffix === "n't" && base === 'ca' ? 'can' : base;
    return [stem(word), ...(CONTRACTIONS[suffix] ?? [])];
  }
  return [stem(lower)];
}

/** The features of a sentence: each token, and each pair of neighbours with the sentence's ends marked. */
export function features(sentence: string): string[] {
  const t = ['<s>', ...tokens(sentence), '</s>'];
  const out = t.slice(1, -1);
  for (let i = 0; i + 1 < t.length; i++) out.push(`${t[i]} ${t[i + 1]}`);
  return out;
}

/** A sentence's features, each once, and how many tokens it has. */
const analysed = remembered((sentence) => {
  const all = features(sentence);
  return { features: new Set(all), tokens: (all.length - 1) / 2 };
}, 5_000);

/** The model's probability that `sentence` is of its kind. */
export function probability(model: Model, sentence: string): number {
  let z = model.bias;
  // Own properties only: a sentence with "constructor" in it must not find Object.prototype's.
  for (const f of analysed(sentence).features) if (Object.hasOwn(model.weights, f)) z += model.weights[f]!;
  return 1 / (1 + Math.exp(-z));
}

// Fewer words than this is too little to go on: "It backfired." is not a vague claim, whatever "it" at the
// start of a sentence usually leads to.
const MIN_TOKENS = 4;

/** Whether the model takes `sentence` for one of its kind: long enough to judge, and scored at its threshold or above. */
export function fires(model: Model, sentence: string): boolean {
  return analysed(sentence).tokens >= MIN_TOKENS && probability(model, sentence) >= model.threshold;
}

/**
 * Whether the model takes some sentence of `text` for one of its kind, among those `mayJudge` lets it read.
 * The model is asked first: it is cheap, and `mayJudge` need run only on the rare sentence it fires on.
 */
export function anySentence(model: Model, text: string, mayJudge: (sentence: string) => boolean = () => true): boolean {
  return sentenceRanges(text).some(([start, end]) => {
    const sentence = text.slice(start, end);
    return fires(model, sentence) && mayJudge(sentence);
  });
}
