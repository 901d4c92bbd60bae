/**
 * Quantities in prose: which numbers are metrics (a percentage, money, a duration, a count with a unit,
 * "from X to Y", "2x") and which are not (dates, years, versions, team sizes and scope counts).
 */

import { sentenceRanges } from './sentences.js';
import { ROLE } from './partners.js';
import { APPROX_WORD, escapeRegExp } from './words.js';

export type MetricKind = 'percent' | 'money' | 'duration' | 'multiplier' | 'count' | 'change';

export interface Metric {
  readonly index: number;
  readonly length: number;
  readonly text: string;
  readonly kind: MetricKind;
}

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const NUMBER_WORDS =
  `zero|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|` +
  `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:${UNITS}))?|a hundred|hundreds|a dozen|dozens|half`;
const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
// How often something happens: "from monthly to weekly" is a quantified change in cadence.
const CADENCE = String.raw`(?:hourly|daily|nightly|weekly|fortnightly|bi-?weekly|monthly|quarterly|yearly|annually|(?:once|twice|(?:\d+|two|three|four|five|six|ten|several|many|multiple|a few|dozens of) times) (?:an?|per) (?:hour|day|week|month|quarter|year))`;

const TIME_UNIT =
  /^(?:ms|msec|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|d|weeks?|wks?|fortnights?|months?|mos?|quarters?|years?|yrs?|sprints?|business days?|working days?)\b/i;
// Effort in people's time: "40 engineer-hours a week", "3 person-months", "120 developer days". (Not "three
// people days before launch": people, then when.)
// Downtime counted the same way: "62 site-hours of outage", "400 machine-hours".
const EFFORT_UNIT =
  /^(?:engineer(?:ing)?|person|people|man|developer|dev|staff|fte|analyst|agent|team|nurse|site|machine|server|device|vehicle|truck|bed|line|store)[- ]?(?:hours?|days?|weeks?|months?|years?)\b(?!\s+(?:before|after|ago|later|earlier|early|late|into|in advance|out|from)\b)/i;
const PERCENT_UNIT = /^(?:%|percent\b|per cent\b|pp\b|percentage points?\b|points?\b|bps\b|basis points\b)/i;
// (The złoty and the koruna end on a letter outside ASCII, which \b does not see the end of: "450 000 zł", "12 000 Kč".)
const MONEY_UNIT = /^(?:(?:dollars|usd|eur|euros?|gbp|pounds|rupees|inr|dirhams?|aed|riyals?|yuan|rmb|pesos|naira|yen|francs|kronor|kroner|k\/(?:year|yr|month)|per (?:year|month))\b|(?:z\u0142(?:ot(?:y|ys|ych|e))?|k\u010d)(?![a-z\u00c0-\u024f]))/i;
const MULTIPLIER = /^(?:x|×|-?fold)(?![\p{L}\p{N}])/iu;
// Counts that size the team or the scope, not the outcome.
const SCOPE_NOUN =
  /^(?:teams?|engineers?|people|persons?|person|developers?|devs?|orgs?|organi[sz]ations?|groups?|members?|stakeholders?|squads?|pms?|tpms?|managers?|reports?|direct reports|partners?|departments?|directors?|leads?|designers?|contractors?|headcount|hires?|fte|ftes|company|companies|workforce|vps?|executives?|interviewers?|recruiters?|analysts?|scientists?|researchers?|testers?|reviewers?|trainers?|volunteers?|staff|specialists?|consultants?|architects?|interns?|pizza|markets?|countries|country|regions?|cities|city|sites?|time zones?|business units?|product lines?|lines of business|functions|workstreams?|phases?|waves?)\b/i;
const ORDINAL = /^(?:st|nd|rd|th)\b/i;
const NOT_A_UNIT =
  /^(?:of|out of|to|and|or|in|on|at|by|for|from|the|a|an|with|per|than|vs|versus|more|less|fewer|times?|all|both|each|together|again|already|that|which|who|was|were|is|are|had|has|have|did|do|does|made|went|got|took|ran|came|left|stayed|remained|became|now|still|also|then|will|would|could|can|should|may|might|must|it|they|them|their|its|our|his|her|my)\b/i;
// A past tense right after a number is a verb ("five accepted") unless a noun follows ("zero failed writes").
const VERB_ED = /^[\p{L}]+ed\b(?!\s+(?![\p{L}]+ed\b)[\p{L}])/u;
// Words that open a sentence without naming anything ("About 40 services…", "All 12 engineers…").
const OPENERS =
  /^(?:about|over|under|only|nearly|almost|roughly|around|approximately|just|exactly|all|some|another|every|each|the|our|we|in|by|for|since|within|after|before|more|less|fewer|both|with|at|to|from|up|down|those|these|its|their|my|then|and|but|so|now|today|still|last|first)$/i;

// Currency signs: dollar, euro, pound, yen, rupee, won, naira, peso, shekel, dong, lira, rouble.
const CURRENCY_SIGN = String.raw`[$€£¥₹₩₦₱₪₫₺₽]`;
// Money written with a code or an abbreviation before it: "GBP 40,000", "Rs 38 lakh", "AED 40,000".
const CURRENCY_WORD = String.raw`(?:USD|GBP|EUR|INR|JPY|AUD|CAD|CHF|SEK|NOK|DKK|SGD|HKD|CNY|BRL|MXN|PLN|ZAR|AED|SAR|QAR|KWD|BHD|OMR|NZD|MYR|IDR|THB|VND|KRW|NGN|KES|EGP|Rs\.?)`;
// A dollar sign with its country's letters before it: "R$" (the Brazilian real), "A$", "C$", "S$", "HK$", "NZ$", "US$", and
// "CA$", "AU$", "SG$" as some write them (a new user's trial: "we avoided CA$1.1M of the licence renewal" was no money saved).
// (NUMBER reads the "$" of them already; a pattern that starts at the sign needs the letters too.)
const COUNTRY_DOLLAR = String.raw`(?:CA|AU|SG|HK|NZ|NT|US|MX|R|A|C|S)\$`;
/** Words written after a number for its magnitude, with their value: one row of MAGNITUDES. */
interface Magnitude {
  /** Its spellings, each in lower case and in full (plurals and spellings without accents too), read in any case. */
  readonly words: readonly string[];
  readonly value: number;
  /**
   * A letter or two that is as often a unit or another word's abbreviation: read as a magnitude only after a currency
   * ("$3m" and "$3 MM" a million, "400 m" metres and "12 mm" millimetres; "R$ 720 mil" a thousand, "a 2 mil film" a
   * thousandth of an inch; "€4 Md" a milliard, "40 md of effort" man-days). Redaction, which hides a number with whatever
   * may be its magnitude, reads it after any number.
   */
  readonly afterMoney?: true;
  /** An abbreviation, which may be written with a full stop: "5 Mio. Euro", "40 tys. zł". */
  readonly abbreviation?: true;
  /** Not before a hyphen either: Brazil's "mi" and "bi" are no magnitude in "3 mid-year reviews", "2 bi-weekly sprints". */
  readonly notBeforeHyphen?: true;
  /** Read after another magnitude too, in an amount of money: "R$ 3 mil milhões", "₹1.2 lakh crore", "$3 hundred thousand". */
  readonly afterAnother?: true;
}

/**
 * The magnitudes written after a number, in the languages a story may borrow them from, each with its value: the one table
 * that findMetrics' numbers (missing-metric's: NUMBER, and the money around it), an amount of money and its value
 * (MONEY_AMOUNT, moneyValue: the principles' money signals) and report --redact's numbers (MAGNITUDE) are built from, once,
 * at load. English ("k", "mn", "bn", "million", "$2tn"), India's ("lakh", "crore", "cr"), Portuguese ("mil", "milhão",
 * "milhões", and Brazil's "mi" and "bi": "R$ 2 mi"), Spanish ("millón", "millones", "millardo"), French ("milliard", "Md",
 * "Mds"), German ("Tsd.", "Mio.", "Mrd.", "Millionen", "Milliarden"), Italian ("mila", "milioni", "miliardi"), Dutch
 * ("miljoen", "miljard"), Scandinavian ("miljon", "miljoner", "millioner", "milliarder") and Polish ("tys.", "mln", "mld",
 * "milion", "miliardów"). A billion is a thousand million in English and in Brazil ("bilhão"), where Spanish and German
 * count a million million ("billón", "Billionen") and write a thousand million as a milliard ("millardo", "Milliarde");
 * "bln" is read as English writes it, a thousand million. "mil" after money is a thousand, as Spanish and Portuguese write
 * it ("R$ 720 mil"), though English slang may mean a million by it ("$5 mil").
 */
const MAGNITUDES: readonly Magnitude[] = [
  { words: ['hundred', 'hundreds'], value: 1e2 },
  { words: ['thousand', 'thousands'], value: 1e3, afterAnother: true },
  { words: ['k', 'mille', 'mila', 'tausend', 'duizend'], value: 1e3 },
  { words: ['mil'], value: 1e3, afterMoney: true },
  { words: ['tsd', 'tys'], value: 1e3, abbreviation: true },
  { words: ['lakh', 'lakhs', 'lac', 'lacs'], value: 1e5 },
  { words: ['million', 'millions', 'millones', 'milhões', 'milhoes'], value: 1e6, afterAnother: true },
  {
    words: ['mn', 'milhão', 'milhao', 'millón', 'millon', 'millionen', 'milion', 'milione', 'milioni', 'miliony', 'milionów', 'miljoen', 'miljon', 'miljoner', 'millioner'],
    value: 1e6,
  },
  { words: ['m', 'mm'], value: 1e6, afterMoney: true },
  // Norwegian and Danish "mill.": "NOK 4 mill.", "kr 3,2 mill." (after money only: "a paper mill", "4 mills").
  { words: ['mill'], value: 1e6, afterMoney: true, abbreviation: true },
  { words: ['mi'], value: 1e6, afterMoney: true, notBeforeHyphen: true },
  { words: ['mio', 'mln'], value: 1e6, abbreviation: true },
  { words: ['crore', 'crores'], value: 1e7, afterAnother: true },
  { words: ['cr'], value: 1e7 },
  {
    words: ['bn', 'bln', 'billion', 'billions', 'bilhão', 'bilhao', 'bilhões', 'bilhoes', 'millardo', 'millardos', 'milliard', 'milliards', 'milliarde', 'milliarden', 'milliarder', 'miliard', 'miliardo', 'miliardi', 'miliardy', 'miliardów', 'miljard', 'miljarder'],
    value: 1e9,
  },
  { words: ['b', 'mds'], value: 1e9, afterMoney: true },
  { words: ['bi'], value: 1e9, afterMoney: true, notBeforeHyphen: true },
  { words: ['md'], value: 1e9, afterMoney: true, abbreviation: true },
  { words: ['mrd', 'mld'], value: 1e9, abbreviation: true },
  {
    words: ['trillion', 'trillions', 'trilhão', 'trilhao', 'trilhões', 'trilhoes', 'billón', 'billon', 'billones', 'billionen'],
    value: 1e12,
  },
  { words: ['tn'], value: 1e12, afterMoney: true },
];
// The value of each spelling, to read a magnitude matched in any case ("Mio", "MILHÕES").
const MAGNITUDE_VALUE = new Map(MAGNITUDES.flatMap((m) => m.words.map((word) => [word, m.value] as const)));

// An abbreviation's full stop, where the text goes on after it on its line: "5 Mio. Euro", not "rose by 5 Mio." at the end.
const FULL_STOP_GOING_ON = String.raw`(?:\.(?=[^\S\n]+\S))?`;

/**
 * The spellings of the rows of MAGNITUDES that `take` takes, as one alternation, for a pattern to end where no letter or
 * digit follows (see MAGNITUDE): Brazil's "mi" and "bi" not before a hyphen, and an abbreviation with its full stop as
 * `fullStop` says (FULL_STOP_GOING_ON unless told). The pattern's ending is written once, after the alternation: a class
 * of every letter, under the i and u flags, is slow for V8 to compile, and it does so at a pattern's first use. (A plain
 * list of the words compiles faster than the same words as a tree of their shared beginnings.)
 */
function magnitudeWords(take: (m: Magnitude) => boolean, fullStop: string = FULL_STOP_GOING_ON): string {
  const byEnd = new Map<string, string[]>();
  for (const m of MAGNITUDES.filter(take)) {
    const end = `${m.abbreviation ? fullStop : ''}${m.notBeforeHyphen ? '(?!-)' : ''}`;
    byEnd.set(end, [...(byEnd.get(end) ?? []), ...m.words.map(escapeRegExp)]);
  }
  return `(?:${[...byEnd].map(([end, words]) => (end ? `(?:${words.join('|')})${end}` : words.join('|'))).join('|')})`;
}

// What findMetrics reads as a number's magnitude (for the u flag, before NO_LETTER_OR_DIGIT): every magnitude but the short
// forms after any number ("5 million", "4 lakh", "12 Mio. €", with an abbreviation's full stop wherever it is written,
// "12 Mio.€"), and those only after a currency ("$3m", "R$ 720 mil", "€4 Md"; "400 m" is in metres).
const AFTER_ANY_NUMBER = magnitudeWords((m) => !m.afterMoney, String.raw`\.?`);
const AFTER_MONEY_ONLY = magnitudeWords((m) => m.afterMoney === true, String.raw`\.?`);
const NO_LETTER_OR_DIGIT = String.raw`(?![\p{L}\p{N}])`;
/**
 * Every magnitude, after any number, as a pattern source for the u flag, ending where no letter or digit follows ("5 Mio.",
 * not "5 milestones"): what report --redact hides with a number's digits (src/report/redact.ts), which hides "400 m" and
 * "40 mil pesos" whole, whether the letters are a magnitude or a unit.
 */
export const MAGNITUDE = `${magnitudeWords(() => true)}${NO_LETTER_OR_DIGIT}`;
// Every magnitude, after an amount of money, as a source for patterns without the u flag, as the principles' signals build
// them: no Latin letter, accented or not, nor a digit, a square or a cube after it ("€40 m²" is a price per square metre);
// and a second after the first ("R$ 3 mil milhões", "₹1.2 lakh crore"), of the few written so. (The signals hold an amount
// of money seventeen times over, and V8 compiles each copy of the words at a pattern's first use: every magnitude a second
// time over would add some 20 ms to a run.)
const NO_LATIN_LETTER_OR_DIGIT = String.raw`(?![a-z\u00c0-\u024f\d\u00b2\u00b3])`;
const MONEY_MAGNITUDE = `${magnitudeWords(() => true)}${NO_LATIN_LETTER_OR_DIGIT}`;
const SECOND_MAGNITUDE = `${magnitudeWords((m) => m.afterAnother === true)}${NO_LATIN_LETTER_OR_DIGIT}`;
// Every magnitude, as bare words, for a pattern that reads one where money is sure and something follows it: "1,2 M€",
// "the ₹1.2 lakh crore budget", "40 mil pesos". (An abbreviation takes its full stop.)
const MAGNITUDE_WORDS = magnitudeWords(() => true, String.raw`\.?`);

// Naira written with a capital N for the sign, as Nigerians type it (no ₦ key): "N45m", "N45 million", "N45,000,000",
// "N1.2bn", "N500k". Only where the number is money-shaped: a magnitude after it or thousands grouped with commas. (Not
// "N2", "N95 masks", "N64": a bare number after an N is a model or a label.) Case-sensitive: a text is read with naira's N
// written as its sign (withNairaSign) by findMetrics and by the principles' signals alike, whose money (MONEY_AMOUNT) is
// read from the sign, so their i flag reads no small n as naira where findMetrics does not.
const NAIRA_MAGNITUDE = String.raw`(?:[kKmMbB]|[mMbBtT][nN]|thousand|million|billion|trillion)`;
export const NAIRA_NUMBER = String.raw`(?=\d{1,3}(?:,\d\d\d)+(?![\d,])|\d+(?:\.\d+)?(?:${NAIRA_MAGNITUDE}|\s(?:thousand|million|billion|trillion|[mMbB][nN]))(?![A-Za-z0-9]))`;
const NAIRA_N_SOURCE = String.raw`(?<![A-Za-z0-9])N${NAIRA_NUMBER}`;
const NAIRA_N = new RegExp(NAIRA_N_SOURCE, 'g');
// …and with a small n, typed in a hurry ("saved n45m a year"), only where the sentence says it is money: a verb of saving,
// spending or paying, or a money noun, before it in the sentence, or naira named there ("naira", "NGN", "₦" or a capital
// N's amount). Not an id or a model's name: "the n45m model", "We bought n45m of stock" (units as often as money).
const NAIRA_SMALL_N = new RegExp(String.raw`(?<![A-Za-z0-9])n${NAIRA_NUMBER}`, 'g');
const MONEY_CUE_BEFORE =
  /\b(?:sav(?:e|ed|es|ing|ings)|spen[dt]|spends|spending|costs?|costing|paid|pay|pays|paying|charged|fees?|budget|revenue|income|profits?|loss(?:es)?|refund(?:s|ed)?|recovered|price[ds]?|invoiced?|turnover|GMV|chargebacks?|fines?|penalt(?:y|ies)|salar(?:y|ies)|payouts?|bills?)\b[^!?\n]{0,60}$/i;
const MONEY_CUE_REACH = 80;
// A unit noun after the number makes it a count of things, not money: "every n10k steps", "on n2m samples". (Read from
// the n, as NAIRA_SMALL_N matches the n alone, its number a lookahead.)
const UNIT_NOUN_AFTER =
  /^\S*\s+(?:(?:thousand|million|billion|trillion|[mb]n)\s+)?(?:of\s+)?(?:steps?|samples?|images?|rows?|records?|tokens?|requests?|users?|events?|messages?|items?|documents?|files?|lines?|queries|calls?|epochs?|examples?|parameters?|params|transactions?|customers?|accounts?|sessions?|pages?|words?)\b/i;
const NAIRA_NAMED = /\bnaira\b|\bNGN\b|\u20a6/i;
// Money's noun in the two words after a small n's amount says money as one before it does: "avoided the n45m licence
// fee", "the n45m hosting bill" (not "the n45m model cost less": a verb's cost may be any model's).
const MONEY_NOUN_AFTER = /^n\S*\s+(?:[a-z-]+\s+)?(?:fees?|bills?|fines?|invoices?|payouts?|refunds?|savings|budget|revenue|subscriptions?)\b/i;
// Nor is a small n's amount used as a name money, whatever money the sentence speaks of: hyphened to a word after it
// ("moving the n2bn-row table", not "a n45m-a-year fee"; a capital N's too), or after an article or a possessive with a
// word after it that is neither money's nor a little word of the sentence ("paid down the debt in the n1m service", not
// "the n45m fine", "the n45m in fees", "the n45m we saved"). (Read from the n, in the few characters either side of it.)
const HYPHENED_TO_WORD = /^n\d[\d.,]*[a-z]*-(?!(?:a|per)-)[a-z]/i;
const ARTICLE_BEFORE = /\b(?:the|a|an|our|their|its|this|that|my|his|her|your)\s+$/i;
const NAME_NOUN_AFTER =
  /^n\S*\s+(?!(?:sav(?:e|ed|es|ing|ings)|spen[dt]|spends|spending|costs?|costing|paid|pay|pays|paying|charged|fees?|budgets?|revenue|income|profits?|loss(?:es)?|refunds?|prices?|invoices?|turnover|GMV|chargebacks?|fines?|penalt(?:y|ies)|salar(?:y|ies)|payouts?|bills?|deals?|contracts?|overruns?|shortfall|debts?|loans?|grants?|investments?|write-?offs?|discounts?|settlements?|subsid(?:y|ies)|naira|worth|total|annually|yearly|monthly|a|an|the|per|each|every|of|in|on|at|to|from|for|by|with|off|over|under|into|and|or|but|than|less|more|back|out|up|down|we|i|it|they|you|he|she|that|which|who|was|were|is|are|had|has|have|would|will|could|went|came|this|these|those)\b)[a-z]/i;

/**
 * `text` with each naira N (NAIRA_N), and each small n where its sentence says it is money (NAIRA_SMALL_N), written as the
 * sign "₦", one UTF-16 unit for one, so every index stays where it was: the text findMetrics reads, and the principles'
 * signals (src/principles/infer.ts), whose MONEY_AMOUNT reads naira from its sign only.
 */
export function withNairaSign(text: string): string {
  const signed = text.includes('N') ? text.replace(NAIRA_N, (n, at: number) => (HYPHENED_TO_WORD.test(text.slice(at, at + 40)) ? n : '\u20a6')) : text;
  if (!/(?<![A-Za-z0-9])n\d/.test(signed)) return signed;
  // The sentences worked out once, and naira named asked once for each; the money word looked for only in the
  // MONEY_CUE_REACH characters before the number (a review: per number the whole sentence so far, read again for each
  // of 50,000 numbers, took a minute).
  const sentences = sentenceRanges(signed);
  const named = new Map<number, boolean>();
  let s = 0;
  return signed.replace(NAIRA_SMALL_N, (n, at: number) => {
    while (s < sentences.length - 1 && sentences[s]![1] <= at) s++;
    const [start, end] = sentences[s] && sentences[s]![0] <= at ? sentences[s]! : [at, at];
    const after = signed.slice(at, at + 60);
    if (UNIT_NOUN_AFTER.test(after) || HYPHENED_TO_WORD.test(after)) return n;
    if (MONEY_NOUN_AFTER.test(after)) return '\u20a6';
    if (NAME_NOUN_AFTER.test(after) && ARTICLE_BEFORE.test(signed.slice(Math.max(start, at - 8), at))) return n;
    let isNamed = named.get(start);
    if (isNamed === undefined) named.set(start, (isNamed = NAIRA_NAMED.test(signed.slice(start, end))));
    return isNamed || MONEY_CUE_BEFORE.test(signed.slice(Math.max(start, at - MONEY_CUE_REACH), at)) ? '\u20a6' : n;
  });
}

/**
 * An amount of money with its currency before it, as the source of a pattern the principles' signals build from it
 * (src/principles/signals.ts, whose flags are 'gi', no 'u'): a currency sign, a dollar with its country's letters ("R$ 42k",
 * "A$ 1.2m", "HK$ 300,000") or a code ("USD 40,000", "BRL 720 mil", "Rs 38 lakh"), the digits with their separators or a
 * decimal comma ("R$ 1,2 milhão"), and a magnitude if one is written (MAGNITUDES: "€5 Mio.", "R$ 2 millones", "₹1.2 lakh
 * crore"). One list, so "R$ 42k" reads as "€42k" does wherever money is asked for. The same currencies findMetrics reads as
 * money (missing-metric's), naira written with an N read from the text withNairaSign signed, as findMetrics reads it.
 */
const AMOUNT_AFTER_SIGN = String.raw`\s?\d(?:[\d,.]*\d)?(?:\s?${MONEY_MAGNITUDE}(?:\s${SECOND_MAGNITUDE})?)?`;
export const MONEY_AMOUNT = String.raw`(?:${COUNTRY_DOLLAR}|${CURRENCY_SIGN}|\b${CURRENCY_WORD})${AMOUNT_AFTER_SIGN}`;
/**
 * MONEY_AMOUNT for a text as written, not one withNairaSign signed: naira's N too ("N5m", "N12,000,000"), and under a
 * pattern's i flag a small n, where the pattern's own words say money ("paid the vendor n5m extra"). The trade-off
 * patterns read it.
 */
export const MONEY_AMOUNT_AS_WRITTEN = String.raw`(?:${COUNTRY_DOLLAR}|${CURRENCY_SIGN}|${NAIRA_N_SOURCE}|\b${CURRENCY_WORD})${AMOUNT_AFTER_SIGN}`;
const AMOUNT_PARTS = new RegExp(String.raw`(\d[\d,.]*?)(?:\s?(${MONEY_MAGNITUDE})(?:\s(${SECOND_MAGNITUDE}))?)?$`, 'i');
const FULL_STOP_AT_END = /\.$/;
const SEPARATOR_AT_END = /[.,]$/;
const DECIMAL_COMMA_AT_END = /,\d{1,2}$/;
const THOUSANDS_POINT_AT_END = /\.\d{3}$/;
const POINTS_ALL = /\./g;
const COMMAS_ALL = /,/g;

/**
 * The value of an amount MONEY_AMOUNT matched ("R$ 1,2 milhão" 1,200,000, "R$ 720 mil" 720,000, "$1,200" 1,200, "€4.5k"
 * 4,500, "€5 Mio." 5,000,000, "R$ 3 mil milhões" 3,000,000,000), to set two amounts against each other; undefined where no
 * number is read. A comma before one or two digits at the end is a decimal comma ("1,2"), before three a thousands
 * separator ("1,200"), and a point reads the other way round ("1.200.000", "4.5").
 */
export function moneyValue(amount: string): number | undefined {
  const parts = AMOUNT_PARTS.exec(amount.trim().replace(FULL_STOP_AT_END, ''));
  if (!parts) return undefined;
  let digits = parts[1]!.replace(SEPARATOR_AT_END, '');
  if (DECIMAL_COMMA_AT_END.test(digits)) digits = digits.replace(POINTS_ALL, '').replace(',', '.');
  else if (THOUSANDS_POINT_AT_END.test(digits) && !digits.includes(',')) digits = digits.replace(POINTS_ALL, '');
  else digits = digits.replace(COMMAS_ALL, '');
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  return value * magnitudeValue(parts[2]) * magnitudeValue(parts[3]);
}

/** The value of a magnitude as MONEY_MAGNITUDE read it ("Mio." 1,000,000, "lakh" 100,000); 1 for none. */
function magnitudeValue(word: string | undefined): number {
  return word === undefined ? 1 : (MAGNITUDE_VALUE.get(word.replace(FULL_STOP_AT_END, '').toLowerCase()) ?? 1);
}

const NUMBER_TOKEN = String.raw`(?:${CURRENCY_WORD}\s?)?${CURRENCY_SIGN}?(?:[TD]\+)?\d(?:[\d,]*\d)?(?:\.\d+)?[%\p{L}]*`;
// An amount's approximation or bound before it: "about 40", "well over 40", "at most 40", "~40".
const APPROX = String.raw`(?:(?:(?:(?:just|well|slightly|a little|a bit)\s+)?(?:${APPROX_WORD}|under|below|over|above|less than|more than|fewer than|at least|at most)|just)\s+|~)`;
// The same told the other way round, after a verb of change: "Settlement TAT reduced to T+1 from T+3", "came down to 2
// days from 5", "cut to ₹18 lakh from ₹42 lakh" (a twenty-ninth user's trial, an Indian fintech's order of words).
const TO_FROM_VERBS = String.raw`(?:reduced|cut|brought|came|went|got|moved|dropped|fell|rose|grew|increased|improved|shortened|lowered|raised|trimmed|shrank|climbed|down|up|changed|shifted)`;
// "from a week to a day": "a" counts as one before a unit of time or a round number.
const QUANTITY = String.raw`(?:${NUMBER_TOKEN}|(?:${NUMBER_WORDS}|none|nil|several|a few|a handful|one)\b|an?(?=\s+(?:hour|day|week|fortnight|month|quarter|year|minute|second|dozen|hundred|thousand|million)\b))`;

// A number: optional currency, digits with separators and decimals, an optional magnitude.
const NUMBER =
  new RegExp(String.raw`(${CURRENCY_SIGN}\s?)?(?<![\p{L}\p{N}.,])(\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?((?:${AFTER_ANY_NUMBER}|(?<=(?:${CURRENCY_SIGN}|\b${CURRENCY_WORD})\s?[\d,.]*\d\s?)${AFTER_MONEY_ONLY})${NO_LETTER_OR_DIGIT}))?`, 'giu');
const WORD_NUMBER = new RegExp(String.raw`\b(?:${NUMBER_WORDS})\b(?!-)`, 'gi');
const FRACTION = String.raw`(?:a|one|two|three|four|nine)[ -](?:half|thirds?|quarters?|fourths?|fifths?|tenths?)`;
const MORE_OR_LESS = String.raw`(?:fewer|more|less|lower|higher|faster|quicker|slower|cheaper|smaller|shorter|longer|bigger|larger)`;
// Changes told in words: "doubled", "cut by a third", "a quarter fewer tickets", "twice as fast",
// "three times more orders", "half as many pages".
const CHANGE_WORD = new RegExp(
  String.raw`\b(?:doubled|doubling|tripled|tripling|quadrupled|halved|halving|cut in half|by half|tenfold|twofold|threefold|fourfold|fivefold|` +
    // "by an order of magnitude", "two orders of magnitude fewer".
    String.raw`(?:an|one|two|three|\d+) orders? of magnitude|` +
    String.raw`(?:by|up|down|fell|dropped|rose|grew|shrank|cut|climbed|declined) ${APPROX}?(?:half|${FRACTION})|${FRACTION} ${MORE_OR_LESS}|` +
    // "came down to half", "got reduced to half", "became one-third", "came down to 1/3rd" (Indian English).
    String.raw`(?:(?:came|went|brought|got|was|were) down|(?:got |was |were )?(?:reduced|cut|brought down)|fell|dropped|shrank|became|become|is now|are now) to (?:just |only |about |nearly |almost )?(?:half|a half|one[- ]half|${FRACTION}|1\/[2-9](?:nd|rd|th)?)|(?:became|become|is now|are now) (?:just |only |about |nearly |almost )?(?:half|one[- ]half|${FRACTION}|1\/[2-9](?:nd|rd|th)?)(?! (?:of|the|a|an|our|its|their)\b)|` +
    // "in half the time", "at a third of the cost".
    String.raw`(?:half|a third|a quarter|a fifth|a tenth|two thirds|three quarters) (?:of )?the (?:time|cost|effort|price|spend|steps|clicks)|to (?:a|one) (?:half|third|quarter|fifth|tenth) of|` +
    String.raw`(?:twice|thrice|half|(?:${NUMBER_WORDS}|\d+(?:\.\d+)?) times) (?:as (?:many|much|fast|quick|quickly|often|long|likely|high|large|big)|${MORE_OR_LESS}|better|worse))\b`,
  'gi',
);
// "twelve fewer pages", "40 more orders a day": a count of change in something other than people.
const FEWER_OR_MORE = /^(?:fewer|more|less)\s+(?!than\b)/i;
const CHANGE_TAIL = /^\s+(?:fewer|more|less)\s+[\p{L}-]+/iu;
// A rate written with a slash after its number: "120/week", "2/day", "14 / month".
const PER_UNIT = String.raw`(?:\s?\/\s?\p{L}+)`;
// A word between the two ends of a change: "per incident", "in 2022", "in Q1"; a label with a digit after its first
// letter counts as a word, "per SEV1", "per P1".
const BETWEEN_WORD = String.raw`(?:[\p{L}%./-][\p{L}\p{N}%./-]*|(?:19|20)\d\d)`;
// "from 48 hours to 12", "from five in the prior quarter to zero", "from $2.1M to $1.3M", "from 11 in 2022 to 4
// in 2023", "from 9 in Q1 to 2", "from ~40 per SEV1 to 6", "from 120/week to 35/week".
const FROM_TO = new RegExp(
  String.raw`\bfrom\s+${APPROX}?${QUANTITY}${PER_UNIT}?(?:\s+${BETWEEN_WORD}){0,5}?\s+(?:down\s+|up\s+)?to\s+${APPROX}?${QUANTITY}`,
  'giu',
);
const TO_FROM = new RegExp(
  String.raw`\bto(?<=\b${TO_FROM_VERBS}\s+(?:(?:down|up|back)\s+)?to)\s+${APPROX}?${QUANTITY}${PER_UNIT}?(?:\s+${BETWEEN_WORD}){0,5}?\s+from\s+${APPROX}?${QUANTITY}`,
  'giu',
);
// The same rate before and after, with no "from": "Pages 120/week to 35/week", "deploys 2/day → 20/day" is ARROW's.
const RATE_TO_RATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/])\d[\d,]*(?:\.\d+)?\s?\/\s?(\p{L}+)\s+(?:down\s+|up\s+)?to\s+${APPROX}?\d[\d,]*(?:\.\d+)?\s?\/\s?\1\b`,
  'giu',
);
// A before and after told in ordinals of a unit: "closes the month on the 3rd working day instead of the 9th", "by
// the 2nd week rather than the 6th". (Not a date moved, "on the 3rd instead of the 9th", "the 3rd of May instead
// of the 9th": no unit counted.)
const ORDINAL_INSTEAD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)\s+(?:(?:working|business|calendar|school|trading)\s+)?(?:day|week|month|quarter|sprint|attempt|try|iteration|release|round|shift|cycle|pass)\b(?!\s+of\b)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:instead of|rather than|not|against|versus|vs\.?|compared (?:with|to))\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b`,
  'giu',
);
// A date or a year moved, not a measure: "moved to 14 March from 3 March", "to 2025 from 2024".
const TO_FROM_DATES = new RegExp(String.raw`^to\s+(?:(?:19|20)\d\d\b.*\bfrom\s+(?:19|20)\d\d|(?:[12]?\d|3[01])(?:\s+(?:${MONTHS}))\b.*\bfrom\s+(?:[12]?\d|3[01])\b)`, 'i');
// "from a weekly release train to daily releases": an article may come before either cadence.
const FROM_TO_CADENCE = new RegExp(String.raw`\bfrom\s+(?:an?\s+|the\s+)?${CADENCE}(?:\s+[\p{L}-]+){0,3}?\s+to\s+(?:an?\s+)?${CADENCE}`, 'giu');
// "CSAT 4.1 → 4.6", "38 -> 12 tickets": a before and after joined by an arrow. Years ("2023 → 2024") and
// identifiers with a letter glued on ("v1 → v2") are not outcomes.
// A number starts after no letter, digit or point; after a comma only where nothing in its run of digits and commas
// could start one (ARROW_START_AFTER_COMMA: "v1,2 → 3"), since the run reads the same to its end from any start in it, and
// a start at every comma read the whole run again each time ("$1,1,1,…" took seconds).
const ARROW_START_AFTER_COMMA = String.raw`(?<=(?:^|[^\d,]),+|(?:[\p{L}.]|(?!\d)\p{N})\d+,+)`;
const ARROW = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:${CURRENCY_SIGN}|(?<!,)|${ARROW_START_AFTER_COMMA})(\d[\d,]*(?:\.\d+)?)(?:\s?(?:%|[kKmM]|\p{L}+))?\s*(?:→|->|=>|⇒|⟶|➔|➜)\s*${CURRENCY_SIGN}?(\d[\d,]*(?:\.\d+)?)`, 'gu');
// A product or platform named just before: "Python 3.11 → 3.12", "iOS 17 → 18". (An acronym such as CSAT or
// NPS names a measure.)
const PRODUCT_BEFORE = /(?:\p{Lu}\p{Ll}[\p{L}\p{N}.-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}.-]*)\s$/u;
// "NPS +12", "+8 pts", "CSAT −0.3": a signed number is a change. ("UTC+1" has a letter glued on.)
const SIGNED = /(?<![\p{L}\p{N}+\-−])[+−]\d[\d,]*(?:\.\d+)?(?![\d/])/gu;
const YEARS_ONLY = /^from\s+(?:19|20)\d\d\b.*\bto\s+(?:19|20)\d\d$/i;
// "ran from 14 to 18 October", "from 3 March to 9 March": days of a month, a date range.
// "from several hundred to a handful": no amount at either end, so no measure of the change.
const VAGUE_ONLY = /^from\s+(?:several|a few|a handful|many|dozens|hundreds|thousands)\b(?:\s+(?:hundreds?|thousands?|dozens?))?(?:\s+[\p{L}%./-]+){0,5}?\s+(?:down\s+|up\s+)?to\s+(?:just\s+)?(?:several|a few|a handful|many|none|nil|dozens|hundreds|thousands)\b/iu;
// "cut processing time to under an hour": a time of one unit reached by a change.
const TIME_MEASURE = String.raw`(?:time|times|latency|wait|waits|turnaround|duration|delay|delays|build|builds|run|runs|processing|lead time|cycle|close|onboarding)`;
const TO_A_UNIT = new RegExp(
  String.raw`\b(?:${TIME_MEASURE}\s+(?:[\p{L}'’-]+\s+){0,2}?(?:fell|dropped|shrank|(?:went|came|got) down)|(?:cut|brought|reduced|shortened|got)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:${TIME_MEASURE}|it|them))\s+(?:down\s+)?to\s+(?:(?:well\s+|just\s+)?(?:under|below|less than|within|about|around|roughly)\s+)?(?:a|an|one|half an?)\s+(?:second|minute|hour|day|week|fortnight|month)\b(?!-)`,
  'giu',
);
// What the share of sites came to: "29 of the 37 sites had consent" is the outcome of a permit drive, where "3 of 4
// teams signed off" and "2 of the 14 sites" tell who took part or where a pilot ran.
const SITES_GRANTED =
  /^(?:[\p{L}-]+\s+)?(?:sites?|markets?|countries|regions?|cities)\s+(?:(?:had|got|received|obtained|won|gained|secured|now have)\s+(?:(?:their|its|a|an|the|full|planning)\s+)?(?:consent|approval|permits?|permission|planning permission|sign-off|licen[cs]es?|certification|accreditation)|passed|were (?:approved|granted|consented|certified|permitted|accredited|licensed))\b/iu;
// "only 7,300 of the 12,000 gateways were installed": a share of a whole, done. (Not "one of the 12 depots",
// a place, nor "2nd of 9", a rank.)
const SHARE_OF = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d{3})+|\d+)\s+(?:out\s+)?of\s+(?:the\s+|our\s+|its\s+|their\s+|all\s+)?(\d{1,3}(?:[.,]\d{3})+|\d+)(?![\p{N}]|[.,]\d|\s?%)/gu;
const DAYS_ONLY = new RegExp(String.raw`^from\s+(?:[12]?\d|3[01])(?:\s+(?:${MONTHS}))?(?:\s+(?:19|20)\d\d)?\s+to\s+(?:[12]?\d|3[01])\s+(?:${MONTHS})\b`, 'i');
// "finished a fortnight earlier", "went live a week sooner": one unit of time gained by the work. (Not
// backstory: "a year earlier, the vendor had missed", "I had joined a month earlier".)
// "Delivered ahead of schedule by a fortnight": the margin, after it.
const AHEAD_BY_A_UNIT =
  /\b(?:finished|shipped|went (?:live|out)|closed|landed|launched|completed|delivered|opened|came in|arrived|released|cut over|ended|wrapped up|(?:was|were) (?:done|ready|live))\s+(?:ahead of (?:schedule|plan|time)|early)\s+(?<gain>by (?:about |roughly |nearly |almost |over |a full )?(?:a|an|one) (?:hour|day|week|fortnight|month|quarter|year))\b/gi;
const A_UNIT_SOONER =
  /\b(?:finished|shipped|went (?:live|out)|closed|landed|launched|completed|delivered|opened|came in|arrived|released|cut over|ended|wrapped up|(?:was|were) (?:done|ready|live))\s+(?<gain>(?:about |roughly |nearly |almost |over |a full )?(?:a|an|one) (?:hour|day|week|fortnight|month|quarter|year) (?:earlier|sooner|early|ahead of (?:schedule|plan|time)|faster|quicker))\b/gi;
// One unit of time, counted with "a" or "an", as the change itself: "Deploys now take a week less", "a fortnight
// less", "the close lands a day earlier", "pages resolve an hour faster", "half a day shorter", "about a week ahead of
// schedule", "a week later than planned" (a thirty-fourth user's trial: "two weeks less" counted, "a week less" not). Not
// "a week later we met": when, not how much; nor backstory ("A year earlier, the vendor had missed", "I had joined a month
// earlier": a clause opened with it, or a past perfect before it).
// ("half a day" and "one week" are read as numbers wherever they stand: see classifyWordNumber.)
const A_UNIT = String.raw`(?:(?:about|roughly|nearly|almost|over|a full|more than|at least|just over|just under)\s+)?(?<!\bhalf\s)an?\s+(?:minute|hour|day|night|shift|week|fortnight|month|quarter|year|sprint|working day|business day)`;
const A_UNIT_CHANGE = new RegExp(
  String.raw`\b${A_UNIT}\s+(?:less|shorter|faster|quicker|slower|longer|(?<when>sooner|earlier|early|late|ahead of (?:schedule|plan|time)|later than))\b`,
  'giu',
);
// What opens a clause, or a past perfect, before a unit told with "earlier" or "sooner": backstory, not a gain.
const BACKSTORY_BEFORE = /(?:^|[.!?;:,(—–]\s*|\n\s*(?:[-*•]\s*)?)$|\b(?:had|['’]d)\s+(?:[\p{L}-]+\s+){1,3}$/u;
// …or saved, cut or shaved off by the work: "saves each planner half a day", "cut a week from the close", "shaved an hour
// off each run", "freed up a day a month". (Not "took a day off", a holiday, nor "a day-long", a compound.)
const A_UNIT_SAVED = new RegExp(
  String.raw`\b(?:save[sd]?|saving|cut|cuts|cutting|shaved|shaves|shaving|trimmed|trims|trimming|knocked|knocks|freed(?: up)?|frees(?: up)?|gained|gains|won back|clawed back)\s+(?:(?:us|them|me|him|her|each [\p{L}-]+|every [\p{L}-]+|(?:the|our|their) [\p{L}-]+)\s+)?(?<gain>${A_UNIT})\b(?!-)`,
  'giu',
);
// A number that names something rather than counting it: "version 2", "phase 3", "versions 1 and 2".
const LABEL_BEFORE =
  /\b(?:versions?|releases?|phases?|steps?|stages?|tiers?|levels?|waves?|rounds?|types?|gen(?:eration)?s?|sections?|pages?|lines?|items?|numbers?|grades?|classes|terminals?|gates?|no\.|#|sev(?:erity)?|priority|p)\s*(?:\d+\s*(?:,|and|or|to|through|-|–)\s*)*$/i;
// Where or how widely something went, not what changed: "in all 23 clinics", "across 12 depots", "went to all
// 212 customers", "covering all 11 languages", "feeds from all 23 labs", "members at all 180,000 meters".
// ("All 48,000 delayed letters reached claimants", "fixes for all 37 open defects" and "in 3 steps instead of
// 7" are outcomes.)
// "opened with the four permit types", "went live with all six modules": what shipped, not what it did. What was done
// on every one of a set, told in the passive, is where it went too: "the directive was closed on all nine aircraft", "the
// check was carried out on all 40 tanks" ("We fixed the crash on all 37 affected tills" counts). Only verbs of doing or
// completing a piece of work: an outcome told in the passive still counts ("The crash was fixed on all 37 tills", "Scrap
// was reduced on all 12 lines").
const DONE_ON_ALL =
  'closed|completed|done|carried out|signed off|rolled out|put in|installed|deployed|applied|fitted|replaced|inspected|checked|tested|audited|implemented|enabled|configured|upgraded|patched|updated|introduced|adopted|performed|run|trialled|piloted|launched|switched on|turned on';
const SCOPE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?:across|throughout|covering)(?:\s+all)?|(?:in|to|at|from) all|(?:is|are|was|were|live|running|installed|deployed|now|(?:is|are|was|were|been)\s+(?:${DONE_ON_ALL})) on all|with (?:the|all(?: the)?))\s+(?:the\s+)?$`, 'iu');
// A rollout for every one of a set: "went live in November for all 4 device platforms". ("fixes for all 37
// open defects" is an outcome.)
// Who a launch went out to: "Launched on time to 500 pilot accounts", "rolled it out to 40 stores". (Not what it
// did once out, in the same clause or the next: "launched and grew sign-ups to 4,000 accounts", "After we launched,
// active users went to 4,000", "When it went live the queue shrank to 30 tickets".)
const LAUNCHED_TO = /\b(?:launched|rolled (?:it |them )?out|released|went live|opened|made (?:it |them )?available|turned (?:it |them )?on|switched (?:it |them )?on)\b(?:(?!\b(?:grew|grow|cut|rose|fell|brought|reduced|increased|raised|dropped|climbed|took|taking|lifted|pushed|got|went|came|shrank|shrunk|doubled|tripled|halved|jumped|declined|slipped|sank|and|but|then)\b|,)[^.;!?\n]){0,40}?\bto\s+(?:the\s+|our\s+|its\s+|all\s+|the\s+first\s+|a\s+first\s+)?$/i;
// A go-live with what it went live with: "Hall 3 went live on 14 November with its 44 looms". ("We closed the quarter
// with our 3 biggest customers renewed" is no go-live.)
const LIVE_WITH_ITS = /\b(?:went live|launched|opened|cut over|switched over)\b[^.;!?\n]{0,40}?\bwith\s+(?:its|their|all(?:\s+(?:of\s+)?(?:its|their))?)\s+$/i;
const ROLLOUT_FOR_ALL = /\b(?:went live|rolled out|became available)(?:\s+(?:in|on|at|by|from|across)\s+[^.;!?,]{1,25}?)?\s+(?:for|on) all\s+(?:the\s+)?$/i;
// Every site of a set, moved or handed over, or every one now working some new way: "moved all three plants to a
// competitor", "handed all 14 stations to the support team",
// "all 340 stores now take card payments". Not what is finished or cleared ("all 1,200 open tickets are now
// closed", "all 40 flaky tests now pass", "moved all 1,200 tickets to Done", "switched all 300 idle servers
// off"), and not without "all" ("1,200 merchants now take payments on the new checkout" is adoption).
// The whole set signed off: "Both retailers re-approved all 46 products", "the auditor certified all 12 sites", "all 46
// products were re-approved", and the set told as the known one, with no "all": "the notified body certified the two
// lifts", "approved our 14 suppliers". (What was fixed or cleared is an outcome: "closed all 1,200 tickets"; and a count
// signed off with no article, "approved 40 new suppliers", stays one.)
const APPROVED_ALL = /\b(?:re-?)?(?:approved|certified|accredited|accepted|validated|qualified|signed off(?: on)?)\s+(?:all\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+)?|(?:the|our|its|their)\s+)$/i;
const MOVED_ALL = /\b(?:moved|migrated|transferred|shifted|handed(?: over)?)\s+all\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+)?$/i;
const SITES_AFTER = /^(?:[\p{L}'’-]+\s+){0,2}?(?:plants|sites|stores|shops|branches|clinics|hospitals|offices|warehouses|depots|factories|mills|regions|markets|countries|locations|facilities|campuses|schools|stations|hotels|pubs|restaurants|halls|farms|mines|ports|terminals|yards|towers|substations|airports|quarries)\b/iu;
// A ledger or ERP move's reach: "All 11 entities closed March 2023 in NetSuite". (Not "All 40,000 duplicate
// entities were merged": a clean-up's count.)
const ENTITIES_MOVED = /^(?:legal\s+)?(?:entities|subsidiaries|business units)\s+(?:closed|went live|moved|migrated|switched|cut over|were live|were on|now close|now run)\b/iu;
const ALL_BEFORE = /(?:^|[^\p{L}])all\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+)?$/iu;
// Every one of a set brought onto the new thing, however many words on: "Every one of the 41,000 meters across all
// four regions was patched before 31 March", "all 620 sites were fitted by June", "every one of the 2,300 room types was
// mapped" (a migration's set, carried across), and every one brought under an agreement: "All 14 lifts of the tower went
// under a 5-year maintenance contract", "every one of the 300 vans came under the new lease". (Not "all 37 defects were
// fixed": what was finished or cleared is an outcome; nor "1,200 customers went under contract", with no "all".)
const EVERY_BEFORE = /(?:^|[^\p{L}])(?:all|every one|each one|each)\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+)?$/iu;
const BROUGHT_ONTO = /^[^.;!?\n]{0,60}?\b(?:was|were)\s+(?:all\s+|then\s+|now\s+)?(?:patched|upgraded|updated|installed|fitted|connected|migrated|switched over|cut over|flashed|re-?imaged|rolled out|onboarded|mapped|imported|set up|configured|provisioned|registered|(?:re-?)?(?:approved|certified|accredited|validated|qualified)|signed off)\b|^[^.;!?\n]{0,60}?\bnow\s+(?:has|have)\s+(?:a|an|the|its|their)\b|^[^.;!?\n]{0,60}?\b(?:went|go|goes|came|come|comes|(?:was|were|are|is)\s+(?:all\s+|then\s+|now\s+)?(?:put|placed|brought|taken|moved))\s+under\s+(?:a|an|the|one|our|their|its)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:contracts?|agreements?|warrant(?:y|ies)|licen[cs]es?|leases?|frameworks?|SLAs?|service plans?|maintenance plans?|support plans?|cover|coverage)\b/iu;
// Sites or members still to come: "the two primaries joining next year", "three more depots due in 2025".
// A sentence that opens with "All" and a set of sites: "All four schools published their timetables". ("We
// onboarded all 40 clinics in six weeks" is an outcome.)
const ALL_OPENS = /(?:^|[.!?]\s+|\n\s*(?:[-*•]\s*)?)All\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+)?$/u;
// Every one of them on a new version: "All 14 clusters were running Kubernetes 1.27" ("200 jobs were running
// late" is an outcome).
const RUNNING_VERSION = /^(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:were|are) (?:all |now )?running (?:the |our )?(?:new |latest )?(?:\p{Lu}|\d)/u;
const JOINING_LATER = /^(?:[\p{L}'’-]+\s+)?(?:schools|primaries|academies|sites|stores|shops|branches|clinics|practices|surgeries|hospitals|wards|depots|warehouses|plants|offices|regions|markets|countries|trusts|councils)\s+(?:joining|starting|coming on board|to follow)\s+(?:next|in|from|by|later|after)\b/iu;
// All of a set now working the new way, or each at its first of it: "all 12 stores now take cards", "all 40 tills had
// the new reader", "all 12 satellites had their first contact on launch day" (reach; "had 14 failed contacts" counts),
// "all 14 machines took their recipes from the new system", "all 1,100 farms had a working sensor" (what each was given,
// working: "all 40 pumps had a working alarm"; "had 14 working days of stock" has no "all"). (Not what befell each: "all
// 12 ports had a live incident that week" counts incidents.)
// What befell a thing, counted by it: "an incident", "two outages".
const MISHAP = String.raw`(?:incidents?|outages?|issues?|problems?|faults?|failures?|defects?|bugs?|errors?|escalations?|complaints?|breaches?|fires?|leaks?|accidents?|breakdowns?|stoppages?)`;
// …told of every one of a set: "All 12 ports had a live incident that week" counts what went wrong, no reach.
const BEFELL_EACH = new RegExp(String.raw`^(?:[\p{L}'’-]+\s+){1,3}?(?:had|has|have|saw|suffered|reported|logged|raised)\s+(?:(?:a|an|the|its|their|one|two|three|\d+|at least one|another)\s+)?(?:[\p{L}'’-]+\s+){0,2}?${MISHAP}\b`, 'iu');
const NOW_WORKING = new RegExp(String.raw`^(?:[\p{L}\p{N}'’-]+\s+){1,3}now\s+(?:take|use|run|accept|support|offer|sell|print|scan|receive|share|follow|host|serve|stock|carry|book|bill|order|have|has)\b|^(?:[\p{L}\p{N}'’-]+\s+){1,3}(?:took|used|ran|received|pulled|drew|printed|booked|ordered)\s+[^.;!?\n]{0,40}?\b(?:from|on|in|through|via|with)\s+(?:the|our)\s+new\b|^(?:[\p{L}\p{N}'’-]+\s+){1,3}(?:had|have|has)\s+(?:the|a|an|its|their)\s+(?:new|first|second|updated|upgraded|replacement|latest|same|working|live|installed)\b(?!\s+${MISHAP}\b)`, 'iu');
// What was counted then went live, moved or came across, the verb right after its noun: a rollout's reach,
// not what it changed ("All 212 courses went live", "The four signed tenants moved in March"). Not "50,000
// orders the day we went live", "14 launches were on time", "2,000 customers moved to annual billing", and
// not a backlog cleared ("All 48,000 delayed letters reached claimants").
// (Told with the number in apposition too: "All four cohorts, 340 tracers, were working in the new platform".)
// Where the counted things stand, between them and the verb: "All 14 weighbridges at the two depots were on the new
// system", "the 40 tills in both stores went live". (Not a time: "50,000 orders in the first week went live" has no
// place; nor "the day we went live".)
const WHERE_THEY_STAND = String.raw`(?:(?:at|in|across|on)\s+(?:the|our|its|their|both|all|each|every|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?!(?:first|last|next|same|week|weeks|month|months|day|days|year|years|quarter|quarters)\b)[\p{L}\p{N}'’-]+\s+){1,2}?)`;
// Another set of the same rollout joined to the counted one, as one subject: "all 96 tanks and every batch were on the new
// system", "the 40 tills and their scanners went live". (Its own words, as the counted set's: no "we" or "the day".)
const AND_ANOTHER_SET = String.raw`(?:and\s+(?:every|each|all|both|its|their|our|the)\s+(?:(?!(?:we|I|they|it|he|she|when|after|once|as|that|which|day|week|month)\b)[\p{L}\p{N}'’-]+\s+){1,3}?)`;
const ROLLED_OUT = new RegExp(
  String.raw`^(?:(?!(?:the|a|an|we|I|they|it|he|she|when|after|once|as|that|which|day|week|month)\b)[\p{L}\p{N}'’-]+,?\s+){0,3}?${WHERE_THEY_STAND}?${AND_ANOTHER_SET}?(?:went live|are live|(?:were|are) (?:all |now |then )?working (?:in|on) (?:the|our) new\b|(?:showed|show|shows|appeared|appear)\s+(?:as\s+)?live|were (?:all |now |then )?(?:live|migrated|switched over|cut over|upgraded|installed|fitted|connected)|(?:were|are) (?:all |now |then )?on\s+(?!(?:time|schedule|track|budget|target|plan|call|leave|hold|site)\b)|(?:moved|migrated)\s+(?:(?:in|during|by)\s+(?:${MONTHS}|q[1-4]|h[12]|\d{4}|spring|summer|autumn|fall|winter|week)\b|(?:to|onto|into)\s+the\s+new\b|across\b|over\b)|came across|cut over)`,
  'iu',
);
// A target or goal set for later, and what says it was met or missed.
// (And a plan, whatever kind of number follows: "for 2024 the plan is to connect eight more carriers".)
const TARGET_WORD = /\b(?:targets?|targeted|targeting|goals?|aims?|aiming|objectives?|ambition|plan is to|plans are to|plans to|planning to)\b/i;
const TARGET = /(?:^|[^\p{L}])([Tt]argets?|[Tt]argeted|[Tt]argeting|[Gg]oals?|[Aa]ims?|[Aa]iming|[Oo]bjectives?|[Aa]mbition|[Pp]lan is to|[Pp]lans are to|[Pp]lans to|[Pp]lanning to)\b/gu;
// The target named after its size, a word or two on: "85% efficiency target", "£2m savings goal". (Not "85% of
// trucks arrived on target".)
const TARGET_AFTER =
  /^\s?%?\s*(?:(?!(?:on|of|to|in|at|by|for|the|a|an|and|or|was|were|is|are|against|versus|vs|above|below|over|under)\b)[\p{L}-]+\s+){0,2}?(?:targets?|goals?|objectives?)\b/iu;
const PLAN = /(?:^|[^\p{L}])([Pp]lan is to|[Pp]lans are to|[Pp]lans to|[Pp]lanning to)\b/gu;
const ACHIEVED =
  /\b(?<!\b(?:to|will|would|should|must|is to|are to)\s)(?:hit|hits|hitting|met|meet|meets|meeting|beat|beats|beating|beaten|exceeded|exceeds|exceeding|reached|reaches|reaching|achieved|achieves|surpassed|missed|missing|fell short|short of|smashed|crushed|topped|ahead of|against|versus|vs)\b/i;
// Between a target word and a number, what makes the number a result after all: a new clause, or a verb of
// change ("The goal was 10%; conversion rose 12%", "Aiming for peak, we cut errors by 40%").
const OUTCOME_BETWEEN =
  /[;:]|,\s+(?:and|but|so|while|which|we|I)\b|\b(?<!\b(?:to|will|would)\s)(?:rose|fell|cut|reduced|grew|dropped|improved|increased|decreased|landed|came in|reached|ended|finished|closed|saved|delivered|went|got)\b/i;
// People who each did something: "240 call-center agents completed the scripting", "eight advisors did the whole
// rollout" is reach or a team's size, not an outcome.
// (Only for a bare count: "from 40 agents per shift to 25" and "12 fewer workers" are changes.)
const PEOPLE_WORDS = String.raw`(?:agents|employees|nurses|clinicians|technicians|techs|operators|workers|drivers|doctors|pharmacists|teachers|officers|caseworkers|cashiers|associates|fitters|mechanics|shunters|pickers|packers|guards|conductors|pilots|dispatchers|planners|inspectors|apprentices|trainees|supervisors|clerks|porters|crews|crew members|advisors|advisers|rescuers|instructors|electricians|installers|linemen|riggers|welders)`;
const PEOPLE = new RegExp(String.raw`^(?:[\p{L}-]+\s+)?${PEOPLE_WORDS}\b`, 'iu');
// Who may be trained, named before where they came from: the people above, learners, and any role ("managers").
const TRAINEES = String.raw`(?:${PEOPLE_WORDS}|cadets|students|pupils|learners|drillers|miners|staff|staff members|users|volunteers|engineers|developers|GMs|(?:${ROLE})s)`;
// People taken through training, however they are named: "290 GMs through the nine webinars", "all 96 dye house
// operators finished the training", "40 supervisors were trained", and where they came from: "310 drillers from four
// mines had completed the VR training". (Who was trained is reach, not what changed.)
// (Where they came from only after the words that name them: not "6 after 310 cadets from four mines completed the
// training", where the count is of something else.)
const TRAINED = new RegExp(String.raw`^(?:(?:[\p{L}\p{N}'’-]+\s+){0,3}?|(?:(?!(?:after|before|when|once|as|since|until|and|but|then|while|so|because|by|of)\b)[\p{L}'’-]+\s+){0,2}?${TRAINEES}\s+(?:from|at|in|across)\s+(?:[\p{L}\p{N}'’-]+\s+){1,3}?)(?:(?:were|was|have been|had been|had|have|has|got|all)\s+)?(?:trained\b|(?:(?:went|came|got|have been|had been)\s+)?through|finished|completed|attended|passed|sat|took|did)\s+(?:(?:the|their|our|its|a|an|all|both|each|his|her)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,2}?(?:training|trainings|webinars?|seminars?|workshops?|classes|induction|e-?learning|certification|briefings?|drills?|(?:training|coaching|briefing)\s+(?:sessions?|courses?|modules?))\b`, 'iu');
// A rollout told in its stages: "in 12 batches", "in five waves". (Not a change in them: "in 3 batches instead of 40".)
const IN_BEFORE = /\bin\s+$/i;
const STAGES_AFTER = /^(?:[\p{L}-]+\s+)?(?:batches|tranches|cohorts|rings|waves|phases|stages|increments)\b(?![^.;!?\n]{0,30}\b(?:instead of|rather than|against|versus|vs|compared|from)\b)/iu;
// What the candidate did, counted, is effort, not an outcome: "I held 11 progress reviews", "4 training sessions
// held for 38 techs", "ran nine training webinars", "updated the four depot instructions". (A change in them is: "12
// fewer meetings a week".)
const ACTIVITY =
  /^(?:[\p{L}-]+\s+){0,2}?(?:meetings|workshops|briefings|trainings|stand-?ups|check-?ins|syncs|demos|walkthroughs|rehearsals|presentations|town halls|(?:training|briefing|working|design|planning|feedback|listening|coaching|review|alignment|drop-in|onboarding|information|Q&A|tabletop)\s+sessions|(?:progress|status|design|steering|readiness|gate|weekly|monthly|daily|joint|project)\s+reviews|webinars|seminars|lectures|classes|drills|instructions|procedures|SOPs|runbooks|playbooks|checklists|templates|slides|slide decks|memos|drafts)\b/iu;
// But what was done away with or turned back is an outcome: "We retired 40 runbooks", "45 procedures were retired",
// "only 2 drafts were rejected".
const DONE_AWAY_BEFORE =
  /\b(?:retired|removed|eliminated|scrapped|deleted|consolidated|merged|cancell?ed|cut|dropped|killed|axed|replaced|automated|archived|decommissioned|avoided|saved)\s+(?:(?:the|all|some|about|around|over|nearly|almost|roughly|another|a further)\s+)?$/i;
const DONE_AWAY_AFTER =
  /^(?:[\p{L}&-]+\s+){1,4}?(?:were|was|are|got|have been|had been)\s+(?:all\s+|then\s+|now\s+)?(?:retired|removed|eliminated|scrapped|deleted|consolidated|merged|cancell?ed|cut|dropped|killed|axed|replaced|automated|archived|rejected|returned|reopened|failed)\b/iu;
// Things named by their number that stayed as they were: "The three out-gate lanes, where import boxes leave,
// stayed on the old scales", "The other four halls stayed on paper" count what was left alone, not an outcome.
const DEFINITE_BEFORE = /\b(?:the|those|these|our|its|their)\s+(?:other\s+|remaining\s+)?$/i;
const STAYED_AFTER = /^[^.;!?]{0,70}?\b(?:stayed|remained|stay|remain|were left|was left|kept running)\s+(?:on|with|in|at|as|the same|unchanged|manual|untouched)\b/i;
// A bare number after a verb of change is the size of the change: "NPS rose by 12", "fell to 3".
const CHANGE_BEFORE =
  /\b(?:rose|fell|dropped|grew|increased|decreased|reduced|improved|cut|climbed|declined|shrank|jumped|up|down|reached|hit|peaked|held|stayed|landed|settled|went|came|brought|trimmed)\s+(?:by\s+|to\s+|at\s+)?(?:(?:about|around|roughly|under|over|below|above|nearly|almost|just)\s+)?$/i;
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:${MONTHS})\\b`, 'i');

const SPAN_WORD = /\p{L}+/gu;
const LEADING_SPACE_OR_DASH = /^[\s-]+/;
const PERCENT_SIGN = /^\s?%/;
const LETTER_BEFORE = /\p{L}$/u;
const RATIO_AFTER = /^\/\d/;
const RATIO_BEFORE = /\d\/$/;
const ONE_SPACE = /^\s/;
const THOUSANDS = /,/g;
const FOUR_DIGITS = /^\d{4}$/;
const DAY_OF_MONTH = /^(?:[12]?\d|3[01])$/;
const LETTER_UNIT = /^(?:s|d|h)\b/i;
const POINTS = /^points?\b/i;
// "Two hundred and forty agents": what is counted comes after the whole number.
const WORD_MAGNITUDE = new RegExp(String.raw`^(?:hundred|thousand|million)(?:\s+and\s+(?:${NUMBER_WORDS}))?\s+`, 'i');
const NOT_A_COUNT = /^(?:one|half|a dozen|dozens|hundreds)$/i;
// The article between "half" and its unit of time: "half a day", "half an hour".
const HALF = /^half$/i;
const HALF_A = /^an?\s+(?=(?:minute|hour|day|night|shift|week|fortnight|month|quarter|year|sprint)\b)/i;
const HALF_THE = /\b(?:half|a third|a quarter|two thirds|three quarters)(?: of)? (?:the|our|its|their|all) ([\p{L}-]+)/giu;
const RATING = /(?<![\p{L}\p{N}.,])\d{1,3}\.\d+\s*(?:\/|(?:out\s+)?of)\s*(?:5|7|10|100)(?![\p{N}]|[.,]\d)/gu;
const SHARE_OF_CHANGE = /^(?:time|cost|effort|price|spend|steps|clicks)$/i;
const FIRST_WORD = /^[\p{L}-]+\s+/u;
const STARTS_WITH_LETTER = /^\p{L}/u;
const CAPITALISED_BEFORE = /([A-Z]\p{L}*)\s$/u;
const SENTENCE_END = /[.!?:;\n]$/;
const NEXT_WORD = /^\s+[\p{L}-]+/u;
// "GBP 40,000", "USD 2M".
const CURRENCY_CODE = new RegExp(String.raw`\b${CURRENCY_WORD}\s?$`);
// The sign after the amount, as much of Europe writes money: "9.000 €", "9 000 €", "1,2 M€", "40 k€", "12 Mio. €".
const SIGN_AFTER = new RegExp(String.raw`^(?:[\s\u00a0\u202f]\d{3})*(?:,\d+)?[\s\u00a0\u202f]?(?:${MAGNITUDE_WORDS}[\s\u00a0\u202f]?)?${CURRENCY_SIGN}`, 'iu');
// A decimal comma: "12,5 %", "3,4 days". (Not a list, "steps 1,2,3", nor thousands, "9,000".)
const DECIMAL_COMMA = /^,\d{1,2}(?![\d,])/;
// Thousands grouped with a space, as much of Europe writes them with no currency sign after: "450 000 zł", "12 000
// bookings" (one number, not "450" and a count of "000 zł"). After one to three digits that stand alone.
const SHORT_DIGITS_BEFORE = /(?<![\d,.])\d{1,3}$/;
const MONTH_DAY_BEFORE = new RegExp(String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}$`, 'i');
const SPACE_GROUPS = /^(?:[ \u00a0\u202f]\d{3}(?![\d,.-]))+/;

// (Not money cut, saved, freed or returned from one: "We cut £120k from the IT budget".)
const BUDGET_BEFORE = /\b(?:within|inside|of|a|the|our|its|their|put|puts|putting|earmarked|set aside|approved|allocated|agreed|given|gave|had|has|have|with)\s+$/i;
// "the 2.4 million PLN budget", "a 40,000 euro budget": the currency may come after the amount.
const CURRENCY_AFTER = new RegExp(String.raw`^\s?${MAGNITUDE_WORDS}?\s+(?:${CURRENCY_WORD}|${MONEY_UNIT.source.slice(1)}|euro|pound|dollar)\b`, 'i');
const BUDGET_AFTER = new RegExp(
  String.raw`^\s?${MAGNITUDE_WORDS}?(?:(?:\s+(?:[A-Z]{3}|euros?|pounds?|dollars?|rupees?|z\u0142(?:ot\p{L}*)?|k\u010d))?\s+(?:(?:annual|yearly|project|capital|total|approved|agreed|sanctioned|allocated|allotted|original|overall|planned)\s+)?(?:budget|envelope)\b|\s+(?:in|into|from|for)\s+(?:the|our|its|their|next year['’]s)\s+(?:\d{4}\s+|[\p{L}-]+\s+)?budget\b)`,
  'iu',
);
// Money granted for the work: "funding of £2.1m agreed", "a £400k investment", "£2.1m of new funding". (Not money
// saved from it: "saved £400k of capex".)
const FUNDING_BEFORE = /\b(?:funding|budget|investment|grant|capex|opex)\s+(?:of|for)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$/i;
const FUNDING_AFTER = new RegExp(
  String.raw`^\s?${MAGNITUDE_WORDS}?\s+(?:(?:of|in)\s+)?(?:new\s+|extra\s+|additional\s+|capital\s+)?(?:funding|investment|capex|opex)\b(?!\s+(?:savings?|reductions?|cuts?|saved|avoided|avoidance|returned))`,
  'i',
);
// Money approved for the work, its verb before or after it: "approved €1.2m for phase two", "allocated us an extra £80k",
// "€1.2m approved", "1.2 million euros was signed off". (Not savings approved, "£400k of savings approved", an outcome; nor
// "claims under £1,500 were approved", where the claims were.)
const GRANTED_BEFORE =
  /\b(?:approved|sanctioned|allocated|allotted|granted|earmarked|signed off(?: on)?)\s+(?:(?:us|me|him|her|them)\s+)?(?:(?:an?|the)\s+)?(?:(?:extra|additional|further|full|requested)\s+)?$/i;
// …unless what was approved is an outcome: "Finance approved £400k of annual savings", "signed off £2m in new revenue".
// ("Released £3m of trapped working capital" is one too, so "released" is no approval word above: a review.)
const OUTCOME_MONEY_AFTER = new RegExp(
  String.raw`^\s?${MAGNITUDE_WORDS}?\s+(?:of|in)\s+(?:[\p{L}-]+\s+){0,2}?(?:savings?|revenue|cash|working\s+capital|income|profits?|margin)\b`,
  'iu',
);
const GRANTED_AFTER = new RegExp(
  String.raw`^\s?${MAGNITUDE_WORDS}?(?:\s+(?:${CURRENCY_WORD}|euros?|pounds?|dollars?|rupees?))?\s+(?:(?:was|had been|has been|got)\s+)?(?:approved|sanctioned|allocated|allotted|granted|earmarked|signed off)\b`,
  'i',
);
const SAVED_BEFORE = /\b(?:saved|saving|saves|cut|cutting|reduced|reducing|freed|returned|avoided|recovered|clawed back|trimmed|lowered|handed back|gave back)\b[^.;!?\n]{0,30}$/i;
// The span a result is told over is no measure of it: "costs came down significantly over the following two
// quarters", "during the next six months". (What took that long is: "shipped in six weeks", "took two
// quarters", "within two weeks every team was on it", "over six months late".)
const TIME_WINDOW_BEFORE = /\b(?:over|during|across|throughout|in)\s+the\s+(?:next|following|coming|subsequent|ensuing)\s+$|\b(?:during|across|throughout)\s+(?:the\s+)?$/i;
// A number later in the sentence may be a count the window frames, though nothing above reads it as a metric:
// "Over the next six sprints the team hit its commitment in five, against one in the previous six".
const NUMBER_LATER = new RegExp(String.raw`^[^.!?\n]*?(?:\d|\b(?:${NUMBER_WORDS})\b)`, 'i');

// The change the span frames, told with no amount: "came down significantly", "improved", "grew". ("Over the next
// three weeks, every team moved to the new pipeline" and "in the next two weeks the backlog cleared" say how long
// an outcome took: those count.)
const CHANGE_WITH_NO_AMOUNT = /\b(?:came down|went down|went up|fell|rose|grew|dropped|declined|increased|decreased|reduced|improved|got (?:better|worse)|shrank|climbed|slowed|sped up|picked up|trended)\b/i;

/**
 * Whether a duration only frames a change told with no amount ("costs came down over the next six months") and
 * the sentence has no other number. `text` and `index` place the duration in its sentence.
 */
function onlyAWindow(text: string, index: number, before: string, after: string): boolean {
  if (!TIME_WINDOW_BEFORE.test(before) || NUMBER_LATER.test(after.replace(/^[\p{L}-]+/u, ''))) return false;
  const start = Math.max(text.lastIndexOf('.', index), text.lastIndexOf('\n', index), 0);
  const end = text.slice(index).search(/[.!?\n]/);
  return CHANGE_WITH_NO_AMOUNT.test(text.slice(start, end < 0 ? undefined : index + end));
}
// When something happened, not how long it took: "the upgrade was completed three weeks later", "two months ago".
// ("three weeks later than planned" measures a slip; "three weeks earlier" may be a gain, and stays.)
// (A recovery timed from the fault is a measure: "Bookings were fully restored 40 minutes later".)
const RECOVERED_BEFORE = /\b(?:restored|recovered|resolved|fixed|mitigated|back(?: up| online)?|reopened|live again|running again)\b[^.;!?]{0,30}$/i;
// The length of a term agreed, joined to its noun: "a 3-year contract", "the 18-month roadmap", "a 2-hour induction", with
// a word or two saying what kind between: "a 5-year maintenance contract", "a 2-year managed-service agreement" (no
// measure of what changed; "a 30-minute cut-over" is one, and "a 6-month backlog of contracts" no term). Written in words
// ("a five-year licence") no number is read.
const TERM_AFTER =
  /^-(?:days?|weeks?|months?|years?|hours?|quarters?|sprints?)[- ](?:long\s+)?(?:(?!(?:of|for|to|in|on|at|by|with|from|and|or|the|a|an)\b)[\p{L}-]+\s+){0,2}?(?:contracts?|licen[cs]es?|deals?|leases?|agreements?|warrant(?:y|ies)|subscriptions?|commitments?|retainers?|extensions?|renewals?|terms?|roadmaps?|plans?|guarantees?|inductions?|trainings?|courses?|workshops?|webinars?)\b/iu;
const LATER_AFTER = /^\p{L}+\s+(?:later|afterwards|ago)\b(?!\s+than\b)/iu;
// A term in a change is a measure of it: "went from a 5-day course to a 2-day course" (a review).
const CHANGED_FROM_TO = /\b(?:from|to|into)\s+(?:an?|the)\s+$/i;
// A team's size told before its number, whatever follows it: "The team of 9 handed the platform to the NOC", "a crew of
// twelve did the cut-over" (a verb after it reads as a noun counted: "9 handed"). (Not "a backlog of 9,000 tickets", nor
// "a group of 40 customers": no team.)
const TEAM_OF_BEFORE = /\b(?:team|squad|crew|pod|task ?force|staff|workforce|department|headcount)\s+of\s+(?:(?:about|around|roughly|just|only|nearly|almost|over|under|some|up to)\s+)?$/i;
// A rank's field: "ranked 2nd of 9 entries", "ranked it first of nine internal tools".
const RANK_OF = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|top|last)\s+(?:out\s+)?of\s+$/i;
// A grade someone gave the work, not a measure of what it changed: "the committee gave it 4 of 5 points", "Dr. Bell's team
// scored it 9 out of 10" (a ratio, "8/10", is no outcome either), and the scale of one ("4 of 5 points"). ("We scored 92
// of 100 on the audit", "Users rated the app 4 of 5 stars", "Customers rated it 4.7 out of 5" and "9 out of 10
// customers chose it" are outcomes: a rating is how a result is measured, so "rated" is no grading word here.)
const GRADED_BY = String.raw`\b(?:gave|gives|give|scored|scores|graded|grades|marked|marks)\s+(?:it|us|them|him|her|me)\s+(?:an?\s+)?`;
const GRADED = new RegExp(`${GRADED_BY}$`, 'iu');
const GRADE_OF = new RegExp(String.raw`${GRADED_BY}\d+(?:\.\d+)?\s+(?:out\s+)?of\s+$`, 'iu');
const SCALE_AFTER = /^\s*(?:points?|stars?|marks?)\b/i;
const WHOLE_OF = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d{3})+|\d+)\s+(?:out\s+)?of\s+(?:the\s+|our\s+|its\s+|their\s+|all\s+)?$/u;
const OF_BEFORE = /\b\d+(?:\.\d+)?\s+(?:out\s+)?of\s+$/i;
// A number against its baseline is a change: "11 sites went off air, against 140 in 2021", "down from 140 last
// year". ("against" and "versus" need a number of now before them in the sentence; "down from" says it.)
const BASELINE = new RegExp(
  String.raw`\b(?:(down|up) from|against|versus|vs\.?|compared (?:with|to))\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+)?(\d[\d,]*(?:\.\d+)?|${NUMBER_WORDS})\s+(?:[\p{L}-]+\s+){0,2}?(?:in\s+(?:19|20)\d\d|last\s+(?:year|quarter|month|season|week|time)|the\s+(?:year|quarter|month|season|week|day)\s+before|(?:a|one)\s+(?:year|quarter|month|week)\s+(?:earlier|before)|before|previously|the\s+(?:previous|prior)\s+(?:year|quarter|month|season|week|release|peak|storm))\b`,
  'giu',
);
// …or an earlier event by its name, case-sensitive: "62 site-hours, against 1,900 in Arwen".
const BASELINE_EVENT = /\bagainst\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+)?\d[\d,]*(?:\.\d+)?\s+(?:[\p{L}-]+\s+){0,2}?in\s+(?:Storm\s+|Hurricane\s+|Typhoon\s+|Cyclone\s+)?\p{Lu}\p{Ll}+\b/gu;
const NUMBER_BEFORE_IN_SENTENCE = new RegExp(String.raw`(?:\d|\b(?:${NUMBER_WORDS})\b)[^.!?\n]*$`, 'i');
const YEAR_RANGE_BEFORE = /\b(?:19|20)\d\d[–—-]$/;

const MORE_THAN_BEFORE = /^(?:more|fewer|less)\s+than\s+(?:(?:at|in|on|by|over|during)\s+)?(?:the\s+)?(?:same\s+(?:point|time|period|week|month|quarter)\s+)?(?:(?:the|a|last|that|this|previous|prior)\s+)?(?:previous\s+|prior\s+)?(?:year|month|quarter|week|season|time|period|(?:19|20)\d\d|last)\b/i;

// The unit written right after a number: "62" + "%", "0.8" + " s", "3" + "x", "$2" + "M", "12" + " days".
const UNIT_AFTER = new RegExp(
  String.raw`^\s?(?:%|‰|(?:x|×|-?fold)(?![\p{L}\p{N}])|${CURRENCY_SIGN}|${MAGNITUDE_WORDS}(?:\s?${CURRENCY_SIGN}|${NO_LETTER_OR_DIGIT})|` +
    [PERCENT_UNIT, TIME_UNIT, MONEY_UNIT].map((unit) => unit.source.replace(/^\^/, '')).join('|') +
    ')',
  'iu',
);

/**
 * A phrase that ends on a number, with the unit written after it (`text` from `end`): the quote of a match
 * that stopped at "found 62" is "found 62%", of "from 2.1% to 0.8" "from 2.1% to 0.8%". Other phrases as
 * they are.
 */
export function withUnit(phrase: string, text: string, end: number): string {
  if (!/\d$/.test(phrase)) return phrase;
  return phrase + (UNIT_AFTER.exec(text.slice(end, end + 40))?.[0] ?? '');
}

/** Every metric in `text`, in order. */
export function findMetrics(written: string): Metric[] {
  // Read with naira's N as its sign; quoted as written.
  const text = withNairaSign(written);
  const found: Metric[] = [];
  // Targets are looked for only if the text speaks of one at all.
  const hasTarget = TARGET_WORD.test(text);
  const add = (index: number, length: number, kind: MetricKind): void => {
    if (hasTarget && (kind !== 'change' && kind !== 'multiplier' ? isTarget(text, index) || namesTarget(text, index, index + length) : isTarget(text, index, PLAN))) return;
    found.push({ index, length, kind, text: written.slice(index, index + length) });
  };
  for (const m of text.matchAll(FROM_TO)) {
    // The word after counts too: "from two to five engineers".
    const next = NEXT_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[0] ?? '';
    if (!YEARS_ONLY.test(m[0]) && !DAYS_ONLY.test(m[0] + next) && !VAGUE_ONLY.test(m[0]) && !sizesScope(m[0] + next)) add(m.index, m[0].length, 'change');
  }
  for (const m of text.matchAll(TO_FROM)) {
    const next = NEXT_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[0] ?? '';
    if (!TO_FROM_DATES.test(m[0]) && !sizesScope(m[0] + next)) add(m.index, m[0].length, 'change');
  }
  for (const re of [RATE_TO_RATE, ORDINAL_INSTEAD]) {
    for (const m of text.matchAll(re)) if (!found.some((metric) => metric.index < m.index + m[0].length && m.index < metric.index + metric.length)) add(m.index, m[0].length, 'change');
  }
  for (const m of text.matchAll(TO_A_UNIT)) add(m.index, m[0].length, 'duration');
  for (const m of text.matchAll(BASELINE)) {
    if (m[1] || NUMBER_BEFORE_IN_SENTENCE.test(text.slice(Math.max(0, m.index - 160), m.index))) add(m.index, m[0].length, 'change');
  }
  for (const m of text.matchAll(BASELINE_EVENT)) {
    if (NUMBER_BEFORE_IN_SENTENCE.test(text.slice(Math.max(0, m.index - 160), m.index))) add(m.index, m[0].length, 'change');
  }
  for (const m of text.matchAll(SHARE_OF)) {
    const [part, whole] = [m[1]!, m[2]!].map((n) => Number(n.replace(/[.,]/g, '')));
    // Not the teams or people a change reached ("3 of 4 teams"), nor where it ran ("in 2 of our 14 depots").
    const after = text.slice(m.index + m[0].length).replace(LEADING_SPACE_OR_DASH, '');
    // Nor a place in a sequence: "in sprint 3 of 6", "by day 3 of 10".
    const reach = /\b(?:in|across|at|to|for|sprints?|steps?|phases?|days?|weeks?|waves?|pages?|parts?|rounds?|chapters?|levels?|stages?|seasons?|episodes?|games?|months?|years?|quarters?|sessions?|versions?|lessons?|modules?|units?|items?)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
    const graded = GRADED.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (part! >= 2 && part! < whole! && !isYear(m[2]!.replace(/[.,]/g, '')) && (!SCOPE_NOUN.test(after) || SITES_GRANTED.test(after)) && !reach && !graded) add(m.index, m[0].length, 'percent');
  }
  // A rating on a scale, its score with a decimal: "rated it 4.7 out of 5", "a CSAT of 4.6/5" (the shares above are whole
  // numbers). Not a grade someone gave the work ("the panel gave it 8.5 out of 10").
  for (const m of text.matchAll(RATING)) if (!GRADED.test(text.slice(Math.max(0, m.index - 40), m.index))) add(m.index, m[0].length, 'percent');
  for (const re of [A_UNIT_SOONER, AHEAD_BY_A_UNIT, A_UNIT_SAVED]) for (const m of text.matchAll(re)) add(m.index + m[0].length - m.groups!.gain!.length, m.groups!.gain!.length, 'duration');
  for (const m of text.matchAll(A_UNIT_CHANGE)) {
    // (A window cut from a longer text starts with a mark, so its start is not taken for the clause's.)
    if (m.groups!.when !== undefined && BACKSTORY_BEFORE.test(m.index > 60 ? `\u0000${text.slice(m.index - 60, m.index)}` : text.slice(0, m.index))) continue;
    if (!found.some((metric) => metric.kind === 'duration' && metric.index >= m.index && metric.index < m.index + m[0].length)) add(m.index, m[0].length, 'duration');
  }
  for (const m of text.matchAll(FROM_TO_CADENCE)) add(m.index, m[0].length, 'change');
  for (const m of text.matchAll(ARROW)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if ((isYear(m[1]!) && isYear(m[2]!)) || LABEL_BEFORE.test(before) || PRODUCT_BEFORE.test(before)) continue;
    add(m.index, m[0].length, 'change');
  }
  for (const m of text.matchAll(SIGNED)) add(m.index, m[0].length, 'change');
  for (const m of text.matchAll(CHANGE_WORD)) add(m.index, m[0].length, 'multiplier');
  // Where the last number read ends: "000" in "9 000 €" is part of it.
  let read = 0;
  for (const m of text.matchAll(NUMBER)) {
    if (m.index < read) continue;
    const number = numberEnd(text, m.index + m[0].length);
    const kind = classifyNumber(text, m, number);
    // Money's magnitude after a decimal comma is the amount's too: "NOK 3,2 mill.", "€1,2 Mio.", "PLN 1,2 mln" (NUMBER
    // stops at the comma, numberEnd reads its digits).
    const end = kind === 'money' && m[3] === undefined && number.end > m.index + m[0].length ? number.end + (MAGNITUDE_AFTER_DECIMAL.exec(text.slice(number.end, number.end + 24))?.[0].length ?? 0) : number.end;
    const sign = kind === 'percent' ? (PERCENT_SIGN.exec(text.slice(end))?.[0].length ?? 0) : 0;
    read = end;
    if (kind) add(m.index, end - m.index + sign + changeTail(text, end, kind), kind);
  }
  for (const m of text.matchAll(HALF_THE)) {
    // "took over half the rota" is a share of an outcome; "half the teams" sizes the scope, and "half the
    // time" is a change word above.
    if (!SCOPE_NOUN.test(m[1]!) && !SHARE_OF_CHANGE.test(m[1]!)) add(m.index, m[0].length, 'percent');
  }
  for (const m of text.matchAll(WORD_NUMBER)) {
    const kind = classifyWordNumber(text, m.index, m[0]);
    if (kind) add(m.index, m[0].length + changeTail(text, m.index + m[0].length, kind), kind);
  }
  return found.sort((a, b) => a.index - b.index);
}

export function hasMetric(text: string): boolean {
  return findMetrics(text).length > 0;
}

// A magnitude after a money amount's decimal comma, any magnitude a currency may take, its abbreviation's full stop included.
const MAGNITUDE_AFTER_DECIMAL = new RegExp(String.raw`^\s?(?:${AFTER_ANY_NUMBER}|${AFTER_MONEY_ONLY})${NO_LETTER_OR_DIGIT}`, 'iu');

/** Where a number ends, and whether a currency sign written after it ends it ("9.000 €"). */
interface NumberEnd {
  readonly end: number;
  readonly signAfter: boolean;
}

/**
 * Where a number that NUMBER matched up to `end` ends: after a currency sign written after it ("9.000 €", "9 000 €",
 * "1,2 M€") or a decimal comma's digits ("12,5"), else at `end`.
 */
function numberEnd(text: string, end: number): NumberEnd {
  const tail = text.slice(end, end + 24);
  const sign = SIGN_AFTER.exec(tail);
  if (sign) return { end: end + sign[0].length, signAfter: true };
  // (Not after a month: "In September 24 500 students" may be a day and a count.)
  const groups = SHORT_DIGITS_BEFORE.test(text.slice(Math.max(0, end - 4), end)) && !MONTH_DAY_BEFORE.test(text.slice(Math.max(0, end - 16), end)) ? SPACE_GROUPS.exec(tail) : null;
  if (groups) return { end: end + groups[0].length, signAfter: false };
  return { end: end + (DECIMAL_COMMA.exec(tail)?.[0].length ?? 0), signAfter: false };
}

/** What the number NUMBER matched as `m` measures, `number` being where it ends (numberEnd). */
function classifyNumber(text: string, m: RegExpMatchArray, { end, signAfter }: NumberEnd): MetricKind | undefined {
  const [, currency, digits, magnitude] = m;
  const index = m.index!;
  const before = text.slice(Math.max(0, index - 40), index);
  const after = text.slice(end).replace(LEADING_SPACE_OR_DASH, '');
  const rawAfter = text.slice(end);
  // A budget is what was allowed, not what changed: "within the £60,000 budget", "within the PLN 40,000 budget",
  // "put £60,000 in the 2025 budget", "the ₹84 crore sanctioned budget".
  const money = currency || signAfter || CURRENCY_CODE.test(before) || CURRENCY_AFTER.test(rawAfter) || MONEY_UNIT.test(after);
  if (money && BUDGET_AFTER.test(rawAfter) && BUDGET_BEFORE.test(before.replace(CURRENCY_CODE, ''))) return undefined;
  // Money granted for the work is a budget too: "funding of £2.1m agreed", "secured a £400k investment", "£2.1m of
  // funding approved". (What it saved or earned is the outcome.)
  if (money && (FUNDING_BEFORE.test(before.replace(CURRENCY_CODE, '')) || FUNDING_AFTER.test(rawAfter)) && !SAVED_BEFORE.test(before)) return undefined;
  // …and money approved for it, with no budget named: "The board approved €1.2m for phase two", "€400k was signed off".
  if (money && (GRANTED_BEFORE.test(before.replace(CURRENCY_CODE, '')) || GRANTED_AFTER.test(rawAfter)) && !SAVED_BEFORE.test(before) && !OUTCOME_MONEY_AFTER.test(rawAfter)) return undefined;
  if (money) return 'money';
  // "ranked 2nd of 9 entries", "the 2023–24 timetables": a rank's field, the end of a school or tax year.
  if (RANK_OF.test(before) || GRADE_OF.test(before) || (OF_BEFORE.test(before) && SCALE_AFTER.test(rawAfter)) || isWholeOfShare(before, digits!) || (YEAR_RANGE_BEFORE.test(before) && /^\d\d$/.test(digits!) && !/^\s?%/.test(rawAfter))) return undefined;
  // A letter glued on the left makes an identifier: p99, Q3, S3, v2, EC2.
  if (LETTER_BEFORE.test(before)) return undefined;
  // "24/7", "3/4": a ratio or a schedule, not an outcome on its own.
  if (RATIO_AFTER.test(rawAfter) || RATIO_BEFORE.test(before)) return undefined;
  if (TEAM_OF_BEFORE.test(before)) return undefined;
  if (PERCENT_SIGN.test(rawAfter) || PERCENT_UNIT.test(after)) return 'percent';
  if (MULTIPLIER.test(rawAfter.replace(ONE_SPACE, ''))) return 'multiplier';
  if (MONEY_UNIT.test(after)) return 'money';
  if (EFFORT_UNIT.test(after)) return 'duration';
  if (magnitude && !SCOPE_NOUN.test(after)) return isReach(before, after) ? undefined : 'count';
  const value = Number(digits!.replace(THOUSANDS, ''));
  const isYear = FOUR_DIGITS.test(digits!) && value >= 1900 && value <= 2100;
  if (isYear && !TIME_UNIT.test(after)) return undefined;
  // A day of the month: "March 3", "3 March", "3rd".
  const isDay = DAY_OF_MONTH.test(digits!);
  if (isDay && MONTH_BEFORE.test(before) && !TIME_UNIT.test(after)) return undefined;
  if (MONTH_AFTER.test(after) || ORDINAL.test(rawAfter)) return undefined;
  if (TIME_UNIT.test(after)) return onlyAWindow(text, index, before, after) || (LATER_AFTER.test(after) && !RECOVERED_BEFORE.test(before)) || (TERM_AFTER.test(rawAfter) && !CHANGED_FROM_TO.test(before)) ? undefined : 'duration';
  if (LABEL_BEFORE.test(before)) return undefined;
  // A number after a proper noun names a version or a model: Java 17, Python 3, iOS 18.
  if (properNounBefore(before)) return undefined;
  if (isChangeCount(after)) return 'change';
  if (isCountUnit(after)) return isReach(before, after) || isActivity(before, after) ? undefined : 'count';
  return CHANGE_BEFORE.test(before) && !sizesPeople(after) ? 'change' : undefined;
}

/**
 * Whether the number at `index` is a target or goal set for later, not a result: "Rosa's plan targets 40% of
 * bags next year", "the target is to keep defaults under 2.5%", "the goal for 2025 is to hit 40%". Not when
 * the sentence says it was met or missed ("We hit our target of 40%", "we missed the goal, landing at 31%",
 * "against a target of 5%, we reached 7%"), nor when a new clause or a verb of change comes between ("The
 * goal was 10%; conversion rose 12%"). A capitalised "Target" in mid-sentence is a name ("onboarded Target").
 */
function isTarget(text: string, index: number, words: RegExp = TARGET): boolean {
  // The sentence so far, from a window before the number (and its first character, so that a number starting
  // a sentence starts it here too): the time stays linear in the text's length.
  const window = text.slice(Math.max(0, index - 200), index + 1);
  const head = window.slice(sentenceRanges(window).at(-1)![0], -1);
  let last: RegExpMatchArray | undefined;
  for (const m of head.matchAll(words)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (/^[TGAO]/.test(m[1]!) && head.slice(0, at).trim() !== '') continue;
    last = m;
  }
  if (!last) return false;
  const at = last.index! + last[0].length;
  // "Target: 98%" is the target's label, not a new clause ("Target: 95%, actual 98%": the 98% is a result); after
  // "the plan is to", the verb is the plan's ("to cut").
  const between = head.slice(at);
  if (/^\s*:\s*$/.test(between)) return !ACHIEVED.test(head.slice(0, at));
  return !ACHIEVED.test(head.slice(0, at)) && !OUTCOME_BETWEEN.test((/\bto$/.test(last[1]!) ? 'to' : '') + between);
}

/**
 * Whether the number from `index` to `end` is the size of a target, the target named after it: "the 85% efficiency target
 * from the business case moved to next year's plan", "a £2m savings goal". Not when the sentence says it was met or missed
 * ("We beat our 99.5% availability target"), as isTarget.
 */
function namesTarget(text: string, index: number, end: number): boolean {
  if (!TARGET_AFTER.test(text.slice(end, end + 60))) return false;
  // The sentence, from a window around the number, so the time stays linear in the text's length.
  const from = Math.max(0, index - 200);
  const window = text.slice(from, end + 200);
  const sentence = sentenceRanges(window).find(([, stop]) => stop > index - from) ?? [0, window.length];
  return !ACHIEVED.test(window.slice(sentence[0], sentence[1]));
}

/**
 * Whether a count says how far something reached, or who took part: "across 12 depots", "240 agents", "All 212
 * courses went live", "the four tenants moved in March", "moved all three plants", "all 340 stores now take", "290 GMs
 * through the webinars", "in 12 batches", "went live with its 44 looms".
 */
function isReach(before: string, after: string): boolean {
  return (
    SCOPE_BEFORE.test(before) ||
    ROLLOUT_FOR_ALL.test(before) ||
    LAUNCHED_TO.test(before) ||
    (MOVED_ALL.test(before) && SITES_AFTER.test(after)) ||
    APPROVED_ALL.test(before) ||
    (ALL_BEFORE.test(before) && NOW_WORKING.test(after)) ||
    (EVERY_BEFORE.test(before) && BROUGHT_ONTO.test(after)) ||
    (ALL_OPENS.test(before) && (SITES_AFTER.test(after) || ENTITIES_MOVED.test(after)) && !BEFELL_EACH.test(after)) ||
    JOINING_LATER.test(after) ||
    RUNNING_VERSION.test(after) ||
    PEOPLE.test(after) ||
    TRAINED.test(after) ||
    (IN_BEFORE.test(before) && STAGES_AFTER.test(after)) ||
    LIVE_WITH_ITS.test(before) ||
    (DEFINITE_BEFORE.test(before) && STAYED_AFTER.test(after)) ||
    ROLLED_OUT.test(after)
  );
}

/**
 * Whether a number is the whole of a share ("of 25" in "23 of 25 depots"), which SHARE_OF reads with its part: alone it is
 * a size, not an outcome ("rolled out to 23 of 25 depots" is reach; "cleared 1,200 of the 1,500 tickets" is counted as the
 * share). A whole no bigger than its part ("12 of 12 launches") stays a count.
 */
function isWholeOfShare(before: string, digits: string): boolean {
  const m = WHOLE_OF.exec(before);
  return m !== null && Number(m[1]!.replace(/[.,]/g, '')) < Number(digits.replace(THOUSANDS, ''));
}

function isYear(digits: string): boolean {
  const value = Number(digits);
  return FOUR_DIGITS.test(digits) && value >= 1900 && value <= 2100;
}

function classifyWordNumber(text: string, index: number, word: string): MetricKind | undefined {
  const rest = text.slice(index + word.length).replace(LEADING_SPACE_OR_DASH, '').replace(WORD_MAGNITUDE, '');
  // "half a day", "half an hour": a number of the unit, as "0.5 days" is.
  const after = HALF.test(word) ? rest.replace(HALF_A, '') : rest;
  const before = text.slice(Math.max(0, index - 40), index);
  if (TIME_UNIT.test(after) && !LETTER_UNIT.test(after)) return onlyAWindow(text, index, before, after) || (LATER_AFTER.test(after) && !RECOVERED_BEFORE.test(before)) ? undefined : 'duration';
  if (EFFORT_UNIT.test(after)) return 'duration';
  if (PERCENT_UNIT.test(after) && !POINTS.test(after)) return 'percent';
  // "twelve dashboards", "zero failed writes"; not "one calendar", "half the teams", "first of nine tools" or "a team of nine".
  if (NOT_A_COUNT.test(word) || RANK_OF.test(before) || TEAM_OF_BEFORE.test(before)) return undefined;
  if (isChangeCount(after)) return 'change';
  if (isCountUnit(after)) return isReach(before, after) || isActivity(before, after) ? undefined : 'count';
  // "fell to zero", "rose by twelve".
  return CHANGE_BEFORE.test(before) && !sizesPeople(after) ? 'change' : undefined;
}

/** Whether a count is of what the candidate did (ACTIVITY), not of what was done away with. */
function isActivity(before: string, after: string): boolean {
  return ACTIVITY.test(after) && !DONE_AWAY_BEFORE.test(before) && !DONE_AWAY_AFTER.test(after);
}

/** Whether the words after a number count people or scope: "engineers", "more teams". */
function sizesPeople(after: string): boolean {
  return SCOPE_NOUN.test(after.replace(FEWER_OR_MORE, ''));
}

/** "from one team to three", "from 12 engineers to 20": a change in team size or scope, not an outcome. */
function sizesScope(span: string): boolean {
  for (const m of span.matchAll(SPAN_WORD)) if (SCOPE_NOUN.test(m[0])) return true;
  return false;
}

/** The length of " fewer pages" after "twelve", so the metric reads whole; 0 for any other metric. */
function changeTail(text: string, end: number, kind: MetricKind): number {
  if (kind !== 'change') return 0;
  const m = CHANGE_TAIL.exec(text.slice(end, end + 60));
  return m ? m[0].length : 0;
}

/** "fewer pages", "more orders a day": a number of changes in something counted, not in people or scope. */
function isChangeCount(after: string): boolean {
  // "1,200 more than at the same point the year before", "300 fewer than in 2023": a count compared.
  if (MORE_THAN_BEFORE.test(after)) return true;
  const m = FEWER_OR_MORE.exec(after);
  return m !== null && isCountUnit(after.slice(m[0].length));
}

/** Whether the words after a number make it a count of something other than people or scope. */
function isCountUnit(after: string): boolean {
  if (SCOPE_NOUN.test(after) || SCOPE_NOUN.test(after.replace(FIRST_WORD, ''))) return false;
  if (after === '' || NOT_A_UNIT.test(after) || VERB_ED.test(after)) return false;
  return STARTS_WITH_LETTER.test(after);
}

/** A capitalised word right before: a name in mid-sentence, or one that is not a common opener. */
function properNounBefore(before: string): boolean {
  const m = CAPITALISED_BEFORE.exec(before);
  if (!m) return false;
  const prefix = before.slice(0, m.index).trimEnd();
  const opensSentence = prefix === '' || SENTENCE_END.test(prefix);
  return !opensSentence || !OPENERS.test(m[1]!);
}
