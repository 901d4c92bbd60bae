// The 16 Amazon Leadership Principles as plain data. Summaries and evidence hints are written
// in our own words; only the official principle names are quoted. Nothing here runs at import
// time: the lookup index used by findPrinciple() is built on first use.
import { closest, holdingWords } from '../text/suggest.js';
import { commaItems, type ListItem } from '../text/lists.js';

export const LP_IDS = [
  'customer-obsession',
  'ownership',
  'invent-and-simplify',
  'are-right-a-lot',
  'learn-and-be-curious',
  'hire-and-develop-the-best',
  'insist-on-the-highest-standards',
  'think-big',
  'bias-for-action',
  'frugality',
  'earn-trust',
  'dive-deep',
  'have-backbone-disagree-and-commit',
  'deliver-results',
  'strive-to-be-earths-best-employer',
  'success-and-scale-bring-broad-responsibility',
] as const;

export type LpId = (typeof LP_IDS)[number];

export interface Principle {
  readonly id: LpId;
  /** The official name, e.g. 'Have Backbone; Disagree and Commit'. */
  readonly name: string;
  /** 2-3 upper-case letters, unique, for narrow tables. */
  readonly abbrev: string;
  /** One line in our own words, at most 90 characters. */
  readonly summary: string;
  /** Lower-case kebab-case or single words a user might type; unique across all principles. */
  readonly aliases: readonly string[];
  /** One sentence of advice: what a story must say to show this principle. */
  readonly evidence: string;
}

export const PRINCIPLES: readonly Principle[] = [
  {
    id: 'customer-obsession',
    name: 'Customer Obsession',
    abbrev: 'CO',
    summary: 'Start from what a specific customer needs, work backwards, and keep their trust.',
    aliases: ['co', 'customer', 'customers', 'customer-obsessed', 'obsession'],
    evidence:
      'Name the customer segment you served, what they needed, and whom you chose not to serve to get there.',
  },
  {
    id: 'ownership',
    name: 'Ownership',
    abbrev: 'OWN',
    summary: "Act for the whole company and the long run; never treat a gap as someone else's job.",
    aliases: ['own', 'owner', 'owns', 'owning'],
    evidence:
      'Show a problem outside your remit that you took on, and the lasting fix, post-mortem or hand-off you left behind.',
  },
  {
    id: 'invent-and-simplify',
    name: 'Invent and Simplify',
    abbrev: 'IS',
    summary: 'Take good ideas from anywhere and make things simpler, even while others doubt it.',
    aliases: ['is', 'invent', 'simplify', 'innovate', 'innovation', 'invent-simplify'],
    evidence: 'Say what you removed, merged or replaced with something simpler, and what that made possible.',
  },
  {
    id: 'are-right-a-lot',
    name: 'Are Right, A Lot',
    abbrev: 'ARL',
    summary: 'Make sound calls from judgment, seek out other views, and test your own beliefs.',
    aliases: ['arl', 'right', 'right-a-lot', 'judgment', 'judgement'],
    evidence:
      'Describe a call you made on partial data, the opposing views you sought, and how the outcome proved it right.',
  },
  {
    id: 'learn-and-be-curious',
    name: 'Learn and Be Curious',
    abbrev: 'LBC',
    summary: 'Keep learning, stay curious about new possibilities, and go and explore them.',
    aliases: ['lbc', 'learn', 'learning', 'curious', 'curiosity', 'learn-and-curious'],
    evidence:
      'Explain which unfamiliar domain or tool you taught yourself or tested, and how it changed what you did.',
  },
  {
    id: 'hire-and-develop-the-best',
    name: 'Hire and Develop the Best',
    abbrev: 'HDB',
    summary: 'Raise the talent bar with each hire and promotion, and coach people into leaders.',
    // The name as often said, without its "the".
    aliases: ['hdb', 'hire', 'hiring', 'develop', 'hire-and-develop', 'hire-and-develop-best', 'mentor', 'mentoring', 'coaching'],
    evidence: 'Name someone you hired, mentored or promoted, and show their growth in concrete results.',
  },
  {
    id: 'insist-on-the-highest-standards',
    name: 'Insist on the Highest Standards',
    abbrev: 'HS',
    summary: 'Hold a bar others may call too high, stop defects early, and fix problems for good.',
    // The name as often said, without its "the" ("Insist on Highest Standards"), or with "high" for "highest".
    aliases: ['hs', 'ihs', 'standards', 'high-standards', 'highest-standards', 'insist-on-highest-standards', 'insist-on-high-standards', 'quality'],
    evidence:
      'Point to a bar you refused to lower, such as a quality gate or a held launch, and the defect it kept out.',
  },
  {
    id: 'think-big',
    name: 'Think Big',
    abbrev: 'TB',
    summary: 'Set a bold direction that rallies people, and look ahead for new ways to serve customers.',
    aliases: ['tb', 'big', 'vision', 'big-picture'],
    evidence: 'Describe the multi-year or org-wide direction you set and how other teams came to adopt it.',
  },
  {
    id: 'bias-for-action',
    name: 'Bias for Action',
    abbrev: 'BA',
    summary: 'Move quickly; most decisions can be undone, so take calculated risks over long study.',
    aliases: ['ba', 'bias', 'action', 'speed', 'bias-to-action'],
    evidence:
      'Show that you acted before every answer was in, why the step could be undone, and what you learned quickly.',
  },
  {
    id: 'frugality',
    name: 'Frugality',
    abbrev: 'FRU',
    summary: 'Get more done with less; let constraints drive invention rather than bigger budgets.',
    aliases: ['fru', 'frugal', 'thrift', 'thrifty'],
    evidence: 'Say what you delivered without new headcount or budget, and the cost you saved or avoided.',
  },
  {
    id: 'earn-trust',
    name: 'Earn Trust',
    abbrev: 'ET',
    summary: 'Listen closely, speak plainly, treat people with respect, and critique your own work.',
    aliases: ['et', 'trust', 'earn'],
    evidence: 'Own a mistake or hard feedback out loud, then show how you repaired the relationship or the process.',
  },
  {
    id: 'dive-deep',
    name: 'Dive Deep',
    abbrev: 'DD',
    summary: 'Stay close to the details, audit often, and probe when metrics and anecdotes disagree.',
    aliases: ['dd', 'dive', 'deep', 'deep-dive', 'details'],
    evidence: 'Say which logs, queries or numbers you examined yourself and what root cause they exposed.',
  },
  {
    id: 'have-backbone-disagree-and-commit',
    name: 'Have Backbone; Disagree and Commit',
    abbrev: 'HB',
    summary: 'Challenge decisions you doubt, respectfully but firmly, then back the final call fully.',
    aliases: ['hb', 'backbone', 'have-backbone', 'disagree', 'disagree-and-commit', 'commit'],
    evidence:
      'Say what you challenged and with what evidence, then how you fully backed the decision once it was made.',
  },
  {
    id: 'deliver-results',
    name: 'Deliver Results',
    abbrev: 'DR',
    summary: 'Focus on the inputs that matter and deliver them well and on time, despite setbacks.',
    aliases: ['dr', 'deliver', 'delivery', 'results'],
    evidence: 'Give the hard date or target, the setback you hit, and the number you landed anyway.',
  },
  {
    id: 'strive-to-be-earths-best-employer',
    name: "Strive to be Earth's Best Employer",
    abbrev: 'EBE',
    summary: 'Build a safer, fairer, more diverse workplace where people grow and feel empowered.',
    aliases: ['ebe', 'employer', 'best-employer', 'earths-best-employer', 'earth'],
    evidence:
      'Show a concrete change that made your team safer, healthier or more inclusive, such as a lighter on-call load.',
  },
  {
    id: 'success-and-scale-bring-broad-responsibility',
    name: 'Success and Scale Bring Broad Responsibility',
    abbrev: 'SSB',
    summary: 'Weigh the wider effects of your work on communities and the planet; leave things better.',
    aliases: ['ssb', 'scale', 'success-and-scale', 'responsibility', 'broad-responsibility'],
    evidence:
      'Describe a second-order effect you weighed, such as privacy, accessibility or sustainability, and what you changed.',
  },
];

/**
 * Normalise free text for lookup: lower-case, drop apostrophes ("Earth's" -> "earths"),
 * '&' -> 'and', every run of other non-alphanumerics -> '-', and trim dashes.
 */
export function normalizeLpKey(input: string): string {
  return input
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A key that forgives how a name is said: no "the" or "a", each word singular, "to" or "towards" as "for". */
function looseKey(input: string): string {
  return normalizeLpKey(input)
    .split('-')
    .filter((word) => word !== 'the' && word !== 'a' && word !== 'an')
    .map((word) => (/^(?:to|towards|toward)$/.test(word) ? 'for' : word.length > 3 ? word.replace(/s$/, '') : word))
    .join('-');
}

let lookup: Map<string, Principle> | undefined;

function buildLookup(): Map<string, Principle> {
  const map = new Map<string, Principle>();
  for (const p of PRINCIPLES) {
    map.set(p.id, p);
    map.set(normalizeLpKey(p.name), p);
    for (const alias of p.aliases) map.set(normalizeLpKey(alias), p);
  }
  return map;
}

/** Principles by name, joined for one line: "Ownership + Dive Deep". */
export function principleNames(ids: readonly LpId[]): string {
  return ids.map((id) => principle(id).name).join(' + ');
}

/** The principle with this id. */
export function principle(id: LpId): Principle {
  return PRINCIPLES[LP_IDS.indexOf(id)]!;
}

/** How to write the principles one value named together: in YAML, as a list. */
const YAML_LIST = (ids: readonly LpId[]) => `write them as a list, \`[${ids.join(', ')}]\``;

/**
 * " Did you mean `x`?" for a principle that isn't one (or ''): the id of the nearest principle (nearestPrinciple),
 * whichever of its spellings the input was near ("Invent & Simplfy", a typo of the alias `invent-simplify`, is
 * `invent-and-simplify`). Where it is two or more principles written as one, joined by "and" or by spaces alone
 * ("deliver-results ownership"), it says so, and `howToList` says how to write them (in YAML, as a list; on the
 * command line, `args.ts` says with commas).
 */
export function lpDidYouMean(input: string, howToList: (ids: readonly LpId[]) => string = YAML_LIST): string {
  const joined = namedTogether(input);
  if (joined) return ` It names ${['two', 'three', 'four', 'five', 'six'][joined.length - 2]} principles: ${howToList(joined)}.`;
  const near = nearestOne(input);
  return near ? ` Did you mean \`${near.id}\`?` : '';
}

/**
 * The principle an input that isn't one most likely means, or undefined: the one whose id or alias is nearest
 * ("bakcbone", by the alias `backbone`: `have-backbone-disagree-and-commit`), else the one id the input is a word of
 * ("insist" → `insist-on-the-highest-standards`) or starts as ("are-right" → `are-right-a-lot`), else the one
 * principle its words point to. Undefined too where it is two or more principles written as one (lpDidYouMean says
 * how to write them).
 */
export function nearestPrinciple(input: string): Principle | undefined {
  return namedTogether(input) ? undefined : nearestOne(input);
}

/** nearestPrinciple, for an input that is not two or more principles written as one. */
function nearestOne(input: string): Principle | undefined {
  const near = (id: LpId | undefined): Principle | undefined => (id === undefined ? undefined : principle(id));
  // The name said loosely, singular for plural or without "the" ("Deliver result", "insist on highest
  // standard", "Bias towards action"): its id.
  const loose = looseKey(input);
  const named = PRINCIPLES.find((p) => [p.id, p.name, ...p.aliases].some((spelling) => looseKey(spelling) === loose));
  if (loose !== '' && named) return near(named.id);
  // Not the short aliases ("co", "hs"): two letters are within a typo of nearly anything.
  const typo = closest(input, [...LP_IDS, ...PRINCIPLES.flatMap((p) => p.aliases.filter((a) => a.length >= 4))]);
  if (typo !== undefined) return findPrinciple(typo);
  // The one id that holds the input's words ("insist" → `insist-on-the-highest-standards`).
  const key = normalizeLpKey(input);
  const holding = holdingWords(key, LP_IDS);
  if (holding !== undefined) return near(holding);
  // The first words of an id ("are-right", "insist-on"), cut at a word's end.
  const starting = key.length >= 3 ? LP_IDS.filter((id) => id.startsWith(`${key}-`)) : [];
  if (starting.length === 1) return near(starting[0]);
  // Words of one principle's among others, in another order or language ("Obsession client", French for
  // Customer Obsession): the one principle they point to.
  const pointed = new Set(looseKey(input).split('-').flatMap((word) => wordsOfOne().get(word) ?? []));
  return pointed.size === 1 ? near([...pointed][0]) : undefined;
}

/** Two or more principles joined by "and", "&" or "/" ("Ownership and Deliver Results"), or by spaces: their ids. */
function namedTogether(input: string): LpId[] | undefined {
  return joinedPrinciples(input) ?? spacedPrinciples(input);
}

let oneWords: Map<string, LpId> | undefined;

/**
 * The words, four letters or more, of only one principle's id, name or aliases, as looseKey says them
 * ("obsession", "backbone", "judgment"; not "best", of two, nor "co", of one but within a typo of anything).
 */
function wordsOfOne(): Map<string, LpId> {
  if (oneWords) return oneWords;
  const owners = new Map<string, Set<LpId>>();
  for (const p of PRINCIPLES) {
    for (const word of [p.id, p.name, ...p.aliases].flatMap((spelling) => looseKey(spelling).split('-'))) {
      if (word.length >= 4) owners.set(word, (owners.get(word) ?? new Set()).add(p.id));
    }
  }
  oneWords = new Map([...owners].filter(([, ids]) => ids.size === 1).map(([word, ids]) => [word, [...ids][0]!]));
  return oneWords;
}

/**
 * The ids of the principles `input` names with only spaces between them ("deliver-results ownership", "Dive
 * Deep Ownership"), cut into as few as make every part one; undefined where no cut does.
 */
function spacedPrinciples(input: string): LpId[] | undefined {
  const words = input.trim().split(/\s+/);
  if (words.length < 2 || words.length > 12) return undefined;
  const cuts = words.length - 1;
  // Each way to cut between words, fewest cuts first ("Dive Deep Ownership" is two, not "Dive", "Deep" and one more).
  const masks = Array.from({ length: (1 << cuts) - 1 }, (_, i) => i + 1).sort((a, b) => bits(a) - bits(b) || a - b);
  for (const mask of masks) {
    if (bits(mask) > 5) break;
    const pieces: string[] = [words[0]!];
    for (let i = 0; i < cuts; i++) {
      if (mask & (1 << i)) pieces.push(words[i + 1]!);
      else pieces[pieces.length - 1] += ` ${words[i + 1]!}`;
    }
    const ids = pieces.map((piece) => findPrinciple(piece)?.id);
    if (ids.every((id) => id !== undefined) && new Set(ids).size === ids.length) return ids as LpId[];
  }
  return undefined;
}

/** How many bits of `n` are set. */
function bits(n: number): number {
  let count = 0;
  for (let m = n; m; m >>= 1) count += m & 1;
  return count;
}

/**
 * The ids of the principles `input` joins with "and", "&" or "/", where cut at those words it is two or more
 * principles ("Ownership and Deliver Results"; "Invent and Simplify and Dive Deep" is two, the first with its own
 * "and"); undefined where no cut makes every part one.
 */
function joinedPrinciples(input: string): LpId[] | undefined {
  const parts = input.split(/\s+(?:and|&)\s+|\s*\/\s*/i);
  if (parts.length < 2 || parts.length > 6) return undefined;
  // Each way to cut at some of the joins and glue the rest back with "and", until every piece is a principle.
  const joins = parts.length - 1;
  for (let mask = 1; mask < 1 << joins; mask++) {
    const pieces: string[] = [parts[0]!];
    for (let i = 0; i < joins; i++) {
      if (mask & (1 << i)) pieces.push(parts[i + 1]!);
      else pieces[pieces.length - 1] += ` and ${parts[i + 1]!}`;
    }
    const ids = pieces.map((piece) => findPrinciple(piece)?.id);
    // Two or more different ones: "ownership and ownership" is one principle twice, not a list to write.
    if (ids.every((id) => id !== undefined) && new Set(ids).size === ids.length) return ids as LpId[];
  }
  return undefined;
}

/**
 * Resolve a principle from its id, official name (any case or punctuation, e.g.
 * 'Have Backbone; Disagree and Commit', 'dive deep', 'Dive_Deep') or one of its aliases.
 */
export function findPrinciple(input: string): Principle | undefined {
  lookup ??= buildLookup();
  const key = normalizeLpKey(input);
  return key === '' ? undefined : lookup.get(key);
}

/**
 * Principles written as one comma list, on the command line or in a story's `lps:`, with where each stands
 * in the text; a name that has a comma in it stays whole ("Are Right, A Lot, ownership" is two).
 */
export function lpListItems(value: string): ListItem[] {
  const pieces = commaItems(value);
  const list: ListItem[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const [piece, next] = [pieces[i]!, pieces[i + 1]];
    if (next !== undefined && !findPrinciple(piece.text) && findPrinciple(`${piece.text}, ${next.text}`)) {
      list.push({ text: value.slice(piece.start, next.end), start: piece.start, end: next.end });
      i++;
    } else list.push(piece);
  }
  return list;
}
