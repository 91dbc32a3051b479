export type TieRule = 'split' | 'min';
/** How to score: into how many bins, which way is better, and how ties are broken. */
export interface ScoreBinsOptions {
    bins: number;
    /** 'higher' for frequency and monetary value, 'lower' for recency (days since the last order). */
    better: 'higher' | 'lower';
    ties: TieRule;
}
/**
 * Scores 1..bins, worst to best (`better` says which way), ties by `ids` ascending.
 * @example scoreBins([5, 1, 3], ['a', 'b', 'c'], { bins: 3, better: 'higher', ties: 'split' }) // → Uint8Array [3, 1, 2]
 */
export declare function scoreBins(values: ArrayLike<number>, ids: readonly string[], { bins, better, ties }: ScoreBinsOptions): Uint8Array;
