/**
 * The words of {@link actionList}: each rule's reason, in English and Simplified Chinese.
 */
import type { Language } from '../segments/index';
export type ActionRule = 'detractor' | 'lapsed' | 'fading' | 'new';
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
export declare function reasonText(rule: ActionRule, f: ReasonFacts, language: Language): string;
/** What to do for a detractor (no RFM segment's action fits an unhappy customer who just bought). */
export declare function detractorAction(language: Language): string;
