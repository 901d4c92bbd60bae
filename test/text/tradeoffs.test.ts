import { describe, expect, it } from 'vitest';
import { findTradeoffs } from '../../src/text/tradeoffs.js';

const texts = (text: string) => findTradeoffs(text).map((m) => m.text);

describe('findTradeoffs', () => {
  it.each([
    ['I chose Kafka over Kinesis.', 'chose Kafka over'],
    ['I shipped it instead of waiting.', 'instead of'],
    ['I deprioritised the console.', 'deprioritised'],
    ['I delayed the launch two weeks.', 'delayed'],
    ['I cut the reporting feature from the launch.', 'cut the reporting feature from the launch'],
    ['We accepted a 5% higher bill.', 'accepted a 5% higher'],
    ['- Deferred the rewrite to H2.', 'Deferred'],
  ])('finds a trade-off in %j', (text, expected) => {
    expect(texts(text)).toContain(expected);
  });

  it.each([
    'Latency was cut by 30%.',
    'The launch was delayed by the vendor.',
    'The vendor delayed the shipment.',
    'The vendor dropped support for TLS 1.0.',
    'Complaints dropped from 120 to 35.',
    'I cut costs by $200k.',
    'The regulator accepted our disclosure with no penalty.',
    'Instead, I asked each lead for a date.',
  ])('finds none in %j', (text) => {
    expect(texts(text)).toEqual([]);
  });
});
