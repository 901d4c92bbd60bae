/**
 * Outcome clichés: "delivered on time", "improved the customer experience", "was a big success",
 * "everyone was happy". Each is vague unless a number backs it up: in its own clause ("98% of orders
 * arrived on time"), or right after it in the same sentence ("We delivered on time: all 140 services left
 * eleven days early", "a big success, with 12% more sign-ups"). A number in another clause ("Conversion
 * rose 4%, and the launch was a big success") backs the other claim, not the cliché.
 */
import { fires } from './classify.js';
import vagueModel from './models/vague.js';
import { findMetrics } from './numbers.js';
import { inRanges, quotedRanges } from './quotes.js';
import { sentenceRanges } from './sentences.js';

export interface Cliche {
  readonly index: number;
  readonly length: number;
  readonly text: string;
  /** Found by the trained model: `text` is the whole sentence. */
  readonly byModel?: true;
}

const INTENSIFIER = String.raw`(?:significantly|greatly|dramatically|massively|vastly|hugely|drastically|substantially|considerably|noticeably|really|much|a lot|tremendously)`;
const BETTER = String.raw`(?:improved|improve|improves|improving|reduced|increased|boosted|better|faster|lower|higher|smoother|cheaper|more reliable|easier)`;
const PEOPLE = String.raw`(?:everyone|everybody|all (?:the )?stakeholders|(?:the |our |all )?stakeholders|(?:the |our |senior )?leadership|(?:the |senior )?management|the business|the (?:customer|client|exec(?:utive)?s?|VP|director|sponsor)|(?:our |the |all (?:the |our )?|both )?(?:(?<![\p{L}-])(?!(?:and|or|but|so|that|with|while|as|when|then|the|our|all|both|were|was|are|is)\b)[\p{Ll}-]+ )?(?:customers|clients|users|partners|sellers|shoppers|merchants|buyers|drivers|developers|engineers|executives|execs|leaders|clinicians|nurses|doctors|patients|teachers|students|pupils|parents|staff|colleagues|agents|players|gamers|citizens|residents|members|subscribers|guests|passengers|managers|operators|technicians|associates|employees)|(?:my|our|the) (?:manager|director|boss|skip-level|skip|VP|SVP|CTO|CEO|CFO|COO|CIO|GM|general manager|sponsor|head of [\p{L}]+)|senior leaders|the team|the teams|partner teams)`;

// Families of wording rather than single phrases. Each is a template: an outcome that "went/landed/ran"
// some evaluative way; "a <big|real|night-and-day> <success|difference|impact|boost>"; anyone who was
// pleased, blown away or chuffed; people who noticed; praise as a noun ("full of praise", "a huge
// thumbs-up"); and the stock metaphors of a result ("moved the needle", "the numbers speak for
// themselves", "paid off handsomely", "transformed how the nurses work", "the best launch ever"). A family
// match that overlaps a phrase already found is the same claim and is reported once.
const INTENS = String.raw`(?:(?:really|very|extremely|incredibly|super|so|exceptionally|remarkably|amazingly|pretty|truly|genuinely|absolutely|just|all|quite|hugely|massively|overwhelmingly|universally|unbelievably|surprisingly|especially),? )*`;
// How an outcome went: "went really well", "landed beautifully", "ran like clockwork", "worked a treat".
const WENT = String.raw`(?:went|went off|landed|ran|rolled out|launched|played out|worked|came off|came together|turned out|performed|bedded in|was received|were received)`;
const MANNER = String.raw`(?:well|great|smoothly|perfectly|brilliantly|beautifully|flawlessly|seamlessly|superbly|fantastically|wonderfully|nicely|like (?:clockwork|a dream|a charm)|without (?:a hitch|a hiccup|a glitch|incident|drama|fuss)|a treat|better than (?:expected|anyone expected|planned|hoped|we hoped|I hoped))`;
// "a real success story", "a night-and-day difference", "a massive boost", "had a huge impact".
const BIG = String.raw`(?:big|huge|real|massive|major|great|significant|tremendous|genuine|noticeable|marked|dramatic|visible|positive|lasting|clear|enormous|resounding|complete|total|fantastic|amazing|outstanding|brilliant|runaway|instant|overnight|night[- ]and[- ]day|world of|palpable|tangible|measurable|material|meaningful|transformational|transformative|much-needed|welcome)`;
const WIN = String.raw`(?:success(?: story)?|win|hit|triumph|difference|improvement|impact|step forward|leap forward|step change|game[- ]changer|turnaround|boost|uplift|breakthrough|shift|change for the better|upgrade)`;
// People or whoever, pleased: any subject ("the sponsors were blown away", "finance were chuffed").
// "satisfied", "relieved" and "sold" also read as passives ("criteria were satisfied"), so they are left to
// the list of people above.
const PLEASED = String.raw`(?:happy|happier|pleased|delighted|thrilled|chuffed|over the moon|blown away|wowed|won over|ecstatic|elated|impressed|grateful|full of praise|enthusiastic|excited|stoked|made up|raving|glowing|sold on it|converts|fans|big fans|huge fans)`;
// A group picked out by its contentment, no claim the outcome pleased anyone: "the nine who are happy with the phone still
// call the clerk", "the drivers that were happy with paper kept it" (a "who" or "that" with no comma before it, dev round
// 41). Set off by a comma it is a claim again: "The farmers, who are happy with the app, …".
const NOT_WHO_ARE = String.raw`(?!(?<=[\p{L}\p{N}'’]\s{1,3})(?:who|that)\s)`;
const FAMILIES: readonly RegExp[] = [
  new RegExp(String.raw`\b${WENT} ${INTENS}${MANNER}(?!\s+(?:enough|as)\b)`, 'gi'),
  new RegExp(String.raw`\b(?:a|an) (?:${INTENS}${BIG}[ ,-]+)+${WIN}\b|\b(?:was|were|is|proved|proved to be|been|became|turned out to be|made|had|brought|delivered|saw|marked|felt like) (?:a |an )(?:${INTENS}${BIG}[ ,-]+)*(?:success(?: story)?|win|hit|triumph|game[- ]changer|turnaround|breakthrough)\b|\b(?:made|had|brought|delivered|saw) (?:a |an )?(?:${INTENS}${BIG}[ ,-]+)*(?:difference|impact|improvement|change for the better)\b`, 'gi'),
  new RegExp(String.raw`(?<![\p{L}'’-])${NOT_WHO_ARE}[\p{L}'’-]+ (?:(?:was|were|is|are|felt|seemed|looked|got|have been|has been|ended up|came away) )${INTENS}${PLEASED}\b(?!\s+(?:to|that)\b)`, 'giu'),
  new RegExp(String.raw`\b${PEOPLE} (?:all |really |immediately |quickly )?(?:noticed|felt|saw|could (?:see|feel|tell))(?: (?:it|the (?:difference|change|improvement)))?(?=\s*(?:[.,;:!)]|$|\b(?:straight away|right away|immediately|at once|too|from day one|from the (?:first|start))\b))`, 'giu'),
  /\bfull of praise\b|\b(?:a |the )?(?:huge |big |massive |unanimous |enthusiastic |resounding |collective )?thumbs[- ]up\b|\b(?:high|lavish|universal|unanimous|glowing|widespread|effusive) praise\b|\bglowing (?:reviews|feedback|comments|testimonials|reports)\b|\b(?:a |lots of |plenty of |so much )?(?:love|kudos|goodwill) from\b|\b(?:a )?standing ovation\b|\bpat on the back\b|\b(?:widely|warmly|enthusiastically|well) (?:welcomed|embraced|adopted|received)\b/gi,
  /\b(?:really |truly |finally |genuinely )?mov(?:ed|es|ing) the needle\b|\b(?:the )?(?:numbers|results|data|figures|metrics|stats) (?:speak|spoke|speaks) for (?:themselves|itself)\b|(?<!\b(?:never|not|n['’]t|hardly|barely|yet to|didn['’]t)\s)\bpaid (?:off|dividends|for itself)(?: (?:handsomely|hugely|massively|in spades|big[- ]time|many times over))?\b|\b(?:transformed|revolutioni[sz]ed|reshaped|changed) (?:how|the way) (?:[\p{L}'’-]+ ){1,4}?(?:work(?:s|ed)?|operate[sd]?|run|runs|plan|shop|learn|sell|live)\b|\b(?:changed|transformed|revolutioni[sz]ed) the game\b|\bturned (?:things|it|the (?:programme|program|project|team|business|site|store|region)) around\b|\braised the bar\b|\bset a new (?:standard|benchmark|bar)\b|\bthe (?:best|smoothest|most successful|strongest|biggest) (?:[\p{L}-]+ ){0,2}?(?:launch|release|rollout|quarter|season|year|event|migration|go-live|programme|program|project)s? (?:[\p{L}'’]+ ){0,4}?ever\b|\b(?:best|smoothest)[- ]ever\b|\brecord[- ]breaking\b|\bover-?delivered\b|\b(?:delivered|drove|brought|unlocked|created|added) (?:real |huge |massive |tangible |significant |great |serious |measurable |lasting )(?:value|results|impact|benefits?|gains)\b|\bsaved (?:a lot of|lots of|loads of|huge amounts of|tons of|countless|so much|a great deal of|a ton of) (?:time|money|effort|hours|work|headaches)\b|\b(?:things|everything|life|it all) (?:improved|got (?:much |a lot |so much |far )?(?:better|easier)|turned around|is (?:much |a lot |so much |far )?(?:better|easier))\b|\b(?:beat|surpassed|outperformed|blew (?:past|through|away)|went beyond) (?:all |our |everyone['’]s |the |their |its |my )?(?:expectations|forecasts?|projections?|goals?|targets?|KPIs|OKRs|benchmarks?)\b|\b(?:much|far|a lot|way|significantly|dramatically|vastly|noticeably|considerably) (?:fewer|less)\b(?!\s+than\b)|\b(?:caught|got|earned|won) (?:the )?(?:attention|notice) of\b|\bput (?:us|the team|the product|it) on the map\b|\bwent viral\b/giu,
];

// A time or a budget told denied or missed in its clause, an admission and no claim: "I could not deliver the
// forecasts on time", "the labels couldn't be printed in time", "the cutover wasn't on schedule", "we failed to finish
// within budget", "I missed going live on time". (Not "we not only shipped on time but…", still a claim, nor a denial in
// a clause before it: "Not one store slipped, and we went live on time", "No launch was late: all were on time"; nor a
// denial of something else, done to or without reaching the time: "We didn't cut any scope to go live on time", "I
// never had to ask for more money to finish within budget", "We never worked a weekend without landing on time". A
// "to" after "able", "manage", "have" and the like carries the denial on: "I wasn't able to deliver on time".)
const DENIAL_ENDS = String.raw`\b(?:and|but|so|yet|while|whereas|although|though|without)\b|(?<!\b(?:able|going|manage|managed|have|has|had|need|needs|needed|want|wanted|try|tried|seem|seemed|get|got)\s+)\bto\s+(?!(?:the|a|an|our|their|its|my|his|her|this|that|these|those|any|every|each|all|them|us|him|it|me|you)\b)[a-z]`;
const TIME_DENIED = String.raw`(?<!(?:\b(?:not|cannot|never|no longer|failed to|unable to|missed)|n['’]t)\b(?!\s+(?:only|just)\b)(?:(?!${DENIAL_ENDS})[^.;:,!?\n]){0,40})`;

const CLICHES: readonly RegExp[] = [
  // "on time", "under budget"; and "finished in time", "went live in time for the renewal", as vague as "on time", and backed the same way (a date
  // is no number that backs it, as "on time, on 3 March" isn't). Not "In time, the teams adopted it" (in the end),
  // "in time to stop the release" (what it was early enough for), a time told denied ("could not label in time", and
  // so "on time" too: TIME_DENIED), "just-in-time" supply, "in time order".
  new RegExp(String.raw`${TIME_DENIED}\b(?:on|ahead of) (?:time|schedule)(?: and (?:on|under|within) budget)?\b|(?<!(?:^|[.!?\n])\s{0,3})${TIME_DENIED}(?<!\bjust-)\bin time\b(?!\s+to\b|[- ](?:series|zones?|slots?|order|windows?|steps?|domain|delivery|supply|inventory|production|manufacturing|logistics)\b)(?: and (?:on|under|within) budget\b)?|\bahead of plan\b|${TIME_DENIED}\b(?:on|under|within) budget\b`, 'gi'),
  // Whoever's experience it was: "improved the customer experience", "improved the guest experience a lot", "the booking
  // experience got better". (Not experience as what one has lived, "The experience improved my standing", "Prior
  // experience was better preparation"; and the word before it starts after a hyphen chain's start, not at each of its
  // hyphens, so a long chain is read once, not once per segment: a review.)
  new RegExp(String.raw`\b(?:improv(?:ed|es|ing)|enhanc(?:ed|es|ing)|transform(?:ed|s|ing)) (?:the |our )?(?:overall )?(?:[a-z]+(?:-[a-z]+)* )?(?:experience|satisfaction|journey)\b|(?<![a-z-])(?!(?:the|a|an|my|our|his|her|their|its|this|that|prior|previous|past|personal|work|some|any|no)\b)[a-z]+(?:-[a-z]+)* (?:experience|satisfaction) (?:was |got |has )?(?:${INTENSIFIER} )?(?:improved|better|went up)\b(?!\s+(?:my|our|his|her|their|the|than|preparation)\b)|\bhappier (?:customers|users|clients|sellers)\b`, 'gi'),
  /\b(?:was|were|is|proved|been|became) (?:a |an )?(?:big |huge |great |major |real |resounding |massive |tremendous |complete |total |clear |overall |fantastic |amazing |outstanding |brilliant )?(?:success|win|hit)\b(?!\s+(?:by|with) (?:the|a|an)\b)|\b(?:a|an) (?:big |huge |great |major |real |resounding |massive |tremendous |complete |total |clear |fantastic |amazing |outstanding |brilliant )(?:success|win)\b|\bsuccessful(?:ly)?\b|\bwin-win\b/gi,
  new RegExp(String.raw`\b${PEOPLE} (?:was |were |is |are |felt |seemed |left )?(?:very |really |extremely |all |so |more than |incredibly )?(?:happy|happier|pleased|delighted|thrilled|satisfied|impressed|excited|ecstatic|relieved|grateful|appreciative|over the moon|blown away)\b`, 'giu'),
  // "customers loved it", "leadership praised the launch", "the feedback from sellers was overwhelmingly positive".
  new RegExp(String.raw`\b${PEOPLE} (?:really |all |absolutely )?(?:loved|love|praised|applauded|celebrated|raved about)\b|\b(?:loved|praised|applauded|celebrated|raved about) (?:it|the (?:launch|release|result|response|work|rollout|migration|change|team|programme|program|project))\b|\b(?:got|received|earned|won) (?:a lot of |lots of |real )?(?:praise|kudos|plaudits|recognition|a shout-out)\b|\b(?:feedback|reception|reaction|reviews)(?: (?:from|of|on)(?: [\p{L}'’-]+){1,5}?)? (?:was|were|has been|have been|is|are) (?:${INTENSIFIER} |overwhelmingly |universally |very |largely |mostly |extremely |incredibly )?(?:positive|great|excellent|glowing|good|strong|warm|enthusiastic|fantastic|amazing|outstanding|brilliant|superb)\b`, 'giu'),
  /\bimprov(?:ed|es|ing) (?:the |our |team |overall )*(?:efficiency|productivity|morale|collaboration|visibility|communication|alignment|quality|reliability|performance|stability|velocity|trust|processes|process|workflows?|outcomes?)\b|\b(?:increased|better|greater|improved|more) (?:visibility|alignment|transparency|collaboration|efficiency|productivity|morale|trust)\b|\bmore efficient\b|\bstreamlined (?:the |our )?(?:process|processes|workflows?|operations)\b|\breduced friction\b|\b(?:met|hit|achieved) (?:all (?:of )?|every )?(?:(?:our|the|its|their|my) )?(?:goals?|objectives?|targets?|OKRs|KPIs|milestones?|deadlines?|commitments?)\b|\b(?:a |an )?(?:huge|big|major|massive|significant|dramatic|real|marked) improvement\b|\bseamless(?:ly)?\b|\b(?:all |every )?(?:milestones?|deadlines?|goals|targets|objectives|OKRs) (?:was |were )(?:all )?(?:met|hit|achieved)\b|\b(?:adoption|uptake|engagement|usage) (?:was|has been|is) (?:really |very )?(?:strong|high|great|good|excellent|solid)\b|\b(?:team )?(?:morale|collaboration|visibility|alignment|communication|trust|efficiency|productivity|quality|reliability|stability|performance) (?:improved|increased|went up|got better)\b|\bwithout (?:any )?(?:issues|problems|hiccups|a hiccup)\b|\b(?:landed|went down) (?:really |very )?well\b|\b(?:ran|rolled out|launched|landed|went off) (?:really |very )?(?:smoothly|perfectly|without a hitch)\b|\ba smooth (?:launch|rollout|roll-out|migration|cut-?over|transition|release)\b|\b(?:positive|great|glowing|excellent|good|fantastic|amazing|outstanding|brilliant|strong) feedback\b|\bwell[- ]received\b|\b(?:went|goes|(?:has|have|had)(?: (?:all|always|since))? gone) (?:really |very |extremely )?(?:well|smoothly|great|perfectly)\b|\bwithout a hitch\b|\bexceeded (?:all |our |everyone['’]s )?expectations\b|\bmade a (?:big |huge |real |significant |major )?(?:impact|difference)\b|\b(?:added|delivered|brought) (?:a lot of |huge |significant |real |great )?value\b|\bgame[- ]changer\b|\b(?:rock[- ]solid|bullet[- ]?proof|solid as a rock)\b|\b(?:recovered|bounced back|came back) (?:very |really )?(?:quickly|fast|swiftly|rapidly)\b|\b(?:customers|users|clients|shoppers|patients|players|riders|sellers|merchants|viewers|listeners|readers|guests|passengers|travellers|travelers|members|subscribers|staff|employees|students) (?:barely|hardly|scarcely) noticed\b/gi,
  // "The rollout was smooth", "went down a storm", "smashed our targets", "a step change".
  /\b(?:rollout|roll-out|launch|migration|cut-?over|transition|release|go-live|handover|deployment|switchover|changeover|upgrade) (?:was|went|felt) (?:really |very |incredibly |remarkably |pretty |completely |totally )?(?:smooth|painless|flawless|uneventful|trouble-free|a breeze)\b|\bwent down (?:a storm|a treat|brilliantly)\b|\b(?:smashed|beat|exceeded|surpassed|crushed) (?:all |every )?(?:(?:of )?(?:our|the|its|their|my) )?(?:goals?|targets?|objectives?|KPIs|OKRs)\b|\ba (?:real |big |huge |genuine )?step[- ]change\b|\b(?:knocked|hit) it out of the park\b|\bnailed it\b|\brave reviews\b|\bmade (?:everyone['’]s|their|people['’]s|our) lives (?:much |so much |a lot )?easier\b/gi,
  new RegExp(String.raw`\b(?:significantly|greatly|dramatically|massively|vastly|hugely|drastically|substantially|considerably|noticeably|tremendously) ${BETTER}\b|\b${BETTER} (?:significantly|greatly|dramatically|massively|vastly|hugely|drastically|substantially|considerably|noticeably|tremendously|a lot)\b|\b(?:much|a lot|far) (?:faster|better|smoother|more reliable|more stable|more robust|more resilient|more predictable|quieter|calmer|safer|cheaper|easier|happier)\b` +
    // A change told as brought to its floor, with no number, as vague as "reduced drastically": "complaints were reduced to the
    // barest minimum" (a Lagos engineering manager's trial, Nigerian English), "kept downtime to an absolute minimum".
    String.raw`|\b(?:reduced|reduce|reducing|cut|brought|came|went|fell|dropped|minimi[sz]ed|trimmed|kept|keep|keeping)(?: (?!to\b)[a-z'’-]+){0,3}? to (?:the |an? )?(?:(?:barest|bare|absolute|very|lowest possible|least possible) )?minimum\b(?! (?:wage|balance|payments?|required|requirements?|viable|order|spend|charge|fee|price|stock|level|standards?|age|size|amount|number)\b)`, 'gi'),
];
// What starts a new clause with its own claim, so a number after it no longer backs the cliché.
const NEW_CLAIM = /,?\s+\b(?:and|but|while|whereas|although|though|yet)\b\s+|;\s*/i;
const NEW_CLAIMS = new RegExp(NEW_CLAIM.source, 'gi');

export function findCliches(text: string): Cliche[] {
  // Worked out only once a phrase is found: most text has none (principle inference asks of every claimed
  // result), and finding the metrics is the costly part.
  let quotes: ReturnType<typeof quotedRanges> | undefined;
  let sentences: ReturnType<typeof sentenceRanges> | undefined;
  let metrics: ReturnType<typeof findMetrics> | undefined;
  const found: Cliche[] = [];
  const listed = CLICHES.length;
  for (const [i, re] of [...CLICHES, ...FAMILIES].entries()) {
    for (const m of text.matchAll(re)) {
      if (inRanges(m.index, (quotes ??= quotedRanges(text)))) continue;
      if (i >= listed && found.some((c) => m.index < c.index + c.length && c.index < m.index + m[0].length)) continue;
      const end = m.index + m[0].length;
      const [start, stop] = (sentences ??= sentenceRanges(text)).find(([s, e]) => m.index >= s && m.index < e) ?? [0, text.length];
      const clauseStart = lastClauseBreak(text.slice(start, m.index)) + start;
      const tail = text.slice(end, stop);
      const next = NEW_CLAIM.exec(tail);
      const backedUntil = next ? end + next.index : stop;
      if ((metrics ??= findMetrics(text)).some((metric) => metric.index >= clauseStart && metric.index < backedUntil)) continue;
      found.push({ index: m.index, length: m[0].length, text: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The clichés above, and the result sentences that the trained model takes for a vague claim where the
 * phrases find none: wordings the lists lack ("the board loved the new reporting pack"). A sentence with a
 * metric in it (as findMetrics counts them), or with a quote in it, is left to the phrases.
 */
export function findVagueOutcomes(text: string): Cliche[] {
  const found = findCliches(text);
  const metrics = findMetrics(text);
  const quotes = quotedRanges(text);
  for (const [start, end] of sentenceRanges(text)) {
    const here = (index: number) => index >= start && index < end;
    const quoted = quotes.some(([from, to]) => from < end && to > start);
    if (quoted || found.some((c) => here(c.index)) || metrics.some((m) => here(m.index))) continue;
    const sentence = text.slice(start, end);
    if (fires(vagueModel, sentence)) found.push({ index: start, length: end - start, text: sentence, byModel: true });
  }
  return found.sort((a, b) => a.index - b.index);
}

function lastClauseBreak(head: string): number {
  let at = 0;
  for (const m of head.matchAll(NEW_CLAIMS)) at = m.index + m[0].length;
  return at;
}
