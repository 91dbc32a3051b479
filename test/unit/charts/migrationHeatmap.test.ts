import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import * as crm from '../../../src/analytics/index';
import * as charts from '../../../src/charts/index';
import { countMarks, renderSvg } from './renderSvg';

const seg = (pairs: [string, string][]) => aq.table({ customerId: pairs.map((p) => p[0]), segment: pairs.map((p) => p[1]) });

describe('migrationHeatmap', () => {
  it('draws one cell per (before, after) pair of a segment migration, without warnings', async () => {
    const m = crm.segmentMigration(
      seg([
        ['a', 'Champions'],
        ['b', 'Champions'],
        ['c', 'Lost'],
      ]),
      seg([
        ['a', 'At Risk'],
        ['b', 'Champions'],
        ['d', 'New Customers'],
      ]),
    );
    const { svg, warnings } = await renderSvg(charts.migrationHeatmap(m));
    assert.deepEqual(warnings, []);
    assert.equal(countMarks(svg, 'mark-rect'), m.table.numRows()); // 4: a, b, c → gone, d new
    assert.equal(m.table.numRows(), 4);
  });
});
