/**
 * Which rows pass one grid filter, as a mask (1 = keep). Text filters test each distinct value
 * once (the column's dictionary), not each row; on a column of ids, whose values are nearly all
 * distinct, each row's text instead (no dictionary of a million ids to build).
 */
import type { ColumnData } from './columnData';
import type { GridFilter } from './gridMessages';
import { TextColumn } from './TextColumn';

/** A filter on a text column read row by row (see TextColumn.byRows), and a range on text (matches nothing). */
function textRowsMask(c: TextColumn, filter: GridFilter): Uint8Array {
  if (filter.kind === 'range') return new Uint8Array(c.rows); // the renderer offers ranges on numbers and dates
  if (filter.kind === 'contains') {
    const needle = filter.text.toLowerCase();
    return c.rowsWhere((t) => t.toLowerCase().includes(needle), false);
  }
  const wanted = new Set(filter.values.filter((v) => v !== null).map(String));
  return c.rowsWhere((t) => wanted.has(t), filter.values.includes(null));
}

/** Text of a number or date key as the contains filter reads it. */
function keyText(c: ColumnData, k: number): string {
  if (c.type === 'date') return new Date(k).toISOString();
  if (c.type === 'boolean') return k === 1 ? 'true' : 'false';
  return String(k);
}

/**
 * @example Array.from(filterMask(columnData('n', 'number', 3, (r) => [5, 1, null][r]), { kind: 'range', column: 'n', min: 2 })) // → [1, 0, 0]
 */
export function filterMask(c: ColumnData, filter: GridFilter): Uint8Array {
  if (c instanceof TextColumn && (filter.kind === 'range' || c.byRows)) return textRowsMask(c, filter);
  const keys = c.keys;
  const n = keys.length;
  const mask = new Uint8Array(n);
  if (filter.kind === 'range') {
    const min = filter.min ?? -Infinity;
    const max = filter.max ?? Infinity;
    for (let r = 0; r < n; r++) {
      const k = keys[r];
      mask[r] = k >= min && k <= max ? 1 : 0;
    }
    return mask;
  }
  if (filter.kind === 'contains') {
    const needle = filter.text.toLowerCase();
    if (c.dict) {
      const hit = Uint8Array.from(c.dict, (s) => (s.toLowerCase().includes(needle) ? 1 : 0));
      for (let r = 0; r < n; r++) {
        const k = keys[r];
        mask[r] = k === k ? hit[k] : 0;
      }
    } else {
      const seen = new Map<number, number>();
      for (let r = 0; r < n; r++) {
        const k = keys[r];
        if (k !== k) continue;
        let m = seen.get(k);
        if (m === undefined) {
          m = keyText(c, k).toLowerCase().includes(needle) ? 1 : 0;
          if (seen.size < 100_000) seen.set(k, m);
        }
        mask[r] = m;
      }
    }
    return mask;
  }
  // pick
  const wanted = new Set<number>();
  let missing = false;
  for (const v of filter.values) {
    if (v === null) missing = true;
    else if (c.dict) {
      const i = c.dict.indexOf(String(v));
      if (i >= 0) wanted.add(i);
    } else if (typeof v === 'boolean') wanted.add(v ? 1 : 0);
    else if (typeof v === 'number') wanted.add(v);
    else if (c.type === 'date' && Number.isFinite(Date.parse(v))) wanted.add(Date.parse(v));
    else if (v.trim() !== '' && Number.isFinite(Number(v))) wanted.add(Number(v));
  }
  for (let r = 0; r < n; r++) {
    const k = keys[r];
    mask[r] = k !== k ? (missing ? 1 : 0) : wanted.has(k) ? 1 : 0;
  }
  return mask;
}
