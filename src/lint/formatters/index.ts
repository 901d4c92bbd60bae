import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../engine.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'compact', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export function format(name: Format, results: readonly FileResult[], c: ChalkInstance): string {
  if (name === 'json') return json(results);
  if (name === 'compact') return compact(results);
  if (name === 'github') return github(results);
  if (name === 'sarif') return sarif(results);
  return stylish(results, c);
}
