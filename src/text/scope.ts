/**
 * Cross-team scope: signs that a story reached beyond the candidate's own team. Several teams or orgs
 * ("across the mobile, payments and store teams", "six orgs"), cross-team words ("cross-functional",
 * "org-wide", "company-wide", also spelt "company wide" or "companywide"), a function or outside body worked with (Legal, finance, the vendor, the auditors), a team named by
 * a function, another kind than the candidate's ("the credit risk team", "the business contact centre"), a product
 * line's product manager ("the deposits product manager"), another org by name, or two different named teams. One
 * team on its own is the candidate's own work, however it is named, and so is a function's team the story puts the
 * candidate in ("I was the TPM on the fraud team").
 *
 * Lists and counts are read in a short window around the word that anchors them ("across", "teams"), so
 * the time stays linear in the text's length whatever it holds. Partners' roles come from no-named-partner's
 * findPartnerMentions, the one costlier pass, made once per call.
 */

import { NAME_WORD, findPartnerMentions, isFirm, isGivenName, isOrgLastWord, isPlace, mayBeGivenName, namesAPlace, notAName, type PartnerMention } from './names.js';
import { FUNCTION as PARTNER_FUNCTION, ROLE } from './partners.js';
import { COMMON_S_WORDS } from './common-s-words.js';
import { NOT_OBJECT, OBJECT_WORDS, inWordList } from './words.js';
import { POSSESSIVE_ENDING, isPossessive, ownerOf } from './possessive.js';

export type ScopeKind = 'cross' | 'units' | 'party';

export interface ScopeSignal {
  readonly index: number;
  readonly length: number;
  readonly text: string;
  readonly kind: ScopeKind;
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, both: 2, several: 3, many: 3,
  multiple: 3, dozens: 24, hundreds: 200,
};
const UNIT_PLURAL = String.raw`(?:teams|orgs|organi[sz]ations|departments|divisions|business units|product lines|lines of business|squads|tribes|(?:product|engineering|partner|working|business|service|platform|feature|delivery) groups|functions)`;
// "across pricing, the checkout team and the city operations leads", "spanning the POS team, loss prevention
// and customer care": a list of parties, read from each "across" (ACROSS) in a window of WINDOW characters.
const ACROSS = /\b(?:across|spanning|involving)\s/gi;
const ACROSS_LIST = /^(?:across|spanning|involving)\s+(?:the\s+)?(?:[\p{L}&-]+\s+){0,3}?[\p{L}&-]+(?:,\s+(?:the\s+)?(?:[\p{L}&'’-]+\s+){0,3}?[\p{L}&-]+)*,?\s+and\s+(?:the\s+)?[\p{L}&-]+/iu;
const WINDOW = 160;
// The people of several teams, the teams listed after them: "the team leads from compliance, operations and mobile", "the
// heads of risk, finance and IT" (a Lagos engineering manager's trial: three teams, as "the compliance, operations and
// mobile teams" are). Each item is a team. (Not one team's people: "the leads from compliance".)
const TEAMS_PEOPLE = /\b(?:team\s+)?(?:leads|heads|managers|representatives|reps|owners|engineering managers|product managers)\s+(?:from|of)\s/gi;
const TEAMS_PEOPLE_LIST = /^(?:team\s+)?(?:leads|heads|managers|representatives|reps|owners|engineering managers|product managers)\s+(?:from|of)\s+(?:the\s+)?((?:[\p{L}&-]+\s+){0,2}?[\p{L}&-]+(?:,\s+(?:the\s+)?(?:[\p{L}&'’-]+\s+){0,2}?[\p{L}&-]+)*,?\s+and\s+(?:the\s+)?(?:[\p{L}&-]+\s+){0,1}?[\p{L}&-]+)/iu;
const CROSS =
  /\bcross-?(?:team|functional|org(?:ani[sz]ation(?:al)?)?|site|region(?:al)?|company|border|business|product|platform|divisional|department(?:al)?)\b|\b(?:org|company|organi[sz]ation|division|enterprise|group|business|department)[-–]wide\b|\b(?:org|company|organi[sz]ation|enterprise) ?wide\b(?! open\b)|\bmulti-?(?:team|org|site|region|vendor|functional|department)\b|\binter-?(?:team|departmental|org)\b/gi;
// "functions" only as parts of a business, not code ("Lambda functions").
const UNITS = new RegExp(String.raw`(?<!\b(?:lambda|serverless|cloud|azure|helper|utility|hash|pure|test|the)\s)(?<!Microsoft\s|MS\s)\b${UNIT_PLURAL}\b`, 'gi');
// A named team, org or group: "the Payments team", "the platform org", "the SRE group", "the vendor's
// professional services group". "my team", "our team" and a bare "the team" are the candidate's own; "each
// team" and "another team" mean more than one. "team lead" and "team members" are people.
const UNIT = /\b(?:team|org|organi[sz]ation|group|department|division|squad|business unit)\b(?!['’]s\b|\s+(?:leads?|members?|managers?|mates?|of\s+\S+\s+(?:engineers|people|SREs|developers))\b)/giu;
const DETERMINER = new RegExp(String.raw`^(?:the|a|an|their|his|her|its|my|our|your|each|every|another|other|all|both|any|some|no|this|that|partner|neighbouring|neighboring|sister|adjacent|[\p{L}&-]+${POSSESSIVE_ENDING})$`, 'iu');
const SEVERAL = /^(?:each|every|another|other|all|both|partner|neighbouring|neighboring|sister|adjacent)$/i;
// Before a possessive, a word that makes its owner many: "each alarm's", "every service's", "any region's".
const EACH = /^(?:each|every|any|all)$/i;
const OWN = /^(?:new|same|whole|entire|core|small|one|single|own|current|old|\d+-person|[\p{L}]+-person|[\p{L}]+-strong)$/iu;
// Functions and outside bodies, written as parties: capitalised ("Legal", "Finance"), or after a word that
// brings in a party ("with finance", "got legal to", "and procurement"), or before one ("legal's review").
// ("client services", "customer services": the US name for the function that looks after accounts.)
// ("the contact centre", "the call center": the people who take customers' calls, as customer support does.)
// (Operations told in the energy trade's words too: "O&M", operations and maintenance, "the O&M manager".)
const FUNCTION = String.raw`(?:legal|finance|security|procurement|qa|quality assurance|recruiting|recruiters?|talent acquisition|hr|human resources|marketing|sales|compliance|privacy|customer support|customer success|client services|customer services|client success|site operations|operations(?: and maintenance)?|o&m|facilities|infosec|treasury|payroll|contact cent(?:re|er)s?|call cent(?:re|er)s?)`;
const FUNCTION_WORD = new RegExp(String.raw`\b${FUNCTION}\b`, 'i');
const FUNCTION_WORDS = new RegExp(String.raw`\b${FUNCTION}\b`, 'gi');
const FUNCTION_CAPITALISED = /(?<![.!?]\s|^|\n)\b(?:Legal|Finance|Security|Procurement|Recruiting|HR|Marketing|Sales|Compliance|Privacy|Support|Operations|Facilities|IT|InfoSec|Risk|Tax|Treasury)\b(?!\s+(?:team|org|group|department|lead|manager|director|engineer|counsel|partner|analyst|architect)s?\b)/g;
// A word that places a function in the business: "fraud operations", "site security", "university recruiting".
const FUNCTION_PLACE = String.raw`(?:fraud|risk|site|store|field|regional|global|central|local|network|warehouse|retail|corporate|group|people|revenue|seller|merchant|technical|university|campus|product|platform|payments?|data|business|commercial|consumer|credit)`;
// Functions named by the people in them, where the bare word would be ambiguous ("between risk and speed",
// "tax and shipping"): "the risk lead", "the tax manager", "the data protection officer".
const ROLE_FUNCTION = String.raw`(?:${FUNCTION}|support|account|key account|risk|fraud|tax|audit|internal audit|data protection|logistics|supply chain|communications|comms|public relations|investor relations|commercial|merchandising|pricing|strategy|brand|regulatory|policy|public policy|clinical|medical|quality|health and safety|safety|trust and safety|customer service|property|real estate|vendor management|sourcing|sustainability|esg|environmental|energy management|accessibility|learning and development|l&d|talent|workplace|estates|internal comms)`;
// Someone who works in a function, singular or plural: "the recruiting lead", "the finance business partner"; the function
// may head a compound, "the fraud-models lead", "the legal-ops manager" (a user's trial).
const FUNCTION_ROLE = String.raw`(?:leads?|managers?|directors?|heads?|business partners?|partners?|counsel|analysts?|officers?|controllers?|specialists?|liaisons?|approvers?|reviewers?|contacts?|team leads?)`;
// A kind of risk is a function where a party is brought in or worked with: "I worked with credit risk", "got fraud risk
// to sign off" (not a risk run or weighed: "losses from credit risk", "between credit risk and speed", "loans with
// credit risk above 5%").
const RISK_FUNCTION = String.raw`(?:(?:credit|fraud|market|operational|enterprise|model|liquidity|conduct|third-party|vendor)\s+risk|risk management|risk and compliance)`;
const RISK_WORD = new RegExp(String.raw`\b${RISK_FUNCTION}\b`, 'i');
const NOT_PARTY_AFTER = String.raw`(?:work|tickets?|queues?|costs?|budgets?|patches|reviews?|data|metrics|tools?|tooling|systems?|software|platforms?|migrations?|work|load|hours|calls?|burden|requests?|checks?|debt|engineers?)`;
const NOT_RISK_PARTY_AFTER = String.raw`(?:${NOT_PARTY_AFTER}|scores?|models?|ratings?|exposures?|limits?|appetite|assessments?|profiles?|levels?|above|below|over|under|of)`;
// Something handed to a function, as to a party: "handed the launch notes to marketing", "sent the plan to legal for review".
const HANDED_TO = String.raw`(?:handed|sent|passed|forwarded|escalated|pitched|presented|explained|reported|submitted|showed|gave)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?to`;
const FUNCTION_AS_PARTY = new RegExp(
  String.raw`\b(?:with|from|and|between|across|involving|including|briefed|told|asked|convinced|persuaded|get|got|getting|bring|brought|bringing|involved|consulted|aligned|aligning|engaged|looped(?: in)?|pulled in|roped(?: in)?|walked|kept|updated|alerted|notified|warned|invited|lobbied|${HANDED_TO})\s+(?:the\s+|our\s+)?(?:${FUNCTION_PLACE}\s+)?${FUNCTION}\b(?!\s+${NOT_PARTY_AFTER}\b)|` +
    String.raw`\b(?:with|involving|briefed|told|asked|convinced|persuaded|get|got|getting|bring|brought|bringing|involved|consulted|aligned|aligning|engaged|looped in|pulled in|roped in)\s+(?:the\s+|our\s+)?${RISK_FUNCTION}\b(?!\s+${NOT_RISK_PARTY_AFTER}\b)|` +
    String.raw`\b${FUNCTION}['’]s\s+(?:[\p{L}-]+\s+)?(?:review|sign-?off|approval|concerns?|requirements?|ruling|analysis|team|input|feedback|plans?|date|deadline|brief|campaign|copy|asks?|requests?|priorities|questions|objections?|position|decision|timeline|go-ahead|blessing)\b|\b${FUNCTION}\s+(?:asked|approved|agreed|signed|wanted|reviewed|required|pushed|objected|needed|insisted|gave|set|demanded|mandated|flagged|blocked|requested|ruled|warned|told|accepted|rejected|confirmed|proposed|suggested|committed|chose|preferred|raised|escalated|vetoed|refused)\b|(?<!\b(?:I\s{1,3}was|I\s{1,3}am|I['’]m|as|became)\s{1,3}(?:the\s{1,3}|an?\s{1,3})?(?:[\p{L}-]{1,40}\s{1,3})?)\b${ROLE_FUNCTION}(?:-\p{L}+)?\s+${FUNCTION_ROLE}\b`,
  'giu',
);
// The head of a function: "I disagreed with our CFO, Marcelo Azevedo", "the CISO signed off". (Not the CTO or
// the CEO, who may head the candidate's own line.)
const C_SUITE = /\b(?:CFO|COO|CMO|CRO|CISO|CIO|CPO|CDO|CHRO|[Gg]eneral [Cc]ounsel|[Cc]hief (?:[Ff]inancial|[Oo]perating|[Mm]arketing|[Rr]evenue|[Rr]isk|[Ii]nformation [Ss]ecurity|[Ii]nformation|[Pp]rivacy|[Dd]ata|[Pp]eople|[Ll]egal|[Cc]ompliance) [Oo]fficer)\b/g;
// IT by its capitals, since "it leads to" is no party: "the IT manager", "IT business partners".
const IT_ROLE = new RegExp(String.raw`\bIT\s+${FUNCTION_ROLE}\b`, 'g');
const OUTSIDE = /\b(?:partner (?:engineering |product )?(?:teams?|orgs?|managers?|leads?|engineers?)|vendors?|sponsors?|school districts?|councils?|local authorit(?:y|ies)|suppliers?|contractors?|integrators?|regulators?|auditors?|agenc(?:y|ies)|implementation partners?|partner teams?|consultants?|(?<!\b(?:at|for|joined|join|joining|with(?:in)?|our|my|own)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?)consultanc(?:y|ies)|outsourcer|third part(?:y|ies)|resellers?|distributors?|wholesalers?|franchisees?|manufacturers?|carriers?|couriers?|landlords?|partners?|issuers?|acquirers?|card schemes?|(?:OEM|customer|client)\s+(?:buyers?|purchasing)|committees?|review boards?|steering (?:group|committee)s?|design authority|(?:provider|colo(?:cation)?|host|data cent(?:re|er))['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:managers?|engineers?|leads?|teams?|directors?|reps?|representatives?|contacts?|support)|(?:OEM|client|customer|retailer|airline|insurer|lender|hospital|university|school|bank|council|county|ministry|operator|authority)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:buyers?|purchasing|procurement|quality (?:engineers?|managers?|leads?|team)|managers?|engineers?|leads?|teams?|directors?|heads?|reps?|representatives?|contacts?|account (?:managers?|leads?)|programme managers?|program managers?|offices?|desks?|units?|departments?|agents?|coordinators?|officers?)|the\s+(?!(?:parent|holding|whole|entire|same|new|old|own|operating|largest|biggest|smallest|only|first|leading|main)\s)[\p{L}-]+\s+(?:company|firm|operator|provider|authority)\b(?!['’]s\s+(?:own|first|biggest|largest)\b))\b/giu;
// Product, design and engineering, the functions a product is built by, count when two of them are named together as
// parties: "I got product and engineering to agree", "the product and engineering leads", "Design and engineering
// signed off". Engineering on its own shows nothing, as the CTO doesn't: it may be the candidate's own line ("I
// worked with engineering"); and named as work ("six weeks of design and engineering work", "I launched the product
// and engineering signed off" (the product is a thing)) or as the candidate's title ("As the product and engineering
// lead, I…") it is no party.
const BUILDERS = String.raw`(?:product|design|ux|engineering)`;
const BUILDERS_LIST = String.raw`(${BUILDERS})(?:\s*,\s*${BUILDERS})*,?\s+(?:and|&)\s+(${BUILDERS})`;
// (Each lookbehind comes after a "\b", which fails at once inside a run of spaces: put first, "\s+" looking back
// through the run from each of its spaces made a story with 10,000 spaces in a row take 7 s, 40,000 minutes.)
const BUILDERS_AS_PARTIES = new RegExp(
  String.raw`\b(?<!\b(?:I\s{1,3}was|I\s{1,3}am|I['’]m|as|became)\s{1,3}(?:the\s{1,3}|an?\s{1,3})?(?:[\p{L}-]{1,40}\s{1,3}){0,2}(?:of\s{1,3})?)` +
    String.raw`(?:(?:with|between|across|involving|including|briefed|told|asked|convinced|persuaded|get|got|getting|bring|brought|bringing|involved|consulted|aligned|aligning|engaged|looped in|pulled in|roped in)\s+(?:both\s+)?(?:the\s+|our\s+)?${BUILDERS_LIST}\b(?!\s+(?:work|efforts?|weeks?|months?|days?|hours?|time|capacity|costs?|budgets?|resources?|headcount|debt|changes?|tickets?|backlogs?|estimates?|quality|requirements?|specs?|specifications?|docs?|documents?|documentation|reviews?|sprints?|roadmaps?|plans?|processes?|practices?|tools?|tooling|systems?|phases?|stages?|decisions?|choices?|of)\b)` +
    String.raw`|(?<!\b(?:the|a|an|our|my|its|their|this|that|new|of|and|or)\s+)${BUILDERS_LIST}\s+(?:both\s+|each\s+|then\s+|also\s+)?(?:asked|approved|agreed|signed|wanted|reviewed|pushed|objected|insisted|gave|demanded|flagged|blocked|requested|warned|told|disagreed|argued|clashed)\b` +
    String.raw`|${BUILDERS_LIST}\s+(?:leads|leaders|leadership|managers|directors|heads|VPs|partners|counterparts|stakeholders|sides)\b)`,
  'giu',
);
// "sides" as parts of the candidate's own work, not parties: "the product and engineering sides of the work were both
// mine", "I owned both the product and engineering sides" (one person's scope; "the product and engineering sides
// agreed" and "the product and engineering sides of the business" are parties).
const SIDES_OF_WORK =
  /^\s+of\s+(?:the|my|this|that|our|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:work|project|role|job|problem|launch|migration|programme|program|rollout|roll-out|effort|change|plan|story|task|release|initiative|build|feature|fix|redesign|remit|brief|portfolio|cutover|cut-over|delivery|upgrade|pilot)\b/iu;
const SIDES_MINE = /^(?:\s+of\s+[^.;:!?\n]{1,60}?)?\s+(?:were|was|are|became)\s+(?:both\s+|all\s+|entirely\s+|also\s+)?(?:mine|my\s+(?:job|call|remit|responsibility|problem))\b/iu;
const OWNED_SIDES = /\bI\s+(?:[\p{L}]+ly\s+)?(?:owned|own|ran|run|covered|cover|handled|handle|led|lead|managed|manage|took on|held|did|do|was responsible for|am responsible for|wore|straddled|spanned)\s+(?:both\s+)?(?:the\s+|our\s+|my\s+)?$/iu;

/** Whether the product and engineering "sides" between `before` and `after` are the candidate's own work. */
function ownSides(before: string, after: string): boolean {
  return SIDES_OF_WORK.test(after) || SIDES_MINE.test(after) || OWNED_SIDES.test(before);
}

// A firm named bare where it is worked with, as a party is: "worked with Accenture and Stripe to…", "got Deloitte to
// review it", "Worldpay confirmed our compliance". Known by name (names.ts's isFirm, the firms the name detection
// never takes for a person); each of a list after the verb ("Accenture and Stripe", "Visa, Mastercard and Amex"). Not a
// firm used, as its product is: "integrated with Stripe", "moved booking to Epic", "go live with Visa first".
const WITH_FIRM =
  /\b(?:(?:worked|working|partnered|partnering|collaborated|collaborating|negotiated|negotiating|signed|contracted|met|aligned|aligning|teamed up|coordinated|liaised|agreed|settled|sat down|escalated (?:it )?)\s+(?:closely\s+)?(?:with|to)|hired|engaged|briefed|convinced|persuaded|got|brought in|pulled in|looped in|lobbied|pressed|challenged|asked|told|(?:a|the|our)\s+(?:call|meeting|workshop|review)\s+with)\s+(?=\p{Lu})/gu;
const NAME_LIST = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,2}(?:(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,2})*/u;
const FIRM_ACTS =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}\p{N}&'’-]*)\s+(?:also\s+|then\s+|finally\s+)?(?:agreed|approved|signed(?: off)?|confirmed|required|asked|insisted|refused|pushed back|objected|rejected|audited|certified|warned|flagged|demanded|mandated|accepted|committed|offered|proposed|wanted|sponsored|co-funded|funded|escalated|vetoed|blocked)\b/gu;

// "got" a firm is a party only made to act, "got KPMG to review the controls" ("got Stripe live", "got Stripe to
// production" make its product work); "brought in" a firm, unless a noun follows that makes the firm its maker,
// "brought in Zebra scanners" (a firm's people are a party: "brought in Deloitte consultants").
const GOT = /\bgot\s+$/;
const MADE_TO_ACT = /^\s+to\s+(?:[a-z]+ly\s+)?(?!(?:production|prod|staging|market|launch|parity|work|scale|completion|the|a|an|our|their|its|all|every|go-live)\b)[a-z]/u;
const BROUGHT_IN = /\bbrought\s+in\s+$/;
const PRODUCT_NOUN = new RegExp(
  String.raw`^\s+(?!(?:${OBJECT_WORDS}|${NOT_OBJECT}|that|who|whose|which|consultants?|engineers?|auditors?|advisors?|advisers?|staff|people|experts?|specialists?|lawyers?|analysts?|contractors?|teams?|partners?|reps?|representatives?|account|support|field|professional|services|architects?|developers?|technicians?|ops)\b)\p{Ll}`,
  'u',
);

// A name the story itself says is an organisation: "Thoughtworks, the consultancy that built our app", "Endava, a
// Romanian consultancy", "our delivery partner Globant", "the vendor Korbel", "Lyra Labs", "Northwind Ltd". Then it is a
// firm where the story works with it as it is with a firm known by name ("I hired Endava, a…", "worked with
// Thoughtworks, the consultancy…"). A name that is only worked with says nothing of what it is: "worked with
// Thoughtworks" may be a person's name as "worked with Priya" is, and no name is taken for a firm for being capitalised.
const ORG_NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,2}`;
const FIRM_KIND = String.raw`(?:consultanc(?:y|ies)|(?:consulting|law|legal|accounting|audit|engineering|design|recruitment|recruiting|staffing|security|software|outsourcing|pr|marketing|advertising|logistics|research|investment|tech|technology)\s+(?:firm|house|company|shop)|firm|agency|vendor|supplier|sub-?contractor|contractor|(?:systems\s+)?integrator|provider|outsourcer|(?:delivery|implementation|technology|outsourcing|nearshore|offshore|consulting|integration|logistics|channel)\s+partner|company|start-?up|studio|insurer|reseller|distributor|manufacturer|maker|carrier|courier|broker|bank|lender)`;
const APPOSED_KIND = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${ORG_NAME}),\s+(?:a|an|the|our|their|its)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?${FIRM_KIND}s?\b(?!['’]s\b|\s+(?:lead|manager|director|engineer|contact|rep|representative|owner|head|partner)s?\b)`, 'gu');
// (Not "the vendor Tom, who fixed it", "our partner Priya, the product lead": a person, said so right after.)
const KIND_BEFORE = new RegExp(String.raw`\b(?:the|our|their|a|an|its)\s+(?:[\p{L}-]+\s+)?(?!firm\b)${FIRM_KIND}\s+(${ORG_NAME})(?![\p{L}\p{N}'’-])(?!,?\s+(?:who|whose|he|she)\b|,\s+(?:the|our|their|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:lead|manager|director|engineer|head|owner|analyst|designer|architect|officer|counsel|rep|contact)s?\b)`, 'gu');
const FIRST_WORD_OF = /^\p{Lu}[\p{L}\p{N}&'’.-]*/u;
const ORG_SUFFIX = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}\p{N}&'’.-]*)(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,2}\s+(?:Ltd|Limited|Inc|LLC|LLP|GmbH|plc|PLC|AG|BV|Pvt|Corp|Co)\b`, 'gu');
const ORG_LAST_WORD = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}\p{N}&'’.-]*)((?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){1,2})(?![\p{L}\p{N}'’-])/gu;

/** The first words of the names that `text` says are organisations (see ORG_NAME). */
function namedOrgs(text: string): Set<string> {
  const orgs = new Set<string>();
  const keep = (name: string): void => {
    const first = FIRST_WORD_OF.exec(name)?.[0].replace(/[.'’]+$/, '');
    if (first !== undefined && !notAName(first)) orgs.add(first);
  };
  for (const m of text.matchAll(APPOSED_KIND)) keep(m[1]!);
  for (const m of text.matchAll(KIND_BEFORE)) keep(m[1]!);
  for (const m of text.matchAll(ORG_SUFFIX)) keep(m[1]!);
  for (const m of text.matchAll(ORG_LAST_WORD)) if (isOrgLastWord(m[2]!.trim().split(/\s+/).at(-1)!)) keep(m[1]!);
  return orgs;
}

// An outside party by the deal made with it, whoever it is (a firm, or a freelancer, outside the team either way):
// "contracted Thoughtworks", "outsourced the Android app to Endava", "signed a six-month SOW with Endava", "Endava's
// day rate", "renewed the Korbel contract". (Not an illness caught: "I contracted COVID in March".) A deal or an
// agreement may be struck with a colleague ("negotiated a deal with Priya" to swap two sprints), so it tells an outside
// party only when the name is a firm (`loose`); a supply, licence or framework agreement is one with someone outside.
const ILLNESS = String.raw`(?:COVID|Covid|Long\s+Covid|SARS|MERS|Lyme|Ebola|Zika|MRSA|HIV|RSV|TB|H1N1|Mpox|Hepatitis|Legionnaires|Crohn|Epstein|Dengue|Malaria|Salmonella|Coronavirus)(?![\p{L}])`;
const DEALT_WITH = new RegExp(
  String.raw`\bcontracted\s+(?:with\s+)?(?!${ILLNESS})(?=\p{Lu})` +
    String.raw`|\boutsourc(?:ed|ing)\s+(?:[\p{L}\p{N}-]+\s+){0,5}?to\s+(?=\p{Lu})` +
    String.raw`|\b(?:signed|agreed|negotiated|placed|raised|issued|renewed|extended)\s+(?:a|an|the|our|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:contract|SOW|statement of work|MSA|master services agreement|(?:framework|services|supply|licen[cs]e|licensing|reseller|distribution|data-sharing|data-processing|outsourcing|vendor|supplier)\s+agreement|purchase order|retainer|(?<loose>deal|agreement))\s+(?:with|to)\s+(?=\p{Lu})`,
  'gu',
);
const ORG_NAME_AT_START = new RegExp(`^${ORG_NAME}`, 'u');
const DEAL_AFTER = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${ORG_NAME})(?:['’]s?\s+(?:[\p{L}-]+\s+)?(?:SOW|statement of work|invoices?|quotes?|bids?|fees|day rates?|rate card|rates?|retainer|MSA)(?!\s+\p{Ll}[\p{L}-]*(?<!\b(?:down|up|by|from|to|for|of|and|in|on|at|with|was|were|is|are|came|went|had|has|rose|fell|doubled|dropped|went|that|which|so|but|or|until|before|after|twice|again|once))\b)|\s+(?:contract|SOW|MSA|retainer)(?!\s+(?:engineers?|staff|workers?|developers?|testers?|roles?|hires?))\b(?<=\b(?:the|our|their|a)\s+\S+(?:\s+\S+){0,2}\s+\S+))\b`, 'gu');

/** The parties the text makes a deal with: each with where it stands. `firm` tells a firm's name by its first word. */
function dealtWith(text: string, firm: (word: string) => boolean): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  for (const m of text.matchAll(DEALT_WITH)) {
    const at = m.index + m[0].length;
    const name = ORG_NAME_AT_START.exec(text.slice(at, at + 80))?.[0];
    const first = name === undefined ? undefined : FIRST_WORD_OF.exec(name)![0];
    if (first === undefined) continue;
    // (A firm known by name is no person's name either: "signed a contract with Accenture".)
    const known = firm(first.replace(/[.'’]+$/, ''));
    if (known || (!notAName(first) && m.groups?.loose === undefined)) found.push({ index: at, text: name! });
  }
  for (const m of text.matchAll(DEAL_AFTER)) {
    const first = FIRST_WORD_OF.exec(m[1]!)![0];
    // (Not a day's or a quarter's: "Friday's invoices", "Q3's SOW".)
    if (!notAName(first) && !/^(?:Q[1-4]|H[12]|FY\d*|It|That|This|There)$/.test(first)) found.push({ index: m.index, text: m[1]! });
  }
  return found;
}

/** The firms known by name that the text works with: each with where it stands. */
function firmParties(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  const orgs = namedOrgs(text);
  const firm = (word: string): boolean => isFirm(word) || orgs.has(word);
  for (const m of text.matchAll(WITH_FIRM)) {
    const at = m.index + m[0].length;
    const list = NAME_LIST.exec(text.slice(at, at + 120))?.[0] ?? '';
    const next = text.slice(at + list.length, at + list.length + 60);
    if ((GOT.test(m[0]) && !MADE_TO_ACT.test(next)) || (BROUGHT_IN.test(m[0]) && PRODUCT_NOUN.test(next))) continue;
    for (const item of list.matchAll(/\p{Lu}[\p{L}\p{N}&'’.-]*/gu)) {
      // (A firm's name is its first word: "DHL Freight", "Accenture Song".)
      if (firm(item[0].replace(/[.'’]+$/, '')) && (item.index === 0 || /(?:,|\band|&)\s+$/.test(list.slice(0, item.index)))) found.push({ index: at + item.index, text: item[0] });
    }
  }
  for (const m of text.matchAll(FIRM_ACTS)) if (firm(m[1]!)) found.push({ index: m.index, text: m[1]! });
  return [...found, ...dealtWith(text, firm)];
}

// Support as a function worked with: "I wrote the update with support", not "with support from my manager"
// or "support tickets".
const SUPPORT = /\b(?:with|and|briefed|told|asked|looped in|brought in)\s+(?:the\s+|our\s+)?support(?:\s+team)?\b(?!\s+(?:from|for|of|on|in|work|tickets?|queues?|load|hours|calls?|burden|requests?|engineers?|rota|costs?|contacts?|volume)\b)/gi;

// Other projects, each with its own team: "for two or three projects", "the project managers of the two new
// projects". ("I ran three projects" is several of the candidate's own, and says no more than "projects".)
const OTHER_PROJECTS =
  /\b(?:(?:other|two|three|four|five|six|several|multiple|neighbouring|neighboring|sister)\s+(?:(?!(?:of|my|our)\b)[\p{L}-]+\s+)?(?:projects|programmes|programs|product lines)|(?:project|programme|program|product)\s+(?:managers|leads|owners)\s+of)\b/giu;

// The candidate's own projects: "I juggled three projects", "I paused the two projects", "my two projects".
const OWN_BEFORE = /(?:\bI\s+[\p{L}-]+(?:\s+(?:the|all|my|our|both))?|\bmy|\bour)\s+$/iu;

// A vendor's support, named as the firm's: "Opened a case with AWS support", "escalated to Fastly support". (Not a
// feature: "shipped with IPv6 support".)
const VENDOR_SUPPORT = /\b(?:(?:case|ticket|incident|P[1-4]|[Ss]ev[- ]?[1-4]|call)\s+(?:with|to)|[Ee]scalated\s+(?:it\s+)?to|[Cc]alled|[Pp]aged|[Ll]ooped in|[Pp]ulled in)\s+(?:the\s+)?(?!(?:L\d|T\d|Tier|Level|Line|First|Second|Third)\b)\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)?\s+support\b(?!\s+(?:for|of|tickets?|queues?|load|hours|costs?|volume)\b)/gu;
// A vendor's people by their title: "Kevin Li, the AWS TAM", "our customer success manager at Datadog".
const VENDOR_ROLE = /^(?:TAM|CSM|technical account manager|customer success manager)\b/i;

export function findScopeSignals(text: string): readonly ScopeSignal[] {
  if (lastSignals?.text !== text) lastSignals = { text, signals: scopeSignals(text, partyMentions(text)) };
  return lastSignals.signals;
}

// Lint reads a story's parties and signs of scope for no-scope, and again for its readiness, from the same text: each
// is read once for the text last asked about.
let lastSignals: { readonly text: string; readonly signals: readonly ScopeSignal[] } | undefined;
let lastParties: { readonly text: string; readonly parties: readonly Party[] } | undefined;

function scopeSignals(text: string, parties: readonly Party[]): ScopeSignal[] {
  const found: ScopeSignal[] = [];
  const add = (index: number, match: string, kind: ScopeKind): void => {
    found.push({ index, length: match.length, text: match, kind });
  };
  for (const m of text.matchAll(CROSS)) add(m.index, m[0], 'cross');
  for (const list of [...acrossLists(text), ...withLists(text)]) add(list.index, list.text, 'cross');
  for (const m of text.matchAll(UNITS)) add(m.index, m[0], 'units');
  for (const m of text.matchAll(OTHER_PROJECTS)) if (!OWN_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) add(m.index, m[0], 'units');
  // A function or an outside body is always another party; a named team may be the candidate's own, so
  // it takes two different ones.
  const distinct = new Set(parties.filter((p) => p.key !== 'several').map((p) => p.key)).size;
  // …or one, where the story tells the candidate's own team apart as "my team" and does not put them in the named one
  // ("My team built the board … I met Ola Pietrzak, the MCC duty manager", "with my team of five … the community
  // team"; not "I lead the build engineering team … an engineer on my team").
  const own = new Set(parties.filter((p) => p.own).map((p) => p.key));
  for (const p of parties) {
    if (p.key === 'several') add(p.index, p.text, 'units');
    else if (!p.unit || distinct >= 2 || (!own.has(p.key) && (MY_TEAM.test(text) || besideOurTeam(text, p)))) add(p.index, p.text, 'party');
  }
  return found.sort((a, b) => a.index - b.index);
}

// The candidate's own team, told as theirs: "my team", "my own squad", "with my team of five" (not its lead or members,
// "my team lead", nor a thing of its own, "my team's backlog").
const MY_TEAM = /\bmy (?:own )?(?:team|squad)\b(?!['’]s|\s+(?:leads?|managers?|members?|mates?)\b)/i;
// …and as "our team", which is as often the whole company: "our payments team", "our squad" (its qualifier, group 1,
// names it).
const OUR_TEAM = /\bour\s+(?:own\s+)?(?:([\p{L}&-]+)\s+)?(?:team|squad|crew|group)\b(?!\s+(?:leads?|members?|managers?|mates?)\b)/giu;

/**
 * Whether the named team `p` is worked with beside the candidate's own told apart as "our team": "we agreed a cut-over
 * plan with the platform team … our team did the dual-writes" names two teams (a user's trial). (Not a team only named
 * beside "our team", "Our team … the iOS lead", which may be the same one; nor the same team told twice, "our platform
 * team … with the platform team"; nor one the story puts the candidate in.)
 */
function besideOurTeam(text: string, p: Party): boolean {
  if (!p.with) return false;
  const ours = [...text.matchAll(OUR_TEAM)].map((m) => m[1]?.toLowerCase());
  return ours.length > 0 && !ours.includes(p.key);
}

export function hasScope(text: string): boolean {
  return findScopeSignals(text).length > 0;
}

const TEAM_WORD_END = /\b(?:team|squad|crew|group|department|division)$/i;

/**
 * The one team a story names by name, as written where first named ("the platform team"), when it names only one and
 * doesn't put the candidate in it: what no-scope tells the candidate it read as perhaps their own. Undefined otherwise.
 */
export function loneTeam(text: string): string | undefined {
  const parties = partyMentions(text);
  const own = new Set(parties.filter((p) => p.own).map((p) => p.key));
  const teams = parties.filter((p) => p.unit && p.key !== 'several' && !own.has(p.key) && TEAM_WORD_END.test(p.text));
  if (teams.length === 0 || new Set(parties.filter((p) => p.key !== 'several').map((p) => p.key)).size > 1) return undefined;
  // As written, with the determiner of a possessive: "the vendor's delivery team", not "vendor's delivery team".
  const team = teams[0]!;
  const lead = POSSESSIVE_START.test(team.text) ? (DETERMINER_BEFORE.exec(text.slice(Math.max(0, team.index - 8), team.index))?.[1] ?? '') : '';
  return `${lead}${team.text}`.replace(/^The\b/, 'the');
}

const POSSESSIVE_START = new RegExp(String.raw`^[\p{L}&-]+${POSSESSIVE_ENDING}\s`, 'u');
const DETERMINER_BEFORE = /(?:^|[^\p{L}])((?:the|a|an|our|my|their|his|her|its|this|that)\s+)$/iu;

/**
 * How many teams or orgs the story says were involved, at most: "three teams" (3), "across the mobile,
 * payments and store teams" (3), or the distinct parties named. 0 or 1 is one team's work.
 */
export function teamsInvolved(text: string): number {
  const parties = partyMentions(text);
  // Each party once, and each team of a list before a plural ("the product and UX teams" is two) as one more
  // beside them: "the product and UX teams, engineering and client services" is at least three.
  const keys = new Set(parties.filter((p) => p.key !== 'several').map((p) => p.key));
  let most = 0;
  for (const m of text.matchAll(PLURAL)) {
    const head = text.slice(Math.max(0, m.index - WINDOW), m.index);
    const count = COUNT_BEFORE.exec(head);
    if (count) most = Math.max(most, /^\d+$/.test(count[1]!) ? Number(count[1]) : (NUMBER_WORDS[count[1]!.toLowerCase()] ?? 0));
    const list = LIST_BEFORE.exec(head);
    if (list) for (const item of itemList(list[1]!)) keys.add(item.split(/\s+/).at(-1)!.toLowerCase());
  }
  most = Math.max(most, keys.size);
  for (const list of acrossLists(text)) most = Math.max(most, items(list.text));
  for (const m of text.matchAll(TEAMS_PEOPLE)) {
    const list = TEAMS_PEOPLE_LIST.exec(text.slice(m.index, m.index + WINDOW));
    // (An item that is a piece of work is dropped from the count, not the whole list: "the owners of checkout, search and
    // the incident" are two teams' people.)
    if (list) most = Math.max(most, itemList(list[1]!).filter((item) => !isPieceOfWork(item)).length);
  }
  return most < 2 && findScopeSignals(text).length > 0 ? 2 : most;
}

const PLURAL = new RegExp(String.raw`\b${UNIT_PLURAL}\b`, 'gi');
// Just before a plural unit: a count ("six backend teams") or a list ("the mobile, payments and store teams").
const COUNT_BEFORE = new RegExp(String.raw`\b(\d+|${Object.keys(NUMBER_WORDS).join('|')})\s+(?:[\p{L}-]+\s+){0,2}?$`, 'iu');
const LIST_BEFORE = new RegExp(String.raw`((?:[\p{L}&-]+\s+){0,2}?[\p{L}&-]+(?:,\s+(?:[\p{L}&-]+\s+){0,2}?[\p{L}&-]+)*,?\s+and\s+(?:the\s+)?(?:[\p{L}&-]+\s+){0,2}?[\p{L}&-]+)\s+$`, 'iu');

// An item of such a list that is a piece of work, or a part of the one before it ("its fix", "their test"), not a team:
// "the owners of the bug, its fix and its test" are one group of people, whatever they own. (Not a function's name that
// is a word of work too, told bare: "the heads of risk, release and PR", "the leads from dev, test and ops", "the heads of
// incident, problem and change"; a piece of work has an article or an owner before it.)
const PIECE_OF_WORK =
  /^(?:(?:its|their|his|her|my|our|your)\s.*|(?:the|a|an|this|that)\s+(?:[\p{L}-]+\s+)?(?:bugs?|fix(?:es)?|tests?|defects?|issues?|tickets?|incidents?|outages?|changes?|patch(?:es)?|decisions?|problems?|tasks?|actions?|follow-?ups?|alerts?|runbooks?|post-?mortems?|root causes?|workarounds?|rollbacks?|hotfix(?:es)?|pull requests?))$/iu;

/** Whether an item of a list after a team's people is a piece of work or a part of the one before it (PIECE_OF_WORK). */
function isPieceOfWork(item: string): boolean {
  return PIECE_OF_WORK.test(item.trim());
}

function items(list: string): number {
  return itemList(list).length;
}

function itemList(list: string): string[] {
  return list.split(/,\s+and\s+|,\s+|\s+and\s+/);
}

function acrossLists(text: string): { index: number; text: string }[] {
  return listsAfter(text, ACROSS, ACROSS_LIST);
}

/**
 * "with the game analytics team, client engineering and FinOps": three or more worked with, one of them a
 * team or a function ("with Priya, Tom and Ana" may be one team). A sign of scope, but not a count of teams:
 * the items may be people and their roles ("with Kwame, the Security manager, and Lena").
 */
function withLists(text: string): { index: number; text: string }[] {
  return listsAfter(text, WITH, WITH_LIST, (list) => items(list) >= 3 && (PARTY_WORD.test(list) || FUNCTION_WORD.test(list)));
}

/** Each list that `list` reads from an `anchor` word, in a window of WINDOW characters, and `keep` accepts. */
function listsAfter(text: string, anchor: RegExp, list: RegExp, keep: (list: string) => boolean = () => true): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  for (const m of text.matchAll(anchor)) {
    const match = list.exec(text.slice(m.index, m.index + WINDOW));
    if (match && keep(match[0])) found.push({ index: m.index, text: match[0] });
  }
  return found;
}

const WITH = /\bwith\s/gi;
const WITH_LIST = /^with\s+(?:the\s+)?(?:[\p{L}&-]+\s+){0,4}?[\p{L}&-]+(?:,\s+(?:the\s+)?(?:[\p{L}&'’-]+\s+){0,4}?[\p{L}&-]+)+,?\s+and\s+(?:the\s+)?(?:[\p{L}&-]+\s+){0,4}?[\p{L}&-]+/iu;
const PARTY_WORD = /\b(?:teams?|orgs?|ops|operations|engineering|eng|groups?|desks?|departments?|squads?|councils?|boards?|committees?|vendors?|partners?|suppliers?)\b/i;

interface Party {
  readonly index: number;
  readonly text: string;
  /** What makes two mentions the same party: "payments" for "the Payments team" and "payments". */
  readonly key: string;
  /** A team, org or group by name, as opposed to a function or an outside body. */
  readonly unit?: boolean;
  /** A team the story puts the candidate in ("I led the build team"). */
  readonly own?: boolean;
  /** A team worked with: "with the platform team", "briefed the data team". */
  readonly with?: boolean;
}

const ROLE_OF = /\bof\s+(?:the\s+)?([\p{L}&-]+)/u;
// Two named services, systems or teams something runs between, one of them told by what it is ("service", "team"):
// "between payments and the ledger service", "between the Payments team and Ledger" (groups 1 and 3 their names, 2 and
// 4 what they are). Not what a choice is made between ("between speed and cost"): one side must be a service or a team.
const SYSTEM_WORD = String.raw`(?:team|squad|service|system|platform|app|application|api|org|organi[sz]ation|group|domain|department)`;
const BETWEEN_TWO = new RegExp(
  String.raw`\bbetween\s+(?:the\s+|our\s+|their\s+)?([\p{L}&-]+)(?:\s+(${SYSTEM_WORD}))?\s+(?:and|&)\s+(?:the\s+|our\s+|their\s+)?([\p{L}&-]+)(?:\s+(${SYSTEM_WORD}))?\b`,
  'giu',
);
// Words that name no owner, only a side of one team's own work: "between the old and the new system".
const SAME_SIDE =
  /^(?:old|new|legacy|current|existing|previous|next|source|target|primary|secondary|main|backup|first|second|third|internal|external|upstream|downstream|both|two|same|other|one|each|staging|production|prod|test|live|blue|green|a|an|the|us|them|me|it|this|that|i|we|you|they)$/i;
// A person's name just before their role, set off by a comma: "Arjun Mehta, " of "Arjun Mehta, the fraud-models lead".
const NAMED_BEFORE = /(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2},\s*$/u;
// A discipline inside a product team, which a lead may head inside the candidate's own team: "the iOS lead".
const DISCIPLINE =
  /^(?:ios|android|mobile|web|frontend|front-end|backend|back-end|full-stack|fullstack|qa|test|testing|design|ux|ui|tech|technical|engineering|dev|development|product|program|programme|project|delivery|release|app|firmware|hardware|software|scrum|agile)$/i;
// Another organisation by its name, told by the kind of body it is: "Equity Bank", "the Ministry of Health",
// "Schweitzer Engineering Laboratories", "Harland & Rae LLP", "Kent County Council". (Not where the candidate
// works: "at Equity Bank", "joined Harland Bank"; nor a unit of a bank: "the Retail Bank"; nor "Every Hospital".
// No "Insurance" or "Logistics": "Motor Insurance" and "Inbound Logistics" are as often the candidate's own.)
const NAMED_BODY = /(?:\b(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*|(?<![\p{L}'’-])(?!(?:At|In|For|With|From|To|By|On|The|Our|My|Their|When|After|Before|Then|As|Joined|Within|Inside|Every|Each|All|Any|This|That|These|Those|Its|His|Her)\s)(?!(?:Retail|Commercial|Investment|Private|Business|Corporate|Consumer|Personal|Digital|Mobile|Online)\s+Bank\b)\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*){0,3}\s+(?:Bank|Council|Authority|Agency|Commission|Hospital|University|Laboratories|Ltd|Limited|Inc|LLP|LLC|GmbH|plc|Consulting|Consultants|Associates|Airlines|Airways|Railways?|Health Board|NHS Trust|Police|Fire Service|Coastguard))\b/gu;
const WORKS_AT = /\b(?:at|joined|join|joining|for|within|inside)\s+(?:the\s+)?$/i;
// A named firm's or person's people, or a firm's site, another party as the vendor's are: "Liebherr's service engineers",
// "Timken's lab in Canton", "Siemens Gamesa's Houston service center" (not the candidate's employer's: "at Acme … Acme's
// Leeds depot"), "Castellan's Charlotte office", "two of Priya's planners", "with Piotr's two storekeepers" (dev round
// 39). (People only by a noun no firm's product goes by: not "Datadog's agents", "Siemens' controllers", "Nvidia's
// drivers".) (Not a day's or a month's: "Friday's crew"; nor the CTO's or the CEO's, who may head the candidate's own
// line; nor one part of a body named whole: "Equity Bank's engineers" is one party, Equity Bank.)
// The people any owner has, as OWNERS_PEOPLE and OWNERS_PEOPLE_OF read them.
const OWNED_PEOPLE = String.raw`(?:engineers|engineer|staff|offices?|technicians?|crews?|planners?|buyers?|people|labs?|laborator(?:y|ies)|service cent(?:re|er)s?|plants?|factor(?:y|ies)|workshops?|warehouses?|depots?|(?:store|stock|shop|time|gate)?keepers|store(?:men|women)|developers|analysts|supervisors|inspectors|fitters|testers|dispatchers|clerks|electricians|riggers|welders|linemen|foremen|moderators)`;
const OWNERS_PEOPLE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?!(?:It|That|There|Here|What|Who|He|She|Let|CTO|CEO|Everyone|Everybody|Someone|Somebody|Nobody|Q[1-4]|H[12]|FY\d*|Today|Yesterday|Tomorrow|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Year|Week|Month|Quarter)['’]s\b)(\p{Lu}[\p{L}\p{N}&-]*)['’]s\s+(?:[\p{L}-]+\s+){0,2}?${OWNED_PEOPLE}\b`, 'gu');

// …and told with "of", as Dutch, German and Polish English has it: "the engineers of Kleinveld Valves", "the planners of
// Jan Nowak" (dev round 44), as "Kleinveld's engineers" is. The owner a name (group 1), not a place, a month or a
// day ("the engineers of Berlin", "the crews of March"), nor one word no list knows ("the engineers of Rotterdam"), nor
// where the candidate works.
const OWNERS_PEOPLE_OF = new RegExp(
  String.raw`\b(?:the|their|two|three|four|several|some|a\s+few)\s+(?:[\p{L}-]+\s+){0,2}?${OWNED_PEOPLE}\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&'’-]*\s+){0,2}\p{Lu}[\p{L}\p{N}&'’-]*)(?![\p{L}\p{N}'’-])`,
  'gu',
);
// One word after "of" that is no firm known by name, no given name and no acronym is a place as often as not: "the engineers
// of Rotterdam" (a city no list holds) is no named party; "the engineers of Kestrel squad" (a team's word after it), "the
// planners of Piotr", "the engineers of Maersk" or "of KLV" may be.
const TEAM_WORD_AFTER = /^\s+(?:squad|team|crew|group|unit|department|division|tribe|guild|pod|cell|desk|chapter)s?\b/i;
const unknownWordAlone = (words: readonly string[]): boolean => words.length === 1 && !isFirm(words[0]!) && !isGivenName(words[0]!) && !/^\p{Lu}{2,}$/u.test(words[0]!);
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12])$/;

// A specialist of a discipline no product is built by, a function of their own however they are placed: "Dr Halvorsen,
// our fish health veterinarian", "the site's agronomist", "the company lawyer" (dev round 44: the vet who cut the
// lice stages read as inside one team). Not the candidate's own title ("I was the farm's veterinarian"), nor the people a
// product serves, who may be its users ("the nurses", "the pharmacists" are left out).
const SPECIALIST = /\b(?:the|our|their|a|an|its|[\p{L}-]+['’]s)\s+(?:(?!(?:for|of|to|with|and|or|the|a|an|our|their|in|on|at|by|from)\s)[\p{L}-]+\s+){0,3}?(veterinarians?|vets|vet(?=\s*[,.;:!?)]|\s+(?:and|who|to|for|on|at|in|from|signed|agreed|approved|asked|said|cut|checked|confirmed|reviewed)\b)|agronomists?|biologists?|ecologists?|hydrologists?|geologists?|toxicologists?|epidemiologists?|lawyers?|solicitors?|attorneys?|notar(?:y|ies)|accountants?|actuar(?:y|ies)|chemists?|pathologists?)\b/giu;

// Someone's team told as German and Polish tell it, "the team of Jan Nowak", "the teams of Anna and Piotr": each one
// named's team, as "Jan Nowak's team" is (the same party: the name's last word). Not a size or a title ("the team of
// 12", "a team of five engineers", "the team of the year"), nor people of a kind ("a team of Java developers", "a team
// of Polish and German engineers"): no plural noun, and no more names, after the list.
const PERSON = String.raw`(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?${NAME_WORD}(?:\s+${NAME_WORD}){0,2}(?![\p{L}\p{N}'’-])`;
const TEAM_OF = new RegExp(
  String.raw`\b(?:teams?|squads?|groups?|departments?)\s+of\s+(${PERSON}(?:(?:,\s+and|,|\s+and)\s+${PERSON})*)(?![\s,]+(?:and\s+)?(?:\p{Lu}\p{Ll}|\p{Ll}[\p{L}-]*s\b))`,
  'gu',
);
const PERSON_LAST = new RegExp(String.raw`(${NAME_WORD})(?![\p{L}\p{N}'’-])(?=(?:,\s+and|,|\s+and)\s+|$)`, 'gu');

// Someone named, or people by their work, from a team: the words before "the … team".
const FROM_THEIR_TEAM = /(?:\b(?!(?:Then|And|But|So|Also|Later|Next|Help|Support|Input|Pushback|Feedback|Data|Nobody|Someone|Everyone|Anyone|Apart|Aside|Away|Back)\s)\p{Lu}\p{Ll}[\p{L}'’-]*|\b(?:engineers?|developers?|people|folks|someone|somebody|analysts?|leads?|managers?|SREs?|PMs?|designers?|testers?|architects?|colleagues?|peers?))\s+from\s+$/u;

// The owner's word of the possessive a unit's words open with: "Systems" in "Systems' firmware team", "Globant's".
const NAME_RUN_END = /(\p{Lu}[\p{L}&-]*)(?:\s+\p{Lu}[\p{L}&-]*)*$/u;
const OWNER_BEFORE_UNIT = new RegExp(String.raw`^(\p{Lu}[\p{L}&-]*?)${POSSESSIVE_ENDING}$`, 'u');

// Where the candidate works, told before the name: "I was the TPM at Acme", "I spent six years with Acme", "joined
// Acme", "At Acme, …". Working with someone is not working at them: "I worked with Accenture's engineers", "I was
// working closely with Priya's planners"; nor is being responsible for them: "I was responsible for Timken's lab".
const WORKS_AT_BEFORE = new RegExp(
  String.raw`(?:\bjoined|\bjoining|\bI\s+(?:work|worked|working|was|am|served|spent\s+[\p{L}\p{N}-]+\s+years?)\s+(?:[\p{L}-]+\s+){0,4}?(?:at|(?<!\b(?:responsible|accountable|asking|waiting|looking|pushing|arguing|advocating)\s+)for|within)|\bI\s+(?:was|am|(?:spent|served)\s+[\p{L}\p{N}-]+\s+years?)\s+with|(?:^|[.!?]\s+|\n\s*)(?:[-*•]\s+)?(?:At|Within|Inside))\s+(?:the\s+)?$`,
  'u',
);
// The last word of what may stand before a name the candidate works at (a cheap first look, so WORKS_AT_BEFORE is
// tried only there).
const EMPLOYER_CUE = /\b(?:at|for|with|within|joined|joining|At|Within|Inside)\s+(?:the\s+)?(?=\p{Lu})/gu;
const NAME_AT = /[\p{L}\p{N}&-]+/uy;

/**
 * The names `text` says the candidate works at (see WORKS_AT_BEFORE): "Acme" for "I was the TPM at Acme", and each
 * of a name's parts that a name can stop at ("Rolls" and "Rolls-Royce" for "joined Rolls-Royce"). Read once per text,
 * each cue against the 200 characters before its name, so a long text stays linear.
 */
function employersIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(EMPLOYER_CUE)) {
    const at = m.index + m[0].length;
    const start = Math.max(0, at - 200);
    // (A window cut from inside the text is no start of it: "^" must not match there.)
    if (!WORKS_AT_BEFORE.test((start > 0 ? '\0' : '') + text.slice(start, at))) continue;
    NAME_AT.lastIndex = at;
    const name = NAME_AT.exec(text)?.[0] ?? '';
    for (let i = 1; i <= name.length; i++) if (i === name.length || /[&-]/.test(name[i]!)) names.add(name.slice(0, i));
  }
  return names;
}

function partyMentions(text: string): readonly Party[] {
  if (lastParties?.text !== text) lastParties = { text, parties: readParties(text) };
  return lastParties.parties;
}

function readParties(text: string): Party[] {
  const parties: Party[] = [];
  let orgs: Set<string> | undefined;
  let employers: Set<string> | undefined;
  const worksAt = (name: string): boolean => (employers ??= employersIn(text)).has(name);
  const ownKeys = new Set<string>();
  const functionTeams: Party[] = [];
  for (const m of text.matchAll(UNIT)) {
    const head = text.slice(Math.max(0, m.index - 60), m.index);
    const unit = namedUnit(head);
    if (!unit) continue;
    // Another org is scope on its own ("with the platform org"); one the candidate sits in is not. So is someone's
    // team they come from ("Suresh from the infra team", "two engineers from the payments team"), not the
    // candidate's own ("I moved from the payments team").
    const before = head.slice(0, head.length - unit.before);
    const org = /^(?:org|organi[sz]ation|division|department|business unit)$/i.test(m[0]) && !/\b(?:in|joined|within|at|of)\s+$/i.test(before);
    // A firm's team is another organisation's: "Ellison Print Systems' firmware team", "Globant's delivery team".
    const owner = OWNER_BEFORE_UNIT.exec(/^\S+/.exec(head.slice(head.length - unit.before))?.[0] ?? '')?.[1];
    // (…its name's first word, for where the candidate works: "joined Brightwater Logistics".)
    const first = owner === undefined ? undefined : (NAME_RUN_END.exec(head.slice(0, head.length - unit.before + owner.length))?.[1] ?? owner);
    const firms = owner !== undefined && (isFirm(owner) || isOrgLastWord(owner) || (orgs ??= namedOrgs(text)).has(owner)) && !worksAt(first!);
    const theirs = FROM_THEIR_TEAM.test(before);
    const mention = { index: m.index - unit.before, text: text.slice(m.index - unit.before, m.index + m[0].length), key: unit.key };
    // A team named by a function is another kind of team than the candidate's ("the credit risk team", "the Legal
    // team"), unless the story puts the candidate in it ("I was the TPM on the fraud team"); seen after.
    const ownTeam = OWN_TEAM_BEFORE.test(before) || OWN_TEAM_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (ownTeam) ownKeys.add(unit.key);
    else if (functionNamed(head.slice(head.length - unit.before))) functionTeams.push(mention);
    parties.push({ ...mention, unit: !org && !theirs && !firms, own: ownTeam, ...(WORKED_WITH_BEFORE.test(before) && { with: true }) });
  }
  for (const team of functionTeams) if (!ownKeys.has(team.key)) parties.push(team);
  // "the deposits product manager": product is another function than the candidate's where a product line names it.
  for (const m of text.matchAll(PRODUCT_ROLE)) {
    const key = m[1]!.toLowerCase();
    if (!ownKeys.has(key) && productLine(m[1]!) && !OWN_TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) && !/\b(?:my|our)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) {
      parties.push({ index: m.index, text: m[0], key });
    }
  }
  // "with credit risk, deposits product and the contact centre": each of three or more functions worked with.
  for (const list of listsAfter(text, FUNCTION_LIST_ANCHOR, FUNCTION_LIST)) {
    if (QUALITIES_AFTER.test(text.slice(list.index + list.text.length, list.index + list.text.length + 60))) continue;
    for (const item of itemList(list.text.replace(/^\S+\s+(?:together\s+)?/i, ''))) {
      const words = item.replace(/^the\s+/i, '');
      const key = (RISK_WORD.exec(words)?.[0] ?? FUNCTION_WORD.exec(words)?.[0] ?? (/\bproduct$/i.test(words) ? words.split(/\s+/)[0]! : words.split(/\s+/).at(-1)!)).toLowerCase();
      if (!ownKeys.has(key)) parties.push({ index: list.index, text: list.text, key: key.replace(/\s+/g, ' ') });
    }
  }
  // Work between two named services or teams joins their owners: "contract testing between payments and the ledger
  // service" (a user's trial read it as one team's), "the handoff between the Payments team and Ledger".
  for (const m of text.matchAll(BETWEEN_TWO)) {
    const a = m[1]!.toLowerCase();
    const b = m[3]!.toLowerCase();
    if ((m[2] === undefined && m[4] === undefined) || a === b || [a, b].some((w) => SAME_SIDE.test(w) || DISCIPLINE.test(w))) continue;
    parties.push({ index: m.index, text: m[0], key: a, unit: true }, { index: m.index, text: m[0], key: b, unit: true });
  }
  for (const m of text.matchAll(TEAM_OF)) {
    for (const name of m[1]!.matchAll(PERSON_LAST)) parties.push({ index: m.index, text: m[0], key: name[1]!.toLowerCase(), unit: true });
  }
  for (const m of text.matchAll(FUNCTION_CAPITALISED)) parties.push({ index: m.index, text: m[0], key: m[0].toLowerCase() });
  for (const m of text.matchAll(FUNCTION_AS_PARTY)) {
    const named = m[0].replace(/^(?:with|from|and|between|across|involving|including|briefed|told|asked|convinced|persuaded|get|got|getting|bring|brought|bringing|involved|consulted|aligned|aligning|engaged|looped in|pulled in|roped in)\s+/i, '');
    // (The last function named: "sent the security report to legal" hands it to legal.)
    const fn = RISK_WORD.exec(named) ?? [...named.matchAll(FUNCTION_WORDS)].at(-1);
    parties.push({ index: m.index, text: m[0], key: (fn?.[0] ?? m[0]).toLowerCase().replace(/\s+/g, ' ') });
  }
  for (const m of text.matchAll(BUILDERS_AS_PARTIES)) {
    const [a, b] = [m[1] ?? m[3] ?? m[5], m[2] ?? m[4] ?? m[6]].map((w) => w?.toLowerCase());
    if (a === undefined || b === undefined || a === b) continue;
    if (/\bsides$/i.test(m[0]) && ownSides(text.slice(Math.max(0, m.index - 60), m.index), text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    parties.push({ index: m.index, text: m[0], key: a }, { index: m.index, text: m[0], key: b });
  }
  for (const m of text.matchAll(IT_ROLE)) parties.push({ index: m.index, text: m[0], key: 'it' });
  for (const m of text.matchAll(C_SUITE)) parties.push({ index: m.index, text: m[0], key: m[0].toLowerCase() });
  for (const m of text.matchAll(SUPPORT)) parties.push({ index: m.index, text: m[0], key: 'support' });
  for (const m of text.matchAll(VENDOR_SUPPORT)) parties.push({ index: m.index, text: m[0], key: 'vendor' });
  for (const firm of firmParties(text)) parties.push({ index: firm.index, text: firm.text, key: firm.text.toLowerCase() });
  const bodies: { start: number; end: number }[] = [];
  for (const m of text.matchAll(NAMED_BODY)) {
    bodies.push({ start: m.index, end: m.index + m[0].length });
    if (!WORKS_AT.test(text.slice(Math.max(0, m.index - 12), m.index))) parties.push({ index: m.index, text: m[0], key: m[0].toLowerCase() });
  }
  for (const m of text.matchAll(OWNERS_PEOPLE)) {
    const owner = m.index + m[1]!.length;
    const first = NAME_RUN_END.exec(text.slice(Math.max(0, m.index - 60), owner))?.[1] ?? m[1]!;
    if (!bodies.some((b) => b.start <= m.index && owner <= b.end) && !worksAt(first)) parties.push({ index: m.index, text: m[0], key: m[1]!.toLowerCase() });
  }
  for (const m of text.matchAll(OWNERS_PEOPLE_OF)) {
    const words = m[1]!.split(/\s+/);
    if (namesAPlace(words) || isPlace(m[1]!) || words.some((w) => CALENDAR_WORD.test(w)) || notAName(words[0]!) || worksAt(words[0]!) || (unknownWordAlone(words) && !TEAM_WORD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)))) continue;
    parties.push({ index: m.index, text: m[0], key: words[0]!.toLowerCase() });
  }
  for (const m of text.matchAll(SPECIALIST)) {
    if (!OWN_TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) parties.push({ index: m.index, text: m[0], key: m[1]!.toLowerCase().replace(/(?:s|ies|ves)$/, '') });
  }
  for (const m of text.matchAll(OUTSIDE)) parties.push({ index: m.index, text: m[0], key: m[0].toLowerCase().replace(/ies$/, 'y').replace(/s$/, '') });
  // A partner's role tied to a team says where they sit, as a named team does: "the routing engineering lead"
  // and "the Phoenix depot manager" are two parties; one alone may be the candidate's own lead.
  for (const m of findPartnerMentions(text)) {
    if (m.kind === 'name') {
      const placed = placedPerson(text, m, ownKeys, worksAt);
      if (placed) parties.push(placed);
      continue;
    }
    if (m.kind !== 'role') continue;
    if (VENDOR_ROLE.test(m.text)) {
      parties.push({ index: m.index, text: m.text, key: 'vendor' });
      continue;
    }
    // "the head of analytics", "the VP of Sales": someone who heads a function or a named group is another party; so does
    // one told tersely, "the VP Product", "the Director, Platform".
    const of = ROLE_OF.exec(m.text) ?? TERSE_HEAD.exec(m.text);
    if (of) {
      parties.push({ index: m.index, text: m.text, key: of[1]!.toLowerCase() });
      continue;
    }
    const unit = namedUnit(text.slice(Math.max(0, m.index - 60), m.index));
    if (!unit) continue;
    // Someone named and then placed by an area they lead is another party, alone too: "Arjun Mehta, the fraud-models
    // lead", "Sibusiso Zulu, the dispatch manager" (a user's trial read the story as inside one team). A lead of a
    // discipline may sit in the candidate's own team: "Marcus Lee, the iOS lead", "Dana, the QA lead", "Marcus Bell, the
    // routing engineering lead".
    const start = m.index - unit.before;
    const named = NAMED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !text.slice(start, m.index).split(/\s+/).some((w) => DISCIPLINE.test(w));
    parties.push({ index: start, text: text.slice(start, m.index + m.length), key: unit.key, unit: !named });
  }
  return parties;
}

const TERSE_HEAD = /^(?:vp|svp|head|director|vice president),?\s+([\p{L}&-]+)$/iu;

// A person named and placed, in apposition, by the unit their post is in, either way round: "Wei Ling Tan, the Singapore
// platform on-call", "Emre Şahin, weaving plant director", "the wallet EM, Sana Qureshi" (group 1: the words that place
// them); or said to come from a function, a unit or a firm: "Nisha Rao from SRE", "Kate from Acme", "Jo in Accounts
// Payable" (group 1). New users' trials read stories naming these as inside one team. (Not a discipline's lead, who may
// sit in the candidate's own team, "Marcus Lee, the iOS lead"; nor one's own, "Nisha Rao from my team", "Sam, our
// payments lead"; nor a post no unit places, "Sarah Smith, the controller", "Dana, the senior engineer".)
const POST = String.raw`(?:${ROLE}|on-call|engineers?|SREs?|developers?|planners?|buyers?|dispatchers?|schedulers?|supervisors?)`;
const POST_ENDS = String.raw`(?=\s*[,.;:!?)]|\s*$|\s(?:at|in|on|of|for|from|with|who|and|since|during|to|[a-z]+ed)\b)`;
// (A word is anything but a space or a stop, and no Unicode flag: ROLE with the Unicode flag and case folding took 12 to 30
// ms to compile, and this one about 1.5.)
const POST_WORD = String.raw`[^\s,.;:!?()]+`;
const POST_AFTER_NAME = new RegExp(String.raw`^,\s(?:(?:the|their|a|an)\s)?((?:${POST_WORD}\s){1,3}?)${POST}${POST_ENDS}`, 'i');
const POST_BEFORE_NAME = new RegExp(String.raw`\b(?:the|their|a|an)\s((?:${POST_WORD}\s){1,3}?)${POST},\s$`, 'i');
// …or by a named owner's post, a firm's of two or three words too: "Aoife Brennan, Celtic Link's technical services
// manager" (dev round 44), as "Kevin Li, Shieldline's solutions engineer" is read. (Not a given name's, "Dana, Priya's
// deputy", who may sit beside the candidate, nor where the candidate works.)
const OWNER_AFTER_NAME = new RegExp(String.raw`^,\s((?:\p{Lu}[\p{L}\p{N}&-]*\s){0,2}\p{Lu}[\p{L}\p{N}&-]*)${POSSESSIVE_ENDING}\s`, 'u');
const POST_AFTER_OWNER = new RegExp(String.raw`^(?:${POST_WORD}\s){0,3}?${POST}${POST_ENDS}`, 'i');
const FROM_UNIT_AFTER_NAME = /^\s(from|in|at)\s(?:the\s)?(\p{Lu}[\p{L}&-]*)(?:\s(?:&\s)?\p{Lu}[\p{L}&-]*){0,2}(?![\p{L}\p{N}'’-])/u;
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,5}$/u;
const PARTNER_FUNCTION_WORD = new RegExp(String.raw`^${PARTNER_FUNCTION}$`, 'i');
// Words that place no one in a unit: the post's rank or shift, the one in it for now, or the candidate's own.
const NOT_A_UNIT = /^(?:my|our|your|team|squad|crew|hiring|line|duty|shift|night|weekend|relief|then|overall|main|only|first|second|account|other|assigned|designated|named|relevant|responsible|right|same|new|old|most|least|best|very|more)$/i;
const ARTICLE = /^(?:the|a|an|their|its|his|her)$/i;
// …said to be of the candidate's own team after the post: "the most senior developer in my squad".
const IN_OWN_TEAM = /^\s(?:in|on|from|of)\s(?:my|our)\b/i;

/** The party a person named stands for, where the text places them in a unit (see POST_AFTER_NAME), else undefined. */
function placedPerson(text: string, m: PartnerMention, ownKeys: ReadonlySet<string>, worksAt: (name: string) => boolean): Party | undefined {
  const after = text.slice(m.index + m.length, m.index + m.length + 100);
  const from = FROM_UNIT_AFTER_NAME.exec(after);
  if (from) {
    const unit = from[2]!;
    // "in" a function or initials ("Jo in Accounts Payable", "in SRE"), not a place or a month; "from" or "at" a firm
    // or a unit too ("from Acme"), not where the candidate works.
    // (Nor a place of two or three words: "Kate from Long Beach", "from Palm Springs".)
    const words = from[0].trim().split(/\s+/).slice(1).filter((w) => w !== 'the' && w !== '&');
    const named = !namesAPlace(words) && (PARTNER_FUNCTION_WORD.test(unit) || ACRONYM.test(unit) || (from[1] !== 'in' && !notAName(unit) && !isPlace(unit)));
    const key = unit.toLowerCase();
    if (named && !ownKeys.has(key) && !worksAt(unit)) return { index: m.index, text: m.text + from[0], key };
  }
  const owned = OWNER_AFTER_NAME.exec(after);
  if (owned && POST_AFTER_OWNER.test(after.slice(owned[0].length))) {
    const words = owned[1]!.split(/\s+/);
    const single = words.length === 1 && mayBeGivenName(words[0]!);
    if (!single && !namesAPlace(words) && !isPlace(owned[1]!) && !notAName(words[0]!) && !worksAt(words[0]!)) return { index: m.index, text: m.text, key: words[0]!.toLowerCase() };
  }
  const postAfter = POST_AFTER_NAME.exec(after);
  const post = postAfter ?? POST_BEFORE_NAME.exec(text.slice(Math.max(0, m.index - 80), m.index));
  if (!post || (postAfter && IN_OWN_TEAM.test(after.slice(postAfter[0].length)))) return undefined;
  const words = post[1]!.trim().split(/\s+/).filter((w) => !ARTICLE.test(w));
  if (words.some((w) => DISCIPLINE.test(w) || NOT_A_UNIT.test(w.replace(/['’]s?$/, '')))) return undefined;
  const key = words.map((w) => w.replace(/['’]s?$/, '').toLowerCase()).find((w) => !OWN.test(w) && !GENERIC_QUALIFIER.test(w));
  return key === undefined || ownKeys.has(key) ? undefined : { index: m.index, text: m.text, key };
}

// Where the story puts the candidate in the team named next: "I was the TPM on the", "I joined the", "As the analyst
// in the", "I led the", "we reported into the", "my team, the" (working with a team is not being in it: "I worked
// with the").
const OWN_TEAM_BEFORE =
  /(?:\bI\s+(?:was|am|work|worked|working|sat|sit|served|serve|spent\s+[\p{L}\p{N}-]+\s+years?)\s+(?:[\p{L}-]+\s+){0,4}?(?:on|in|within|for)|\bI['’]m\s+(?:[\p{L}-]+\s+){0,4}?(?:on|in|within|for)|\b(?:joined|joining|embedded\s+(?:with|in|into)|moved\s+(?:to|from|into)|transferred\s+(?:to|from|into)|came\s+from|(?:I|we)\s+(?:led|lead|ran|run|managed|manage|headed|head|built|formed|grew|started|set up)|report(?:ed|s|ing)?\s+into|\b(?:my|our)\s+(?:own\s+)?(?:team|squad|group|org|department|unit),)|\bas\s+(?:(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?|(?!(?:well|soon|far|long|much|many|such|if|though|of|for|in|on|within)\b)(?:[\p{L}-]+\s+){1,3}?)(?:on|in|for|of|within))\s+$/iu;
// …or after it: "the payments team I lead", "the search team, which I manage", "the checkout team (my team)".
const OWN_TEAM_AFTER = /^(?:,?\s+(?:that|which|who))?\s+I\s+(?:now\s+|then\s+)?(?:lead|led|manage|managed|run|ran|head|headed|built|formed|joined|was\s+on|am\s+on|sat\s+in|sit\s+in)\b|^,?\s*\(?(?:my|our)\s+(?:own\s+)?team\b/iu;
// A team brought in as a party, right before its name: "agreed a cut-over plan with the platform team", "our team and the
// data team", "briefed the finance systems team". (Not "embedded with the eight engineers on the checkout web team".)
const WORKED_WITH_BEFORE =
  /(?:\b(?:with|alongside|between|briefed|convinced|persuaded|aligned|engaged|looped\s+in|pulled\s+in|brought\s+in|handed\s+(?:(?:it|this|them|the\s+\S+)\s+)?(?:over\s+|back\s+)?to|escalated\s+(?:it\s+)?to)|\b(?:my|our)\s+(?:own\s+)?(?:team|squad|crew|group)\s+and)\s+$/iu;
// The candidate's own title: "As the deposits product manager, I…", "I was the payments product owner".
const OWN_TITLE_BEFORE = /\b(?:I\s+was|I\s+am|I['’]m|as|became|promoted\s+to)\s+(?:the\s+|an?\s+)?$/iu;
// A product role with a product line before it; its first word is the line: "the deposits product manager".
const PRODUCT_ROLE = /(?<![\p{L}\p{N}'’-])([\p{L}&-]+)\s+product\s+(?:managers?|owners?|leads?|directors?|heads?|marketing\s+managers?)\b/giu;
// Qualifiers that name no product line: "the senior product manager", "the group product manager".
const GENERIC_QUALIFIER = /^(?:senior|sr|junior|jr|lead|principal|staff|associate|group|technical|chief|head|interim|acting|former|previous|outgoing|incoming|digital|and|or|with|to|for|from|of|in|on|at|by|I|we|as|was|is|were|are|be|became|promoted)$/i;

// The shape of a word that describes rather than names: "assigned", "only", "relevant", "responsible", "usual".
const DESCRIBING_SHAPE = /(?:[^e]ed|ly|[^m]ent|ant|[ai]ble|al|ive|ous|ful|less|ic)$/;
const ROLE_FUNCTION_WORD = new RegExp(String.raw`^${ROLE_FUNCTION}$`, 'i');

/**
 * Whether the word before "product" names a product line, a noun: a name ("Payments"), a plural ("deposits",
 * "returns"), a word with a plural ("loyalty", "checkout", "mortgage"; the common -s words, COMMON_S_WORDS), a
 * function ("pricing"), a line's trade ("lending", "billing") or a word with no plural that is not shaped to describe
 * ("data", "wealth"); not a word that describes the manager: "the assigned", "dedicated" or "only product manager".
 */
function productLine(word: string): boolean {
  if (DETERMINER.test(word) || OWN.test(word) || GENERIC_QUALIFIER.test(word)) return false;
  if (/^\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  const last = lower.split(/[-&]/).filter(Boolean).at(-1) ?? lower;
  if (/[^e]ing$/.test(last) || ROLE_FUNCTION_WORD.test(lower)) return true;
  const plurals = [last, `${last}s`, `${last}es`, last.replace(/([^aeiou])y$/, '$1ies')];
  if (plurals.some((plural) => /s$/.test(plural) && !/(?:ous|ss)$/.test(plural) && inWordList(COMMON_S_WORDS, plural))) return true;
  return !DESCRIBING_SHAPE.test(last);
}
// Words that name a function ahead of a team word, or a product line's product team: "credit risk", "legal",
// "the contact centre", "deposits product". (ROLE_FUNCTION has "risk" and, through FUNCTION, the contact and call
// centres: naming them again let a list's items be read two ways each, see FUNCTION_LIST.)
const FUNCTION_NAME = String.raw`(?:${RISK_FUNCTION}|${ROLE_FUNCTION})`;
const FUNCTION_NAMED = new RegExp(String.raw`\b${FUNCTION_NAME}\s*$`, 'iu');
const PRODUCT_NAMED = /(?:^|\s)([\p{L}&-]+)\s+product\s*$/iu;

/** Whether a team's words, "the credit risk " of "the credit risk team", name it by a function. */
function functionNamed(words: string): boolean {
  if (FUNCTION_NAMED.test(words)) return true;
  const line = PRODUCT_NAMED.exec(words)?.[1];
  return line !== undefined && productLine(line);
}

// Three or more functions worked with, each told by its function's words: "with credit risk, deposits product and
// the contact centre". (Read from each anchor in a window of WINDOW characters, as the "across" lists are.)
const FUNCTION_ITEM = String.raw`(?:the\s+)?(?:[\p{L}&-]+\s+){0,2}?(?:${FUNCTION_NAME}|(?!(?:the|a|an|our|my|their|new|same|senior|group|technical)\s)[\p{L}&-]+\s+product)(?![\p{L}&-])`;
// An item read one way only, its first reading that ends where the list goes on (group `n` holds it): an item may
// be read several ways ("credit risk" as a kind of risk or as "risk" after a word, "the contact centre" with "the"
// as a word), and a list with no "and X" to end it was tried every way of every item, 2^24 ways for 24 items.
// (A lookahead is never backtracked into; the backreference takes what it read.)
const ONE_READING = (n: number, then: string): string => `(?=(${FUNCTION_ITEM})(?=${then}))\\${n}`;
const FUNCTION_LIST_ANCHOR = /\b(?:with|between|across|including|involving|got|brought|briefed|aligned|convinced)\s/gi;
const FUNCTION_LIST = new RegExp(
  String.raw`^(?:with|between|across|including|involving|got|brought|briefed|aligned|convinced)\s+(?:together\s+)?${ONE_READING(1, ',')}(?:,\s+${ONE_READING(2, String.raw`,|\s+(?:and|&)\s`)})+,?\s+(?:and|&)\s+${FUNCTION_ITEM}`,
  'iu',
);

// A list of qualities held as goals is no list of functions worked with: "with safety, quality and sustainability as
// the top goals", "… in mind".
const QUALITIES_AFTER = /^\s+(?:as\s+(?:the\s+|our\s+|my\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:goals?|priorities|priority|aims?|objectives?|values?|principles?|criteria|pillars?|targets?)\b|in\s+mind\b|(?:first|foremost|top\s+of\s+mind)\b)/iu;

/**
 * Who a team word belongs to, from the words before it: the first qualifier word ("payments" in "the
 * Payments engineering team", as in "the payments engineering lead"), the owner of a possessive ("the
 * vendor's … group"), "several" for "each team" or "another team", or nothing for the candidate's own ("my
 * team", "the team", "a new team").
 */
function namedUnit(head: string): { key: string; before: number } | undefined {
  const clause = head.split(/[.;:!?\n,(]/).at(-1)!;
  // Each word with where it starts, so a short determiner is found where it stands, not inside a word after it ("a"
  // in "a five-engineer search team" is not the "a" of "search").
  const tokens = [...clause.matchAll(/\S+/g)];
  const words = tokens.map((t) => t[0]);
  const qualifiers: string[] = [];
  for (let i = words.length - 1; i >= 0 && i >= words.length - 4; i--) {
    const word = words[i]!;
    if (!DETERMINER.test(word)) {
      qualifiers.unshift(word);
      continue;
    }
    const lower = word.toLowerCase();
    if (/^(?:my|our|your|any|some|no|this|that)$/.test(lower)) return undefined;
    const before = clause.length - tokens[i]!.index;
    if (SEVERAL.test(lower)) return { key: 'several', before };
    if (isPossessive(lower)) {
      // Each thing's own team is several teams: "with each alarm's owning team", "every service's on-call team" (a user's
      // trial read "alarm's owning team" as one team, perhaps the candidate's own).
      if (i > 0 && EACH.test(words[i - 1]!)) return { key: 'several', before: clause.length - tokens[i - 1]!.index };
      return { key: ownerOf(lower), before };
    }
    const named = qualifiers.filter((q) => !OWN.test(q));
    return named.length > 0 ? { key: named[0]!.toLowerCase(), before } : undefined;
  }
  // No determiner near: only a capitalised name or a function counts ("across Payments team").
  const last = words.at(-1);
  if (last && (/^[A-Z]/.test(last) || FUNCTION_WORD.test(last)) && !DETERMINER.test(last) && !/^I$/.test(last)) {
    return { key: last.toLowerCase(), before: clause.length - tokens.at(-1)!.index };
  }
  return undefined;
}
