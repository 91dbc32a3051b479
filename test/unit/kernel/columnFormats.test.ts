import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import * as analytics from '../../../src/analytics/index';
import { formatDisplay, tablePayload, type DisplayContext } from '../../../src/kernel/formatDisplay';
import { withDisplays } from '../../../src/kernel/displays/index';
import { RESULT_COLUMNS } from '../../../src/kernel/displays/resultColumns';
import { resetShopCurrency, setSettingCurrency, shopCurrency } from '../../../src/kernel/shopCurrency';
import type { TablePayload, ValueFormat } from '../../../src/protocol/index';
import { tx } from '../analytics/fixtures';

const crm = withDisplays(analytics);
const en: DisplayContext = { language: 'en', currency: 'USD' };
const orders = tx([
  ['a', '2024-01-05', 2612.7300000000005],
  ['a', '2024-02-05', 50],
  ['b', '2024-01-10', 20.5],
  ['c', '2024-03-01', 5],
  ['b', '2024-04-20', 12],
  ['d', '2024-05-02', 40],
]);

/** The payload of the first table a result shows. */
function shownTable(result: unknown, context = en): TablePayload {
  const item = formatDisplay(result, 100, context)
    .flatMap((o) => o.items)
    .find((i) => i.mime === 'application/vnd.crm-workbench.table+json');
  assert.ok(item, 'the result shows a table');
  return JSON.parse(item.data) as TablePayload;
}

const formats = (p: TablePayload) => Object.fromEntries(p.columns.filter((c) => c.format).map((c) => [c.name, c.format]));

afterEach(() => resetShopCurrency());

describe('the meaning of result columns comes from the analytics (#12)', () => {
  it('rfm: recency in days, frequency and scores as counts, monetary as money', () => {
    assert.deepEqual(formats(shownTable(crm.rfm(orders))), {
      recency: 'days',
      frequency: 'count',
      monetary: 'money',
      r: 'count',
      f: 'count',
      m: 'count',
    });
  });

  it('segmentSummary: counts, shares as percentages, revenue and mean spend as money, mean recency in days', () => {
    const p = shownTable(crm.segmentSummary(crm.rfm(orders)));
    assert.deepEqual(formats(p), {
      customers: 'count',
      share: 'percent',
      revenue: 'money',
      revenueShare: 'percent',
      meanRecency: 'days',
      meanFrequency: 'number',
      meanMonetary: 'money',
    });
  });

  it('predicted CLV: clv and expected spend as money, P(alive) as a percentage', () => {
    const summary = crm.rfmSummary(orders);
    const bgnbd = analytics.BgNbdModel.fromJSON({
      type: 'crm-workbench/bgnbd',
      version: 1,
      params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
      timeUnitDays: 1,
    });
    const gammaGamma = analytics.GammaGammaModel.fromJSON({
      type: 'crm-workbench/gamma-gamma',
      version: 1,
      params: { p: 6.25, q: 3.74, gamma: 15.44 },
    });
    const f = formats(shownTable(crm.predictClv(summary, { bgnbd, gammaGamma })));
    assert.equal(f.clv, 'money');
    assert.equal(f.expectedSpend, 'money');
    assert.equal(f.probabilityAlive, 'percent');
    assert.equal(f.frequency, 'count');
  });

  it('NPS by group: counts as integers, NPS and its interval as numbers', () => {
    const responses = aq.table({ group: ['x', 'x', 'y'], score: [10, 3, 9] });
    const f = formats(shownTable(crm.npsBy(responses, 'group')));
    assert.deepEqual([f.n, f.nps, f.ciLow, f.promoters, f.detractors], ['count', 'number', 'number', 'count', 'count']);
  });

  it('cohorts: size as a count, every period column as a percentage', () => {
    const p = shownTable(crm.cohortRetention(orders, { period: 'quarter' }));
    assert.deepEqual(
      p.columns.map((c) => [c.name, c.format ?? null]),
      [
        ['cohort', null],
        ['size', 'count'],
        ['quarter 0', 'percent'],
        ['quarter 1', 'percent'],
      ],
    );
  });

  it('churn: features in days, counts and money; a churn model’s held-out probabilities as percentages', () => {
    const features = crm.buildChurnFeatures(orders, { asOf: '2024-02-01', horizonDays: 90 });
    const f = formats(tablePayload(features, 10, en));
    assert.deepEqual([f.recency, f.orders, f.revenue, f.aov, f.tenure], ['days', 'count', 'money', 'money', 'days']);
    const rows = Array.from({ length: 200 }, (_, i) => ({ x: i % 50, y: i % 50 > 20 ? 1 : 0 }));
    const model = crm.trainChurnModel(rows, { label: 'y' });
    assert.equal(formats(tablePayload(model.testPredictions, 10, en)).probability, 'percent');
  });

  it('keeps the formats in tables Arquero derives from a result (sorted, filtered, selected)', () => {
    const derived = crm
      .rfm(orders)
      .orderby(aq.desc('monetary'))
      .filter((d: { frequency: number }) => d.frequency > 0)
      .select('customerId', 'monetary');
    assert.deepEqual(formats(tablePayload(derived, 10, en)), { monetary: 'money' });
  });

  it('guesses nothing: a table the cell built has no formats', () => {
    const t = aq.table({ monetary: [1.5], share: [0.2] });
    assert.deepEqual(formats(tablePayload(t, 10, en)), {});
  });

  it('declares only columns the functions return (checked on real results)', () => {
    const results: Record<string, unknown> = {
      rfm: analytics.rfm(orders, { monetary: 'mean' }),
      segmentSummary: analytics.segmentSummary(analytics.rfm(orders)),
      lifecycle: analytics.lifecycle(orders),
      customerValue: analytics.customerValue(orders),
    };
    for (const [name, result] of Object.entries(results)) {
      const declared = Object.keys(RESULT_COLUMNS[name as keyof typeof RESULT_COLUMNS] as Record<string, ValueFormat>);
      const returned = (result as aq.ColumnTable).columnNames();
      for (const column of declared) assert.ok(returned.includes(column), `${name} declares ${column}, which it does not return`);
    }
  });
});

describe('the table payload carries the currency and the language', () => {
  it('fills currency and language, and the HTML and text fallbacks read as money', () => {
    const outs = formatDisplay(crm.rfm(orders), 100, { language: 'en', currency: 'USD' });
    const table = outs[1].items;
    const p = JSON.parse(table[0].data) as TablePayload;
    assert.equal(p.currency, 'USD');
    assert.equal(p.language, 'en');
    assert.equal(p.rows[0][3], 2662.7300000000005, 'the data keep full precision');
    assert.match(table[1].data, /<td style="text-align:right">\$2,662\.73<\/td>/);
    assert.match(table[2].data, /\$2,662\.73/);
    assert.match(table[2].data, /87 days/);
  });

  it('reads in Chinese: ¥ with Chinese grouping and 天 for days', () => {
    const outs = formatDisplay(crm.rfm(orders), 100, { language: 'zh-cn', currency: 'CNY' });
    assert.match(outs[1].items[2].data, /¥2,662\.73/);
    assert.match(outs[1].items[2].data, /87 天/);
    assert.equal((JSON.parse(outs[1].items[0].data) as TablePayload).language, 'zh-cn');
  });

  it('takes the currency from the data’s currency column, else from the crmWorkbench.currency setting', () => {
    setSettingCurrency('eur');
    assert.equal(shopCurrency(), 'EUR');
    const symbols = aq.table({ customer_id: ['a', 'b'], order_date: ['2024-01-05', '2024-01-06'], amount: ['$10.00', '12.50'] });
    crm.prepareTransactions(symbols);
    assert.equal(shopCurrency(), 'EUR', 'a symbol in an amount cell is not a currency column');
    const raw = aq.table({
      customer_id: ['a', 'b'],
      order_date: ['2024-01-05', '2024-01-06'],
      amount: [10, 12.5],
      currency: ['USD', 'USD'],
    });
    crm.prepareTransactions(raw);
    assert.equal(shopCurrency(), 'USD', 'the orders name their currency');
    const p = tablePayload(crm.prepareTransactions(raw).table, 10);
    assert.equal(p.currency, 'USD');
    assert.equal(p.columns.find((c) => c.name === 'amount')?.format, 'money');
  });

  it('takes the currency a call names for a file with no currency column (a Taobao report in CNY)', () => {
    resetShopCurrency();
    const plain = aq.table({ customer_id: ['a', 'b'], order_date: ['2024-01-05', '2024-01-06'], amount: [10, 12.5] });
    crm.prepareTransactions(plain);
    assert.equal(shopCurrency(), undefined, 'nothing says which currency');
    crm.prepareTransactions(plain, {}, { currency: 'cny' });
    assert.equal(shopCurrency(), 'CNY');
  });

  it('summaries show money in the shop’s currency', () => {
    setSettingCurrency('USD');
    const text = formatDisplay(crm.actionList(orders), 100)[0].items[0].data;
    assert.match(text, /\$[\d,]+\.\d\d at stake/);
  });
});

describe('plain data shows without float noise (#12)', () => {
  it('rounds only the display of .objects() and plain numbers, never the data', () => {
    const rows = [{ customerId: 'C1619', monetary: 2612.7300000000005 }];
    const [out] = formatDisplay(rows, 100, en);
    assert.equal(out.items[0].data, '[{"customerId":"C1619","monetary":2612.73}]');
    assert.match(out.items[1].data, /monetary: 2612\.73 \}/);
    assert.equal(rows[0].monetary, 2612.7300000000005);
  });

  it('puts the number locale into charts so that money shows the shop’s currency', () => {
    const outs = formatDisplay(crm.rfm(orders), 100, { language: 'zh-cn', currency: 'CNY' });
    const spec = JSON.parse(outs[2].items[0].data) as { config: { locale: { number: { currency: string[] } } } };
    assert.deepEqual(spec.config.locale.number.currency, ['¥', '']);
  });
});
