import { describe, expect, it } from 'vitest';
import { shellWords, singleQuoted } from '../../src/text/shell.js';

describe('shellWords', () => {
  it.each([
    ['cd prep && tpm-prep lint --staged', ['cd', 'prep', 'tpm-prep', 'lint', '--staged']],
    ["(cd 'my dir' && npx tpm-prep lint)", ['cd', 'my dir', 'npx', 'tpm-prep', 'lint']],
    [`cd ${singleQuoted("it's [x] $HOME")}; exit`, ['cd', "it's [x] $HOME", 'exit']],
    ['echo "a \\"b\\" $c" d\\ e', ['echo', 'a "b" $c', 'd e']],
    ['a|b>c<d', ['a', 'b', 'c', 'd']],
    ['# a comment with prep/ in it\ncd prep-old # and another', ['cd', 'prep-old']],
    ['x#y', ['x#y']],
    ['line one \\\ncontinued', ['line', 'one', 'continued']],
    ["sh -c 'cd \"$1\"' tpm-prep 'prep'", ['sh', '-c', 'cd "$1"', 'tpm-prep', 'prep']],
    ["echo 'open to the end", ['echo', 'open to the end']],
    ["''", ['']],
    ['', []],
  ])('%j', (text, words) => {
    expect(shellWords(text)).toEqual(words);
  });
});
