/**
 * UI end-to-end test of the Chinese display language (issue 15 item 4): the packaged extension in
 * a code-server whose display language is zh-cn (the machine's zh-cn.sh beside E2E_START_SCRIPT,
 * or ZH_CN_SCRIPT; VS Code's own menus stay English, the extension speaks Chinese), driven by
 * Chromium with --lang=zh-CN. It runs the getting-started notebook and Quick Metrics, checks that
 * the kernel's summaries, segment names, chart titles and the panel's exclusion reasons are
 * Chinese, opens the Chinese sample (saved outputs, then Run All), prints its report on A4 and
 * Letter, and saves screenshots (test/e2e/screenshots/zh-*.png, report-print-tea-shop-zh-*.png).
 * Run with `npm run test:e2e:zh`.
 */
import type { Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, startCodeServer, type CodeServer } from './codeServer';
import { chineseSampleSteps } from './steps/chineseSample';
import { printedReportStep } from './steps/printedReport';
import { closeEditors, openAndRunAll, outputFrame, reveal, runCommand, shown, until } from './workbench';

const root = path.resolve(__dirname, '../../..');
const shots = path.join(root, 'test/e2e/screenshots');
const TOTAL_LIMIT_MS = 9 * 60_000;

/** The script that makes a code-server state report zh-cn: ZH_CN_SCRIPT, or next to E2E_START_SCRIPT (the machine's code-server set-up). */
function zhScript(): string {
  const candidates = [
    process.env.ZH_CN_SCRIPT,
    process.env.E2E_START_SCRIPT && path.join(path.dirname(process.env.E2E_START_SCRIPT), 'zh-cn.sh'),
  ];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found) throw new Error('zh-cn.sh not found: set ZH_CN_SCRIPT, or E2E_START_SCRIPT to a start script that has zh-cn.sh beside it');
  return found;
}

async function notebookStep(page: Page): Promise<string> {
  await openAndRunAll(page, 'getting-started.crmnb');
  // The RFM cell: its summary (Markdown), its table's Chinese segment names, its heatmap's Chinese title.
  await reveal(page, /位客户的 RFM 评分/);
  await page.screenshot({ path: path.join(shots, 'zh-notebook-rfm.png') });
  await reveal(page, /^按最近购买评分与购买频次评分的客户分布$/);
  await page.screenshot({ path: path.join(shots, 'zh-notebook-heatmap.png') });
  if (!(await shown(page, /冠军客户/))) throw new Error('no Chinese segment name in the notebook');
  await reveal(page, /丢弃 2 行：缺少客户编号/);
  await page.screenshot({ path: path.join(shots, 'zh-notebook-quality.png') });
  const leaks: string[] = [];
  for (const w of ['missing id', 'dropped 2 rows', 'RFM scores for', 'Customers by recency', 'Showing 100 of'])
    if (await shown(page, w)) leaks.push(w);
  if (leaks.length) throw new Error(`English in the Chinese notebook: ${leaks.join(', ')}`);
  return 'summaries, segment names, chart titles and exclusion reasons in Chinese';
}

async function quickMetricsStep(page: Page): Promise<string> {
  await closeEditors(page);
  await page
    .locator('.explorer-folders-view .monaco-list-row', { hasText: /^orders\.csv$/ })
    .first()
    .click()
    .catch(async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'data' }).first().click();
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'orders.csv' }).first().click();
    });
  await page.locator('.tabs-container .tab.active[aria-label^="orders.csv"]').waitFor({ timeout: 30_000 });
  await runCommand(page, 'CRM: 快速指标…');
  const panel = await until(
    'the Chinese Quick Metrics panel',
    async () => {
      const frame = await outputFrame(page, '.figure .value', 60_000);
      const text = await frame.locator('body').innerText();
      return /缺少客户编号/.test(text) ? frame : undefined;
    },
    90_000,
  );
  const text = await panel.locator('body').innerText();
  await until('the panel charts', async () => (await panel.locator('canvas, svg').count()) > 0 || undefined, 30_000).catch(() => undefined);
  await page.screenshot({ path: path.join(shots, 'zh-quick-metrics-panel.png') });
  await panel.getByText('缺少客户编号').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'zh-quick-metrics-quality.png') });
  for (const shown of ['缺少客户编号', '冠军客户'])
    if (!text.includes(shown)) throw new Error(`the panel does not show "${shown}":\n${text.slice(0, 2000)}`);
  const leaks = ['missing id', 'Champions', 'Excluded'].filter((w) => text.includes(w));
  if (leaks.length) throw new Error(`English in the Chinese panel: ${leaks.join(', ')}`);
  return 'panel figures, segments and exclusion reasons in Chinese';
}

async function main(): Promise<number> {
  const vsix = path.join(root, 'dist/crm-workbench.vsix');
  const work = mkdtempSync(path.join(os.tmpdir(), 'crm-e2e-zh-'));
  const ws = path.join(work, 'workspace');
  const state = path.join(work, 'state');
  cpSync(path.join(root, 'samples'), ws, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  cpSync(path.join(ws, 'data/orders.csv'), path.join(ws, 'orders.csv'));
  mkdirSync(shots, { recursive: true });
  const zh = spawnSync('bash', [zhScript()], { env: { ...process.env, STATE: state }, encoding: 'utf8' });
  if (zh.status !== 0) throw new Error(`zh-cn.sh failed: ${zh.stderr}`);
  let server: CodeServer | undefined;
  const browser = await launchChromium(['--lang=zh-CN']);
  const timer = setTimeout(() => {
    console.error(`Chinese UI test exceeded its total limit of ${TOTAL_LIMIT_MS / 1000} s`);
    process.exit(1);
  }, TOTAL_LIMIT_MS);
  let passed = 0;
  let failed = 0;
  try {
    // A Chinese shop sets its currency (the sample's Taobao and WeChat exports have no currency column).
    server = await startCodeServer(state, vsix, ws, { 'crmWorkbench.currency': 'CNY' });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    const steps: [string, (page: Page) => Promise<string>][] = [
      ['zh-1-notebook: the kernel speaks Chinese in a Chinese VS Code', notebookStep],
      ['zh-2-quick-metrics: the panel speaks Chinese', quickMetricsStep],
      ...chineseSampleSteps(shots),
      [
        'zh-5-printed-report: the Chinese sample’s report prints on A4 and Letter, each chapter on a new page',
        printedReportStep({ root, sample: 'tea-shop-zh', lang: 'zh-cn', shots }),
      ],
    ];
    // E2E_ONLY=<text> runs only the steps whose name contains it (for working on one step).
    for (const [name, step] of steps.filter(([name]) => !process.env.E2E_ONLY || name.includes(process.env.E2E_ONLY))) {
      const t0 = Date.now();
      try {
        const detail = await step(page);
        passed++;
        console.log(`✔ ${name} (${Date.now() - t0} ms): ${detail}`);
      } catch (e) {
        failed++;
        const shot = path.join(shots, `FAILED-${name.split(':')[0]}.png`);
        await page.screenshot({ path: shot }).catch(() => undefined);
        console.log(`✖ ${name} (${Date.now() - t0} ms): ${(e as Error).message}\n  screenshot: ${shot}`);
      }
    }
  } finally {
    clearTimeout(timer);
    await browser.close();
    server?.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error('Chinese UI test could not run:', e);
    process.exit(1);
  },
);
