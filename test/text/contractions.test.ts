import { describe, expect, it } from 'vitest';
import { contractedD } from '../../src/text/contractions.js';

/** What the first "'d" (or "’d") in `text` stands for, with the text before and after it as a caller gives them. */
function reading(text: string): 'had' | 'would' {
  const m = /['’]d\b/.exec(text)!;
  const word = /[\p{L}]+$/u.exec(text.slice(0, m.index))!;
  return contractedD(text.slice(m.index + 2), text.slice(0, word.index));
}

describe('contractedD', () => {
  it.each([
    // "been", "better", "got", a participle
    ["We drained a region we'd been told to drain.", 'had'],
    ["We'd better tell the bank before Friday.", 'had'],
    ["You'd best ask Priya.", 'had'],
    ["By March we'd got the sign-off.", 'had'],
    ["They'd gotten used to the old screens.", 'had'],
    ["I'd moved the date twice already.", 'had'],
    ["I'd argued for a pilot in one region.", 'had'],
    ["We'd agreed the scope with Finance.", 'had'],
    ["Ward nurses couldn't log in because I'd never checked the badge readers.", 'had'],
    ["I'd told the CFO in May.", 'had'],
    ["We'd had two outages that month.", 'had'],
    ["She'd co-led the previous migration.", 'had'],
    // …with adverbs between, and what the team lacked
    ["We’d not been told about the freeze.", 'had'],
    ["We'd already agreed to a phased cutover.", 'had'],
    ["We'd all seen the dashboard by then.", 'had'],
    ["A contractor who'd long since moved to Spain built it.", 'had'],
    ["We'd quietly dropped the Android build.", 'had'],
    ["We'd no test rig for the new firmware.", 'had'],
    ["We'd nothing to show for the quarter.", 'had'],
    ["We'd too little time to retrain everyone.", 'had'],
    // A participle spelt like its base verb, with a sign of the perfect: an adverb only a perfect takes, no object
    // after it, or a noun before the pronoun whose object it is.
    ["I'd already read the runbook twice.", 'had'],
    ["It was the largest rollout I'd ever run.", 'had'],
    ["We'd run the old system for years, so I kept it.", 'had'],
    ['It took four months longer than the budget I’d set.', 'had'],
    ["The costs came in at three times the figure I'd put in the business case.", 'had'],
    ["Both named the on-call schedule I'd set up as the reason.", 'had'],
    ["Fuel came out of the money we'd set aside for the call bells.", 'had'],
    // …or the candidate's coming later in its clause: what was done before it is the perfect.
    ["We'd cut the budget by 20% before I joined.", 'had'],
    ["We'd run payroll by hand until I took over the team.", 'had'],
    ["We'd set the targets by the time I arrived, so I kept them.", 'had'],
    ["We'd put the vendor on notice before I joined Acme.", 'had'],
  ])('%s → %s', (text, expected) => {
    expect(reading(text)).toBe(expected);
  });

  it.each([
    // A base verb
    ["I'd argue the delay was worth it.", 'would'],
    ["We'd need two more weeks.", 'would'],
    ["I'd rather launch late than ship a broken checkout.", 'would'],
    ["I'd like to think the team trusted me.", 'would'],
    ["We'd live with a nightly batch lag.", 'would'],
    ["I'd say the call was right.", 'would'],
    ["It'd be cheaper to wait.", 'would'],
    ["We'd proceed once Legal signed.", 'would'],
    ["I'd succeed only with a second engineer.", 'would'],
    ["I'd really push for a pilot first.", 'would'],
    ["We'd rely on the vendor's fix.", 'would'],
    ["I'd apply the patch on Sunday.", 'would'],
    ["They said they'd never go back to the old system.", 'would'],
    // "have" and "'d've": would have
    ["Otherwise we'd have missed the window.", 'would'],
    ["We'd've missed the window.", 'would'],
    // A participle spelt like its base verb, with an object and no sign of the perfect: what the candidate would do.
    // ("I'd read the runbook" is either; with nothing to say it was done before, it is read as what would be done.)
    ["Next time I'd run a smaller canary first.", 'would'],
    ["Next time I'd put the A/B readout in front of finance.", 'would'],
    ["I'd read the runbook before the drill.", 'would'],
    ["I'd now set up an interrupt role on day one.", 'would'],
    ["The next time I'd cut scope earlier.", 'would'],
    ["I told the team I'd run the numbers again.", 'would'],
    ["I'd let the vendor own the fix.", 'would'],
    // (Coming to a call or a room is no coming to the job; nor is a time after it, or the team's launch.)
    ["I'd cut the budget before I joined the call.", 'would'],
    ["We'd cut the budget before I joined the steering call.", 'would'],
    ["We'd cut the budget by 20% after I joined.", 'would'],
    ["Next time I'd cut scope before we launched.", 'would'],
    ["Next time I'd run a pilot before I started the migration.", 'would'],
    // (A conjunction before the pronoun is no noun whose object the participle is.)
    ["Finance told us to come up with a plan or they'd come up with one for us.", 'would'],
    // Nothing after it
    ["I knew they'd", 'would'],
  ])('%s → %s', (text, expected) => {
    expect(reading(text)).toBe(expected);
  });
});
