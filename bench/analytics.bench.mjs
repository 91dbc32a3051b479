// Analytics benchmarks (issue 3): a seeded 1M-row orders CSV (~100k customers), each stage in its
// own process for its peak memory, against DuckDB doing the same work in the same run (and, for
// k-means, against a plain typed-array Lloyd loop).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { generateOrders } from './generateOrders.mjs';
import { ensureDuckdb } from './duckdb.mjs';

const FILE = 'bench/data/orders-1m.csv';

function stage(engine, name, ...extra) {
  const out = execFileSync(process.execPath, ['bench/stage.mjs', engine, name, FILE, ...extra], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

export async function benchAnalytics() {
  ensureDuckdb();
  if (!existsSync(FILE)) await generateOrders(1_000_000, FILE);
  const results = [];
  const goals = { load: 1.5, rfm: 1.5, pipeline: 1.0 };
  const labels = { load: 'load + prepare 1M rows', rfm: 'RFM with segments (100k customers)', pipeline: 'whole path CSV → segments' };
  for (const name of ['load', 'rfm', 'pipeline']) {
    const ours = stage('ours', name);
    const duck = stage('duckdb', name);
    if (ours.check !== duck.check) throw new Error(`${name}: we counted ${ours.check}, DuckDB ${duck.check}`);
    const ratio = ours.ms / duck.ms;
    results.push({ name: labels[name], value: `${ours.ms.toFixed(0)} ms, peak ${ours.peakMB} MB`, reference: `DuckDB ${duck.ms.toFixed(0)} ms, peak ${duck.peakMB} MB`, ratio, goal: `≤ ${goals[name]}× DuckDB`, ok: ratio <= goals[name] });
  }
  const km = stage('ours', 'kmeans');
  const lloyd = stage('lloyd', 'kmeans', String(km.iterations));
  results.push({ name: 'k-means k = 5 on 100k × 3', value: `${km.ms.toFixed(0)} ms, peak ${km.peakMB} MB, ${km.iterations} iterations`, reference: `typed-array Lloyd loop, same iterations, ${lloyd.ms.toFixed(0)} ms`, ratio: km.ms / lloyd.ms, goal: '≤ 1.5× the Lloyd loop', ok: km.ms / lloyd.ms <= 1.5 });
  return results;
}
