/**
 * What to do with each RFM segment: a short description and a recommended action.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { segmentName, type Language, type SegmentName } from './rfmSegments';

const ACTIONS: Record<SegmentName, [string, string]> = {
  Champions: ['Bought recently, buy often and spend the most.', 'Reward them: early access, referral asks, reviews. Avoid discounting.'],
  'Loyal Customers': ['Buy regularly and respond to promotions.', 'Upsell higher-value products; invite to a loyalty programme.'],
  'Potential Loyalists': ['Recent customers with a few purchases.', 'Offer membership or a second-purchase incentive; recommend related products.'],
  'New Customers': ['Bought for the first time very recently.', 'Onboard well: welcome series, how-to content, a reason to come back.'],
  Promising: ['Recent first-time buyers who have not returned yet.', 'Build the relationship: helpful content and a modest, time-limited offer.'],
  'Need Attention': ['Average recency and frequency; may be cooling.', 'Reactivate with personalised recommendations and a limited-time offer.'],
  'About to Sleep': ['Below-average recency and frequency.', 'Share popular products and a gentle discount before they lapse.'],
  'At Risk': ['Bought often before, but not for a while.', 'Win-back campaign: personal message, a strong offer, ask what changed.'],
  "Can't Lose Them": ['Used to buy the most, often, but have gone quiet.', 'Reach out personally; win them back with your best offer and a call if you can.'],
  Hibernating: ['Last purchase long ago; few purchases.', 'Low-cost reactivation only (newsletter, seasonal offer); do not overspend.'],
  Lost: ['Lowest recency and frequency.', 'Try one win-back message; otherwise suppress from paid campaigns.'],
};

/**
 * @param language segment names in 'en' (default) or 'zh-cn' (descriptions stay in English)
 * @returns a table: segment, description, action — one row per segment, in the grid's order
 * @example crm.segmentActions().objects().find((a) => a.segment === 'At Risk').action
 * // → 'Win-back campaign: personal message, a strong offer, ask what changed.'
 */
export function segmentActions(language: Language = 'en'): ColumnTable {
  return aq.from(Object.entries(ACTIONS).map(([segment, [description, action]]) => ({ segment: segmentName(segment as SegmentName, language), description, action })));
}
