import { analyticsError } from '../analyticsError';

/** Checks one customer's (x, t_x, T) for the repeat-buying models. */
export function checkCustomer(fn: string, x: number, tx: number, T: number): void {
  if (!(Number.isInteger(x) && x >= 0)) throw analyticsError(fn, `frequency x must be a whole number ≥ 0, not ${x}`);
  if (!(tx >= 0 && T >= 0)) throw analyticsError(fn, `recency t_x and age T must be ≥ 0 (got ${tx}, ${T})`);
  if (tx > T) throw analyticsError(fn, `recency t_x (${tx}) cannot exceed age T (${T})`);
  if (x === 0 && tx !== 0) throw analyticsError(fn, `a customer with x = 0 has t_x = 0, not ${tx}`);
}
