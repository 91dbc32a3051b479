// Issue 16 benchmarks: the new analyses on seeded synthetic data, each in a fresh process (as
// stage.mjs does), with k-means on the same data in the same run for the clustering lines.
// Run alone with `node bench/run.mjs clustering` after a build.
import { execFileSync } from 'node:child_process';

function stage(name, n) {
  const out = execFileSync(process.execPath, ['bench/clusteringStage.mjs', name, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

const ms = (r) => `${r.ms.toFixed(0)} ms`;

export async function benchClustering() {
  const results = [];
  const lines = [
    ['hierarchical', 20_000, 'hierarchicalSegments ward, k = 5 on 20k × 3', 5000],
    ['dbscan', 100_000, 'dbscanSegments eps 0.1, minPoints 10 on 100k × 3', 3000],
  ];
  for (const [name, n, label, goalMs] of lines) {
    const ours = stage(name, n);
    const km = stage('kmeans', n);
    results.push({
      name: label,
      value: `${ms(ours)}, peak ${ours.peakMB} MB, sizes ${ours.check}`,
      reference: `k-means k = 5 on the same data ${ms(km)}`,
      ratio: ours.ms / km.ms,
      goal: `≤ ${goalMs / 1000} s`,
      ok: ours.ms <= goalMs,
    });
  }
  const p = stage('paretoNbd', 20_000);
  results.push({
    name: 'fitParetoNbd on 20k customers (summary in days)',
    value: `${ms(p)}, peak ${p.peakMB} MB, LL ${p.check}`,
    reference: 'no reference engine',
    ratio: NaN,
    goal: '≤ 30 s',
    ok: p.ms <= 30_000,
  });
  return results;
}
