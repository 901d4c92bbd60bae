/**
 * "We" where an interviewer needs "I": the first-person plural, and "the team" or "our team" standing
 * as the subject of a clause. Quoted speech is other people's words and is left alone.
 */
import { inRanges, quotedRanges } from './quotes.js';
import { atClauseStart, wordAfter, wordBefore } from './words.js';

export interface WeMention {
  readonly index: number;
  readonly length: number;
  /** The phrase as written, with the verb that follows when there is one: "we decided". */
  readonly phrase: string;
  /** The same phrase told in the first person singular: "I decided". */
  readonly suggestion: string;
}

const WE = /\bwe(?:['’](?:re|ve|d|ll))?(?![\p{L}'’-])/giu;
const TEAM = /\b(?:our|the) team\b(?!['’]s|\s+(?:of|members?|leads?|manager)\b)/giu;
// Words after which "the team" is still the subject of a new clause.
const CLAUSE_OPENERS = new Set([
  'and', 'but', 'so', 'then', 'while', 'when', 'after', 'before', 'because', 'as', 'until', 'once',
  'where', 'although', 'though', 'if', 'whereas', 'finally', 'eventually', 'together', 'later',
]);
const SINGULAR: Record<string, string> = {
  we: 'I', "we're": "I'm", 'we’re': 'I’m', "we've": "I've", 'we’ve': 'I’ve', "we'd": "I'd", 'we’d': 'I’d',
  "we'll": "I'll", 'we’ll': 'I’ll',
};
const VERB_AGREEMENT: Record<string, string> = { were: 'was', are: 'am', have: 'have' };

export function findWeMentions(text: string): WeMention[] {
  const quotes = quotedRanges(text);
  const found: WeMention[] = [];
  for (const m of text.matchAll(WE)) {
    if (inRanges(m.index, quotes)) continue;
    const we = m[0];
    const next = wordAfter(text, m.index + we.length);
    const lower = we.toLowerCase();
    const i = SINGULAR[lower] ?? 'I';
    const verb = lower === 'we' && next ? ` ${VERB_AGREEMENT[next] ?? next}` : '';
    const phrase = lower === 'we' && next ? `${we} ${next}` : we;
    found.push({ index: m.index, length: we.length, phrase, suggestion: `${i}${verb}` });
  }
  for (const m of text.matchAll(TEAM)) {
    if (inRanges(m.index, quotes)) continue;
    const subject = atClauseStart(text, m.index) || CLAUSE_OPENERS.has(wordBefore(text, m.index));
    if (!subject) continue;
    const next = wordAfter(text, m.index + m[0].length);
    const phrase = next ? `${m[0]} ${next}` : m[0];
    found.push({ index: m.index, length: m[0].length, phrase, suggestion: 'I' + (next ? ` ${next}` : '') });
  }
  return found.sort((a, b) => a.index - b.index);
}
