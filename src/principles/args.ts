/** Principles named on the command line: ids, names or aliases, repeated or as comma lists. */
import { UsageError } from '../errors.js';
import { commaItems, type ListItem } from '../text/lists.js';
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
  return lpListItems(value).map((item) => item.text);
}

/**
 * Principles written as one comma list, on the command line or in a story's `lps:`, with where each stands
 * in the text; a name that has a comma in it stays whole ("Are Right, A Lot, ownership" is two).
 */
export function lpListItems(value: string): ListItem[] {
  const pieces = commaItems(value);
  const list: ListItem[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const [piece, next] = [pieces[i]!, pieces[i + 1]];
    if (next !== undefined && !findPrinciple(piece.text) && findPrinciple(`${piece.text}, ${next.text}`)) {
      list.push({ text: value.slice(piece.start, next.end), start: piece.start, end: next.end });
      i++;
    } else list.push(piece);
  }
  return list;
}
