/**
 * Outcome clichés: "delivered on time", "improved the customer experience", "was a big success",
 * "everyone was happy". Each is vague unless a number backs it up: in its own clause ("98% of orders
 * arrived on time"), or right after it in the same sentence ("We delivered on time: all 140 services left
 * eleven days early", "a big success, with 12% more sign-ups"). A number in another clause ("Conversion
 * rose 4%, and the launch was a big success") backs the other claim, not the cliché.
 */
import { findMetrics } from './numbers.js';
import { inRanges, quotedRanges } from './quotes.js';
import { sentenceRanges } from './sentences.js';

export interface Cliche {
  readonly index: number;
  readonly length: number;
  readonly text: string;
}

const INTENSIFIER = String.raw`(?:significantly|greatly|dramatically|massively|vastly|hugely|drastically|substantially|considerably|noticeably|really|much|a lot|tremendously)`;
const BETTER = String.raw`(?:improved|improve|improves|improving|reduced|increased|boosted|better|faster|lower|higher|smoother|cheaper|more reliable|easier)`;
const PEOPLE = String.raw`(?:everyone|everybody|all (?:the )?stakeholders|(?:the |our |all )?stakeholders|(?:the |our |senior )?leadership|(?:the |senior )?management|the business|the (?:customer|client|exec(?:utive)?s?|VP|director|sponsor)|(?:our |the |all (?:the |our )?|both )?(?:(?!(?:and|or|but|so|that|with|while|as|when|then|the|our|all|both|were|was|are|is)\b)[\p{Ll}-]+ )?(?:customers|clients|users|partners|sellers|shoppers|merchants|buyers|drivers|developers|engineers|executives|execs|leaders|clinicians|nurses|doctors|patients|teachers|students|pupils|parents|staff|colleagues|agents|players|gamers|citizens|residents|members|subscribers|guests|passengers|managers|operators|technicians|associates|employees)|(?:my|our|the) (?:manager|director|boss|skip-level|skip|VP|SVP|CTO|CEO|CFO|COO|CIO|GM|general manager|sponsor|head of [\p{L}]+)|senior leaders|the team|the teams|partner teams)`;

const CLICHES: readonly RegExp[] = [
  /\b(?:on|ahead of) (?:time|schedule)(?: and (?:on|under|within) budget)?\b|\bahead of plan\b|\b(?:on|under|within) budget\b/gi,
  new RegExp(String.raw`\b(?:improv(?:ed|es|ing)|enhanc(?:ed|es|ing)|transform(?:ed|s|ing)) (?:the |our )?(?:overall )?(?:(?:user|customer|developer|seller|buyer|patient|employee|shopping|checkout|partner|client) )?(?:experience|satisfaction|journey)\b|\b(?:user|customer|developer|seller|client) (?:experience|satisfaction) (?:was |got |has )?(?:${INTENSIFIER} )?(?:improved|better|went up)\b|\bhappier (?:customers|users|clients|sellers)\b`, 'gi'),
  /\b(?:was|were|is|proved|been|became) (?:a |an )?(?:big |huge |great |major |real |resounding |massive |tremendous |complete |total |clear |overall |fantastic |amazing |outstanding |brilliant )?(?:success|win|hit)\b(?!\s+(?:by|with) (?:the|a|an)\b)|\b(?:a|an) (?:big |huge |great |major |real |resounding |massive |tremendous |complete |total |clear |fantastic |amazing |outstanding |brilliant )(?:success|win)\b|\bsuccessful(?:ly)?\b|\bwin-win\b/gi,
  new RegExp(String.raw`\b${PEOPLE} (?:was |were |is |are |felt |seemed |left )?(?:very |really |extremely |all |so |more than |incredibly )?(?:happy|happier|pleased|delighted|thrilled|satisfied|impressed|excited|ecstatic|relieved|grateful|appreciative|over the moon|blown away)\b`, 'giu'),
  // "customers loved it", "leadership praised the launch", "the feedback from sellers was overwhelmingly positive".
  new RegExp(String.raw`\b${PEOPLE} (?:really |all |absolutely )?(?:loved|love|praised|applauded|celebrated|raved about)\b|\b(?:loved|praised|applauded|celebrated|raved about) (?:it|the (?:launch|release|result|response|work|rollout|migration|change|team|programme|program|project))\b|\b(?:got|received|earned|won) (?:a lot of |lots of |real )?(?:praise|kudos|plaudits|recognition|a shout-out)\b|\b(?:feedback|reception|reaction|reviews)(?: (?:from|of|on)(?: [\p{L}'’-]+){1,5}?)? (?:was|were|has been|have been|is|are) (?:${INTENSIFIER} |overwhelmingly |universally |very |largely |mostly |extremely |incredibly )?(?:positive|great|excellent|glowing|good|strong|warm|enthusiastic|fantastic|amazing|outstanding|brilliant|superb)\b`, 'giu'),
  /\bimprov(?:ed|es|ing) (?:the |our |team |overall )*(?:efficiency|productivity|morale|collaboration|visibility|communication|alignment|quality|reliability|performance|stability|velocity|trust|processes|process|workflows?|outcomes?)\b|\b(?:increased|better|greater|improved|more) (?:visibility|alignment|transparency|collaboration|efficiency|productivity|morale|trust)\b|\bmore efficient\b|\bstreamlined (?:the |our )?(?:process|processes|workflows?|operations)\b|\breduced friction\b|\b(?:met|hit|achieved) (?:all (?:of )?|every )?(?:(?:our|the|its|their|my) )?(?:goals?|objectives?|targets?|OKRs|KPIs|milestones?|deadlines?|commitments?)\b|\b(?:a |an )?(?:huge|big|major|massive|significant|dramatic|real|marked) improvement\b|\bseamless(?:ly)?\b|\b(?:all |every )?(?:milestones?|deadlines?|goals|targets|objectives|OKRs) (?:was |were )(?:all )?(?:met|hit|achieved)\b|\b(?:adoption|uptake|engagement|usage) (?:was|has been|is) (?:really |very )?(?:strong|high|great|good|excellent|solid)\b|\b(?:team )?(?:morale|collaboration|visibility|alignment|communication|trust|efficiency|productivity|quality|reliability|stability|performance) (?:improved|increased|went up|got better)\b|\bwithout (?:any )?(?:issues|problems|hiccups|a hiccup)\b|\b(?:landed|went down) (?:really |very )?well\b|\b(?:ran|rolled out|launched|landed|went off) (?:really |very )?(?:smoothly|perfectly|without a hitch)\b|\ba smooth (?:launch|rollout|roll-out|migration|cut-?over|transition|release)\b|\b(?:positive|great|glowing|excellent|good|fantastic|amazing|outstanding|brilliant|strong) feedback\b|\bwell[- ]received\b|\bwent (?:really |very |extremely )?(?:well|smoothly|great|perfectly)\b|\bwithout a hitch\b|\bexceeded (?:all |our |everyone['’]s )?expectations\b|\bmade a (?:big |huge |real |significant |major )?(?:impact|difference)\b|\b(?:added|delivered|brought) (?:a lot of |huge |significant |real |great )?value\b|\bgame[- ]changer\b/gi,
  // "The rollout was smooth", "went down a storm", "smashed our targets", "a step change".
  /\b(?:rollout|roll-out|launch|migration|cut-?over|transition|release|go-live|handover|deployment|switchover|changeover|upgrade) (?:was|went|felt) (?:really |very |incredibly |remarkably |pretty |completely |totally )?(?:smooth|painless|flawless|uneventful|trouble-free|a breeze)\b|\bwent down (?:a storm|a treat|brilliantly)\b|\b(?:smashed|beat|exceeded|surpassed|crushed) (?:all |every )?(?:(?:of )?(?:our|the|its|their|my) )?(?:goals?|targets?|objectives?|KPIs|OKRs)\b|\ba (?:real |big |huge |genuine )?step[- ]change\b|\b(?:knocked|hit) it out of the park\b|\bnailed it\b|\brave reviews\b|\bmade (?:everyone['’]s|their|people['’]s|our) lives (?:much |so much |a lot )?easier\b/gi,
  new RegExp(String.raw`\b(?:significantly|greatly|dramatically|massively|vastly|hugely|drastically|substantially|considerably|noticeably|tremendously) ${BETTER}\b|\b${BETTER} (?:significantly|greatly|dramatically|massively|vastly|hugely|drastically|substantially|considerably|noticeably|tremendously|a lot)\b|\b(?:much|a lot|far) (?:faster|better|smoother|more reliable|cheaper|easier|happier)\b`, 'gi'),
];
// What starts a new clause with its own claim, so a number after it no longer backs the cliché.
const NEW_CLAIM = /,?\s+\b(?:and|but|while|whereas|although|though|yet)\b\s+|;\s*/i;

export function findCliches(text: string): Cliche[] {
  const quotes = quotedRanges(text);
  const sentences = sentenceRanges(text);
  const metrics = findMetrics(text);
  const found: Cliche[] = [];
  for (const re of CLICHES) {
    for (const m of text.matchAll(re)) {
      if (inRanges(m.index, quotes)) continue;
      const end = m.index + m[0].length;
      const [start, stop] = sentences.find(([s, e]) => m.index >= s && m.index < e) ?? [0, text.length];
      const clauseStart = lastClauseBreak(text.slice(start, m.index)) + start;
      const tail = text.slice(end, stop);
      const next = NEW_CLAIM.exec(tail);
      const backedUntil = next ? end + next.index : stop;
      if (metrics.some((metric) => metric.index >= clauseStart && metric.index < backedUntil)) continue;
      found.push({ index: m.index, length: m[0].length, text: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function lastClauseBreak(head: string): number {
  let at = 0;
  for (const m of head.matchAll(new RegExp(NEW_CLAIM.source, 'gi'))) at = m.index + m[0].length;
  return at;
}
