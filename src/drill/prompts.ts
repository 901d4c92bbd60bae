// The two inquirer prompts a drill uses. Imported only with `await import('./prompts.js')` from the
// interactive path, so inquirer is neither loaded nor bundled into what `lint` and `drill --print` run.
export { checkbox, select } from '@inquirer/prompts';
