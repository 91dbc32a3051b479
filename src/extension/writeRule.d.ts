export type WriteDecision = 'write' | 'same' | 'ask';
export type AskAnswer = 'replace' | 'open' | 'saveAs';
/**
 * @example decideWrite(undefined, bytes) // → 'write'
 */
export declare function decideWrite(existing: Uint8Array | undefined, next: Uint8Array): WriteDecision;
/**
 * The first free "name (n).ext" beside a file.
 * @example freeName('/d/a.csv.analysis.crmnb', (p) => p.endsWith('a.csv.analysis.crmnb')) // → '/d/a.csv.analysis (2).crmnb'
 */
export declare function freeName(file: string, exists: (p: string) => boolean): string;
