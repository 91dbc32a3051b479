/**
 * The display registry's building blocks: `display(fn, describe)` ties an analytics function to
 * how its result shows itself in a cell, typed from the function itself (`ReturnType<F>` for the
 * result, `Parameters<F>` for the arguments the cell passed).
 */
import { formatValue, localeOf } from '../../protocol/index';
import { kernelLanguage } from '../displayLanguage';
import { shopCurrency } from '../shopCurrency';

/** What a display shows: summaries (MIME bundles), tables and Vega-Lite specs, in order. */
export type Parts = unknown[];

/** Any analytics function (the registry never calls it; it only wraps it). */
// `never[]` parameters accept every function: a parameter list is contravariant.
export type AnalyticsFunction = (...args: never[]) => unknown;

/** How one function's results show themselves. */
export interface Display<F extends AnalyticsFunction> {
  /** The analytics function whose results this describes (the registry's key). */
  readonly fn: F;
  /** The parts for one call: its result and the arguments it was called with. */
  readonly show: (result: unknown, args: readonly unknown[]) => Parts;
}

/**
 * Declares how the results of `fn` show themselves.
 * @example
 * display(analytics.segmentSummary, (t) => [t, charts.segmentChart(t)])
 */
export function display<F extends AnalyticsFunction>(fn: F, describe: (result: ReturnType<F>, args: Parameters<F>) => Parts): Display<F> {
  // The registry calls `show` only with what `fn` returned for these arguments (withDisplays).
  return { fn, show: (result, args) => describe(result as ReturnType<F>, args as Parameters<F>) };
}

/** A Markdown summary with the same text as plain text (Markdown punctuation removed). */
export function summary(lines: string[]): Record<string, string> {
  const md = lines.join('\n');
  return { 'text/markdown': md, 'text/plain': md.replace(/\*\*|`|^#+ /gm, '') };
}

/** A number with fixed decimals (default 1) in the display language's style; '—' when missing. */
export const fmt = (x: number | null | undefined, digits = 1): string =>
  x === null || x === undefined || Number.isNaN(x)
    ? '—'
    : new Intl.NumberFormat(localeOf(kernelLanguage()), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);

/** A share as a percentage (default one decimal): 0.529 → 52.9%. */
export const pct = (share: number | null | undefined, digits = 1): string =>
  formatValue(share, 'percent', { language: kernelLanguage(), digits });

/** A whole number with thousands separators (1,234). */
export const count = (n: number | null | undefined): string => formatValue(n, 'count', { language: kernelLanguage() });

/** Money in the shop's currency with two decimals ($2,612.73, or 2,612.73 when the currency is not known). */
export const money = (x: number | null | undefined): string =>
  formatValue(x, 'money', { language: kernelLanguage(), currency: shopCurrency() });

/** The sum of a column's values as numbers. */
export function sumOf(values: ArrayLike<unknown>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += Number(values[i]);
  return s;
}

/** A result's warnings as Markdown list items. */
export const notes = (warnings: readonly string[]) => warnings.map((w) => `- note: ${w}`);

/** How many times each value occurs in a column. */
export function tally(values: ArrayLike<unknown>): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const s = String(values[i]);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** Whether a cell's argument is a table (an Arquero table: it has `numRows()` and `objects()`). */
export function isTable(v: unknown): v is { numRows(): number; objects(): object[] } {
  return !!v && typeof v === 'object' && typeof (v as { numRows?: unknown }).numRows === 'function';
}

type Analytics = typeof import('../../analytics/index');
/** The names of the analytics library's functions (its classes and constants left out). */
export type FunctionName = { [K in keyof Analytics]: Analytics[K] extends AnalyticsFunction ? K : never }[keyof Analytics];

/**
 * The displays of one topic, one per listed name, each for the function of that name. Used as
 * `{ … } satisfies DisplaysOf<'rfm' | 'profile'>`: a listed name without its display, a display
 * not listed, or a renamed export fails the build.
 */
export type DisplaysOf<K extends FunctionName> = { [P in K]: Display<Analytics[P]> };
