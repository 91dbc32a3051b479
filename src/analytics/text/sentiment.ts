/**
 * Sentiment of English comments with the AFINN-165 word list (Finn Årup Nielsen, 2011–2015), as
 * scored by the `sentiment` package: each word's valence from −5 to +5, summed, with negation
 * ("not good") flipping a word. Comments that are mostly Chinese (or empty) get no score rather
 * than a misleading 0.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import Sentiment from 'sentiment';
import { isChinese } from './textTerms';
import { resolveOptions } from '../options';
import { asTable, columnValues, type TableInput } from '../columnar/tableInput';

let analyzer: Sentiment | undefined;

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
export function sentimentOf(text: unknown): SentimentScore {
  if (typeof text !== 'string' || !text.trim() || isChinese(text))
    return { score: null, comparative: null, label: 'not scored', positive: [], negative: [] };
  const r = (analyzer ??= new Sentiment()).analyze(text);
  return {
    score: r.score,
    comparative: r.comparative,
    label: r.score > 0 ? 'positive' : r.score < 0 ? 'negative' : 'neutral',
    positive: r.positive,
    negative: r.negative,
  };
}

/**
 * @param input an array of texts, or a table with a text column (default `comment`)
 * @returns a table: for texts, `text, score, comparative, label`; for a table, the input with `sentimentScore` and `sentiment` added
 * @example
 * crm.sentiment(['Love it, fast delivery', 'Shipping was not good']).array('score') // → [3, -3]
 */
export function sentiment(input: (string | null)[] | TableInput, options: Partial<{ text: string }> = {}): ColumnTable {
  const fn = 'sentiment';
  const { text: column } = resolveOptions(fn, { text: 'comment' }, options);
  if (Array.isArray(input) && input.every((v) => typeof v === 'string' || v === null)) {
    const scored = input.map(sentimentOf);
    return aq.table({
      text: input,
      score: scored.map((s) => s.score),
      comparative: scored.map((s) => s.comparative),
      label: scored.map((s) => s.label),
    });
  }
  const table = asTable(fn, input, 'texts (an array of strings) or comments');
  const scored = columnValues(fn, table, column).map(sentimentOf);
  return table.assign({ sentimentScore: scored.map((s) => s.score), sentiment: scored.map((s) => s.label) });
}
