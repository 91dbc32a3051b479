/**
 * The shop's currency for money in this kernel: the currency of the data's currency column (the
 * latest `crm.prepareTransactions` result whose report names one; see protocol/dataCurrency), else the `crmWorkbench.currency`
 * setting the host sent in `init`, else none (money then shows two decimals and no symbol).
 */
import { dataCurrency } from '../protocol/index';

let fromSetting: string | undefined;
let fromData: string | undefined;

const isCode = (c: unknown): c is string => typeof c === 'string' && /^[A-Z]{3}$/.test(c.trim().toUpperCase());

/** The setting's currency (an ISO 4217 code such as 'USD'); blank clears it. */
export function setSettingCurrency(code: string | undefined): void {
  fromSetting = isCode(code) ? code.trim().toUpperCase() : undefined;
}

/** Remembers the currency a result's data-quality report reads from a currency column (`{ report: { currency, ruleColumns } }`). */
export function noteDataCurrency(result: unknown): void {
  const report = (result as { report?: unknown } | null | undefined)?.report;
  if (!report || typeof report !== 'object') return;
  const code = dataCurrency(report);
  if (code) fromData = code;
}

/** The currency money is shown in, when known. */
export function shopCurrency(): string | undefined {
  return fromData ?? fromSetting;
}

/** Forgets what the data said (tests; a restarted kernel starts empty anyway). */
export function resetShopCurrency(): void {
  fromSetting = undefined;
  fromData = undefined;
}
