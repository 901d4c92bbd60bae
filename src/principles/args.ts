/** Principles named on the command line: ids, names or aliases, repeated or as comma lists. */
import { UsageError } from '../errors.js';
import { showValue } from '../text/show.js';
import { didYouMean } from '../text/suggest.js';
import { LP_IDS, PRINCIPLES, findPrinciple, type LpId } from './catalog.js';

export function parseLpArgs(values: readonly string[] | string | undefined, flag = '--lp'): LpId[] {
  const list = (typeof values === 'string' ? [values] : (values ?? [])).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const ids: LpId[] = [];
  for (const value of list) {
    const principle = findPrinciple(value);
    if (!principle) {
      const spellings = [...LP_IDS, ...PRINCIPLES.flatMap((p) => p.aliases)];
      throw new UsageError(`Unknown Leadership Principle ${showValue(value)} in ${flag}.${didYouMean(value, spellings)} Run \`tpm-prep lps\` to list them.`);
    }
    if (!ids.includes(principle.id)) ids.push(principle.id);
  }
  return ids;
}
