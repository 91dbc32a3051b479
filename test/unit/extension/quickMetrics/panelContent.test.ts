import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { quickMetrics, type OrdersMetrics } from '../../../../src/analytics/index';
import { readDataFile } from '../../../../src/io/index';
import { panelContent } from '../../../../src/extension/quickMetrics/panelContent';
import { formatMetrics } from '../../../../src/cli/metricsCommand';

const sample = path.resolve('samples/data/orders.csv');

describe('the Quick Metrics panel and the CLI show numbers for people (#12)', () => {
  it('shows the sample shop’s revenue in the setting’s currency with two decimals, counts as integers, shares as percentages', async () => {
    // Revenue 354,450.42 over 5,275 orders and 2,001 customers: the sample's figures (cli.test.ts).
    const m = quickMetrics(await readDataFile(sample)) as OrdersMetrics;
    const p = panelContent('orders.csv', m, undefined, { currency: 'USD' });
    const figure = (label: string) => p.figures.find((f) => f.label === label)?.value;
    assert.equal(figure('Revenue'), '$354,450.42');
    assert.equal(figure('Orders'), '5,275');
    assert.equal(figure('Average order'), '$67.19');
    assert.equal(figure('Repeat rate'), '52.9%');
    assert.equal(p.tables[0].rows[0][1], '$2,612.73', 'the top customer C1619');
    const chart = p.charts.find((c) => c.id === 'monthly')!.spec as { config: { locale: { number: { currency: string[] } } } };
    assert.deepEqual(chart.config.locale.number.currency, ['$', '']);
  });

  it('follows the display language, and the data’s currency column over the setting', async () => {
    const m = quickMetrics(await readDataFile(sample)) as OrdersMetrics;
    const zh = panelContent('orders.csv', m, undefined, { language: 'zh-cn', currency: 'CNY' });
    assert.equal(zh.figures[0].value, '¥354,450.42');
    // One amount of 5,281 is written "$1,204.50": a symbol in a cell is not the shop's currency.
    assert.equal(panelContent('orders.csv', m).figures[0].value, '354,450.42', 'no symbol when the currency is not known');
    const withColumn = { ...m, report: { ...m.report, currency: 'EUR', ruleColumns: { currency: 'Currency' } } };
    assert.equal(panelContent('orders.csv', withColumn, undefined, { currency: 'CNY' }).figures[0].value, '€354,450.42');
  });

  it('prints the CLI’s figures in the display language’s style', async () => {
    const m = quickMetrics(await readDataFile(sample));
    const text = formatMetrics('orders.csv', m, undefined, { language: 'zh-cn', currency: 'USD' });
    assert.match(text, /revenue US\$354,450\.42 · orders 5,275 · customers 2,001 · AOV US\$67\.19 · repeat rate 52\.9%/);
    assert.match(text, /top customers: C1619 US\$2,612\.73/);
  });
});
