import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/bank/schema.js';
import { askedKind, isKind } from '../../src/drill/kinds.js';
import { loadQuestions } from '../../src/drill/questions.js';
import { ROOT } from '../helpers.js';

describe('askedKind: the kind of story a question asks for by its words', () => {
  it.each([
    ['Tell me about an incident that hurt customers. What did you do in the first few hours?', 'incident'],
    ['Tell me about an outage you investigated.', 'incident'],
    ['Tell me about a time the site went down during a launch.', 'incident'],
    ['Walk me through a Sev-1 you ran.', 'incident'],
    ['Tell me about a time you failed.', 'failure'],
    ['Tell me about the biggest failure of your career.', 'failure'],
    ['Tell me about a mistake on your program that was clearly your fault.', 'failure'],
    ['Tell me about a fast decision you made that turned out to be wrong.', 'failure'],
    ['Tell me about a time your judgment turned out to be wrong.', 'failure'],
    ['Tell me about a time you pushed back hard and later realized you were wrong.', 'failure'],
    ['Tell me about a time a project went badly.', 'failure'],
    // A twentieth user's trial: a miss of the candidate's own, and a regret.
    ['Tell me about a program that did not deliver what it promised.', 'failure'],
    ['Give me an example of a bold goal you set and missed.', 'failure'],
    ['Tell me about a launch that fell short of its targets.', 'failure'],
    ["Tell me about a target you didn't meet.", 'failure'],
    ['Tell me about a commitment your team could not meet.', 'failure'],
    ['Tell me about a time a project you led missed its deadline.', 'failure'],
    ['Have you ever missed a commitment to a customer?', 'failure'],
    ['Did you ever miss a goal you had promised your director?', 'failure'],
    // Missing something yourself in a review is an oversight of yours, and what a failure story answers.
    ['Tell me about a time you missed something in a review.', 'failure'],
    ['Describe a project you wish you had done better.', 'failure'],
    ['Which decision would you take back if you could?', 'failure'],
    ['What is your biggest professional regret?', 'failure'],
    // Both: the incident is what to tell.
    ['Tell me about a mistake of yours that caused an outage.', 'incident'],
    // Neither: a check before deciding, someone else's error caught, a design term, a failover, another team's post-mortem.
    ['Describe a decision where you went looking for evidence that you were wrong before committing.', undefined],
    ['Describe a time you questioned a cost or capacity number and it turned out to be wrong.', undefined],
    ['How did you remove a single point of failure from a service you owned?', undefined],
    ['Tell me about the failure modes you planned for in your last launch.', undefined],
    ['Tell me about a time you failed over a database under pressure.', undefined],
    ['Tell me about a time you studied another team’s post-mortem and applied the lessons.', undefined],
    ['Tell me about a time you disagreed with your manager.', undefined],
    // A goal met or exceeded; a miss someone else made, nearly made or never made; nothing missed.
    ['Give me an example of a bold goal you set and exceeded.', undefined],
    ['Give me an example of a goal you set for a program and the number that showed you had met it.', undefined],
    ['Tell me about a time you hit the original target and then pushed the team further.', undefined],
    ['Describe the last time a team you worked with missed a deadline. What did you do next?', undefined],
    ['Tell me about a time you caught an error in a status report that everyone else had missed.', undefined],
    ['A partner keeps missing commitments that your program depends on. How would you handle it?', undefined],
    ['Tell me about a time you almost missed a deadline.', undefined],
    ['Tell me about a program that never missed a date.', undefined],
    ["Tell me about a time you didn't miss a deadline despite losing half the team.", undefined],
    ['Tell me about a time you managed regrettable attrition on your team.', undefined],
    // A Leeds engineering manager's trial: drill ranked his vendor-escalation story last for an escalation question.
    // The candidate escalating is a kind; an escalation avoided or received is not; an incident escalated is an incident.
    ['Give me an example of escalating a problem to senior leadership when others preferred to keep it quiet.', 'escalation'],
    ['Tell me about a time you had to escalate a risk to your VP.', 'escalation'],
    ['Describe a time you escalated an issue over your manager’s head.', 'escalation'],
    ['Tell me about a time you resolved a disagreement without escalating.', undefined],
    ['Tell me about a time you settled a conflict rather than escalate it.', undefined],
    ['Tell me about a customer escalation you handled.', undefined],
    ['Tell me about an issue a customer escalated to you.', undefined],
    ['Tell me about an outage you escalated to the vendor.', 'incident'],
    // A thirty-fifth user's trial: a question that asks for something shut down, or for a no said to a request, put a
    // story that showed the principles more strongly before the one that answers it.
    ['Tell me about a system, service or process you shut down to free up people or money.', 'shutdown'],
    ['Tell me how you would decide to kill a project that people have already invested a lot in.', 'shutdown'],
    ['Describe a legacy tool you retired.', 'shutdown'],
    ['Tell me about a time you had to decommission a platform that customers still used.', 'shutdown'],
    ['Tell me about a time you shielded your engineering team\'s capacity from requests coming in from outside the program.', 'refusal'],
    ['How do you protect engineering capacity when leadership keeps adding requests in the middle of a quarter?', 'refusal'],
    ['Tell me about a time you said no to a senior stakeholder outside your reporting line.', 'refusal'],
    ['Give me an example of a customer request you turned down because saying yes would have hurt other customers.', 'refusal'],
    ['Describe a time you pushed back on a launch date that leadership had already announced.', 'refusal'],
    // Neither: a service that went down is an incident, doing well is no shutdown, a customer experience protected is no
    // no said, and a no that proved wrong is a failure.
    ['Tell me about a time a service shut down under load and you ran the response.', undefined],
    ['Tell me about a launch where you really killed it.', undefined],
    ['Tell me about a time you held back a launch to protect the customer experience.', undefined],
    ['Tell me about a time you gave up a short-term win to protect long-term value.', undefined],
    ['Tell me about a time you turned down a tool or vendor purchase because a simpler option was good enough.', undefined],
    ['Describe a time you turned down a job offer.', undefined],
    ['Tell me about an outage that forced you to shut down a region.', 'incident'],
    ['Tell me about a time you pushed back hard and later realized you were wrong. What did you do?', 'failure'],
  ] as const)('%j → %s', (text, kind) => {
    expect(askedKind(text)).toBe(kind);
  });

  // Whose act the question names: the candidate's own (a story of that kind answers it), or someone else's, which asks
  // how the candidate took it (a story of that kind does not).
  it.each([
    // The candidate's own no: "you", "your team", an act with no doer named, or one that follows the candidate's.
    ['Tell me about a time you refused a request from a senior leader.', 'refusal'],
    ['Tell me about a time when you had to refuse your own manager.', 'refusal'],
    ['Tell me about a time your team said no.', 'refusal'],
    ['Tell me about a time your engineering team said no to your manager.', 'refusal'],
    ['Tell me about a time you and your manager pushed back on a launch date.', 'refusal'],
    ['Tell me about a time you, as the TPM, said no.', 'refusal'],
    ['Tell me about a time you declined a request from sales.', 'refusal'],
    ['Tell me about a time you were able to turn down a request without losing the relationship.', 'refusal'],
    ['Give me an example of saying no to a VP.', 'refusal'],
    ['How good are you at saying no?', 'refusal'],
    ['How do you say no to your VP?', 'refusal'],
    ['How do you decide when to push back on a deadline?', 'refusal'],
    ['Tell me about a time your manager asked you to push back on a customer.', 'refusal'],
    ['Tell me about a time you heard the sales team out and still said no.', 'refusal'],
    ['Tell me about a time someone refused to help you and you pushed back.', 'refusal'],
    // Someone else's no: the question asks how the candidate handled being refused.
    ['Tell me about a time a customer refused your proposal.', undefined],
    ['Tell me about a time when your manager said no to your plan.', undefined],
    ['Tell me about a time a partner team pushed back on you.', undefined],
    ['Tell me about a time leadership turned down your proposal.', undefined],
    ['Tell me about a time someone refused to help you and you found another way.', undefined],
    ['Tell me about a time a customer refused and pushed back on the price.', undefined],
    ['Tell me about a time a team you depended on pushed back.', undefined],
    ['Tell me about a time a vendor declined to renew.', undefined],
    ['Tell me about a time your manager shielded you from a reorg.', undefined],
    ['How do you handle a stakeholder who keeps pushing back?', undefined],
    ['What do you do when a stakeholder says no?', undefined],
    // The candidate's own team, when its no is aimed at the candidate, and a no received in the passive.
    ['Tell me about a time your team pushed back on you.', undefined],
    ['Tell me about a time a team you led pushed back on your plan.', undefined],
    ['Tell me about a time your proposal was turned down.', undefined],
    ['Tell me about a time you were refused a budget increase.', undefined],
    // A no not said is no refusal.
    ["Tell me about a time you didn't push back and should have.", undefined],
    // The same for a shutdown: the candidate's own, or someone else's.
    ['Give me an example of retiring a legacy system.', 'shutdown'],
    ['Tell me about a time your team decommissioned a platform.', 'shutdown'],
    ['Tell me about a time you were asked to shut down a service.', 'shutdown'],
    ['Tell me about a time your manager decided to kill your project.', undefined],
    ['Tell me about a time leadership shut down your program.', undefined],
    ['Tell me about a time your program was shut down.', undefined],
    ['Tell me about a time a key engineer retired in the middle of a launch.', undefined],
    ['Tell me about a time you migrated customers off a deprecated API.', undefined],
    // An escalation.
    ['How do you decide when to escalate?', 'escalation'],
    ['Tell me about a time your manager escalated an issue over your head.', undefined],
    ['Tell me about a time a stakeholder escalated a complaint about your program.', undefined],
    // A mistake or a failure.
    ['Tell me about a time you made a mistake.', 'failure'],
    ['Tell me about a mistake you made.', 'failure'],
    ['Give me an example of making a mistake under pressure.', 'failure'],
    ['Describe a time you took responsibility for a team’s failure in front of senior leadership.', 'failure'],
    ['Tell me about a time a colleague made a mistake that hurt your program.', undefined],
    ['How did you handle a mistake someone else made?', undefined],
    ['Tell me about a mistake made by your manager that you had to fix.', undefined],
    ["Tell me about a vendor's failure that put your launch at risk.", undefined],
    ['Tell me about a time another team’s failure blocked your launch.', undefined],
    ["Tell me about a time you caught a mistake in someone else's work.", undefined],
  ] as const)('whose act: %j → %s', (text, kind) => {
    expect(askedKind(text)).toBe(kind);
  });

  it('finds these kinds in the built-in bank, and no others, among the questions a story answers', async () => {
    const bank = await loadQuestions([], ROOT);
    const asking = (kind: string) =>
      bank.questions
        .map((l) => l.question)
        .filter((q) => (q.category === 'behavioral' || q.category === 'program-management') && askedKind(q.text) === kind)
        .map((q) => q.id)
        .sort();
    expect(asking('incident')).toEqual(['bias-for-action-06', 'customer-obsession-08', 'dive-deep-09', 'insist-on-the-highest-standards-10', 'pm-13']);
    expect(asking('failure')).toEqual([
      'are-right-a-lot-04',
      'bias-for-action-08',
      'deliver-results-07',
      'have-backbone-disagree-and-commit-10',
      'insist-on-the-highest-standards-02',
      'learn-and-be-curious-04',
      'ownership-05',
      'ownership-10',
      'success-and-scale-bring-broad-responsibility-02',
      'think-big-10',
    ]);
    expect(asking('escalation')).toEqual(['have-backbone-disagree-and-commit-04']);
    expect(asking('shutdown')).toEqual(['frugality-08', 'pm-09']);
    expect(asking('refusal')).toEqual([
      'customer-obsession-03',
      'earn-trust-10',
      'frugality-10',
      'have-backbone-disagree-and-commit-06',
      'have-backbone-disagree-and-commit-08',
      'have-backbone-disagree-and-commit-09',
      'pm-08',
      'strive-to-be-earths-best-employer-07',
    ]);
  });
});

const story = (fields: Partial<Story>): Story => ({ id: 's', title: 'A story', ...fields });

describe('isKind: whether a story is of a kind', () => {
  it.each<[Partial<Story>, boolean]>([
    [{ title: 'Led the response when a bad config push failed 3,000 card payments', situation: 'A 47-minute outage on the payment gateway.' }, true],
    [{ title: 'Turned a certificate outage into automated rotation' }, true],
    [{ task: 'As the on-call incident TPM, I ran the bridge.' }, true],
    [{ situation: 'The checkout service went down on Black Friday.' }, true],
    [{ tags: ['incident'] }, true],
    [{ tags: ['post-mortem'] }, true],
    // What the work avoided, or where the word is only in the telling of it: not an incident story.
    [{ title: 'Moved 180 services onto one deployment platform', task: 'Cut over with zero downtime and no outages.' }, false],
    [{ situation: 'Error rates went down to 0.1%.' }, false],
    [{ situation: 'Latency went down 40% after the cache.' }, false],
    [{ action: 'I added the alert to the incident runbook.' }, false],
    [{ tags: ['launch'] }, false],
  ])('incident: %j → %s', (fields, expected) => {
    expect(isKind(story(fields), 'incident')).toBe(expected);
  });

  it.each<[Partial<Story>, boolean]>([
    [{ action: '- Escalated the outage to the vendor TAM, then to their VP of support.' }, true],
    [{ action: 'I escalated the data-quality risk to the CFO in writing.' }, true],
    [{ title: 'Escalated a late vendor delivery to their VP' }, true],
    [{ action: 'The fix stalled. Escalated to the programme board on the Friday.' }, true],
    [{ action: 'My escalation to the CTO got us the failover.' }, true],
    [{ action: 'I went over his head to the director.' }, true],
    [{ action: 'I took it to the VP when there was still no date.' }, true],
    [{ tags: ['escalation'] }, true],
    // An escalation to a severity, someone else's, or one received.
    [{ action: 'I escalated the ticket to Sev1.' }, false],
    [{ action: 'He escalated the outage to the CTO.' }, false],
    [{ situation: "The customer's escalation to our VP landed on my desk." }, false],
    [{ action: 'I resolved it without escalating.' }, false],
  ])('escalation: %j → %s', (fields, expected) => {
    expect(isKind(story(fields), 'escalation')).toBe(expected);
  });

  it.each<[Partial<Story>, boolean]>([
    [{ action: 'I pulled the usage data myself, found 12 idle clusters, and I turned the clusters off over two weeks.' }, true],
    [{ action: 'I checked no team depended on them and turned them off one team at a time.' }, true],
    [{ action: 'I shut down the legacy billing system in March.' }, true],
    [{ action: '- Decommissioned 31 applications instead of moving them.' }, true],
    [{ title: 'Retired the v2 mobile payments SDK' }, true],
    [{ result: 'We switched the old platform off on 28 March.' }, true],
    [{ action: 'Each idea got two weeks to show a signal, or I killed it.' }, true],
    [{ tags: ['decommission'] }, true],
    // Someone else's, one not done or only wished for, a turn down that is a no, and a person retiring.
    [{ situation: 'The vendor shut down the API with a week of notice.' }, false],
    [{ action: 'I wanted to shut down the old pipeline, but two teams still used it.' }, false],
    [{ action: "I didn't switch the old platform off until every team had moved." }, false],
    [{ action: 'I turned down the request from sales.' }, false],
    [{ situation: 'Our only DBA retired in May.' }, false],
    [{ action: 'I turned on a remote build cache.' }, false],
    [{ tags: ['shutdown'] }, false],
  ])('shutdown: %j → %s', (fields, expected) => {
    expect(isKind(story(fields), 'shutdown')).toBe(expected);
  });

  it.each<[Partial<Story>, boolean]>([
    [{ action: 'I looked at the sprint plan and said no to Carla, the sales director.' }, true],
    [{ action: 'The sales director asked for three integrations. I said no.' }, true],
    [{ action: 'Told him no - new drivers untested, too risky before peak.' }, true],
    [{ action: 'I turned down a request from the regional director to skip the pilot.' }, true],
    [{ action: 'I declined the extra scope until the next quarter.' }, true],
    [{ action: 'I pushed back on the launch date in the steering review.' }, true],
    [{ action: 'He wanted a replatform, but I held my ground.' }, true],
    [{ action: 'I protected the team\'s weekends by moving the work to the next quarter.' }, true],
    [{ tags: ['pushback'] }, true],
    // Someone else's no, a no the candidate should have said, and a no to what no one asked of the team: a bar held.
    [{ action: 'I asked Carla to wait a quarter, and she said no.' }, false],
    [{ learned: 'I should have said no to the date.' }, false],
    [{ action: 'I read every hiring packet and turned down two candidates who missed the bar.' }, false],
    [{ action: 'I refused to close the post-mortem with "renew the certificate" as the only action.' }, false],
    [{ action: 'Sales pushed back on the price rise.' }, false],
  ])('refusal: %j → %s', (fields, expected) => {
    expect(isKind(story(fields), 'refusal')).toBe(expected);
  });

  it('takes a failure story as the failure rules do: a tag, or the candidate failing in its words', () => {
    expect(isKind(story({ tags: ['failure'] }), 'failure')).toBe(true);
    expect(isKind(story({ action: 'I approved the cutover without checking the consumers. That was my mistake.' }), 'failure')).toBe(true);
    expect(isKind(story({ action: 'I ran a weekly review and the launch shipped on time.' }), 'failure')).toBe(false);
    // An incident is a topic, not the candidate's failure.
    expect(isKind(story({ tags: ['incident'] }), 'failure')).toBe(false);
  });
});
