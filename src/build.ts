/** What scripts/build.mjs stamps into the bundle. Run from source (as the unit tests do), neither is set. */
declare const __VERSION__: string;
declare const __BUILD_ID__: string;

export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** A hash of everything the bundle was built from: a lint cache is good only for the build that wrote it. */
export const BUILD_ID = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : undefined;
