/** The layout of the examples and notes after a command's options in its --help (src/help.ts). */
import { describe, expect, it } from 'vitest';
import { afterHelp, commandLines, usageLines } from '../src/help.js';

describe('commandLines', () => {
  it('keeps a command that fits on its line whole', () => {
    expect(commandLines('tpm-prep lint --format json stories/', 40)).toEqual(['  $ tpm-prep lint --format json stories/']);
  });

  it('breaks a longer one before an option or a redirection, never inside quotes or brackets, each line but the last ending " \\"', () => {
    expect(commandLines('tpm-prep report --hide "Hallam Payments,Slough" -o share.html', 40)).toEqual([
      '  $ tpm-prep report \\',
      '      --hide "Hallam Payments,Slough" \\',
      '      -o share.html',
    ]);
    expect(commandLines('tpm-prep completion bash > ~/.local/share/bash-completion/completions/tpm-prep', 60)).toEqual([
      '  $ tpm-prep completion bash \\',
      '      > ~/.local/share/bash-completion/completions/tpm-prep',
    ]);
    expect(commandLines('source <(tpm-prep completion zsh) && echo "done and dusted"', 30)).toEqual([
      '  $ source <(tpm-prep completion zsh) \\',
      '      && echo "done and dusted"',
    ]);
  });
});

describe('commandLines: a command with its arguments too long for its first line', () => {
  it('breaks between the command and its arguments, where each then fits a line of its own', () => {
    expect(commandLines('tpm-prep new "Cut checkout latency" --yes --draft', 40)).toEqual([
      '  $ tpm-prep new \\',
      '      "Cut checkout latency" --yes \\',
      '      --draft',
    ]);
    // The last argument of the command needs no " \" after it: 40 columns are enough.
    expect(commandLines('tpm-prep new "Cut checkout latency before peak"', 40)).toEqual(['  $ tpm-prep new \\', '      "Cut checkout latency before peak"']);
  });

  it('keeps them on the first line where they fit it, and where an argument would not fit a line of its own either', () => {
    expect(commandLines('tpm-prep new "Cut checkout latency" --yes --draft', 41)).toEqual(['  $ tpm-prep new "Cut checkout latency" \\', '      --yes --draft']);
    expect(commandLines('tpm-prep new "Cut checkout latency before the peak" --yes', 40)).toEqual(['  $ tpm-prep new "Cut checkout latency before the peak" \\', '      --yes']);
  });
});

describe('commandLines: an option with its values too long for a line of its own', () => {
  it('goes on its own line, each value under it two further in, where each then fits', () => {
    expect(commandLines('tpm-prep plan --interviewer ownership,dive-deep --interviewer backbone,earn-trust', 40)).toEqual([
      '  $ tpm-prep plan \\',
      '      --interviewer \\',
      '        ownership,dive-deep \\',
      '      --interviewer backbone,earn-trust',
    ]);
  });

  it('stays whole where a value would not fit under it either: a word longer than the line', () => {
    expect(commandLines('tpm-prep new T --situation "p99 latency hit 2.4 s before the peak." --task x', 40)).toEqual([
      '  $ tpm-prep new T \\',
      '      --situation "p99 latency hit 2.4 s before the peak." \\',
      '      --task x',
    ]);
  });
});

describe('usageLines', () => {
  it('wraps the usage line at its words, the lines after it under the command', () => {
    expect(usageLines('Usage: tpm-prep plan [options] [paths...]', 40)).toBe('Usage: tpm-prep plan [options]\n       [paths...]');
    expect(usageLines('Usage: tpm-prep plan [options] [paths...]', 80)).toBe('Usage: tpm-prep plan [options] [paths...]');
  });
});

describe('afterHelp', () => {
  const examples = [
    ['tpm-prep drill', 'three questions'],
    ['tpm-prep drill --seed monday', 'the same draw again'],
    ['tpm-prep drill --lp dive-deep,ownership -n 5', 'five on two principles'],
    ['tpm-prep drill --print'],
  ] as const;

  it('puts what each command does in one column beside the commands that fit, under the others, in the fewest lines', () => {
    expect(afterHelp([{ examples }], 80)).toBe(
      [
        '',
        'Examples:',
        '  $ tpm-prep drill                                three questions',
        '  $ tpm-prep drill --seed monday                  the same draw again',
        '  $ tpm-prep drill --lp dive-deep,ownership -n 5  five on two principles',
        '  $ tpm-prep drill --print',
      ].join('\n'),
    );
    expect(afterHelp([{ examples }], 60)).toBe(
      [
        '',
        'Examples:',
        '  $ tpm-prep drill                three questions',
        '  $ tpm-prep drill --seed monday  the same draw again',
        '  $ tpm-prep drill --lp dive-deep,ownership -n 5',
        '                                  five on two principles',
        '  $ tpm-prep drill --print',
      ].join('\n'),
    );
  });

  it('wraps what a command does in its column', () => {
    expect(afterHelp([{ examples: [['tpm-prep drill', 'three questions, two minutes each']] }], 40)).toBe(
      ['', 'Examples:', '  $ tpm-prep drill  three questions, two', '                    minutes each'].join('\n'),
    );
  });

  it('with no room for a column, puts what a command does under it', () => {
    expect(afterHelp([{ examples: [['tpm-prep drill --seed monday', 'the same draw again']] }], 40)).toBe(
      ['', 'Examples:', '  $ tpm-prep drill --seed monday', '      the same draw again'].join('\n'),
    );
  });

  it('wraps each note at its words, and indents a line to copy only where it fits', () => {
    const notes = { notes: ['Exit codes: 0 clean, 1 lint errors, 2 usage.', 'Silence a rule with a comment:'], code: ['# tpm-prep-disable-next-line we-instead-of-i'] };
    expect(afterHelp([notes], 30)).toBe(
      ['', 'Exit codes: 0 clean, 1 lint', 'errors, 2 usage.', 'Silence a rule with a comment:', '# tpm-prep-disable-next-line we-instead-of-i'].join('\n'),
    );
    expect(afterHelp([{ examples: [['tpm-prep rules']] }, notes], 80)).toBe(
      ['', 'Examples:', '  $ tpm-prep rules', '', 'Exit codes: 0 clean, 1 lint errors, 2 usage.', 'Silence a rule with a comment:', '  # tpm-prep-disable-next-line we-instead-of-i'].join('\n'),
    );
  });
});
