import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compile, type TopLevelSpec } from 'vega-lite';
import * as vega from 'vega';
import * as crm from '../../../src/analytics/index';
import * as charts from '../../../src/charts/index';
import { withVegaLocale } from '../../../src/protocol/index';
import { tx } from '../analytics/fixtures';

const orders = tx([
  ['a', '2024-01-05', 2612.7300000000005],
  ['a', '2024-02-05', 50],
  ['b', '2024-01-10', 20],
  ['b', '2024-03-01', 25],
  ['c', '2024-02-01', 300],
  ['d', '2024-02-15', 15],
]);

/** The tooltips a rendered chart shows (what a reader sees on hover), from its scene graph. */
async function tooltips(spec: TopLevelSpec): Promise<Record<string, unknown>[]> {
  const fixed = JSON.parse(JSON.stringify(spec).replace(/"width":"container"/g, '"width":400'));
  const view = new vega.View(vega.parse(compile(fixed).spec), { renderer: 'none' });
  await view.runAsync();
  const out: Record<string, unknown>[] = [];
  const walk = (node: { items?: unknown[]; tooltip?: unknown }) => {
    if (node.tooltip && typeof node.tooltip === 'object') out.push(node.tooltip as Record<string, unknown>);
    for (const child of node.items ?? []) walk(child as { items?: unknown[] });
  };
  walk((view.scenegraph() as unknown as { root: { items?: unknown[] } }).root);
  view.finalize();
  return out;
}

describe('chart tooltips and axes read as money and percentages (#12)', () => {
  it('the R×F grid’s tooltip gives each cell’s revenue in the shop’s currency', async () => {
    const spec = withVegaLocale(charts.rfHeatmap(crm.rfm(orders)), 'en', 'USD');
    const tips = await tooltips(spec);
    assert.ok(
      tips.some((t) => t.Revenue === '$2,662.73'),
      JSON.stringify(tips),
    );
    assert.ok(tips.every((t) => /^\$[\d,]+\.\d\d$/.test(String(t.Revenue))));
  });

  it('shows yuan in Chinese and no symbol when the currency is not known', async () => {
    const zh = await tooltips(withVegaLocale(charts.rfHeatmap(crm.rfm(orders)), 'zh-cn', 'CNY'));
    assert.ok(zh.some((t) => t.Revenue === '¥2,662.73'));
    const none = await tooltips(withVegaLocale(charts.rfHeatmap(crm.rfm(orders)), 'en', undefined));
    assert.ok(none.some((t) => t.Revenue === '2,662.73'));
  });

  it('cohort cells and segment shares show percentages with one decimal', async () => {
    const cohorts = await tooltips(charts.cohortHeatmap(crm.cohortRetention(orders)));
    assert.ok(cohorts.length > 0 && cohorts.every((t) => /^\d+\.\d%$/.test(String(t.Retention))), JSON.stringify(cohorts));
    const segments = await tooltips(charts.segmentChart(crm.segmentSummary(crm.rfm(orders))));
    assert.ok(
      segments.every((t) => /^\d+\.\d%$/.test(String(t.Share))),
      JSON.stringify(segments[0]),
    );
  });

  it('declares money formats on money fields in the specs (tooltip and axis)', () => {
    const top = charts.topCustomersChart(crm.customerValue(orders), { value: 'clv' }) as {
      encoding: { x: { format?: string; axis?: { format?: string } } };
    };
    assert.equal(top.encoding.x.format, '$,.2f');
    assert.equal(top.encoding.x.axis?.format, '$,.2~f');
    const bars = charts.barChart([{ month: '2024-01', revenue: 10 }], { x: 'month', y: 'revenue', title: 'Revenue', yFormat: 'money' }) as {
      encoding: { y: { format?: string } };
    };
    assert.equal(bars.encoding.y.format, '$,.2f');
  });
});
