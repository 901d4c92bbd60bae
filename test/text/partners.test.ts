import { describe, expect, it } from 'vitest';
import { nobodyIn, partnerItems, readPartner, readPartners } from '../../src/text/partners.js';

describe('partnerItems', () => {
  it.each([
    ['Deepa Menon', ['Deepa Menon']],
    ['Deepa Menon, Rohit Sharma', ['Deepa Menon', 'Rohit Sharma']],
    // A comma inside brackets is the role's (a new user's trial wrote the roles in brackets).
    ['Deepa Menon (LabelKart account manager), Rohit Sharma (Procurement)', ['Deepa Menon (LabelKart account manager)', 'Rohit Sharma (Procurement)']],
    ['Deepa Menon (LabelKart, account manager), Rohit Sharma', ['Deepa Menon (LabelKart, account manager)', 'Rohit Sharma']],
    ['Deepa Menon [LabelKart, AM], Rohit Sharma {Procurement, Pune}', ['Deepa Menon [LabelKart, AM]', 'Rohit Sharma {Procurement, Pune}']],
    ['Deepa Menon (LabelKart (Bengaluru), AM), Rohit', ['Deepa Menon (LabelKart (Bengaluru), AM)', 'Rohit']],
    // With a semicolon, as `new` asks for them, each item is "Name, role".
    ['Deepa Menon, LabelKart account manager; Rohit Sharma, Procurement', ['Deepa Menon, LabelKart account manager', 'Rohit Sharma, Procurement']],
    ['Deepa Menon (AM; LabelKart), Rohit Sharma', ['Deepa Menon (AM; LabelKart)', 'Rohit Sharma']],
    // A bracket never closed takes the rest; one never opened is text.
    ['Deepa Menon (AM, Rohit Sharma', ['Deepa Menon (AM, Rohit Sharma']],
    ['Deepa Menon) AM, Rohit Sharma', ['Deepa Menon) AM', 'Rohit Sharma']],
    // Without a semicolon, an item that reads as a role is the role of the name before it, as `new --partner` asks
    // for it (a fresh-eyes review: "Payments EM" was read as a second partner, and redacted as one).
    ['Priya Nair, Payments EM', ['Priya Nair, Payments EM']],
    ['Diane Okafor, VP of Marketing', ['Diane Okafor, VP of Marketing']],
    // The job words are the name detection's roles: a post it knows is a role here too.
    ['Deepa Menon, Harbour Master', ['Deepa Menon, Harbour Master']],
    ['Deepa Menon, Incident Commander', ['Deepa Menon, Incident Commander']],
    ['Deepa Menon, account manager at LabelKart', ['Deepa Menon, account manager at LabelKart']],
    ['Deepa Menon, the platform team lead, Rohit Sharma', ['Deepa Menon, the platform team lead', 'Rohit Sharma']],
    ['Priya Nair, Payments EM, Rohit Sharma, Procurement manager', ['Priya Nair, Payments EM', 'Rohit Sharma, Procurement manager']],
    ['Priya Nair , Payments EM ,', ['Priya Nair , Payments EM']],
    // …and its twins: names, a name of a job word's letters in lower case, a role told first, one more partner after "and".
    ['Deepa Menon, Rohit Sharma, Ana Lima', ['Deepa Menon', 'Rohit Sharma', 'Ana Lima']],
    ['Deepa Menon, Em Watson', ['Deepa Menon', 'Em Watson']],
    ['the Payments EM, the Risk lead', ['the Payments EM', 'the Risk lead']],
    ['Priya Nair, Payments EM, Risk lead', ['Priya Nair, Payments EM', 'Risk lead']],
    ['Deepa Menon, Rohit Sharma, and the Payments EM', ['Deepa Menon', 'Rohit Sharma', 'and the Payments EM']],
    ['priya, rohit', ['priya', 'rohit']],
    ['  a ,, b ;', ['a ,, b']],
    [' , ', []],
    ['', []],
  ])('reads %j', (text, items) => {
    const read = partnerItems(text);
    expect(read.map((i) => i.text)).toEqual(items);
    for (const item of read) expect(text.slice(item.start, item.end)).toBe(item.text);
  });
});


describe('partnerItems: a department, function or organisation after a name', () => {
  const reads = (text: string, items: string[]) => {
    const read = partnerItems(text);
    expect(read.map((i) => i.text)).toEqual(items);
    for (const item of read) expect(text.slice(item.start, item.end)).toBe(item.text);
  };

  // One partner: a person's name and where they sit.
  it.each([
    ['Sam Lee, Legal'],
    ['Rohit Sharma, Procurement'],
    ['Sam Lee, Finance'],
    ['Sam Lee, Security'],
    ['Sam Lee, Compliance'],
    ['Sam Lee, Marketing'],
    ['Sam Lee, HR'],
    ['Sam Lee, Ops'],
    ['Sam Lee, SRE'],
    ['Sam Lee, Platform team'],
    ['Sam Lee, the Procurement team'],
    ['Sam Lee, Payments Ops'],
    ['Sam Lee, Finance & Ops'],
    ['Sam Lee, Trust and Safety'],
    ['Sam Lee, Legal (EU)'],
    ['Sam Lee, legal'],
    // A job's initials, and an organisation's after a person.
    ['Ana Costa, VP Eng'],
    ['Dr. Mei Lin, FDA'],
    ['Tom Hale, NHS'],
    ['Jo (PM)'],
    ['Jo, PM'],
    // A given name and a surname that is a job word too is a person's name, with a department after it; a post of that
    // word is a role.
    ['Tom Clerk, Legal'],
    ['Priya Shah, Town Clerk'],
    ['Priya Shah, Head Clerk'],
    ['Priya Shah, Store Clerk'],
    ['Priya Shah, Filing Clerk'],
    ['Priya Shah, Shop Steward'],
    ['Ann Cook, Legal'],
  ])('reads %j as one partner', (text) => {
    reads(text, [text]);
  });

  // Several: two names, two departments, two organisations, or a name that is no role.
  it.each([
    ['Sam Lee, Priya Shah', ['Sam Lee', 'Priya Shah']],
    ['Legal, Finance', ['Legal', 'Finance']],
    ['Legal, Finance, Procurement', ['Legal', 'Finance', 'Procurement']],
    // "and" joins one item: a department may be "Legal and Finance".
    ['Ops, Legal and Finance', ['Ops', 'Legal and Finance']],
    ['AWS, Stripe', ['AWS', 'Stripe']],
    ['AWS, FDA', ['AWS', 'FDA']],
    // A place or a company after a name or a team could be someone's name: write it in brackets to keep it.
    ['the Payments team, Berlin', ['the Payments team', 'Berlin']],
    ['Sam Lee, Stripe', ['Sam Lee', 'Stripe']],
    // A department takes no role, nor a role, nor a partner whose role is in brackets.
    ['Legal, Sam Lee', ['Legal', 'Sam Lee']],
    ['the Payments EM, Legal', ['the Payments EM', 'Legal']],
    ['Sam Lee, Legal, Finance', ['Sam Lee, Legal', 'Finance']],
    ['Rohit Sharma (Procurement), Finance', ['Rohit Sharma (Procurement)', 'Finance']],
    // A partner told with a role in brackets is no role of the one before: two people.
    ['Jo (Legal), Sam Lee (PM)', ['Jo (Legal)', 'Sam Lee (PM)']],
    ['Sam Lee, Legal, Priya Shah, Finance', ['Sam Lee, Legal', 'Priya Shah, Finance']],
    ['Sam Lee, and Legal', ['Sam Lee', 'and Legal']],
    // A first name in lower case is no person's, so a department after it is another partner.
    ['priya, legal', ['priya', 'legal']],
    // A surname that is a job word too, after a given name, is a name, not a role of the partner before it.
    ['Sam Lee, Tom Clerk', ['Sam Lee', 'Tom Clerk']],
    ['Sam Lee, Ann Steward', ['Sam Lee', 'Ann Steward']],
    ['Sam Lee, Jo Foreman, Legal', ['Sam Lee', 'Jo Foreman, Legal']],
    ['Sam Lee, Tom Baker', ['Sam Lee', 'Tom Baker']],
    ['Sam Lee, Ann Cook', ['Sam Lee', 'Ann Cook']],
    ['Sam Lee, Jo Mason', ['Sam Lee', 'Jo Mason']],
    ['Sam Lee, Ruth Judge', ['Sam Lee', 'Ruth Judge']],
  ])('reads %j as several partners', (text, items) => {
    reads(text, items);
  });
});

describe('readPartner', () => {
  it.each([
    ['Rohit Sharma (Procurement)', { name: 'Rohit Sharma', role: 'Procurement' }],
    ['Rohit Sharma, Procurement', { name: 'Rohit Sharma', role: 'Procurement' }],
    ['Rohit Sharma - Procurement', { name: 'Rohit Sharma', role: 'Procurement' }],
    ['Rohit Sharma—Procurement', { name: 'Rohit Sharma', role: 'Procurement' }],
    ['Jo (PM)', { name: 'Jo', role: 'PM' }],
    ['Deepa Menon (LabelKart, account manager)', { name: 'Deepa Menon', role: 'LabelKart, account manager' }],
    ['Deepa Menon [LabelKart, AM]', { name: 'Deepa Menon', role: 'LabelKart, AM' }],
    ['Jo (PM), Payments', { name: 'Jo', role: 'PM, Payments' }],
    ['Jean–Luc Picard (CTO)', { name: 'Jean–Luc Picard', role: 'CTO' }],
    // A comma or a dash before the bracket cuts first; the bracket is the role's.
    ['Priya Nair, Payments EM (Berlin)', { name: 'Priya Nair', role: 'Payments EM (Berlin)' }],
    // A bracket never closed runs to the end.
    ['Deepa Menon (AM, LabelKart', { name: 'Deepa Menon', role: 'AM, LabelKart' }],
    // No role: a name, a department or a role alone, empty brackets, nothing before the bracket.
    ['Sam Lee', { name: 'Sam Lee' }],
    ['Legal', { name: 'Legal' }],
    ['the Payments EM', { name: 'the Payments EM' }],
    ['Rohit Sharma ()', { name: 'Rohit Sharma' }],
    ['(PM) Jo', { name: '(PM) Jo' }],
    ['Ramesh Iyer -', { name: 'Ramesh Iyer' }],
    ['  Sam Lee  ', { name: 'Sam Lee' }],
  ])('reads %j', (written, partner) => {
    expect(readPartner(written)).toEqual(partner);
  });
});

describe('readPartners', () => {
  // A review: one partner written as text that names two ("Sam Lee, Priya Shah") was read as a name and a role.
  it.each([
    // Two names, or a name after a name and its role, are two partners, as a `partners:` line reads them.
    ['Sam Lee, Priya Shah', [{ name: 'Sam Lee' }, { name: 'Priya Shah' }]],
    ['Sam Lee, Tom Clerk', [{ name: 'Sam Lee' }, { name: 'Tom Clerk' }]],
    ['Sam Lee, Legal, Priya Shah', [{ name: 'Sam Lee', role: 'Legal' }, { name: 'Priya Shah' }]],
    ['Sam Lee (Legal), Priya Shah (PM)', [{ name: 'Sam Lee', role: 'Legal' }, { name: 'Priya Shah', role: 'PM' }]],
    ['Deepa Menon, account manager; Rohit Sharma, Procurement', [{ name: 'Deepa Menon', role: 'account manager' }, { name: 'Rohit Sharma', role: 'Procurement' }]],
    // …and a name with a role, a department, lower-case words or a post after it is one, as readPartner reads it.
    ['Rohit Sharma, Procurement', [{ name: 'Rohit Sharma', role: 'Procurement' }]],
    ['Priya Nair, Payments EM', [{ name: 'Priya Nair', role: 'Payments EM' }]],
    ['Priya Nair, Payments EM, Risk lead', [{ name: 'Priya Nair', role: 'Payments EM, Risk lead' }]],
    ['Jo (PM), Payments', [{ name: 'Jo', role: 'PM, Payments' }]],
    ['Deepa Menon, account manager at LabelKart', [{ name: 'Deepa Menon', role: 'account manager at LabelKart' }]],
    ['Priya Shah, Town Clerk', [{ name: 'Priya Shah', role: 'Town Clerk' }]],
    ['Tom Clerk, Legal', [{ name: 'Tom Clerk', role: 'Legal' }]],
    ['Tom Clerk', [{ name: 'Tom Clerk' }]],
    ['Sam Lee', [{ name: 'Sam Lee' }]],
  ])('reads %j', (written, partners) => {
    expect(readPartners(written)).toEqual(partners);
  });
});

// Two new users' trials: `partners: [the team, everyone, TBD]`, and a sentence saved as a partner, counted as partners.
describe('nobodyIn', () => {
  it.each([
    ['TBD', 'placeholder'],
    ['TODO', 'placeholder'],
    ['(TBC)', 'placeholder'],
    ['n/a', 'placeholder'],
    ['?', 'placeholder'],
    ['<name>', 'placeholder'],
    ['Name, role', 'placeholder'],
    ['the team', 'generic'],
    ['everyone', 'generic'],
    ['stakeholders', 'generic'],
    ['my manager', 'generic'],
    ['the wider team and leadership', 'generic'],
    // A Lagos engineering manager's trial: "my oga" is Nigerian English for "my boss"; a role word alone names no one.
    ['my oga', 'generic'],
    ['Oga', 'generic'],
    ['my boss', 'generic'],
    ['my supervisor', 'generic'],
    ['the head', 'generic'],
    ['I chose paid runners over self-hosted to save setup time.', 'sentence'],
    ['We agreed the plan with two teams', 'sentence'],
    ['Cut the export to ship the core flow on time.', 'sentence'],
  ])('reads %j as naming nobody: %s', (written, why) => {
    expect(nobodyIn(readPartner(written))).toBe(why);
  });

  it.each([
    'Sam Lee',
    'Jo',
    'Legal',
    'IT',
    'Acme Corp',
    'Kate from Legal',
    'Someone from Legal',
    'Rohit Sharma (Procurement)',
    'the Payments team',
    'the IT team',
    'the Payments EM',
    'the CFO',
    'Head of Sales',
    'Dr. Mei Lin, FDA',
    'Deepa Menon, account manager at LabelKart.',
    // A placeholder's role still says who: a function.
    'TBD (Procurement)',
    // A boss with a name, or the head of a function, names someone.
    'my oga, Tunde Bakare',
    'Tunde Bakare (my oga)',
    'the head of Compliance',
    'Ogabi Adeyemi',
  ])('reads %j as naming someone', (written) => {
    expect(nobodyIn(readPartner(written))).toBeUndefined();
  });

  it('reads a mapping by its name and its role', () => {
    expect(nobodyIn({ name: 'TBD' })).toBe('placeholder');
    expect(nobodyIn({ name: 'TBD', role: 'TODO' })).toBe('placeholder');
    expect(nobodyIn({ name: 'the team', role: 'Payments engineering manager' })).toBeUndefined();
    expect(nobodyIn({ name: 'Priya Nair', role: 'TBD' })).toBeUndefined();
  });
});
