/**
 * `load(path, options?)` in a cell: reads CSV, TSV, JSON or Arrow into an Arquero table, the path
 * resolved from the notebook's folder. CSV and TSV go through `crm.readCsv` (compact columns;
 * types inferred on every value: ISO dates become `Date` values, numbers numbers).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as aq from 'arquero';
import { readCsv } from '../analytics/index';
import { kernelError } from './kernelError';

export interface LoadOptions {
  /** Force a format instead of guessing from the extension. */
  format?: 'csv' | 'tsv' | 'json' | 'arrow';
  /** Field delimiter for CSV (default `,`; `\t` for TSV). */
  delimiter?: string;
  /** Per-column parsers, as Arquero's `parse` option. */
  parse?: Record<string, (value: string) => unknown>;
  /** Turn type inference off (every value stays a string). */
  autoType?: boolean;
}

const FORMATS: Record<string, NonNullable<LoadOptions['format']>> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.json': 'json',
  '.arrow': 'arrow',
  '.feather': 'arrow',
};

/**
 * @example const orders = await load('data/orders.csv')
 * @throws when the file cannot be read or parsed; the message names the file
 */
export async function loadTable(notebookDir: string, file: string, options: LoadOptions = {}): Promise<aq.ColumnTable> {
  if (typeof file !== 'string' || file.trim() === '') throw kernelError('load', 'the first argument must be a file path, e.g. load("orders.csv")');
  const full = path.resolve(notebookDir, file);
  const format = options.format ?? FORMATS[path.extname(full).toLowerCase()];
  if (!format) {
    throw kernelError('load', `cannot tell the format of "${file}" from its extension; pass { format: 'csv' | 'tsv' | 'json' | 'arrow' }`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    throw kernelError('load', `cannot read "${file}" (resolved to ${full}): ${why}`);
  }
  try {
    if (format === 'arrow') return aq.fromArrow(new Uint8Array(bytes));
    if (format === 'json') {
      const data = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
      return Array.isArray(data) ? aq.from(data) : aq.table(data);
    }
    return readCsv(bytes, {
      delimiter: options.delimiter ?? (format === 'tsv' ? '\t' : ','),
      parse: options.parse,
      autoType: options.autoType ?? true,
    });
  } catch (e) {
    throw kernelError('load', `cannot parse "${file}" as ${format.toUpperCase()}: ${(e as Error).message}`);
  }
}
