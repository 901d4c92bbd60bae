import { describe, it, expect } from 'vitest';
import { LP_IDS, PRINCIPLES, findPrinciple, lpDidYouMean, nearestPrinciple, type LpId } from '../../src/principles/catalog.js';
import { scorePrinciples } from '../../src/principles/infer.js';
import { SIGNALS, type Signal } from '../../src/principles/signals.js';

const EXPECTED_IDS = [
  'customer-obsession',
  'ownership',
  'invent-and-simplify',
  'are-right-a-lot',
  'learn-and-be-curious',
  'hire-and-develop-the-best',
  'insist-on-the-highest-standards',
  'think-big',
  'bias-for-action',
  'frugality',
  'earn-trust',
  'dive-deep',
  'have-backbone-disagree-and-commit',
  'deliver-results',
  'strive-to-be-earths-best-employer',
  'success-and-scale-bring-broad-responsibility',
];

const EXPECTED_NAMES: Record<LpId, string> = {
  'customer-obsession': 'Customer Obsession',
  ownership: 'Ownership',
  'invent-and-simplify': 'Invent and Simplify',
  'are-right-a-lot': 'Are Right, A Lot',
  'learn-and-be-curious': 'Learn and Be Curious',
  'hire-and-develop-the-best': 'Hire and Develop the Best',
  'insist-on-the-highest-standards': 'Insist on the Highest Standards',
  'think-big': 'Think Big',
  'bias-for-action': 'Bias for Action',
  frugality: 'Frugality',
  'earn-trust': 'Earn Trust',
  'dive-deep': 'Dive Deep',
  'have-backbone-disagree-and-commit': 'Have Backbone; Disagree and Commit',
  'deliver-results': 'Deliver Results',
  'strive-to-be-earths-best-employer': "Strive to be Earth's Best Employer",
  'success-and-scale-bring-broad-responsibility': 'Success and Scale Bring Broad Responsibility',
};

/** Non-stateful match check: String#search ignores and restores lastIndex. */
function matches(pattern: RegExp, text: string): boolean {
  return text.search(pattern) !== -1;
}

function signal(lp: LpId, label: string): Signal {
  const found = SIGNALS[lp].find((s) => s.label === label);
  if (!found) throw new Error(`no signal '${label}' for ${lp}`);
  return found;
}

/**
 * True when a group that itself contains a quantifier is followed by +, * or {n,m}: the
 * (a+)+ shape that can backtrack exponentially. A trailing ? on such a group is allowed.
 */
function hasNestedQuantifier(source: string): boolean {
  const stack: boolean[] = [false];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      stack.push(false);
      if (source[i + 1] === '?') i += source[i + 2] === '<' ? 3 : 2; // skip (?: (?= (?! (?<= (?<!
    } else if (c === ')') {
      const inner = stack.pop() ?? false;
      const next = source[i + 1];
      if (inner && (next === '+' || next === '*' || next === '{')) return true;
      if (inner) stack[stack.length - 1] = true;
    } else if (c === '+' || c === '*' || c === '{' || c === '?') {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

describe('principle catalog', () => {
  it('lists the 16 ids in order, and PRINCIPLES follows that order', () => {
    expect([...LP_IDS]).toEqual(EXPECTED_IDS);
    expect(PRINCIPLES.map((p) => p.id)).toEqual(EXPECTED_IDS);
  });

  it('uses the official names', () => {
    for (const p of PRINCIPLES) expect(p.name).toBe(EXPECTED_NAMES[p.id]);
  });

  it('has unique 2-3 letter upper-case abbreviations', () => {
    const abbrevs = PRINCIPLES.map((p) => p.abbrev);
    for (const a of abbrevs) expect(a).toMatch(/^[A-Z]{2,3}$/);
    expect(new Set(abbrevs).size).toBe(abbrevs.length);
  });

  it('has aliases that are lower-case kebab, unique, disjoint from ids, and include the abbrev', () => {
    const ids = new Set<string>(LP_IDS);
    const seen = new Map<string, LpId>();
    for (const p of PRINCIPLES) {
      expect(p.aliases).toContain(p.abbrev.toLowerCase());
      for (const alias of p.aliases) {
        expect(alias).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(ids.has(alias), `alias '${alias}' equals an id`).toBe(false);
        expect(seen.get(alias), `alias '${alias}' is used twice`).toBeUndefined();
        seen.set(alias, p.id);
      }
    }
  });

  it('has a one-line summary of at most 90 characters and a one-sentence evidence hint', () => {
    for (const p of PRINCIPLES) {
      expect(p.summary.length, p.id).toBeGreaterThan(20);
      expect(p.summary.length, p.id).toBeLessThanOrEqual(90);
      expect(p.summary).not.toMatch(/\n/);
      expect(p.evidence).toMatch(/^[A-Z][^\n]*\.$/);
      expect(p.evidence.slice(0, -1), p.id).not.toMatch(/[.!?]\s/);
    }
  });
});

describe('findPrinciple', () => {
  it('resolves every id, name and alias to its own principle', () => {
    for (const p of PRINCIPLES) {
      expect(findPrinciple(p.id)).toBe(p);
      expect(findPrinciple(p.name)).toBe(p);
      expect(findPrinciple(p.name.toUpperCase())).toBe(p);
      for (const alias of p.aliases) expect(findPrinciple(alias), alias).toBe(p);
    }
  });

  it.each([
    ['Have Backbone; Disagree and Commit', 'have-backbone-disagree-and-commit'],
    ['have backbone disagree & commit', 'have-backbone-disagree-and-commit'],
    ['dive deep', 'dive-deep'],
    ['Dive_Deep', 'dive-deep'],
    ['  DIVE-DEEP  ', 'dive-deep'],
    ['Are Right, A Lot', 'are-right-a-lot'],
    ['are right a lot', 'are-right-a-lot'],
    ["Strive to be Earth's Best Employer", 'strive-to-be-earths-best-employer'],
    ['strive to be earth’s best employer', 'strive-to-be-earths-best-employer'],
    ['Invent & Simplify', 'invent-and-simplify'],
    ['bias_for_action', 'bias-for-action'],
    ['Success and Scale Bring Broad Responsibility', 'success-and-scale-bring-broad-responsibility'],
    ['CO', 'customer-obsession'],
    ['customers', 'customer-obsession'],
    ['Backbone', 'have-backbone-disagree-and-commit'],
    ['disagree and commit', 'have-backbone-disagree-and-commit'],
    ['deep dive', 'dive-deep'],
    ['DD', 'dive-deep'],
    ['HDB', 'hire-and-develop-the-best'],
    // A user's trial: the names as everyday speech has them, without their "the".
    ['Insist on Highest Standards', 'insist-on-the-highest-standards'],
    ['insist on high standards', 'insist-on-the-highest-standards'],
    ['Hire and Develop Best', 'hire-and-develop-the-best'],
    ['Hire & Develop Best', 'hire-and-develop-the-best'],
  ])('resolves %j to %s', (input, id) => {
    expect(findPrinciple(input)?.id).toBe(id);
  });

  it.each(['', '   ', '---', 'customer obsessions', 'leadership', 'dive-deeper', 'think', 'xyz'])(
    'returns undefined for %j',
    (input) => {
      expect(findPrinciple(input)).toBeUndefined();
    },
  );
});

describe('lpDidYouMean', () => {
  it.each([
    // A name said loosely (a twelfth user's trial): singular for plural, without "the", "towards" for "for".
    ['insist on highest standard', 'insist-on-the-highest-standards'],
    ['Deliver result', 'deliver-results'],
    ['Bias towards action', 'bias-for-action'],
    ['Earn trusts', 'earn-trust'],
    // A typo, of an id or of an alias: the id, whichever it was near (a twenty-ninth user's trial: "Invent & Simplfy"
    // was told `invent-simplify`, an alias).
    ['bakcbone', 'have-backbone-disagree-and-commit'],
    ['Invent & Simplfy', 'invent-and-simplify'],
    ['custmer-obsession', 'customer-obsession'],
    // A word of one id, or words only one id holds, in any order.
    ['insist', 'insist-on-the-highest-standards'],
    ['on the highest', 'insist-on-the-highest-standards'],
    ['scale broad', 'success-and-scale-bring-broad-responsibility'],
    // The first words of an id (a twentieth user's trial).
    ['are-right', 'are-right-a-lot'],
    ['Are right', 'are-right-a-lot'],
    ['success-and', 'success-and-scale-bring-broad-responsibility'],
  ])('answers %j with %s', (input, meant) => {
    expect(lpDidYouMean(input)).toBe(` Did you mean \`${meant}\`?`);
  });

  it('answers nothing for what names no principle, or words of two', () => {
    expect(lpDidYouMean('happiness index')).toBe('');
    expect(lpDidYouMean('Orientation client')).toBe('');
    expect(lpDidYouMean('big thinking')).toBe('');
    // Obsession and Dive Deep's "deep": which?
    expect(lpDidYouMean('deep obsession index')).toBe('');
  });

  // A new user's trial: `lps: [Obsession client]`, French word order for Customer Obsession, got no did-you-mean.
  it.each([
    ['Obsession client', 'customer-obsession'],
    ['Obsession du client', 'customer-obsession'],
    ['Obsession clients', 'customer-obsession'],
    ['customer happiness index', 'customer-obsession'],
    ['judgement call', 'are-right-a-lot'],
    ['Standards élevés', 'insist-on-the-highest-standards'],
    ['ownership of the roadmap', 'ownership'],
    ['Ownership and Nonsense', 'ownership'],
    // Its words in another order.
    ['trust earn', 'earn-trust'],
    ['Simplify and Invent', 'invent-and-simplify'],
    ['results deliver', 'deliver-results'],
    // A word of two principles ("best") points to neither, but another word beside it may ("mentoring").
    ['best mentoring', 'hire-and-develop-the-best'],
  ])('answers %j, a word of one principle among others, with it: %s', (input, meant) => {
    expect(lpDidYouMean(input)).toBe(` Did you mean \`${meant}\`?`);
  });

  // Typos keep the principle they had (the nearest spelling comes first), named by its id.
  it.each([
    ['custmer-obsession', 'customer-obsession'],
    ['Customer Obsesion', 'customer-obsession'],
    ['obsesion', 'customer-obsession'],
    ['ownrship', 'ownership'],
    ['frugalty', 'frugality'],
    ['dive-dep', 'dive-deep'],
    ['Earn Trst', 'earn-trust'],
    ['delivr results', 'deliver-results'],
    ['Bias for Actoin', 'bias-for-action'],
    ['highest standard', 'insist-on-the-highest-standards'],
    ['think bigger', 'think-big'],
  ])('still answers the typo %j with %s', (input, meant) => {
    expect(lpDidYouMean(input)).toBe(` Did you mean \`${meant}\`?`);
  });

  // A sixteenth user's trial: `lps: Ownership and Deliver Results`, a list written as one name.
  it.each([
    ['Ownership and Deliver Results', 'two', '[ownership, deliver-results]'],
    ['Ownership/Deliver Results', 'two', '[ownership, deliver-results]'],
    ['Ownership & Frugality & Bias for Action', 'three', '[ownership, frugality, bias-for-action]'],
    // A principle with its own "and" stays whole.
    ['Invent and Simplify and Dive Deep', 'two', '[invent-and-simplify, dive-deep]'],
  ])('answers %j, principles joined by "and", "&" or "/", with the list to write', (input, count, list) => {
    expect(lpDidYouMean(input)).toBe(` It names ${count} principles: write them as a list, \`${list}\`.`);
  });

  it('answers nothing more for a join whose parts are not all principles, or are one principle twice', () => {
    expect(lpDidYouMean('Ownership and Nonsense')).not.toContain('It names');
    expect(lpDidYouMean('ownership and ownership')).not.toContain('It names');
    expect(lpDidYouMean('Earn Trust and Trust')).not.toContain('It names');
  });

  it('answers nothing for words that start no id', () => {
    expect(lpDidYouMean('invent-and-dive')).toBe('');
    expect(lpDidYouMean('are-wrong')).toBe('');
  });

  // A twentieth user's trial: `--interviewer "HM: deliver-results ownership"`, a list written with spaces.
  it.each([
    ['deliver-results ownership', 'two', '[deliver-results, ownership]'],
    ['Deliver Results Ownership', 'two', '[deliver-results, ownership]'],
    ['customer obsession dive deep backbone', 'three', '[customer-obsession, dive-deep, have-backbone-disagree-and-commit]'],
    // A name of several words stays whole: the fewest pieces that are each a principle.
    ['Invent and Simplify Dive Deep', 'two', '[invent-and-simplify, dive-deep]'],
  ])('answers %j, principles with spaces between, with the list to write', (input, count, list) => {
    expect(lpDidYouMean(input)).toBe(` It names ${count} principles: write them as a list, \`${list}\`.`);
  });

  it('says how to write the list as its caller asks', () => {
    expect(lpDidYouMean('ownership dive-deep', (ids) => `join them: ${ids.join('+')}`)).toBe(' It names two principles: join them: ownership+dive-deep.');
    expect(lpDidYouMean('ownership ownership')).not.toContain('It names');
    expect(lpDidYouMean('ownership of the roadmap')).not.toContain('It names');
  });
});

describe('nearestPrinciple', () => {
  it.each([
    ['bakcbone', 'have-backbone-disagree-and-commit'],
    ['Invent & Simplfy', 'invent-and-simplify'],
    ['Deliver result', 'deliver-results'],
    ['ownrship', 'ownership'],
    ['are-right', 'are-right-a-lot'],
    ['Obsession client', 'customer-obsession'],
  ])('takes %j for %s', (input, id) => {
    expect(nearestPrinciple(input)).toBe(PRINCIPLES.find((p) => p.id === id));
  });

  it('is undefined for what names no principle, words of two, or two principles written as one', () => {
    for (const input of ['happiness index', 'deep obsession index', 'deliver-results ownership', 'Ownership and Dive Deep', '']) expect(nearestPrinciple(input)).toBeUndefined();
  });

  it("is what lpDidYouMean's sentence names, for every input it answers", () => {
    const inputs = ['bakcbone', 'Invent & Simplfy', 'insist', 'Are right', 'success-and', 'Earn trusts', 'Bias towards action', 'frugal', 'custmer-obsession', 'dive', 'happiness index', 'big thinking', 'ownership dive-deep', 'Orientation client'];
    for (const input of inputs) {
      const near = nearestPrinciple(input);
      const sentence = lpDidYouMean(input);
      if (near === undefined) expect(sentence).not.toMatch(/Did you mean/);
      else expect(sentence).toBe(` Did you mean \`${near.id}\`?`);
    }
  });
});

describe('signals', () => {
  // A family, not a sprawl. (Earn Trust has 9: candour has a strong form, bad news taken up the line at once,
  // beside the medium one. Deliver Results has 10: the setback its hint asks for, a target that kept moving, is
  // evidence beside a result, but not one alone, nor "delivered despite a setback".)
  // Deliver Results, the principle claimed most, has eleven: a time against the usual one is the work done faster, not a
  // date hit (a thirty-fifth user's trial).
  it('has 4 to 11 signals for every principle and nothing else', () => {
    expect(Object.keys(SIGNALS).sort()).toEqual([...LP_IDS].sort());
    for (const id of LP_IDS) {
      expect(SIGNALS[id].length, id).toBeGreaterThanOrEqual(4);
      expect(SIGNALS[id].length, id).toBeLessThanOrEqual(11);
    }
  });

  it('uses unique labels, valid weights, and word-bounded gi patterns', () => {
    for (const id of LP_IDS) {
      const labels = SIGNALS[id].map((s) => s.label);
      expect(new Set(labels).size, id).toBe(labels.length);
      for (const s of SIGNALS[id]) {
        expect(s.label.length, s.label).toBeGreaterThan(3);
        expect([1, 2, 3]).toContain(s.weight);
        expect(s.pattern).toBeInstanceOf(RegExp);
        expect(s.pattern.flags, s.label).toBe('gi');
        expect(s.pattern.source.startsWith('\\b'), s.label).toBe(true);
        expect(s.pattern.source.endsWith('\\b'), s.label).toBe(true);
        expect(() => new RegExp(s.pattern.source, s.pattern.flags)).not.toThrow();
      }
    }
  });

  it('has no nested quantifiers', () => {
    expect(hasNestedQuantifier('(a+)+')).toBe(true);
    expect(hasNestedQuantifier('(?:\\w+\\s){0,3}')).toBe(true);
    expect(hasNestedQuantifier('(?:[^.]|\\.\\d){0,40}')).toBe(false);
    expect(hasNestedQuantifier('(?:ab+)?c')).toBe(false);
    for (const id of LP_IDS) {
      for (const s of SIGNALS[id]) expect(hasNestedQuantifier(s.pattern.source), s.label).toBe(false);
    }
  });

  it('gives bare common words weight 1 at most', () => {
    for (const word of ['customer', 'customers', 'team', 'data', 'project', 'we', 'trust', 'quickly']) {
      for (const id of LP_IDS) {
        for (const s of SIGNALS[id]) {
          if (matches(s.pattern, word)) expect(s.weight, `${id}: ${s.label} on '${word}'`).toBe(1);
        }
      }
    }
    // The first test to run every signal compiles all of them (about 150 regexps, the longest over 12,000 characters):
    // a second or two alone, over 20 s on a machine loaded tenfold. The time allowed is for that, not a bound on speed,
    // which `npm run bench` measures (its case "map, adversarial principle inputs").
  }, 120_000);

  it('gives the same evidence however many stories were scored before (the g flag keeps no state between them)', () => {
    const text = { title: 't', action: 'I pulled the logs myself and traced the timeouts back to a stale cache.' };
    const first = scorePrinciples({ ...text });
    scorePrinciples({ title: 'other', action: 'The root cause was a stale cache; I pulled the logs myself.' });
    expect(scorePrinciples({ ...text })).toEqual(first);
  });

  const table: ReadonlyArray<[LpId, string, string, string]> = [
    [
      'customer-obsession',
      'worked backwards from the customer',
      'I worked backwards from what returning sellers needed at checkout.',
      'I worked back-to-back shifts during the launch.',
    ],
    [
      'customer-obsession',
      'named a specific customer segment',
      'I focused the first release on first-time sellers in rural markets.',
      'The new customer portal launched in May.',
    ],
    [
      'customer-obsession',
      'went to customers directly',
      'I sat in on calls with three sellers to watch them restock.',
      'I sat with the data team to plan the sprint.',
    ],
    [
      'customer-obsession',
      'named the pain customers felt',
      'Customers who opted out through the web form still received targeted emails.',
      'Customers who opted out were removed from the list.',
    ],
    [
      'customer-obsession',
      'moved a customer-facing measure',
      'Substitution complaints fell from 22% to 4% of orders.',
      'Complaints are handled by the support team.',
    ],
    [
      'customer-obsession',
      'made a trade-off for customers',
      'I held the release a week so shoppers would never see a double charge.',
      'I held the release a week so the team could rest.',
    ],
    [
      'customer-obsession',
      'said which customers were not served first',
      'I deprioritized the enterprise customers so small sellers got the fix first.',
      'I prioritized the fix for every account.',
    ],
    [
      'ownership',
      'picked up something nobody owned',
      'The migration fell between two teams and nobody owned it.',
      'Nobody knew the owner was on leave.',
    ],
    [
      'ownership',
      'picked up something nobody owned',
      'Neither the Security org nor the Platform org owned renewals.',
      'Neither the plan nor the budget changed.',
    ],
    [
      'ownership',
      'went beyond own scope',
      'Identity was outside my program, but I ran the post-mortem.',
      'The work was inside my program, and I ran the review.',
    ],
    [
      'ownership',
      'took ownership explicitly',
      'Hiring sat with recruiting, so I took on the pipeline and the rubric myself.',
      'I took on too much work that quarter.',
    ],
    [
      'ownership',
      'left an owner, hand-off or runbook behind',
      'To make time, I handed my smallest program to a peer.',
      'The runbooks went from four to one.',
    ],
    [
      'ownership',
      'went beyond own scope',
      "The billing alarm wasn't my team's, but I fixed it and wrote the runbook.",
      'I stayed within my scope and shipped on time.',
    ],
    [
      'invent-and-simplify',
      'removed something',
      'I removed three form fields from checkout.',
      'The removal crew arrived late.',
    ],
    [
      'invent-and-simplify',
      'removed something',
      'I eliminated the manual approval step for refunds under $50.',
      'I removed the blocker by calling the vendor.',
    ],
    [
      'invent-and-simplify',
      'removed something',
      'I retired eleven custom extensions before the upgrade.',
      'The archive kept soft-deleted copies for a year.',
    ],
    [
      'invent-and-simplify',
      'chose a lighter path than porting or a full build',
      'Rather than port 14 pipelines, I wrote one template.',
      'Rather than port the app to iOS first, I started with Android.',
    ],
    [
      'invent-and-simplify',
      'replaced something with a simpler one',
      'I replaced the manual sign-off with an automated policy check.',
      'I replaced the vendor with a cheaper one.',
    ],
    [
      'invent-and-simplify',
      'replaced something with a simpler one',
      'I replaced the custom scheduler with a simpler cron job.',
      'I replaced the old scheduler with a faster one.',
    ],
    [
      'invent-and-simplify',
      'cut steps or moving parts',
      'I removed three input fields and the confirmation screen.',
      'I cut the page load time in half.',
    ],
    [
      'invent-and-simplify',
      'consolidated several things into one',
      'I consolidated four dashboards into a single page.',
      'I consolidated feedback from four teams.',
    ],
    [
      'invent-and-simplify',
      'consolidated several things into one',
      'Runbooks went from four to one, and every team used a single template.',
      'Headcount went from four to six.',
    ],
    [
      'are-right-a-lot',
      'tried to disprove own view',
      'Before signing, I asked three support leads to test the cheapest bid.',
      'Before lunch, I asked the leads to join the call.',
    ],
    [
      'are-right-a-lot',
      'changed a call when the data changed',
      'I switched my recommendation to the runner-up.',
      'I switched teams in 2021.',
    ],
    [
      'are-right-a-lot',
      'sought out dissenting views',
      'Before deciding, I sought out dissenting views from two principal engineers.',
      'I had different views from the PM.',
    ],
    [
      'are-right-a-lot',
      'judgment proved right',
      'The call proved right when returns fell 12% in a month.',
      'I proved that the old design could not scale.',
    ],
    [
      'learn-and-be-curious',
      'taught themselves something new',
      'I taught myself enough SQL to read the query plans.',
      'I taught the new hires how to deploy.',
    ],
    [
      'hire-and-develop-the-best',
      'mentored or coached someone',
      'I mentored two junior TPMs through their first launches.',
      'Our mentorship budget was cut.',
    ],
    [
      'hire-and-develop-the-best',
      'helped someone earn a promotion',
      'She was promoted to senior engineer six months later.',
      'I was promoted to senior TPM in 2022.',
    ],
    [
      'insist-on-the-highest-standards',
      'refused to ship below the bar',
      'I refused to ship until the error rate was under 0.1%.',
      'The vendor refused to sign the contract.',
    ],
    [
      'insist-on-the-highest-standards',
      'refused to ship below the bar',
      'I refused to close the post-mortem with renewal as its only action.',
      'I closed the post-mortem on Friday.',
    ],
    [
      'insist-on-the-highest-standards',
      'stopped the line or held back suspect parts',
      'I stopped the line myself.',
      'A breakdown stopped the line for six hours.',
    ],
    [
      'insist-on-the-highest-standards',
      'made sure the fix stayed fixed',
      'There were zero certificate outages in the next 18 months.',
      'There was zero budget for the next quarter.',
    ],
    [
      'insist-on-the-highest-standards',
      'raised the bar',
      'When two directors asked for an exception, I held the bar.',
      'I held the door for the director.',
    ],
    [
      'insist-on-the-highest-standards',
      'raised the bar',
      'I raised the bar for launch reviews across the org.',
      'The bar was crowded after the offsite.',
    ],
    [
      'think-big',
      'set a multi-year vision',
      'I wrote a three-year roadmap for the fulfilment platform.',
      'I wrote a three-week plan for the migration.',
    ],
    [
      'think-big',
      'built a platform for many teams',
      'I drove a shared deployment platform that 40 teams now use.',
      'Our platform is shared by 3 teams.',
    ],
    [
      'bias-for-action',
      'acted on incomplete information',
      'I approved the rollout with incomplete data because peak was a week away.',
      'The data was complete by Friday.',
    ],
    [
      'think-big',
      'proposed a bigger goal than asked',
      'I proposed a bigger goal: one deployment path for every org.',
      'The bigger room was booked for the review.',
    ],
    [
      'hire-and-develop-the-best',
      'grew people into bigger roles',
      'Two rotation engineers now lead programs of 30 engineers.',
      'The program now leads the market in sign-ups.',
    ],
    [
      'bias-for-action',
      'did not wait for certainty',
      'I did not wait for a tag-by-tag legal ruling.',
      'Engineers now ship without waiting for a release manager.',
    ],
    [
      'bias-for-action',
      'framed the decision as reversible',
      'I shipped it behind a config flag I could reverse in minutes.',
      'I planted a flag on the roadmap.',
    ],
    [
      'bias-for-action',
      'framed the decision as reversible',
      'It was a two-way door, so I shipped it behind a flag.',
      'I walked through the door to the meeting.',
    ],
    [
      'frugality',
      'did it without new headcount or budget',
      'I delivered it without additional headcount.',
      'I asked for additional headcount and got it.',
    ],
    [
      'frugality',
      'saved cost',
      'That change saved $1.2M in annual hosting costs.',
      'The costs were reviewed monthly.',
    ],
    [
      'earn-trust',
      'owned a mistake openly',
      'It was my mistake: I underestimated the migration.',
      'It was my idea to migrate early.',
    ],
    [
      'frugality',
      'saved cost',
      'Annual spend fell from $3.2M to $1.9M.',
      'Agreeing the cut line early saves far more time than it costs.',
    ],
    [
      'earn-trust',
      'owned a mistake openly',
      'I called her within the hour and told her the miss was mine.',
      'The miss was a near one.',
    ],
    [
      'earn-trust',
      'owned a mistake openly',
      'That was my call and it was the wrong one: 212 invoices went out late.',
      'It was my call to make, and I made it on Monday.',
    ],
    [
      'earn-trust',
      'shared bad news candidly',
      'I told Maria Lopez, the finance controller, the same morning.',
      'I called off the rollout immediately, and emailed a patch to the vendor right away.',
    ],
    [
      'earn-trust',
      'named their own misstep',
      'I approved the cutover without checking who still read the field.',
      'I approved the cutover after checking every consumer.',
    ],
    [
      'earn-trust',
      'rebuilt trust after a failure',
      'Over the next quarter I rebuilt the relationship with the Payments team.',
      'I built a relationship map of the stakeholders.',
    ],
    [
      'dive-deep',
      'personally examined the data',
      'I pulled the traces myself and found the fraud check took 60% of the time.',
      'My analyst pulled together a summary deck.',
    ],
    [
      'dive-deep',
      'personally examined the data',
      'I read 400 beta complaints myself before the launch review.',
      'I read the launch plan aloud at the kickoff.',
    ],
    [
      'dive-deep',
      'personally examined the data',
      'I went back through six sprints of tickets and sorted the interrupts.',
      'We added a read replica for the portal queries.',
    ],
    [
      'dive-deep',
      'worked from months of raw data',
      'I picked the eight checks from two years of release bugs.',
      'The program took two years of effort.',
    ],
    [
      'dive-deep',
      'found the root cause',
      'I traced the gap to one dropped column in the lineage.',
      'I traced one request end to end through the system.',
    ],
    [
      'dive-deep',
      'found the root cause',
      'The root cause was an expired auth token.',
      'The tree roots damaged the cable.',
    ],
    [
      'have-backbone-disagree-and-commit',
      'disagreed, then committed',
      'I pushed back on the date with load-test data. Once the VP decided, I committed to it and ran the launch.',
      'I pushed back the launch by two weeks and committed to the new date.',
    ],
    [
      'have-backbone-disagree-and-commit',
      'disagreed or pushed back',
      'I pushed back on the plan to skip the load test.',
      'I pushed back the launch by two weeks.',
    ],
    [
      'deliver-results',
      'delivered despite a setback',
      'We launched on the original date despite losing two engineers mid-project.',
      'Despite the rain, the offsite went well.',
    ],
    [
      'deliver-results',
      'hit a hard date or target',
      'We hit the hard deadline for the holiday code freeze.',
      'The deadline was hard to define.',
    ],
    [
      'deliver-results',
      'hit a hard date or target',
      'All 120 stores opened on November 1.',
      'The stores open on weekdays.',
    ],
    [
      'deliver-results',
      'hit a hard date or target',
      'The change went live 19 days before the deadline.',
      'Four weeks before the deadline, the points ledger failed its load test.',
    ],
    [
      'deliver-results',
      'delivered despite a setback',
      'When two services failed canary checks, I paused them and kept the other 178 moving.',
      'I kept the other notes for later.',
    ],
    [
      'deliver-results',
      'cut scope to protect the date',
      'I cut the loyalty integration from launch scope.',
      'I cut my hair before the launch.',
    ],
    [
      'deliver-results',
      'exceeded the goal',
      'Pickup revenue landed $3.1M above forecast.',
      'The forecast was above my pay grade.',
    ],
    [
      'strive-to-be-earths-best-employer',
      'reduced on-call or after-hours load',
      'I cut on-call pages from 40 a week to 6.',
      'I called the team to confirm the plan.',
    ],
    [
      'strive-to-be-earths-best-employer',
      'reduced on-call or after-hours load',
      'Pages per on-call engineer fell from 30 to 11 a week.',
      'The pages of the design doc ran to 30.',
    ],
    [
      'success-and-scale-bring-broad-responsibility',
      'considered environmental impact',
      'I moved batch jobs to low-carbon regions to cut emissions.',
      'I set up a staging environment for the tests.',
    ],
    [
      'success-and-scale-bring-broad-responsibility',
      'made the product accessible',
      'I added screen reader support before launch.',
      'The API is accessible from any region.',
    ],
  ];

  it('covers at least 8 principles in the match table', () => {
    expect(new Set(table.map(([lp]) => lp)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(table)('%s / %s: matches the story sentence and not the near miss', (lp, label, hit, miss) => {
    const s = signal(lp, label);
    expect(matches(s.pattern, hit), hit).toBe(true);
    expect(matches(s.pattern, miss), miss).toBe(false);
  });
});

describe('principle(id)', () => {
  it('returns the principle with that id, for every id', async () => {
    const { principle, LP_IDS: ids } = await import('../../src/principles/catalog.js');
    for (const id of ids) expect(principle(id).id).toBe(id);
  });
});
