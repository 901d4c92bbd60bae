/**
 * Trade-off language: something chosen over something else, given up, deprioritised, delayed, cut or
 * accepted as a cost. A setback that happened to the candidate ("the launch was delayed by the vendor",
 * "the vendor dropped support") is not a trade-off they made, and "cut latency by 30%" is an outcome,
 * not a sacrifice.
 */
import { SPOKEN_FIELDS, textOf, type StoryData } from '../bank/schema.js';

export interface TradeoffMention {
  readonly index: number;
  readonly length: number;
  readonly text: string;
}

interface Pattern {
  /** Global, so every match can be tried against the subject check. */
  readonly re: RegExp;
  /** The verb needs the candidate (I, we, the team, or no subject at all) as its actor. */
  readonly own: boolean;
}

// Things a TPM cuts from a plan, as opposed to metrics ("cut costs", "cut latency").
const WORK = String.raw`(?:scope|features?|requirements?|items?|work(?:streams?)?|stories|tickets|integrations?|reports?|reporting|flows?|milestones?|pilots?|phases?|tests?|support|launch(?:es)?|release|polish|nice-to-haves?|extras?|options?|parts?|pieces?|plans?|projects?|initiatives?|dashboards?|v2|rounds?|exercises?|steps?|checks?|reviews?|meetings?|ceremon(?:y|ies)|roadmaps?|backlog|goals?|refactors?|rewrites?|migrations?|upgrades?|experiments?|campaigns?|screens?|fields?|markets?|regions?|platforms?|apps?|endpoints?|modules?|components?|tooling|automation|docs|documentation|training|hardening|refresh|redesign|ui|console|tracker|analytics|locali[sz]ation|languages?)`;
// Verbs that sit after "was", "were" etc. are passive: something done to the candidate.
const NOT_PASSIVE = String.raw`(?<!\b(?:was|were|been|being|is|are|got|get|gets)\s+(?:\w+\s+)?)`;
// "over the next two quarters" is time, not a choice.
const OVER_CHOICE = String.raw`\bover\b(?!\s+(?:the\s+)?(?:next|last|past|following|coming|course|weekend|summer|winter|holidays?)\b|\s+(?:a|an|one|two|three|four|five|six|several|many|\d+)\s+(?:days?|weeks?|months?|quarters?|years?|sprints?|weekends?|hours?)\b)`;
// Later: a later release or phase, or a date.
const LATER = String.raw`(?:(?:a|the|our)\s+)?(?:(?:later|next|second|third|follow-?up|following|future|separate|subsequent|\w+)\s+)?(?:release|phase|version|quarter|sprint|milestone|wave|backlog|year|v2|half)|q[1-4]|h[12]|next (?:year|quarter|month)|january|february|march|april|may|june|july|august|september|october|november|december`;
const COST = String.raw`(?:risks?|costs?|delays?|slips?|hits?|debt|latency|loss|losses|lose|losing|lost|downtime|overhead|gaps?|penalty|trade|slower|weaker|worse|longer|higher|extra|fewer|less|lower)`;

const PATTERNS: readonly Pattern[] = [
  { own: false, re: /\binstead of\b|\brather than\b|\bin exchange for\b|\bin return\b/gi },
  // "…with automatic rollback instead." names the alternative it replaced; "Instead, I…" only narrates.
  { own: false, re: /(?<=[\p{L}\p{N})]\s+)instead(?=\s*(?:[.;,!?)]|$))/giu },
  { own: false, re: /\btrade[- ]?offs?\b|\btraded\b|\btrading (?:off|away)\b/gi },
  { own: false, re: /\bat the (?:cost|expense|price|risk) of\b/gi },
  { own: false, re: new RegExp(String.raw`\b(?:chose|choose|chosen|choosing|picked|prioriti[sz](?:ed|ing|e)|favou?r(?:ed|ing)|preferred|opted for|went with|bet on)\b[^.;!?]{1,80}?${OVER_CHOICE}`, 'gi') },
  { own: false, re: /\b(?:chose|picked|went with|settled (?:for|on)|opted for)\b[^.;!?]{0,40}?\b(?:weaker|slower|worse|fewer|less|smaller|simpler|cheaper|narrower)\b/gi },
  { own: false, re: /\b(?:de-?scop(?:e|ed|ing)|scoped (?:down|out)|out of (?:the )?scope|left out)\b/gi },
  { own: false, re: /\b(?:said no to|turned down|declined to|chose not to|decided not to|decided against|opted not to|walked away from|knowingly)\b/gi },
  { own: false, re: /\beven though (?:it|that|this|doing so) (?:meant|cost|stretched|delayed|added|pushed|slowed|slipped|took)\b/gi },
  { own: true, re: /\bde-?prioriti[sz](?:e|ed|es|ing|ation)\b|\blower(?:ed)? (?:the )?priority\b/gi },
  { own: true, re: /\b(?:gave|give|giving|given) up\b|\bsacrific(?:e|ed|es|ing)\b|\bforw?(?:ent|go|going|gone)\b/gi },
  { own: true, re: new RegExp(String.raw`${NOT_PASSIVE}\b(?:defer(?:red|ring|s)?|postpon(?:e|ed|ing)|delay(?:ed|ing)?)\b(?!\s+by\s+(?:the|a|an|our)\s)`, 'gi') },
  {
    own: true,
    re: new RegExp(String.raw`${NOT_PASSIVE}\b(?:dropped|dropping|drop|shelved|shelve|parked|park|paused|pause|pausing|froze|freeze|freezing|killed|kill|scrapped|scrap|cancell?ed|cancel|skipped|skip|retired)\s+(?!(?:by|to|from|below|under|off|in|at|on|over|out|back|down|again|further|sharply|significantly|steadily|[\p{L}]+ly)\b|\d)(?=[\p{L}\p{N}])`, 'giu'),
  },
  { own: true, re: new RegExp(String.raw`${NOT_PASSIVE}\b(?:cut|cutting|removed|removing|stopped|stopping)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?${WORK}\b`, 'giu') },
  { own: true, re: new RegExp(String.raw`\b(?:cut|dropped|removed|pulled|moved|pushed|took)\b[^.;!?]{1,60}?\b(?:from|out of|off) (?:the |our |this )?(?:[\p{L}-]+ )?(?:launch|release|scope|plan|mvp|roadmap|quarter|sprint|version|v1|cut-?over|pilot)\b`, 'giu') },
  { own: true, re: new RegExp(String.raw`\b(?:moved|pushed|punted|shifted|slid|deferred|kicked)\b[^.;!?]{1,50}?\b(?:to|into|until)\s+(?:${LATER})\b`, 'gi') },
  { own: true, re: /\bpushed\s+(?:[\p{L}\p{N}-]+\s+){1,4}?(?:back|out)\b|\bheld\s+(?:[\p{L}\p{N}-]+\s+){0,4}?back\b|\bstretched the (?:programme|program|schedule|timeline|plan|date)\b/giu },
  { own: true, re: /\b(?:took|take|taking|absorbed|ate) (?:the|a) (?:hit|cost)\b|\b(?:ship|shipped|shipping|launch|launched|launching|went live|go live|release|released)\s+without\b/gi },
  { own: true, re: /\blet\s+(?:[\p{L}\p{N}-]+\s+){1,4}?(?:slip|lapse|wait|go ahead)\b/giu },
  { own: true, re: new RegExp(String.raw`\baccept(?:ed|ing|s)?\b[^.;!?]{0,60}?\b${COST}\b`, 'gi') },
  {
    own: true,
    re: /\b(?:left|leave|leaving|kept|keep|keeping)\s+(?:[\p{L}\p{N}-]+\s+){1,5}?(?:untouched|as (?:is|it was|they were)|until|for (?:later|now)|on (?:the|their|its) (?:old|existing|legacy|nightly|current))\b/giu,
  },
];

// Where the clause that holds a verb begins: a sentence or line, a comma, or a conjunction that can bring
// a new subject ("…, so the vendor delayed…").
const CLAUSE_BREAK =
  /[.!?;:\n]|,\s|\b(?:and|but|so|because|after|when|while|until|since|although|though|whereas|once|before|if|unless|which|who)\b/gi;
const LEADING_BULLET = /^[\s\-*•]+/;
// "agreed to delay", "by deferring": the candidate's own infinitive or gerund.
const INFINITIVE_OR_GERUND = /\b(?:to|by)\s*$/i;
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|[Ww]e|(?:[Mm]y|[Oo]ur|[Tt]he) team)(?:['’](?:d|ve|ll|m|re))?(?![\p{L}])/u;

export function findTradeoffs(text: string): TradeoffMention[] {
  const found: TradeoffMention[] = [];
  for (const { re, own } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (own && !byCandidate(text, m.index)) continue;
      found.push({ index: m.index, length: m[0].length, text: m[0] });
      break;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Whether the verb at `index` is the candidate's doing: "I"/"we"/"the team" in its clause, an
 * infinitive ("agreed to delay") or a gerund after "by", or no subject at all ("- Deferred X to Q3").
 */
function byCandidate(text: string, index: number): boolean {
  const sentence = text.slice(Math.max(0, index - 160), index);
  const start = lastBreak(sentence);
  const head = sentence.slice(start).replace(LEADING_BULLET, '');
  if (head.trim() === '' || INFINITIVE_OR_GERUND.test(head)) return true;
  return FIRST_PERSON.test(head);
}

function lastBreak(text: string): number {
  let end = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    end = m.index + m[0].length;
  }
  return end;
}

/** Whether a story states a trade-off: in `tradeoff:`, or in words anywhere it is told. */
export function statesTradeoff(story: StoryData): boolean {
  return textOf(story, 'tradeoff').trim() !== '' || SPOKEN_FIELDS.some((field) => findTradeoffs(textOf(story, field)).length > 0);
}
