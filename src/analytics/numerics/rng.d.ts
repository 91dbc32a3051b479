/**
 * The seeded random source (mulberry32, in mulberry32.mjs): the same seed gives the same sequence, so every
 * randomised result in the analytics repeats exactly.
 * @example const r = seededRandom(42); r() // → 0.6011037519201636
 */
export { seededRandom } from './mulberry32.mjs';
/** A seeded Fisher–Yates shuffle of 0..n-1. */
export declare function shuffledIndexes(n: number, random: () => number): Int32Array;
