/**
 * What a shop's comments are about: five topics that small-shop owners sort feedback into (delivery,
 * packaging, quality, price, service; 物流/快递, 包装, 口味/质量, 价格, 客服), each with the words that
 * name it in Chinese and English. Our own lists; a comment can be about several topics or none.
 */
import type { Language } from '../segments/rfmSegments';

export interface ShopTopic {
  /** English name (the `topic` column when language is 'en'). */
  en: string;
  /** Chinese name (when language is 'zh-cn'). */
  zh: string;
  /** Chinese words, matched anywhere in the comment (Chinese has no spaces to match on). */
  zhWords: readonly string[];
  /** English words, matched as whole words (so "late" is not found in "chocolate"). */
  enWords: readonly string[];
}

export const SHOP_TOPICS: readonly ShopTopic[] = Object.freeze([
  {
    en: 'delivery',
    zh: '物流/快递',
    zhWords: ['物流', '快递', '发货', '到货', '配送', '送货', '包裹', '顺丰', '圆通', '中通', '韵达', '申通', '邮政'],
    enWords: ['shipping', 'delivery', 'delivered', 'courier', 'shipped', 'arrived', 'dispatch', 'parcel', 'tracking'],
  },
  {
    en: 'packaging',
    zh: '包装',
    zhWords: ['包装', '盒子', '礼盒', '破损', '压坏', '瓶子', '袋子', '塑料袋', '撒了', '漏'],
    enWords: ['packaging', 'package', 'packed', 'box', 'wrapping', 'damaged', 'leaked', 'crushed'],
  },
  {
    en: 'quality',
    zh: '口味/质量',
    zhWords: [
      '质量',
      '味道',
      '口味',
      '口感',
      '做工',
      '香气',
      '茶汤',
      '回甘',
      '新鲜',
      '好喝',
      '难喝',
      '好吃',
      '难吃',
      '正品',
      '假货',
      '霉',
      '涩',
      '茶味',
      '材质',
      '异味',
    ],
    enWords: ['quality', 'taste', 'tastes', 'flavor', 'flavour', 'fresh', 'stale', 'material', 'broke', 'fake', 'genuine'],
  },
  {
    en: 'price',
    zh: '价格',
    zhWords: ['价格', '价钱', '价位', '贵', '便宜', '性价比', '划算', '实惠', '降价', '优惠', '活动价', '物美价廉', '浪费钱'],
    enWords: ['price', 'prices', 'expensive', 'cheap', 'overpriced', 'value', 'discount', 'cost'],
  },
  {
    en: 'service',
    zh: '客服',
    zhWords: ['客服', '服务', '售后', '回复', '卖家', '店家', '老板', '退货', '退款', '补发', '态度', '沟通'],
    enWords: ['service', 'support', 'seller', 'refund', 'reply', 'replied', 'answered', 'staff', 'helpful', 'rude'],
  },
]);

/**
 * The topics one comment is about, by name in the given language.
 * @example commentTopics('物流很快，但是包装破损') // → ['delivery', 'packaging']
 */
export function commentTopics(text: string, language: Language = 'en'): string[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  const englishWords = new Set(normalized.match(/[a-z]+/g) ?? []);
  return SHOP_TOPICS.filter((t) => t.zhWords.some((w) => normalized.includes(w)) || t.enWords.some((w) => englishWords.has(w))).map((t) =>
    language === 'zh-cn' ? t.zh : t.en,
  );
}
