import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analysisNotebook, analysisNotebookPath } from '../../../src/extension/quickMetrics/analysisNotebook';

// The module is pure (no vscode import), so the notebook it writes is tested by running it.
describe('the analysis notebook of Quick Metrics', () => {
  it('runs clean on an orders export and on a survey export', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-analysis-'));
    for (const [file, kind] of [
      ['orders.csv', 'orders'],
      ['survey.csv', 'survey'],
    ] as const) {
      const data = path.join(dir, file);
      copyFileSync(path.join('samples/data', file), data);
      const nb = analysisNotebookPath(data);
      assert.equal(nb, `${data}.analysis.crmnb`);
      writeFileSync(nb, analysisNotebook(data, kind));
      const r = spawnSync(process.execPath, ['dist/cli.js', 'run', nb], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(r.status, 0, r.stderr);
      const cells = JSON.parse(readFileSync(nb, 'utf8')).cells.filter((c: { kind: string }) => c.kind === 'code');
      assert.ok(cells.length >= 3, `the ${kind} notebook has code cells (${cells.length})`);
      assert.deepEqual(
        cells.map((c: { execution?: { success?: boolean } }) => c.execution?.success),
        cells.map(() => true),
        'every code cell ran clean',
      );
    }
  });

  it('passes a column mapping to prepareTransactions', () => {
    assert.match(
      analysisNotebook('/x/sales.csv', 'orders', { customerId: 'Client' }),
      /prepareTransactions\(await load\(\\"sales\.csv\\"\), \{\\"customerId\\":\\"Client\\"\}\)/,
    );
  });
});
