/**
 * The type of a CSV column, decided on every value (Arquero's order: boolean, number, ISO date,
 * text), with the rules real exports need: identifiers stay text (`00123` is not 123, and a
 * 19-digit order number is not rounded), a decimal comma is read when the file uses one, and
 * Excel's text markers are undone (`="1894629693192004256"`, `'13800138000`, tab padding).
 */
import { CodedColumn } from './columns';
import { type CsvFields } from './csvScan';
export interface InferOptions {
    /** Keep the column as text (an identifier, a phone number, a postcode). */
    text: boolean;
    /** The decimal mark of numbers. */
    decimal: '.' | ',';
    /** Undo Excel's text markers and trim the values. */
    clean: boolean;
}
/** A cell's text with Excel's text markers undone and the edges trimmed: `="0123"` → 0123, `'138…` → 138…. */
export declare function cleanCell(text: string): string;
/** A column's values by type, decided on every value. */
export declare function inferColumn(bytes: Uint8Array, fields: CsvFields, options: InferOptions): unknown;
/** Every value as text (cleaned when asked), for `autoType: false`. */
export declare function textOnlyColumn(bytes: Uint8Array, fields: CsvFields, clean: boolean): CodedColumn<string>;
