import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { detectDataset, quickMetrics, type OrdersMetrics, type SurveyMetrics } from '../../../../src/analytics/index';
import { fixturePath } from '../fixtures';

const csv = (file: string) => aq.fromCSV(readFileSync(fixturePath(file), 'utf8'), { autoType: false });

describe('detectDataset', () => {
  it('recognises a Shopify orders export', () => {
    const d = detectDataset(csv('shopify_orders_messy.csv'));
    assert.deepEqual(
      [d.kind, d.confidence, d.columns.customerId, d.columns.orderDate, d.columns.amount],
      ['orders', 'sure', 'Email', 'Created at', 'Total'],
    );
  });

  it('recognises a Stripe payments export', () => {
    const d = detectDataset(csv('stripe_payments.csv'));
    assert.deepEqual(
      [d.kind, d.columns.customerId, d.columns.orderDate, d.columns.amount],
      ['orders', 'Customer ID', 'Created (UTC)', 'Amount'],
    );
  });

  it('recognises a hand-made sheet with Chinese headers', () => {
    const d = detectDataset(csv('handmade_sales.csv'));
    assert.deepEqual([d.kind, d.columns.customerId, d.columns.orderDate, d.columns.amount], ['orders', '客户', '日期', '金额']);
  });

  it('recognises survey answers by a 0–10 score column', () => {
    const d = detectDataset(aq.table({ respondent: ['a', 'b'], 'NPS score': [9, 3], comment: ['good', 'slow'] }));
    assert.deepEqual([d.kind, d.columns.score], ['survey', 'NPS score']);
  });

  it('falls back to a customer list, unsure when some order columns are there', () => {
    assert.equal(detectDataset(aq.table({ email: ['a@x'], name: ['A'] })).kind, 'customers');
    assert.equal(detectDataset(aq.table({ customer_id: ['a'], date: ['2024-01-01'] })).confidence, 'unsure');
  });

  it('refuses a file with no rows or no usable columns, naming what it found', () => {
    assert.throws(() => detectDataset(aq.table({ a: [] })), /no data rows/);
    assert.throws(() => detectDataset(aq.table({ foo: [1], bar: [2] })), /cannot tell what this file is.*"foo", "bar"/);
  });
});

describe('quickMetrics', () => {
  it('gives the orders figures of a Stripe export (independent computation)', () => {
    const m = quickMetrics(csv('stripe_payments.csv')) as OrdersMetrics;
    assert.equal(m.revenue, 233.5);
    assert.deepEqual([m.orders, m.customers, m.aov], [4, 3, 233.5 / 4]);
    assert.equal(m.repeatRate, 1 / 3);
    assert.deepEqual(m.topCustomers[0], { customerId: 'cus_B', revenue: 120, orders: 1 });
    assert.deepEqual(m.monthlyRevenue, [
      { month: '2024-03', revenue: 218, orders: 3 },
      { month: '2024-04', revenue: 15.5, orders: 1 },
    ]);
    assert.equal(
      m.segments.reduce((s, x) => s + x.customers, 0),
      3,
    );
  });

  it('reads the amounts of a hand-made sheet (¥1,200) and keeps its report', () => {
    const m = quickMetrics(csv('handmade_sales.csv')) as OrdersMetrics;
    assert.equal(m.revenue, 2449.5);
    assert.equal(m.report.rowsKept, 4);
  });

  it('gives NPS with its interval and the score distribution for a survey', () => {
    const scores = [...Array(50).fill(10), ...Array(30).fill(8), ...Array(20).fill(3)];
    const m = quickMetrics(aq.table({ score: scores, date: scores.map((_, i) => (i % 2 ? '2024-01-05' : '2024-02-05')) })) as SurveyMetrics;
    assert.equal(m.nps.nps, 30);
    assert.deepEqual(m.distribution, [
      { score: 3, count: 20 },
      { score: 8, count: 30 },
      { score: 10, count: 50 },
    ]);
    assert.deepEqual(
      m.trend.map((t) => t.period),
      ['2024-01', '2024-02'],
    );
  });
});
