import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { maskedColumns, pseudonymizeNotebook } from '../../../src/report/index';
import type { NotebookFile } from '../../../src/protocol/index';

const key = 'report secret 1';
const code = (v: string) => createHmac('sha256', key).update(v).digest('hex').slice(0, 16);
const table = {
  columns: [
    { name: 'customerId', type: 'string' },
    { name: 'Email Address', type: 'string' },
    { name: 'first_name', type: 'string' },
    { name: 'value', type: 'number' },
  ],
  rows: [
    ['c1', 'ann@x.org', 'Ann', 5],
    ['c2', null, 'Li', 7],
  ],
  totalRows: 2,
};
const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  layer: [{ data: { values: [{ name: 'Ann', clv: 3 }] }, mark: 'bar' }],
};
const nb: NotebookFile = {
  version: 1,
  metadata: {},
  cells: [
    {
      kind: 'code',
      language: 'typescript',
      source: 'x',
      metadata: {},
      outputs: [
        {
          items: [
            { mime: 'application/vnd.crm-workbench.table+json', data: JSON.stringify(table) },
            { mime: 'text/html', data: '<td>ann@x.org</td>' },
          ],
        },
        { items: [{ mime: 'application/vnd.vegalite.v6+json', data: JSON.stringify(spec) }] },
      ],
    },
  ],
};

describe('pseudonymizeNotebook (report --pseudonymize email,name)', () => {
  it('matches the usual spellings of email, name and phone, and other names exactly', () => {
    const m = maskedColumns(['email', 'name', 'city']);
    assert.deepEqual(['Email Address', 'e_mail', 'lastName', 'customer name', 'City', 'segment', 'phone'].map(m), [
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('masks those columns in tables and chart data with the keyed hash, and drops the unmasked HTML twin', () => {
    const out = pseudonymizeNotebook(nb, ['email', 'name'], key);
    const items = out.cells[0].outputs[0].items;
    assert.deepEqual(
      items.map((i) => i.mime),
      ['application/vnd.crm-workbench.table+json'],
    );
    assert.deepEqual(JSON.parse(items[0].data).rows, [
      ['c1', code('ann@x.org'), code('Ann'), 5],
      ['c2', null, code('Li'), 7],
    ]);
    assert.equal(JSON.parse(out.cells[0].outputs[1].items[0].data).layer[0].data.values[0].name, code('Ann'));
    assert.match(nb.cells[0].outputs[0].items[0].data, /ann@x\.org/, 'the input notebook is not changed');
  });
});
