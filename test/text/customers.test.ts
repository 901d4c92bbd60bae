import { describe, expect, it } from 'vitest';
import type { StoryData } from '../../src/bank/schema.js';
import { servesInternalCustomers } from '../../src/text/customers.js';

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
    // Customers outside, or none named.
    [{ situation: 'Shoppers abandoned checkout on mobile.' }, false],
    [{ action: 'I interviewed 14 heads of department about the reorganisation.' }, false],
  ])('%j → %s', (fields, expected) => {
    expect(servesInternalCustomers(story(fields))).toBe(expected);
  });
});
