/**
 * The report as plain data: the bank against the 16 principles, each story's readiness and findings
 * (with the phrases that triggered them), the loop plan, and the practice history. Built from what
 * the other commands compute (lint results, readiness, inferred principles, the planner, practice
 * stats), so the page says what `lint`, `map`, `plan` and `stats` say. Pure: no file system, no clock.
 */
import type { LoadedFile } from '../bank/parse.js';
import { SPOKEN_FIELDS, partnersOf, textOf, type TextField } from '../bank/schema.js';
import type { HistoryEntry } from '../drill/history.js';
import { practisedLps } from '../drill/schedule.js';
import { calendarDay } from '../drill/days.js';
import { isOverTime, practiceStats } from '../drill/stats.js';
import { countdown, loopEve } from '../drill/loop-date.js';
import { errorRules, findingsOf, isAbout, notCounted, spanOf, type FileResult } from '../lint/results.js';
import { readiness } from '../lint/readiness.js';
import { READY_SCORE, missingParts, summarize, type Missing, type Readiness, type ReadinessSummary } from '../lint/readiness-report.js';
import type { Interviewer } from '../principles/plan.js';
import { LP_IDS, PRINCIPLES, principle, type LpId } from '../principles/catalog.js';
import { coverage, coverageSummary, fitsOf, mapStories, shownBy, type StoryMap } from '../principles/coverage.js';
import { alternativeParts, alternatives, claimsFallingShort, claimsToldElsewhere, interviewerPlans, isReady, leftOut, notReady, planOf, planRows, toldElsewhere, type Fit, type Unready } from '../principles/plan.js';
import { oneLine } from '../text/show.js';
import { anchorOf, segments, type Segment } from './highlight.js';

export type CellState = 'both' | 'claimed' | 'inferred' | 'none';

export interface Cell {
  readonly lp: LpId;
  readonly state: CellState;
  /** The inferred score, when the words show the principle. */
  readonly score?: number;
  /** The phrases behind the score, each on one line. */
  readonly evidence: readonly string[];
}

export interface FindingView {
  /** 1, 2, 3… within the story, shown beside the marked phrase. */
  readonly n: number;
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** The field it points into or at, if any. */
  readonly field?: string;
  /** Whether a phrase in the text is marked for it. */
  readonly marked: boolean;
}

export interface SectionView {
  readonly field: TextField;
  readonly label: string;
  readonly segments: readonly Segment[];
  /** Findings reported at the section's key (something missing from it). */
  readonly keyFindings: readonly number[];
}

export interface StoryView {
  readonly id: string;
  readonly title: string;
  readonly filePath: string;
  readonly line: number;
  readonly draft: boolean;
  readonly readiness: Readiness;
  /** What its readiness lacks, check by check (none at 100), as lint and plan name it. */
  readonly missing: readonly Missing[];
  readonly cells: readonly Cell[];
  readonly partners: readonly string[];
  readonly sections: readonly SectionView[];
  readonly findings: readonly FindingView[];
}

export interface PrincipleView {
  readonly id: LpId;
  readonly name: string;
  readonly abbrev: string;
  /** Ids of the stories that claim or show it. */
  readonly stories: readonly string[];
  /** Ids of the stories whose words show it: covered, as `plan` and `map` judge it. */
  readonly shownBy: readonly string[];
  /** Some story claims it, but none shows it yet. */
  readonly claimedOnly: boolean;
  /** No story claims or shows it. */
  readonly gap: boolean;
}

/** One of a principle's rows in an interviewer's plan: the story planned for it, or none (no storyId). */
export interface PlannedRow {
  readonly lp: LpId;
  readonly name: string;
  readonly storyId?: string;
  readonly score?: number;
  /** The story planned is a draft (`draft: true`), named as one, as `plan` names it. */
  readonly draft?: boolean;
  /** A near story to tell instead, as `plan` names it on its `also:` line. */
  readonly also?: Alternative;
}

/**
 * A story the plan leaves unused that comes near the planned one and claims the principle where it doesn't, or is ready
 * where it isn't (principles/plan.ts `alternatives`): `storyId`, `at` (its place in `stories`, from 1), and `parts`,
 * what `plan` says after its name ("claimed", "readiness 82/100", "score 7", its lint errors).
 */
export interface Alternative {
  readonly storyId: string;
  readonly at: number;
  readonly parts: readonly string[];
}

/**
 * A story that claims a principle the plan leaves out, but whose words fall short of showing it, as `plan` says under
 * the principle: its `score` for it, its file (for the command that shows its evidence), and `at`, its place in
 * `stories` (from 1).
 */
export interface ShortClaimView {
  readonly storyId: string;
  readonly at: number;
  readonly score: number;
  readonly draft?: boolean;
  readonly filePath: string;
}

export interface PlanView {
  /**
   * With `report --interviewer`, each interviewer's principles in the order given, with the story planned for
   * each from the one plan for the loop (each story told once in it), as `plan --interviewer` shows them; else [].
   */
  readonly interviewers: readonly { readonly name?: string; readonly rows: readonly PlannedRow[] }[];
  readonly assignments: readonly { readonly lp: LpId; readonly name: string; readonly storyId: string; readonly score: number; readonly draft?: boolean; readonly also?: Alternative }[];
  /** Left out because the stories that show it are told for other principles. */
  readonly taken: readonly { readonly lp: LpId; readonly name: string; readonly stories: readonly string[]; readonly short: readonly ShortClaimView[] }[];
  /** No story shows it: the kind of story that would. */
  readonly none: readonly { readonly lp: LpId; readonly name: string; readonly hint: string; readonly short: readonly ShortClaimView[] }[];
  /**
   * Stories that claim and show a principle planned for another story, while they are told for another principle:
   * `why`, after the story's name, as `plan` says it (what telling it for its claim would cost), and `at`, the story's
   * place in `stories` (from 1).
   */
  readonly claimedElsewhere: readonly { readonly lp: LpId; readonly storyId: string; readonly at: number; readonly draft?: boolean; readonly why: string }[];
  /**
   * Planned stories with a readiness under READY_SCORE, a lint error (`errors`, the rule ids), or that are drafts
   * (`draft`, whatever their score), the ones to work on first, with what their readiness lacks and `at`, the
   * story's place in `stories` (from 1).
   */
  readonly notReady: readonly (Unready & { readonly missing: readonly Missing[]; readonly at: number })[];
}

export interface LpPractice {
  readonly id: LpId;
  readonly name: string;
  readonly abbrev: string;
  readonly answers: number;
  readonly medianSeconds: number;
  /** Share of answers over their own time limit, 0 to 1: `stats`' "over time". */
  readonly overTime: number;
  /** Null where every answer was stopped before its rating. */
  readonly averageRating: number | null;
  /** When spaced repetition next wants it (ISO), as `stats` says it, and whether that is now. */
  readonly dueAt: string;
  readonly due: boolean;
  /** Each answer, oldest first: when (ms since the epoch), how long, its limit, and whether it ran over it. */
  readonly points: readonly { readonly at: number; readonly seconds: number; readonly limit: number; readonly over: boolean }[];
}

export interface PracticeView {
  readonly answers: number;
  /** Of the answers not rated, those stopped before their self-check too (`check: {}`), which count for no principle. */
  readonly unchecked: number;
  /** How many answers ran over the limit each was drilled with (its `-t`, 2:00 by default), as `stats` counts. */
  readonly over: number;
  readonly from: number;
  readonly to: number;
  /** Only the principles practised, in catalog order. */
  readonly principles: readonly LpPractice[];
  /** How many answers were rated 1, 2, 3, 4 and 5. */
  readonly ratings: readonly [number, number, number, number, number];
  readonly never: readonly { readonly id: LpId; readonly abbrev: string; readonly name: string }[];
  /** The practised principles due for review, most overdue first, as `stats` lists them under "Due". */
  readonly due: readonly { readonly id: LpId; readonly dueAt: string }[];
}

export interface FileProblemView {
  readonly filePath: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface ReportModel {
  readonly generatedAt: string;
  readonly sources: readonly string[];
  readonly historyPath: string;
  readonly principles: readonly PrincipleView[];
  readonly stories: readonly StoryView[];
  readonly readiness: ReadinessSummary | undefined;
  readonly errors: number;
  readonly warnings: number;
  /** Bank-level findings (lp-coverage, no-failure-story) and problems outside any story. */
  readonly bankFindings: readonly FileProblemView[];
  /** Where stories were left out for their errors, what the bank-level findings could not count, said once under them (notCounted). */
  readonly bankNote?: string;
  readonly fileProblems: readonly FileProblemView[];
  readonly plan: PlanView;
  /** Null when no answer is recorded. */
  readonly practice: PracticeView | null;
  /** With a loop date: its day, and "10 days to your loop (2026-12-17)". */
  readonly loop?: { readonly date: string; readonly countdown: string };
}

export interface ReportInput {
  readonly files: readonly LoadedFile[];
  readonly results: readonly FileResult[];
  readonly history: readonly HistoryEntry[];
  readonly now: Date;
  /** The paths read, as the user gave them. */
  readonly sources: readonly string[];
  readonly historyPath: string;
  /** Each interviewer's principles (`--interviewer`): the plan is then theirs, not all 16's. */
  readonly interviewers?: readonly Interviewer[];
  /** The loop's day (--loop-date, the config's loopDate:), not past: counted down to, and what is due is drill's before it. */
  readonly loopDate?: string;
}

export const SECTION_LABELS: Record<TextField, string> = {
  title: 'Title',
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  tradeoff: 'Trade-off',
  learned: 'Learned',
};

export function buildReport(input: ReportInput): ReportModel {
  const maps = mapStories(input.files);
  const cover = coverage(maps);
  const shown = shownBy(maps);
  const summary = coverageSummary(maps);
  const fileProblems: FileProblemView[] = [];
  const found = maps.map((m) => findingsOf(input.results, spanOf(m)));
  const stories = maps.map((m, i) => storyView(m, found[i]!));
  for (const result of input.results.filter((r) => !r.bank)) {
    for (const p of result.messages) {
      if (!maps.some((m) => m.filePath === result.filePath && isAbout(p, spanOf(m)))) fileProblems.push({ filePath: result.filePath, ...problemView(p) });
    }
  }
  const bankFindings = input.results.filter((r) => r.bank).flatMap((r) => r.messages.map((p) => ({ filePath: r.filePath, ...problemView(p) })));
  const bankNote = bankFindings.length === 0 ? undefined : input.results.filter((r) => r.bank).map(notCounted).find((note) => note !== undefined);
  const all = input.results.flatMap((r) => r.messages);
  return {
    generatedAt: input.now.toISOString(),
    sources: input.sources,
    historyPath: input.historyPath,
    principles: PRINCIPLES.map((p) => ({
      id: p.id,
      name: p.name,
      abbrev: p.abbrev,
      stories: cover[p.id],
      shownBy: shown[p.id],
      claimedOnly: summary.claimedOnly.includes(p.id),
      gap: summary.none.includes(p.id),
    })),
    stories,
    readiness: summarize(stories.map((s) => s.readiness)),
    errors: all.filter((m) => m.severity === 2).length,
    warnings: all.filter((m) => m.severity === 1).length,
    bankFindings,
    ...(bankNote === undefined ? {} : { bankNote }),
    fileProblems,
    plan: planView(maps, stories, found, input.interviewers ?? []),
    practice: practiceView(input.history, input.now, input.loopDate === undefined ? undefined : loopEve(input.loopDate)),
    ...(input.loopDate === undefined ? {} : { loop: { date: input.loopDate, countdown: countdown(input.loopDate, calendarDay(input.now.getTime())) } }),
  };
}

function problemView(p: FileResult['messages'][number]) {
  return { line: p.line, column: p.column, ruleId: p.ruleId, severity: p.severity === 2 ? ('error' as const) : ('warning' as const), message: p.message };
}


function storyView(m: StoryMap, problems: FileResult['messages']): StoryView {
  const { story, locate } = m.loaded;
  const anchored = problems.map((p, i) => ({ p, n: i + 1, anchor: anchorOf(story, locate, p.line, p.column, p.message) }));
  const findings: FindingView[] = anchored.map(({ p, n, anchor }) => ({
    n,
    ...problemView(p),
    ...(anchor.kind === 'story' ? {} : { field: anchor.field }),
    marked: anchor.kind === 'phrase',
  }));
  const sections: SectionView[] = SPOKEN_FIELDS.filter((field) => textOf(story, field).trim() !== '' || anchored.some((a) => a.anchor.kind === 'key' && a.anchor.field === field)).map((field) => {
    const phrases = anchored.flatMap(({ n, anchor }) => (anchor.kind === 'phrase' && anchor.field === field ? [{ n, start: anchor.start, end: anchor.end }] : []));
    return {
      field,
      label: SECTION_LABELS[field],
      segments: segments(textOf(story, field), phrases),
      keyFindings: anchored.filter((a) => a.anchor.kind === 'key' && a.anchor.field === field).map((a) => a.n),
    };
  });
  const ready = readiness(story);
  return {
    id: story.id,
    title: story.title,
    filePath: m.filePath,
    line: locate.start.line,
    draft: story.draft === true,
    readiness: ready,
    missing: missingParts(ready.parts),
    cells: LP_IDS.map((lp) => cellOf(m, lp)),
    partners: partnersOf(story).map((p) => (p.role ? `${p.name}, ${p.role}` : p.name)),
    sections,
    findings,
  };
}

function cellOf(m: StoryMap, lp: LpId): Cell {
  const claimed = m.declared.includes(lp);
  const shown = m.inferred.find((i) => i.id === lp);
  const state: CellState = claimed ? (shown ? 'both' : 'claimed') : shown ? 'inferred' : 'none';
  return { lp, state, ...(shown ? { score: shown.score } : {}), evidence: shown ? shown.evidence.map((e) => oneLine(e.text)) : [] };
}

/**
 * The loop plan `tpm-prep plan` gives for all 16 principles, each story told once, or with `interviewers`, the
 * one `plan --interviewer` gives for theirs, shown interviewer by interviewer; `found`, each story's findings.
 */
function planView(maps: readonly StoryMap[], stories: readonly StoryView[], found: readonly FileResult['messages'][], interviewers: readonly Interviewer[]): PlanView {
  const fits = fitsOf(maps);
  // Every interviewer's principles in turn: one named by two interviewers is two questions, for two stories.
  const chosen = interviewers.length > 0 ? interviewers.flatMap((i) => i.lps) : LP_IDS;
  const rows = planRows(fits, chosen, 1);
  const plan = planOf(chosen, rows);
  const name = (id: LpId) => principle(id).name;
  const shown = (id: LpId) => fits.filter((f) => f.lp === id);
  // A principle asked by several interviewers is listed once.
  const { taken, none } = leftOut(plan, fits);
  const draft = (a: Fit) => (maps[a.story!]!.loaded.story.draft === true ? { draft: true } : {});
  // A story that claims and shows a principle but is told for another, as `plan` says why under its table.
  const elsewhere = claimsToldElsewhere(fits, chosen, rows, 1);
  // A story that claims a principle left out but shows it too little, as `plan` names it under the principle.
  const short = claimsFallingShort(maps, [...taken, ...none]);
  const shortOf = (id: LpId): ShortClaimView[] =>
    short.filter((c) => c.lp === id).map((c) => ({ storyId: c.storyId, at: c.story + 1, score: c.score, ...(maps[c.story]!.loaded.story.draft === true ? { draft: true } : {}), filePath: maps[c.story]!.filePath }));
  // Each story as the plan judges it: its readiness, lint errors and draft.
  const judged = stories.map((s, i) => ({ storyId: s.id, score: s.readiness.score, missing: s.missing, errors: errorRules(found[i]!), at: i + 1, story: i, ...(s.draft ? { draft: true } : {}) }));
  // Under a planned story, the near one `plan` names on its `also:` line: the same choice, said in the same words.
  const near = new Map(alternatives(fits, rows, (f) => isReady(judged[f.story!]!, READY_SCORE), 1).flatMap((alt, row) => (alt ? [[rows[row]!, alt] as const] : [])));
  const also = (a: Fit) => {
    const alt = near.get(a);
    return alt ? { also: { storyId: alt.storyId, at: alt.story! + 1, parts: alternativeParts(alt, judged[alt.story!]!) } } : {};
  };
  return {
    interviewers: interviewerPlans(interviewers.map((i) => i.lps), rows).map(({ lps, planned }, k) => ({
      ...(interviewers[k]!.name === undefined ? {} : { name: interviewers[k]!.name }),
      rows: lps.map((lp, j) => {
        const a = planned[j];
        return a ? { lp, name: name(lp), storyId: a.storyId, score: a.score, ...draft(a), ...also(a) } : { lp, name: name(lp) };
      }),
    })),
    assignments: plan.assignments.map((a) => ({ ...a, name: name(a.lp), ...draft(a), ...also(a) })),
    taken: taken.map((id) => ({ lp: id, name: name(id), stories: shown(id).map((f) => f.storyId), short: shortOf(id) })),
    none: none.map((id) => ({ lp: id, name: name(id), hint: principle(id).evidence, short: shortOf(id) })),
    claimedElsewhere: elsewhere.map((c) => ({ lp: c.planned.lp, storyId: c.claimant.storyId, at: c.claimant.story! + 1, ...draft(c.claimant), why: toldElsewhere(c) })),
    notReady: notReady(plan, judged, READY_SCORE).map(
      ({ story: _, ...unready }) => unready,
    ),
  };
}

function practiceView(history: readonly HistoryEntry[], now: Date, eve?: Date): PracticeView | null {
  if (history.length === 0) return null;
  const stats = practiceStats(history, now, eve);
  const sorted = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const ratings: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  // An answer stopped before its rating is in no bar.
  for (const e of sorted) if (e.rating !== undefined) ratings[e.rating - 1]! += 1;
  return {
    answers: sorted.length,
    unchecked: stats.unchecked,
    over: sorted.filter(isOverTime).length,
    from: Date.parse(sorted[0]!.at),
    to: Date.parse(sorted.at(-1)!.at),
    principles: stats.principles
      .filter((p) => p.answers > 0)
      .map((p) => ({
        id: p.id,
        name: p.name,
        abbrev: principle(p.id).abbrev,
        answers: p.answers,
        medianSeconds: p.medianSeconds!,
        overTime: p.overTime!,
        averageRating: p.averageRating,
        dueAt: p.dueAt!,
        due: p.due,
        points: sorted.filter((e) => practisedLps(e).includes(p.id)).map((e) => ({ at: Date.parse(e.at), seconds: e.seconds, limit: e.limit, over: isOverTime(e) })),
      })),
    ratings,
    never: stats.principles.filter((p) => p.answers === 0).map((p) => ({ id: p.id, abbrev: principle(p.id).abbrev, name: p.name })),
    due: stats.due.flatMap((id) => {
      const dueAt = stats.principles.find((p) => p.id === id)!.dueAt;
      return dueAt === null ? [] : [{ id, dueAt }];
    }),
  };
}
