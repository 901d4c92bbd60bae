/** Principles named on the command line: ids, names or aliases, repeated or as comma lists. */
import { UsageError } from '../errors.js';
import { showValue } from '../text/show.js';
import { findPrinciple, lpDidYouMean, type LpId } from './catalog.js';

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

/** A comma list, keeping a name that has a comma in it whole: "Are Right, A Lot,ownership". */
function splitList(value: string): string[] {
  const pieces = value.split(',').map((v) => v.trim());
  const list: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const joined = i + 1 < pieces.length ? `${pieces[i]}, ${pieces[i + 1]}` : undefined;
    if (joined !== undefined && !findPrinciple(pieces[i]!) && findPrinciple(joined)) {
      list.push(joined);
      i++;
    } else list.push(pieces[i]!);
  }
  return list;
}
