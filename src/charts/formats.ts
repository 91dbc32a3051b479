/**
 * How chart numbers read, as Vega-Lite `format` fragments to spread into an encoding channel: the
 * channel's `format` applies to its tooltip and text, `axis.format` or `legend.format` to the guide.
 * Money uses d3-format's `$`, which prints the currency of the spec's `config.locale` (the kernel
 * and the panel set it from the shop's currency; with none, no symbol).
 */

/** Money: currency symbol, grouped thousands, two decimals in tooltips; no trailing zeros on the axis. */
export const MONEY = { format: '$,.2f', axis: { format: '$,.2~f' } } as const;

/** Money on a channel without an axis (colour, size, text). */
export const MONEY_TEXT = { format: '$,.2f' } as const;

/** A share in [0, 1]: one decimal in tooltips, whole percentages on the axis. */
export const PERCENT = { format: '.1%', axis: { format: '.0%' } } as const;

/** A share on a channel without an axis (colour, text, tooltip). */
export const PERCENT_TEXT = { format: '.1%' } as const;

/** A count: grouped thousands, no decimals. */
export const COUNT = { format: ',d' } as const;

/** The fragment for a declared value format (`barChart`'s `yFormat`). */
export function formatFragment(format: 'money' | 'percent' | 'count' | undefined) {
  return format === 'money' ? MONEY : format === 'percent' ? PERCENT : format === 'count' ? COUNT : {};
}
