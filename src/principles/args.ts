/** Principles named on the command line: ids, names or aliases, repeated or as comma lists. */
import { withoutAccents } from '../text/accents.js';
import { nearName } from '../bank/files.js';
import { UsageError } from '../errors.js';
import { showValue } from '../text/show.js';
import { findPrinciple, lpDidYouMean, lpListItems, type LpId } from './catalog.js';
import { interviewerName, type Interviewer } from './plan.js';
import { shellWord } from '../text/shell.js';

/** The items of `values`, each a principle or not, in order: `--lp a --lp b,c` has a, b and c. */
const items = (values: readonly string[]): string[] => values.flatMap((value) => lpListItems(value).map((item) => item.text));
const isAll = (text: string): boolean => text.toLowerCase() === 'all';

/** Whether the principles given are `all` alone (`plan --lps all`, `drill --lp all`): every principle, whatever loop the config holds. */
export function allPrinciples(values: readonly string[] | undefined): boolean {
  const given = items(values ?? []);
  return given.length > 0 && given.every(isAll);
}

/**
 * The principles `values` name (`flag`'s, or where an option has two spellings, `flags`: the one each value was
 * typed with, so that what is said of a value names the option as typed). Where the option `takesAll` (and
 * `allPrinciples` did not find it alone), an `all` among principles is a usage error that says it goes alone, with
 * the list without it.
 */
export function parseLpArgs(values: readonly string[] | string | undefined, flag = '--lp', takesAll = false, flags?: readonly string[]): LpId[] {
  const list = typeof values === 'string' ? [values] : (values ?? []);
  const flagOf = (k: number): string => flags?.[k] ?? flag;
  const problems: string[] = [];
  const withAll = takesAll ? list.findIndex((value) => items([value]).some(isAll)) : -1;
  if (withAll >= 0) {
    const others = items(list).filter((text) => !isAll(text)).join(',');
    const typed = flagOf(withAll);
    problems.push(`\`all\` goes alone in ${typed}: ${typed} all for every principle, or the principles without it, as in ${typed} ${shellWord(others)}.`);
  }
  // A filter given with nothing in it (`--lp ""`, `--lp ,`) is no "every principle": said, not taken as no filter.
  if (takesAll) {
    list.forEach((value, k) => {
      if (!items([value]).every((text) => !text.trim())) return;
      const typed = flagOf(k);
      problems.push(`${typed} ${shellWord(value)} names no principle: give an id, name or alias, as in ${typed} ownership, or ${typed} all for every one.`);
    });
  }
  const ids: LpId[] = [];
  list.forEach((value, k) => {
    for (const id of lpArgs([value], flagOf(k), '', problems, takesAll)) if (!ids.includes(id)) ids.push(id);
  });
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return ids;
}

/**
 * The principles `values` name, each once, in order; each one that isn't a principle adds a line to `problems`
 * (every one is reported, a line each, as the config reports its own), with a did-you-mean, and where it is
 * several principles with spaces between ("deliver-results ownership"), the option written with commas.
 * `lead` is what came before the list in the value (an interviewer's "HM: "); where the option `takesAll`, an
 * `all` is left to the caller.
 */
function lpArgs(values: readonly string[], flag: string, lead: string, problems: string[], takesAll = false): LpId[] {
  const ids: LpId[] = [];
  for (const value of values) {
    for (const item of lpListItems(value)) {
      if (!item.text || (takesAll && isAll(item.text))) continue;
      const principle = findPrinciple(item.text);
      if (principle) {
        if (!ids.includes(principle.id)) ids.push(principle.id);
        continue;
      }
      // The value as typed with this item's principles joined by commas, quoted for the shell where it needs it.
      const withCommas = (found: readonly LpId[]) => {
        const list = `${lead}${value.slice(0, item.start)}${found.join(',')}${value.slice(item.end)}`;
        const typed = shellWord(list);
        return flag.startsWith('--') ? `separate them with commas, as in ${flag} ${typed}` : `separate them with commas: ${list}`;
      };
      problems.push(`Unknown Leadership Principle ${showValue(item.text)} in ${flag}.${lpDidYouMean(item.text, withCommas)} Run \`tpm-prep lps\` to list them.`);
    }
  }
  return ids;
}

// "Bar raiser: earn-trust,backbone": a name before the list. (No principle's name has a colon.)
const NAMED = /^\s*([^:]*?)\s*:\s*(.*)$/s;

/**
 * Each `--interviewer` of `plan` and `report`, in the order given: an interviewer of the config's loop by name, in
 * any case, as drill's `--interviewer` takes one ("bar raiser" is the loop's "Bar raiser", their principles under
 * their name), or else their principles, one comma list each, with a name before a colon if the user gave one
 * ("Bar raiser: earn-trust,backbone"); without any, the loop of the config's `interviewers:`, if it has one. A list
 * that names none is a UsageError, as is any principle that isn't one, every one of them a line; a name that is
 * neither the loop's nor a principle's is told as drill tells it, with a did-you-mean and the loop's names.
 * `config` is the config file as shown, undefined where none was found.
 */
export function parseInterviewers(lists: readonly string[] | undefined, configured: readonly Interviewer[] = [], config?: string): Interviewer[] {
  if (!lists?.length) return [...configured];
  const labels = configured.map((interviewer, k) => interviewerName(interviewer, k));
  const problems: string[] = [];
  const interviewers = lists.map((list): Interviewer => {
    const named = NAMED.exec(list);
    const k = named ? -1 : loopIndex(list, labels);
    const ambiguous = k >= 0 ? ambiguousName(list, labels[k]!, configured[k]!.lps, labels) : undefined;
    if (ambiguous !== undefined) {
      problems.push(ambiguous);
      return { lps: [] };
    }
    if (k >= 0) return { name: labels[k]!, lps: configured[k]!.lps };
    const unknown = named ? undefined : (unknownName(list, labels, config) ?? nameInList(list, labels));
    if (unknown !== undefined) {
      problems.push(unknown);
      return { lps: [] };
    }
    const before = problems.length;
    const lps = lpArgs([named ? named[2]! : list], '--interviewer', named ? list.slice(0, list.length - named[2]!.length) : '', problems);
    if (lps.length === 0 && problems.length === before) problems.push('An --interviewer names no principle. Give ids, names or aliases, for example --interviewer ownership,dive-deep.');
    return named && named[1] ? { name: named[1], lps } : { lps };
  });
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return interviewers;
}

/**
 * Where `value`, one name given to plan's or report's `--interviewer`, is neither a principle nor the loop's: the
 * line that says so as drill does, with the loop's name it is near ("Bar raisr"), or where it is near no principle
 * either, with the loop's names (or that there is no loop) and the principles it could have been instead. Undefined where the value is a
 * list, or a principle, or near one (lpArgs says which).
 */
function unknownName(value: string, labels: readonly string[], config: string | undefined): string | undefined {
  const items = lpListItems(value).filter((item) => item.text);
  if (items.length !== 1 || findPrinciple(items[0]!.text)) return undefined;
  const name = value.trim();
  const meant = nearName(name, labels);
  const loop = `The interviewers in ${config ?? 'the config'} are: ${labels.join(', ')}.`;
  if (meant !== undefined) return `Unknown interviewer ${showValue(name)} for --interviewer. Did you mean --interviewer ${shellWord(meant)}? ${loop}`;
  if (lpDidYouMean(name) !== '') return undefined;
  const takes = `Unknown interviewer or Leadership Principle ${showValue(name)} for --interviewer: it takes principles (--interviewer ownership,dive-deep; \`tpm-prep lps\` lists them), or an interviewer of your loop by name`;
  if (labels.length > 0) return `${takes}. ${loop}`;
  return config === undefined
    ? `${takes}, and no .tpm-prep.yaml was found here or above to hold a loop: write yours in one's \`interviewers:\` (see the README's Config).`
    : `${takes}, and ${config} has no \`interviewers:\`: add your loop to it, such as \`Bar raiser: [earn-trust, backbone]\`.`;
}

/**
 * Where `value`, the loop's interviewer `label` by name, is a principle too (`Ownership: [frugality]` in the loop, and
 * `--interviewer ownership`): the line that says so, with a form for each; undefined where it is no principle, or the
 * interviewer's one principle is that one (the plan is the same either way). A review found the interviewer planned
 * silently where the principle had been.
 */
function ambiguousName(value: string, label: string, lps: readonly LpId[], labels: readonly string[]): string | undefined {
  const principle = findPrinciple(value);
  if (principle === undefined || (lps.length === 1 && lps[0] === principle.id)) return undefined;
  return `${showValue(value.trim())} for --interviewer is both an interviewer in your loop and a principle (${principle.name}): for the interviewer, --interviewer ${shellWord(`${label}: ${lps.join(',')}`)}; for the principle, --interviewer ${shellWord(asPrinciples(value.trim(), labels))}.`;
}

/**
 * A list of principles as `--interviewer` reads it as one, not as a name of the loop's: as it is, or where it is one
 * of the loop's names, after a colon with no name before it (": ownership").
 */
const asPrinciples = (list: string, labels: readonly string[]): string => (loopIndex(list, labels) >= 0 ? `: ${list}` : list);

/**
 * An interviewer of the loop named among principles in one comma list ("ownership,Bar raiser"): the line that says to
 * give them an --interviewer of their own; undefined where no item is one.
 */
function nameInList(value: string, labels: readonly string[]): string | undefined {
  const items = lpListItems(value).filter((item) => item.text);
  if (items.length < 2) return undefined;
  const item = items.find((i) => !findPrinciple(i.text) && loopIndex(i.text, labels) >= 0);
  if (item === undefined) return undefined;
  // (The rest given alone must not be a name of the loop's in turn: "ownership" where an interviewer is "Ownership".)
  const others = asPrinciples(items.filter((i) => i !== item).map((i) => i.text).join(','), labels);
  const label = labels[loopIndex(item.text, labels)]!;
  return `${showValue(item.text)} is an interviewer in your loop, not a principle: give them an --interviewer of their own, as in --interviewer ${shellWord(others)} --interviewer ${shellWord(label)}.`;
}

/** Which of the loop's `labels` `name` is: as written first, should the config hold two that differ only in case; -1 for none. */
function loopIndex(name: string, labels: readonly string[]): number {
  const exact = labels.indexOf(name.trim());
  return exact >= 0 ? exact : labels.findIndex((label) => nameKey(label) === nameKey(name));
}

/**
 * The interviewers of the config's loop that drill's `--interviewer` names, each once, in the order named: a name in
 * any case, with any spaces around it ("bar raiser " is "Bar raiser"). `config` is the config file as shown, undefined
 * where none was found. No loop is a UsageError, and so is a name not in it, with a did-you-mean and the loop's names,
 * every one of them a line.
 */
export function interviewersNamed(names: readonly string[], loop: readonly Interviewer[], config: string | undefined): Interviewer[] {
  if (loop.length === 0) {
    throw new UsageError(
      config === undefined
        ? "--interviewer needs `interviewers:` in the config, and no .tpm-prep.yaml was found here or above: write your loop in one (see the README's Config), or drill the principles with --lp."
        : `--interviewer needs \`interviewers:\` in the config, and ${config} has none: add your loop to it, such as \`Bar raiser: [earn-trust, backbone]\`, or drill the principles with --lp.`,
    );
  }
  const labels = loop.map((interviewer, k) => interviewerName(interviewer, k));
  const found: Interviewer[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const k = loopIndex(name, labels);
    if (k >= 0) {
      if (!found.includes(loop[k]!)) found.push(loop[k]!);
      continue;
    }
    const meant = name.trim() ? nearName(name.trim(), labels) : undefined;
    // plan's --interviewer takes principles: drill's takes a name, and --lp the principles.
    const items = lpListItems(name).filter((item) => item.text);
    const lps = items.length > 0 && items.every((item) => findPrinciple(item.text)) ? ` To drill principles, give them with --lp ${shellWord(name.trim())}.` : '';
    const hint = meant === undefined ? lps : ` Did you mean --interviewer ${shellWord(meant)}?`;
    problems.push(`Unknown interviewer ${showValue(name)} for --interviewer.${hint} The interviewers in ${config ?? 'the config'} are: ${labels.join(', ')}.`);
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return found;
}

/**
 * An interviewer of the loop given to drill's `--lp` by name (`--lp "Hiring manager"`, the README's own example, whose
 * words would otherwise point at Hire and Develop the Best): a usage error saying to give it to `--interviewer`.
 */
export function refuseInterviewerAsLp(values: readonly string[] | undefined, loop: readonly Interviewer[]): void {
  const labels = loop.map((interviewer, k) => interviewerName(interviewer, k));
  for (const value of values ?? []) {
    const label = findPrinciple(value) ? undefined : labels.find((name) => nameKey(name) === nameKey(value));
    if (label !== undefined) throw new UsageError(`${showValue(value.trim())} is an interviewer in your loop, not a principle: drill their principles with --interviewer ${shellWord(label)}.`);
  }
}

// An interviewer's name as compared: in any case and accent ("engenheiro senior" is "Engenheiro sênior"), with spaces run together.
const nameKey = (name: string): string => withoutAccents(name.trim().replace(/\s+/g, ' ')).toLowerCase();
export { shellWord };

/**
 * Refuses principles typed where paths go, the rest of a list written with spaces ("--interviewer earn-trust
 * backbone" makes `backbone` a path): instead of "backbone: no such file or folder", a usage error that says how
 * to give the list. A path that `exists`, or that has a path's or a glob's characters (`ownership/*`), is a path.
 */
export function refusePrinciplesAsPaths(paths: readonly string[], exists: (path: string) => boolean, option: string, given: readonly string[] | undefined, flags?: readonly string[]): void {
  const typed = paths.filter((path) => !PATHLIKE.test(path) && !exists(path) && findPrinciple(path) !== undefined);
  if (typed.length === 0) return;
  // The option as typed for its last value (`flags`, where it has two spellings), the one the stray words followed.
  const flag = flags?.at(-1) ?? option;
  const [first] = typed as [string, ...string[]];
  // After `all`, which goes alone, the principles are a list of their own.
  const last = given?.length && !allPrinciples(given.slice(-1)) ? given.at(-1) : undefined;
  const list = [...(last === undefined ? [] : [last]), ...typed].join(',');
  const example = `${flag} ${/\s/.test(list) ? `"${list}"` : list}`;
  const what = typed.length === 1 ? `a principle (${findPrinciple(first)!.name})` : 'principles';
  const which = typed.length === 1 ? showValue(first) : typed.map((path) => showValue(path)).join(', ');
  const how = last === undefined ? `give ${typed.length === 1 ? 'it' : 'them'} with ${flag}` : 'join principles with commas';
  throw new UsageError(`${which} ${typed.length === 1 ? 'is' : 'are'} no file or folder here but ${what}: ${how}, as in ${example}`);
}

const PATHLIKE = /[/\\*?[\]{}.]/;
