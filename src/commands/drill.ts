/**
 * `tpm-prep drill`: draw questions (seeded, weighted by history), then either print them (no terminal,
 * --print, --format json) or run the timed session and record each answer.
 */
import { colorLevel, isDumbTerminal, makeChalk, plainPrompts } from '../color.js';
import { loopDateFor } from './loop-date.js';
import { UsageError } from '../errors.js';
import { terminalWidth, type Io } from '../io.js';
import { allPrinciples, interviewersNamed, parseLpArgs, refuseInterviewerAsLp, refusePrinciplesAsPaths } from '../principles/args.js';
import { LP_IDS, principle, principleNames, type LpId } from '../principles/catalog.js';
import { counted } from '../text/show.js';
import { listed, proseWidth, wrapPhrases, wrapText, type Part } from '../text/wrap.js';
import { appendHistory } from '../drill/history.js';
import { COUNT, MINUTES, SECONDS, SEED_TAKES, boxCount, boxText, rangeText, type Range } from '../drill/limits.js';
import { filterQuestions, questionJson, resolveCategories, type Question } from '../drill/questions.js';
import { drawQuestions } from '../drill/select.js';
import { dueReviews, type DueReview } from '../drill/schedule.js';
import { duePhrases, overdue } from '../drill/stats.js';
import { DUE_FIRST, DUE_LATER, loopNote, runSession, sessionWidth, type Terminal } from '../drill/session.js';
import { anyFits, suggestionNotes, preparationFor, storySuggester, type Ask, type Shown, type StoryBrief, type Suggestion } from '../drill/suggest.js';
import { formatClock, realTicker } from '../drill/timer.js';
import { configFor, historyFor, noBankHere, questionsFor, storiesFor } from '../drill/workspace.js';
import { interviewerName } from '../principles/plan.js';
import { whyNotWritable, whyNotWritten } from '../write.js';
import { existsIn, placeName, storyPlaces, type Place } from './shared.js';
import { loopEve } from '../drill/loop-date.js';
import type { Config } from '../lint/config.js';

/** drill's --format values: the text, the drawn questions as a JSON array, and that array with what the text says above it. */
export const FORMATS = ['text', 'json', 'json-with-metadata'] as const;

export interface DrillOptions {
  readonly lp?: string[];
  /** The option each of `lp` was typed with, `--lp` or `--lps`, for messages that name it. */
  readonly lpFlags?: readonly string[];
  /** Interviewers of the config's loop, by name: their principles, drawn as --lp draws them. */
  readonly interviewer?: string[];
  readonly category?: string[];
  readonly count?: string;
  readonly time?: string;
  /** A time box for the whole drill, as typed (15, 1.5, 15m, 1h): no new question starts once it is spent. */
  readonly minutes?: string;
  readonly seed?: string;
  readonly stories?: string;
  /** The folder was named as a path (`tpm-prep drill DIR`), not with --stories: problems with it say so. */
  readonly storiesAsPath?: boolean;
  readonly questions?: string;
  readonly config?: string;
  readonly blind?: boolean;
  /** false with --no-followups. */
  readonly followups?: boolean;
  readonly quietClock?: boolean;
  /** false with --no-history. */
  readonly history?: boolean;
  /** false with --no-cache: every story file is read afresh, and drill's cache neither read nor written. */
  readonly cache?: boolean;
  readonly print?: boolean;
  /** One of FORMATS: the option's choices refuse any other, in the CLI's words for a value that is none of them. */
  readonly format?: (typeof FORMATS)[number];
  readonly color?: boolean;
  /** The day of the loop as typed (--loop-date): YYYY-MM-DD, "+10d" or "in 10 days"; else the config's `loopDate:`. */
  readonly loopDate?: string;
}

/** The real terminal: stdin, stdout, the wall clock, and SIGINT/SIGTERM as a stop. */
export function processTerminal(): Terminal {
  return {
    input: process.stdin,
    output: process.stdout,
    clock: Date.now,
    ticker: realTicker,
    columns: () => terminalWidth(process.env, process.stdout.columns),
    onInterrupt(stop) {
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      return () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      };
    },
  };
}

/** `lps` with those in `asked` first, each part in its own order. */
function askedFirst(lps: readonly LpId[], asked: readonly LpId[]): LpId[] {
  return [...lps.filter((lp) => asked.includes(lp)), ...lps.filter((lp) => !asked.includes(lp))];
}

/** `--lp`'s principles; where one is an interviewer of the config's loop by name, a usage error that says to use --interviewer. */
async function lpsOrInterviewer(options: DrillOptions, io: Io): Promise<LpId[]> {
  try {
    return parseLpArgs(options.lp, '--lp', true, options.lpFlags);
  } catch (error) {
    if (error instanceof UsageError) refuseInterviewerAsLp(options.lp, (await configFor(options, io))?.interviewers ?? []);
    throw error;
  }
}

/**
 * `--seed -n 2 --print`, the seed's value forgotten: the parser takes the next option as the seed, and the number
 * after it as the stories folder ("2: no such file or folder", a new user's trial). A seed that reads as an option
 * (a dash and a letter; "-5" is a number) is refused as that.
 */
function refuseOptionAsSeed(seed: string | undefined): void {
  if (seed === undefined || !/^--?[a-z]/i.test(seed)) return;
  throw new UsageError(`--seed needs ${SEED_TAKES}; it took the option ${seed} as its value.`);
}

export async function drillCommand(options: DrillOptions, io: Io, term: Terminal = processTerminal()): Promise<number> {
  refuseOptionAsSeed(options.seed);
  if (options.interviewer !== undefined && options.lp !== undefined) {
    const lp = options.lpFlags?.[0] ?? '--lp';
    throw new UsageError(`--interviewer and ${lp} don't go together: --interviewer drills that interviewer's principles. Give one or the other.`);
  }
  // `--lp all`: every principle, whatever loop the config holds (as `plan --lps all`).
  const all = allPrinciples(options.lp);
  const named = all ? [] : await lpsOrInterviewer(options, io);
  // `drill --lp ownership deliver-results` makes the second principle the stories folder.
  if (options.storiesAsPath && options.stories !== undefined) refusePrinciplesAsPaths([options.stories], existsIn(io.cwd), '--lp', options.lp, options.lpFlags);
  const categories = resolveCategories(options.category);
  const limit = inRange(options.time, '--time', SECONDS);
  const minutes = options.minutes === undefined ? undefined : inRange(options.minutes, '--minutes', MINUTES);
  // No question starts with less of the box left than an answer's time: a box shorter than one would ask none.
  if (minutes !== undefined && Math.round(minutes * 60) < limit) {
    throw new UsageError(
      `--minutes ${options.minutes!.trim()} is shorter than one answer of ${formatClock(limit)} (--time), so no question would start: give a box of ${boxText(limit / 60)} or more, or a shorter --time.`,
    );
  }
  // A time box without --count draws as many questions as answers of --time fit in it.
  const count = minutes !== undefined && options.count === undefined ? boxCount(minutes, limit) : inRange(options.count, '--count', COUNT);
  // JSON, either shape, implies --print.
  const json = options.format === 'json' || options.format === 'json-with-metadata';
  // A time box is kept by the session's clock; a list has none. Say how to list as many as the box would draw.
  if (minutes !== undefined && (options.print || json)) {
    const lister = options.print ? '--print' : `--format ${options.format}`;
    const instead = options.count === undefined ? `drop --minutes, or give --count ${count} for as many as a box of ${boxText(minutes)} draws` : 'drop --minutes to list them';
    throw new UsageError(`--minutes time-boxes a drill in the terminal, and ${lister} only lists the questions: ${instead}.`);
  }

  const config = await configFor(options, io);
  // The loop date, if any (a bad --loop-date refused here, before anything is read): what was never practised first,
  // and a review due after it asked on its eve.
  const loopDate = loopDateFor(options.loopDate, config, new Date(term.clock()), io);
  const eve = loopDate === undefined ? undefined : loopEve(loopDate);
  // The config's loop, if any: each question's planned story first, with whom it is planned for.
  const loop = config?.interviewers ?? [];
  // --interviewer: their principles, drawn as --lp draws them, and only what the loop's plan tells them marked.
  const chosen = options.interviewer === undefined ? undefined : interviewersNamed(options.interviewer, loop, config?.path);
  const lps = chosen ? [...new Set(chosen.flatMap((i) => i.lps))] : named;
  const pool = filterQuestions((await questionsFor(options, io, config)).map((q) => q.question), { lps, categories });
  if (pool.length === 0) {
    // With --interviewer, what was given is theirs: their principles, named, not "the same --lp" the user never gave.
    if (chosen && categories.length > 0) {
      const whose = `the principles of ${chosen.map((i) => interviewerName(i, loop.indexOf(i))).join(' and ')} (${lps.join(', ')})`;
      throw new UsageError(
        `No question in --category ${categories.join(',')} tests ${whose}: drop --category to drill them, or see the categories of their questions with \`tpm-prep questions --lp ${lps.join(',')}\`.`,
      );
    }
    throw new UsageError('No question matches those filters. Run `tpm-prep questions` with the same --lp and --category to check.');
  }
  const asPath = options.storiesAsPath ? 'drill' : undefined;
  const bank = await storiesFor(options.stories, io, asPath, options.cache !== false);
  const stories = bank.map((p) => p.story);
  const words = new Map(bank.map((p) => [p.story, p.shown]));
  const shownOf = (story: StoryBrief): Shown => words.get(story)!;
  // Named by id, or by id and file where two stories share the id (lint's duplicate-id).
  const places = new Map(storyPlaces(bank.map((p) => ({ id: p.story.id, filePath: p.filePath, line: p.line }))).map((place, i) => [stories[i]!, place]));
  const files = new Map(bank.map((p) => [p.story, p.filePath]));
  const placeOf = (story: StoryBrief): Place => places.get(story) ?? { id: story.id };
  const nameOf = (story: StoryBrief) => placeName(placeOf(story));
  const fileOf = (story: StoryBrief) => files.get(story) ?? '';
  const now = new Date(term.clock());
  const { history, historyPath, historyShown } = historyFor(options.stories, io, now, asPath);

  // A loop is planned only where there is a config, whose reader has loaded the signals already.
  const plans = loop.length > 0 ? (await import('../principles/coverage.js')).plannedFor(stories, loop, chosen, (story) => shownOf(story).scores()) : undefined;
  const suggest = storySuggester(stories, shownOf, plans);
  const covered = new Set<LpId>(LP_IDS.filter((lp) => anyFits(stories, shownOf, lp)));
  const seed = options.seed ?? String(Math.floor(term.clock()) % 1_000_000);
  // The principles asked for (--lp, or without it the loop's) each get a question while --count allows, and only
  // their due reviews come first: a due principle of a question's other ones is drawn by weight (a twentieth user's
  // trial named three principles and got four others, all due, in a drill of four).
  const loopLps = lps.length === 0 && !all ? [...new Set(loop.flatMap((i) => i.lps))] : [];
  const asked = loopLps.length > 0 ? loopLps : lps;
  const focus = asked.length > 0 ? { asked, dueWithin: new Set(asked) } : {};
  const draw = drawQuestions({ questions: pool, history: history.entries, coveredLps: covered, now, count, seed, ...focus, ...(eve ? { loopEve: eve } : {}) });
  // A question drawn for the principles asked names them first ("Deliver Results + Earn Trust" for --lp deliver-results):
  // a trial's drill for its loop headed three questions with principles outside it.
  const drawn = asked.length > 0 ? draw.questions.map((q) => ({ ...q, lps: askedFirst(q.lps, asked) })) : draw.questions;
  const shown = config?.path ?? '.tpm-prep.yaml';
  const drawnForLoop = chosen
    ? loopNote(shown, lps.length, chosen.map((i) => interviewerName(i, loop.indexOf(i))))
    : loopLps.length > 0
      ? loopNote(shown, loopLps.length)
      : undefined;
  // A dumb terminal (a screen reader's, which says "·" as "dot"): the lists with commas, and a question's id, principles
  // and category a line each, as stats says its loop (a comma would be heard inside "Are Right, A Lot").
  const plain = isDumbTerminal(io.env);
  const reviews = duePhrases(draw.reviews.map((r) => ({ id: r.id, dueAt: r.dueAt.toISOString() })), now, undefined, plain);
  // The due ones the never-practised left no room for, named for next time (a drill said nothing of them).
  const postponed = duePhrases(draw.postponed.map((r) => ({ id: r.id, dueAt: r.dueAt.toISOString() })), now, undefined, plain);

  const interactive = Boolean(term.input.isTTY && term.output.isTTY) && !options.print && !json;
  const recording = interactive && options.history !== false;
  // As stats says it: no bank here, so no stories to show, and a history would start in this folder.
  const noBank = noBankHere(options.stories, io, 'drill');
  if (noBank) {
    const here = recording ? `, and answers go to ${historyShown} here` : '';
    io.stderr(`tpm-prep: warning: ${noBank.missing.replace(/^No/, 'no')}: drilling without your stories${here}. ${noBank.fix}\n`);
  }
  if (!interactive) {
    // Half a terminal (keys piped in, or the output piped away) is more likely a slip than a wish to print: say so. So is a
    // time box, which only a terminal keeps (--print and JSON with --minutes were refused above): say how many are printed.
    const half = Boolean(term.input.isTTY) !== Boolean(term.output.isTTY);
    if (minutes !== undefined) {
      const which = half ? `${term.input.isTTY ? 'standard output' : 'standard input'} is not one` : 'neither standard input nor standard output is one';
      const what = `${counted(count, 'question')}${options.count === undefined ? ` a box of ${boxText(minutes)} draws` : ''}`;
      const instead = options.count === undefined ? `--print --count ${count}` : '--print';
      const [are, them] = count === 1 ? ['is', 'it'] : ['are', 'them'];
      io.stderr(`tpm-prep: --minutes time-boxes a drill in a terminal, and ${which}, so the ${what} ${are} printed and nothing is recorded. Give ${instead} instead of --minutes to print ${them} without this note.\n`);
    } else if (!options.print && !json && half) {
      const which = term.input.isTTY ? 'standard output' : 'standard input';
      io.stderr(`tpm-prep: drill times and records answers only in a terminal, and ${which} is not one, so the questions are printed and nothing is recorded. Give --print to print them without this note.\n`);
    }
    const o: PrintOptions = { seed, limit, reviews, postponed, loopNote: drawnForLoop, blind: Boolean(options.blind), followups: options.followups !== false, suggest, hasStories: stories.length > 0, placeOf, fileOf, width: proseWidth(io.columns), plain };
    const questions = () => drawn.map((q) => printedJson(q, o));
    // `json` is the questions alone, as it has always been; `json-with-metadata` wraps them with what the text says above them.
    // The loop the draw was for ("Drawn for your loop…", or for the interviewers named), null where it was for none.
    const loopJson = chosen
      ? { config: shown, interviewers: chosen.map((i) => interviewerName(i, loop.indexOf(i))), lps }
      : loopLps.length > 0
        ? { config: shown, interviewers: loop.map((i, at) => interviewerName(i, at)), lps: loopLps }
        : null;
    const metadata = () => ({
      seed,
      limit,
      loop: loopJson,
      // The loop date the draw was for, where it has one.
      ...(loopDate === undefined ? {} : { loopDate }),
      // Each with the question asked first for it: drawn for it, or drawn for a principle never practised that asks it too.
      reviews: draw.reviews.map((r) => ({ ...dueJson(r), question: drawn.find((q) => q.lps.includes(r.id))!.id })),
      postponed: draw.postponed.map(dueJson),
    });
    if (options.format === 'json') io.stdout(JSON.stringify(questions(), null, 2) + '\n');
    else if (options.format === 'json-with-metadata') io.stdout(JSON.stringify({ questions: questions(), metadata: metadata() }, null, 2) + '\n');
    else io.stdout(printed(drawn, o));
    return 0;
  }

  // Before the first question, not after the first answer: a history that can't be written would lose every answer.
  const unwritable = recording ? whyNotWritable(historyPath) : undefined;
  if (unwritable) throw new UsageError(`Can't write ${historyShown}: ${unwritable}, so no answer could be recorded. Fix that, or drill with --no-history.`);

  const c = makeChalk(colorLevel(options.color === false ? false : undefined, io.env, true));
  // The prompts, which the session imports only at the first self-check, as plain as the session's own text.
  plainPrompts(c.level, io.env);
  const result = await runSession(
    {
      questions: drawn,
      limit,
      seed,
      reviews,
      postponed,
      ...(drawnForLoop ? { loopNote: drawnForLoop } : {}),
      blind: Boolean(options.blind),
      followups: options.followups !== false,
      quietClock: quietClock(options, config, io.env),
      dumb: plain,
      ...(minutes !== undefined ? { minutes } : {}),
      stories,
      nameOf,
      suggest: (q) => suggest(q),
      ...(recording
        ? {
            record: (entry) => {
              try {
                appendHistory(historyPath, entry);
              } catch (error) {
                throw new UsageError(`Can't write ${historyShown}: ${whyNotWritten(error)}; that answer was not recorded.`);
              }
            },
          }
        : {}),
    },
    term,
    c,
  );
  const n = result.answered;
  const answers = `${n} answer${n === 1 ? '' : 's'}`;
  const where = recording ? (n > 0 ? `${answers} recorded in ${historyShown}.` : 'nothing was recorded.') : `${answers}; history is off (--no-history).`;
  const ended = result.interrupted ? 'Drill stopped' : result.left && minutes !== undefined ? boxEnded(minutes, result.boxLeft ?? 0, limit) : 'Drill done';
  // Stopped at "Which story did you use?": that answer is kept, and what it lacks is said.
  // Stopped before the rating, after the answer: that answer is kept too, without a rating; before its self-check, with
  // its time alone.
  const unsaid = !recording
    ? ''
    : result.storyUnsaid
      ? ` The last was recorded without its story: you stopped at "Which story did you use?".`
      : result.unchecked
        ? ' The last was recorded with its time only, no self-check nor rating: you stopped before its self-check, so it counts for no principle.'
        : result.unrated
          ? ' The last was recorded without a rating: you stopped before rating it.'
          : '';
  const done = `${ended}: ${where}${unsaid}${recording && n > 0 ? ' Run `tpm-prep stats` to see your trends.' : ''}`;
  term.output.write(`\n${wrapText(done, sessionWidth(term), 0)}\n`);
  if (result.left) {
    const asked = drawn.slice(0, drawn.length - result.left.length);
    const due = dueReviews(history.entries, now, eve);
    term.output.write(`${wrapPhrases(leftPhrases(result.left, asked, due, now, plain), sessionWidth(term), 2)}\n`);
  }
  // Ctrl-C is how a drill is finished (0); a SIGTERM from outside (a closed terminal, a process manager) is not.
  return result.signal === 'SIGTERM' ? 143 : 0;
}

/**
 * Whether the clock is said on a line three times rather than redrawn (see SessionPlan.quietClock): --quiet-clock, else
 * the config's `drill: { quietClock }`, else on a dumb terminal (TERM=dumb), which can't redraw a line: a screen reader
 * user's, or an editor's shell buffer, where each redraw came out as a line of its own, `^M^[[2K░░░ 01:59 left`.
 */
function quietClock(options: DrillOptions, config: Config | undefined, env: NodeJS.ProcessEnv): boolean {
  return options.quietClock ?? config?.drill?.quietClock ?? isDumbTerminal(env);
}

/**
 * How a drill the time box of `minutes` ended says so: spent, or, with `left` seconds of it still to run (too few for an
 * answer of `limit`), nearly spent and why no question started ("Time box of 15 minutes nearly spent (01:20 left, less
 * than one 02:00 answer)").
 */
export function boxEnded(minutes: number, left: number, limit: number): string {
  const box = `Time box of ${boxText(minutes)}`;
  return Math.floor(left) > 0 ? `${box} nearly spent (${formatClock(left)} left, less than one ${formatClock(limit)} answer)` : `${box} spent`;
}

/**
 * What a time box left for the next drill, as phrases for wrapPhrases, as the due ones the never-practised left out are
 * said: the principles the questions not reached ask that no question answered asked, in the order drawn, each due one
 * with how overdue it is, after how many questions those are ("Left for your next drill (3 questions not reached):
 * Think Big (4 days overdue) · Frugality."); only how many, where they ask none of those.
 */
export function leftPhrases(left: readonly Question[], asked: readonly Question[], due: readonly DueReview[], now: Date, plain = false): string[] {
  const n = `${counted(left.length, 'question')} not reached`;
  const lps = [...new Set(left.flatMap((q) => q.lps))].filter((lp) => !asked.some((q) => q.lps.includes(lp)));
  if (lps.length === 0) return [`Left for your next drill: ${n}.`];
  const head = `Left for your next drill (${n}):`;
  const named = lps.map((lp) => {
    const review = due.find((d) => d.id === lp);
    return review ? `${principle(lp).name} (${overdue(review.dueAt.toISOString(), now)})` : principle(lp).name;
  });
  return [head, ...(plain ? listed(named) : named.map((name, i) => `${name}${i === named.length - 1 ? '.' : ' ·'}`))];
}

/** A principle due for review as the JSON gives it: as `stats --format json` names it and says when it fell due. */
function dueJson(review: DueReview): { id: LpId; name: string; dueAt: string } {
  return { id: review.id, name: principle(review.id).name, dueAt: review.dueAt.toISOString() };
}

/** An option's value as its range reads it, within the range; the range's fallback when it isn't given. */
function inRange(value: string | undefined, flag: string, range: Range): number {
  if (value === undefined) return range.fallback;
  const n = range.read(value);
  if (n === undefined) throw new UsageError(`${flag} takes ${range.takes}, from ${rangeText(range)}; not "${value}".`);
  // A value read but out of range is told as such, not as a form the option doesn't take ("5" is a time, too short).
  if (n < range.min || n > range.max) {
    const amount = range.unit ? ` ${n} ${range.unit},` : '';
    throw new UsageError(`${flag} takes from ${rangeText(range)}; "${value}" is${amount} ${n < range.min ? `under ${range.min}` : `over ${range.max}`}.`);
  }
  return n;
}

interface PrintOptions {
  readonly seed: string;
  readonly limit: number;
  /** The principles due for review the first questions ask, as `duePhrases` gives them. */
  readonly reviews: readonly string[];
  /** The principles due for review left for the next drill (`Draw.postponed`), as `duePhrases` gives them. */
  readonly postponed: readonly string[];
  /** A dumb terminal's: a question's id, principles and category a line each, not joined by "·". */
  readonly plain?: boolean;
  /** Where the draw is for the config's loop or some of its interviewers, the line that says so (`loopNote`). */
  readonly loopNote: string | undefined;
  readonly blind: boolean;
  readonly followups: boolean;
  readonly hasStories: boolean;
  readonly suggest: (ask: Ask) => Suggestion[];
  readonly placeOf: (story: StoryBrief) => Place;
  readonly fileOf: (story: StoryBrief) => string;
  /** The line the text fits (proseWidth). */
  readonly width: number;
}

/**
 * What is shown beside a question: what to prepare for a design or technical one, else the stories that fit
 * (an empty list: none yet); neither with --blind, nor without a story bank or a principle to fit.
 */
function beside(q: Question, o: PrintOptions): { prepare: string } | { stories: Suggestion[] } | undefined {
  if (o.blind) return undefined;
  const prepare = preparationFor(q);
  if (prepare) return { prepare };
  if (o.hasStories && q.lps.length > 0) return { stories: o.suggest(q) };
  return undefined;
}

/**
 * The stories that fit, as parts for wrapPhrases: each its id, and in one bracket after it its file where another
 * story has its id and what is said of it (suggestionNotes), "claims (stories/claims.yaml; claimed, no evidence yet),";
 * the bracket kept on the id's line where the line has room for both, and whole where it has room for it.
 */
function fitList(stories: readonly Suggestion[], placeOf: (story: StoryBrief) => Place): Part[] {
  return stories.map((s, i) => {
    const place = placeOf(s.story);
    const said = [...(place.where ? [place.where] : []), ...suggestionNotes(s)];
    const comma = i < stories.length - 1 ? ',' : '';
    return said.length > 0 ? [place.id, `(${said.join('; ')})${comma}`] : `${place.id}${comma}`;
  });
}

/** The drawn questions as text, for a pipe, CI, or someone reading them to you. */
function printed(drawn: readonly Question[], o: PrintOptions): string {
  const n = drawn.length;
  const { width } = o;
  const lines = [wrapText(`${n} question${n === 1 ? '' : 's'} drawn with --seed ${o.seed}. Answer each out loud in ${formatClock(o.limit)}.`, width, 0)];
  if (o.loopNote) lines.push(wrapText(o.loopNote, width, 0));
  if (o.reviews.length > 0) lines.push(wrapPhrases([DUE_FIRST, ...o.reviews], width, 2));
  if (o.postponed.length > 0) lines.push(wrapPhrases([...DUE_LATER, ...o.postponed], width, 2));
  drawn.forEach((q, i) => {
    lines.push('', wrapText(`${i + 1}. ${q.text}`, width, 3));
    // "id · Principle + Principle · category", each line but the last ending in "·", as the due list does.
    const about = [q.id, principleNames(q.lps), q.category].filter(Boolean);
    if (o.plain) lines.push(...about.map((part) => wrapText(`   ${part}`, width, 5)));
    else lines.push(wrapPhrases(about.map((part, j) => `${j === 0 ? '   ' : ''}${part}${j < about.length - 1 ? ' ·' : ''}`), width, 5));
    const shown = beside(q, o);
    if (shown && 'prepare' in shown) lines.push(wrapText(`   Prepare ${shown.prepare}`, width, 3));
    else if (shown) lines.push(shown.stories.length > 0 ? wrapPhrases(['   Stories that fit:', ...fitList(shown.stories, o.placeOf)], width, 5) : '   Stories that fit: none yet');
    if (o.followups && q.followups.length > 0) lines.push('   Follow-ups:', ...q.followups.map((f) => wrapText(`   - ${f}`, width, 5)));
  });
  return lines.join('\n') + '\n';
}

/**
 * A drawn question as JSON: the shape `questions --format json` gives, plus what the text shows beside it,
 * `prepare` (text) or `stories` (each story's id, title and file, best first; `draft`, `planned` and `unshown`, as
 * suggestionNotes says them, where they apply).
 */
function printedJson(q: Question, o: PrintOptions): Record<string, unknown> {
  const shown = beside(q, o);
  return {
    ...questionJson(q),
    ...(shown && 'prepare' in shown ? { prepare: shown.prepare } : {}),
    ...(shown && 'stories' in shown ? { stories: shown.stories.map((s) => ({ id: s.story.id, title: s.story.title, filePath: o.fileOf(s.story), ...(s.story.draft ? { draft: true } : {}), ...(s.planned ? { planned: s.planned } : {}), ...(s.unshown ? { unshown: s.unshown } : {}) })) } : {}),
  };
}
