/** Displays of the models topic: classification metrics, ROC, churn features and the trained models. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { count, display, type DisplaysOf, fmt, notes, type Parts, pct, summary, sumOf } from './display';

const auc = (v: number | null) => (v === null ? '' : ` · ROC AUC ${fmt(v, 3)}`);

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
    return `**Features of ${count(n)} customers** as of the last order, ready for \`model.predict\``;
  }
  return `**Churn training data: ${count(n)} customers**, ${pct(sumOf(t.array('churned')) / n)} churned in the horizon (label \`churned\`)`;
}

function churnModelLines(r: analytics.ChurnModelResult): string[] {
  const m = r.metrics;
  return [
    `**Churn tree** (${r.rules.length} leaves) on ${count(r.train.rows)} customers, judged on ${count(r.test.rows)} held out: ` +
      `accuracy ${pct(m.accuracy)} · precision ${pct(m.precision)} · recall ${pct(m.recall)} · F1 ${fmt(m.f1, 3)}${auc(m.rocAuc)}`,
    '',
    ...r.rules.slice(0, 8).map((rule) => `- ${rule}`),
    ...(r.rules.length > 8 ? [`- … ${r.rules.length - 8} more in \`result.rules\``] : []),
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
  const oob = r.oob ? ` · out of bag: accuracy ${pct(r.oob.accuracy)}${auc(r.oob.rocAuc)}` : '';
  return [
    `**Churn forest** (${r.model.trees.length} trees, ${r.mtry} of ${r.model.features.length} features per split) on ${count(r.train.rows)} customers, ` +
      `judged on ${count(r.test.rows)} held out: accuracy ${pct(m.accuracy)} · precision ${pct(m.precision)} · recall ${pct(m.recall)} · F1 ${fmt(m.f1, 3)}${auc(m.rocAuc)}${oob}`,
    ...notes(r.warnings),
  ];
}

function clvForestLines(r: analytics.ClvForestResult): string[] {
  const m = r.metrics;
  const oob = r.oob ? ` · out of bag: MAE ${fmt(r.oob.mae, 2)}, R² ${r.oob.r2 === null ? '—' : fmt(r.oob.r2, 3)}` : '';
  return [
    `**Value forest** (${r.model.trees.length} trees, ${r.mtry} of ${r.model.features.length} features per split) on ${count(r.train.rows)} rows, ` +
      `judged on ${count(r.test.rows)} held out: MAE ${fmt(m.mae, 2)} · RMSE ${fmt(m.rmse, 2)} · R² ${m.r2 === null ? '—' : fmt(m.r2, 3)} ` +
      `(always guessing the mean: MAE ${fmt(r.baseline.mae, 2)})${oob}`,
    ...notes(r.warnings),
  ];
}

export const modelsDisplays = {
  classificationMetrics: display(analytics.classificationMetrics, (m) => [
    summary([
      `**Accuracy ${pct(m.accuracy)}** · precision ${pct(m.precision)} · recall ${pct(m.recall)} · F1 ${fmt(m.f1, 3)}${auc(m.rocAuc)}`,
      '',
      `confusion matrix (rows actual, columns predicted): [[${m.confusionMatrix[0].join(', ')}], [${m.confusionMatrix[1].join(', ')}]]`,
    ]),
    charts.confusionMatrixChart(m),
  ]),
  rocCurve: display(analytics.rocCurve, (t) => [charts.rocChart(t)]),
  buildChurnFeatures: display(analytics.buildChurnFeatures, (t) => [summary([churnFeaturesLine(t)]), t]),
  trainChurnModel: display(analytics.trainChurnModel, (r) => [
    summary(churnModelLines(r)),
    charts.featureImportanceChart(r),
    charts.confusionMatrixChart(r, { labels: [`not ${r.model.target}`, r.model.target] }),
    ...rocOf(r),
  ]),
  trainClvModel: display(analytics.trainClvModel, (r) => [
    summary([
      `**Value tree** (${r.rules.length} leaves) on ${count(r.train.rows)} rows, judged on ${count(r.test.rows)} held out: ` +
        `MAE ${fmt(r.metrics.mae, 2)} · RMSE ${fmt(r.metrics.rmse, 2)} · R² ${r.metrics.r2 === null ? '—' : fmt(r.metrics.r2, 3)} ` +
        `(always guessing the mean: MAE ${fmt(r.baseline.mae, 2)}, RMSE ${fmt(r.baseline.rmse, 2)})`,
      ...notes(r.warnings),
    ]),
    charts.featureImportanceChart(r),
  ]),
  trainChurnForest: display(analytics.trainChurnForest, (r) => [summary(churnForestLines(r)), ...forestCharts(r), ...rocOf(r)]),
  trainClvForest: display(analytics.trainClvForest, (r) => [summary(clvForestLines(r)), ...forestCharts(r)]),
  trainLogisticModel: display(analytics.trainLogisticModel, (r) => [
    summary([
      `**Logistic regression** on ${r.model.features.map((f) => `\`${f}\``).join(', ')}: accuracy ${pct(r.metrics.accuracy)} · ` +
        `precision ${pct(r.metrics.precision)} · recall ${pct(r.metrics.recall)}${auc(r.metrics.rocAuc)} on held-out rows` +
        `${r.converged ? '' : ' — **did not converge**'}`,
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
