/**
 * Named partners: a person's name, or a specific role tied to a team or function ("the Payments
 * engineering manager", "our VP of Sales", "the CFO"). Generic people ("my manager", "stakeholders",
 * "a coworker", "the team") are not partners an interviewer can picture.
 */

export interface PartnerMention {
  readonly index: number;
  readonly length: number;
  readonly text: string;
  readonly kind: 'name' | 'role';
}

const ROLE = String.raw`(?:engineering managers?|product managers?|program managers?|project managers?|technical program managers?|general managers?|account managers?|engineering directors?|directors?|vps?|vice presidents?|svps?|heads?|leads?|tech leads?|team leads?|managers?|architects?|principal engineers?|staff engineers?|owners?|pms?|ems?|tpms?|sdms?|gms?|counsel|lawyers?|analysts?|designers?|scientists?|champions?|sponsors?|liaisons?)`;
const FUNCTION = String.raw`(?:payments?|billing|security|legal|finance|sales|marketing|support|customer support|infrastructure|infra|platform|data|data platform|analytics|mobile|ios|android|web|front-?end|back-?end|sre|networking|network|storage|compliance|privacy|operations|ops|qa|design|ux|hr|people|procurement|supply chain|logistics|fulfil?ment|search|ads|identity|checkout|growth|product|engineering|devops|database|cloud|reliability|release|partner|vendor|customer success|risk|fraud|trust and safety|localization|accessibility|hardware|firmware|manufacturing|finance and operations)`;
const ROLE_RE = new RegExp(String.raw`\b${ROLE}\b`, 'gi');
const C_LEVEL = /^(?:CEO|CTO|CFO|COO|CIO|CISO|CPO|CMO|CRO)$/;
const C_LEVEL_RE = /\b(?:CEO|CTO|CFO|COO|CIO|CISO|CPO|CMO|CRO)\b/g;
const FUNCTION_WORD = new RegExp(String.raw`^${FUNCTION}$`, 'i');
// "our VP of Sales", "the director of engineering", "the lead for Checkout"
const OF_FUNCTION = new RegExp(String.raw`^\s(?:of|for)\s(?:the\s)?${FUNCTION}\b`, 'i');
const OF_PROPER = /^\s(?:of|for)\s(?:the\s)?[A-Z][\p{L}]+/u;
// "the Payments engineering manager", "our security lead", "the Data Platform team lead"
const QUALIFIER_BEFORE = new RegExp(String.raw`(?:^|[^.!?\s]\s+|\s)(${FUNCTION}|[A-Z][\p{L}&-]*)(?:\steam['’]s)?\s+$`, 'iu');
const DETERMINERS = new Set(['the', 'my', 'our', 'a', 'an', 'his', 'her', 'their', 'your', 'this', 'that', 'each', 'every', 'some', 'any', 'one', 'another', 'team']);

const CAPITALISED = /\b[A-Z][\p{Ll}]+(?:[-'’][A-Z]?[\p{Ll}]+)?(?:\s[A-Z][\p{Ll}]+(?:-[A-Z][\p{Ll}]+)?)?/gu;
// People-shaped context around a capitalised word.
const PERSON_BEFORE =
  /\b(?:with|convinced|persuaded|asked|told|met|partnered|paired|called|emailed|messaged|pinged|briefed|coached|mentored|hired|promoted|thanked|escalated to|looped in|brought in|reached out to|sat down with|walked|showed|gave|and|from|by)\s$/i;
const PERSON_AFTER =
  /^(?:,\s(?:the|our|my|a|an|who|whose)\b|\s\([^)]*\)|['’]s\s(?:team|org|approval|sign-off|concerns?|proposal|estimate|plan|view|call|budget|roadmap|objection|support|group)|\s(?:agreed|approved|signed|pushed|objected|owned|led|said|suggested|proposed|disagreed|committed|asked|wanted|insisted|joined|reviewed|confirmed|argued|accepted|refused|worried|challenged|ran|took|built|helped|raised|owns|leads|runs)\b)/;
const NOT_NAMES = new Set(
  (
    'I,The,A,An,My,Our,We,They,He,She,It,This,That,These,Those,Then,When,After,Before,During,Once,While,' +
    'Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday,January,February,March,April,May,June,July,' +
    'August,September,October,November,December,Q1,Q2,Q3,Q4,Prime,Day,Black,Cyber,Christmas,Easter,' +
    'Amazon,AWS,Google,Microsoft,Apple,Meta,Netflix,Azure,Kafka,Redis,Postgres,PostgreSQL,MySQL,Oracle,' +
    'Kubernetes,Docker,Terraform,Jenkins,Jira,Slack,Confluence,Excel,Sheets,Snowflake,Spark,Airflow,' +
    'Datadog,Splunk,Salesforce,Workday,Zendesk,GitHub,GitLab,Java,Python,Go,Rust,Scala,Swift,Kotlin,' +
    'Android,Linux,Windows,Lambda,DynamoDB,Aurora,Redshift,Tableau,Looker,Grafana,Prometheus,Okta,' +
    'Engineering,Product,Sales,Finance,Legal,Security,Marketing,Support,Operations,Design,Platform,Data,' +
    'Payments,Billing,Infrastructure,Compliance,Privacy,Procurement,Leadership,Europe,Asia,America,' +
    'India,China,Japan,Germany,London,Seattle,Berlin,Dublin,Sev,Sev1,Sev2,SLA,SLO,API,Stakeholders,' +
    'Customers,Customer,Users,Team,Teams,Everyone,Nobody,Management,Finally,However,Instead,Later,Next,' +
    'First,Second,Third,Last,Also,So,But,And,Or,If,Because,Since,Although,Yes,No'
  ).split(','),
);

export function findPartnerMentions(text: string): PartnerMention[] {
  const found: PartnerMention[] = [];
  const add = (index: number, match: string, kind: PartnerMention['kind']): void => {
    found.push({ index, length: match.length, text: match, kind });
  };
  for (const m of text.matchAll(C_LEVEL_RE)) add(m.index, m[0], 'role');
  for (const m of text.matchAll(ROLE_RE)) {
    const end = m.index + m[0].length;
    const tail = text.slice(end, end + 40);
    const of = OF_FUNCTION.exec(tail) ?? OF_PROPER.exec(tail);
    if (of) add(m.index, m[0] + of[0], 'role');
    else if (isQualified(text.slice(Math.max(0, m.index - 40), m.index))) add(m.index, m[0], 'role');
  }
  for (const m of text.matchAll(CAPITALISED)) {
    const words = m[0].split(' ');
    if (words.some((w) => NOT_NAMES.has(w))) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const fullName = words.length === 2 && !/\s(?:team|org|group|service|platform|squad|program|project)\b/i.test(after.slice(0, 10));
    if (fullName || PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)) add(m.index, m[0], 'name');
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether the words before a role tie it to a team or function: a function word or a proper name. */
function isQualified(before: string): boolean {
  const m = QUALIFIER_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1]!;
  if (FUNCTION_WORD.test(word)) return true;
  return /^[A-Z]/.test(word) && !DETERMINERS.has(word.toLowerCase()) && !/^(?:I|[A-Z]{1}[a-z]*ly)$/.test(word);
}
