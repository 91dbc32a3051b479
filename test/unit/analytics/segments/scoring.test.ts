import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scoreBins, type ScoreBinsOptions } from '../../../../src/analytics/segments/scoring';
import { seededRandom } from '../../../../src/analytics/numerics/rng';

/** Reference: spec §7 literally — sort everything by value (then id), then NTILE or the min rule. */
function reference(values: number[], ids: string[], { bins, better, ties }: ScoreBinsOptions): number[] {
  const higherIsBetter = better === 'higher';
  const n = values.length;
  const order = values
    .map((_, i) => i)
    .sort((a, b) => (higherIsBetter ? values[a] - values[b] : values[b] - values[a]) || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const out = new Array<number>(n);
  const q = Math.floor(n / bins);
  const rem = n % bins;
  let pos = 0;
  for (let b = 1; b <= bins; b++) for (let s = 0; s < q + (b <= rem ? 1 : 0); s++) out[order[pos++]] = b;
  if (ties === 'min') order.forEach((i) => (out[i] = Math.ceil((bins * (1 + order.findIndex((j) => values[j] === values[i]))) / n)));
  return out;
}

describe('scoreBins', () => {
  it('scores exactly as a full sort by value then customer id, for whole numbers, decimals, ties and every bin count', () => {
    const r = seededRandom(3);
    for (let trial = 0; trial < 60; trial++) {
      const n = 1 + Math.floor(r() * 300);
      const kind = trial % 3; // few distinct whole numbers, wide whole numbers, decimals
      const values = Array.from({ length: n }, () =>
        kind === 0 ? Math.floor(r() * 6) : kind === 1 ? Math.floor(r() * 1e6) : Math.round(r() * 1000) / 7,
      );
      const ids = Array.from({ length: n }, () => `C${Math.floor(r() * 1000)}`); // repeats too
      const bins = 2 + (trial % 9);
      for (const better of ['higher', 'lower'] as const) {
        for (const ties of ['split', 'min'] as const) {
          const options = { bins, better, ties };
          assert.deepEqual(
            Array.from(scoreBins(values, ids, options)),
            reference(values, ids, options),
            `trial ${trial} ${better} ${ties}`,
          );
        }
      }
    }
  });

  it('refuses NaN, naming the row', () => {
    assert.throws(
      () => scoreBins([3, NaN], ['a', 'b'], { bins: 2, better: 'higher', ties: 'split' }),
      /scoreBins: values must be numbers; row 2 is NaN/,
    );
  });
});
