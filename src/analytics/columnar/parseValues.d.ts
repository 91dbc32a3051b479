/**
 * Parsing the values found in shop exports: amounts such as "$1,234.50", "1.234,50 €", "¥120",
 * "(12.00)" and dates such as "2024-01-05", "2024-01-05 13:45:00 +0100", "05/01/2024",
 * "2024年1月5日", Date objects and epoch numbers.
 */
/**
 * A number from an amount cell, or NaN.
 * @example parseAmount('$1,234.50') // → 1234.5
 * @example parseAmount('1.234,50 €') // → 1234.5
 * @example parseAmount('(12.00)') // → -12
 */
export declare function parseAmount(v: unknown): number;
export type DayOrder = 'mdy' | 'dmy';
/**
 * Epoch milliseconds of a date cell, or NaN. The analytics count calendar days as the shop wrote
 * them: date-only values are midnight UTC, and a time is read as written, on the UTC clock, with
 * any offset ignored ("2025-10-07 23:50 +0200" is 7 October, the shop's local day, not the UTC
 * day). `order` settles slash dates like "05/01/2024"; dotted dates ("05.03.2024") are always
 * day-first; two-digit years (MM/DD/YY) are 2000–2069 or 1970–1999.
 * @example parseDate('2024-01-05') // → Date.UTC(2024, 0, 5)
 * @example parseDate('05/01/2024', 'dmy') // → Date.UTC(2024, 0, 5)
 * @example parseDate('2025-10-07 23:50:00 +0200') // → Date.UTC(2025, 9, 7, 23, 50)
 */
export declare function parseDate(v: unknown, order?: DayOrder): number;
/** Decides day/month order for a column of slash dates: dmy if any first part exceeds 12, else mdy. */
export declare function detectDayOrder(values: ArrayLike<unknown>, limit?: number): DayOrder;
/**
 * Whether a date column holds Excel serial day numbers (45356 is 2024-03-05): decided on the whole
 * column, true when every non-empty value is a number (or numeric text) between 20 000 and 80 000.
 * @example isExcelSerialColumn([45356, '45357.5', '']) // → true
 */
export declare function isExcelSerialColumn(values: ArrayLike<unknown>, limit?: number): boolean;
/**
 * Epoch milliseconds of an Excel serial date (the fraction is the time of day), or NaN.
 * @example excelSerialDate(45356) // → Date.UTC(2024, 2, 5)
 */
export declare function excelSerialDate(v: unknown): number;
/**
 * The currency written in an amount cell, as an ISO code ('' when none): a symbol ($ → USD,
 * € → EUR, £ → GBP, ¥/￥/元 → CNY, ₹, ₩, ₽) or a three-letter code before or after the number.
 * @example amountCurrency('€30') // → 'EUR'
 * @example amountCurrency('12.00 usd') // → 'USD'
 */
export declare function amountCurrency(v: unknown): string;
