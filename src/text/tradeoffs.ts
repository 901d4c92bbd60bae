/**
 * Trade-off language: something chosen over something else, given up, deprioritised, delayed, cut or
 * accepted as a cost. A setback that happened to the candidate ("the launch was delayed by the vendor",
 * "the vendor dropped support") is not a trade-off they made, and "cut latency by 30%" is an outcome,
 * not a sacrifice. Nor is a comparison a choice: "the cause was config drift rather than load", "in
 * hours rather than days" and "staff texted codes instead of using the app" name two things, but nobody
 * chose one over the other.
 *
 * The patterns fall into a few families: an alternative set aside ("instead of", "rather than", "I'd
 * rather X than Y", "chose X over Y", "weighed X against Y"), a cost named ("at the cost of", "the price
 * was", "the downside:", "that meant accepting", "even if it meant", "we could live with it"), and a
 * plan cut or moved (deferred, descoped, parked, put on hold, left out of the first release, pushed the
 * go-live by a fortnight, moved to the autumn wave).
 */
import { SPOKEN_FIELDS, textOf, type StoryData } from '../bank/schema.js';

export interface TradeoffMention {
  readonly index: number;
  readonly length: number;
  readonly text: string;
}

/** Whether the match at `index` (ending at `end`) in `text` really is the candidate's trade-off. */
type Guard = (text: string, index: number, end: number) => boolean;

interface Pattern {
  /** Global, so every match can be tried against the guard. */
  readonly re: RegExp;
  /** Absent: every match counts. */
  readonly when?: Guard;
}

// Things a TPM cuts from a plan, as opposed to metrics ("cut costs", "cut latency").
const WORK = String.raw`(?:scope|features?|requirements?|items?|work(?:streams?)?|stories|tickets|integrations?|reports?|reporting|flows?|milestones?|pilots?|phases?|tests?|support|launch(?:es)?|release|polish|nice-to-haves?|extras?|options?|parts?|pieces?|plans?|projects?|programmes?|initiatives?|dashboards?|v2|rounds?|exercises?|steps?|checks?|reviews?|meetings?|ceremon(?:y|ies)|roadmaps?|backlog|goals?|refactors?|rewrites?|migrations?|upgrades?|experiments?|campaigns?|screens?|fields?|markets?|countries|regions?|sites?|intakes?|waves?|platforms?|apps?|endpoints?|modules?|components?|tooling|automation|docs|documentation|training|hardening|refresh|redesign|ui|console|tracker|analytics|locali[sz]ation|languages?)`;
// Verbs that sit after "was", "were" etc. are passive: something done to the candidate. It goes right after
// the verb, so that it is tried only where a verb matched, not at every character.
const NOT_PASSIVE = String.raw`(?<!\b(?:was|were|been|being|is|are|got|get|gets)\s+(?:\w+\s+)?\w+)`;
const SPAN = String.raw`(?:days?|weeks?|fortnights?|months?|quarters?|years?|sprints?|weekends?|hours?)`;
const FEW = String.raw`(?:a|an|one|two|three|four|five|six|several|many|\d+)`;
// "over the next two quarters" is time, not a choice; nor is "ahead of peak".
const OVER_CHOICE = String.raw`(?:\bover\b(?!\s+(?:the\s+)?(?:next|last|past|following|coming|course|weekend|summer|winter|holidays?)\b|\s+${FEW}\s+${SPAN}\b)|\babove\b|\bahead of\b(?!\s+(?:the\s+|our\s+)?(?:[\p{L}-]+\s+)?(?:peak|launch|deadline|holidays?|go-?live|cut-?over|release|freeze|audit|schedule|time|plan|season|sale)\b))`;
// Later: a later release, phase or season, or a date.
const LATER = String.raw`(?:(?:a|an|the|our|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:release|phase|version|quarter|sprint|milestone|wave|intake|backlog|year|v2|half|autumn|spring|summer|winter)|q[1-4]|h[12]|january|february|march|april|may|june|july|august|september|october|november|december`;
const COST = String.raw`(?:risks?|costs?|delays?|slips?|hits?|debt|latency|loss|losses|lose|losing|lost|downtime|overhead|gaps?|penalty|trade|slower|weaker|worse|longer|higher|extra|fewer|less|lower)`;
// What a choice costs, said as "that meant …": a verb of loss or waiting, or a worse something.
const MEANT = String.raw`\b(?:meant|means|mean|would mean)\s+(?:(?:accept|liv|giv|los|pay|drop|delay|defer|wait|slipp|sacrific|skipp|forgo|postpon|cutt|leav|runn)\w*ing|a (?:slower|later|longer|higher|bigger|weaker|smaller|lower|worse|second|double))\b`;

const PATTERNS: readonly Pattern[] = [
  // An alternative set aside. "instead of" and "rather than" only when someone chose; see isChoice.
  { re: /\binstead of\b|\brather than\b/gi, when: isChoice },
  // "…with automatic rollback instead." names the alternative it replaced; "Instead, I…" only narrates.
  { re: /(?<=[\p{L}\p{N})]\s+)instead(?=\s*(?:[.;,!?)]|$))/giu, when: isChoice },
  { re: /\bin exchange for\b|\bin return\b|\b(?:would|['’]d) rather\b[^.;!?]{1,80}?\bthan\b/gi },
  { re: /\btrade[- ]?offs?\b|\btraded\b|\btrading (?:off|away)\b/gi },
  { re: new RegExp(String.raw`\b(?:chose|choose|chosen|choosing|picked|prioriti[sz](?:ed|ing|e)|favou?r(?:ed|ing)|preferred|opted for|went (?:with|for)|bet on|backed|valued)\b[^.;!?]{1,80}?${OVER_CHOICE}`, 'giu') },
  { re: /\b(?:chose|picked|went with|settled (?:for|on)|opted for)\b[^.;!?]{0,40}?\b(?:weaker|slower|worse|fewer|less|smaller|simpler|cheaper|narrower)\b/gi },
  // Two goods held against each other, or met halfway: "worked out a compromise", "compromised on", but not
  // "the compromise of the build server" or "compromised accounts".
  { re: /\b(?:weigh(?:ed|ing|s)?|balanc(?:ed|ing))\b[^.;!?]{1,80}?\bagainst\b|\b(?:struck|strike|striking|found|finding) (?:a|the) (?:[\p{L}-]+ )?balance between\b/giu },
  {
    re: /\bcompromise\b(?<=\b(?:as a|(?:reached|struck|found|agreed|proposed|offered|negotiated|brokered|worked out|landed|settled on|suggested) (?:on )?(?:a|an|the|this|that)(?: [\p{L}-]+)?) compromise)|\bcompromised on\b|\bthe compromise (?:was|is|:)/giu,
  },
  // A cost named: "the price was a second licence" (not "the cost was $40k"), "the downside:", "that meant
  // accepting…", "even if it meant", "we could live with it".
  { re: /\bat the (?:cost|expense|price|risk) of\b/gi },
  {
    re: /\b(?:downside|catch|sacrifice)\s*(?:was|is|:)|\bthe (?:price|cost)(?: (?:we|I) paid| to (?:us|me|them))? (?:was|is|:) (?:that|a (?!third|quarter|half|fraction)|an|one|two|losing|giving|slower|weaker|longer|higher|lower|fewer|less|extra)\b/gi,
  },
  { re: new RegExp(MEANT, 'gi') },
  { re: /\b(?:even though|even if|although|though|whilst|while) (?:it|that|this|doing so) (?:meant|means|would mean|cost|stretched|delayed|added|pushed|slowed|slipped|took)\b/gi },
  { re: /\b(?:(?:could|can|would|will|['’]d)|(?:willing|agreed|decided|chose|prepared|happy|able) to) live with\b/gi },
  // Said no, or decided against.
  { re: /\b(?:de-?scop(?:e|ed|ing)|scoped (?:down|out)|out of (?:the )?scope|left out)\b/gi },
  { re: /\b(?:said no to|turned down|declined to|chose not to|decided not to|decided against|opted not to|walked away from|knowingly)\b/gi },
  // A plan cut, paused or moved by the candidate.
  { when: byCandidate, re: /\bde-?prioriti[sz](?:e|ed|es|ing|ation)\b|\blower(?:ed)? (?:the )?priority\b/gi },
  { when: byCandidate, re: /\b(?:gave|give|giving|given) up\b|\bsacrific(?:e|ed|es|ing)\b|\bforw?(?:ent|go|going|gone)\b/gi },
  { when: byCandidate, re: new RegExp(String.raw`\b(?:defer(?:red|ring|s)?|postpon(?:e|ed|ing)|delay(?:ed|ing)?)\b${NOT_PASSIVE}(?!\s+by\s+(?:the|a|an|our)\s)`, 'gi') },
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:dropped|dropping|drop|shelved|shelve|parked|park|paused|pause|pausing|froze|freeze|freezing|killed|kill|scrapped|scrap|cancell?ed|cancel|skipped|skip|retired)${NOT_PASSIVE}\s+(?!(?:by|to|from|below|under|off|in|at|on|over|out|back|down|again|further|sharply|significantly|steadily|[\p{L}]+ly)\b|\d)(?=[\p{L}\p{N}])`, 'giu'),
  },
  { when: byCandidate, re: new RegExp(String.raw`\bput${NOT_PASSIVE}\s+(?:[\p{L}\p{N}-]+\s+){1,5}?on (?:hold|ice|pause|the back ?burner)\b`, 'giu') },
  { when: byCandidate, re: new RegExp(String.raw`\b(?:cut|cutting|removed|removing|stopped|stopping)${NOT_PASSIVE}\s+(?:[\p{L}\p{N}-]+\s+){0,3}?${WORK}\b`, 'giu') },
  {
    when: byCandidate,
    re: /\b(?:cut|dropped|removed|pulled|moved|pushed|took|left|leaving|kept|keeping|held)\b[^.;!?]{1,60}?\b(?:from|out of|off) (?:the |our |this )?(?:[\p{L}-]+ )?(?:launch|release|scope|plan|mvp|roadmap|quarter|sprint|version|v1|cut-?over|go-?live|rollout|beta|pilot)\b/giu,
  },
  { when: byCandidate, re: new RegExp(String.raw`\b(?:moved|pushed|punted|shifted|slid|deferred|kicked)\b[^.;!?]{1,50}?\b(?:to|into|until)\s+(?:${LATER})\b`, 'giu') },
  {
    when: byCandidate,
    re: new RegExp(String.raw`\b(?:pushed|moved|shifted|slid|slipped)${NOT_PASSIVE}\s+(?:the|our|my|its|their)\s+(?:[\p{L}-]+\s+)?(?:date|deadline|launch|go-?live|cut-?over|release|start|timeline|schedule|rollout|migration|upgrade)\s+(?:back\s+)?(?:by\s+)?${FEW}\s+${SPAN}\b`, 'giu'),
  },
  { when: byCandidate, re: /\bpushed\s+(?:[\p{L}\p{N}-]+\s+){1,4}?(?:back|out)\b|\bheld\s+(?:[\p{L}\p{N}-]+\s+){0,4}?back\b|\bstretched the (?:programme|program|schedule|timeline|plan|date)\b/giu },
  { when: byCandidate, re: /\b(?:took|take|taking|absorbed|ate) (?:the|a) (?:hit|cost)\b|\b(?:ship|shipped|shipping|launch|launched|launching|went live|go live|release|released)\s+without\b/gi },
  { when: byCandidate, re: /\blet\s+(?:[\p{L}\p{N}-]+\s+){1,4}?(?:slip|lapse|wait|go ahead)\b/giu },
  // "the bulk upload could wait until Q3": a decision about what waits, not customers waiting three days.
  { re: new RegExp(String.raw`\b(?:could|can|would|will|['’]d)\s+(?:have to\s+)?wait\s+(?:until|till|for)\s+(?:${LATER})\b`, 'giu') },
  { when: byCandidate, re: new RegExp(String.raw`\baccept(?:ed|ing|s)?\b[^.;!?]{0,60}?\b${COST}\b`, 'gi') },
  {
    when: byCandidate,
    re: /\b(?:left|leave|leaving|kept|keep|keeping)\s+(?:[\p{L}\p{N}-]+\s+){1,5}?(?:untouched|as (?:is|it was|they were)|until|for (?:later|now)|on (?:the|their|its) (?:old|existing|legacy|nightly|current))\b/giu,
  },
];

// Where the clause that holds a verb begins: a sentence or line, a comma, or a conjunction that can bring
// a new subject ("…, so the vendor delayed…").
const CLAUSE_BREAK =
  /[.!?;:\n]|,\s|\b(?:and|but|so|because|after|when|while|whilst|until|since|although|though|whereas|once|before|if|unless|which|who)\b/gi;
const LEADING_BULLET = /^[\s\-*•]+/;
// "agreed to delay", "by deferring": the candidate's own infinitive or gerund.
const INFINITIVE_OR_GERUND = /\b(?:to|by)\s*$/i;
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|[Ww]e|(?:[Mm]y|[Oo]ur|[Tt]he) team)(?:['’](?:d|ve|ll|m|re))?(?![\p{L}])/u;
// A clause that describes rather than decides: "the cause was X rather than Y".
const COPULA = /\b(?:is|was|were|are|been|being|seemed|seems|became|proved)\b(?!\s+(?:able|willing|asked|going|happy|prepared|clear)\b)/i;
// "in hours rather than days", "weekly instead of monthly": a comparison of amounts, not a choice.
const MEASURE = String.raw`(?:minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|daily|weekly|fortnightly|monthly|quarterly|yearly|annually)`;
const MEASURE_BEFORE = new RegExp(String.raw`\b${MEASURE}\s*$`, 'i');
const MEASURE_AFTER = new RegExp(String.raw`^\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+)?${MEASURE}\b`, 'i');
// A plan of the candidate's in the clause: "to leave the rota untouched rather than split it".
const PLAN = /(?:^|\s)to\s+(?!the\b|a\b|an\b|our\b|their\b|its\b|my\b|each\b|every\b|\d)\p{L}/iu;
// Where a sentence begins, for a subject shared across "and": "I pulled the logs and built X instead of Y".
const SENTENCE_BREAK = /[.!?;\n]/g;
// A sentence told without "I", as in bullets and terse answers: "- Built the forecast from peak instead…".
const OPENS_WITH_VERB = /^[\s\-*•]*(?:\p{L}+[^e\s]ed|ran|built|kept|made|chose|took|put|set|sent|went|wrote|told|held|left|brought|gave|cut|split|spent|led|drove|paid)\b/iu;

/** Every kind of trade-off the text states, the first mention of each, in text order. */
export function findTradeoffs(text: string): TradeoffMention[] {
  const found: TradeoffMention[] = [];
  for (const pattern of PATTERNS) {
    const m = firstMention(text, pattern);
    if (m) found.push({ index: m.index, length: m[0].length, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

function firstMention(text: string, { re, when }: Pattern): RegExpExecArray | undefined {
  for (const m of text.matchAll(re)) {
    if (!when || when(text, m.index, m.index + m[0].length)) return m;
  }
  return undefined;
}

/** The clause before `index`, from its last break, without a leading bullet. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 160), index);
  return before.slice(lastBreak(before)).replace(LEADING_BULLET, '');
}

/**
 * Whether the verb at `index` is the candidate's doing: "I"/"we"/"the team" in its clause, an
 * infinitive ("agreed to delay") or a gerund after "by", or no subject at all ("- Deferred X to Q3").
 */
function byCandidate(text: string, index: number): boolean {
  const head = clauseBefore(text, index);
  if (head.trim() === '' || INFINITIVE_OR_GERUND.test(head)) return true;
  return FIRST_PERSON.test(head);
}

/**
 * Whether "instead of" or "rather than" at `index` sets an alternative aside, as opposed to comparing
 * two things. A clause that opens with it ("Rather than a big-bang cut-over, I…") or that the candidate
 * acts in ("I ran both in parallel instead of…", "to leave the rota untouched rather than…", "- Built the
 * forecast from peak instead of…") is a choice.
 * A description is not: "the cause was stale rules rather than the model", "in hours rather than days",
 * "staff texted codes instead of using the app".
 */
function isChoice(text: string, index: number, end: number): boolean {
  const head = clauseBefore(text, index);
  if (head.trim() === '') return true;
  if (MEASURE_BEFORE.test(head) && MEASURE_AFTER.test(text.slice(end))) return false;
  if (INFINITIVE_OR_GERUND.test(head) || PLAN.test(head)) return true;
  if (COPULA.test(head)) return false;
  const before = text.slice(Math.max(0, index - 300), index);
  let start = 0;
  for (const m of before.matchAll(SENTENCE_BREAK)) start = m.index + 1;
  const sentence = before.slice(start);
  return FIRST_PERSON.test(sentence) || OPENS_WITH_VERB.test(sentence);
}

function lastBreak(text: string): number {
  let end = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    end = m.index + m[0].length;
  }
  return end;
}

const ACTION_FIRST = ['action', ...SPOKEN_FIELDS.filter((field) => field !== 'action')] as const;

/** Whether a story states a trade-off: in `tradeoff:`, or in words anywhere it is told. */
export function statesTradeoff(story: StoryData): boolean {
  if (textOf(story, 'tradeoff').trim() !== '') return true;
  // Stop at the first mention, looking first where trade-offs are mostly told: lint asks this of every story,
  // in a commit hook.
  return ACTION_FIRST.some((field) => PATTERNS.some((pattern) => firstMention(textOf(story, field), pattern) !== undefined));
}
