/**
 * What to do with each RFM segment: a short description and a recommended action.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { segmentName, type Language, type SegmentName } from './rfmSegments';

const ACTIONS: Record<SegmentName, [string, string]> = {
  Champions: ['Bought recently, buy often and spend the most.', 'Reward them: early access, referral asks, reviews. Avoid discounting.'],
  'Loyal Customers': ['Buy regularly and respond to promotions.', 'Upsell higher-value products; invite to a loyalty programme.'],
  'Potential Loyalists': [
    'Recent customers with a few purchases.',
    'Offer membership or a second-purchase incentive; recommend related products.',
  ],
  'New Customers': ['Bought for the first time very recently.', 'Onboard well: welcome series, how-to content, a reason to come back.'],
  Promising: [
    'Recent first-time buyers who have not returned yet.',
    'Build the relationship: helpful content and a modest, time-limited offer.',
  ],
  'Need Attention': [
    'Average recency and frequency; may be cooling.',
    'Reactivate with personalised recommendations and a limited-time offer.',
  ],
  'About to Sleep': ['Below-average recency and frequency.', 'Share popular products and a gentle discount before they lapse.'],
  'At Risk': ['Bought often before, but not for a while.', 'Win-back campaign: personal message, a strong offer, ask what changed.'],
  "Can't Lose Them": [
    'Used to buy the most, often, but have gone quiet.',
    'Reach out personally; win them back with your best offer and a call if you can.',
  ],
  Hibernating: ['Last purchase long ago; few purchases.', 'Low-cost reactivation only (newsletter, seasonal offer); do not overspend.'],
  Lost: ['Lowest recency and frequency.', 'Try one win-back message; otherwise suppress from paid campaigns.'],
};

const ACTIONS_ZH: Record<SegmentName, [string, string]> = {
  Champions: ['最近购买、购买频繁且消费最多。', '回馈他们：抢先体验、邀请推荐、请他们写评价。避免打折。'],
  'Loyal Customers': ['经常购买，对促销有反应。', '推荐更高价值的商品；邀请加入会员计划。'],
  'Potential Loyalists': ['最近购买过几次的客户。', '提供会员资格或第二单激励；推荐相关商品。'],
  'New Customers': ['最近首次购买。', '做好新客引导：欢迎邮件、使用指南，给他们再来的理由。'],
  Promising: ['最近首次购买、尚未复购。', '建立关系：有用的内容加一个适度的限时优惠。'],
  'Need Attention': ['近度和频度一般，可能在降温。', '用个性化推荐和限时优惠重新激活。'],
  'About to Sleep': ['近度和频度低于平均。', '分享热门商品并给一个小折扣，赶在流失之前。'],
  'At Risk': ['以前经常购买，但已有一段时间没买。', '赢回活动：个人化消息、有力的优惠，问问发生了什么变化。'],
  "Can't Lose Them": ['曾经购买最多、最频繁，但已沉寂。', '亲自联系；用最好的优惠赢回他们，能打电话就打电话。'],
  Hibernating: ['上次购买很久以前，购买次数少。', '只做低成本的重新激活（简报、季节性优惠）；不要过度投入。'],
  Lost: ['近度和频度最低。', '尝试一次赢回消息；否则不再投放付费广告。'],
};

/**
 * @param language 'en' (default) or 'zh-cn': segment names, descriptions and actions in that language
 * @returns a table: segment, description, action — one row per segment, in the grid's order
 * @example crm.segmentActions().objects().find((a) => a.segment === 'At Risk').action
 * // → 'Win-back campaign: personal message, a strong offer, ask what changed.'
 */
export function segmentActions(language: Language = 'en'): ColumnTable {
  const texts = language === 'zh-cn' ? ACTIONS_ZH : ACTIONS;
  return aq.from(
    Object.entries(texts).map(([segment, [description, action]]) => ({
      segment: segmentName(segment as SegmentName, language),
      description,
      action,
    })),
  );
}
