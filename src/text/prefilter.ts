/**
 * Large regular expressions run only where a text's words can match them, and only the branches of them it can. V8
 * compiles an expression on its first use, and for large ones compiling costs far more than running: the principle
 * signals are 280 kB of patterns and the trade-off patterns 110 kB (src/plans.ts names the sets run this way), and a lint
 * of one story compiled all of them where a handful could match. Each pattern, and each branch of its alternation, has a
 * few literal pieces one of which every match holds (src/text/pattern-source.ts); a text that holds none of them can't
 * be matched there, and the pattern is neither run nor compiled. Of a pattern some of whose branches the text can match,
 * the patterns of those branches are run (`patternsFor`), and the first match among them (`matcher`, `matchesOf`) is the
 * pattern's own.
 */
import { branchSource, piecesOf, splitPattern } from './pattern-source.js';

/**
 * How a pattern is run, as plain data the build can stamp into the bundle (scripts/build.mjs, src/plans.ts):
 * the pieces one of which every match holds, joined by PIECE_BREAK ('' where none are known), and, where the pattern is
 * split (src/text/pattern-source.ts: splitPattern), where its head ends and its tail starts, and each branch's start, end and plan. (One string
 * of pieces a plan, not a list of them: a run parses the stamped plans in a few milliseconds less.)
 */
export type Plan = readonly [pieces: string, split?: readonly [headEnd: number, tailStart: number, branches: readonly (readonly [start: number, end: number, plan: Plan])[]]];

/** The plan of a pattern with this source and these flags: its pieces, and its branches split to `depth` levels. */
export function planOf(source: string, flags: string, depth = MAX_DEPTH): Plan {
  const pieces = piecesOf(source, flags);
  // (A piece that holds the break, a DEL, would read as two: such a pattern asks for nothing.)
  const joined = pieces === undefined || pieces.some((piece) => piece.includes(PIECE_BREAK)) ? '' : pieces.join(PIECE_BREAK);
  const split = depth > 0 && source.length >= MIN_SPLIT ? splitPattern(source, flags) : undefined;
  if (split === undefined) return [joined];
  return [joined, [split.headEnd, split.tailStart, split.branches.map(([start, end]) => [start, end, planOf(branchSource(source, split, start, end), flags, depth - 1)] as const)]];
}

const PIECE_BREAK = '\x7f';


/** A text as the pieces are looked for in it: lower-cased, with the long s as s (under /iu it matches s). */
export function lowered(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

let splitting = false;

/**
 * Whether patternsFor splits patterns: set by src/regexps.ts, with V8's flags, for a run that is about to analyse few
 * stories. Over few, a branch no story can match is best left uncompiled; over many (more than about 30), every
 * pattern is compiled anyway, and looking for the pieces in each story costs more than it saves. Off until set, as
 * when run from source.
 */
export function splitPatterns(on: boolean): void {
  splitting = on;
}

declare const __PLANS__: string | undefined;

/** A plan as stamped (see src/plans.ts): with the hash of its pattern's source (`sourceHash`) and its flags. */
export type StampedPlan = readonly [hash: number, flags: string, plan: Plan];

/** Plans by set (see src/plans.ts). */
type Stamped = Readonly<Record<string, readonly StampedPlan[]>>;

let stamped: Stamped | null | undefined;
const plans = new WeakMap<RegExp, Plan>();

/**
 * The plan of `re`, the pattern at `index` of the set of patterns `set` (src/plans.ts): as the build read it and stamped it
 * into the bundle, so that a run reads no pattern's source (reading them all takes longer than the compiling it saves);
 * run from source, as the unit tests are, or for a stamped plan that doesn't fit the pattern, read from it. Either is
 * found once a pattern, on first use.
 */
export function stampedPlan(set: string, index: number, re: RegExp): Plan {
  let plan = plans.get(re);
  if (plan === undefined) {
    if (stamped === undefined) stamped = typeof __PLANS__ === 'string' ? (JSON.parse(__PLANS__) as Stamped) : null;
    plans.set(re, (plan = planFrom(stamped?.[set]?.[index], re)));
  }
  return plan;
}

/**
 * The stamped plan where it was read from `re`'s own source and flags (its hash and flags are theirs), so that a plan
 * stamped for a pattern since changed is never used, even at the same length; else the plan read from `re`.
 */
export function planFrom(entry: StampedPlan | undefined, re: RegExp): Plan {
  if (entry && entry[1] === re.flags && entry[0] === sourceHash(re.source)) return entry[2];
  return planOf(re.source, re.flags);
}

/** A cheap hash of a pattern's source (32-bit FNV-1a over its UTF-16 code units): the build stamps it with the plan, a run compares it. */
export function sourceHash(source: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The patterns to run on a text, so that the first match among them from any place (see `matcher`) is the first match of
 * `re` there: none, where the text can't match `re`; `re` itself, where every branch may match, or when not splitting;
 * else the patterns of the branches that may. `plan` gives re's plan, and `loweredText` the text lowered (see
 * `lowered`): each is asked for only when splitting. The branches' patterns are made once each, on first use, and kept
 * with the plan.
 */
export function patternsFor(re: RegExp, plan: () => Plan, loweredText: () => string): readonly RegExp[] {
  if (!splitting) return [re];
  const chosen = choose(nodeOf(re, plan()), loweredText());
  return chosen === WHOLE ? [re] : chosen.map((node) => (node.re ??= new RegExp(node.source, re.flags)));
}

/**
 * The first match, from a place, among `patterns` (global, from patternsFor): the one starting first in `text`, the
 * pattern listed first where two start at the same place. A pattern's match is kept for the next call while it still
 * lies ahead of the place asked about (a match found from an earlier place is the first from any later one up to it).
 * Each pattern's lastIndex is left at 0.
 */
export function matcher(patterns: readonly RegExp[], text: string): (from: number) => RegExpExecArray | null {
  const found: (RegExpExecArray | null | undefined)[] = patterns.map(() => undefined);
  return (from) => {
    let first: RegExpExecArray | null = null;
    patterns.forEach((re, i) => {
      let m = found[i];
      if (m === undefined || (m !== null && m.index < from)) {
        re.lastIndex = from;
        found[i] = m = re.exec(text);
        re.lastIndex = 0;
      }
      if (m && (first === null || m.index < first.index)) first = m;
    });
    return first;
  };
}

/**
 * Every match of `re` (global) in `text`, as `text.matchAll(re)` gives them, found by `patterns` (from patternsFor): after
 * a match, from its end, or after an empty one, from the next character (the next code point under the u flag).
 */
export function matchesOf(re: RegExp, patterns: readonly RegExp[], text: string): Iterable<RegExpExecArray> {
  // (The whole pattern's own matches as they come: over many stories every pattern runs so, with nothing around it.)
  if (patterns.length === 1 && patterns[0] === re) return text.matchAll(re);
  return branchMatches(re, patterns, text);
}

function* branchMatches(re: RegExp, patterns: readonly RegExp[], text: string): Generator<RegExpExecArray> {
  if (patterns.length === 0) return;
  const next = matcher(patterns, text);
  for (let m = next(0); m; m = next(m[0] === '' ? advance(text, m.index, re.unicode) : m.index + m[0].length)) yield m;
}

/**
 * The place after `index`: the next character, or the next code point under the u flag (ECMAScript's
 * AdvanceStringIndex), so as never to look from inside a pair, where a u pattern finds the match before it again.
 */
export function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  return (text.codePointAt(index) ?? 0) > 0xffff ? index + 2 : index + 1;
}

/** A plan with its pattern's source, and its pieces and each branch's node made when first needed. */
interface Node {
  readonly source: string;
  readonly plan: Plan;
  pieces?: readonly string[];
  branches?: Node[];
  re?: RegExp;
}

const NODES = new WeakMap<RegExp, Node>();
const WHOLE = Symbol('whole');

function nodeOf(re: RegExp, plan: Plan): Node {
  let node = NODES.get(re);
  if (node === undefined || node.plan !== plan) NODES.set(re, (node = { source: re.source, plan, re }));
  return node;
}

function choose(node: Node, loweredText: string): Node[] | typeof WHOLE {
  const [pieces, split] = node.plan;
  node.pieces ??= pieces === '' ? [] : pieces.split(PIECE_BREAK);
  if (node.pieces.length > 0 && !node.pieces.some((piece) => loweredText.includes(piece))) return [];
  if (!split) return WHOLE;
  const [headEnd, tailStart, branches] = split;
  node.branches ??= branches.map(([start, end, plan]) => ({ source: branchSource(node.source, { headEnd, tailStart }, start, end), plan }));
  const out: Node[] = [];
  let all = true;
  for (const branch of node.branches) {
    const chosen = choose(branch, loweredText);
    if (chosen === WHOLE) out.push(branch);
    else {
      all = false;
      out.push(...chosen);
    }
  }
  // Compiling costs about the length of the source, and a little for each pattern: where the branches' patterns would
  // cost about as much as the whole (their heads and tails are each one's own), the whole is run.
  return all || cost(out) >= node.source.length ? WHOLE : out;
}

function cost(nodes: readonly Node[]): number {
  let n = 0;
  for (const node of nodes) n += node.source.length + PATTERN_COST;
  return n;
}

/** How many levels of branches a pattern is split into. */
const MAX_DEPTH = 1;
/** A pattern shorter than this is cheap to compile, and run whole. */
const MIN_SPLIT = 200;
/** What compiling one more pattern costs beside its source, in characters of source. */
const PATTERN_COST = 50;
