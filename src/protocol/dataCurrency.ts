/**
 * The currency a data-quality report can vouch for: the one its currency column names, or the one
 * the call's `currency` option named for a file without such a column. A symbol written in a few
 * amount cells ("$1,204.50" on one row of thousands) says little about the shop, so otherwise the
 * shop's currency comes from the `crmWorkbench.currency` setting.
 */

/** The part of a data-quality report read here (analytics' `DataQualityReport`). */
export interface CurrencyReport {
  currency?: string;
  /** The columns the order rules were read from, by field (`currency` among them when one was used). */
  ruleColumns?: Record<string, string>;
  /** Set when `currency` came from the call's `currency` option (the file has no currency column). */
  currencyGiven?: boolean;
}

/**
 * @example dataCurrency({ currency: 'CNY', ruleColumns: { currency: '币种' } }) // → 'CNY'
 * @example dataCurrency({ currency: 'CNY', currencyGiven: true }) // → 'CNY' (prepareTransactions(…, { currency: 'CNY' }))
 * @example dataCurrency({ currency: 'USD' }) // → undefined (inferred from symbols only)
 */
export function dataCurrency(report: CurrencyReport | undefined | null): string | undefined {
  const code = report?.currency?.trim().toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) && (report?.ruleColumns?.currency || report?.currencyGiven) ? code : undefined;
}
