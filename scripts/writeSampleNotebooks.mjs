// Writes the sample notebooks of samples/ (their cells live here, so they are reviewed as code).
// node scripts/writeSampleNotebooks.mjs
import { writeFileSync } from 'node:fs';
const md = (source) => ({ kind: 'markdown', language: 'markdown', source, metadata: {}, outputs: [] });
const ts = (source) => ({ kind: 'code', language: 'typescript', source, metadata: {}, outputs: [] });
const nb = (cells, title) => JSON.stringify({ version: 1, metadata: { title }, cells }, null, 2) + '\n';
const notebooks = {
  'getting-started': [
    'Getting started',
    [
      md(
        '# Getting started with CRM Workbench\n\nThis notebook loads a year-two export of a small coffee-gear shop (`data/orders.csv`, made by `scripts/generateSamples.mjs`), cleans it, and answers the usual questions: how much, from whom, who is slipping away, and how cohorts retain.\n\nRun it with **Run All**. Every cell is TypeScript; `load`, `aq`, `op`, `crm` and `charts` are ready to use.',
      ),
      md(
        '## 1. Load and clean the orders\n\n`crm.prepareTransactions` finds the customer, date and amount columns and reports every row it had to drop, with the reason.',
      ),
      ts(
        "const raw = await load('data/orders.csv');\nconst prepared = crm.prepareTransactions(raw, {}, { asOf: '2024-12-31' });\nprepared",
      ),
      ts(
        "const tx = prepared.table;\ntx.rollup({ orders: op.count(), customers: op.distinct('customerId'), revenue: op.sum('amount'), aov: op.mean('amount') })",
      ),
      md('## 2. Revenue by month'),
      ts(
        "const monthly = tx\n  .derive({ month: (d) => op.substring(op.format_utcdate(d.orderDate), 0, 7) })\n  .groupby('month')\n  .rollup({ revenue: op.sum('amount'), orders: op.count() })\n  .orderby('month');\n\n({\n  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',\n  title: 'Monthly revenue',\n  width: 'container',\n  data: { values: monthly.objects() },\n  mark: { type: 'bar', tooltip: true },\n  encoding: {\n    x: { field: 'month', type: 'ordinal', title: null },\n    y: { field: 'revenue', type: 'quantitative', title: 'Revenue (€)' },\n  },\n})",
      ),
      md(
        '## 3. Who are the best customers?\n\nRFM scores every customer on recency, frequency and monetary value (quintiles) and names a segment from the R×F grid.',
      ),
      ts("const scores = crm.rfm(tx, { asOf: '2024-12-31' });\nscores"),
      ts('crm.segmentSummary(scores)'),
      ts('crm.pareto(tx)'),
      ts('crm.repeatRate(tx)'),
      md('## 4. How do monthly cohorts retain?'),
      ts("crm.cohortRetention(tx, { period: 'quarter' })"),
      md('## 5. What do customers say?'),
      ts("const survey = crm.prepareResponses(await load('data/survey.csv'));\ncrm.nps(survey.table.array('score'))"),
    ],
  ],
  'rfm-segments': [
    'RFM and k-means segments',
    [
      md(
        '# RFM and k-means segments\n\nTwo ways to segment the same customers: the classic RFM grid, and k-means on log-scaled recency, frequency and monetary value.',
      ),
      ts(
        "const tx = crm.prepareTransactions(await load('data/orders.csv'), {}, { asOf: '2024-12-31' }).table;\nconst scores = crm.rfm(tx, { asOf: '2024-12-31' });\ncrm.segmentSummary(scores)",
      ),
      ts('crm.segmentActions()'),
      md('## Choosing k'),
      ts(
        "const features = ['recency', 'frequency', 'monetary'];\ncrm.elbow(scores, features, { kMin: 2, kMax: 8, log1p: ['recency', 'frequency', 'monetary'] })",
      ),
      ts(
        "const clusters = crm.kmeansSegments(scores, features, { k: 4, seed: 42, log1p: ['recency', 'frequency', 'monetary'] });\nclusters",
      ),
      ts("crm.profile(clusters.table.select('recency', 'frequency', 'monetary', 'segment'), 'segment')"),
      ts("charts.clusterScatter(clusters.table, 'frequency', 'monetary', { log: true })"),
    ],
  ],
  'nps-and-feedback': [
    'NPS and feedback',
    [
      md('# NPS and feedback\n\nThe Net Promoter Score with its margin of error, by channel and over time.'),
      ts("const survey = crm.prepareResponses(await load('data/survey.csv'));\nsurvey"),
      ts("const responses = survey.table;\ncrm.nps(responses.array('score'))"),
      ts("const ratings = responses.array('score').map((s: number) => Math.max(1, Math.ceil(s / 2)));\ncrm.csat(ratings)"),
      md('By channel: the raw export still has its `channel` column; invalid scores are excluded and counted.'),
      ts("const raw = await load('data/survey.csv');\ncrm.npsBy(raw, 'channel')"),
      ts("crm.npsTrend(responses, { period: 'quarter' })"),
      md('Is the web shop really doing better than the marketplace, or is it noise?'),
      ts(
        "const web = raw.filter((d) => d.channel === 'web').array('score');\nconst marketplace = raw.filter((d) => d.channel === 'marketplace').array('score');\ncrm.compareNps(crm.nps(web), crm.nps(marketplace))",
      ),
      md(
        '## What do promoters and detractors write?\n\nThe terms and two-word phrases mentioned in the most comments of each group (English and Chinese), and how much more often than in the other groups (*lift*).',
      ),
      ts('crm.feedbackThemes(responses, { top: 8 })'),
      md('Sentiment of the English comments (AFINN word list; Chinese comments are left unscored).'),
      ts('crm.sentiment(responses.filter((d) => d.comment))'),
    ],
  ],
  'campaign-roi': [
    'Campaign ROI',
    [
      md('# Did the win-back campaign pay?\n\nAn autumn e-mail to 1,500 lapsed customers, with 20% held out as a control group.'),
      ts(
        "const log = await load('data/campaign.csv');\nconst groups = log.groupby('group').rollup({ n: op.count(), contacted: op.sum('contacted'), responded: op.sum('responded'), converted: op.sum('converted'), revenue: op.sum('revenue') });\ngroups",
      ),
      ts(
        "const [treatment] = groups.filter((d) => d.group === 'treatment').objects() as any[];\nconst [control] = groups.filter((d) => d.group === 'control').objects() as any[];\ncrm.liftTest({ treatment: { n: treatment.n, conversions: treatment.converted }, control: { n: control.n, conversions: control.converted } })",
      ),
      md('ROI counts only the **incremental** profit: what the treated group earned beyond what the control rate predicts.'),
      ts(
        'const incrementalRevenue = treatment.revenue - (control.revenue / control.n) * treatment.n;\ncrm.campaign({ contacted: treatment.contacted, responded: treatment.responded, converted: treatment.converted, revenue: Math.max(0, incrementalRevenue), margin: 0.45, cost: 350 })',
      ),
    ],
  ],
  'clv-and-churn': [
    'Customer lifetime value',
    [
      md(
        '# What is each customer likely worth?\n\nThe BG/NBD model predicts how often each customer will buy and whether they are still active; the Gamma-Gamma model predicts how much they spend. Together they give a 12-month CLV with discounting. Both are fitted on data up to a calibration date, and checked on the months after it.',
      ),
      ts(
        "const tx = crm.prepareTransactions(await load('data/orders.csv'), {}, { asOf: '2024-12-31' }).table;\nconst summary = crm.rfmSummary(tx, { calibrationEnd: '2024-06-30' });\nsummary",
      ),
      ts('const bgnbd = crm.fitBgNbd(summary);\nbgnbd'),
      ts('const gammaGamma = crm.fitGammaGamma(summary);\ngammaGamma'),
      ts(
        "const clv = crm.predictClv(summary, { bgnbd, gammaGamma, months: 12, monthlyDiscount: 0.01 });\nclv.orderby(aq.desc('clv')).slice(0, 20)",
      ),
      md(
        '## Does the model predict well?\n\nFit on orders up to June 2024, predict July–December, and compare with what customers actually did.',
      ),
      ts("crm.holdoutCheck(tx, { calibrationEnd: '2024-06-30', timeUnitDays: 7 })"),
      md('## Who is probably gone?\n\nP(alive) below 30% for customers who bought more than once: candidates for a win-back offer.'),
      ts("clv.filter((d) => d.frequency > 0 && d.probabilityAlive < 0.3).orderby('probabilityAlive')"),
      md(
        '## What drives churn?\n\nA decision tree on what each customer had done by the end of September, labelled by whether they bought again in the 90 days after. It is trained on three quarters of the customers and judged on the rest.',
      ),
      ts('const churnData = crm.buildChurnFeatures(tx, { horizonDays: 90 });\nchurnData'),
      ts("const churn = crm.trainChurnModel(churnData, { label: 'churned', maxDepth: 4 });\nchurn"),
      ts(
        "// Today's customers, most likely to leave first\nchurn.model.predict(crm.buildChurnFeatures(tx, { label: false })).orderby(aq.desc('probability')).slice(0, 15)",
      ),
      md(
        '## Revenue next half-year\n\nMonthly revenue with additive Holt-Winters (level, trend and a 12-month season): the forecast, its 95% interval, and how the method did on the last six known months next to a seasonal-naive guess.',
      ),
      ts("const monthly = crm.revenueSeries(tx, { period: 'month' });\ncrm.forecast(monthly, { horizon: 6 })"),
      md('## A simpler view: lifetime value from averages'),
      ts(
        '// average order 67, 1.3 orders a year, 3 years, 45% margin\nMath.round(crm.simpleClv({ aov: 67, frequency: 1.3, lifespan: 3, margin: 0.45 }))',
      ),
    ],
  ],
  'this-weeks-actions': [
    "This week's actions",
    [
      md(
        "# This week's actions\n\nWho to contact this week and why, what changed since last month, and how satisfied each segment is — ending with a list saved for the shop's email tool or spreadsheet.\n\nThe next cell is the **parameters cell** (cell metadata `parameters: true`): `crm-workbench run this-weeks-actions.crmnb --param asOf=2025-01-31` runs the same notebook for another day. See docs/actions.md for monthly runs.",
      ),
      { ...ts("const asOf = '2024-12-31';\nconst lastMonth = '2024-11-30';"), metadata: { parameters: true } },
      md(
        '## Orders, survey answers and predicted value\n\n`prepared.customers` holds the contact details (name, email, phone, city, consent) when the export has them; the sample export has none.',
      ),
      ts(
        "const prepared = crm.prepareTransactions(await load('data/orders.csv'), {}, { asOf });\nconst tx = prepared.table;\nconst survey = crm.prepareResponses(await load('data/survey.csv'), { respondentId: 'customer_id' });\nconst summary = crm.rfmSummary(tx);\nconst clv = crm.predictClv(summary, { bgnbd: crm.fitBgNbd(summary), gammaGamma: crm.fitGammaGamma(summary), months: 12 });\nclv.orderby(aq.desc('clv')).slice(0, 5)",
      ),
      md(
        '## Who to contact, and why\n\nLapsed champions and loyal customers, detractors who just ordered, valuable customers who are fading, and new customers without a second order — most valuable first.',
      ),
      ts('const list = crm.actionList(tx, { asOf, contacts: prepared.customers, responses: survey.table, clv });\nlist'),
      md('## What changed since last month'),
      ts(
        'const before = crm.rfm(tx, { asOf: lastMonth });\nconst after = crm.rfm(tx, { asOf });\ncrm.segmentMigration(before, after, { contacts: prepared.customers })',
      ),
      md(
        '## NPS of each segment\n\nAre the Champions happier than the customers At Risk? The margin of error says whether the difference is more than noise.',
      ),
      ts("crm.npsBy(survey.table, { by: 'segment', customers: after })"),
      md(
        "## Save the list\n\nAn Excel file for the week, and this month's scores for next month's comparison. `save` never replaces a file you made or edited.",
      ),
      ts("await save(after, `out/scores-${asOf.slice(0, 7)}.csv`);\nawait save(list, 'out/this-weeks-actions.xlsx')"),
    ],
  ],
  'basket-analysis': [
    'Basket analysis',
    [
      md(
        '# What sells together?\n\nAssociation rules from the order lines: for each rule X ⇒ Y, *confidence* is how often Y is in a basket with X, and *lift* how much more often than chance.',
      ),
      ts(
        "const lines = await load('data/order_lines.csv');\nconst baskets = crm.basketsFromLines(lines, { orderColumn: 'order_id', itemColumn: 'product' });\nbaskets.length",
      ),
      ts('const result = crm.apriori(baskets, { minSupport: 0.01, minConfidence: 0.3 });\nresult'),
      ts("result.itemsets.filter((d) => d.size > 1).orderby(aq.desc('support'))"),
    ],
  ],
};
for (const [name, [title, cells]] of Object.entries(notebooks)) writeFileSync(`samples/${name}.crmnb`, nb(cells, title));
