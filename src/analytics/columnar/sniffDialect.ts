/**
 * Guessing how a delimited text file is written, from its first 64 KiB: the field delimiter
 * (`,` `;` tab `|`: the one that splits the header and the following lines into the same number
 * of fields) and the decimal mark (`1.234,56` and `12,50` mean a decimal comma). European Excel
 * writes `;` with decimal commas; "CSV" files that are really tab-separated are common.
 */
import { decodeUtf8 } from './utf8';

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
export type DecimalMark = '.' | ',';

const SAMPLE = 65536;
const MAX_LINES = 100;

/** The sample's lines (at most {@link MAX_LINES}), split on line ends outside quotes. */
function sampleLines(bytes: Uint8Array): string[] {
  const text = decodeUtf8(bytes, 0, Math.min(bytes.length, SAMPLE));
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < MAX_LINES; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && (c === 10 || c === 13)) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  // The last line only when the file ends within the sample (else it may be cut).
  if (bytes.length <= SAMPLE && start < text.length && lines.length < MAX_LINES) lines.push(text.slice(start));
  return lines.filter((l) => l.trim() !== '');
}

/** The fields of one line split on `d` outside quotes (quotes kept). */
function splitLine(line: string, d: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) {
      out.push(line.slice(start, i));
      start = i + 1;
    }
  }
  out.push(line.slice(start));
  return out;
}

/**
 * The delimiter that splits the header into the most fields while splitting the lines after it
 * into as many (ties keep the order `,` `;` tab `|`); ',' for a file of one column.
 * @example sniffDelimiter(utf8('id;total\nC1;12,50\n')) // → ';'
 */
export function sniffDelimiter(bytes: Uint8Array): Delimiter {
  const lines = sampleLines(bytes);
  if (lines.length === 0) return ',';
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const width = splitLine(lines[0], d).length;
    if (width < 2) continue;
    const rest = lines.slice(1);
    const same = rest.filter((l) => splitLine(l, d).length === width).length;
    const agreement = rest.length ? same / rest.length : 1;
    // Agreement first (a delimiter inside values breaks it), then more columns.
    const score = agreement * 1000 + Math.min(width, 999);
    if (agreement >= 0.5 && score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

const COMMA_DECIMAL = /^-?(\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d{1,2}|\d+,\d{4,})$/;
const DOT_DECIMAL = /^-?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d{1,2}|\d+\.\d{4,})$/;

/**
 * The decimal mark of the numbers in the sample: ',' when values such as `1.234,56` or `12,50`
 * outnumber values such as `1,234.56` or `12.50`; else '.'.
 * @example sniffDecimal(utf8('id;total\nC1;12,50\n'), ';') // → ','
 */
export function sniffDecimal(bytes: Uint8Array, delimiter: string): DecimalMark {
  let comma = 0;
  let dot = 0;
  for (const line of sampleLines(bytes).slice(1)) {
    for (let f of splitLine(line, delimiter)) {
      f = f.trim();
      if (f.startsWith('"') && f.endsWith('"')) f = f.slice(1, -1).trim();
      f = f.replace(/^[-+]?[$€£¥￥]\s?|\s?(€|EUR|kr|zł|CHF)$/g, '');
      if (COMMA_DECIMAL.test(f)) comma++;
      else if (DOT_DECIMAL.test(f)) dot++;
    }
  }
  return comma > dot ? ',' : '.';
}
