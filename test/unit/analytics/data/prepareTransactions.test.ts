import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { prepareResponses, prepareTransactions, readCsv, rfm } from '../../../../src/analytics/index';
import { fixturePath } from '../fixtures';

const shopify = () => aq.fromCSV(readFileSync(fixturePath('shopify_orders_messy.csv'), 'utf8'), { autoType: false });

describe('prepareTransactions', () => {
  it('finds the Shopify columns by their headers', () => {
    const { report } = prepareTransactions(shopify());
    assert.deepEqual(report.mapping, { customerId: 'Email', orderId: 'Name', orderDate: 'Created at', amount: 'Total' });
  });

  // Issue 11 changed three things this test encodes: #1002's second row is a line item merged into
  // its order (not a "missing id" drop), "1.234,50 €" is in another currency than "$1,204.50" (the
  // two are never summed: the first seen wins the tie), and times with offsets keep their clock time
  // (the shop's local day) instead of being shifted to UTC.
  it('keeps the clean rows and lists every dropped row with its reason and row number', () => {
    const { table, report } = prepareTransactions(shopify(), {}, { asOf: '2024-12-31' });
    assert.equal(report.rowsRead, 9);
    assert.deepEqual(
      report.dropped.map((d) => [d.row, d.reason]),
      [
        [4, 'missing id'],
        [6, 'unparseable date'],
        [7, 'non-numeric amount'],
        [8, 'other currency'],
        [9, 'after asOf'],
      ],
    );
    assert.deepEqual(report.droppedByReason, {
      'missing id': 1,
      'unparseable date': 1,
      'non-numeric amount': 1,
      'other currency': 1,
      'after asOf': 1,
    });
    assert.equal(report.lineItemsMerged, 1);
    assert.equal(report.currency, 'USD');
    assert.equal(report.rowsKept, 3);
    assert.deepEqual(table.columnNames(), ['customerId', 'orderId', 'orderDate', 'amount']);
    assert.deepEqual(table.array('amount'), [1204.5, 35, -35]);
    assert.deepEqual(
      (table.array('orderDate') as Date[]).map((d) => d.toISOString()),
      ['2024-01-05T10:12:00.000Z', '2024-01-07T18:00:00.000Z', '2024-02-01T11:58:00.000Z'],
    );
  });

  it('counts refunds and keeps them by default, or drops them on request', () => {
    assert.deepEqual(prepareTransactions(shopify()).report.refunds, { count: 1, kept: true, total: -35 });
    const dropped = prepareTransactions(shopify(), {}, { refunds: 'drop' });
    assert.deepEqual(dropped.report.refunds, { count: 1, kept: false, total: -35 });
    assert.equal(dropped.report.droppedByReason['refund dropped'], 1);
  });

  it('keeps orders on the asOf day itself, whatever their time', () => {
    const t = aq.table({ customer_id: ['a', 'b'], date: ['2024-12-31 23:59', '2025-01-01 00:01'], amount: [1, 2] });
    const { report } = prepareTransactions(t, {}, { asOf: '2024-12-31' });
    assert.deepEqual(
      report.dropped.map((d) => [d.row, d.reason]),
      [[2, 'after asOf']],
    );
  });

  it('drops a repeated order id after the first row', () => {
    const t = aq.table({
      order_id: ['1', '1', '2'],
      customer_id: ['a', 'a', 'b'],
      date: ['2024-01-01', '2024-01-01', '2024-01-02'],
      amount: [5, 5, 6],
    });
    const { table, report } = prepareTransactions(t);
    assert.equal(table.numRows(), 2);
    assert.deepEqual(report.dropped, [{ row: 2, reason: 'duplicate order id', value: '1' }]);
  });

  it('finds Stripe, WooCommerce, plain and Chinese headers', () => {
    const cases: [string[], Record<string, string>][] = [
      [
        ['id', 'Created (UTC)', 'Amount', 'Customer ID', 'Customer Email'],
        { customerId: 'Customer ID', orderId: 'id', orderDate: 'Created (UTC)', amount: 'Amount' },
      ],
      [
        ['Order Number', 'Order Date', 'Order Total', 'Billing Email'],
        { customerId: 'Billing Email', orderId: 'Order Number', orderDate: 'Order Date', amount: 'Order Total' },
      ],
      [['customer_id', 'date', 'amount'], { customerId: 'customer_id', orderDate: 'date', amount: 'amount' }],
      [['订单号', '客户ID', '日期', '金额'], { customerId: '客户ID', orderId: '订单号', orderDate: '日期', amount: '金额' }],
    ];
    for (const [headers, mapping] of cases) {
      const t = aq.table(Object.fromEntries(headers.map((h) => [h, ['2024-01-02']])));
      assert.deepEqual(prepareTransactions(t).report.mapping, mapping, headers.join(', '));
    }
  });

  it('uses an explicit mapping over detection', () => {
    const t = aq.table({ Client: ['a'], Day: ['2024-01-02'], Paid: ['12'], amount: ['99'] });
    const { table } = prepareTransactions(t, { customerId: 'Client', orderDate: 'Day', amount: 'Paid' });
    assert.deepEqual(table.array('amount'), [12]);
  });

  it('names the columns it found and the ones it expected when it cannot find them', () => {
    assert.throws(
      () => prepareTransactions(aq.table({ foo: [1], bar: [2] })),
      /prepareTransactions: cannot find the customerId, orderDate, amount columns; found "foo", "bar"\. Expected headers such as customer_id/,
    );
    assert.throws(
      () => prepareTransactions(aq.table({ a: [1] }), { customerId: 'nope' }),
      /mapping\.customerId names column "nope", which is not in the table/,
    );
  });

  it('reads day-first slash dates when a first part exceeds 12, and warns about the guess', () => {
    const t = aq.table({ customer: ['a', 'b'], date: ['05/01/2024', '25/12/2024'], total: [1, 2] });
    const { table, report } = prepareTransactions(t);
    assert.deepEqual(
      (table.array('orderDate') as Date[]).map((d) => d.toISOString().slice(0, 10)),
      ['2024-01-05', '2024-12-25'],
    );
    assert.match(report.warnings[0], /day\/month\/year/);
  });

  // A messy export in both shapes: readCsv's coded columns take the typed path, plain arrays the
  // general one. The general path is the reference for the typed one.
  const MESSY = [
    'order_id,customer_id,order_date,amount',
    '1,C1,2024-01-05,10.00',
    '2," C1 ",2024-01-06,5',
    '2,C2,2024-01-06,7', // a repeated numeric order id
    '3,,2024-01-07,1',
    '4,C2,not a date,1',
    '5,C3,2024-01-08,"$1,204.50"',
    '6,C3,2024-01-09,abc',
    '7,"C""4",2024-01-10,-3',
    '8,张三,2024-01-11,2',
    '9,C1,2025-06-01,2',
  ].join('\n');
  const plain = () => aq.from(aq.fromCSV(MESSY, { autoType: false }).objects());

  it('gives the same transactions and report for a readCsv table as for the same rows in plain arrays', () => {
    for (const options of [{ asOf: '2024-12-31' }, { asOf: '2024-12-31', refunds: 'drop' as const }]) {
      const typed = prepareTransactions(readCsv(MESSY), {}, options);
      const general = prepareTransactions(plain(), {}, options);
      assert.deepEqual(typed.report, general.report);
      assert.deepEqual(typed.table.objects(), general.table.objects());
    }
    const { table, report } = prepareTransactions(readCsv(MESSY), {}, { asOf: '2024-12-31' });
    assert.deepEqual(table.array('customerId'), ['C1', 'C1', 'C3', 'C"4', '张三']);
    assert.deepEqual(table.array('amount'), [10, 5, 1204.5, -3, 2]);
    assert.deepEqual(
      report.dropped.map((d) => [d.row, d.reason, d.value]),
      [
        [3, 'duplicate order id', '2'],
        [4, 'missing id', ''],
        [5, 'unparseable date', 'not a date'],
        [7, 'non-numeric amount', 'abc'],
        [10, 'after asOf', '2025-06-01T00:00:00.000Z'],
      ],
    );
  });

  it('scores RFM the same from the typed columns as from plain arrays', () => {
    const prepared = prepareTransactions(readCsv(MESSY), {}, { asOf: '2024-12-31' }).table;
    const general = rfm(aq.from(prepareTransactions(plain(), {}, { asOf: '2024-12-31' }).table.objects()));
    assert.deepEqual(rfm(prepared).objects(), general.objects());
    // A new table over the same typed columns (not the one prepareTransactions handed over) reads them directly too.
    assert.deepEqual(rfm(prepared.select('amount', 'orderDate', 'customerId')).objects(), general.objects());
  });

  it('does not change its input', () => {
    const t = shopify();
    const before = JSON.stringify(t.objects());
    prepareTransactions(t);
    assert.equal(JSON.stringify(t.objects()), before);
  });
});

describe('prepareResponses', () => {
  it('keeps valid 0..10 scores with their comments and lists the rest', () => {
    const t = aq.table({
      'Response ID': ['r1', 'r2', 'r3', 'r4', 'r5'],
      'How likely are you to recommend us?': ['10', '', '11', '7.5', '3'],
      Why: ['great', '', 'x', 'ok', '太贵了'],
    });
    const { table, report } = prepareResponses(t, { score: 'How likely are you to recommend us?' });
    assert.deepEqual(table.array('score'), [10, 3]);
    assert.deepEqual(table.array('comment'), ['great', '太贵了']);
    assert.deepEqual(
      report.dropped.map((d) => [d.row, d.reason]),
      [
        [2, 'missing score'],
        [3, 'score out of range'],
        [4, 'non-integer score'],
      ],
    );
  });

  it('finds a Chinese score column and names what it found when there is none', () => {
    assert.deepEqual(prepareResponses(aq.table({ 评分: [9], 反馈: ['好'] })).report.mapping, { score: '评分', comment: '反馈' });
    assert.throws(() => prepareResponses(aq.table({ a: [1] })), /prepareResponses: cannot find the score column; found "a"/);
  });
});
