// Writes the sample notebooks of samples/ (their cells live here, so they are reviewed as code).
// node scripts/writeSampleNotebooks.mjs [--out samples]
// Their outputs come from running them: `npm run samples` (scripts/runSamples.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { md, note, ts } from './sampleNotebooks/cells.mjs';
import { teaShop } from './sampleNotebooks/teaShop.mjs';

const out = path.resolve(process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'samples');
const nb = (cells, title, metadata = {}) => JSON.stringify({ version: 1, metadata: { title, ...metadata }, cells }, null, 2) + '\n';

const ORDERS = "crm.prepareTransactions(await load('data/orders.csv'), {}, { asOf: '2024-12-31' })";
const RULES =
  'Who gets on the list: **lapsed** — a regular customer (three or more purchase days) whose time since the last order is more than twice their usual gap, and at least 30 days; **detractor** — scored 0–6 in the survey and ordered in the last 14 days; **fading** — among the 20% most valuable customers by predicted CLV, P(alive) below 50% (only when CLV is given); **new** — one purchase, 30 to 90 days ago.';

export const notebooks = {
  'getting-started': [
    'Getting started',
    [
      md(
        '# Getting started with CRM Workbench\n\nA small online shop selling coffee gear has exported two years of orders (2023 and 2024). This notebook cleans the export and answers the usual questions: how much, from whom, who is slipping away, how customers come back and what they say — and ends with the customers to contact this week.',
      ),
      note('Run it with **Run All**. Every cell is TypeScript; `load`, `aq`, `op`, `crm` and `charts` are ready to use.'),
      md(
        '## 1. Load and clean the orders\n\n`crm.prepareTransactions` finds the customer, date and amount columns and reports every row it dropped, with the reason. Refunds stay in as negative amounts, so revenue is net of them.',
      ),
      ts(
        `const raw = await load('data/orders.csv');\nconst prepared = ${ORDERS.replace("await load('data/orders.csv')", 'raw')};\nprepared`,
      ),
      md('The shop in four numbers: orders, customers, net revenue and the average order value (net revenue per order).'),
      ts(
        "const tx = prepared.table;\ntx.rollup({ orders: op.count(), customers: op.distinct('customerId'), revenue: op.sum('amount'), aov: op.mean('amount') })",
      ),
      md('## 2. Revenue by month\n\nThe shop is seasonal: each year ends with the gift months.'),
      ts(
        "const monthly = tx\n  .derive({ month: (d) => op.substring(op.format_utcdate(d.orderDate), 0, 7) })\n  .groupby('month')\n  .rollup({ revenue: op.sum('amount'), orders: op.count() })\n  .orderby('month');\n\n({\n  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',\n  title: 'Monthly revenue',\n  width: 'container',\n  data: { values: monthly.objects() },\n  mark: { type: 'bar', tooltip: true },\n  encoding: {\n    x: { field: 'month', type: 'ordinal', title: null },\n    y: { field: 'revenue', type: 'quantitative', title: 'Revenue (€)' },\n  },\n})",
      ),
      md(
        '## 3. Who are the best customers?\n\nRFM scores every customer from 1 to 5 on recency, frequency and monetary value (quintiles of all customers, as of 31 December 2024) and names a segment from the grid of the R and F scores.',
      ),
      ts("const scores = crm.rfm(tx, { asOf: '2024-12-31' });\nscores"),
      md('How many customers each segment holds, and how much of the revenue it brings:'),
      ts('crm.segmentSummary(scores)'),
      md('How concentrated revenue is: the share of revenue from the top customers.'),
      ts('crm.pareto(tx)'),
      md('The share of customers who came back: bought on two or more different days.'),
      ts('crm.repeatRate(tx)'),
      md(
        '## 4. How do quarterly cohorts retain?\n\nCustomers are grouped by the quarter of their first order; each row shows the share of a cohort that bought in each later quarter. Quarters rather than months: a quarter brings 200 to 350 new customers here, a month only 60 to 145, and the percentages of a small cohort jump with every single customer.',
      ),
      ts("crm.cohortRetention(tx, { period: 'quarter' })"),
      md(
        '## 5. What do customers say?\n\nThe survey asked how likely each customer is to recommend the shop (0–10). The Net Promoter Score is the share of promoters (9–10) minus the share of detractors (0–6), in points, shown with its margin of error. The survey tool kept each answer’s customer id, which links answers to orders.',
      ),
      ts(
        "const survey = crm.prepareResponses(await load('data/survey.csv'), { respondentId: 'customer_id' });\ncrm.nps(survey.table.array('score'))",
      ),
      md(`## What to do this week\n\nThe customers to contact, most valuable first, each with the reason and a suggested action. ${RULES}`),
      ts("crm.actionList(tx, { asOf: '2024-12-31', contacts: prepared.customers, responses: survey.table })"),
    ],
  ],
  'rfm-segments': [
    'RFM and k-means segments',
    [
      md(
        '# RFM and k-means segments\n\nTwo ways to segment the same customers: the classic RFM grid, whose segments come with names and actions, and k-means, which lets the data draw the groups from log-scaled recency, frequency and monetary value.',
      ),
      ts(`const tx = ${ORDERS}.table;\nconst scores = crm.rfm(tx, { asOf: '2024-12-31' });\ncrm.segmentSummary(scores)`),
      md('What each RFM segment means, and what to do with it:'),
      ts('crm.segmentActions()'),
      md(
        '## Choosing k\n\nk-means needs the number of groups, k, in advance. `crm.elbow` fits k = 2 to 8 on the same features and reports two guides: the *elbow* of the inertia curve (where more groups stop helping much) and the *silhouette* (how well each customer sits in its own group rather than the next, from −1 to 1). The features are log-scaled because frequency and spend are skewed: a few customers buy twenty times.',
      ),
      ts(
        "const features = ['recency', 'frequency', 'monetary'];\nconst choice = crm.elbow(scores, features, { kMin: 2, kMax: 8, log1p: features });\nchoice",
      ),
      md(
        'The silhouette is highest at k = 2, which splits one-time buyers from repeat buyers: the clearest split, and one we knew already. The elbow is at k = 4, where the silhouette is still about 0.35 (a reasonable structure) and the groups tell apart one-time buyers who left, repeat buyers who left, recent customers and the best customers — four groups with four different actions. We take the elbow’s k (`choice.suggestedK`); use `choice.bestSilhouetteK` for the most clearly separated split. k-means starts from random centres, so a fixed seed gives the same groups on every run.',
      ),
      ts('const clusters = crm.kmeansSegments(scores, features, { k: choice.suggestedK, seed: 42, log1p: features });\nclusters'),
      md('Each group’s recency (days), frequency (purchase days) and monetary value (total spend), against the overall mean:'),
      ts("crm.profile(clusters.table.select('recency', 'frequency', 'monetary', 'segment'), 'segment')"),
      ts("charts.clusterScatter(clusters.table, 'frequency', 'monetary', { log: true })"),
      md(
        `## What to do this week\n\nThe k-means groups describe the customers; the RFM segments, with their rules, decide whom to contact. ${RULES}`,
      ),
      ts("crm.actionList(tx, { asOf: '2024-12-31' })"),
    ],
  ],
  'nps-and-feedback': [
    'NPS and feedback',
    [
      md(
        '# NPS and feedback\n\nWhat customers answered to “How likely are you to recommend us to a friend? (0–10)”, often with a comment: the Net Promoter Score with its margin of error, by channel and over time, what promoters and detractors write, and whom to call back.',
      ),
      md(
        '`crm.prepareResponses` finds the score, date and comment columns and drops answers that are not whole numbers from 0 to 10, saying why. The survey tool kept each answer’s customer id; it becomes the respondent id, so that answers can be matched to orders.',
      ),
      ts("const survey = crm.prepareResponses(await load('data/survey.csv'), { respondentId: 'customer_id' });\nsurvey"),
      md(
        'NPS = % promoters (9–10) − % detractors (0–6), in points from −100 to 100. It is not the mean score, nor the mean of (score − 1): see *The formulas explained* in the CRM Workbench docs (docs/formulas.md).',
      ),
      ts("const responses = survey.table;\ncrm.nps(responses.array('score'))"),
      md(
        'The survey asked only the 0–10 question. To show how a CSAT result reads, the same answers are mapped to 1–5 here (0–2 → 1, 3–4 → 2, 5–6 → 3, 7–8 → 4, 9–10 → 5); with a real 1–5 satisfaction question, pass its answers directly.',
      ),
      ts("const ratings = responses.array('score').map((s: number) => Math.max(1, Math.ceil(s / 2)));\ncrm.csat(ratings)"),
      md(
        '## By channel and over time\n\nThe `channel` column is in the raw export (prepareResponses keeps only the survey fields), so `npsBy` reads the raw table; it leaves out the invalid scores and counts them.',
      ),
      ts("const raw = await load('data/survey.csv');\ncrm.npsBy(raw, 'channel')"),
      md(
        'By quarter rather than by month: a quarter has 40 to 125 answers, a month a third of that, and the interval of a month would be wider than any change worth seeing.',
      ),
      ts("crm.npsTrend(responses, { period: 'quarter' })"),
      md(
        'The web shop scores higher than the marketplace. More than noise? The test compares the two scores with their standard errors: the difference is significant at 5% only if p < 0.05.',
      ),
      ts(
        "const web = raw.filter((d) => d.channel === 'web').array('score');\nconst marketplace = raw.filter((d) => d.channel === 'marketplace').array('score');\ncrm.compareNps(crm.nps(web), crm.nps(marketplace))",
      ),
      md(
        '## What do promoters and detractors write?\n\nThe terms and two-word phrases found in the most comments of each group (English and Chinese), and how much more often than in the other groups (*lift*).',
      ),
      ts('crm.feedbackThemes(responses, { top: 8 })'),
      md('The tone of each comment; comments the word list cannot score are counted as not scored.'),
      ts('crm.sentiment(responses.filter((d) => d.comment))'),
      md(
        `## What to do this week\n\nDetractors who ordered in the last two weeks come first: a personal reply, before they tell others. The list reads the orders too, for who ordered when. ${RULES}`,
      ),
      ts(`const tx = ${ORDERS}.table;\ncrm.actionList(tx, { asOf: '2024-12-31', responses })`),
    ],
  ],
  'campaign-roi': [
    'Campaign ROI',
    [
      md(
        '# Did the win-back campaign pay?\n\nIn October 2024 the shop e-mailed an offer to its customers who had first bought before June 2024. Every fifth customer on the list was held out and got no e-mail: this *control* group shows what would have happened anyway. The table counts each group.',
      ),
      ts(
        "const log = await load('data/campaign.csv');\nconst groups = log.groupby('group').rollup({ n: op.count(), contacted: op.sum('contacted'), responded: op.sum('responded'), converted: op.sum('converted'), revenue: op.sum('revenue') });\ngroups",
      ),
      md('Did the e-mail raise the share of customers who bought? A two-proportion test of the e-mailed group against the control group:'),
      ts(
        "const [treatment] = groups.filter((d) => d.group === 'treatment').objects() as any[];\nconst [control] = groups.filter((d) => d.group === 'control').objects() as any[];\ncrm.liftTest({ treatment: { n: treatment.n, conversions: treatment.converted }, control: { n: control.n, conversions: control.converted } })",
      ),
      md(
        'ROI counts only the **incremental** profit: what the e-mailed group earned beyond what the control group’s revenue per customer predicts for it. The margin (45%) and the cost (350: the e-mail tool, the design and the discount codes) are the shop’s own figures.',
      ),
      ts(
        'const incrementalRevenue = treatment.revenue - (control.revenue / control.n) * treatment.n;\ncrm.campaign({ contacted: treatment.contacted, responded: treatment.responded, converted: treatment.converted, revenue: Math.max(0, incrementalRevenue), margin: 0.45, cost: 350 })',
      ),
      md(
        `## What to do this week\n\nThe campaign brought some customers back; the others are still on the list below, with the customers who need a contact for other reasons. ${RULES}`,
      ),
      ts(`const tx = ${ORDERS}.table;\ncrm.actionList(tx, { asOf: '2024-12-31' })`),
    ],
  ],
  'clv-and-churn': [
    'Customer lifetime value and churn',
    [
      md(
        '# What is each customer likely worth, and who is leaving?\n\nThe BG/NBD model predicts how often each customer will buy and whether they are still active; the Gamma-Gamma model predicts how much they spend. Together they give a 12-month CLV. Both are fitted on the orders up to a calibration date, 30 June 2024, and checked on the six months after it.',
      ),
      ts(`const tx = ${ORDERS}.table;\nconst summary = crm.rfmSummary(tx, { calibrationEnd: '2024-06-30' });\nsummary`),
      ts('const bgnbd = crm.fitBgNbd(summary);\nbgnbd'),
      ts('const gammaGamma = crm.fitGammaGamma(summary);\ngammaGamma'),
      md(
        'The 12-month CLV discounts each month’s expected spend by 1% a month (about 12.7% a year, the return the owner expects from money in the business). The 20 most valuable customers:',
      ),
      ts(
        "const clv = crm.predictClv(summary, { bgnbd, gammaGamma, months: 12, monthlyDiscount: 0.01 });\nclv.orderby(aq.desc('clv')).slice(0, 20)",
      ),
      md(
        '## Does the model predict well?\n\nFit on the orders up to June 2024, predict the repeat purchases of July–December, and compare with what customers actually did, by how often they had bought before.',
      ),
      ts("crm.holdoutCheck(tx, { calibrationEnd: '2024-06-30', timeUnitDays: 7 })"),
      md(
        '## Who is probably gone?\n\nRepeat customers whose probability of still being active (P(alive)) is below 30%: candidates for a win-back offer.',
      ),
      ts("clv.filter((d) => d.frequency > 0 && d.probabilityAlive < 0.3).orderby('probabilityAlive')"),
      md(
        '## What drives churn?\n\nA decision tree on what each customer had done 90 days before the last order date, labelled by whether they bought again in those 90 days. It is trained on three quarters of the customers and judged on the rest; a depth of 4 keeps the rules readable.',
      ),
      ts('const churnData = crm.buildChurnFeatures(tx, { horizonDays: 90 });\nchurnData'),
      ts("const churn = crm.trainChurnModel(churnData, { label: 'churned', maxDepth: 4 });\nchurn"),
      md('Today’s customers, most likely to leave first:'),
      ts("churn.model.predict(crm.buildChurnFeatures(tx, { label: false })).orderby(aq.desc('probability')).slice(0, 15)"),
      md(
        '## Revenue next half-year\n\nMonthly revenue with additive Holt-Winters (level, trend and a 12-month season): the forecast, its 95% interval, and how the method did on the last six known months next to a seasonal-naive guess.',
      ),
      ts("const monthly = crm.revenueSeries(tx, { period: 'month' });\ncrm.forecast(monthly, { horizon: 6 })"),
      md(
        '## A simpler view: lifetime value from averages\n\nAverage order × orders per customer per year × years × margin. The average order and the yearly orders come from the data (two years of orders, refunds left out); the three-year lifespan and the 45% margin are assumptions — the models above need neither.',
      ),
      ts(
        "const totals = tx.filter((d) => d.amount > 0).rollup({ orders: op.count(), customers: op.distinct('customerId'), revenue: op.sum('amount') }).object() as any;\nMath.round(crm.simpleClv({ aov: totals.revenue / totals.orders, frequency: totals.orders / totals.customers / 2, lifespan: 3, margin: 0.45 }))",
      ),
      md(
        `## What to do this week\n\nWith the CLV, the list also flags valuable customers who are fading, and ranks everyone by the value at stake. For today's list the two models are fitted again on all the orders, up to 31 December. ${RULES}`,
      ),
      ts(
        "const full = crm.rfmSummary(tx);\nconst clvNow = crm.predictClv(full, { bgnbd: crm.fitBgNbd(full), gammaGamma: crm.fitGammaGamma(full), months: 12 });\ncrm.actionList(tx, { asOf: '2024-12-31', clv: clvNow })",
      ),
    ],
  ],
  'this-weeks-actions': [
    "This week's actions",
    [
      md(
        "# This week's actions\n\nWho to contact this week and why, what changed since last month, and how satisfied each segment is — ending with a list saved for the shop's e-mail tool or spreadsheet.",
      ),
      note(
        'The next cell is the **parameters cell** (cell metadata `parameters: true`): `crm-workbench run this-weeks-actions.crmnb --param asOf=2025-01-31` runs the same notebook for another day. See docs/actions.md for monthly runs.',
      ),
      { ...ts("const asOf = '2024-12-31';\nconst lastMonth = '2024-11-30';"), metadata: { parameters: true } },
      md(
        '## Orders, survey answers and predicted value\n\n`prepared.customers` holds the contact details (name, e-mail, phone, city, consent) when the export has them; this export has none.',
      ),
      ts(
        "const prepared = crm.prepareTransactions(await load('data/orders.csv'), {}, { asOf });\nconst tx = prepared.table;\nconst survey = crm.prepareResponses(await load('data/survey.csv'), { respondentId: 'customer_id' });\nconst summary = crm.rfmSummary(tx);\nconst clv = crm.predictClv(summary, { bgnbd: crm.fitBgNbd(summary), gammaGamma: crm.fitGammaGamma(summary), months: 12 });\nclv.orderby(aq.desc('clv')).slice(0, 5)",
      ),
      md(`## What to do this week\n\nMost valuable first. ${RULES}`),
      ts('const list = crm.actionList(tx, { asOf, contacts: prepared.customers, responses: survey.table, clv });\nlist'),
      md('## What changed since last month'),
      ts(
        'const before = crm.rfm(tx, { asOf: lastMonth });\nconst after = crm.rfm(tx, { asOf });\ncrm.segmentMigration(before, after, { contacts: prepared.customers })',
      ),
      md(
        '## NPS of each segment\n\nAre the Champions happier than the customers At Risk? The margin of error says whether a difference is more than noise.',
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
        '# What sells together?\n\nAssociation rules from the order lines: for each rule X ⇒ Y, *support* is the share of baskets holding both, *confidence* how often Y is in a basket with X, and *lift* how much more often than chance.',
      ),
      md('One basket per order number; the count is the number of orders with at least one line.'),
      ts(
        "const lines = await load('data/order_lines.csv');\nconst baskets = crm.basketsFromLines(lines, { orderColumn: 'order_id', itemColumn: 'product' });\nbaskets.length",
      ),
      md(
        'The thresholds: a pair must be in at least 1% of the baskets (about fifty orders here, enough to trust) and Y must follow X at least 30% of the time (often enough to suggest Y to a buyer of X).',
      ),
      ts('const result = crm.apriori(baskets, { minSupport: 0.01, minConfidence: 0.3 });\nresult'),
      md('The pairs bought together most often:'),
      ts("result.itemsets.filter((d) => d.size > 1).orderby(aq.desc('support'))"),
      md(
        `## What to do this week\n\nThe rules say what to suggest; the action list says to whom. When you write to a customer below, suggest the companion of what they bought last. ${RULES}`,
      ),
      ts(`const tx = ${ORDERS}.table;\ncrm.actionList(tx, { asOf: '2024-12-31' })`),
    ],
  ],
  'tea-shop-zh': teaShop,
};

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  mkdirSync(out, { recursive: true });
  for (const [name, [title, cells, metadata]] of Object.entries(notebooks))
    writeFileSync(path.join(out, `${name}.crmnb`), nb(cells, title, metadata));
}
