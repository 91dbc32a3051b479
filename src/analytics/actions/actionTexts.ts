/**
 * The words of {@link actionList}: each rule's reason, in English and Simplified Chinese.
 */
import type { Language } from '../segments/index';

export type ActionRule = 'detractor' | 'lapsed' | 'fading' | 'new';

const num = (v: number, digits = 0) => v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export interface ReasonFacts {
  label?: 'champion' | 'loyal';
  since?: number;
  interval?: number;
  score?: number;
  clv?: number;
  pAlive?: number;
  threshold?: number;
}

/**
 * @example reasonText('lapsed', { label: 'champion', since: 62, interval: 21 }, 'en') // → 'Champion who has not ordered for 62 days (usually every 21)'
 */
export function reasonText(rule: ActionRule, f: ReasonFacts, language: Language): string {
  const zh = language === 'zh-cn';
  switch (rule) {
    case 'lapsed':
      return zh
        ? `${f.label === 'champion' ? '冠军客户' : '忠诚客户'}已 ${f.since} 天未下单（通常每 ${num(f.interval!)} 天一次）`
        : `${f.label === 'champion' ? 'Champion' : 'Loyal customer'} who has not ordered for ${f.since} days (usually every ${num(f.interval!)})`;
    case 'detractor': {
      const when = zh
        ? f.since === 0
          ? '今天'
          : `${f.since} 天前`
        : f.since === 0
          ? 'today'
          : f.since === 1
            ? 'yesterday'
            : `${f.since} days ago`;
      return zh ? `贬损者（评分 ${f.score}），${when}有订单` : `Detractor (score ${f.score}) with an order ${when}`;
    }
    case 'fading':
      return zh
        ? `预测价值高（${num(f.clv!)}），存活概率降至 ${f.threshold} 以下（${num(f.pAlive!, 2)}）`
        : `High predicted value (${num(f.clv!)}), P(alive) fell below ${f.threshold} (${num(f.pAlive!, 2)})`;
    case 'new':
      return zh ? `新客户：首单后 ${f.since} 天仍未再次下单` : `New customer: second order not yet placed after ${f.since} days`;
  }
}

/** What to do for a detractor (no RFM segment's action fits an unhappy customer who just bought). */
export function detractorAction(language: Language): string {
  return language === 'zh-cn'
    ? '亲自联系：道歉，询问问题所在并先解决问题，再谈优惠。'
    : 'Contact them personally: apologise, ask what went wrong and put it right before any offer.';
}
