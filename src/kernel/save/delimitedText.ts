/**
 * CSV and TSV text (RFC 4180 quoting) that is safe to open in a spreadsheet.
 *
 * Formula injection: a spreadsheet treats a cell that starts with `=`, `+`, `-` or `@` as a
 * formula, and tab or carriage return can smuggle one in; a customer who types
 * `=HYPERLINK(...)` as their name could run it on the shop owner's machine. So every text cell
 * starting with one of those characters gets a leading `'`, which spreadsheets show as text.
 * Numbers are written as numbers and are never changed (a negative amount stays `-5`), but a
 * text value such as the phone number "+44 20 …" is written as "'+44 20 …".
 * See OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection).
 */
import { cellText } from './tableRows';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * @example neutralizeFormula('=1+1') // → "'=1+1"
 * @example neutralizeFormula('Ann') // → 'Ann'
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(v: unknown, delimiter: string): string {
  const raw = cellText(v);
  const text = typeof v === 'string' ? neutralizeFormula(raw) : raw;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * @param delimiter ',' for CSV, '\t' for TSV
 * @returns the text with CRLF line ends (RFC 4180), header first
 * @example delimitedText(['name'], [['=cmd']], ',') // → "name\r\n'=cmd\r\n"
 */
export function delimitedText(columns: string[], rows: unknown[][], delimiter: string): string {
  const lines = [columns.map((c) => field(c, delimiter)).join(delimiter)];
  for (const row of rows) lines.push(row.map((v) => field(v, delimiter)).join(delimiter));
  return lines.join('\r\n') + '\r\n';
}
