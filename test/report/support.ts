/** Build a report model from files in this repository, the way `tpm-prep report` does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBank } from '../../src/bank/load.js';
import { parseHistory, type HistoryEntry } from '../../src/drill/history.js';
import { defaultConfig } from '../../src/lint/config.js';
import { lintFiles } from '../../src/lint/engine.js';
import type { Interviewer } from '../../src/principles/plan.js';
import type { LpId } from '../../src/principles/catalog.js';
import { buildReport, type ReportModel } from '../../src/report/model.js';
import { ROOT } from '../helpers.js';

export const SAMPLE_HISTORY = 'test/fixtures/history/sample.jsonl';
export const NOW = new Date('2026-11-22T12:00:00Z');

export function sampleHistory(): HistoryEntry[] {
  const { entries, warnings } = parseHistory(readFileSync(join(ROOT, SAMPLE_HISTORY), 'utf8'), SAMPLE_HISTORY);
  if (warnings.length) throw new Error(warnings.join('\n'));
  return entries;
}

/** The report model of `paths`; `interviewers`, a loop's principles, one list each, with `names` for them if given. */
export function modelOf(paths: string[], history: HistoryEntry[] = [], interviewers?: LpId[][], names: string[] = []): { model: ReportModel; bank: ReturnType<typeof loadBank> } {
  const bank = loadBank(paths, ROOT);
  const folder = paths.find((p) => p.endsWith('/'));
  const results = lintFiles(bank.files, defaultConfig(), folder ? { bankPath: folder } : {});
  return { bank, model: buildReport({ files: bank.files, results, history, now: NOW, sources: paths, historyPath: SAMPLE_HISTORY, ...(interviewers ? { interviewers: interviewers.map((lps, i): Interviewer => (names[i] === undefined ? { lps } : { name: names[i], lps })) } : {}) }) };
}
