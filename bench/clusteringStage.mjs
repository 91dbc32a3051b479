// One issue-16 benchmark stage in a fresh process: node bench/clusteringStage.mjs <name> <rows>
// Prints one JSON line: { ms, peakMB, check }.
import { performance } from 'node:perf_hooks';

const [, , name, rowsArg] = process.argv;
const n = Number(rowsArg);
const { crm } = await import('../out/bench/analytics.mjs');
let seed = 1;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Five overlapping groups of customers on three features. */
const points = () => Array.from({ length: n }, (_, i) => ({ a: (i % 5) * 3 + random(), b: random() * 4 + (i % 5), c: random() * 2 }));

/** A BTYD-like summary in days: frequency, recency and T of n customers. */
function summary() {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const T = 30 + Math.floor(random() * 700);
    const x = random() < 0.6 ? 0 : 1 + Math.floor(-Math.log(1 - random()) * 3);
    rows.push({ frequency: x, recency: x ? Math.min(T, Math.floor(random() * T) + 1) : 0, T });
  }
  return rows;
}

const run = {
  hierarchical: (d) => crm.hierarchicalSegments(d, ['a', 'b', 'c'], { k: 5, silhouetteSample: 1000 }).sizes.join('/'),
  dbscan: (d) => crm.dbscanSegments(d, ['a', 'b', 'c'], { eps: 0.1, minPoints: 10 }).sizes.join('/'),
  kmeans: (d) => crm.kmeansSegments(d, ['a', 'b', 'c'], { k: 5, seed: 1, nInit: 1, silhouetteSample: 1000 }).sizes.join('/'),
  paretoNbd: (d) => crm.fitParetoNbd(d).logLikelihood.toFixed(1),
};
const data = name === 'paretoNbd' ? summary() : points();
const t0 = performance.now();
const check = run[name](data);
console.log(JSON.stringify({ ms: performance.now() - t0, peakMB: mb(), check }));
