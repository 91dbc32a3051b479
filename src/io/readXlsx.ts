/**
 * Reading an Excel workbook (.xlsx) into a table, through exceljs (maintained, MIT; the npm
 * registry's SheetJS `xlsx` 0.18.5 has unfixed advisories). Loaded on first use only.
 */
import type { ColumnTable } from 'arquero';
import { readCells } from '../analytics/index';

export interface XlsxOptions {
  /** The sheet: its name, or its 1-based position (default: the first sheet). */
  sheet?: string | number;
}

/** A cell's value as the reader wants it: number, string, boolean, Date or null. */
function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v;
  const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string; hyperlink?: string };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if ('result' in o) return cellValue(o.result); // a formula: its last computed value
  if ('text' in o) return cellValue(o.text); // a hyperlink
  if (o.error) return null; // #N/A, #DIV/0!
  return null;
}

/**
 * @example const t = await readXlsx(bytes, { sheet: 'Orders' })
 * @throws when the bytes are not a workbook, or the sheet does not exist (the message lists the sheets)
 */
export async function readXlsx(bytes: Uint8Array, options: XlsxOptions = {}): Promise<ColumnTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new Error(
      `it is not a readable .xlsx workbook (${(e as Error).message}); if it is password-protected or an old .xls, save it again as .xlsx or CSV`,
    );
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  if (sheets.length === 0) throw new Error('the workbook has no sheets');
  const wanted = options.sheet ?? 1;
  const sheet = typeof wanted === 'number' ? workbook.worksheets[wanted - 1] : workbook.worksheets.find((w) => w.name === wanted);
  if (!sheet) throw new Error(`there is no sheet ${JSON.stringify(wanted)}; the workbook has ${sheets.map((s) => `"${s}"`).join(', ')}`);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1).map(cellValue); // exceljs rows are 1-based
    rows[n - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return readCells(rows, { sheet: sheet.name, sheets });
}
