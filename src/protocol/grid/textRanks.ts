/**
 * Ranks of distinct texts in the grid's text order, and the rows sorted by such ranks (see
 * TextColumn for when each order applies).
 */
import { codeUnitOrder } from './codeUnitOrder';

/** Rows sorted by text, and 1 at each position whose text equals the one before; `present` rows have a text (the first ones). */
export interface SortedRows {
  order: Uint32Array;
  same: Uint8Array;
  present: number;
}

/**
 * Ranks in the display language's collation, numbers in text compared as numbers; ties in code-unit order.
 * @example Array.from(collatedRanks(['C10', 'C2', 'b'])) // → [2, 1, 0] in English
 */
export function collatedRanks(texts: string[]): Uint32Array {
  const collator = new Intl.Collator(undefined, { numeric: true });
  const order = texts.map((_, i) => i);
  order.sort((a, b) => collator.compare(texts[a], texts[b]) || (texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0));
  const rank = new Uint32Array(texts.length);
  order.forEach((code, i) => (rank[code] = i));
  return rank;
}

/**
 * The rank of each of `texts` (distinct) in code-unit order.
 * @example Array.from(codeUnitRanks(['C10', 'C2', 'b'])) // → [0, 1, 2]
 */
export function codeUnitRanks(texts: string[]): Uint32Array {
  const order = codeUnitOrder(
    texts,
    Uint32Array.from(texts, (_, i) => i),
  );
  const rank = new Uint32Array(texts.length);
  for (let i = 0; i < order.length; i++) rank[order[i]] = i;
  return rank;
}

/**
 * The rows sorted by the ranks of their texts, ties in table order: one counting pass.
 * @param codes each row's text as an index into `rank` (NaN or −1 for a missing text, put last)
 * @param rank the rank of each text (0 … rank.length − 1)
 * @example rowsByRank(Int32Array.of(1, -1, 0, 1), Uint32Array.of(0, 1)) // → order [2, 0, 3, 1], same [0, 0, 1, 0], present 3
 */
export function rowsByRank(codes: Float64Array | Int32Array, rank: Uint32Array): SortedRows {
  const rows = codes.length;
  const size = rank.length;
  const starts = new Uint32Array(size + 1);
  let present = 0;
  for (let r = 0; r < rows; r++) {
    const k = codes[r];
    if (k >= 0) {
      starts[rank[k] + 1]++;
      present++;
    }
  }
  for (let k = 1; k <= size; k++) starts[k] += starts[k - 1];
  const order = new Uint32Array(rows);
  const same = new Uint8Array(rows);
  for (let k = 0; k < size; k++) if (starts[k + 1] - starts[k] > 1) same.fill(1, starts[k] + 1, starts[k + 1]);
  let missing = present;
  for (let r = 0; r < rows; r++) {
    const k = codes[r];
    order[k >= 0 ? starts[rank[k]]++ : missing++] = r;
  }
  return { order, same, present };
}
