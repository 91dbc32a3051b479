import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as aq from 'arquero';
import ExcelJS from 'exceljs';
import { answerGridRequest } from '../../../../src/kernel/grid/answerGridRequest';
import { TableStore } from '../../../../src/kernel/grid/TableStore';
import { formatDisplay } from '../../../../src/kernel/formatDisplay';
import type { GridReply, TableColumn } from '../../../../src/protocol/index';

const columns: TableColumn[] = [
  { name: 'customer', type: 'string' },
  { name: 'monetary', type: 'number' },
  { name: 'first', type: 'date' },
];
const table = aq.table({
  customer: ['=HYPERLINK("x")', 'Bo', 'Cy', 'Di', 'Ed'],
  monetary: [10.5, 2612.7300000000005, null, 99, -5],
  first: [1, 2, 3, 4, 5].map((d) => new Date(Date.UTC(2024, 0, d))),
});
const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-grid-'));
const noQuery = { sort: [], filters: [] };
const byMoney = { sort: [{ column: 'monetary', descending: true }], filters: [] };

function storeWith() {
  const store = new TableStore();
  return { store, id: store.keep(table, columns)! };
}
const error = (r: GridReply) => (r.type === 'error' ? `${r.code}: ${r.message}` : `no error but ${r.type}`);

describe('the kernel answers the live grid (kernel/grid/answerGridRequest)', () => {
  it('gives a page of the sorted table with raw values (full precision; dates as ISO text)', async () => {
    const { store, id } = storeWith();
    const r = await answerGridRequest(store, { type: 'page', tableId: id, query: byMoney, page: 0, pageSize: 2 }, dir);
    assert.deepEqual(r, {
      type: 'page',
      tableId: id,
      rows: [
        ['Bo', 2612.7300000000005, '2024-01-02T00:00:00.000Z'],
        ['Di', 99, '2024-01-04T00:00:00.000Z'],
      ],
      rowNumbers: [1, 3],
      page: 0,
      pageCount: 3,
      matchingRows: 5,
      totalRows: 5,
    });
  });

  it('answers an unknown id, a bad column, a page past the end and a malformed message with an error, never a throw', async () => {
    const { store, id } = storeWith();
    assert.match(
      error(await answerGridRequest(store, { type: 'profile', tableId: 'other-1' }, dir)),
      /^unknown-table: .*run the cell again/,
    );
    const badColumn = {
      type: 'page',
      tableId: id,
      query: { sort: [{ column: 'revenue', descending: true }], filters: [] },
      page: 0,
      pageSize: 25,
    };
    assert.match(
      error(await answerGridRequest(store, badColumn, dir)),
      /^bad-request: the table has no column "revenue"; its columns are customer, monetary, first/,
    );
    assert.match(
      error(await answerGridRequest(store, { type: 'page', tableId: id, query: noQuery, page: 9, pageSize: 25 }, dir)),
      /^bad-request: page 10 is past the last page \(1\)/,
    );
    assert.match(error(await answerGridRequest(store, { type: 'page', tableId: id }, dir)), /^bad-request: a query needs sort and filters/);
    assert.match(error(await answerGridRequest(store, 'page 1', dir)), /^bad-request: a grid request must be an object/);
  });

  it('exports every row of the sorted, filtered table to CSV (formula text neutralised) and XLSX, atomically', async () => {
    const { store, id } = storeWith();
    const csv = path.join(dir, 'all.csv');
    const query = {
      sort: [{ column: 'customer', descending: false }],
      filters: [{ kind: 'range' as const, column: 'monetary', max: 100 }],
    };
    const r = await answerGridRequest(store, { type: 'export', tableId: id, query, path: csv, format: 'csv' }, dir);
    assert.deepEqual(r, { type: 'exported', tableId: id, path: csv, rows: 3 });
    assert.equal(
      readFileSync(csv, 'utf8'),
      '\ufeffcustomer,monetary,first\r\n"\'=HYPERLINK(""x"")",10.5,2024-01-01\r\nDi,99,2024-01-04\r\nEd,-5,2024-01-05\r\n',
    );
    const xlsx = path.join(dir, 'all.xlsx');
    const x = await answerGridRequest(store, { type: 'export', tableId: id, query: byMoney, path: xlsx, format: 'xlsx' }, dir);
    assert.equal(x.type, 'exported');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.worksheets[0];
    assert.equal(sheet.rowCount, 6);
    assert.deepEqual([sheet.getCell('A2').value, sheet.getCell('B2').value], ['Bo', 2612.7300000000005]);
  });

  it('keeps every table output of a cell under the id in its payload', async () => {
    const [out] = formatDisplay(table, 2);
    const payload = JSON.parse(out.items[0].data);
    assert.equal(payload.rows.length, 2);
    assert.match(payload.id, /^[0-9a-f]{8}-\d+$/);
  });
});

describe('the table store (kernel/grid/TableStore)', () => {
  it('forgets the least recently used table beyond its table and cell limits', () => {
    const store = new TableStore({ maxTables: 2, maxCells: 40 });
    const a = store.keep(table, columns)!; // 15 cells
    const b = store.keep(table, columns)!;
    assert.ok(store.get(a)); // a is now the most recent
    const c = store.keep(table, columns)!;
    assert.deepEqual([!!store.get(a), !!store.get(b), !!store.get(c)], [true, false, true]);
    const d = store.keep(table, columns)!; // 45 cells > 40: the oldest goes
    assert.equal(store.size, 2);
    assert.ok(store.get(d));
    assert.equal(new TableStore({ maxCells: 10 }).keep(table, columns), undefined, 'a table over the limit on its own is not kept');
  });

  it('gives ids that a new kernel process never recognises (a random tag per store)', () => {
    const id = new TableStore().keep(table, columns)!;
    assert.equal(new TableStore().get(id), undefined);
  });
});
