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

/** An interviewer of the loop: the user's name for them ("Bar raiser"), if given, and the principles they probe. */
export interface Interviewer {
  readonly name?: string;
  readonly lps: readonly LpId[];
}

// "Bar raiser: earn-trust,backbone": a name before the list. (No principle's name has a colon.)
const NAMED = /^\s*([^:]*?)\s*:\s*(.*)$/s;

/**
 * Each `--interviewer`'s principles, one comma list each, in the order given (`plan` and `report` take it), with
 * a name before a colon if the user gave one ("Bar raiser: earn-trust,backbone"); without any, the loop of the
 * config's `interviewers:`, if it has one. A list that names none is a UsageError.
 */
export function parseInterviewers(lists: readonly string[] | undefined, configured: readonly Interviewer[] = []): Interviewer[] {
  if (!lists?.length) return [...configured];
  return lists.map((list) => {
    const named = NAMED.exec(list);
    const lps = parseLpArgs([named ? named[2]! : list], '--interviewer');
    if (lps.length === 0) throw new UsageError('An --interviewer names no principle. Give ids, names or aliases, for example --interviewer ownership,dive-deep.');
    return named && named[1] ? { name: named[1], lps } : { lps };
  });
}

/**
 * Refuses a principle typed where a path goes, the next item of a list written with a space ("--interviewer
 * earn-trust backbone" makes `backbone` a path): instead of "backbone: no such file or folder", a usage error that
 * says how to give the list. A path that `exists` is a path, whatever its name.
 */
export function refusePrinciplesAsPaths(paths: readonly string[], exists: (path: string) => boolean, flag: string, given: readonly string[] | undefined): void {
  for (const path of paths) {
    const principle = exists(path) ? undefined : findPrinciple(path);
    if (!principle) continue;
    const last = given?.at(-1);
    const list = last === undefined ? path : `${last},${path}`;
    const example = `${flag} ${/\s/.test(list) ? `"${list}"` : list}`;
    throw new UsageError(`${showValue(path)} is no file or folder here but a principle (${principle.name}): join principles with commas, as in ${example}`);
  }
}

/** A comma list, keeping a name that has a comma in it whole: "Are Right, A Lot,ownership". */
function splitList(value: string): string[] {
  return lpListItems(value).map((item) => item.text);
}
