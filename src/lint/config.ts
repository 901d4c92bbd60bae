/**
 * `.tpm-prep.yaml`: rule severities and options. Found upward from the stories read (or the working folder), or
 * named with `--config` (configFileFor, in commands/shared.ts). A bad config is a UsageError naming the file, line
 * and key.
 */
import { dirname, isAbsolute, join } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { describeError, displayPath, readRegularFile } from '../bank/files.js';
import { keyNode } from '../bank/parse.js';
import { yamlProblem } from '../bank/yaml-problem.js';
import { UsageError } from '../errors.js';
import { isObject } from '../shape.js';
import type { Interviewer } from '../principles/plan.js';
import { findPrinciple, lpDidYouMean, lpListItems, type LpId } from '../principles/catalog.js';
import { commaItems } from '../text/lists.js';
import { showValue } from '../text/show.js';
import { closest } from '../text/suggest.js';
import { yesOrNo } from '../text/words.js';
import { calendarDay } from '../drill/days.js';
import { LoopDate, exampleLoopDate, isoOfWrittenDay, loopDateFault } from '../drill/loop-date.js';
import type { ConfigFile } from './config-file.js';
import { OptionError, OptionErrors } from './options.js';
import { RULE_IDS, findRule, ruleHint } from './rules/index.js';
import type { Severity } from './rule.js';

export { CONFIG_FILE } from './config-file.js';

const TOP_LEVEL_KEYS = ['rules', 'questions', 'redact', 'interviewers', 'loopDate', 'drill', 'linterOptions'] as const;
/** The settings under `linterOptions:`, as ESLint's. */
const LINTER_KEYS = ['reportUnusedDisableDirectives'] as const;
/** The settings under `drill:`, each true or false. */
const DRILL_KEYS = ['quietClock'] as const;
/**
 * The keys a config's lines are checked against when it doesn't parse: its own and the rules'. Not a rule's
 * `severity` or options: a rule under one is lined up with the rules, not with it.
 */
const CONFIG_KEYS: readonly string[] = [...TOP_LEVEL_KEYS, ...RULE_IDS];
const SEVERITIES: Record<string, Severity> = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };

export interface RuleSetting {
  readonly severity: Severity;
  readonly options: unknown;
}

export interface Config {
  /** The file it came from, if any. */
  readonly path?: string;
  readonly rules: ReadonlyMap<string, RuleSetting>;
  /** `questions:`, a folder of the user's own drill questions, resolved against the config's folder. */
  readonly questions?: string;
  /** Where `questions:` is set, as file:line:col, for a message about the folder it names. */
  readonly questionsAt?: string;
  /** `questions:` as the config writes it ("/srv/q", "../questions"), for messages about it. */
  readonly questionsWritten?: string;
  /** `redact:`, words and phrases of the user's own (an employer, a customer) that `report --redact` hides too. */
  readonly redact?: readonly string[];
  /** `interviewers:`, the loop `plan` and `report` plan for without `--interviewer`: each by the user's name for them. */
  readonly interviewers?: readonly Interviewer[];
  /** `loopDate:`, the day of the loop, YYYY-MM-DD: what `stats`, `plan`, `drill` and `report` count down to and plan for. */
  readonly loopDate?: string;
  /** Where `loopDate:` is set, as file:line:col, for the warning that it is past. */
  readonly loopDateAt?: string;
  /** `drill:`, the drill's settings: `quietClock`, --quiet-clock by default (or, false, not even on a dumb terminal). */
  readonly drill?: { readonly quietClock?: boolean };
  /**
   * `linterOptions.reportUnusedDisableDirectives`: the severity of a suppression comment's rule that silenced nothing
   * (absent: warn, as ESLint 9's default).
   */
  readonly unusedDirectives?: Severity;
}

/** Every rule at its default severity. */
export function defaultConfig(): Config {
  return { rules: new Map(RULE_IDS.map((id) => [id, setting(id, findRule(id)!.meta.defaultSeverity, undefined)])) };
}

/**
 * The config in `file` (from configFileFor), or the defaults where there is none; `known` is its text, already read
 * (by the lint cache), so it is read once.
 */
export function loadConfig(file: ConfigFile, cwd: string, known?: string): Config {
  const { path, named } = file;
  if (!path) return defaultConfig();
  let text: string;
  try {
    text = known ?? readRegularFile(path).toString('utf8');
  } catch (error) {
    throw new UsageError(`Can't read the config: ${named ? describeError(named, error, cwd) : describeError(path, error)}`);
  }
  // Named as the user would type it: a config found upward, relative to the working folder (`../.tpm-prep.yaml`).
  return parseConfig(text, named || displayPath(path, cwd), dirname(path));
}

/** `today`, the local calendar day (calendarDay), dates the example in `loopDate:`'s error and bounds how far ahead it may be. */
export function parseConfig(text: string, displayPath: string, dir = dirname(displayPath), today = calendarDay(Date.now())): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  // Every mistake is reported, one line each, as lint reports every finding: `fail` notes one and leaves the
  // key it is about (see `each`), and the config is refused once all are read.
  const problems: string[] = [];
  const LEAVE_KEY = Symbol('leave key');
  // At a node, or at an offset within one (an item of a line with commas).
  const fail = (at: Node | number | null | undefined, message: string): never => {
    const { line, col } = lines.linePos(typeof at === 'number' ? at : (at?.range?.[0] ?? 0));
    problems.push(`${displayPath}:${line}:${col}: ${message}`);
    throw LEAVE_KEY;
  };
  const each = <T>(items: readonly T[], read: (item: T) => void): void => {
    for (const item of items) {
      try {
        read(item);
      } catch (error) {
        if (error !== LEAVE_KEY) throw error;
      }
    }
  };
  // A mistake noted where reading goes on after it, to what else is wrong with the same key.
  const note = (at: Node | number | null | undefined, message: string): void => each([message], (said) => fail(at, said));
  const [error] = doc.errors;
  if (error) {
    // With the keys a config holds, a key indented off its column is said to be, as in a story, rather than
    // read as text with a colon in it.
    const problem = yamlProblem(error, text, undefined, CONFIG_KEYS);
    const { line, col } = lines.linePos(problem.offset);
    throw new UsageError(`${displayPath}:${line}:${col}: ${problem.message}`);
  }
  const rules = new Map(defaultConfig().rules);
  let questions: string | undefined;
  let questionsAt: string | undefined;
  let questionsWritten: string | undefined;
  let redact: string[] | undefined;
  let interviewers: Interviewer[] | undefined;
  let drill: { quietClock?: boolean } | undefined;
  let loopDate: string | undefined;
  let loopDateAt: string | undefined;
  let unusedDirectives: Severity | undefined;
  if (doc.contents === null) return { path: displayPath, rules };
  if (!isMap(doc.contents)) {
    const { line, col } = lines.linePos(doc.contents.range?.[0] ?? 0);
    throw new UsageError(`${displayPath}:${line}:${col}: The config is a mapping with a \`rules:\` key.`);
  }
  const pairs = (doc.contents as { items: { key: unknown; value: unknown }[] }).items;
  // A key or a setting by the name written, or, misspelt, by the one meant where the mapping has none of that name, so
  // that one run says what is wrong in its value too ("interviewer:" with an unknown principle under it), as a story's
  // misspelt key is; the misspelling is said either way, and with no name near it the config is refused there.
  const asMeant = (at: Node, names: readonly string[], written: readonly string[], unknown: (hint: string | undefined) => string): string => {
    const name = isScalar(at) ? String(at.value) : '';
    if (names.includes(name)) return name;
    const hint = closest(name, names);
    if (hint === undefined || written.includes(hint)) fail(at, unknown(hint));
    note(at, unknown(hint));
    return hint!;
  };
  const writtenKeys = (entries: readonly { key: unknown }[]): string[] => entries.map((entry) => (isScalar(entry.key) ? String(entry.key.value) : ''));
  const written = writtenKeys(pairs);
  each(pairs, (pair) => {
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    // A key with a mapping under it is not the loop's day, however near its name: `loop:` with interviewers under it is
    // not said to be `loopDate`.
    const keys = isMap(value) ? TOP_LEVEL_KEYS.filter((k) => k !== 'loopDate') : TOP_LEVEL_KEYS;
    const name = asMeant(key, keys, written, (hint) => `Unknown config key \`${isScalar(key) ? String(key.value) : ''}\`.${hint ? ` Did you mean \`${hint}\`?` : ` The keys are: ${TOP_LEVEL_KEYS.join(', ')}.`}`);
    if (name === 'questions') {
      const folder = isScalar(value) && typeof value.value === 'string' ? value.value.trim() : '';
      if (!folder) fail(value ?? key, '`questions` names a folder of your own question files, relative to this config file.');
      questions = isAbsolute(folder) ? folder : join(dir, folder);
      questionsWritten = folder;
      const { line, col } = lines.linePos(value!.range![0]);
      questionsAt = `${displayPath}:${line}:${col}`;
      return;
    }
    if (name === 'redact') {
      // A list, or one line with commas, as lps: and tags: take them: "redact: Kredmint, Zestkart" is
      // ["Kredmint", "Zestkart"], and "redact: Hallam Payments" is ["Hallam Payments"].
      const items = isSeq(value) ? value.items : [value];
      const words = items.map((item) => (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') ? String(item.value).trim() : ''));
      const bad = words.findIndex((w) => !w);
      if (bad >= 0) fail((items[bad] as Node | null) ?? value ?? key, '`redact` takes the words and phrases `report --redact` hides too, as a list or one line with commas: write `redact: [Hallam Payments, Slough]`.');
      redact = isSeq(value) ? words : commaItems(words[0]!).map((item) => item.text);
      return;
    }
    if (name === 'interviewers') {
      // Each interviewer by the user's name for them, and the principles they probe, as a list or one line with
      // commas, as lps: takes them: "Bar raiser: earn-trust, backbone".
      const example = 'write `interviewers:`, then one line each, such as `Bar raiser: [earn-trust, backbone]`';
      if (!isMap(value) || value.items.length === 0) fail(value ?? key, `\`interviewers\` names each interviewer and the principles they probe: ${example}.`);
      const loop: Interviewer[] = [];
      each((value as { items: { key: unknown; value: unknown }[] }).items, (entry) => {
        const label = isScalar(entry.key) && entry.key.value !== null ? String(entry.key.value).trim() : '';
        if (!label) fail(entry.key as Node, `An interviewer needs a name: ${example}.`);
        const lps = principlesAt(entry.value as Node | null, label, fail, (entry.key as Node) ?? key);
        loop.push({ name: label, lps });
      });
      interviewers = loop;
      return;
    }
    if (name === 'loopDate') {
      // A day, as YAML 1.2 reads 2026-12-17 (a string); not a time, and not "in 10 days", which would move every day.
      const said = isScalar(value) ? value.value : undefined;
      const day = typeof said === 'string' ? said.trim() : '';
      // A day in another order, read one way only ("17/12/2026"), is the example: that day, as the config writes it.
      const example = `write \`loopDate: ${isoOfWrittenDay(day) ?? exampleLoopDate(today)}\``;
      // Written as a day, but none (2026-02-29), or none a loop falls on (0099-01-01); "+10d" is refused as written below.
      const fault = /^\d{4}-\d{2}-\d{2}$/.test(day) ? loopDateFault(day, today) : undefined;
      if (fault !== undefined) fail(value ?? key, `\`loopDate\` is the day of your loop, and ${showValue(said)} is none: ${fault}. Give it as YYYY-MM-DD: ${example}.`);
      if (!LoopDate.safeParse(day).success) {
        const not = said === undefined || said === null || said === '' ? '' : `, not ${showValue(said)}`;
        fail(value ?? key, `\`loopDate\` is the day of your loop as YYYY-MM-DD${not}: ${example}.`);
      }
      loopDate = day;
      const { line, col } = lines.linePos(value!.range![0]);
      loopDateAt = `${displayPath}:${line}:${col}`;
      return;
    }
    // A key that holds named settings (drill's, linterOptions'): each setting's name checked against `keys`, with a
    // did-you-mean, then read by `read` with where to point if its value is missing.
    const eachSetting = (of: string, keys: readonly string[], notMap: string, read: (setting: string, said: Node | null, at: Node) => void): void => {
      if (!isMap(value)) fail(value ?? key, notMap);
      const entries = (value as { items: { key: unknown; value: unknown }[] }).items;
      const written = writtenKeys(entries);
      each(entries, (entry) => {
        const at = entry.key as Node;
        const setting = asMeant(at, keys, written, (hint) => `Unknown setting \`${isScalar(at) ? String(at.value) : ''}\` in \`${of}\`.${hint ? ` Did you mean \`${hint}\`?` : ` The settings are: ${keys.join(', ')}.`}`);
        read(setting, entry.value as Node | null, at);
      });
    };
    if (name === 'drill') {
      // The drill's settings, as its flags are spelt in camel case: `drill: { quietClock: true }`.
      const settings: { quietClock?: boolean } = {};
      eachSetting(name, DRILL_KEYS, `\`drill\` holds the drill's settings, each true or false: write \`drill: { quietClock: true }\`.`, (setting, said, at) => {
        if (!isScalar(said) || typeof said.value !== 'boolean') fail(said ?? at, `\`drill.${setting}\` is true or false.`);
        settings.quietClock = (said as { value: boolean }).value;
      });
      drill = settings;
      return;
    }
    if (name === 'linterOptions') {
      // ESLint's: `linterOptions: { reportUnusedDisableDirectives: off }` (or warn, error; true is warn, false off).
      eachSetting(name, LINTER_KEYS, '`linterOptions` holds how lint treats suppression comments: write `linterOptions: { reportUnusedDisableDirectives: off }`.', (setting, said, at) => {
        const raw = isScalar(said) ? said.value : undefined;
        const severity = typeof raw === 'boolean' ? (raw ? 'warn' : 'off') : SEVERITIES[String(raw)];
        if (severity === undefined) fail(said ?? at, `\`linterOptions.${setting}\` is off, warn or error.${severityHint(raw)}`);
        unusedDirectives = severity;
      });
      return;
    }
    if (value === null || (isScalar(value) && value.value === null)) return;
    if (!isMap(value)) fail(value, '`rules` maps rule ids to off, warn or error.');
    each((value as { items: { key: unknown; value: unknown }[] }).items, (rulePair) => {
      const ruleKey = rulePair.key as Node;
      const id = isScalar(ruleKey) ? String(ruleKey.value) : '';
      const rule = findRule(id);
      if (!rule) {
        note(ruleKey, `Unknown rule \`${id}\` in \`rules\`.${ruleHint(id)}`);
      }
      const raw = (rulePair.value as Node | null)?.toJSON?.() ?? null;
      const { severity, options } = splitSetting(raw);
      /**
       * Runs `check`; a bad option fails at the option it is about, if there is one ("wordsPerMinit: 120"), and
       * each of several bad ones is reported.
       */
      const badOptions = (check: () => unknown): void => {
        try {
          check();
        } catch (problem) {
          // ESLint's form, [severity, {options}], keeps them in the list's second item.
          const optionsNode = isSeq(rulePair.value) ? rulePair.value.items[1] : rulePair.value;
          const at = (error: Error) => {
            const key = error instanceof OptionError ? error.key : undefined;
            return (key === undefined ? undefined : keyNode(optionsNode, key)) ?? (rulePair.value as Node);
          };
          const errors = problem instanceof OptionErrors ? problem.errors : [problem as Error];
          // In the order they stand in the file, not the order the schema checks them.
          const placed = errors.map((error) => ({ error, node: at(error) })).sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0));
          each(placed, ({ error, node }) => fail(node, `Bad options for \`${id}\`: ${error.message}`));
          throw LEAVE_KEY;
        }
      };
      // A word or a number, looked up as the map's own key: not "constructor", not [[error]].
      // In any case, as the command line takes its choices: `Warn` is `warn`.
      const said = typeof severity === 'string' || typeof severity === 'number' ? String(severity).toLowerCase() : undefined;
      const level = said !== undefined && Object.hasOwn(SEVERITIES, said) ? SEVERITIES[said] : undefined;
      const badSeverity = () =>
        note(
          (rulePair.value as Node) ?? ruleKey,
          `\`rules.${id}\` must be off, warn or error (or 0, 1, 2), or {severity, ...options}, or [severity, {options}].${severityHint(severity)}`,
        );
      if (!rule) {
        // An unknown rule's options can't be checked, but its severity can: "no-tradeof: eror" is two mistakes,
        // said in one run. (Options with no severity are left: what they are for is not known.)
        if (!level && !(severity === undefined && options && typeof options === 'object')) badSeverity();
        throw LEAVE_KEY;
      }
      if (!level && severity === undefined && options && typeof options === 'object') {
        // "severty: warn": a misspelt `severity`, not an option.
        const misspelt = Object.keys(options).find((key) => closest(key, ['severity']) !== undefined);
        const at = misspelt === undefined ? undefined : keyNode(rulePair.value, misspelt);
        if (at) fail(at, `\`${misspelt}\` in \`rules.${id}\` is not a setting. Did you mean \`severity\`?`);
        // Options with no severity beside them: first what is wrong with the options themselves (a rule that
        // takes none, a misspelt one), then that the severity is missing, so one run says all there is to fix.
        each([() => setting(id, 'warn', options)], badOptions);
        fail((rulePair.value as Node) ?? ruleKey, `\`rules.${id}\` needs a \`severity\` (off, warn or error) beside its options: {severity: warn, …}.`);
      }
      if (!level) {
        // "warning" → warn, "eror" → error; then what is wrong with its options, if anything ("eror" beside
        // "wordsPerMinit"), so one run says all there is to fix.
        badSeverity();
        each([() => setting(id, 'warn', options)], badOptions);
        throw LEAVE_KEY;
      }
      badOptions(() => rules.set(id, setting(id, level!, options)));
    });
  });
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return {
    path: displayPath,
    rules,
    ...(questions === undefined ? {} : { questions, questionsAt, questionsWritten }),
    ...(redact === undefined ? {} : { redact }),
    ...(interviewers === undefined ? {} : { interviewers }),
    ...(loopDate === undefined ? {} : { loopDate, loopDateAt }),
    ...(drill === undefined ? {} : { drill }),
    ...(unusedDirectives === undefined ? {} : { unusedDirectives }),
  };
}

/**
 * One interviewer's principles in the config, a list or one line with commas: each found by id, name or alias,
 * once; an unknown one or none at all fails at its node (`fail` notes it and leaves the entry).
 */
function principlesAt(node: Node | null, label: string, fail: (at: Node | number | null | undefined, message: string) => never, keyAt: Node): LpId[] {
  const items = isSeq(node) ? node.items : [node];
  const named: { text: string; at: Node | number | null }[] = [];
  for (const item of items as (Node | null)[]) {
    const text = isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') ? String(item.value) : '';
    if (isSeq(node)) named.push({ text: text.trim(), at: item });
    else {
      // Each item of one line with commas at its own column ("earn-trust, backbone, are-right-alot"), where the
      // line is written as it reads: plain, or in quotes on one line.
      const shift = isScalar(item) && item.type === 'PLAIN' ? 0 : isScalar(item) && (item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE') && !text.includes('\n') ? 1 : undefined;
      for (const i of lpListItems(text)) named.push({ text: i.text, at: shift === undefined || !item?.range ? item : item.range[0] + shift + i.start });
    }
  }
  if (named.length === 0 || named.some((n) => n.text === '')) fail(node ?? keyAt, `\`${label}\` names no principle: write the principles they probe, such as \`${label}: [earn-trust, backbone]\`.`);
  const ids: LpId[] = [];
  for (const { text, at } of named) {
    const principle = findPrinciple(text);
    if (!principle) fail(at, `Unknown Leadership Principle ${showValue(text)} for \`${label}\`.${lpDidYouMean(text)} Run \`tpm-prep lps\` to list them.`);
    if (!ids.includes(principle!.id)) ids.push(principle!.id);
  }
  return ids;
}

/**
 * What a severity that isn't one was meant as: "warning" → warn, "eror" → error; a switch turned on ("on",
 * "yes", true) is warn or error, and one turned off ("no", "disabled", false) is off. ("on" is two letters from
 * "off": a did-you-mean by spelling alone would turn the rule off.)
 */
function severityHint(severity: unknown): string {
  if (typeof severity !== 'boolean' && typeof severity !== 'string') return '';
  const meant = yesOrNo(severity, true);
  if (meant === true) return ' To turn it on, write `warn` or `error`.';
  if (meant === false) return ' To turn it off, write `off`.';
  const said = String(severity).trim().toLowerCase();
  const hint = said.startsWith('warn') ? 'warn' : closest(said, ['off', 'warn', 'error']);
  return hint ? ` Did you mean \`${hint}\`?` : '';
}

/** `warn`, `{severity: warn, …options}`, or ESLint's `[warn, {…options}]`, as a severity and its options. */
function splitSetting(raw: unknown): { severity: unknown; options: unknown } {
  if (Array.isArray(raw) && raw.length >= 1 && raw.length <= 2 && (raw.length === 1 || isObject(raw[1]))) {
    return { severity: raw[0], options: raw.length === 2 && Object.keys(raw[1] as object).length > 0 ? raw[1] : undefined };
  }
  if (isObject(raw)) {
    const { severity, ...options } = raw;
    return { severity, options: Object.keys(options).length > 0 ? options : undefined };
  }
  return { severity: raw, options: undefined };
}

function setting(id: string, severity: Severity, options: unknown): RuleSetting {
  const rule = findRule(id)!;
  if (options !== undefined && !rule.options) throw new Error(`\`${id}\` takes no options.`);
  return { severity, options: rule.options ? rule.options(options) : undefined };
}
