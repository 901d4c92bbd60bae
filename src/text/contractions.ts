/**
 * What a contracted "'d" stands for: "had" or "would". One reading for every place that spells it out (the models'
 * tokens in classify.ts, the full form we-instead-of-i reads in pronouns.ts, the auxiliary passive-voice suggests in
 * passive.ts), so that "a region we'd been told to drain" is "we had been told" to all of them, and "we'd need two
 * weeks" is "we would need" to all of them.
 *
 * "'d" is "had" before a past participle ("we'd moved", "I'd been told", "they'd gone", "who'd long since moved to
 * Spain"), before "better" and "best" ("we'd better", "you'd best"), before "to" ("I'd to leave early", as some
 * English says it), and before what the team lacked ("we'd no test rig", "we'd nothing to show"), with adverbs between
 * or not ("we'd already agreed", "we'd not been told", "we'd all read it"); it is "would" otherwise: before a base verb
 * ("I'd argue", "we'd need", "I'd rather", "I'd like", "we'd be"), before "have" ("we'd have missed"), and on a "'d've".
 *
 * A participle spelt like its base verb ("run", "set", "put", "cut", "read", "let", "become"…) is read as "had" only with
 * a sign of the perfect: an adverb only a perfect takes ("I'd already read the runbook", "the largest rollout I'd ever
 * run"), how long it had lasted ("we'd run the old system for years"), the candidate's coming after it in its clause
 * ("we'd cut the budget by 20% before I joined"), nothing after it for an object ("the budget I'd set.", "the budget I'd set, and…"), or a noun just before the
 * pronoun whose object it is, and none after it ("the figure I'd put in the business case", "the schedule I'd set up").
 * Otherwise it is "would", as a story says what the candidate would do now: "Next time I'd run a smaller canary", "I'd
 * put the readout in front of finance first". So "I'd read the runbook", either, is "I would read the runbook": told as
 * done before, a story says when ("I'd already read the runbook", "I'd read the runbook the week before" is the one
 * this misreads).
 */

// Past participles spelt unlike their base verb, lower-case, and "had", "got", "gotten" and "been".
const PARTICIPLES = new Set([
  'been', 'had', 'got', 'gotten', 'done', 'gone', 'seen', 'taken', 'given', 'made', 'known', 'told', 'written', 'shown',
  'built', 'left', 'kept', 'held', 'spent', 'found', 'lost', 'begun', 'brought', 'bought', 'thought', 'caught', 'taught',
  'sent', 'meant', 'paid', 'said', 'sold', 'stood', 'understood', 'won', 'chosen', 'driven', 'broken', 'spoken', 'fallen',
  'forgotten', 'grown', 'drawn', 'thrown', 'flown', 'worn', 'torn', 'hidden', 'ridden', 'risen', 'eaten', 'beaten',
  'sat', 'met', 'led', 'fed', 'fled', 'bled', 'bred', 'sped', 'rebuilt', 'rewritten', 'undertaken', 'overseen', 'overtaken',
  'mistaken', 'forgiven', 'withdrawn', 'shaken', 'frozen', 'stolen', 'proven', 'sworn', 'woken', 'fought', 'sought',
  'dug', 'hung', 'struck', 'stuck', 'laid', 'heard', 'felt', 'dealt', 'lent', 'slept', 'swept', 'shot', 'swung',
  'spun', 'sung', 'rung', 'sunk', 'shrunk', 'lit', 'slid', 'learnt', 'burnt', 'spelt', 'dreamt', 'leapt', 'outgrown',
  'agreed', 'disagreed', 'freed', 'guaranteed', 'decreed',
]);
// …and those spelt like it, "had" only with a sign of the perfect.
const LIKE_BASE = new Set([
  'run', 'set', 'put', 'cut', 'shut', 'hit', 'let', 'read', 'become', 'come', 'split', 'spread', 'cost', 'quit', 'bet',
  'hurt', 'burst', 'cast', 'upset', 'overrun', 'reset', 'rerun', 'forecast', 'broadcast',
]);
// Words ending in "ed" that are no participle: base verbs ("I'd need", "we'd proceed", "I'd embed"), adjectives.
const NOT_PARTICIPLE = new Set([
  'shed', 'shred', 'wed', 'bed', 'red', 'embed', 'imbed', 'sled', 'hundred', 'sacred', 'naked', 'wicked',
]);
// A regular participle: "moved", "argued", "co-led" (not "need", "proceed", "exceed": a base verb in "-eed").
const REGULAR = /^(?:[a-z]+-)*[a-z]*[a-df-z]ed$/;
// What the team lacked: "we'd no test rig", "we'd nothing to show for it", "we'd little choice", "we'd too little time".
const LACKED = new Set(['no', 'nothing', 'neither', 'little', 'enough', 'plenty', 'none']);
// Adverbs that may stand between the "'d" and its verb ("we'd already agreed", "we'd not been told", "we'd all read it",
// "who'd long since moved"), and of them, those only a perfect takes ("I'd already read", "I'd ever run").
const BETWEEN = new Set([
  'already', 'just', 'never', 'not', 'all', 'both', 'ever', 'only', 'long', 'since', 'also', 'then', 'first', 'now',
  'again', 'still', 'even', 'once', 'always', 'instead', 'too', 'each',
]);
const PERFECT_ONLY = new Set(['already', 'just', 'ever', 'long', 'since']);
// Words in "ly" that are verbs, not adverbs: "I'd apply", "we'd rely on".
const LY_VERBS = new Set(['apply', 'supply', 'reply', 'rely', 'comply', 'multiply', 'imply', 'fly', 'rally', 'tally', 'bully', 'ally']);
// No object after a participle spelt like its base: the text ends, a clause ends, or a conjunction or a word of time
// follows ("the budget I'd set.", "the numbers I'd run and…"), after a particle or not ("the alarm I'd set up.").
const NO_OBJECT =
  /^(?:\s+(?:up|out|down|off|back|aside|away|over|through|together))?(?:\s*(?:$|[,.;:!?)"”—–])|\s+(?:and|but|or|because|before|after|when|while|until|since|earlier|already|yet|twice|last)\b)/u;
// A word of a noun phrase: not a conjunction, a preposition or a pronoun ("a plan or they'd come up with one").
const NOUN_WORD = String.raw`(?!(?:and|or|but|nor|so|then|because|when|while|if|unless|that|which|who|whom|as|than|until|before|after|once|since|where|to|of|for|with|in|on|at|by|from|into|about|I|we|you|they|he|she|it)\b(?![-'’]))[\p{L}\p{N}-]+`;
// A noun just before the pronoun, whose object the participle is: "the figure I'd put in", "the money we'd set aside",
// "a budget they'd cut". (Not a time or a place in the story, "The next time I'd run…", "In the end we'd cut…"; nor the
// one told or promised, "I told the team I'd run…"; nor with an object of its own after it, "the day I'd run the drill".)
const NOUN_BEFORE = new RegExp(
  String.raw`(?<!\b(?:told|tell|tells|promised|promise|assured|assure|warned|reminded|showed|show|convinced|persuaded|informed|emailed|messaged|asked|wrote|texted|bet)\s+)\b(?:the|a|an|this|that|these|those|my|our|his|her|their|its|every|each|any|some|no)\s+(?:${NOUN_WORD}\s+){0,2}(?!(?:time|times|end|moment|day|week|month|year|way|case|point|stage)\s)${NOUN_WORD}\s+$`,
  'iu',
);
// An object after the participle: a determiner, a pronoun or a number ("I'd run the numbers", "we'd cut it", "I'd
// set up two reviews").
const OBJECT_NEXT =
  /^(?:\s+(?:up|out|down|off|back|aside|away|over|through|together))?\s+(?:the|a|an|my|our|their|his|her|its|this|that|these|those|it|them|him|her|me|us|every|each|all|both|some|any|no|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b/iu;
// How long it had lasted, in its clause: "we'd run the old system for years", "I'd set it since 2019".
const LASTING =
  /^[^.;:!?\n]{0,60}?\b(?:for\s+(?:years|decades|months|ages|a\s+decade|a\s+long\s+time|so\s+long|as\s+long\s+as)|since\s+(?:(?:19|20)\d\d|launch|day\s+one|the\s+start|the\s+beginning))\b/iu;
// When the candidate came, later in the clause: what was done before it was the team's before them, the perfect ("we'd
// cut the budget by 20% before I joined", "we'd run it by hand until I arrived", "by the time I took over"). Only their
// coming to the team, the company or the job, named or not ("before I joined Acme"), not to a call or a room ("before I
// joined the call" is "would" still).
export const BEFORE_I_CAME =
  /^[^.;:!?\n]{0,80}?\b(?:[Bb]efore|[Uu]ntil|[Tt]ill|[Bb]y the time)\s+I\s+(?:had\s+)?(?:joined|arrived|started|took\s+over|came\s+(?:on\s*board|aboard|in)|was\s+(?:hired|brought\s+in|appointed)|got\s+there)(?:\s+(?:the|this|that|our|my)\s+(?:team|company|project|programme|program|org|organi[sz]ation|business|department|group|firm|role|job|bank)\b|\s+\p{Lu}[\p{L}'’&-]*)?(?=\s*(?:$|[,.;:!?)\n])|\s+(?:in|as|from)\s)/u;
const WORD = /^\s+([\p{L}'’-]+)/u;

/**
 * What the "'d" just before `after` stands for, from the words after it and, where the caller has it, the text before
 * the word it is on (`before`: "the budget " in "the budget I'd set"). `after` starts right after the "'d" ("'ve been
 * told", " been told").
 */
export function contractedD(after: string, before = ''): 'had' | 'would' {
  if (/^['’]ve\b/i.test(after)) return 'would';
  let rest = after.slice(0, 120);
  let perfectOnly = false;
  for (let i = 0; i < 4; i++) {
    const m = WORD.exec(rest);
    if (!m) return 'would';
    const word = m[1]!.toLowerCase().replace(/’/g, "'");
    rest = rest.slice(m[0].length);
    if (word === 'better' || word === 'best' || word === 'to' || PARTICIPLES.has(word) || LACKED.has(word)) return 'had';
    if (word === 'too' && /^\s+(?:little|few)\b/i.test(rest)) return 'had';
    if (LIKE_BASE.has(word)) return perfectOnly || NO_OBJECT.test(rest) || LASTING.test(rest) || BEFORE_I_CAME.test(rest) || (NOUN_BEFORE.test(before.slice(-80)) && !OBJECT_NEXT.test(rest)) ? 'had' : 'would';
    if (REGULAR.test(word) && !NOT_PARTICIPLE.has(word.slice(word.lastIndexOf('-') + 1))) return 'had';
    if (BETWEEN.has(word) || (word.endsWith('ly') && !LY_VERBS.has(word))) {
      perfectOnly ||= PERFECT_ONLY.has(word);
      continue;
    }
    return 'would';
  }
  return 'would';
}
