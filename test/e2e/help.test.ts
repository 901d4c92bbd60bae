/**
 * Every command's --help, as the built CLI prints it: piped (80 columns, wherever it runs) and in a real
 * terminal (util-linux `script`) of a given width.
 */
import { describe, it } from 'vitest';
import { run } from './support.js';

/** The commands `tpm-prep --help` lists, and the program itself (''). */
async function commands(): Promise<string[]> {
  const help = (await run(['--help'])).stdout;
  const section = help.slice(help.indexOf('Commands:'), help.indexOf('\n\n', help.indexOf('Commands:')));
  return ['', ...[...section.matchAll(/^ {2}([a-z]+)/gm)].map((m) => m[1]!).filter((c) => c !== 'help')];
}

const helpOf = async (command: string) => (await run(command ? [command, '--help'] : ['--help'])).stdout;

describe.concurrent('--help', () => {
  it('shows a number default as a number, unquoted', async ({ expect }) => {
    const [drill, plan] = await Promise.all([helpOf('drill'), helpOf('plan')]);
    expect(drill.replace(/\s+/g, ' ')).toContain('how many questions, 1 to 100 (default: 3)');
    expect(drill.replace(/\s+/g, ' ')).toContain('seconds per answer, 10 to 3600 (default: 120)');
    expect(plan.replace(/\s+/g, ' ')).toContain('1 or more (default: 1)');
    const all = await commands();
    const helps = await Promise.all(all.map(helpOf));
    all.forEach((command, i) => expect(helps[i], command).not.toMatch(/\(default: "\d+"\)/));
  });
});
