/**
 * UI end-to-end test: the packaged extension in real VS Code (code-server) driven in headless
 * Chromium with playwright-core, looking at what a user sees. Run with `npm run test:e2e`.
 * Every step waits on a condition (never a fixed sleep), saves a screenshot under
 * test/e2e/screenshots/, and a failure names the step and keeps its screenshot.
 */
import type { Page } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, startCodeServer, type CodeServer } from './codeServer';
import { liveGridStep } from './steps/liveGrid';
import {
  cellStates,
  closeEditors,
  debugDom,
  focusCell,
  interrupt,
  openAndRunAll,
  openFile,
  outputFrame,
  runCommand,
  toolbar,
  until,
} from './workbench';
import { cellCompletionsStep } from './steps/cellCompletions';
import { firstOutputStep } from './steps/firstOutput';
import { printedReportStep } from './steps/printedReport';

const root = path.resolve(__dirname, '../../..');
const shots = path.join(root, 'test/e2e/screenshots');
const TOTAL_LIMIT_MS = 11 * 60_000;
const started = Date.now();
let workspace = '';

type Step = { name: string; run: (page: Page) => Promise<string> };
const results: { name: string; ok: boolean; detail: string; ms: number }[] = [];

const steps: Step[] = [
  {
    name: '1-run-all: chart renders, grid shows rows and sorts',
    async run(page) {
      await openAndRunAll(page, 'getting-started.crmnb');
      const states = await cellStates(page);
      if (states.length !== 10 || states.some((s) => s !== 'ok'))
        throw new Error(`cell states after Run All: ${states.join(', ')}\n${await debugDom(page)}`);
      // Walking the cells rendered every output: none may show a rendering error.
      for (const f of page.frames()) {
        const errors = await f
          .locator('.crm-render-error')
          .allTextContents()
          .catch(() => []);
        if (errors.length) throw new Error(`outputs failed to render: ${errors.join(' | ')}`);
      }
      const monthly = '.crm-vega:has(text:has-text("Monthly revenue"))';
      const frame = await outputFrame(page, monthly);
      const bars = await until('bars of the monthly revenue chart (24 months)', async () => {
        const n = await frame.locator(monthly).first().locator('svg .mark-rect.role-mark path').count();
        return n === 24 ? n : undefined;
      });
      await focusCell(page, 7); // the monthly revenue cell
      await frame
        .locator(monthly)
        .first()
        .screenshot({ path: path.join(shots, '01-chart.png') });
      await focusCell(page, 3); // the orders table
      const ordersGrid = '.crm-table:has(.crm-table-status:has-text("5,275 rows"))';
      const gridFrame = await outputFrame(page, ordersGrid);
      const grid = gridFrame.locator(ordersGrid).first();
      await grid.scrollIntoViewIfNeeded();
      const status = await grid.locator('.crm-table-status').textContent();
      if (!/5,275 rows · page 1 of 211/.test(status ?? '')) throw new Error(`grid status says "${status}"`);
      const rows = await grid.locator('tbody tr').count();
      const amountHeader = grid.locator('th', { hasText: 'amount' });
      await amountHeader.click();
      const sortedAsc = await until('the amount column sorted ascending', async () => {
        const vals = (await grid.locator('tbody tr td:nth-child(5)').allTextContents()).map((t) => Number(t.replace(/[^\d.-]/g, '')));
        return vals.length > 1 &&
          vals.every((v, i) => i === 0 || vals[i - 1] <= v) &&
          (await amountHeader.getAttribute('aria-sort')) === 'ascending'
          ? vals
          : undefined;
      });
      await page.screenshot({ path: path.join(shots, '01-run-all.png') });
      await grid.screenshot({ path: path.join(shots, '01-grid-sorted.png') });
      return `${states.length} cells ok, ${bars} bars, grid ${rows} rows per page, sorted: ${sortedAsc.slice(0, 3).join(', ')}…`;
    },
  },
  {
    name: '2-interrupt: a busy loop stops and variables survive',
    async run(page) {
      await closeEditors(page);
      await openFile(page, 'interrupt.crmnb');
      await toolbar(page, 'Run All').click();
      await outputFrame(page, 'text=42', 60_000); // the first cell ran
      await until('the busy cell to be running', async () => (await toolbar(page, 'Interrupt').count()) > 0, 30_000, 100);
      await page.waitForTimeout(1000); // let it spin a moment, as a user would notice it hang
      await page.screenshot({ path: path.join(shots, '02-busy.png') });
      const { sinceFirst, sinceLast, clicks } = await interrupt(page);
      // A lost click is retried after 2 s, so the time from the first click also counts lost
      // clicks. A slow interrupt still fails: a click that reaches the kernel and does not stop the
      // cell within the host's 3 s grace gets the kernel killed, and then the busy cell does not
      // say "Interrupted by the user" and the first cell's variable is gone.
      await outputFrame(page, 'text=Interrupted by the user', 20_000);
      // Run the last cell alone: it reads a variable of the first.
      const last = page.locator('.notebook-editor:visible .code-cell-row').nth(2);
      await last.locator('.monaco-editor').click();
      await page.keyboard.press('Control+Enter');
      const frame = await outputFrame(page, 'text=still here: 43');
      await page.screenshot({ path: path.join(shots, '02-after-interrupt.png') });
      return `stopped ${sinceFirst} ms after the first Interrupt click, ${sinceLast} ms after the last (${clicks} click${clicks === 1 ? '' : 's'}); next cell printed "${await frame.locator('text=still here: 43').first().textContent()}"`;
    },
  },
  {
    name: '3-quick-metrics: numbers shown, hostile names stay text, no script runs',
    async run(page) {
      await closeEditors(page);
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'hostile-orders.csv' }).first().click();
      await page.locator('.tabs-container .tab.active[aria-label^="hostile-orders.csv"]').waitFor({ timeout: 30_000 });
      await runCommand(page, 'CRM: Quick Metrics…');
      const panel = await outputFrame(page, '.figure .value', 60_000);
      const figures = Object.fromEntries(
        await panel
          .locator('.figure')
          .evaluateAll((els) =>
            els.map((e) => [e.querySelector('.label')?.textContent ?? '', e.querySelector('.value')?.textContent ?? '']),
          ),
      );
      if (figures.Revenue !== '250.00' || figures.Customers !== '3') throw new Error(`panel figures: ${JSON.stringify(figures)}`);
      await panel.locator('.chart[data-chart="cohorts"] canvas').first().waitFor({ timeout: 30_000 });
      const failed = await panel.locator('.chart .error').allTextContents();
      if (failed.length) throw new Error(`charts failed in the panel: ${failed.join(' | ')}`);
      const cells = await panel.locator('td').allTextContents();
      for (const payload of ['<img src=x onerror=alert(1)>', '<script>alert("xss")</script>'])
        if (!cells.includes(payload)) throw new Error(`payload not shown as text: ${payload}`);
      const injected = await panel.locator('img[src="x"], main script').count();
      if (injected) throw new Error(`${injected} injected element(s) in the panel`);
      // Panel charts are drawn on canvas (its CSP allows no inline styles): check that pixels were drawn.
      const drawn = await until('the monthly revenue chart to be drawn', async () => {
        const n = await panel
          .locator('.chart[data-chart="monthly"] canvas')
          .first()
          .evaluate((c) => {
            const canvas = c as HTMLCanvasElement;
            const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
            return painted;
          });
        return n > 500 ? n : undefined;
      });
      await page.screenshot({ path: path.join(shots, '03-quick-metrics.png') });
      await panel.locator('vscode-button', { hasText: 'Open as analysis notebook' }).click();
      await page.locator('.tabs-container .tab[aria-label^="hostile-orders.csv.analysis.crmnb"]').waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, '03-analysis-notebook.png') });
      return `figures ${JSON.stringify(figures)}; chart drew ${drawn} pixels; payloads shown as text; analysis notebook opened`;
    },
  },
  {
    name: '4-export-report: from the command palette, with SVG charts',
    async run(page) {
      await openAndRunAll(page, 'getting-started.crmnb');
      await runCommand(page, 'CRM: Export Report');
      // First "with code" or "results only" (#15): with code is offered first.
      const mode = page.locator('.quick-input-widget input[placeholder*="only the results"]');
      await mode.waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, '04-report-mode.png') });
      await page.keyboard.press('Enter');
      // Then the optional pseudonymization choice (#13): keep the columns as they are.
      const title = page.locator('.quick-input-widget .quick-input-title', { hasText: 'Pseudonymize columns' });
      await title.waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, '04-pseudonymize.png') });
      await page.keyboard.press('Enter');
      // The save dialog (VS Code's simple file dialog) suggests getting-started.html next to the notebook.
      const input = page.locator('.quick-input-widget input');
      await until('the save dialog', async () => /getting-started\.html$/.test(await input.inputValue()), 30_000);
      await page.screenshot({ path: path.join(shots, '04-save-dialog.png') });
      await page.keyboard.press('Enter');
      const file = path.join(workspace, 'getting-started.html');
      const html = await until('the report file', async () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined), 60_000);
      const svgs = (html.match(/<svg/g) ?? []).length;
      if (svgs < 5 || /<script/i.test(html))
        throw new Error(`report has ${svgs} SVG charts${/<script/i.test(html) ? ' and a script' : ''}`);
      return `${path.basename(file)} written: ${Math.round(html.length / 1024)} KB, ${svgs} SVG charts, no script`;
    },
  },
  {
    name: '5-dark-theme: charts follow the theme',
    async run(page) {
      await openAndRunAll(page, 'getting-started.crmnb');
      const frame = await outputFrame(page, '.crm-vega svg');
      const before = await frame.locator('.crm-vega').first().getAttribute('data-theme');
      await runCommand(page, 'Preferences: Color Theme');
      const input = page.locator('.quick-input-widget input');
      await input.fill('Dark Modern');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor();
      await page.keyboard.press('Enter');
      await until(
        'the chart to re-render dark',
        async () => (await frame.locator('.crm-vega').first().getAttribute('data-theme')) === 'dark',
      );
      const fill = await frame.locator('.crm-vega').first().locator('.role-axis-label text').first().getAttribute('fill');
      await page.screenshot({ path: path.join(shots, '05-dark.png') });
      return `theme ${before} → dark; axis labels drawn in ${fill}`;
    },
  },
  {
    name: '6-taobao: Quick Metrics on a GB18030 Taobao report shows paid revenue and what was excluded (#11)',
    async run(page) {
      await closeEditors(page);
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'taobao-orders.gb18030.csv' }).first().click();
      await page.locator('.tabs-container .tab.active[aria-label^="taobao-orders.gb18030.csv"]').waitFor({ timeout: 30_000 });
      await runCommand(page, 'CRM: Quick Metrics…');
      const panel = await until(
        'the Taobao figures',
        async () => {
          const frame = await outputFrame(page, '.figure .value', 60_000);
          const text = await frame.locator('body').innerText();
          return /399\.50/.test(text) ? frame : undefined;
        },
        60_000,
      );
      const figures = Object.fromEntries(
        await panel
          .locator('.figure')
          .evaluateAll((els) =>
            els.map((e) => [e.querySelector('.label')?.textContent ?? '', e.querySelector('.value')?.textContent ?? '']),
          ),
      );
      // test/fixtures/exports/taobao-orders.csv, worked out by hand: 5 paid orders, 399.50 net, 3 buyers.
      if (figures.Revenue !== '399.50' || figures.Orders !== '5' || figures.Customers !== '3')
        throw new Error(`panel figures: ${JSON.stringify(figures)}`);
      const text = await panel.locator('body').innerText();
      for (const shown of ['GB18030', 'awaiting payment', 'closed', 'tb_ana'])
        if (!text.includes(shown)) throw new Error(`the panel does not show "${shown}"`);
      await page.screenshot({ path: path.join(shots, '06-taobao-quick-metrics.png') });
      return `figures ${JSON.stringify(figures)}; read as GB18030; exclusions shown`;
    },
  },
  cellCompletionsStep,
  firstOutputStep,
  liveGridStep(shots, () => workspace),
  {
    name: '10-printed-report: the getting-started report prints on A4 and Letter, each chapter on a new page (#15)',
    run: printedReportStep({ root, sample: 'getting-started', lang: 'en', shots }),
  },
];

async function main(): Promise<number> {
  const vsix = path.join(root, 'dist/crm-workbench.vsix');
  const work = mkdtempSync(path.join(os.tmpdir(), 'crm-e2e-'));
  const ws = path.join(work, 'workspace');
  workspace = ws;
  cpSync(path.join(root, 'samples'), ws, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  cpSync(path.join(root, 'test/fixtures/e2e'), ws, { recursive: true });
  // A fresh set of this run's screenshots; the Chinese run's (zh-*, *-zh-*) stay.
  mkdirSync(shots, { recursive: true });
  for (const f of readdirSync(shots)) if (!/(^|-)zh-/.test(f)) rmSync(path.join(shots, f), { force: true });
  let server: CodeServer | undefined;
  const browser = await launchChromium();
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  const timer = setTimeout(() => {
    console.error(`UI test exceeded its total limit of ${TOTAL_LIMIT_MS / 1000} s`);
    process.exit(1);
  }, TOTAL_LIMIT_MS);
  try {
    server = await startCodeServer(path.join(work, 'state'), vsix, ws);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to (execute|load|apply)/.test(m.text()))
        cspViolations.push(m.text().slice(0, 200));
    });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    // E2E_ONLY=<text> runs only the steps whose name contains it (for working on one step).
    for (const step of steps.filter((s) => !process.env.E2E_ONLY || s.name.includes(process.env.E2E_ONLY))) {
      const t0 = Date.now();
      try {
        const detail = await step.run(page);
        results.push({ name: step.name, ok: true, detail, ms: Date.now() - t0 });
        console.log(`✔ ${step.name} (${Date.now() - t0} ms): ${detail}`);
      } catch (e) {
        const shot = path.join(shots, `FAILED-${step.name.split(':')[0]}.png`);
        await page.screenshot({ path: shot }).catch(() => undefined);
        results.push({ name: step.name, ok: false, detail: (e as Error).message, ms: Date.now() - t0 });
        console.log(`✖ ${step.name} (${Date.now() - t0} ms): ${(e as Error).message}\n  screenshot: ${shot}`);
      }
    }
  } finally {
    clearTimeout(timer);
    await browser.close();
    server?.stop();
  }
  if (cspViolations.length) {
    console.log(`✖ Content-Security-Policy violations: ${cspViolations.join(' | ')}`);
    results.push({ name: 'no CSP violations', ok: false, detail: cspViolations.join(' | '), ms: 0 });
  }
  if (dialogs.length) {
    console.log(`✖ unexpected browser dialogs: ${dialogs.join(' | ')}`);
    results.push({ name: 'no dialogs', ok: false, detail: dialogs.join(' | '), ms: 0 });
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error('UI test could not run:', e);
    process.exit(1);
  },
);
