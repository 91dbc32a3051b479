/**
 * Turns a JavaScript value into a cell output: rich MIME types first, a plain-text fallback last,
 * so every output also reads in a git diff or another editor.
 *
 * - Arquero table → table MIME (schema + first rows + total count), `text/html`, `text/plain`
 * - Vega-Lite spec → `application/vnd.vegalite.v5+json` or `…v6+json` by its `$schema`, `text/plain`
 * - an object with `[Symbol.for('crm.display')]()` → the outputs that method returns
 * - a MIME bundle (`{ 'text/markdown': '…' }`) → those items as they are
 * - plain objects and arrays → `application/json` and `text/plain`; anything else → `text/plain`
 */
import { inspect } from 'node:util';
import {
  escapeHtml,
  formatTableCell,
  formatValue,
  tidyNumber,
  withVegaLocale,
  TABLE_MIME,
  VEGALITE_V5_MIME,
  VEGALITE_V6_MIME,
  type CellOutput,
  type OutputItem,
  type TableColumn,
  type TablePayload,
  type DisplayLanguage,
} from '../protocol/index';
import { columnFormat } from './columnFormats';
import { kernelLanguage } from './displayLanguage';
import { shopCurrency } from './shopCurrency';
import { messages } from './text/index';
import { tableStore } from './grid/TableStore';

/** How numbers read: the display language and the shop's currency (default: the kernel's own). */
export interface DisplayContext {
  language: DisplayLanguage;
  currency: string | undefined;
}

const kernelContext = (): DisplayContext => ({ language: kernelLanguage(), currency: shopCurrency() });

/** The hook an analysis result implements to show itself (summary + chart, for example). */
export const DISPLAY_SYMBOL = Symbol.for('crm.display');

/** The part of an Arquero table this module reads. */
export interface TableLike {
  numRows(): number;
  columnNames(): string[];
  column(name: string): { at(row: number): unknown } | undefined;
  /** The value at a row of the table as it stands (after filter and orderby), where available. */
  get?(name: string, row: number): unknown;
}

export function isTableLike(v: unknown): v is TableLike {
  const t = v as TableLike | null;
  return (
    !!t && typeof t === 'object' && typeof t.numRows === 'function' && typeof t.columnNames === 'function' && typeof t.column === 'function'
  );
}

const VEGALITE_COMPOSITION_KEYS = ['mark', 'layer', 'concat', 'hconcat', 'vconcat', 'facet', 'repeat'];

/** A Vega-Lite spec: a vega-lite `$schema`, or a mark/composition together with data. */
export function isVegaLiteSpec(v: unknown): v is Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  if (typeof o.$schema === 'string') return /vega-lite/.test(o.$schema);
  return VEGALITE_COMPOSITION_KEYS.some((k) => k in o) && ('data' in o || 'datasets' in o);
}

/** `application/vnd.vegalite.v5+json` for a v5 `$schema`, else v6. */
export function vegaLiteMime(spec: Record<string, unknown>): string {
  const m = typeof spec.$schema === 'string' ? /\/v(\d+)/.exec(spec.$schema) : null;
  return m && m[1] === '5' ? VEGALITE_V5_MIME : VEGALITE_V6_MIME;
}

function isMimeBundle(v: unknown): v is Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => /^[a-z]+\/[\w.+-]+$/.test(k));
}

function columnType(values: unknown[]): TableColumn['type'] {
  for (const v of values) {
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) continue;
    if (typeof v === 'number' || typeof v === 'bigint') return 'number';
    if (typeof v === 'string') return 'string';
    if (typeof v === 'boolean') return 'boolean';
    if (v instanceof Date) return 'date';
    return 'object';
  }
  return 'unknown';
}

/** A value as it travels in a table payload (JSON): dates as ISO text, NaN as null. */
export function cellValue(v: unknown): unknown {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? null : String(v);
  if (v && typeof v === 'object' && !Array.isArray(v) && !(v.constructor === Object)) return String(v);
  return v === undefined ? null : v;
}

/**
 * The first `maxRows` rows of a table with its schema, each column's format as the analytics
 * declared it (columnFormats.ts), the shop's currency and the display language.
 */
export function tablePayload(table: TableLike, maxRows: number, context: DisplayContext = kernelContext()): TablePayload {
  const names = table.columnNames();
  const total = table.numRows();
  const n = Math.min(total, maxRows);
  // A filtered or sorted Arquero table keeps all rows in its columns: read through `get`.
  const at = (name: string, r: number) => (table.get ? table.get(name, r) : table.column(name)!.at(r));
  const rows: unknown[][] = [];
  for (let r = 0; r < n; r++) rows.push(names.map((name) => cellValue(at(name, r))));
  const columns = names.map((name) => {
    const sample: unknown[] = [];
    for (let r = 0; r < Math.min(total, 1000); r++) sample.push(at(name, r));
    const format = columnFormat(table, name);
    return { name, type: columnType(sample), ...(format ? { format } : {}) };
  });
  // The grid picks its own words (pages, sorting) and number style from the language the kernel ran in.
  return { columns, rows, totalRows: total, language: context.language, ...(context.currency ? { currency: context.currency } : {}) };
}

function tableHtml(p: TablePayload): string {
  const head = p.columns.map((c) => `<th>${escapeHtml(c.name)}</th>`).join('');
  const body = p.rows
    .map(
      (r) =>
        '<tr>' +
        r
          .map(
            (v, j) =>
              `<td${p.columns[j].type === 'number' ? ' style="text-align:right"' : ''}>${escapeHtml(formatTableCell(v, p.columns[j], p))}</td>`,
          )
          .join('') +
        '</tr>',
    )
    .join('\n');
  const note =
    p.rows.length < p.totalRows ? `<p>${escapeHtml(messages().showingRows(count(p.rows.length, p), count(p.totalRows, p)))}</p>` : '';
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>${note}`;
}

function tableText(p: TablePayload, maxLines = 20): string {
  const shown = p.rows.slice(0, maxLines).map((r) => r.map((v, j) => formatTableCell(v, p.columns[j], p)));
  const widths = p.columns.map((c, j) => Math.min(40, Math.max(c.name.length, ...shown.map((r) => r[j].length))));
  const fmt = (cells: string[]) =>
    cells
      .map((s, j) => (s.length > widths[j] ? s.slice(0, widths[j] - 1) + '…' : s.padEnd(widths[j])))
      .join('  ')
      .trimEnd();
  const lines = [fmt(p.columns.map((c) => c.name)), ...shown.map(fmt)];
  lines.push(`(${messages().rowsByColumns(count(p.totalRows, p), p.columns.length)})`);
  return lines.join('\n');
}

const count = (n: number, p: TablePayload) => formatValue(n, 'count', { language: p.language });

function text(s: string): OutputItem {
  return { mime: 'text/plain', data: s };
}

/** Numbers in plain data without binary float noise (2612.7300000000005 → 2612.73); the value is not changed. */
function tidy(v: unknown, seen = new Set<object>()): unknown {
  if (typeof v === 'number') return tidyNumber(v);
  if (!v || typeof v !== 'object' || seen.has(v)) return v;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return v;
  seen.add(v);
  const out = Array.isArray(v) ? v.map((x) => tidy(x, seen)) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tidy(x, seen)]));
  seen.delete(v);
  return out;
}

function inspectValue(v: unknown): string {
  return typeof v === 'string' ? v : inspect(tidy(v), { depth: 4, maxArrayLength: 100, breakLength: 100 });
}

/**
 * Formats a value as cell outputs (usually one; a display hook may return several).
 * @param value the value to show
 * @param maxRows rows in a table preview
 * @example formatDisplay(42, 100) // → [{ items: [{ mime: 'text/plain', data: '42' }] }]
 */
export function formatDisplay(value: unknown, maxRows: number, context: DisplayContext = kernelContext()): CellOutput[] {
  if (value && typeof value === 'object' && typeof (value as Record<symbol, unknown>)[DISPLAY_SYMBOL] === 'function') {
    const parts = (value as Record<symbol, () => unknown>)[DISPLAY_SYMBOL]();
    // A part that is the value itself (a table showing itself beside its chart) is shown plainly.
    return (Array.isArray(parts) ? parts : [parts]).flatMap((p) =>
      p === value ? formatPlain(p, maxRows, context) : formatDisplay(p, maxRows, context),
    );
  }
  return formatPlain(value, maxRows, context);
}

/** A value's outputs by its kind, without its display hook. */
function formatPlain(value: unknown, maxRows: number, context: DisplayContext): CellOutput[] {
  // A figure on its own reads like one (3790.78676941 → 3,790.79; a year stays 2024).
  if (typeof value === 'number' && Number.isFinite(value) && !(Number.isInteger(value) && Math.abs(value) < 10_000))
    return [{ items: [text(formatValue(value, 'number', { language: context.language }))] }];
  if (isTableLike(value)) {
    const payload = tablePayload(value, maxRows, context);
    payload.id = tableStore.keep(value, payload.columns); // the live grid asks the kernel about all rows
    return [
      {
        items: [
          { mime: 'application/vnd.crm-workbench.table+json', data: JSON.stringify(payload) },
          { mime: 'text/html', data: tableHtml(payload) },
          text(tableText(payload)),
        ],
      },
    ];
  }
  if (isVegaLiteSpec(value)) {
    const title = typeof value.title === 'string' ? value.title : (value.title as { text?: string } | undefined)?.text;
    const mark = typeof value.mark === 'string' ? value.mark : (value.mark as { type?: string } | undefined)?.type;
    const desc = [messages().vegaLiteChart, title && `"${title}"`, mark && `(${mark})`].filter(Boolean).join(' ');
    // Money and percentages in tooltips and axes in the display language and the shop's currency.
    const spec = withVegaLocale(value, context.language, context.currency);
    return [{ items: [{ mime: vegaLiteMime(value), data: JSON.stringify(spec) }, text(desc)] }];
  }
  if (isMimeBundle(value)) {
    return [
      { items: Object.entries(value).map(([mime, data]) => ({ mime, data: typeof data === 'string' ? data : JSON.stringify(data) })) },
    ];
  }
  if (
    value &&
    typeof value === 'object' &&
    (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)
  ) {
    try {
      return [
        {
          items: [
            {
              mime: 'application/json',
              data: JSON.stringify(value, (_k, v: unknown) =>
                typeof v === 'bigint' ? v.toString() : typeof v === 'number' ? tidyNumber(v) : v,
              ),
            },
            text(inspectValue(value)),
          ],
        },
      ];
    } catch {
      return [{ items: [text(inspectValue(value))] }]; // cycles and the like
    }
  }
  return [{ items: [text(inspectValue(value))] }];
}

export { TABLE_MIME };
