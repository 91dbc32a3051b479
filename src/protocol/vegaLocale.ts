/**
 * Chart numbers in the same style as the rest of the workbench: a Vega locale (decimal mark,
 * thousands separator, currency symbol) for a display language and the shop's currency, to put in
 * a Vega-Lite spec's `config.locale`. Chart builders write `$,.2f` for money (src/charts/formats.ts);
 * the locale decides which symbol `$` prints (none when the currency is not known).
 */
import { localeOf, type DisplayLanguage } from './displayLanguage';

/** The number part of a Vega locale (d3-format's locale definition). */
export interface VegaNumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  /** Text before and after an amount of money, e.g. ['$', ''] or ['', ' €']. */
  currency: [string, string];
}

/**
 * The Vega number locale for a language and currency.
 * @example vegaNumberLocale('en', 'USD').currency // → ['$', '']
 * @example vegaNumberLocale('zh-cn', 'CNY').currency // → ['¥', '']
 * @example vegaNumberLocale('en', undefined).currency // → ['', '']
 */
export function vegaNumberLocale(language: DisplayLanguage, currency: string | undefined): VegaNumberLocale {
  const locale = localeOf(language);
  const parts = new Intl.NumberFormat(locale).formatToParts(1234.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const thousands = parts.find((p) => p.type === 'group')?.value ?? ',';
  return { decimal, thousands, grouping: [3], currency: currencyAffixes(locale, currency) };
}

/** What goes before and after an amount in `currency` ('' and '' when unknown or invalid). */
function currencyAffixes(locale: string, currency: string | undefined): [string, string] {
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return ['', ''];
  try {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
    const at = parts.findIndex((p) => p.type === 'currency');
    const first = parts.findIndex((p) => p.type === 'integer');
    if (at < 0) return ['', ''];
    const symbol = parts[at].value;
    const spaced = parts.some((p) => p.type === 'literal' && /\s/.test(p.value));
    return at < first ? [spaced ? `${symbol}\u00a0` : symbol, ''] : ['', spaced ? `\u00a0${symbol}` : symbol];
  } catch {
    return ['', ''];
  }
}

/**
 * A Vega-Lite spec with the number locale in its `config` (a spec's own `config.locale` wins).
 * Returns a new object; the spec passed in is not changed.
 */
export function withVegaLocale<T extends object>(spec: T, language: DisplayLanguage, currency: string | undefined): T {
  const config = (spec as { config?: Record<string, unknown> }).config ?? {};
  if (config.locale) return spec;
  return { ...spec, config: { ...config, locale: { number: vegaNumberLocale(language, currency) } } };
}
