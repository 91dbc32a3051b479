/**
 * Why a row was dropped, in words a shop owner reads: the {@link DropReason} codes of the
 * data-quality report stay English (code compares them), and this catalogue gives each its text
 * in every language the workbench speaks, the Chinese beside the English.
 */
import type { Language } from '../segments/index';
import type { DropReason } from './dataQualityReport';

/** Each drop reason in English and Simplified Chinese. */
export const DROP_REASON_TEXT: Readonly<Record<DropReason, Readonly<Record<Language, string>>>> = {
  'missing id': { en: 'missing id', 'zh-cn': '缺少客户编号' },
  'unparseable date': { en: 'unparseable date', 'zh-cn': '日期无法识别' },
  'non-numeric amount': { en: 'non-numeric amount', 'zh-cn': '金额不是数字' },
  'duplicate order id': { en: 'duplicate order id', 'zh-cn': '订单号重复' },
  'after asOf': { en: 'after asOf', 'zh-cn': '晚于截止日期（asOf）' },
  'refund dropped': { en: 'refund dropped', 'zh-cn': '退款行已丢弃' },
  'future date': { en: 'future date', 'zh-cn': '日期在未来' },
  'other currency': { en: 'other currency', 'zh-cn': '其他币种' },
  refunded: { en: 'refunded', 'zh-cn': '已退款' },
  cancelled: { en: 'cancelled', 'zh-cn': '已取消' },
  'awaiting payment': { en: 'awaiting payment', 'zh-cn': '等待付款' },
  voided: { en: 'voided', 'zh-cn': '已作废' },
  failed: { en: 'failed', 'zh-cn': '支付失败' },
  closed: { en: 'closed', 'zh-cn': '交易关闭' },
  'unknown status': { en: 'unknown status', 'zh-cn': '未知订单状态' },
  'excluded status': { en: 'excluded status', 'zh-cn': '已排除的订单状态' },
  'missing score': { en: 'missing score', 'zh-cn': '缺少评分' },
  'score out of range': { en: 'score out of range', 'zh-cn': '评分超出范围' },
  'non-integer score': { en: 'non-integer score', 'zh-cn': '评分不是整数' },
};

/**
 * A drop reason in a language; a reason this catalogue does not know is returned as it is.
 * @example dropReasonText('missing id', 'zh-cn') // → '缺少客户编号'
 * @example dropReasonText('missing id') // → 'missing id'
 */
export function dropReasonText(reason: string, language: Language = 'en'): string {
  return (DROP_REASON_TEXT as Record<string, Record<Language, string>>)[reason]?.[language] ?? reason;
}
