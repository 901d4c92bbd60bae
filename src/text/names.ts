/**
 * Named partners: a person's name, or a specific role tied to a team or function ("the Payments
 * engineering manager", "our VP of Sales", "the CFO"). Generic people ("my manager", "stakeholders",
 * "a coworker", "the team") are not partners an interviewer can picture.
 */
import { COMMON_S_WORDS } from './common-s-words.js';
import { COMMON_WORDS, NAME_WORDS } from './common-words.js';
import { GIVEN_NAMES } from './given-names.js';
import { inRanges, type Range } from './quotes.js';
import { sentenceRanges } from './sentences.js';
import { IRREGULAR_PAST, inWordList } from './words.js';
import { ENDS_APOSTROPHE_S, POSSESSIVE_ENDING } from './possessive.js';
import { FUNCTION, ROLE, nobodyIn } from './partners.js';
import { partnersOf, spokenText, type StoryData } from '../bank/schema.js';

export interface PartnerMention {
  readonly index: number;
  readonly length: number;
  readonly text: string;
  readonly kind: 'name' | 'role';
  /**
   * A role told with an indefinite article, "a network analyst": someone of that function took part (scope.ts counts
   * it), but no one the interviewer can picture, so no partner named.
   */
  readonly indefinite?: boolean;
}

const ROLE_RE = new RegExp(String.raw`\b${ROLE}\b`, 'gi');
// A buyer, a planner, a dispatcher or a scheduler is a persona or a tool as often as a post ("the SMB buyer", "the
// Postgres planner", "the release scheduler"): a post where a line of business qualifies it ("the category buyer",
// "our demand planner", "the fleet dispatcher").
const BUSINESS_LINE = String.raw`(?:category|merchandise|merchandising|procurement|purchasing|retail|media|demand|supply|supply chain|inventory|stock|workforce|crew|fleet|logistics|transport|transportation|maintenance|materials|menu|space|allocation|replenishment|sourcing|finance|financial|events?)`;
const BUSINESS_POST_RE = new RegExp(String.raw`\b(?:the|our|their)\s+(?:[\p{L}-]+\s+)?${BUSINESS_LINE}\s+(buyer|planner|dispatcher|scheduler)\b`, 'giu');
const C_LEVEL_RE = /\b(?:CEO|CTO|CFO|COO|CIO|CISO|CPO|CMO|CRO)\b/g;
// A chief of something is one person: "the Chief Nurse", "our chief actuary".
const CHIEF_RE = /\bchief (?:[a-z]+ ){0,2}?(?:officer|nurse|pharmacist|engineer|architect|scientist|economist|actuary|underwriter|executive|accountant|constable|inspector|technologist)\b/gi;
// "Dr Fiona Mackay", "Mr. Osei", "Professor Lang": a title before a capitalised word is a person.
// A word of a name: "Priya", "Łukasz", "Okafor-Hughes", "O'Brien", "McAllister".
export const NAME_WORD = String.raw`(?:(?:Mc|O['’]|D['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)`;
// (Up to three words: "Dr. Ana María López-García".)
const HONORIFIC_RE = new RegExp(String.raw`\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame)\.?\s${NAME_WORD}(?:\s${NAME_WORD}){0,2}(?![\p{L}\p{N}])`, 'gu');
// "J. Ortiz", "A.K. Mensah": an initial before a surname. ("Plan B. Traffic…" ends a sentence on a label.)
const INITIAL_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.])\p{Lu}\.(?:\s?\p{Lu}\.)?\s?(${NAME_WORD})(?![\p{L}\p{N}])`, 'gu');
const LABEL_BEFORE_INITIAL =
  /\b(?:plan|option|wave|phase|grade|building|block|type|tier|class|ward|site|zone|level|group|part|section|appendix|model|series|round|gate|stage|unit|line|room|track|lane|floor|wing|variant|version|team|cohort|region|area|annex|exhibit|schedule|form)\s$/i;
const FUNCTION_WORD = new RegExp(String.raw`^${FUNCTION}$`, 'i');
// "our VP of Sales", "the director of engineering", "the lead for Checkout", "a PM from the payments team"
const PROPER_BEFORE = /\b(?:the|a|an|our|their)\s+\p{Lu}[\p{L}]+\s+$/u;
const FUNCTION_QUALIFIED = new RegExp(String.raw`\b${FUNCTION}\s+$`, 'i');
const OF_FUNCTION = new RegExp(String.raw`^\s(?:of|for|from|in|on)\s(?:the\s)?${FUNCTION}\b`, 'i');
// "on it" is the work, not IT ("the engineering manager on it"); "from IT" is the function.
const IT_LOWER = /\sit$/;
const OF_PROPER = /^\s(?:of|for)\s(?:the\s)?[A-Z][\p{L}]+/u;
// "the head of maths", "the director of nursing", "our VP of growth": a head of anything is one person.
const HEAD = /^(?:head|director|vp|vice president|svp)$/i;
const THE_BEFORE = /\bthe\s$/i;
const OF_ANYTHING = /^\s(?:of|for)\s(?:the\s)?(?!(?:the|a|an|queue|line|pack|table|list|state|steam|it|this|that|help|advice|support|approval|sign-off|feedback|input|time|budget|money|each|every|all|any|some|more|his|her|their|our|my|your|them|him|me|us|now|years?|months?|weeks?|days?)\b)\p{L}[\p{L}&-]+/iu;
// "the ward manager", "the NOC duty manager", "the division's matron": a role with its own qualifier after
// "the" is one person. Generic words ("the hiring manager", "the new lead") and the bare titles that
// need a team ("the product manager") don't make it specific, and an owner or sponsor may be a company.
const PERSON_ROLE = /^(?:manager|lead|director|head|foreman|forewoman|supervisor|superintendent|coordinator|co-ordinator|matron|captain|harbou?r master|port master|officer|counsel|controller|vp|svp|vice president|tam|csm|account manager|technical account manager|customer success manager|comptroller|treasurer|registrar|bursar)$/i;
const QUALIFIED_BY_WORDS = new RegExp(String.raw`\b(?:the|our|their)\s+((?:(?:[\p{L}&-]+\s+)?[\p{L}&-]+${POSSESSIVE_ENDING}\s+)?(?:[\p{L}&-]+\s+){1,3})$`, 'iu');
const POSSESSIVE_QUALIFIER = new RegExp(String.raw`\b(?:the|our|their)\s+(?:[\p{L}&-]+\s+)?[\p{L}&-]+${POSSESSIVE_ENDING}\s+$`, 'iu');
const GENERIC_QUALIFIER = new Set([
  'hiring', 'line', 'new', 'old', 'other', 'same', 'previous', 'former', 'interim', 'acting', 'senior', 'junior', 'overall',
  'relevant', 'responsible', 'main', 'first', 'second', 'only', 'general', 'project', 'programme', 'program', 'product',
  'account', 'technical', 'team', 'engineering', 'one', 'right', 'wrong', 'whole', 'assigned', 'designated', 'named',
  // Who happens to be on, or in the post for now: "the duty manager", "the night supervisor", "the then
  // project lead", "the incoming programme manager".
  'duty', 'shift', 'night', 'weekend', 'relief', 'then', 'incoming', 'outgoing', 'temporary', 'current', 'future', 'departing',
]);
const SPACES = /\s+/;
// An indefinite article before a role's qualifiers: "a network analyst", "an on-call SRE lead", "one finance controller".
const INDEFINITE_BEFORE = /(?:^|[^\p{L}'’-])(?:a|an|one|another|any|some)\s+(?:(?!(?:the|our|their|my|his|her|its|your|of|for|from|with|to|and|or|at|in|on|by)\s)[\p{L}&'’-]+\s+){1,3}$/iu;
const BARE_QUALIFIED = /(?:\b(?:escalated|reported|went|talked|spoke|wrote|sent it|handed it|complained)\s+to|\b(?:called|phoned|rang|emailed|pinged|briefed|asked|told|looped in|pulled in|met)|\bwith)\s+((?:(?!(?:with|to|for|from|at|on|in|by)\s)[\p{L}&-]+\s+){1,2})$/iu;
// "the Payments engineering manager", "our security lead", "the Data Platform team lead"
const QUALIFIER_BEFORE = new RegExp(String.raw`(?:^|[^.!?\s]\s+|\s)(${FUNCTION}|[A-Z][\p{L}&-]*)(?:\steam['’]s)?\s+$`, 'iu');
// The candidate's own title is not a partner: "as launch TPM for Mobile", "I was the release manager".
const OWN_ROLE = new RegExp(String.raw`\b(?:(?<!\b(?:well|such)\s)as|I was|I am|I['’]m|I joined as|I served as)\s+(?:(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}|(?:the\s+|a\s+|an\s+)(?:[\p{L}'’-]+\s+){1,4})$|\bI (?:was|am)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}${ROLE}\s+and\s+(?:(?:the|a|an|acting|interim|also)\s+)*$`, 'iu');
const AS_TITLE = /(?:^|[.!?:;\n]\s*|[-*•]\s+)As\s+(?:[\p{L}'’-]+\s+){1,3}$/u;
const DETERMINERS = new Set(['the', 'my', 'our', 'a', 'an', 'his', 'her', 'their', 'your', 'this', 'that', 'each', 'every', 'some', 'any', 'one', 'another', 'team']);

// A surname with its particle run into it, after a given name only: "Maria DeSouza", "Kemi DaCosta", "Aoife MacLeod",
// "Ana DiMaggio". (Alone, or after a word that is no given name, a word so written is as often a product: "MacBook Pros",
// "DaVinci Resolve", "Blackmagic DaVinci Resolve".)
const RUN_IN_SURNAME = String.raw`(?:Mac|De|Da|Di|Du|Le|La|Van|Von)\p{Lu}\p{Ll}+`;
const RUN_IN_SURNAME_WORD = new RegExp(String.raw`^${RUN_IN_SURNAME}$`, 'u');
// Products whose names are so written, never a surname ("Max MacBook adapters").
const RUN_IN_PRODUCTS = new Set(['MacBook', 'MacBooks', 'DaVinci', 'LaTeX', 'DeFi', 'DevOps', 'DevSecOps', 'MacOS']);
// After one, a product's name goes on: "DaVinci Resolve", "MacBook Pro", "MacBook adapters".
const PRODUCT_NEXT = /^\s(?:Pro|Pros|Air|Airs|Resolve|Studio|Suite|adapters?|chargers?|cables?|docks?|laptops?|licen[cs]es?|seats?|machines?|units?|devices?)\b/u;

/**
 * Whether a run-in word after `given` is no surname: after a word that is no given name ("Blackmagic DaVinci"), a
 * product's name ("Max MacBook adapters"), or after a given name that is a common word opening its sentence ("Will
 * DaVinci Resolve handle it?").
 */
function runInIsNoSurname(text: string, at: number, given: string, runIn: string, end: number): boolean {
  if (!isGivenName(given) && !isNameWord(given)) return true;
  if (RUN_IN_PRODUCTS.has(runIn)) return true;
  return PRODUCT_NEXT.test(text.slice(end, end + 20)) || (isCommonWord(given) && SENTENCE_START.test(text.slice(Math.max(0, at - 4), at)));
}
// One or two capitalised words, each whole: "GitHub" or "RabbitMQ" (a capital inside) is a product.
const CAPITALISED_SOURCE = String.raw`(?<![\p{L}\p{N}'’])${NAME_WORD}(?:\s${NAME_WORD})?(?![\p{L}\p{N}])`;
const CAPITALISED = new RegExp(String.raw`(?<![\p{L}\p{N}'’])${NAME_WORD}(?:\s(?:${NAME_WORD}|${RUN_IN_SURNAME}))?(?![\p{L}\p{N}])`, 'gu');
// The same without a run-in surname, read again where the word before one is no given name.
const CAPITALISED_AT = new RegExp(CAPITALISED_SOURCE, 'uy');
// A word used as a modifier or after an article is a product or a company, never a person: "the Textly
// docs", "a Datadog dashboard".
const PRODUCT_AFTER =
  /^\s(?:docs?|documentation|api|apis|sdk|platform|service|services|cluster|clusters|console|dashboard|dashboards|account|accounts|contract|integration|app|apps|instance|instances|pipeline|jobs?|queue|topic|tables?|schema|license|licence|migration|upgrade|rollout|outage|incident|support|tickets?|board|project|channel|page|workspace|tenant|region|release|version|cloud|stack|engine|fleet|cutover|cut-over|team|teams|org|group|squad|program|programme)\b/i;
// …or a thing that has what software has ("Menutrack's portal", "Textly's API"), or one bought ("or buy Menutrack",
// "we licensed Textly"; not "bought Priya a coffee", a person given something).
const PRODUCT_OWNED = /^['’]s\s(?:portal|api|apis|sdk|platform|servers?|cloud|console|firmware|software|app|apps|website|plugin|connector|module|modules)\b/i;
const BOUGHT_BEFORE = /\b(?:buy|buying|bought|licen[cs]e|licen[cs]ed|licen[cs]ing|procure|procured|procuring|purchase|purchased|purchasing|subscribe to|subscribed to)\s$/i;
const GIVEN_AFTER = /^\s+(?:a|an|some|the|lunch|coffee|dinner|drinks|breakfast|time|flowers)\b/i;
// "Kenji's team", "Dana's sign-off": a person's name owning something people have.
const OWNED_BY_PERSON =
  /^\s(?:team|org|group|approval|sign-off|buy-in|concerns?|proposal|estimate|plan|view|call|budget|roadmap|objection|support|help|input|feedback|review|manager|director|lead|engineers|reports?)\b/i;
const ARTICLE_BEFORE = /\b(?:the|a|an)\s$/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// "Priya Nair" is a person; "Seller Central team" or "Atlas platform" is a thing.
const GROUP_AFTER = /^\s(?:team|org|group|service|platform|squad|program|project)\b/i;
const CAPITAL_START = /^\p{Lu}/u;
const ADVERB_OR_I = /^(?:I|[A-Z][a-z]*ly)$/;
const ARTICLE_BEFORE_WORD = /\b(?:the|our|their)\s+[A-Z][a-z]*ly\s+$/;
// People-shaped context around a capitalised word.
// A bare "with", "and", "from" or "by" is as likely to lead to a product, a place or a language ("replaced it
// with Magellan", "Sacramento and Fresno", "consultants from Nordic", "by Marsabit"), so "with" counts after a
// verb of working together or a meeting ("a call with", "a walk-through at T1 with"), and "by" after a
// participle.
const PERSON_BEFORE =
  /\b(?:convinced|persuaded|asked|told|met|go\s(?:and\s)?see|partnered|paired|called|emailed|messaged|pinged|briefed|coached|mentored|hired|promoted|thanked|escalated to|looped in|brought in|(?:pulled|pulling|roped|roping|called|dragged|drafted|patched|dialled|dialed)\s+in|cc['’]?d|reached out to|(?:spoke|speaking|talked|talking|wrote|writing|reported|apologi[sz]ed|listened|explained (?:it|this|that|the\s+\p{L}+)) to|(?:worked|working|partnered|paired|teamed up|met|sat(?: down)?|sitting(?: down)?|aligned|agreed|spoke|talked|chatted|negotiated|synced|checked(?: in)?|raised|discussed|shared|reviewed|escalated|consulted|co-wrote|planned|walked through|went through|wrote|ran|designed|drafted|debugged)(?:\s+(?:out|through)(?=\s+(?:it|this|that|them|the)\s)|\s+up)?(?:\s+(?:it|this|that|them|the\s+\p{L}+))?\s+(?:closely\s+)?with|(?:a|an|the|my|our|one|two|three|weekly|daily|regular|long|short|quick|first|second|joint|video|phone|zoom)\s+(?:[\p{L}-]+\s+)?(?:calls?|meetings?|chats?|sessions?|walk-?throughs?|workshops?|conversations?|lunch(?:es)?|coffees?|syncs?|catch-ups?|one-to-ones?|1:1s?|discussions?)(?:\s+(?:at|in|on|over)\s+[\p{L}\p{N}-]+)?\s+with|(?:ran|run|running|walked|walking|took|taking)\s+(?:[\p{L}-]+\s+){1,4}?past|(?:ran|run|running)\s+(?:it|this|that|them|(?:the|my|our)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)\s+by|walked|showed|gave|(?!(?:auto)?scaled\b|orchestrated\b|provisioned\b|powered\b|rendered\b|indexed\b|cached\b|routed\b|proxied\b|compiled\b|generated\b|parsed\b|ingested\b|balanced\b)\p{L}+(?:ed|en)\s+by)\s$/iu;
// What a capitalised word may be said to be, in apposition: "Merlin, the rules engine", "Pricer, the label
// vendor", "Morgan, our in-house ban-review tool".
const THING_NOUN = String.raw`(?:ledger|engine|system|platform|tool|database|consultancy|startup|start-up|integrator|insurer|lender|retailer|manufacturer|wholesaler|distributor|reseller|db|service|app|application|model|product|portal|dashboard|warehouse|pipeline|api|feed|scheduler|solver|bot|vendor|supplier|company|firm|bank|carrier|agency|library|framework|suite|module|gateway|queue|cluster|store|repository|repo|spreadsheet|tracker|report|programme|program|project|scheme|process|tool|game|title|app|site|website|brand|channel|show|podcast|newsletter|service|console|device|handset|phone|backend|forecast|algorithm|chatbot|robot|codebase|initiative|format|protocol|classifier|detector|scanner|checker|validator|simulator|optimi[sz]er|planner|router|crawler|parser|depot|hub|plant|factory|mill|yard|terminal|mine|pit|berth|sensor|controller|station|airport|campus|branch|clinic|hospital|facility|county|counties|region|district|borough|province|state|territory|territories|city|cities|town|village|suburb|area|zone|market|country|countries)`;
// The thing noun heads the appositive: "Parcelly, a B2B e-commerce platform doing $2.4B a year" is a thing;
// "Grace, the vendor's account manager" and "Gareth, the service owner" are people.
const THING_ENDS = String.raw`(?:\s[\w-]+){0,2}\s${THING_NOUN}s?\b(?!['’]s\b|\s+(?:${ROLE}|owners?|contacts?|reps?|representatives?|engineers?|staff|people)\b)(?=\s*(?:[,.;:!?)]|$)|\s+(?:to|in|for|with|that|which|who|and|based|from|on|at|of|we|I|behind|where|whose|serving|used|powering|running)\b)`;
// (Not a post over one: "Nomvula Dlamini, the head of service for the region", "Tim, the owner of the platform".)
const THING_APPOSITION = new RegExp(String.raw`^,\s(?:the|our|their|its|a|an)(?!(?:\s[\w-]+)?\s${ROLE}\s(?:of|for)\s)${THING_ENDS}`);
// A planner, a scheduler or a controller is a tool, a device or a post: after a full name, a post ("Darragh Kelly, our
// capacity planner", "Sarah Smith, the controller"; "Merlin, our route planner" is a tool). Its qualifiers are group 1.
const POST_OR_TOOL_APPOSITION = /^,\s(?:the|our|their|its|a|an)((?:\s[\w-]+){0,2})\s(planner|scheduler|controller)\b/;
// …and after one word, a post when a line of business qualifies it ("Kasia, our demand planner"; BUSINESS_POST_RE), or
// when it has a rank or a shift: "Kowalczyk, the senior vessel planner on nights".
const BUSINESS_POST_APPOSITION = new RegExp(String.raw`^,\s(?:the|our|their)\s(?:[\w-]+\s)?${BUSINESS_LINE}\s(?:planner|scheduler)\b`, 'i');
const RANKED_POST = /^,\s(?:the|our|their|its|a|an)(?:\s[\w-]+){0,1}\s(?:senior|junior|chief|deputy|assistant|duty|night|nights|shift|lead|head|principal)(?:\s[\w-]+){0,2}\s(?:planner|scheduler|controller)\b/;
// Surname particles: "van der", "de la", "Ó", "Ní", "Mac Giolla"; a surname after them is part of the name.
const PARTICLES = String.raw`(?:van|von|de|del|della|di|da|dos|das|du|le|la|der|den|ter|ten|zu|bin|binti|ibn|al|el|Ó|Ní|Nic|Mhic|Uí|Ua|Mac Giolla|Mac|Mc)`;
// A role in apposition, article or not: ", inventory control lead at the biggest site".
const ROLE_APPOSITION = new RegExp(String.raw`^,\s(?:(?:the|our|my|their|his|her|a|an)\s)?(?:[\p{L}-]+\s){0,3}?${ROLE}\b`, 'iu');
const PARTICLE_TAIL = new RegExp(String.raw`^(?:\s${PARTICLES}){1,3}\s\p{Lu}[\p{L}'’-]*`, 'u');
const PARTICLE_LAST = new RegExp(String.raw`\s${PARTICLES}$`, 'u');
const AFTER_PARTICLE = /^\s\p{Lu}[\p{L}'’-]*/u;
const PARTICLE_LEAD = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)(?:\s(?:van|von|de|del|della|di|da|dos|das|du|der|den|ter|ten|zu|bin|binti|ibn|al|el)){1,3}\s$/u;
// "Sherman, Tyler and Jasper, the three worst-hit counties": things said after a list are what each of it is.
const LIST_THEN_THINGS = new RegExp(String.raw`^(?:,\s\p{Lu}[\p{L}'’-]*)*,?\s(?:and|or|&)\s\p{Lu}[\p{L}'’-]*,\s(?:the|our|their|its|all|both)${THING_ENDS}`, 'u');
const THING_AFTER = new RegExp(String.raw`^\s(?:[\p{Ll}-]+\s)?${THING_NOUN}s?\b(?!['’]s\b)`, 'u');
// "a BD Rowa Vmax dispensing robot", "at our Newman East hub", "the Carrier and Thermo King gateways": an article
// (or the "and" of a list after one), or a maker's initials, before the name of a thing. (Not a name alone before
// the noun: "I showed Kofi site data".)
const ARTICLE_OR_MAKER_BEFORE = /(?:\b(?:a|an|the|our|their|its|and)\s(?:[A-Z]{2,}\s)?|\b[A-Z]{2,}\s)$/;
// "Hamilton's service organisation", "Beckman's instruments": what a company has, not a person. (Not "Priya's
// division" or "Okafor's organisation": a person's too.)
// An author's work or an eponym, not someone worked with: "from Brendan Gregg's book", "Conway's law".
// (Not "Lena Fischer's talks with the union", "Lena's rule was simple": a person's, who may be worked with.)
const AUTHORED = /^\s(?:[\p{L}-]+\s)?(?:books?|articles?|blog posts?|blog|papers?|podcasts?|courses?|videos?|newsletters?|law|razor|theorem)\b/u;
const OWNED_BY_COMPANY =
  /^\s(?:(?:service|sales|support|field|engineering)\s(?:organi[sz]ation|division|arm)|subsidiar(?:y|ies)|headquarters|plants?|factor(?:y|ies)|websites?|instruments|machines|hardware|firmware|catalog(?:ue)?s?|warehouses?|depots?)\b/iu;
// Names in a list that ends in a kind of machine: "a mix of Hamilton STAR, Tecan Fluent and Beckman Coulter
// Biomek units". A list: at least one comma or "and" ("Dana Lee models the demand" is a person).
const DEVICES = String.raw`\s(?:units|devices|machines|instruments|servers|scanners|printers|handsets|terminals|robots|vehicles)\b`;
const LIST_OF_DEVICES = new RegExp(
  String.raw`^(?:\s\p{Lu}[\p{L}\p{N}-]*)*(?:(?:,\s(?:and\s)?|\s(?:and|&)\s)\p{Lu}[\p{L}\p{N}-]*(?:\s\p{Lu}[\p{L}\p{N}-]*)*)+${DEVICES}`,
  'u',
);
// The last of such a list: "… and Beckman Coulter Biomek units".
const LAST_OF_DEVICES = new RegExp(String.raw`^(?:\s\p{Lu}[\p{L}\p{N}-]*)*${DEVICES}`, 'u');
const NEXT_CAPITAL = /^\s(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;
// A building, after a word of place: "posted to Kingsley House", "at the Town Hall". ("Mark Hall agreed" and
// "I asked Hall" are people.)
const BUILDING_LAST = new Set(['House', 'Hall', 'Building', 'Buildings', 'Campus', 'Wharf', 'Quay', 'Court', 'Bridge']);
const TO_A_PLACE = /\b(?:to|at|in|into|from|outside|inside|near|opposite|behind|on|over|across|under)\s(?:the\s)?$/i;
// A list of roles in brackets: "(Picker, Packer, Receiver, Problem Solver)".
const BRACKETED_LIST_BEFORE = /\(((?:\p{Lu}[\p{Ll}-]+,\s){2,})(?:and\s)?$/u;
// "a forecast, code-named Halina", "dubbed Atlas": a name given to a thing.
const CODE_NAMED = /(?:\bcode-?named|\bcodenamed|\bcode name|\bdubbed|\bnicknamed)\s$/i;
// An adverb or an auxiliary between a first name and a person's verb: "Grant then approved it", "Grant had signed it".
// (Read after one word only: "Consultants from Hartley Mercer had told the board" is a firm's.)
const PERSON_AFTER_ADVERB = /^\s(?:then|also|quickly|finally|later|first|eventually|immediately|personally|already|just|soon|promptly|reluctantly|had|has)(?=\s)/;
// Signs after a name that are not a verb: "Brown and I", "Tomasz, and he…", "Dev, who…", "Ama (payments)".
const NOT_A_VERB_AFTER = String.raw`\s(?:and I|and me)\b|,?\s(?:and|but|who|so)\s(?:he|she)\b|,\s(?:who|whose)\b|\s\([^)]*\)`;
const PERSON_AFTER = new RegExp(
  String.raw`^(?:${NOT_A_VERB_AFTER}|,\s(?:the|our|my|a|an)\b(?!${THING_ENDS})|,\sone of (?:my|our|the|their|his|her)\s(?:[\p{L}-]+\s)?(?:engineers|developers|leads|managers|analysts|testers|designers|planners|supervisors|reports|staff|team|colleagues|architects|operators|fitters|technicians|nurses|officers)\b|['’]s\s(?:team|org|approval|sign-off|concerns?|proposal|estimate|plan|view|call|budget|roadmap|objection|support|group)|\s(?:agreed|approved|signed|pushed|objected|owned|led|set up|stood up|spun up|put together|lined up|organi[sz]ed|arranged|sent|wrote|said|suggested|proposed|disagreed|committed|asked|wanted|insisted|joined|reviewed|confirmed|argued|accepted|refused|worried|challenged|ran|took|built|helped|raised|owns|leads|runs|handled|stepped in|volunteered|offered|emailed|messaged|pinged|replied|negotiated|championed|sponsored|escalated|vetoed|coached|mentored|promised|recommended|decided|chose|drafted|partnered|paired|told|warned|explained|reworked|rewrote|rebuilt|fixed|chased|mapped|reran|re-ran|traced|sketched|prototyped|spotted|noticed|interviewed|presented|pitched|trained|shadowed|flagged|nudged|debugged|patched|paged|phoned|rang|texted)\b)`,
);
// A participle and its agent after a name: "Grant approved by the council".
const PASSIVE_BY_AFTER = /^\s(?:[a-z]+ed|[a-z]+en|led|ran|took|built|sent|wrote|said|told|set up)\sby\s/;
// What PERSON_AFTER reads after a name, the verb ("Priya approved") apart from the rest ("Brown and I").
const VERB_AFTER = /^\s\p{Ll}/u;
const WITH_BEFORE = /\bwith\s$/i;
const PERSON_AFTER_OTHER = new RegExp(String.raw`^(?:${NOT_A_VERB_AFTER}|['’]s\s)`);
const PERSON_SIGN_AFTER = new RegExp(String.raw`^(?:${NOT_A_VERB_AFTER})`);
// Short forms of months that are given names too ("Jan Kowalski", "Jun Park"); "Jan 14" and "in Jun" stay dates.
const MONTH_OR_GIVEN_NAME = new Set(['Jan', 'Jun']);
// A message signed with a name and a team, where the quote ends: "…need a rollback plan in 30 mins. Nadia, Field Ops".
const SIGNED_OFF = new RegExp(String.raw`^,\s(?:[\p{L}-]+\s)?${FUNCTION}[.!]?["”']`, 'iu');
// "Marco from our largest reseller's integration team tested…", "Jo in Legal signed off": a first name, where
// the person sits, then something only a person does. ("Feedback from the pilot was…" has no such verb.)
const PERSON_FROM =
  /^\s(?:from|in)\s(?:[\p{L}&'’-]+\s){0,4}?(?:now|still|also)\s(?:uses|runs|owns|leads|chairs|reviews|checks|sends|signs off|asks|books|copies|reuses|shares|tracks)\b|^\s(?:from|in|at|on)\s(?:[\p{L}&'’-]+\s){0,6}?(?:set up|stood up|put together|organi[sz]ed|agreed|approved|signed|tested|reviewed|flagged|spotted|volunteered|objected|pushed|said|told|asked|insisted|warned|joined|owned|walked|paired|offered|wanted|refused|disagreed|challenged|argued|committed|sponsored|championed|chased|negotiated|secured|reworked|rewrote|rebuilt|fixed|handled|drove|sorted|arranged|mapped|checked|reran|re-ran|drafted|wrote|built|found|caught|traced|shared|sent|explained|showed|raised|called|emailed|and I|and me)\b|^\sfrom\s(?:the\s)?\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,3}[:;]\s(?:she|he)\s|^\sfrom\s\p{Lu}[\p{L}&-]*(?:\s\p{Lu}[\p{L}&-]*){0,2}['’]s\s(?:[\p{L}-]+\s){0,2}?(?:team|desk|side|office|support desk|service desk|help ?desk|account team|sales team|engineering team)\b|^\sfrom\s\p{Lu}[\p{L}&-]*(?:\s\p{Lu}[\p{L}&-]*){0,2}\s(?:field service|field services|service desk|support desk|account team|sales team|engineering team|integration team|support team|project team|commissioning team|site team)\b/u;
// "Rahul from Risk data science proposed a 5% canary": advice a person gives, but data and feedback do too
// ("Feedback from the pilot suggested a change"), so only after a word that is no common one.
const PERSON_FROM_ADVISED = /^\s(?:from|in|at|on)\s(?:[\p{L}&'’-]+\s){0,6}?(?:proposed|suggested|recommended|requested|advised)\b/u;
// "I made the plan with Kate from Legal", "Marco from the reseller's team", "Jo in Finance", "Kate from Legal
// department", "Kate of Legal": a first name, then the function or the team the person sits in, is a person's whatever
// verb stands before it or follows. The words after the preposition (group 1) are group 2, up to four: a function
// (FUNCTION_WORD), or words ending in one of TEAM_NOUN. (Not FUNCTION inside a regular expression with the Unicode
// flag: compiling it took about 190 ms, in a commit hook.)
const TEAM_WORDS = /^\s(from|in|of)\s(?:(?:the|our|their|your|its)\s)?([\p{L}&'’-]+(?:\s[\p{L}&'’-]+){0,3})/iu;
const TEAM_NOUN = /^(?:team|department|dept|org|organi[sz]ation|division|unit|group|squad|function|office|desk|side|crew|pod|tribe)$/i;
// …where the team's words end: at the clause's end, before a word that joins or places, or before a verb ("from
// Legal had doubts", "from Legal agreed"). Not before another noun: "from production logs".
const TEAM_ENDS =
  /^(?:\s*(?:[,.;:!?)]|$)|\s(?:and|or|&|who|whose|on|about|for|over|with|at|to|before|after|when|while|because|but|so|as|during|until|since|last|this|that|every|each|twice|once|again|too|also|then|early|weekly|daily|I|we|he|she|they|had|has|was|is|did|does|got|gets|made|makes|gave|came|went|knew|thought|felt|needed|wanted|saw|said|[a-z]+ed)\b)/u;
// Verbs that take or move a thing from a team, or put one to work in it: "migrated Orion from the data team",
// "reused Atlas from the platform team", "we launched Orion in Finance"; and a thing swapped in ("replaced the
// spreadsheet with Atlas from the platform team").
const TAKEN_FROM_BEFORE =
  /\b(?:moved|migrated|ported|borrowed|adopted|reused|re-used|took|copied|forked|inherited|imported|bought|licensed|sourced|ordered|received|downloaded|cloned|lifted|pulled|exported|extracted|removed|deleted|dropped|retired|transferred|shifted|rolled out|launched|piloted|deployed|released|shipped|replaced|swapped|retrieved|fetched|requested|got|obtained|separated|split|decoupled|carved out|spun out|used|ran|installed|enabled|disabled|tested)\s$|\b(?:replaced|swapped|substituted|integrated|merged|combined|bundled|compared|benchmarked)\b(?:\s[\p{L}\p{N}'’-]+){0,4}\swith\s$/iu;
// …but someone got to act is a person: "I got Kate from Legal to sign off".
const GOT_BEFORE = /\b(?:got|get|gets|getting)\s$/i;
const TO_ACT_AFTER = /^\sto\s(?:sign|review|check|approve|look|help|join|agree|confirm|own|lead|run|draft|write|walk|vet|read|redline)\b/;
// Where only a person would be said to be in or of a team: worked with or listed ("we launched Orion in Finance" is a
// thing put to work there, "the Atlas of Finance" a thing's name).
const PERSON_IN_BEFORE = /(?:\bwith|\band|&|,)\s$/u;
// …but not after what one starts or goes with: "we started with Orion in Finance", "went with Atlas in Ops".
const THING_WITH_BEFORE = /\b(?:started|began|piloted|trialled|trialed|experimented|went|stuck|launched|prototyped|tested)\b(?:\s[\p{L}\p{N}'’-]+){0,3}\swith\s$/iu;

/**
 * Whether a first name is said to sit in a function or a team: "with Kate from Legal", "I invited Kate from Legal to
 * review it", "with Jo in Finance". (Not at a sentence's start, where a noun is capitalised too: "Pushback from Legal
 * delayed the launch"; PERSON_FROM reads a verb only a person's there.)
 */
function inTeam(before: string, after: string): boolean {
  const m = TEAM_WORDS.exec(after);
  if (!m || SENTENCE_START.test(before)) return false;
  const rest = teamEnd(after, m);
  if (rest === undefined || (TAKEN_FROM_BEFORE.test(before) && !(GOT_BEFORE.test(before) && TO_ACT_AFTER.test(rest)))) return false;
  return m[1]!.toLowerCase() === 'from' || (PERSON_IN_BEFORE.test(before) && !THING_WITH_BEFORE.test(before)) || PERSON_BEFORE.test(before);
}

/** What follows the shortest team TEAM_WORDS found (`m`) whose words end where TEAM_ENDS says; none, undefined. */
function teamEnd(after: string, m: RegExpExecArray): string | undefined {
  const words = m[2]!.split(' ');
  let end = m[0].length - m[2]!.length;
  for (let k = 0; k < words.length; k++) {
    end += (k > 0 ? 1 : 0) + words[k]!.length;
    const team = TEAM_NOUN.test(words[k]!) || FUNCTION_WORD.test(words.slice(0, k + 1).join(' ')) || namesAUnit(words.slice(0, k + 1));
    if (team && TEAM_ENDS.test(after.slice(end))) return after.slice(end);
  }
  return undefined;
}

// A first name alone where only a person stands, with no verb of working together before it nor a person's act after
// it (two new users' trials: "I pulled the logs with Priya", "I got Priya to sign off", "got sign-off from Venkat" and
// "Fatima bought the scanners" named no partner). Each is read by firstNameAlone.
const WITH_ALONE_BEFORE = /\b(?:with|alongside)\s$/i;
// - After "with": not where a thing is swapped in, compared, signed or gone with ("replaced the solver with Magellan",
//   "went with Atlas", "signed with Textly"), nor, for a word no list knows as a given name, where a tool is used
//   ("built the model with Prophet", "an integration with Textly").
const SWAPPED_WITH_BEFORE =
  /\b(?:replaced|replacing|replace|swapped|swapping|swap|substituted|integrated|integrating|integrate|merged|combined|bundled|compared|benchmarked|signed|contracted|went|go|going|stuck|started|starting|start|began|begin|piloted|trialled|trialed|experimented|prototyped|launched|paired)\b(?:\s[\p{L}\p{N}'’-]+){0,4}\swith\s$/iu;
const TOOL_WITH_BEFORE =
  /\b(?:built|rebuilt|build|made|make|automated|scripted|tested|measured|monitored|tracked|modelled|modeled|hosted|deployed|powered|synced|ran|run|analy[sz]ed|visuali[sz]ed|processed|parsed|queried|scheduled|orchestrated|generated|trained|indexed|cached|stored|encrypted|forecast|predicted|scanned|checked|validated|solved|routed|replayed|load-tested|profiled|instrumented|certified|certifying|re-certified|re-certifying|recertified|recertifying|(?:integration|integrations|compatible|compatibility|compliant|compliance|familiar|experience|problems?|issues?|bugs?|outages?|incidents?|contracts?|agreements?|arrangements?|MoUs?|SLAs?|deals?|partnerships?|accounts?|subscriptions?|licen[cs]es?|shipped|shipping|ship))\b(?:\s[\p{L}\p{N}'’-]+){0,4}\swith\s$/iu;
// - Made to act: "got Priya to sign off" (not "got Stripe to production", "got it to work").
const MADE_TO_ACT_AFTER = /^\sto\s(?:[a-z]+ly\s)?(?!(?:production|prod|staging|market|launch|parity|work|scale|completion|the|a|an|our|their|its|all|every|go-live|zero|green|pass|compile|run|build|load|start|boot|respond)\b)[a-z]/;
// - After what people give: "sign-off from Venkat", "approval from Dana", "a call from Priya" (not "moved from Austin",
//   "data from Leipzig").
const GIVEN_FROM_BEFORE =
  /\b(?:sign-?offs?|signoff|approvals?|buy-in|go-ahead|green light|blessing|nod|OK|okay|permission|consent|help|advice|push-?back|thumbs-up|(?:a|an|the)\s(?:call|DM|message|text|ping|e-?mail|note|reply|phone call|heads-up|warning))\sfrom\s$/iu;
// …where the name ends its phrase: the clause ends, or goes on with a word that joins or places ("with Priya on the
// rota"), not with a noun the name is a thing's word before ("with Grant funding", "with Atlas data").
const ALONE_ENDS =
  /^(?:\s*(?:[,.;:!?)\n]|$)|\s\(|\s(?:and|or|&|on|in|at|to|for|from|over|about|before|after|during|until|while|when|because|but|so|then|who|whose|last|this|every|each|twice|once|again|too|also|early|late|weekly|daily|through|into|across|via|by|since|as|I|we|he|she|they|all|both|directly|closely|remotely|onsite|on-site)\b)/u;
const PAST_ADVERB = String.raw`(?:(?:also|then|quickly|finally|later|first|eventually|immediately|personally|herself|himself|already|just|soon)\s)?`;
const PAST_VERB = String.raw`(?:[a-z]+ed|${IRREGULAR_PAST.join('|')}|came)`;
// A verb in the past ("Sign-off from Venkat came on Friday")…
const PAST_VERB_AFTER = new RegExp(String.raw`^\s${PAST_ADVERB}${PAST_VERB}\b`);
// …and one that acts on something ("Fatima bought the scanners", "Priya signed off the budget", "Lukas rolled it back"),
// or that only a person does alone ("Jo resigned"); not "Orion shipped in May", "Austin moved to the new rota".
const PAST_ACT_AFTER = new RegExp(
  String.raw`^\s${PAST_ADVERB}(?:${PAST_VERB}(?:\s(?:off|up|back|out|down))?\s(?:the|a|an|my|our|their|his|her|its|this|that|these|those|it|them|him|me|us|every|each|all|both|two|three|four|five|\d|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu})|(?:resigned|quit|retired|apologi[sz]ed)\b)`,
  'u',
);
// - Opening a clause before a verb in the past: "Fatima bought the scanners", "…, and Priya signed off the budget" (a
//   known given name only, no common word's: "Grant funding arrived", "Will tested it" and "Mark the date" are no
//   one; nor a place's: "Sydney went live").
const CLAUSE_START_BEFORE = /(?:(?:^|\n)\s*(?:[-*•]\s*)?|[.!?:;]\s+|[,;]\s(?:and|but|so|then)\s|\b(?:then|when|once|after|before|until|because)\s)$/;

/** Whether `word` is a given name that is no common word: "Priya", "Fatima", "Tomasz"; not "Grant", "Will", "Atlas". */
export function isGivenName(word: string): boolean {
  return inWordList(GIVEN_NAMES, word.replace(ENDS_APOSTROPHE_S, '').toLowerCase());
}

/**
 * Whether one capitalised word, no common word's (`common` false), stands where only a person would: after "with", made
 * to act, after what people give, or, a known given name, opening a clause before a verb in the past (see above).
 */
function firstNameAlone(word: string, before: string, after: string, common: boolean): boolean {
  if (common || isPlace(word) || isFirm(word.replace(ENDS_APOSTROPHE_S, ''))) return false;
  const given = isGivenName(word);
  if (WITH_ALONE_BEFORE.test(before)) return ALONE_ENDS.test(after) && !SWAPPED_WITH_BEFORE.test(before) && (given || !TOOL_WITH_BEFORE.test(before));
  if (GOT_BEFORE.test(before)) return MADE_TO_ACT_AFTER.test(after);
  if (GIVEN_FROM_BEFORE.test(before)) return ALONE_ENDS.test(after) || PAST_VERB_AFTER.test(after);
  return given && CLAUSE_START_BEFORE.test(before) && PAST_ACT_AFTER.test(after);
}

// Last words of a place's name, which no department's name ends in: "Long Beach", "Palm Springs", "Menlo Park".
const PLACE_LAST = new Set(
  'Beach,Bay,Springs,Falls,Heights,Hills,Park,Grove,Creek,Harbor,Harbour,Valley,City,Island,Islands,Point,Cove,Coast,Shore,Ridge,Canyon,Mesa,Junction,Crossing,Flats,Bluff,Bluffs,Gardens,Village,Lakes,Sands,Keys'.split(','),
);
// …and a place's first word: "San Jose", "Santa Clara", "Fort Worth", "Lake Charles".
const PLACE_FIRST = new Set('San,Santa,Santo,São,Sao,Saint,St,Fort,Port,Porto,Puerto,Mount,Lake,Los,Las,El'.split(','));
// A discipline's last word that THING_LAST has for a firm's name ("Acme Assurance"), a department's after a function.
const DISCIPLINE_LAST = new Set(['Assurance', 'Planning', 'Logistics', 'Affairs', 'Commerce']);

/**
 * Whether two or three capitalised words name a place, not a department: a place known by name ("Hong Kong"), or one
 * told by a place's first or last word ("San Jose", "Long Beach", "Palm Springs").
 */
export function namesAPlace(words: readonly string[]): boolean {
  return words.length >= 2 && (isPlace(words.join(' ')) || PLACE_FIRST.has(words[0]!) || PLACE_LAST.has(words.at(-1)!));
}

/**
 * Whether two or three capitalised words name a department by its own name, as a company writes it: ending in a
 * function ("Field Operations", "Payments Ops", "Trade Compliance"; not "London Operations", a place's), or common words
 * that are nobody's name and no place's or thing's ("Export Documentation", "Accounts Payable"), or a function and a
 * discipline ("Quality Assurance", "Demand Planning"). Not a place ("Mong Kok", "Kansas City", "Silicon Valley", "Long
 * Beach", "Palm Springs", namesAPlace) nor a person ("Grace Park").
 */
function namesAUnit(words: readonly string[]): boolean {
  if (words.length < 2 || !words.every((w) => CAPITAL_START.test(w))) return false;
  const last = words.at(-1)!;
  if (isPlace(words.join(' '))) return false;
  if (FUNCTION_WORD.test(last)) return words.slice(0, -1).every((w) => !NOT_NAMES.has(w) || FUNCTION_WORD.test(w));
  if (namesAPlace(words)) return false;
  // (A discipline's last word that ends a firm's name too, after a function or common words: "Quality Assurance",
  // "Demand Planning"; not "Acme Assurance".)
  if (DISCIPLINE_LAST.has(last)) return words.slice(0, -1).every((w) => FUNCTION_WORD.test(w) || (isCommonWord(w) && !NOT_NAMES.has(w)));
  if (THING_LAST.has(last)) return false;
  return words.every((w) => isCommonWord(w) && !NOT_NAMES.has(w));
}

// "a backend called Helios", "a mobile RPG called Ember Tactics", "the tool is called Atlas": "called" or
// "named" names a thing, not a phone call to someone. ("The vendor called Priya", "After the outage I called
// Tomasz", "a mentor named Priya": a person phones, or is named. Nor "I built an aging report and called Tom
// Reed": a verb joined to an earlier one, after "and", "then" or the like, is a phone call.)
const PERSON_NOUN = String.raw`(?:${ROLE}|engineer|hire|contractor|colleague|mentor|mentee|peer|friend|boss|woman|man|person|guy|developer|designer|recruiter|intern|nurse|doctor|teacher|agent|rep|consultant|sre|buyer|planner|leader|driver|customer|client|user|student|researcher|founder|volunteer|patient|resident|member|parent|mother|father|daughter|son|wife|husband|child|caller|passenger|guest|tenant|pupil|employee|worker|technician|pharmacist|physician|surgeon|therapist|carer|caregiver|lady|gentleman)`;
// Words that cannot stand right before "called" in a thing's name: a pronoun ("a tool I called…") or a word joining
// verbs ("a report and called…"; "a Kafka and Flink pipeline called Atlas" is still a thing's).
const NOT_OF_A_THING = String.raw`(?:I|we|he|she|they|you|and|or|but|then|so|also|later|finally|quickly|immediately)`;
const NAMED_CALLED = new RegExp(
  String.raw`(?:\b(?:a|an|one)\s+(?:(?!(?:I|we|he|she|they|you)\s)[\p{L}-]+\s+){0,2}?(?!${PERSON_NOUN}s?\s)(?!${NOT_OF_A_THING}\s)[\p{L}-]+\s+|\b(?:is|was|are|were|be|been|being)\s+|so-)(?:called|named)\s$`,
  'iu',
);
// "Magellan built on a hand-rolled solver": a thing that is built on something, not a person building.
const BUILT_ON = /^\sbuilt\s+(?:on|around|in|into|for|with|using|from)\b/i;
// "Whitfield Castings and two other suppliers piloted it": one of several companies.
const ONE_OF_SEVERAL = /^\s(?:and|or)\s(?:two|three|four|five|six|several|a few|\d+)\s(?:other\s)?(?:suppliers|vendors|companies|firms|carriers|partners|banks|retailers|customers|clients|sites|stores|agencies|insurers|lenders|merchants|sellers|councils|trusts|hospitals|schools)\b/i;
// Capitalised words ending in one of THING_LAST, or two or more starting with one of THING_FIRST ("Porto Sem
// Papel"), name a place, an
// organisation, a scheme or a product, not a person: "Kansas City", "the Transport Department" (and its
// "Department" alone), "Project Lighthouse", "Carer's Allowance".
const MORE_CAPITALS = /^(?:\s\p{Lu}[\p{L}'’-]*)*/u;
const THING_FIRST = new Set(
  ('Project,Programme,Program,Operation,Mount,Lake,Port,Porto,Puerto,Fort,Saint,St,Santa,Santo,São,Sao,Sankt,Sainte,North,South,East,West,Northern,Southern,Eastern,Western,Central,Greater,Upper,Lower,Mid,National,Federal,International,Global,United,Advisory,Financial,Consumer,Transport,Post,Blue,Red,Green,White,Hurricane,Storm,Typhoon,Cyclone,Tropical,Corpus,' +
    // Spanish and Portuguese places and bodies: "Punta Arenas", "Cabo Frio", "Cooperativa Pesquera Austral".
    'Punta,Cabo,Isla,Bahía,Cerro,Lago,Cooperativa,Cooperativo,Cooperative,Sociedad,Sociedade,Compañía,Companhia,Fundación,Fundação,Grupo,Banco,Instituto').split(','),
);
// The trades of THING_LAST and ORG_LAST: a firm's last word that tells its industry and is nobody's surname (not "Power",
// "Mills" or "Waters", which are) nor given name (not "Marine").
const INDUSTRY_LAST =
  'Air,Aero,Aerotech,Aviation,Avionics,Technics,Maritime,Shipping,Seafood,Seafoods,Aqua,Aquaculture,Fisheries,Farms,Foods,Agri,Agro,Dairy,Mining,Minerals,Petroleum,Chemicals,Textiles,Packaging,Robotics,Medical,Biotech,Hydraulics,Instruments,Sensors,' +
  // A power utility's: "Ikeja Electric", "Ruhr Electricity".
  'Electric,Electricity';
const THING_LAST = new Set(
  ('City,Engine,Office,Department,Norte,Sul,Nord,Süd,Oeste,Mine,Festival,Allowance,Plus,Board,Ombudsman,Duty,Council,Authority,Agency,Ministry,Service,Services,Trust,Hospital,Infirmary,Academy,Associates,' +
    'University,College,School,Bank,Group,Partners,Labs,Systems,Solutions,Technologies,Road,Square,Station,Airport,Valley,River,Island,County,' +
    'District,Region,Province,Centre,Center,Cloud,Studio,Studios,Games,Works,Network,Networks,Energy,Insurance,Capital,Holdings,Industries,' +
    'Motors,Airlines,Airways,Rail,Railway,Railways,Media,Digital,Foundation,Institute,Commission,Committee,Tribunal,Regulator,Tower,Plaza,' +
    'Market,Mall,Fund,Act,Regulation,Directive,Standard,Framework,Portal,Hub,Gateway,Suite,Stack,Week,Day,Credit,Benefit,Pension,' +
    'Consulting,Software,Health,Healthcare,Pharma,Pharmacy,Retail,Telecom,Telecoms,Ventures,Brands,Stores,Markets,Utilities,Police,' +
    'Transit,Metro,Express,Direct,Online,Connect,Pay,Tech,Corporation,Limited,Company,Assurance,Planning,Freight,Couriers,Automotive,' +
    'Aerospace,Clinic,Clinics,Surgery,Pharmaceuticals,Diagnostics,Bakery,Imaging,Radiology,Castings,Plastics,Metals,Steel,Foundry,' +
    'Components,Electronics,Rewards,Affairs,Commerce,Logistics,Dermatology,Cardiology,Oncology,Orthopaedics,Orthopedics,' +
    'Paediatrics,Pediatrics,Wave,Phase,Tranche,Cohort,Pro,Creek,Flats,Bluff,Bluffs,Springs,Falls,Heights,Harbor,Harbour,Canyon,Mesa,Ridge,' +
    'Crossing,Junction,Award,Awards,Prize,Medal,Trophy,Fellowship,Scholarship,Memorial,Lecture,' +
    // Trades a contractor's name ends in: "Nkwe Civils", "Hallam Construction", "Moss Haulage".
    'Civils,Construction,Contracting,Contractors,Haulage,Builders,Scaffolding,Fabrications,' +
    // "Frío Sur", "Austral Ground Link" (a surname too: see SURNAME_PLACE_LAST).
    'Sur,Link,' +
    // The trade a firm's name ends in, which is no one's surname: "Westray Air", "Pennine Aero", "Baltic Aerotech",
    // "Fjordline Seafood", "Hallam Farms" (see INDUSTRY_LAST).
    INDUSTRY_LAST).split(','),
);
// A place's last word that is a surname too: "Sherman Ridge" and "Costa Mesa" are places, "Tom Ridge" and "Laura Mesa"
// people where a person's sign says so ("I met Laura Mesa", "Tom Ridge signed off", "Laura Mesa, our payments lead").
const SURNAME_PLACE_LAST = new Set(['Ridge', 'Mesa', 'Harbour', 'Harbor', 'Sur', 'Link']);
const SAID_AFTER = new RegExp(String.raw`^(?:${NOT_A_VERB_AFTER}|\s(?:agreed|approved|signed|said|suggested|proposed|objected|insisted|asked|told|disagreed|argued|committed|volunteered|offered|refused|warned)\b)`);

/** Whether a name ending in a place's word that is a surname too (`SURNAME_PLACE_LAST`) is said to be a person. */
function surnameOfAPlace(text: string, at: number, name: string): boolean {
  if (!SURNAME_PLACE_LAST.has(name.split(' ').at(-1)!.replace(ENDS_APOSTROPHE_S, ''))) return false;
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(at + name.length, at + name.length + 90);
  if (PERSON_BEFORE.test(before) || ROLE_APPOSITION.test(after) || SAID_AFTER.test(after)) return true;
  // "Link" and "Sur" end a firm's name only in words ("Austral Ground Link", "Frío Sur, the refrigeration contractor");
  // a given name and one of them, acting, is a person: "Jonas Link built the scripts", "Maria Sur joined the review"
  // (a review: a common German surname read as a firm).
  const words = name.split(' ');
  return words.length === 2 && /^(?:Link|Sur)$/.test(words[1]!.replace(ENDS_APOSTROPHE_S, '')) && ACTS_AFTER.test(after);
}
// A verb of a person's acting right after a name: "built", "ran", "joined".
const ACTS_AFTER = /^\s+(?:(?:also|then|quickly|first|later)\s+)?(?:[a-z]+ed|built|ran|wrote|led|took|made|gave|found|owned|set|held|kept|sent|met|saw|drove|brought|got|did|had|spent|told|taught|won|lost)\b/;
// "Loss Prevention", "Asset Management", "Business Transformation": a function or a discipline, not a surname.
// (Not -ity or -ics: "Sean Garrity", "Anna Petrovics".)
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ness)$/u;
const SAINT_BEFORE = /\bSt\.?\s$/;
// Two capitalised words where a place or a thing stands: "in Mong Kok", "from Tsuen Wan to Jordan", "the Lion
// Rock tunnel", "added Naver Clova OCR".
const PLACE_BEFORE = /\b(?:in|(?<!\b(?:bumped|ran|run|running)\s)into|onto|at|near|across|around|via|outside|inside|(?<=\b(?:anchor|anchored|waited|moored|lay|lying|sank|aground|drifted|stationed|offshore|wind farm)\s)off|the|a|an)\s$/i;
const GROUP_DETERMINER = /\b(?:the|our|their|its|all|both|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s$/i;
// A preposition of place with no article after it: "At Meridian Doris Pruitt waited" (not "the Queen Elizabeth Wing").
const AT_PLACE_NAME = /\b(?:in|into|at|near|across|around|via|outside|inside|from)\s$/i;
// "Werk Süd near Ingolstadt": a site, placed by the town it is near.
const NEAR_A_PLACE = /^\s(?:near|outside)\s\p{Lu}/u;
// "a startup in Bogotá, the bill grew": one word where a place stands is not taken for a person by what follows
// it ("Bogotá, the…" reads like "Dana, the PM"). ("I pulled in Dana, the SRE" is a person: "in" is part of the verb.)
const AT_A_PLACE = /\b(?<!\b(?:pull|brought|bring|loop|rope|call|drag|draft|sat|sit|fill|check|phone|let|kept|keep|got|get|copied|copy|cc['’]?d|cc|dial(?:l)?|bcc['’]?d)(?:ed|ing|s)?\s)(?:in|at|near|across|around|outside|inside)\s$/i;
const FROM_TO = /^\s(?:to|and)\s/;
// "met", of a standard met rather than someone met: "Both met Northgate's bar", "met Castellan's acceptance criteria" (the
// standard's owner named before it, STANDARD_AFTER: a written standard, not what a person sets or hopes for, "met Dana's
// deadline", "met Dana's expectations", where "met" says as much of a person as before).
const MET_BEFORE = /\bmet\s$/i;
const STANDARD_AFTER =
  /^\s(?:[\p{L}-]+\s)?(?:bar|standards?|requirements?|criteria|criterion|thresholds?|specs?|specifications?|SLAs?|SLOs?|rules|conditions|terms|benchmarks?|baselines?|checklists?|policy|policies|guidelines|definitions? of done|tests?)\b(?!\s+(?:team|group|squad|crew|org|department|people|lead|manager|owner)s?\b)/iu;
// "SAP Ariba Supplier Lifecycle": two words between an acronym and a third capitalised word name a product.
// ("our SAP SME Priya Nair", "the VP EMEA Ana Silva" are people.)
const ACRONYM_BEFORE = /\b\p{Lu}{2,}\s$/u;
const CAPITAL_AFTER = /^\s\p{Lu}/u;
const TIME_BEFORE = /\b(?:ahead of|during|in the run-up to)\s$/i;
const MODIFIER_AFTER = /^\s(?:[A-Z]{2,}\b|[\p{Ll}-]+\s(?:tunnel|bridge|line|route|road|depot|site|plant|office|building|campus|hub)\b)/u;
// "Tomasz on the mediation side", "Ama from the payments team": where one person sits.
const ON_SIDE = /^\s(?:on|in|from)\s(?:the|our|their)\s(?:[\p{L}-]+\s|(?:\p{Lu}[\p{L}-]*\s){2,3})(?:side|team|squad|desk)\b/u;
// A list that began after a place word is a list of places: "in Berlin, Munich and São Paulo".
const PLACE_LIST = /\b(in|at|near|across|around|via|from|to)\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?(?:,\s|\s(?:and|&)\s|,\sand\s))+$/u;
const JOIN_BEFORE = /(?:,\s|\s(?:and|&)\s|,\sand\s)$/;
// The rest of a list after one of its items, up to its "and", "or" or "&": ", Munich and São Paulo", " and Paris",
// ", the contact centre, Finance and the council's digital team" (an item in lower case opens with an article or a
// possessive, so "…, Doris Pruitt, had two MRIs rescheduled and…" is no list).
const LIST_CLOSES_AFTER = /^(?:,\s(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?|(?:the|our|their|its|his|her|my|a|an)\s[\p{L}'’.-]+(?:\s[\p{L}'’.-]+){0,3}))*,?\s(?:and|or|&)\s/u;
// …and one named after a plural word for places: "eight sites, among them Jackson, Shreveport and Key West". (Not
// the people of those places: "the managers of six warehouses, including Ravi Kumar".)
const PLACES_NAMED = new RegExp(
  String.raw`(?<!\b(?:${ROLE}s?|heads|leads|owners|staff|people|teams?|crews?|engineers|planners)\s(?:of|at|from|in|across)\s(?:[\p{L}\p{N}-]+\s){0,2})\b(?:sites|farms|stations|substations|offices|cities|towns|villages|depots|plants|hospitals|airports|ports|stores|branches|clinics|schools|regions|counties|states|countries|locations|mines|terminals|warehouses|hubs|campuses|airfields|yards),?\s(?:among them|including|such as|notably|namely|like)\s(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?(?:,\s|\s(?:and|&)\s|,\sand\s))*$`,
  'u',
);
// "the partner bank's programme director, Rafael Souza": a name in apposition to a role.
const ROLE_THEN_COMMA = new RegExp(String.raw`\b${ROLE},\s$`, 'i');
const QUOTE_BEFORE = /["“‘']$/;
const QUOTE_AFTER = /^["”’']/;
// "Harbour & Vine", "Ernst & Young", "Burns & McDonnell": either side of an ampersand between capitalised words.
const AMPERSAND_NAME_BEFORE = /\p{Lu}[\p{L}'’-]*\s?&\s?$/u;
// (Not before "& I", nor a full name: "Dana Whitfield & Tom Hale" are two people.)
const AMPERSAND_NAME_AFTER = /^\s?&\s?(?!I\b)\p{Lu}/u;
// "the Charlotte office", "our Austin site": a place, where one office or site of many is.
const OWNER_BEFORE = /\b(?:the|our|their|its|his|her|my|your)\s$/i;
const SITE_AFTER = /^\s(?:office|offices|site|depot|plant|branch|campus|warehouse|hub|yard|terminal)\b/;
// Last words that make a company of the two capitalised words before them, whatever those are: "Severn Vale
// Energy", "Calloway Sterling Systems". (Not "Portal" or "Hall": "Juan Carlos Portal" is a person.)
const ORG_LAST = new Set(
  `Energy,Insurance,Bank,Group,Partners,Labs,Analytics,Imaging,Systems,Solutions,Technologies,Holdings,Industries,Motors,Airlines,Capital,Consulting,Software,Healthcare,Pharma,Pharmaceuticals,Diagnostics,Ventures,Corporation,Limited,Company,Assurance,Telecom,Telecoms,Utilities,Logistics,Dermatology,Infirmary,Academy,Consultancy,Associates,${INDUSTRY_LAST}`.split(','),
);
// Last words of a place or an honour named for someone, which no one has as a surname: "Prince Charles Hospital",
// "the Isaac M. Cline Award" (the person is named, but no partner: he gave the award its name).
const NAMED_FOR_SOMEONE = new Set('Hospital,Infirmary,University,College,Airport,Award,Awards,Prize,Medal,Trophy,Fellowship,Scholarship,Memorial,Lecture'.split(','));
/** Whether `word` is one a company's name ends with, whatever the words before it: "Zenith Consulting", "Lyra Labs". */
export const isOrgLastWord = (word: string): boolean => ORG_LAST.has(word);
// The word a company's name ends with, right after a word: "our WMS vendor, Korbel Software" makes "Korbel"
// the company wherever it stands alone ("Gave Korbel the test logs").
const ORG_NEXT = new Set([...ORG_LAST].filter((word) => !['Academy', 'Infirmary', 'Dermatology'].includes(word)));
// Who a thing came from is its maker or supplier: "the connector from Fenwick Moreau", "firmware from
// Calloway Sterling". ("Feedback from Priya", "an email from Dana" are people's.)
const SUPPLIED_FROM = new RegExp(
  String.raw`\b(?:[Ff]irmware|[Ss]oftware|[Cc]onnectors?|[Mm]odules?|[Ll]icen[cs]es?|[Dd]evices|[Hh]ardware|[Kk]it|[Pp]arts|[Uu]nits|[Ee]quipment|[Pp]roducts?|[Ss]dks?|[Aa]pis?|[Ff]eeds?|[Ss]canners|[Mm]eters|[Pp]ads|[Ss]ervers|[Cc]hips|[Cc]omponents|[Hh]andsets|[Tt]erminals|[Vv]ans|[Tt]rucks|[Mm]achines|[Cc]onsultants|[Cc]ontractors|[Aa]uditors|[Aa]dvisers|[Aa]dvisors|[Aa]ssessors|[Ii]nspectors|[Ss]urveyors|[Ll]awyers|[Rr]epresentatives)\s+from\s+(${NAME_WORD}\s${NAME_WORD})(?![\p{L}\p{N}])`,
  'gu',
);
// A list of companies after a plural noun for them: "two large brokers, Marsh McLennan and Arthur J. Gallagher".
// Only a list: a name with another after it, or after another ("After we lost two suppliers, Dana Reyes
// rebuilt the plan" and "three vendors, Priya Nair and I…" are people).
const ORG_LIST_AFTER = /^(?:,\s(?:and\s)?|\s(?:and|&)\s(?!(?:I|me)\b))\p{Lu}/u;
const ORG_LIST_BEFORE =
  /\b(?:(?:brokers|insurers|vendors|suppliers|carriers|banks|retailers|lenders|resellers|distributors|consultancies|agencies|firms|manufacturers|integrators|wholesalers)(?:,|\ssuch\sas|\slike|\sincluding|:)|(?:schools|academies|hospitals|clinics|practices|surgeries|depots|warehouses|stores|branches|plants|sites|trusts|councils)(?:\sin\s\p{Lu}[\p{L}'’-]*)?(?:\ssuch\sas|\sincluding|:))\s(?:\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*)*(?:,\s|\s(?:and|&)\s|,\sand\s))*$/u;
// …the same, with another company already listed before this one.
const ORG_LIST_AFTER_ITEM =
  /\b(?:(?:brokers|insurers|vendors|suppliers|carriers|banks|retailers|lenders|resellers|distributors|consultancies|agencies|firms|manufacturers|integrators|wholesalers)(?:,|\ssuch\sas|\slike|\sincluding|:)|(?:schools|academies|hospitals|clinics|practices|surgeries|depots|warehouses|stores|branches|plants|sites|trusts|councils)(?:\sin\s\p{Lu}[\p{L}'’-]*)?(?:\ssuch\sas|\sincluding|:))\s(?:\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*)*(?:,\s|\s(?:and|&)\s|,\sand\s))+$/u;
// Words that open a sentence, capitalised only for that, before a name ("Then Dana fixed it"), and common
// adverbs ending in -ly ("Separately Orion was retired"). Only at a sentence's or a bullet's start: "Soon Lee"
// and "Even Hansen" are people's names elsewhere.
const LEAD_WORDS = new Set(
  'Then,When,After,Before,During,Once,While,So,But,And,Or,If,Because,Since,Although,Finally,However,Instead,Later,Next,Also,Eventually,Meanwhile,Initially,Today,Now,Here,There,Until,Unless,Where,Whether,Despite,Luckily,Fortunately,Unfortunately,Thankfully,Together,Alongside,Along,Only,Even,Still,Soon,With,Without,At,For,First'.split(','),
);
const ADVERB = /^[A-Z][a-z]+ly$/;
// A bullet or a sentence that starts with its verb: "- Asked Dana Whitfield for the logs", "Gave Korbel the test logs".
const PAST_TENSE = /^[A-Z][a-z]+ed$/;
// "Re-synced Sorter 2", "Hand-picked Lee": a hyphenated verb, lower-case after the hyphen, is no name.
const HYPHENATED_PAST = /^[A-Z][a-z]*-[a-z]+ed$/;
// (Not "Won": a given name too, "Won Park agreed".)
const IRREGULAR_PAST_OPENING = new Set(IRREGULAR_PAST.filter((word) => word !== 'won').map((word) => word[0]!.toUpperCase() + word.slice(1)));
const SENTENCE_START = /(?:(?:^|\n)\s*(?:[-*•]\s*)?|[.!?:;]\s+)$/;
// "the vendor's engineer, Dana, fixed the driver": a name in apposition to a person's job. (Not to a job a
// company can hold too: "our biggest client, Harrods,", "the partner, Ernst & Young,", "the auditor, KPMG,".)
const PERSON_JOB_THEN_COMMA =
  /\b(?:(?:engineering |product |program |project |account |general )?manager|director|lead|head|vp|architect|engineer|analyst|designer|scientist|counsel|lawyer|recruiter|specialist|officer|controller|supervisor|co-?ordinator|foreman|superintendent|colleague|mentor|sre|researcher|admin|technician|nurse|doctor|pharmacist|clinician|grad|graduate|intern|apprentice|trainee|hire|joiner|starter|teammate|peer|patient|resident|caller|passenger|pupil|student|tenant|mother|father|daughter|son|wife|husband|parent|child|carer|caregiver|(?<!\d\s?)pm|em|tpm)s?,\s$/i;
const APPOSITION_CLOSE = /^(?:[,;:.)]|\s(?:and|&)\s)/;
// People named after a plural word for them: "patients such as Doris, Ana and Tom", "residents, including Ana".
const PEOPLE_NAMED =
  /\b(?:patients|residents|callers|passengers|pupils|students|tenants|parents|families|nurses|doctors|colleagues|engineers|people),?\s(?:among them|including|such as|notably|namely|like)\s(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?(?:,\s|\s(?:and|&)\s|,\sand\s))*$/iu;
// Someone chosen for a post or over another person: "I picked Anjali over a more senior candidate", "chose Dev as the
// tech lead", "selected Ana to lead the migration" (a twenty-ninth user's trial: "picked Anjali over a more senior
// candidate" named no partner, and report --redact left her name). Not a tool chosen over another ("picked Kafka over
// RabbitMQ", "chose Pinecone over the other two candidates", "selected Snowflake as the lead vendor").
const CHOSEN_BEFORE = /\b(?:picked|chose|selected|appointed|nominated|shortlisted|backed|preferred|put forward)\s$/i;
const CHOSEN_AS_PERSON = new RegExp(
  String.raw`^\s(?:(?:over|instead of|ahead of|rather than|in place of)\s(?:a|an|the|two|three|several|other|another|\d+)\s(?:(?:more|less|much|far)\s)?(?:(?:senior|junior|experienced|qualified|external|internal|older|younger|tenured|veteran)\s(?:candidates?|applicants?|hires?)|(?:[\p{L}-]+\s)?(?:engineers?|hires?|developers?|designers?|analysts?|managers?|tpms?|pms?|ems?|architects?|scientists?|interns?|colleagues?|peers?|teammates?|people))|as\s(?:the|our|my|a|an)\s(?:new\s|first\s|next\s)?(?:tech lead|team lead|lead|engineering manager|manager|mentor|buddy|dri|deputy|successor|replacement|incident commander|on-call lead|scrum master|point of contact)|to\s(?:lead|head|mentor|coach))\b(?=\s*[,.;:!?)]|\s*$|\s(?:for|on|of|in|and|to|while|when|because|who|with|the|a|an|our|my|this|that|its)\b)`,
  'iu',
);
// Ends in -s: a candidate for the common-word list ("Sellers from Spain asked…" is a group, "Jonas on the
// Sales Ops team" a person).
const PLURAL = /s$/;
// Regulators, consultancies, vendors, payment firms and carriers that "sign off", "run" or "agree" like a person would:
// never a person's name, and another party where the story works with them (scope.ts: "worked with Accenture and Stripe").
const FIRM_NAMES: readonly string[] = (
  'Ofcom,Ofgem,Ofwat,Ofsted,Ofqual,Medicare,Medicaid,Capita,Accenture,Deloitte,Capgemini,Infosys,Wipro,Cognizant,' +
  'Atos,Sopra,Steria,Mckinsey,McKinsey,Bain,Gartner,Forrester,Kpmg,Ericsson,Nokia,Huawei,Siemens,Cisco,Juniper,' +
  'Vodafone,Verizon,Comcast,Openreach,Telefonica,Samsung,Bosch,Philips,Cerner,Epic,Meditech,Experian,Equifax,Visa,' +
  'Mastercard,Amex,Paypal,PayPal,Klarna,Worldpay,Fiserv,Jumio,Onfido,Tesco,Walmart,Costco,Ocado,Uber,Lyft,Airbnb,Spotify,' +
  'Unity,Valve,Sony,Nintendo,Xbox,Playstation,PlayStation,Fedex,FedEx,Dhl,Ups,Evri,Hermes,Maersk,Kyndryl,Genpact,' +
  'Tcs,Hcl,Mphasis,Softbank,Rakuten,Alibaba,Tencent,Baidu,Zebra,Honeywell,Rockwell,Schneider,Fanuc,Kuka,Abb,' +
  'Stripe,Adyen,Braintree'
).split(',');
const FIRMS = new Set(FIRM_NAMES.map((name) => name.toLowerCase()));
// Firms and brands named as a person would be, a given name and a surname or a title and a surname, known by name
// and rarely anyone's: "Morgan Stanley signed the contract", "Dr. Oetker's ops team". ("Morgan agreed", "Stanley
// Morgan signed" and "Dr. Mackay's team" are people; names as often a person's as a firm's, "Paul Smith", "John
// Lewis", "Ted Baker", stay people but where what follows says otherwise, "the Paul Smith concessions".)
const FIRM_FULL_NAMES: ReadonlySet<string> = new Set(
  ('Morgan Stanley,Goldman Sachs,Wells Fargo,Merrill Lynch,Charles Schwab,Marsh McLennan,Booz Allen,Arthur Andersen,' +
    'Estée Lauder,Calvin Klein,Ralph Lauren,Tommy Hilfiger,Hugo Boss,Jimmy Choo,Johnson Matthey,Dr Oetker,Dr Pepper').split(','),
);
/** Whether a name of two words ("Morgan Stanley", "Dr. Oetker's") is a firm's or a brand's known by name. */
const isFirmFullName = (name: string): boolean => FIRM_FULL_NAMES.has(name.replace(ENDS_APOSTROPHE_S, '').replace(/^(Dr|Mr|Mrs|Ms)\.\s?/, '$1 '));

/** Whether a capitalised word is a firm or public body known by name, in any case: "Accenture", "KPMG", "Worldpay". */
export const isFirm = (word: string): boolean => /^\p{Lu}/u.test(word) && FIRMS.has(word.toLowerCase());

// Countries, regions and cities, as written ("New York" as its two words): where a name could sit, and where a team or an
// office moves to ("we moved to Bengaluru").
const PLACES =
  'Europe,Asia,America,India,China,Japan,Germany,London,Seattle,Berlin,Dublin,' +
  'Spain,France,Italy,Portugal,Ireland,Britain,England,Scotland,Wales,Poland,Netherlands,Holland,Belgium,' +
  'Sweden,Norway,Denmark,Finland,Austria,Switzerland,Greece,Turkey,Mexico,Brazil,Argentina,Chile,Colombia,' +
  'Peru,Canada,Australia,Singapore,Korea,Vietnam,Indonesia,Philippines,Thailand,Malaysia,Taiwan,' +
  'Israel,Egypt,Nigeria,Kenya,Africa,Emea,Apac,Latam,Americas,Nordics,Benelux,Iberia,Paris,Madrid,' +
  'Barcelona,Milan,Rome,Munich,Frankfurt,Hamburg,Amsterdam,Brussels,Stockholm,Warsaw,Prague,Vienna,Zurich,' +
  'Tokyo,Osaka,Beijing,Shanghai,Shenzhen,Mumbai,Bangalore,Bengaluru,Hyderabad,Delhi,Pune,Chennai,Sydney,' +
  'Melbourne,Toronto,Vancouver,Chicago,Boston,Atlanta,Manchester,Leeds,Birmingham,Krakow,Kraków,Wroclaw,Wrocław,' +
  'Gdansk,Gdańsk,Bucharest,Lisbon,Tallinn,Riga,Vilnius,Kyiv,Kiev,Lviv,Budapest,Belgrade,Zagreb,Athens,Istanbul,Dubai,' +
  'Cairo,Lagos,Nairobi,Johannesburg,Seoul,Taipei,Manila,Jakarta,Hanoi,Bangkok,Noida,Gurgaon,Gurugram,Kolkata,Cebu,' +
  'Glasgow,Edinburgh,Bristol,Cardiff,Belfast,Slough,Swindon,Reading';
const PLACE_SET = new Set([...PLACES.split(','), 'New York', 'New Zealand', 'San Francisco', 'Los Angeles', 'Las Vegas', 'Hong Kong', 'Milton Keynes']);

/** Whether `words` (one word, or two apart by a space: "Hong Kong") name a country, region or city ("Bengaluru"). */
export const isPlace = (words: string): boolean => PLACE_SET.has(words);

const NOT_NAMES = new Set([
  ...FIRM_NAMES,
  ...(
    'I,Dr,Mr,Mrs,Ms,Prof,The,A,An,My,Our,We,They,He,She,It,This,That,These,Those,Then,When,After,Before,During,Once,While,' +
    'His,Her,Their,Its,Someone,Somebody,Anyone,Anybody,Everybody,None,Each,Both,Neither,Either,Few,Many,Most,Some,' +
    'Several,Others,Another,One,Two,Three,Four,Five,Six,Seven,Eight,Nine,Ten,All,Any,Every,Nothing,Everything,' +
    'Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday,January,February,March,April,May,June,July,' +
    'August,September,October,November,December,Jan,Feb,Mar,Apr,Jun,Jul,Aug,Sep,Sept,Oct,Nov,Dec,Q1,Q2,Q3,Q4,Prime,Day,Black,Cyber,Christmas,Easter,' +
    'Amazon,AWS,Google,Microsoft,Apple,Meta,Netflix,Azure,Kafka,Redis,Postgres,PostgreSQL,MySQL,Oracle,' +
    'Kubernetes,Docker,Terraform,Jenkins,Jira,Slack,Confluence,Excel,Sheets,Snowflake,Spark,Airflow,' +
    'Datadog,Splunk,Salesforce,Workday,Zendesk,GitHub,GitLab,Java,Python,Go,Rust,Scala,Swift,Kotlin,' +
    'Android,Linux,Windows,Lambda,DynamoDB,Aurora,Redshift,Tableau,Looker,Grafana,Prometheus,Okta,' +
    'Engineering,Product,Sales,Finance,Legal,Security,Marketing,Support,Operations,Design,Platform,Data,' +
    'Payments,Billing,Infrastructure,Compliance,Privacy,Procurement,Leadership,' +
    'Sev,Sev1,Sev2,SLA,SLO,API,Stakeholders,' +
    'Customers,Customer,Users,Team,Teams,Everyone,Nobody,Management,Finally,However,Instead,Later,Next,' +
    'First,Second,Third,Last,Also,So,But,And,Or,If,Because,Since,Although,Yes,No,' +
    // Tools and products that sit where a name could ("with Jenkins", "to Kinesis").
    'Kinesis,Hadoop,Hive,Presto,Trino,Flink,Pulsar,Elasticsearch,Kibana,Sentry,Nginx,Envoy,Istio,Helm,' +
    'Ansible,Puppet,Bazel,Gradle,Maven,Xcode,Firebase,Amplitude,Mixpanel,Segment,Optimizely,' +
    'Shopify,Magento,Twilio,Fastly,Akamai,Cloudflare,Heroku,Vercel,Zoom,Outlook,Notion,Asana,' +
    'Trello,Miro,Figma,Lucid,Greenhouse,Gong,React,Angular,Node,Spring,Boot,Django,Rails,Ruby,Perl,Bash,' +
    'Javascript,Typescript,Swagger,Postman,Cypress,Selenium,Jest,Playwright,Lambda,Fargate,Graviton,Kafka,' +
    'Glue,Athena,Databricks,Dataflow,Pub,Sub,Cloud,Actions,Pages,Copilot,Teams,Sharepoint,Word,Jupyter,' +
    'Bitbucket,Artifactory,Nexus,Vault,Consul,Nomad,Argo,Spinnaker,Harness,Buildkite,Opsgenie,' +
    'Statuspage,Honeycomb,Lightstep,Jaeger,Zipkin,Loki,Tempo,Thanos,Cortex,Pagerduty,Servicenow,Sev0,Sev3,' +
    'Monday.com,Smartsheet,Airtable,Coda,Quip,Chime,Webex,Teams,Alexa,Kindle,Echo,Ring,Fire,Prime,Whole,Foods,' +
    // Places (PLACES) and holidays that sit where a name could ("launched in Spain and France", "from Golden
    // Week"), and words in two-word place and event names ("New York", "Hong Kong", "Royal Mail", "Boxing Day").
    `${PLACES},` +
    'Zealand,Keynes,New,York,San,Francisco,Los,Angeles,Las,Vegas,Hong,Kong,Golden,Week,Royal,Mail,Boxing,Labor,' +
    'Labour,Memorial,Singles,Lunar,Year,Ramadan,Diwali,Thanksgiving,Halloween,' +
    // Languages and nationalities ("sessions in German and Turkish", "screens in English, Yoruba and Pidgin").
    'English,Spanish,French,German,Italian,Portuguese,Dutch,Polish,Turkish,Arabic,Hindi,Tamil,Telugu,Bengali,Marathi,Urdu,' +
    'Punjabi,Gujarati,Kannada,Malayalam,Mandarin,Cantonese,Chinese,Japanese,Korean,Vietnamese,Thai,Indonesian,Malay,' +
    'Swahili,Yoruba,Igbo,Hausa,Pidgin,Amharic,Welsh,Irish,Gaelic,Russian,Ukrainian,Greek,Hebrew,Persian,Farsi,Filipino,' +
    'Tagalog,Somali,Romanian,Hungarian,Czech,Swedish,Norwegian,Danish,Finnish,British,American,European,Asian,African,' +
    'Indian,Canadian,Australian,Mexican,Brazilian,Nigerian,Kenyan,' +
    // Words that are capitalised only because they start a sentence or a bullet.
    'At,In,On,For,From,To,With,Without,Within,Across,Over,Under,Between,Into,Through,Around,Until,Unless,Where,What,' +
    'Why,How,Who,Which,Whether,Per,Via,Given,Despite,Overall,Initially,Eventually,Meanwhile,Today,Now,Here,There,St,Saint,' +
    // Plurals of work jargon that no word list holds ("Devs from the payments team signed off").
    'Devs,Execs,Admins,Techs,Reps,Ops,Engs'
  ).split(','),
]);

/** Whether `word` is one the detection never takes for a name: a weekday, a tool, a team, a place ("Monday", "Slack"). */
export const notAName = (word: string): boolean => NOT_NAMES.has(word);

const PERSON_WHO_RUNS =
  /\bthe (?:lady|woman|man|guy|gentleman|chap|person|fellow|colleague) who (?:manages|managed|runs|ran|leads|led|owns|owned|heads|headed|handles|handled|coordinates|coordinated|oversees|oversaw|looks after|looked after|(?:is|was) in charge of)\b(?= (?:the |our |their |all )?[\p{L}-]+)/giu;

export function findPartnerMentions(text: string): PartnerMention[] {
  const found: PartnerMention[] = [];
  // Where each mention ends, so a name listed right after one is found without rescanning them all.
  const ends = new Set<number>();
  const add = (index: number, match: string, kind: PartnerMention['kind'], indefinite = false): void => {
    found.push(indefinite ? { index, length: match.length, text: match, kind, indefinite } : { index, length: match.length, text: match, kind });
    ends.add(index + match.length);
  };
  // Each word is looked up once: a word used a thousand times would otherwise rescan the text a thousand times.
  const uses = new Map<string, ThingUse>();
  const useOf = (word: string): ThingUse => {
    let known = uses.get(word);
    if (known === undefined) uses.set(word, (known = thingUse(text, word)));
    return known;
  };
  for (const m of text.matchAll(C_LEVEL_RE)) add(m.index, m[0], 'role');
  const chiefs: Range[] = [];
  for (const m of text.matchAll(CHIEF_RE)) {
    add(m.index, m[0], 'role');
    chiefs.push([m.index, m.index + m[0].length]);
  }
  // "the lady who manages room bookings in Estates": one person, known by the post they hold.
  for (const m of text.matchAll(PERSON_WHO_RUNS)) add(m.index, m[0], 'role');
  // A titled name is found once: "Professor Lang" is not also a two-word name, nor "Mr. Osei" also "Osei".
  const titled: Range[] = [];
  for (const m of text.matchAll(HONORIFIC_RE)) {
    // (A firm named with a title is no one's name, but its surname alone is no person's either: "Dr. Oetker's".)
    if (!isFirmFullName(m[0])) add(m.index, m[0], 'name');
    titled.push([m.index, m.index + m[0].length]);
  }
  const rolesAsThings = new Map<string, boolean>();
  for (const m of text.matchAll(ROLE_RE)) {
    if (inRanges(m.index, chiefs)) continue;
    if (OWN_ROLE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "As Project Kestrel lead, I owned…": the candidate's title, said before "I" or "my".
    if (AS_TITLE.test(text.slice(Math.max(0, m.index - 60), m.index)) && /^,\s+(?:I|my)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    const end = m.index + m[0].length;
    const tail = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // ("the VP Product" is a head of product, not the VP's product.)
    const terse = terseHead(m[0], before, tail);
    if (!terse && roleIsAThing(text, before, m[0], rolesAsThings)) continue;
    // "head of maths" anywhere; "the matron for acute medicine" when it is the one person in that post.
    const ofAnything = HEAD.test(m[0]) || (PERSON_ROLE.test(m[0]) && THE_BEFORE.test(before));
    const ofFunction = OF_FUNCTION.exec(tail);
    const of = (ofFunction && !IT_LOWER.test(ofFunction[0]) ? ofFunction : null) ?? OF_PROPER.exec(tail) ?? (ofAnything ? OF_ANYTHING.exec(tail) : null) ?? terse;
    if (of) add(m.index, m[0] + of[0], 'role');
    // "the Salesforce partner" is a company that partners with us; "the Payments partner" a person in a function.
    else if (/^partner$/i.test(m[0]) && PROPER_BEFORE.test(before) && !FUNCTION_QUALIFIED.test(before)) continue;
    // "a network analyst queried the jump", "an SRE manager joined the call": one of many in that function, not
    // a post the interviewer can picture. (Tied to its team after it, it stays one: "a product manager from the
    // payments team", above.)
    else if (isQualified(before) || (PERSON_ROLE.test(m[0]) && hasOwnQualifier(before))) add(m.index, m[0], 'role', INDEFINITE_BEFORE.test(before));
  }
  for (const m of text.matchAll(BUSINESS_POST_RE)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (OWN_ROLE.test(text.slice(Math.max(0, at - 60), at)) || THING_AFTER_ROLE.test(text.slice(at + m[1]!.length, at + m[1]!.length + 40))) continue;
    add(at, m[1]!, 'role');
  }
  for (const m of text.matchAll(INITIAL_RE)) {
    const surname = m[1]!.replace(ENDS_APOSTROPHE_S, '');
    if (NOT_NAMES.has(surname) || FUNCTION_WORD.test(surname) || LABEL_BEFORE_INITIAL.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (NAMED_FOR_SOMEONE.has(NEXT_CAPITAL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1] ?? '')) continue;
    // "Arthur J. Gallagher" in a list of brokers: the initial's first name is part of the company's name.
    const firstName = /(\p{Lu}[\p{L}'’-]*)\s$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
    if (ORG_LIST_BEFORE.test(text.slice(Math.max(0, m.index - 120 - (firstName?.[0].length ?? 0)), m.index - (firstName?.[0].length ?? 0)))) continue;
    // "Doris J. Pruitt": the given name before the initial is the same person's, so --redact hides it too. (Not a
    // word capitalised only as a sentence's first: "Then J. Ortiz agreed".)
    const given = firstName && /^\s?$/.test(text.slice(m.index - 1, m.index)) ? firstName[1]! : undefined;
    const withGiven =
      given !== undefined && !NOT_NAMES.has(given) && !LEAD_WORDS.has(given) && !FUNCTION_WORD.test(given) && !(isCommonWord(given) && SENTENCE_START.test(text.slice(Math.max(0, m.index - firstName![0].length - 4), m.index - firstName![0].length)));
    const start = withGiven ? m.index - firstName![0].length : m.index;
    titled.push([start, m.index + m[0].length]);
    add(start, text.slice(start, m.index + m[0].length), 'name');
  }
  // A supplier's name, unless somewhere else it acts as a person does ("…from Priya Nair; Priya Nair agreed").
  const suppliers = new Set([...text.matchAll(SUPPLIED_FROM)].map((m) => m[1]!).filter((name) => !actsAsPerson(text, name)));
  // Where the owner of a person's post in apposition starts: "Shieldline's" in "Hye-jin, Shieldline's solutions engineer".
  const owners = new Set<number>();
  const stops: StopScan = { text, placesIn: new Map() };
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    const runIn = m[0].split(' ');
    if (runIn.length === 2 && RUN_IN_SURNAME_WORD.test(runIn[1]!) && runInIsNoSurname(text, m.index, runIn[0]!, runIn[1]!, m.index + m[0].length)) {
      CAPITALISED_AT.lastIndex = m.index;
      const alone = CAPITALISED_AT.exec(text);
      if (!alone) continue;
      m = alone;
      CAPITALISED.lastIndex = m.index + m[0].length;
    }
    // "Then Dana fixed it", "So Priya Nair agreed": a word capitalised only as the sentence's first is no part
    // of a name; read on from the word after it.
    const [first, second] = m[0].split(' ');
    const leads = second !== undefined && (LEAD_WORDS.has(first!) || HYPHENATED_PAST.test(first!) || ((ADVERB.test(first!) || PAST_TENSE.test(first!) || IRREGULAR_PAST_OPENING.has(first!)) && isCommonWord(first!)));
    if (leads && SENTENCE_START.test(text.slice(Math.max(0, m.index - 4), m.index))) {
      CAPITALISED.lastIndex = m.index + first!.length + 1;
      continue;
    }
    // "At Meridian Doris Pruitt waited": where a place stands, two words taken for a place's name that a third
    // capitalised word follows are read again from the second, so that the name after the place is not lost.
    if (second !== undefined && AT_PLACE_NAME.test(text.slice(Math.max(0, m.index - 30), m.index)) && NEXT_CAPITAL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) {
      CAPITALISED.lastIndex = m.index + first!.length + 1;
    }
    const listBefore = text.slice(Math.max(0, m.index - 120), m.index);
    const inOrgList = ORG_LIST_AFTER_ITEM.test(listBefore) || (ORG_LIST_BEFORE.test(listBefore) && ORG_LIST_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)));
    if (inRanges(m.index, titled) || suppliers.has(m[0].replace(ENDS_APOSTROPHE_S, '')) || inOrgList || isFirmFullName(m[0]) || owners.has(m.index)) continue;
    const words = m[0].split(' ');
    // "Jun Park", "Jun and I": a month's short form that is also a given name, with a surname or a person's sign after it.
    const given = MONTH_OR_GIVEN_NAME.has(words[0]!) && ((words.length === 2 && !isCommonWord(words[1]!)) || PERSON_SIGN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)));
    if (words.some((w, i) => (NOT_NAMES.has(w.replace(ENDS_APOSTROPHE_S, '')) && !(i === 0 && given)) || FUNCTION_WORD.test(w.replace(ENDS_APOSTROPHE_S, '')))) continue;
    // "Validation, the step in which officers check…": a common abstract noun is nobody's name, alone or last.
    if ((THING_LAST.has(words.at(-1)!.replace(ENDS_APOSTROPHE_S, '')) && !surnameOfAPlace(text, m.index, m[0])) || (words.length === 2 && ABSTRACT_NOUN.test(words[1]!.replace(ENDS_APOSTROPHE_S, ''))) || (words.length === 1 && ABSTRACT_NOUN.test(words[0]!.replace(ENDS_APOSTROPHE_S, '')) && isCommonWord(words[0]!)) || (words.length === 2 && THING_FIRST.has(words[0]!.replace(ENDS_APOSTROPHE_S, '')))) {
      // …with the capitalised words that go on after it: "Porto Sem Papel" is one name, not "Papel" too.
      if (THING_FIRST.has(words[0]!.replace(ENDS_APOSTROPHE_S, ''))) CAPITALISED.lastIndex = m.index + m[0].length + MORE_CAPITALS.exec(text.slice(m.index + m[0].length))![0].length;
      continue;
    }
    // "Morgan's sign-off", where Morgan is "our in-house ban-review tool" elsewhere: a possessive is a thing's
    // only on that evidence, not after an article ("the Textly docs"; "Kenji's team").
    if (words.length === 1 && (ENDS_APOSTROPHE_S.test(words[0]!) ? useOf(words[0]!.replace(ENDS_APOSTROPHE_S, '')).named : useOf(words[0]!).product)) continue;
    // …and a name of two or more words said anywhere to be a thing: "Zielona Góra, the cold-chain depot" makes
    // "Zielona Góra kept dispatching" the depot.
    if (words.length > 1 && useOf(m[0].replace(ENDS_APOSTROPHE_S, '')).named) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 90);
    if (SAINT_BEFORE.test(before) || BUILT_ON.test(after) || ONE_OF_SEVERAL.test(after) || PLACES_NAMED.test(listBefore)) continue;
    // "sequenced the rollout: Cà Mau in week one, …, then Bạc Liêu.": the stops of a rollout's order are its sites.
    if (!ENDS_APOSTROPHE_S.test(m[0]) && rolloutStop(text, m.index, after) && !stopIsAPerson(words, stops, m.index)) continue;
    // "the Charlotte office", "Castellan's Charlotte office" (a firm's office there), but not "Dana's office".
    if (SITE_AFTER.test(after) && !ENDS_APOSTROPHE_S.test(m[0]) && (words.length === 1 ? OWNER_BEFORE.test(before) : ENDS_APOSTROPHE_S.test(words[0]!))) continue;
    // Said to be a thing right where it stands: "Hartley Mercer, a patient-flow consultancy", "a BD Rowa Vmax
    // dispensing robot".
    if (thingInApposition(after, words.length >= 2) || appositiveNamesNoPerson(after) || LIST_THEN_THINGS.test(after) || (THING_AFTER.test(after) && ARTICLE_OR_MAKER_BEFORE.test(before))) continue;
    // A quoted label ("the \"Won't Fix\" label"), and a company's name after an ampersand ("Harbour & Vine").
    if ((QUOTE_BEFORE.test(before) && QUOTE_AFTER.test(after)) || AMPERSAND_NAME_BEFORE.test(before) || (AMPERSAND_NAME_AFTER.test(after) && words.length === 1)) continue;
    // "Coupa Supplier Portal": a third word that names a thing names the two before it too, when the second is a
    // common word that is nobody's name ("Juan Carlos Portal", "Maria Grace Hall" are people).
    const third = NEXT_CAPITAL.exec(after)?.[1];
    if (third !== undefined && THING_LAST.has(third) && words.length === 2 && (isCommonWord(words[1]!) || ORG_LAST.has(third) || NAMED_FOR_SOMEONE.has(third))) continue;
    // "Goldman Sachs Transaction Banking", "Jeff Bezos Day One Fund", "Grace Hopper Celebration": two or more common
    // words that are nobody's name after the two, or an abstract noun, make them one thing's name; a person's third
    // name is a surname ("Maria Clara Souza", "Juan Carlos Portal").
    if (words.length === 2 && !ENDS_APOSTROPHE_S.test(m[0]) && namesAThingAfter(after)) continue;
    // "for John Lewis and Marks & Spencer stores", "all Jimmy Choo returns", "shipped Calvin Klein orders": a name
    // right before a plural that is no verb's (no object after it) names whose things they are, where no subject
    // stands ("Dana Reyes reports to the CFO" opens its clause) and no verb that takes a person and a thing does ("I
    // gave Priya Nair updates").
    // "Hye-jin, Shieldline's solutions engineer": a person's post at a firm, said after the name. (Read before the
    // plural below, which "solutions" would otherwise be.)
    const ownersPerson = OWNERS_PERSON_APPOSITION.exec(after);
    const postAtOwner = ownersPerson !== null && ownersPersonHead(ownersPerson[1]!);
    if (!postAtOwner && !ENDS_APOSTROPHE_S.test(m[0]) && modifiesPlural(before, after)) continue;
    // (…and its owner is no name listed after the person's: "Shieldline's" is the firm's.)
    if (postAtOwner) owners.add(m.index + m[0].length + 2);
    // "Tesco and Sainsbury's asked for EDI", "M&S and Sainsbury's": a name in -'s with no noun after it to own is a
    // firm's name (Sainsbury's, McDonald's) when it is listed with a firm. ("Stripe and Priya agreed" is a person;
    // "Dana's asked for it" may be "Dana has".)
    if (words.length === 1 && ENDS_APOSTROPHE_S.test(m[0]) && !/^\s\p{Ll}[\p{L}-]*(?<!ed)\b(?!\s+(?:the|a|an|our|their|its|for|to|on|in|with|that|about)\b)/u.test(after) && listedWithFirm(before, after)) continue;
    // "Venlo Super Users trained the others", "the Night Shift Leads": a group, named by its plural last word.
    // (Not after two given names: "Ana Paula Martins" is a person, whatever "martins" are.)
    const givenNames = words.length === 2 && !isCommonWord(words[0]!) && !isCommonWord(words[1]!.replace(ENDS_APOSTROPHE_S, ''));
    if (third !== undefined && isCommonSWord(third) && !isNameWord(third) && !givenNames) continue;
    if (words.length === 2 && BUILDING_LAST.has(words[1]!) && TO_A_PLACE.test(before)) continue;
    if (LIST_OF_DEVICES.test(after) || (JOIN_BEFORE.test(before) && LAST_OF_DEVICES.test(after)) || (ENDS_APOSTROPHE_S.test(m[0]) && (OWNED_BY_COMPANY.test(after) || AUTHORED.test(after)))) continue;
    if (inBracketedRoleList(words, before)) continue;
    // "Operators ran the cutover", "Plans took 25 minutes", "and Analysts raised a P1": a capitalised plural
    // is a group, unless it is asked, told or worked with as a person is ("I asked Banks"). (A singular
    // common word is not: too many surnames and given names are words too, "Baker signed off", "Summer on the
    // payments side agreed", and no list of them is complete.)
    // Nor is a plural that is no surname, whatever comes before it ("I briefed Councillors"; "I asked Banks").
    if (words.length === 1 && isCommonSWord(words[0]!) && (!PERSON_BEFORE.test(before) || !isNameWord(words[0]!))) continue;
    // "the four Deputy Heads", "our Night Leads": a title in the plural is a group too, and so is one of two
    // common words that are nobody's name ("briefed Problem Solvers").
    if (words.length === 2 && isCommonSWord(words[1]!) && !isNameWord(words[1]!) && !isNameWord(words[0]!) && (GROUP_DETERMINER.test(before) || isCommonWord(words[0]!))) continue;
    // "I asked O'Brien and McAllister", "the programme director, Rafael Souza": a name listed right after a
    // person or a role is a person's too; two words
    // listed after anything else are another of those things ("in Berlin, Munich and São Paulo").
    // (Not a title after the name it is said of, found as a role where it stands or a role's word alone: "Jana
    // Hoffmann, Head of Platform", "Jana Hoffmann, Lead, reviewed it".)
    const join = JOIN_BEFORE.exec(before);
    const title = (words.length === 1 && ROLE_WORD.test(words[0]!)) || found.some((f) => f.kind === 'role' && f.index === m.index);
    const listed = join !== null && ends.has(m.index - join[0].length) && !title;
    const list = listed || ROLE_THEN_COMMA.test(before) ? null : PLACE_LIST.exec(text.slice(Math.max(0, m.index - 120), m.index));
    // A list is closed by "and", "or" or "&", before these words or after them: "in Berlin, Munich and São Paulo".
    // Two words set off by a comma after a place, with none, stand in apposition to it ("a patient in Harpeth
    // Valley, Doris Pruitt, had her MRI rescheduled") and are read as any full name is; one word after a place
    // and a comma is where the place is ("in Austin, Texas, the next week").
    const inList = list !== null && (words.length === 1 || /\s(?:and|or|&)\s/.test(list[0]) || LIST_CLOSES_AFTER.test(after));
    // People are sent things and come from places too ("to Priya and Marco signed it off"): only a list after
    // in, at, near… stays a list of places before a verb people use.
    const inPlaces = inList && !/^(?:from|to)$/i.test(list[1]!);
    const place = PLACE_BEFORE.test(before) || (/\bfrom\s$/i.test(before) && FROM_TO.test(after));
    const thing = GROUP_AFTER.test(after) || PRODUCT_AFTER.test(after) || (MODIFIER_AFTER.test(after) && !ENDS_APOSTROPHE_S.test(m[0])) || /^\s(?:tunnel|bridge|line|route|road)\b/i.test(after) || NEAR_A_PLACE.test(after);
    // "I worked with Medical Photography", "Field Service took over the alerts", "ahead of Buen Fin": two common
    // words are a department or a thing when only working with them or a verb after says a person ("I asked
    // Autumn Fisher" is one); two words after "ahead of" or "during" are an event.
    const commonPhrase = words.length === 2 && isCommonPhrase(words);
    // "João de Souza, inventory control lead", "Ruud van der Berg signed": one given name, then particles and a
    // surname, is a full name when a person's sign follows ("Rio de Janeiro", "Costa del Sol" have none).
    const particles = words.length === 1 && !ENDS_APOSTROPHE_S.test(m[0]) && !isCommonWord(words[0]!) ? PARTICLE_TAIL.exec(after) : null;
    const afterParticles = particles ? after.slice(particles[0].length) : '';
    const particleName = particles !== null && (PERSON_AFTER.test(afterParticles) || ROLE_APPOSITION.test(afterParticles));
    const fullName =
      (words.length === 2 || particleName) && !thing && !inList && (!place || ENDS_APOSTROPHE_S.test(m[0])) && !commonPhrase && !TIME_BEFORE.test(before) && !(ACRONYM_BEFORE.test(before) && CAPITAL_AFTER.test(after));
    const owner = ENDS_APOSTROPHE_S.test(m[0]) && OWNED_BY_PERSON.test(after);
    // "Staff texted each other", "Dispatch agreed to the cut-off": a common word that is nobody's name, with
    // only a verb after it, is a group or a thing. ("Priya paged me"; "Brown and I", "Stone's team", "Summer
    // on the payments side" have more to go on.)
    const common = words.length === 1 ? isCommonWord(words[0]!) : commonPhrase;
    // "Grant approved by the council paid for the pilot": a name that is a common word too, before a participle and
    // "by", is a thing done to, not a person acting ("Grant approved it" is one).
    // Nor, opening a sentence, one that is a common word no one is called by every day: "Sky approved it" (mayBeCalled).
    const verbOnly =
      (common || (words.length === 1 && isNameWord(words[0]!) && (PASSIVE_BY_AFTER.test(after) || (SENTENCE_START.test(before) && !mayBeCalled(words[0]!))))) &&
      VERB_AFTER.test(after) &&
      !PERSON_AFTER_OTHER.test(after);
    const withOnly = commonPhrase && WITH_BEFORE.test(before);
    // "Sam, my report, rewrote the parser": one of your own, by how they stand to you, wherever the name stands (a
    // sentence's start has no verb before it to say so; "Pulse, my report," is a common word's, a thing's).
    const relation = RELATION_APPOSITION.test(after) && !common;
    // "Kim, our controller, signed off": a post whose word names a thing too, said right after the name.
    const post = postInApposition(after, words.length >= 2) && !common;
    // "Both met Northgate's bar": what "met" took is the standard, not the one whose it is. ("I met Dana's team" and "I
    // met Dana" are people.)
    // (A team named for a standard is no standard: "I met Priya's test team".)
    // A person's standard met is a person met with, though: "we met Priya's requirements" (a known given name; a full
    // name is one by fullName, "met Dana Reyes's standards"). ("It met Grant's requirements" may be a grant's.)
    const standardMet = ENDS_APOSTROPHE_S.test(m[0]) && MET_BEFORE.test(before) && STANDARD_AFTER.test(after) && !(words.length === 1 && isGivenName(words[0]!));
    const personAfter = PERSON_AFTER.test(after) || (words.length === 1 && PERSON_AFTER_ADVERB.test(after) && PERSON_AFTER.test(after.replace(PERSON_AFTER_ADVERB, '')));
    const person =
      (!inPlaces && ((PERSON_BEFORE.test(before) && !NAMED_CALLED.test(before) && !withOnly && !standardMet) || ((personAfter || relation || post || postAtOwner) && !verbOnly && !(words.length === 1 && AT_A_PLACE.test(before))))) ||
      listed ||
      (words.length === 1 && (PERSON_FROM.test(after) || ON_SIDE.test(after) || (!common && (SIGNED_OFF.test(after) || PERSON_FROM_ADVISED.test(after) || inTeam(before, after))))) ||
      (PERSON_JOB_THEN_COMMA.test(before) && APPOSITION_CLOSE.test(after) && !thing && !common) ||
      (PEOPLE_NAMED.test(listBefore) && !thing && !common) ||
      (CHOSEN_BEFORE.test(before) && CHOSEN_AS_PERSON.test(after) && !thing) ||
      (words.length === 1 && !ENDS_APOSTROPHE_S.test(m[0]) && !thing && !inPlaces && firstNameAlone(words[0]!, before, after, common));
    if (!(fullName || owner || person)) continue;
    // A third name after two ("Maria Clara Souza", "Jean Luc Picard") is the surname: the mention takes it, so
    // --redact hides it too.
    const surname = third !== undefined && givenNames && !ENDS_APOSTROPHE_S.test(m[0]) && !NOT_NAMES.has(third) && !THING_LAST.has(third) && !ORG_LAST.has(third) && (!isCommonWord(third) || isNameWord(third) || isCommonSWord(third));
    const named = surname ? `${m[0]} ${third}` : m[0];
    // A surname with its particles goes with it, so --redact hides all of it: "Seán Ó Súilleabháin", "Ruud van
    // der Berg", "Pádraig Mac Giolla Phádraig".
    const tail = ENDS_APOSTROPHE_S.test(named) ? null : (PARTICLE_LAST.test(named) ? AFTER_PARTICLE : PARTICLE_TAIL).exec(text.slice(m.index + named.length, m.index + named.length + 60));
    const name = tail ? named + tail[0] : named;
    // …and a given name before them: "Dana de Wit", found at "Wit".
    const lead = PARTICLE_LEAD.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (lead && !NOT_NAMES.has(lead[1]!) && !isCommonWord(lead[1]!) && !found.some((f) => f.index + f.length > m.index - lead[0].length && f.index < m.index)) {
      add(m.index - lead[0].length, lead[0] + name, 'name');
      CAPITALISED.lastIndex = Math.max(CAPITALISED.lastIndex, m.index + name.length);
      continue;
    }
    add(m.index, name, 'name');
    CAPITALISED.lastIndex = Math.max(CAPITALISED.lastIndex, m.index + name.length);
  }
  // "Rahul and Mei from Risk proposed…", "Priya & Omar signed off": a name joined right before a person's is a
  // person's too (the scan above finds only names listed after one), back along the list.
  for (const mention of found.filter((f) => f.kind === 'name')) {
    for (let at = mention.index; ; ) {
      const joined = JOINED_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
      if (!joined) break;
      const word = joined[1]!;
      const index = at - joined[0].length;
      if (found.some((f) => f.index <= index && index < f.index + f.length) || !mayNameAPerson(word, useOf)) break;
      add(index, word, 'name');
      at = index;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// A rollout's order told as a list of its stops, the names where it went: "sequenced the rollout: Cà Mau in week one,
// then Bạc Liêu", "phased the cut-over: Hull first, then Leeds", "the go-live order: Tân An, Long Xuyên and Cà Mau". A
// rollout word earlier in the sentence, then the list: after a colon, or after "then", "first" or "starting with", or
// further on in a list that a colon opened; after the name, its stage ("in week one", "in wave 2", "first") if any, then
// the clause's end. (Not "the rollout with Dana Reyes first", after "with"; nor "then Priya Nair signed it off" or "Priya
// Nair in week one ran the pilot", a verb after; nor "After the rollout, Priya Nair and I met", no list; nor a person
// said to be one, "…: Priya Nair, our SRE lead, …"; nor a person by their name, stopIsAPerson: "rolled it out: Priya
// Nair first, then Dana Reyes".)
const ROLLOUT = String.raw`\b(?:roll-?outs?|rolled\s(?:it\s|them\s)?out|rolling\sout|go-lives?|went\slive|cut-?overs?|sequenced|phased)\b`;
// A character within the sentence: no end of one, but the point after a saint's short form ("St. Albans first, then …").
const IN_SENTENCE = String.raw`(?:[^.!?\n]|(?<=\bSt)\.)`;
const ROLLOUT_STOP_BEFORE = new RegExp(
  String.raw`${ROLLOUT}${IN_SENTENCE}*(?:\b(?:then|first|starting\s(?:with|in))\s|:\s(?:${IN_SENTENCE}*(?:,|\band|\bthen)\s)?)$`,
  'i',
);
const STAGE_AFTER =
  /^(?:\sin\s(?:week|wave|phase|month|sprint|stage|round|batch)\s(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|\s(?:first|next|last))?(?:\s?[.;,]|\s(?:and|then)\s(?!(?:I|me|we|he|she|they)\b)|$)/i;

/**
 * Whether a rollout's stop (see ROLLOUT_STOP_BEFORE) is a person, a known given name and a surname: "presented it first
 * to Priya Nair, then to Dana Reyes" names people, where "Cà Mau first, then Bạc Liêu" names places. Not a place told by
 * its words ("Santa Clara", "Victoria Falls"), but a given name before "Park" is a person's ("Priya Park") where no other
 * stop is told as a place ("Charlotte Park first, then Jackson Heights"); and a given name alone stays a stop, as many
 * are towns too ("Austin first, then Tyler"). (A title makes a person before this: "Dr. Mei Lin first".)
 */
function stopIsAPerson(words: readonly string[], stops: StopScan, at: number): boolean {
  if (words.length !== 2 || THING_LAST.has(words[1]!) || !isGivenName(words[0]!) || isPlace(words[0]!)) return false;
  // A place's last word that is a common surname too, after a given name: a person ("presented it to Priya Park, then
  // to Dana Reyes"), unless another stop of the order is told as a place ("Charlotte Park first, then Jackson Heights"),
  // or the given name is a well-known park's namesake ("Victoria Park", "Jackson Park").
  if (SURNAME_STOP_LAST.has(words[1]!)) return !isPlace(words.join(' ')) && !PLACE_FIRST.has(words[0]!) && !PARK_NAMESAKE.has(words[0]!) && !anotherStopIsAPlace(stops, at);
  return !namesAPlace(words) && !isCommonWord(words[1]!);
}

// A place's last word that is a common surname too: "Park" ("Menlo Park", "Priya Park").
const SURNAME_STOP_LAST = new Set(['Park']);
// Given names that are the first word of many a real park, a queen's or a president's: "Victoria Park", "Jackson Park",
// "Lincoln Park". Before "Park" in a rollout's order, a place.
const PARK_NAMESAKE = new Set(
  'Victoria,Albert,Jackson,Lincoln,Washington,Jefferson,Franklin,Madison,Kennedy,Roosevelt,Regent,Prospect,Forest,Golden,Griffith,Hyde,Richmond,Windsor,Crystal,Sherwood,Highland,Holland'.split(','),
);
// Capitalised words in a rollout's order, read for its other stops (not CAPITALISED, whose place the scan keeps).
// ("St. Albans", its point after the saint's short form, is one stop.)
const STOP_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}'’])(?:St\.\s)?${NAME_WORD}(?:\s${NAME_WORD}){0,2}(?![\p{L}\p{N}])`, 'gu');

/** A text's sentences and, for each read so far (by its start), where its stops told as places stand: read once each. */
interface StopScan {
  readonly text: string;
  sentences?: Range[];
  readonly placesIn: Map<number, number[]>;
}

/** Whether a stop of the rollout's order around `at`, other than the one there, is told as a place (namesAPlace, isPlace). */
function anotherStopIsAPlace(stops: StopScan, at: number): boolean {
  const { text } = stops;
  const sentences = (stops.sentences ??= sentenceRanges(text));
  // The sentence holding `at`: the last that starts at or before it (sentences are in order).
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]![0] <= at) lo = mid;
    else hi = mid - 1;
  }
  const [start, end] = sentences[lo] ?? [0, text.length];
  let places = stops.placesIn.get(start);
  if (!places) {
    places = [];
    for (const m of text.slice(start, end).matchAll(STOP_WORDS)) {
      const words = m[0].replace(/^St\.\s/, 'St ').split(' ');
      // ("Hyde Park" is a place; "Dana Park", a given name before it, is read as this stop is.)
      if (isPlace(words.join(' ')) || (namesAPlace(words) && !(SURNAME_STOP_LAST.has(words.at(-1)!) && isGivenName(words[0]!) && !PARK_NAMESAKE.has(words[0]!)))) places.push(start + m.index);
    }
    stops.placesIn.set(start, places);
  }
  return places.some((index) => index !== at);
}

/** Whether the name at `at` (with `after` it) is a stop in a rollout's order: see ROLLOUT_STOP_BEFORE. */
function rolloutStop(text: string, at: number, after: string): boolean {
  return STAGE_AFTER.test(after) && !PERSON_AFTER.test(after) && ROLLOUT_STOP_BEFORE.test(text.slice(Math.max(0, at - 200), at));
}

// A capitalised word, then "and", "&" or a comma, up to the name after it.
const JOINED_BEFORE = /(?<![\p{L}\p{N}'’.-]\s?)(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)(?:,\s|\s(?:and|&)\s|\s?&\s?)$/u;

/** Whether a word alone may be someone's given name or surname: not a common word, a function, or a company's. */
function mayNameAPerson(word: string, useOf: (word: string) => ThingUse): boolean {
  return !NOT_NAMES.has(word) && !LEAD_WORDS.has(word) && !FUNCTION_WORD.test(word) && !isCommonWord(word) && !useOf(word).product;
}

/** Whether `word` is a common English word ending in -s ("Operators", "Plans"), whatever its case. */
function isCommonSWord(word: string): boolean {
  return PLURAL.test(word) && inWordList(COMMON_S_WORDS, word.toLowerCase());
}

/** Whether `word` is a common English word that is nobody's name: "Staff" or "Explorer", not "Grace" or "Banks". */
function isCommonWord(word: string): boolean {
  return inWordList(COMMON_WORDS, word.replace(ENDS_APOSTROPHE_S, '').toLowerCase()) && !isNameWord(word);
}

/**
 * Whether a capitalised word standing alone may be a given name, told with nothing else to go on ("with Jana", "with
 * Kavitha"): no common word, function, tool, team, place or firm ("with Legal", "with Finance", "with Slack").
 */
export function mayBeGivenName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !isCommonWord(word) && !FUNCTION_WORD.test(word) && !NOT_NAMES.has(word) && !isFirm(word) && !isOrgLastWord(word);
}

/** Whether `word` is a plain common word, to be lower-cased where it opens a sentence: no name, function or firm ("Invoices"; not "Mark", "Legal", "Atlas"). */
export function isPlainCommonWord(word: string): boolean {
  return isCommonWord(word) && !FUNCTION_WORD.test(word) && !isFirm(word) && !NOT_NAMES.has(word);
}

/** Whether `word` is a common English word that is also someone's name: "Grace", "Mark", "Summer" is not. */
function isNameWord(word: string): boolean {
  return inWordList(NAME_WORDS, word.replace(ENDS_APOSTROPHE_S, '').toLowerCase());
}

// Of those words (NAME_WORDS: the first-name lists hold "sky", "bay" and "honey" too), the few common nouns that people
// are rarely called by: opening a sentence before a person's verb, not a person ("Sky approved it", "Bay agreed"). Every
// other given name or surname there stands for one ("Grant approved it", "Guy signed off", "Banks approved the rota").
const RARELY_CALLED = new Set(
  ('sky bay rain honey storm river ocean sea cloud star moon sun snow breeze thunder stone rock meadow forest desert ' +
    'canyon harbor harbour valley lake shore coast island bridge church temple castle tower market city town').split(' '),
);

/** Whether a word opening a sentence before a person's verb may be someone's there: not a common noun that people are rarely called by ("Sky"). */
function mayBeCalled(word: string): boolean {
  const bare = word.replace(ENDS_APOSTROPHE_S, '').toLowerCase();
  return !inWordList(NAME_WORDS, bare) || !RARELY_CALLED.has(bare);
}

/**
 * Whether two capitalised words are both common English words that are nobody's name: "Cost Explorer", "Seller
 * Central", "Gift Aid" name a product, a place or a scheme; "Grace Park", "Sang Lee" and "Marisol Vega" are people.
 */
function isCommonPhrase(words: readonly string[]): boolean {
  return words.every(isCommonWord);
}

/**
 * Whether a name ends a bracketed list with two or more common words that are nobody's name and no given name,
 * and has a common word and no given name in it: "(Picker, Packer, Receiver, Problem Solver)" lists roles;
 * "(Priya, Marco, Ana)" lists people.
 */
function inBracketedRoleList(words: readonly string[], before: string): boolean {
  const list = BRACKETED_LIST_BEFORE.exec(before);
  if (!list) return false;
  // Roles are often surnames too ("Packer"): two common words among them, and no given name, will do.
  const items = list[1]!.split(', ').filter(Boolean);
  const common = items.filter((w) => isCommonWord(w)).length >= 2 && !items.some((w) => isNameWord(w));
  return common && words.some((w) => isCommonWord(w)) && !words.some((w) => isNameWord(w));
}

/** Whether `name` is anywhere followed by what only a person does: "Priya Nair agreed", "Dana Reyes, who…". */
function actsAsPerson(text: string, name: string): boolean {
  for (const at of wholeWord(text, name)) if (PERSON_AFTER.test(text.slice(at + name.length, at + name.length + 60))) return true;
  return false;
}

// "the channel manager vendor", "the channel manager's support line": software named like a role (a hotel's
// channel manager is), wherever else the phrase stands.
// "the GE Mark VIe controller checks", "the PLC controller cards": a device, unless a function names the post
// ("the finance controller checks every invoice").
// ("the stock controller checks the counts": a verb with its object is the post's.)
const DEVICE_AFTER_ROLE =
  /^\s+(?:(?:checks|upgrades)(?!\s+(?:the|a|an|every|each|all|any|both|our|their|its|his|her|my|your|this|that|these|those|whether|if|for|\d)\b)|firmware|hardware|cards?|cabinets?|logic|settings|upgrade|replacements?|boards?|panels?)\b/i;
// "the body controller", "Brake controller fw", "the ingress controller": what a controller controls makes it a
// device or a piece of software (the ECUs of a car, a drive, a cluster), not a post.
const DEVICE_QUALIFIER =
  /^(?:body|brake|braking|chassis|powertrain|engine|motor|door|seat|battery|gateway|domain|zonal|ingress|admission|replication|PLC|logic|vehicle|airbag|steering|transmission|gearbox|charging|charge|fan|HVAC|memory|disk|RAID|storage|SDN|wireless|display|temperature|pump|valve|robot|servo|inverter|drive|game|headlamp|lamp|wiper|window|embedded|BMS|thermal|flash|SSD|NVMe|USB|interrupt|DMA|camera|sensor|radar|lidar|ADAS|infotainment|telematics|cluster|elevator|lift|conveyor|kiln|boiler|turbine)$/i;
const THING_AFTER_ROLE =
  /^(?:['’]s\s+(?:support (?:line|desk|portal|number)|help ?desk|api|licen[cs]e|servers?|database|data feed|interface)|\s+(?:vendor|software|system|platform|tool|integration|api|product|licen[cs]e|feed|module|connector|app|instance|server|subscription)s?)\b/i;

/**
 * Whether the role at the end of `before` ("the channel manager") is, somewhere in `text`, a piece of software.
 * `known` keeps the answer for each phrase: a role named a thousand times is looked up once.
 */
function roleIsAThing(text: string, before: string, role: string, known: Map<string, boolean>): boolean {
  const qualifier = /([\p{L}-]+)\s+$/u.exec(before)?.[1];
  if (qualifier === undefined) return false;
  if (DEVICE_QUALIFIER.test(qualifier) && /^controllers?$/i.test(role)) return true;
  const phrase = `${qualifier} ${role}`;
  let thing = known.get(phrase);
  if (thing === undefined) {
    thing = false;
    for (const at of wholeWord(text, phrase)) {
      const after = text.slice(at + phrase.length, at + phrase.length + 40);
      if (THING_AFTER_ROLE.test(after) || (DEVICE_AFTER_ROLE.test(after) && !FUNCTION_WORD.test(qualifier))) thing = true;
    }
    known.set(phrase, thing);
  }
  return thing;
}

/** Where `word` stands in `text` as a whole word. */
function* wholeWord(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + word.length] ?? '')) yield at;
  }
}

/**
 * Whether what follows a name says it is a thing ("Hartley Mercer, a patient-flow consultancy"), and not a post
 * that a thing's word names too (postInApposition).
 */
function thingInApposition(after: string, fullName: boolean): boolean {
  if (THING_IN_BRACKETS.test(after) || MACHINE_APPOSITION.test(after)) return true;
  return THING_APPOSITION.test(after) && !postInApposition(after, fullName);
}

/**
 * Whether what follows a name is a post whose word names a tool or a device too: a planner, a scheduler or a
 * controller after a full name ("Darragh Kelly, our capacity planner", "Sarah Smith, the controller"), but a
 * controller named for what it controls ("…, the brake controller"); with a rank ("Kowalczyk, the senior vessel
 * planner"); a controller of a function or a unit ("Anjali, the finance controller") or with no qualifier at all
 * ("Kim, our controller"); a terse head of a function ("Ravi, the Head Payments"). "Merlin, our route planner" is a tool.
 */
function postInApposition(after: string, fullName: boolean): boolean {
  if (RANKED_POST.test(after) || CONTROLLER_POST.test(after) || HEAD_OF_FUNCTION_POST.test(after) || BUSINESS_POST_APPOSITION.test(after)) return true;
  const m = POST_OR_TOOL_APPOSITION.exec(after);
  if (!m) return false;
  const qualifiers = m[1]!.trim().split(SPACES).filter(Boolean);
  if (m[2] === 'controller' && qualifiers.some((w) => DEVICE_QUALIFIER.test(w))) return false;
  return fullName || (m[2] === 'controller' && qualifiers.length === 0);
}

// A thing said in brackets, right after the name or after what it is said to be: "Ada (a chatbot)", "Ada, our support
// assistant (a chatbot),". (Not a post a thing's name can stand for too: "Ana (our planner)", "Kim (the controller)".)
const THING_IN_BRACKETS = new RegExp(String.raw`^(?:,\s(?:the|our|my|their|its|a|an)(?:\s[\w-]+){1,3})?\s?\((?:a|an|the|our|their|its)\s(?:[\w-]+\s){0,2}(?!(?:planner|scheduler|controller)s?\))${THING_NOUN}s?\)`);
// An assistant or an agent that is software by what it is said to be: "Ada, our AI assistant", "Max, the voice agent".
// (Not a virtual assistant, who may be a person working remotely, nor a support assistant; nor a post named for the
// software, "Priya Nair, the voice agent product manager": the assistant or agent ends what the name is said to be.)
const MACHINE_APPOSITION =
  /^,\s(?:the|our|their|its|a|an)\s(?:[\w-]+\s)?(?:AI|AI-powered|AI-driven|LLM|LLM-based|GenAI|gen-AI|automated|conversational|voice)\s(?:[\w-]+\s)?(?:assistant|agent|helper|concierge|companion|receptionist|operator)s?(?=\s*[,.;:!?)]|\s*$|\s(?:for|on|in|at|that|which|who|we|built|from|to)\b)/;

// A controller is a device or a post: the post when a function or a unit qualifies it ("Anjali Deshpande, the
// finance controller"; "Siemens S7, the line controller" is a device).
// A head of a function, in the terse form with no "of", is a post: "Meera Pillai, our VP Product", "Ravi, the Head
// Payments", "Ana, our GM Risk" (a twenty-ninth user's trial: "our VP Product" was a product, so no partner was named).
const HEAD_OF_FUNCTION_POST = new RegExp(
  String.raw`^,\s(?:the|our|my|their|its|a|an)\s(?:[\w-]+\s)?(?:vp|svp|evp|avp|vice president|head|director|gm|general manager)\s${FUNCTION}(?=\s*[,.;:!?)]|\s*$|\s(?:at|in|on|of|for|from|with|who|and|or|to|since|same)\b)`,
  'i',
);
const CONTROLLER_POST = new RegExp(String.raw`^,\s(?:the|our|their|its|a|an)\s(?:[\w-]+\s)?(?:${FUNCTION}|financial|regional|group|project|division(?:al)?|area|country|credit|budget|cost|stock)\s(?:controller|officer)\b`, 'i');

// The noun an appositive after a name is headed by: its last word before the appositive ends, or before what
// qualifies it ("Sam, my counterpart at Stripe,", "Priya, the night nurse in charge,", "Mia, our head of ops").
const APPOSITIVE_HEAD = /^,\s(?:the|our|my|their|its|his|her|a|an)\s((?:(?!(?:at|in|on|of|for|from|with|who|whose|which|that|and|or|to|behind|over|under|since|during)\s)[\p{L}'’-]+\s){0,4}?)([\p{L}'’-]+)(?=\s*[,.;:!?)]|\s*$|\s(?:at|in|on|of|for|from|with|who|whose|which|that|and|or|to|behind|over|under|since|during)\b)/u;
// Nouns for people that no agent suffix (-er, -or, -ist…) marks and no list of roles above holds.
const PERSON_HEAD_NOUN = new RegExp(
  String.raw`^(?:${PERSON_NOUN}|sister|brother|aunt|uncle|cousin|steward|chair|chairperson|chairwoman|chairman|deputy|expert|specialist|contact|counterpart|point of contact|pilot|captain|chief|clerk|chef|cook|guard|judge|coach|medic|paramedic|midwife|vet|gp|warden|dean|provost|principal|bursar|registrar|secretary|attorney|notary|delegate|envoy|aide|assistant|associate|fellow|graduate|grad|apprentice|sponsor|champion|ally|buddy|mate|friend|neighbo(?:u)?r|boss|hero|veteran|novice|rookie|newcomer|star|talent|sme|staffer|sergeant|constable|officer|marshal|trustee|governor|mayor|councillor|councilor|minister|senator|president|chancellor|commissioner|ombudsman|surveyor|inspector|auditor|actuary|underwriter|adjuster|broker|agent|dispatcher|controller|scheduler|planner|analyst|lead|head|owner|manager|director|engineer|architect|admin|operator|technician|tech|nurse|doctor|physician|consultant)s?$`,
  'iu',
);
// Agent nouns and words for people by their endings: "the ward sister" is no thing, nor "the vendor's engineer".
const AGENT_ENDING = /(?:er|or|ist|ian|ant|ent|ee|ess|man|men|woman|women|person|people|folk|ive|ary|ard)s?$/i;

// One's own or the team's people named by how they stand to you, in words that name no person elsewhere: "Ali, my
// direct report", "Sam, my report", "Jo, my number two", "Raj, our ML guru", "Lee, my right hand". ("report" only
// as a person's: direct, new, or with nothing before it, not "Pulse, our weekly report".)
const RELATION_APPOSITION = new RegExp(
  String.raw`^,\s(?:my|our)\s(?:(?:(?:direct|new|newest|first|only|senior|junior|best|strongest|former|old)\s)*reports?|(?:[\p{L}'’-]+\s){0,3}?(?:number (?:one|two|three|1|2|3)|opposite numbers?|right[- ]hand(?:\s(?:man|woman|person))?|second[- ]in[- ]command|go-to(?:\s(?:person|guy|expert))?|gurus?|wizards?|whiz|wiz|mavens?|ninjas?|rock ?stars?|stand-ins?|second|skip|skip-level|sidekicks?|confidante?|team-?mates?|replacement|successor|predecessor))(?=\s*[,.;:!?)]|\s*$|\s(?:at|in|on|of|for|from|with|who|whose|and|or|to|since|during)\b)`,
  'iu',
);

// An appositive after a name owned by a firm or a person, not opened by an article: ", Shieldline's solutions
// engineer", ", Siemens Gamesa's service lead", ", Ellison Print Systems' firmware lead". Its head (group 1) says
// whether it is a person's post ("engineer", "lead") or a thing's ("Nova, Acme's new checkout").
const OWNERS_PERSON_APPOSITION = new RegExp(
  String.raw`^,\s(?:\p{Lu}[\p{L}\p{N}&-]*\s){0,2}\p{Lu}[\p{L}\p{N}&-]*${POSSESSIVE_ENDING}\s(?:(?!(?:at|in|on|of|for|from|with|who|whose|which|that|and|or|to)\s)[\p{L}'’-]+\s){0,3}?([\p{L}-]+)(?=\s*[,.;:!?)]|\s*$|\s(?:at|in|on|of|for|from|with|who|whose|which|that|and|or|to)\b)`,
  'u',
);

const ROLE_WORD = new RegExp(String.raw`^${ROLE}$`, 'i');
const THING_WORD = new RegExp(String.raw`^${THING_NOUN}s?$`, 'i');

/** Whether the head of such an appositive is a person's: a role ("lead", "account manager") or a people's noun ("engineer"). */
function ownersPersonHead(head: string): boolean {
  return ROLE_WORD.test(head) || (PERSON_HEAD_NOUN.test(head) && !THING_WORD.test(head));
}

/**
 * Whether an appositive after a name is headed by a common word that names no person, so the name is a thing's:
 * "Nova, our new checkout,", "Sol, the loyalty wallet,", "Juno, the new onboarding journey" (THING_NOUN lists only
 * some of the things a product or a place can be called). A word no common-word list holds ("our CISO", "the duty
 * SRE", "the on-call") or one ending as people's names for them do ("the ward sister", "our vendor's engineer") is a
 * person's, as are the people's nouns above.
 */
function appositiveNamesNoPerson(after: string): boolean {
  const m = APPOSITIVE_HEAD.exec(after);
  if (!m || RELATION_APPOSITION.test(after) || HEAD_OF_FUNCTION_POST.test(after)) return false;
  const head = m[2]!.replace(ENDS_APOSTROPHE_S, '');
  if (/['’]/.test(m[2]!) || PERSON_HEAD_NOUN.test(head) || AGENT_ENDING.test(head)) return false;
  // "the union's shop steward", "a friend of mine": what qualifies a people's noun is looked past above; the words
  // before the head may hold it too ("our main point of contact").
  if (/\bpoint\s$/i.test(m[1] ?? '') || /^point$/i.test(head)) return false;
  // (A function's initials are its people's: "Raj, our IT".)
  return isCommonWord(head) && !isNameWord(head) && !/^(?:it|qa|hr|ux|bi|ml|pr|ops)$/i.test(head);
}

const MORE_CAPITAL_WORDS = /^(?:\s\p{Lu}[\p{L}'’-]*)+/u;
/** Whether the capitalised words right after a two-word name make it a thing's (see the loop in findPartnerMentions). */
function namesAThingAfter(after: string): boolean {
  const more = MORE_CAPITAL_WORDS.exec(after)?.[0].trim().split(SPACES) ?? [];
  if (more.length === 0) return false;
  const plain = (w: string): boolean => (isCommonWord(w) || NOT_NAMES.has(w)) && !isNameWord(w);
  return (more.length >= 2 && plain(more[0]!) && plain(more[1]!)) || (ABSTRACT_NOUN.test(more[0]!) && !isNameWord(more[0]!));
}

// A plural right after a name, or after the names listed with it ("for John Lewis and Marks & Spencer stores"), with
// no object after it (then it would be a verb: "Dana Reyes owns the ledger").
const PLURAL_AFTER = /^(?:(?:,\s|\s(?:and|or)\s|\s?&\s?)\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*)*\s(\p{Ll}[\p{Ll}-]*s)\b(?!['’])(?!\s+(?:the|a|an|our|their|its|his|her|my|your|this|that|these|those|it|them|him|me|us|every|each|all|both|what|how|why|whether|if|that|no|any|some)\b)/u;
// Words in -s that are no plural noun, or a time a person could be met at: "with Priya Nair sometimes", "days before".
const NOT_A_PLURAL = /^(?:has|was|is|does|goes|always|sometimes|perhaps|afterwards|nevertheless|besides|towards|regardless|thus|whereas|unless|days|weeks|months|years|hours|minutes|times|nights|mornings|evenings|weekends|twice|ones|others|yes|plus|less|across|pros|cons)$/;
// Where a name is its clause's subject: a sentence's or a clause's start, or after a comma.
const CLAUSE_BEFORE = /(?:(?:^|\n)\s*(?:[-*•]\s*)?|[.!?:;,]\s+|\b(?:and|but|so|then|when|while|because|as|after|before|once|until|since|if|that|who|where)\s)$/;
// Verbs that take a person and then a thing or a clause: "gave Priya Nair updates", "told Dana Reyes sales would slip".
// (Regular expression source; pronouns.ts reads "the team" after them as the first object: "I showed Priya and the team the traces".)
export const TWO_OBJECT_VERBS = String.raw`gave|give|gives|giving|showed|show|shows|sent|send|sends|handed|hand|offered|brought|got|bought|promised|told|tell|tells|warned|asked|ask|asks|owed|lent|passed|emailed|texted|messaged|wrote|paid|taught|left|fed|sold|granted|denied|assured|reminded|convinced|persuaded|let|made|had|helped|saw|heard|watched|found|kept|cost|costs|saved|saves|spared|wished|bet|charged|fined|earned|won|lost|took`;
const TWO_OBJECTS_BEFORE = new RegExp(String.raw`\b(?:${TWO_OBJECT_VERBS})\s$`, 'i');

/** Whether a name stands before a plural it qualifies, not as a subject or a first object. */
function modifiesPlural(before: string, after: string): boolean {
  const m = PLURAL_AFTER.exec(after);
  if (!m || NOT_A_PLURAL.test(m[1]!) || !isCommonSWord(m[1]!)) return false;
  // "Tesco and Sainsbury's", "the Ralph Lauren and Tommy Hilfiger orders": after "and" in a list of names the plural
  // can't be a verb of a singular subject; otherwise the name opening a clause may be one.
  const listed = /\p{Lu}[\p{L}'’-]*\s(?:and|&)\s$/u.test(before);
  return listed || (!CLAUSE_BEFORE.test(before) && !TWO_OBJECTS_BEFORE.test(before));
}

// A firm known by name, or an "X & Y" name, listed right before or after the name.
const FIRM_LISTED_BEFORE = /(?:(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*)|\p{Lu}[\p{L}'’-]*\s?&\s?\p{Lu}[\p{L}'’-]*)(?:,\s|\s(?:and|&|or)\s)$/u;
const FIRM_LISTED_AFTER = /^(?:,\s|\s(?:and|&|or)\s)(?:(\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}'’-])(?!\s?&)|\p{Lu}[\p{L}'’-]*\s?&\s?\p{Lu}[\p{L}'’-]*)/u;
/** Whether a name is listed with a firm known by name or an ampersand's ("Tesco and Sainsbury's", "M&S"). */
function listedWithFirm(before: string, after: string): boolean {
  const b = FIRM_LISTED_BEFORE.exec(before);
  const a = FIRM_LISTED_AFTER.exec(after);
  return (b !== null && (b[1] === undefined || isFirm(b[1].replace(ENDS_APOSTROPHE_S, '')))) || (a !== null && (a[1] === undefined || isFirm(a[1].replace(ENDS_APOSTROPHE_S, ''))));
}

/** Whether the word at `at` is said to be a thing, or given to one as a name: "Morgan, our ban-review tool". */
function isNamedThing(text: string, at: number, word: string): boolean {
  const after = text.slice(at + word.length, at + word.length + 60);
  const before = text.slice(Math.max(0, at - 60), at);
  // (A full name before a planner is a post's holder: "Darragh Kelly, our capacity planner".)
  return (
    thingInApposition(after, word.includes(' ')) ||
    appositiveNamesNoPerson(after) ||
    CODE_NAMED.test(before) ||
    NAMED_CALLED.test(before) ||
    firmSaidBefore(before, after, word) ||
    (CONTRACTOR_BEFORE.test(before) && !PERSON_CUE_AFTER.test(after) && !readsAsPersonName(word)) ||
    ORG_NEXT.has(NEXT_CAPITAL.exec(after)?.[1] ?? '') ||
    COMPANY_SHORT_AFTER.test(after)
  );
}

// A company's short name written after the word, its "Co" capitalised: "Eko DisCo", "Kano GenCo", "Ostra OpCo" (a
// distribution, generation or operating company). Only the short forms in use: a firm's own name may end in "Co" too, and
// it does not make the name before it a firm's ("I told Dana PepsiCo had signed").
const COMPANY_SHORT_AFTER = /^\s(?:Dis|Gen|Op|Trans|Hold|Tel|Prop|Fin|New|Bid|Top|Mid|Dev|Serv|Power|Energy|Water|Gas)Co(?:s|['’]s)?(?![\p{L}\p{N}])/u;

/** Whether a firm is said to be one right before `word`: "the vendor Korbel", "our door supplier, Valdoro.". */
function firmSaidBefore(before: string, after: string, word: string): boolean {
  const m = FIRM_NOUN_BEFORE.exec(before);
  if (!m || PERSON_CUE_AFTER.test(after)) return false;
  if (m[1] === '') return true;
  // (…and not a given name's: "Our vendor, Grace Okoro, agreed".)
  const first = word.split(SPACES)[0]!;
  return !ENDS_APOSTROPHE_S.test(word) && FIRM_NAME_CLOSES.test(after) && !isGivenName(first) && !isNameWord(first);
}

/**
 * Whether a name may be a person's: not one ending in a trade or a firm's word ("Nkwe Civils", "Zenith Consulting"),
 * not a firm known by name, and not only common words that are nobody's name ("Keystone Hoist"). "Priya Shah", "Tom
 * Hale" and "Priya" may be.
 */
function readsAsPersonName(name: string): boolean {
  const words = name.replace(ENDS_APOSTROPHE_S, '').split(SPACES);
  if (THING_LAST.has(words.at(-1)!) || ORG_LAST.has(words.at(-1)!) || isFirmFullName(name) || words.some(isFirm)) return false;
  return !words.every((w) => isCommonWord(w) || NOT_NAMES.has(w));
}

// A firm said to be one right before its name, or before a comma and its name: "sensor vendor Zhongke IoT", "our
// acquiring bank Itaú", "our door supplier, Valdoro".
// (Not "the vendor Tom, who fixed it": a person, said so right after.)
const PERSON_CUE_AFTER = new RegExp(String.raw`^(?:,?\s+(?:who|whose|he|she)\b|,\s+(?:the|their|our|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:${ROLE}|engineer|rep|representative|contact|consultant)s?\b)`, 'iu');
const FIRM_NOUN_BEFORE = /\b(?:vendor|supplier|manufacturer|integrator|provider|carrier|reseller|distributor|insurer|bank|consultancy|agency|start-?up|firm|company)(,?)\s$/;
// (After a comma, only where the name closes the phrase, so that it is the firm's: not "the trucking company, Phong's
// planner", a list; and only a name that opens with no given name, "Valdoro", not "Grace Okoro".)
const FIRM_NAME_CLOSES = /^(?:\s\p{Lu}[\p{L}\p{N}&-]*){0,2}\s*(?:[,.;:!?)]|$)/u;
// A contractor known by its trade ("the paving contractor Nkwe Civils", "our main contractor Keystone Hoist") is a firm
// where its name is no person's (see readsAsPersonName): "the security contractor Priya Shah", "the electrical
// contractor Tom Hale" are people, as are "our contractor Dana Reyes" and "the new contractor Tom Hale".
const CONTRACTOR_BEFORE =
  /\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts)\s(?:(?!(?:new|old|other|same|previous|former|freelance|independent|external|senior|junior|young|one|only)\s)[\p{Ll}-]+\s){1,2}(?:sub-?)?contractor\s$/u;

interface ThingUse {
  /** Said anywhere to be a thing, or given to one as a name: "Morgan, our ban-review tool", "code-named Halina". */
  readonly named: boolean;
  /** Used anywhere as a product or company: that, or after an article, or as a modifier ("the Textly docs"). */
  readonly product: boolean;
}

/** How `word` is used across `text`, in one pass. */
function thingUse(text: string, word: string): ThingUse {
  let product = false;
  for (const at of wholeWord(text, word)) {
    if (isNamedThing(text, at, word)) return { named: true, product: true };
    const after = text.slice(at + word.length, at + word.length + 24);
    product ||= ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 5), at)) || PRODUCT_AFTER.test(after) || PRODUCT_OWNED.test(after) || (BOUGHT_BEFORE.test(text.slice(Math.max(0, at - 16), at)) && !GIVEN_AFTER.test(after));
  }
  return { named: false, product };
}

/** Whether the words before a role tie it to a team or function: a function word or a proper name. */
function isQualified(before: string): boolean {
  const m = QUALIFIER_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1]!;
  if (FUNCTION_WORD.test(word)) return true;
  // A capitalised word in -ly is an adverb opening a sentence ("Finally lead…"), not after an article: "the Fastly
  // engineering manager" is a firm's.
  if (!CAPITAL_START.test(word) || DETERMINERS.has(word.toLowerCase()) || (ADVERB_OR_I.test(word) && !ARTICLE_BEFORE_WORD.test(before))) return false;
  // Nor a bullet's or a sentence's opening verb: "- Ranked partner stations by coverage", "Met partner teams weekly".
  const opening = (PAST_TENSE.test(word) || HYPHENATED_PAST.test(word) || IRREGULAR_PAST_OPENING.has(word)) && SENTENCE_START.test(before.slice(0, before.length - m[0].length + m[0].indexOf(word)));
  return !opening;
}

// The head of a function told tersely, with no "of", after "the", "our" or "their": "the VP Product", "our Head
// Payments", "the Director, Platform" (a new user's trial: the story "stayed inside one team"). The function is
// capitalised, and ends its phrase ("the director product decisions go to" is none). (No Unicode flag: see TEAM_WORDS.)
const TERSE_FUNCTION = new RegExp(String.raw`^,?\s(${FUNCTION})(?=\s*[,.;:!?)]|\s*$|\s(?:and|or|to|at|in|on|for|with|who|same|signed|agreed|approved|asked|said|wanted|was|had|[a-z]+ed)\b)`, 'i');
const OWNER_DETERMINER_BEFORE = /\b(?:the|our|their)\s$/i;

/** The function after a head's title told tersely ("VP Product", "Director, Platform"), as OF_FUNCTION's match is. */
function terseHead(role: string, before: string, tail: string): RegExpExecArray | null {
  if (!HEAD.test(role) || !OWNER_DETERMINER_BEFORE.test(before)) return null;
  const m = TERSE_FUNCTION.exec(tail);
  return m && /^[A-Z]/.test(m[1]!) ? m : null;
}

/**
 * "the ward manager", "the NOC duty manager", "the division's matron", "the NDMA county drought coordinator", "the
 * airport authority's duty manager": one to three qualifiers, at least one not generic.
 */
function hasOwnQualifier(before: string): boolean {
  if (POSSESSIVE_QUALIFIER.test(before)) return true;
  // Terse, with no article: "Escalated to supplier VP same day", "called plant manager" (not a post the candidate
  // took: "promoted to plant manager").
  const bare = BARE_QUALIFIED.exec(before);
  if (bare) return bare[1]!.trim().split(SPACES).some((w) => !GENERIC_QUALIFIER.has(w.toLowerCase()) && !DETERMINERS.has(w.toLowerCase()));
  const m = QUALIFIED_BY_WORDS.exec(before);
  if (!m) return false;
  const words = m[1]!.trim().split(SPACES);
  // Qualifiers of one noun phrase: "the Covid years the lead time" holds another article, and "the vendor's support
  // desk and Head-End Systems" ends a list before the role word. ("team" is no article: "the depot team manager".)
  if (words.some((w) => w.toLowerCase() !== 'team' && DETERMINERS.has(w.toLowerCase())) || /^(?:and|or)$/i.test(words.at(-1)!)) return false;
  // "the NOC duty manager" is one post; "the duty manager" is whoever is on, and "the team manager" whoever leads it.
  return words.some((w) => !GENERIC_QUALIFIER.has(w.toLowerCase()) && !DETERMINERS.has(w.toLowerCase()));
}

/**
 * Whether a story names a partner: in `partners:`, by an entry that names someone (not "TBD", "the team" or a sentence:
 * see nobodyIn), or by name or specific role anywhere it is told.
 */
export function namesPartner(story: StoryData): boolean {
  // One text for the whole story, so a word used as a product anywhere ("the Textly docs") is not
  // taken for a person where it stands alone ("we signed with Textly").
  return partnersOf(story).some((p) => nobodyIn(p) === undefined) || findPartnerMentions(spokenText(story)).some((m) => !m.indefinite);
}
