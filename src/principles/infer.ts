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
import { SPOKEN_FIELDS, spokenText, textOf, type StoryData, type TextField } from '../bank/schema.js';
import { LP_IDS, type LpId } from './catalog.js';
import { NOT_MINE, SIGNALS, type Signal } from './signals.js';
import { MONEY_AMOUNT, moneyValue, withNairaSign, withUnit } from '../text/numbers.js';
import { findCliches, type Cliche } from '../text/cliches.js';
import { namesSoftware, servesInternalCustomers, whomInterviewed } from '../text/customers.js';
import { isFailureStory } from '../text/failure.js';
import { OWNS_MISTAKE_SOURCE } from '../text/owned-mistake.js';
import { sentenceRanges } from '../text/sentences.js';
import { isPlace } from '../text/names.js';
import { escapeRegExp } from '../text/words.js';
import { advance, lowered, matcher, patternsFor, stampedPlan } from '../text/prefilter.js';
import { bestOf, type Scored } from './scores.js';

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

export interface Inferred extends Scored {
  readonly evidence: readonly Evidence[];
}

// The thresholds, where the scoring was: scores.ts holds them apart from the signals.
export { MAX_INFERRED, MIN_SCORE, STRONG_SCORE } from './scores.js';

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

// A line break inside a paragraph, where a literal block (`result: |`) or a pasted text wraps its lines: not one of a
// blank line, nor one before a bullet or a numbered item (as src/text/show.ts's oneLine takes them). The signals put a
// space between a phrase's words and end their gaps at a line break, so a wrapped phrase ("switched off three weeks
// before the March 31⏎deadline") matched nothing: a user's story, a date met and told in a literal block, scored 1 for
// Deliver Results where the same words on one line scored 4.
const SOFT_BREAK = /(?<!\n[ \t\r]*)\r?\n(?![ \t\r]*\n)(?![ \t]*(?:[-*•+‣–]|\d{1,2}[.)])[ \t])/g;
const UNWRAPPED = new WeakMap<StoryData, StoryData>();

/**
 * The story as its signals read it: each spoken field with its soft line breaks read as spaces, one for each character,
 * so that every index into it is one into the field as written (evidence is located, and quoted, by its index).
 */
function unwrapped(story: StoryData): StoryData {
  let read = UNWRAPPED.get(story);
  if (read === undefined) {
    // …and with naira's N written as its sign, where findMetrics reads it as money (src/text/numbers.ts: withNairaSign),
    // so a signal's money (MONEY_AMOUNT) is what missing-metric's is: not "the n45m model", nor a small n with no money said.
    const fields = SPOKEN_FIELDS.flatMap((field) => {
      const text = story[field];
      if (typeof text !== 'string') return [];
      const read = withNairaSign(text.includes('\n') ? text.replace(SOFT_BREAK, (b) => ' '.repeat(b.length)) : text);
      return read === text ? [] : [[field, read] as const];
    });
    read = fields.length === 0 ? story : { ...story, ...Object.fromEntries(fields) };
    UNWRAPPED.set(story, read);
  }
  return read;
}

function computeScore(written: StoryData, id: LpId): Inferred | undefined {
  // The signals read the story with its paragraphs' lines unwrapped; the evidence quotes it as written, line breaks
  // included, from the same place (the unwrapping keeps every character where it was).
  const story = unwrapped(written);
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
  for (const { signal, order } of heaviestFirst) {
    const weigh = (field: TextField) => (field === 'situation' ? signal.weight * SITUATION_FACTOR : signal.weight);
    const actOf = (h: Hit): Act => ({ signal, field: h.field, index: h.index, end: h.index + h.length, weight: weigh(h.field), text: h.text });
    const hit = firstMatch(story, signal.pattern, patternsFor(signal.pattern, () => stampedPlan(signalSet(id), order, signal.pattern), () => loweredOf(story)), (h) => !(signal.notInSituation && h.field === 'situation') && !acts.some((a) => sameAct(story, a, actOf(h))) && !(signal.cliche && isCliche(h)) && !othersAct(story, h) && !(signal.internalCustomers && !internalCustomersGoneTo(story, h)) && !(signal.outsideCustomers && !outsideCustomersGoneTo(story, h)) && !(signal.notOwnDamage && ownDamage(story, h)) && !(signal.delivery && noDelivery(story, h)) && !(signal.protectsDate && deliveredLate(story)) && !(signal.notAccident && toldAsAccident(story, h)) && !(signal.notSoftware && namesSoftware(textOf(story, h.field), h.index, h.length)) && !(signal.notDenied && deniedAct(story, h, signal.pattern)) && !(signal.costDown && costRose(story, h)) && !(signal.withinBudget && overBudget(h)) && !(signal.actedOn && notActedOn(story, h)));
    if (hit) acts.push(actOf(hit));
  }
  const evidence: Evidence[] = acts.map((a) => ({ field: a.field, index: a.index, text: textOf(written, a.field).slice(a.index, a.index + a.text.length), label: a.signal.label, weight: a.weight }));
  evidence.sort((a, b) => b.weight - a.weight);
  const score = evidence.reduce((sum, e) => sum + e.weight, 0);
  return score > 0 ? { id, score, evidence } : undefined;
}

// An interview's match, from its verb: whom it went to is readiness's decision too (src/text/customers.ts: whomInterviewed).
const INTERVIEWED = /^interviewed\b/i;

/** Whether a match of people inside the business gone to is of a story's internal customers (signals.ts: internalCustomers). */
function internalCustomersGoneTo(story: StoryData, h: Hit): boolean {
  const whom = INTERVIEWED.test(h.text) ? whomInterviewed(story, h.field, h.index) : undefined;
  return whom === undefined ? servesInternalCustomers(story, h) : whom === 'internal customers';
}

/** Whether a match of people gone to is of customers outside the business (signals.ts: outsideCustomers). */
function outsideCustomersGoneTo(story: StoryData, h: Hit): boolean {
  const whom = INTERVIEWED.test(h.text) ? whomInterviewed(story, h.field, h.index) : undefined;
  return whom === undefined || whom === 'customers';
}

// A thing told only as someone else's (signals.ts: NOT_MINE), and the candidate's lasting fixes, which make it ownership.
const TOLD_AS_NOT_MINE = new RegExp(String.raw`^(?:${NOT_MINE})`, 'i');
const LASTING_FIXES = ['fixed it so it cannot happen again', 'left a lasting fix behind', 'left an owner, hand-off or runbook behind'].map(
  (label) => SIGNALS.ownership.find((s) => s.label === label)!.pattern,
);

/**
 * Whether a match that tells a thing only as someone else's ("The model was not mine", "the data science team owned it")
 * has no lasting fix of the candidate's told after it, from its sentence on (signals.ts: actedOn). A new user's trial (an
 * ML engineer in Bengaluru): her rollback, post-mortem and shadow stage for a model another team owned scored 2.
 */
function notActedOn(story: StoryData, h: Hit): boolean {
  if (!TOLD_AS_NOT_MINE.test(h.text)) return false;
  const sentences = sentencesOf(story);
  const at = sentences.findIndex((s) => s.field === h.field && s.start <= h.index && h.index < s.end);
  return !sentences.slice(Math.max(0, at)).some((s) => LASTING_FIXES.some((fix) => s.text.search(fix) >= 0));
}

/** The one to three principles the story shows best. */
export function inferPrinciples(story: StoryData): Inferred[] {
  return bestOf(scorePrinciples(story));
}

// "he admitted the error", "She escalated to the director": an act whose subject is someone else, right before it.
// (Someone named, or "the buyer" or "my manager", is someone else too, "Kelly" as much as "Priya"; not "I" or "We", nor a word
// that opens a bullet or a sentence before its verb: "Quickly escalated", "Then escalated", "My escalation to the CTO".)
// So are someone's people ("the vendor's QA lead", "Acme's engineers"), someone a relative "who" tells of ("a vendor who
// refused", not "I was the only one who refused"), and a subject with an aside between commas ("The vendor, after a week
// of calls, refused"; an aside that opens as a preposition, "as expected" or a name, not "the report, checked the logs,
// then refused"), and up to two adverbs may stand between the subject and the act ("The vendor flatly refused").
const SUBJECT = String.raw`(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|(?<![\p{L}'’-])(?!(?:I|We)\b)(?!(?:My|Then|Also|Later|Finally|Immediately|Quickly|Eventually|Next|First|So|And|But|Personally|Directly|Openly|Publicly|Promptly|Formally|Again|Soon|Still)\s)\p{Lu}[\p{L}'’-]*|\b[Tt]he\s+[\p{Ll}-]+|\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?!(?:and|or|but|so|then|when|while|after|before|because|until|if|as)\s)[\p{Ll}-]+)`;
const OTHER_SUBJECT = new RegExp(
  String.raw`(?:${SUBJECT}(?:['’]s\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?(?:,\s(?:(?:after|despite|in|on|at|for|when|as|by|under|with|once|even|like|of course|predictably|unsurprisingly|understandably)\b|\p{Lu})[^,.;!?\n]{0,40},)?|(?<!\bI\s+(?:was|am|['’]m)\s+(?:the|a|an)\s+(?:only\s+|one\s+)?(?:[\p{L}-]+\s+)?)\b(?!(?:one|me|I)\b)[\p{L}-]+,?\s+(?:who|which))\s+(?:(?:also|then|later|quickly|immediately|finally|eventually|even|had|has|have|openly|still|again|simply|just|initially|always|once more)\s+|\p{Ll}+ly\s+){0,2}$`,
  'u',
);
const FIRST_PERSON = /\b(?:I|myself)\b/;
// The stands and admissions that are evidence only as the candidate's own. (What others did in answer, "They
// extended the contract", is a result, and counts.) So is a launch held, halted or delayed (a thirty-first user's trial: "The PM held the
// launch until the defect was fixed" was the candidate's launch refused below the bar), and a call made (a new user's trial, an ML
// engineer in Bengaluru: "My manager weighed the risk; he made the call to delay it" was her Bias for Action).
const STANCE =
  /^(?:admit|acknowledg|owned|took responsibility|apologi[sz]|confess|escalat|took it to|went over|stood|held (?:my |their |our )?(?:ground|position)|held firm|kept to|stuck to|refused|pushed back|disagreed|objected|said no|declined|turned down|(?:made|took) the (?:final |hard |tough |big )?(?:call|decision)|decided|chose|called (?:a |the )?(?:rollback|roll-?back|no-go|go decision)|(?:held|blocked|halted|stopped|paused|froze|delayed|postponed|pushed|moved)(?: back)? (?:the |our |its |my |their |a |any )?(?:[\w-]+ )?(?:[\w-]+ )?(?:launch|release|rollout|roll-out|go[- ]live|cut-?over|switch-?over|deploy(?:ment)?|ship date)\b)/i;

/**
 * Whether a match tells someone else's stand, not the candidate's: an admission or a stand after "he", "she",
 * "they", a name or "the buyer", with no "I" of its own ("he agreed after I showed him the data" is the
 * candidate's case made, and counts).
 */
function othersAct(story: StoryData, h: Hit): boolean {
  if (!STANCE.test(h.text) || FIRST_PERSON.test(h.text)) return false;
  return OTHER_SUBJECT.test(textOf(story, h.field).slice(Math.max(0, h.index - 80), h.index));
}

// A change of the candidate's own ("I shipped the redesign", "I pushed a config change", "my migration", "I broke"):
// what customers' pain told right after it is the damage of.
const OWN_CHANGE =
  /\b(?:I (?:had |then |also |first |later |quietly )?(?:shipped|deployed|pushed|merged|released|rolled out|launched|applied|made|wrote|ran|changed|enabled|turned on|switched on|removed|replaced|migrated|moved|upgraded|introduced|approved|signed off) (?:a|an|the|my|our) (?:[\w-]+ )?(?:[\w-]+ )?(?:[\w-]+ )?(?:change|release|redesign|rewrite|refactor|deploy|deployment|patch|migration|script|update|upgrade|config|configuration|query|rule|flag|setting|job|page|form|flow|feature|version|build|fix|template|library|component)s?\b|\bmy (?:own )?(?:[\w-]+ )?(?:change|release|redesign|rewrite|refactor|deploy(?:ment)?|migration|update|upgrade|pr|pull request|commit|code|config(?:uration)?|rollout|launch|patch|script|mistake|error|fault|bug)s?\b|\bI (?:broke|caused)\b)/i;
// Between a change and the pain in one sentence, words that make the pain the change's reason, not its damage ("I shipped
// the redesign because screen reader users could not pay").
const REASON = /\b(?:because|since|as|for|so that|to (?:fix|help|let|stop|solve|address|remove|end|serve))\b/i;
const PAIN = SIGNALS['customer-obsession'].find((s) => s.label === 'named the pain customers felt')!.pattern;

const FIX = /\b(?:(?:hot-?)?fix|patch)(?:e?s)?$/i;
// After the pain in its sentence, the change told as its cause: "customers could not pay because of my config change".
const CAUSED_BY = new RegExp(String.raw`\b(?:because of|due to|caused by|after|when|from|through)\b[^.!?\n]{0,40}?${OWN_CHANGE.source}`, 'i');

/**
 * Whether a match of customers or their pain is in a sentence of customers' pain told as the damage of the candidate's
 * own change: after the change in the same sentence, or in the sentence right after the one that tells it (a twenty-fourth
 * user's trial: "Screen reader users could not complete a payment", in a failure story where his change caused it, was
 * a segment named and the pain customers felt, and took a plan's Customer Obsession slot); and, in a story of the
 * candidate's own change gone wrong (ownChangeFailed), anywhere after the change or told as its cause (a twenty-eighth
 * user's trial: "My CoreDNS change took checkout down", the change in the situation and "customers could not pay" in the
 * result, was the pain customers felt). A pain told before the change, or as its reason, is one the candidate set out to
 * fix, and counts.
 */
function ownDamage(story: StoryData, h: Hit): boolean {
  const sentences = sentencesOf(story);
  const at = sentences.findIndex((s) => s.field === h.field && s.start <= h.index && h.index < s.end);
  const sentence = sentences[at];
  if (!sentence || sentence.text.search(PAIN) < 0) return false;
  const before = sentence.text.slice(0, h.index - sentence.start);
  const change = OWN_CHANGE.exec(before);
  // A fix of the candidate's did no damage of itself: the pain told after it is the damage it fixed, someone else's
  // ("The vendor's release broke refunds. I shipped a patch within the hour. For six hours before that, customers could
  // not get refunds"), unless the story is of their own change gone wrong.
  const fixOnly = (m: RegExpExecArray | null) => m !== null && FIX.test(m[0]) && !ownChangeFailed(story);
  if (change) return !REASON.test(before.slice(change.index + change[0].length)) && !fixOnly(change);
  const previous = sentences[at - 1];
  if (previous !== undefined && OWN_CHANGE.test(previous.text) && !fixOnly(OWN_CHANGE.exec(previous.text))) return true;
  // The whole story: the change told in an earlier sentence, or as this one's cause.
  const first = sentences.findIndex((s) => OWN_CHANGE.test(s.text));
  if (first < 0 || first > at || (first === at && !CAUSED_BY.test(sentence.text.slice(h.index - sentence.start)))) return false;
  return ownChangeFailed(story);
}

// Each story's answer, asked once: it runs the failure words, and the failure model where they find nothing.
const OWN_CHANGE_FAILED = new WeakMap<StoryData, boolean>();

/**
 * Whether the story is one of the candidate's own change gone wrong: a failure story, as `failure-without-lesson` takes
 * one (src/text/failure.ts: its words, the damage after the candidate's change, or a `failure` tag), that tells a change
 * of theirs (OWN_CHANGE). Someone else's damage the candidate fixed is no failure of theirs, and its customers' pain counts.
 */
function ownChangeFailed(story: StoryData): boolean {
  let failed = OWN_CHANGE_FAILED.get(story);
  if (failed === undefined) {
    failed = isFailureStory(story);
    OWN_CHANGE_FAILED.set(story, failed);
  }
  return failed;
}

interface Sentence {
  readonly field: TextField;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Whether it is told as an accident (ACCIDENT), once asked. */
  accident?: boolean;
}

// Each story's sentences are split once: a signal's filters ask for them at every match they turn down, and a long
// story with many such matches split itself again at each (a thousand repeats of "My script deleted 14 tables." took
// 4 s to infer from).
const SENTENCES = new WeakMap<StoryData, readonly Sentence[]>();

/** The sentences of the story's spoken fields, in the order they are told, each with its field and where it runs. */
function sentencesOf(story: StoryData): readonly Sentence[] {
  let sentences = SENTENCES.get(story);
  if (sentences === undefined) {
    sentences = SPOKEN_FIELDS.flatMap((field) => {
      const text = textOf(story, field);
      return text ? sentenceRanges(text).map(([start, end]): Sentence => ({ field, start, end, text: text.slice(start, end) })) : [];
    });
    SENTENCES.set(story, sentences);
  }
  return sentences;
}

// What makes a restore one that was possible, tested or planned rather than one that happened, within a few words before
// it: "we could restore it", "I proved we can restore", "I tested restoring", "we practised the restore", "the time to restore".
const RESTORE_NOT_DONE = String.raw`(?:could|can|cannot|can't|couldn't|would|will|might|may|should|(?:able|ability|time|how|ways?|plans?) to|tested|tests?|testing|prove[sdn]?|proving|practi[sc](?:ed|es?|ing)|rehears(?:ed|es?|ing)|drill(?:ed|s|ing)?|verif(?:ied|y|ying)|validat(?:ed|es?|ing)|show(?:ed|n|s)?|demonstrat(?:ed|es?|ing)|automat(?:ed|es?|ing)|script(?:ed|s|ing)?|document(?:ed|s|ing)?)`;
// A removal told as an accident, or as the data it lost: "by mistake", "accidentally", "we lost two days of orders", "had to
// restore it from a backup", "we restored the orders from backups" (not "we lost nothing", nor a restore that was possible,
// tested or practised: "after I proved we could restore it from backups in 20 minutes", "a restore drill from backup").
const ACCIDENT = new RegExp(
  String.raw`\b(?:by (?:mistake|accident)|in error|accidentally|mistakenly|inadvertently|unintentionally|wrongly|data loss|lost (?:\w+ ){0,3}?(?:data|orders|records|transactions|rows|history|files|bookings|payments|(?:hours?|days?|weeks?|months?) of)|` +
    String.raw`(?:(?:had|has|have|needed|forced) to restore|(?<!\b${RESTORE_NOT_DONE}\s+(?:[\w'’]+\s+){0,3})restor(?:ed|e|ing)\b(?!\s+(?:drills?|tests?|rehearsals?|exercises?|times?|plans?|runbooks?|procedures?)\b))[^.!?\n]{0,30}?\bfrom (?:\w+ )?backups?)\b`,
  'i',
);

// A program that did the removal, as its subject: "my script dropped…", "the cleanup job deleted…", "a script I wrote
// wiped…", "a migration that truncated…", "I ran the script and it deleted…".
const PROGRAM = String.raw`(?:scripts?|jobs?|cron\s?jobs?|crons?|migrations?|quer(?:y|ies)|commands?|automation|bots?|pipelines?|playbooks?|terraform(?:\s(?:apply|run))?)`;
const PROGRAM_SUBJECT = new RegExp(
  String.raw`(?:\b(?:my|our|the|a|an|his|her|their|that|this|one)\s+(?:[\w-]+\s+){0,2}?${PROGRAM}(?:\s+(?:I|we|he|she|they)\s+(?:had\s+)?(?:wrote|written|ran|run|pushed|kicked off|triggered|started|scheduled))?(?:\s+(?:that|which))?|\b${PROGRAM}\b[^.!?\n]{0,40}?\b(?:and|but|,)\s*it)\s+(?:(?:then|also|had|has|just|promptly|silently|quietly)\s+)?$`,
  'i',
);
const REMOVAL = /^(?:removed|eliminated|deleted|dropped|wiped|purged|truncated|destroyed|erased|killed|scrapped|stripped out|ripped out|got rid of)\s+/i;
// Live data, what a program's removal destroys: "14 tables", "the orders table", "every row of the ledger", "the customer
// data" (not data meant to go: "400 unused tables", "the stale rows", "old backups", nor work automated away: "2,000 manual
// journal entries", "the manual data entry", "paper orders").
const DATA_DESTROYED =
  /^(?:(?:the|all|every|each|our|their|its|some|most|half|about|over|nearly|\d[\d,.]*\s?(?:k|m|million)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\s+){0,3}(?:of\s+(?:the|our|their)\s+)?(?:(?!(?:unused|stale|redundant|duplicate|old|older|legacy|orphaned|dead|obsolete|temporary|temp|test|empty|expired|archived|deprecated|unneeded|abandoned|manual|paper)\b)[\w-]+\s+){0,2}?(?:tables?|rows|records|data|databases?|dbs?|schemas?|buckets?|indexes|indices|collections?|partitions?|volumes?|snapshots?|backups?|files|accounts|orders|entries|documents)\b/i;

/**
 * Whether a removal is a program's destroying live data, told with no accident words: "my script dropped 14 tables in
 * prod" is an incident, not something simplified away ("my script removed 400 unused tables" is a clean-up, and counts).
 */
function programDestroyedData(h: Hit, sentence: { start: number; text: string }): boolean {
  const removal = REMOVAL.exec(h.text);
  if (!removal) return false;
  const at = h.index - sentence.start;
  // The program is named within a few words of the removal: the words before it are read no further back than that.
  return PROGRAM_SUBJECT.test(sentence.text.slice(Math.max(0, at - 200), at)) && DATA_DESTROYED.test(sentence.text.slice(at + removal[0].length));
}

/**
 * Whether a match is in a sentence told as an accident, or right before one, or tells a program destroying live data
 * (src/principles/signals.ts: notAccident).
 */
function toldAsAccident(story: StoryData, h: Hit): boolean {
  const sentences = sentencesOf(story);
  const at = sentences.findIndex((s) => s.field === h.field && s.start <= h.index && h.index < s.end);
  if (at < 0) return false;
  return [sentences[at], sentences[at + 1]].some((s) => s !== undefined && (s.accident ??= ACCIDENT.test(s.text))) || programDestroyedData(h, sentences[at]!);
}

// Someone moving house, travelling or leaving, not work delivered: "I moved to Bengaluru", "my family moved to Pune",
// "I moved teams", "I landed in Delhi", "I left the company" (not "I moved the cluster", nor "we moved to Kubernetes").
const PERSON_BEFORE = /(?:\bI|\b[Hh]e|\b[Ss]he|\b[Mm]y (?:family|wife|husband|partner|parents|manager|boss))\s+(?:(?:had|then|also|just|finally|recently|first|later|eventually)\s+)?$/;
const PERSON_MOVED =
  /^(?:moved\s+(?:to|from|back|over|across|out|away|abroad|house|home|cit(?:y|ies)|countr(?:y|ies)|jobs?|teams?|roles?|desks?|offices?|here|there)\b|landed\s+(?:in|at|back)\b|left\b)/i;
// A move of people or an office, whoever tells it, not of work: "we moved to Bengaluru", "the team moved from Pune to
// Bengaluru", "we moved into the new office", "moved the office to Whitefield", "moved our team to Pune", "we moved offices"
// (not "we moved to Kubernetes", nor "we moved the workloads to Frankfurt", a region the work runs in). An office moved
// anywhere; otherwise the verb, then its object if it is people, then where to or from: a place (isPlace) or an office.
const RELOCATION_VERB =
  /^(?:moved|relocated)\s+(?:(?:back|over|across|out|away)\s+)?(?:(?:(?:the|our|my|his|her|their)\s+(?:whole\s+|entire\s+)?(?:[\p{L}-]+\s+)?(?:team|teams|company|staff|people|operations)|everyone|us)\s+)?(?=(?:to|into|from)\s)/iu;
const OFFICES_MOVED =
  /^(?:moved|relocated)\s+(?:house|home|offices|cit(?:y|ies)|countr(?:y|ies)|buildings|floors|desks|(?:the|our|my|his|her|their)\s+(?:whole\s+|entire\s+)?(?:[\p{L}-]+\s+)?(?:office|offices|hq|headquarters|family|desks|base)\s+(?:to|into|from)\s)/iu;
const OFFICE_TO = /^(?:to|into|from)\s+(?:(?:a|the|our|their|its|my)\s+)?(?:new\s+)?(?:[\p{L}-]+\s+)?(?:office|offices|building|campus|floor|premises|hq|headquarters)\b/iu;
const PLACE_TO = /^(?:to|into|from)\s+(\p{Lu}[\p{L}-]*)(?:\s(\p{Lu}[\p{L}-]*))?/u;

/** Whether a date hit's words tell people or an office moved to or from a place: a relocation, not a delivery. */
function relocated(text: string): boolean {
  if (OFFICES_MOVED.test(text)) return true;
  const verb = RELOCATION_VERB.exec(text);
  if (!verb) return false;
  const where = text.slice(verb[0].length);
  const place = PLACE_TO.exec(where);
  return OFFICE_TO.test(where) || (place !== null && (isPlace(place[1]!) || (place[2] !== undefined && isPlace(`${place[1]} ${place[2]}`))));
}
// A measure that went, fell or rose from one figure to another ("went from 40 to 7", "fell from 2.5 per release to 0.4"), or
// told from one to the other with no verb ("Pages from 120/week to 35/week"), and what it measures: the words just before it
// in the sentence.
const WENT_FROM =
  /\b(?:(?:went|fell|dropped|rose|grew|climbed|increased|decreased|declined|improved|shrank|came down|went down|went up)\s+)?from\s+(?:about |around |roughly |nearly )?[$£€₹]?(\d[\d,]*(?:\.\d+)?)\s?(%|percent\b|per cent\b|ms\b|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|hours?\b|hrs?\b|days?\b)?[^.!?\n]{0,20}?\bto\s+(?:about |around |roughly |nearly |just |under |over )?[$£€₹]?(\d[\d,]*(?:\.\d+)?)/i;
// Measures better higher, and better lower; a time in seconds or days is better lower too.
const MEASURE =
  /\b(?:(availability|uptime|success|conversion|completion|pass rate|yield|nps|csat|satisfaction|coverage|accuracy|throughput|revenue|sales|gmv|orders|bookings|adoption|retention|activation|engagement|on-time|fill rate|hit rate|approval rate|occupancy|utili[sz]ation|scores?|ratings?|share)|(errors?|failures?|failed|latency|p\d\d|response time|load time|wait|waits|time|times|duration|delays?|costs?|spend|bills?|churn|complaints?|tickets?|incidents?|outages?|crash(?:es)?|defects?|bugs?|hotfix(?:es)?|rollbacks?|returns|refunds|chargebacks|declines|drop-?offs?|abandonment|backlog|queues?|downtime|mttr|timeouts?|retries|pages|alerts|escalations?|fraud|losses|bounces?|no-shows?|cancellations|scrap|rework|overtime|attrition|waste))\b/gi;
const SECONDS_OR_DAYS = /^(?:ms|s|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?)$/i;
const COUNT = String.raw`(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety)`;
const TIME_UNIT = String.raw`(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|quarters?|years?)`;
// A time against the plan's: "in 6 weeks instead of the planned 4", "in 90 minutes instead of the planned hour".
const AGAINST_PLAN = new RegExp(
  String.raw`\b(${COUNT})((?:[- ]and[- ]a[- ]half)?) (${TIME_UNIT}) (?:instead of|rather than|against|versus|vs\.?) (?:the |a |an |our |its )?(?:(?:planned|estimated|expected|original|projected|quoted|usual|promised|forecast|typical|normal|previous|old|committed|agreed|target|scheduled) )?(?:(${COUNT})((?:[- ]and[- ]a[- ]half)?))?(?: ?(${TIME_UNIT}))?`,
  'i',
);
const WORD_COUNTS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, eighteen: 18, twenty: 20, thirty: 30, sixty: 60, ninety: 90,
};
const DAYS_IN: ReadonlyArray<[RegExp, number]> = [[/^min/i, 1 / 1440], [/^h/i, 1 / 24], [/^d/i, 1], [/^w/i, 7], [/^mo/i, 30], [/^q/i, 91], [/^y/i, 365]];

/** A time in days: "6" and "weeks" (and "and a half" after the number) is 42. */
function days(count: string, half: string, unit: string): number {
  const n = WORD_COUNTS[count.toLowerCase()] ?? Number(count);
  return (n + (half ? 0.5 : 0)) * (DAYS_IN.find(([re]) => re.test(unit))?.[1] ?? NaN);
}

// A rota told from one frequency to another ("moved the on-call rota from weekly to monthly"), and the weeks between one
// person's turns at each: the more, the lighter the load.
const ROTA_FROM_TO = /\bfrom (.+?) to (.+)$/i;
const WEEKS_BETWEEN: ReadonlyArray<[RegExp, number]> = [
  [/^(?:daily|nightly|every (?:day|night))$/i, 1 / 7],
  [/^twice a week$/i, 1 / 2],
  [/^(?:weekly|every week|once a week)$/i, 1],
  [/^(?:fortnightly|bi-?weekly|every (?:other|second) week|every fortnight|once a fortnight)$/i, 2],
  [/^(?:monthly|once a month|every month)$/i, 4],
  [/^(?:quarterly|every quarter)$/i, 13],
];

/** The weeks between one person's turns on a rota said as `phrase` ("weekly" 1, "monthly" 4, "one week in six" 6). */
function weeksBetween(phrase: string): number | undefined {
  const named = WEEKS_BETWEEN.find(([re]) => re.test(phrase.trim()));
  if (named) return named[1];
  const every = /^(?:every (\w+) weeks|(?:one|1) (?:week|night|weekend|shift) in (\w+))$/i.exec(phrase.trim());
  const count = every?.[1] ?? every?.[2];
  return count === undefined ? undefined : (WORD_COUNTS[count.toLowerCase()] ?? (Number(count) || undefined));
}

// Lateness told of a delivery: "3 weeks late", "two weeks behind schedule", "a month after the deadline", "later than
// planned", "overdue". ("late" and "overdue" only where their phrase ends: not "late-night pages", "by late March", "a late
// start", "late on Sunday", "overdue-invoice reminders"; nor a target gone beyond, which is beaten.)
const LATE = String.raw`(?:late(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:and|but|because|as|due|after|against|by|than|for|so|which|when)\b)|behind(?: (?:schedule|plan|the plan|target))?(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:and|but|because|as|due|after|by|so|which|when|on)\b)|overdue(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:and|but|because|by)\b)|(?:after|past|beyond) (?:the|our|its|their|my) (?:[\w-]+ )?(?:deadline|date|due date)|(?:later|slower|longer) than (?:planned|promised|committed|scheduled|expected|agreed|the plan))`;
const LATE_RE = new RegExp(String.raw`\b${LATE}`, 'i');
// A new clause, or a time gained, between a delivery and a lateness, which then tells of something else ("shipped 6 days
// early, though the vendor was late").
const CLAUSE_BREAK = /\b(?:but|although|though|while|whereas|because|since|despite|early|ahead|before)\b|;/i;
// How far after a delivery's words its lateness may be told: "Launched to 12 lakh merchants, three weeks late".
const LATE_REACH = 40;

/**
 * Whether a delivery's words (`told`, the match) and the rest of its sentence (`after`) tell it late: "Launched 3 weeks
 * late", "Migrated all 40 services, a month after the deadline". (A twenty-ninth user's trial: "Launched 3 weeks late"
 * was 'delivered to a number'.)
 */
function toldLate(told: string, after: string): boolean {
  const words = told + after;
  const late = LATE_RE.exec(words);
  return late !== null && late.index <= told.length + LATE_REACH && !CLAUSE_BREAK.test(words.slice(told.length, late.index));
}

// A delivery, and its lateness told within a few words of it, in one clause ("Launched 3 weeks late", "we went live a
// month after the committed date"; not what came in or was delivered to the candidate, "the vendor's card readers came
// in late", "Legal approvals were delivered late", nor a vendor's or someone else's delivery); or a deadline the candidate missed ("we missed the deadline by three weeks"; not "the
// vendor missed their date", which a re-plan may have made up for, nor "we nearly missed it").
const DELIVERED_LATE = new RegExp(
  String.raw`(?<!\b(?:vendors?|suppliers?|contractors?|partners?|they|he|she|legal|procurement)(?:['’]s)?\s(?:[\w-]+\s){0,2})\b(?:launched|shipped|went live|delivered|released|landed|completed|finished|cut over|migrated|rolled out|(?:was|were) live|opened|(?:was|were) (?:done|ready|launched|released|completed))\b(?:(?!\b(?:but|although|though|while|whereas|because|since|despite|early|ahead|before)\b)[^.!?\n;]){0,${LATE_REACH}}?\b${LATE}|\b(?:I|we)(?<!\b(?:if|unless|whether|case) (?:I|we)) (?:(?:then|still|also|eventually|ultimately|finally) )?(?:missed|blew|overshot) (?:the|our|my) (?:[\w-]+ )?(?:deadline|date|due date)\b`,
  'i',
);
// Each story's answer, asked once.
const DELIVERED_LATE_STORIES = new WeakMap<StoryData, boolean>();

/**
 * Whether the story tells its delivery late, outside the situation (which may tell a predecessor's): then a date it claims
 * to protect or a plan it claims to recover protected nothing (src/principles/signals.ts: protectsDate). A twenty-ninth
 * user's trial: in a story of a launch missed by three weeks, "re-planned" was 'cut scope to protect the date'.
 */
function deliveredLate(story: StoryData): boolean {
  let late = DELIVERED_LATE_STORIES.get(story);
  if (late === undefined) {
    late = sentencesOf(story).some((s) => s.field !== 'situation' && DELIVERED_LATE.test(s.text)) || movedPastItsEvent(story);
    DELIVERED_LATE_STORIES.set(story, late);
  }
  return late;
}

// A delivery due before an event ("was due to launch before the Big Billion Days sale", "had to go live before Diwali"), and
// the event's name, its last word before a stop ("sale", "Diwali").
const DUE_BEFORE =
  /\b(?:due|planned|scheduled|set|meant|supposed|expected|committed|promised|had|needed|was|were|going) to (?:launch|ship|go live|be live|release|land|deliver|be ready|be done|complete|cut over|open|roll out)\b[^.!?\n]{0,60}?\bbefore (?:the |our |its |their |this |that |a |an )?((?:(?!(?:on|in|at|of|for|with|and|but|so|when|which|that|because|to)\b)[\p{L}\p{N}'’-]+ ){0,3}?(?!(?:on|in|at|of|for|with|and|but|so|when|which|that|because|to)\b)[\p{L}\p{N}'’-]+)(?=\s*(?:[,.;:!?)—–]|$|\s(?:on|in|at|of|for|with|and|but|so|when|which|that|because|to)\b))/giu;

/**
 * Whether the story's delivery, due before an event (DUE_BEFORE, anywhere in the story), is told outside the situation as
 * done or re-planned after it: "We launched 10 days after the sale", "I replanned the launch for after the sale". A new
 * user's trial (an ML engineer in Bengaluru): in a story of a launch her manager delayed past the sale it was due before,
 * "replanned" was 'cut scope to protect the date'.
 */
function movedPastItsEvent(story: StoryData): boolean {
  const events = dueBeforeEvents(story);
  if (events.length === 0) return false;
  const after = new RegExp(
    String.raw`\b(?:launched|launches|shipped|went live|go live|released|landed|delivered|rolled out|cut over|opened|re-?plann?ed|re-?scheduled|moved|postponed|pushed|delayed|shifted|slipped|deferred)\b[^.!?\n]{0,60}?\bafter (?:the |our |its |their |this |that )?(?:[\p{L}\p{N}'’-]+ ){0,3}?(?:${events.map(escapeRegExp).join('|')})\b`,
    'iu',
  );
  return sentencesOf(story).some((s) => s.field !== 'situation' && after.test(s.text));
}

/** The events a story's delivery was due before (DUE_BEFORE), by their last word: "sale", "Diwali". */
function dueBeforeEvents(story: StoryData): string[] {
  return [...new Set(sentencesOf(story).flatMap((s) => [...s.text.matchAll(DUE_BEFORE)].map((m) => m[1]!.split(/\s+/u).at(-1)!)))];
}

// A time the match ends on that tells how long after its date the delivery came, not what it took ("We launched 10 days after
// the sale" it was due before, "shipped two weeks past the deadline"; not "delivered in 6 weeks", "launched 10 days after
// kickoff", nor "Synonyms shipped 6 weeks later", scope deferred and delivered after the rest): a new user's trial (an ML
// engineer in Bengaluru), "launched 10 days" was 'delivered to a number'.
const TIME_TOLD_AFTER =
  /(?<!\b(?:in|within|inside|under|over|for|taking|took|only|just)\s(?:about |around |roughly |nearly |just |only |under |over )?)\b(?:\d[\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s?(?:hours?|days?|weeks?|months?|quarters?|years?)$/i;
const LATER = /^\s+(?:late|past|behind|beyond|overdue)\b/i;
const AFTER_DATE = /^\s+after (?:the |our |its |their |this |that )?(?:[\p{L}\p{N}'’-]+ ){0,3}?(?:deadline|date|due date|cut-?off|freeze|window)\b/iu;

/** Whether the words after a time tell it as past the delivery's date: later, past a deadline, or after the event it was due before. */
function toldPastItsDate(story: StoryData, after: string): boolean {
  if (LATER.test(after) || AFTER_DATE.test(after)) return true;
  const events = dueBeforeEvents(story);
  return events.length > 0 && new RegExp(String.raw`^\s+after (?:the |our |its |their |this |that )?(?:[\p{L}\p{N}'’-]+ ){0,3}?(?:${events.map(escapeRegExp).join('|')})\b`, 'iu').test(after);
}

/**
 * Whether a date hit or a number delivered tells no delivery: a delivery told as late ("Launched 3 weeks late"), someone
 * moving, travelling or leaving before the date, a measure that got worse before it ("availability went from 96% to 91% two
 * days before the opener"; "errors went from 9% to 2%" got better), or a time no shorter than the plan's ("in 6 weeks
 * instead of the planned 4"), the time told in the match.
 */
function noDelivery(story: StoryData, h: Hit): boolean {
  const text = textOf(story, h.field);
  const sentence = sentencesOf(story).find((s) => s.field === h.field && s.start <= h.index && h.index < s.end);
  const before = text.slice(sentence?.start ?? 0, h.index);
  if (toldLate(text.slice(h.index, h.index + h.length), text.slice(h.index + h.length, sentence?.end ?? text.length))) return true;
  if (TIME_TOLD_AFTER.test(h.text) && toldPastItsDate(story, text.slice(h.index + h.length))) return true;
  if ((PERSON_MOVED.test(h.text) && PERSON_BEFORE.test(before)) || relocated(h.text)) return true;
  const went = WENT_FROM.exec(h.text);
  if (went) {
    const [from, to] = [Number(went[1]!.replace(/,/g, '')), Number(went[3]!.replace(/,/g, ''))];
    const measured = [...(before + h.text.slice(0, went.index)).slice(-60).matchAll(MEASURE)].at(-1);
    const lowerIsBetter = measured ? measured[2] !== undefined : SECONDS_OR_DAYS.test(went[2] ?? '');
    const higherIsBetter = measured ? measured[1] !== undefined : false;
    if ((higherIsBetter && to < from) || (lowerIsBetter && to > from)) return true;
  }
  const rota = /\b(?:rotas?|rotations?|schedules?|shifts?|dut(?:y|ies)|on[- ]?call)\s+from\b/i.test(h.text) ? ROTA_FROM_TO.exec(h.text) : null;
  if (rota) {
    const [from, to] = [weeksBetween(rota[1]!), weeksBetween(rota[2]!)];
    if (from !== undefined && to !== undefined && to <= from) return true;
  }
  const plan = AGAINST_PLAN.exec(text.slice(h.index, sentence?.end ?? text.length));
  if (plan && plan.index < h.length) {
    const taken = days(plan[1]!, plan[2]!, plan[3]!);
    const planned = days(plan[4] ?? '1', plan[5] ?? '', plan[6] ?? plan[3]!);
    if (plan[4] === undefined && plan[6] === undefined) return false;
    if (taken >= planned) return true;
  }
  return false;
}

// Money told from one amount to another, within a match or right after its words ("cloud costs went from $40k to $18k"):
// the two amounts, to set against each other.
const FROM_TO_MONEY = new RegExp(
  String.raw`\bfrom\s+(?:about\s+|roughly\s+|nearly\s+|over\s+|under\s+|just\s+)?(${MONEY_AMOUNT})(?:\s+(?:a|per|each)\s+(?:year|month|week|quarter))?\s+(?:down\s+)?to\s+(?:about\s+|roughly\s+|nearly\s+|over\s+|under\s+|just\s+)?(${MONEY_AMOUNT})`,
  'i',
);

/**
 * Whether a match tells money from one amount to another, from where its words start, that did not fall ("the bill went from
 * $10k to $40k"): no saving (src/principles/signals.ts: costDown). A "from" up to 80 characters after the match is its own
 * ("cloud costs went from" is heard before its amounts).
 */
function costRose(story: StoryData, h: Hit): boolean {
  const told = FROM_TO_MONEY.exec(textOf(story, h.field).slice(h.index, h.index + h.length + 80));
  if (!told || told.index > h.length) return false;
  const [from, to] = [moneyValue(told[1]!), moneyValue(told[2]!)];
  return from !== undefined && to !== undefined && to >= from;
}

// The amounts of money in a match, in the order told.
const AMOUNTS = new RegExp(MONEY_AMOUNT, 'gi');

/**
 * Whether a match tells money spent against a budget (its first amount the spend, its last the budget) with the spend over
 * it: no budget landed (src/principles/signals.ts: withinBudget). A match with fewer than two amounts tells no such spend.
 */
function overBudget(h: Hit): boolean {
  const amounts = [...h.text.matchAll(AMOUNTS)].map((m) => moneyValue(m[0]));
  if (amounts.length < 2) return false;
  const [spent, budget] = [amounts[0], amounts.at(-1)];
  return spent !== undefined && budget !== undefined && spent > budget;
}

// A denial right before an act, in its clause: "rather than", "instead of", "not to", "didn't", "never", "avoid(ed)",
// "without", "no" ("we shipped without acceptance criteria", "there was no bake time"), with at most one word between
// that is no subject ("rather than simply block the launch"; not "instead of waiting we blocked").
// (A choice's words, which the act's own word after them can't turn, and a verb's denial, which "just" or "only" after it
// does: "I didn't just halt the rollout", "not only".)
const DENIED_BEFORE =
  /\b(?:(?<choice>rather than|instead of|without|no|avoid(?:ed|ing|s)?)|(?<verb>not to|never|(?:did|does|do|would|could|should|will|can|had|has|have)(?: not|n['’]t)|won['’]t|can['’]t|cannot))\s+(?:(?!(?:I|we|he|she|they|it|you)\b)[\p{L}'’-]+\s+)?$/iu;
const ONLY_BETWEEN = /\s(?:just|only|simply|merely)\s+$/i;
// Each signal's pattern, anchored where it is asked to match (flag y), compiled once.
const ANCHORED = new WeakMap<RegExp, RegExp>();

// An act told as not done in the words right after it, with a few linking words at most between: "with the regression suite
// only half done", "the load test was skipped", "the runbook was never written", "the cut-over plan still unfinished". (Not
// a thing the words after it tell of something else: "the regression suite the team had left half done" is a suite
// finished, "the tests missing the edge case" tests that ran; and "cut" or "dropped" only as a passive, "the check was
// dropped", not "the check cut escapes".)
const UNDONE_AFTER = new RegExp(
  String.raw`^\s(?:(?:was|were|is|are|had been|has been|have been|being|got|left|still|only|just|barely|about|roughly|less than)\s){0,3}(?:(?:half|partly|partially)[- ]?(?:done|finished|complete|completed|written|built|run|tested|ready|implemented|automated|migrated|through|way through)|(?:not|never)\s(?:yet\s|fully\s|even\s)?(?:done|finished|complete|completed|written|built|run|ready|in place|started|tested|implemented|automated|set up|green|passing|executed|signed off|checked|turned on|switched on|enabled)|(?:incomplete|unfinished|undone|untested|unrun|skipped|abandoned|shelved|descoped|de-scoped|missing(?=\s*(?:[,.;:!?)]|$)))|(?<=\b(?:was|were|got|been)\s)(?:dropped|cut|deferred|postponed|waived|bypassed|disabled|switched off|turned off|removed|ignored|cancell?ed|pulled))\b`,
  'i',
);

// Where a sentence starts telling the candidate's own mistake, to its end: owning words and a colon or "that" after them ("I
// owned my part of it plainly: I had accepted the single vendor…", "The miss was mine: I…", "I admitted that I had merged
// the queues"), "my mistake was" ("My mistake was consolidating the two queues"), "I made the mistake of", "where I went
// wrong", and the counterfactual "I should have" ("I should have run a regression suite"), none of which the act after it
// was done as a strength. A clause break after the opening ends it: "My mistake was the single vendor, so I…".
const MISTAKE_OPENER = new RegExp(
  String.raw`(?:(?:${OWNS_MISTAKE_SOURCE}|\bI (?:(?:fully|openly|plainly|publicly|then|also|simply) )?(?:owned|admitted|acknowledged|accepted|took responsibility for|owned up to) (?:my|our) (?:own )?(?:part|share|role)(?: (?:of|in) (?:it|this|that|the [\w-]+))?|\b(?:it|this|that|the (?:miss|mistake|error|gap|failure|fault)) (?:was|is) (?:my (?:own )?(?:mistake|fault|error|miss|doing|call)|mine|on me))[^.!?\n:;]{0,40}?(?::|\bthat\b)|\b(?:my|our) (?:[\w-]+ )?(?:mistake|error|misstep|fault) (?:was|had been)\b|\bI made the (?:[\w-]+ )?mistake of\b|\bwhere (?:I|we) went wrong\b|\bI (?:should|ought to)(?: not|n['’]t| never)? have\b)`,
  'gi',
);
// How far before a match its mistake's opening words may be.
const MISTAKE_REACH = 240;
const MISTAKE_ENDS = /;|\b(?:but|so|yet|however|instead|although|though|which|whereas|while)\b/i;

/** Whether a match is in a clause told as the candidate's own mistake (MISTAKE_OPENER), after its opening words. */
function toldAsMistake(before: string): boolean {
  const openers = [...before.matchAll(MISTAKE_OPENER)];
  const last = openers.at(-1);
  return last !== undefined && !MISTAKE_ENDS.test(before.slice(last.index + last[0].length));
}

/**
 * Whether a match is an act told as not taken (src/principles/signals.ts: notDenied): a denial right before it in its
 * sentence, that the signal's own words do not need. With "then" in the denial's place the match stays ("rather than
 * block the launch": "then block the launch" is still a launch blocked), so the denial is the story's, and the act is
 * the road not taken; a match that goes ("I wouldn't let the team ship without tests": "I then let…" lets nothing be
 * refused) is the candidate's refusal, and counts. So is an act told as not done right after it ("with the regression
 * suite only half done": UNDONE_AFTER), or in a clause told as the candidate's mistake ("I owned my part of it: I had
 * accepted the single vendor…": MISTAKE_OPENER). A new user's trial: a module shipped "with the regression suite only
 * half done" was 'made sure the fix stayed fixed', and the single vendor whose outage the story owned, a consolidation.
 */
function deniedAct(story: StoryData, h: Hit, pattern: RegExp): boolean {
  const text = textOf(story, h.field);
  const sentence = sentencesOf(story).find((s) => s.field === h.field && s.start <= h.index && h.index < s.end);
  // (Read a few words after the match, and a clause's length before it, so that a long sentence stays linear.)
  if (UNDONE_AFTER.test(text.slice(h.index + h.length, Math.min(sentence?.end ?? text.length, h.index + h.length + 80)))) return true;
  if (toldAsMistake(text.slice(Math.max(sentence?.start ?? 0, h.index - MISTAKE_REACH), h.index))) return true;
  const from = Math.max(sentence?.start ?? 0, h.index - 60);
  const denial = DENIED_BEFORE.exec(text.slice(from, h.index));
  // "I didn't just halt the rollout", "not only": the act done, and more ("rather than simply block" still denies it).
  if (!denial || (denial.groups!.verb !== undefined && ONLY_BETWEEN.test(denial[0]))) return false;
  const word = denial.groups!.choice ?? denial.groups!.verb!;
  const at = from + denial.index;
  const neutral = 'then';
  let anchored = ANCHORED.get(pattern);
  if (!anchored) ANCHORED.set(pattern, (anchored = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  anchored.lastIndex = h.index - word.length + neutral.length;
  return anchored.test(text.slice(0, at) + neutral + text.slice(at + word.length));
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
 * the earlier one's phrase (endsOneActWith), or inside it where that phrase is told in one sentence (withinOneActOf,
 * A review: "The vendor slipped two weeks, so I re-planned the cutover" was a setback worked round, and its "re-planned"
 * a re-plan again; a stance in the gap of a phrase that runs over sentences, "I disagreed… argued for 60. She chose
 * 120, so I committed", is an act of its own). (Weights are halved in the situation.)
 */
function sameAct(story: StoryData, counted: Act, later: Act): boolean {
  const strong = counted.field === 'situation' ? 1 : 2;
  if (counted.field !== later.field || counted.weight < strong) return false;
  // A signal built into the other's phrase is its own words at any weight: "new customers" is a segment named, not also
  // customers mentioned. (Other light signals on a strong one's words still add.)
  if (counted.end === later.end && (later.signal.endsOneActWith?.includes(counted.signal.label) ?? false)) return true;
  if (later.weight < strong) return false;
  if (counted.index === later.index) return true;
  if (!(later.signal.withinOneActOf?.includes(counted.signal.label) ?? false) || later.index < counted.index || counted.end < later.end) return false;
  return sentencesOf(story).some((s) => s.field === counted.field && s.start <= counted.index && counted.end <= s.end);
}

/** A phrase a signal matched: where it is, as shown, and how long it is as matched. */
type Hit = Omit<Evidence, 'label' | 'weight'> & { readonly length: number };

/** The set a principle's signals' plans are stamped under (src/plans.ts, src/text/prefilter.ts: stampedPlan). */
export const signalSet = (id: LpId): string => `signals:${id}`;

const LOWERED = new WeakMap<StoryData, string>();

/** The story's spoken text as the prefilter reads it, made once per story. */
function loweredOf(story: StoryData): string {
  let text = LOWERED.get(story);
  if (text === undefined) LOWERED.set(story, (text = lowered(spokenText(story))));
  return text;
}

/**
 * The first match of a signal that `accept` takes, preferring the sections where the candidate acts (a match in
 * the situation only if there is none elsewhere). Its pattern is run as the patterns `run` (src/text/prefilter.ts:
 * patternsFor): none where the story's words can't match it, else it or those of its branches they can.
 */
function firstMatch(story: StoryData, pattern: RegExp, run: readonly RegExp[], accept: (hit: Hit) => boolean): Hit | undefined {
  if (run.length === 0) return undefined;
  let fallback: Hit | undefined;
  for (const field of SPOKEN_FIELDS) {
    const text = textOf(story, field);
    if (!text) continue;
    const next = run.length === 1 && run[0] === pattern ? fromPlace(pattern, text) : matcher(run, text);
    let hit: Hit | undefined;
    // A match not taken may hide another inside it ("shipped … on the carmaker's date, and all 22 molds were
    // running": the date is the stronger evidence, the molds still count), so look again from its next character (code
    // point, under the u flag: from inside a pair, a u pattern would find the same match again, for ever).
    for (let m = next(0); m; m = next(advance(text, m.index, pattern.unicode))) {
      const candidate = { field, index: m.index, length: m[0].length, text: withUnit(m[0], text, m.index + m[0].length) };
      if (accept(candidate)) {
        hit = candidate;
        break;
      }
    }
    if (!hit) continue;
    if (field !== 'situation') return hit;
    fallback ??= hit;
  }
  return fallback;
}

/** The pattern's first match in `text` from a place (the pattern global), its lastIndex left at 0. */
function fromPlace(pattern: RegExp, text: string): (from: number) => RegExpExecArray | null {
  return (from) => {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    pattern.lastIndex = 0;
    return m;
  };
}
