/**
 * Checks a grid message that came from a webview (untrusted) before anything acts on it: the
 * shape of every field, the sizes of pages and filters. A message that fails gets an error
 * answer naming the broken rule; nothing throws past this point.
 */
import type { GridFilter, GridPickValue, GridQuery, GridRendererRequest, GridRequest, GridSort } from './gridMessages';

export const MAX_PAGE_SIZE = 10_000;
const MAX_KEYS = 16;
const MAX_PICKS = 1_000;

type Result<T> = { ok: true; value: T } | { ok: false; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 1000;
const isCount = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const finiteOrAbsent = (v: unknown) => v === undefined || (typeof v === 'number' && !Number.isNaN(v));

function sortOf(v: unknown): GridSort | string {
  if (!isObject(v) || !isName(v.column) || typeof v.descending !== 'boolean') return 'each sort key needs { column, descending }';
  return { column: v.column, descending: v.descending };
}

function filterOf(v: unknown): GridFilter | string {
  if (!isObject(v) || !isName(v.column)) return 'each filter needs a column';
  if (v.kind === 'contains') {
    if (typeof v.text !== 'string' || v.text.length > 1000) return 'a contains filter needs text (up to 1,000 characters)';
    return { kind: 'contains', column: v.column, text: v.text };
  }
  if (v.kind === 'range') {
    if (!finiteOrAbsent(v.min) || !finiteOrAbsent(v.max)) return 'a range filter takes numbers for min and max';
    const range: GridFilter = { kind: 'range', column: v.column };
    if (v.min !== undefined) range.min = v.min as number;
    if (v.max !== undefined) range.max = v.max as number;
    return range;
  }
  if (v.kind === 'pick') {
    const ok =
      Array.isArray(v.values) &&
      v.values.length <= MAX_PICKS &&
      v.values.every((x) => x === null || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean');
    if (!ok) return `a pick filter needs up to ${MAX_PICKS} values (text, numbers, booleans or null)`;
    return { kind: 'pick', column: v.column, values: v.values as GridPickValue[] };
  }
  return 'a filter kind is contains, range or pick';
}

function queryOf(v: unknown): Result<GridQuery> {
  if (!isObject(v) || !Array.isArray(v.sort) || !Array.isArray(v.filters))
    return { ok: false, message: 'a query needs sort and filters arrays' };
  if (v.sort.length > MAX_KEYS || v.filters.length > MAX_KEYS) return { ok: false, message: `at most ${MAX_KEYS} sort keys and filters` };
  const sort = v.sort.map(sortOf);
  const filters = v.filters.map(filterOf);
  const bad = [...sort, ...filters].find((x): x is string => typeof x === 'string');
  if (bad) return { ok: false, message: bad };
  return { ok: true, value: { sort: sort as GridSort[], filters: filters as GridFilter[] } };
}

/**
 * @returns the request, typed, or why it is not one
 * @example validateGridRequest({ type: 'profile', tableId: 't1' }) // → { ok: true, value: { type: 'profile', tableId: 't1' } }
 * @example validateGridRequest({ type: 'page', tableId: 't1' }).ok // → false
 */
export function validateGridRequest(v: unknown): Result<GridRequest> {
  if (!isObject(v)) return { ok: false, message: 'a grid request must be an object' };
  if (!isName(v.tableId)) return { ok: false, message: 'a grid request needs a tableId' };
  const tableId = v.tableId;
  switch (v.type) {
    case 'profile':
      return { ok: true, value: { type: 'profile', tableId } };
    case 'page': {
      const q = queryOf(v.query);
      if (!q.ok) return q;
      if (!isCount(v.page, 2 ** 32)) return { ok: false, message: 'page must be a whole number from 0' };
      if (!isCount(v.pageSize, MAX_PAGE_SIZE) || v.pageSize === 0) return { ok: false, message: `pageSize must be 1 to ${MAX_PAGE_SIZE}` };
      return { ok: true, value: { type: 'page', tableId, query: q.value, page: v.page, pageSize: v.pageSize } };
    }
    case 'export': {
      const q = queryOf(v.query);
      if (!q.ok) return q;
      if (v.format !== 'csv' && v.format !== 'xlsx') return { ok: false, message: 'export format must be csv or xlsx' };
      if (!isName(v.path)) return { ok: false, message: 'export needs a path' };
      return { ok: true, value: { type: 'export', tableId, query: q.value, path: v.path, format: v.format } };
    }
    default:
      return { ok: false, message: `unknown grid request type "${String(v.type)}"` };
  }
}

/**
 * The same for what a renderer sends the extension (an export has no path yet; a copy has text).
 * @example validateRendererRequest({ type: 'copy', text: 'a\tb' }).ok // → true
 */
export function validateRendererRequest(v: unknown): Result<GridRendererRequest> {
  if (isObject(v) && v.type === 'copy') {
    return typeof v.text === 'string' && v.text.length <= 50_000_000
      ? { ok: true, value: { type: 'copy', text: v.text } }
      : { ok: false, message: 'copy needs text' };
  }
  if (isObject(v) && v.type === 'export') {
    const checked = validateGridRequest({ ...v, path: 'x' });
    if (!checked.ok) return checked;
    const e = checked.value as Extract<GridRequest, { type: 'export' }>;
    const suggestedName = typeof v.suggestedName === 'string' ? v.suggestedName.slice(0, 200) : undefined;
    return { ok: true, value: { type: 'export', tableId: e.tableId, query: e.query, format: e.format, suggestedName } };
  }
  const checked = validateGridRequest(v);
  if (!checked.ok) return checked;
  if (checked.value.type === 'export') return { ok: false, message: 'unreachable' };
  return { ok: true, value: checked.value };
}
