/** Principles named on the command line: ids, names or aliases, repeated or as comma lists. */
import { UsageError } from '../errors.js';
import { showValue } from '../text/show.js';
import { findPrinciple, lpDidYouMean, lpListItems, type LpId } from './catalog.js';

export function parseLpArgs(values: readonly string[] | string | undefined, flag = '--lp'): LpId[] {
  const list = (typeof values === 'string' ? [values] : (values ?? [])).flatMap(splitList).filter(Boolean);
  const ids: LpId[] = [];
  for (const value of list) {
    const principle = findPrinciple(value);
    if (!principle) {
      throw new UsageError(`Unknown Leadership Principle ${showValue(value)} in ${flag}.${lpDidYouMean(value)} Run \`tpm-prep lps\` to list them.`);
    }
    if (!ids.includes(principle.id)) ids.push(principle.id);
  }
  return ids;
}

/**
 * Each `--interviewer`'s principles, one comma list each, in the order given (`plan` and `report` take it).
 * A list that names none is a UsageError.
 */
export function parseInterviewers(lists: readonly string[] | undefined): LpId[][] {
  const interviewers = (lists ?? []).map((list) => parseLpArgs([list], '--interviewer'));
  if (interviewers.some((lps) => lps.length === 0)) throw new UsageError('An --interviewer names no principle. Give ids, names or aliases, for example --interviewer ownership,dive-deep.');
  return interviewers;
}

/** A comma list, keeping a name that has a comma in it whole: "Are Right, A Lot,ownership". */
function splitList(value: string): string[] {
  return lpListItems(value).map((item) => item.text);
}
