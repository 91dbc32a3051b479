import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import * as crm from '../../../src/analytics/index';
import { WARNING_TEXT, warningText, type WarningName } from '../../../src/analytics/warningText';
import { cdnowTransactions } from './fixtures';

const CJK = /[\u4e00-\u9fff]/;
/** Words a Chinese warning may keep: option names and values a cell types, model and file-format names. */
const KEPT = new Set([
  'testSize',
  'penalizer',
  'dayOrder',
  'mdy',
  'dmy',
  'ROC',
  'AUC',
  'Excel',
  'Hessian',
  'mapping',
  'BG',
  'NBD',
  'Pareto',
  'Gamma',
]);

/** The English words of a sentence, leaving out quoted column names, `{ … }` code and the words a cell types. */
const englishWords = (s: string) =>
  (
    s
      .replace(/"[^"]*"/g, '')
      .replace(/\{[^}]*\}/g, '')
      .match(/[A-Za-z]{2,}/g) ?? []
  ).filter((w) => !KEPT.has(w));

/** Asserts that every warning reads in Chinese, with no English word but the kept ones. */
function assertChinese(warnings: readonly string[], what: string) {
  assert.ok(warnings.length > 0, `${what} gave no warning`);
  for (const w of warnings) {
    assert.match(w, CJK, `${what}: ${w}`);
    assert.deepEqual(englishWords(w), [], `${what}: ${w}`);
  }
}

/** The first 120 customers of the CDNOW sample: 50 repeat buyers, too few for a reliable fit. */
const fewBuyers = () => crm.rfmSummary(cdnowTransactions().filter((d: { customerId: string }) => +d.customerId <= 120));

/** Arguments for each template (a warning added without them does not compile). */
const SAMPLE_ARGS: { [K in WarningName]: Parameters<(typeof WARNING_TEXT)[K]['en']> } = {
  fitNotConverged: ['no step lowers the objective'],
  fewRepeatCustomers: [50],
  tooLittleRepeatData: ['BG/NBD', 6, 40, 12, 'a = 9.66e+5, b = 2.77e+6'],
  noStandardErrors: [],
  spendFitNotConverged: ['not converged after 20 Newton steps'],
  spendFrequencyCorrelated: ['0.45'],
  spendFitAtEdge: [6, 'q = 7.54e+6, γ = 5.02e+7'],
  fewRepeatBuyers: [50],
  noComments: ['comment'],
  fewComments: [3, 'detractor', 'category'],
  testSizeZero: [],
  oneClassInTest: [],
  smallClass: [6],
  fewRows: [60],
  noOutOfBag: [2],
  logisticNotConverged: [50],
  penalizedErrors: [],
  incompletePeriods: [['2024-12']],
  noSeason: [5, 12],
  shortSeriesIntervals: [],
  backtestWithoutSeason: [18],
  shortBacktest: [2, 6],
  noBacktest: [],
  negativeValues: [],
  unreadableResponseDates: [2],
  repeatedHeader: ['Email', 'Email_2'],
  shortRows: [3, 18],
  duplicateColumn: ['Email', 2, undefined],
  slashDates: [true],
  longNumberIds: ['orderId', 'Order'],
  excelSerialDates: ['Date', '45292'],
};

/** 60 rows of two features and a 0/1 label with 6 ones: a small class and too few rows. */
const modelRows = aq.table({
  x1: Array.from({ length: 60 }, (_, i) => i),
  x2: Array.from({ length: 60 }, (_, i) => (i * 7) % 11),
  churned: Array.from({ length: 60 }, (_, i) => (i % 10 === 3 ? 1 : 0)),
  value: Array.from({ length: 60 }, (_, i) => 10 + ((i * 13) % 17)),
});

describe('the analytics say their warnings in the display language (#15)', () => {
  it('has a Chinese template beside every English one, and they differ', () => {
    for (const name of Object.keys(WARNING_TEXT) as WarningName[]) {
      const args = SAMPLE_ARGS[name] as never[];
      const zh = (warningText as (...a: unknown[]) => string)('zh-cn', name, ...args);
      assert.match(zh, CJK, `${name}: ${zh}`);
      assert.deepEqual(englishWords(zh), [], `${name}: ${zh}`);
      assert.notEqual(zh, (warningText as (...a: unknown[]) => string)('en', name, ...args), name);
    }
  });

  it('keeps the English sentences as they were', () => {
    assert.equal(warningText('en', 'fewRows', 120), 'only 120 rows: the metrics are very uncertain');
    assert.equal(warningText('en', 'incompletePeriods', ['2024-12']), 'left out the incomplete period 2024-12');
    assert.equal(
      warningText('en', 'duplicateColumn', 'Email', 2, { copy: '2', column: 'Email_2' }),
      'the column "Email" appears 2 times; copy number 2 ("Email_2") was used, pass a mapping to choose another',
    );
    assert.deepEqual(crm.forecast([5, 6, 7, 8, 9], { seasonLength: 4, backtest: 0 }).warnings, [
      'only 5 periods: a season of 4 needs 8, so the forecast has no seasonal pattern',
      'intervals from a short series are themselves uncertain',
    ]);
  });

  it('speaks Chinese in the BTYD fits (value/btydFit.ts, value/gammaGamma.ts)', () => {
    const summary = fewBuyers();
    assertChinese(crm.fitBgNbd(summary, { language: 'zh-cn' }).warnings, 'fitBgNbd');
    assertChinese(crm.fitParetoNbd(summary, { language: 'zh-cn' }).warnings, 'fitParetoNbd');
    assertChinese(crm.fitGammaGamma(summary, { language: 'zh-cn' }).warnings, 'fitGammaGamma');
    assert.match(
      crm.fitGammaGamma(summary).warnings.join('\n'),
      /^only \d+ repeat buyers; fewer than about 100 gives unreliable estimates$/m,
    );
  });

  it('speaks Chinese in the models (models/*.ts)', () => {
    const zh = { language: 'zh-cn' } as const;
    assertChinese(crm.trainChurnModel(modelRows, { label: 'churned', features: ['x1', 'x2'], ...zh }).warnings, 'trainChurnModel');
    assertChinese(
      crm.trainChurnForest(modelRows, { label: 'churned', features: ['x1', 'x2'], trees: 5, ...zh }).warnings,
      'trainChurnForest',
    );
    assertChinese(crm.trainClvModel(modelRows, { target: 'value', features: ['x1', 'x2'], testSize: 0, ...zh }).warnings, 'trainClvModel');
    assertChinese(crm.trainClvForest(modelRows, { target: 'value', features: ['x1', 'x2'], trees: 5, ...zh }).warnings, 'trainClvForest');
    assertChinese(
      crm.trainLogisticModel(modelRows, { label: 'churned', features: ['x1', 'x2'], penalizer: 0.1, ...zh }).warnings,
      'trainLogisticModel',
    );
  });

  it('speaks Chinese in the forecast (forecast/forecast.ts)', () => {
    const series = aq.table({ period: ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'], value: [5, -1, 7, 8, 9] });
    assertChinese(crm.forecast(series, { seasonLength: 4, language: 'zh-cn' }).warnings, 'forecast');
  });

  it('speaks Chinese in the feedback themes (text/feedbackThemes.ts)', () => {
    const responses = aq.table({ score: [10, 9, 2], comment: ['fast delivery', 'great tea', 'slow delivery'] });
    const r = crm.feedbackThemes(responses, { language: 'zh-cn' });
    assertChinese(r.warnings, 'feedbackThemes');
    assert.match(r.warnings.join('\n'), /来自推荐者的评论只有 2 条/);
    assertChinese(crm.feedbackThemes(aq.table({ score: [9], comment: [''] }), { language: 'zh-cn' }).warnings, 'no comments');
  });

  it('speaks Chinese about the file and its columns (data/readCsv.ts, headerNames.ts, prepareTransactions.ts, prepareResponses.ts)', () => {
    const orders = crm.readCsv('id,date,amount,amount\na,03/04/2024,10,1\nb,05/06/2024\n');
    const info = crm.readInfo(orders)!;
    assert.deepEqual(info.warnings, [
      'the header "amount" appears more than once; the later copy is read as "amount_2" and the first "amount" is the one used by name',
      '1 row has fewer fields than the header (first: row 2); their missing fields are empty',
    ]);
    assertChinese(crm.readWarnings(info, 'zh-cn'), 'readWarnings');
    const prepared = crm.prepareTransactions(orders, { customerId: 'id', orderDate: 'date', amount: 'amount' }, { language: 'zh-cn' });
    assertChinese(prepared.report.warnings, 'prepareTransactions');
    const survey = crm.prepareResponses(aq.table({ score: [9, 3], date: ['2024-01-05', 'not a date'] }), {}, { language: 'zh-cn' });
    assertChinese(survey.report.warnings, 'prepareResponses');
    assert.deepEqual(crm.prepareResponses(aq.table({ score: [9, 3], date: ['2024-01-05', 'not a date'] })).report.warnings, [
      '1 response date could not be read and are empty (the scores are kept)',
    ]);
  });

  it('speaks Chinese about an optimiser that stopped early', () => {
    assert.equal(
      warningText('zh-cn', 'fitNotConverged', 'did not converge in 500 iterations per start'),
      '拟合未收敛（每个起点迭代 500 次后仍未收敛）；请谨慎看待预测结果',
    );
  });
});
