/**
 * What the reader found out about a file (its format, encoding, delimiter, decimal mark, and
 * anything worth a warning), kept with the table it made: `crm.readInfo(table)`, and the data-
 * quality report of `prepareTransactions` repeats the warnings.
 */
import type { ColumnTable } from 'arquero';
import type { TextEncodingName } from './decodeText';
import type { Language } from '../segments/index';
import { warningText } from '../warningText';

/** A header the file has more than once, and the name its later copy was read as. */
export interface RepeatedHeader {
  name: string;
  renamed: string;
}

export interface ReadInfo {
  format: 'csv' | 'xlsx' | 'json' | 'arrow';
  /** The text encoding (CSV only; 'utf-8' for the others). */
  encoding: TextEncodingName;
  /** True when the encoding was detected rather than given. */
  detectedEncoding: boolean;
  /** The field delimiter and decimal mark (CSV only). */
  delimiter?: string;
  decimal?: '.' | ',';
  /** The sheet read (xlsx only), and the sheets the workbook has. */
  sheet?: string;
  sheets?: string[];
  rows: number;
  columns: number;
  /** Columns kept as text because they hold identifiers (ids, order numbers, phones, postcodes). */
  textColumns: string[];
  /** Headers the file has more than once (each later copy renamed). */
  repeatedHeaders: RepeatedHeader[];
  /** Rows with fewer fields than the header, and the first of them (CSV only). */
  shortRows: { count: number; first: number } | undefined;
  /** One sentence each, in English: duplicated headers, short rows (see {@link readWarnings} for other languages). */
  warnings: string[];
}

const infos = new WeakMap<ColumnTable, ReadInfo>();

export function rememberReadInfo(table: ColumnTable, info: ReadInfo): void {
  infos.set(table, info);
}

/**
 * What was detected when a file was read into this table, or undefined for a table not read from
 * a file (derived tables have none: the info belongs to the file's own table).
 * @example crm.readInfo(await load('taobao.csv')) // → { format: 'csv', encoding: 'gb18030', delimiter: ',', … }
 */
export function readInfo(table: ColumnTable): ReadInfo | undefined {
  return infos.get(table);
}

/**
 * What the reader noticed, one sentence each in `language`: each repeated header, then short rows.
 * @example readWarnings(crm.readInfo(table)!, 'zh-cn') // → ['3 行的字段比表头少（第一处：第 18 行）；缺少的字段为空']
 */
export function readWarnings(info: Pick<ReadInfo, 'repeatedHeaders' | 'shortRows'>, language: Language = 'en'): string[] {
  return [
    ...info.repeatedHeaders.map((h) => warningText(language, 'repeatedHeader', h.name, h.renamed)),
    ...(info.shortRows ? [warningText(language, 'shortRows', info.shortRows.count, info.shortRows.first)] : []),
  ];
}

/**
 * One line saying how a file was read, in English or Simplified Chinese.
 * @example describeReadInfo(info) // → "read as GB18030 (GBK) text, ';'-delimited, decimal comma"
 * @example describeReadInfo(info, 'zh-cn') // → "按 GB18030 (GBK) 文本读取，分隔符 ';'，小数点为逗号"
 */
export function describeReadInfo(info: ReadInfo, language: 'en' | 'zh-cn' = 'en'): string {
  const zh = language === 'zh-cn';
  if (info.format !== 'csv') {
    const what =
      info.format === 'xlsx'
        ? zh
          ? `Excel 工作簿，工作表 "${info.sheet}"`
          : `Excel workbook, sheet "${info.sheet}"`
        : info.format.toUpperCase();
    return zh ? `按 ${what} 读取` : `read as ${what}`;
  }
  const names: Record<string, string> = {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    gb18030: 'GB18030 (GBK)',
    'windows-1252': 'Windows-1252',
  };
  const d = info.delimiter === '\t' ? (zh ? '制表符' : 'tab') : `'${info.delimiter}'`;
  if (zh) return `按 ${names[info.encoding]} 文本读取，分隔符 ${d}，小数点为${info.decimal === ',' ? '逗号' : '句点'}`;
  return `read as ${names[info.encoding]} text, ${d}-delimited, decimal ${info.decimal === ',' ? 'comma' : 'point'}`;
}
