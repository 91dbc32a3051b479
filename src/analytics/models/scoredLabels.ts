import { analyticsError } from '../analyticsError';

/**
 * Checks 0/1 labels against their scores for ROC measures: equal lengths and both classes present.
 * Returns the class counts and the rows ordered by score (ascending, or descending).
 */
export function scoredLabels(
  fn: string,
  yTrue: ArrayLike<number | boolean>,
  scores: ArrayLike<number>,
  order: 'ascending' | 'descending',
): { n: number; pos: number; neg: number; order: number[] } {
  const n = yTrue.length;
  if (scores.length !== n) throw analyticsError(fn, `yTrue (${n}) and scores (${scores.length}) differ in length`);
  let pos = 0;
  for (let i = 0; i < n; i++) if (yTrue[i] === 1 || yTrue[i] === true) pos++;
  const neg = n - pos;
  if (pos === 0 || neg === 0) throw analyticsError(fn, `is undefined with only one class present (${pos} positive, ${neg} negative)`);
  const byScore =
    order === 'descending' ? (a: number, b: number) => scores[b] - scores[a] : (a: number, b: number) => scores[a] - scores[b];
  return { n, pos, neg, order: Array.from({ length: n }, (_, i) => i).sort(byScore) };
}
