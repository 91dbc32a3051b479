import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KernelProcess } from '../../../src/host/KernelProcess';
import type { TablePayload } from '../../../src/protocol/index';

const kernelPath = path.resolve('dist/kernel/main.mjs');

describe('grid requests to a kernel process (host/KernelProcess.gridRequest, issue 12)', () => {
  let k: KernelProcess;
  let payload: TablePayload;

  before(async () => {
    k = new KernelProcess({ kernelPath, notebookDir: mkdtempSync(path.join(os.tmpdir(), 'crm-grid-ipc-')), maxRows: 100 });
    let table: TablePayload | undefined;
    const r = await k.execute(
      'aq.table({ id: Array.from({ length: 2001 }, (_, i) => "C" + i), monetary: Array.from({ length: 2001 }, (_, i) => (i * 7919) % 2003) })',
      'Cell 1',
      'typescript',
      {
        onDisplay: (o) => {
          const item = o.items.find((i) => i.mime === 'application/vnd.crm-workbench.table+json');
          if (item) table = JSON.parse(item.data);
        },
      },
    );
    assert.equal(r.status, 'ok');
    payload = table!;
  });
  after(() => k.dispose());

  it('saves 100 rows in the output and answers a sort over all 2,001 from the kernel', async () => {
    assert.equal(payload.rows.length, 100);
    assert.equal(payload.totalRows, 2001);
    const reply = await k.gridRequest({
      type: 'page',
      tableId: payload.id!,
      query: { sort: [{ column: 'monetary', descending: true }], filters: [] },
      page: 0,
      pageSize: 3,
    });
    if (reply.type !== 'page') assert.fail(JSON.stringify(reply));
    const page = reply;
    // The reference: all 2,001 values sorted here, independently of the kernel.
    const all = Array.from({ length: 2001 }, (_, i) => (i * 7919) % 2003).sort((a, b) => b - a);
    assert.deepEqual(
      page.rows.map((r) => r[1]),
      all.slice(0, 3),
    );
    assert.equal(page.pageCount, 667);
  });

  it('answers "unknown-table" for an id of another kernel and "kernel-gone" once the kernel is gone, without starting one', async () => {
    const unknown = await k.gridRequest({ type: 'profile', tableId: '00000000-1' });
    assert.equal(unknown.type === 'error' && unknown.code, 'unknown-table');
    await k.kill();
    const gone = await k.gridRequest({ type: 'profile', tableId: payload.id! });
    assert.equal(gone.type === 'error' && gone.code, 'kernel-gone');
    assert.equal(k.alive, false);
  });
});
