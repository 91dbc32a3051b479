import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { quickMetrics } from '../../../src/analytics/index';
import { panelContent } from '../../../src/extension/quickMetrics/panelContent';

const file = aq.table({
  customer_id: ['a', 'a', 'b', '', 'c'],
  order_date: ['2024-01-05', '2024-02-05', '2024-01-10', '2024-01-11', '2024-03-01'],
  amount: ['100', '50', '20', '7', '5'],
});

describe('the Quick Metrics panel in a Chinese VS Code (issue 15 item 4)', () => {
  const m = quickMetrics(file);
  const zh = panelContent('orders.csv', m, undefined, { language: 'zh-cn' });

  it('writes the reasons for excluded rows in Chinese, not "missing id"', () => {
    const line = zh.quality.find((l) => l.startsWith('Excluded'));
    assert.ok(line, zh.quality.join('\n'));
    assert.match(line, /缺少客户编号/);
    assert.doesNotMatch(line, /missing id/);
  });

  it('names segments and labels the charts in Chinese', () => {
    const segments = zh.tables[1].rows.map((r) => String(r[0]));
    assert.ok(
      segments.every((s) => /[\u4e00-\u9fff]/.test(s)),
      segments.join(', '),
    );
    const titles = zh.charts.map((c) => String((c.spec as { title?: unknown }).title));
    assert.ok(titles.includes('各分群的客户与收入占比'), titles.join(' | '));
    assert.ok(titles.includes('各同期群的留存率'), titles.join(' | '));
  });

  it('stays English in an English VS Code', () => {
    const en = panelContent('orders.csv', m);
    assert.ok(en.quality.some((l) => /missing id/.test(l)));
    assert.ok(en.tables[1].rows.every((r) => !/[\u4e00-\u9fff]/.test(String(r[0]))));
  });
});
