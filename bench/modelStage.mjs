// One model benchmark in a fresh process, so its peak memory is its own:
//   node bench/modelStage.mjs <ours|mlcart> <clv|tree|tree-small|apriori>
// Prints one JSON line: { ms, peakMB, ...details }. Data generation is not timed.
import { performance } from 'node:perf_hooks';
import * as aq from 'arquero';
import { baskets, bgnbdSummary, churnTable } from './generateModelData.mjs';

const [, , engine, stage] = process.argv;
const { crm, DecisionTreeClassifier } = await import('../out/bench/analytics.mjs');
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const TREE = { maxDepth: 6, minNumSamples: 20 };
const SMALL = 5000;

function time(f) {
  const t0 = performance.now();
  const r = f();
  return [performance.now() - t0, r];
}

let out;
if (stage === 'clv') {
  const summary = aq.table(bgnbdSummary(100_000));
  const [ms, r] = time(() => {
    const bgnbd = crm.fitBgNbd(summary, { timeUnitDays: 7 });
    const gammaGamma = crm.fitGammaGamma(summary);
    const clv = crm.predictClv(summary, { bgnbd, gammaGamma, months: 12, timeUnitDays: 7 });
    return { bgnbd, gammaGamma, clv };
  });
  const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number(v.toFixed(3))]));
  out = {
    ms,
    customers: r.clv.numRows(),
    bgnbd: round(r.bgnbd.params),
    gammaGamma: round(r.gammaGamma.params),
    converged: r.bgnbd.converged,
  };
} else if (stage === 'tree' || stage === 'tree-small') {
  const n = stage === 'tree' ? 100_000 : SMALL;
  const cols = churnTable(n);
  const features = Object.keys(cols).filter((c) => c !== 'churned');
  if (engine === 'mlcart') {
    const X = Array.from({ length: n }, (_, i) => features.map((f) => cols[f][i]));
    const y = Array.from(cols.churned);
    const [ms] = time(() => new DecisionTreeClassifier({ gainFunction: 'gini', ...TREE }).train(X, y));
    out = { ms, rows: n };
  } else {
    const table = aq.table(cols);
    const [ms, r] = time(() => crm.trainChurnModel(table, { label: 'churned', features, testSize: 0, ...TREE }));
    out = { ms, rows: n, accuracy: Number(r.metrics.accuracy.toFixed(4)), leaves: r.rules.length };
  }
} else if (stage === 'apriori') {
  const b = baskets(50_000);
  const [ms, r] = time(() => crm.apriori(b, { minSupport: 0.005, minConfidence: 0.3, maxSize: 3 }));
  out = { ms, baskets: b.length, itemsets: r.itemsets.numRows(), rules: r.rules.numRows() };
}
console.log(JSON.stringify({ ...out, peakMB: mb() }));
