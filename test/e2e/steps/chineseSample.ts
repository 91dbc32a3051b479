/**
 * The Chinese sample, samples/tea-shop-zh.crmnb, in a Chinese VS Code (#15): first as it is
 * shipped (its saved outputs, what a shop owner sees on opening it), then after Run All in the
 * kernel with the shop's currency set to CNY. Checks what a person reads: the Chinese narrative,
 * Chinese summaries, segment names and chart titles, money with separators (and ¥ after the run),
 * and no "undefined", "NaN" or raw floats in tables, summaries and charts. Screenshots:
 * zh-sample-*.png.
 */
import type { Page } from 'playwright-core';
import path from 'node:path';
import {
  cellStates,
  closeEditors,
  focusLastCell,
  openFile,
  reveal,
  scrollNotebook,
  shown,
  toolbar,
  until,
  waitForRunToEnd,
} from '../workbench';

const SAMPLE = 'tea-shop-zh.crmnb';
/** Code cells of the sample (samples/tea-shop-zh.crmnb). */
const CODE_CELLS = 22;
/** The summary of the last output, the action list. */
const ACTIONS = /需要联系 \d+ 位客户/;

/**
 * The text of the notebook's rich outputs (tables, Markdown summaries, charts), which the
 * extension formats. Bare values a cell returns (a number, an object) are left out: VS Code's
 * own text renderer shows those as the kernel's plain text (Markdown, cells and outputs, is in #preview).
 */
async function richOutputText(page: Page): Promise<string> {
  const texts = await Promise.all(
    page.frames().map((f) =>
      f
        .locator('.crm-table, .crm-vega, #preview')
        .allInnerTexts()
        .catch(() => [] as string[]),
    ),
  );
  return texts.flat().join('\n');
}

/** What a reader would stumble on in formatted output: undefined, NaN, floats with float noise. */
function readingProblems(text: string): string[] {
  const problems: string[] = [];
  for (const word of ['undefined', 'NaN', 'null', '[object Object]']) if (text.includes(word)) problems.push(`"${word}"`);
  const floats = text.match(/\d+\.\d{6,}/g);
  if (floats) problems.push(`raw floats ${[...new Set(floats)].slice(0, 5).join(', ')}`);
  return problems;
}

/** Shows the last cell, the action list, with its summary on screen. */
async function showLastOutput(page: Page): Promise<void> {
  await focusLastCell(page);
  await until(
    'the action list on screen',
    async () => {
      for (const f of page.frames()) {
        const box = await f
          .getByText(ACTIONS)
          .first()
          .boundingBox()
          .catch(() => null);
        if (box && box.y >= 100 && box.y <= 800) return true;
      }
      return false;
    },
    30_000,
  );
}

async function checkChinese(page: Page, step: string): Promise<string> {
  for (const text of [/^各分群的客户与收入占比$/, /冠军客户/, /复购率 43\.5%/, /NPS 17\.1/, /需要联系 \d+ 位客户/])
    if (!(await shown(page, text))) throw new Error(`${step}: the notebook does not show ${text}`);
  const text = await richOutputText(page);
  const problems = readingProblems(text);
  if (problems.length) throw new Error(`${step}: ${problems.join('; ')} in the outputs`);
  const leaks = ['Champions', 'Repeat rate', 'kept', 'Showing 100 of'].filter((w) => text.includes(w));
  if (leaks.length) throw new Error(`${step}: English in the outputs: ${leaks.join(', ')}`);
  return text;
}

export function chineseSampleSteps(shots: string): [string, (page: Page) => Promise<string>][] {
  const shot = (name: string) => path.join(shots, `zh-sample-${name}.png`);
  return [
    [
      'zh-3-sample: the Chinese sample as shipped reads as Chinese, with its saved outputs',
      async (page) => {
        await closeEditors(page);
        await openFile(page, SAMPLE);
        await until('the Chinese narrative', () => shown(page, /^山野茶舍：一人公司的客户分析$/), 60_000);
        await page.screenshot({ path: shot('top') });
        await reveal(page, /^交易：保留了 1,214 行中的 1,155 行$/);
        await page.screenshot({ path: shot('orders') });
        await reveal(page, /^各分群的客户与收入占比$/);
        await page.screenshot({ path: shot('rfm') });
        await showLastOutput(page);
        await page.screenshot({ path: shot('actions') });
        const text = await checkChinese(page, 'saved outputs');
        if (!text.includes('115,241.80')) throw new Error('the champions’ revenue is not shown as 115,241.80');
        return `narrative, summaries, segment names and chart titles in Chinese; money with separators (115,241.80); ${text.length} characters of output read`;
      },
    ],
    [
      'zh-4-sample-run-all: Run All on the Chinese sample, money in ¥',
      async (page) => {
        const t0 = Date.now();
        await toolbar(page, 'Run All').click();
        await waitForRunToEnd(page, 120_000);
        const ran = Date.now() - t0;
        await scrollNotebook(page, -1e6); // cellStates reads from the first code cell on screen
        const states = await cellStates(page);
        if (states.length !== CODE_CELLS || states.some((s) => s !== 'ok'))
          throw new Error(`cell states after Run All: ${states.join(', ')}`);
        await showLastOutput(page); // cellStates walked every cell: every output is rendered
        await page.screenshot({ path: shot('run-actions') });
        const text = await checkChinese(page, 'after Run All');
        const yuan = text.match(/¥\d{1,3}(,\d{3})+\.\d\d/g) ?? [];
        if (!yuan.length) throw new Error('no amount shown as ¥ with separators after Run All');
        return `${states.length} cells ok in ${ran} ms; amounts such as ${[...new Set(yuan)].slice(0, 3).join(', ')}`;
      },
    ],
  ];
}
