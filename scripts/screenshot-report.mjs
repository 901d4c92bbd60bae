// Regenerates docs/report.png, the README's picture of `tpm-prep report`: the example bank in stories/
// plus one weak story (so findings show), with the sample practice history, in headless Chromium at
// 1280 px. Needs Debian's chromium (/usr/bin/chromium, or CHROMIUM=path) and a built dist/ (npm run build).
//
//   node scripts/screenshot-report.mjs [--height 2000] [--out docs/report.png]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { height: { type: 'string', default: '1900' }, out: { type: 'string', default: 'docs/report.png' }, width: { type: 'string', default: '1280' } } });

const temp = mkdtempSync(join(tmpdir(), 'tpm-prep-shot-'));
try {
  const page = join(temp, 'report.html');
  execFileSync(process.execPath, ['bin/tpm-prep.js', 'report', 'stories/', 'test/fixtures/weak/all-four.yaml', '--history', 'test/fixtures/history/sample.jsonl', '-o', page], { cwd: ROOT, stdio: 'inherit' });
  // A fresh profile in the temp folder: nothing from another Chromium session leaks in.
  const browser = await chromium.launchPersistentContext(join(temp, 'profile'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: Number(values.width), height: Number(values.height) },
    colorScheme: 'light',
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.screenshot({ path: resolve(ROOT, values.out) });
    console.log(`wrote ${values.out}`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
