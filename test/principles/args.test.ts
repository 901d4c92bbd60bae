import { describe, expect, it } from 'vitest';
import { parseInterviewers, parseLpArgs, refusePrinciplesAsPaths } from '../../src/principles/args.js';
import { lpListItems } from '../../src/principles/catalog.js';

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

  it('names every principle typed so, and with no list given, says which option takes them', () => {
    expect(() => refusePrinciplesAsPaths(['backbone', 'dive-deep'], none, '--interviewer', ['earn-trust'])).toThrow(
      '"backbone", "dive-deep" are no file or folder here but principles: join principles with commas, as in --interviewer earn-trust,backbone,dive-deep',
    );
    expect(() => refusePrinciplesAsPaths(['think-big'], none, '--lps', undefined)).toThrow(
      '"think-big" is no file or folder here but a principle (Think Big): give it with --lps, as in --lps think-big',
    );
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
