/**
 * UI step for the live grid (issue 12): on the sample shop's RFM table (2,001 customers, 100 rows
 * saved in the output), sort by `monetary` descending and check that the top row is the shop's
 * best customer over the whole table (C1619 at 2,612.73, named in the issue), page to the last
 * page, filter, export every matching row through the save dialog and read the file back; then
 * screenshots of the grid with its column profiles in dark and light themes; after a kernel
 * restart, the grid says it sorts within the saved rows.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { focusCell, openAndRunAll, outputFrame, runCommand, until } from '../workbench';

type Step = { name: string; run: (page: Page) => Promise<string> };

const RFM_GRID = '.crm-table:has(th[data-column="monetary"]):has(th[data-column="segment"])';

async function status(grid: Locator): Promise<string> {
  return (await grid.locator('.crm-table-status').textContent()) ?? '';
}

async function theme(page: Page, name: string): Promise<void> {
  await runCommand(page, 'Preferences: Color Theme');
  await page.locator('.quick-input-widget input').fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** The grid's text in column `name` of the shown rows. */
async function columnText(grid: Locator, name: string): Promise<string[]> {
  const index = await grid
    .locator('thead tr')
    .first()
    .locator('th')
    .evaluateAll((ths, n) => ths.findIndex((th) => (th as HTMLElement).dataset.column === n), name);
  return grid.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents();
}

/**
 * Scrolls the notebook (not the output's own frame) until the element is inside the window: a grid
 * below the fold of a long notebook cannot be clicked, and the output frame cannot scroll its parent.
 */
async function reveal(page: Page, target: Locator): Promise<void> {
  const height = page.viewportSize()?.height ?? 900;
  for (let i = 0; i < 40; i++) {
    const box = await target.boundingBox();
    if (box && box.y >= 120 && box.y + box.height <= height - 60) return;
    const notebook = await page.locator('.notebook-editor').filter({ visible: true }).first().boundingBox();
    if (!notebook) return;
    await page.mouse.move(notebook.x + notebook.width / 2, notebook.y + notebook.height / 2);
    const dy = !box ? 300 : box.y < 120 ? Math.max(-400, box.y - 200) : Math.min(400, box.y + box.height - (height - 100));
    await page.mouse.wheel(0, dy);
    await page.waitForTimeout(100);
  }
}

export function liveGridStep(shots: string, workspace: () => string): Step {
  return {
    name: 'live-grid: sort, page, filter and export all 2,001 rows of crm.rfm; profiles in dark and light (#12)',
    async run(page) {
      await openAndRunAll(page, 'getting-started.crmnb');
      await focusCell(page, 9); // const scores = crm.rfm(tx, …); scores
      const frame: Frame = await outputFrame(page, RFM_GRID);
      const grid = frame.locator(RFM_GRID).first();
      await grid.scrollIntoViewIfNeeded();
      await until('the profiles in the header', async () => (await grid.locator('th .crm-profile').count()) > 3);
      await until('the live status', async () => /^2,001 rows · page 1 of 81$/.test(await status(grid)));
      await theme(page, 'Dark Modern');
      await until('the dark theme', async () => (await frame.locator('body.vscode-dark').count()) > 0);
      await grid.screenshot({ path: path.join(shots, 'grid-profiles-dark.png') });

      const money = grid.locator('th[data-column="monetary"]');
      await reveal(page, money);
      await money.click();
      await money.click();
      await until(
        'monetary sorted descending',
        async () =>
          (await money.getAttribute('aria-sort')) === 'descending' &&
          /sorted by monetary ↓/.test((await grid.locator('.crm-table-sort').textContent()) ?? ''),
      );
      const top = await until('the top row', async () => {
        const [m] = await columnText(grid, 'monetary');
        const [c] = await columnText(grid, 'customerId');
        return m && /2,612\.73/.test(m) ? `${c} ${m}` : undefined;
      });
      if (!/C1619/.test(top)) throw new Error(`top customer by monetary is ${top}, not C1619 (issue 12)`);

      await reveal(page, grid.locator('button.crm-table-last'));
      await grid.locator('button.crm-table-last').click();
      await until('the last page', async () => /page 81 of 81$/.test(await status(grid)) && (await grid.locator('tbody tr').count()) === 1);

      const min = grid.locator('th[data-column="monetary"] ~ th').first(); // keep the header in view
      await min.scrollIntoViewIfNeeded();
      const filterIndex = await grid
        .locator('thead tr')
        .first()
        .locator('th')
        .evaluateAll((ths) => ths.findIndex((th) => (th as HTMLElement).dataset.column === 'monetary'));
      await reveal(page, grid.locator(`tr.crm-filter-row th:nth-child(${filterIndex + 1}) input.crm-filter-min`));
      await grid.locator(`tr.crm-filter-row th:nth-child(${filterIndex + 1}) input.crm-filter-min`).fill('1000');
      const matching = await until('the filtered count', async () => {
        const m = /^([\d,]+) of 2,001 rows match/.exec(await status(grid));
        return m ? Number(m[1].replace(/,/g, '')) : undefined;
      });
      const shown = (await columnText(grid, 'monetary')).map((t) => Number(t.replace(/[^\d.-]/g, '')));
      if (!shown.length || shown.some((x) => x < 1000)) throw new Error(`filter monetary ≥ 1000 shows ${shown.join(', ')}`);

      await grid.locator('select.crm-table-export').selectOption('csv');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      const target = path.join(workspace(), 'table.csv');
      // The dialog offers table.csv beside the notebook: accept it as it is (typing into code-server's
      // simple file dialog races with its completion).
      await until('the suggested file name', async () => /[\\/]table\.csv$/.test(await input.inputValue()));
      await page.keyboard.press('Enter');
      await until('the export file', async () => existsSync(target), 30_000);
      const lines = await until('the whole export', async () => {
        const l = readFileSync(target, 'utf8').trim().split('\r\n');
        return l.length === matching + 1 ? l : undefined;
      });
      if (!/monetary/.test(lines[0])) throw new Error(`export header: ${lines[0]}`);

      await theme(page, 'Light Modern');
      await until('the light theme', async () => (await frame.locator('body.vscode-light').count()) > 0);
      await grid.locator('.crm-table-scroll').evaluate((e) => (e.scrollLeft = 0));
      await grid.screenshot({ path: path.join(shots, 'grid-profiles-light.png') });

      // Without the kernel's table (a restart), the grid works on the saved rows and says so.
      await runCommand(page, 'CRM: Restart Kernel');
      await grid.locator(`tr.crm-filter-row th:nth-child(${filterIndex + 1}) input.crm-filter-min`).fill('');
      await reveal(page, grid.locator('th[data-column="recency"]'));
      await grid.locator('th[data-column="recency"]').click();
      const notice = await until('the saved-rows notice', async () => {
        const text = (await grid.locator('.crm-table-notice').textContent()) ?? '';
        return /Sorted within the 100 saved rows — run the cell to sort all 2,001/.test(text) ? text : undefined;
      });
      await until('the saved-rows status', async () => /^100 rows · page 1 of 4$/.test(await status(grid)));
      await grid.screenshot({ path: path.join(shots, 'grid-saved-rows-light.png') });
      return `top row ${top}; last page holds 1 row; monetary ≥ 1,000: ${matching} rows; exported ${lines.length - 1} rows to table.csv; after a restart: "${notice}"`;
    },
  };
}
