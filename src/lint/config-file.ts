/** Where the config is: the nearest `.tpm-prep.yaml` upward. Apart from config.ts so that finding it loads no rule. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE = '.tpm-prep.yaml';

/** The config file that applies in `cwd`: the nearest `.tpm-prep.yaml` upward. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
