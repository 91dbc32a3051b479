/**
 * The one reading path for data files, shared by `load()` in a cell, the CLI (`metrics`, and
 * through it Quick Metrics): CSV/TSV in any common encoding and dialect, Excel workbooks, JSON
 * and Arrow. Refuses empty, binary and unsupported files with a message that names the file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { readCsv, type ReadCsvOptions } from '../analytics/index';
import { readXlsx } from './readXlsx';

export type DataFormat = 'csv' | 'tsv' | 'json' | 'arrow' | 'xlsx';

export interface ReadDataOptions extends Partial<Omit<ReadCsvOptions, 'decimal'>> {
  /** Force a format instead of telling it from the extension and the bytes. */
  format?: DataFormat;
  /** Decimal mark of CSV numbers: 'auto' (default), '.' or ','. */
  decimal?: 'auto' | '.' | ',';
  /** The sheet of an .xlsx workbook: its name or 1-based position (default: the first). */
  sheet?: string | number;
}

/** An error reading a data file; the message names the file and says what to do. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

const FORMATS: Record<string, DataFormat> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.json': 'json',
  '.arrow': 'arrow',
  '.feather': 'arrow',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
};
const REFUSED: Record<string, string> = {
  '.xls': 'an Excel 97–2003 workbook (.xls); open it in Excel, WPS or LibreOffice and save it as .xlsx or CSV',
  '.numbers': 'an Apple Numbers file; export it as CSV or Excel (.xlsx) from Numbers',
  '.ods': 'an OpenDocument spreadsheet; save it as .xlsx or CSV',
  '.pdf': 'a PDF; export the data as CSV or .xlsx instead',
  '.zip': 'a zip archive; unzip it and load the CSV or .xlsx inside',
};

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The format of a file from its extension, corrected by its first bytes (a workbook named .csv is read as one). */
function formatOf(file: string, bytes: Uint8Array, forced: DataFormat | undefined): DataFormat {
  if (forced) return forced;
  const ext = path.extname(file).toLowerCase();
  if (REFUSED[ext]) throw new DataFileError(`${path.basename(file)} is ${REFUSED[ext]}`);
  if (isZip(bytes)) return 'xlsx';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    throw new DataFileError(`${path.basename(file)} is ${REFUSED['.pdf']}`);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new DataFileError(`${path.basename(file)} is ${REFUSED['.xls']}`);
  return FORMATS[ext] ?? 'csv';
}

/**
 * Reads a data file into an Arquero table; `crm.readInfo(table)` says how it was read.
 * @param file an absolute path, or one relative to `baseDir`
 * @example const orders = await readDataFile('exports/taobao.csv', {}, notebookDir)
 * @throws DataFileError naming the file: missing, a folder, empty, binary, an unsupported format,
 *   a malformed CSV row (with its row and line), a sheet that does not exist
 */
export async function readDataFile(file: string, options: ReadDataOptions = {}, baseDir = process.cwd()): Promise<ColumnTable> {
  const full = path.resolve(baseDir, file);
  const name = path.basename(full);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new DataFileError(`cannot read "${file}"${full !== file ? ` (resolved to ${full})` : ''}: ${why}`);
  }
  if (bytes.length === 0 || (bytes.length < 4096 && /^[\s\uFEFF]*$/.test(Buffer.from(bytes).toString('utf8'))))
    throw new DataFileError(`${name} is empty`);
  const format = formatOf(full, bytes, options.format);
  const { format: _f, sheet, ...csv } = options;
  try {
    if (format === 'xlsx') return await readXlsx(bytes, { sheet });
    if (format === 'arrow') return aq.fromArrow(bytes);
    if (format === 'json') {
      const data: unknown = JSON.parse(new TextDecoder('utf-8').decode(bytes));
      return Array.isArray(data) ? aq.from(data) : aq.table(data as Record<string, unknown[]>);
    }
    const delimiter = csv.delimiter ?? (format === 'tsv' ? '\t' : 'auto');
    const table = readCsv(bytes, { ...csv, delimiter });
    if (table.numCols() === 0) throw new DataFileError(`${name} has no header row`);
    return table;
  } catch (e) {
    if (e instanceof DataFileError) throw e;
    const message = (e as Error).message.replace(/^readCsv: /, '');
    throw new DataFileError(`cannot read ${name} as ${format === 'tsv' ? 'TSV' : format.toUpperCase()}: ${message}`);
  }
}
