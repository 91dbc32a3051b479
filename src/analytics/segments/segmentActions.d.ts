import type { ColumnTable } from 'arquero';
import { type Language } from './rfmSegments';
/**
 * @param language 'en' (default) or 'zh-cn': segment names, descriptions and actions in that language
 * @returns a table: segment, description, action — one row per segment, in the grid's order
 * @example crm.segmentActions().objects().find((a) => a.segment === 'At Risk').action
 * // → 'Win-back campaign: personal message, a strong offer, ask what changed.'
 */
export declare function segmentActions(language?: Language): ColumnTable;
