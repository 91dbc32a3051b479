/**
 * Named RFM segments from the R×F grid (spec §7 map (a), the map that recurs across public RFM
 * notebooks), plus "Lost" for R = 1 and F = 1: a CRM Workbench convention, not from a source,
 * that takes that one cell out of "Hibernating".
 *
 * | R \ F | 1 | 2 | 3 | 4 | 5 |
 * |---|---|---|---|---|---|
 * | 5 | New Customers | Potential Loyalists | Potential Loyalists | Champions | Champions |
 * | 4 | Promising | Potential Loyalists | Potential Loyalists | Loyal Customers | Loyal Customers |
 * | 3 | About to Sleep | About to Sleep | Need Attention | Loyal Customers | Loyal Customers |
 * | 2 | Hibernating | Hibernating | At Risk | At Risk | Can't Lose Them |
 * | 1 | Lost (11) / Hibernating | Hibernating | At Risk | At Risk | Can't Lose Them |
 */
export const SEGMENTS = [
  'Champions',
  'Loyal Customers',
  'Potential Loyalists',
  'New Customers',
  'Promising',
  'Need Attention',
  'About to Sleep',
  'At Risk',
  "Can't Lose Them",
  'Hibernating',
  'Lost',
] as const;

export type SegmentName = (typeof SEGMENTS)[number];

/** Segment of an (R, F) pair of quintile scores (1..5). `lost: false` keeps RF 11 in Hibernating. */
export function segmentOf(r: number, f: number, lost = true): SegmentName {
  if (r <= 2) {
    if (f === 5) return "Can't Lose Them";
    if (f >= 3) return 'At Risk';
    return lost && r === 1 && f === 1 ? 'Lost' : 'Hibernating';
  }
  if (r === 3) {
    if (f <= 2) return 'About to Sleep';
    return f === 3 ? 'Need Attention' : 'Loyal Customers';
  }
  if (f >= 4) return r === 5 ? 'Champions' : 'Loyal Customers';
  if (f >= 2) return 'Potential Loyalists';
  return r === 5 ? 'New Customers' : 'Promising';
}

/** A score on k bins mapped onto quintiles, so the grid applies to any number of bins. */
export function toQuintile(score: number, bins: number): number {
  return bins === 5 ? score : Math.min(5, Math.max(1, Math.ceil((score * 5) / bins)));
}

/** Segment names in Simplified Chinese (a translation of the grid's names, for reports and tables). */
export const SEGMENT_NAMES_ZH: Record<SegmentName, string> = {
  Champions: '冠军客户',
  'Loyal Customers': '忠诚客户',
  'Potential Loyalists': '潜在忠诚客户',
  'New Customers': '新客户',
  Promising: '有潜力客户',
  'Need Attention': '需要关注',
  'About to Sleep': '即将沉睡',
  'At Risk': '流失风险',
  "Can't Lose Them": '不能失去的客户',
  Hibernating: '休眠客户',
  Lost: '已流失',
};

export type Language = 'en' | 'zh-cn';

/** A segment's name in a language ('en' keeps the English name). */
export function segmentName(name: SegmentName, language: Language = 'en'): string {
  return language === 'zh-cn' ? SEGMENT_NAMES_ZH[name] : name;
}
