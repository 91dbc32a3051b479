/** The text of a field's bytes, with doubled quotes undone when its flags say it had them. */
export declare function fieldText(bytes: Uint8Array, s: number, e: number, flags: number): string;
/** Entry flags. */
export declare const ESCAPED = 1;
export declare const UNTRIMMED = 2;
export declare const NON_ASCII = 4;
export declare const UNCLOSED = 8;
/**
 * The distinct byte strings of one column, copied into one compact buffer (comparing against the
 * file itself would miss the cache on every lookup): entry e is data[start[e], end[e]).
 */
export declare class CsvDictionary {
    size: number;
    /** Entry e's bounds in `data`: bounds[2e] … bounds[2e + 1]. */
    private bounds;
    flags: Uint8Array<ArrayBuffer>;
    private data;
    private used;
    /**
     * Open addressing, linear probing, 4 numbers a slot: [hash, w0, w1, entry + 1] (0 = empty),
     * where w0, w1 hold the key's first 7 bytes and its length: a key of up to 7 bytes (most ids)
     * is found or ruled out without reading the entry, in one cache line.
     */
    private slots;
    /** @param expected distinct values to make room for at once (fewer rehashes for a big column) */
    constructor(expected?: number);
    /** The entry of bytes[s, e), added if new. */
    intern(bytes: Uint8Array, s: number, e: number, flags: number): number;
    /** The first byte of an entry (entries are never empty). */
    firstByte(e: number): number;
    /** The text of an entry. */
    text(e: number): string;
    /** True when every entry reads as a distinct trimmed string (no escapes, edges or non-ASCII bytes to compare). */
    isCanonical(): boolean;
    private grow;
    /** Doubles the slots (load stays ≤ 1/2). */
    private rehash;
}
/** Where one column's fields lie: row i is bytes[start[i], end[i]) (quotes excluded) with `flags[i]`. */
export interface CsvFields {
    start: Int32Array;
    end: Int32Array;
    flags: Uint8Array;
}
export interface ScannedCsv {
    /** Header names as written (decoded and trimmed, not yet made unique). */
    header: string[];
    rows: number;
    /** Rows with fewer fields than the header (their missing fields are empty), and the first of them. */
    shortRows: number;
    firstShortRow: number;
    /** Per column; a missing or empty field has start = end. */
    fields: CsvFields[];
}
/**
 * Scans a CSV (or other single-byte delimiter) file whose first line is the header.
 * @throws (as `fn`) on a row with more fields than the header (a value with an unquoted
 *   delimiter would shift the fields after it) and on a quote that is never closed
 * @example scanCsv(bytes, 44, 'readCsv').rows
 */
export declare function scanCsv(bytes: Uint8Array, delimiter: number, fn?: string): ScannedCsv;
/** Interns a column's fields: each row's entry in the dictionary, or −1 for an empty field. */
export declare function internFields(bytes: Uint8Array, fields: CsvFields): {
    codes: Int32Array;
    dictionary: CsvDictionary;
};
