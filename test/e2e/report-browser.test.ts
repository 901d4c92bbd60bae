// `tpm-prep report` in a real browser: Debian's headless Chromium, driven over CDP by playwright-core
// (which downloads no browser). The page for stories/ plus a weak story and the sample history must load
// with no request beyond itself, show 16 principle columns and the findings, and fit a 1280 px screen and
// a 375 px phone without the page scrolling sideways. Skips, saying so, without /usr/bin/chromium.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './support.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SLOW = 90_000;
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`test/e2e/report-browser.test.ts: skipped, ${CHROMIUM} is missing (apt-get install chromium; .ci/run does).`);

describe.skipIf(!hasChromium)('the report in headless Chromium', () => {
  let temp = '';
  let page = '';
  let browser: BrowserContext;

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'tpm-prep-browser-'));
    page = join(temp, 'report.html');
    const done = await run(['report', 'stories/', 'test/fixtures/weak/all-four.yaml', '--history', 'test/fixtures/history/sample.jsonl', '-o', page]);
    expect(done.status, done.stderr).toBe(0);
    // A fresh profile for this run only.
    browser = await chromium.launchPersistentContext(join(temp, 'profile'), { executablePath: CHROMIUM, args: ARGS, headless: true });
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  /** Opens the page at `width`, recording every request other than the page itself, and every failed one. */
  async function open(width: number, file = page): Promise<{ tab: Page; requests: string[]; failed: string[] }> {
    const tab = await browser.newPage();
    await tab.setViewportSize({ width, height: 900 });
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    const failed: string[] = [];
    tab.on('request', (r) => void (r.url() !== url && requests.push(r.url())));
    tab.on('requestfailed', (r) => void failed.push(`${r.url()} ${r.failure()?.errorText}`));
    await tab.goto(url, { waitUntil: 'load' });
    return { tab, requests, failed };
  }

  it('records requests: a page without the CSP that loads a missing image is seen failing', async () => {
    const control = join(temp, 'control.html');
    writeFileSync(control, '<!doctype html><title>control</title><img src="missing.png" alt="">');
    const { tab, requests, failed } = await open(1280, control);
    expect(requests).toEqual([pathToFileURL(join(temp, 'missing.png')).href]);
    expect(failed).toHaveLength(1);
    await tab.close();
  }, SLOW);

  it('loads with no failed request and none but the page itself', async () => {
    const { tab, requests, failed } = await open(1280);
    expect(failed).toEqual([]);
    expect(requests).toEqual([]);
    expect(await tab.title()).toBe('Interview readiness · tpm-prep');
    await tab.close();
  }, SLOW);

  it('shows a heatmap with 16 principle columns, and the findings with their phrases marked', async () => {
    const { tab } = await open(1280);
    const heads = await tab.locator('table.heatmap thead th[scope=col][data-lp]').allTextContents();
    expect(heads).toEqual(['CO', 'OWN', 'IS', 'ARL', 'LBC', 'HDB', 'HS', 'TB', 'BA', 'FRU', 'ET', 'DD', 'HB', 'DR', 'EBE', 'SSB']);
    const rows = await tab.locator('table.heatmap tbody tr').count();
    expect(rows).toBe(12);
    expect(await tab.locator('table.heatmap tbody td.c').count()).toBe(12 * 16);
    const weak = tab.locator('article.story', { hasText: 'Migrated our services to the cloud' });
    const findings = await weak.locator('.findings li').allTextContents();
    // (Ten: "When we hit blockers" is trouble met, no act of the team's to own, since a thirty-fifth user's trial.)
    expect(findings.length).toBe(10);
    expect(findings.join('\n')).toContain('"We needed" hides your part');
    expect(await weak.locator('mark').first().textContent()).toBe('We needed');
    expect(await tab.locator('#practice svg.chart').count()).toBeGreaterThan(2);
    await tab.close();
  }, SLOW);

  it.each([1280, 375])('fits %i px without the page scrolling sideways, and takes a screenshot', async (width) => {
    const { tab } = await open(width);
    const { scrollWidth, innerWidth } = await tab.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    // The wide heatmap scrolls inside its own box instead.
    const box = await tab.locator('.scroll').evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    if (width === 375) expect(box.scroll).toBeGreaterThan(box.client);
    const shot = join(temp, `report-${width}.png`);
    await tab.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await tab.close();
  }, SLOW);
});

if (!hasChromium) {
  it.skip(`report in headless Chromium: skipped, ${CHROMIUM} is missing (apt-get install chromium; .ci/run does)`, () => {});
}
