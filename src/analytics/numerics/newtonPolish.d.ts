import { type MinimizeResult } from './nelderMead';
/**
 * Newton's method with a numerical gradient and Hessian and a halving line search, for polishing
 * a starting point that is already close to the minimum (e.g. a fit on a sample). Far cheaper
 * than Nelder–Mead's final crawl on large data; reports `converged: false` when the Hessian is
 * not positive definite or the steps stop improving, so the caller can fall back.
 * @example newtonPolish(([x, y]) => (x - 1) ** 2 + 3 * (y + 2) ** 2, [0.9, -1.9]).x // → [1, -2]
 */
export declare function newtonPolish(f: (x: number[]) => number, x0: number[], options?: Partial<{
    maxIter: number;
    tol: number;
    h: number;
}>): MinimizeResult;
