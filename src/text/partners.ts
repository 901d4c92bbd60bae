/**
 * Partners as written in `partners:` and `new --partner`: the words of roles and functions (names.ts reads prose
 * with the same words), a line cut into partners, and one partner read into its name and role.
 * Imports nothing at run time, so that the story schema and `new` can use it without loading the name detection.
 */
import type { ListItem } from './lists.js';

// Singular roles only: "the finance analysts" or "the iOS and Android leads" are groups, not someone the
// interviewer can picture. (Roles known by their initials are in INITIALS.)
const ROLE_WORDS = String.raw`engineering manager|product manager|program manager|project manager|technical program manager|general manager|account manager|technical account manager|customer success manager|engineering director|director|vice president|head|lead|tech lead|team lead|manager|architect|principal engineer|staff engineer|on-call engineer|on-call lead|incident commander|duty engineer|owner|counsel|lawyer|analyst|designer|scientist|champion|sponsor|liaison|recruiter|specialist|officer|controller|auditor|business partner|partner|chief of staff|counterpart|opposite number|foreman|forewoman|supervisor|superintendent|coordinator|co-ordinator|matron|captain|harbou?r master|port master|comptroller|treasurer|registrar|bursar|actuary|underwriter|accountant|paralegal|solicitor|surveyor|steward|clerk`;
const INITIALS = ['tam', 'csm', 'vp', 'svp', 'pm', 'em', 'tpm', 'sdm', 'gm'];
/** A role, as names.ts reads it in prose, in any case: "the Payments engineering manager", "our pm". */
export const ROLE = String.raw`(?:${ROLE_WORDS}|${INITIALS.join('|')})`;
/** A team or function a role is tied to: "payments", "legal", "supply chain", "SRE". */
export const FUNCTION = String.raw`(?:payments?|billing|security|legal|finance|sales|marketing|support|customer support|infrastructure|infra|platform|data|data platform|analytics|mobile|ios|android|web|front-?end|back-?end|sre|networking|network|storage|compliance|privacy|operations|ops|qa|design|ux|hr|people|procurement|supply chain|logistics|fulfil?ment|search|ads|identity|checkout|growth|product|engineering|devops|database|cloud|reliability|release|partner|vendor|customer success|risk|fraud|trust and safety|locali[sz]ation|accessibility|hardware|firmware|manufacturing|finance and operations|site|warehouse|plant|store|regional|category|merchant|seller|ml|machine learning|content|research|policy|tax|treasury|audit|it|facilities|recruiting|talent|customer service|contact cent(?:re|er)|call cent(?:re|er)|catalog(?:ue)?|inventory|orders?|shipping|transportation|delivery|returns|pricing|loyalty|notifications|messaging|observability|monitoring|on-call|quality|performance|capacity|robotics|cdn|crm|erp|bi|business intelligence|reporting|service|safety|health and safety|data protection|information security|commercial|strategy|communications|comms|governance|sourcing|merchandising|revenue|workforce|partnerships|business development|internal audit|production|maintenance)`;

// In a partner's role, beside ROLE's words: jobs a role is written with ("Staff engineer", "co-founder", "the
// platform team"), and initials, in capitals only ("Em Watson" is a name).
const JOB_NOUNS = 'engineer|developer|consultant|contractor|founder|president|chief|team';
const JOB_WORD = new RegExp(String.raw`\b(?:${ROLE_WORDS}|${JOB_NOUNS})s?\b`, 'i');
const JOB_INITIALS = new RegExp(String.raw`\b(?:${INITIALS.map((i) => i.toUpperCase()).join('|')}|AVP|EVP|AM|SRE|C[TEFOIP]O|CISO|HRBP)s?\b`);
// A department or function alone, or a few together: "Legal", "Payments Ops", "Finance & Ops", "the Procurement
// team". (Read only in short items, where its alternatives can't run long. It is compiled while the stories are read,
// before the rules run: FUNCTION once and no Unicode flag, which none of these needs, compile in about 3 ms of CPU,
// where six copies of FUNCTION with the flag took about 23.)
const UNIT_NOUN = String.raw`(?:team|org|organi[sz]ation|group|department|dept|function|squad|office|desk|unit)s?`;
const DEPARTMENT = new RegExp(String.raw`^(?:(?:the|our|their)\s+)?(?:${FUNCTION}(?:\s*[,&]\s*|\s+and\s+|\s+|$))+(?:${UNIT_NOUN})?$`, 'i');
const DEPARTMENT_LENGTH = 80;
// An organisation's initials: "FDA", "NHS", "AT&T".
const ORG_INITIALS = /^\p{Lu}[\p{Lu}\p{N}&]{1,6}$/u;
const PERSON_WORD = /\p{Lu}\p{Ll}/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
// "…, and the Payments EM" is one more partner, not a role.
const AND_START = /^(?:(?:and|or|plus)\b|&)/iu;

/**
 * What an item of a `partners:` line is, by its words outside brackets: a role ("Payments EM", "VP of Marketing",
 * "the platform team"), a department or function ("Legal", "Payments Ops"), an organisation's initials ("FDA"),
 * lower-case words ("account manager at LabelKart"), or a name ("Sam Lee", "Stripe").
 */
type Kind = 'role' | 'department' | 'initials' | 'lower' | 'name';

// A given name and a surname that is a job word too: "Tom Clerk", "Ann Steward", "Jo Foreman". ("Baker", "Cook", "Mason"
// and "Judge" are no job words here.) Not a post: a function, a job word, a word of rank, place or desk, or "-ing"
// before it ("Store Clerk", "Head Clerk", "Town Clerk", "Shop Steward", "Filing Clerk").
const SURNAME_JOB = /^(\p{Lu}\p{Ll}+)\s+(?:Clerk|Steward|Foreman)$/u;
const POST_QUALIFIER =
  /^(?:head|chief|senior|junior|deputy|assistant|principal|general|night|day|duty|shift|town|court|parish|county|city|law|ward|union|shop|desk|front|office|stock|payroll|claims|accounts|records|ledger|bank|mail|post|ticket|cabin|yard|crew|gang|line|floor|works|dock|depot|station|hotel|freight|cargo|[\p{L}]+ing)$/iu;

/** Whether `outer` is a given name and a surname that is a job word too (SURNAME_JOB), not a post. */
function surnamedLikeAJob(outer: string): boolean {
  const given = SURNAME_JOB.exec(outer)?.[1];
  return given !== undefined && !POST_QUALIFIER.test(given) && !JOB_WORD.test(given) && !DEPARTMENT.test(given);
}

function kindOf(outer: string): Kind {
  if ((JOB_WORD.test(outer) && !surnamedLikeAJob(outer)) || JOB_INITIALS.test(outer)) return 'role';
  if (outer.length <= DEPARTMENT_LENGTH && DEPARTMENT.test(outer)) return 'department';
  if (ORG_INITIALS.test(outer)) return 'initials';
  return LOWER_START.test(outer) ? 'lower' : 'name';
}

/** Where each bracketed part of `text` stands, outermost only; one never closed runs to the end. */
function brackets(text: string): { open: number; close: number }[] {
  const found: { open: number; close: number }[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('([{'.includes(c)) {
      if (depth++ === 0) found.push({ open: i, close: text.length });
    } else if (')]}'.includes(c) && depth > 0 && --depth === 0) found[found.length - 1]!.close = i;
  }
  return found;
}

/** `text` without its bracketed parts: "Rohit Sharma (Procurement)" → "Rohit Sharma". */
function outside(text: string): string {
  let out = '';
  let from = 0;
  for (const b of brackets(text)) {
    out += text.slice(from, b.open);
    from = b.close + 1;
  }
  return (out + text.slice(from)).replace(/\s+/g, ' ').trim();
}

/**
 * The partners in one line of text, each trimmed, with its place in `text`: apart by commas, but a comma inside
 * brackets is the role's ("Deepa Menon (LabelKart, account manager), Rohit Sharma" is two); where a semicolon
 * stands outside brackets, apart by semicolons instead, each item "Name, role" as `new` asks for them ("Deepa
 * Menon, account manager; Rohit Sharma, Procurement" is two).
 *
 * Without a semicolon, an item is the role of the name before it ("Name, role", as `new --partner` asks for it) when,
 * outside its brackets, it has a job word or a job's initials ("Priya Nair, Payments EM", "Ana Costa, VP Eng",
 * "Deepa Menon, the platform team lead") or starts in lower case after a capital ("Deepa Menon, account manager at
 * LabelKart"); and, after a person's name (a capital and a small letter, "Sam Lee", "Dr. Mei Lin"), when it is a
 * department or function ("Sam Lee, Legal", "Sam Lee, Payments Ops") or an organisation's initials ("Dr. Mei Lin,
 * FDA"). A role takes no role after it ("Priya Nair, Payments EM, Risk lead" is two), nor does a department ("Legal,
 * Finance" is two teams), a partner with a role in brackets ("Rohit Sharma (Procurement), Finance") or one whose
 * name is initials ("AWS, FDA"); a name never is a role ("Sam Lee, Priya Shah", "Sam Lee, Stripe" and "the
 * Payments team, Berlin" are two: write "Sam Lee (Stripe)"). Empty items are dropped.
 */
export function partnerItems(text: string): ListItem[] {
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';')) cuts.push(i);
  }
  const bySemicolon = cuts.some((i) => text[i] === ';');
  const items: ListItem[] = [];
  // Whether the last item is a name still open to a role after it, and whether that name is a person's.
  let open = false;
  let person = false;
  let from = 0;
  for (const end of [...(bySemicolon ? cuts.filter((i) => text[i] === ';') : cuts), text.length]) {
    const piece = text.slice(from, end);
    const start = from + piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    from = end + 1;
    if (!trimmed) continue;
    const last = items.at(-1);
    const outer = outside(trimmed);
    const kind = kindOf(outer);
    const itsRole =
      kind === 'role' ||
      (kind === 'lower' && UPPER_START.test(last?.text ?? '')) ||
      ((kind === 'department' || kind === 'initials') && person);
    if (!bySemicolon && open && last && itsRole && !AND_START.test(trimmed)) {
      items[items.length - 1] = { text: text.slice(last.start, start + trimmed.length), start: last.start, end: start + trimmed.length };
      open = person = false;
      continue;
    }
    items.push({ text: trimmed, start, end: start + trimmed.length });
    open = !bySemicolon && kind !== 'role' && kind !== 'department' && outer === trimmed;
    person = open && kind === 'name' && PERSON_WORD.test(outer);
  }
  return items;
}

/**
 * What goes between a partner's name and role: a comma, or a dash as in a signature: a hyphen with a space either
 * side ("Ramesh Iyer - Head of Legal"), an en or em dash with or without ("Ramesh Iyer—Head of Legal"). Not a
 * hyphen alone: "Mary-Jane", "co-founder".
 * (Found with indexOf, not a regexp: `new` cuts its answers before the rules set V8's regexp flags.)
 */
const SEPARATORS = [',', ' - ', '–', '—'] as const;

/**
 * "Name, role" or "Name - role" cut at the first separator into its name and role (either may be ''); a bare name
 * is all name. An unspaced en or em dash right after a first word joins a name ("Jean–Luc Picard, CTO"), as a
 * hyphen does. (No regexp: see SEPARATORS.)
 */
export function cutNameAndRole(value: string): { name: string; role: string } {
  // Spaced at both ends, so a dash that starts or ends it ("- Head of Legal", "Ramesh Iyer -") is one too.
  const spaced = ` ${value.trim()} `;
  const joinsName = (c: { at: number; sep: string }) => c.sep.length === 1 && c.sep !== ',' && spaced[c.at - 1] !== ' ' && spaced[c.at + 1] !== ' ' && !spaced.slice(0, c.at).trim().includes(' ');
  const [cut] = SEPARATORS.map((sep) => ({ at: spaced.indexOf(sep), sep }))
    .filter((c) => c.at >= 0 && !joinsName(c))
    .sort((a, b) => a.at - b.at);
  if (cut === undefined) return { name: spaced.trim(), role: '' };
  return { name: spaced.slice(0, cut.at).trim(), role: spaced.slice(cut.at + cut.sep.length).trim() };
}

/**
 * A partner written as text, read into its name and role: "Rohit Sharma, Procurement", "Rohit Sharma - Procurement"
 * and "Rohit Sharma (Procurement)" are Rohit Sharma, of Procurement; "Deepa Menon (LabelKart, account manager)"
 * has the role "LabelKart, account manager", and "Jo (PM), Payments" the role "PM, Payments". A comma or a dash
 * before any bracket cuts first ("Priya Nair, Payments EM (Berlin)"). A partner with nothing before its bracket,
 * or no role, is all name: "Legal", "the Payments EM".
 */
export function readPartner(written: string): { name: string; role?: string } {
  const text = written.trim();
  const [bracket] = brackets(text);
  const { name, role } = cutNameAndRole(bracket === undefined ? text : text.slice(0, bracket.open));
  // Cut before any bracket: the same cut, with the rest of the text for the role.
  if (name && role) return { name, role: cutNameAndRole(text).role };
  if (!name) return { name: text };
  if (bracket === undefined) return { name };
  const inside = text.slice(bracket.open + 1, bracket.close).trim();
  const after = text.slice(bracket.close + 1).replace(/^\s*(?:,|-|–|—)?\s*/u, '').trim();
  const roles = [inside, after].filter(Boolean);
  return roles.length > 0 ? { name, role: roles.join(', ') } : { name };
}

/**
 * The partners in one partner written as text: one, read by readPartner, unless it names another after the first, as
 * a `partners:` line is read (partnerItems): "Sam Lee, Priya Shah" and "Sam Lee, Tom Clerk" are two partners, not a
 * name and a role. A role, a department or lower-case words after a name are still its role ("Rohit Sharma,
 * Procurement", "Jo (PM), Payments").
 */
export function readPartners(written: string): { name: string; role?: string }[] {
  const items = partnerItems(written);
  return items.slice(1).some((item) => kindOf(outside(item.text)) === 'name') ? items.map((item) => readPartner(item.text)) : [readPartner(written)];
}

// A `partners:` entry that names nobody (see nobodyIn). The words a placeholder is written with, once what wraps it is
// taken off ("TBD", "(TODO)", "<name>", "n/a", "?").
const PLACEHOLDER =
  /^(?:tbd|tbc|tba|todo|to ?do|fixme|to be (?:decided|confirmed|named|added|agreed)|n\/?a|none|nobody|no ?one|unknown|someone|somebody|anyone|anybody|misc|etc|null|nil|pending|placeholder|x+|roles?|(?:(?:partner|person|contact|their)(?:['’]s)?\s)?names?(?:\s?(?:,|-|and)\s?roles?)?)$/i;
const WRAPPING = /^[\s"'“”‘’()[\]<>{}*_.,:;!?…–—-]+|[\s"'“”‘’()[\]<>{}*_.,:;!?…–—-]+$/g;
// A group or a person told by no name, team or function: "the team", "everyone", "stakeholders", "my manager", "the wider
// team and leadership". Its words, once the determiners and describing words (GROUP_FILLER) are taken off, are all
// GROUP_WORDS. ("the Payments team", "Legal", "Acme Corp" and "Sam Lee" name someone.)
const GROUP_WORDS = new Set(
  ('team,teams,teammates,team-mates,members,everyone,everybody,all,stakeholders,stakeholder,colleagues,colleague,coworkers,coworker,' +
    'co-workers,co-worker,peers,peer,people,folks,staff,business,leadership,management,managers,manager,boss,director,directors,' +
    'skip-level,lead,leads,org,organisation,organization,company,group,groups,department,departments,others,users,customers,' +
    'clients,partners,partner,vendors,vendor,engineers,developers,devs,execs,executives,sponsors,sponsor,approvers,reviewers,' +
    'friends,contacts,contact,and,&,or,plus,' +
    // A boss told by the role word alone, in the words a story may use for one: "my oga" (Nigerian English for "my boss",
    // a Lagos engineering manager's trial), "my supervisor", "my superior", "the head", "the higher-ups".
    'oga,ogas,bosses,supervisor,supervisors,superior,superiors,head,heads,higher-ups,seniors,hod').split(','),
);
const GROUP_FILLER =
  /^(?:the|my|our|a|an|all|whole|entire|wider|broader|extended|some|various|several|multiple|other|many|both|every|each|key|relevant|senior|junior|internal|external|cross-functional|different|direct|line|own|of|his|her|their|team['’]s|company['’]s)$/i;
// A sentence saved as a partner: a subject before a verb ("I chose paid runners over self-hosted…", "We worked with
// two teams"), or words that run on and end as a sentence does.
const SENTENCE_START = /^(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Yy]ou)\s+\p{Ll}/u;
const SENTENCE_END = /[.!?]$/;

/**
 * Why a `partners:` entry names nobody, or undefined when it names someone: a placeholder ("TBD", "TODO", "n/a", "?"),
 * a group or a person told by no name, team or function ("the team", "everyone", "stakeholders", "my manager"), or a
 * sentence ("I chose paid runners over self-hosted to save setup time."). A person ("Sam Lee"), a function ("Legal"),
 * a named team ("the Payments team"), an organisation ("Acme Corp") or a role ("the Payments EM") names someone. An
 * entry whose name names nobody names someone still by its role ("TBD (Procurement)").
 */
export type Nobody = 'placeholder' | 'generic' | 'sentence';

export function nobodyIn(partner: { name: string; role?: string }): Nobody | undefined {
  const named = nobodyWords(partner.name);
  if (named === undefined) return undefined;
  const role = partner.role?.trim() ? nobodyWords(partner.role) : named;
  return role === undefined ? undefined : named;
}

function nobodyWords(written: string): Nobody | undefined {
  const text = written.replace(/\s+/g, ' ').trim();
  const bare = text.replace(WRAPPING, '');
  if (bare === '' || PLACEHOLDER.test(bare)) return 'placeholder';
  const words = outside(text).split(' ').filter(Boolean);
  if (SENTENCE_START.test(text) || words.length > 10 || (words.length >= 5 && SENTENCE_END.test(text))) return 'sentence';
  // ("All" alone is all filler.)
  return bare.split(/\s+/).every((w) => GROUP_FILLER.test(w) || GROUP_WORDS.has(w.toLowerCase())) ? 'generic' : undefined;
}
