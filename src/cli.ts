/**
 * The command line: declares commands, options and help. Each action loads its command lazily, so a
 * `lint` in a commit hook never pays for what `drill` needs.
 */
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from './errors.js';
import { processIo } from './io.js';

declare const __VERSION__: string;

const program = new Command('tpm-prep')
  .description('An offline coach for Amazon TPM interview stories. Nothing you write leaves this machine.')
  .version(typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev', '-v, --version')
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'tpm-prep: ')) });

program
  .command('lint')
  .description('Flag the gaps a hiring panel would call shallow, at file:line:col.')
  .argument('[paths...]', 'story files, folders (searched for *.yaml, *.yml) or globs; default: stories/')
  .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json', 'compact']).default('stylish'))
  .option('-q, --quiet', 'report errors only')
  .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
  .option('-c, --config <file>', 'use this config instead of the nearest .tpm-prep.yaml')
  .option('--color', 'colour even when not writing to a terminal (also FORCE_COLOR=1)')
  .option('--no-color', 'plain output, no colour (also NO_COLOR=1)')
  .addHelpText(
    'after',
    `
Examples:
  $ tpm-prep lint stories/                 lint the whole bank
  $ tpm-prep lint stories/launch.yaml      lint one story
  $ tpm-prep lint 'stories/**/*.yml'       lint by glob
  $ tpm-prep lint --format json stories/   ESLint-shaped JSON for tools
  $ tpm-prep lint --quiet stories/         errors only

Exit codes: 0 clean (or warnings within --max-warnings), 1 lint errors, 2 usage, config or IO problems.
Silence a rule with a comment: # tpm-prep-disable-next-line we-instead-of-i`,
  )
  .action(async (paths: string[], options) => {
    const { lintCommand } = await import('./commands/lint.js');
    process.exitCode = lintCommand(paths, options, processIo());
  });

program
  .command('rules')
  .description('List the lint rules, their default severity and what each flags.')
  .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
  .addHelpText('after', '\nExamples:\n  $ tpm-prep rules\n  $ tpm-prep rules --format json')
  .action(async (options) => {
    const { rulesCommand } = await import('./commands/rules.js');
    process.exitCode = rulesCommand(options, processIo());
  });

program
  .command('schema')
  .description('Print the JSON Schema for story files, for editor completion and checks.')
  .addHelpText(
    'after',
    '\nExamples:\n  $ tpm-prep schema > schema/story.schema.json\n\nThen start a story file with:\n  # yaml-language-server: $schema=../schema/story.schema.json',
  )
  .action(async () => {
    const { schemaCommand } = await import('./commands/schema.js');
    process.exitCode = schemaCommand(processIo());
  });

program
  .command('lps')
  .description('List the 16 Leadership Principles with their ids, aliases and the evidence each needs.')
  .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
  .addHelpText('after', '\nExamples:\n  $ tpm-prep lps\n  $ tpm-prep lps --format json')
  .action(async (options) => {
    const { lpsCommand } = await import('./commands/lps.js');
    process.exitCode = lpsCommand(options, processIo());
  });

program
  .command('map')
  .description('Show which principles each story claims and shows, with the evidence, and what is not covered.')
  .argument('[paths...]', 'story files, folders or globs; default: stories/')
  .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
  .option('--color', 'colour even when not writing to a terminal')
  .option('--no-color', 'plain output, no colour')
  .addHelpText('after', '\nExamples:\n  $ tpm-prep map                     the bank in stories/\n  $ tpm-prep map --format json       stories, scores and evidence with line:column')
  .action(async (paths: string[], options) => {
    const { mapCommand } = await import('./commands/map.js');
    process.exitCode = mapCommand(paths, options, processIo());
  });

program
  .command('plan')
  .description('Assign the best story to each principle, using each story at most --max-reuse times.')
  .argument('[paths...]', 'story files, folders or globs; default: stories/')
  .option('--lps <list...>', "the principles to plan for (ids, names or aliases; comma lists work); default: all 16")
  .option('--max-reuse <n>', 'how many principles one story may cover', '1')
  .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
  .addHelpText(
    'after',
    '\nExamples:\n  $ tpm-prep plan                                   all 16 principles\n  $ tpm-prep plan --lps ownership,dive-deep,backbone one interviewer\'s three\n  $ tpm-prep plan --max-reuse 2 --format json',
  )
  .action(async (paths: string[], options) => {
    const { planCommand } = await import('./commands/plan.js');
    process.exitCode = planCommand(paths, options, processIo());
  });

program.addHelpText(
  'after',
  `
Examples:
  $ tpm-prep lint stories/        find the gaps in your story bank
  $ tpm-prep rules                what each rule checks
  $ tpm-prep help lint            options for one command`,
);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) process.stderr.write(`tpm-prep: ${message}\n`);
  else process.stderr.write(`tpm-prep: internal error: ${message}. Please report this.\n`);
  return 2;
}
