/**
 * Sentiment of comments. English: the AFINN-165 word list (Finn Årup Nielsen, 2011–2015), as
 * scored by the `sentiment` package: each word's valence from −5 to +5, summed, with negation
 * ("not good") flipping a word. Chinese (more Han characters than Latin letters): NTUSD (Ku & Chen
 * 2007, MIT) with shop-review words, negators (不, 没有, 别…) and degree adverbs (很, 非常, 太…),
 * over `Intl.Segmenter` words (see zhSentiment.ts). Empty comments get no score rather than a
 * misleading 0.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import Sentiment from 'sentiment';
import { isChinese } from './textTerms';
import { zhSentimentOf } from './zhSentiment';
import { resolveOptions } from '../options';
import { asTable, columnValues, type TableInput } from '../columnar/tableInput';

let analyzer: Sentiment | undefined;

export interface SentimentScore {
  /** Sum of the words' valences; null when the text is empty. */
  score: number | null;
  /** Score per word. */
  comparative: number | null;
  label: 'positive' | 'negative' | 'neutral' | 'not scored';
  positive: string[];
  negative: string[];
}

/** Scores one text. */
export function sentimentOf(text: unknown): SentimentScore {
  if (typeof text !== 'string' || !text.trim()) return { score: null, comparative: null, label: 'not scored', positive: [], negative: [] };
  const r = isChinese(text) ? zhSentimentOf(text) : (analyzer ??= new Sentiment()).analyze(text);
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
 * crm.sentiment(['物流很快，包装完好', '客服态度很差']).array('label') // → ['positive', 'negative']
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
