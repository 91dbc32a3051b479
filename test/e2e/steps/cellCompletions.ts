/**
 * UI step for #14: in a notebook cell, typing `crm.rf` opens the suggestion list with `rfm`, the
 * completions coming from the notebook's TypeScript language service.
 */
import type { Page } from 'playwright-core';
import path from 'node:path';
import { closeEditors, openFile, until } from '../workbench';

const shots = path.resolve(__dirname, '../../..', 'test/e2e/screenshots');

export const cellCompletionsStep = {
  name: '7-completions: typing crm.rf in a cell suggests rfm (#14)',
  async run(page: Page): Promise<string> {
    await closeEditors(page);
    await openFile(page, 'completions.crmnb');
    const editor = page.locator('.notebook-editor .code-cell-row .monaco-editor').filter({ visible: true }).first();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('crm.rf', { delay: 80 });
    const suggest = page.locator('.suggest-widget.visible .monaco-list-row');
    const labels = await until(
      'the suggestion list with rfm',
      async () => {
        const rows = await suggest.allTextContents();
        if (rows.some((r) => /^rfm\b/.test(r.trim()))) return rows;
        // The list can close while the language service starts; ask again.
        await page.keyboard.press('Control+Space');
        return undefined;
      },
      60_000,
      1000,
    );
    await page.screenshot({ path: path.join(shots, '07-completions.png') });
    await page.keyboard.press('Escape');
    return `suggestions: ${labels
      .slice(0, 5)
      .map((l) => l.trim())
      .join(', ')}`;
  },
};
