import type { ColumnTable } from 'arquero';
import { type DataQualityReport } from './dataQualityReport';
import { type TableInput } from '../columnar/tableInput';
export interface ResponseMapping {
    score?: string;
    respondentId?: string;
    date?: string;
    comment?: string;
}
export interface PrepareResponsesOptions {
    /** The score scale: 0..10 for NPS (default), 1..5 for CSAT. */
    scale: [number, number];
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
 * @param options `{ scale: [0, 10] }` (use `[1, 5]` for CSAT)
 * @throws when no score column can be found: the message lists the columns found
 * @example
 * const { table, report } = crm.prepareResponses(await load('survey.csv'));
 * crm.nps(table.array('score'))
 */
export declare function prepareResponses(input: TableInput, mapping?: ResponseMapping, options?: Partial<PrepareResponsesOptions>): PreparedResponses;
