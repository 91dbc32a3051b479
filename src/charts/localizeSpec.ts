/**
 * A chart builder's spec in the reader's language: titles (chart, axis, legend), the tooltip and
 * axis names of fields, and the category names that builders write into the data, translated
 * through the catalogue of chartText.ts. Strings the catalogue does not know (a user's own
 * title, customer ids, segment names) are left as they are.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_CATEGORIES_ZH, CHART_FIELD_CATEGORIES_ZH, CHART_FIELDS_ZH, CHART_PATTERNS_ZH, CHART_TITLES_ZH } from './chartText';

/** The languages a chart speaks (the same tags as the protocol's display language). */
export type ChartLanguage = 'en' | 'zh-cn';

/**
 * A title in Chinese: the catalogue's entry, else the first pattern that matches, else unchanged.
 * @example chartTitle('Retention curves', 'zh-cn') // → '留存曲线'
 */
export function chartTitle(text: string, language: ChartLanguage): string {
  if (language === 'en') return text;
  const exact = CHART_TITLES_ZH[text];
  if (exact !== undefined) return exact;
  for (const [pattern, write] of CHART_PATTERNS_ZH) {
    const m = pattern.exec(text);
    if (m) return write(...m.slice(1));
  }
  // A title that is a field's name (a builder's default axis title).
  return CHART_FIELDS_ZH[text] ?? text;
}

/** A category value in Chinese: the field's own word for it (CHART_FIELD_CATEGORIES_ZH), else the common one. */
const category = (v: unknown, field?: string) => {
  if (typeof v !== 'string') return v;
  const own = field !== undefined && Object.hasOwn(CHART_FIELD_CATEGORIES_ZH, field) ? CHART_FIELD_CATEGORIES_ZH[field] : undefined;
  return (own && Object.hasOwn(own, v) ? own[v] : undefined) ?? CHART_CATEGORIES_ZH[v] ?? v;
};

function localizeTitle(title: unknown): unknown {
  if (typeof title === 'string') return chartTitle(title, 'zh-cn');
  if (Array.isArray(title)) return title.map(localizeTitle);
  if (title && typeof title === 'object' && 'text' in title) return { ...title, text: localizeTitle(title.text) };
  return title;
}

/** A channel definition (or a tooltip list of them) with a Chinese title for a field that has none. */
function localizeChannel(def: unknown): unknown {
  if (Array.isArray(def)) return def.map(localizeChannel);
  const walked = walk(def);
  if (!walked || typeof walked !== 'object' || !('field' in walked)) return walked;
  const channel = walked as Record<string, unknown>;
  const field = String(channel.field);
  // The channel's sort order names its field's categories (a migration's `new` row).
  const sorted = Array.isArray(channel.sort) ? { ...channel, sort: channel.sort.map((v: unknown) => category(v, field)) } : channel;
  const name = CHART_FIELDS_ZH[field];
  return name !== undefined && !('title' in sorted) ? { ...sorted, title: name } : sorted;
}

function walk(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(walk);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title') out[key] = localizeTitle(value);
    else if (key === 'values' && Array.isArray(value))
      out[key] = value.map((row) =>
        row && typeof row === 'object' ? Object.fromEntries(Object.entries(row).map(([k, v]) => [k, category(v, k)])) : category(row),
      );
    else if ((key === 'domain' || key === 'sort') && Array.isArray(value)) out[key] = value.map((v) => category(v));
    else if (key === 'calculate' && typeof value === 'string')
      out[key] = value.replace(/'([^'\\]*)'/g, (m, s: string) =>
        CHART_CATEGORIES_ZH[s] !== undefined ? `'${CHART_CATEGORIES_ZH[s]}'` : m,
      );
    else if (key === 'encoding' && value && typeof value === 'object')
      out[key] = Object.fromEntries(Object.entries(value).map(([channel, def]) => [channel, localizeChannel(def)]));
    else out[key] = walk(value);
  }
  return out;
}

/**
 * A spec with its words in `language` ('en' returns the spec itself).
 * @example localizeSpec(charts.npsChart(crm.nps(scores)), 'zh-cn') // legend 贬损者 / 被动者 / 推荐者
 */
export function localizeSpec<S extends TopLevelSpec>(spec: S, language: ChartLanguage): S {
  return language === 'en' ? spec : (walk(spec) as S);
}
