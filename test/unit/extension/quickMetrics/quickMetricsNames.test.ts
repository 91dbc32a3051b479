import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { panelContent, segmentShares } from '../../../../src/extension/quickMetrics/panelContent';
import { quickMetrics, SEGMENTS } from '../../../../src/analytics/index';

describe('Quick Metrics names and charts (#15)', () => {
  it("gives the segment chart the customers' share as well as the revenue share, so it shows both", () => {
    const shares = segmentShares({
      segments: [
        { segment: 'Champions', customers: 3, revenueShare: 0.6 },
        { segment: 'At Risk', customers: 1, revenueShare: 0.4 },
      ],
    });
    // By hand: 3 of 4 customers and 1 of 4.
    assert.deepEqual(
      shares.map((s) => [s.segment, s.share, s.revenueShare]),
      [
        ['Champions', 0.75, 0.6],
        ['At Risk', 0.25, 0.4],
      ],
    );
  });

  it('names the lifecycle count "Lapsing", never the name of an RFM segment, and explains both in a tooltip and a hint', () => {
    const rows = [];
    for (let i = 0; i < 40; i++)
      rows.push({ customer_id: `C${i % 12}`, order_date: new Date(Date.UTC(2024, 0, 1 + i * 9)), amount: 10 + i });
    const content = panelContent('orders.csv', quickMetrics(rows));
    const labels = content.figures.map((f) => f.label.toLowerCase());
    assert.ok(labels.includes('lapsing'));
    for (const segment of SEGMENTS) assert.ok(!labels.includes(segment.toLowerCase()), `no figure is called "${segment}"`);
    assert.match(content.figures.find((f) => f.label === 'Lapsing')!.tooltip!, /RFM segment At Risk .* is another group/);
    assert.match(content.tables.find((t) => t.title === 'Segments')!.hint!, /not the Lapsing figure/);
  });
});
