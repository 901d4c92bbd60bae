/** Shared test data for the drill tests. */
import type { HistoryEntry } from '../../src/drill/history.js';

/** A recorded answer; override any field. */
export function entry(fields: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    version: 1,
    at: '2026-03-02T09:00:00.000Z',
    question: 'ownership-01',
    category: 'behavioral',
    lps: ['ownership'],
    story: 'curbside-pickup-launch',
    seconds: 95,
    limit: 120,
    followup: 'Who owns it today?',
    check: { metric: true, saidI: true, partner: false, tradeoff: true },
    rating: 4,
    ...fields,
  };
}
