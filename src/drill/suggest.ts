/**
 * Which of your stories fit a question. A story's fit for a set of principles adds, for each of them,
 * a bonus when the story claims it in `lps:` and the score principle inference gives it from the
 * story's words (src/principles/infer.ts), even below the score that maps a story to it: the weight `plan` gives a
 * story for a principle (fitWeight), so a claimed story wins a near tie in both. Claimed and shown beats either
 * alone, and shown beats claimed: a claim is worth less than the least evidence that maps.
 *
 * A question that asks by its words for a kind of story, an incident, a failure, an escalation, a shutdown or a
 * refusal (kinds.ts), lists the stories of that kind first, each by its fit: a story that doesn't answer "Tell me
 * about an incident" is no better for showing the principles more strongly. A story of that kind fits even when it
 * shows none of the principles. Other questions rank by fit alone. Where the config plans a loop (`interviewers:`), the story it plans
 * for one of the question's principles comes next (first, for a question that asks for no kind), with whom it is
 * planned for.
 */
import type { Story } from '../bank/schema.js';
import type { CategoryId } from './questions.js';
import type { LpId } from '../principles/catalog.js';
import { MIN_SCORE, fitWeight, showsFrom, type Scored } from '../principles/scores.js';
import { askedKind, type StoryKind } from './asked.js';
import type { PlannedFor } from '../principles/coverage.js';

/** What drill shows of a story, and ranks it by besides its words: its id, its title, the principles it claims, whether it is a draft. */
export type StoryBrief = Pick<Story, 'id' | 'title' | 'lps' | 'draft'>;

/**
 * What a story's words show, as suggesting asks it: the score principle inference gives them for a principle (0 for
 * none), every principle they show with its score, and whether the story is of a kind (kinds.ts). Read from the words
 * (src/drill/derive.ts), or from drill's cache of what they showed the last time (src/drill/cache.ts).
 */
export interface Shown {
  score(lp: LpId): number;
  /** Every principle with any evidence, highest score first, as src/principles/infer.ts's scorePrinciples. */
  scores(): readonly Scored[];
  isKind(kind: StoryKind): boolean;
}

/** What a claim is worth, as `plan` weighs it too (src/principles/scores.ts): less than the least evidence that maps a story to a principle. */
export { CLAIM_BONUS } from '../principles/scores.js';

/**
 * How well a story fits these principles, by its claims and what its words show, summed over them as `plan` weighs a
 * story for one (fitWeight); 0 when it neither claims nor shows any of them.
 */
export function storyFit(story: StoryBrief, shown: Shown, lps: readonly LpId[]): number {
  let fit = 0;
  for (const lp of lps) fit += fitWeight(shown.score(lp), story.lps?.includes(lp));
  return fit;
}

/**
 * Whether any of the stories fits the principle, so that a question on it alone gets a suggestion: one claims it,
 * or shows it in its words. The claims are looked at first: a bank that claims every principle is scored for none.
 */
export function anyFits<S extends StoryBrief>(stories: readonly S[], shownOf: (story: S) => Shown, lp: LpId): boolean {
  return stories.some((story) => story.lps?.includes(lp)) || stories.some((story) => storyFit(story, shownOf(story), [lp]) > 0);
}

export interface Suggestion {
  readonly story: StoryBrief;
  readonly fit: number;
  /** The kind of story the question asked for, when this story is of it. */
  readonly kind?: StoryKind;
  /** The interviewers of the config's loop the story is planned for, for one of the question's principles. */
  readonly planned?: readonly string[];
  /** Where `map` shows the story for none of the question's principles: why it fits all the same (see `Unshown`). */
  readonly unshown?: Unshown;
  /** How many principles the question asks, with `unshown`: its note says "this principle" of one, "these principles" of more. */
  readonly asks?: number;
}

/**
 * Why a story fits a question whose principles `map` shows it for none of (src/principles/scores.ts's showsFrom): it
 * claims some of them and its words show none of those (`claimed-no-evidence`, as map says it of each) or some, too
 * weakly to map (`claimed-not-shown`); it claims none and its words show some of them too weakly (`not-shown`), or
 * none: it is of the kind the question asks for (`no-evidence`). A thirty-first user's trial read a story suggested for Dive Deep +
 * Customer Obsession, which map showed as only claimed, as drill and map disagreeing.
 */
export const UNSHOWN = ['claimed-no-evidence', 'claimed-not-shown', 'not-shown', 'no-evidence'] as const;
export type Unshown = (typeof UNSHOWN)[number];

/** Why the story fits these principles where map shows it for none of them; undefined where map shows it for one. */
export function unshownFor(story: StoryBrief, shown: Shown, lps: readonly LpId[]): Unshown | undefined {
  // Scored for every principle only where one of these is scored high enough to map: a drill its cache doesn't serve
  // scores a principle when asked (src/drill/derive.ts).
  if (lps.some((lp) => shown.score(lp) >= MIN_SCORE) && showsFrom(story.lps ?? [], shown.scores()).inferred.some((s) => lps.includes(s.id))) return undefined;
  // Of a claim, what its words show of the principles claimed, as map says it of each ("claimed, no evidence yet").
  const claimed = lps.filter((lp) => story.lps?.includes(lp));
  if (claimed.length > 0) return claimed.some((lp) => shown.score(lp) > 0) ? 'claimed-not-shown' : 'claimed-no-evidence';
  return lps.some((lp) => shown.score(lp) > 0) ? 'not-shown' : 'no-evidence';
}

const KIND_NAMES: Record<StoryKind, string> = { incident: 'an incident', failure: 'a failure', escalation: 'an escalation', shutdown: 'a shutdown', refusal: 'a refusal' };

/**
 * What is said after a suggested story, each part to be joined with "; " in its brackets: "draft" for a draft
 * (`draft: true`: still being written), "planned for Bar raiser" for the story the loop plans for the question,
 * "draft, planned for Bar raiser" for both; where map shows it for none of the question's principles (`unshown`),
 * the kind of story the question asks for, where it is of it (that is why it is listed first), and what it lacks,
 * "claimed, no evidence yet" (unshownNote). Nothing for another.
 */
export function suggestionNotes(suggestion: Suggestion): string[] {
  const notes = [...(suggestion.story.draft ? ['draft'] : []), ...(suggestion.planned ? [`planned for ${suggestion.planned.join(' and ')}`] : [])];
  const kind = suggestion.unshown && suggestion.kind ? [KIND_NAMES[suggestion.kind]] : [];
  const why = suggestion.unshown ? [unshownNote(suggestion.unshown, suggestion.asks)] : [];
  return [...(notes.length > 0 ? [notes.join(', ')] : []), ...kind, ...why];
}

/** `suggestionNotes` as said after the story's name: " (draft; claimed, no evidence yet)", or nothing. */
export function suggestionNote(suggestion: Suggestion): string {
  const notes = suggestionNotes(suggestion);
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

/**
 * What a story lacks, as its `unshown` says it, of a question that asks `asks` principles, short enough to keep
 * whole on a line 40 columns wide: "claimed, no evidence yet" (as map says it of a claim), "claimed, evidence too
 * weak yet", "evidence too weak yet", or "no evidence of this principle yet" ("of these principles", of
 * more). (A trial read "an incident, no evidence yet" under a Dive Deep question, and asked: of what?)
 */
export function unshownNote(unshown: Unshown, asks = 2): string {
  if (unshown === 'claimed-no-evidence') return 'claimed, no evidence yet';
  if (unshown === 'claimed-not-shown') return 'claimed, evidence too weak yet';
  if (unshown === 'not-shown') return 'evidence too weak yet';
  return `no evidence of ${asks === 1 ? 'this principle' : 'these principles'} yet`;
}

/** What stories are suggested for: a question's principles and, when known, its words. */
export interface Ask {
  readonly lps: readonly LpId[];
  readonly text?: string;
}

/**
 * A suggester over a bank, each story with what its words show (`shownOf`): each call ranks the stories for a question
 * and keeps the best `max` (ties by id).
 */
export function storySuggester<S extends StoryBrief>(
  stories: readonly S[],
  shownOf: (story: S) => Shown,
  plans?: ReadonlyMap<S, readonly PlannedFor[]>,
): (ask: Ask, max?: number) => Suggestion[] {
  return ({ lps, text }, max = 3) => {
    if (lps.length === 0) return [];
    const asked = text === undefined ? undefined : askedKind(text);
    const ranked: (Suggestion & { readonly story: S })[] = [];
    for (const story of stories) {
      const shown = shownOf(story);
      const fit = storyFit(story, shown, lps);
      const kind = asked !== undefined && shown.isKind(asked) ? asked : undefined;
      const planned = [...new Set((plans?.get(story) ?? []).filter((p) => lps.includes(p.lp)).map((p) => p.interviewer))];
      if (fit > 0 || kind || planned.length > 0) ranked.push({ story, fit, ...(kind ? { kind } : {}), ...(planned.length > 0 ? { planned } : {}) });
    }
    // The kind asked for first, as above; then, of those, the story the loop's plan tells for one of these
    // principles: it is the one to practise.
    const first = (s: Suggestion) => (s.kind ? 2 : 0) + (s.planned ? 1 : 0);
    ranked.sort((a, b) => first(b) - first(a) || b.fit - a.fit || (a.story.id < b.story.id ? -1 : a.story.id > b.story.id ? 1 : 0));
    // Only those kept are judged as map shows them: a drill its cache doesn't serve scores every principle of those alone.
    return ranked.slice(0, max).map((s) => {
      const unshown = unshownFor(s.story, shownOf(s.story), lps);
      return unshown ? { ...s, unshown, asks: lps.length } : s;
    });
  };
}

/**
 * What answers a question: a story, or for a system-design prompt ("Design a system that…") a design, and
 * for a technical one ("How does a hash table…") an explanation, whatever principle it also tests. A design
 * or technical question about the candidate's own work ("Walk me through the architecture of the most
 * complex system you have worked on") is answered with a story.
 */
export type AnswerKind = 'story' | 'design' | 'explanation';

export function answerKind(question: { readonly category: CategoryId; readonly text: string }): AnswerKind {
  if (OWN_WORK.test(question.text)) return 'story';
  return question.category === 'system-design' ? 'design' : question.category === 'technical' ? 'explanation' : 'story';
}

/**
 * What to prepare for a question no story answers (see `answerKind`); undefined for one a story answers.
 */
export function preparationFor(question: { readonly category: CategoryId; readonly text: string }): string | undefined {
  const kind = answerKind(question);
  return kind === 'story' ? undefined : PREPARATION[kind];
}

const OWN_WORK =
  /\byou(?:['’]ve| have)? (?:worked on|built|led|owned|run|ran|designed|shipped|operated|maintained|migrated|scaled)\b|\byour (?:own|last|current|previous)\b|\btell me about a time\b/i;

const PREPARATION: Record<Exclude<AnswerKind, 'story'>, string> = {
  design:
    'a design, not a story. Clarify the requirements and the scale, sketch the main components and how data flows through them, then name the trade-offs, the risks and what you would measure.',
  explanation: 'an explanation, not a story. Say how it works in plain words, where it breaks and what it costs, and tie it to a system you know.',
};
