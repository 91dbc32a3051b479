/**
 * Turns a survey export into clean responses: `score` (number), and when present
 * `respondentId` (string), `date` (Date) and `comment` (string), plus a data-quality report.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { readInfo, readWarnings } from '../columnar/readInfo';
import type { Language } from '../segments/index';
import { warningText } from '../warningText';
import { analyticsError } from '../analyticsError';
import { countReasons, type DataQualityReport, type DroppedRow, usedMapping } from './dataQualityReport';
import { detectColumns, RESPONSE_SYNONYMS } from './columnDetection';
import { resolveOptions } from '../options';
import { detectDayOrder, parseAmount, parseDate } from '../columnar/parseValues';
import { asTable, type TableInput } from '../columnar/tableInput';

export interface ResponseMapping {
  score?: string;
  respondentId?: string;
  date?: string;
  comment?: string;
}

export interface PrepareResponsesOptions {
  /** The score scale: 0..10 for NPS (default), 1..5 for CSAT. */
  scale: [number, number];
  /** The language of the report's warnings: 'en' (default) or 'zh-cn' (drop reasons stay codes; see dropReasonText). */
  language: Language;
}

export interface PreparedResponses {
  table: ColumnTable;
  report: DataQualityReport;
}

/**
 * Cleans survey answers. Rows with a missing score, a score outside the scale or a non-integer
 * score are dropped and listed in the report with their row numbers.
 * @param input the survey export
 * @param mapping optional column names, e.g. `{ score: 'How likely…?', comment: 'Why?' }`
 * @param options `{ scale: [0, 10], language = 'en' }` (use `[1, 5]` for CSAT; language: of the warnings)
 * @throws when no score column can be found: the message lists the columns found
 * @example
 * const { table, report } = crm.prepareResponses(await load('survey.csv'));
 * crm.nps(table.array('score'))
 */
export function prepareResponses(
  input: TableInput,
  mapping: ResponseMapping = {},
  options: Partial<PrepareResponsesOptions> = {},
): PreparedResponses {
  const fn = 'prepareResponses';
  const opts = resolveOptions<PrepareResponsesOptions>(fn, { scale: [0, 10], language: 'en' }, options);
  const raw = asTable(fn, input, 'the survey export');
  const headers = raw.columnNames();
  for (const [field, col] of Object.entries(mapping)) {
    if (col !== undefined && !headers.includes(col))
      throw analyticsError(
        fn,
        `mapping.${field} names column "${col}", which is not in the table; found ${headers.map((h) => `"${h}"`).join(', ')}`,
      );
  }
  const cols: ResponseMapping = {
    ...detectColumns(
      headers.filter((h) => !Object.values(mapping).includes(h)),
      RESPONSE_SYNONYMS,
    ),
    ...mapping,
  };
  if (!cols.score) {
    throw analyticsError(
      fn,
      `cannot find the score column; found ${headers.map((h) => `"${h}"`).join(', ') || 'no columns'}. Expected a header such as score / NPS / rating / 评分, or pass { score: 'column name' }`,
    );
  }
  const [lo, hi] = opts.scale;
  const scores = raw.array(cols.score) as ArrayLike<unknown>;
  const ids = cols.respondentId ? (raw.array(cols.respondentId) as ArrayLike<unknown>) : undefined;
  const dates = cols.date ? (raw.array(cols.date) as ArrayLike<unknown>) : undefined;
  const comments = cols.comment ? (raw.array(cols.comment) as ArrayLike<unknown>) : undefined;
  const order = dates ? detectDayOrder(dates) : 'mdy';
  const out: { score: number[]; respondentId: string[]; date: (Date | null)[]; comment: string[] } = {
    score: [],
    respondentId: [],
    date: [],
    comment: [],
  };
  const dropped: DroppedRow[] = [];
  const info = readInfo(raw);
  const warnings: string[] = info ? readWarnings(info, opts.language) : [];
  let badDates = 0;
  for (let i = 0; i < raw.numRows(); i++) {
    const v = scores[i];
    const s = v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? NaN : parseAmount(v);
    const shown = v === null || v === undefined ? '' : String(v);
    if (Number.isNaN(s)) {
      dropped.push({ row: i + 1, reason: 'missing score', value: shown });
      continue;
    }
    if (!Number.isInteger(s)) {
      dropped.push({ row: i + 1, reason: 'non-integer score', value: shown });
      continue;
    }
    if (s < lo || s > hi) {
      dropped.push({ row: i + 1, reason: 'score out of range', value: shown });
      continue;
    }
    out.score.push(s);
    if (ids) out.respondentId.push(ids[i] === null || ids[i] === undefined ? '' : String(ids[i]));
    if (dates) {
      const ms = parseDate(dates[i], order);
      if (Number.isNaN(ms)) badDates++;
      out.date.push(Number.isNaN(ms) ? null : new Date(ms));
    }
    if (comments) out.comment.push(comments[i] === null || comments[i] === undefined ? '' : String(comments[i]));
  }
  if (badDates) warnings.push(warningText(opts.language, 'unreadableResponseDates', badDates));
  const columns: Record<string, unknown[]> = {};
  if (ids) columns.respondentId = out.respondentId;
  if (dates) columns.date = out.date;
  columns.score = out.score;
  if (comments) columns.comment = out.comment;
  return {
    table: aq.table(columns),
    report: {
      mapping: usedMapping(cols),
      rowsRead: raw.numRows(),
      rowsKept: out.score.length,
      dropped,
      droppedByReason: countReasons(dropped),
      warnings,
    },
  };
}
