/**
 * Trade-off language: something chosen over something else, given up, deprioritised, delayed, cut or
 * accepted as a cost. A setback that happened to the candidate ("the launch was delayed by the vendor")
 * is not a trade-off they made, and "cut latency by 30%" is an outcome, not a sacrifice.
 */

export interface TradeoffMention {
  readonly index: number;
  readonly length: number;
  readonly text: string;
}

const WORK = String.raw`(?:scope|features?|requirements?|items?|work(?:streams?)?|stories|tickets|integrations?|reports?|flows?|milestones?|pilots?|phases?|tests?|support|launch(?:es)?|release|polish|nice-to-haves?|extras?|options?|parts?|pieces?|plans?|projects?|initiatives?|dashboards?|v2)`;
const PASSIVE = String.raw`(?<!\b(?:was|were|been|being|is|are|got|get|gets)\s+(?:\w+\s+)?)`;

const PATTERNS: readonly RegExp[] = [
  /\binstead of\b/i,
  /\brather than\b/i,
  /\btrade[- ]?offs?\b|\btraded\b|\btrading (?:off|away)\b/i,
  /\bat the (?:cost|expense|price) of\b/i,
  /\b(?:gave|give|giving|given) up\b|\bsacrific(?:e|ed|es|ing)\b|\bforw?(?:ent|go|going|gone)\b/i,
  /\bde-?prioriti[sz](?:e|ed|es|ing|ation)\b|\blower(?:ed)? (?:the )?priority\b/i,
  /\b(?:chose|choose|chosen|choosing|picked|prioriti[sz](?:ed|ing|e)|favou?r(?:ed|ing)|preferred|opted for|went with|bet on)\b[^.;!?]{1,80}?\bover\b/i,
  new RegExp(String.raw`${PASSIVE}\b(?:defer(?:red|ring|s)?|postpon(?:e|ed|ing)|delay(?:ed|ing)?)\b(?!\s+by\s+(?:the|a|an|our)\s)`, 'i'),
  new RegExp(String.raw`\b(?:cut|cutting|dropped|dropping|drop|shelved|parked|paused|froze|frozen|killed|kill|stopped|removed)\s+(?:(?:the|a|an|our|two|three|several|some|all|\w+)\s+){0,3}?${WORK}\b`, 'i'),
  /\b(?:cut|dropped|removed|pulled|moved)\b[^.;!?]{1,60}?\b(?:from|out of) (?:the |our |this )?(?:launch|release|scope|plan|mvp|roadmap|quarter|sprint|first version|v1)\b/i,
  /\b(?:de-?scop(?:e|ed|ing)|scoped (?:down|out)|out of scope|held back|left out)\b/i,
  /\baccept(?:ed|ing|s)?\b[^.;!?]{0,50}?\b(?:risk|cost|delay|slip|hit|debt|latency|loss|downtime|overhead|gap|penalty|trade)\b/i,
  /\b(?:said no to|turned down|declined to|chose not to|decided not to|decided against|opted not to|walked away from|even though it meant|knowingly)\b/i,
];

export function findTradeoffs(text: string): TradeoffMention[] {
  const found: TradeoffMention[] = [];
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (m) found.push({ index: m.index, length: m[0].length, text: text.slice(m.index, m.index + m[0].length) });
  }
  return found.sort((a, b) => a.index - b.index);
}
