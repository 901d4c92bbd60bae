// The two inquirer prompts a drill uses, and how their answers are laid out. Imported only with `await import('./prompts.js')` from the
// interactive path, so inquirer is neither loaded nor bundled into what `lint` and `drill --print` run.
export { checkbox, select } from '@inquirer/prompts';
// How `new` lays out an answer after its question, at its words: the drill's answers are laid out so too.
export { fitAnswer } from '../commands/new-prompt.js';
