/** Whether to colour output: never with --no-color or NO_COLOR, always with FORCE_COLOR, else on a TTY. */
import { Chalk, type ChalkInstance } from 'chalk';

export function colorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (flag === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === 'false' || force === '0') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (flag === true) return 1;
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}
