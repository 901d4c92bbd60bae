/**
 * `--redact`: partner names and numbers out of what the page shows, so it can be shared. Analysis runs
 * on the original text (findings and scores don't change); only the rendered strings are replaced.
 *
 * - An email address becomes `[email]` and a link (one that starts with a scheme such as "https://", or with
 *   "www.") `[link]`, each whole and first, before names: "chidi.okonkwo@kobohealth.com" names a person, and
 *   must not come out half redacted ("[partner A].okonkwo@…"). A bare domain ("kobohealth.com") is a company
 *   name and stays, as company names do.
 * - A partner is named in `partners:`, or found by the partner detection the rules use (`findPartnerMentions`),
 *   a name beside a role too ("Anjali Deshpande, the head of service"); each person becomes
 *   `[partner A]`, `[partner B]`… the same letter across the whole page, wherever the name stands, and a first
 *   or last name on its own ("Lena") is the same person as the full name. A name is matched as written, in
 *   capitals, and capitalised if it was written all in lower case ("sunita rao" in `partners:`). A name the
 *   detection never takes for a person stays: the README and the page say so.
 * - Every number becomes `[n]`: digits with their magnitude ("1.3 million", "4 lakh", "R$ 2 milhões", "5 Mio.": MAGNITUDE),
 *   and digits grouped with full stops whole ("1.200.000"); a currency sign stays
 *   as written, whichever it is ("$2.1M" → "$[n]", "£9,000" → "£[n]", "₦[n]", "R$ [n]"),
 *   and number words ("five weeks"); "one" only where it stands with another number ("one in eleven",
 *   "one hundred"), since it is more often no number at all ("no one", "one of the teams"). A digit glued to a letter is an identifier (p99, Q3, EC2) and stays,
 *   but for a year glued to FY or CY ("FY24", "Q3 FY2023", "CY'22"): a date, which can place an employer's
 *   timeline, and becomes "FY[n]".
 * - A finding's message is tpm-prep's own words around quotes of the story: names go everywhere, numbers
 *   only inside a quote taken from the story, so "Cut about 40 words" and the advice's examples ("down 15%")
 *   stay as they are; and outside those quotes the people the advice names as examples ("Priya Nair, the
 *   Payments engineering manager") stay whole, though a partner shares a first or a last name with them.
 * Pure.
 */
import { partnersOf, spokenText, type StoryData } from '../bank/schema.js';
import { EXAMPLE_NAMES } from '../lint/examples.js';
import { NAME_WORD, findPartnerMentions, notAName } from '../text/names.js';
import { MAGNITUDE, NAIRA_NUMBER } from '../text/numbers.js';
import { oneLine } from '../text/show.js';
import { escapeRegExp } from '../text/words.js';
import type { Alternative, ReportModel, ShortClaimView } from './model.js';

export interface Redactor {
  /** Email addresses, links, names and numbers out of text that came from the stories. */
  (text: string): string;
  /** A message of tpm-prep's that may quote the stories: addresses and names out, and numbers out of the quotes from them. */
  readonly message: (text: string) => string;
  /** A story id or a file path, word by word: a word that names a partner (in any case) or is a number is replaced. */
  readonly slug: (text: string) => string;
}

// "name.surname+tag@mail.example.co.uk"; and "https://…", "ftp://…", "www.…", up to a space, a quote or an
// angle bracket, without the sentence's closing punctuation.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const LINK = /(?<![\p{L}\p{N}@.])(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’]/giu;

/** `text` with each email address and link replaced whole. */
export function hideAddresses(text: string): string {
  // Links first: one may hold an address ("https://lena@git.example.com/x"), and an address a "www." ("me@www.x.com").
  return text.replace(LINK, '[link]').replace(EMAIL, '[email]');
}

const TITLES = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Prof', 'Jr', 'Sr', 'The']);
const POSSESSIVE = /['’]s$/;
// A number's magnitude goes with its digits (MAGNITUDE, src/text/numbers.ts: every magnitude in the table findMetrics and
// the money signals read, after any number, "400 m" and "40 mil pesos" too): "1.3 million", "4 lakh", "R$ 2 mi", "5 Mio.
// Euro", "40 tys. zł". An abbreviation's full stop goes with it where the text goes on, but for a word in capitals after
// it, which may start a sentence ("rose by 5 Mio. The team": hideNumber); "mi" and "bi" not before a hyphen ("2
// bi-weekly"). A second magnitude goes too: "3 mil millones", "1.2 lakh crore".
// The digits and their magnitude; a currency sign before them ("$", "£", "₦", "R$", "US$", "Rs.") is not matched, so
// it stays. Digits grouped with full stops ("R$ 1.200.000") are one number. Naira written with an N for its sign, as
// Nigerians type it ("N45m", "N12,000,000"; NAIRA_NUMBER: money-shaped, not "N95 masks"), is money too, its N kept as
// a sign is (and under the i flag a small n's: a model's name "n45m" loses its digits, which hides no more than it should).
const NUMBER = new RegExp(String.raw`(?:(?<=\bRs\.)|(?<=(?<![\p{L}\p{N}_.])N)${NAIRA_NUMBER}|(?<![\p{L}\p{N}_.]))\d(?:[\d,]*\d)?(?:\.\d+)*(?:\s?${MAGNITUDE}(?:\s${MAGNITUDE})?)?`, 'giu');
// After an abbreviation's full stop, a word in capitals that may start a sentence, not a currency ("Mio. Euro").
const SENTENCE_AFTER = /^[^\S\n]+(?!(?:Euros?|EUR|USD|CHF|PLN|Dollars?|Franken)(?![\p{L}\p{N}]))\p{Lu}/u;

/** A number NUMBER matched, as `[n]`: with the full stop of its magnitude's abbreviation where that may end a sentence. */
function hideNumber(number: string, at: number, text: string): string {
  return number.endsWith('.') && SENTENCE_AFTER.test(text.slice(at + number.length)) ? '[n].' : '[n]';
}
// "FY24", "FY2024", "FY'24", "Q3FY24", "CY23": a fiscal or calendar year, not an identifier such as EC2.
const GLUED_YEAR = /(?<!\p{L})(FY|CY)['’]?(?:\d{4}|\d{2})(?!\p{N})/giu;
const NUMBER_WORDS =
  /\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundreds?|thousands?|millions?|billions?|dozens?)\b/gi;

// "one" is mostly no number ("no one", "one of the teams", "the one thing"), so it stays but where it stands
// with a number: "one in eleven", "one out of 5", "one of 40 merchants", "one hundred", "from 3 to one".
// Run after the other numbers, so that the number beside it reads "[n]".
const ONE = /(?<!\bno\s+)\bone\b(?=[\s-]+(?:(?:in|out[\s-]+of|of|to|or|per)[\s-]+)?\[n\])|(?<=\[n\]\s+(?:to|or)\s+)\bone\b/gi;

const ROLE_ACRONYM = /^(?:HR|IT|QA|PM|TPM|EM|VP|SVP|EVP|CFO|CTO|CEO|COO|CISO|CIO|SRE|UX|PR|BA|GM|MD|OPS|FP&A|L&D)$/;

/** A partner's name without the role written after it: "Priya Nair, Payments EM" → "Priya Nair". */
function nameOnly(written: string): string {
  return written.split(/\s*[,(–—]|\s-\s/)[0]!.trim();
}

/** The people named across the bank, in order of first appearance, each with the words that name them. */
export function partnerNames(stories: readonly StoryData[]): string[][] {
  const people: string[][] = [];
  const add = (raw: string): void => {
    const name = nameOnly(raw).replace(POSSESSIVE, '');
    // Not a role's words written as a partner ("HR partner" in `partners:`): a lower-case word beside a capitalised
    // one, or a function's or a post's acronym, would hide "partner" and "HR" wherever they stand, tpm-prep's own
    // advice included.
    const capitalised = /\p{Lu}/u.test(name);
    const parts = name.split(/\s+/).filter((w) => w.length >= 2 && !TITLES.has(w.replace(/\.$/, '')) && !ROLE_ACRONYM.test(w) && !(capitalised && !/\p{Lu}/u.test(w)));
    if (parts.length === 0) return;
    // "Lena" after "Lena Fischer" is the same person; so is "Lena Fischer" after "Lena".
    const same = people.find((p) => parts.every((w) => p.includes(w)) || p.every((w) => parts.includes(w)));
    if (same) {
      for (const w of [name, ...parts]) if (!same.includes(w)) same.push(w);
    } else people.push([...new Set([name, ...parts])]);
  };
  for (const story of stories) {
    for (const p of partnersOf(story)) add(p.name);
    for (const name of peopleIn(spokenText(story))) add(name);
    for (const name of peopleIn(story.title)) add(name);
  }
  return people;
}

/**
 * The people the partner detection names in `text`, as the rules count them ("Anjali Deshpande, the head of service"),
 * each with the capitalised words that follow the name on its line (up to two, and a possessive), which the
 * detection leaves out where they are common words or it took a title or initials for the name's start: "Nurse Maria
 * Bravo" is found as "Nurse Maria", "Coach Kim Kilo" as "Coach Kim", "Dr. J. K. Rowan Smith" as "J. K. Rowan", and
 * the surname leaked (a review). A word taken so that is no name errs the safe way: it is hidden too.
 */
function peopleIn(text: string): string[] {
  return findPartnerMentions(text).flatMap((m) => {
    if (m.kind !== 'name') return [];
    if (POSSESSIVE.test(m.text)) return [m.text];
    return [m.text + nameAfter(text.slice(m.index + m.length, m.index + m.length + 80))];
  });
}

/** What of `rest`, the text right after a name, goes on with it: `NAME_AFTER`'s words, up to one the detection never takes for a name ("Monday"). */
function nameAfter(rest: string): string {
  let taken = '';
  for (const word of NAME_AFTER.exec(rest)?.[0].match(/\s+\S+/g) ?? []) {
    if (notAName(word.trim().replace(POSSESSIVE, ''))) break;
    taken += word;
  }
  return taken;
}

// Up to two capitalised words after a name, on its line, with a space before each ("Bravo", "Rowan Smith",
// "Bravo-Kilo", "Bird's", whose possessive partnerNames takes off): not a word after a full stop or a comma, nor "I".
const NAME_AFTER = new RegExp(String.raw`^(?:[^\S\n]+${NAME_WORD}(?![\p{L}\p{N}])){1,2}`, 'u');
// A placeholder with the words after it that may go on with the name.
const LABEL_AND_MORE = new RegExp(String.raw`(\[partner [A-Z]+\])((?:[^\S\n]+${NAME_WORD}(?![\p{L}\p{N}])){1,2})`, 'gu');

/**
 * The ways a person's names (`partnerNames`) may be written in the text: as they were found; in capitals
 * ("ANJALI"); and a name written all in lower case ("anjali deshpande" in `partners:`) with each word
 * capitalised, as the story has it. A lower-case word of a name written with capitals stays as it is ("van" in
 * "Ruud van der Berg" is not "Van"), and no name is matched in lower case unless so written: "Will" or "Hope" is
 * a word then.
 */
function writtenForms(words: readonly string[]): string[] {
  const capitalised = (w: string) => /\p{Lu}/u.test(w) || words.some((name) => /\p{Lu}/u.test(name) && name.split(/\s+/).includes(w));
  return [...new Set(words.flatMap((w) => [w, capitalised(w) ? w : w.replace(/(?<!\p{L})\p{Ll}/gu, (c) => c.toUpperCase()), w.toUpperCase()]))];
}

export function placeholder(i: number): string {
  let label = '';
  for (let n = i; ; n = Math.floor(n / 26) - 1) {
    label = String.fromCharCode(65 + (n % 26)) + label;
    if (n < 26) break;
  }
  return `[partner ${label}]`;
}


/**
 * `words` (the user's own list: an employer, a customer, a site) as one case-blind pattern, longest first, each
 * whole, its words apart by any run of spaces ("Hallam  Payments" across a line break) or, with `joined`, by
 * anything but a letter or digit, or nothing ("hallam-payments", "hallampayments" in an id).
 */
export function hiddenWords(words: readonly string[], joined = false): RegExp | undefined {
  const between = joined ? '[^\\p{L}\\p{N}]*' : '\\s+';
  const terms = [...new Set(withShortForms(words.map((w) => w.trim()).filter(Boolean)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.split(/\s+/).map(escapeRegExp).join(between));
  // In an id a number may be glued on ("kredmint2024-kyc"); in text the word stands whole.
  return wholeWords(terms, 'giu', joined ? '(?!\\p{L})' : undefined);
}

/**
 * `words` with the short forms a listed name goes by: the capitalised words that open a phrase of three or more,
 * two of them or more ("Harpeth Valley" and "Harpeth Valley Medical" of "Harpeth Valley Medical Center"), as a
 * story says "Harpeth Valley's denial rate" (a twenty-fourth user's trial: only the whole phrase was hidden); a
 * leading article is not one of them ("New York" of "The New York Times", not "The New").
 * Hiding a short form that names something else too errs the safe way.
 */
const LEADING_ARTICLE = /^(?:the|a|an)$/i;

function withShortForms(words: readonly string[]): string[] {
  return words.flatMap((phrase) => {
    // Not from a leading article: "The New" of "The New York Times" would hide "the new queue" (a fresh-eyes review).
    const parts = phrase.split(/\s+/).filter((w, i) => i > 0 || !LEADING_ARTICLE.test(w));
    const capitalised = parts.findIndex((w) => !/^\p{Lu}/u.test(w));
    const opening = capitalised === -1 ? parts.length : capitalised;
    const shorter = Array.from({ length: Math.max(0, Math.min(opening, parts.length - 1) - 1) }, (_, i) => parts.slice(0, i + 2).join(' '));
    return [phrase, ...shorter];
  });
}

/**
 * One of `alternatives` (regexp sources) standing whole, with no letter or digit either side (or with `end`
 * after it instead), or undefined for none.
 */
function wholeWords(alternatives: readonly string[], flags: string, end = '(?![\\p{L}\\p{N}])'): RegExp | undefined {
  return alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})${end}`, flags) : undefined;
}

export const HIDDEN = '[hidden]';

/**
 * The redaction for a bank: addresses first, then the words the user listed (`hidden`), then partner names
 * (longest first), then numbers.
 */
export function makeRedactor(stories: readonly StoryData[], hidden: readonly string[] = []): Redactor {
  const HIDE = hiddenWords(hidden);
  const HIDE_IN_SLUG = hiddenWords(hidden, true);
  const people = partnerNames(stories);
  const label = new Map<string, string>();
  people.forEach((words, i) => {
    for (const w of writtenForms(words)) if (!label.has(w)) label.set(w, placeholder(i));
  });
  const names = [...label.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const NAME = wholeWords(names, 'gu');
  // Addresses first, whole: a name inside one ("lena.fischer@…", "…/team/Lena") goes with it.
  const listed = (text: string) => (HIDE ? hideAddresses(text).replace(HIDE, HIDDEN) : hideAddresses(text));
  // A name written here with more words after it than where it was found ("Maria" found, "Maria Anna Page" here)
  // takes them with it.
  const named = (text: string) => (NAME ? listed(text).replace(NAME, (m) => label.get(m) ?? m).replace(LABEL_AND_MORE, (m, l: string, rest: string) => l + rest.slice(nameAfter(rest).length)) : listed(text));
  const all = (text: string) => named(text).replace(GLUED_YEAR, '$1[n]').replace(NUMBER, hideNumber).replace(NUMBER_WORDS, '[n]').replace(ONE, '[n]');
  const strings = stories.flatMap(stringsOf);
  const said = flat(strings.join('\n'));
  // Quotes of evidence put bullets on one line ("fix; He decided…"): the story's text as such a quote reads it.
  const saidOnOneLine = strings.map(oneLine).join('\n');
  // A quote is the story's when each piece of it (an excerpt is cut with "…") is in the story's text.
  const quoted = (quote: string) =>
    quote
      .split('…')
      .map((piece) => flat(piece))
      .filter(Boolean)
      .every((piece) => said.includes(piece) || saidOnOneLine.includes(piece));
  // A quote rebuilt from the story's words, not found in it as written (passive-voice's advice, "I cannot roll back the
  // 318 changes"), still holds the story's numbers: a number is hidden in any quote where it stands beside a word as
  // the story has it ("318 changes", "the 318"), not in the advice's own examples ("from 48 hours to 12").
  const numbersOfStory = (text: string) =>
    text.replace(/"[^"\n]*"/g, (quote) =>
      quote.replace(STORY_NUMBER, (n, at: number, whole: string) => {
        const before = /\S+\s+$/u.exec(whole.slice(0, at))?.[0] ?? '';
        const after = /^\S*\s+[^\s"]+/u.exec(whole.slice(at + n.length))?.[0] ?? '';
        return (before !== '' && said.includes(flat(before + n))) || (after !== '' && said.includes(flat(n + after))) ? '[n]' : n;
      }),
    );
  // The story's quotes first, names and numbers; then names in the rest, but for the advice's own examples.
  const message = (text: string) => exceptExamples(numbersOfStory(redactQuotes(text, quoted, all)), named);
  // In an id or a path a name is lower-case, or run together ("chidiokafor"), or half of camelCase ("mentorChidi"),
  // though a name in camelCase ("McDonald") is a name first.
  const lowered = new Map<string, string>();
  people.forEach((words, i) => {
    // "Mary-Jane" and "O'Brien" are split in an id as any word is ("mary", "jane", "brien"), or run together ("obrien").
    const pieces = words.flatMap((w) => w.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 2);
    const runTogether = words.map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''));
    for (const w of [...words, ...pieces, ...runTogether]) if (!lowered.has(w.toLowerCase())) lowered.set(w.toLowerCase(), placeholder(i));
  });
  const word = (w: string) => lowered.get(w.toLowerCase()) ?? all(w);
  const slug = (text: string) =>
    (HIDE_IN_SLUG ? text.replace(HIDE_IN_SLUG, HIDDEN) : text)
      .split(/([^\p{L}\p{N}]+)/u)
      .map((part, i) => (i % 2 ? part : (lowered.get(part.toLowerCase()) ?? part.split(/(?<=\p{Ll})(?=\p{Lu})/u).map(word).join(''))))
      .join('')
      // "mentoring-chidi-okafor": one person, one placeholder.
      .replace(/(\[partner [A-Z]+\])(?:[-_ ]*\1)+/g, '$1');
  return Object.assign(all, { message, slug });
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * `text` with each quote taken from the story redacted by `redact`, whatever its line breaks (`fromStory` reads it
 * with its white space run together). A quote may hold straight quotes of its own ("I missed the "Phoenix 7"
 * launch…"), so each opening mark is paired with the farthest closing one that makes a quote of the story's, and a
 * mark that opens none is left as it is.
 */
/** A number as a story writes it ("318", "2.4", "6,130", the 2.1 of "$2.1M"), whole; not a word's digits ("p99", "v1.2.3", "Q3"). */
const STORY_NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?!\d)/gu;

function redactQuotes(text: string, fromStory: (inner: string) => boolean, redact: (quote: string) => string): string {
  const marks = [...text.matchAll(/"/g)].map((m) => m.index);
  let out = '';
  let done = 0;
  for (let i = 0; i < marks.length; i++) {
    const open = marks[i]!;
    if (open < done) continue;
    for (let j = marks.length - 1; j > i; j--) {
      const close = marks[j]!;
      const inner = text.slice(open + 1, close);
      // Across a line break too: a quote of a `|` block may keep the story's ("The 45 tickets were\nclosed"), and its
      // number leaked where only quotes on one line were read.
      if (fromStory(inner)) {
        out += text.slice(done, open) + redact(text.slice(open, close + 1));
        done = close + 1;
        break;
      }
    }
  }
  return out + text.slice(done);
}

const EXAMPLE = wholeWords(EXAMPLE_NAMES.map(escapeRegExp), 'gu')!;

/** `text` with `redact` applied to all of it but the example names of tpm-prep's advice, which stay as written. */
function exceptExamples(text: string, redact: (text: string) => string): string {
  let out = '';
  let done = 0;
  for (const m of text.matchAll(EXAMPLE)) {
    out += redact(text.slice(done, m.index)) + m[0];
    done = m.index + m[0].length;
  }
  return out + redact(text.slice(done));
}

/** Every string in a story, at any depth. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The model with every string that came from the stories redacted; the numbers tpm-prep computed stay. */
export function redactModel(model: ReportModel, r: Redactor): ReportModel {
  const id = uniquely(model.stories.map((s) => s.id), r.slug);
  const paths = [...model.stories.map((s) => s.filePath), ...[...model.bankFindings, ...model.fileProblems].map((p) => p.filePath)];
  const path = r.slug;
  // A message that names a story's id or file ("The id `x` is also used by stories/x.yaml:2") names the redacted one.
  const named = namesIn(new Map([...paths.map((p) => [p, path(p)] as const), ...[...new Set(model.stories.map((s) => s.id))].map((s) => [s, id(s)] as const)]));
  const message = (text: string) => r.message(named(text));
  // A file that could not be read has no story to tell its quotes from tpm-prep's: all of it is redacted.
  // A claim the plan can't use: its story and file, redacted as every story's are.
  const shortClaim = (c: ShortClaimView): ShortClaimView => ({ ...c, storyId: id(c.storyId), filePath: path(c.filePath) });
  const problem = <P extends { filePath: string; message: string }>(p: P, redact: (text: string) => string = (text) => r(named(text))): P => ({ ...p, filePath: path(p.filePath), message: redact(p.message) });
  const alsoOf = (row: { also?: Alternative }) => (row.also === undefined ? {} : { also: { ...row.also, storyId: id(row.also.storyId) } });
  return {
    ...model,
    sources: model.sources.map(path),
    historyPath: path(model.historyPath),
    principles: model.principles.map((p) => ({ ...p, stories: p.stories.map(id), shownBy: p.shownBy.map(id) })),
    stories: model.stories.map((s) => ({
      ...s,
      id: id(s.id),
      title: r(s.title),
      filePath: path(s.filePath),
      partners: s.partners.map(r),
      cells: s.cells.map((c) => ({ ...c, evidence: c.evidence.map(r) })),
      findings: s.findings.map((f) => ({ ...f, message: message(f.message) })),
      sections: s.sections.map((sec) => ({ ...sec, segments: sec.segments.map((seg) => ({ ...seg, text: r(seg.text) })) })),
    })),
    bankFindings: model.bankFindings.map((p) => problem(p, message)),
    fileProblems: model.fileProblems.map((p) => problem(p)),
    // Field by field, not spread, so that no field of the plan reaches the page unredacted by oversight.
    plan: {
      // Without the user's names for the interviewers, which may be people's: "Interviewer 2" on the page.
      // The near story named under a planned one (`also`) by its id too; its parts are tpm-prep's words and numbers.
      interviewers: model.plan.interviewers.map((i) => ({ rows: i.rows.map((row) => (row.storyId === undefined ? row : { ...row, storyId: id(row.storyId), ...alsoOf(row) })) })),
      assignments: model.plan.assignments.map((a) => ({ ...a, storyId: id(a.storyId), ...alsoOf(a) })),
      taken: model.plan.taken.map((t) => ({ ...t, stories: t.stories.map(id), short: t.short.map(shortClaim) })),
      none: model.plan.none.map((x) => ({ ...x, short: x.short.map(shortClaim) })),
      // `why` is tpm-prep's words: principle names and the plan's scores, as the table shows them.
      claimedElsewhere: model.plan.claimedElsewhere.map((c) => ({ ...c, storyId: id(c.storyId) })),
      notReady: model.plan.notReady.map((u) => ({ ...u, storyId: id(u.storyId) })),
    },
  };
}

/**
 * `redact` made one-to-one on `ids`: an id whose redaction an earlier, different id already has gets " (2)",
 * " (3)"… after it (an id has no spaces, so no other id reads so). The same id twice stays the same.
 */
function uniquely(ids: readonly string[], redact: (id: string) => string): (id: string) => string {
  const shown = new Map<string, string>();
  const taken = new Set<string>();
  for (const original of ids) {
    if (shown.has(original)) continue;
    const base = redact(original);
    let label = base;
    for (let k = 2; taken.has(label); k++) label = `${base} (${k})`;
    shown.set(original, label);
    taken.add(label);
  }
  return (original) => shown.get(original) ?? redact(original);
}

/** `text` with each of `replace`'s keys (an id, a path) that stands whole in it replaced by its value, longest first. */
function namesIn(replace: ReadonlyMap<string, string>): (text: string) => string {
  const keys = [...replace.keys()].filter((k) => k && replace.get(k) !== k).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return (text) => text;
  const KEY = new RegExp(`(?<![\\p{L}\\p{N}_./-])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])`, 'gu');
  return (text) => text.replace(KEY, (m) => replace.get(m) ?? m);
}
