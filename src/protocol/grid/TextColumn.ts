/**
 * A text column as the grid queries it. Its codes (`keys` into `dict`, the distinct texts in order
 * of first appearance) are built the first time a profile or a filter needs them; a sort reads the
 * texts themselves, so a first sort does not pay for coding a million ids, nor a profile for
 * sorting them.
 *
 * Text order: with up to {@link COLLATED_LIMIT} distinct texts, the display language's collation
 * with numbers in text compared as numbers ("C2" before "C10"); above that (ids of a million
 * customers), plain code-unit order, which is what `<` gives and fast: the rows sorted by their
 * texts (codeUnitOrder) are then the sort by this column alone, and ranks for a sort by several
 * columns are made from them when one asks.
 */
import type { TableColumn } from '../mime';
import type { ColumnData } from './columnData';
import { TextCodes } from './TextCodes';
import { codeUnitOrder } from './codeUnitOrder';
import { runsInOrder } from './runsInOrder';

export const COLLATED_LIMIT = 20_000;
/** Rows read to tell a column of ids (nearly all distinct) from one of categories or products. */
const SAMPLE = 4096;
const DISTINCT_SHARE = 0.95;

/** Ranks in the display language's collation, numbers in text compared as numbers; ties in code-unit order. */
function collatedRanks(texts: string[]): Uint32Array {
  const collator = new Intl.Collator(undefined, { numeric: true });
  const order = texts.map((_, i) => i);
  order.sort((a, b) => collator.compare(texts[a], texts[b]) || (texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0));
  const rank = new Uint32Array(texts.length);
  order.forEach((code, i) => (rank[code] = i));
  return rank;
}

/** The rank of each of `texts` (distinct) in code-unit order. */
function codeUnitRanks(texts: string[]): Uint32Array {
  const order = codeUnitOrder(
    texts,
    Uint32Array.from(texts, (_, i) => i),
  );
  const rank = new Uint32Array(texts.length);
  for (let i = 0; i < order.length; i++) rank[order[i]] = i;
  return rank;
}

/** Whether the first `rows` values are all texts or missing (null, undefined). */
function textsOrMissing(values: ArrayLike<unknown>, rows: number): boolean {
  for (let r = 0; r < rows; r++) {
    const v = values[r];
    if (typeof v !== 'string' && v !== null && v !== undefined) return false;
  }
  return true;
}

/** Each row's text; null or undefined when missing. */
type Texts = ArrayLike<string | null | undefined>;
/** Rows sorted by their texts, and 1 at each position whose text equals the one before. */
interface Sorted {
  order: Uint32Array;
  same: Uint8Array;
}

export class TextColumn implements ColumnData {
  private coded?: { keys: Float64Array; dict: string[] };
  /** The rows in code-unit order of their texts, missing last, ties in table order (many distinct texts). */
  private ascending?: Sorted;
  /** How many rows have a text (the first rows of `ascending`). */
  private present = 0;
  /** Whether sorting found at most {@link COLLATED_LIMIT} distinct texts (they sort by collated ranks). */
  private few = false;
  private ranks?: Float64Array;
  /** The source's array of texts (null: it has none); see textArray. */
  private ownTexts?: Texts | null;
  /** Whether the first {@link SAMPLE} rows are mostly distinct texts. */
  private mostlyDistinct?: boolean;

  constructor(
    readonly name: string,
    readonly type: TableColumn['type'],
    readonly rows: number,
    /** The text of row r, or null when it is missing. */
    readonly text: (r: number) => string | null,
    /** The column's values in table order, when the source has them in an array. */
    readonly values?: ArrayLike<unknown>,
  ) {}

  get keys(): Float64Array {
    return this.codes().keys;
  }

  get dict(): string[] {
    return this.codes().dict;
  }

  private codes(): { keys: Float64Array; dict: string[] } {
    if (this.coded) return this.coded;
    const keys = new Float64Array(this.rows);
    const codes = new TextCodes();
    for (let r = 0; r < this.rows; r++) {
      const t = this.text(r);
      keys[r] = t === null ? NaN : codes.code(t);
    }
    return (this.coded = { keys, dict: codes.values });
  }

  /** Whether the column sorts by collated ranks, as far as is known without sorting. */
  private get collated(): boolean {
    return this.few || (this.coded !== undefined && this.coded.dict.length <= COLLATED_LIMIT);
  }

  /** Whether a sort goes through ranks of the codes (coded first, and not sorted by rows yet). */
  private get byCodes(): boolean {
    return this.coded !== undefined && !this.ascending;
  }

  /** The source's own array of the column, when it holds only texts and missing values (checked once). */
  private textArray(): Texts | undefined {
    if (this.ownTexts === undefined) this.ownTexts = this.values && textsOrMissing(this.values, this.rows) ? (this.values as Texts) : null;
    return this.ownTexts ?? undefined;
  }

  /** Each row's text: the source's own array, or a copy. */
  private texts(): Texts {
    const own = this.textArray();
    if (own) return own;
    const texts = new Array<string | null>(this.rows);
    for (let r = 0; r < this.rows; r++) texts[r] = this.text(r);
    return texts;
  }

  /** 1 for each row whose text passes `test`, and for missing rows when `missing`: read row by row. */
  rowsWhere(test: (text: string) => boolean, missing: boolean): Uint8Array {
    const mask = new Uint8Array(this.rows);
    const own = this.textArray();
    for (let r = 0; r < this.rows; r++) {
      const t = own ? own[r] : this.text(r);
      mask[r] = typeof t !== 'string' ? (missing ? 1 : 0) : test(t) ? 1 : 0;
    }
    return mask;
  }

  /**
   * The rows sorted by their texts (missing last) with the marks of equal neighbours, kept with
   * many distinct texts; with few, their collated ranks are kept instead.
   */
  private sortRows(texts: Texts): Sorted {
    const order = new Uint32Array(this.rows);
    const same = new Uint8Array(this.rows);
    let present = 0;
    for (let r = 0; r < this.rows; r++) if (typeof texts[r] === 'string') order[present++] = r;
    for (let r = 0, missing = present; missing < this.rows; r++) if (typeof texts[r] !== 'string') order[missing++] = r;
    codeUnitOrder(texts as ArrayLike<string>, order.subarray(0, present), same); // only rows with a text
    let distinct = present;
    for (let i = 0; i < present; i++) distinct -= same[i];
    this.present = present;
    const sorted = { order, same };
    if (distinct > COLLATED_LIMIT) this.ascending = sorted;
    else {
      this.few = true;
      this.ranks = this.ranksAlong(sorted, texts);
    }
    return sorted;
  }

  /**
   * Whether profiles and filters read the rows themselves rather than codes: when there are no
   * codes yet and the rows are sorted already, or the first rows are nearly all distinct (ids,
   * e-mail addresses). For a million ids, counting runs in the sorted rows is three times faster
   * than coding them, and leaves the column ready for a sort; a filter tests each row once either
   * way. Texts that repeat (product names on order lines) are coded: sorting their distinct
   * values is then cheaper than sorting every row.
   */
  get byRows(): boolean {
    if (this.coded || this.few) return false;
    if (this.ascending) return true;
    if (this.mostlyDistinct === undefined) {
      const sample = Math.min(this.rows, SAMPLE);
      const seen = new Set<string | null>();
      for (let r = 0; r < sample; r++) seen.add(this.text(r));
      this.mostlyDistinct = seen.size >= DISTINCT_SHARE * sample;
    }
    return this.mostlyDistinct;
  }

  /**
   * Missing rows, distinct texts and the `top` most frequent texts, largest count first, ties by
   * first appearance (as counting codes gives them): from the runs of equal texts in the rows
   * sorted by text, each run's first row being its text's first appearance (the sort is stable).
   */
  runCounts(top: number): { missing: number; distinct: number; top: { value: string; count: number }[] } {
    const { order, same } = this.ascending ?? this.sortRows(this.texts());
    const best: { count: number; row: number }[] = [];
    const better = (a: { count: number; row: number }, b: { count: number; row: number }) =>
      a.count > b.count || (a.count === b.count && a.row < b.row);
    let distinct = 0;
    for (let start = 0; start < this.present;) {
      let end = start + 1;
      while (end < this.present && same[end]) end++;
      distinct++;
      const run = { count: end - start, row: order[start] };
      if (top > 0 && (best.length < top || better(run, best[best.length - 1]))) {
        let j = best.length < top ? best.length : top - 1;
        while (j > 0 && better(run, best[j - 1])) {
          best[j] = best[j - 1];
          j--;
        }
        best[j] = run;
      }
      start = end;
    }
    return { missing: this.rows - this.present, distinct, top: best.map(({ row, count }) => ({ value: this.text(row) as string, count })) };
  }

  /**
   * Each row's rank: the distinct texts before its own in the sorted rows (NaN when missing); in
   * the display language's collation when `texts` are given (few distinct texts).
   */
  private ranksAlong({ order, same }: Sorted, texts?: Texts): Float64Array {
    const ranks = new Float64Array(this.rows);
    for (let i = this.present; i < this.rows; i++) ranks[order[i]] = NaN;
    const first: string[] = []; // with `texts`: the first text of each rank
    let rank = -1;
    for (let i = 0; i < this.present; i++) {
      if (!same[i] || i === 0) {
        rank++;
        if (texts) first.push(texts[order[i]] as string);
      }
      ranks[order[i]] = rank;
    }
    if (texts) {
      const collated = collatedRanks(first);
      for (let i = 0; i < this.present; i++) ranks[order[i]] = collated[ranks[order[i]]];
    }
    return ranks;
  }

  /**
   * The rows sorted by this column (missing last), ties in the order of `then` (the rows sorted by
   * the next columns; table order without), when it has many distinct texts; undefined when it
   * sorts by collated ranks instead.
   */
  sorted(descending: boolean, then?: () => Uint32Array | undefined): Uint32Array | undefined {
    if (this.collated || this.byCodes) return undefined;
    const { order, same } = this.ascending ?? this.sortRows(this.texts());
    if (this.few) return undefined;
    const next = then?.();
    return !descending && !next ? order : runsInOrder(order, same, this.present, descending, next);
  }

  /** The keys to sort by: each row's rank among the distinct texts in sorted order (NaN when missing). */
  sortKeys(): Float64Array {
    if (this.ranks) return this.ranks;
    if (this.coded && this.byCodes) {
      const { keys, dict } = this.coded;
      const rank = dict.length <= COLLATED_LIMIT ? collatedRanks(dict) : codeUnitRanks(dict);
      const ranks = new Float64Array(this.rows);
      for (let r = 0; r < ranks.length; r++) ranks[r] = keys[r] === keys[r] ? rank[keys[r]] : NaN;
      return (this.ranks = ranks);
    }
    const sorted = this.ascending ?? this.sortRows(this.texts());
    return this.ranks ?? (this.ranks = this.ranksAlong(sorted));
  }
}
