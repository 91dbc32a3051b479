/**
 * How analysis results show themselves in a cell: a short summary (Markdown with a plain-text
 * twin) and their natural chart, attached as the `crm.display` hook when a cell calls `crm.*`.
 * The analytics and charts stay pure; this is the one place that joins them for display.
 */
import * as analytics from '../analytics/index';
import * as charts from '../charts/index';
import { DISPLAY_SYMBOL } from './formatDisplay';
import * as displays13 from './displays13';
import { formatNumber, formatPercent } from '../protocol/index';

type Parts = unknown[];
type Describe = (result: any, args: any[]) => Parts; // eslint-disable-line @typescript-eslint/no-explicit-any

const fmt = formatNumber;
const sumOf = (values: ArrayLike<unknown>) => {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += Number(values[i]);
  return s;
};
const pct = formatPercent;

/** A Markdown summary with the same text as plain text (Markdown punctuation removed). */
export function summary(lines: string[]): Record<string, string> {
  const md = lines.join('\n');
  return { 'text/markdown': md, 'text/plain': md.replace(/\*\*|`|^#+ /gm, '') };
}

function reportSummary(r: analytics.PreparedTransactions | analytics.PreparedResponses, what: string): Record<string, string> {
  const rep = r.report;
  const lines = [`**${what}: kept ${rep.rowsKept.toLocaleString('en-US')} of ${rep.rowsRead.toLocaleString('en-US')} rows**`, ''];
  lines.push(`Columns: ${Object.entries(rep.mapping).map(([k, v]) => `\`${k}\` ← "${v}"`).join(', ')}`);
  for (const [reason, n] of Object.entries(rep.droppedByReason)) lines.push(`- dropped ${n} row${n === 1 ? '' : 's'}: ${reason} (e.g. row ${rep.dropped.find((d) => d.reason === reason)!.row})`);
  if ('refunds' in rep && rep.refunds && rep.refunds.count) lines.push(`- ${rep.refunds.count} refund${rep.refunds.count === 1 ? '' : 's'} (total ${fmt(rep.refunds.total, 2)}) ${rep.refunds.kept ? 'kept' : 'dropped'}`);
  for (const w of rep.warnings) lines.push(`- note: ${w}`);
  return summary(lines);
}

const DESCRIBE: Partial<Record<string, Describe>> = {
  prepareTransactions: (r) => [reportSummary(r, 'Transactions'), r.table],
  prepareResponses: (r) => [reportSummary(r, 'Responses'), r.table],
  rfm: (t) => {
    const n = t.numRows();
    return [summary([`**RFM scores for ${n.toLocaleString('en-US')} customers** — segments from the R×F grid`]), t, charts.rfHeatmap(t)];
  },
  segmentSummary: (t) => [t, charts.segmentChart(t)],
  kmeansSegments: (r: analytics.KmeansResult) => [
    summary([
      `**k-means: ${r.k} segments** of ${r.assignments.length.toLocaleString('en-US')} rows on ${r.features.map((f) => `\`${f}\``).join(', ')}`,
      '',
      `sizes ${r.sizes.join(' / ')} · inertia ${fmt(r.inertia, 2)} · silhouette ${fmt(r.silhouette, 3)}`,
    ]),
    ...(r.features.length >= 2 ? [charts.clusterScatter(r.table, r.features[0], r.features[1])] : []),
  ],
  elbow: (r: analytics.ElbowResult) => [summary([`**Suggested k = ${r.suggestedK}** (elbow of inertia); best silhouette at k = ${r.bestSilhouetteK}`]), r.table, charts.elbowChart(r)],
  profile: (t, args) => [t, charts.segmentProfileChart(t, args[1])],
  nps: (r: analytics.NpsResult) => [
    summary(
      r.nps === null
        ? [`**NPS: no valid answers** (${r.excluded} excluded)`]
        : [
            `**NPS ${fmt(r.nps)}** ± ${fmt(r.moe)} (${Math.round(r.confidence * 100)}% CI ${fmt(r.ci![0])} to ${fmt(r.ci![1])}), n = ${r.n}`,
            '',
            `promoters ${r.promoters} · passives ${r.passives} · detractors ${r.detractors}${r.excluded ? ` · ${r.excluded} excluded` : ''} · adjusted-Wald ${fmt(r.adjusted!.nps)} (${fmt(r.adjusted!.ci[0])} to ${fmt(r.adjusted!.ci[1])})`,
          ],
    ),
    charts.npsChart(r),
  ],
  npsTrend: (t) => [t, charts.npsTrendChart(t)],
  compareNps: (r: analytics.NpsComparison) => [summary([`**NPS ${fmt(r.a)} vs ${fmt(r.b)}**: difference ${fmt(r.difference)} points, z = ${fmt(r.z, 3)}, p = ${fmt(r.p, 4)} — ${r.significant ? 'significant' : 'not significant'} at 5%`])],
  csat: (r: analytics.CsatResult) => [summary([r.csat === null ? '**CSAT: no valid ratings**' : `**CSAT ${fmt(r.csat)}%** (top-2-box), 95% CI ${fmt(r.ci![0])} to ${fmt(r.ci![1])}, n = ${r.n}; mean rating ${fmt(r.mean, 2)}${r.excluded ? `; ${r.excluded} excluded` : ''}`])],
  retentionRate: (r: analytics.RetentionResult) => [summary([r.retention === null ? `**Retention undefined**: ${r.reason}` : `**Retention ${pct(r.retention)}**, churn ${pct(r.churn)} (${r.lost} customers lost)`])],
  cohortRetention: (t) => [t, charts.cohortHeatmap(t), charts.retentionCurves(t)],
  lifecycle: (t) => {
    const counts = new Map<string, number>();
    for (const s of t.array('stage') as string[]) counts.set(s, (counts.get(s) ?? 0) + 1);
    return [summary([`**Lifecycle**: ${['new', 'active', 'reactivated', 'at risk', 'churned'].map((s) => `${s} ${counts.get(s) ?? 0}`).join(' · ')}`]), t];
  },
  repeatRate: (r: analytics.RepeatRateResult) => [summary([`**Repeat rate ${pct(r.repeatRate)}**: ${r.repeatCustomers.toLocaleString('en-US')} of ${r.customers.toLocaleString('en-US')} customers bought on two or more days`])],
  pareto: (r: analytics.ParetoResult) => [
    summary([`**Top 20% of customers bring ${pct(r.topShares.find((s) => s.top === 0.2)!.revenueShare)} of revenue**; ${pct(r.customersFor80)} of customers bring 80%`]),
    charts.paretoChart(r),
  ],
  campaign: (r: analytics.CampaignResult, args) => [
    summary([
      `**ROI ${fmt(r.roi)}%** on profit (gross profit ${fmt(r.grossProfit, 2)}), **ROAS ${fmt(r.roas, 2)}**`,
      '',
      `response rate ${fmt(r.responseRate, 2)}% · conversion ${fmt(r.conversionRate, 2)}% of responders (${fmt(r.contactConversionRate, 2)}% of contacts)`,
    ]),
    charts.campaignFunnel(args[0], r),
  ],
  fitBgNbd: (m: analytics.BgNbdModel, args) => [
    summary([
      `**BG/NBD** on ${m.customers.toLocaleString('en-US')} customers (time unit ${m.timeUnitDays} day${m.timeUnitDays === 1 ? '' : 's'}): r = ${fmt(m.params.r, 4)}, α = ${fmt(m.params.alpha, 4)}, a = ${fmt(m.params.a, 4)}, b = ${fmt(m.params.b, 4)}; log-likelihood ${fmt(m.logLikelihood, 2)}${m.converged ? '' : ' — **did not converge**'}`,
      ...m.warnings.map((w) => `- note: ${w}`),
    ]),
    ...(isTable(args[0]) ? [charts.frequencyRecencyChart(m, args[0], { t: Math.round(365 / m.timeUnitDays) })] : []),
  ],
  fitGammaGamma: (m: analytics.GammaGammaModel) => [
    summary([
      `**Gamma-Gamma** on ${m.customers.toLocaleString('en-US')} repeat buyers: p = ${fmt(m.params.p, 4)}, q = ${fmt(m.params.q, 4)}, γ = ${fmt(m.params.gamma, 4)}; mean spend per purchase ${fmt(m.meanSpend, 2)}; corr(frequency, spend) = ${fmt(m.spendFrequencyCorrelation, 3)}`,
      ...m.warnings.map((w) => `- note: ${w}`),
    ]),
  ],
  predictClv: (t, args) => {
    const clv = t.array('clv') as number[];
    const total = sumOf(clv);
    const o = args[1] ?? {};
    const alive = (t.array('probabilityAlive') as number[]).filter((p: number) => p >= 0.5).length;
    return [
      summary([
        `**Predicted CLV over ${o.months ?? 12} months**: total ${fmt(total, 0)}, mean ${fmt(total / Math.max(1, clv.length), 2)} per customer (discount ${fmt(100 * (o.monthlyDiscount ?? 0.01), 1)}% a month)`,
        '',
        `${alive.toLocaleString('en-US')} of ${clv.length.toLocaleString('en-US')} customers are more likely active than not (P(alive) ≥ 50%)`,
      ]),
      t,
      charts.topCustomersChart(t),
      charts.clvDistributionChart(t),
      charts.pAliveChart(t),
    ];
  },
  holdoutCheck: (r: analytics.HoldoutResult) => [
    summary([`**Holdout check** over ${fmt(r.holdoutLength, 1)} time units: predicted ${fmt(r.totalPredicted, 0)} repeat purchases, actual ${fmt(r.totalActual, 0)} (${fmt((100 * (r.totalPredicted - r.totalActual)) / Math.max(1, r.totalActual), 1)}%)`, ...r.warnings.map((w) => `- note: ${w}`)]),
    r.table,
    charts.holdoutChart(r),
  ],
  classificationMetrics: (m: analytics.ClassificationMetrics) => [
    summary([
      `**Accuracy ${pct(m.accuracy)}** · precision ${pct(m.precision)} · recall ${pct(m.recall)} · F1 ${fmt(m.f1, 3)}${m.rocAuc === null ? '' : ` · ROC AUC ${fmt(m.rocAuc, 3)}`}`,
      '',
      `confusion matrix (rows actual, columns predicted): [[${m.confusionMatrix[0].join(', ')}], [${m.confusionMatrix[1].join(', ')}]]`,
    ]),
    charts.confusionMatrixChart(m),
  ],
  rocCurve: (t) => [charts.rocChart(t)],
  buildChurnFeatures: (t) => {
    const churned = t.columnNames().includes('churned') ? sumOf(t.array('churned')) : null;
    const n = t.numRows();
    return [
      summary([
        churned === null
          ? `**Features of ${n.toLocaleString('en-US')} customers** as of the last order, ready for \`model.predict\``
          : `**Churn training data: ${n.toLocaleString('en-US')} customers**, ${pct(churned / n)} churned in the horizon (label \`churned\`)`,
      ]),
      t,
    ];
  },
  trainChurnModel: (r: analytics.ChurnModelResult) => [
    summary([
      `**Churn tree** (${r.rules.length} leaves) on ${r.train.rows.toLocaleString('en-US')} customers, judged on ${r.test.rows.toLocaleString('en-US')} held out: accuracy ${pct(r.metrics.accuracy)} · precision ${pct(r.metrics.precision)} · recall ${pct(r.metrics.recall)} · F1 ${fmt(r.metrics.f1, 3)}${r.metrics.rocAuc === null ? '' : ` · ROC AUC ${fmt(r.metrics.rocAuc, 3)}`}`,
      '',
      ...r.rules.slice(0, 8).map((rule) => `- ${rule}`),
      ...(r.rules.length > 8 ? [`- … ${r.rules.length - 8} more in \`result.rules\``] : []),
      ...r.warnings.map((w) => `- note: ${w}`),
    ]),
    charts.featureImportanceChart(r),
    charts.confusionMatrixChart(r, { labels: [`not ${r.model.target}`, r.model.target] }),
    ...rocOf(r),
  ],
  trainClvModel: (r: analytics.ClvModelResult) => [
    summary([
      `**Value tree** (${r.rules.length} leaves) on ${r.train.rows.toLocaleString('en-US')} rows, judged on ${r.test.rows.toLocaleString('en-US')} held out: MAE ${fmt(r.metrics.mae, 2)} · RMSE ${fmt(r.metrics.rmse, 2)} · R² ${r.metrics.r2 === null ? '—' : fmt(r.metrics.r2, 3)} (always guessing the mean: MAE ${fmt(r.baseline.mae, 2)}, RMSE ${fmt(r.baseline.rmse, 2)})`,
      ...r.warnings.map((w) => `- note: ${w}`),
    ]),
    charts.featureImportanceChart(r),
  ],
  trainLogisticModel: (r: analytics.LogisticResult) => [
    summary([
      `**Logistic regression** on ${r.model.features.map((f) => `\`${f}\``).join(', ')}: accuracy ${pct(r.metrics.accuracy)} · precision ${pct(r.metrics.precision)} · recall ${pct(r.metrics.recall)}${r.metrics.rocAuc === null ? '' : ` · ROC AUC ${fmt(r.metrics.rocAuc, 3)}`} on held-out rows${r.converged ? '' : ' — **did not converge**'}`,
      ...r.warnings.map((w) => `- note: ${w}`),
    ]),
    r.coefficients,
    ...rocOf(r),
  ],
  revenueSeries: (t) => [t, charts.barChart(t, { x: 'period', y: 'value', title: 'Per period' })],
  forecast: (r: analytics.ForecastResult) => [
    summary([
      `**Forecast** (${r.method}${r.seasonal ? ', seasonal' : ''}) for the next ${r.forecast.length} periods: ${r.forecast.map((v) => fmt(v, 0)).join(', ')}`,
      '',
      r.backtest
        ? `backtest on the last ${r.backtest.points} known periods: MAPE ${r.backtest.mape === null ? '—' : `${fmt(r.backtest.mape, 1)}%`} (seasonal naive: ${r.backtest.naiveMape === null ? '—' : `${fmt(r.backtest.naiveMape, 1)}%`})`
        : 'no backtest: the series is too short',
      ...r.warnings.map((w) => `- note: ${w}`),
    ]),
    charts.forecastChart(r),
  ],
  feedbackThemes: (r: analytics.FeedbackThemesResult) => [
    summary([
      `**Themes** in ${sumOf(r.groups.array('comments')).toLocaleString('en-US')} comments: ${r.groups.objects().map((g: any) => `${g.group} ${g.comments}`).join(' · ')}`, // eslint-disable-line @typescript-eslint/no-explicit-any
      ...r.warnings.map((w) => `- note: ${w}`),
    ]),
    r.themes,
    charts.themesChart(r),
  ],
  sentiment: (t) => {
    const column = t.columnNames().includes('sentiment') ? 'sentiment' : 'label';
    const counts = new Map<string, number>();
    for (const s of t.array(column) as string[]) counts.set(s, (counts.get(s) ?? 0) + 1);
    return [summary([`**Sentiment (AFINN-165)**: ${['positive', 'neutral', 'negative', 'not scored'].map((k) => `${k} ${counts.get(k) ?? 0}`).join(' · ')}`]), t];
  },
  apriori: (r: analytics.AprioriResult) => [summary([`**${r.rules.numRows()} rules** from ${r.itemsets.numRows()} frequent itemsets in ${r.baskets.toLocaleString('en-US')} baskets`]), r.rules, ...(r.rules.numRows() ? [charts.rulesChart(r)] : [])],
  segmentMigration: (r) => displays13.describeSegmentMigration(r),
  actionList: (t) => displays13.describeActionList(t),
  liftTest: (r: analytics.LiftResult) => [
    summary([`**Lift ${r.lift === null ? '—' : pct(r.lift)}** (${pct(r.treatmentRate, 2)} vs ${pct(r.controlRate, 2)}), ${fmt(r.incrementalConversions)} incremental conversions; z = ${fmt(r.z, 3)}, p = ${fmt(r.p, 4)} — ${r.significant ? 'significant' : 'not significant'} at 5%`]),
  ],
};

function isTable(v: unknown): boolean {
  return !!v && typeof v === 'object' && typeof (v as { numRows?: unknown }).numRows === 'function';
}

/** The ROC chart of a model's held-out predictions, when both classes are there. */
function rocOf(r: { testPredictions: { array(c: string): ArrayLike<unknown> }; metrics: analytics.ClassificationMetrics }): Parts {
  if (r.metrics.rocAuc === null) return [];
  const curve = analytics.rocCurve(r.testPredictions.array('actual') as ArrayLike<number>, r.testPredictions.array('probability') as ArrayLike<number>);
  return [charts.rocChart(curve, { auc: r.metrics.rocAuc })];
}

/** Attaches the display hook to a result object (not enumerable, so it never shows in JSON). */
function attach(result: unknown, describe: () => Parts): unknown {
  if (result && typeof result === 'object' && !Object.isFrozen(result)) {
    Object.defineProperty(result, DISPLAY_SYMBOL, { value: describe, enumerable: false, configurable: true });
  }
  return result;
}

/**
 * The `crm` object of a cell: the analytics library with display hooks on the results of the
 * functions listed above. Other exports pass through unchanged.
 */
export function withDisplays<T extends object>(lib: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(lib)) {
    const describe: Describe | undefined = DESCRIBE[name];
    out[name] =
      describe && typeof value === 'function'
        ? (...args: unknown[]) => {
            const result = (value as (...a: unknown[]) => unknown)(...args);
            return attach(result, () => describe(result, args));
          }
        : value;
  }
  return Object.freeze(out) as T;
}
