// Analytics benchmarks (issue 3): a seeded 1M-row orders CSV (~100k customers), each stage in its
// own process for its peak memory, against DuckDB doing the same work in the same run (and, for
// k-means, against a plain typed-array Lloyd loop). Each stage runs three times, alternating
// with its reference, and the medians are compared: single runs on a shared machine vary by a
// quarter. Then the whole path once on 5M rows, in Node's default heap.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { generateOrders } from './generateOrders.mjs';
import { ensureDuckdb } from './duckdb.mjs';

const FILE = 'bench/data/orders-1m.csv';
const FILE_5M = 'bench/data/orders-5m.csv';
// The same rows with Chinese customer ids, as UTF-8 (for DuckDB, which reads no GB18030) and as
// GB18030 (for us): decoding must not slow the load.
const FILE_ZH = 'bench/data/orders-1m-zh.csv';
const FILE_GB = 'bench/data/orders-1m-zh.gb18030.csv';
const RUNS = 3;

function stage(engine, name, file, ...extra) {
  const out = execFileSync(process.execPath, ['bench/stage.mjs', engine, name, file, ...extra], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

const median = (runs) => {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return { ...sorted[Math.floor(sorted.length / 2)], peakMB: Math.max(...runs.map((r) => r.peakMB)) };
};

/** Medians of alternating runs of our stage and its reference (`reference(ours)` runs the reference). */
function compare(name, reference, file = FILE) {
  const ours = [];
  const theirs = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(stage('ours', name, file));
    theirs.push(reference(ours[i]));
    if (ours[i].check !== theirs[i].check) throw new Error(`${name}: we counted ${ours[i].check}, the reference ${theirs[i].check}`);
  }
  return [median(ours), median(theirs)];
}

const ms = (r) => `${r.ms.toFixed(0)} ms`;

export async function benchAnalytics() {
  ensureDuckdb();
  if (!existsSync(FILE)) await generateOrders(1_000_000, FILE);
  const results = [];
  const goals = { load: 1.5, rfm: 1.5, pipeline: 1.0 };
  const labels = { load: 'load + prepare 1M rows', rfm: 'RFM with segments (100k customers)', pipeline: 'whole path CSV → segments' };
  for (const name of ['load', 'rfm', 'pipeline']) {
    const [ours, duck] = compare(name, () => stage('duckdb', name, FILE));
    const ratio = ours.ms / duck.ms;
    results.push({
      name: `${labels[name]} (median of ${RUNS})`,
      value: `${ms(ours)}, peak ${ours.peakMB} MB`,
      reference: `DuckDB ${ms(duck)}, peak ${duck.peakMB} MB`,
      ratio,
      goal: `≤ ${goals[name]}× DuckDB`,
      ok: ratio <= goals[name],
    });
  }
  if (!existsSync(FILE_ZH)) await generateOrders(1_000_000, FILE_ZH, 11, { chinese: true });
  if (!existsSync(FILE_GB)) await generateOrders(1_000_000, FILE_GB, 11, { chinese: true, encoding: 'gb18030' });
  const [gb, duckZh] = compare('load', () => stage('duckdb', 'load', FILE_ZH), FILE_GB);
  results.push({
    name: `load + prepare 1M rows of a GB18030 export (median of ${RUNS})`,
    value: `${ms(gb)}, peak ${gb.peakMB} MB`,
    reference: `DuckDB on the same rows in UTF-8 ${ms(duckZh)}, peak ${duckZh.peakMB} MB`,
    ratio: gb.ms / duckZh.ms,
    goal: `≤ ${goals.load}× DuckDB`,
    ok: gb.ms / duckZh.ms <= goals.load,
  });
  const [km, lloyd] = compare('kmeans', (ours) => stage('lloyd', 'kmeans', FILE, String(ours.iterations)));
  results.push({
    name: `k-means k = 5 on 100k × 3 (median of ${RUNS})`,
    value: `${ms(km)}, peak ${km.peakMB} MB, ${km.iterations} iterations`,
    reference: `typed-array Lloyd loop, same iterations, ${ms(lloyd)}`,
    ratio: km.ms / lloyd.ms,
    goal: '≤ 1.5× the Lloyd loop',
    ok: km.ms / lloyd.ms <= 1.5,
  });
  if (!existsSync(FILE_5M)) await generateOrders(5_000_000, FILE_5M);
  let big;
  try {
    big = stage('ours', 'pipeline', FILE_5M);
  } catch (e) {
    big = { error: String(e.message).split('\n').slice(-3).join(' ') };
  }
  const duck5 = stage('duckdb', 'pipeline', FILE_5M);
  results.push({
    name: 'whole path on 5M rows (500k customers), default heap',
    value: big.error ? `failed: ${big.error}` : `${ms(big)}, peak ${big.peakMB} MB, ${big.check} customers`,
    reference: `DuckDB ${ms(duck5)}, peak ${duck5.peakMB} MB`,
    ratio: big.error ? NaN : big.ms / duck5.ms,
    goal: 'completes in the default heap',
    ok: !big.error && big.check === duck5.check,
  });
  return results;
}
