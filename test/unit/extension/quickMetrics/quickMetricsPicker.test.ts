import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode'; // the fake (test/unit/fakes/vscode.ts), aliased by the unit-test build
import { fake } from '../../fakes/vscode';
import { quickMetrics } from '../../../../src/extension/quickMetrics/quickMetricsCommand';
import { MetricsStatusBar } from '../../../../src/extension/quickMetrics/MetricsStatusBar';

// A file the CLI cannot classify ("cannot tell what this file is"), so the command asks with pickers.
const dir = mkdtempSync(path.join(tmpdir(), 'qm-picker-'));
const file = path.join(dir, 'export.csv');
writeFileSync(file, 'a,b,c\nx1,2024-01-05,10\nx2,2024-02-01,20\nx1,2024-03-01,5\n');

function deps() {
  const memory = new Map<string, unknown>();
  const item = {
    text: '',
    tooltip: '' as unknown,
    command: undefined as unknown,
    visible: false,
    show: () => (item.visible = true),
    hide: () => (item.visible = false),
  };
  return {
    deps: {
      extensionUri: vscode.Uri.file('.'), // dist/cli.js of this build
      state: {
        get: (k: string) => memory.get(k),
        update: async (k: string, v: unknown) => void memory.set(k, v),
        keys: () => [...memory.keys()],
      },
      statusBar: new MetricsStatusBar(item as never),
      log: { appendLine: () => undefined },
    } as never,
    memory,
  };
}

describe('Quick Metrics pickers on first use (#15: "the column picker closes by itself and the panel says Cancelled.")', () => {
  beforeEach(() => fake.reset());

  it("keeps the pickers open while the new panel's webview loads, and shows the figures", async () => {
    // The race: the first run creates the panel, whose webview loads while the CLI works out that
    // it cannot tell what the file is and the pickers open (the fake loads it while the first picker
    // is open); a loaded webview that took focus closed the open picker.
    fake.pickItem = (items, o) => {
      const want = o.title?.startsWith('What is')
        ? 'Orders or transactions'
        : o.title?.includes('customer')
          ? 'a'
          : o.title?.includes('date')
            ? 'b'
            : 'c';
      return { index: items.findIndex((i) => i.label === want), afterMs: 120 };
    };
    const { deps: d, memory } = deps();
    await quickMetrics(d, vscode.Uri.file(file));
    assert.deepEqual(
      fake.picks.map((p) => p.closedByFocus),
      [false, false, false, false],
      'no picker closed by a focus move',
    );
    const last = fake.posted.at(-1) as { type: string; message?: string };
    assert.equal(last.type, 'content', `the panel shows figures, not "${last.message}"`);
    assert.deepEqual([...memory.values()], [{ kind: 'orders', columns: { customerId: 'a', orderDate: 'b', amount: 'c' } }]);
  });

  it('still says "Cancelled." when the user dismisses a picker', async () => {
    fake.pickItem = () => undefined;
    const { deps: d } = deps();
    await quickMetrics(d, vscode.Uri.file(file));
    assert.deepEqual(fake.posted.at(-1), { type: 'error', message: 'Cancelled.' });
  });
});
