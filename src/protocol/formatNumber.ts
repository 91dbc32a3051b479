/**
 * Numbers as people read them in summaries, panels and the terminal: grouped thousands, fixed
 * decimals, and '—' for a missing value (never a misleading 0). One set of rules for every layer.
 */
const dash = (x: number | null | undefined): x is null | undefined => x === null || x === undefined || Number.isNaN(x);

/** @example formatNumber(1234.567) // → '1,234.6' */
export function formatNumber(x: number | null | undefined, digits = 1): string {
  return dash(x) ? '—' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** @example formatMoney(353245.9) // → '353,245.90' */
export function formatMoney(x: number | null | undefined): string {
  return formatNumber(x, 2);
}

/** @example formatCount(5274) // → '5,274' */
export function formatCount(x: number | null | undefined): string {
  return formatNumber(x, 0);
}

/** A share as a percentage. @example formatPercent(0.529) // → '52.9%' */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  return dash(share) ? '—' : `${formatNumber(100 * share, digits)}%`;
}
