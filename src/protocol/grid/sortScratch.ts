/**
 * Working memory for the grid's sorts (radixSort, countingSort): arrays kept from one sort to the next, up to {@link SCRATCH_LIMIT} rows (12 MB for a
 * million rows). Fresh memory is slow to touch the first time (about 3 ms a megabyte on a
 * virtual machine, where page faults are dear), and new arrays every time made V8 count the
 * memory and start full garbage collections, which in a kernel holding big tables took longer
 * than the sort itself.
 */
const SCRATCH_LIMIT = 1 << 22;

let scratch: Uint32Array[] = [];

/** Three working arrays of `n` rows (views of the kept ones, or new ones above the limit). */
export function sortScratch(n: number): Uint32Array[] {
  if (n > SCRATCH_LIMIT) return [0, 1, 2].map(() => new Uint32Array(n));
  if (!scratch.length || scratch[0].length < n) scratch = [0, 1, 2].map(() => new Uint32Array(Math.max(n, 1024)));
  return scratch.map((a) => a.subarray(0, n));
}
