/**
 * The fixed category values the analytics write into their result tables (a lifecycle stage, a
 * sentiment, an NPS group, an action rule), as a reader sees them in each display language. The
 * values themselves stay English codes, so a notebook that filters on `d.stage === 'at risk'`
 * runs the same in every language; only the display (grid, previews, reports, summaries) shows
 * these words, through the `label` value format. test/unit/protocol/categoryLabels.test.ts
 * checks that every value the analytics' types allow has its words here.
 */
import type { DisplayLanguage } from './displayLanguage';

/** Each category code in Simplified Chinese (English shows the code itself). */
export const CATEGORY_LABELS_ZH_CN = {
  // lifecycle stages (crm.lifecycle)
  new: '新客户',
  active: '活跃',
  reactivated: '重新激活',
  'at risk': '有流失风险',
  churned: '已流失',
  // sentiment (crm.sentiment)
  positive: '正面',
  neutral: '中性',
  negative: '负面',
  'not scored': '未评分',
  // NPS groups (crm.feedbackThemes)
  promoter: '推荐者',
  passive: '被动者',
  detractor: '贬损者',
  // action rules (crm.actionList; 'new' and 'detractor' above)
  lapsed: '久未下单',
  fading: '购买减少',
  // segment migration (crm.segmentMigration; 'new' above)
  gone: '已离开',
  // the respondents npsByCustomers cannot match to a customer
  '(not a customer)': '（非客户）',
} as const satisfies Readonly<Record<string, string>>;

/** A category code the analytics write. */
export type CategoryCode = keyof typeof CATEGORY_LABELS_ZH_CN;

/**
 * A category value as a reader sees it; a value the catalogue does not know (a segment name, a
 * user's own group) is shown as it is.
 * @example categoryLabel('at risk', 'zh-cn') // → '有流失风险'
 * @example categoryLabel('at risk', 'en') // → 'at risk'
 */
export function categoryLabel(value: string, language: DisplayLanguage = 'en'): string {
  if (language !== 'zh-cn') return value;
  return Object.hasOwn(CATEGORY_LABELS_ZH_CN, value) ? CATEGORY_LABELS_ZH_CN[value as CategoryCode] : value;
}
