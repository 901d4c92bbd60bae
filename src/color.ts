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
  return isTTY && !isDumbTerminal(env) ? 1 : 0;
}

/**
 * Whether the terminal is a dumb one (TERM=dumb: a screen reader's, an editor's shell buffer), which can't redraw a line
 * and says symbols aloud: the commands print words and plain separators there, not "·", "✖" or a redrawn clock.
 */
export function isDumbTerminal(env: NodeJS.ProcessEnv): boolean {
  return env.TERM === 'dumb';
}

export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}

/**
 * Makes the prompts of `drill` and `new` (inquirer's) as plain as the rest of the command when `level` is 0. They
 * colour with node's util.styleText, which reads NO_COLOR and FORCE_COLOR from the process's environment (FORCE_COLOR
 * first, unlike colorLevel), partly when they are imported (their theme's symbols) and the rest as they draw. So a
 * plain level, whichever way it was reached (--no-color, NO_COLOR, FORCE_COLOR=0, a dumb terminal), is written into
 * that environment before they are imported: NO_COLOR set, FORCE_COLOR taken out, which --no-color then means for
 * them as NO_COLOR=1 does. `env` is the process's (Io.env); a level with colour leaves it as it is.
 */
export function plainPrompts(level: number, env: NodeJS.ProcessEnv): void {
  if (level > 0) return;
  env.NO_COLOR = '1';
  delete env.FORCE_COLOR;
}
