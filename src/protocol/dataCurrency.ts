/**
 * The currency a data-quality report can vouch for: the one its currency column names. A symbol
 * written in a few amount cells ("$1,204.50" on one row of thousands) says little about the shop,
 * so without a currency column the shop's currency comes from the `crmWorkbench.currency` setting.
 */

/** The part of a data-quality report read here (analytics' `DataQualityReport`). */
export interface CurrencyReport {
  currency?: string;
  /** The columns the order rules were read from, by field (`currency` among them when one was used). */
  ruleColumns?: Record<string, string>;
}

/**
 * @example dataCurrency({ currency: 'CNY', ruleColumns: { currency: '币种' } }) // → 'CNY'
 * @example dataCurrency({ currency: 'USD' }) // → undefined (inferred from symbols only)
 */
export function dataCurrency(report: CurrencyReport | undefined | null): string | undefined {
  const code = report?.currency?.trim().toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) && report?.ruleColumns?.currency ? code : undefined;
}
