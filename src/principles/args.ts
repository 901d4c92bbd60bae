/** Principles named on the command line: ids, names or aliases, repeated or as comma lists. */
import { UsageError } from '../errors.js';
import { showValue } from '../text/show.js';
import { findPrinciple, lpDidYouMean, lpListItems, type LpId } from './catalog.js';
import type { Interviewer } from './plan.js';

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
 * Refuses principles typed where paths go, the rest of a list written with spaces ("--interviewer earn-trust
 * backbone" makes `backbone` a path): instead of "backbone: no such file or folder", a usage error that says how
 * to give the list. A path that `exists`, or that has a path's or a glob's characters (`ownership/*`), is a path.
 */
export function refusePrinciplesAsPaths(paths: readonly string[], exists: (path: string) => boolean, flag: string, given: readonly string[] | undefined): void {
  const typed = paths.filter((path) => !PATHLIKE.test(path) && !exists(path) && findPrinciple(path) !== undefined);
  if (typed.length === 0) return;
  const [first] = typed as [string, ...string[]];
  const last = given?.at(-1);
  const list = [...(last === undefined ? [] : [last]), ...typed].join(',');
  const example = `${flag} ${/\s/.test(list) ? `"${list}"` : list}`;
  const what = typed.length === 1 ? `a principle (${findPrinciple(first)!.name})` : 'principles';
  const which = typed.length === 1 ? showValue(first) : typed.map((path) => showValue(path)).join(', ');
  const how = last === undefined ? `give ${typed.length === 1 ? 'it' : 'them'} with ${flag}` : 'join principles with commas';
  throw new UsageError(`${which} ${typed.length === 1 ? 'is' : 'are'} no file or folder here but ${what}: ${how}, as in ${example}`);
}

const PATHLIKE = /[/\\*?[\]{}.]/;

/** A comma list, keeping a name that has a comma in it whole: "Are Right, A Lot,ownership". */
function splitList(value: string): string[] {
  return lpListItems(value).map((item) => item.text);
}
