/**
 * The seeded random source (mulberry32, in mulberry32.mjs): the same seed gives the same sequence, so every
 * randomised result in the analytics repeats exactly.
 * @example const r = seededRandom(42); r() // → 0.6011037519201636
 */
export { seededRandom } from './mulberry32.mjs';

/** A seeded Fisher–Yates shuffle of 0..n-1. */
export function shuffledIndexes(n: number, random: () => number): Int32Array {
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  return idx;
}
