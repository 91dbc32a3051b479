/**
 * Column types for large tables. Arquero accepts any object with `length`, `at(row)` and an
 * iterator as a column; these two keep one number per row instead of one JavaScript value, so a
 * million-row export costs typed arrays, not a million strings or Date objects.
 *
 * - {@link CodedColumn}: a code per row into a list of distinct values (−1 is null), decoded once
 *   per distinct value when first read. The analytics' one-pass kernels read the codes directly.
 * - {@link DateColumn}: epoch milliseconds per row (NaN is null); `at` returns a fresh Date.
 */

export class CodedColumn<T = unknown> {
  readonly length: number;
  /** Whether codes stand for distinct, trimmed, non-empty strings (see the constructor). */
  readonly canonical: boolean;
  private cache: (T | undefined)[] | undefined;

  /**
   * @param codes each row's code, 0 … size − 1, or −1 for null
   * @param size the number of distinct values
   * @param decode the value of a code (called at most once per code)
   * @param options `canonical`: true when distinct codes are distinct, trimmed, non-empty strings,
   *   so that codes can stand for the strings (grouping, de-duplicating) without reading them
   */
  constructor(
    readonly codes: Int32Array,
    readonly size: number,
    private readonly decode: (code: number) => T,
    options: { canonical?: boolean } = {},
  ) {
    this.length = codes.length;
    this.canonical = options.canonical ?? false;
  }

  /** A column over a list of values that exist already. */
  static of<T>(codes: Int32Array, values: readonly T[], options: { canonical?: boolean } = {}): CodedColumn<T> {
    return new CodedColumn(codes, values.length, (c) => values[c], options);
  }

  /** The value of a code (null for −1). */
  value(code: number): T | null {
    if (code < 0) return null;
    const cache = (this.cache ??= new Array<T | undefined>(this.size));
    let v = cache[code];
    if (v === undefined) v = cache[code] = this.decode(code);
    return v;
  }

  at(row: number): T | null {
    return this.value(this.codes[row]);
  }

  *[Symbol.iterator](): Iterator<T | null> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

export class DateColumn {
  readonly length: number;

  /** @param ms epoch milliseconds per row; NaN for null */
  constructor(readonly ms: Float64Array) {
    this.length = ms.length;
  }

  at(row: number): Date | null {
    const t = this.ms[row];
    return t === t ? new Date(t) : null;
  }

  *[Symbol.iterator](): Iterator<Date | null> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/**
 * An identifier column whose values are all plain whole numbers (order numbers 1001, 1002, …):
 * held as numbers, read as their text ("1001"), so that it behaves as the text column it is while
 * costing one number a row. Only numbers whose text is exactly `String(n)` go here (no leading
 * zeros, at most 15 digits), so no text is changed.
 */
export class IntegerTextColumn {
  readonly length: number;

  /** @param values the numbers per row; NaN for null */
  constructor(readonly values: Float64Array) {
    this.length = values.length;
  }

  at(row: number): string | null {
    const v = this.values[row];
    return v === v ? String(v) : null;
  }

  *[Symbol.iterator](): Iterator<string | null> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** What every Arquero column has, arrays and typed arrays included. */
export type Column = { length: number; at(row: number): unknown };

/** An unfiltered, unordered table's column object (for the typed fast paths), else undefined. */
export function rawColumn(
  table: { isFiltered(): boolean; isOrdered(): boolean; column(name: string): Column | undefined },
  name: string,
): Column | undefined {
  return table.isFiltered() || table.isOrdered() ? undefined : table.column(name);
}
