import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { radixSortBy, reversedOrder } from '../../../../src/protocol/index';

// Reference: Array#sort, which is stable, with missing keys (NaN) last in either direction.
function referenceSort(order: Uint32Array, keys: Float64Array, descending: boolean): number[] {
  return Array.from(order).sort((a, b) => {
    const x = keys[a];
    const y = keys[b];
    if (x !== x || y !== y) return (x !== x ? 1 : 0) - (y !== y ? 1 : 0);
    return descending ? y - x : x - y;
  });
}

function seededRandom(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const identity = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);
const shuffled = (n: number, rand: () => number) => {
  const a = identity(n);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};

function agreesWithReference(name: string, keys: Float64Array) {
  const rand = seededRandom(keys.length);
  for (const order of [identity(keys.length), shuffled(keys.length, rand)])
    for (const descending of [false, true])
      assert.deepEqual(
        Array.from(radixSortBy(order, keys, descending)),
        referenceSort(order, keys, descending),
        `${name}, ${descending ? 'descending' : 'ascending'}`,
      );
}

describe('radixSortBy (protocol/grid/radixSort) against a stable comparison sort', () => {
  const rand = seededRandom(7);
  const n = 20_000; // above the 4,096-key sample, so the sampled bucket scale is exercised

  it('sorts money with a long tail, cents and many ties', () => {
    const keys = Float64Array.from(
      { length: n },
      () => Math.round(Math.exp(3 + 1.5 * Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand())) * 100) / 100,
    );
    agreesWithReference('lognormal money', keys);
  });

  it('sorts negative, zero (and minus zero), infinite and missing keys', () => {
    const specials = [0, -0, Infinity, -Infinity, NaN, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE];
    const keys = Float64Array.from({ length: n }, (_, i) =>
      i % 13 === 0 ? specials[i % specials.length] : (rand() - 0.5) * 10 ** Math.floor(rand() * 12 - 4),
    );
    agreesWithReference('mixed signs', keys);
  });

  it('orders keys beyond the sample quantiles exactly (a few huge outliers among small numbers)', () => {
    const keys = Float64Array.from({ length: n }, (_, i) => (i % 97 === 0 ? 1e300 * (1 + rand()) : rand()));
    agreesWithReference('outliers', keys);
  });

  it('orders distinct keys that share a bucket (a run longer than insertion sort takes)', () => {
    const keys = Float64Array.from({ length: n }, (_, i) => (i < 500 ? 1 + i * 2 ** -52 : 2 + rand()));
    agreesWithReference('near-identical keys', keys);
  });

  it('sorts whole numbers on a common step (dates at midnight, text ranks) by counting', () => {
    const day = 86_400_000;
    agreesWithReference(
      'days',
      Float64Array.from({ length: n }, () => Date.UTC(2024, 0, 1) + Math.floor(rand() * 900) * day),
    );
    agreesWithReference(
      'ranks',
      Float64Array.from({ length: n }, () => Math.floor(rand() * n)),
    );
    agreesWithReference(
      'date-times to the millisecond',
      Float64Array.from({ length: n }, () => Date.UTC(2024, 0, 1) + Math.floor(rand() * 1e11)),
    );
  });

  it('counts keys whatever the grid: negative, missing, one key off the step, wide ranks, and past 2⁵¹', () => {
    const day = 86_400_000;
    agreesWithReference(
      'negative whole numbers with missing ones',
      Float64Array.from({ length: n }, (_, i) => (i % 11 === 0 ? NaN : Math.floor(rand() * 200) - 150)),
    );
    agreesWithReference(
      'days and one date at noon (the step shrinks to half a day)',
      Float64Array.from({ length: n }, (_, i) => Date.UTC(2024, 0, 1) + Math.floor(rand() * 900) * day + (i === n - 1 ? day / 2 : 0)),
    );
    agreesWithReference(
      'more than 65,535 ranks',
      Float64Array.from({ length: n }, () => Math.floor(rand() * 3_000_000)),
    );
    agreesWithReference(
      'whole numbers beyond 2⁵¹',
      Float64Array.from({ length: n }, () => 2 ** 52 + 2 * Math.floor(rand() * 1000)),
    );
    agreesWithReference(
      'too wide a range to count',
      Float64Array.from({ length: n }, () => Math.floor(rand() * 2 ** 40)),
    );
  });

  it('sorts a subset of rows on a grid, reusing what it learnt of the keys from an earlier sort', () => {
    const keys = Float64Array.from({ length: 1000 }, () => Math.floor(rand() * 30));
    radixSortBy(identity(1000), keys, false); // learns the grid of all the keys
    const order = Uint32Array.from({ length: 300 }, (_, i) => 999 - i * 3);
    for (const descending of [false, true])
      assert.deepEqual(Array.from(radixSortBy(order, keys, descending)), referenceSort(order, keys, descending));
  });

  it('keeps the given order of equal keys, so sorting by the last key first sorts by several', () => {
    const order = Uint32Array.of(4, 3, 2, 1, 0);
    assert.deepEqual(Array.from(radixSortBy(order, Float64Array.of(1, 2, 1, 2, 1), true)), [3, 1, 4, 2, 0]);
    assert.deepEqual(Array.from(radixSortBy(order, Float64Array.of(0.5, 2.5, 0.5, 2.5, NaN), false)), [2, 0, 3, 1, 4]);
  });

  it('handles no rows, one row and all keys missing', () => {
    assert.deepEqual(Array.from(radixSortBy(new Uint32Array(0), new Float64Array(0), false)), []);
    assert.deepEqual(Array.from(radixSortBy(Uint32Array.of(0), Float64Array.of(2.5), true)), [0]);
    assert.deepEqual(Array.from(radixSortBy(identity(3), Float64Array.of(NaN, NaN, NaN), true)), [0, 1, 2]);
  });

  it('sorts a subset of rows (a filtered view) without touching the other rows', () => {
    const keys = Float64Array.from({ length: 1000 }, () => rand() * 100);
    const order = Uint32Array.from({ length: 300 }, (_, i) => i * 3);
    assert.deepEqual(Array.from(radixSortBy(order, keys, false)), referenceSort(order, keys, false));
  });
});

describe('reversedOrder (protocol/grid/radixSort): turning a sorted column round without sorting again', () => {
  it('gives what a sort the other way gives: equal keys in their order, missing keys last', () => {
    const rand = seededRandom(11);
    const keys = Float64Array.from({ length: 5000 }, (_, i) => (i % 17 === 0 ? NaN : Math.round(rand() * 300) / 4));
    for (const order of [identity(keys.length), shuffled(keys.length, rand)])
      for (const descending of [false, true])
        assert.deepEqual(Array.from(reversedOrder(radixSortBy(order, keys, descending), keys)), referenceSort(order, keys, !descending));
  });
});
