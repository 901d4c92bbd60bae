import { describe, expect, it } from 'vitest';
import { findPartnerMentions } from '../../src/text/names.js';

const found = (text: string) => findPartnerMentions(text).map((m) => [m.kind, m.text]);

describe('findPartnerMentions', () => {
  it.each([
    ['I worked with Priya Nair.', [['name', 'Priya Nair']]],
    ['I convinced Dana to wait.', [['name', 'Dana']]],
    ['Tomás agreed to own it.', [['name', 'Tomás']]],
    ['I asked the Payments engineering manager.', [['role', 'engineering manager']]],
    ['I asked our VP of Sales.', [['role', 'VP of Sales']]],
    ['I asked the director of engineering.', [['role', 'director of engineering']]],
    ['I asked the CFO.', [['role', 'CFO']]],
  ])('finds the partner in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'I worked with stakeholders and my manager.',
    'A coworker helped.',
    'Leadership approved it.',
    'I moved from RabbitMQ to Kafka and tracked it in Jira.',
    'I replaced Jenkins with GitHub Actions.',
    'We signed with Textly and read the Textly docs.',
    'I asked the finance analysts and the engineering managers.',
    'As the TPM for Payments, I owned it.',
    'On Monday we moved to Java 17 before Black Friday.',
  ])('finds nobody in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
