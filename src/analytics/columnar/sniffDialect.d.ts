export type Delimiter = ',' | ';' | '\t' | '|';
export declare const DELIMITERS: readonly Delimiter[];
export type DecimalMark = '.' | ',';
/**
 * The delimiter that splits the header into the most fields while splitting the lines after it
 * into as many (ties keep the order `,` `;` tab `|`); ',' for a file of one column.
 * @example sniffDelimiter(utf8('id;total\nC1;12,50\n')) // → ';'
 */
export declare function sniffDelimiter(bytes: Uint8Array): Delimiter;
/**
 * The decimal mark of the numbers in the sample: ',' when values such as `1.234,56` or `12,50`
 * outnumber values such as `1,234.56` or `12.50`; else '.'.
 * @example sniffDecimal(utf8('id;total\nC1;12,50\n'), ';') // → ','
 */
export declare function sniffDecimal(bytes: Uint8Array, delimiter: string): DecimalMark;
