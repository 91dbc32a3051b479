/** Displays of the models topic: classification metrics, ROC, churn features and the trained models. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { summaries } from '../text/index';
import { count, display, type DisplaysOf, fmt, notes, type Parts, pct, summary, sumOf } from './display';

const auc = (v: number | null) => (v === null ? '' : summaries().auc(fmt(v, 3)));

/** The ROC chart of a model's held-out predictions, when both classes are there. */
function rocOf(r: { testPredictions: { array(c: string): ArrayLike<unknown> }; metrics: analytics.ClassificationMetrics }): Parts {
  if (r.metrics.rocAuc === null) return [];
  const actual = r.testPredictions.array('actual') as ArrayLike<number>;
  const curve = analytics.rocCurve(actual, r.testPredictions.array('probability') as ArrayLike<number>);
  return [charts.rocChart(curve, { auc: r.metrics.rocAuc })];
}

function churnFeaturesLine(t: ReturnType<typeof analytics.buildChurnFeatures>): string {
  const n = t.numRows();
  if (!t.columnNames().includes('churned')) {
    return summaries().features(count(n));
  }
  return summaries().churnData(count(n), pct(sumOf(t.array('churned')) / n));
}

function churnModelLines(r: analytics.ChurnModelResult): string[] {
  const m = r.metrics;
  return [
    summaries().churnTree(
      r.rules.length,
      count(r.train.rows),
      count(r.test.rows),
      summaries().metrics(pct(m.accuracy), pct(m.precision), pct(m.recall), fmt(m.f1, 3), auc(m.rocAuc)),
    ),
    '',
    ...r.rules.slice(0, 8).map((rule) => `- ${rule}`),
    ...(r.rules.length > 8 ? [summaries().moreRules(r.rules.length - 8)] : []),
    ...notes(r.warnings),
  ];
}

/** A forest's permutation-importance ranking when measured (else the impurity one) and its OOB curve. */
function forestCharts(r: analytics.ChurnForestResult | analytics.ClvForestResult): Parts {
  const measure = r.model.permutationImportance ? 'permutation' : 'impurity';
  return [charts.featureImportanceChart(r, { measure }), charts.oobErrorChart(r)];
}

function churnForestLines(r: analytics.ChurnForestResult): string[] {
  const m = r.metrics;
  const say = summaries();
  const oob = r.oob ? say.outOfBag(`${say.accuracy(pct(r.oob.accuracy))}${auc(r.oob.rocAuc)}`) : '';
  return [
    say.churnForest(
      r.model.trees.length,
      r.mtry,
      r.model.features.length,
      count(r.train.rows),
      count(r.test.rows),
      say.metrics(pct(m.accuracy), pct(m.precision), pct(m.recall), fmt(m.f1, 3), auc(m.rocAuc)),
      oob,
    ),
    ...notes(r.warnings),
  ];
}

function clvForestLines(r: analytics.ClvForestResult): string[] {
  const m = r.metrics;
  const say = summaries();
  const oob = r.oob ? say.outOfBag(`MAE ${fmt(r.oob.mae, 2)}, R² ${r.oob.r2 === null ? '—' : fmt(r.oob.r2, 3)}`) : '';
  return [
    say.clvForest(
      r.model.trees.length,
      r.mtry,
      r.model.features.length,
      count(r.train.rows),
      count(r.test.rows),
      `MAE ${fmt(m.mae, 2)} · RMSE ${fmt(m.rmse, 2)} · R² ${m.r2 === null ? '—' : fmt(m.r2, 3)}`,
      `MAE ${fmt(r.baseline.mae, 2)}`,
      oob,
    ),
    ...notes(r.warnings),
  ];
}

export const modelsDisplays = {
  classificationMetrics: display(analytics.classificationMetrics, (m) => [
    summary([
      summaries().classification(pct(m.accuracy), pct(m.precision), pct(m.recall), fmt(m.f1, 3), auc(m.rocAuc)),
      '',
      summaries().confusion(`[[${m.confusionMatrix[0].join(', ')}], [${m.confusionMatrix[1].join(', ')}]]`),
    ]),
    charts.confusionMatrixChart(m),
  ]),
  rocCurve: display(analytics.rocCurve, (t) => [charts.rocChart(t)]),
  buildChurnFeatures: display(analytics.buildChurnFeatures, (t) => [summary([churnFeaturesLine(t)]), t]),
  trainChurnModel: display(analytics.trainChurnModel, (r) => [
    summary(churnModelLines(r)),
    charts.featureImportanceChart(r),
    charts.confusionMatrixChart(r, { labels: [summaries().notTarget(r.model.target), r.model.target] }),
    ...rocOf(r),
  ]),
  trainClvModel: display(analytics.trainClvModel, (r) => [
    summary([
      summaries().valueTree(
        r.rules.length,
        count(r.train.rows),
        count(r.test.rows),
        `MAE ${fmt(r.metrics.mae, 2)} · RMSE ${fmt(r.metrics.rmse, 2)} · R² ${r.metrics.r2 === null ? '—' : fmt(r.metrics.r2, 3)}`,
        `MAE ${fmt(r.baseline.mae, 2)}, RMSE ${fmt(r.baseline.rmse, 2)}`,
      ),
      ...notes(r.warnings),
    ]),
    charts.featureImportanceChart(r),
  ]),
  trainChurnForest: display(analytics.trainChurnForest, (r) => [summary(churnForestLines(r)), ...forestCharts(r), ...rocOf(r)]),
  trainClvForest: display(analytics.trainClvForest, (r) => [summary(clvForestLines(r)), ...forestCharts(r)]),
  trainLogisticModel: display(analytics.trainLogisticModel, (r) => [
    summary([
      summaries().logistic(
        r.model.features.map((f) => `\`${f}\``).join(', '),
        pct(r.metrics.accuracy),
        pct(r.metrics.precision),
        pct(r.metrics.recall),
        auc(r.metrics.rocAuc),
        r.converged,
      ),
      ...notes(r.warnings),
    ]),
    r.coefficients,
    ...rocOf(r),
  ]),
} satisfies DisplaysOf<
  | 'classificationMetrics'
  | 'rocCurve'
  | 'buildChurnFeatures'
  | 'trainChurnModel'
  | 'trainClvModel'
  | 'trainChurnForest'
  | 'trainClvForest'
  | 'trainLogisticModel'
>;
