import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
export interface SentimentScore {
    /** Sum of the words' valences; null when the text is empty or not English. */
    score: number | null;
    /** Score per word. */
    comparative: number | null;
    label: 'positive' | 'negative' | 'neutral' | 'not scored';
    positive: string[];
    negative: string[];
}
/** Scores one text. */
export declare function sentimentOf(text: unknown): SentimentScore;
/**
 * @param input an array of texts, or a table with a text column (default `comment`)
 * @returns a table: for texts, `text, score, comparative, label`; for a table, the input with `sentimentScore` and `sentiment` added
 * @example
 * crm.sentiment(['Love it, fast delivery', 'Shipping was not good']).array('score') // → [3, -3]
 */
export declare function sentiment(input: (string | null)[] | TableInput, options?: Partial<{
    text: string;
}>): ColumnTable;
