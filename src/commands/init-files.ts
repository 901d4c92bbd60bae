/**
 * The files `tpm-prep init` writes, as text: the template story, the config, the .gitignore, the .gitattributes, the
 * git hook and the pre-commit config (at the top, or the hook for a prep repo below it), with the names of the files
 * they keep out of git or merge, and the digests of what earlier versions wrote (so that init knows a file of its own
 * and brings it up to date). src/commands/init.ts decides which to write, and where.
 */
import { stringify } from 'yaml';
import { storyYaml } from '../bank/template.js';
import { RULES } from '../lint/rules/index.js';
import { shellWord, singleQuoted } from '../text/shell.js';
import { wrapText } from '../text/wrap.js';
import { escapeRegExp } from '../text/words.js';

export function templateStory(): string {
  return storyYaml(
    { id: 'my-first-story', title: 'Replace this with what the story is about, in one line', draft: true },
    {
      schemaRef: '../schema/story.schema.json',
      hintEmpty: true,
      header: [
        'Your first story. Fill in each section below, then run `tpm-prep lint` to see what a panel would miss.',
        'Aim for about two minutes spoken: a short situation and task, a long action, a result with numbers.',
        'Claim principles with `lps: [ownership, dive-deep]` (`tpm-prep lps` lists the 16) and name partners',
        'with `partners: [{name: Priya Nair, role: Payments engineering manager}]`.',
        'One story per file is the simple way, with the file name as its id. A file may also hold several stories,',
        'as a list under `stories:` or as documents separated by `---`. `tpm-prep new` writes the next one for you.',
      ],
    },
  );
}

/** A rule's options, commented out under its line in the config init writes: the ones a user most often sets. */
const OPTION_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'too-long': [
    '  # Speak faster or slower than 150 words a minute? Put your rate in place of the line above:',
    '  # too-long: { severity: error, wordsPerMinute: 170 }',
  ],
};

/** Every rule at its default severity, each with its description: generated from RULES, so it never drifts. */
export function configYaml(): string {
  const lines = [
    '# tpm-prep config. Each rule is off, warn or error; `tpm-prep rules` explains them.',
    '# Silence one finding in a story with `# tpm-prep-disable-next-line <rule>` on the line above it.',
    'rules:',
  ];
  for (const { meta } of RULES) {
    lines.push(wrapText(`  # ${meta.description}`, 100, 4).replace(/\n {4}/g, '\n  # '));
    lines.push(`  ${meta.id}: ${meta.defaultSeverity}`);
    lines.push(...(OPTION_EXAMPLES[meta.id] ?? []));
  }
  lines.push(
    '',
    '# Your loop, as the recruiter gave it: `tpm-prep plan` and `tpm-prep report` plan for it. Uncomment and edit:',
    '# interviewers:',
    '#   Bar raiser: earn-trust, backbone',
    '#   Hiring manager: deliver-results, ownership',
  );
  return lines.join('\n') + '\n';
}

/** The page `tpm-prep report` writes by default (report's DEFAULT_OUTPUT, which a test holds this to). */
export const REPORT_PAGE = 'report.html';

/** The SARIF report the README's GitHub Actions workflow writes at the top of the repo (a test holds this to it). */
export const SARIF_REPORT = 'tpm-prep.sarif';

/**
 * The names of the copies init --force keeps (write.ts's backupName: <file>.bak, then .bak.1 to .bak.99), and
 * nothing else: a pattern as wide as \`*.bak.*\` would also leave out a story named \`restore.bak.yaml\`.
 */
export const BACKUP_PATTERNS = ['*.bak', '*.bak.[1-9]', '*.bak.[1-9][0-9]'] as const;

export const GITIGNORE = `# Your stories, this config and your practice history all belong in git: keep the repo private.
#
# .tpm-prep/ is deliberately NOT ignored. It holds your drill history (.tpm-prep/history.jsonl), which
# decides what to practise next and shows your progress; committing it backs it up and carries it from
# machine to machine. If you would rather keep it on this machine only, add a line: .tpm-prep/
#
# The page \`tpm-prep report\` writes is made afresh from all that each time you run it, so it stays out. A
# page you write under another name (\`report --redact -o share.html\`, to share) is yours to add here too.
${REPORT_PAGE}
# The SARIF report the README's CI workflow writes for code scanning stays out too, should you run it here.
${SARIF_REPORT}
# So do the copies \`tpm-prep init --force\` keeps of a file of yours it replaces (<file>.bak, then .bak.1 to
# .bak.99), so none is committed by accident. No story is named so: a story's name ends in .yaml or .yml.
${BACKUP_PATTERNS.join('\n')}
node_modules/
.DS_Store
*.swp
*~
`;

/**
 * What `init` wrote as .gitignore before, by the SHA-256 of its text (digest): a file that is one of these is updated
 * without --force. Newest first; test/e2e/init.test.ts holds each text.
 */
export const EARLIER_GITIGNORES: ReadonlySet<string> = new Set([
  '9e5186e55181bd12b2ae44adbc87bc92c5717c8aaca349bafd1ebfc22d4262ef', // with the SARIF report
  '3939f18adbca5b730cfea50911581b56f706a19c7f2fb6a5db8161c03610ff28', // the first
  'd35679a1b92fba360414ce0ec07cb060417bbbd9bafabbb5f356db51c58a57a1', // with report.html
]);

/** The drill history, where `drill` writes it beside `stories/`, relative to the top of the prep repo. */
export const HISTORY_FILE = '.tpm-prep/history.jsonl';

/** The line of .gitattributes that has git merge two clones' drill histories by keeping the lines of both. */
export const HISTORY_MERGE = `${HISTORY_FILE} merge=union`;

export const GITATTRIBUTES = `# How git merges what tpm-prep keeps in this repo.
#
# Your drill history (${HISTORY_FILE}) gets one line per answer, added at its end. Drill in two clones
# and both add lines at the same place, which a plain merge stops on as a conflict; git's built-in union
# merge keeps the lines of both sides instead. They may then be out of time order, which tpm-prep doesn't
# mind: it orders the answers by when they were given.
${HISTORY_MERGE}
`;

/** What `init` wrote as .gitattributes before: a file that holds one of these is updated without --force. */
export const EARLIER_GITATTRIBUTES: ReadonlySet<string> = new Set();

/**
 * The hook's `say`: its own lines, on standard error, wrapped at their words to the terminal's width (COLUMNS where it
 * is one, as tpm-prep takes it, else the terminal's own) as tpm-prep's are, and left whole where standard error is no
 * terminal. Never inside a command: not in a quoted one ('npm install'), nor in the command to copy after the line's
 * last colon (`see them with: tpm-prep lint --staged`), which goes whole on a line of its own where it doesn't fit.
 * (Left to the terminal, a line of 120 columns broke mid-word at 60.) POSIX sh and awk.
 */
const SAY = `say() {
  cols=0
  if [ -t 2 ]; then
    case "\${COLUMNS:-}" in ''|*[!0-9]*) ;; *) cols=$COLUMNS ;; esac
    [ "$cols" -ge 20 ] || cols=$(stty size <&2 2>/dev/null | cut -d' ' -f2)
  fi
  printf '%s\\n' "$1" | awk -v w="\${cols:-0}" '{
    n = split($0, t, " "); tail = 0; u = 0
    for (i = n - 1; i >= 1; i--) if (t[i] ~ /:$/) { tail = i; break }
    for (i = 1; i <= n; i++) {
      s = t[i]
      if (tail && i > tail) { while (i < n) s = s " " t[++i] }
      else if (s ~ /^\\047/) { while (i < n && s !~ /.\\047[^A-Za-z]*$/) s = s " " t[++i] }
      unit[++u] = s
    }
    if (w + 0 < 20) { print; next }
    line = unit[1]
    for (i = 2; i <= u; i++) {
      if (length(line) + 1 + length(unit[i]) <= w + 0) line = line " " unit[i]
      else { print line; line = "  " unit[i] }
    }
    print line
  }' >&2
}
`;

/**
 * Lints the staged stories as they will be committed, with `lint --staged` as the husky line does: all of them in one
 * run (so two that share an id are a duplicate-id, whether read from the file or from the index); a story with errors
 * stops the commit, and warnings are one line, naming the command that shows them as the hook checked them (not
 * `tpm-prep lint`, which lints the whole bank). POSIX sh.
 *
 * For a prep repo below the repository's top (`sub`, '/'-joined), the hook, which git runs from the top, goes to its
 * folder first and does all that from there, as the README's sub-folder line does: its stories/ and its config, and a
 * tpm-prep in its node_modules/.bin or the top's. A folder that is gone (moved, say) stops no commit: the hook says
 * so and lets it through. At the top (no `sub`), the hook is the one of before, word for word: a change to it puts
 * the hook it replaces in EARLIER_GIT_HOOKS.
 */
export function gitHook(sub?: string): string {
  // The command that shows the warnings, as typed from the top where it needs the folder too.
  const shown = (tpm: string) => singleQuoted(sub === undefined ? tpm : `cd ${shellWord(sub)} && ${tpm}`);
  const there =
    sub === undefined
      ? ''
      : `# The prep repo is ${sub.replace(/[\r\n]/g, ' ')}/, below the top of this repository (where git runs hooks): the hook lints its
# stories/, with its .tpm-prep.yaml, from there.
top=$(pwd)
if ! cd ${singleQuoted(sub)} 2>/dev/null; then
  say ${singleQuoted(`tpm-prep: the hook lints the stories staged in ${sub}/stories/, and there is no ${sub}/ (moved?), so it linted nothing. To point the hook at it, run this in the prep repo's folder: tpm-prep init --hook`)}
  exit 0
fi
`;
  const atTop = sub === undefined ? '' : `elif [ -x "$top/node_modules/.bin/tpm-prep" ]; then tpm="$top/node_modules/.bin/tpm-prep"; shown=${shown('npx tpm-prep')}\n`;
  // The folder's name in single quotes, as everywhere in the hook: in double quotes, its "$HOME" or backquotes would be
  // run when a commit is stopped. (At the top the line is the one of before, word for word.)
  const stoppedText = (paths: string) => `tpm-prep: commit stopped (see above${paths}). Fix what it reports, or skip this check once with: git commit --no-verify`;
  const stopped = sub === undefined ? `"${stoppedText('')}"` : singleQuoted(stoppedText(`; the paths are from ${sub}/`));
  // Below the top, the note's paths (the one to `git add` among them) are from the folder, as the report's: a sentence
  // after its own, which ends with a full stop.
  const noteFrom = sub === undefined ? '' : singleQuoted(` The paths are from ${sub}/.`);
  return `#!/bin/sh
# tpm-prep: lint the stories staged for this commit, as they will be committed. A story with errors stops the
# commit; warnings don't, and get one line saying how many, and how to see them.
# Written by \`tpm-prep init --hook\`. Skip it once with \`git commit --no-verify\`.
${SAY}${there}# No story staged: nothing to lint, whether or not tpm-prep is installed.
git diff --cached --quiet --diff-filter=ACMR -- 'stories/*.yaml' 'stories/*.yml' && exit 0
if command -v tpm-prep >/dev/null 2>&1; then tpm='tpm-prep'; shown=${shown('tpm-prep')}
elif [ -x node_modules/.bin/tpm-prep ]; then tpm='node_modules/.bin/tpm-prep'; shown=${shown('npx tpm-prep')}
${atTop}else
  say "tpm-prep: the hook can't lint the staged stories: tpm-prep is neither on your PATH nor in node_modules/.bin. Run 'npm install' and then 'npm link' in your clone of tpm-prep (or add it to this repo as a dev dependency), or skip this check once with: git commit --no-verify"
  exit 1
fi

# lint --staged, as the husky line runs it: the staged stories in one run, each as it will be committed (from its
# file, which lint's cache serves, or from the index where the file has changes not staged), so two of them that
# share an id are a duplicate-id wherever each is read from. One compact line per finding, to count the warnings
# of a run that passes; a run that fails is shown again in the usual format.
out=$("$tpm" lint --staged --format compact)
if [ $? -ne 0 ]; then
  "$tpm" lint --staged 2>/dev/null
  say ${stopped}
  exit 1
fi
warnings=$(printf '%s\\n' "$out" | grep -c ': warning ')
[ "$warnings" -eq 0 ] && exit 0

# A run that passes with warnings ends with one line: how many, in how many of the staged files (counted as files:
# one can hold several stories), and the command that shows them: lint on those files by name, which still finds
# them once the commit is made (lint --staged then finds nothing staged).
files=$(printf '%s\\n' "$out" | grep ': warning ' | sed 's/:[0-9][0-9]*:[0-9][0-9]*: warning .*$//' | sort -u)
warned=$(printf '%s\\n' "$files" | wc -l)
checked=$(git diff --cached --name-only --diff-filter=ACMR -z -- 'stories/*.yaml' 'stories/*.yml' | tr -cd '\\0' | wc -c)
warned=$((warned)); checked=$((checked))
s='s'; [ "$warnings" -eq 1 ] && s=''
if [ "$checked" -eq 1 ]; then where='the staged story file'
elif [ "$warned" -eq "$checked" ]; then where="the $checked staged story files"
else where="$warned of the $checked staged story files"; fi
# Each name in single quotes where the shell needs them (a character other than a letter, a digit or ._/-).
named=$(printf '%s\\n' "$files" | sed "\\%^[A-Za-z0-9_./-]*\\$%!{s/'/'\\\\\\\\''/g;s/^/'/;s/\\$/'/;}" | tr '\\n' ' ')
say "tpm-prep: $warnings warning$s in $where; see them with: $shown lint \${named% }"

# A file with warnings linted as staged that has changes on disk not staged: lint's note, the last line of its
# report, says which and how to lint them, as under the report of a commit it stops.
note=$(printf '%s\\n' "$out" | tail -n 1)
case $note in *' linted as staged: '*) say "$note"${noteFrom} ;; esac
`;
}

/**
 * The hooks `init --hook` wrote before, word for word, by their SHA-256: a hook that is one of these holds nothing of
 * the user's, so it is updated without keeping a copy (one with the marker line but changed keeps its copy). Newest
 * first, each with the commit that last wrote it: the newest named `lint --staged` as the command that shows the
 * warnings of a commit that passed, which once the commit is made finds nothing staged; the one after it did not wrap
 * its own lines to the terminal; the one after that also said nothing, on a commit that passed with warnings, of a
 * file linted as staged with changes on disk not staged; the four after those lint a story with unstaged changes
 * from the index apart from the others (so it was never a duplicate-id of one linted from its file), the six oldest
 * the working copies of the staged stories (so an unstaged fix hid a staged error).
 */
export const EARLIER_GIT_HOOKS: ReadonlySet<string> = new Set([
  '1aa8dd91b75c15b8669c0fe709b170982101d08931866af0bcb421cf56764b03', // 286827e
  '3a6086e6e06b06bd41820a7bcc6fd04dd153f26cc1e44534c117ed84655571a1', // 41e60c4
  'd8be7dbee5117c1db6cc060a83c34e81b352f799064463ba3548906679a407a0', // 517e938
  'e3571799ab7b249f22ed7b9f0a4091aec9693f3fbc86f96c3d9123e27e45abb3', // 70e9197
  'f654a744fa4cf44c28c1ff928fa2d8585c3140043ecb56b58ec5fedcfce21d44', // ba85a56
  '3836dac0848e18648f0659ca8cfd65cd358001c450153d5c101632fe54312298', // 2d7bd6e
  '00d33666c546a673571cb7991e1140a926b1afa2cc7e35883b1edeeaa5230ab1', // e27f6b4
  '25c7cb10c88d5ca772d77fddad9b7f01d442f1b630d245fc937385b445ab2499', // fdfc070
  '3f9a202c3cb6953fe805f943b6019b7c5128d3eb39721032102683a9ac4ad00d', // 169a282
  '456c4220ba76c937b8e76f243874004191e6888029803943b5488602b08ee340', // 6096618
  'a8eecda7a28e3f78861c19a5244425b160f813251c6f92c26413b5033c13af83', // b2b3025
  '3255c011c7ee7790b3927506c76ead1b6aeff92dd62a12c32e2c2b373654f6b6', // 0bf01a0
  'ed866d5313ce4d4445c329f11ed121547af1d485af38059ff5d01c139430bab1', // the first (09db550), with `npx --no tpm-prep`
]);

export const PRE_COMMIT_CONFIG = `# pre-commit (https://pre-commit.com) runs tpm-prep on the stories you commit.
# Set it up once with \`pre-commit install\`. The hooks use the tpm-prep installed on this machine, on your PATH
# or a dev dependency of this repo, as the git hook does; nothing is downloaded, nor even looked up, if it
# isn't there: the hook says so.
repos:
  - repo: local
    hooks:
      - id: tpm-prep-lint
        name: tpm-prep lint
        entry: >-
          sh -c 'if command -v tpm-prep >/dev/null 2>&1; then exec tpm-prep lint "$@"; elif [ -x node_modules/.bin/tpm-prep ]; then exec node_modules/.bin/tpm-prep lint "$@"; else echo "tpm-prep: not on your PATH nor in node_modules/.bin: run npm install, then npm link, in your clone of tpm-prep (or add it to this repo as a dev dependency)" >&2; exit 1; fi' --
        language: system
        files: ^stories/.*\\.ya?ml$
        # One run over all the staged stories: pre-commit would split them across parallel runs, each with a report
        # of its own, and two stories that share an id in different runs would never be a duplicate-id.
        require_serial: true
      # The bank-level checks (principle coverage, a failure story) need the whole bank; this hook adds
      # them, and repeats the per-story findings. Uncomment it to run it on every commit that touches a story.
      # - id: tpm-prep-lint-bank
      #   name: tpm-prep lint (whole bank)
      #   entry: >-
      #     sh -c 'if command -v tpm-prep >/dev/null 2>&1; then exec tpm-prep lint stories/; elif [ -x node_modules/.bin/tpm-prep ]; then exec node_modules/.bin/tpm-prep lint stories/; else echo "tpm-prep: not on your PATH nor in node_modules/.bin: run npm install, then npm link, in your clone of tpm-prep (or add it to this repo as a dev dependency)" >&2; exit 1; fi' --
      #   language: system
      #   files: ^stories/
      #   pass_filenames: false
      #   require_serial: true
`;

/**
 * What `init --pre-commit` wrote before, by the SHA-256 of its text (digest): a file that is one of these is updated
 * without --force. Newest first; test/e2e/init.test.ts holds each text. None has `require_serial: true`, so
 * pre-commit split the stories across parallel runs of lint; the two oldest ran `npx --no tpm-prep`, and the oldest
 * without --offline, which could reach for the registry.
 */
export const EARLIER_PRE_COMMIT_CONFIGS: ReadonlySet<string> = new Set([
  '369bfa36c9df964530522125cc544d4260756d3ec8f50b93778e41e4c0362774', // today's, before require_serial
  'db49d43b8dbf1d7fb04fe1aeea03a028a0141f09d2e1ac3a487002efed56578e', // npx --no --offline tpm-prep lint
  '4cc080fbe87bce2f67b6dae0c01fab93183a9083d00faab46bd1e8485e2a4608', // the first: npx --no tpm-prep lint
]);

/** The hook `init --pre-commit` puts in the top's .pre-commit-config.yaml for the prep repo `sub` below it: the lines of its item under `hooks:`. */
export function subFolderHook(sub: string): string[] {
  // pre-commit runs a hook from the repository's top, with its entry split as a shell would (shlex), and the files it
  // is given after it: the stories staged at a commit, or those of `pre-commit run --all-files` / `--files`. sh goes
  // to the folder (its name the script's $1, single-quoted, so nothing in it is run or split), takes the folder off
  // the front of each path, and lints those files from there, as the top's hook lints "$@", with a tpm-prep on the
  // PATH, or in node_modules/.bin of the folder or of the top.
  const lint = (tpm: string) => `exec ${tpm} lint "$@"`;
  const script =
    'top=$(pwd); dir=$1; shift; cd "$dir" || exit 1; ' +
    'for f do set -- "$@" "${f#"$dir"/}"; shift; done; ' +
    `if command -v tpm-prep >/dev/null 2>&1; then ${lint('tpm-prep')}; ` +
    `elif [ -x node_modules/.bin/tpm-prep ]; then ${lint('node_modules/.bin/tpm-prep')}; ` +
    `elif [ -x "$top/node_modules/.bin/tpm-prep" ]; then ${lint('"$top/node_modules/.bin/tpm-prep"')}; ` +
    'else echo "tpm-prep: not on your PATH nor in node_modules/.bin: run npm install, then npm link, in your clone of tpm-prep (or add it to this repo as a dev dependency)" >&2; exit 1; fi';
  const entry = `sh -c '${script}' tpm-prep ${singleQuoted(sub)}`;
  // A name with a line break (or another control character) in it goes in double quotes, escaped; else as it is.
  const scalar = (value: string) => (/[\u0000-\u001f\u007f]/.test(value) ? JSON.stringify(value) : stringify(value, { lineWidth: 0 }).trimEnd());
  return [
    '- id: tpm-prep-lint',
    `  name: ${scalar(`tpm-prep lint (${sub})`)}`,
    ...(/[\u0000-\u001f\u007f]/.test(entry) ? [`  entry: ${JSON.stringify(entry)}`] : ['  entry: >-', `    ${entry}`]),
    '  language: system',
    // As Python reads it: the folder's own characters escaped, so "p[x]" is that folder.
    `  files: ${scalar(`^${escapeRegExp(sub)}/stories/.*\\.ya?ml$`)}`,
    // One run over all the stories given, as the top's hook: split across parallel runs, two that share an id would
    // never be a duplicate-id.
    '  require_serial: true',
  ];
}
