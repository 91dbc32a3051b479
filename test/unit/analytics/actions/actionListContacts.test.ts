import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { actionList, prepareTransactions, readCsv } from '../../../../src/analytics/index';
import { fixturePath } from '../fixtures';

describe('actionList with the contacts of a real export (#11 → #13)', () => {
  it('puts each customer’s name, e-mail, phone and consent from tx.customers on their row', () => {
    // test/fixtures/exports/shopify-orders.csv: billing name, e-mail, phone and "Accepts Marketing" per order.
    const tx = prepareTransactions(readCsv(readFileSync(fixturePath('exports', 'shopify-orders.csv'))));
    const list = actionList(tx, { contacts: tx.customers, asOf: '2025-06-30' });
    assert.ok(list.numRows() > 0, 'someone needs an action three months after the last orders');
    const byId = new Map(tx.customers.objects().map((c) => [(c as { customerId: string }).customerId, c]));
    for (const row of list.objects() as Record<string, unknown>[]) {
      const contact = byId.get(row.customerId as string) as Record<string, unknown>;
      for (const field of ['name', 'email', 'phone', 'city', 'acceptsMarketing'])
        assert.equal(row[field], contact[field], `${String(row.customerId)}: ${field}`);
    }
    const ana = (list.objects() as Record<string, unknown>[]).find((r) => r.customerId === 'ana@example.com');
    assert.deepEqual([ana?.name, ana?.phone, ana?.acceptsMarketing], ['Ana Lopez', '+15125550101', true]);
  });
});
