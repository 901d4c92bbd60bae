/** Which stories show which principles: claimed in `lps:`, inferred from the words, or both. */
import type { LoadedStory } from '../bank/parse.js';
import type { StoryData } from '../bank/schema.js';
import { LP_IDS, type LpId } from './catalog.js';
import { scorePrinciples, type Inferred } from './infer.js';
import { showsFrom, type Scored } from './scores.js';
import { interviewerName, interviewerPlans, planRows, type Fit, type Interviewer } from './plan.js';

/** What coverage needs to know of a story. */
export interface Shows {
  readonly id: string;
  readonly declared: readonly LpId[];
  readonly inferred: readonly { readonly id: LpId }[];
}

export interface StoryMap extends Shows {
  readonly loaded: LoadedStory;
  readonly filePath: string;
  readonly declared: readonly LpId[];
  /**
   * The principles the text shows: the one to three it shows best, and any other it claims and shows well
   * enough (MIN_SCORE), as lint's unsupported-principle judges a claim. Highest score first.
   */
  readonly inferred: readonly Inferred[];
  /** Every principle with any evidence, for the planner. */
  readonly scores: readonly Inferred[];
}

export function mapStories(files: readonly { path: string; stories: readonly LoadedStory[] }[]): StoryMap[] {
  return files.flatMap((file) => file.stories.map((loaded) => ({ id: loaded.story.id, loaded, filePath: file.path, ...showsOf(loaded.story) })));
}

/** What one story shows (see StoryMap, and showsFrom in scores.ts): the principles it claims, shows best or claims and shows, and every score. */
export function showsOf(story: StoryData): { declared: readonly LpId[]; inferred: readonly Inferred[]; scores: readonly Inferred[] } {
  return showsFrom(story.lps ?? [], scorePrinciples(story));
}


/** For every principle, the ids of the stories that claim it or show it (lint's `lp-coverage` counts these). */
export function coverage(stories: readonly Shows[]): Record<LpId, string[]> {
  const out = Object.fromEntries(LP_IDS.map((id) => [id, [] as string[]])) as Record<LpId, string[]>;
  for (const s of stories) {
    const ids = new Set<LpId>([...s.declared, ...s.inferred.map((i) => i.id)]);
    for (const id of LP_IDS) if (ids.has(id)) out[id].push(s.id);
  }
  return out;
}

/** For every principle, the ids of the stories whose words show it: the stories `plan` can assign to it. */
export function shownBy(stories: readonly Shows[]): Record<LpId, string[]> {
  const out = Object.fromEntries(LP_IDS.map((id) => [id, [] as string[]])) as Record<LpId, string[]>;
  for (const s of stories) {
    const ids = new Set<LpId>(s.inferred.map((i) => i.id));
    for (const id of LP_IDS) if (ids.has(id)) out[id].push(s.id);
  }
  return out;
}

/**
 * The principles, in catalog order, by how far the bank covers them: `shown` by the words of some story (a
 * principle `plan` can assign: covered), `claimedOnly` (in some story's `lps:`, but no story shows it yet),
 * and `none` (no story claims or shows it).
 */
export interface CoverageSummary {
  readonly shown: LpId[];
  readonly claimedOnly: LpId[];
  readonly none: LpId[];
}

export function coverageSummary(stories: readonly Shows[]): CoverageSummary {
  const shown = shownBy(stories);
  const any = coverage(stories);
  return {
    shown: LP_IDS.filter((id) => shown[id].length > 0),
    claimedOnly: LP_IDS.filter((id) => shown[id].length === 0 && any[id].length > 0),
    none: LP_IDS.filter((id) => any[id].length === 0),
  };
}

/** What the planner may assign: each principle a story shows, with its score, and whether the story claims it. */
export function fitsOf(maps: readonly { readonly declared: readonly LpId[]; readonly inferred: readonly Scored[]; readonly loaded: { readonly story: { readonly id: string } } }[]): Fit[] {
  return maps.flatMap((m, story) => m.inferred.map((i) => ({ storyId: m.loaded.story.id, lp: i.id, score: i.score, claimed: m.declared.includes(i.id), story })));
}

/** A story the loop plans: for which interviewer (their name, or "Interviewer 2") and which of their principles. */
export interface PlannedFor {
  readonly interviewer: string;
  readonly lp: LpId;
}

/**
 * Each story the plan for `loop` tells, with whom for and which principle: the plan `plan` gives it, each story once.
 * With `only` (some of the loop's interviewers: drill's --interviewer), what it tells them alone, from the plan of
 * the whole loop. `scoresOf` gives every principle a story's words show, highest score first: scorePrinciples, or
 * what drill's cache kept of it.
 */
export function plannedFor<S extends { readonly id: string; readonly lps?: readonly LpId[] }>(
  stories: readonly S[],
  loop: readonly Interviewer[],
  only: readonly Interviewer[] | undefined,
  scoresOf: (story: S) => readonly Scored[],
): Map<S, PlannedFor[]> {
  const fits = fitsOf(stories.map((story) => ({ loaded: { story }, ...showsFrom(story.lps ?? [], scoresOf(story)) })));
  const rows = planRows(fits, loop.flatMap((i) => i.lps));
  const planned = new Map<S, PlannedFor[]>();
  for (const [k, { planned: fitted }] of interviewerPlans(loop.map((i) => i.lps), rows).entries()) {
    if (only && !only.includes(loop[k]!)) continue;
    for (const fit of fitted) {
      if (fit?.story === undefined) continue;
      const story = stories[fit.story]!;
      planned.set(story, [...(planned.get(story) ?? []), { interviewer: interviewerName(loop[k]!, k), lp: fit.lp }]);
    }
  }
  return planned;
}
