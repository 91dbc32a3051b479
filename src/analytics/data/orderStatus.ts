/**
 * Order statuses of shop exports, in English and Chinese, and what each means for revenue: an
 * order counts when it was paid and is not cancelled, voided, closed, failed or fully refunded.
 * The dictionary covers Shopify, WooCommerce, Stripe, Etsy, Taobao/Tmall, JD, Pinduoduo, Youzan,
 * Douyin and the WeChat shop (see docs/supported-exports.md for the sources).
 */

/** Why an order does not count. */
export type ExclusionReason = 'refunded' | 'cancelled' | 'awaiting payment' | 'voided' | 'failed' | 'closed';

/** What a status value means: the order counts ('paid') or is excluded for a reason. */
export type StatusMeaning = 'paid' | ExclusionReason;

/**
 * A status value as compared: lower case, no spaces, underscores, dashes, commas (ASCII or
 * full-width), brackets or "wc-" prefix.
 * @example normalizeStatus('Partially_refunded') // → 'partiallyrefunded'
 * @example normalizeStatus('卖家已发货，等待买家确认') // → '卖家已发货等待买家确认'
 * @example normalizeStatus('wc-on-hold') // → 'onhold'
 */
export function normalizeStatus(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/^wc-/, '')
    .replace(/[\s_\-,，、.。()（）[\]【】]/g, '');
}

const WORDS: Record<StatusMeaning, string[]> = {
  paid: [
    // Shopify financial status, WooCommerce, Stripe, Etsy and generic words
    'paid',
    'partiallyrefunded',
    'processing',
    'completed',
    'complete',
    'succeeded',
    'success',
    'successful',
    'captured',
    'shipped',
    'delivered',
    'fulfilled',
    'settled',
    // Taobao/Tmall
    '交易成功',
    '卖家已发货等待买家确认',
    '买家已付款等待卖家发货',
    '卖家部分发货',
    '已付款',
    '已支付',
    '支付成功',
    // JD
    '等待出库',
    '等待确认收货',
    '完成',
    '已完成',
    '正在出库',
    '等待发货',
    // Pinduoduo
    '待发货',
    '已发货待签收',
    '已签收',
    '已发货待收货',
    // Youzan, Douyin, WeChat shop
    '交易完成',
    '已发货',
    '待收货',
    '已收货',
    '部分发货',
    '待成团',
  ],
  refunded: ['refunded', 'fullyrefunded', '退款成功', '已退款', '全额退款', '退货退款成功', '已全额退款'],
  cancelled: ['cancelled', 'canceled', 'trash', 'deleted', '已取消', '取消', '订单取消', '删除', '已删除'],
  'awaiting payment': [
    'pending',
    'pendingpayment',
    'authorized',
    'authorised',
    'partiallypaid',
    'unpaid',
    'onhold',
    'draft',
    'checkoutdraft',
    'awaitingpayment',
    'uncaptured',
    'incomplete',
    'requirespaymentmethod',
    'requirescapture',
    'notpaid',
    '等待买家付款',
    '等待付款',
    '待支付',
    '待付款',
    '未付款',
    '待买家付款',
    '未支付',
  ],
  voided: ['voided', 'void', 'expired'],
  failed: ['failed', 'declined', 'blocked', '支付失败', '失败'],
  closed: ['closed', '交易关闭', '已关闭', '订单关闭', '关闭'],
};

const DICTIONARY = new Map<string, StatusMeaning>();
for (const [meaning, words] of Object.entries(WORDS) as [StatusMeaning, string[]][])
  for (const w of words) DICTIONARY.set(normalizeStatus(w), meaning);

/** The user's changes to the status rule: values to count (include) or to exclude. */
export interface StatusRules {
  include?: string[];
  exclude?: string[];
}

/** What a status value means after the user's rules: a meaning, 'excluded status' (by the rules) or undefined (unknown). */
export type StatusVerdict = StatusMeaning | 'excluded status' | undefined;

/**
 * What a status value means, after the user's include/exclude lists (compared normalised).
 * Empty values say nothing and count as paid; values in no list and not in the dictionary are
 * unknown (undefined), so that the caller reports them instead of counting them.
 * @example statusMeaning('wc-on-hold') // → 'awaiting payment'
 * @example statusMeaning('on-hold', { include: ['on-hold'] }) // → 'paid'
 * @example statusMeaning('交易关闭') // → 'closed'
 * @example statusMeaning('Disputed') // → undefined
 */
export function statusMeaning(value: string, rules: StatusRules = {}): StatusVerdict {
  const s = normalizeStatus(value);
  if (s === '') return 'paid';
  if (rules.exclude?.some((x) => normalizeStatus(x) === s)) return 'excluded status';
  if (rules.include?.some((x) => normalizeStatus(x) === s)) return 'paid';
  return DICTIONARY.get(s);
}

/**
 * What an after-sale (售后) value means: a completed refund excludes the order; every other
 * value (无售后, 售后关闭, 退款中 …) leaves it as it is.
 * @example afterSaleMeaning('退款成功') // → 'refunded'
 */
export function afterSaleMeaning(value: string): ExclusionReason | undefined {
  return /退款成功|退货退款成功|已退款|已全额退款/.test(value) ? 'refunded' : undefined;
}

/** Whether a yes/no cell says "no" (Stripe's Captured = false means the payment was not taken). */
export function isNo(value: string): boolean {
  return /^(false|no|n|0|否)$/i.test(value.trim());
}
