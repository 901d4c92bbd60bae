/**
 * Hedges and deferrals: words that make the candidate sound unsure of what they did ("I think", "sort
 * of"), shrink their part ("tried to", "helped with", "was involved in"), leave it unsaid ("did the
 * needful"), or hand the call to someone else ("we went with engineering's recommendation", "the data
 * wasn't clear"). Quoted speech is other people's words and is left alone; "the vendor tried to…" is not
 * the candidate hedging.
 */
import { inRanges, quotedRanges } from './quotes.js';
import { inOwnVoice } from './voice.js';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from './words.js';

export type HedgeKind = 'opinion' | 'softener' | 'attempt' | 'role' | 'unsaid' | 'deferral';

export interface Hedge {
  readonly index: number;
  readonly length: number;
  readonly text: string;
  readonly kind: HedgeKind;
}

interface Pattern {
  readonly kind: HedgeKind;
  readonly re: RegExp;
  /** Only when the candidate is the one speaking of themself: "I tried", "we helped", or no subject. */
  readonly own?: boolean;
  /**
   * A part told of the team alone is the team's, not the candidate's shrunk (a new user's trial: "The team was involved in
   * the decision"): only "I" or "we" speak of themself here. ("My team and I were involved in…" says "I".)
   */
  readonly teamIsOthers?: boolean;
}

const APOSTROPHE = `['’]`;
const NOUN_ARTICLE = String.raw`(?<!\b(?:a|the|this|that|what|which|any|some|same|every|one|no|each|new|right|wrong|different|first|only|another)\s)`;
// "I would say", "I'd say", "I'd guess": an opinion put softly. (Not a word the candidate would say, told: "I told them I'd
// say no to any new scope", "what I'd say to the board", "I'd say to anyone".)
const GUESS = String.raw`(?:say(?!\s+(?:no|yes|to)\b)|argue|guess|imagine|like to think)`;
const ADVICE = String.raw`(?:recommendation|suggestion|proposal|advice|preference|judge?ment|opinion)s?`;

const PATTERNS: readonly Pattern[] = [
  {
    kind: 'opinion',
    // (Not granting someone else a point: "I think he was partly right", "I believe Priya had a fair point". Still a
    // hedge of one's own call: "I think Monday was the right call". "I'd say" as it is written, the "'d" on the "I": a
    // user's trial's "I'd say I kind of drove the whole thing" was flagged only for "kind of".)
    re: new RegExp(String.raw`(?:\bI (?:think|believe|guess|suppose|suspect|reckon|feel (?:like|that)|am not sure)|(?<!\b(?:what|how|whatever)\s)\bI(?: would|${APOSTROPHE}d) ${GUESS})\b(?!\s+(?:that\s+)?(?:he|she|they|[A-Z][a-z]+)\s+(?:was|were|is|are|had|has)\s+(?:(?:(?!(?:the|a|an)\s)\w+\s+)?(?:right|correct|fair)|a (?:fair |good |valid )?point)\b)|\bI${APOSTROPHE}m not sure\b|\bin my (?:opinion|view)\b|\bas far as I (?:know|can tell)\b`, 'g'),
  },
  { kind: 'softener', re: new RegExp(String.raw`${NOUN_ARTICLE}\b(?:sort|kind) of\b|\bkinda\b|\bsomewhat\b|\bmore or less\b|\bpretty much\b|\bto (?:some|a certain) (?:extent|degree)\b|\bhopefully\b|\bprobably\b|\bpossibly\b|\bperhaps\b|\bmaybe\b|\bsomehow\b|\barguably\b|\bseem(?:s|ed)? (?:to|like)\b`, 'gi') },
  // Not the option set aside: "one golden path rather than trying to support every variation", "instead of
  // trying to fix it in place".
  // …and the attempt told with its effort, as Nigerian (and other) English has it: "I tried my best to get the telcos to
  // respond", "I made efforts to align them", "made every effort to", "put in efforts to". (Not efforts made by others,
  // "the vendor made efforts to", which `own` leaves alone, nor "efforts to" as a noun: "the efforts to align them".)
  { kind: 'attempt', own: true, re: /\b(?:tried|try|trying|attempted|attempting)(?<!\b(?:rather than|instead of)\s[a-z]+) to\b|\bdid (?:my|our) best to\b|\bwas hoping to\b|\b(?:tried|try|trying) (?:my|our) (?:very |level )?(?:best|hardest|utmost)(?: possible)? to\b|\b(?:made|make|making) (?:an |every |several |many |some |all |serious |frantic |concerted |repeated )?(?:efforts?|attempts?) to\b|\bput in (?:a lot of |some |several |much |great )?efforts? to\b/gi },
  {
    kind: 'role',
    own: true,
    teamIsOthers: true,
    re: /\bhelp(?:ed|ing)? (?:with|out)\b|\bassist(?:ed|ing)? (?:with|in)\b|\bcontribut(?:ed|ing) to\b|\b(?:was|were|got) (?:heavily |closely )?involved (?:in|with)\b|\b(?:was|were) (?:a )?part of\b|\btook part in\b|\bparticipated in\b|\bplayed a (?:\w+ )?(?:role|part) in\b|\bhad a hand in\b/gi,
  },
  // …with whom between: "helped the IT department with the links", "assisted Dana with the cutover", "helped them out
  // with", "helped finance with" (a function by its name). (Not "helped them ship", nor "helped cut costs with a new
  // flow": no one is helped there. Case-sensitive, so that a name is a capitalised word.)
  {
    kind: 'role',
    own: true,
    teamIsOthers: true,
    re: /\b(?:[Hh]elp(?:ed|ing)?|[Aa]ssist(?:ed|ing)?)(?<!\bto [a-z]+) (?:(?:the|our|my|their|his|her) (?:(?!(?:with|and|to|by|in|on|for|of)\s)[\p{L}&'’-]+ ){0,3}?[\p{L}&'’-]+|them|him|her|us|finance|legal|sales|marketing|engineering|procurement|ops|operations|compliance|security|payroll|treasury|facilities|support|product|IT|HR|QA|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:out )?with\b/gu,
  },
  // Work done but not said: "I did the needful" (Indian English: did what was needed). Someone else's ("the vendor did
  // the needful") and a request of someone ("I asked Ravi to do the needful") are not the candidate's part.
  { kind: 'unsaid', own: true, re: /\b(?:did|done|doing|(?<!\bto\s)do) the needful\b/gi },
  {
    kind: 'deferral',
    re: new RegExp(
      String.raw`\b(?:went|go|going|gone) (?:along )?with (?:[\p{L}\p{N}'’-]+\s+){0,3}?${ADVICE}\b|\bleft (?:it|the (?:call|decision|choice)) (?:up )?to\b|\b(?:followed|took) (?!up\b)(?:[\p{L}\p{N}'’-]+\s+){0,3}?${ADVICE}\b(?!\s+(?:to|forward|through|in front of)\b)|\bfollowed (?:their|his|her|[\p{L}-]+['’]s) lead\b|\bdeferred to (?:my|our|the|their|his|her) (?:[\p{L}-]+\s+){0,2}?(?:manager|director|lead|leads|team|engineers|experts?|architects?|call|view|${ADVICE})\b(?:['’]s\s+(?:${ADVICE}|call|view)\b)?|\blet (?:the team|engineering|them|(?:my|our|the) (?:manager|director|lead|leads)) (?:decide|make the call|choose)\b|\bthe (?:data|evidence|numbers) (?:was|were)(?:n${APOSTROPHE}t| not) (?:clear|conclusive)\b|\bthe (?:data|evidence|numbers) (?:was|were) (?:unclear|inconclusive|ambiguous|mixed)\b|\b(?:hard|difficult) to say\b`,
      'giu',
    ),
  },
];

// A thing that helped, told with what the candidate did to it: "The runbook I wrote helped the on-call engineers with
// 14 incidents", "the script that we had built helped them with". The help is the thing's; the verb before it a past
// of the candidate's ("wrote", "built", "set up"), not an adverb ("The first week I also helped the clerks with").
const PAST_OR_PARTICIPLE: ReadonlySet<string> = new Set([...IRREGULAR_PAST, ...IRREGULAR_PARTICIPLES]);
const THING_MADE_BEFORE =
  /(?:^|[.!?;:\n]\s*|,\s|\b(?:and|but|so)\s)(?:[-*•]\s*)?(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Mm]y|[Oo]ur|[Aa]n?)\s(?:[\p{L}\p{N}'’-]+\s){1,4}?(?:(?:that|which)\s)?(?:I|we)\s(?:(?:had|have|'d|’d)\s)?(\p{Ll}+)(?:\s(?:up|out|together))?\s$/u;
// Help named as the brief, not done: "Help the team with the cutover was my brief", "Helping sales with the bids was
// the job".
const HELP_AS_BRIEF =
  /^[^.!?;:\n,]*?\s(?:was|is|were|became|remained)\s(?:my|our|the|his|her|their)\s(?:[\p{L}-]+\s)?(?:brief|task|job|remit|ask|mandate|assignment|mission|charter)\b/u;
const HELP_VERB = /^(?:[Hh]elp|[Aa]ssist)/;
// An attempt whose end is told right after it, what the other side would give instead after "but" or opening the next
// sentence: "I tried to get them to commit to an SLA on purges, but they would only agree to a monthly report", "…, but
// legal only approved it for one region", "…, but the vendor agreed to a quarterly review instead", "I tried to get them to
// commit to an SLA. They would only agree to a monthly report." (a thirty-fourth user's trial: what came of it is said, as
// the fix asks). Not the candidate's own side ("but we ran out of time"), which says nothing of it; nor a flat refusal
// ("I also tried to get the bank to raise the credit line, but their risk team refused"), which the dev set labels a
// hedge: what the candidate did then is still unsaid.
const NEXT_SENTENCE = String.raw`[.!?]["”’)]*\s+(?:(?:But|However|In\s+the\s+end|Finally|Eventually|Instead)\s*,?\s+)?`;
const BUT_THE_OTHER_SIDE = String.raw`^(?:[^.!?;\n]|[.!?](?=\S))*?(?:,?\s+but\s+|${NEXT_SENTENCE})(?!(?:I|[Ww]e|[Mm]y|[Oo]ur)\b)(?:[\p{L}\p{N}'’&-]+\s+){1,4}?`;
// …or as the other side's own call, after "but", "and" or a semicolon, or opening the next sentence: "I tried to convince
// Markus Weber to keep the old price. He listened, but decided for all customers", "…, but the CFO decided to wait", "…;
// in the end the board chose the cheaper plan" (a new user's trial: the attempt ended in another's decision, which says
// what came of it). Not a refusal alone ("but they refused", "but they kept most of them", labelled hedges in the dev
// set), nor a call of the candidate's side ("…, but we decided to wait"), nor one the candidate made with them ("He and I
// decided…").
const NOT_OTHERS = String.raw`(?!(?:I|[Ww]e|[Mm]e|[Uu]s|[Oo]urs?|(?:[Tt]he|[Mm]y|[Oo]ur)\s+(?:[\p{L}-]+\s+)?(?:team|squad|crew|pod|org|group|department|side)|[Tt]ogether)\b)`;
// The subject of that call is someone: not an adverb or "then" ("…, and then decided to wait", "but eventually decided",
// the candidate's own call with its subject left out), nor nobody ("Nobody decided anything", "It was never decided").
const NOT_A_SUBJECT = String.raw`(?!(?:[Tt]hen|[Aa]nd|[Aa]lso|[Ee]ventually|[Ff]inally|[Ll]ater|[Jj]ust|[Ss]o|[Oo]nly|[Ii]nstead|[Ss]till|[Ii]t|[Nn]obody|[Nn]o|[Nn]othing|[Nn]ever|[Nn]ot|\p{Ll}+ly)\b)`;
const NOT_NEGATED = String.raw`(?!(?:never|not|was|were|been|is|are)\b|[\p{L}]+n['’]t\b)`;
const OTHERS_DECIDED = String.raw`(?:[^.!?;\n]|[.!?](?=\S))*?(?:,?\s+(?:but|and)\s+|;\s*|[.!?]["”’)]*\s+)(?:(?:in\s+the\s+end|finally|eventually|instead|then|still|however|ultimately|but)\s*,?\s+)?${NOT_OTHERS}${NOT_A_SUBJECT}(?:${NOT_OTHERS}${NOT_NEGATED}[\p{L}\p{N}'’&.-]+,?\s+){1,6}?(?:decided|ruled|chose|opted|overruled|settled\s+on|made\s+the\s+(?:call|decision))\b`;
const ATTEMPT_ANSWERED = new RegExp(
  String.raw`${BUT_THE_OTHER_SIDE}(?:(?:would|could|(?:was|were) willing to) only|only) (?:agree|agreed|accept|accepted|commit|committed|sign|signed|give|gave|offer|offered|allow|allowed|approve|approved|go|went|budge|move|moved)\b|` +
    String.raw`${BUT_THE_OTHER_SIDE}(?:agreed|committed|offered|settled|proposed|came back with)\b(?:[^.!?;\n]|[.!?](?=\S))*?\binstead\b|` +
    String.raw`^${OTHERS_DECIDED}`,
  'u',
);

// Someone else doing it, told by a participle after who it is: "updates for customers trying to log in", "the attacker
// attempting to", "two vendor engineers helping with the cutover", "factors contributing to the outage" (a user's trial:
// "customers trying to log in" was the candidate's "trying to"). Not the candidate's time spent: "I spent two weeks trying to";
// nor a name, "I sat with Priya trying to reproduce it", where the candidate may be trying too.
const OTHERS_BEFORE_PARTICIPLE =
  /(?:^|[^\p{L}'’-])(?:(?:customer|user|client|member|shopper|buyer|seller|merchant|patient|student|caller|visitor|subscriber|guest|passenger|traveller|traveler|rider|driver|player|fan|attacker|hacker|bot|fraudster|scammer|vendor|supplier|partner|contractor|consultant|operator|employee|colleague|engineer|developer|analyst|tester|agent|competitor|rival|regulator|auditor|store|branch|site|device|account|factor|bug|issue)s?|teams|people|staff|others|those|someone|somebody|anyone|anybody|everyone|everybody|nobody)\s+$/iu;
const PARTICIPLE = /^(?:trying|attempting|helping|assisting|contributing|participating|doing)\b/i;

/** Whether the hedge at `index`, a participle ("trying to"), is someone else's, named just before it. */
function othersParticiple(text: string, index: number, match: string): boolean {
  if (!PARTICIPLE.test(match)) return false;
  return OTHERS_BEFORE_PARTICIPLE.test(text.slice(Math.max(0, index - 40), index));
}

/** Whether a role hedge's help is a thing's the candidate made, or the brief they were given, not their part shrunk. */
function helpNotShrunk(text: string, index: number, match: string): boolean {
  if (!HELP_VERB.test(match)) return false;
  const made = THING_MADE_BEFORE.exec(text.slice(Math.max(0, index - 120), index));
  if (made && (made[1]!.endsWith('ed') || PAST_OR_PARTICIPLE.has(made[1]!))) return true;
  return /(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, index - 4), index)) && HELP_AS_BRIEF.test(text.slice(index + match.length));
}

// A line wrapped inside a sentence, as a `|` block keeps it ("I tried\n  to convince Legal"): read as one space, so that
// a hedge split across it is found. (Not a break before a bullet, a capital or a blank line: the next line starts anew.)
// Taken from the first blank before the break only: from every blank of a long run, it would read the run again.
const WRAP = /(?<![ \t])[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;

/** `text` with its wrapped lines joined (WRAP), and where each of its offsets was in `text`. */
function unwrap(text: string): { flat: string; at: (index: number) => number } {
  const anchors: [flat: number, original: number][] = [[0, 0]];
  let flat = '';
  let last = 0;
  for (const m of text.matchAll(WRAP)) {
    flat += `${text.slice(last, m.index)} `;
    last = m.index + m[0].length;
    anchors.push([flat.length, last]);
  }
  flat += text.slice(last);
  const at = (index: number): number => {
    let [from, to] = anchors[0]!;
    for (const anchor of anchors) if (anchor[0] <= index) [from, to] = anchor;
    return to + index - from;
  };
  return { flat, at };
}

export function findHedges(original: string): Hedge[] {
  const { flat: text, at } = unwrap(original);
  const quotes = quotedRanges(text);
  const found: Hedge[] = [];
  for (const { kind, re, own, teamIsOthers } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (inRanges(m.index, quotes)) continue;
      if (own && (!inOwnVoice(text, m.index, { team: !teamIsOthers }) || othersParticiple(text, m.index, m[0]))) continue;
      if (kind === 'role' && helpNotShrunk(text, m.index, m[0])) continue;
      // (The attempt's own sentence is all it can answer in: 400 characters past it, so each "tried to" reads a bounded
      // stretch, not the rest of the text; a run of "I tried to fix it, " with no full stop took 25 s, a review found.)
      if (kind === 'attempt' && ATTEMPT_ANSWERED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 400))) continue;
      // (Where it was in the text as written, and as written: quote() puts a wrapped line back on one.)
      const [start, end] = [at(m.index), at(m.index + m[0].length - 1) + 1];
      found.push({ index: start, length: end - start, text: original.slice(start, end), kind });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
