/** Small word-level helpers shared by the rules. */

const TOKEN = /\S+/g;
const LAST_WORD = /([\p{L}\p{N}'’-]+)\s*$/u;
const FIRST_WORD = /^\s*([\p{L}\p{N}'’-]+)/u;
// The end of a sentence, clause or line, then an optional closing quote and bullet marker.
const CLAUSE_END = /[.!?;:\n]["”’)]?\s*(?:[-*•]\s+)?$/;
const TEXT_START = /^\s*(?:[-*•]\s+)?$/;

/**
 * Words as `wc -w` counts them: runs of non-space, so "$1.2M", "2.4 s", "A/B" and a bullet's dash are one,
 * two, one and one. It is the count a candidate gets from any word counter, and the one the labels use.
 */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(TOKEN)) n++;
  return n;
}

/** The word that ends just before `index`, lower-cased ('' at a sentence or clause start). */
export function wordBefore(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 40), index);
  const m = LAST_WORD.exec(head);
  return m ? m[1]!.toLowerCase() : '';
}

/** The word that starts just after `index`, lower-cased. */
export function wordAfter(text: string, index: number): string {
  const m = FIRST_WORD.exec(text.slice(index, index + 40));
  return m ? m[1]!.toLowerCase() : '';
}

/** True when `index` opens a sentence, a clause after ; or :, a line, or a bullet item. */
export function atClauseStart(text: string, index: number): boolean {
  const start = Math.max(0, index - 40);
  const head = text.slice(start, index);
  if (CLAUSE_END.test(head)) return true;
  return start === 0 && TEXT_START.test(head);
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words that say an amount after them is approximate, wherever an amount is read: "about", "around", "nearly". */
export const APPROX_WORD = String.raw`(?:about|around|roughly|nearly|almost)`;
/**
 * A mark that an amount after it is approximate, with the space after it: "about 20", "roughly 20", "~20", "≈ 20",
 * "c. 20", "approx. 20". (A pattern that reads an amount takes the marks as one, so "~20 min" reads as "20 min" does.)
 */
export const APPROX_MARK = String.raw`(?:(?:${APPROX_WORD}|approximately|some)\s+|(?:approx\.?|ca?\.)\s?|[~≈]\s?)`;
// The words that follow a verb rather than an adjective: an object's determiner, a pronoun, a preposition or a
// particle, a wh-word ("have analysed the logs", "has moved to", "have decided together").
export const OBJECT_WORDS = String.raw`the|a|an|my|our|their|his|her|its|this|that|these|those|it|them|him|me|us|to|with|for|on|in|into|up|out|down|off|back|over|through|across|every|each|all|both|one|two|three|four|five|six|seven|eight|nine|ten|what|how|why|where|who|which|whether|together|jointly`;
// Participles that, before a bare noun, name what kind of thing it is, so "have" before them is owning: "has automated
// tests", "has documented APIs", "has dedicated on-call engineers", "have limited time", "has mixed feelings".
const DESCRIBING = String.raw`automated|documented|dedicated|limited|mixed|skilled|experienced|detailed|advanced|established|integrated|distributed|shared|managed|trained|certified|qualified|specialised|specialized|centralised|centralized|embedded|scheduled|versioned|reserved|fixed|committed|seasoned|talented|motivated|outdated|sophisticated|complicated|varied|nested|siloed|fragmented|overloaded|overworked|understaffed|underfunded|outsourced|contracted|salaried|licensed|hosted|containerised|containerized|standardised|standardized|customised|customized|pinned|related|based`;
// …and a resource cut or added before what the team has of it, with no change said: "the team has reduced capacity over
// the holidays" ("has reduced capacity by 20%" is the act).
const RESOURCE_STATE = String.raw`(?:reduced|increased)\s+(?:capacity|headcount|staffing|hours|availability|bandwidth|budget|funding|workload|load|demand)\b(?!\s+(?:by|from|to)\b)`;
// …and so are the un- words that are no verb's: "had unplanned stops", "has untested code" (not "has unblocked teams").
const UN_VERBS = String.raw`unblocked|unlocked|uncovered|unpacked|unveiled|unloaded|unplugged|uninstalled|unsubscribed|untangled|unified|unearthed|unwound|unpicked|unmasked|unbundled|unmerged|unlisted|unpublished`;
// What after a participle is no object: a conjunction, an adverb or a word of time, a preposition the participle
// doesn't take, or a verb ("has doubled since", "had slipped twice", "has stayed under", "what we had planned was").
export const NOT_OBJECT = String.raw`and|or|but|nor|because|since|so|as|while|when|whenever|before|after|until|till|unless|if|though|although|than|twice|again|ever|already|yet|still|enough|too|here|there|now|then|last|next|early|late|later|sooner|earlier|fast|hard|well|much|very|quite|rather|almost|nearly|about|around|past|under|above|below|beyond|along|per|via|without|within|by|at|of|from|against|onto|upon|away|apart|ahead|forward|home|further|alone|instead|anyway|whereas|overnight|is|are|was|were|be|been|being|will|would|could|should|can|may|might|must|do|does|did|had|has|have|not|no|never|just|even|also|only|once|overall|during|like|unlike|despite|among|between|behind|beside|besides|throughout|toward|towards|except|plus|versus|vs|itself|themselves|ourselves|myself|himself|herself|yourself|year-on-year|year-over-year`;

// Not passive.ts's IRREGULAR table: "have seen" and "have heard" tell no act, and "sat" and "gone" take no passive;
// one list for both would change passive-voice and we-instead-of-i.
/** The irregular past participles of doing a perfect tells an act with, lower-case: "have written the runbook". */
export const IRREGULAR_PARTICIPLES = [
  'sat', 'met', 'led', 'run', 'built', 'rebuilt', 'written', 'rewritten', 'taken', 'made', 'set', 'cut', 'held', 'sent', 'found',
  'kept', 'put', 'brought', 'told', 'given', 'paid', 'sold', 'won', 'begun', 'spent', 'split', 'shut', 'spoken', 'driven', 'chosen',
  'broken', 'done', 'gone', 'drawn', 'shown', 'thrown', 'undertaken', 'overseen', 'understood', 'taught', 'caught', 'bought',
  'fought', 'sought', 'dug', 'hung', 'struck', 'laid', 'left', 'read',
] as const;

/**
 * A past participle after "have", as the perfect tells a finished act ("have analysed the logs", "has used MirrorMaker
 * 2", "have also written the runbook"), lower-case: a regular one where an object, a preposition, a name or the text's
 * end follows it, or a bare noun ("has doubled throughput", "have moved label printing") unless the participle is one
 * that names a kind of thing (DESCRIBING, un-): then "have" is owning ("has automated tests", "has documented APIs",
 * "has dedicated on-call engineers", "have limited time", "had unplanned stops"); an irregular one from a list. Regular
 * expression source, to follow the auxiliary and its spaces.
 */
export const PARTICIPLE =
  String.raw`(?:(?!${RESOURCE_STATE}|(?:${DESCRIBING})\s+(?!(?:${OBJECT_WORDS})\b(?![-'’]))(?:[a-z]|[A-Z]{2,}s?\b)|(?!(?:${UN_VERBS})\b)un[a-z]+ed\s+(?!(?:${OBJECT_WORDS})\b(?![-'’]))[a-z])` +
  String.raw`[a-z]+ed(?=\s+(?:[A-Z]|\d|[$£€])|\s*[,:.;!?]|\s*$|\s+(?:${OBJECT_WORDS})\b(?![-'’])|\s+(?!(?:${NOT_OBJECT})\b)[a-z][a-z-]*(?<!ly)\b)` +
  String.raw`|(?:${IRREGULAR_PARTICIPLES.join('|')})\b(?![-'’]))`;

/** Common verbs' irregular past tenses of doing, lower-case: what a clause or a bullet starts with ("- Ran the syncs", "…, so I cut the export"). */
export const IRREGULAR_PAST_ACTS = [
  'ran', 'built', 'kept', 'made', 'chose', 'took', 'put', 'set', 'sent', 'went', 'wrote', 'told', 'held', 'left', 'brought', 'gave', 'cut',
  'split', 'spent', 'led', 'drove', 'paid', 'lent', 'did', 'got', 'began', 'bought', 'sold', 'won', 'stood', 'dealt', 'caught',
] as const;

/** …and the rest a bullet may start with, of meeting, finding out and thinking: "- Met Sanjay Rao weekly". */
export const IRREGULAR_PAST = [...IRREGULAR_PAST_ACTS, 'met', 'found', 'let', 'flew', 'taught', 'thought', 'sought', 'saw', 'heard', 'rang', 'became'] as const;

/**
 * "yes", "on", "1"… as true and "no", "off", "0"… as false (YAML 1.1's booleans), and with `switches` the words
 * of a setting turned on or off too ("enabled", "disabled", "none"); anything else undefined.
 */
export function yesOrNo(value: unknown, switches = false): boolean | undefined {
  const said = String(value).trim().toLowerCase();
  if (/^(?:yes|y|on|true|1)$/.test(said) || (switches && /^(?:enabled?|active)$/.test(said))) return true;
  if (/^(?:no|n|off|false|0)$/.test(said) || (switches && /^(?:disabled?|none|inactive)$/.test(said))) return false;
  return undefined;
}

/**
 * Whether `word` is in `list`, a word list as the generated ones are written: words sorted, separated by single
 * spaces. A binary search over the text itself, so a list of 40,000 words needs no Set: making one costs about
 * 30 ms and 2 MB, which a lint of one story pays in full.
 */
export function inWordList(list: string, word: string): boolean {
  // Between `low` and `high` lie whole words; `word`, if listed, is one of them.
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = list.lastIndexOf(' ', middle - 1) + 1;
    const space = list.indexOf(' ', middle);
    const end = space === -1 ? list.length : space;
    const found = list.slice(start, end);
    if (found === word) return true;
    if (found < word) low = end + 1;
    else high = start;
  }
  return false;
}
