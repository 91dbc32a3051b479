import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as crm from '../../../src/analytics/index';
import * as charts from '../../../src/charts/index';
import { countMarks, renderSvg } from './renderSvg';

async function marks(spec: ReturnType<typeof charts.oobErrorChart>, mark: string): Promise<number> {
  const { svg, warnings } = await renderSvg(spec);
  assert.deepEqual(warnings, [], 'vega-lite compiled without warnings');
  return countMarks(svg, mark);
}

describe('the forest and interval charts render', () => {
  const rows = Array.from({ length: 200 }, (_, i) => ({ x: i % 50, z: (i * 7) % 13, y: i % 50 > 20 ? 1 : 0 }));
  const forest = crm.trainChurnForest(rows, { label: 'y', trees: 12 });

  it('oobErrorChart: one line through the OOB error after each of the 12 trees', async () => {
    assert.equal(await marks(charts.oobErrorChart(forest), 'mark-line'), 1);
    assert.equal((charts.oobErrorChart(forest) as { data: { values: unknown[] } }).data.values.length, 12);
  });

  it('featureImportanceChart with measure "permutation": a bar per feature from the permutation column', async () => {
    const spec = charts.featureImportanceChart(forest, { measure: 'permutation' }) as { data: { values: { importance: number }[] } };
    assert.equal(await marks(spec as never, 'mark-rect'), 2);
    const perm = forest.featureImportance.array('permutationImportance') as number[];
    assert.deepEqual(
      spec.data.values.map((v) => v.importance),
      perm,
    );
  });

  it('customerIntervalChart with measure "clv": a rule and a dot per customer, at the CLV columns', async () => {
    const t = [
      { customerId: 'a', clv: 10, clvLower: 8, clvUpper: 13, expectedPurchases: 1, expectedLower: 1, expectedUpper: 1 },
      { customerId: 'b', clv: 30, clvLower: 25, clvUpper: 36, expectedPurchases: 2, expectedLower: 2, expectedUpper: 2 },
    ];
    const spec = charts.customerIntervalChart(t, { measure: 'clv' });
    assert.equal(await marks(spec, 'mark-rule'), 2);
    assert.deepEqual(
      (spec as { data: { values: { upper: number }[] } }).data.values.map((v) => v.upper),
      [36, 13],
    );
  });
});
