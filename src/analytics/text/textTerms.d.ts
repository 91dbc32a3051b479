/**
 * Terms of a free-text comment, in English and Chinese, with no dictionary of our own: words come
 * from `Intl.Segmenter` (ICU's word breaks, which segment Chinese with ICU's dictionary). Common
 * function words are dropped. Where ICU leaves Chinese characters apart (发/货/慢), a run of two
 * becomes one term (发货) and a longer run gives its overlapping character pairs (发货, 货慢), as
 * CJK bigram analysers do; a lone character is dropped. Two adjacent kept words also count as a
 * phrase ("customer service", "客服 态度").
 */
/** Whether a text is mostly Chinese (more Han characters than Latin letters). */
export declare function isChinese(text: string): boolean;
/**
 * The distinct terms and phrases of one comment, lower-cased.
 * @example commentTerms('Shipping was slow, customer service great') // → ['shipping', 'slow', 'customer', 'service', 'great', 'customer service']
 */
export declare function commentTerms(text: string, phrases?: boolean): string[];
