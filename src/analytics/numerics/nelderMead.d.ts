/**
 * Nelder–Mead minimisation with restarts, for fitting models over log-parameters. It reports
 * whether it converged instead of throwing.
 */
export interface MinimizeOptions {
    /** Stop when the simplex's spread of values falls below this (default 1e-10). */
    tol: number;
    /** Iterations per start (default 5000). */
    maxIter: number;
    /** Restarts from the best point, to escape a collapsed simplex (default 3). */
    restarts: number;
    /** Initial step of the simplex along each axis (default 0.5). */
    step: number;
}
export interface MinimizeResult {
    x: number[];
    fx: number;
    iterations: number;
    converged: boolean;
    message: string;
}
/**
 * @example nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).x // → [1, -2] (to ~1e-6)
 */
export declare function nelderMead(f: (x: number[]) => number, x0: number[], options?: Partial<MinimizeOptions>): MinimizeResult;
/** Hessian of f at x by central differences (for standard errors). */
export declare function hessian(f: (x: number[]) => number, x: number[], h?: number): number[][];
/** Inverse of a small symmetric matrix (Gauss–Jordan); null when singular. */
export declare function invert(m: number[][]): number[][] | null;
