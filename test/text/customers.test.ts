import { describe, expect, it } from 'vitest';
import type { StoryData, TextField } from '../../src/bank/schema.js';
import { POINTS, readiness } from '../../src/lint/readiness.js';
import { scorePrinciples } from '../../src/principles/infer.js';
import { findCustomers, findInterviews, findInternalCustomers, namesSoftware, servesInternalCustomers, whomInterviewed } from '../../src/text/customers.js';

const story = (fields: Partial<StoryData>): StoryData => ({ title: 'A story', ...fields });

// A new user's trial (an engineering manager in Leeds): heads of department interviewed for a hiring round had been
// taken for customers. Whose customers are people inside the business: an internal platform's, not a hiring round's.
describe('servesInternalCustomers', () => {
  it.each<[Partial<StoryData>, boolean]>([
    [{ situation: 'Fourteen departments kept their own spreadsheets.' }, true],
    [{ situation: 'Business users waited a week for each report.' }, true],
    [{ title: 'Moving the group onto one data platform' }, true],
    [{ result: 'Internal users ran 3,000 queries a week on it.' }, true],
    [{ action: 'I rolled the reporting tool out across the business.' }, true],
    // A hiring round, for a platform team or not: the heads of department say what the roles need.
    [{ title: 'Building the data platform team', action: 'I interviewed 14 heads of department.' }, false],
    [{ task: 'I was the hiring manager for six roles on the data platform.' }, false],
    [{ situation: 'We had headcount for six engineers to serve the departments.' }, false],
    // The finance controllers a platform serves, as readiness counts them (not software controllers, nor "the
    // controllers" with no finance near); the candidate's own site managers are not, here as there.
    [{ situation: 'The finance controllers spent four days reconciling spreadsheets.' }, true],
    [{ situation: 'The plant controllers re-keyed the numbers.' }, true],
    [{ situation: 'The controllers waited three days for the month-end close.' }, true],
    [{ action: 'I rewrote the Kubernetes controllers and the ingress controllers.' }, false],
    [{ action: 'I rewrote the controllers in the API service.' }, false],
    [{ situation: 'Our site managers reported to me.' }, false],
    // The sellers a sales tool serves (a review's internal-tools story), not the candidate's own.
    [{ situation: 'Sales reps spent 20 minutes logging each lead in the CRM.' }, true],
    [{ situation: 'Account executives re-keyed every quote by hand.' }, true],
    [{ situation: 'Our sales reps spent 20 minutes logging each lead.' }, false],
    [{ situation: 'I managed eight sales reps on the inside team.' }, false],
    // The people and teams who use a data product; not software that reads a queue, nor consumers told as a program,
    // nor consumers outside.
    [{ situation: 'The downstream consumers of the data built their own workarounds.' }, true],
    [{ situation: 'The consumers of the feed complained every morning.' }, true],
    [{ task: 'I owned the pipeline for the three analytics consumers.' }, true],
    [{ situation: 'We ran 60 Kafka consumers on the orders topic.' }, false],
    [{ situation: 'The consumers of the feed crashed on the new schema.' }, false],
    [{ action: 'I restarted the downstream consumers of the data.' }, false],
    [{ situation: 'Consumers abandoned their baskets at checkout.' }, false],
    // Customers outside, or none named.
    [{ situation: 'Shoppers abandoned checkout on mobile.' }, false],
    [{ action: 'I interviewed 14 heads of department about the reorganisation.' }, false],
  ])('%j → %s', (fields, expected) => {
    expect(servesInternalCustomers(story(fields))).toBe(expected);
  });
});

// who29: what the story says where a principle matched is left out: the people a candidate interviewed are its users only
// where the story says so elsewhere.
describe('servesInternalCustomers, leaving out the phrase that matched', () => {
  const action = 'I interviewed six finance controllers.';
  const at = { field: 'action', index: 2, length: 'interviewed six finance controllers'.length } as const;

  it('hears nothing from the interview alone', () => {
    expect(servesInternalCustomers(story({ action }))).toBe(true);
    expect(servesInternalCustomers(story({ action }), at)).toBe(false);
  });

  it('hears the people, or what serves them, said anywhere else', () => {
    expect(servesInternalCustomers(story({ situation: 'The finance controllers spent four days reconciling.', action }), at)).toBe(true);
    expect(servesInternalCustomers(story({ title: 'A reporting platform for the group', action }), at)).toBe(true);
    expect(servesInternalCustomers(story({ action: `${action} Business users waited a week for each report.` }), at)).toBe(true);
  });

  it('is false for a hiring round whatever else it says', () => {
    expect(servesInternalCustomers(story({ title: 'Hiring the data platform team', situation: 'Business users waited a week.', action }), at)).toBe(false);
  });
});

// A review of the principle evidence: readiness counted "the finance controllers" as a story's customers and the
// principles' internal-customer signal did not. The people inside the business are one list, so whatever names them is a
// customer for readiness and an internal customer for the principles.
describe('findInternalCustomers', () => {
  it.each([
    'The finance controllers waited three days for the month-end numbers.',
    'The controllers waited three days for the month-end close.',
    'Credit controllers chased every invoice by hand.',
    'Store managers (about 230 of them) waited a day for their sales figures.',
    'Internal users ran 3,000 queries a week on it.',
    'Business users waited a week for each report.',
  ])('%j names people inside the business, who are customers for readiness too', (text) => {
    expect(findInternalCustomers(text)).not.toEqual([]);
    expect(findCustomers(text)).not.toEqual([]);
    expect(servesInternalCustomers(story({ situation: text }))).toBe(true);
  });

  it.each([
    'I rewrote the Kubernetes controllers and the ingress controllers.',
    'Our site managers reported to me.',
    'The warehouse managers on my team owned the rollout.',
    'I hired two regional managers.',
    'Shoppers abandoned their baskets at checkout.',
  ])('%j names no one inside the business who receives the work', (text) => {
    expect(findInternalCustomers(text)).toEqual([]);
    expect(servesInternalCustomers(story({ situation: text }))).toBe(false);
  });
});

// signals27: "the consumers of the topic" were customers for the principles' 'mentions customers', which knew software
// only by the word right before it ("Kafka consumers"), and readiness knew only consumers. Consumers, clients,
// subscribers and API callers are software where they read or call a queue, a topic, an API, a stream or a library, for
// both; the people at the businesses that call an API are not.
describe('namesSoftware', () => {
  const word = /\b(?:consumers?|clients?|subscribers?|callers?)\b/i;
  const software = (text: string) => {
    const m = word.exec(text)!;
    return namesSoftware(text, m.index, m[0].length);
  };

  it.each([
    'We ran 60 Kafka consumers on the orders topic.',
    'The consumers of the topic fell behind at peak.',
    'We ran twelve consumers on the orders queue.',
    'The Kafka order consumers lagged.',
    "The library's consumers broke on the upgrade.",
    'The consumers of the feed crashed on the new schema.',
    'I restarted the downstream consumers.',
    "The API's clients retried every failed call.",
    'The clients of the payments API timed out.',
    'The gRPC clients leaked connections.',
    'Email clients rendered the receipt badly.',
    // A review of that change: the old look-behind's test, root and IAM clients.
    'We created 40 test clients in the sandbox.',
    'I rotated the secrets of all IAM clients.',
    'The root client kept its old certificate.',
    'The client libraries pinned an old TLS version.',
    'SNS subscribers got every event twice.',
    'Subscribers to the orders topic lagged by an hour.',
    'Event subscribers retried for a day.',
    'API callers hit the rate limit.',
    // A new user's trial: the parts of a consumer or a subscriber, hyphened.
    'We added consumer-lag metrics to the dashboard.',
    'Consumer-group rebalances stalled every deploy.',
    'Subscriber-lag alerts fired all night.',
  ])('%j names software', (text) => {
    expect(software(text)).toBe(true);
    expect(findCustomers(text)).toEqual([]);
  });

  it.each([
    'API consumers at our partner banks waited a month for sandbox access.',
    'API clients at Monzo and Starling asked for webhooks.',
    'The API consumers in other teams waited a week for keys.',
    'Consumers abandoned their baskets at checkout.',
    'The rest of our consumers stayed.',
    'Our clients waited a week for each statement.',
    'Clients in the queue at the branch waited an hour.',
    "The broker's clients got their renewals late.",
    'Client groups with over £1m saw the new fees first.',
    'Our newsletter subscribers doubled.',
    'Streaming subscribers churned after the price rise.',
    'Callers in the queue waited 20 minutes.',
    // …while a word hyphened on that is no part of the software still names people.
    'Consumer-facing prices rose twice that year.',
    'Our consumer-goods clients asked for weekly reports.',
  ])('%j names people', (text) => {
    expect(software(text)).toBe(false);
    expect(findCustomers(text)).not.toEqual([]);
  });
});

// signals27: the legal and operating teams were no internal customers, while finance controllers and data consumers
// were. A team inside the business is one where the story serves it (its pain or load, a tool made or time saved for
// it, what the operating teams needed); not as a gate or a partner, nor as the candidate's own.
describe('the teams inside the business a story serves', () => {
  it.each([
    'The legal team waited a week for each data pull.',
    'Legal spent two days per matter chasing acknowledgements.',
    'Compliance analysts re-keyed every alert into a spreadsheet.',
    "Legal's review backlog was six weeks long.",
    'The warehouse ops team re-keyed every order by hand.',
    'Support agents searched three systems for each refund.',
    'The on-call SREs were paged 40 times a week.',
    'I built a dashboard for the warehouse ops team.',
    'It saved 20 hours a week for the support team.',
    'The ops team needed a way to see late trucks.',
    "Our airline's rebooking tool for contact-centre agents ran on a mainframe screen.",
  ])('%j names an internal customer, for the principles and for readiness', (text) => {
    expect(findInternalCustomers(text)).not.toEqual([]);
    expect(findCustomers(text)).not.toEqual([]);
    expect(servesInternalCustomers(story({ situation: text }))).toBe(true);
  });

  it.each([
    // A gate or a partner.
    'Legal signed off the terms.',
    'Compliance approved the launch.',
    'I aligned with legal and compliance on the wording.',
    'Legal needed two weeks to review the contract.',
    'I worked with the support team on the rollout.',
    'The ops team owned the rollout.',
    // The candidate's own.
    'My support team was drowning in tickets.',
    'I led the ops team through peak.',
    'The SREs on my team were paged 40 times a week.',
    'I was one of the on-call SREs and was paged every night.',
    'The ops team (12 people, reporting to me) re-keyed every order.',
    // Engineering's own operations, and legal as a word.
    'The DevOps team waited for approvals.',
    'The legal risk was high.',
  ])('%j names no team the story serves', (text) => {
    expect(findInternalCustomers(text)).toEqual([]);
    expect(findCustomers(text)).toEqual([]);
  });
});

// A new user's trial (a senior ML engineer in Bengaluru, Indian English): `map --evidence` counted "I interviewed 23 data
// scientists" as customers gone to (+3) where readiness said "no customer": readiness and the principles each decided with
// their own list of colleagues. Whom an interview went to is one decision now (whomInterviewed), and each row holds it
// for both: the story's readiness customer, and the Customer Obsession evidence the interview gives.
describe('whom an interview went to: one decision for readiness and the principles', () => {
  const GONE_TO = { customers: 'went to customers directly', 'internal customers': 'went to internal customers directly' } as const;
  const coLabels = (s: StoryData) => scorePrinciples(s).find((p) => p.id === 'customer-obsession')?.evidence.map((e) => e.label) ?? [];

  it.each<[string, Partial<StoryData>, 'customers' | 'internal customers' | 'no customers' | undefined]>([
    // Colleagues or staff: no customers by the interview, whatever their job.
    ['data scientists', { action: 'I interviewed 23 data scientists about how they built features.' }, 'no customers'],
    ['engineers of one team', { action: 'I interviewed 14 payments engineers before the design review.' }, 'no customers'],
    ['ops team leads', { action: 'I interviewed six ops team leads about their pick paths.' }, 'no customers'],
    ['store managers', { action: 'I interviewed 12 store managers about their stock counts.' }, 'no customers'],
    ['finance controllers', { action: 'I interviewed six finance controllers.' }, 'no customers'],
    ['business users', { action: 'I interviewed ten business users.' }, 'no customers'],
    // …internal customers where the story serves them beyond the interview.
    ['finance controllers of a reporting platform', { title: 'A reporting platform for the group', action: 'I interviewed six finance controllers.' }, 'internal customers'],
    ['data scientists of an analytics platform', { situation: 'Every model team waited on the analytics platform for features.', action: 'I interviewed 23 data scientists about how they built features.' }, 'internal customers'],
    ['store managers who waited', { situation: 'Store managers waited a day for their sales figures.', action: 'I interviewed 12 store managers.' }, 'internal customers'],
    // …but not the candidate's own, nor in a hiring round.
    ['my own analysts', { title: 'A reporting platform for the group', action: 'I interviewed all my analysts.' }, 'no customers'],
    ['heads of department for a hiring round', { title: 'Building the data platform team', action: 'I interviewed 14 heads of department.' }, 'no customers'],
    // A hiring round's people, another business, and no people at all.
    ['candidates', { action: 'I interviewed eight candidates for the role.' }, 'no customers'],
    ['leavers', { action: 'I interviewed nine recent leavers myself.' }, 'no customers'],
    ['vendors', { action: 'I interviewed three vendors before the RFP.' }, 'no customers'],
    ['three times', { action: 'I was interviewed three times by the panel.' }, 'no customers'],
    // People outside: customers, by any name.
    ['shoppers', { action: 'I interviewed 40 shoppers.' }, 'customers'],
    ['nurses', { action: 'I interviewed ten nurses about the discharge screen.' }, 'customers'],
    ['garage owners', { action: 'I interviewed twelve garage owners and mapped the onboarding journey.' }, 'customers'],
    ['delivery partners', { action: 'I interviewed 30 delivery partners about their payouts.' }, 'customers'],
    ['travel agents', { action: 'I interviewed 15 travel agents about the booking screen.' }, 'customers'],
    ['developers at the businesses that use it', { action: 'I interviewed 20 developers at our partner banks about the sandbox.' }, 'customers'],
  ])('%s: %j → %s', (_name, fields, whom) => {
    const s = story(fields);
    const field = (Object.keys(fields) as TextField[]).find((f) => /interviewed/.test(s[f] ?? ''))!;
    expect(whomInterviewed(s, field, s[field]!.indexOf('interviewed'))).toBe(whom);
    // Readiness has a customer exactly where the interview is one: these stories name no other.
    expect(readiness(s).parts.customer).toBe(whom === 'customers' || whom === 'internal customers' ? POINTS.customer : 0);
    // …and the principles hear the interview as going to those customers, and only those.
    const labels = coLabels(s);
    for (const [as, label] of Object.entries(GONE_TO)) expect([as, labels.includes(label)]).toEqual([as, whom === as]);
  });

  it('leaves alone an interview whose words name no one it can tell', () => {
    expect(whomInterviewed(story({ action: 'I interviewed Monika Krawczyk, the stores manager.' }), 'action', 2)).toBeUndefined();
    expect(whomInterviewed(story({ action: 'I interviewed them about what customers needed.' }), 'action', 2)).toBeUndefined();
    expect(whomInterviewed(story({ action: 'I reviewed 40 shoppers.' }), 'action', 2)).toBeUndefined();
  });

  it('gives colleagues interviewed about what customers needed no customers gone to, and keeps the customers named', () => {
    const s = story({ action: 'I interviewed our product managers about what customers needed.' });
    expect(coLabels(s)).not.toContain('went to customers directly');
    expect(readiness(s).parts.customer).toBe(POINTS.customer);
  });

  it('finds each interview a text tells, with whom it went to', () => {
    expect(findInterviews('I interviewed 12 store managers and later interviewed 40 shoppers at three stores.').map((i) => i.kind)).toEqual(['inside', 'outside']);
    expect(findInterviews('Nobody was interviewed.')).toEqual([]);
  });
});
