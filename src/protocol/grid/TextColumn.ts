/**
 * A text column as the grid queries it. Its codes (`keys` into `dict`, the distinct texts in order
 * of first appearance) are built when a profile, a filter or a sort needs them, except in a column
 * of ids (see {@link TextColumn.byRows}), where the rows are sorted by their texts themselves and
 * profiles and filters read them row by row: no dictionary of a million ids to build.
 *
 * Text order: with up to {@link COLLATED_LIMIT} distinct texts, the display language's collation
 * with numbers in text compared as numbers ("C2" before "C10"); above that (ids of a million
 * customers), plain code-unit order, which is what `<` gives and fast. A sort by the column, alone
 * or then by other columns, comes from its rows sorted once (runsInOrder).
 */
import type { TableColumn } from '../mime';
import type { ColumnData } from './columnData';
import { codeUnitOrder } from './codeUnitOrder';
import { runsInOrder } from './runsInOrder';
import { TopList } from './TopList';
import { codeUnitRanks, collatedRanks, rowsByRank, type SortedRows } from './textRanks';

const COLLATED_LIMIT = 20_000;
/** Rows read to tell a column of ids (nearly all distinct) from one of categories or products. */
const SAMPLE = 4096;
const DISTINCT_SHARE = 0.95;

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

export class TextColumn implements ColumnData {
  private coded?: { keys: Float64Array; dict: string[] };
  /** The rows in the column's text order, missing last, ties in table order (built once). */
  private sorted?: SortedRows;
  /** The source's array of texts (null: it has none); see textArray. */
  private ownTexts?: Texts | null;
  /** Whether {@link SAMPLE} rows spread over the column are nearly all distinct texts. */
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

  /**
   * Codes from a `Map`: V8 keeps each string's hash, so texts that repeat are looked up fast (a
   * million product names on order lines in about 100 ms, where a hash table of our own, hashing
   * every text again, took 300–450).
   */
  private codes(): { keys: Float64Array; dict: string[] } {
    if (this.coded) return this.coded;
    const keys = new Float64Array(this.rows);
    const codes = new Map<string, number>();
    const dict: string[] = [];
    const own = this.textArray();
    for (let r = 0; r < this.rows; r++) {
      const t = own ? own[r] : this.text(r);
      if (typeof t !== 'string') {
        keys[r] = NaN;
        continue;
      }
      let code = codes.get(t);
      if (code === undefined) {
        code = dict.length;
        codes.set(t, code);
        dict.push(t);
      }
      keys[r] = code;
    }
    return (this.coded = { keys, dict });
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
   * Whether profiles, filters and sorts read the rows themselves rather than codes: when there are
   * no codes yet and rows spread over the column are nearly all distinct (ids, e-mail addresses). For a million
   * ids, sorting the rows is three times faster than coding them, and a profile then counts runs
   * of equal texts in the sorted rows. Texts that repeat (product names on order lines,
   * categories) are coded: sorting their distinct values is then cheaper than sorting every row.
   */
  get byRows(): boolean {
    if (this.coded) return false;
    if (this.mostlyDistinct === undefined) {
      const sample = Math.min(this.rows, SAMPLE);
      const seen = new Set<string>();
      let texts = 0;
      for (let k = 0; k < sample; k++) {
        const t = this.text(Math.floor((k * this.rows) / sample));
        if (t === null) continue;
        texts++;
        seen.add(t);
      }
      this.mostlyDistinct = texts > 0 && seen.size >= DISTINCT_SHARE * texts;
    }
    return this.mostlyDistinct;
  }

  /** The rows in the column's text order (built once): by their texts in a column of ids, else by their codes. */
  private sortedRows(): SortedRows {
    return (this.sorted ??= this.byRows ? this.sortByTexts() : this.sortByCodes());
  }

  /** The rows radix-sorted by their texts; with few distinct texts, then put in collated order. */
  private sortByTexts(): SortedRows {
    const texts = this.texts();
    const order = new Uint32Array(this.rows);
    const same = new Uint8Array(this.rows);
    let present = 0;
    for (let r = 0; r < this.rows; r++) if (typeof texts[r] === 'string') order[present++] = r;
    for (let r = 0, missing = present; missing < this.rows; r++) if (typeof texts[r] !== 'string') order[missing++] = r;
    codeUnitOrder(texts as ArrayLike<string>, order.subarray(0, present), same); // only rows with a text
    let distinct = present;
    for (let i = 0; i < present; i++) distinct -= same[i];
    if (distinct > COLLATED_LIMIT) return { order, same, present };
    // Few distinct texts: sorted again by their collated ranks.
    const first: string[] = [];
    const group = new Int32Array(this.rows).fill(-1);
    for (let i = 0; i < present; i++) {
      if (i === 0 || !same[i]) first.push(texts[order[i]] as string);
      group[order[i]] = first.length - 1;
    }
    return rowsByRank(group, collatedRanks(first));
  }

  /** The rows counting-sorted by the ranks of their codes: collated for few distinct texts, code units for many. */
  private sortByCodes(): SortedRows {
    const { keys, dict } = this.codes();
    return rowsByRank(keys, dict.length <= COLLATED_LIMIT ? collatedRanks(dict) : codeUnitRanks(dict));
  }

  /**
   * Missing rows, distinct texts and the `top` most frequent texts, largest count first, ties by
   * first appearance (as counting codes gives them): from the runs of equal texts in the rows
   * sorted by text, each run's first row being its text's first appearance (the sort is stable).
   */
  runCounts(top: number): { missing: number; distinct: number; top: { value: string; count: number }[] } {
    const { order, same, present } = this.sortedRows();
    const best = new TopList<{ count: number; row: number }>(top, (a, b) => a.count > b.count || (a.count === b.count && a.row < b.row));
    let distinct = 0;
    for (let start = 0; start < present;) {
      let end = start + 1;
      while (end < present && same[end]) end++;
      distinct++;
      best.offer({ count: end - start, row: order[start] });
      start = end;
    }
    return {
      missing: this.rows - present,
      distinct,
      top: best.items.map(({ row, count }) => ({ value: this.text(row) as string, count })),
    };
  }

  /**
   * The rows sorted by this column (missing last), ties in the order of `then` (the rows sorted by
   * the next columns; table order without).
   */
  sortedBy(descending: boolean, then?: () => Uint32Array | undefined): Uint32Array {
    const { order, same, present } = this.sortedRows();
    const next = then?.();
    return !descending && !next ? order : runsInOrder(order, same, present, descending, next);
  }
}
