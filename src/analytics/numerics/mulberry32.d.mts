/** A seeded random source: the same seed gives the same sequence of numbers in [0, 1). */
export declare function seededRandom(seed: number): () => number;
