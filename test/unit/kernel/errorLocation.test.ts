import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { transformCell } from '../../../src/kernel/cellTransform';
import { CellLocations } from '../../../src/kernel/errorLocation';

describe('CellLocations', () => {
  it('rewrites a stack to cell positions and drops kernel and Node frames', async () => {
    const t = await transformCell('const a: number = 1;\n\nfunction f() {\n  return missing + a;\n}\nf()', 'typescript', 'crm-cell-9.ts');
    const locs = new CellLocations((file) => file.includes('/dist/kernel/'));
    locs.add('crm-cell-9.ts', 'Cell 4', t.map);
    const lines = t.script.split('\n');
    const l = lines.findIndex((s) => s.includes('missing')) + 1;
    const c = lines[l - 1].indexOf('missing') + 1;
    const err = new ReferenceError('missing is not defined');
    err.stack = [
      'ReferenceError: missing is not defined',
      `    at f (crm-cell-9.ts:${l}:${c})`,
      '    at CellRuntime.evaluate (file:///x/dist/kernel/main.mjs:10:5)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      '    at helper (/home/u/shop/lib.js:3:9)',
    ].join('\n');
    const p = locs.toPayload(err);
    assert.equal(p.message, 'Cell 4, line 4, column 10: missing is not defined');
    assert.equal(
      p.stack,
      'ReferenceError: missing is not defined\n    at f (Cell 4, line 4, column 10)\n    at helper (/home/u/shop/lib.js:3:9)',
    );
  });

  it('describes a thrown non-error value', () => {
    assert.deepEqual(new CellLocations(() => false).toPayload('oops'), { name: 'Error', message: 'Uncaught "oops"' });
  });
});
