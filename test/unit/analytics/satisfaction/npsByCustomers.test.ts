import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { npsBy } from '../../../../src/analytics/index';

// Champions c1–c3 answer 10, 9, 6 (2 promoters, 1 detractor); At Risk c4, c5 answer 0, 8; x9 is not a customer.
const responses = aq.table({ respondentId: ['c1', 'c2', 'c3', 'c4', 'c5', 'x9'], score: [10, 9, 6, 0, 8, 10] });
const scores = aq.table({
  customerId: ['c5', 'c4', 'c3', 'c2', 'c1', 'c6'],
  segment: ['At Risk', 'At Risk', 'Champions', 'Champions', 'Champions', 'Lost'],
  clv: [5, 1, 40, 30, 20, 10],
});
// Wald margin of error of NPS (spec §9), computed here independently: z · 100 · √((p + d − (p − d)²) / n).
const moe = (p: number, d: number, n: number) => 1.959963984540054 * 100 * Math.sqrt((p + d - (p - d) ** 2) / n);

describe('npsBy(responses, { by, customers }): NPS × value', () => {
  it('gives NPS with its margin of error per segment, Champions first, unmatched answers apart', () => {
    const rows = npsBy(responses, { by: 'segment', customers: scores }).objects() as Record<string, number | string>[];
    assert.deepEqual(
      rows.map((r) => [r.group, r.n, r.promoters, r.detractors]),
      [
        ['Champions', 3, 2, 1],
        ['At Risk', 2, 0, 1],
        ['(not a customer)', 1, 1, 0],
      ],
    );
    assert.ok(Math.abs((rows[0].nps as number) - 100 / 3) < 1e-9);
    assert.ok(Math.abs((rows[0].moe as number) - moe(2 / 3, 1 / 3, 3)) < 1e-9);
    assert.equal(rows[1].nps, -50);
    assert.ok(Math.abs((rows[1].moe as number) - moe(0, 1 / 2, 2)) < 1e-9);
  });

  it('groups by CLV decile, most valuable first (6 customers: ranks 0–5 → deciles 1, 2, 4, 6, 7, 9)', () => {
    // clv ascending: c4 1 (decile 1), c5 5 (2), c6 10 (4), c1 20 (6), c2 30 (7), c3 40 (9).
    const rows = npsBy(responses, { by: 'clvDecile', customers: scores }).objects() as Record<string, number | string>[];
    assert.deepEqual(
      rows.map((r) => [r.group, r.n, r.nps]),
      [
        ['decile 9', 1, -100],
        ['decile 7', 1, 100],
        ['decile 6', 1, 100],
        ['decile 2', 1, 0],
        ['decile 1', 1, -100],
        ['(not a customer)', 1, 100],
      ],
    );
  });

  it('keeps the column form: npsBy(responses, column)', () => {
    assert.equal(npsBy(aq.table({ plan: ['a', 'a'], score: [10, 0] }), 'plan').get('nps', 0), 0);
  });

  it('names a missing column', () => {
    assert.throws(() => npsBy(responses, { by: 'tier', customers: scores }), /^AnalyticsError: npsBy: column "tier" not found/);
  });
});
