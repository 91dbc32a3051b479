/**
 * The words of the display summaries in English (numbers come in already formatted). The shape
 * of this object is the catalogue's type: summariesZhCn.ts must have every entry.
 */
import type { ForecastMethod } from '../../analytics/index';

const s = (n: number, word: string) => `${word}${n === 1 ? '' : 's'}`;
const sig = (significant: boolean) => `${significant ? 'significant' : 'not significant'} at 5%`;
const notConverged = (converged: boolean) => (converged ? '' : ' — **did not converge**');

export const SUMMARIES_EN = {
  note: (w: string) => `- note: ${w}`,
  // data
  transactions: 'Transactions',
  responses: 'Responses',
  kept: (what: string, kept: string, read: string) => `**${what}: kept ${kept} of ${read} rows**`,
  columns: (list: string) => `Columns: ${list}`,
  dropped: (n: number, reason: string, row: string) => `- dropped ${n} ${s(n, 'row')}: ${reason} (e.g. row ${row})`,
  refunds: (n: number, total: string, kept: boolean) => `- ${n} ${s(n, 'refund')} (total ${total}) ${kept ? 'kept' : 'dropped'}`,
  // segments
  rfm: (customers: string) => `**RFM scores for ${customers} customers** — segments from the R×F grid`,
  kmeans: (k: number, rows: string, features: string) => `**k-means: ${k} segments** of ${rows} rows on ${features}`,
  kmeansQuality: (sizes: string, inertia: string, silhouette: string) => `sizes ${sizes} · inertia ${inertia} · silhouette ${silhouette}`,
  elbow: (k: number, best: number) => `**Suggested k = ${k}** (elbow of inertia); best silhouette at k = ${best}`,
  // satisfaction
  npsNone: (excluded: number) => `**NPS: no valid answers** (${excluded} excluded)`,
  nps: (nps: string, moe: string, level: number, low: string, high: string, n: number) =>
    `**NPS ${nps}** ± ${moe} (${level}% CI ${low} to ${high}), n = ${n}`,
  npsExcluded: (n: number) => ` · ${n} excluded`,
  npsGroups: (promoters: number, passives: number, detractors: number, excluded: string, adjusted: string, low: string, high: string) =>
    `promoters ${promoters} · passives ${passives} · detractors ${detractors}${excluded} · adjusted-Wald ${adjusted} (${low} to ${high})`,
  csatNone: '**CSAT: no valid ratings**',
  csat: (csat: string, low: string, high: string, n: number, mean: string, excluded: number) =>
    `**CSAT ${csat}%** (top-2-box), 95% CI ${low} to ${high}, n = ${n}; mean rating ${mean}${excluded ? `; ${excluded} excluded` : ''}`,
  npsByNone: '**NPS per group: no valid answers**',
  npsByGroup: (group: string, nps: string, moe: string | null) => `**${group} NPS ${nps}**${moe === null ? '' : ` ± ${moe}`}`,
  npsByOne: (one: string, groups: number) => `${one} (${groups} ${s(groups, 'group')})`,
  npsByTwo: (first: string, last: string, groups: number) =>
    `${first} vs ${last} (${groups} ${s(groups, 'group')}; ± is the margin of error)`,
  compareNps: (a: string, b: string, difference: string, z: string, p: string, significant: boolean) =>
    `**NPS ${a} vs ${b}**: difference ${difference} points, z = ${z}, p = ${p} — ${sig(significant)}`,
  // retention
  retentionUndefined: (reason: string) => `**Retention undefined**: ${reason}`,
  retention: (retention: string, churn: string, lost: number) => `**Retention ${retention}**, churn ${churn} (${lost} customers lost)`,
  lifecycle: (stages: string) => `**Lifecycle**: ${stages}`,
  // value
  repeatRate: (rate: string, repeat: string, customers: string) =>
    `**Repeat rate ${rate}**: ${repeat} of ${customers} customers bought on two or more days`,
  pareto: (top20: string, for80: string) => `**Top 20% of customers bring ${top20} of revenue**; ${for80} of customers bring 80%`,
  bgNbd: (customers: string, days: number, params: string, ll: string, converged: boolean) =>
    `**BG/NBD** on ${customers} customers (time unit ${days} ${s(days, 'day')}): ${params}; log-likelihood ${ll}${notConverged(converged)}`,
  gammaGamma: (customers: string, params: string, spend: string, corr: string) =>
    `**Gamma-Gamma** on ${customers} repeat buyers: ${params}; mean spend per purchase ${spend}; corr(frequency, spend) = ${corr}`,
  clv: (months: number, total: string, mean: string, discount: string) =>
    `**Predicted CLV over ${months} months**: total ${total}, mean ${mean} per customer (discount ${discount}% a month)`,
  clvAlive: (alive: string, customers: string) => `${alive} of ${customers} customers are more likely active than not (P(alive) ≥ 50%)`,
  holdout: (length: string, predicted: string, actual: string, error: string) =>
    `**Holdout check** over ${length} time units: predicted ${predicted} repeat purchases, actual ${actual} (${error}%)`,
  // actions
  campaign: (roi: string, profit: string, roas: string) => `**ROI ${roi}%** on profit (gross profit ${profit}), **ROAS ${roas}**`,
  campaignRates: (response: string, conversion: string, ofContacts: string) =>
    `response rate ${response}% · conversion ${conversion}% of responders (${ofContacts}% of contacts)`,
  lift: (lift: string, treatment: string, control: string, incremental: string, z: string, p: string, significant: boolean) =>
    `**Lift ${lift}** (${treatment} vs ${control}), ${incremental} incremental conversions; z = ${z}, p = ${p} — ${sig(significant)}`,
  migration: (customers: string, stayed: number, moved: number, added: number, gone: number) =>
    `${customers} customers: ${stayed} stayed · ${moved} moved · ${added} new · ${gone} gone`,
  noActions: '**No customer needs an action** under the current rules and thresholds',
  actions: (n: number, customers: string, value: string) =>
    `**${customers} ${s(n, 'customer')} to contact**, ${value} at stake (most valuable first)`,
  actionsDetail: (rules: string, due: string) =>
    `${rules} · first due ${due} · to save it: \`const actions = …\` then \`await save(actions, 'actions.xlsx')\``,
  // models
  auc: (auc: string) => ` · ROC AUC ${auc}`,
  classification: (accuracy: string, precision: string, recall: string, f1: string, auc: string) =>
    `**Accuracy ${accuracy}** · precision ${precision} · recall ${recall} · F1 ${f1}${auc}`,
  confusion: (matrix: string) => `confusion matrix (rows actual, columns predicted): ${matrix}`,
  features: (customers: string) => `**Features of ${customers} customers** as of the last order, ready for \`model.predict\``,
  churnData: (customers: string, churned: string) =>
    `**Churn training data: ${customers} customers**, ${churned} churned in the horizon (label \`churned\`)`,
  churnTree: (leaves: number, train: string, test: string, metrics: string) =>
    `**Churn tree** (${leaves} leaves) on ${train} customers, judged on ${test} held out: ${metrics}`,
  metrics: (accuracy: string, precision: string, recall: string, f1: string, auc: string) =>
    `accuracy ${accuracy} · precision ${precision} · recall ${recall} · F1 ${f1}${auc}`,
  moreRules: (n: number) => `- … ${n} more in \`result.rules\``,
  notTarget: (target: string) => `not ${target}`,
  valueTree: (leaves: number, train: string, test: string, metrics: string, baseline: string) =>
    `**Value tree** (${leaves} leaves) on ${train} rows, judged on ${test} held out: ${metrics} (always guessing the mean: ${baseline})`,
  logistic: (features: string, accuracy: string, precision: string, recall: string, auc: string, converged: boolean) =>
    `**Logistic regression** on ${features}: accuracy ${accuracy} · precision ${precision} · recall ${recall}${auc} on held-out rows${notConverged(converged)}`,
  churnForest: (trees: number, mtry: number, features: number, train: string, test: string, metrics: string, oob: string) =>
    `**Churn forest** (${trees} trees, ${mtry} of ${features} features per split) on ${train} customers, judged on ${test} held out: ${metrics}${oob}`,
  clvForest: (trees: number, mtry: number, features: number, train: string, test: string, metrics: string, baseline: string, oob: string) =>
    `**Value forest** (${trees} trees, ${mtry} of ${features} features per split) on ${train} rows, judged on ${test} held out: ${metrics} (always guessing the mean: ${baseline})${oob}`,
  outOfBag: (figures: string) => ` · out of bag: ${figures}`,
  accuracy: (accuracy: string) => `accuracy ${accuracy}`,
  // forecast
  perPeriod: 'Per period',
  noBacktest: 'no backtest: the series is too short',
  backtest: (points: number, ours: string, naive: string) =>
    `backtest on the last ${points} known periods: MAPE ${ours} (seasonal naive: ${naive})`,
  /** A forecast method's name as the summary says it (the option's value in English). */
  forecastMethod: { 'holt-winters': 'holt-winters', linear: 'linear' } satisfies Record<ForecastMethod, string>,
  forecast: (method: string, seasonal: boolean, periods: number, values: string) =>
    `**Forecast** (${method}${seasonal ? ', seasonal' : ''}) for the next ${periods} periods: ${values}`,
  // text
  themes: (comments: string, groups: string) => `**Themes** in ${comments} comments: ${groups}`,
  sentiment: (counts: string) => `**Sentiment** (AFINN-165; Chinese: NTUSD): ${counts}`,
  // advanced
  paretoNbd: (customers: string, days: number, params: string, ll: string, converged: boolean) =>
    `**Pareto/NBD** on ${customers} customers (time unit ${days} ${s(days, 'day')}): ${params}; log-likelihood ${ll}${notConverged(converged)}`,
  paretoNbdRates: (rate: string, lifetime: string | null) =>
    `mean purchase rate r/α = ${rate} per unit; mean lifetime β/(s − 1) ${lifetime === null ? 'is unbounded (s ≤ 1)' : `= ${lifetime} units`}`,
  hierarchical: (linkage: string, k: number, rows: string, features: string) =>
    `**Hierarchical clustering (${linkage} linkage): ${k} segments** of ${rows} rows on ${features}`,
  hierarchicalQuality: (sizes: string, silhouette: string, low: string, high: string) =>
    `sizes ${sizes} · silhouette ${silhouette} · cut between merge heights ${low} and ${high}`,
  dbscan: (clusters: number, rows: string, features: string, eps: string, minPoints: number) =>
    `**DBSCAN: ${clusters} ${s(clusters, 'cluster')}** of ${rows} rows on ${features} (eps ${eps}, minPoints ${minPoints})`,
  dbscanQuality: (sizes: string, noise: string, share: string, core: string) =>
    `sizes ${sizes} · noise ${noise} (${share}%) · core points ${core}`,
  kDistance: (eps: string, k: number, rows: string) =>
    `**Suggested eps ${eps}** for minPoints = ${k} (knee of the ${k}-distance curve of ${rows} rows)`,
  crossValidate: (folds: number, kind: string, line: string) => `**${folds}-fold cross-validation** (${kind}): ${line}`,
  crossValidateNote: 'mean ± standard deviation over the folds; each fold judged by a model trained on the others',
  intervals: (level: number, draws: number, customers: string, t: string) =>
    `**Per-customer intervals** (${level}%, ${draws} parameter draws) for ${customers} customers over the next ${t} time units`,
  clvIntervals: (level: number, draws: number, both: boolean) =>
    `**Intervals** (${level}%, ${draws} parameter draws) from the uncertainty of ${
      both
        ? 'the purchase and spend (Gamma-Gamma) parameters'
        : 'the purchase parameters only; the spend parameters are held fixed (the Gamma-Gamma model has no covariance, as after loading from JSON)'
    }`,
  clvIntervalsNote: 'they do not cover the randomness of each customer’s own purchases and spend, nor a wrong model',
  intervalsNote: 'they cover the uncertainty of the fitted parameters only, not the randomness of each customer’s own purchases',
  // customer card
  card: {
    heading: (id: string, name: string) => `### Customer ${id}${name}`,
    noContact: '_no contact details_',
    yes: 'yes',
    no: 'no',
    figures: (orders: number, revenue: string, average: string, first: string, last: string, days: number, asOf: string) =>
      `**${orders} ${s(orders, 'order')}**, revenue **${revenue}**, average order ${average} · first ${first} · last ${last} · **${days} days** since the last order (as of ${asOf})`,
    segment: (history: string) => `Segment: ${history}`,
    alive: (p: string) => `P(alive) **${p}**`,
    expected: (days: number, n: string) => `expected purchases in the next ${days} days ${n}`,
    clv: (clv: string) => `CLV **${clv}**`,
    notYet: 'not yet a customer',
    noAnswers: '_No survey answers_',
    answers: (n: number, latest: number | null) => `Survey answers (${n}${latest === null ? '' : `, latest ${latest}`}):`,
    undated: 'undated',
    answer: (date: string, score: string, comment: string) => `- ${date}, score ${score}${comment}`,
  },
  // baskets
  apriori: (rules: number, itemsets: number, baskets: string) =>
    `**${rules} rules** from ${itemsets} frequent itemsets in ${baskets} baskets`,
};

/** The display summaries' words: every entry of {@link SUMMARIES_EN}, in one language. */
export type SummaryText = typeof SUMMARIES_EN;
