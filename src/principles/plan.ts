/**
 * Which story to tell for which principle: an assignment of principles to stories, each story used at most
 * `maxReuse` times, that covers as many principles as the stories can and, among those, has the highest total
 * weight: each story's score for its principle, and 2 more where it claims it (fitWeight, as drill ranks stories).
 * Solved exactly with the Hungarian algorithm (Kuhn–Munkres) over principles × story slots, so the plan is optimal,
 * not greedy.
 */
import { principle, type LpId } from './catalog.js';
import { shellWord } from '../text/shell.js';
import { counted } from '../text/show.js';
import { words } from '../text/wrap.js';
import { CLAIM_BONUS, MIN_SCORE, fitWeight, type Scored } from './scores.js';

/** An interviewer of the loop: the user's name for them ("Bar raiser"), if given, and the principles they probe. */
export interface Interviewer {
  readonly name?: string;
  readonly lps: readonly LpId[];
}

/** An interviewer as plan, drill, stats and the report name them: by the user's name, or "Interviewer 2" (`k` from 0). */
export const interviewerName = (interviewer: { readonly name?: string }, k: number): string => interviewer.name ?? `Interviewer ${k + 1}`;

export interface Fit {
  readonly storyId: string;
  readonly lp: LpId;
  readonly score: number;
  /**
   * The story claims the principle in `lps:`: it weighs CLAIM_BONUS more (fitWeight), so the story the candidate
   * meant wins a near tie, and a clear gap still goes to the higher score.
   */
  readonly claimed?: boolean;
  /**
   * Which story this is, by its place in the bank: it tells apart two stories that share an id (lint's
   * duplicate-id), each planned on its own. Without it, a story is known by its id.
   */
  readonly story?: number;
}

export interface Plan {
  readonly assignments: Fit[];
  readonly uncovered: LpId[];
}

/** A planned story, its readiness, and the rules it breaks at error level in lint (each once). */
export interface Unready {
  readonly storyId: string;
  readonly score: number;
  readonly errors: readonly string[];
  /** Its place in the bank, as in Fit: given here and in the plan, only the very story planned is judged. */
  readonly story?: number;
  /** A draft (`draft: true`): not ready, whatever its score, as its author says. */
  readonly draft?: boolean;
}

/** Whether a story is ready to tell: readiness `bar` or more, no lint error, and no draft. */
export function isReady(s: Pick<Unready, 'score' | 'errors' | 'draft'>, bar: number): boolean {
  return s.score >= bar && s.errors.length === 0 && s.draft !== true;
}

/**
 * The planned stories whose readiness is under `bar`, that have a lint error, or that are drafts (not ready
 * whatever their score), in the order `stories` has them: the plan weighs what a story shows, not how well it
 * is told, so these are the ones to work on first.
 * Taken from the stories, not looked up by id, so two stories that share an id are each judged; with `story`
 * on both sides, only the one of them that is planned.
 */
export function notReady<S extends Unready>(plan: Plan, stories: readonly S[], bar: number): S[] {
  const planned = (s: S) => plan.assignments.some((a) => sameStory(a, s));
  return stories.filter((s) => planned(s) && !isReady(s, bar));
}

/** Whether two are the same story: by place in the bank where both give it, else by id. */
function sameStory(a: { readonly storyId: string; readonly story?: number }, b: { readonly storyId: string; readonly story?: number }): boolean {
  return a.story !== undefined && b.story !== undefined ? a.story === b.story : a.storyId === b.storyId;
}

export function planLoop(fits: readonly Fit[], lps: readonly LpId[], maxReuse = 1): Plan {
  return planOf(lps, planRows(fits, lps, maxReuse));
}

/** The plan that `rows` (from planRows) make of `lps`: the stories assigned, and the principles none was. */
export function planOf(lps: readonly LpId[], rows: readonly (Fit | undefined)[]): Plan {
  return { assignments: rows.filter((f): f is Fit => f !== undefined), uncovered: lps.filter((_, row) => rows[row] === undefined) };
}

/**
 * The principles a plan leaves out, each once (one asked by several interviewers is one), in two kinds:
 * `taken`, shown by stories that are told for other principles (more reuse, or another story, would cover
 * them), and `none`, shown by no story at all.
 */
export function leftOut(plan: Plan, fits: readonly Fit[]): { taken: LpId[]; none: LpId[] } {
  const uncovered = [...new Set(plan.uncovered)];
  const shown = (id: LpId) => fits.some((f) => f.lp === id);
  return { taken: uncovered.filter(shown), none: uncovered.filter((id) => !shown(id)) };
}

/**
 * Each interviewer's share of a loop planned as a whole: `rows` are planRows over every interviewer's
 * principles in turn, so each gets their own principles, the story (or none) for each, and their plan.
 */
export function interviewerPlans(interviewers: readonly (readonly LpId[])[], rows: readonly (Fit | undefined)[]): (Plan & { lps: readonly LpId[]; planned: (Fit | undefined)[] })[] {
  let start = 0;
  return interviewers.map((lps) => {
    const planned = rows.slice(start, (start += lps.length));
    return { lps, planned, ...planOf(lps, planned) };
  });
}

/** A story that claims and shows a principle, told for another in the plan, and what telling it for this one would cost. */
export interface ClaimElsewhere {
  /** The principle, and the story planned for it. */
  readonly planned: Fit;
  /** The story that claims and shows the principle, as it fits the principle. */
  readonly claimant: Fit;
  /** What the plan tells that story for. */
  readonly toldFor: LpId;
  /** Told for `planned.lp`, the principles the plan would leave without a story that it now covers, */
  readonly leaves: readonly LpId[];
  /**
   * …or, where it leaves none, the plan's total as it weighs it (each story's score, and CLAIM_BONUS for each told for
   * a principle it claims), and the total with it; where they are equal, how many of the stories are told for a
   * principle they claim in each.
   */
  readonly total: number;
  readonly totalWith: number;
  readonly claims: number;
  readonly claimsWith: number;
}

/**
 * Why a story that claims a principle its words show is told for another (a thirty-second user's trial: a story that
 * claimed and showed Customer Obsession was told for Bias for Action, and another for Customer Obsession, which it
 * does not claim): the plan covers as many of its principles as the bank can, then maximises the total weight, in
 * which a claim counts CLAIM_BONUS. For each principle planned a story that does not claim it, while a story that
 * does (and shows it) is told for another, the plan with that story told for it instead: the principles it would
 * leave without a story, or the lower total it would have. `rows` is planRows(fits, lps, maxReuse).
 */
export function claimsToldElsewhere(fits: readonly Fit[], lps: readonly LpId[], rows: readonly (Fit | undefined)[], maxReuse = 1): ClaimElsewhere[] {
  const claims = (f: Fit) => fits.some((g) => g.lp === f.lp && g.claimed === true && sameStory(g, f));
  const told = (planned: readonly (Fit | undefined)[]) => planned.filter((f): f is Fit => f !== undefined);
  const total = (planned: readonly (Fit | undefined)[]) => told(planned).reduce((sum, f) => sum + f.score + (claims(f) ? CLAIM_BONUS : 0), 0);
  const claimed = (planned: readonly (Fit | undefined)[]) => told(planned).filter(claims).length;
  return rows.flatMap((planned) => {
    if (!planned || claims(planned)) return [];
    return fits.flatMap((claimant) => {
      if (claimant.lp !== planned.lp || !claimant.claimed) return [];
      const toldFor = rows.find((r) => r !== undefined && r.lp !== planned.lp && sameStory(r, claimant))?.lp;
      if (toldFor === undefined) return [];
      const other = planRows(fits, lps, maxReuse, claimant);
      const leaves = [...new Set(lps.filter((lp) => rows.some((r) => r?.lp === lp) && !other.some((o) => o?.lp === lp)))];
      return [{ planned, claimant, toldFor, leaves, total: total(rows), totalWith: total(other), claims: claimed(rows), claimsWith: claimed(other) }];
    });
  });
}

/**
 * Why a story that claims and shows a principle is told for another, after the story's name, as `plan` and `report`
 * say it: "claims Customer Obsession (score 5), but is told for Bias for Action: told for Customer Obsession, it would
 * leave Bias for Action without a story." Where it would leave none, the lower total the plan would have, "the plan
 * would score 9 in all, not 17 (a claim counting 2)", or at an equal total, that fewer stories would be told for a
 * principle they claim. Where as many or more would, it is a tie the plan breaks only by the order it reads the
 * principles and stories in, and the message says what ties: "the plan would score 10 in all and tell 1 story for a
 * principle it claims, as now (a claim counting 2): a tie, …, so telling it for Bias for Action is as good."
 */
export function toldElsewhere(c: ClaimElsewhere): string {
  const lp = principle(c.planned.lp).name;
  const counting = `a claim counting ${CLAIM_BONUS}`;
  const told = (n: number) => `${counted(n, 'story', 'stories')} for a principle ${n === 1 ? 'it claims' : 'they claim'}`;
  const tie = 'broken only by the order the plan reads the principles and stories in';
  const cost =
    c.leaves.length > 0 ? `it would leave ${c.leaves.map((id) => principle(id).name).join(', ')} without a story`
    : c.totalWith < c.total ? `the plan would score ${c.totalWith} in all, not ${c.total} (${counting})`
    : c.claimsWith < c.claims ? `the plan would score ${c.total} in all either way (${counting}), with fewer stories told for a principle they claim`
    : c.claimsWith === c.claims ? `the plan would score ${c.total} in all and tell ${told(c.claims)}, as now (${counting}): a tie, ${tie}, so telling it for ${lp} is as good`
    : `the plan would score ${c.total} in all, as now (${counting}), and tell ${told(c.claimsWith)}, not ${c.claims}: a tie in the total, ${tie}, so telling it for ${lp} is as good or better`;
  return `claims ${lp} (score ${c.claimant.score}), but is told for ${principle(c.toldFor).name}: told for ${lp}, ${cost}.`;
}

/** A story that claims a principle its words don't show well enough to be planned for it (under MIN_SCORE). */
export interface ShortClaim {
  readonly lp: LpId;
  readonly storyId: string;
  /** Its place in the bank, as in Fit. */
  readonly story: number;
  /** What its words earn for the principle: 0 where nothing in them shows it. */
  readonly score: number;
}

/**
 * The stories that claim one of `lps` and fall short of showing it, for each in `lps` in turn (a new user's trial:
 * plan left Have Backbone out as "used for other principles", naming the story told elsewhere, and never the one
 * that claimed it, whose evidence was 2 of 3). `maps` as mapStories gives them: `inferred` holds every principle a
 * story is planned for, `scores` every score.
 */
export function claimsFallingShort(
  maps: readonly { readonly declared: readonly LpId[]; readonly inferred: readonly Scored[]; readonly scores: readonly Scored[]; readonly loaded: { readonly story: { readonly id: string } } }[],
  lps: readonly LpId[],
): ShortClaim[] {
  return [...new Set(lps)].flatMap((lp) =>
    maps.flatMap((m, story) =>
      m.declared.includes(lp) && !m.inferred.some((i) => i.id === lp) ? [{ lp, storyId: m.loaded.story.id, story, score: m.scores.find((s) => s.id === lp)?.score ?? 0 }] : [],
    ),
  );
}

/**
 * What `plan` says of a claim that falls short, after the story's name and under the principle's, with the command
 * that shows its evidence, as phrases to wrap (the command whole): "claims it but shows it at 2 of 3: run `tpm-prep map
 * --evidence stories/b.yaml`." (0 of 3 where nothing in its words shows it.)
 */
export function fallsShort(c: ShortClaim, file: string): string[] {
  return [...words(`${shortOfShowing(c)}: run`), `\`${evidenceCommand(file)}\`.`];
}

/** "claims it but shows it at 2 of 3": what `plan` and the report say of a claim that falls short, after the story's name. */
export const shortOfShowing = (c: Pick<ShortClaim, 'score'>): string => `claims it but shows it at ${c.score} of ${MIN_SCORE}`;

/** The command that shows what a story's words show of each principle, and what they lack: `tpm-prep map --evidence FILE`. */
export const evidenceCommand = (file: string): string => `tpm-prep map --evidence ${shellWord(file)}`;

// More than any plan's weight, principles covered and total: a fit given it is in every plan that can have it
// (claimsToldElsewhere's plan with it). Raised where a bank is so large that the plan weighs more.
const FORCED = 1e6;

/**
 * The story for each of `lps` in turn, or undefined where none is left: a principle named twice (two
 * interviewers who both probe Ownership) gets two different stories when the bank has them. As many rows get a story
 * as the bank can give one, and of those plans, the one with the highest total weight (fitWeight: each score, and
 * CLAIM_BONUS where the story claims its principle). With `force`, one of `fits`, the best plan that tells that story
 * for its principle.
 */
export function planRows(fits: readonly Fit[], lps: readonly LpId[], maxReuse = 1, force?: Fit): (Fit | undefined)[] {
  const key = (f: Fit): string => (f.story === undefined ? `id\u0000${f.storyId}` : `at\u0000${f.story}`);
  const stories = [...new Set(fits.map(key))];
  const slots = stories.flatMap((id) => Array.from({ length: Math.max(0, maxReuse) }, () => id));
  const fit = new Map(fits.map((f) => [`${f.lp}\u0000${key(f)}`, f]));
  // Each row's fit in each slot, looked up once: the matching reads them many times, twice over.
  const table = lps.map((lp) => slots.map((slot) => fit.get(`${lp}\u0000${slot}`)));
  const fitAt = (row: number, col: number): Fit | undefined => table[row]![col];
  const weightOf = (f: Fit): number => fitWeight(f.score, f.claimed);
  // Principles covered first, then the total (a user's trial: Earn Trust was left without a story for a total one
  // point higher): with `cover`, each row a story covers weighs more than any plan's total weight (the best weight of
  // each row's principle, summed), so no total is worth a principle left out.
  const best = new Map<LpId, number>();
  for (const f of fits) if (f.score > 0) best.set(f.lp, Math.max(best.get(f.lp) ?? 0, weightOf(f)));
  const cover = 1 + lps.reduce((sum, lp) => sum + (best.get(lp) ?? 0), 0);
  const forced = Math.max(FORCED, cover * (lps.length + 1));
  const columns = Math.max(slots.length, lps.length);
  const planned = (perRow: number): (Fit | undefined)[] => {
    const weight = (row: number, col: number): number => {
      const f = fitAt(row, col);
      // A fit of no score is no story for the row, claimed or not.
      if (!f || f.score <= 0) return 0;
      return perRow + weightOf(f) + (f === force ? forced : 0);
    };
    const match = hungarianMax(lps.length, columns, weight);
    return lps.map((lp, row) => {
      const f = fitAt(row, match[row]!);
      return f && f.score > 0 ? { lp, storyId: f.storyId, score: f.score, ...(f.story === undefined ? {} : { story: f.story }) } : undefined;
    });
  };
  // The plan of the highest total mostly covers as many principles as any: then it is the plan, its ties broken as
  // they always were. Where it covers fewer, the plan that covers the most, with the highest total of those. (It
  // covers as many as any where each row it leaves out has no story at all: then the second plan isn't needed.)
  const byTotal = planned(0);
  if (byTotal.every((f, row) => f !== undefined || table[row]!.every((g) => !g || g.score <= 0))) return byTotal;
  const covered = (rows: readonly (Fit | undefined)[]) => rows.filter((f) => f !== undefined).length;
  const byCover = planned(cover);
  return covered(byCover) > covered(byTotal) ? byCover : byTotal;
}

/**
 * What is said after the name of the story `alternatives` names under a row, from its fit and how it is judged
 * (`judged`: its readiness, lint errors, draft): "claimed, readiness 82/100, score 7", and its lint errors. (The score
 * last: wrapping holds "7, readiness" together, as it holds a number and its noun.) `plan`'s `also:` line and the
 * report's loop plan say it alike.
 */
export function alternativeParts(f: Fit, judged: Pick<Unready, 'score' | 'errors' | 'draft'>): string[] {
  const errors = judged.errors.length > 0 ? [counted(judged.errors.length, 'lint error')] : [];
  return [...(judged.draft ? ['draft'] : []), ...(f.claimed ? ['claimed'] : []), `readiness ${judged.score}/100`, `score ${f.score}`, ...errors];
}

/**
 * The story to name under each planned row as the one that could be told instead (a new user's trial: her Dive Deep
 * story, claimed and ready, appeared in no plan, beaten by one that didn't claim it): of the stories that show the
 * row's principle, told for it in no row and with a telling left (`maxReuse`), the one of the highest weight within
 * a claim's weight (fitWeight(0, true)) of the planned story's that claims the principle where the planned story
 * doesn't, or is ready (`ready`) where it isn't. The plan weighs what a story shows and what it claims, not how well it
 * is told: a near story that is ready is named here, not planned. Undefined for a row with none, or no story.
 */
export function alternatives(fits: readonly Fit[], rows: readonly (Fit | undefined)[], ready: (f: Fit) => boolean, maxReuse = 1): (Fit | undefined)[] {
  const fitOf = (f: Fit) => fits.find((g) => g.lp === f.lp && sameStory(g, f)) ?? f;
  const weight = (f: Fit) => fitWeight(f.score, f.claimed);
  const near = fitWeight(0, true);
  return rows.map((row) => {
    if (!row) return undefined;
    const planned = fitOf(row);
    const better = (f: Fit) => (f.claimed === true && planned.claimed !== true) || (ready(f) && !ready(planned));
    const free = (f: Fit) => rows.filter((r) => r !== undefined && sameStory(r, f)).length < maxReuse && !rows.some((r) => r?.lp === f.lp && sameStory(r, f));
    const candidates = fits.filter((f) => f.lp === row.lp && f.score > 0 && free(f) && weight(planned) - weight(f) <= near + 1e-9 && better(f));
    return candidates.reduce<Fit | undefined>((top, f) => (top === undefined || weight(f) > weight(top) ? f : top), undefined);
  });
}

/**
 * For an n × m weight matrix (n ≤ m), the column matched to each row so that the total weight is
 * maximal. The classic O(n²m) shortest-augmenting-path form with potentials, on costs = −weight.
 */
export function hungarianMax(n: number, m: number, weight: (row: number, col: number) => number): number[] {
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0); // p[j]: the row (1-based) matched to column j
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(INF);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -weight(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const rowToCol = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) rowToCol[p[j]! - 1] = j - 1;
  return rowToCol;
}
