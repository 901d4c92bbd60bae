/**
 * `tpm-prep rules`: the rules with the severity each has under the config that applies here (`--config FILE`, else
 * the nearest .tpm-prep.yaml from the current folder, as lint finds it with no paths), its default severity and its
 * description.
 */
import type { Io } from '../io.js';
import { loadConfig } from '../lint/config.js';
import { FILE_CHECKS, RULES } from '../lint/rules/index.js';
import { besideLead, wrapText } from '../text/wrap.js';
import { configFileFor, lineWidth } from './shared.js';

export interface RulesOptions {
  readonly format?: string;
  /** The config whose severities to show, instead of the nearest .tpm-prep.yaml. */
  readonly config?: string;
}

export function rulesCommand(options: RulesOptions, io: Io): number {
  const config = loadConfig(configFileFor(options.config, [], io.cwd), io.cwd);
  // `severity` the one lint applies (it was the default alone, and is still, with no config or one that leaves the
  // rule as it is); `default` beside it; a rule's options in force, defaults filled in, for a rule that takes them.
  // The description too, for a rule whose description names its options (too-long's speaking rate, lp-coverage's min).
  const rows = RULES.map((rule) => {
    const { meta } = rule;
    const { severity, options: settings } = config.rules.get(meta.id)!;
    const description = settings !== undefined && rule.describe ? rule.describe(settings) : meta.description;
    return { id: meta.id, severity, default: meta.defaultSeverity, description, ...(settings === undefined ? {} : { options: settings }) };
  });
  if (options.format === 'json') {
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const width = lineWidth(io);
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  // A table, as lint's report lays out a finding: the description in its column, wrapped there, or where the
  // line leaves it too little room, on the lines under its rule and severity. A rule the config sets off its
  // default says so first.
  const column = idWidth + 2 + 5 + 2;
  const lines = rows.map(({ id, severity, default: byDefault, description }) =>
    besideLead(`${id.padEnd(idWidth)}  ${severity.padEnd(5)}  `, column, severity === byDefault ? description : `(default ${byDefault}) ${description}`, width),
  );
  // What else lint reports under an id, so an id seen in its report and not in this table is explained (a trial looked
  // here for `duplicate-id`).
  const checks = `Lint also reports, under ids that are no rules and can't be set or turned off: ${FILE_CHECKS.map((id) => `\`${id}\``).join(', ')} (unreadable YAML, a story that doesn't fit the format, an id used twice, a suppression comment that names no rule).`;
  io.stdout(lines.join('\n') + '\n\n' + wrapText(checks, width, 0) + '\n');
  return 0;
}
