/**
 * Partners as written in `partners:` and `new --partner`: the words of roles and functions (names.ts reads prose
 * with the same words), a line cut into partners, and a partner cut into its name and role.
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

/** Whether a comma item reads as a role and not a name: it has a job word ("Payments EM", "VP of Marketing"). */
const isRole = (item: string): boolean => JOB_WORD.test(item) || JOB_INITIALS.test(item);

/**
 * The partners in one line of text, each trimmed, with its place in `text`: apart by commas, but a comma inside
 * brackets is the role's ("Deepa Menon (LabelKart, account manager), Rohit Sharma" is two); where a semicolon
 * stands outside brackets, apart by semicolons instead, each item "Name, role" as `new` asks for them ("Deepa
 * Menon, account manager; Rohit Sharma, Procurement" is two). Without a semicolon, an item that reads as a role (a job
 * word, "Payments EM", "VP of Marketing", or a lower-case start after a capital one, "account manager at LabelKart") is
 * the role of the name before it: "Priya Nair, Payments EM" is one, as `new --partner` asks for it, and "Priya Nair,
 * Payments EM, Rohit Sharma" two; "Deepa Menon, Rohit Sharma" stays two. Empty items are dropped.
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
  const semicolons = cuts.filter((i) => text[i] === ';');
  const items: ListItem[] = [];
  // Whether the last item is a name still open to a role after it.
  let open = false;
  let from = 0;
  for (const end of [...(semicolons.length > 0 ? semicolons : cuts), text.length]) {
    const piece = text.slice(from, end);
    const start = from + piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    from = end + 1;
    if (!trimmed) continue;
    const last = items.at(-1);
    const role = semicolons.length === 0 && isRole(trimmed);
    const itsRole = role || (/^\p{Ll}/u.test(trimmed) && /^\p{Lu}/u.test(last?.text ?? ''));
    // "…, and the Payments EM" is one more partner, not a role.
    if (open && last && itsRole && !/^(?:(?:and|or|plus)\b|&)/iu.test(trimmed)) {
      items[items.length - 1] = { text: text.slice(last.start, start + trimmed.length), start: last.start, end: start + trimmed.length };
      open = false;
      continue;
    }
    items.push({ text: trimmed, start, end: start + trimmed.length });
    open = semicolons.length === 0 && !role;
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
