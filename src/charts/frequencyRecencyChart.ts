import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/** What the chart needs of a BG/NBD model (`crm.fitBgNbd`). */
export interface PurchasePredictor {
  conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
  probabilityAlive(x: number, tx: number, T: number): number;
}

/**
 * The frequency/recency matrix of a BG/NBD model: for a customer observed for the longest T in
 * the summary, the expected purchases in the next `t` time units (or P(alive)) at each number of
 * repeat purchases and each recency — the classic plot of Fader, Hardie & Lee (2005).
 * @example charts.frequencyRecencyChart(bgnbd, summary, { t: 52 }) // next year, in weeks
 */
export function frequencyRecencyChart(
  model: PurchasePredictor,
  summary: Rows,
  options: { t?: number; measure?: 'expectedPurchases' | 'probabilityAlive'; cells?: number } = {},
): TopLevelSpec {
  const rows = rowsOf(summary, 'frequencyRecencyChart');
  const T = Math.max(0, ...rows.map((r) => Number(r.T)).filter(Number.isFinite));
  const maxX = Math.max(1, ...rows.map((r) => Number(r.frequency)).filter(Number.isFinite));
  const cells = options.cells ?? 20;
  const t = options.t ?? 1;
  const measure = options.measure ?? 'expectedPurchases';
  const xs = Array.from(new Set(Array.from({ length: cells }, (_, i) => Math.round((i * maxX) / (cells - 1)))));
  const values: { frequency: number; recency: number; value: number }[] = [];
  for (const x of xs) {
    for (let j = 0; j < cells; j++) {
      const tx = (j * T) / (cells - 1);
      if (x === 0 && tx > 0) continue; // no repeat purchase → recency is 0
      values.push({
        frequency: x,
        recency: Number(tx.toFixed(T >= 50 ? 0 : 2)),
        value: measure === 'probabilityAlive' ? model.probabilityAlive(x, tx, T) : model.conditionalExpectedPurchases(t, x, tx, T),
      });
    }
  }
  const title =
    measure === 'probabilityAlive'
      ? `P(alive) by frequency and recency (T = ${T.toFixed(1)})`
      : `Expected purchases in the next ${t} time unit${t === 1 ? '' : 's'} by frequency and recency (T = ${T.toFixed(1)})`;
  return {
    ...base(title, { height: 260 }),
    data: { values },
    mark: { type: 'rect', tooltip: true },
    encoding: {
      x: { field: 'recency', type: 'ordinal', title: 'Recency (time of last purchase)', axis: { labelOverlap: true, labelAngle: 0 } },
      y: { field: 'frequency', type: 'ordinal', sort: 'descending', title: 'Repeat purchases' },
      color: {
        field: 'value',
        type: 'quantitative',
        title: measure === 'probabilityAlive' ? 'P(alive)' : 'Expected',
        scale: { scheme: 'viridis' },
      },
    },
  };
}
