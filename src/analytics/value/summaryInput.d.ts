import { type TableInput } from '../columnar/tableInput';
export interface SummaryColumns {
    frequency: string;
    recency: string;
    T: string;
    monetaryValue: string;
}
export interface SummaryArrays {
    x: Float64Array;
    tx: Float64Array;
    T: Float64Array;
    w: Float64Array;
    n: number;
}
export declare function summaryColumns(columns?: Partial<SummaryColumns>): SummaryColumns;
export declare function readSummary(fn: string, summary: TableInput, columns?: Partial<SummaryColumns>, weights?: string): SummaryArrays;
export declare function readMonetary(fn: string, summary: TableInput, columns?: Partial<SummaryColumns>): {
    x: Float64Array;
    m: Float64Array;
};
