/**
 * `save(table, path, options?)` in a cell: writes a table to CSV, TSV, JSON or XLSX (chosen by the
 * extension), the path resolved from the notebook's folder, and returns `{ path, rows }`.
 *
 * - Atomic: written to a temporary file in the same folder, then renamed (save/atomicWrite.ts).
 * - CSV and TSV are formula-injection safe: a text cell starting with `=`, `+`, `-`, `@`, tab or
 *   carriage return gets a leading `'` (save/delimitedText.ts). XLSX stores text as text.
 * - CSV and TSV are UTF-8 with a byte-order mark by default, so Excel opens Chinese text
 *   correctly; `{ encoding: 'utf8' }` leaves the mark out, `{ encoding: 'gb18030' }` writes
 *   GB18030 (save/gb18030.ts). JSON is always UTF-8 without a mark (RFC 8259).
 * - `{ format: 'mailchimp' | 'klaviyo' }` writes those tools' import columns (save/importColumns.ts).
 * - Never overwrites a file the user made or edited: see save/saveManifest.ts; `{ overwrite: true }`
 *   replaces any file.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { kernelError } from './kernelError';
import { atomicWrite } from './save/atomicWrite';
import { delimitedText } from './save/delimitedText';
import { encodeGb18030 } from './save/gb18030';
import { importColumns, type ImportFormat, type ImportOptions } from './save/importColumns';
import { ownership, recordSaved } from './save/saveManifest';
import { cellText, rowsOf, type RowsOf } from './save/tableRows';
import { xlsxBytes } from './save/xlsxBytes';
import { messages } from './text/index';

export type FileFormat = 'csv' | 'tsv' | 'json' | 'xlsx';

export interface SaveOptions extends ImportOptions {
  /** Import columns for an email tool (written as CSV), or a file format instead of the extension's. */
  format?: FileFormat | ImportFormat;
  /** Text encoding of CSV and TSV: 'utf8-bom' (default), 'utf8' or 'gb18030'. */
  encoding?: 'utf8-bom' | 'utf8' | 'gb18030';
  /** Replace an existing file even if save() did not write it (default false). */
  overwrite?: boolean;
  /** XLSX: the worksheet name (default: the file name). */
  sheet?: string;
}

export interface SaveResult {
  /** The absolute path written. */
  path: string;
  /** Data rows written (the header not counted). */
  rows: number;
}

const FORMATS: Record<string, FileFormat> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.json': 'json',
  '.xlsx': 'xlsx',
};
const KNOWN = ['format', 'encoding', 'overwrite', 'sheet', 'tags', 'tagColumn', 'listProperty'];

function textBytes(text: string, encoding: NonNullable<SaveOptions['encoding']>): Uint8Array {
  if (encoding === 'gb18030') return encodeGb18030(text);
  const body = new TextEncoder().encode(text);
  if (encoding === 'utf8') return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

function jsonText(data: RowsOf): string {
  const objects = data.rows.map((r) =>
    Object.fromEntries(data.columns.map((c, j) => [c, r[j] instanceof Date ? cellText(r[j]) : (r[j] ?? null)])),
  );
  return (
    JSON.stringify(
      objects,
      (_k, v) => (typeof v === 'bigint' ? v.toString() : typeof v === 'number' && !Number.isFinite(v) ? null : v),
      1,
    ) + '\n'
  );
}

/**
 * @example const { path, rows } = await save(crm.actionList(tx, { contacts: tx.customers }), 'out/actions.xlsx')
 * @throws when the table, path, format or encoding is wrong, or the file exists and was not written by save()
 */
export async function saveTable(notebookDir: string, table: unknown, file: string, options: SaveOptions = {}): Promise<SaveResult> {
  const fn = 'save';
  if (options === null || typeof options !== 'object') throw kernelError(fn, messages().saveOptionsObject);
  const unknown = Object.keys(options).filter((k) => !KNOWN.includes(k));
  if (unknown.length) throw kernelError(fn, messages().saveUnknownOption(unknown[0], KNOWN.join(', ')));
  if (typeof file !== 'string' || file.trim() === '') throw kernelError(fn, messages().savePath);
  const full = path.resolve(notebookDir, file);
  const importFormat = options.format === 'mailchimp' || options.format === 'klaviyo' ? options.format : undefined;
  const format: FileFormat | undefined = importFormat
    ? 'csv'
    : ((options.format as FileFormat | undefined) ?? FORMATS[path.extname(full).toLowerCase()]);
  if (!format || !['csv', 'tsv', 'json', 'xlsx'].includes(format)) {
    throw kernelError(fn, messages().saveFormat(file));
  }
  const encoding = options.encoding ?? 'utf8-bom';
  if (!['utf8-bom', 'utf8', 'gb18030'].includes(encoding)) throw kernelError(fn, messages().saveEncoding(String(encoding)));
  let data = rowsOf(fn, table);
  if (importFormat) data = importColumns(importFormat, data, options).table;

  const bytes =
    format === 'xlsx'
      ? await xlsxBytes(data.columns, data.rows, options.sheet ?? path.basename(full, path.extname(full)))
      : format === 'json'
        ? new TextEncoder().encode(jsonText(data))
        : textBytes(delimitedText(data.columns, data.rows, format === 'tsv' ? '\t' : ','), encoding);

  await mkdir(path.dirname(full), { recursive: true });
  if (!options.overwrite && (await ownership(notebookDir, full)) === 'foreign') {
    throw kernelError(fn, messages().saveExists(file));
  }
  await atomicWrite(full, bytes);
  await recordSaved(notebookDir, full, bytes);
  return { path: full, rows: data.rows.length };
}
