import { describe, expect, it } from 'vitest';
import { colorLevel, plainPrompts } from '../src/color.js';

describe('colorLevel', () => {
  it.each([
    ['a terminal', undefined, {}, true, 1],
    ['a pipe', undefined, {}, false, 0],
    ['a dumb terminal', undefined, { TERM: 'dumb' }, true, 0],
    ['NO_COLOR on a terminal', undefined, { NO_COLOR: '1' }, true, 0],
    ['an empty NO_COLOR', undefined, { NO_COLOR: '' }, true, 1],
    ['FORCE_COLOR on a pipe', undefined, { FORCE_COLOR: '1' }, false, 1],
    ['FORCE_COLOR=3', undefined, { FORCE_COLOR: '3' }, false, 3],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, true, 0],
    ['NO_COLOR beats FORCE_COLOR', undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, false, 0],
    ['--no-color beats FORCE_COLOR', false, { FORCE_COLOR: '1' }, true, 0],
    ['--color beats NO_COLOR', true, { NO_COLOR: '1' }, false, 1],
    ['--color on a pipe', true, {}, false, 1],
  ] as const)('%s', (_name, flag, env, isTTY, expected) => {
    expect(colorLevel(flag, env, isTTY)).toBe(expected);
  });
});

describe('plainPrompts', () => {
  // The prompts' colours (node's util.styleText) follow the environment, FORCE_COLOR before NO_COLOR.
  it.each([
    ['a plain level sets NO_COLOR and takes out FORCE_COLOR', 0, { FORCE_COLOR: '1', TERM: 'xterm' }, { NO_COLOR: '1', TERM: 'xterm' }],
    ['a plain level sets NO_COLOR to 1 whatever it held', 0, { NO_COLOR: 'yes' }, { NO_COLOR: '1' }],
    ['a level with colour leaves the environment as it is', 1, { FORCE_COLOR: '1' }, { FORCE_COLOR: '1' }],
  ] as const)('%s', (_name, level, before, after) => {
    const env: NodeJS.ProcessEnv = { ...before };
    plainPrompts(level, env);
    expect(env).toEqual(after);
  });
});
