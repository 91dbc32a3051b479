// One benchmark stage in a fresh process, so that its peak memory is its own:
//   node bench/stage.mjs <ours|duckdb|lloyd> <load|rfm|pipeline|kmeans> <orders.csv> [iterations]
// Prints one JSON line: { ms, peakMB, check } (check: a number both engines should agree on).
// Runs with Node’s default heap: no --max-old-space-size.
import { performance } from 'node:perf_hooks';

const [, , engine, stage, file, iterationsArg] = process.argv;
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function ours() {
  const { crm, loadTable } = await import('../out/bench/analytics.mjs');
  const prepare = async () => crm.prepareTransactions(await loadTable('.', file), {}, {}).table;
  if (stage === 'load') {
    const t0 = performance.now();
    const t = await prepare();
    return { ms: performance.now() - t0, check: t.numRows() };
  }
  if (stage === 'rfm') {
    const tx = await prepare();
    const t0 = performance.now();
    const s = crm.rfm(tx);
    return { ms: performance.now() - t0, check: s.numRows() };
  }
  if (stage === 'pipeline') {
    const t0 = performance.now();
    const s = crm.rfm(await prepare());
    return { ms: performance.now() - t0, check: s.numRows() };
  }
  if (stage === 'kmeans') {
    const s = crm.rfm(await prepare());
    const t0 = performance.now();
    const k = crm.kmeansSegments(s, ['recency', 'frequency', 'monetary'], {
      k: 5,
      seed: 1,
      nInit: 1,
      log1p: ['frequency', 'monetary'],
      silhouetteSample: 1000,
    });
    return { ms: performance.now() - t0, check: k.sizes.length, inertia: k.inertia, iterations: k.iterations };
  }
}

async function duckdb() {
  const { DuckDBInstance } = (await import('./duckdb.mjs')).ensureDuckdb();
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const c = await db.connect();
  const load = `CREATE OR REPLACE TABLE tx AS
    SELECT CAST(customer_id AS VARCHAR) AS customerId, CAST(order_id AS VARCHAR) AS orderId, TRY_CAST(order_date AS DATE) AS orderDate, TRY_CAST(amount AS DOUBLE) AS amount
    FROM read_csv('${file}', header = true, all_varchar = true)
    WHERE customer_id IS NOT NULL AND TRY_CAST(order_date AS DATE) IS NOT NULL AND TRY_CAST(amount AS DOUBLE) IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY order_id) = 1`;
  const rfm = `CREATE OR REPLACE TABLE scores AS
    WITH agg AS (
      SELECT customerId, (SELECT max(orderDate) FROM tx) - max(orderDate) AS recency, count(DISTINCT orderDate) AS frequency, sum(amount) AS monetary
      FROM tx GROUP BY customerId),
    scored AS (
      SELECT *, ntile(5) OVER (ORDER BY recency DESC, customerId) AS r, ntile(5) OVER (ORDER BY frequency, customerId) AS f, ntile(5) OVER (ORDER BY monetary, customerId) AS m FROM agg)
    SELECT *, CASE
      WHEN r <= 2 AND f = 5 THEN 'Can''t Lose Them' WHEN r <= 2 AND f >= 3 THEN 'At Risk' WHEN r = 1 AND f = 1 THEN 'Lost' WHEN r <= 2 THEN 'Hibernating'
      WHEN r = 3 AND f <= 2 THEN 'About to Sleep' WHEN r = 3 AND f = 3 THEN 'Need Attention' WHEN f >= 4 AND r = 5 THEN 'Champions' WHEN f >= 4 THEN 'Loyal Customers'
      WHEN f >= 2 THEN 'Potential Loyalists' WHEN r = 5 THEN 'New Customers' ELSE 'Promising' END AS segment
    FROM scored`;
  const count = async (t) => Number((await c.runAndReadAll(`SELECT count(*) AS n FROM ${t}`)).getRowObjects()[0].n);
  if (stage === 'load') {
    const t0 = performance.now();
    await c.run(load);
    return { ms: performance.now() - t0, check: await count('tx') };
  }
  if (stage === 'rfm') {
    await c.run(load);
    const t0 = performance.now();
    await c.run(rfm);
    return { ms: performance.now() - t0, check: await count('scores') };
  }
  if (stage === 'pipeline') {
    const t0 = performance.now();
    await c.run(load);
    await c.run(rfm);
    return { ms: performance.now() - t0, check: await count('scores') };
  }
}

/**
 * The reference for k-means: a plain Lloyd loop on typed arrays over the same data, running as
 * many iterations as our run took (passed in), so both do the same amount of work.
 */
async function lloyd() {
  const { crm, loadTable } = await import('../out/bench/analytics.mjs');
  const s = crm.rfm(crm.prepareTransactions(await loadTable('.', file)).table);
  const n = s.numRows();
  const cols = [
    Float64Array.from(s.array('recency')),
    Float64Array.from(s.array('frequency'), Math.log1p),
    Float64Array.from(s.array('monetary'), Math.log1p),
  ];
  for (const col of cols) {
    let mean = 0;
    for (const v of col) mean += v / n;
    let sd = 0;
    for (const v of col) sd += (v - mean) ** 2 / n;
    sd = Math.sqrt(sd);
    for (let i = 0; i < n; i++) col[i] = (col[i] - mean) / sd;
  }
  const k = 5;
  const t0 = performance.now();
  const cx = new Float64Array(k * 3);
  for (let c = 0; c < k; c++) for (let j = 0; j < 3; j++) cx[c * 3 + j] = cols[j][Math.floor((c * n) / k)];
  const label = new Int32Array(n);
  const iterations = Number(iterationsArg);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < k; c++) {
        const d = (cols[0][i] - cx[c * 3]) ** 2 + (cols[1][i] - cx[c * 3 + 1]) ** 2 + (cols[2][i] - cx[c * 3 + 2]) ** 2;
        if (d < bestD) {
          bestD = d;
          best = c;
        }
      }
      label[i] = best;
    }
    const sum = new Float64Array(k * 3);
    const cnt = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      cnt[label[i]]++;
      for (let j = 0; j < 3; j++) sum[label[i] * 3 + j] += cols[j][i];
    }
    for (let c = 0; c < k; c++) for (let j = 0; j < 3; j++) cx[c * 3 + j] = cnt[c] ? sum[c * 3 + j] / cnt[c] : cx[c * 3 + j];
  }
  return { ms: performance.now() - t0, check: k };
}

const run = { ours, duckdb, lloyd }[engine];
const r = await run();
console.log(JSON.stringify({ ...r, peakMB: mb() }));
