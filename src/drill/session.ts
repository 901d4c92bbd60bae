/**
 * The interactive drill: for each question, show it and the stories that fit, run the clock between two
 * presses of Enter, ask a follow-up, then the self-check, the rating and the story used, and record the
 * answer. The terminal (streams, clock, timer) is injected, so a test can drive a whole session.
 *
 * With a time box (`minutes`), no question starts with less of it left than one answer's limit: the one under way is
 * finished and recorded first.
 *
 * Ctrl-C (or SIGINT, SIGTERM, end of input) at any moment ends the drill cleanly: raw mode is switched
 * off, the cursor is shown again, and every answer already recorded stays recorded. At the rating and the story used,
 * the last prompts, the answer is given and self-checked: it is recorded with what was said of it (no rating, no story
 * said) before the drill ends.
 */
import { emitKeypressEvents } from 'node:readline';
import { Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import { principleNames } from '../principles/catalog.js';
import { terminalWidth } from '../io.js';
import { counted } from '../text/show.js';
import { besideLead, promptWidth, proseWidth, words, wrapPhrases, wrapText } from '../text/wrap.js';
import { wrapStyledPhrases } from '../styled.js';
import { selfCheckOf, selfChecks } from './checks.js';
import { formatVersion, type HistoryEntry } from './history.js';
import { boxText } from './limits.js';
import type { Question } from './questions.js';
import { rngFor } from './select.js';
import { answerKind, suggestionNote, preparationFor, type Ask, type StoryBrief, type Suggestion } from './suggest.js';
import { LATE_SHARE, countdown, formatClock, renderTimer, timerView, type Clock, type Ticker } from './timer.js';

export interface TerminalInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
}

export interface TerminalOutput extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

export interface Terminal {
  readonly input: TerminalInput;
  readonly output: TerminalOutput;
  readonly clock: Clock;
  readonly ticker: Ticker;
  /** Calls `stop` on an outside interrupt (SIGINT, SIGTERM), with the signal; returns how to stop listening. */
  readonly onInterrupt?: (stop: (signal?: NodeJS.Signals) => void) => () => void;
  /** The width to fit text to, where it isn't the output's own (COLUMNS: see terminalWidth in io.ts). */
  readonly columns?: () => number | undefined;
}

/** The width a session's text fits: the terminal's, as `columns` or its output says it (terminalWidth), 80 if neither does. */
export function sessionWidth(term: Terminal): number {
  return proseWidth(term.columns?.() ?? terminalWidth({}, term.output.columns) ?? 80);
}

export interface SessionPlan {
  readonly questions: readonly Question[];
  /** Seconds for each answer. */
  readonly limit: number;
  readonly seed: string;
  /** The principles due for review that the first questions ask, as `duePhrases` gives them (none: no line). */
  readonly reviews?: readonly string[];
  /** The principles due for review the never-practised ones left no room for, as `duePhrases` gives them (none: no line). */
  readonly postponed?: readonly string[];
  /**
   * A time box for the whole drill, in minutes, not always whole ones (--minutes 90s: 1.5), from the first question: no
   * question starts with less of it left than one answer's `limit` (nor once it is spent); the one under way is
   * finished and recorded first.
   */
  readonly minutes?: number;
  /** Said under the heading where the draw is for the config's loop (`loopNote`). */
  readonly loopNote?: string;
  /** Hide the stories that fit. */
  readonly blind: boolean;
  readonly followups: boolean;
  /**
   * Announce the clock on a line of its own at the start, when a quarter of the time is left and when it is up,
   * instead of redrawing it: a screen reader reads each redraw aloud.
   */
  readonly quietClock?: boolean;
  /**
   * A dumb terminal (TERM=dumb), which can't move its cursor: no control sequence is written (the clock is quiet there
   * unless the config says otherwise), and the self-check, the rating and the story used are asked as numbered lists
   * answered a line at a time (line-menus.ts), not with menus redrawn at every key.
   */
  readonly dumb?: boolean;
  readonly stories: readonly StoryBrief[];
  /** How a story is named on screen: its id, or with its file where two share the id (default: the id). */
  readonly nameOf?: (story: StoryBrief) => string;
  readonly suggest: (ask: Ask) => Suggestion[];
  /** Saves one answer; absent with --no-history. */
  readonly record?: (entry: HistoryEntry) => void;
}

export interface SessionResult {
  readonly answered: number;
  readonly interrupted: boolean;
  /** Where the time box (`minutes`) was spent with questions still to ask: those questions, in order. */
  readonly left?: readonly Question[];
  /** Where the box ended the drill (`left`): the seconds of it still to run then, too few for an answer (0: it was spent). */
  readonly boxLeft?: number;
  /** The signal from outside that ended it, if one did (not Ctrl-C typed in the drill's own prompts). */
  readonly signal?: NodeJS.Signals;
  /**
   * Stopped at "Which story did you use?", after the self-check and the rating: that answer is counted in `answered`,
   * and recorded with no story said (no `story` key; `null` is "no story from my bank").
   */
  readonly storyUnsaid?: boolean;
  /**
   * Stopped at "How good was the answer?", after the self-check: that answer is counted in `answered`, and recorded with
   * no rating and no story said.
   */
  readonly unrated?: boolean;
  /**
   * Stopped after the answer (its clock stopped) but before its self-check was given, at the follow-up or the self-check:
   * that answer is counted in `answered`, and recorded with its time, no self-check (`"check": {}`), no rating and no
   * story said. `unrated` is set too.
   */
  readonly unchecked?: boolean;
}

/** Thrown inside the session when the user stops it. */
class Interrupted extends Error {
  override readonly name = 'Interrupted';
}

/** Said before the first question where the clock is redrawn, which a screen reader reads out at every redraw. */
export const QUIET_CLOCK_HINT = 'With a screen reader, --quiet-clock says the clock on a line three times instead of redrawing it.';

/** The quiet clock's announcement for `elapsed` seconds of `limit`: it changes three times, so it is said three times. */
export function quietClockLine(elapsed: number, limit: number): string {
  if (elapsed >= limit) return "Time's up. Finish your sentence, then press Enter.";
  if (elapsed >= limit * LATE_SHARE) return `${formatClock(Math.ceil(limit * (1 - LATE_SHARE)))} left. Press Enter when you finish.`;
  return `Clock started: ${formatClock(limit)}. Press Enter when you finish.`;
}

/**
 * Under this many seconds (or a quarter of a shorter limit) an answer is too short to have told a story: a new
 * user's 4-second answer, rated 4, went into the history without a word. The drill records it all the same.
 */
const SHORT_ANSWER = 30;

/** What the drill says after an answer that short, or nothing. */
export function shortAnswerNote(seconds: number, limit: number): string | undefined {
  if (seconds >= Math.min(SHORT_ANSWER, limit / 4)) return undefined;
  return `That was short for a spoken answer: the situation, what you did and the result with its number take a minute or more. It is recorded as given.`;
}

/** What comes before the principles due for review that the first questions ask, in the session and in print. */
export const DUE_FIRST = 'Due for review, asked first:';
/**
 * What comes before the principles due for review left out because the never-practised ones came first (`postponed`),
 * word by word for wrapPhrases: it is longer than the narrowest line.
 */
export const DUE_LATER = words('Due for review, left for your next drill (principles never practised came first):');

/**
 * The line that says a drill is drawn for the loop of the config at `shown`, and how to draw from every principle;
 * or, given the names of some of its interviewers (drill's --interviewer), for theirs alone.
 */
export function loopNote(shown: string, principles: number, interviewers?: readonly string[]): string {
  const n = `${principles} principle${principles === 1 ? '' : 's'}`;
  if (interviewers) return `Drawn for ${interviewers.join(' and ')} in your loop in ${shown} (${n}).`;
  return `Drawn for your loop in ${shown} first (${n}); --lp all for every principle.`;
}

const SHOW_CURSOR = '\x1b[?25h';
const HIDE_CURSOR = '\x1b[?25l';
const CLEAR_LINE = '\r\x1b[2K';

const SELF_CHECK = 'Self-check: what did your answer do?';
const RATING = 'How good was the answer?';
const WHICH_STORY = 'Which story did you use?';

// From 1 to 5, top to bottom, so that a digit typed at the prompt (which picks the row of that number) is the rating.
const RATINGS = [
  { value: 1, name: '1  lost: no story, or I rambled', short: '1' },
  { value: 2, name: '2  weak: vague, or missing the point', short: '2' },
  { value: 3, name: '3  fair: the story is there, the telling needs work', short: '3' },
  { value: 4, name: '4  good, small gaps', short: '4' },
  { value: 5, name: '5  strong: I would pass this answer', short: '5' },
];


export async function runSession(plan: SessionPlan, term: Terminal, c: ChalkInstance): Promise<SessionResult> {
  const out = (text: string) => void term.output.write(text);
  const width = sessionWidth(term);
  const stop = new AbortController();
  let signal: NodeJS.Signals | undefined;
  const release = term.onInterrupt?.((received) => {
    signal = received;
    stop.abort();
  });
  const total = plan.questions.length;
  let answered = 0;
  let storyUnsaid = false;
  let unrated = false;
  let unchecked = false;
  // The time box runs from the first question (its heading printed), the time spent reading each question included.
  let boxEnds: number | undefined;
  const questions = counted(total, 'question');
  const heading = plan.minutes === undefined ? `Drill: ${questions}` : `Drill: up to ${questions} in ${boxText(plan.minutes)}`;
  const box = plan.minutes === undefined ? '' : ` No question starts with less than ${formatClock(plan.limit)} of the ${boxText(plan.minutes)} left; the one under way is finished.`;
  // Control sequences (the cursor hidden and shown, a line cleared), which a dumb terminal prints as they are.
  const codes = (sequence: string) => (plan.dumb ? '' : sequence);
  try {
    out(
      `${wrapStyledPhrases([c.bold(`${heading}, ${formatClock(plan.limit)} each`), c.dim(`(seed ${plan.seed})`)], width, 2)}\n` +
        (plan.loopNote ? `${wrapText(plan.loopNote, width, 0)}\n` : '') +
        (plan.reviews?.length ? `${wrapPhrases([DUE_FIRST, ...plan.reviews], width, 2)}\n` : '') +
        (plan.postponed?.length ? `${wrapPhrases([...DUE_LATER, ...plan.postponed], width, 2)}\n` : '') +
        `${c.dim(wrapText(`Enter starts and stops the clock.${box} Ctrl-C ends the drill; answers already recorded are kept.${plan.quietClock ? '' : ` ${QUIET_CLOCK_HINT}`}`, width, 0))}\n`,
    );
    for (const [i, q] of plan.questions.entries()) {
      // The time box spent, or too little of it left for an answer at its limit (a question asked then would run past
      // the box): the answer under way was finished and recorded; the rest wait for the next drill.
      // In whole seconds, as the box and --time are given, the box starting at the first question's check (one reading
      // of the clock): the milliseconds that passed between the drill's start and that check made a box of one answer
      // (`--minutes 2 -t 2m`) ask nothing ("01:59 left, less than one 02:00 answer").
      const now = term.clock();
      if (plan.minutes !== undefined) boxEnds ??= now + plan.minutes * 60_000;
      const boxLeft = boxEnds === undefined ? undefined : Math.max(0, Math.round((boxEnds - now) / 1000));
      if (boxLeft !== undefined && boxLeft < plan.limit) return { answered, interrupted: false, left: plan.questions.slice(i), boxLeft };
      // "Question 1 of 3 · Principle · category · id", each line but the last ending in "·".
      const about = [principleNames(q.lps), q.category, q.id].filter(Boolean);
      // On a dumb terminal (a screen reader's, which says "·" as "dot"), a line each.
      if (plan.dumb) out(`\n${[c.bold(`Question ${i + 1} of ${total}`), ...about.map((part) => c.dim(wrapText(`  ${part}`, width, 4)))].join('\n')}\n`);
      else out(`\n${wrapStyledPhrases([`${c.bold(`Question ${i + 1} of ${total}`)} ${c.dim('·')}`, ...about.map((part, j) => c.dim(j < about.length - 1 ? `${part} ·` : part))], width, 2)}\n`);
      out(`${c.cyan(wrapText(q.text, width, 0))}\n`);
      // A design or technical question is answered with a design or an explanation: what to prepare, not stories.
      const prepare = preparationFor(q);
      const suggestions = prepare ? [] : plan.suggest(q);
      if (!plan.blind && prepare) out(`\n${c.dim(wrapText(`Prepare ${prepare}`, width, 0))}\n`);
      else if (!plan.blind && plan.stories.length > 0 && q.lps.length > 0) out(storyLines(suggestions, q, c, plan.nameOf ?? ((s) => s.id), width));
      out(`\n${c.dim(`Press Enter to start the ${formatClock(plan.limit)} clock.`)}`);
      await waitForEnter(term.input, stop.signal);

      const bar = Math.max(10, Math.min(40, width - 36));
      let shown = '';
      if (!plan.quietClock) out(codes(HIDE_CURSOR));
      const seconds = await countdown({
        limit: plan.limit,
        clock: term.clock,
        ticker: term.ticker,
        draw: plan.quietClock
          ? (elapsed) => {
              // Wrapped as the rest of the session is: "Time's up. …" is 51 columns.
              const line = wrapText(quietClockLine(elapsed, plan.limit), width, 0);
              if (line !== shown) out(`\n${(shown = line)}`);
            }
          : (elapsed) => {
              const line = `${renderTimer(timerView(elapsed, plan.limit, bar), c)}  ${c.dim('Enter stops')}`;
              if (line !== shown) out(`${CLEAR_LINE}${(shown = line)}`);
            },
        until: waitForEnter(term.input, stop.signal),
      });
      const over = seconds > plan.limit;
      out(`${plan.quietClock ? '\n' : codes(`${CLEAR_LINE}${SHOW_CURSOR}`)}Answered in ${formatClock(seconds)}${over ? c.red(`, ${formatClock(seconds - plan.limit)} over time`) : ''}.\n`);
      const short = shortAnswerNote(seconds, plan.limit);
      if (short) out(`${c.dim(wrapText(short, width, 0))}\n`);

      // Once the answer is given (its clock stopped), a stop (Ctrl-C at the follow-up, the self-check, the rating or the
      // story) records it with what was said of it: no self-check, no rating, no story said (a new user's answer was lost to
      // one Ctrl-C at the rating; a two-minute answer, to one at the self-check). Its time counts. With no self-check
      // (`"check": {}`, which no self-check asked ever gives: every kind asks for numbers), whether it was told as a story,
      // and so which principles it practised, is not known: it counts for its question alone (practisedLps), as a format-3
      // reader already counts it. A stop while the clock runs records nothing: the answer was not finished.
      let followup: string | null = null;
      // A design or an explanation is not asked about "I" or a partner: those items are left out, not recorded as a no.
      const asked = selfChecks(answerKind(q));
      let ticked: (typeof asked)[number]['value'][] | undefined;
      let rating: number | undefined;
      let story: string | null | undefined = null;
      try {
        if (plan.followups && q.followups.length > 0) {
          followup = q.followups[Math.floor(rngFor(plan.seed, q.id)() * q.followups.length)]!;
          // Wrapped with its label, which is then coloured apart.
          const asked = wrapText(`Follow-up: ${followup}`, width, 0).slice('Follow-up: '.length);
          out(`\n${c.bold('Follow-up:')} ${c.cyan(asked)}\n${c.dim('Answer it out loud, then press Enter.')}`);
          await waitForEnter(term.input, stop.signal);
          out('\n');
        }

        // The stories that fit first, the best one under the cursor, with --blind too: it hid them while they could prompt
        // the answer, and the answer is given. Enter takes it: with no story first, Enter recorded a behavioural answer as
        // told without one. (A design answer, or none that fits: no story.)
        const fitting = suggestions.map((s) => s.story);
        const others = plan.stories.filter((s) => !fitting.includes(s)).sort((a, b) => (a.id < b.id ? -1 : 1));
        const storyChoices: { value: string | null; name: string; description?: string }[] = [
          ...[...fitting, ...others].map((s) => ({ value: s.id as string | null, name: plan.nameOf?.(s) ?? s.id, description: s.title })),
          { value: null, name: '(no story from my bank)' },
        ];
        const storyDefault = fitting[0]?.id ?? null;
        if (plan.dumb) {
          const { lineChecks, lineChoice } = await import('./line-menus.js');
          const io = { input: term.input, output: term.output, signal: stop.signal };
          ticked = await lineChecks(io, SELF_CHECK, asked, width);
          // The ratings listed by their numbers, which their names start with too.
          const ratings = RATINGS.map((r) => ({ ...r, name: r.name.replace(/^\d+\s+/, '') }));
          rating = await lineChoice(io, RATING, ratings, ratings.findIndex((r) => r.value === 3), width);
          if (plan.stories.length > 0) {
            story = await unlessStopped(lineChoice(io, WHICH_STORY, storyChoices, storyChoices.findIndex((s) => s.value === storyDefault), width), () => (storyUnsaid = true));
          }
        } else {
          const { checkbox, fitAnswer, select } = await import('./prompts.js');
          const context = () => ({ input: term.input, output: keepOpen(term.output), signal: stop.signal });
          // The answer said after the question once given, wrapped at its words as `new`'s are: a story's id after "Which
          // story did you use?" ran past the edge of a 60-column terminal. And a self-check with nothing ticked says so.
          const columns = term.columns?.() ?? terminalWidth({}, term.output.columns);
          const answerAfter = (message: string) => (text: string) => (columns === undefined ? text : fitAnswer(message, text, columns).replace(/^ /, ''));
          const theme = (message: string) => ({ style: { answer: answerAfter(message), renderSelectedChoices: (chosen: readonly { short: string }[]) => (chosen.length === 0 ? 'none' : chosen.map((choice) => choice.short).join(', ')) } });
          ticked = await checkbox({ message: SELF_CHECK, choices: asked, theme: theme(SELF_CHECK) }, context());
          rating = await select({ message: RATING, choices: RATINGS, default: 3, theme: theme(RATING) }, context());
          if (plan.stories.length > 0) {
            // A title under the list, wrapped at its words to the session's width: inquirer broke it mid-word at the edge.
            const described = storyChoices.map((choice) => (choice.description === undefined ? choice : { ...choice, description: wrapText(choice.description, promptWidth(width), 0) }));
            story = await unlessStopped(select({ message: WHICH_STORY, choices: described, default: storyDefault, theme: theme(WHICH_STORY) }, context()), () => (storyUnsaid = true));
          }
        }
      } catch (error) {
        if (!isInterrupt(error)) throw error;
        unrated = true;
        unchecked = ticked === undefined;
      }
      // Stopped at the rating or the story: the answer is recorded with what was said of it, no rating where none was
      // given, and no story said (the key left out: `"story": null` is "no story from my bank"); the drill ends after it.
      // With no stories in the bank "Which story?" is never asked: the story stays null, as every answer's then is.
      if (storyUnsaid || (unrated && plan.stories.length > 0)) story = undefined;
      const check = ticked === undefined ? {} : selfCheckOf(asked, ticked);
      plan.record?.({
        version: formatVersion(check, { rating, story }),
        at: new Date(term.clock()).toISOString(),
        question: q.id,
        category: q.category,
        lps: [...q.lps],
        story,
        seconds,
        limit: plan.limit,
        followup,
        check,
        rating,
      });
      answered++;
      if (storyUnsaid || unrated) {
        out(`${plan.quietClock ? '' : codes(CLEAR_LINE)}${codes(SHOW_CURSOR)}\n`);
        return { answered, interrupted: true, ...(unrated ? { unrated } : { storyUnsaid }), ...(unchecked ? { unchecked } : {}), ...(signal ? { signal } : {}) };
      }
    }
    return { answered, interrupted: false };
  } catch (error) {
    if (isInterrupt(error)) {
      out(`${plan.quietClock ? '' : codes(CLEAR_LINE)}${codes(SHOW_CURSOR)}\n`);
      return { answered, interrupted: true, ...(signal ? { signal } : {}) };
    }
    throw error;
  } finally {
    out(codes(SHOW_CURSOR));
    if (term.input.isTTY && typeof term.input.setRawMode === 'function') term.input.setRawMode(false);
    term.input.pause();
    release?.();
  }
}

/** The stories that fit, a line each: the name, then the title, wrapped at its words under itself to `width` columns. */
function storyLines(suggestions: readonly Suggestion[], q: Question, c: ChalkInstance, nameOf: (story: StoryBrief) => string, width = 80): string {
  if (suggestions.length === 0) {
    return `\n${c.yellow(wrapText(`No story in your bank fits ${principleNames(q.lps)}. Answer from memory, then write that story down.`, width, 0))}\n`;
  }
  const names = suggestions.map((s) => nameOf(s.story));
  const nameWidth = Math.max(...names.map((name) => name.length));
  const indent = 2 + nameWidth + 2;
  // The title in a column after the names, wrapped at its words in it; where long names leave that column too narrow
  // (a 38-character id at 60 columns left 18, and the titles ran to column 62), on the lines under its name.
  const row = (name: string, text: string | readonly string[]) => besideLead(`  ${c.bold(name)}${' '.repeat(indent - 2 - name.length)}`, indent, text, width);
  // The note after the title kept whole where the line has room for it ("not shown / yet" broke it at 40 columns).
  const text = (s: Suggestion) => (suggestionNote(s) ? [...words(s.story.title), suggestionNote(s).trim()] : s.story.title);
  return `\n${c.dim('Stories that fit:')}\n${suggestions.map((s, i) => row(names[i]!, text(s))).join('\n')}\n`;
}

/**
 * The output for one prompt. Inquirer ends the stream it is given when the prompt is done; that is
 * harmless for process.stdout but would close any other terminal output, so it gets a stand-in that
 * forwards writes and the terminal's size, and whose end closes nothing.
 */
function keepOpen(out: TerminalOutput): NodeJS.WritableStream {
  const proxy = new Writable({ write: (chunk, encoding, done) => void out.write(chunk, encoding, done) });
  for (const key of ['columns', 'rows', 'isTTY'] as const) {
    Object.defineProperty(proxy, key, { get: () => (out as unknown as Record<string, unknown>)[key] });
  }
  return proxy;
}

/** The prompt's answer; null where the user stopped the drill at it, after calling `stopped`. Other errors are thrown. */
async function unlessStopped<T>(prompt: Promise<T>, stopped: () => void): Promise<T | null> {
  try {
    return await prompt;
  } catch (error) {
    if (!isInterrupt(error)) throw error;
    stopped();
    return null;
  }
}

function isInterrupt(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === 'Interrupted' || name === 'ExitPromptError' || name === 'AbortPromptError';
}

/** Resolves on Enter; rejects with Interrupted on Ctrl-C, Ctrl-D, end of input or an outside stop. */
function waitForEnter(input: TerminalInput, signal: AbortSignal): Promise<void> {
  emitKeypressEvents(input);
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Interrupted());
      return;
    }
    const raw = Boolean(input.isTTY) && typeof input.setRawMode === 'function';
    if (raw) input.setRawMode!(true);
    const finish = (error?: Error) => {
      input.off('keypress', onKey);
      input.off('end', onEnd);
      signal.removeEventListener('abort', onEnd);
      if (raw) input.setRawMode!(false);
      input.pause();
      if (error) reject(error);
      else resolve();
    };
    const onKey = (_text: string, key: { name?: string; ctrl?: boolean } | undefined) => {
      if (key?.ctrl && (key.name === 'c' || key.name === 'd')) finish(new Interrupted());
      else if (key?.name === 'return' || key?.name === 'enter') finish();
    };
    const onEnd = () => finish(new Interrupted());
    input.on('keypress', onKey);
    input.once('end', onEnd);
    signal.addEventListener('abort', onEnd, { once: true });
    input.resume();
  });
}
