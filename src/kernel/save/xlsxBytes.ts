/**
 * An .xlsx workbook of one sheet with exceljs: a bold header row, numbers as numbers, dates as
 * dates, everything else as text. Text is written as a string value, never as a formula, so the
 * formula-injection guard of CSV is not needed here.
 */
import { cellText } from './tableRows';

/**
 * @param sheetName the worksheet's name (Excel allows 31 characters, no `[]:*?/\`)
 * @example await xlsxBytes(['id'], [['a']], 'Customers') // → a Buffer starting with 'PK'
 */
export async function xlsxBytes(columns: string[], rows: unknown[][], sheetName = 'Sheet1'): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CRM Workbench';
  const ws = wb.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1');
  ws.addRow(columns).font = { bold: true };
  for (const row of rows) {
    ws.addRow(
      row.map((v) => {
        if (v === null || v === undefined) return null;
        if (typeof v === 'number') return Number.isFinite(v) ? v : null;
        if (typeof v === 'boolean') return v;
        if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
        return cellText(v);
      }),
    );
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
