/**
 * Story → the Leadership Principles its words show, each with a score and the phrases behind it.
 *
 * The score is plain arithmetic, so every number can be explained: each signal of a principle that the
 * story matches adds its weight (1 weak, 2 medium, 3 strong) once, however often it matches; a match
 * only in the situation counts half, because context is not action, and a date or target hit counts nothing
 * there (the situation's date is the setting, often someone else's: "the mandate went live on 1 July"). A
 * claimed result told as an outcome cliché with no number behind it ("delivered on time", "hit all our
 * targets": what lint's vague-outcome reports) is no evidence; backed by a number ("on time: eleven days
 * before the freeze") it is. A story maps to at most its three highest-scoring principles, and only to those
 * scoring at least MIN_SCORE: precision over recall.
 */
import { SPOKEN_FIELDS, textOf, type StoryData, type TextField } from '../bank/schema.js';
import { LP_IDS, type LpId } from './catalog.js';
import { SIGNALS, type Signal } from './signals.js';
import { withUnit } from '../text/numbers.js';
import { findCliches, type Cliche } from '../text/cliches.js';
import { servesInternalCustomers } from '../text/customers.js';
import { sentenceRanges } from '../text/sentences.js';

export interface Evidence {
  readonly field: TextField;
  /** Where the phrase starts in the field's text. */
  readonly index: number;
  /** The phrase as written, with the unit after a number it ends on ("found 62%", not "found 62"). */
  readonly text: string;
  /** Why it counts: the signal's label. */
  readonly label: string;
  readonly weight: number;
}

export interface Inferred {
  readonly id: LpId;
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

/** The least score that maps a story to a principle: one strong signal, or a medium and a weak one. */
export const MIN_SCORE = 3;
/** A principle the story shows this strongly is worth claiming. */
export const STRONG_SCORE = 6;
export const MAX_INFERRED = 3;

const SITUATION_FACTOR = 0.5;

// Lint asks for a story's scores from several rules, and drill for one principle's at a time: score each principle
// of a story once, and only when it is asked for.
const scorings = new WeakMap<StoryData, Scoring>();

interface Scoring {
  /** Each principle scored so far: its score and evidence, or undefined for none. */
  readonly byPrinciple: Map<LpId, Inferred | undefined>;
  /** The unbacked clichés of each field, once looked for (see computeScore). */
  readonly cliches: Map<TextField, readonly Cliche[]>;
  /** Every principle with any evidence, sorted, once asked for. */
  all?: Inferred[];
}

function scoringOf(story: StoryData): Scoring {
  let scoring = scorings.get(story);
  if (!scoring) scorings.set(story, (scoring = { byPrinciple: new Map(), cliches: new Map() }));
  return scoring;
}

/** Every principle with any evidence, highest score first (ties in catalog order). */
export function scorePrinciples(story: StoryData): Inferred[] {
  const scoring = scoringOf(story);
  scoring.all ??= LP_IDS.flatMap((id) => scorePrinciple(story, id) ?? []).sort((a, b) => b.score - a.score || LP_IDS.indexOf(a.id) - LP_IDS.indexOf(b.id));
  return scoring.all;
}

/**
 * The story's score for one principle, with the evidence behind it; undefined when it shows none. Only that
 * principle's signals run: drill, which ranks stories for a question's one or two principles, needn't run them all.
 */
export function scorePrinciple(story: StoryData, id: LpId): Inferred | undefined {
  const { byPrinciple } = scoringOf(story);
  if (!byPrinciple.has(id)) byPrinciple.set(id, computeScore(story, id));
  return byPrinciple.get(id);
}

function computeScore(story: StoryData, id: LpId): Inferred | undefined {
  // The unbacked clichés of each field, found the first time a claimed result there (a signal flagged `cliche`)
  // needs checking. A phrase is the cliché when it ends in one ("delivered on time", "hit all our targets"), not
  // when it only passes through one on its way to other words ("I shipped the app on schedule, even though I had
  // argued against it").
  const { cliches } = scoringOf(story);
  const isCliche = (h: Hit) => {
    let found = cliches.get(h.field);
    if (!found) cliches.set(h.field, (found = findCliches(textOf(story, h.field))));
    const end = h.index + h.length;
    return found.some((c) => c.index < end && end <= c.index + c.length);
  };
  // One act is one piece of evidence: where two strong signals (2 or more) match from the same word ("refused
  // to lower the bar" is both a bar held and a release refused), only the heavier counts, and the lighter
  // looks for another match of its own ("…Later I halted the rollout"). So does a signal built into another's
  // phrase that ends on the same word (`endsOneActWith`: "I committed to the plan even though I disagreed" is not
  // also a disagreement). A light signal on the same words still adds ("shoppers" under "shoppers never
  // approved"), and so does a strong one in the gap of a longer phrase ("argued for" in "I disagreed… and argued
  // for 60. She decided on 120, so I committed"): the signals are weighted to stack.
  const acts: Act[] = [];
  const heaviestFirst = SIGNALS[id].map((signal, order) => ({ signal, order })).sort((a, b) => b.signal.weight - a.signal.weight || a.order - b.order);
  for (const { signal } of heaviestFirst) {
    const weigh = (field: TextField) => (field === 'situation' ? signal.weight * SITUATION_FACTOR : signal.weight);
    const actOf = (h: Hit): Act => ({ signal, field: h.field, index: h.index, end: h.index + h.length, weight: weigh(h.field), text: h.text });
    const hit = firstMatch(story, signal.pattern, (h) => !(signal.notInSituation && h.field === 'situation') && !acts.some((a) => sameAct(a, actOf(h))) && !(signal.cliche && isCliche(h)) && !othersAct(story, h) && !(signal.internalCustomers && !servesInternalCustomers(story)) && !(signal.notOwnDamage && ownDamage(story, h)));
    if (hit) acts.push(actOf(hit));
  }
  const evidence: Evidence[] = acts.map((a) => ({ field: a.field, index: a.index, text: a.text, label: a.signal.label, weight: a.weight }));
  evidence.sort((a, b) => b.weight - a.weight);
  const score = evidence.reduce((sum, e) => sum + e.weight, 0);
  return score > 0 ? { id, score, evidence } : undefined;
}

/** The one to three principles the story shows best. */
export function inferPrinciples(story: StoryData): Inferred[] {
  return scorePrinciples(story)
    .filter((p) => p.score >= MIN_SCORE)
    .slice(0, MAX_INFERRED);
}

// "he admitted the error", "She escalated to the director": an act whose subject is someone else, right before it.
// (Someone named, or "the buyer" or "my manager", is someone else too, "Kelly" as much as "Priya"; not "I", nor a word
// that opens a bullet or a sentence before its verb: "Quickly escalated", "Then escalated", "My escalation to the CTO".)
const OTHER_SUBJECT =
  /(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|(?<![\p{L}'’-])(?!(?:I|My|Then|Also|Later|Finally|Immediately|Quickly|Eventually|Next|First|So|And|But|Personally|Directly|Openly|Publicly|Promptly|Formally|Again|Soon|Still)\s)\p{Lu}[\p{L}'’-]*|\b[Tt]he\s+[\p{Ll}-]+|\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?!(?:and|or|but|so|then|when|while|after|before|because|until|if|as)\s)[\p{Ll}-]+)\s+(?:(?:also|then|later|quickly|immediately|finally|eventually|even|had|has|have|openly)\s+)?$/u;
const FIRST_PERSON = /\b(?:I|myself)\b/;
// The stands and admissions that are evidence only as the candidate's own. (What others did in answer, "They
// extended the contract", is a result, and counts.)
const STANCE = /^(?:admit|acknowledg|owned|took responsibility|apologi[sz]|confess|escalat|took it to|went over|stood|held (?:my |their |our )?(?:ground|position)|held firm|kept to|stuck to|refused|pushed back|disagreed|objected|said no|declined|turned down)/i;

/**
 * Whether a match tells someone else's stand, not the candidate's: an admission or a stand after "he", "she",
 * "they", a name or "the buyer", with no "I" of its own ("he agreed after I showed him the data" is the
 * candidate's case made, and counts).
 */
function othersAct(story: StoryData, h: Hit): boolean {
  if (!STANCE.test(h.text) || FIRST_PERSON.test(h.text)) return false;
  return OTHER_SUBJECT.test(textOf(story, h.field).slice(Math.max(0, h.index - 24), h.index));
}

// A change of the candidate's own ("I shipped the redesign", "I pushed a config change", "my migration", "I broke"):
// what customers' pain told right after it is the damage of.
const OWN_CHANGE =
  /\b(?:I (?:had |then |also |first |later |quietly )?(?:shipped|deployed|pushed|merged|released|rolled out|launched|applied|made|wrote|ran|changed|enabled|turned on|switched on|removed|replaced|migrated|moved|upgraded|introduced|approved|signed off) (?:a|an|the|my|our) (?:[\w-]+ )?(?:[\w-]+ )?(?:[\w-]+ )?(?:change|release|redesign|rewrite|refactor|deploy|deployment|patch|migration|script|update|upgrade|config|configuration|query|rule|flag|setting|job|page|form|flow|feature|version|build|fix|template|library|component)s?\b|\bmy (?:own )?(?:[\w-]+ )?(?:change|release|redesign|rewrite|refactor|deploy(?:ment)?|migration|update|upgrade|pr|pull request|commit|code|config(?:uration)?|rollout|launch|patch|script|mistake|error|fault|bug)s?\b|\bI (?:broke|caused)\b)/i;
// Between a change and the pain in one sentence, words that make the pain the change's reason, not its damage ("I shipped
// the redesign because screen reader users could not pay").
const REASON = /\b(?:because|since|as|for|so that|to (?:fix|help|let|stop|solve|address|remove|end|serve))\b/i;
const PAIN = SIGNALS['customer-obsession'].find((s) => s.label === 'named the pain customers felt')!.pattern;

/**
 * Whether a match of customers or their pain is in a sentence of customers' pain told as the damage of the candidate's
 * own change: after the change in the same sentence, or in the sentence right after the one that tells it (a twenty-fourth
 * user's trial: "Screen reader users could not complete a payment", in a failure story where his change caused it, was
 * a segment named and the pain customers felt, and took a plan's Customer Obsession slot).
 */
function ownDamage(story: StoryData, h: Hit): boolean {
  const sentences = SPOKEN_FIELDS.flatMap((field) => {
    const text = textOf(story, field);
    return text ? sentenceRanges(text).map(([start, end]) => ({ field, start, end, text: text.slice(start, end) })) : [];
  });
  const at = sentences.findIndex((s) => s.field === h.field && s.start <= h.index && h.index < s.end);
  const sentence = sentences[at];
  if (!sentence || sentence.text.search(PAIN) < 0) return false;
  const before = sentence.text.slice(0, h.index - sentence.start);
  const change = OWN_CHANGE.exec(before);
  if (change) return !REASON.test(before.slice(change.index + change[0].length));
  const previous = sentences[at - 1];
  return previous !== undefined && OWN_CHANGE.test(previous.text);
}

/** A signal's match: where it runs in its field (to the end of the match, not of a unit shown after it), and as shown. */
interface Act {
  readonly signal: Signal;
  readonly field: TextField;
  readonly index: number;
  readonly end: number;
  readonly weight: number;
  readonly text: string;
}

/**
 * Two strong matches in the same field from the same word, or to the same word where the later signal is built into
 * the earlier one's phrase. (Weights are halved in the situation.)
 */
function sameAct(counted: Act, later: Act): boolean {
  const strong = counted.field === 'situation' ? 1 : 2;
  if (counted.field !== later.field || counted.weight < strong || later.weight < strong) return false;
  return counted.index === later.index || (counted.end === later.end && (later.signal.endsOneActWith?.includes(counted.signal.label) ?? false));
}

/** A phrase a signal matched: where it is, as shown, and how long it is as matched. */
type Hit = Omit<Evidence, 'label' | 'weight'> & { readonly length: number };

/**
 * The first match of a signal that `accept` takes, preferring the sections where the candidate acts (a match in
 * the situation only if there is none elsewhere).
 */
function firstMatch(story: StoryData, pattern: RegExp, accept: (hit: Hit) => boolean): Hit | undefined {
  let fallback: Hit | undefined;
  for (const field of SPOKEN_FIELDS) {
    const text = textOf(story, field);
    if (!text) continue;
    pattern.lastIndex = 0;
    let hit: Hit | undefined;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0] === '') pattern.lastIndex++;
      const candidate = { field, index: m.index, length: m[0].length, text: withUnit(m[0], text, m.index + m[0].length) };
      if (accept(candidate)) {
        hit = candidate;
        break;
      }
      // A match not taken may hide another inside it ("shipped … on the carmaker's date, and all 22 molds were
      // running": the date is the stronger evidence, the molds still count), so look again from its next word.
      pattern.lastIndex = m.index + 1;
    }
    pattern.lastIndex = 0;
    if (!hit) continue;
    if (field !== 'situation') return hit;
    fallback ??= hit;
  }
  return fallback;
}
