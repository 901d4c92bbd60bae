/** Checks on the shape of data from outside this build: a cache on disk, a YAML file another tool wrote. */

/** Whether `x` is a plain object (a mapping), not null nor an array. */
export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
