/** Whose verb is it: the candidate's ("I cut…", "we shipped…", "…and cut", "- Cut…") or someone else's. */
import { POSSESSIVE_ENDING } from './possessive.js';
import { IRREGULAR_PAST } from './words.js';

// Where a clause starts: punctuation, a line, or a word that can bring a new subject.
const CLAUSE_BREAK = /[.!?;:\n(]|,\s|\b(?:and|but|so|then|because|after|when|while|until|since|although|though|whereas|once|before|if|unless|which|who|where)\b/gi;
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|[Ww]e|(?:[Mm]y|[Oo]ur|[Tt]he) team)(?:['’](?:d|ve|m|re))?(?![\p{L}])/u;
const FIRST_PERSON_SINGULAR = /(?:^|[^\p{L}])I(?:['’](?:d|ve|m))?(?![\p{L}])/u;
// "I" or "we", not the team: what is said of the team alone is the team's ("The team was involved in the decision").
const I_OR_WE = /(?:^|[^\p{L}])(?:I|[Ww]e)(?:['’](?:d|ve|m|re))?(?![\p{L}])/u;
const NO_SUBJECT = /^[\s\-*•]*(?:(?:also|then|first|initially|really|repeatedly|only|just|later|still|personally|actively|further|deliberately|finally)\s+)*$/i;

/**
 * Whether the verb at `index` is the candidate's: "I" (or, unless `singular`, "we", and unless `team` is false, the
 * team: "the team", "my team") in its clause, or no subject at all (a bullet, or a verb after "and" that shares the last
 * clause's subject).
 */
export function inOwnVoice(text: string, index: number, { singular = false, team = true } = {}): boolean {
  const before = text.slice(Math.max(0, index - 160), index);
  // A verb right after "who", "which" or "that" is its antecedent's: "the customers who tried to log in" are not the
  // candidate (a user's trial), "I was the one who tried to" is.
  const relative = RELATIVE_BEFORE.exec(before);
  if (relative) return antecedentIsOwn(before.slice(0, relative.index), singular, team);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  const head = before.slice(start);
  return NO_SUBJECT.test(head) || (singular ? FIRST_PERSON_SINGULAR : team ? FIRST_PERSON : I_OR_WE).test(head) || (!singular && WITH_ME.test(before));
}

// "Me" in a subject of two, with its "and" (which CLAUSE_BREAK takes for a new clause): "Me and my team helped with…",
// "My manager and me decided…", said of the candidate as "My team and I" is. (Not "me" as an object: "They asked me and
// my team helped…" has "they" before it, nor a clause of someone else's after "and": "…with me and my team helped".)
const WITH_ME = new RegExp(
  String.raw`(?:^|[.!?;:\n(]\s*|,\s+|\b(?:but|so|then|because|when|while|after|once)\s+)[\s\-*•]*(?:[Mm]e and (?:(?:my|our|the) )?(?:[\p{L}'’-]+ ){0,2}?[\p{L}'’-]+|(?:(?:[Mm]y|[Oo]ur|[Tt]he) )?(?:[\p{L}'’-]+ ){0,2}?[\p{L}'’-]+ and me)\s+(?:(?:also|then|first|initially|really|only|just|later|still|personally|actively|further|deliberately|finally)\s+)*$`,
  'u',
);

// A relative pronoun with nothing but adverbs between it and the verb: "who ", "that then ", "which also ".
const RELATIVE_BEFORE = /\b(?:who|which|that)\s+(?:(?:also|then|first|initially|really|repeatedly|only|just|later|still|actively|further|deliberately|finally|had|have|has|was|were)\s+)*$/i;
// The antecedent a relative clause tells of, when it is the candidate: "I, who", "us who", "my team, which", or the one the
// candidate says they were ("I was the one who").
const OWN_ANTECEDENT = /(?:^|[^\p{L}])(?:I|[Ww]e|me|us|(?:[Mm]y|[Oo]ur)(?:\s+own)?\s+(?:team|squad))\s*,?\s*$/u;
const ONE_WHO = /\b(?:one|ones|person|people)\s*,?\s*$/i;

/** Whether the antecedent before a relative pronoun (`before` ends just before it) is the candidate. */
function antecedentIsOwn(before: string, singular: boolean, team: boolean): boolean {
  if (OWN_ANTECEDENT.test(before)) {
    if (singular) return !/(?:[Ww]e|us|[Oo]ur(?:\s+own)?\s+\S+)\s*,?\s*$/.test(before);
    return team || !/(?:[Mm]y|[Oo]ur)(?:\s+own)?\s+\S+\s*,?\s*$/.test(before);
  }
  if (!ONE_WHO.test(before)) return false;
  const clause = before.split(/[.!?;:\n]/).at(-1)!;
  return (singular ? FIRST_PERSON_SINGULAR : team ? FIRST_PERSON : I_OR_WE).test(clause);
}

// Someone else's work arriving late, and nothing the candidate did in the sentence: "Zeiss came three weeks
// later than planned", "the contractor's survey came back five weeks late and found dead zones". A setback
// told, not a choice made or a mistake of the candidate's. ("My migration came in five weeks late", "The
// hardware arrived late, so I ran the pilot on loaners" are the candidate's.)
const CAME_LATE = new RegExp(
  String.raw`\b(?:came(?: back| in| through)?|arrived|landed|turned up|showed up|was delivered|were delivered|got delivered)\s+(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(?:days?|weeks?|months?|hours?)|a (?:bit|little)|very|too|far|much)\s+)?(?:late(?=\s*(?:[.,;:!?)]|$|(?:and|but|so|because|to|for|by|on|in|which|after|than|again)\b))|later than (?:planned|promised|agreed|expected|scheduled|booked|committed|contracted))`,
  'giu',
);
const OWN_WORDS = /(?:^|[^\p{L}])(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)(?:['’](?:d|ve|m|re|ll))?(?![\p{L}])/u;
// Someone else's thing, by a possessive ("our contractor's survey", "our suppliers’ parts"), not one's own team's.
const OTHERS_POSSESSIVE = new RegExp(
  String.raw`(?<![\p{L}-])(?!(?:team|squad|org|group|department|company|programme|program|project)s?${POSSESSIVE_ENDING})[\p{L}-]+${POSSESSIVE_ENDING}\s+(?:[\p{L}-]+\s+){0,2}$`,
  'iu',
);
const OWN_SUBJECT = /(?:^|[^\p{L}])(?:I|[Ww]e)(?:['’](?:d|ve|m|re|ll))?(?![\p{L}])/u;

// Someone else holding the work up, with no word of the candidate's in the sentence: "National Highways kept the
// A66 shut until the 30th, which held up 1,100 parcels", "The council closed the road, and that delayed the
// install". (Not a bullet that opens with the candidate's verb: "- Held the release a day, which delayed…".)
const HELD_UP = /\b(?:which|and|that|this)\s+(?:held up|delayed|blocked|stalled|stranded|set back|pushed back|pushed out)\b|\b(?:kept|held)\s+(?:the\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?\s+(?:shut|closed|offline|down)\b/u;
// The subject an outside party: a name of two capitalised words or more ("National Highways", "Network Rail"),
// or a body named by what it is ("the council", "the port authority", "customs").
const OPENS_WITH_PARTY =
  /^[\s\-*•]*(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}'’-]*)+|(?:[Tt]he\s+)?(?:[\p{L}-]+\s+)?(?:council|vendor|supplier|regulator|authority|contractor|carrier|port|customs|landlord|police|client|customer|bank|union|ministry|agency|government|insurer|utility|operator|airline|airport|railway))\s+(?!(?:I|we|my|our)\b)\p{Ll}/u;
const FIRST_WORD = /^[\s\-*•]*(\p{L}+)/u;
const KEPT_PUTTING_OFF = /\b(?:kept|had been|had|was|were)\s+(?:(?:twice|repeatedly|again)\s+)?(?:delaying|postponing|deferring|postponed|delayed|deferred)\b/i;
const PAST_FORMS: ReadonlySet<string> = new Set(IRREGULAR_PAST);

/** Whether a sentence opens with a verb in the past, as a bullet told without "I" does. */
export function opensWithVerb(sentence: string): boolean {
  const word = FIRST_WORD.exec(sentence)?.[1]?.toLowerCase() ?? '';
  return word.endsWith('ed') || PAST_FORMS.has(word);
}

/** Whether a sentence tells only of something of someone else's arriving late, or of someone else holding it up. */
export function lateByOthers(sentence: string): boolean {
  if (HELD_UP.test(sentence) && !OWN_WORDS.test(sentence) && OPENS_WITH_PARTY.test(sentence) && !opensWithVerb(sentence)) return true;
  // Someone else putting it off, again and again: "Our previous TPM kept delaying the migration", "the vendor had
  // postponed it twice" (not "I kept delaying…", the candidate's own).
  const putOff = KEPT_PUTTING_OFF.exec(sentence);
  if (putOff && !OWN_SUBJECT.test(sentence.slice(0, putOff.index))) return true;
  for (const m of sentence.matchAll(CAME_LATE)) {
    const before = sentence.slice(0, m.index);
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
    // "Our contractor's survey" is the contractor's.
    const others = !OWN_WORDS.test(clause) || OTHERS_POSSESSIVE.test(clause);
    if (!NO_SUBJECT.test(clause) && others && !OWN_SUBJECT.test(sentence.slice(m.index))) return true;
  }
  return false;
}
