/**
 * A stable sort of texts in code-unit order (the order `<` gives strings), by a radix sort that
 * reads the most significant characters first: a million distinct customer ids in about a
 * tenth of a second, where a comparison sort took over a second.
 *
 * A range of texts is read once, up to {@link POSITIONS} characters from `depth` on, to learn which
 * characters occur at each position. Positions where every text has the same character add
 * nothing; the others become the digits of a whole number per text (each position counting
 * only the characters that occur there, so `C0012345` over a million ids is a number below 10⁶),
 * as many positions as fit in two 32-bit words. The range is sorted by that number with up to
 * four counting passes, and each run of texts sharing the number is sorted the same way from the
 * next position on, until every text of the run has ended (equal texts, left in their order).
 * Reading many positions at once matters: after the first pass the texts of a range lie all over
 * memory, and reading them again costs far more than the sort. Short ranges are sorted by
 * comparison (a stable sort too).
 */
import { sortScratch } from './sortScratch';

/** Characters read per text in one pass. */
const POSITIONS = 32;
/** One more than the number of UTF-16 code units: 0 stands for "the text has ended". */
const CODES = 65537;
/** Ranges up to this many texts are sorted by comparison, up to {@link INSERTED} by insertion. */
const COMPARED = 64;
const INSERTED = 12;
const WORD_LIMIT = 2 ** 32;

interface Work {
  texts: ArrayLike<string>;
  /** The rows, the high and low words of their numbers: here, and moved by a counting pass. */
  here: Uint32Array[];
  moved: Uint32Array[];
  /** seen[p * CODES + c] is 1 once character code c (+1) was met at position p of the range. */
  seen: Uint8Array;
  /** rank[p * CODES + c]: the digit of code c at position p. */
  rank: Uint32Array;
  counts: Uint32Array;
  /** same[i] = 1 when the text of order[i] equals that of order[i − 1]. */
  same?: Uint8Array;
}

/**
 * The lookup tables, kept from one sort to the next (10 MB, mostly never touched): new ones each
 * time made V8 count the memory and collect garbage for longer than the sort took. `seen` is left
 * all zeros after each use; `rank` is only read where the same sort wrote it.
 */
let kept: Pick<Work, 'seen' | 'rank' | 'counts'> | undefined;
const tables = () =>
  (kept ??= { seen: new Uint8Array(POSITIONS * CODES), rank: new Uint32Array(POSITIONS * CODES), counts: new Uint32Array((1 << 16) + 1) });

const codeAt = (s: string, j: number) => (j < s.length ? s.charCodeAt(j) + 1 : 0);
const compareTexts = (texts: ArrayLike<string>) => (a: number, b: number) => (texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0);

function compareRange(w: Work, lo: number, hi: number): void {
  const { texts, same } = w;
  const order = w.here[0];
  if (hi - lo <= INSERTED)
    for (let i = lo + 1; i < hi; i++) {
      const row = order[i];
      const t = texts[row];
      let j = i;
      while (j > lo && texts[order[j - 1]] > t) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = row;
    }
  else order.set(Array.from(order.subarray(lo, hi)).sort(compareTexts(texts)), lo);
  if (same) for (let i = lo + 1; i < hi; i++) same[i] = texts[order[i]] === texts[order[i - 1]] ? 1 : 0;
}

/**
 * The length of the prefix the texts of order[lo, hi) share, known to be at least `from`;
 * -1 when they are all the same text.
 */
function sharedPrefix(w: Work, lo: number, hi: number, from: number): number {
  const { texts } = w;
  const order = w.here[0];
  const first = texts[order[lo]];
  let shared = Infinity;
  for (let i = lo + 1; i < hi; i++) {
    const t = texts[order[i]];
    if (t === first) continue;
    const end = Math.min(t.length, first.length, shared);
    let j = from;
    while (j < end && t.charCodeAt(j) === first.charCodeAt(j)) j++;
    shared = j;
  }
  return shared === Infinity ? -1 : shared;
}

/** The characters that occur at each of `count` positions from `depth`, each list in ascending order. */
function charactersAt(w: Work, lo: number, hi: number, depth: number, count: number): number[][] {
  const found: number[][] = Array.from({ length: count }, () => []);
  const { texts, seen } = w;
  const order = w.here[0];
  let ended = count; // from the first position where some text has ended, every position has texts that have
  for (let i = lo; i < hi; i++) {
    const s = texts[order[i]];
    const length = s.length - depth;
    const last = length < count ? length : count;
    if (length < ended) ended = length < 0 ? 0 : length;
    for (let p = 0; p < last; p++) {
      const c = s.charCodeAt(depth + p) + 1;
      const at = p * CODES + c;
      if (seen[at] === 0) {
        seen[at] = 1;
        found[p].push(c);
      }
    }
  }
  for (let p = ended; p < count; p++) found[p].push(0);
  found.forEach((codes, p) => {
    for (const c of codes) seen[p * CODES + c] = 0;
    codes.sort((a, b) => a - b);
  });
  return found;
}

/**
 * Each text's number over the positions from `depth` whose digits fit in two 32-bit words.
 * @returns how many values each word can take, and the first position not read (or -1 when
 * every text ended within the positions read, so texts with equal numbers cannot occur)
 */
function digitsOf(w: Work, lo: number, hi: number, depth: number): { sizes: number[]; next: number } {
  const found = charactersAt(w, lo, hi, depth, POSITIONS);
  const used: number[][] = [[], []];
  const sizes = [1, 1];
  let word = 0;
  let next = depth + POSITIONS;
  for (let p = 0; p < POSITIONS; p++) {
    const codes = found[p];
    if (codes.length === 1 && codes[0] === 0) {
      next = -1; // every text has ended
      break;
    }
    if (codes.length === 1) continue;
    if (sizes[word] * codes.length > WORD_LIMIT) {
      if (word === 1) {
        next = depth + p;
        break;
      }
      word = 1;
    }
    codes.forEach((c, r) => (w.rank[p * CODES + c] = r));
    sizes[word] *= codes.length;
    used[word].push(p);
  }
  const { texts, rank } = w;
  const [order, high, low] = w.here;
  const twoWords = used[1].length > 0; // else the low words are left as they are, and not read
  for (let i = lo; i < hi; i++) {
    const s = texts[order[i]];
    let h = 0;
    for (const p of used[0]) h = h * found[p].length + rank[p * CODES + codeAt(s, depth + p)];
    high[i] = h;
    if (!twoWords) continue;
    let l = 0;
    for (const p of used[1]) l = l * found[p].length + rank[p * CODES + codeAt(s, depth + p)];
    low[i] = l;
  }
  return { sizes, next };
}

/**
 * One stable counting pass of [lo, hi) by the digit (from[word] >>> shift) & (digits − 1),
 * moving the rows and the words of their numbers in use.
 */
function countingPass(w: Work, lo: number, hi: number, pass: number[], twoWords: boolean, from: Uint32Array[], to: Uint32Array[]): void {
  const [word, shift, digits] = pass;
  const counts = w.counts;
  const [order, high, low] = from;
  const [toOrder, toHigh, toLow] = to;
  const key = from[word];
  counts.fill(0, 0, digits + 1);
  const mask = digits - 1;
  for (let i = lo; i < hi; i++) counts[((key[i] >>> shift) & mask) + 1]++;
  counts[0] = lo;
  for (let d = 1; d < digits; d++) counts[d] += counts[d - 1];
  if (twoWords)
    for (let i = lo; i < hi; i++) {
      const at = counts[(key[i] >>> shift) & mask]++;
      toOrder[at] = order[i];
      toHigh[at] = high[i];
      toLow[at] = low[i];
    }
  else
    for (let i = lo; i < hi; i++) {
      const at = counts[(key[i] >>> shift) & mask]++;
      toOrder[at] = order[i];
      toHigh[at] = high[i];
    }
}

/** The counting passes for a word of `size` values: [word, shift, digits], low digit first. */
function passesOf(word: number, size: number): number[][] {
  if (size <= 1) return [];
  const bits = Math.ceil(Math.log2(size));
  return bits <= 16
    ? [[word, 0, 1 << bits]]
    : [
        [word, 0, 1 << 16],
        [word, 16, 1 << (bits - 16)],
      ];
}

/**
 * Sorts [lo, hi) by its numbers: counting passes over the low word, then the high one; by
 * comparison when the range is short for the counts a pass would clear. With one word in use,
 * the low words are neither read nor moved.
 */
function sortByNumbers(w: Work, lo: number, hi: number, sizes: number[]): void {
  const twoWords = sizes[1] > 1;
  const arrays = twoWords ? 3 : 2;
  const passes = [...passesOf(2, sizes[1]), ...passesOf(1, sizes[0])];
  const [, high, low] = w.here;
  if (passes.some(([, , digits]) => digits > 8 * (hi - lo))) {
    const at = Array.from({ length: hi - lo }, (_, i) => lo + i).sort(
      (a, b) => high[a] - high[b] || (twoWords ? low[a] - low[b] : 0) || a - b,
    );
    for (let k = 0; k < arrays; k++) {
      at.forEach((from, i) => (w.moved[k][lo + i] = w.here[k][from]));
      w.here[k].set(w.moved[k].subarray(lo, hi), lo);
    }
    return;
  }
  let [from, to] = [w.here, w.moved];
  for (const pass of passes) {
    countingPass(w, lo, hi, pass, twoWords, from, to);
    [from, to] = [to, from];
  }
  if (from !== w.here) for (let k = 0; k < arrays; k++) w.here[k].set(from[k].subarray(lo, hi), lo);
}

/**
 * Sorts `order` (indexes into `texts`) in place, in code-unit order of their texts; equal texts
 * keep their order.
 * @param same if given (zeros, as long as `order`), set to 1 at each position whose text equals
 * the one before it, which the sort finds out on the way (no text compared again)
 * @example codeUnitOrder(['b', 'C10', 'C2', 'C1'], Uint32Array.of(0, 1, 2, 3)) // → Uint32Array [3, 1, 2, 0]
 */
export function codeUnitOrder(texts: ArrayLike<string>, order: Uint32Array, same?: Uint8Array): Uint32Array {
  const n = order.length;
  const [high, low, movedOrder, movedHigh, movedLow] = sortScratch(n, 5);
  const w: Work = {
    texts,
    here: [order, high, low],
    moved: [movedOrder, movedHigh, movedLow],
    ...tables(),
    same,
  };
  const ranges = [0, n, 0];
  while (ranges.length) {
    const depth = ranges.pop()!;
    const hi = ranges.pop()!;
    const lo = ranges.pop()!;
    if (hi - lo <= COMPARED) {
      compareRange(w, lo, hi);
      continue;
    }
    const { sizes, next } = digitsOf(w, lo, hi, depth);
    if (sizes[0] > 1 || sizes[1] > 1) sortByNumbers(w, lo, hi, sizes);
    else if (next >= 0) {
      // Long texts alike at every position read: skip what they share (a product name on every
      // order line, names that differ only at the end).
      const shared = sharedPrefix(w, lo, hi, next);
      if (shared < 0) {
        if (same) same.fill(1, lo + 1, hi);
      } else ranges.push(lo, hi, shared);
      continue;
    }
    const twoWords = sizes[1] > 1;
    for (let a = lo; a < hi;) {
      let b = a + 1;
      while (b < hi && high[b] === high[a] && (!twoWords || low[b] === low[a])) b++;
      // A run of texts that agree on every position read, where one has ended before the last
      // of them (so all have): they are equal.
      if (b - a > 1) {
        if (next >= 0 && texts[order[a]].length >= next) ranges.push(a, b, next);
        else if (same) same.fill(1, a + 1, b);
      }
      a = b;
    }
  }
  return order;
}
