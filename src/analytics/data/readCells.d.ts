import type { ColumnTable } from 'arquero';
export interface CellSource {
    /** The sheet's name, and the names of all sheets in the workbook. */
    sheet: string;
    sheets: string[];
}
/**
 * @param rows the sheet's rows of cell values (string, number, boolean, Date or null)
 * @example readCells([['Order', 'Total'], ['0012', 19.5]], { sheet: 'Orders', sheets: ['Orders'] }).objects() // → [{ Order: '0012', Total: 19.5 }]
 * @throws when the sheet has no header row
 */
export declare function readCells(rows: unknown[][], source: CellSource): ColumnTable;
