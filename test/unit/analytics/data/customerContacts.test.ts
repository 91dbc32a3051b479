import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { normalizeEmail, normalizePhone, prepareTransactions, readCsv, rfm } from '../../../../src/analytics/index';

describe('customer identity', () => {
  it('keeps leading zeros: 00123, 0123 and 123 are three customers', () => {
    const t = readCsv('customer_id,date,amount\n00123,2024-01-01,1\n0123,2024-01-02,2\n123,2024-01-03,3\n00123,2024-01-04,4\n', {
      autoType: false,
    });
    const { table } = prepareTransactions(t);
    assert.deepEqual(table.array('customerId'), ['00123', '0123', '123', '00123']);
  });

  it('makes numbers in an id column their text', () => {
    const { table } = prepareTransactions(aq.table({ customer_id: [123, 45], date: ['2024-01-01', '2024-01-02'], amount: [1, 2] }));
    assert.deepEqual(table.array('customerId'), ['123', '45']);
  });

  it('trims and lower-cases e-mail ids, so one customer stays one', () => {
    const t = aq.table({
      Email: [' Ana@Example.com', 'ana@example.COM ', 'ben@example.com'],
      date: ['2024-01-01', '2024-01-02', '2024-01-03'],
      amount: [1, 2, 3],
    });
    assert.deepEqual(prepareTransactions(t).table.array('customerId'), ['ana@example.com', 'ana@example.com', 'ben@example.com']);
    assert.equal(normalizeEmail('  X@Y.Z '), 'x@y.z');
  });

  it('normalises phone ids: Excel apostrophes, spaces and dashes go, +86/0086 before a Chinese mobile is dropped, other + kept', () => {
    const cases: [string, string][] = [
      ["'13800138000", '13800138000'],
      ['+86 138-0013-8000', '13800138000'],
      ['008613800138000', '13800138000'],
      ['8613800138000', '13800138000'],
      ['="13800138000"', '13800138000'],
      ['+1 (415) 555-0100', '+14155550100'],
      ['0044 20 7946 0018', '+442079460018'],
      ['138****8000', '138****8000'],
    ];
    for (const [input, expected] of cases) assert.equal(normalizePhone(input), expected, input);
    const t = aq.table({
      手机号: ["'13800138000", '+86 138 0013 8000'],
      日期: ['2024-01-01', '2024-01-02'],
      金额: [1, 2],
      客户: ['x', 'y'],
    });
    assert.deepEqual(prepareTransactions(t, { customerId: '手机号' }).table.array('customerId'), ['13800138000', '13800138000']);
  });
});

describe('tx.customers', () => {
  it('holds one row per customer with the contact columns found, and joins onto rfm by customerId', () => {
    const t = aq.table({
      Email: ['ana@example.com', 'ben@example.com', 'ana@example.com'],
      'Created at': ['2024-01-01', '2024-02-01', '2024-03-01'],
      Total: [10, 20, 30],
      'Billing Name': ['Ana Lopez', 'Ben Ode', ''],
      Phone: ["'+1 512 555 0101", '', ''],
      'Accepts Marketing': ['yes', 'no', 'yes'],
    });
    const tx = prepareTransactions(t);
    assert.deepEqual(tx.customers.objects(), [
      { customerId: 'ana@example.com', name: 'Ana Lopez', email: 'ana@example.com', phone: '+15125550101', acceptsMarketing: true },
      { customerId: 'ben@example.com', name: 'Ben Ode', email: 'ben@example.com', phone: null, acceptsMarketing: false },
    ]);
    const joined = rfm(tx.table).join_left(tx.customers, 'customerId').objects() as { customerId: string; name: string }[];
    assert.deepEqual(joined.map((r) => [r.customerId, r.name]).sort(), [
      ['ana@example.com', 'Ana Lopez'],
      ['ben@example.com', 'Ben Ode'],
    ]);
  });
});
