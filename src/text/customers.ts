/**
 * The customer in a story: who the work was for. External people ("customers", "shoppers", "sellers",
 * "patients"), or the developers and integrators a platform serves; for a parts supplier, the carmaker (the OEM)
 * and the dealers and owners of its cars; for a marketplace, the partners who sell or deliver on it ("restaurant
 * partners", "delivery partners", "merchant partners", "restaurants") and the people who order ("diners"); for an
 * internal platform, the people in the business it serves ("store managers", "internal users", "business users", "the
 * finance controllers", "the downstream consumers of the data"). Software that reads a queue or calls an API ("60 Kafka
 * consumers", "the consumers of the topic", "the API's clients", "SNS subscribers"; not "API consumers at our partner
 * banks"), or a program told by what it does ("the consumers of the feed crashed"), is no customer (namesSoftware).
 * Team members are not customers, nor a "partner" alone (a colleague), nor the team that looks after the partners
 * ("the restaurant partner team", "delivery partner ops").
 */
import { SPOKEN_FIELDS, TEXT_FIELDS, textOf, type StoryData, type TextField } from '../bank/schema.js';

// The people inside the business who receive the work, named as such: an internal platform's users ("internal users",
// "business users"), the managers of the sites it serves ("store managers", not the candidate's own: "our site
// managers", "the warehouse managers on my team", "I hired two regional managers") and the sellers a sales tool serves
// ("sales reps", "account executives"; not "our sales reps", "the sales reps who report to me"). With the finance controllers
// (findControllers) and the teams the work serves (findServedTeams), they are the customers readiness counts inside the
// business and the internal customers the principles' 'went to internal customers directly' asks for: one list, so the
// two never disagree.
const INTERNAL_PEOPLE = String.raw`(?<!\b(?:our|my|hired|hiring|hire|promoted|trained)\s(?:[\w-]+\s){0,2})(?:store|branch|shop|restaurant|depot|warehouse|site|plant|clinic|practice|ward|field|area|district|regional) managers(?!\s+(?:on|in|from) my team|\s+(?:who\s+)?report(?:ed)? to me)|internal (?:users?|customers?|clients?)|business users?|(?<!\b(?:our|my|hired|hiring|hire|promoted|trained|managed|led)\s(?:[\w-]+\s){0,2})(?:sales (?:reps?|representatives?)|account executives?)(?!\s+(?:on|in|from) my team|\s+(?:who\s+)?report(?:ed)? to me)`;
const INTERNAL_PERSON = new RegExp(String.raw`\b(?:${INTERNAL_PEOPLE})\b`, 'gi');

// A new user's trial (an engineering manager at a Nigerian bank): "complaints from traders dropped", in a story of USSD banking
// for market women and traders, was "no customer". The traders, market women, stallholders and hawkers a product serves are
// its customers, and so are a bank's banking, POS and mobile-money agents (not a desk's FX or equity traders, nor "our
// traders"; not agents alone, who may be support agents or software).
const CUSTOMER = new RegExp(
  String.raw`\b(?:customers?|customer-facing|end[- ]users?|users?|clients?|buyers?|sellers?|shoppers?|merchants?|subscribers?|patients?|riders?|drivers?|advertisers?|developers?|integrators?|consumers?|viewers?|players?|guests?|callers?|students?|travell?ers?|passengers?|tenants?|members|visitors?|readers?|listeners?|households?|citizens?|account holders?|cardholders?|policyholders?|homeowners?|(?:store|shop|kirana|restaurant|small[- ]business|business) owners|(?:store|shop|kirana|restaurant|small[- ]business) owner|diners?|restaurants|(?:restaurant|delivery|merchant|driver|rider|seller|hotel) partners?(?![- ](?:[\w-]+[- ])?(?:teams?|squads?|pods?|orgs?|ops|operations|managers?|leads?)\b)|${INTERNAL_PEOPLE}|shopkeepers?|retailers|farmers|(?<!\b(?:FX|forex|bond|equity|equities|stock|securities|derivatives|commodit(?:y|ies)|energy|power|crypto|day|prop|proprietary|rates|options|credit|quant|futures|junior|senior|desk|algo|our|my)\s)traders(?! on the (?:\w+ )?desk\b)|market (?:women|traders|sellers|vendors)|stallholders|hawkers|smallholders?|artisans|(?:banking|bank|POS|mobile[- ]money|agency|super|USSD|cash[- ]in|cash[- ]out)[- ]agents?|residents|commuters|borrowers|taxpayers|learners|parents|candidates?|applicants?|employees?|operators?|associates?|(?:enterprise|b2b|business) accounts?|CX|(?<!\b(?:server|hardware|storage|component|drive|panel|laptop|device|chip|board|PC|phone)\s)OEMs?(?!\s+(?:firmware|parts?|software|drivers?|hardware|vendors?|suppliers?|components?|servers?|versions?|tools?|licen[cs]es?|images?|builds?))|(?:car|auto)[- ]?makers?|(?<!\b(?:FX|forex|card|drug|arms|bond|securities|equity|equities|derivatives|broker)\s)dealers?|dealerships?|(?:vehicle|car|fleet) owners?|motorists)\b(?<!\bteam members)`,
  'gi',
);

export interface CustomerMention {
  readonly index: number;
  readonly text: string;
}

// Software that reads a queue, or calls an interface, not people: "60 Kafka consumers", "event stream consumers", "the
// consumers of the topic", "the consumer group lagged", "the API's clients", "SNS subscribers", "the library's consumers".
// (A feed is a data product: its consumers are people unless told as a program.) ("Consumers abandoned their baskets",
// "our consumer app", "newsletter subscribers" are people and what serves them.) Each word has its own lists of what may
// come before and after it: a client is also a browser's or a VPN's (and "client groups" are people); a stream's, a
// channel's or a package's subscriber may be a viewer or a buyer.
const INTERFACE = String.raw`apis?|http|https|grpc|rest|rpc|graphql|websockets?|sdks?|librar(?:y|ies)|lib|packages?|endpoints?|webhooks?`;
const QUEUE = String.raw`kafka|queues?|topics?|sqs|sns|kinesis|rabbitmq|pulsar|pub\/?sub|nats|jms|amqp|mq|mqtt`;
// One word may stand between, where it names the software ("Kafka order consumers"), not a determiner or a preposition.
const GAP = String.raw`(?:(?!(?:the|a|an|all|our|my|their|its|every|each|some|any|new|these|those|many|most|more|few|other|both|of|and|or|to|for|with|by|from|in|on|at)\s)[\p{L}\p{N}-]+\s)?`;
const softwareBefore = (words: string, gap = GAP) => new RegExp(String.raw`\b(?:${words})[\s-]${gap}$`, 'iu');
// What comes after: the software's own parts ("the consumer group", "client libraries", "consumer-lag metrics", a new
// user's trial where Kafka's consumer lag, hyphened, was a customer mentioned), or what it reads or calls ("the consumers of
// the topic", "clients of the payments API", "subscribers to the orders queue").
const softwareAfter = (parts: string, read: string) =>
  new RegExp(String.raw`^(?:(?:\s+|-)(?:${parts})\b|\s+(?:of|on|for|from|in|to|reading|calling|using)\s+(?:(?:the|that|this|each|every|our|their|a|an|all|its)\s+)?(?:[\p{L}\p{N}-]+\s+)?(?:${read})\b)`, 'iu');
const READ = String.raw`topics?|queues?|partitions?|events?|messages?|logs?|buses|bus|apis?|endpoints?|sdks?|librar(?:y|ies)|webhooks?|brokers?`;
// (A client or a caller in the queue may be in a branch's or a call centre's; a broker's clients are people.)
const CALLED = String.raw`apis?|endpoints?|sdks?|librar(?:y|ies)|webhooks?|servers?|grpc`;
const SOFTWARE: Readonly<Record<string, { before: RegExp; after: RegExp }>> = {
  consumer: {
    before: softwareBefore(String.raw`${QUEUE}|${INTERFACE}|message|messaging|event|events|stream|streaming|cdc|log|binlog`),
    after: softwareAfter(String.raw`groups?|lag|offsets?|threads?|instances?|pods?|processes|workers?|configs?|rebalanc\w*|clients?|polls?|restarts?`, String.raw`${READ}|streams?|packages?`),
  },
  client: {
    // (A test, root or IAM client is an account or a login for software: "40 test clients", "IAM clients".)
    before: softwareBefore(String.raw`${QUEUE}|${INTERFACE}|redis|database|db|sql|vpn|ssh|git|dns|tcp|udp|ldap|oauth|s3|cache|e?-?mail|ftp|smtp|jdbc|odbc|thin|thick|headless|nfs|broker|java|python|node|npm|browser|desktop app|cli|test|root|iam`, ''),
    after: softwareAfter(String.raw`librar(?:y|ies)|sdks?|certs?|certificates?|secrets?|credentials|connections?|timeouts?|retries|binar(?:y|ies)|threads?|instances?|pods?|processes`, CALLED),
  },
  subscriber: {
    before: softwareBefore(String.raw`${QUEUE}|event|events|webhooks?|websockets?`),
    after: softwareAfter(String.raw`groups?|lag|offsets?|threads?|instances?|pods?|processes|workers?|configs?|polls?|restarts?`, READ),
  },
  caller: { before: softwareBefore(INTERFACE, ''), after: softwareAfter(String.raw`threads?|instances?|pods?|processes`, CALLED) },
};
// …or whose it is: "the API's clients", "the topic's subscribers" (a broker's clients are people).
const SOFTWARE_OWNER = new RegExp(String.raw`\b(?:${QUEUE}|${INTERFACE}|streams?|servers?)['’]s?\s+(?:[\p{L}\p{N}-]+\s+)?$`, 'iu');
// Unless they are people at the businesses that use it: "API consumers at our partner banks", "API clients at Monzo",
// "the API's consumers in other teams".
const PEOPLE_AT =
  /^\s+(?:(?:at|in|from|across|inside)\s+(?:(?:our|the|their|two|three|four|five|six|several|many|other|some|all|\d+)\s+){0,2}(?:[\p{L}-]+\s+)?(?:banks|companies|firms|partners?|customers|merchants|retailers|insurers|lenders|fintechs|hospitals|clinics|agencies|start-?ups|enterprises|organi[sz]ations|businesses|carriers|airlines|universities|schools|councils|teams|departments|brands|marketplaces|sellers|clients)\b|at\s+\p{Lu})/u;
// The words a piece of software is named by too, each a key of SOFTWARE.
const PARTY = /^(consumer|client|subscriber|caller)s?$/i;

/**
 * Whether the word at `index` in `text` names software, not people: consumers, clients, subscribers or API callers of
 * a queue, a topic, an API, a stream or a library ("60 Kafka consumers", "the consumers of the topic", "the API's
 * clients", "SNS subscribers"), unless told as people at the businesses that use it ("API consumers at our partner
 * banks"); consumers told as a program, by what they do or what is done to them, too ("the consumers of the feed crashed",
 * "I restarted the downstream consumers"). Other words are never software.
 */
export function namesSoftware(text: string, index: number, length: number): boolean {
  const party = PARTY.exec(text.slice(index, index + length));
  if (!party) return false;
  const before = text.slice(Math.max(0, index - 40), index);
  const after = text.slice(index + length, index + length + 80);
  if (PEOPLE_AT.test(after)) return false;
  const word = party[1]!.toLowerCase();
  const software = SOFTWARE[word]!;
  if (software.before.test(before) || SOFTWARE_OWNER.test(before) || software.after.test(after)) return true;
  return word === 'consumer' && (PROGRAM_BEFORE.test(before) || PROGRAM_AFTER.test(after));
}

// The finance controllers a data platform serves: "the finance controllers", "plant controllers", and "the controllers"
// alone where the text is about finance ("…for the month-end close"); not software ("the Kubernetes controllers",
// "ingress controllers", "I rewrote the controllers" with no finance near).
const CONTROLLERS =
  /\b(?:(?:finance|financial|group|plant|cost|regional|country|business|budget|credit|fp&a|management|project|commercial|site|factory|division(?:al)?|entity)\s+)?controllers\b/giu;
const BUSINESS_CONTROLLER = /^(?:finance|financial|group|plant|cost|regional|country|business|budget|credit|fp&a|management|project|commercial|site|factory|division(?:al)?|entity)\s/iu;
const FINANCE_TEXT = /\b(?:finance|financial|controlling|accounting|accountants?|month-end|year-end|(?:the|monthly|quarterly) close|ledgers?|fp&a|p&l|cost cent(?:re|er)s?)\b/iu;
const TECH_BEFORE_CONTROLLERS = /\b(?:kubernetes|k8s|ingress|domain|storage|raid|disk|plc|motor|game|rest|api|spring|mvc|sdn|network|wireless|wlan|fan|memory|usb)[\s-](?:[\p{L}\p{N}-]+\s)?$/iu;

function findControllers(text: string): RegExpExecArray[] {
  return [...text.matchAll(CONTROLLERS)].filter(
    (m) => !TECH_BEFORE_CONTROLLERS.test(text.slice(Math.max(0, m.index - 40), m.index)) && (BUSINESS_CONTROLLER.test(m[0]) || FINANCE_TEXT.test(text)),
  );
}

// The teams inside the business an internal tool or platform may serve: legal and compliance, and the people who run
// the operation day to day (operations, the warehouse ops team, support agents, the service desk, on-call SREs). Each is
// an internal customer only where the story serves it (findServedTeams), not where it is a gate or a partner ("legal
// signed off", "I aligned with compliance"), nor the candidate's own ("my support team", "the SREs on my team").
const DETERMINER = String.raw`(?:the|a|an|our|my|their|his|her|its|this|that|these|those|all|each|every|both)`;
const GATE_TEAMS = String.raw`(?:legal|compliance)(?:\s+(?:team|teams|department|colleagues|analysts|officers?|reviewers))?|lawyers|paralegals|in-house counsel|compliance officers?`;
const OPERATING_TEAMS = String.raw`(?:(?!(?:${DETERMINER}|dev|devops|devsecops|sec|secops|ml|mlops|platform|cloud|infra|infrastructure|engineering)\s)[\p{L}-]+\s+)?(?:ops|operations)\s+(?:team|teams|staff|people|analysts|agents|planners|colleagues|crews?|leads|managers)|(?:(?:customer|technical|tech|it|product|l[123]|tier[- ]?[123]|first[- ]line|second[- ]line|front[- ]line)\s+)?support\s+(?:team|teams|agents|staff|engineers|analysts|colleagues|desk)|(?:service|help)\s*desk(?:\s+(?:team|agents|staff|analysts))?|(?:contact[- ]cent(?:re|er)|call[- ]cent(?:re|er)|customer\s+service|customer\s+care)\s+(?:agents|staff|team|teams|advisors|advisers)|on[- ]call\s+(?:sres?|engineers|responders|staff|teams?|rotas?|rotations?|rosters?)|sre\s+teams?|sres|site reliability engineers`;
const TEAMS = new RegExp(String.raw`\b(?:(${GATE_TEAMS})|${OPERATING_TEAMS})\b`, 'giu');
// The candidate's own: "my support team", "I led the ops team", "one of the on-call SREs", "…on my team", "…who reported to
// me", "(12 people, reporting to me)".
const OWN_BEFORE = /\b(?:my|I\s+(?:led|lead|managed|manage|ran|run|built|hired|trained|joined|was on)|(?:one|some|two|three|four|five|six|several|many|each|both|none) of (?:the|our))\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const OWN_AFTER =
  /^(?:\s+(?:(?:on|in|from)\s+my\s+(?:own\s+)?team|(?:who\s+|that\s+)?report(?:ed|s|ing)?\s+to\s+me|(?:who\s+|that\s+|which\s+)?I\s+(?:led|lead|managed|manage|ran|run))\b|\s*\([^)]{0,40}?\b(?:report(?:ed|s|ing)?\s+to\s+me|my\s+(?:own\s+)?team)\b)/iu;
// Served: the team's pain or load ("the legal team waited a week for each data pull", "support agents re-keyed every
// order", "the on-call SREs were paged 40 times a week", "legal's review backlog"), or a thing made or time saved for it
// ("a dashboard for the warehouse ops team", "saved 20 hours a week for the support team"); the teams that run the
// operation also by what they needed or asked for ("the ops team needed a way to…"), which legal and compliance, as a
// gate, are not ("legal needed two weeks to review it"). An on-call rota or rotation is its on-call SREs, and where the
// team is, or what it is for, may stand between it and its pain (a thirty-fourth user's trial: "Our payments on-call rota in Dublin was getting
// paged 140 times a week" was no customer, where "the on-call SREs were paged 40 times a week" was).
const SERVED_AFTER = new RegExp(
  String.raw`^(?:\s*\([^)]{0,40}\))?(?:\s+(?:in|at|across|for)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?(?=\s+(?:still|often|then|all|each|both|also|had|used|would|were|was|kept|spent|got)\b))?,?\s+(?:(?:still|often|then|all|each|both|also|had to|used to|would|were|was|kept|spent hours)\s+){0,2}(?:wait(?:ed|ing)?|spen[dt](?:ing)?|re-?key(?:ed|ing)?|re-?typ(?:ed|ing)|cop(?:ied|ying)|chas(?:ed|ing)|search(?:ed|ing)|struggl(?:ed|ing)|complain(?:ed|ing)|used|using|relied on|depended on|lost|had no|could ?not|couldn['’]t|did (?:it|this|that|everything|them) by hand|(?:checked|reconciled|compiled|triaged|matched|reviewed|processed|updated|entered) (?:[\p{L}\p{N},-]+\s+){0,4}?(?:by hand|manually)|manually|drown(?:ed|ing)|(?:were|was|got|getting|being) (?:drowning|swamped|buried|stuck|paged|woken|chasing|re-?keying|copying|searching))\b|^['’]s?\s+(?:[\p{L}-]+\s+)?(?:workload|backlog|queue|toil|pages|manual work|spreadsheets?|hours|days|workflow|tickets|pain)\b`,
  'iu',
);
const NEED_AFTER = /^(?:\s*\([^)]{0,40}\))?,?\s+(?:(?:still|often|also|kept)\s+)?(?:needed|asked (?:for|us|me)|wanted|requested)\b/iu;
const SERVED_BEFORE =
  /\b(?:tools?|dashboards?|portals?|apps?|views?|search|templates?|forms?|bots?|automation|pipelines?|runbooks?|alerts?|playbooks?|reports?|screens?|consoles?|workflows?|time|hours|days|weeks|toil|work|pages|tickets)\b(?:\s+[\p{L}\p{N}-]+){0,4}?\s+for\s+(?:(?:the|our|all|every|each|\d[\d,]*|two|three|four|five|six|eight|ten|twelve|forty)\s+)?$/iu;

/** The teams inside the business a text names as served by the work (TEAMS): internal customers, not its own nor a gate. */
function findServedTeams(text: string): RegExpExecArray[] {
  return [...text.matchAll(TEAMS)].filter((m) => {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (OWN_BEFORE.test(before) || OWN_AFTER.test(after)) return false;
    return SERVED_AFTER.test(after) || SERVED_BEFORE.test(before) || (m[1] === undefined && NEED_AFTER.test(after));
  });
}

const mentions = (matches: RegExpExecArray[]): CustomerMention[] => matches.map((m) => ({ index: m.index, text: m[0] })).sort((a, b) => a.index - b.index);

// Consumers told as a program by what they do or what is done to them: "the consumers of the feed crashed on the new
// schema", "…, three Spark jobs, all crashed", "…fell behind", "…failed to parse it", "I restarted the downstream consumers", "we redeployed all 12 consumers".
const PROGRAM_AFTER =
  /^(?:\s+(?:of|for|from|on)\s+(?:[\p{L}\p{N}'’&-]+\s+){0,3}?[\p{L}\p{N}'’&-]+)?(?:\s*[,(–—-]\s*(?:[\p{L}\p{N}-]+\s+){0,3}?(?:jobs|services|apps|applications|programs|scripts|pipelines|processes|microservices|workers|daemons|lambdas|functions)\s*[,)–—-])?,?\s+(?:(?:all|then|also|had|have|kept|both|would|quickly|repeatedly|immediately|soon|started|began)\s+)?(?:crash(?:ed|es|ing)?|lagg(?:ed|ing)|restarted|threw|(?:failed|fail|fails|were unable|was unable) to (?:parse|deseriali[sz]e|decode|process|consume|start|connect|keep up)|ran out of memory|fell behind|timed out|retried|polled|deadlocked|choked|re-?processed|consumed|deseriali[sz]ed|(?:were|was|got) (?:restarted|redeployed|scaled|rewritten|upgraded|patched|killed|rolled back|paused))\b/iu;
const PROGRAM_BEFORE =
  /\b(?:restart(?:ed|ing)?|redeploy(?:ed|ing)?|deploy(?:ed|ing)?|rewr(?:ote|iting)|upgrad(?:ed|ing)|patch(?:ed|ing)|scal(?:ed|ing)(?:\s+(?:out|up|down))?|recompil(?:ed|ing)|kill(?:ed|ing)|throttl(?:ed|ing)|paus(?:ed|ing)|(?:re)?configur(?:ed|ing))\s+(?:(?:the|all|our|both|each|every|its|their|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+){0,2}(?:of\s+(?:the|our)\s+)?(?:[\p{L}\p{N}-]+\s+)?$/iu;
// People or teams who use a data product, and so the business's own customers: "the downstream consumers of the data",
// "the consumers of the feed", "data consumers", "the three analytics consumers", "every report's consumers".
const DATA_BEFORE = /(?:\bdownstream[\s-](?:[\p{L}\p{N}-]+\s)?|\b(?:data|analytics|reporting|internal|(?:reports?|feeds?|datasets?|dashboards?|tables?)['’]s?)[\s-])$/iu;
const DATA_AFTER =
  /^\s+(?:of|for|from)\s+(?:(?:the|that|this|each|every|our|their|a|an|all|its|these|those)\s+)?(?:[\p{L}\p{N}-]+\s+)?(?:data(?:sets?)?|feeds?|extracts?|reports?|tables?|warehouse|dashboards?|numbers|figures|files?|exports?)\b/iu;
const CONSUMER = /\bconsumers?\b/giu;

/**
 * What consumers are: software that reads a queue ("60 Kafka consumers", "the consumers of the topic", "the consumer
 * group"), or a program by what it does or has done to it ("the consumers of the feed crashed"); people or teams who
 * use a data product ("the downstream consumers of the data", "the consumers of the feed"), customers inside the
 * business; or people ("consumers abandoned their baskets").
 */
function consumerKind(text: string, index: number, length: number): 'software' | 'data' | 'people' {
  if (namesSoftware(text, index, length)) return 'software';
  const before = text.slice(Math.max(0, index - 40), index);
  const after = text.slice(index + length, index + length + 80);
  return DATA_BEFORE.test(before) || DATA_AFTER.test(after) ? 'data' : 'people';
}

// Whom a candidate interviewed: the people named right after "interviewed", one decision for readiness's customer and the
// principles' Customer Obsession (a new user's trial, a senior ML engineer in Bengaluru: map counted "I interviewed 23 data
// scientists" as customers gone to while readiness said "no customer"; each decided with its own list of colleagues).
// People outside the business ("40 shoppers", "twelve garage owners", "eight program officers", "30 delivery partners") are
// customers; colleagues or staff ("23 data scientists", "12 store managers", "six ops team leads", "the underwriting leads")
// are no customers by the interview, and internal customers only where the story says beyond it that it serves them
// (whomInterviewed); the candidate's own ("my analysts"), a hiring round's people ("eight candidates", "nine recent
// leavers"), another business ("three vendors") and no people at all ("interviewed three times") are neither.
const COUNT_WORD = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;
const INTERVIEW_LEAD = String.raw`(?:(?:the|our|their|its|my|own|all|every|each|several|some|many|most|a|an|few|couple|dozens|hundreds|scores|another|other|both|of|more than|(?:about|around|over|nearly|almost|roughly|some|up to)(?=\s+\d)|${COUNT_WORD})\s+){0,5}`;
// Where the people named end: a preposition, a conjunction, a relative, an adverb of how or when, or a new determiner.
const INTERVIEW_STOP = String.raw`(?:about|on|at|from|in|into|to|for|with|without|who|whom|that|which|and|or|but|because|before|after|during|over|across|by|as|so|while|when|until|myself|personally|directly|ourselves|themselves|first|then|again|individually|together|separately|remotely|of|last|this|next|each|every|via|through|face|twice|once|the|a|an|our|their|my|his|her|its|what|how|why|where|whether|if|one-on-one|one-to-one|in-person|is|was|were|are|had|have|has|to)`;
const INTERVIEW = new RegExp(
  String.raw`\binterviewed\s+(?!by\b)(${INTERVIEW_LEAD})((?:(?!${INTERVIEW_STOP}\b)[\p{L}\p{N}'’&/-]+\s+){0,3}(?!${INTERVIEW_STOP}\b)[\p{L}\p{N}'’&/-]+)`,
  'giu',
);
// People of the business by their job ("data scientists", "store managers", "heads of department", "team leads"), or by the
// team they work in ("six ops team leads", "the finance staff", "internal users", "sales reps").
const COLLEAGUE =
  /\b(?:employees|staff|colleagues|co-?workers|teammates|team-?mates|peers|engineers|developers|devs|programmers|scientists|researchers|designers|analysts|architects|testers|sres|pms|managers|leads|heads|directors|executives|execs|leaders|vps|supervisors|coordinators|co-ordinators|foremen|planners|accountants|controllers|reps|representatives|lawyers|paralegals|counsel|stakeholders|administrators|admins|agents)$/iu;
const TEAM_WORD = /^(?:ops|operations|support|sre|service-desk|help-?desk|internal|in-house|team|finance|legal|compliance|engineering|product|sales|marketing|hr)$/iu;
// Agents of a trade a platform serves, not a contact centre's own: "40 travel agents", "insurance agents".
const TRADE_AGENTS = /\b(?:travel|insurance|estate|real-estate|property|letting|lettings|booking|freight|customs|mortgage|ticketing|holiday|shipping)\s+agents$/iu;
// The partners of a marketplace are its customers ("delivery partners", as CUSTOMER has them), not a vendor.
const MARKETPLACE_PARTNERS = /\b(?:restaurant|delivery|merchant|driver|rider|seller|hotel)\s+partners$/iu;
// A hiring round's people, or another business's: no one the work was for.
const HIRING_OR_BUSINESS =
  /\b(?:candidates|applicants|hires|interns|graduates|grads|leavers|joiners|recruits|vendors|suppliers|partners|contractors|consultants|consultancies|agencies|firms|companies|providers|integrators|bidders)$/iu;
// No people at all: "interviewed three times", "over two rounds".
const NOT_PEOPLE = /^(?:times|rounds|hours|days|weeks|months|years|minutes|sessions|questions|calls|loops|panels|stages)$/iu;
const INTERNAL_NP = new RegExp(String.raw`\b(?:${INTERNAL_PEOPLE})$`, 'iu');
const PEOPLE_HEAD = /(?:[^s]s|^people|^folks?|^children|^men|^women|^crews?|^staff|^counsel|^personnel)$/iu;

export type Interviewees = 'outside' | 'inside' | 'neither';

/** An interview a text tells: where "interviewed" stands, where the people named end, and who they are. */
export interface Interview {
  readonly index: number;
  readonly end: number;
  /** Where the people named start and end. */
  readonly people: readonly [number, number];
  /** Undefined where the words name no one it can tell ("interviewed them", "interviewed Monika Krawczyk"). */
  readonly kind: Interviewees | undefined;
}

function intervieweesOf(text: string, lead: string, np: string, npEnd: number): Interviewees | undefined {
  const words = np.split(/\s+/u);
  const head = words.at(-1)!;
  if (NOT_PEOPLE.test(head)) return 'neither';
  if (MARKETPLACE_PARTNERS.test(np) || TRADE_AGENTS.test(np)) return 'outside';
  if (words.some((w) => HIRING_OR_BUSINESS.test(w))) return 'neither';
  if (head.toLowerCase().startsWith('consumer')) {
    const length = /consumers?$/iu.exec(np)![0].length;
    const kind = consumerKind(text, npEnd - length, length);
    return kind === 'software' ? 'neither' : kind === 'data' ? 'inside' : 'outside';
  }
  const inside =
    INTERNAL_NP.test(np) ||
    words.some((w) => COLLEAGUE.test(w)) ||
    words.slice(0, -1).some((w) => TEAM_WORD.test(w));
  if (inside) {
    if (/\b(?:my|own)\s/iu.test(lead)) return 'neither';
    if (/^controllers$/iu.test(head) && !BUSINESS_CONTROLLER.test(np) && !FINANCE_TEXT.test(text)) return 'outside';
    return PEOPLE_AT.test(text.slice(npEnd, npEnd + 80)) ? 'outside' : 'inside';
  }
  return PEOPLE_HEAD.test(head) ? 'outside' : undefined;
}

function interviewOf(text: string, m: RegExpExecArray): Interview {
  const start = m.index + m[0].length - m[2]!.length;
  const end = m.index + m[0].length;
  return { index: m.index, end, people: [start, end], kind: intervieweesOf(text, m[1]!, m[2]!, end) };
}

/** The interviews a text tells, in order (INTERVIEW): whom each went to, by the people named right after "interviewed". */
export function findInterviews(text: string): Interview[] {
  // Most texts tell no interview: a plain search for the word is far cheaper than INTERVIEW's (flags 'iu') over them.
  if (!/interviewed/i.test(text)) return [];
  return [...text.matchAll(INTERVIEW)].map((m) => interviewOf(text, m));
}

/** The interview told at `index` of a text, where its "interviewed" stands, if one is. */
export function interviewAt(text: string, index: number): Interview | undefined {
  const anchored = new RegExp(INTERVIEW.source, 'iuy');
  anchored.lastIndex = index;
  const m = anchored.exec(text);
  return m ? interviewOf(text, m) : undefined;
}

/**
 * The customers a text names, outside the business or in it (readiness's customer). People interviewed are customers
 * where they are from outside ("I interviewed 40 shoppers", "ten nurses"); colleagues or staff interviewed are no
 * customers by the interview ("I interviewed 12 store managers", "23 data scientists"), only where the text names them
 * elsewhere ("Store managers waited a day for their figures") or the story serves them (interviewsInternalCustomers), and
 * neither are a hiring round's people nor the candidate's own (findInterviews).
 */
export function findCustomers(text: string): CustomerMention[] {
  const interviews = findInterviews(text);
  const notByInterview = interviews.filter((i) => i.kind === 'inside' || i.kind === 'neither').map((i) => i.people);
  const inInterview = (m: RegExpExecArray) => notByInterview.some(([from, to]) => from <= m.index && m.index < to);
  const people = [...text.matchAll(CUSTOMER)].filter((m) => !namesSoftware(text, m.index, m[0].length) && !inInterview(m));
  const outside = interviews.filter((i) => i.kind === 'outside').map((i) => ({ index: i.people[0], text: text.slice(...i.people) }));
  return [...mentions([...people, ...findControllers(text).filter((m) => !inInterview(m)), ...findServedTeams(text)]), ...outside].sort(
    (a, b) => a.index - b.index,
  );
}

/**
 * The people inside the business who receive the work that a text names: INTERNAL_PEOPLE, the finance controllers, the
 * legal, compliance and operating teams the work serves (findServedTeams) and the consumers of a data product.
 */
export function findInternalCustomers(text: string): CustomerMention[] {
  const dataConsumers = [...text.matchAll(CONSUMER)].filter((m) => consumerKind(text, m.index, m[0].length) === 'data');
  return mentions([...text.matchAll(INTERNAL_PERSON), ...findControllers(text), ...findServedTeams(text), ...dataConsumers]);
}

// The parts of the business an internal platform serves ("reports for 14 departments"), or the internal platform, tool
// or data they use ("the data platform", "the reporting tool"); the people in it are findInternalCustomers's.
const INTERNAL_SERVED =
  /\b(?:departments|business units|(?:data|analytics|reporting|bi|internal|self-serve|self-service) (?:platforms?|tools?|services?|warehouses?|lakes?|team)|across the (?:business|group|company|organi[sz]ation))\b/gi;
// A story about hiring, in what it is about (its title, situation or task): a team hired, grown or stood up, a round of
// interviews or job descriptions.
const HIRING =
  /\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing|ment)?|headcount|interview (?:loops?|panels?|process(?:es)?)|job (?:descriptions?|specs?|adverts?|ads?|offers?)|(?:build(?:ing)?|built|grow(?:ing)?|grew|stand(?:ing)? up|stood up) (?:out )?(?:a|the|my|our) (?:new )?(?:[\w-]+ )?(?:[\w-]+ )?team)\b/i;
const ABOUT = ['title', 'situation', 'task'] as const;

/** A phrase of a story's, by its section and where it stands in the section's text: a principle's match. */
export interface StorySpan {
  readonly field: TextField;
  readonly index: number;
  readonly length: number;
}

interface InternalEvidence {
  readonly hiring: boolean;
  /** Where each section starts in the story's text, the sections apart by a blank line. */
  readonly starts: ReadonlyMap<TextField, number>;
  /** What names the people inside the business, or the platform that serves them, as [start, end) in that text. */
  readonly spans: ReadonlyArray<readonly [number, number]>;
}

/**
 * Whether a story's customers are people inside the business: it names them (findInternalCustomers: the same people
 * readiness counts as customers there) or the internal platform that serves them (INTERNAL_SERVED), and it isn't about
 * hiring, where the heads of department a candidate interviews are asked what the new roles need, not what a product
 * should do for them. With `except`, what the story says there is left out: the people a candidate interviewed are
 * not made its users by the interview ("I interviewed six finance controllers"), only by the story saying so elsewhere
 * ("The finance controllers spent four days reconciling spreadsheets").
 */
export function servesInternalCustomers(story: StoryData, except?: StorySpan): boolean {
  let known = SERVES_INTERNAL.get(story);
  if (known === undefined) {
    const starts = new Map<TextField, number>();
    let at = 0;
    for (const field of TEXT_FIELDS) {
      starts.set(field, at);
      at += textOf(story, field).length + 2;
    }
    const text = TEXT_FIELDS.map((field) => textOf(story, field)).join('\n\n');
    const hiring = ABOUT.some((field) => HIRING.test(textOf(story, field)));
    const spans = hiring
      ? []
      : [...[...text.matchAll(INTERNAL_SERVED)].map((m) => ({ index: m.index, text: m[0] })), ...findInternalCustomers(text)].map(
          (m) => [m.index, m.index + m.text.length] as const,
        );
    SERVES_INTERNAL.set(story, (known = { hiring, starts, spans }));
  }
  if (known.hiring) return false;
  if (except === undefined) return known.spans.length > 0;
  const start = known.starts.get(except.field)! + except.index;
  const end = start + except.length;
  return known.spans.some(([from, to]) => to <= start || from >= end);
}

/**
 * Whom the interview told at `index` of a story's `field` went to (findInterviews), as readiness and the principles both
 * take it: 'customers', people outside ("I interviewed 40 shoppers"); 'internal customers', colleagues or staff of a story
 * that serves them beyond the interview itself (servesInternalCustomers: "I interviewed six finance controllers" in a story
 * of "a reporting platform for the group"); 'no customers', colleagues of a story that doesn't ("I interviewed 23 data
 * scientists" alone), the candidate's own, a hiring round's people or another business's. Undefined where no interview
 * stands there, or its words name no one it can tell ("I interviewed them").
 */
export function whomInterviewed(story: StoryData, field: TextField, index: number): 'customers' | 'internal customers' | 'no customers' | undefined {
  const interview = interviewAt(textOf(story, field), index);
  if (interview?.kind === undefined) return undefined;
  if (interview.kind === 'outside') return 'customers';
  if (interview.kind === 'neither') return 'no customers';
  return servesInternalCustomers(story, { field, index, length: interview.end - index }) ? 'internal customers' : 'no customers';
}

/** Whether a story tells an interview of its internal customers (whomInterviewed): readiness's customer, as the principles'. */
export function interviewsInternalCustomers(story: StoryData): boolean {
  return SPOKEN_FIELDS.some((field) => findInterviews(textOf(story, field)).some((i) => whomInterviewed(story, field, i.index) === 'internal customers'));
}

// Asked of a story once: the principles ask at every match of a signal of internal customers they weigh.
const SERVES_INTERNAL = new WeakMap<StoryData, InternalEvidence>();
