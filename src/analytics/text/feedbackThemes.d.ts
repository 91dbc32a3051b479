import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
export interface FeedbackThemesOptions {
    /** 'category' (NPS category from the score column) or the name of a column to group by (default 'category'). */
    by: string;
    /** The comment column (default 'comment'). */
    text: string;
    /** The score column used when by is 'category' (default 'score'). */
    score: string;
    /** Terms per group (default 10). */
    top: number;
    /** Leave out terms mentioned in fewer comments than this (default 2). */
    minCount: number;
    /** Count two-word phrases as well as words (default true). */
    phrases: boolean;
}
export interface FeedbackThemesResult {
    /** group, term, count (comments mentioning it), share (of the group's comments), lift (share here ÷ share elsewhere). */
    themes: ColumnTable;
    /** group, responses, comments (non-empty text). */
    groups: ColumnTable;
    warnings: string[];
}
/**
 * @param responses a table with a score and a comment column (from {@link prepareResponses})
 * @param options `{ by = 'category', text = 'comment', score = 'score', top = 10, minCount = 2, phrases = true }`
 * @example
 * crm.feedbackThemes(responses).themes.filter(d => d.group === 'detractor')
 * // → shipping 41 (23%), slow 30, 发货 12, customer service 9, …
 */
export declare function feedbackThemes(responses: TableInput, options?: Partial<FeedbackThemesOptions>): FeedbackThemesResult;
