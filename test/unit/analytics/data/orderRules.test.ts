import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { detectDataset, prepareTransactions, quickMetrics, readCsv, statusMeaning, type Detection } from '../../../../src/analytics/index';

const sum = (t: aq.ColumnTable) => (t.array('amount') as number[]).reduce((a, b) => a + b, 0);

describe('order status rules', () => {
  it('finds a status column with a generic name on an unknown export and applies the dictionary', () => {
    // Rows 1 and 4 count (paid, 交易成功); 2 is cancelled, 3 awaiting payment (待付款), 5 closed (交易关闭).
    const t = aq.table({
      customer_id: ['a', 'b', 'c', 'a', 'd'],
      date: ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'],
      amount: [10, 20, 30, 40, 50],
      交易状态: ['paid', 'Cancelled', '待付款', '交易成功', '交易关闭'],
    });
    const { table, report } = prepareTransactions(t);
    assert.equal(report.ruleColumns?.status, '交易状态');
    assert.equal(sum(table), 50);
    assert.deepEqual(report.droppedByReason, { cancelled: 1, 'awaiting payment': 1, closed: 1 });
    assert.match(
      report.warnings.join('\n'),
      /3 rows not counted as paid revenue \(status column "交易状态"\): cancelled 1, awaiting payment 1, closed 1/,
    );
  });

  it('reads an unknown Chinese export through header synonyms, never taking its order number as the customer', () => {
    const t = aq.table({
      订单编号: ['A1', 'A2'],
      买家昵称: ['x', 'y'],
      订单创建时间: ['2024-01-01 10:00:00', '2024-01-02 10:00:00'],
      订单实付金额: ['10', '20'],
      订单状态: ['交易成功', '交易关闭'],
    });
    const { table, report } = prepareTransactions(t);
    assert.deepEqual(report.mapping, { customerId: '买家昵称', orderId: '订单编号', orderDate: '订单创建时间', amount: '订单实付金额' });
    assert.deepEqual([sum(table), report.droppedByReason], [10, { closed: 1 }]);
  });

  it('reports an unknown status value with how to include it, and never counts it', () => {
    const t = aq.table({
      customer_id: ['a', 'b', 'c'],
      date: ['2024-01-01', '2024-01-02', '2024-01-03'],
      amount: [10, 20, 30],
      Status: ['paid', 'Disputed', 'Disputed'],
    });
    const { table, report } = prepareTransactions(t);
    assert.equal(sum(table), 10);
    assert.deepEqual(report.droppedByReason, { 'unknown status': 2 });
    assert.ok(
      report.warnings.some(
        (w) => w.includes('2 rows with the unknown status "Disputed" not counted') && w.includes("include: ['Disputed']"),
      ),
    );
    const included = prepareTransactions(t, {}, { statuses: { include: ['disputed'] } });
    assert.equal(sum(included.table), 60);
    assert.deepEqual(included.report.droppedByReason, {});
  });

  it('says in quickMetrics why nothing counted and how to count an unknown status', () => {
    const t = aq.table({ customer_id: ['a', 'b'], date: ['2024-01-01', '2024-01-02'], amount: [10, 20], status: ['Disputed', 'Disputed'] });
    assert.throws(
      () => quickMetrics(t),
      /no usable order rows: 2 unknown status\. 2 rows with the unknown status "Disputed" not counted; pass \{ statuses: \{ include: \['Disputed'\] \} \}/,
    );
  });

  it('reads the statuses of every platform the dictionary covers', () => {
    const cases: [string, string | undefined][] = [
      ['partially_refunded', 'paid'],
      ['wc-on-hold', 'awaiting payment'],
      ['Pending payment', 'awaiting payment'],
      ['voided', 'voided'],
      ['卖家已发货，等待买家确认', 'paid'],
      ['等待买家付款', 'awaiting payment'],
      ['交易关闭', 'closed'],
      ['等待出库', 'paid'],
      ['(删除)', 'cancelled'],
      ['已发货，待签收', 'paid'],
      ['待支付', 'awaiting payment'],
      ['退款成功', 'refunded'],
      ['交易完成', 'paid'],
      ['已关闭', 'closed'],
      ['Failed', 'failed'],
      ['', 'paid'],
      ['Disputed', undefined],
    ];
    for (const [value, meaning] of cases) assert.equal(statusMeaning(value), meaning, value);
  });

  it('keeps refund rows with negative amounts as refunds, whatever their status says', () => {
    const t = aq.table({ customer_id: ['a', 'a'], date: ['2024-01-01', '2024-01-05'], amount: [50, -20], status: ['paid', 'refunded'] });
    const { table, report } = prepareTransactions(t);
    assert.deepEqual(table.array('amount'), [50, -20]);
    assert.deepEqual(report.refunds, { count: 1, kept: true, total: -20 });
  });

  it('subtracts a partial refund and excludes a full one', () => {
    const t = aq.table({
      customer_id: ['a', 'b'],
      date: ['2024-01-01', '2024-01-02'],
      total: ['50.00', '30.00'],
      refunded_amount: ['12.50', '30.00'],
    });
    const { table, report } = prepareTransactions(t);
    assert.deepEqual(table.array('amount'), [37.5]);
    assert.deepEqual(report.droppedByReason, { refunded: 1 });
    assert.deepEqual(report.partialRefunds, { count: 1, total: 12.5 });
  });
});

describe('currencies', () => {
  it('never sums mixed currency symbols: keeps the dominant one and names the counts and the option', () => {
    // $: rows 1, 2, 4 (dominant); €: row 3; ¥: row 5.
    const t = aq.table({
      customer_id: ['a', 'b', 'c', 'd', 'e'],
      date: ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'],
      amount: ['$12', '$8', '€30', '$5', '¥80'],
    });
    const { table, report } = prepareTransactions(t);
    assert.equal(sum(table), 25);
    assert.equal(report.currency, 'USD');
    assert.deepEqual(report.droppedByReason, { 'other currency': 2 });
    assert.ok(
      report.warnings.some((w) => /USD 3, EUR 1, CNY 1.*figures are in USD only.*\{ currency: 'EUR' \}/.test(w)),
      report.warnings.join(' | '),
    );
    const euros = prepareTransactions(t, {}, { currency: 'EUR' });
    assert.deepEqual([sum(euros.table), euros.report.currency], [30, 'EUR']);
  });

  it('reads a currency column and refuses a currency the file does not have', () => {
    const t = aq.table({
      customer_id: ['a', 'b', 'c'],
      date: ['2024-01-01', '2024-01-02', '2024-01-03'],
      amount: [10, 20, 30],
      币种: ['CNY', 'CNY', 'usd'],
    });
    const { table, report } = prepareTransactions(t);
    assert.deepEqual([sum(table), report.currency, report.droppedByReason], [30, 'CNY', { 'other currency': 1 }]);
    assert.throws(() => prepareTransactions(t, {}, { currency: 'GBP' }), /currency "GBP" is not in the file; found CNY, USD/);
  });
});

describe('dates in prepareTransactions', () => {
  it('reads Excel serial numbers in a date column as dates (45356 is 2024-03-05)', () => {
    const t = aq.table({ customer_id: ['a', 'b'], date: [45356, '45357'], amount: [1, 2] });
    const { table, report } = prepareTransactions(t);
    assert.deepEqual(
      (table.array('orderDate') as Date[]).map((d) => d.toISOString().slice(0, 10)),
      ['2024-03-05', '2024-03-06'],
    );
    assert.match(report.warnings[0], /Excel serial numbers/);
  });

  it('reads dd.mm.yyyy as day-first', () => {
    const t = aq.table({ customer_id: ['a'], date: ['05.03.2024'], amount: [1] });
    assert.equal((prepareTransactions(t).table.array('orderDate') as Date[])[0].toISOString().slice(0, 10), '2024-03-05');
  });

  it('excludes an order dated after today and never uses it as the reference date', () => {
    const t = aq.table({ customer_id: ['a', 'b'], date: ['2024-01-05', '2031-05-01'], amount: [10, 99] });
    const { table, report } = prepareTransactions(t);
    assert.equal(table.numRows(), 1);
    assert.deepEqual(report.droppedByReason, { 'future date': 1 });
    assert.ok(
      report.warnings.some((w) => /1 row dated after today \(latest 2031-05-01\) excluded and not used as the reference date/.test(w)),
    );
  });
});

describe('line items and duplicate headers', () => {
  it('reports which of two same-named columns was used', () => {
    // readCsv renames the second "Email" to "Email_2".
    const t = readCsv('Email,date,amount,Email\na@x.com,2024-01-01,5,b@x.com\n', { autoType: false });
    const { table, report } = prepareTransactions(t);
    assert.deepEqual(table.array('customerId'), ['a@x.com']);
    assert.ok(
      report.warnings.some((w) => w.startsWith('the column "Email" appears 2 times; the first one was used')),
      report.warnings.join(' | '),
    );
  });

  it('merges line items on any export whose later rows of an order leave the amount empty', () => {
    const t = aq.table({
      order: ['A', 'A', 'B'],
      customer_id: ['a', '', 'b'],
      date: ['2024-01-01', '', '2024-01-02'],
      total: ['30', '', '12'],
      item: ['x', 'y', 'z'],
    });
    const { table, report } = prepareTransactions(t);
    assert.deepEqual([sum(table), report.lineItemsMerged, report.droppedByReason], [42, 1, {}]);
  });

  it('still drops a repeated order id on an export without line items', () => {
    const t = aq.table({ order_id: ['1', '1'], customer_id: ['a', 'a'], date: ['2024-01-01', '2024-01-01'], amount: [5, 5] });
    assert.deepEqual(prepareTransactions(t).report.droppedByReason, { 'duplicate order id': 1 });
  });
});

describe('detectDataset for the column picker', () => {
  it('offers the first three distinct non-empty values of every column', () => {
    const d: Detection = detectDataset(
      aq.table({ customer_id: ['a', '', 'a', 'b', 'c', 'd'], date: Array(6).fill('2024-01-01'), amount: [1, 2, 3, 4, 5, 6] }),
    );
    assert.deepEqual(d.columnSamples, [
      { name: 'customer_id', samples: ['a', 'b', 'c'] },
      { name: 'date', samples: ['2024-01-01'] },
      { name: 'amount', samples: ['1', '2', '3'] },
    ]);
  });
});
