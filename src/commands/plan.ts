/**
 * `tpm-prep plan [paths] [--lps a,b,c | --interviewer a,b --interviewer c,d] [--max-reuse N]`: which story to
 * tell for which principle, for the loop as a whole or interviewer by interviewer.
 */
import { loadBank } from '../bank/load.js';
import { loopDateFor } from './loop-date.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { compileRegexpsForStories } from '../regexps.js';
import { allPrinciples, parseInterviewers, parseLpArgs, refusePrinciplesAsPaths } from '../principles/args.js';
import { LP_IDS, principle, type LpId } from '../principles/catalog.js';
import { fitsOf, mapStories } from '../principles/coverage.js';
import { alternativeParts, alternatives, claimsFallingShort, claimsToldElsewhere, fallsShort, interviewerName, interviewerPlans, isReady, leftOut, notReady, planOf, planRows, toldElsewhere, type Fit, type Unready } from '../principles/plan.js';
import { loadConfig } from '../lint/config.js';
import { lintFiles } from '../lint/engine.js';
import { readiness } from '../lint/readiness.js';
import { errorRules, findingsOf, spanOf } from '../lint/results.js';
import { DRAFT_LEFT, READY_SCORE, gapsOnce, missingParts, type Missing } from '../lint/readiness-report.js';
import { MIN_SCORE } from '../principles/scores.js';
import { counted } from '../text/show.js';
import { listed, words, wrapPhrases, wrapText } from '../text/wrap.js';
import { bankPaths, configFileFor, existsIn, hereHint, reportBankProblems, storiesOf, storyNames, tableWidth } from './shared.js';
import { calendarDay } from '../drill/days.js';
import { countdown, daysToLoop } from '../drill/loop-date.js';

export interface PlanOptions {
  readonly lps?: string[];
  /** The option each of `lps` was typed with, `--lps` or `--lp`, for messages that name it. */
  readonly lpsFlags?: readonly string[];
  /** Each interviewer's principles, one comma list each. */
  readonly interviewer?: string[];
  readonly maxReuse?: string;
  readonly format?: string;
  readonly config?: string;
  /** The day of the loop as typed (--loop-date): YYYY-MM-DD, "+10d" or "in 10 days"; else the config's `loopDate:`. */
  readonly loopDate?: string;
}

export function planCommand(paths: string[], options: PlanOptions, io: Io, clock: () => number = Date.now): number {
  if (options.lps?.length && options.interviewer?.length) {
    throw new UsageError(`Give either ${options.lpsFlags?.[0] ?? '--lps'} or --interviewer, not both: --interviewer names the principles too, one interviewer at a time.`);
  }
  // The loop from --interviewer, or the config's `interviewers:` where neither --interviewer nor --lps is given.
  const config = loadConfig(configFileFor(options.config, paths, io.cwd), io.cwd);
  const interviewers = options.lps?.length ? [] : parseInterviewers(options.interviewer, config.interviewers, config.path);
  // The days left to the loop, if it has a date: one line, the plan as it is.
  const now = new Date(clock());
  const loopDate = loopDateFor(options.loopDate, config, now, io);
  const today = calendarDay(now.getTime());
  refusePrinciplesAsPaths(paths, existsIn(io.cwd), options.interviewer?.length ? '--interviewer' : '--lps', options.interviewer ?? options.lps, options.interviewer?.length ? undefined : options.lpsFlags);
  // Every interviewer's principles in turn: one named by two interviewers is two questions, for two stories.
  // `--lps all`: every principle, whatever loop the config holds.
  const all = allPrinciples(options.lps);
  const chosen = interviewers.length > 0 ? interviewers.flatMap((i) => i.lps) : options.lps?.length && !all ? parseLpArgs(options.lps, '--lps', true, options.lpsFlags) : [...LP_IDS];
  const maxReuse = Number(options.maxReuse ?? 1);
  if (!Number.isInteger(maxReuse) || maxReuse < 1) throw new UsageError(`--max-reuse takes a whole number of 1 or more, not "${options.maxReuse}".`);
  // Two interviewers who probe one principle should hear two stories; a story told twice in a loop is heard twice.
  if (interviewers.length > 0 && maxReuse > 1) {
    const loop = options.interviewer?.length ? '--interviewer' : `the loop in ${config.path ?? 'the config'} (interviewers:; give --lps all, or the principles, to plan without it)`;
    throw new UsageError(`--max-reuse does not go with ${loop}: a loop is planned with each story told once.`);
  }
  const bank = loadBank(bankPaths(paths, io.cwd, 'plan'), io.cwd, hereHint('plan', io.cwd));
  if (bank.files.length === 0) return reportBankProblems(bank, io);
  compileRegexpsForStories(storiesOf(bank));
  // The same scores `map` shows: a story is a candidate for the principles its text shows best.
  const maps = mapStories(bank.files);
  // Each story is known by its place in the bank, so two that share an id (lint's duplicate-id) are planned,
  // and named, apart: by id and file, where the id alone would not say which.
  const fits = fitsOf(maps);
  const names = storyNames(maps.map((m) => ({ id: m.id, filePath: m.filePath, line: m.loaded.locate.start.line })));
  // A draft (`draft: true`) is planned as any story is, but named as one wherever the plan names it ("digs (draft)",
  // in the table "digs (draft, score 8)"): it is still being written, so it is listed as not ready whatever its
  // score (a lint error of its is only a warning, so that is not what lists it).
  const draftOf = (f: { story?: number }) => maps[f.story!]!.loaded.story.draft === true;
  const nameOf = (f: { story?: number }) => names[f.story!]! + (draftOf(f) ? ' (draft)' : '');
  const fileOf = (f: { story?: number }) => maps[f.story!]!.filePath;
  const rows = planRows(fits, chosen, maxReuse);
  const plan = planOf(chosen, rows);
  // The plan weighs what a story shows, not how well it is told: say which planned stories are weak.
  // …and which have a lint error, as `tpm-prep lint` (with the same config) reports them.
  const results = lintFiles(bank.files, config);
  const judged = maps.map((m, story) => {
    const r = readiness(m.loaded.story);
    return { storyId: m.loaded.story.id, score: r.score, missing: missingParts(r.parts), errors: errorRules(findingsOf(results, spanOf(m))), story, ...(draftOf({ story }) ? { draft: true } : {}) };
  });
  const weak = notReady(plan, judged, READY_SCORE);
  // Under each planned story, a story the plan leaves unused that comes near it and claims the principle where the
  // planned one doesn't, or is ready where it isn't: what to tell instead, if you'd rather (a new user's trial: her
  // claimed, ready Dive Deep story appeared in no plan). By the row it is named under.
  const also = new Map(alternatives(fits, rows, (f) => isReady(judged[f.story!]!, READY_SCORE), maxReuse).flatMap((alt, row) => (alt ? [[rows[row]!, alt] as const] : [])));
  // "claimed, readiness 82/100, score 7", and the lint errors it has.
  const alsoParts = (f: Fit) => alternativeParts(f, judged[f.story!]!);
  // Interviewer by interviewer: each one's principles, with the story planned for each (or none), from the one
  // plan for the loop.
  const byInterviewer = interviewerPlans(interviewers.map((i) => i.lps), rows);
  // A principle can go unplanned because no story shows it, or because the stories that show it are
  // already told for others: the second needs --max-reuse, not a new story.
  // (A principle asked by several interviewers is listed once.)
  const { taken, none } = leftOut(plan, fits);
  const candidates = (id: LpId) => fits.filter((f) => f.lp === id);
  // A story that claims and shows a principle but is told for another: the plan covers as many principles as it can
  // (its total score), so say what telling it for the one it claims would cost.
  const elsewhere = claimsToldElsewhere(fits, chosen, rows, maxReuse);
  // A story that claims a principle the plan leaves out, but whose words fall short of showing it: why it wasn't
  // planned, and where to see its evidence, a line each under the principle.
  const short = claimsFallingShort(maps, [...taken, ...none]);
  const shortLines = (id: LpId) => short.filter((c) => c.lp === id).map((c) => wrapPhrases([`    ${nameOf(c)}`, ...fallsShort(c, fileOf(c))], width, 6));
  if (options.format === 'json') {
    // Each story with its file too: an id two stories share doesn't say which is meant.
    // Where the text names a story under it ("also: …"), that story, with its claim and readiness.
    const alternative = (a: Fit) => {
      const alt = also.get(a);
      if (!alt) return {};
      const j = judged[alt.story!]!;
      return { alternative: { storyId: alt.storyId, filePath: fileOf(alt), score: alt.score, claimed: alt.claimed === true, readiness: j.score, errors: j.errors, ...(j.draft ? { draft: true } : {}) } };
    };
    const assigned = (list: readonly Fit[]) => list.map((a) => ({ lp: a.lp, storyId: a.storyId, filePath: fileOf(a), score: a.score, ...(draftOf(a) ? { draft: true } : {}), ...alternative(a) }));
    // `uncovered` in its two kinds, as the text tells them apart: each principle whose stories are told for others,
    // with those stories, and those no story shows; for the loop and for each interviewer.
    const kinds = (uncovered: readonly LpId[]) => ({
      usedElsewhere: taken.filter((lp) => uncovered.includes(lp)).map((lp) => ({ lp, stories: candidates(lp).map((f) => ({ storyId: f.storyId, filePath: fileOf(f), score: f.score })) })),
      noStory: none.filter((lp) => uncovered.includes(lp)),
    });
    const interviewersJson = byInterviewer.map(({ lps, assignments, uncovered }, i) => ({ ...(interviewers[i]!.name === undefined ? {} : { name: interviewers[i]!.name }), lps, assignments: assigned(assignments), uncovered, ...kinds(uncovered) }));
    const notReadyJson = weak.map((w) => ({ storyId: w.storyId, filePath: fileOf(w), score: w.score, missing: w.missing, errors: w.errors, ...(w.draft ? { draft: true } : {}) }));
    const claimedElsewhere = elsewhere.map((c) => ({ lp: c.planned.lp, storyId: c.claimant.storyId, filePath: fileOf(c.claimant), score: c.claimant.score, toldFor: c.toldFor, leaves: c.leaves, total: c.total, totalWith: c.totalWith }));
    // Each story that claims a principle left out and falls short of showing it, with its score and the least that plans it.
    const claimedShort = short.map((c) => ({ lp: c.lp, storyId: c.storyId, filePath: fileOf(c), score: c.score, needs: MIN_SCORE }));
    const json = { ...(loopDate === undefined ? {} : { loopDate, daysLeft: daysToLoop(loopDate, today) }), assignments: assigned(plan.assignments), uncovered: plan.uncovered, ...kinds(plan.uncovered), ...(interviewers.length > 0 ? { interviewers: interviewersJson } : {}), claimedElsewhere, claimedShort, notReady: notReadyJson };
    io.stdout(JSON.stringify(json, null, 2) + '\n');
    return reportBankProblems(bank, io);
  }
  const width = tableWidth(io);
  const reuse = maxReuse === 1 ? 'each story once' : `each story at most ${maxReuse} times`;
  const principles = counted(chosen.length, 'principle');
  // Headings wrap as paragraphs, their lines under each other; the lines under them are indented.
  const lines = [...(loopDate === undefined ? [] : [`${countdown(loopDate, today)}.`]), wrapText(`Plan for ${interviewers.length > 0 ? `${counted(interviewers.length, 'interviewer')} (${principles})` : principles}, ${reuse}:`, width, 0)];
  // The rows as shown: for the loop, or interviewer by interviewer, each under its heading.
  const shown: { heading?: string; rows: { lp: LpId; a: (typeof rows)[number] }[]; indent: string }[] =
    interviewers.length > 0
      ? byInterviewer.map(({ lps, planned }, i) => ({ heading: wrapText(`  ${interviewerName(interviewers[i]!, i)}:`, width, 4), rows: lps.map((lp, j) => ({ lp, a: planned[j] })), indent: '    ' }))
      : [{ rows: plan.assignments.map((a) => ({ lp: a.lp, a })), indent: '  ' }];
  const alsoOf = (a: Fit | undefined) => {
    const alt = a && also.get(a);
    if (!alt) return undefined;
    const parts = alsoParts(alt);
    return [names[alt.story!]!, `(${parts.join(', ')})`];
  };
  lines.push(...planTable(shown, (a) => (a ? [names[a.story!]!, `(${draftOf(a) ? 'draft, ' : ''}score ${a.score})`] : ['(no story; see below)']), alsoOf, width));
  if (elsewhere.length > 0) {
    lines.push('', wrapText('Told for another principle than one it claims and shows:', width, 0));
    for (const c of elsewhere) lines.push(wrapText(`  ${nameOf(c.claimant)} ${toldElsewhere(c)}`, width));
  }
  if (weak.length > 0) {
    // A story a line, with what its readiness lacks (lint names no customer or decision, and prints nothing
    // for a story that breaks no rule), then the rules it breaks, which lint explains.
    // "or a draft" only where one is listed: a draft is not ready whatever its score.
    const why = weak.some((w) => w.draft) ? `readiness under ${READY_SCORE}/100, a lint error, or a draft` : `readiness under ${READY_SCORE}/100, or a lint error`;
    lines.push('', wrapText(`Planned but not ready (${why}):`, width, 0));
    for (const w of weak) lines.push(wrapPhrases(unreadyParts(nameOf(w), w), width));
  }
  if (taken.length > 0) {
    // The same advice for the same principles, as a loop or by --lps (a user's trial: a loop was told to write another
    // story, the same seven by --lps to reuse one), and where reuse is allowed, more of it. "--max-reuse 2" kept on one
    // line, as the option it is.
    const instead = interviewers.length > 0 ? words('another story for each would cover them:') : [...words('another story for each would cover them, or'), `--max-reuse ${maxReuse + 1}:`];
    lines.push('', wrapPhrases([...words('Left out because their stories are used for other principles'), `(${taken.length});`, ...instead], width, 0));
    for (const id of taken) lines.push(wrapPhrases([`  ${principle(id).name}:`, ...listed(candidates(id).map(nameOf), '')], width), ...shortLines(id));
  }
  if (none.length > 0) {
    lines.push('', `No story for ${none.length}:`);
    for (const id of none) {
      // A story that claims the principle without showing it is a draft to finish, not a gap to fill: said under it.
      lines.push(wrapText(`  ${principle(id).name}: ${principle(id).evidence}`, width), ...shortLines(id));
    }
  }
  io.stdout(lines.join('\n') + '\n');
  return reportBankProblems(bank, io);
}

/**
 * The plan's rows, a blank line before each group (and its heading): each principle's name in a column as
 * wide as the longest shown, then its story and score ("digs", "(score 8)"), the score under the story where
 * the line is too short for it, so long as every story fits the `width`-column line beside the names; else
 * each row as "Name: digs (score 8)", wrapped, the story under the name where they don't fit one line. Under a row
 * with a story to name instead (`also`: its name, then its phrases), "also: fraud-alert (claimed, readiness 82/100,
 * score 7)", under the story, or under the name in the second layout.
 */
function planTable(
  groups: readonly { heading?: string; rows: readonly { lp: LpId; a: Fit | undefined }[]; indent: string }[],
  story: (a: Fit | undefined) => readonly string[],
  also: (a: Fit | undefined) => readonly string[] | undefined,
  width: number,
): string[] {
  const all = groups.flatMap((g) => g.rows.map((row) => ({ indent: g.indent, name: principle(row.lp).name, story: story(row.a), also: also(row.a) })));
  const column = Math.max(0, ...all.map((row) => row.name.length));
  const table = all.every((row) => row.indent.length + column + 2 + row.story[0]!.length <= width);
  const alsoLine = (under: number, [alt, ...rest]: readonly string[]) => `\n${wrapPhrases([`${' '.repeat(under)}also: ${alt}`, ...rest], width, under + 2)}`;
  const line = ({ indent, name, story: [told, ...rest], also: alt }: (typeof all)[number]) => {
    if (!table) return wrapPhrases([`${indent}${name}:`, [told, ...rest].join(' ')], width, indent.length + 2) + (alt ? alsoLine(indent.length + 2, alt) : '');
    const row = `${indent}${name.padEnd(column)}  ${told}`;
    const after = rest.join(' ');
    const under = indent.length + column + 2;
    const shown = !after ? row : row.length + 1 + after.length <= width ? `${row} ${after}` : `${row}\n${' '.repeat(under)}${after}`;
    return shown + (alt ? alsoLine(under, alt) : '');
  };
  let at = 0;
  return groups.flatMap((g) => (g.rows.length === 0 ? [] : ['', ...(g.heading ? [g.heading] : []), ...g.rows.map(() => line(all[at++]!))]));
}

/**
 * A not-ready story's line as parts for wrapPhrases: "  digs 45/100: no customer, no trade-off (lint error), no
 * decision; lint error: failure-without-lesson", what its readiness lacks first, then its other lint errors,
 * either one alone.
 */
function unreadyParts(name: string, w: Unready & { readonly missing: readonly Missing[] }): string[] {
  // A gap a rule reports too is said once: "no trade-off (lint error)", not again as "no-tradeoff".
  const gaps = gapsOnce(w.missing, w.errors);
  // "lint errors:" stays on the line of the first rule it names.
  const errors = listed(gaps.errors, '').map((rule, i) => (i === 0 ? `lint ${gaps.errors.length === 1 ? 'error' : 'errors'}: ${rule}` : rule));
  // A draft with nothing else to fix: what makes it not ready is that it is one.
  if (gaps.lacks.length === 0 && errors.length === 0 && w.draft) return [`  ${name} ${w.score}/100:`, ...DRAFT_LEFT];
  if (gaps.lacks.length === 0) return [`  ${name} ${w.score}/100;`, ...errors];
  return [`  ${name} ${w.score}/100:`, ...listed(gaps.lacks, errors.length > 0 ? ';' : ''), ...errors];
}
