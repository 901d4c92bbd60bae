/** The layout of the examples and notes after a command's options in its --help (src/help.ts). */
import { describe, expect, it } from 'vitest';
import { afterHelp, commandLines } from '../src/help.js';

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
