// One issue-16 benchmark stage (forests, cross-validation, intervals, k-distance, weekly
// summaries, forecast starts) in a fresh process: node bench/issue16Stage.mjs <name> <rows>
// Prints one JSON line: { ms, peakMB, ...details }. Data generation and model fits the stage does
// not measure are not timed.
import { performance } from 'node:perf_hooks';
import * as aq from 'arquero';
import { bgnbdSummary, churnTable } from './generateModelData.mjs';
import { seededRandom } from '../src/analytics/numerics/mulberry32.mjs';

const [, , name, rowsArg] = process.argv;
const n = Number(rowsArg);
const { crm } = await import('../out/bench/analytics.mjs');
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const round = (v, d = 4) => (v === null || v === undefined ? null : Number(v.toFixed(d)));

function time(f) {
  const t0 = performance.now();
  const r = f();
  return [performance.now() - t0, r];
}

/** churnTable's 10 features with a numeric target as in the forest fixture: 20·f0 + 8·sin(6·f1) + 6·f2² + noise. */
function valueTable() {
  const cols = churnTable(n);
  const r = seededRandom(4);
  cols.value = Float64Array.from(cols.f0, (f0, i) => 20 * f0 + 8 * Math.sin(6 * cols.f1[i]) + 6 * cols.f2[i] ** 2 + 3 * (r() - 0.5));
  delete cols.churned;
  return aq.table(cols);
}

/** n orders of n/5 customers over two years. */
function orders() {
  const r = seededRandom(21);
  const start = Date.UTC(2023, 0, 1);
  const customers = Math.max(1, Math.floor(n / 5));
  const ids = [];
  const dates = [];
  const amounts = [];
  for (let i = 0; i < n; i++) {
    ids.push(`C${Math.floor(customers * r() ** 1.5)}`);
    dates.push(new Date(start + Math.floor(r() * 730) * 86_400_000));
    amounts.push(5 + Math.round(r() * 200));
  }
  return aq.table({ customerId: ids, orderDate: dates, amount: amounts });
}

/** n months of a trend, a yearly season and noise (a noiseless series makes the fit chase a zero error). */
function monthly() {
  const r = seededRandom(8);
  return Array.from({ length: n }, (_, i) => 100 + i + 20 * Math.sin((2 * Math.PI * i) / 12) + 10 * (r() - 0.5));
}

const TREE = { maxDepth: 10, minNumSamples: 5 };
const stages = {
  tree: () => {
    const t = aq.table(churnTable(n));
    const [ms, r] = time(() => crm.trainChurnModel(t, { label: 'churned', ...TREE }));
    return { ms, accuracy: round(r.metrics.accuracy), auc: round(r.metrics.rocAuc) };
  },
  forest: () => {
    const t = aq.table(churnTable(n));
    const [ms, r] = time(() => crm.trainChurnForest(t, { label: 'churned', ...TREE }));
    return { ms, accuracy: round(r.metrics.accuracy), auc: round(r.metrics.rocAuc), oobAccuracy: round(r.oob.accuracy) };
  },
  clvTree: () => {
    const t = valueTable();
    const [ms, r] = time(() => crm.trainClvModel(t, { target: 'value', ...TREE }));
    return { ms, r2: round(r.metrics.r2) };
  },
  clvForest: () => {
    const t = valueTable();
    const [ms, r] = time(() => crm.trainClvForest(t, { target: 'value', ...TREE }));
    return { ms, r2: round(r.metrics.r2), oobR2: round(r.oob.r2) };
  },
  crossValidate: () => {
    const t = aq.table(churnTable(n));
    const [ms, r] = time(() => crm.crossValidate(crm.trainChurnModel, t, { folds: 5, trainOptions: { label: 'churned' } }));
    return { ms, auc: `${round(r.mean.rocAuc, 3)} ± ${round(r.sd.rocAuc, 3)}` };
  },
  customerIntervals: () => {
    const s = aq.table(bgnbdSummary(n));
    const m = crm.fitBgNbd(s, { timeUnitDays: 7 });
    const [ms] = time(() => crm.customerIntervals(m, s, { t: 52, draws: 200 }));
    return { ms, draws: 200 };
  },
  clvPoint: () => {
    const s = aq.table(bgnbdSummary(n));
    const bgnbd = crm.fitBgNbd(s, { timeUnitDays: 7 });
    const gammaGamma = crm.fitGammaGamma(s);
    const [ms] = time(() => crm.predictClv(s, { bgnbd, gammaGamma }));
    return { ms };
  },
  clvIntervals: () => {
    const s = aq.table(bgnbdSummary(n));
    const bgnbd = crm.fitBgNbd(s, { timeUnitDays: 7 });
    const gammaGamma = crm.fitGammaGamma(s);
    const [ms, r] = time(() => crm.predictClv(s, { bgnbd, gammaGamma, intervals: { draws: 200 } }));
    const c = r.object(0);
    return { ms, draws: 200, first: `${round(c.clv, 2)} [${round(c.clvLower, 2)}, ${round(c.clvUpper, 2)}]` };
  },
  kDistance: () => {
    const r = seededRandom(1);
    const rows = Array.from({ length: n }, (_, i) => ({ a: (i % 5) * 3 + r(), b: r() * 4 + (i % 5), c: r() * 2 }));
    const [ms, k] = time(() => crm.kDistance(rows, ['a', 'b', 'c'], { k: 10 }));
    return { ms, suggestedEps: round(k.suggestedEps, 3) };
  },
  rfmDay: () => {
    const t = orders();
    const [ms, s] = time(() => crm.rfmSummary(t));
    return { ms, customers: s.numRows() };
  },
  rfmWeek: () => {
    const t = orders();
    const [ms, s] = time(() => crm.rfmSummary(t, { period: 'week' }));
    return { ms, customers: s.numRows() };
  },
  forecastHeuristic: () => {
    const series = monthly();
    const [ms, f] = time(() => crm.forecast(series, { horizon: 12 }));
    return { ms, first: round(f.forecast[0], 2) };
  },
  forecastEstimated: () => {
    const series = monthly();
    const [ms, f] = time(() => crm.forecast(series, { horizon: 12, initial: 'estimated' }));
    return { ms, first: round(f.forecast[0], 2) };
  },
};
console.log(JSON.stringify({ ...stages[name](), peakMB: mb() }));
