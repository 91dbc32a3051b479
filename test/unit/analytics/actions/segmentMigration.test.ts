import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { joinContacts, rfm, segmentMigration } from '../../../../src/analytics/index';
import { tx } from '../fixtures';

const seg = (pairs: [string, string][]) => aq.table({ customerId: pairs.map((p) => p[0]), segment: pairs.map((p) => p[1]) });
// Hand-made: c1 stays Champion; c2, c3 fall from Champions to At Risk; c4 Loyal → At Risk;
// c5 Hibernating → Lost; c6 Hibernating is gone; c7 is new.
const before = seg([
  ['c1', 'Champions'],
  ['c2', 'Champions'],
  ['c3', 'Champions'],
  ['c4', 'Loyal Customers'],
  ['c5', 'Hibernating'],
  ['c6', 'Hibernating'],
]);
const after = seg([
  ['c1', 'Champions'],
  ['c2', 'At Risk'],
  ['c3', 'At Risk'],
  ['c4', 'At Risk'],
  ['c5', 'Lost'],
  ['c7', 'New Customers'],
]);

describe('segmentMigration', () => {
  it('counts customers per (from, to) pair, with new and gone (hand-counted)', () => {
    const m = segmentMigration(before, after);
    assert.deepEqual(m.table.objects(), [
      { from: 'new', to: 'New Customers', customers: 1 },
      { from: 'Champions', to: 'At Risk', customers: 2 },
      { from: 'Champions', to: 'Champions', customers: 1 },
      { from: 'Loyal Customers', to: 'At Risk', customers: 1 },
      { from: 'Hibernating', to: 'Lost', customers: 1 },
      { from: 'Hibernating', to: 'gone', customers: 1 },
    ]);
    assert.deepEqual(m.counts, { customers: 7, stayed: 1, moved: 4, new: 1, gone: 1 });
  });

  it('lists the movers, best segment first, and says what matters most in one sentence', () => {
    const m = segmentMigration(before, after);
    assert.deepEqual(m.movers.array('customerId'), ['c7', 'c2', 'c3', 'c4', 'c5', 'c6']);
    // Champions and Hibernating both lost 2; the better segment is told.
    assert.equal(m.summary, '2 customers left Champions; all of them are now At Risk');
  });

  it('tells a large loss from a lower segment over a loss from Champions under a tenth of it', () => {
    const many = Array.from({ length: 20 }, (_, i) => `h${i}`);
    const b = seg([['c1', 'Champions'], ['c2', 'Champions'], ...many.map((id): [string, string] => [id, 'Hibernating'])]);
    const a = seg([
      ['c1', 'Loyal Customers'],
      ['c2', 'Champions'],
      ...many.map((id, i): [string, string] => [id, i < 12 ? 'Lost' : 'Hibernating']),
    ]);
    assert.equal(segmentMigration(b, a).summary, '12 customers left Hibernating; all of them are now Lost');
    const c = seg([
      ['c1', 'Champions'],
      ['c2', 'Champions'],
      ['c3', 'Champions'],
    ]);
    const d = seg([
      ['c1', 'At Risk'],
      ['c2', 'At Risk'],
      ['c3', 'Hibernating'],
    ]);
    assert.equal(segmentMigration(c, d).summary, '3 customers left Champions; 2 of them are now At Risk');
    assert.equal(segmentMigration(c, c).summary, 'No customer changed segment (3 customers)');
  });

  it('says the sentence in Chinese when asked, segment names included, and keeps the codes in the tables (#15)', () => {
    const zh = (b: typeof before, a: typeof after) => segmentMigration(b, a, { language: 'zh-cn' }).summary;
    // The same hand-made movements as above: Champions lost 2, both now At Risk.
    assert.equal(zh(before, after), '2 位客户离开了冠军客户；他们现在全部是流失风险');
    const c = seg([
      ['c1', 'Champions'],
      ['c2', 'Champions'],
      ['c3', 'Champions'],
    ]);
    const d = seg([
      ['c1', 'At Risk'],
      ['c2', 'At Risk'],
      ['c3', 'Hibernating'],
    ]);
    assert.equal(zh(c, d), '3 位客户离开了冠军客户；其中 2 位现在是流失风险');
    assert.equal(zh(c, c), '没有客户更换分群（共 3 位客户）');
    assert.equal(zh(seg([['c1', 'VIP']]), seg([['c2', 'VIP']])), '1 位客户离开了 VIP；已不在数据中');
    assert.equal(
      zh(
        seg([['c1', 'VIP']]),
        seg([
          ['c1', 'VIP'],
          ['c2', 'VIP'],
        ]),
      ),
      '没有客户更换分群；1 位是新客户',
    );
    const m = segmentMigration(before, after, { language: 'zh-cn' });
    assert.deepEqual(m.table.array('from'), ['new', 'Champions', 'Champions', 'Loyal Customers', 'Hibernating', 'Hibernating']);
    // English stays as it was.
    assert.equal(segmentMigration(c, d, { language: 'en' }).summary, '3 customers left Champions; 2 of them are now At Risk');
  });

  it('joins contacts onto the movers when given (tx.customers)', () => {
    const contacts = aq.table({ customerId: ['c2', 'c7'], name: ['Ann Lee', '李雷'], email: ['ann@x.org', 'li@x.org'] });
    const m = segmentMigration(before, after, { contacts });
    assert.deepEqual(m.movers.columnNames(), ['customerId', 'from', 'to', 'name', 'email']);
    assert.deepEqual(m.movers.objects()[1], { customerId: 'c2', from: 'Champions', to: 'At Risk', name: 'Ann Lee', email: 'ann@x.org' });
    assert.equal(m.movers.get('email', 2), null);
  });

  it('reads two rfm results of the same transactions a month apart', () => {
    const orders = tx([
      ['a', '2024-10-01', 50],
      ['a', '2024-11-20', 50],
      ['b', '2024-11-25', 10],
      ['c', '2024-12-10', 30],
    ]);
    const m = segmentMigration(rfm(orders, { asOf: '2024-11-30' }), rfm(orders, { asOf: '2024-12-31' }));
    assert.equal(m.counts.customers, 3);
    assert.equal(m.counts.new, 1); // c ordered first in December
    assert.deepEqual(m.movers.columnNames(), ['customerId', 'from', 'to', 'revenue']);
  });

  it('names a duplicate customer or a missing column', () => {
    assert.throws(
      () =>
        segmentMigration(
          seg([
            ['a', 'Lost'],
            ['a', 'Lost'],
          ]),
          after,
        ),
      /^AnalyticsError: segmentMigration: customer "a" appears twice in before/,
    );
    assert.throws(() => segmentMigration(aq.table({ customerId: ['a'] }), after), /column "segment" not found/);
    assert.throws(() => joinContacts(before, aq.table({ id: ['c1'] })), /contacts has no "customerId" column/);
  });
});
