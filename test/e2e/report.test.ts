// `tpm-prep report` through the built CLI, as a user runs it: where the page goes, what it says on
// stderr, the practice history it finds, --redact, and the exit codes for what goes wrong.
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { STACK_TRACE, isRoot, run, scratch } from './support.js';

const HISTORY = 'test/fixtures/history/sample.jsonl';
const tmp = scratch('report');

/** A prep folder: stories/ copied from this repository, and the sample history where drill keeps it. */
function workspace(history = true): string {
  const dir = tmp.write({});
  cpSync(join(ROOT, 'stories'), join(dir, 'stories'), { recursive: true });
  if (history) {
    mkdirSync(join(dir, '.tpm-prep'));
    cpSync(join(ROOT, HISTORY), join(dir, '.tpm-prep', 'history.jsonl'));
  }
  return dir;
}

describe('tpm-prep report', () => {
  it('writes report.html here by default, with the history beside stories/, and says so in one line', async () => {
    const dir = workspace();
    const done = await run(['report'], { cwd: dir });
    expect(done).toEqual({ status: 0, stdout: '', stderr: 'wrote report.html: 11 stories, 14 practice answers\n' });
    const page = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('practice from <code>.tpm-prep/history.jsonl</code>');
    expect(page).toContain('14<small> answers</small>');
    // The folder shown as one ("11 stories from stories" read as a typo in an eighteenth user's trial).
    expect(page).toContain('11 stories from <code>stories/</code> ·');
  });

  it('writes to standard output with -o -, and to the file named with -o, replacing it', async () => {
    const out = await run(['report', 'stories/', '--history', HISTORY, '-o', '-']);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    const file = tmp.path('named.html');
    writeFileSync(file, 'old');
    const done = await run(['report', 'stories/', 'test/fixtures/weak/all-four.yaml', '-o', file]);
    expect(done.status).toBe(0);
    expect(done.stderr).toBe(`wrote ${file}: 12 stories, 0 practice answers\n`);
    const page = readFileSync(file, 'utf8');
    expect(page).toContain('12 stories from <code>stories/</code>, <code>test/fixtures/weak/all-four.yaml</code> ·');
    expect(page).toContain('No practice recorded yet.');
    expect(page).toContain('“We needed” hides your part'.replace(/[“”]/g, '&quot;'));
  });

  it('makes the folders -o names that do not exist yet, as ESLint\'s --output-file does', async () => {
    const dir = workspace();
    const done = await run(['report', '-o', 'some/new/dir/page.html'], { cwd: dir });
    expect(done).toEqual({ status: 0, stdout: '', stderr: 'wrote some/new/dir/page.html: 11 stories, 14 practice answers\n' });
    expect(readFileSync(join(dir, 'some/new/dir/page.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('is written, exit 0, when stories have lint errors', async () => {
    const done = await run(['report', 'test/fixtures/weak/', '-o', '-']);
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('<mark class="error">We needed</mark>');
  });

  it("--redact: fiscal years become FY[n], and the advice's example partner stays when a partner shares a name with her", async () => {
    const dir = tmp.write({
      'named.yaml':
        'title: Moved the warehouse in Q3 FY24\nsituation: The lease ran out at the end of FY23.\ntask: I owned the move.\naction: I planned the Q1 FY23 move with Kavita Nair and Dan Whitfield on EC2.\nresult: p99 pick time fell 20%.\npartners: [Kavita Nair, Dan Whitfield]\n',
      'lone.yaml': 'title: Cut the budget\nsituation: Costs were up.\ntask: I owned the budget.\naction: A decision was made to cut the vendor. I rewrote the plan.\nresult: Costs fell 12%.\n',
    });
    const done = await run(['report', '.', '--redact', '-o', '-'], { cwd: dir });
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('Priya Nair, the Payments engineering manager');
    expect(done.stdout).toContain('the payments team decided');
    expect(done.stdout).toContain('Q3 FY[n]');
    expect(done.stdout).toContain('Q1 FY[n] move');
    expect(done.stdout).toMatch(/p99 pick time/);
    expect(done.stdout).toContain('EC2');
    expect(done.stdout).not.toMatch(/FY2[34]|Kavita|Whitfield and|Priya \[partner|Dana \[partner/);
  });

  it("--redact: a new user's trial: addresses and links go whole, currency signs stay, and \"one in eleven\" goes", async () => {
    const dir = tmp.write({
      'billing.yaml':
        'title: Moved billing off https://kobohealth.com/billing\nsituation: Refunds cost £9,000 a month and ₦2,000,000 a year; one in eleven invoices failed.\n' +
        'task: I owned the billing move.\naction: I agreed the cut-over with Chidi Okonkwo (chidi.okonkwo@kobohealth.com) and logged it at www.x.com/y.\n' +
        'result: Refunds fell from £9,000 to £3,500 a month, to one in 200 invoices.\npartners: [Chidi Okonkwo]\n',
    });
    const done = await run(['report', '.', '--redact', '-o', '-'], { cwd: dir });
    expect(done.status).toBe(0);
    expect(done.stdout).not.toMatch(/kobohealth|x\.com|okonkwo|chidi|eleven|one in 200|9,000|3,500/i);
    expect(done.stdout).toContain('Moved billing off [link]');
    expect(done.stdout).toContain('[partner A] ([email]) and logged it at [link].');
    expect(done.stdout).toContain('from £[n] to £[n] a month, to [n] in [n] invoices');
    expect(done.stdout).toContain('₦[n] a year; [n] in [n] invoices');
  });

  it("--redact: a thirty-fifth user's trial: a magnitude in Portuguese, Spanish or German goes with its digits, as \"million\" does", async () => {
    const dir = tmp.write({
      'pix.yaml':
        'title: Launched Pix for 1,2 milhão clients\nsituation: TED fees cost R$ 2 milhões a month.\ntask: I owned the launch, with R$ 500 mil of budget.\n' +
        'action: I cut the scope with Ana Souza; Mexico had 3 millones de usuarios and Berlin 5 Mio. Euro of volume.\n' +
        'result: Fees fell to R$ 1.200.000 a month.\npartners: [Ana Souza]\n',
    });
    const done = await run(['report', '.', '--redact', '-o', '-'], { cwd: dir });
    expect(done.status).toBe(0);
    expect(done.stdout).not.toMatch(/milh|\bmil\b|millones|Mio\.|\.000|\[n\] \[n\]/);
    expect(done.stdout).toContain('Launched Pix for [n] clients');
    expect(done.stdout).toContain('TED fees cost R$ [n] a month.');
    expect(done.stdout).toContain('with R$ [n] of budget.');
    expect(done.stdout).toContain('Mexico had [n] de usuarios and Berlin [n] Euro of volume.');
    expect(done.stdout).toContain('Fees fell to R$ [n] a month.');
  });

  it('--hide and the config\'s redact: hide the words listed, in the text, the ids and the paths; --hide implies --redact', async () => {
    const dir = tmp.write({
      '.tpm-prep.yaml': 'redact: [Hallam Payments]\n',
      'stories/hallam-payments-ledger.yaml':
        'title: Hallam Payments ledger move\nsituation: The Slough ledger was full.\ntask: I owned the move.\naction: I agreed the cut-over with Omar Haddad.\nresult: Month-end close fell from 6 days to 2.\n',
    });
    // A word listed twice, in any case, is one word hidden.
    const hidden = await run(['report', '--hide', 'Slough, slough', '--hide', 'hallam payments', '-o', '-'], { cwd: dir });
    expect(hidden.status).toBe(0);
    expect(hidden.stdout).not.toMatch(/hallam|slough|Omar|6 days/i);
    expect(hidden.stdout).toContain('[hidden] ledger move');
    expect(hidden.stdout).toContain('The [hidden] ledger was full.');
    expect(hidden.stdout).toContain('<code>[hidden]-ledger</code> · stories/[hidden]-ledger.yaml:1');
    expect(hidden.stdout).toContain('and the 2 words you listed');
    // The config's list alone hides nothing: the page is redacted only when asked.
    const plain = await run(['report', '-o', '-'], { cwd: dir });
    expect(plain.stdout).toContain('Hallam Payments ledger move');
    expect(plain.stdout).not.toContain('[hidden]');
  });

  it("--redact: a twenty-fourth user's trial: a patient's name after a hidden place and a comma goes, as do names in lists, after titles, with initials and possessives, in every field", async () => {
    const dir = tmp.write({
      '.tpm-prep.yaml': 'redact: [Harpeth Valley]\n',
      'stories/mri-reschedules.yaml': [
        'title: Cut MRI reschedules at Meridian with Mrs Okonjo',
        'partners: [Lucía Fernández-Ortiz]',
        'situation: >-',
        '  At Meridian our ClaimWorks integration double-booked MRI slots, and patients like an older dialysis',
        '  patient in Harpeth Valley, Doris Pruitt, had MRIs rescheduled four times.',
        'task: I owned the fix across scheduling and billing.',
        'action: >-',
        "  I spoke to Ana, Bettina and Tomasz about the slot locks. Doris Pruitt's MRI was the first test. I asked",
        '  Wendell K. Amadi and Lucía Fernández-Ortiz to review the rebuild.',
        'result: Reschedules fell 80% in six weeks.',
        'tradeoff: I chose the rebuild over Dr. Haverford\'s interim fix.',
        'learned: I learned from Keziah Mbatha, the charge nurse, to talk to patients first.',
        '',
      ].join('\n'),
    });
    const done = await run(['report', '--redact', '--hide', 'Meridian,ClaimWorks', '-o', 'share/coach.html'], { cwd: dir });
    expect(done).toEqual({ status: 0, stdout: '', stderr: 'wrote share/coach.html: 1 story, 0 practice answers, redacted\n' });
    const page = readFileSync(join(dir, 'share/coach.html'), 'utf8');
    const plain = await run(['report', '-o', '-'], { cwd: dir });
    for (const word of ['Doris', 'Pruitt', 'Ana', 'Bettina', 'Tomasz', 'Wendell', 'Amadi', 'Lucía', 'Fernández', 'Ortiz', 'Okonjo', 'Haverford', 'Keziah', 'Mbatha', 'Harpeth', 'Meridian', 'ClaimWorks']) {
      const named = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu');
      expect(plain.stdout).toMatch(named);
      expect(page, word).not.toMatch(named);
    }
    expect(page).toMatch(/patient in \[hidden\], \[partner [A-Z]\], had MRIs rescheduled \[n\] times\./);
  });

  // A review: "Nurse Maria Bravo" came out "[partner B] Bravo", "Coach Kim Kilo" "[partner K] Kilo", "Dr. J. K. Rowan Smith" "Dr. [partner C] Smith".
  it('--redact: a name after a job title or initials goes whole, a surname that is a common word too', async () => {
    const dir = tmp.write({
      'stories/ward-rota.yaml': [
        'title: Fixed the ward rota with Nurse Maria Bravo',
        'situation: >-',
        '  The ward rota double-booked night shifts. Coach Kim Kilo ran the drills, and I brought in Dr. J. K. Rowan',
        "  Smith for the audit. Nurse Joy Bird-Page's audit came first, and Nurse Anna Lee Page checked it.",
        'task: I owned the fix.',
        'action: I rebuilt the rota with Nurse Maria Bravo and asked Bravo to sign it off.',
        'result: Double bookings fell 80% in six weeks.',
        '',
      ].join('\n'),
    });
    const done = await run(['report', '--redact', '-o', '-'], { cwd: dir });
    expect(done.status).toBe(0);
    const plain = await run(['report', '-o', '-'], { cwd: dir });
    for (const word of ['Maria', 'Bravo', 'Kim', 'Kilo', 'Rowan', 'Smith', 'Joy', 'Bird', 'Anna', 'Lee', 'Page']) {
      const named = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u');
      expect(plain.stdout).toMatch(named);
      expect(done.stdout, word).not.toMatch(named);
    }
    expect(done.stdout).toMatch(/Fixed the ward rota with \[partner [A-Z]\]</);
    expect(done.stdout).toMatch(/I brought in Dr\. \[partner [A-Z]\] for the audit\. \[partner [A-Z]\]&#39;s audit came first/);
  });

  // A fresh-eyes review: `partners: Priya Nair, Payments EM`, the "Name, role" `new --partner` asks for, was read as two
  // partners, and "Payments had no capacity" came out "[partner B] had no capacity".
  it('--redact: a one-line `partners:` of "Name, role" is one partner with her role; the role\'s team stays in the text', async () => {
    const story = (partners: string) => [
      'title: Moved the payments cutover after the vendor slipped',
      'situation: The vendor slipped its API release by three weeks. Payments had no capacity to absorb the change.',
      'task: I owned the cutover.',
      'action: I agreed with Priya Nair to move the cutover, and Rohit Sharma rebuilt the test plan.',
      'result: We launched with zero payment failures.',
      `partners: ${partners}`,
      '',
    ].join('\n');
    const dir = tmp.write({ 'stories/one.yaml': story('Priya Nair, Payments EM'), 'stories/two.yaml': story('Priya Nair, Payments EM, Rohit Sharma') });
    for (const file of ['one', 'two']) {
      const done = await run(['report', `stories/${file}.yaml`, '--redact', '-o', '-'], { cwd: dir });
      expect(done.status).toBe(0);
      expect(done.stdout, file).toContain('Payments had no capacity to absorb the change.');
      expect(done.stdout, file).toMatch(/I agreed with \[partner A\] to move the cutover/);
      expect(done.stdout, file).not.toMatch(/Priya|Nair/);
    }
    // Two names, no role, are two partners, as before.
    const both = tmp.write({ 'stories/both.yaml': story('Priya Nair, Rohit Sharma') });
    const done = await run(['report', '--redact', '-o', '-'], { cwd: both });
    expect(done.stdout).toMatch(/I agreed with \[partner A\] to move the cutover, and \[partner B\] rebuilt the test plan\./);
  });

  it("--hide and redact: a listed name's opening capitalised words are hidden where they stand as a name (\"Harpeth Valley's\" of \"Harpeth Valley Medical Center\")", async () => {
    const dir = tmp.write({
      '.tpm-prep.yaml': 'redact: [Harpeth Valley Medical Center, Hallam Payments]\n',
      'stories/harpeth-valley-denials.yaml': [
        'title: Cut first-pass denials at Harpeth Valley Medical Center',
        "situation: Harpeth Valley's first-pass denial rate was 14%, and the Harpeth Valley Medical billing office was behind. The Hallam ledger was full.",
        'task: I owned the fix for harpeth valley and for Valley Medical.',
        'action: I rebuilt the claim checks with the billing team.',
        'result: Denials fell to 6% in a quarter.',
        '',
      ].join('\n'),
    });
    const done = await run(['report', '--redact', '-o', '-'], { cwd: dir });
    expect(done.status).toBe(0);
    expect(done.stdout).not.toMatch(/Harpeth/i);
    expect(done.stdout).toContain('[hidden]&#39;s first-pass denial rate was [n]%, and the [hidden] billing office was behind.');
    expect(done.stdout).toContain('<code>[hidden]-denials</code>');
    // Only the opening words, two or more: "Valley Medical" and a two-word phrase's first word stay.
    expect(done.stdout).toContain('I owned the fix for [hidden] and for Valley Medical.');
    expect(done.stdout).toContain('The Hallam ledger was full.');
  });

  it('--hide: a listed phrase that opens with an article hides no short form of the article and the next word ("The New" of "The New York Times")', async () => {
    const dir = tmp.write({
      'stories/queue.yaml': [
        'title: Rebuilt the subscription queue',
        'situation: The New York Times and The Home Depot were our two biggest accounts, both in New York.',
        'task: I owned the new queue and the home page.',
        'action: I rebuilt the queue with the billing team.',
        'result: Failed renewals fell by 6% in a quarter.',
        '',
      ].join('\n'),
    });
    const done = await run(['report', '--hide', 'The New York Times,The Home Depot', '-o', '-'], { cwd: dir });
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('[hidden] and [hidden] were our [n] biggest accounts, both in [hidden].');
    expect(done.stdout).toContain('I owned the new queue and the home page.');
  });

  it("--redact: a new user's trial: every partner the rules count goes, the one named beside a role they count (\"Anjali Deshpande, the head of service\") too", async () => {
    const dir = tmp.write({});
    cpSync(join(ROOT, 'test/fixtures/redact/partners'), join(dir, 'stories'), { recursive: true });
    const done = await run(['report', '--redact', '-o', 'share/rahul.html'], { cwd: dir });
    expect(done).toEqual({ status: 0, stdout: '', stderr: 'wrote share/rahul.html: 3 stories, 0 practice answers, redacted\n' });
    const plain = await run(['report', '-o', '-'], { cwd: dir });
    const page = readFileSync(join(dir, 'share/rahul.html'), 'utf8');
    for (const name of ['Anjali', 'Deshpande', 'Ravi', 'Kumar', 'Mei', 'Chen', 'Tomasz', 'Nowak', 'Oluwaseun', 'Bello', 'Farah', 'Haddad', 'Sunita', 'Rao']) {
      const word = new RegExp(`\\b${name}\\b`, 'i');
      expect(plain.stdout).toMatch(word);
      expect(page).not.toMatch(word);
    }
    // One person, one letter: her full name beside her role, and her first name alone in the title.
    const anjali = /<p>I worked with (\[partner [A-Z]\]), the head of service for finance, to map all \[n\] manual steps/.exec(page)?.[1];
    expect(anjali).toBeDefined();
    expect(page).toContain(`>Cut the month-end close to [n] days with ${anjali}</h3>`);
  });

  it('--redact: no partner name and no number from the stories; the findings are the same', async () => {
    const plain = await run(['report', 'stories/', 'test/fixtures/weak/multi.yaml', '-o', '-']);
    const redacted = await run(['report', 'stories/', 'test/fixtures/weak/multi.yaml', '--redact', '-o', '-']);
    expect(redacted.status).toBe(0);
    for (const name of ['Kwame', 'Mensah', 'Lena', 'Fischer', 'Keisha Brown']) {
      expect(plain.stdout).toContain(name);
      expect(redacted.stdout).not.toContain(name);
    }
    for (const metric of ['1.3 million', '212 internal', '2 hours 40 minutes', '1,200 integrations']) {
      expect(plain.stdout).toContain(metric);
      expect(redacted.stdout).not.toContain(metric);
    }
    expect(redacted.stdout).toContain('<strong>redacted</strong>');
    expect(redacted.stdout).toContain('Company, product and place names are not (list yours with --hide), nor a name the partner detection missed: check the page before you share it.');
    expect(plain.stdout).not.toContain('Company, product and place names');
    const findings = (page: string) => page.match(/<li class="(?:error|warning)" id="s\d+-f\d+">/g)?.length;
    expect(findings(redacted.stdout)).toBe(findings(plain.stdout));
    expect(findings(plain.stdout)).toBeGreaterThan(0);
  });

  it("--redact: a partner's name or a number in a story id or file name is gone from every place the page shows them; ids stay apart, links land", async () => {
    const chidi = readFileSync(join(ROOT, 'test/fixtures/redact/mentoring-chidi.yaml'), 'utf8');
    const retro = (year: string) => `title: Ran the ${year} planning retro\nsituation: Planning slipped.\ntask: I owned the retro.\naction: I ran it with the four leads.\nresult: Planning took two weeks less.\n`;
    const dir = tmp.write({
      'stories/mentoring-chidi.yaml': chidi,
      // The same id again, in a file named for her: a duplicate-id finding on each, naming the other.
      'stories/chidi-okafor-2024.yaml': chidi.replace('title: Mentored', 'title: Coached'),
      // No id: each is its file's name, and both redact to "retro-[n]".
      'stories/retro-2023.yaml': retro('2023'),
      'stories/retro-2024.yaml': retro('2024'),
    });
    const plain = await run(['report', '-o', '-'], { cwd: dir });
    const redacted = await run(['report', '--redact', '-o', '-'], { cwd: dir });
    expect(redacted.status).toBe(0);
    // As the user found them: the card, the heatmap, the plan, the findings.
    for (const shown of [
      '<code>mentoring-chidi</code> · stories/mentoring-chidi.yaml:4',
      '>mentoring-chidi</a></th>',
      '<td>mentoring-chidi</td>',
      '>mentoring-chidi</a> <span class="ready',
      'The id `mentoring-chidi` is also used by stories/mentoring-chidi.yaml:4.',
      'The id `mentoring-chidi` is also used by stories/chidi-okafor-2024.yaml:4.',
      '>retro-2023</a></th>',
    ]) expect(plain.stdout).toContain(shown);
    expect(redacted.stdout).not.toMatch(/chidi|okafor|202[34]/i);
    const id = /<code>(mentoring-\[partner [A-Z]+\])<\/code> · stories\/\1\.yaml:4<\/p>/.exec(redacted.stdout)?.[1];
    expect(id).toBeDefined();
    for (const shown of [`>${id}</a></th>`, `<td>${id}</td>`, `>${id}</a> <span class="ready`, `The id \`${id}\` is also used by stories/${id}.yaml:4.`, `The id \`${id}\` is also used by stories/${id!.replace('mentoring-', '')}-[n].yaml:4.`, `<code>${id}</code> · stories/${id!.replace('mentoring-', '')}-[n].yaml:4`]) {
      expect(redacted.stdout).toContain(shown);
    }
    // Two stories, two ids, as in the plain page; and every link has its target.
    const rows = (page: string) => [...page.matchAll(/<th scope="row"><a href="#s\d+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(rows(redacted.stdout)).toEqual(expect.arrayContaining(['retro-[n]', 'retro-[n] (2)']));
    expect(new Set(rows(redacted.stdout)).size).toBe(new Set(rows(plain.stdout)).size);
    const targets = new Set([...redacted.stdout.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const links = [...redacted.stdout.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(targets, link).toContain(link);
  });

  // prin38: plan says, under its table, why a story that claims and shows a principle is told for another (prin32);
  // the page's plan said nothing of it. It says it now, as plan does, each story linked to its card.
  it("says why a story that claims and shows a principle is told for another, as plan says it", async () => {
    const story = (id: string, lps: string, action: string, result: string) => `id: ${id}\ntitle: ${id}\nlps: [${lps}]\naction: >-\n  ${action}\nresult: >-\n  ${result}\n`;
    const limits = story('limits', 'deliver-results', "I coordinated fraud, mobile and support. A cooling period meant most clients couldn't use the new limit before the deadline, so I agreed a tiered rollout with fraud.", 'We launched two days early. Support calls about limits dropped by a third.');
    const ledger = story('ledger', '', 'I planned the move of the ledger onto the event platform with the platform team.', 'We cut over on January 11 with zero downtime.');
    const dir = tmp.write({
      'stories/holds.yaml': story('holds', 'customer-obsession', 'I worked out a rule that looks at the whole relationship. I decided not to wait for the new risk engine and hard-coded the rule in the existing service.', 'Holds for small business clients dropped from five days to next-day, and complaints on deposit holds went down.'),
      'stories/ledger.yaml': ledger,
      'stories/limits.yaml': limits,
    });
    const plan = await run(['plan'], { cwd: dir });
    expect(plan.stdout).toContain('  holds claims Customer Obsession (score 4), but is told for Bias for Action:');
    const done = await run(['report', '-o', '-'], { cwd: dir });
    expect(done.status).toBe(0);
    const section = done.stdout.slice(done.stdout.indexOf('<section id="plan"'), done.stdout.indexOf('<section id="practice"'));
    // Each story's card, as the principles table links it.
    const card = (id: string) => done.stdout.match(new RegExp(`<a href="#(s\\d+)" title="${id}">${id}</a>`))?.[1];
    expect([card('holds'), card('limits')]).toEqual([expect.stringMatching(/^s\d+$/), expect.stringMatching(/^s\d+$/)]);
    expect(section).toContain(
      `<h3>Told for another principle than one it claims and shows (2)</h3><ul><li><a href="#${card('holds')}">holds</a> claims Customer Obsession (score 4), but is told for Bias for Action: told for Customer Obsession, it would leave Bias for Action without a story.</li><li><a href="#${card('limits')}">limits</a> claims Deliver Results (score 3), but is told for Customer Obsession: told for Deliver Results, it would leave Bias for Action without a story.</li></ul>`,
    );
    // Where every story is told for what it claims, the page says nothing more, as plan does.
    const told = tmp.write({
      'stories/holds.yaml': story('holds', 'bias-for-action', 'I decided not to wait for the new risk engine and hard-coded the rule in the existing service.', 'Holds dropped from five days to next-day.'),
      'stories/ledger.yaml': ledger,
      'stories/limits.yaml': story('limits', 'customer-obsession', "A cooling period meant most clients couldn't use the new limit before the deadline, so I agreed a tiered rollout with fraud.", 'Support calls about limits dropped by a third.'),
    });
    const page = (await run(['report', '-o', '-'], { cwd: told })).stdout;
    expect(page).toContain('<section id="plan"');
    expect(page).not.toContain('Told for another principle');
  });

  describe('--interviewer', () => {
    const loop = ['--interviewer', 'ownership,dive-deep', '--interviewer', 'bias-for-action,deliver-results,ownership'];
    /** The plan section of a page, cut into each interviewer's heading and "Principle: story" rows. */
    const interviewersOf = (page: string) => {
      const plan = page.slice(page.indexOf('<section id="plan"'), page.indexOf('<section id="practice"'));
      return [...plan.matchAll(/<h3 id="plan-i\d+">([^<]+)<\/h3>\n<div class="wide"><table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => [
        m[1]!,
        ...[...m[2]!.matchAll(/<tr><th scope="row">([^<]+)<\/th><td(?: class="muted")?>([^<]+)<\/td>/g)].map((r) => `${r[1]}: ${r[2]}`),
      ]);
    };

    it("shows the loop in the plan section interviewer by interviewer: each one's principles and stories, as plan --interviewer gives them", async () => {
      const [done, planned] = await Promise.all([run(['report', 'stories/', ...loop, '-o', '-']), run(['plan', 'stories/', ...loop, '--format', 'json'])]);
      expect(done.status).toBe(0);
      expect(done.stderr).toBe('');
      type Assigned = { lp: string; storyId: string };
      const json = JSON.parse(planned.stdout) as { interviewers: { lps: string[]; assignments: Assigned[] }[] };
      const name = (lp: string) => ({ ownership: 'Ownership', 'dive-deep': 'Dive Deep', 'bias-for-action': 'Bias for Action', 'deliver-results': 'Deliver Results' })[lp];
      expect(interviewersOf(done.stdout)).toEqual(
        json.interviewers.map((i, k) => [`Interviewer ${k + 1}`, ...i.lps.map((lp) => `${name(lp)}: ${i.assignments.find((a) => a.lp === lp)!.storyId}`)]),
      );
      // As the user reads it: Ownership asked twice, two stories, each told once in the loop.
      expect(interviewersOf(done.stdout)).toEqual([
        ['Interviewer 1', 'Ownership: cert-expiry-incident', 'Dive Deep: ml-serving-gpu-order'],
        ['Interviewer 2', 'Bias for Action: privacy-optout-deadline', 'Deliver Results: curbside-pickup-launch', 'Ownership: payments-oncall-load'],
      ]);
      expect(done.stdout).toContain('<p>A loop of 2 interviewers (5 principles), planned as a whole as <code>tpm-prep plan --interviewer</code> plans it:');
      // Without it, the plan of all 16 in one table, as before.
      const all16 = await run(['report', 'stories/', '-o', '-']);
      expect(interviewersOf(all16.stdout)).toEqual([]);
      expect(all16.stdout).not.toContain('A loop of');
    });

    it('says the loop in its one line on stderr, and marks a principle no story is left for', async () => {
      const dir = workspace();
      const done = await run(['report', '-o', 'loop.html', ...['own', 'own', 'own', 'own', 'own'].flatMap((lp) => ['--interviewer', lp])], { cwd: dir });
      expect(done).toEqual({ status: 0, stdout: '', stderr: 'wrote loop.html: 11 stories, 14 practice answers, a loop of 5 interviewers\n' });
      const page = readFileSync(join(dir, 'loop.html'), 'utf8');
      expect(interviewersOf(page).map((i) => i[1])).toEqual(['Ownership: cert-expiry-incident', 'Ownership: payments-oncall-load', 'Ownership: tpm-hiring-rotation', 'Ownership: clickstream-cutover-failure', 'Ownership: no story; see below']);
      expect(page).toContain('<h3>Left out: their stories are told for other principles (1)</h3><ul><li>Ownership: cert-expiry-incident, clickstream-cutover-failure, payments-oncall-load, tpm-hiring-rotation</li></ul><p class="muted">Another story for each would cover them.</p>');
    });

    it("--redact: no partner's name in an interviewer's plan, where the story planned has one in its id", async () => {
      const args = ['report', 'stories/', 'test/fixtures/redact/mentoring-chidi.yaml', '--interviewer', 'hire-and-develop-the-best,ownership', '--interviewer', 'hire-and-develop-the-best', '-o', '-'];
      const [plain, redacted] = await Promise.all([run(args), run([...args, '--redact'])]);
      expect(redacted.status).toBe(0);
      const shown = interviewersOf(plain.stdout).flat();
      expect(shown).toContain('Hire and Develop the Best: mentoring-chidi');
      const hidden = interviewersOf(redacted.stdout);
      // The id the story's card shows, redacted, in the same place; nothing else changes.
      const id = /<code>(mentoring-\[partner [A-Z]+\])<\/code> · test\/fixtures\/redact\/\1\.yaml:\d+<\/p>/.exec(redacted.stdout)?.[1];
      expect(id).toBeDefined();
      expect(hidden.flat()).toEqual(shown.map((row) => row.replace('mentoring-chidi', id!)));
      expect(JSON.stringify(hidden)).not.toMatch(/chidi|okafor/i);
      expect(redacted.stdout).not.toMatch(/chidi|okafor/i);
    });

    it.each([
      [['--interviewer', 'ownershp'], 'tpm-prep: Unknown Leadership Principle "ownershp" in --interviewer. Did you mean `ownership`? Run `tpm-prep lps` to list them.\n'],
      [['--interviewer', 'own', '--interviewer', ' , '], 'tpm-prep: An --interviewer names no principle. Give ids, names or aliases, for example --interviewer ownership,dive-deep.\n'],
      // report has neither: a loop is planned with each story told once, from the interviewers' principles.
      [['--interviewer', 'own', '--lps', 'dive-deep'], "tpm-prep: unknown option '--lps'. Did you mean --interviewer?\n"],
      [['--interviewer', 'own', '--max-reuse', '2'], "tpm-prep: unknown option '--max-reuse'\n"],
      [['--interviewer'], 'tpm-prep: --interviewer needs a value after it; `tpm-prep report --help` says what it takes.\n'],
    ])('refuses %j: exit 2, one line, no page', async (args, stderr) => {
      const dir = workspace(false);
      const done = await run(['report', '-o', 'out.html', ...args], { cwd: dir });
      expect(done).toEqual({ status: 2, stdout: '', stderr });
      expect(existsSync(join(dir, 'out.html'))).toBe(false);
    });
  });

  it('counts an answer over time against the limit it was drilled with, as stats does: they agree after drill -t', async () => {
    const dir = workspace(false);
    const answer = (at: string, seconds: number, limit: number) =>
      JSON.stringify({ version: 1, at, question: 'ownership-01', category: 'behavioral', lps: ['ownership'], story: 'cert-expiry-incident', seconds, limit, followup: null, check: { metric: true, saidI: true, partner: false, tradeoff: false }, rating: 3 });
    mkdirSync(join(dir, '.tpm-prep'));
    // 1:45 drilled with -t 90 is over time; 2:10 with -t 180 is not, though it is over 2:00.
    writeFileSync(join(dir, '.tpm-prep', 'history.jsonl'), `${answer('2026-11-20T09:00:00.000Z', 105, 90)}\n${answer('2026-11-21T09:00:00.000Z', 130, 180)}\n`);
    const stats = await run(['stats', '--format', 'json'], { cwd: dir });
    expect(stats.status).toBe(0);
    expect(JSON.parse(stats.stdout).principles.find((p: { id: string }) => p.id === 'ownership')).toMatchObject({ overTime: 0.5 });
    const done = await run(['report', '-o', '-'], { cwd: dir });
    expect(done.status).toBe(0);
    const practice = done.stdout.slice(done.stdout.indexOf('<section id="practice"'));
    expect(practice).toContain('1 (50%) over time, each against the limit it was drilled with');
    expect(practice).toContain('<tr><th scope="row">Ownership</th><td class="num">2</td><td class="num">1:58</td><td class="num">50%</td>');
    expect(practice).toContain('<title>1:45, over its 1:30 limit</title></rect>');
    expect(practice).toContain('<title>2:10, within its 3:00 limit</title></circle>');
    expect(done.stdout).not.toContain('2:00 limit');
  });

  // A user in Toronto after 7 pm saw tomorrow's date (UTC's) on the page, in its practice range and under its charts.
  it("dates the page, the practice range and the charts' days in the local time zone (TZ), not UTC", async () => {
    const dir = workspace(false);
    const answer = (at: string) =>
      JSON.stringify({ version: 1, at, question: 'ownership-01', category: 'behavioral', lps: ['ownership'], story: 'cert-expiry-incident', seconds: 100, limit: 120, followup: null, check: { metric: true, saidI: true, partner: false, tradeoff: false }, rating: 3 });
    mkdirSync(join(dir, '.tpm-prep'));
    // 11:30 UTC is the day before at 23:30 twelve hours west, and the day after at 01:30 fourteen hours east.
    writeFileSync(join(dir, '.tpm-prep', 'history.jsonl'), `${answer('2026-11-08T11:30:00.000Z')}
${answer('2026-11-12T11:30:00.000Z')}
`);
    // A zone where today is not UTC's today, an hour or more either side of its midnight whenever the test runs.
    const zone = new Date().getUTCHours() >= 11 ? 'Etc/GMT-14' : 'Etc/GMT+12';
    const date = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
    const today = date(Date.now());
    expect(today).not.toBe(new Date().toISOString().slice(0, 10));
    const done = await run(['report', '-o', '-'], { cwd: dir, env: { TZ: zone } });
    expect(done.status).toBe(0);
    expect(done.stdout).toContain(`practice from <code>.tpm-prep/history.jsonl</code> · ${today}</p>`);
    const [from, to] = zone === 'Etc/GMT-14' ? ['2026-11-09', '2026-11-13'] : ['2026-11-07', '2026-11-11'];
    expect(done.stdout).toContain(`2 answers from ${from} to ${to};`);
    const [first, last] = [from, to].map((d) => `${Number(d.slice(8))} Nov`);
    expect(done.stdout).toContain(`<text class="tick" x="34" y="106">${first}</text>`);
    expect(done.stdout).toContain(`<text class="tick" x="270" y="106" text-anchor="end">${last}</text>`);
  });

  it('skips a history line it cannot read with a warning naming file:line, and still writes the page', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '.tpm-prep', 'history.jsonl'), readFileSync(join(ROOT, HISTORY), 'utf8') + '{"version":1,"at":"nope"}\n');
    const done = await run(['report', '-o', 'r.html'], { cwd: dir });
    expect(done.status).toBe(0);
    expect(done.stderr).toBe(
      'tpm-prep: warning: .tpm-prep/history.jsonl:15: this line is not a practice record (`at`: not a date) and was skipped. Delete or fix it to silence this warning.\n' +
        'wrote r.html: 11 stories, 14 practice answers\n',
    );
    expect(existsSync(join(dir, 'r.html'))).toBe(true);
  });

  it.each([
    [['report', 'nowhere/'], 'tpm-prep: nowhere/: no such file or folder.\n'],
    [['report', 'stories/', '--history', 'missing.jsonl'], 'tpm-prep: missing.jsonl: no such file or folder. Name a practice history (.tpm-prep/history.jsonl) with --history FILE.\n'],
    [['report', 'stories/', '--history', 'stories'], 'tpm-prep: stories: is a folder, not a file. Name a practice history (.tpm-prep/history.jsonl) with --history FILE.\n'],
    [['report', 'stories/', '-o', 'stories/cert-expiry-incident.yaml/report.html'], 'tpm-prep: Can\'t write stories/cert-expiry-incident.yaml/report.html: a file stands where a folder should be.\n'],
    [['report', 'stories/', '-o', 'stories/cert-expiry-incident.yaml/new/report.html'], 'tpm-prep: Can\'t write stories/cert-expiry-incident.yaml/new/report.html: a file stands where a folder should be.\n'],
    [['report', 'stories/', '--config', 'nope.yaml'], "tpm-prep: Can't read the config: nope.yaml: no such file or folder.\n"],
  ])('exits 2 with one line and writes nothing: %j', async (args, stderr) => {
    const dir = workspace(false);
    const done = await run([...args, ...(args.includes('-o') ? [] : ['-o', 'out.html'])], { cwd: dir });
    expect(done).toEqual({ status: 2, stdout: '', stderr });
    expect(existsSync(join(dir, 'out.html'))).toBe(false);
    expect(done.stderr).not.toMatch(STACK_TRACE);
  });

  it.skipIf(isRoot)('exits 2 when the history cannot be read', async () => {
    const dir = workspace();
    chmodSync(join(dir, '.tpm-prep', 'history.jsonl'), 0o000);
    const done = await run(['report', '-o', '-'], { cwd: dir });
    expect(done.status).toBe(2);
    expect(done.stderr).toMatch(/^tpm-prep: Can't read \.tpm-prep\/history\.jsonl \(EACCES\)\. Check its permissions\.\n$/);
  });

  it('has --help with examples', async () => {
    const done = await run(['report', '--help']);
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('Usage: tpm-prep report [options] [paths...]');
    expect(done.stdout).toContain('--redact');
    expect(done.stdout).toMatch(/\$ tpm-prep report --redact -o share\.html\s+to send to a mentor: partner names and numbers replaced\n/);
    expect(done.stdout.replace(/\s+/g, ' ')).toContain('--redact replace partner names and numbers with placeholders, to share the page (company and place names stay, but for the words you list with --hide or redact: in .tpm-prep.yaml)');
    expect(done.stdout).toContain('$ tpm-prep report --hide "Hallam Payments,Slough" -o share.html');
    expect(done.stdout).toContain('$ tpm-prep report --interviewer ownership,dive-deep \\\n      --interviewer bias-for-action,deliver-results\n');
    expect(done.stdout.replace(/\s+/g, ' ')).toContain("--interviewer <list> an interviewer of the config's interviewers: by name, in any case, or one interviewer's principles: ids, names or aliases, a comma list, after a name and a colon if you like; repeat it for each interviewer of the loop, and the plan is the loop's, interviewer by interviewer; default: the config's interviewers:");
    expect((await run(['--help'])).stdout).toMatch(/^ {2}report \[options\] \[paths\.\.\.\]/m);
  });
});
