/**
 * Pseudonymised copies of a table for sharing: chosen columns replaced by a keyed hash.
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { resolveOptions } from '../options';
import { asTable, requireColumns, type TableInput } from '../columnar/tableInput';
import { hex, hmacSha256, utf8Bytes } from './sha256';

export interface PseudonymizeOptions {
  /** The secret key (at least 8 characters). Keep it private; the same key gives the same codes. */
  key: string;
  /** Characters of the hex digest kept (default 16, i.e. 64 bits). */
  length: number;
  /** Lower-case text before hashing, so `Ann@X.org` and `ann@x.org` get the same code (default false). */
  ignoreCase: boolean;
}

const DEFAULTS: PseudonymizeOptions = { key: '', length: 16, ignoreCase: false };

/**
 * Replaces each value of the given columns by HMAC-SHA-256(key, value) in hex, cut to 16
 * characters. The code depends only on the key and the value (trimmed), so the same customer gets
 * the same code in every table and joins still work; another key gives unrelated codes, and
 * without the key the codes cannot be reversed or recomputed from a guessed email (unlike a plain
 * hash). Empty and missing values stay empty. Other columns are unchanged.
 *
 * Reference: RFC 2104 (HMAC), FIPS 180-4 (SHA-256); the implementation is checked against RFC 4231.
 * @param table any table
 * @param columns the columns to mask, e.g. ['email', 'name', 'phone']
 * @param options `{ key, length = 16, ignoreCase = false }`
 * @returns a new table
 * @throws when the key is missing or shorter than 8 characters, or a column is missing
 * @example crm.pseudonymize(customers, ['email'], { key: 'our secret 2024' }).get('email', 0) // → e.g. '3f1c9a0b7d2e4c61'
 */
export function pseudonymize(table: TableInput, columns: string[], options: Partial<PseudonymizeOptions> & { key: string }): ColumnTable {
  const fn = 'pseudonymize';
  const opts = resolveOptions(fn, DEFAULTS, options);
  if (typeof opts.key !== 'string' || opts.key.length < 8)
    throw analyticsError(fn, 'needs { key } of at least 8 characters; the same key gives the same codes across tables');
  if (!Number.isInteger(opts.length) || opts.length < 8 || opts.length > 64)
    throw analyticsError(fn, `length must be an integer from 8 to 64, not ${String(opts.length)}`);
  if (!Array.isArray(columns) || columns.some((c) => typeof c !== 'string'))
    throw analyticsError(fn, 'columns must be an array of column names');
  const t = asTable(fn, table).reify(); // a filtered or sorted table as it stands
  requireColumns(fn, t, columns);
  const code = pseudonymCoder(opts);
  const replaced: Record<string, unknown[]> = {};
  for (const c of columns) replaced[c] = Array.from(t.array(c) as ArrayLike<unknown>, code);
  return t.assign(replaced);
}

/**
 * The value-level coder behind {@link pseudonymize}, for masking values outside a table (a report's
 * tables and chart data): trims, optionally lower-cases, caches; empty values stay null.
 * @example pseudonymCoder({ key: 'our secret 2024', length: 16, ignoreCase: false })('ann@x.org') // → 16 hex characters
 */
export function pseudonymCoder(opts: PseudonymizeOptions): (v: unknown) => string | null {
  const key = utf8Bytes(opts.key);
  const cache = new Map<string, string>();
  return (v) => {
    if (v === null || v === undefined) return null;
    let s = (v instanceof Date ? v.toISOString() : String(v)).trim();
    if (s === '') return null;
    if (opts.ignoreCase) s = s.toLowerCase();
    let c = cache.get(s);
    if (c === undefined) cache.set(s, (c = hex(hmacSha256(key, utf8Bytes(s))).slice(0, opts.length)));
    return c;
  };
}
