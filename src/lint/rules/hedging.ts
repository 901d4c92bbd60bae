import { textOf } from '../../bank/schema.js';
import { findHedges, type HedgeKind } from '../../text/hedges.js';
import { quote } from '../../text/show.js';
import type { Rule } from '../rule.js';

const SECTIONS = ['action', 'result'] as const;

const FIX: Record<HedgeKind, string> = {
  opinion: 'State it as fact, or give the evidence: "the dashboard showed …".',
  softener: 'Cut it and say exactly what you did.',
  attempt: 'Say what you did and what came of it: "I got each team to commit …", or what stopped you.',
  role: 'Say what your own part was: "I designed …", "I ran …".',
  unsaid: 'Say what you did: "I fixed the 14 crash bugs …", "I ran …".',
  deferral: 'Own the call: "I chose X over Y because …".',
};

export default {
  meta: {
    id: 'hedging',
    description: 'Hedges and deferrals in the action or result: "I think", "sort of", "tried to", "helped with", "did the needful", "went with X\'s recommendation".',
    fix: 'State it as fact, say what you did and what came of it, and own the call: "I chose X over Y because…".',
    defaultSeverity: 'warn',
    principles: ['ownership', 'are-right-a-lot'],
  },
  check(story, report) {
    for (const field of SECTIONS) {
      for (const hedge of findHedges(textOf(story, field))) {
        const what = hedge.kind === 'unsaid' ? 'says nothing of what you did' : 'sounds unsure of your part';
        report({ field, index: hedge.index, message: `${quote(hedge.text)} ${what}. ${FIX[hedge.kind]}` });
      }
    }
  },
} satisfies Rule;
