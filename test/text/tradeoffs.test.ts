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
    ['The price was a second licence.', 'The price was a '],
    ['- Downside: two engineers lose Fridays.', 'Downside:'],
    ['The cost was that old searches take minutes.', 'The cost was that'],
    ['I weighed a cut-over against a parallel run.', 'weighed a cut-over against'],
    ['I worked out a compromise with the lead.', 'compromise'],
    ['That meant accepting a manual review.', 'meant accepting'],
    ['I kept it, even if it meant paying twice.', 'even if it meant'],
    ['I put the spring intake on hold, whilst that meant a wait.', 'whilst that meant'],
    ['They said they could live with it.', 'could live with'],
    ['I left offline editing out of the first release.', 'left offline editing out of the first release'],
    ['I pushed the go-live by a fortnight.', 'pushed the go-live by a fortnight'],
    ['I moved six countries to an autumn wave.', 'moved six countries to an autumn'],
    ['I prioritised the consent feed above the dashboards.', 'prioritised the consent feed above'],
    ["I'd rather launch three well than nine badly.", "'d rather launch three well than"],
    ['The bulk upload could wait until Q3.', 'could wait until Q3'],
    ['I pulled the logs and sized for peak instead of the average.', 'instead of'],
    ['Rather than a big-bang cut-over, I ran both.', 'Rather than'],
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
    'The root cause was stale rules rather than the model.',
    'Approvals now take hours rather than days.',
    'Staff texted each other codes instead of using the app.',
    'The cost was $40k a month.',
    'Our cloud cost was rising 6% a month.',
    'I checked every card balance against the old system.',
    'Twelve accounts were compromised by phishing.',
    'After the compromise of the build server, I rotated every key.',
    'Customers had to live with slow pages for a year.',
    'I prioritised the fixes ahead of the holiday peak.',
    'The vendor pushed the launch by two weeks.',
    'Customers would have to wait three days for a refund.',
  ])('finds none in %j', (text) => {
    expect(texts(text)).toEqual([]);
  });
});
