/**
 * The cell's `charts` in the kernel's display language: each builder's spec goes through
 * `charts.localizeSpec`, so titles, axes, legends and tooltips read in the user's language.
 */
import type { DisplayLanguage } from '../protocol/index';
import { localizeSpec } from '../charts/index';
import type { TopLevelSpec } from 'vega-lite';

/** Whether a value is a Vega-Lite spec (an object with a `$schema` of vega-lite). */
export function isVegaLiteSpec(v: unknown): v is TopLevelSpec {
  return !!v && typeof v === 'object' && /vega-lite/.test(String((v as { $schema?: unknown }).$schema));
}

/** A display part (a summary, a table or a spec) with a spec's words in `language`. */
export const localizePart = (part: unknown, language: DisplayLanguage): unknown =>
  isVegaLiteSpec(part) ? localizeSpec(part, language) : part;

/**
 * The charts module with every builder localized (constants and `localizeSpec` itself pass through).
 * @example localizeCharts(charts, 'zh-cn').npsChart(crm.nps(scores)).title // 'NPS …（95% 置信区间 … 至 …），n = …'
 */
export function localizeCharts<T extends object>(lib: T, language: DisplayLanguage): T {
  if (language === 'en') return lib;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(lib))
    out[name] =
      typeof value === 'function' && name !== 'localizeSpec' && name !== 'chartTitle'
        ? (...args: unknown[]) => localizePart(Reflect.apply(value, undefined, args), language)
        : value;
  return Object.freeze(out) as T;
}
