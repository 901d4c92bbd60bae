/** Whether to colour output: --color and --no-color first, then NO_COLOR, then FORCE_COLOR, else on a TTY. */
import { Chalk, type ChalkInstance } from 'chalk';

export function colorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  const forcedLevel = force === '2' ? 2 : force === '3' ? 3 : 1;
  // A flag on the command line beats the environment.
  if (flag === false) return 0;
  if (flag === true) return forcedLevel;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (force !== undefined) return force === 'false' || force === '0' ? 0 : forcedLevel;
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}
