import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { allPrinciples, interviewersNamed, parseInterviewers, parseLpArgs, refusePrinciplesAsPaths, shellWord } from '../../src/principles/args.js';
import { lpListItems, type LpId } from '../../src/principles/catalog.js';
import { UsageError } from '../../src/errors.js';

describe('parseLpArgs', () => {
  it.each([
    ['ownership', ['ownership']],
    ['ownership,dive-deep', ['ownership', 'dive-deep']],
    [' backbone , dive ', ['have-backbone-disagree-and-commit', 'dive-deep']],
    // A name with a comma in it stays whole, alone or in a list.
    ['Are Right, A Lot', ['are-right-a-lot']],
    ['are right, a lot,ownership', ['are-right-a-lot', 'ownership']],
    ['ownership, Are Right, A Lot', ['ownership', 'are-right-a-lot']],
    ['Have Backbone; Disagree and Commit', ['have-backbone-disagree-and-commit']],
  ])('reads %j', (value, ids) => {
    expect(parseLpArgs(value)).toEqual(ids);
  });

  it('reads repeated flags, once each', () => {
    expect(parseLpArgs(['ownership', 'own', 'dive-deep'])).toEqual(['ownership', 'dive-deep']);
  });

  it.each(['Are Right', 'A Lot', 'ownership,nosuch'])('refuses %j with a usage error', (value) => {
    expect(() => parseLpArgs(value, '--lps')).toThrow(/Unknown Leadership Principle .* in --lps\./);
  });

  // `drill --lp ""` drew from every principle, as if no --lp were given.
  it.each([[['']], [[' , ']], [['ownership', '']]])('refuses a filter that names no principle: %j', (values) => {
    expect(() => parseLpArgs(values, '--lp', true)).toThrow(/^--lp (""|" , ") names no principle: give an id, name or alias, as in --lp ownership, or --lp all for every one\.$/);
  });

  it('names each value by the spelling it was typed with, where the option has two', () => {
    expect(() => parseLpArgs(['ownership', ''], '--lp', true, ['--lp', '--lps'])).toThrow(/^--lps "" names no principle: give an id, name or alias, as in --lps ownership, or --lps all for every one\.$/);
    expect(() => parseLpArgs(['', 'ownership'], '--lp', true, ['--lp', '--lps'])).toThrow(/^--lp "" names no principle: .* as in --lp ownership, or --lp all for every one\.$/);
    expect(() => parseLpArgs(['ownership', 'nosuch'], '--lp', true, ['--lp', '--lps'])).toThrow('Unknown Leadership Principle "nosuch" in --lps.');
    expect(() => parseLpArgs(['ownership', 'all'], '--lp', true, ['--lp', '--lps'])).toThrow(/^`all` goes alone in --lps: --lps all for every principle, or the principles without it, as in --lps ownership\.$/);
    // Each principle once, in the order given, across both.
    expect(parseLpArgs(['ownership,dive-deep', 'own,frugal'], '--lp', true, ['--lp', '--lps'])).toEqual(['ownership', 'dive-deep', 'frugality']);
  });

  it('takes an empty list where the option is no filter (new --lps "": a story with no principles claimed)', () => {
    expect(parseLpArgs([''], '--lps')).toEqual([]);
    expect(parseLpArgs(['ownership,'], '--lp', true)).toEqual(['ownership']);
  });

  // A twentieth user's trial.
  it('reports every principle that is not one, a line each, in the order typed', () => {
    expect(() => parseLpArgs(['are-right,ownership,ownershp', 'nosuch'], '--lps')).toThrow(
      [
        'Unknown Leadership Principle "are-right" in --lps. Did you mean `are-right-a-lot`? Run `tpm-prep lps` to list them.',
        'Unknown Leadership Principle "ownershp" in --lps. Did you mean `ownership`? Run `tpm-prep lps` to list them.',
        'Unknown Leadership Principle "nosuch" in --lps. Run `tpm-prep lps` to list them.',
      ].join('\n'),
    );
  });

  it('says to separate principles written with spaces by commas, with the option as it would be typed', () => {
    expect(() => parseLpArgs('ownership deliver-results', '--lp')).toThrow(
      'Unknown Leadership Principle "ownership deliver-results" in --lp. It names two principles: separate them with commas, as in --lp ownership,deliver-results. Run `tpm-prep lps` to list them.',
    );
    // The rest of the list kept, and quoted where the shell needs it.
    expect(() => parseLpArgs('backbone, Deliver Results Ownership', '--lps')).toThrow(
      'It names two principles: separate them with commas, as in --lps "backbone, deliver-results,ownership".',
    );
    // Joined by "and": the same.
    expect(() => parseLpArgs('Ownership and Deliver Results', '--lps')).toThrow('separate them with commas, as in --lps ownership,deliver-results.');
    // Not an option (new's question): the list alone.
    expect(() => parseLpArgs('ownership dive-deep', 'the principles')).toThrow('It names two principles: separate them with commas: ownership,dive-deep.');
  });
});

describe('`all` (plan --lps, drill --lp)', () => {
  it.each([[['all']], [['ALL']], [[' all ']], [['all,']], [['all', 'All']]])('is every principle: %j', (values) => {
    expect(allPrinciples(values)).toBe(true);
  });

  it.each([[undefined], [[]], [[' , ']], [['all,ownership']], [['all', 'ownership']], [['allow']]])('is not, with principles or none: %j', (values) => {
    expect(allPrinciples(values)).toBe(false);
  });

  // A twenty-first user's trial: `drill --lp all,ownership` was told "all" is an unknown principle.
  it('goes alone: among principles, a usage error says so, once, with the list without it', () => {
    expect(() => parseLpArgs(['all,ownership'], '--lp', true)).toThrow(
      new UsageError('`all` goes alone in --lp: --lp all for every principle, or the principles without it, as in --lp ownership.'),
    );
    expect(() => parseLpArgs(['ownership', 'ALL,dive-deep,all'], '--lps', true)).toThrow(
      new UsageError('`all` goes alone in --lps: --lps all for every principle, or the principles without it, as in --lps ownership,dive-deep.'),
    );
    // Quoted where the shell needs it; a principle that isn't one is still told, on its own line.
    expect(() => parseLpArgs(['all,customer obsession,bakcbone'], '--lps', true)).toThrow(
      new UsageError(
        [
          '`all` goes alone in --lps: --lps all for every principle, or the principles without it, as in --lps "customer obsession,bakcbone".',
          'Unknown Leadership Principle "bakcbone" in --lps. Did you mean `have-backbone-disagree-and-commit`? Run `tpm-prep lps` to list them.',
        ].join('\n'),
      ),
    );
  });

  it('is an unknown principle where the option takes no `all` (new --lps)', () => {
    expect(() => parseLpArgs(['all,ownership'], '--lps')).toThrow(new UsageError('Unknown Leadership Principle "all" in --lps. Run `tpm-prep lps` to list them.'));
  });
});

describe('parseInterviewers', () => {
  it('reads each --interviewer as one comma list, in order, a principle once within it', () => {
    expect(parseInterviewers(['own,dd', 'Are Right, A Lot', 'ownership,own'])).toEqual([{ lps: ['ownership', 'dive-deep'] }, { lps: ['are-right-a-lot'] }, { lps: ['ownership'] }]);
    expect(parseInterviewers(undefined)).toEqual([]);
  });

  it('takes a name for an interviewer before a colon, and the config\'s loop when no --interviewer is given', () => {
    expect(parseInterviewers(['Bar raiser: earn-trust,backbone', ' : ownership'])).toEqual([
      { name: 'Bar raiser', lps: ['earn-trust', 'have-backbone-disagree-and-commit'] },
      { lps: ['ownership'] },
    ]);
    const configured = [{ name: 'Hiring manager', lps: ['ownership' as const] }];
    expect(parseInterviewers(undefined, configured)).toEqual(configured);
    expect(parseInterviewers([], configured)).toEqual(configured);
    expect(parseInterviewers(['dive-deep'], configured)).toEqual([{ lps: ['dive-deep'] }]);
  });

  it.each([[[' , ']], [['own', '']]])('refuses an --interviewer that names no principle: %j', (lists) => {
    expect(() => parseInterviewers(lists)).toThrow('An --interviewer names no principle. Give ids, names or aliases, for example --interviewer ownership,dive-deep.');
  });

  it('names --interviewer in an unknown principle', () => {
    expect(() => parseInterviewers(['own,nosuch'])).toThrow(/Unknown Leadership Principle .* in --interviewer\./);
  });

  // A twentieth user's trial: `--interviewer "HM: deliver-results ownership"`.
  it("says to separate principles written with spaces by commas, the interviewer's name kept", () => {
    expect(() => parseInterviewers(['HM: deliver-results ownership'])).toThrow(
      'Unknown Leadership Principle "deliver-results ownership" in --interviewer. It names two principles: separate them with commas, as in --interviewer "HM: deliver-results,ownership". Run `tpm-prep lps` to list them.',
    );
  });

  it('reports the unknown principles of every --interviewer, a line each, and no "names no principle" for them', () => {
    expect(() => parseInterviewers(['Peer: nosuch', 'own,are-right', ''])).toThrow(
      [
        'Unknown Leadership Principle "nosuch" in --interviewer. Run `tpm-prep lps` to list them.',
        'Unknown Leadership Principle "are-right" in --interviewer. Did you mean `are-right-a-lot`? Run `tpm-prep lps` to list them.',
        'An --interviewer names no principle. Give ids, names or aliases, for example --interviewer ownership,dive-deep.',
      ].join('\n'),
    );
  });
});

// A new user's trial: `plan --interviewer "Bar raiser"`, the loop's name as drill takes it, was an unknown principle.
describe('parseInterviewers with a loop in the config', () => {
  const loop = [
    { name: 'Bar raiser', lps: ['earn-trust', 'have-backbone-disagree-and-commit'] as LpId[] },
    { name: 'Hiring manager', lps: ['deliver-results', 'ownership'] as LpId[] },
  ];
  const names = 'The interviewers in .tpm-prep.yaml are: Bar raiser, Hiring manager.';

  it('takes an interviewer of the loop by name, in any case, under their name, beside principle lists as before', () => {
    expect(parseInterviewers(['bar raiser ', 'dive-deep,own', 'HIRING MANAGER'], loop, '.tpm-prep.yaml')).toEqual([
      { name: 'Bar raiser', lps: ['earn-trust', 'have-backbone-disagree-and-commit'] },
      { lps: ['dive-deep', 'ownership'] },
      { name: 'Hiring manager', lps: ['deliver-results', 'ownership'] },
    ]);
    // A name before a colon is the user's own for the principles after it, as before.
    expect(parseInterviewers(['Bar raiser: ownership'], loop, '.tpm-prep.yaml')).toEqual([{ name: 'Bar raiser', lps: ['ownership'] }]);
  });

  it("refuses a name near one of the loop's as drill does, with a did-you-mean and the loop's names", () => {
    expect(() => parseInterviewers(['Bar raisr'], loop, '.tpm-prep.yaml')).toThrow(new UsageError(`Unknown interviewer "Bar raisr" for --interviewer. Did you mean --interviewer "Bar raiser"? ${names}`));
  });

  it("refuses a name like none, nor any principle, saying what --interviewer takes, with the loop's names", () => {
    expect(() => parseInterviewers(['Tech lead'], loop, '.tpm-prep.yaml')).toThrow(
      new UsageError(`Unknown interviewer or Leadership Principle "Tech lead" for --interviewer: it takes principles (--interviewer ownership,dive-deep; \`tpm-prep lps\` lists them), or an interviewer of your loop by name. ${names}`),
    );
    expect(() => parseInterviewers(['Tech lead'], [], '.tpm-prep.yaml')).toThrow(
      new UsageError(
        'Unknown interviewer or Leadership Principle "Tech lead" for --interviewer: it takes principles (--interviewer ownership,dive-deep; `tpm-prep lps` lists them), or an interviewer of your loop by name, and .tpm-prep.yaml has no `interviewers:`: add your loop to it, such as `Bar raiser: [earn-trust, backbone]`.',
      ),
    );
    expect(() => parseInterviewers(['Tech lead'])).toThrow(/and no \.tpm-prep\.yaml was found here or above to hold a loop: write yours in one's `interviewers:` \(see the README's Config\)\.$/);
  });

  it('still says a typo of a principle is one, and an interviewer in a list of principles goes alone', () => {
    expect(() => parseInterviewers(['ownrship'], loop, '.tpm-prep.yaml')).toThrow(new UsageError('Unknown Leadership Principle "ownrship" in --interviewer. Did you mean `ownership`? Run `tpm-prep lps` to list them.'));
    expect(() => parseInterviewers(['ownership,bar raiser,dive-deep'], loop, '.tpm-prep.yaml')).toThrow(
      new UsageError('"bar raiser" is an interviewer in your loop, not a principle: give them an --interviewer of their own, as in --interviewer ownership,dive-deep --interviewer "Bar raiser".'),
    );
  });
});

// A review: with plan's --interviewer taking a loop's name, an interviewer named as a principle took it over silently.
describe('parseInterviewers with an interviewer named as a principle', () => {
  const loop = [
    { name: 'Ownership', lps: ['frugality'] as LpId[] },
    { name: 'Bar raiser', lps: ['earn-trust', 'have-backbone-disagree-and-commit'] as LpId[] },
  ];

  it('refuses the name, saying how to give each; and each form it gives is read as said', () => {
    const line = '"ownership" for --interviewer is both an interviewer in your loop and a principle (Ownership): for the interviewer, --interviewer "Ownership: frugality"; for the principle, --interviewer ": ownership".';
    expect(() => parseInterviewers(['ownership'], loop, '.tpm-prep.yaml')).toThrow(new UsageError(line));
    expect(() => parseInterviewers([' OWNERSHIP ', 'Bar raiser'], loop, '.tpm-prep.yaml')).toThrow(/^"OWNERSHIP" for --interviewer is both/);
    expect(parseInterviewers(['Ownership: frugality'], loop, '.tpm-prep.yaml')).toEqual([{ name: 'Ownership', lps: ['frugality'] }]);
    expect(parseInterviewers([': ownership'], loop, '.tpm-prep.yaml')).toEqual([{ lps: ['ownership'] }]);
    // A name that is no principle, and a principle that names no interviewer, are as before.
    expect(parseInterviewers(['bar raiser', 'frugality'], loop, '.tpm-prep.yaml')).toEqual([{ name: 'Bar raiser', lps: loop[1]!.lps }, { lps: ['frugality'] }]);
  });

  it('takes the interviewer where their one principle is the one they are named for: the plan is the same', () => {
    expect(parseInterviewers(['ownership'], [{ name: 'Ownership', lps: ['ownership'] }])).toEqual([{ name: 'Ownership', lps: ['ownership'] }]);
  });

  it('a did-you-mean for an interviewer in a list of principles gives the rest in a form that is not the name', () => {
    expect(() => parseInterviewers(['ownership,Bar raiser'], loop, '.tpm-prep.yaml')).toThrow(
      new UsageError('"Bar raiser" is an interviewer in your loop, not a principle: give them an --interviewer of their own, as in --interviewer ": ownership" --interviewer "Bar raiser".'),
    );
    expect(parseInterviewers([': ownership', 'Bar raiser'], loop, '.tpm-prep.yaml')).toEqual([{ lps: ['ownership'] }, { name: 'Bar raiser', lps: loop[1]!.lps }]);
    // Two principles are no name of the loop's: as before.
    expect(() => parseInterviewers(['ownership,dive-deep,Bar raiser'], loop)).toThrow('as in --interviewer ownership,dive-deep --interviewer "Bar raiser".');
  });
});

describe('refusePrinciplesAsPaths', () => {
  const none = () => false;

  it('refuses a principle typed where a path goes, with the list joined by commas', () => {
    expect(() => refusePrinciplesAsPaths(['backbone'], none, '--interviewer', ['earn-trust'])).toThrow(
      '"backbone" is no file or folder here but a principle (Have Backbone; Disagree and Commit): join principles with commas, as in --interviewer earn-trust,backbone',
    );
    expect(() => refusePrinciplesAsPaths(['Customer Obsession'], none, '--interviewer', ['earn-trust'])).toThrow('as in --interviewer "earn-trust,Customer Obsession"');
  });

  it('leaves a path that exists, or that names no principle, or has a path\'s or a glob\'s characters, to be read as a path', () => {
    expect(() => refusePrinciplesAsPaths(['ownership'], () => true, '--lp', ['dive-deep'])).not.toThrow();
    expect(() => refusePrinciplesAsPaths(['stories/', 'nosuch'], none, '--lp', ['dive-deep'])).not.toThrow();
    // The review: a quoted glob whose letters spell a principle.
    for (const glob of ['ownership/*', 'ownership*', 'ownership.yaml', 'ownership/']) expect(() => refusePrinciplesAsPaths([glob], none, '--lp', ['dive-deep'])).not.toThrow();
  });

  it('after `all`, which goes alone, gives the principles a list of their own', () => {
    expect(() => refusePrinciplesAsPaths(['ownership'], none, '--lp', ['all'])).toThrow(
      new UsageError('"ownership" is no file or folder here but a principle (Ownership): give it with --lp, as in --lp ownership'),
    );
  });

  it('names every principle typed so, and with no list given, says which option takes them', () => {
    expect(() => refusePrinciplesAsPaths(['backbone', 'dive-deep'], none, '--interviewer', ['earn-trust'])).toThrow(
      '"backbone", "dive-deep" are no file or folder here but principles: join principles with commas, as in --interviewer earn-trust,backbone,dive-deep',
    );
    expect(() => refusePrinciplesAsPaths(['think-big'], none, '--lps', undefined)).toThrow(
      '"think-big" is no file or folder here but a principle (Think Big): give it with --lps, as in --lps think-big',
    );
  });
});

// drill --interviewer: a loop in the config, one interviewer drilled by name.
describe('interviewersNamed', () => {
  const loop = [
    { name: 'Bar raiser', lps: ['earn-trust', 'have-backbone-disagree-and-commit'] as LpId[] },
    { name: 'Hiring manager', lps: ['deliver-results', 'ownership'] as LpId[] },
    { name: 'Peer', lps: ['dive-deep'] as LpId[] },
  ];
  const names = 'The interviewers in .tpm-prep.yaml are: Bar raiser, Hiring manager, Peer.';

  it.each(['Bar raiser', 'bar raiser', 'BAR RAISER', '  Bar raiser ', '\tbar  raiser\n'])('finds %j in any case, spaces around it or not', (name) => {
    expect(interviewersNamed([name], loop, '.tpm-prep.yaml')).toEqual([loop[0]]);
  });

  // A trial: `--interviewer "engenheiro senior"` was refused, exit 2, where the config names "Engenheiro sênior".
  it.each([
    ['engenheiro senior', 'Engenheiro sênior'],
    ['ENGENHEIRO SÊNIOR', 'Engenheiro sênior'],
    ['Engenheiro sênior', 'engenheiro senior'],
    ['gerente de contratacao', 'Gerente de contratação'],
    ['lodz lead', 'Łódź lead'],
  ])('finds %j for %j, in any case and accent', (name, label) => {
    const accented = [{ name: label, lps: ['ownership'] as LpId[] }, ...loop];
    expect(interviewersNamed([name], accented, '.tpm-prep.yaml')).toEqual([accented[0]]);
  });

  it('does not take a name that differs in more than case and accent', () => {
    const accented = [{ name: 'Engenheiro sênior', lps: ['ownership'] as LpId[] }];
    expect(() => interviewersNamed(['engenheiro pleno'], accented, '.tpm-prep.yaml')).toThrow(UsageError);
  });

  it('takes each interviewer named, once, in the order named', () => {
    expect(interviewersNamed(['peer', 'Bar raiser', 'PEER'], loop, '.tpm-prep.yaml')).toEqual([loop[2], loop[0]]);
  });

  it('takes the name as written first where two differ only in case', () => {
    const twins = [{ name: 'peer', lps: ['ownership'] as LpId[] }, { name: 'Peer', lps: ['dive-deep'] as LpId[] }];
    expect(interviewersNamed(['Peer'], twins, '.tpm-prep.yaml')).toEqual([twins[1]]);
    expect(interviewersNamed(['PEER'], twins, '.tpm-prep.yaml')).toEqual([twins[0]]);
  });

  it.each([
    ['bar raisr', 'Did you mean --interviewer "Bar raiser"?'],
    // The first word of a name left unquoted: `--interviewer hiring manager`.
    ['hiring', 'Did you mean --interviewer "Hiring manager"?'],
    ['peers', 'Did you mean --interviewer Peer?'],
  ])('refuses %j, naming the config, with a did-you-mean and the names', (name, meant) => {
    expect(() => interviewersNamed([name], loop, '.tpm-prep.yaml')).toThrow(`Unknown interviewer ${JSON.stringify(name)} for --interviewer. ${meant} ${names}`);
  });

  it('refuses a name like none, with the names, and principles as plan takes them, saying --lp takes those', () => {
    expect(() => interviewersNamed(['recruiter'], loop, '../.tpm-prep.yaml')).toThrow(
      /^Unknown interviewer "recruiter" for --interviewer\. The interviewers in \.\.\/\.tpm-prep\.yaml are: Bar raiser, Hiring manager, Peer\.$/,
    );
    expect(() => interviewersNamed(['earn-trust, backbone'], loop, '.tpm-prep.yaml')).toThrow(
      `Unknown interviewer "earn-trust, backbone" for --interviewer. To drill principles, give them with --lp "earn-trust, backbone". ${names}`,
    );
  });

  it('reports every unknown name, a line each', () => {
    expect(() => interviewersNamed(['peer', 'bar raisr', 'recruiter'], loop, '.tpm-prep.yaml')).toThrow(
      /^Unknown interviewer "bar raisr" [^\n]*\nUnknown interviewer "recruiter" [^\n]*$/,
    );
  });

  it('refuses a config with no loop, naming it, or saying none was found', () => {
    expect(() => interviewersNamed(['Peer'], [], '.tpm-prep.yaml')).toThrow(
      '--interviewer needs `interviewers:` in the config, and .tpm-prep.yaml has none: add your loop to it, such as `Bar raiser: [earn-trust, backbone]`, or drill the principles with --lp.',
    );
    expect(() => interviewersNamed(['Peer'], [], undefined)).toThrow(
      "--interviewer needs `interviewers:` in the config, and no .tpm-prep.yaml was found here or above: write your loop in one (see the README's Config), or drill the principles with --lp.",
    );
  });
});

// A name as the commands print it to copy (stats' "Drill next", did-you-means): the shell must give it back as it was.
describe('shellWord', () => {
  it.each([
    ['ownership', 'ownership'],
    ['Bar raiser', '"Bar raiser"'],
    ['The "Bar" raiser', `'The "Bar" raiser'`],
    ['$VP', "'$VP'"],
    ["O'Brien's $VP", `'O'\\''Brien'\\''s $VP'`],
    ['Hiring manager!', "'Hiring manager!'"],
    // A path's slashes need no quotes; its spaces do.
    ['../stories', '../stories'],
    ['../my prep/.tpm-prep.yaml', '"../my prep/.tpm-prep.yaml"'],
    // An empty value is typed as a pair of quotes, not as nothing.
    ['', '""'],
  ])('%s → %s, which bash reads back as it was', (value, shown) => {
    expect(shellWord(value)).toBe(shown);
    expect(execFileSync('bash', ['-c', `printf '%s' ${shown}`], { encoding: 'utf8' })).toBe(value);
  });
});

describe('lpListItems', () => {
  it.each([
    ['ownership', [['ownership', 0]]],
    ['Frugality, Customer Obsesion, Are Right A Lot', [['Frugality', 0], ['Customer Obsesion', 11], ['Are Right A Lot', 30]]],
    // A name with a comma in it is one item, from its first word to its last.
    ['ownership,  Are Right,A Lot , dive', [['ownership', 0], ['Are Right,A Lot', 12], ['dive', 30]]],
  ])('cuts %j into items, each with where it starts', (value, items) => {
    expect(lpListItems(value).map((i) => [i.text, i.start])).toEqual(items);
  });
});
