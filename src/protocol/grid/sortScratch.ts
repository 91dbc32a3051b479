/**
 * Working memory for the grid's sorts (radixSort, countingSort, codeUnitOrder): arrays kept from one sort to the next, up to {@link SCRATCH_LIMIT} rows (4 MB each for a
 * million rows). Fresh memory is slow to touch the first time (about 3 ms a megabyte on a
 * virtual machine, where page faults are dear), and new arrays every time made V8 count the
 * memory and start full garbage collections, which in a kernel holding big tables took longer
 * than the sort itself.
 */
const SCRATCH_LIMIT = 1 << 22;

let scratch: Uint32Array[] = [];

/** `count` working arrays of `n` rows (views of the kept ones, or new ones above the limit). */
export function sortScratch(n: number, count = 3): Uint32Array[] {
  if (n > SCRATCH_LIMIT) return Array.from({ length: count }, () => new Uint32Array(n));
  if (scratch.length && scratch[0].length < n) scratch = [];
  const length = scratch.length ? scratch[0].length : Math.max(n, 1024);
  while (scratch.length < count) scratch.push(new Uint32Array(length));
  return scratch.slice(0, count).map((a) => a.subarray(0, n));
}
