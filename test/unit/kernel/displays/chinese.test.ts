import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as analytics from '../../../../src/analytics/index';
import * as charts from '../../../../src/charts/index';
import { LANGUAGE_ENV } from '../../../../src/protocol/index';
import { formatDisplay } from '../../../../src/kernel/formatDisplay';
import { withDisplays } from '../../../../src/kernel/displays/index';
import { withLanguage } from '../../../../src/kernel/withLanguage';
import { localizeCharts } from '../../../../src/kernel/localizeCharts';
import { KERNEL_TEXT } from '../../../../src/kernel/text/index';
import { tx } from '../../analytics/fixtures';

const orders = tx([
  ['a', '2024-01-05', 100],
  ['a', '2024-02-05', 50],
  ['b', '2024-01-10', 20],
  ['c', '2024-03-01', 5],
]);
const CJK = /[\u4e00-\u9fff]/;

describe('a kernel started in a Chinese VS Code (CRM_WORKBENCH_LANGUAGE=zh-cn) shows Chinese (issue 15 item 4)', () => {
  const crm = withLanguage(withDisplays({ ...analytics }), 'zh-cn');
  let saved: string | undefined;
  before(() => {
    saved = process.env[LANGUAGE_ENV];
    process.env[LANGUAGE_ENV] = 'zh-cn';
  });
  after(() => {
    if (saved === undefined) delete process.env[LANGUAGE_ENV];
    else process.env[LANGUAGE_ENV] = saved;
  });

  it('writes the data-quality report in Chinese, reasons included ("丢弃 1 行：缺少客户编号", not "missing id")', () => {
    const prepared = crm.prepareTransactions([
      { customer_id: 'a', date: '2024-01-01', amount: '5' },
      { customer_id: '', date: '2024-01-01', amount: '5' },
    ]);
    const md = formatDisplay(prepared, 100)[0].items[0].data;
    assert.match(md, /保留了 2 行中的 1 行/);
    assert.match(md, /丢弃 1 行：缺少客户编号（例如第 2 行）/);
    assert.doesNotMatch(md, /missing id|dropped|kept/);
  });

  it('names segments, titles the summary and labels the chart in Chinese', () => {
    const outs = formatDisplay(crm.rfm(orders), 100);
    assert.match(outs[0].items[0].data, /位客户的 RFM 评分/);
    const item = outs[1].items[0].data as unknown;
    const table = (typeof item === 'string' ? JSON.parse(item) : item) as { language?: string };
    assert.equal(table.language, 'zh-cn', 'the grid is told the language');
    const spec = JSON.parse(outs[2].items[0].data) as { title: string; encoding: { x: { title: string } } };
    assert.equal(spec.title, '按最近购买评分与购买频次评分的客户分布');
    assert.equal(spec.encoding.x.title, '购买频次评分（F）');
    assert.match(outs[2].items[1].data, /^Vega-Lite 图表/);
  });

  it('writes every summary of a survey in Chinese: NPS with its groups and chart legend', () => {
    const outs = formatDisplay(crm.nps([10, 10, 9, 8, 3]), 100);
    assert.match(outs[0].items[0].data, /置信区间.*推荐者 3 · 被动者 1 · 贬损者 1/s);
    const spec = outs[1].items[0].data;
    assert.match(spec, /"贬损者"/);
    assert.doesNotMatch(spec, /Promoters|Detractors/);
  });

  it('gives cells a charts object whose builders speak Chinese', () => {
    const cellCharts = localizeCharts(charts, 'zh-cn');
    const spec = cellCharts.retentionCurves(analytics.cohortRetention(orders)) as { title: string };
    assert.equal(spec.title, '留存曲线');
    assert.equal(cellCharts.NPS_COLORS, charts.NPS_COLORS);
  });

  it('reports kernel errors in Chinese', async () => {
    const { messages } = await import('../../../../src/kernel/text/index');
    assert.match(messages().loadPath, CJK);
    assert.equal(messages('en').loadPath, 'the first argument must be a file path, e.g. load("orders.csv")');
  });

  it('names the forecast method in Chinese in the summary and the chart title, English as before (#15)', () => {
    const series = [10, 12, 11, 14, 15, 17, 16, 19];
    const outs = formatDisplay(crm.forecast(series, { horizon: 2, seasonLength: 1 }), 100);
    const md: string = outs[0].items[0].data;
    assert.match(md, /^\*\*预测\*\*（霍尔特-温特斯指数平滑）未来 2 期/);
    assert.doesNotMatch(md, /holt-winters/);
    const spec = JSON.parse(outs[1].items[0].data) as { title: string };
    assert.equal(spec.title, '预测（霍尔特-温特斯指数平滑）及其 95% 预测区间');
    const linear = formatDisplay(crm.forecast(series, { horizon: 2, seasonLength: 1, method: 'linear' }), 100);
    assert.match(linear[0].items[0].data, /（线性趋势回归）/);
    const { summaries } = KERNEL_TEXT.en;
    assert.equal(
      summaries.forecast(summaries.forecastMethod['holt-winters'], true, 6, '1, 2'),
      '**Forecast** (holt-winters, seasonal) for the next 6 periods: 1, 2',
    );
  });
});
