/**
 * Readiness as lint and map report it: the mean over several stories, and the one-line description. The
 * scoring itself is in readiness.ts; this part loads no text analysis, so a report from the lint cache
 * doesn't either.
 */
export const AXES = { impact: 34, scope: 33, ownership: 33 } as const;
/** The bands map and the report colour a score by: ready at 80 and over, weak under 50. */
export const READY_SCORE = 80;
export const WEAK_SCORE = 50;
/**
 * What a planned draft that lacks nothing and breaks no rule has left to do, as plan and the report say it: as
 * phrases, each kept whole on a line (`draft: true` as typed).
 */
export const DRAFT_LEFT = ['nothing lacking;', 'a draft until you delete', '`draft: true`'] as const;
export type Band = 'high' | 'mid' | 'low';
export const bandOf = (score: number): Band => (score >= READY_SCORE ? 'high' : score >= WEAK_SCORE ? 'mid' : 'low');
export type Axis = keyof typeof AXES;

/** The points for each check, by axis; each axis's points add up to its maximum (see readiness.ts). */
export const POINTS = {
  metric: 20,
  metricElsewhere: 8,
  customer: 14,
  teams: 18,
  teamsTwo: 12,
  partner: 15,
  actions: 13,
  actionsTwo: 9,
  actionsOne: 5,
  decision: 10,
  tradeoff: 10,
} as const;

export interface Readiness {
  readonly score: number;
  readonly impact: number;
  readonly scope: number;
  readonly ownership: number;
  /** The points each check earned. */
  readonly parts: {
    readonly metric: number;
    readonly customer: number;
    readonly teams: number;
    readonly partner: number;
    readonly actions: number;
    readonly decision: number;
    readonly tradeoff: number;
  };
}

/** One of readiness's checks, by the name `parts` gives it. */
export type Check = keyof Readiness['parts'];

/** The checks in the order the README's table and every list of them give them: by axis. */
export const CHECKS: readonly Check[] = ['metric', 'customer', 'teams', 'partner', 'actions', 'decision', 'tradeoff'];

/** What a check short of its full points lacks: the check, the points it would add, and a few words. */
export interface Missing {
  readonly check: Check;
  readonly points: number;
  /** "no customer", "no metric in the result", `only two "I" actions`. */
  readonly label: string;
}

/**
 * What a story's readiness lacks: each check short of its full points, in CHECKS order, with the points it
 * would add; none for a story at 100. Read off the points readiness gave (`parts`), not worked out again.
 */
export function missingParts(parts: Readiness['parts']): Missing[] {
  const full: Record<Check, number> = { metric: POINTS.metric, customer: POINTS.customer, teams: POINTS.teams, partner: POINTS.partner, actions: POINTS.actions, decision: POINTS.decision, tradeoff: POINTS.tradeoff };
  const label = (check: Check, got: number): string => {
    switch (check) {
      case 'metric':
        return got > 0 ? 'no metric in the result' : 'no metric';
      case 'customer':
        return 'no customer';
      case 'teams':
        return got > 0 ? 'fewer than three teams' : 'no cross-team work';
      case 'partner':
        return 'no named partner';
      case 'actions':
        return got === POINTS.actionsTwo ? 'only two "I" actions' : got === POINTS.actionsOne ? 'only one "I" action' : 'no "I" actions';
      case 'decision':
        return 'no decision';
      case 'tradeoff':
        return 'no trade-off';
    }
  };
  return CHECKS.filter((check) => parts[check] < full[check]).map((check) => ({ check, points: full[check] - parts[check], label: label(check, parts[check]) }));
}

/**
 * What to add for each check, in a sentence, for where there is room for one (the report): the README's
 * readiness table says the same.
 */
export const HINTS: Record<Check, string> = {
  metric: 'Put a number in the result: what changed, and by how much.',
  customer: 'Say who the work was for: customers, shoppers, sellers, patients, developers…',
  teams: 'Name the teams or orgs you aligned: three or more earn the full points.',
  partner: 'Name who you worked with, and their role, or add `partners:`.',
  actions: 'Tell what you did with "I": three or more actions in the task and action.',
  decision: 'Say what you decided yourself: "I decided", "I chose", "I pushed for" ("we chose" doesn\'t count).',
  tradeoff: 'Name what you gave up and why ("I deferred X to ship Y"), or add `tradeoff:`.',
};

/**
 * The lint rule that reports the very gap a check scores, for the checks one does: readiness asks the rule's
 * own question (readiness.ts scores the metric with missing-metric's hasMetric on the result, the partner with
 * no-named-partner's namesPartner, the trade-off with no-tradeoff's statesTradeoff, and gives the teams check
 * points for any sign of scope no-scope accepts), so a story the rule reports lacks the check's points. The
 * README's readiness table names the same rules.
 */
export const RULE_OF_CHECK: Partial<Record<Check, string>> = {
  metric: 'missing-metric',
  teams: 'no-scope',
  partner: 'no-named-partner',
  tradeoff: 'no-tradeoff',
};

/**
 * What a story lacks and the rules it breaks at error level, each gap said once, for a list that names both
 * (plan's not-ready stories, the report's): a check whose rule is among `errors` keeps its label, marked as a
 * lint error, and the rule isn't named again.
 */
export function gapsOnce(missing: readonly Missing[], errors: readonly string[]): { lacks: string[]; errors: string[] } {
  const told = missing.map((m) => RULE_OF_CHECK[m.check]).filter((rule) => rule !== undefined && errors.includes(rule));
  return {
    lacks: missing.map((m) => (told.includes(RULE_OF_CHECK[m.check]) ? `${m.label} (lint error)` : m.label)),
    errors: errors.filter((rule) => !told.includes(rule)),
  };
}

/** The labels joined: "no customer, no decision"; '' for none. */
export function describeMissing(missing: readonly Missing[]): string {
  return missing.map((m) => m.label).join(', ');
}

export interface StoryReadiness {
  readonly storyId: string;
  /** The line of its id in its file (of its first line, with no `id:`): two stories of a file may share an id. */
  readonly line?: number;
  readonly score: number;
  readonly impact: number;
  readonly scope: number;
  readonly ownership: number;
  /** What it lacks (see missingParts). */
  readonly missing: readonly Missing[];
}

/** Readiness over several stories: the rounded mean of each number, and how many stories it covers. */
export interface ReadinessSummary {
  readonly score: number;
  readonly impact: number;
  readonly scope: number;
  readonly ownership: number;
  readonly count: number;
}

export function summarize(stories: readonly Pick<Readiness, 'score' | Axis>[]): ReadinessSummary | undefined {
  if (stories.length === 0) return undefined;
  const mean = (key: 'score' | Axis) => Math.round(stories.reduce((n, s) => n + s[key], 0) / stories.length);
  return { score: mean('score'), impact: mean('impact'), scope: mean('scope'), ownership: mean('ownership'), count: stories.length };
}

/** "72/100 (impact 30/34, scope 22/33, ownership 20/33)". */
export function describe(r: Pick<Readiness, 'score' | Axis>): string {
  return `${r.score}/100 (impact ${r.impact}/${AXES.impact}, scope ${r.scope}/${AXES.scope}, ownership ${r.ownership}/${AXES.ownership})`;
}

/** A file's readiness (or the bank's, without `stories`): the mean, and each story's. */
export interface FileReadiness extends ReadinessSummary {
  readonly stories?: readonly StoryReadiness[];
}

/** A story as lint reports it: its id and its readiness (see lint/facts.ts). */
interface Scored {
  readonly id: string;
  readonly readiness: Readiness;
}

/** The file's readiness: its stories' mean, and each story's, with the line of its id where `idLines` gives it. */
export function fileReadiness(stories: readonly Scored[], idLines?: readonly number[]): FileReadiness | undefined {
  const each = stories.map(({ id, readiness: { score, impact, scope, ownership, parts } }, i) => ({
    storyId: id,
    ...(idLines?.[i] === undefined ? {} : { line: idLines[i] }),
    score,
    impact,
    scope,
    ownership,
    missing: missingParts(parts),
  }));
  const summary = summarize(each);
  return summary && { ...summary, stories: each };
}

/**
 * The readiness a lint entry shows: a file's mean and each story's, or for the bank entry the mean over
 * the bank; undefined with no story. Only the formatters that show it ask (and the lint cache, which
 * keeps it for the next run; with --no-cache a compact or clean run never scores readiness at all).
 */
export function entryReadiness(entry: { readonly stories: readonly Scored[]; readonly idLines?: readonly number[]; readonly bank?: true }): FileReadiness | undefined {
  return entry.bank ? summarize(entry.stories.map((s) => s.readiness)) : fileReadiness(entry.stories, entry.idLines);
}
