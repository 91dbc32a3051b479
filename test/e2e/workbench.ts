/**
 * What the UI test does as a person would, on code-server's workbench: run commands from the
 * palette, open files, scroll, find output frames, click toolbar actions (Interrupt with a retry
 * when a click is lost), read cell states. Every helper waits on a condition, never a fixed sleep.
 */
import type { Frame, Page } from 'playwright-core';

export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false | null>,
  timeoutMs = 30_000,
  everyMs = 200,
): Promise<T> {
  const t0 = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeoutMs)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message.split('\n')[0]})` : ''}`,
      );
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Runs a command from the palette; retried because early on the palette says "No matching commands". */
export async function runCommand(page: Page, label: string): Promise<void> {
  await until(
    `command "${label}" in the palette`,
    async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(`>${label}`);
      // The row whose label is exactly the command (others may contain its words).
      const row = page
        .locator('.quick-input-list .monaco-list-row')
        .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) })
        .first();
      await row.waitFor({ state: 'visible', timeout: 3000 });
      await row.click();
      return true;
    },
    60_000,
    1000,
  );
}

export async function openFile(page: Page, name: string): Promise<void> {
  await until(
    `quick open of ${name}`,
    async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(name);
      // Click the row that matches: Enter could pick a stale "recently opened" entry.
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
      await row.waitFor({ state: 'visible', timeout: 5000 });
      await row.click();
      return true;
    },
    60_000,
    1000,
  );
  await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator('.notebook-editor:visible').first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** Scrolls the visible notebook by `dy` pixels (the mouse wheel over the cell list). */
export async function scrollNotebook(page: Page, dy: number): Promise<void> {
  const editor = page.locator('.notebook-editor').filter({ visible: true }).first();
  if ((await editor.count()) === 0) return; // no notebook on screen (a CSV editor, a panel)
  const box = await editor.boundingBox();
  if (!box) return;
  // Over the left gutter of the part on screen: outputs (which scroll themselves) never cover it.
  await page.mouse.move(box.x + 12, Math.min(box.y + 300, box.y + box.height / 2));
  await page.mouse.wheel(0, dy);
}

/**
 * The frame holding a notebook's outputs (webview iframe → active-frame) that contains `has`.
 * VS Code renders a cell's outputs when the cell scrolls into view, so this scrolls down, from
 * the top, as a reader would, until it appears.
 */
export async function outputFrame(page: Page, has: string, timeoutMs = 60_000): Promise<Frame> {
  await scrollNotebook(page, -1e6);
  return until(
    `an output frame with ${has}`,
    async () => {
      for (const f of page.frames())
        if (
          (await f
            .locator(has)
            .count()
            .catch(() => 0)) > 0
        )
          return f;
      await scrollNotebook(page, 300);
      return undefined;
    },
    timeoutMs,
    400,
  );
}

/** Whether some frame shows `text` (outputs live in nested webview frames, Markdown in a shadow root, which locators pierce). */
export async function shown(page: Page, text: string | RegExp): Promise<boolean> {
  const counts = await Promise.all(
    page.frames().map((f: Frame) =>
      f
        .getByText(text)
        .count()
        .catch(() => 0),
    ),
  );
  return counts.some((n) => n > 0);
}

/**
 * Scrolls the notebook, from the top, until an output matching `text` is on screen
 * (outputs are rendered as their cells scroll into view), so that a screenshot of the page shows it.
 */
export async function reveal(page: Page, text: RegExp): Promise<void> {
  await scrollNotebook(page, -1e6);
  await until(
    `an output showing ${text} on screen`,
    async () => {
      for (const f of page.frames()) {
        const loc = f.getByText(text).first();
        if (!(await loc.count().catch(() => 0))) continue;
        const box = await loc.boundingBox().catch(() => null);
        if (box && box.y >= 120 && box.y <= 420) return true;
        await scrollNotebook(page, box && box.y < 120 ? -250 : 250);
        return false;
      }
      await scrollNotebook(page, 300);
      return false;
    },
    90_000,
    400,
  );
}

/** A toolbar action of the visible notebook editor. */
export function toolbar(page: Page, label: string) {
  return page.locator(`.notebook-toolbar-container .action-item [aria-label="${label}"]:visible`).first();
}

/** Closes every editor without saving (runs make notebooks dirty). */
export async function closeEditors(page: Page): Promise<void> {
  while ((await page.locator('.tabs-container .tab').count()) > 0) {
    await runCommand(page, 'View: Revert and Close Editor');
    await page.waitForTimeout(300);
  }
}

/**
 * Waits for a Run All started just now to end: Interrupt shows while cells run, Run All when done.
 * @param seen.started the caller saw the run start (an output came): no need to wait for Interrupt to show
 */
export async function waitForRunToEnd(page: Page, timeoutMs: number, seen: { started?: boolean } = {}): Promise<void> {
  if (!seen.started)
    await until('the run to start', async () => (await toolbar(page, 'Interrupt').count()) > 0 || undefined, 15_000, 100).catch(
      () => undefined,
    );
  await until(
    'the run to end',
    async () => (await toolbar(page, 'Run All').count()) > 0 && (await toolbar(page, 'Interrupt').count()) === 0,
    timeoutMs,
    250,
  );
}

/**
 * Clicks Interrupt as a person would: on the button as it is on screen, and again when the cell
 * is still running 2 s later (a click can land while the toolbar re-renders and be lost). Gives
 * the stop time from the first click and from the last one; stops trying after 10 s.
 */
export async function interrupt(page: Page): Promise<{ sinceFirst: number; sinceLast: number; clicks: number }> {
  const stopped = async () => (await toolbar(page, 'Run All').count()) > 0 && (await toolbar(page, 'Interrupt').count()) === 0;
  const first = Date.now();
  let last = first;
  let clicks = 0;
  for (;;) {
    const button = toolbar(page, 'Interrupt');
    if ((await button.count()) > 0) {
      await button.click({ timeout: 2000 }).then(
        () => clicks++,
        () => undefined, // re-rendered or gone under the pointer: the check below decides
      );
      last = Date.now();
    }
    if (
      await until('the busy cell to stop', stopped, 2000, 100).then(
        () => true,
        () => false,
      )
    )
      break;
    if (Date.now() - first > 10_000)
      throw new Error(`the busy cell was still running 10 s after the first Interrupt click (${clicks} clicks)`);
  }
  const end = Date.now();
  if (clicks === 0) throw new Error('the cell stopped, but no click on Interrupt landed');
  return { sinceFirst: end - first, sinceLast: end - last, clicks };
}

/** Opens a notebook from a clean editor area, clicks Run All and waits for the run to end. */
export async function openAndRunAll(page: Page, name: string): Promise<void> {
  await closeEditors(page);
  await openFile(page, name);
  await toolbar(page, 'Run All').click();
  await waitForRunToEnd(page, 180_000);
}

/**
 * Selects a code cell on screen in command mode (clicks into its editor, then Escape), scrolling to
 * the top when only outputs are on screen. Rows the notebook's list keeps off screen are skipped:
 * a click on them would miss.
 */
export async function commandModeOnScreen(page: Page): Promise<void> {
  const editors = page.locator('.notebook-editor .code-cell-row .monaco-editor').filter({ visible: true });
  const onScreen = () =>
    editors.evaluateAll((els) =>
      els.findIndex((e) => {
        const r = e.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      }),
    );
  let i = await onScreen();
  if (i < 0) {
    // Only outputs on screen: the top of the notebook has a code cell (Ctrl+Home: the first cell).
    await page.keyboard.press('Control+Home');
    await scrollNotebook(page, -1e6);
    i = await until('a code cell on screen', async () => {
      const k = await onScreen();
      return k >= 0 ? k + 1 : undefined;
    }).then((k) => k - 1);
  }
  await editors.nth(i).click();
  await page.keyboard.press('Escape');
}

/**
 * Moves the cell focus to the last cell (VS Code scrolls it into view with its outputs): Ctrl+End
 * (which stops one cell short of the end) and one cell down, with the notebook focused.
 */
export async function focusLastCell(page: Page): Promise<void> {
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300); // let the outputs settle after the scroll
}

/**
 * The run state of every code cell, read as a keyboard user would: click a cell's status bar
 * (selecting the cell without editing it), then walk the cells a page at a time (VS Code renders
 * only the cells in view and scrolls the focused one into view), reading every status icon in view.
 */
export async function cellStates(page: Page): Promise<string[]> {
  const visibleRows = () =>
    page.locator('.notebook-editor .monaco-list-row').evaluateAll((els) =>
      els
        .filter((e) => (e.closest('.notebook-editor')?.getBoundingClientRect().width ?? 0) > 0)
        .map((e) => ({
          i: Number(e.getAttribute('data-index')),
          focused: e.classList.contains('focused'),
          code: e.classList.contains('code-cell-row'),
          icon: e.querySelector('.cell-statusbar-container .codicon')?.className ?? '',
        })),
    );
  // Enter a code cell's editor on screen, then Escape: the cell is selected in command mode; then the first cell.
  await commandModeOnScreen(page);
  await page.keyboard.press('Control+Home');
  for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowUp');
  const seen = new Map<number, string>();
  let last = -1;
  let unmoved = 0;
  for (let k = 0; k < 300; k++) {
    const rows = await visibleRows();
    const focused = rows.find((r) => r.focused);
    if (!focused) break;
    // At the end PageDown moves nothing; on a busy machine it may just not have yet: look again.
    if (focused.i === last) {
      if (++unmoved === 3) break;
      await page.waitForTimeout(300);
      continue;
    }
    unmoved = 0;
    last = focused.i;
    for (const r of rows)
      seen.set(
        r.i,
        !r.code
          ? 'markdown'
          : /state-success/.test(r.icon)
            ? 'ok'
            : /state-error/.test(r.icon)
              ? 'error'
              : /executing|spin/.test(r.icon)
                ? 'running'
                : 'idle',
      );
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(150);
  }
  return [...seen.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, s]) => s)
    .filter((s) => s !== 'markdown');
}

/** Moves the cell focus (command mode) to cell `index`; VS Code scrolls it into view. */
export async function focusCell(page: Page, index: number): Promise<void> {
  await until(
    `cell ${index} to be focused`,
    async () => {
      const at = await page.locator('.notebook-editor .monaco-list-row.focused').evaluateAll((els) => {
        const row = els.find((e) => (e.closest('.notebook-editor')?.getBoundingClientRect().width ?? 0) > 0);
        return row ? Number(row.getAttribute('data-index')) : -1;
      });
      if (at === index) return true;
      if (at < 0) {
        // Nothing focused: select the first code cell in view in command mode.
        await page.locator('.notebook-editor .code-cell-row .monaco-editor').filter({ visible: true }).first().click();
        await page.keyboard.press('Escape');
        return false;
      }
      await page.keyboard.press(at > index ? 'ArrowUp' : 'ArrowDown');
      await page.waitForTimeout(60);
      return false;
    },
    20_000,
    10,
  );
  await page.waitForTimeout(300); // let the outputs settle after the scroll
}

export async function debugDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('.notebook-editor .monaco-list-row')].slice(0, 4);
    return rows
      .map(
        (r) =>
          `${r.className} idx=${r.getAttribute('data-index')} :: ${[...r.querySelectorAll('*')]
            .map((e) => e.className)
            .filter((c) => typeof c === 'string' && /status|code-cell|state/.test(c))
            .slice(0, 12)
            .join(' | ')}`,
      )
      .join('\n');
  });
}
