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

  it('names the new customers’ row in Chinese, apart from the segment 新客户, and only in this chart: a theme "new" stays (#15)', () => {
    const m = crm.segmentMigration(
      seg([
        ['a', '冠军客户'],
        ['b', '新客户'],
      ]),
      seg([
        ['a', '冠军客户'],
        ['b', '新客户'],
        ['d', '新客户'],
      ]),
    );
    const spec = charts.localizeSpec(charts.migrationHeatmap(m), 'zh-cn') as unknown as {
      data: { values: { from: string; to: string }[] };
      encoding: { y: { sort: string[] } };
    };
    assert.deepEqual(
      spec.data.values.map((r) => r.from),
      ['新加入', '冠军客户', '新客户'],
    );
    assert.deepEqual(spec.encoding.y.sort, ['新加入', '冠军客户', '新客户']);
    const english = charts.migrationHeatmap(m) as unknown as { data: { values: { from: string }[] } };
    assert.equal(english.data.values[0].from, 'new');
    const themes = charts.localizeSpec(
      charts.themesChart([{ group: 'promoter', term: 'new', share: 0.2, count: 4 }]),
      'zh-cn',
    ) as unknown as {
      data: { values: { group: string; term: string }[] };
    };
    assert.deepEqual(
      themes.data.values.map((r) => [r.group, r.term]),
      [['推荐者', 'new']],
    );
  });
});
