/**
 * Agglomerative clustering with Euclidean distance in O(n²) time (Müllner 2011, "Modern
 * hierarchical, agglomerative clustering algorithms"), the algorithms scipy's `linkage` uses:
 * - ward: the nearest-neighbour chain on centroids and sizes (O(n) memory); the distance
 *   √(2|A||B|/(|A|+|B|))·‖c_A − c_B‖ is what the Lance–Williams recursion on squared distances gives,
 *   and is scipy's merge height (scikit-learn's AgglomerativeClustering cuts scipy's tree);
 * - single: the minimum spanning tree (Prim), its edges sorted (O(n) memory);
 * - average, complete: the nearest-neighbour chain on the condensed distance matrix with
 *   Lance–Williams updates (4·n² bytes).
 * All four are reducible, so the chain finds the same merges as the naive algorithm (ties aside);
 * the merges are sorted by height into scipy's linkage order.
 */
export type Linkage = 'ward' | 'average' | 'complete' | 'single';

/** One merge in scipy's convention: clusters `a` < `b` (ids < n are rows, n + i is merge i). */
export interface Merge {
  a: number;
  b: number;
  height: number;
  size: number;
}

/** The active clusters' slots, unordered, with O(1) removal. */
class ActiveSet {
  readonly slots: Int32Array;
  private readonly pos: Int32Array;
  count: number;
  constructor(n: number) {
    this.slots = Int32Array.from({ length: n }, (_, i) => i);
    this.pos = Int32Array.from({ length: n }, (_, i) => i);
    this.count = n;
  }
  remove(slot: number): void {
    const last = this.slots[--this.count];
    this.slots[this.pos[slot]] = last;
    this.pos[last] = this.pos[slot];
  }
}

type RawMerge = { a: number; b: number; height: number };

/**
 * The nearest-neighbour chain over cluster slots: `nearest(a, prev)` returns a's nearest active
 * neighbour, `prev` on a tie (so the chain cannot cycle); `merge(a, b)` merges slot a into slot b and returns the height.
 */
function nnChain(
  n: number,
  active: ActiveSet,
  nearest: (a: number, prev: number) => number,
  merge: (a: number, b: number) => number,
): RawMerge[] {
  const id = Int32Array.from({ length: n }, (_, i) => i); // cluster id in each slot: provisional n + raw index for merges
  const raw: RawMerge[] = [];
  const chain: number[] = [];
  while (active.count > 1) {
    if (chain.length === 0) chain.push(active.slots[0]);
    const a = chain[chain.length - 1];
    const prev = chain.length > 1 ? chain[chain.length - 2] : -1;
    const b = nearest(a, prev);
    if (b !== prev) {
      chain.push(b);
      continue;
    }
    chain.length -= 2;
    const height = merge(a, b);
    raw.push({ a: id[a], b: id[b], height });
    id[b] = n + raw.length - 1;
    active.remove(a);
  }
  return raw;
}

/** Ward on cluster centroids and sizes: O(n) memory; compares (2 nₐn_c/(nₐ+n_c))‖cₐ − c_c‖², scipy's height squared. */
function ward(x: Float64Array, n: number, p: number): RawMerge[] {
  const c = Float64Array.from(x);
  const size = new Float64Array(n).fill(1);
  const active = new ActiveSet(n);
  const between = (a: number, b: number) => {
    let s = 0;
    for (let f = 0; f < p; f++) {
      const t = c[a * p + f] - c[b * p + f];
      s += t * t;
    }
    return ((2 * size[a] * size[b]) / (size[a] + size[b])) * s;
  };
  // The search drops the factor 2nₐ common to all candidates: it compares n_c/(nₐ+n_c)·‖cₐ − c_c‖².
  const nearest = (a: number, prev: number) => {
    const ax = a * p;
    const na = size[a];
    let b = -1;
    let best = Infinity;
    const { slots, count } = active;
    // Three features (recency, frequency, monetary) is the common case: unrolled, it runs ~1.5× faster.
    const a0 = c[ax];
    const a1 = p > 1 ? c[ax + 1] : 0;
    const a2 = p > 2 ? c[ax + 2] : 0;
    for (let k = 0; k < count; k++) {
      const o = slots[k];
      if (o === a) continue;
      const ox = o * p;
      let s: number;
      if (p === 3) {
        const t0 = a0 - c[ox];
        const t1 = a1 - c[ox + 1];
        const t2 = a2 - c[ox + 2];
        s = t0 * t0 + t1 * t1 + t2 * t2;
      } else {
        s = 0;
        for (let f = 0; f < p; f++) {
          const t = c[ax + f] - c[ox + f];
          s += t * t;
        }
      }
      const no = size[o];
      if (s * no > best * (na + no)) continue; // cannot win: skips the division for most candidates
      const v = (s * no) / (na + no);
      if (v < best || (v === best && o === prev)) {
        best = v;
        b = o;
      }
    }
    return b;
  };
  const merge = (a: number, b: number) => {
    const h = Math.sqrt(between(a, b));
    const na = size[a];
    const nb = size[b];
    for (let f = 0; f < p; f++) c[b * p + f] = (na * c[a * p + f] + nb * c[b * p + f]) / (na + nb);
    size[b] = na + nb;
    return h;
  };
  return nnChain(n, active, nearest, merge);
}

/** Single linkage as the minimum spanning tree (Prim, O(n²) time, O(n) memory), its edges by weight. */
function single(x: Float64Array, n: number, p: number): RawMerge[] {
  const dist = new Float64Array(n).fill(Infinity);
  const from = new Int32Array(n);
  const inTree = new Uint8Array(n);
  const edges: RawMerge[] = [];
  let cur = 0;
  inTree[0] = 1;
  for (let step = 1; step < n; step++) {
    let next = -1;
    let best = Infinity;
    for (let j = 0; j < n; j++) {
      if (inTree[j]) continue;
      let s = 0;
      for (let f = 0; f < p; f++) {
        const t = x[cur * p + f] - x[j * p + f];
        s += t * t;
      }
      if (s < dist[j]) {
        dist[j] = s;
        from[j] = cur;
      }
      if (dist[j] < best) {
        best = dist[j];
        next = j;
      }
    }
    inTree[next] = 1;
    edges.push({ a: from[next], b: next, height: Math.sqrt(best) });
    cur = next;
  }
  edges.sort((e, f) => e.height - f.height);
  // Kruskal over the sorted tree edges names each merge's clusters.
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const name = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  return edges.map((e, k) => {
    const ra = find(e.a);
    const rb = find(e.b);
    const merge = { a: name[ra], b: name[rb], height: e.height };
    parent[ra] = rb;
    name[rb] = n + k;
    return merge;
  });
}

/** Average or complete linkage on the condensed distance matrix (8 bytes per pair), Lance–Williams updates. */
function matrixLinkage(x: Float64Array, n: number, p: number, linkage: 'average' | 'complete'): RawMerge[] {
  const row = new Int32Array(n); // index of (i, j), i < j, is row[i] + j
  for (let i = 0; i < n; i++) row[i] = i * n - (i * (i + 1)) / 2 - i - 1;
  const d = new Float64Array((n * (n - 1)) / 2);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let f = 0; f < p; f++) {
        const t = x[i * p + f] - x[j * p + f];
        s += t * t;
      }
      d[row[i] + j] = Math.sqrt(s);
    }
  }
  const at = (i: number, j: number) => (i < j ? row[i] + j : row[j] + i);
  const size = new Float64Array(n).fill(1);
  const active = new ActiveSet(n);
  const nearest = (a: number, prev: number) => {
    let b = -1;
    let best = Infinity;
    const { slots, count } = active;
    for (let k = 0; k < count; k++) {
      const o = slots[k];
      if (o === a) continue;
      const v = d[at(a, o)];
      if (v < best || (v === best && o === prev)) {
        best = v;
        b = o;
      }
    }
    return b;
  };
  const merge = (a: number, b: number) => {
    const na = size[a];
    const nb = size[b];
    const { slots, count } = active;
    for (let k = 0; k < count; k++) {
      const o = slots[k];
      if (o === a || o === b) continue;
      const ia = at(a, o);
      const ib = at(b, o);
      d[ib] = linkage === 'complete' ? Math.max(d[ia], d[ib]) : (na * d[ia] + nb * d[ib]) / (na + nb);
    }
    size[b] = na + nb;
    return d[at(a, b)];
  };
  return nnChain(n, active, nearest, merge);
}

/**
 * The merges of n points (row-major `x`, `p` features), sorted by height.
 * @example agglomerate(Float64Array.from([0, 1, 5]), 3, 1, 'single') // → merges (0,1) at 1, then (2,3) at 4
 */
export function agglomerate(x: Float64Array, n: number, p: number, linkage: Linkage): Merge[] {
  if (n < 2) return [];
  const raw = linkage === 'ward' ? ward(x, n, p) : linkage === 'single' ? single(x, n, p) : matrixLinkage(x, n, p, linkage);
  return sortMerges(raw, n);
}

/** Sorts merges by height (stably) and renames clusters to scipy's ids: n + index in sorted order. */
function sortMerges(raw: { a: number; b: number; height: number }[], n: number): Merge[] {
  const order = raw.map((_, i) => i).sort((i, j) => raw[i].height - raw[j].height || i - j);
  const rename = new Int32Array(raw.length);
  order.forEach((r, k) => (rename[r] = n + k));
  const sizes = new Float64Array(2 * n);
  sizes.fill(1, 0, n);
  const name = (c: number) => (c < n ? c : rename[c - n]);
  return order.map((r, k) => {
    const a = name(raw[r].a);
    const b = name(raw[r].b);
    sizes[n + k] = sizes[a] + sizes[b];
    return { a: Math.min(a, b), b: Math.max(a, b), height: raw[r].height, size: sizes[n + k] };
  });
}

/**
 * Flat clusters from the first n − k merges (scikit-learn's cut of the full tree): labels 0..k−1
 * in order of each cluster's first row.
 */
export function cutTree(merges: Merge[], n: number, k: number): Int32Array {
  const parent = Int32Array.from({ length: 2 * n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (let m = 0; m < n - k; m++) {
    parent[find(merges[m].a)] = n + m;
    parent[find(merges[m].b)] = n + m;
  }
  const labels = new Int32Array(n);
  const seen = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let l = seen.get(r);
    if (l === undefined) seen.set(r, (l = seen.size));
    labels[i] = l;
  }
  return labels;
}
