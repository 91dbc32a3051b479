// Seeded data for the model benchmarks (issue 4), simulated from the models themselves:
// - a BG/NBD + Gamma-Gamma customer summary (CDNOW-like parameters), so the fit can be checked
//   against the parameters that generated it;
// - a churn table (10 numeric features, a label from a known rule plus noise);
// - baskets with products that sell together.
import { seededRandom } from '../src/analytics/numerics/mulberry32.mjs';
import { randomVariates } from '../scripts/randomVariates.mjs';

export const TRUE_BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
export const TRUE_GG = { p: 6.25, q: 3.74, gamma: 15.44 };

/**
 * n customers observed for 30–78 weeks: { frequency, recency, T, monetaryValue } columns, in weeks
 * but counted in whole days, as crm.rfmSummary gives them.
 */
export function bgnbdSummary(n, seed = 5) {
  const rand = seededRandom(seed);
  const { gamma, beta } = randomVariates(rand);
  const cols = {
    customerId: [],
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetaryValue: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const lambda = gamma(TRUE_BGNBD.r, 1 / TRUE_BGNBD.alpha);
    const p = beta(TRUE_BGNBD.a, TRUE_BGNBD.b);
    const T = Math.round((30 + rand() * 48) * 7) / 7;
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += -Math.log(1 - rand()) / lambda;
      if (t > T) break;
      x++;
      tx = Math.min(T, Math.round(t * 7) / 7);
      if (rand() < p) break; // drops out after this purchase
    }
    let spend = 0;
    if (x > 0) {
      const nu = gamma(TRUE_GG.q, 1 / TRUE_GG.gamma);
      for (let k = 0; k < x; k++) spend += gamma(TRUE_GG.p, 1 / nu);
      spend /= x;
    }
    cols.customerId.push(`C${i}`);
    cols.frequency[i] = x;
    cols.recency[i] = tx;
    cols.T[i] = T;
    cols.monetaryValue[i] = spend;
  }
  return cols;
}

/** n rows × 10 features; churned when f0 > 0.6 or (f1 < 0.3 and f2 > 0.5), 10% of labels flipped. */
export function churnTable(n, seed = 9) {
  const rand = seededRandom(seed);
  const cols = {};
  for (let j = 0; j < 10; j++) cols[`f${j}`] = new Float64Array(n);
  cols.churned = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 10; j++) cols[`f${j}`][i] = j < 5 ? rand() : Math.round(rand() * 365);
    const rule = cols.f0[i] > 0.6 || (cols.f1[i] < 0.3 && cols.f2[i] > 0.5) ? 1 : 0;
    cols.churned[i] = rand() < 0.1 ? 1 - rule : rule;
  }
  return cols;
}

/** n baskets of 1–8 items from 300 products (popularity skewed), with 20 product pairs that sell together. */
export function baskets(n, seed = 13) {
  const rand = seededRandom(seed);
  const out = [];
  for (let i = 0; i < n; i++) {
    const size = 1 + Math.floor(rand() * rand() * 8);
    const items = new Set();
    while (items.size < size) {
      const p = Math.floor(300 * Math.pow(rand(), 2));
      items.add(`P${p}`);
      if (p < 20 && rand() < 0.5) items.add(`P${p + 100}`);
    }
    out.push([...items]);
  }
  return out;
}
