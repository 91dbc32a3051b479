/**
 * How the probabilistic models are fitted: Nelder–Mead with restarts. On large data (when the
 * caller passes `sample`, the objective on a sample of the rows), the simplex travels on the
 * cheap sample first, then Newton steps polish on all rows, with Nelder–Mead from where they
 * stopped if they do not converge.
 */
import { type MinimizeResult } from './nelderMead';
/**
 * @example minimize(nll, [0, 0, 0], { tol: 1e-12, sample: nllOnTenThousandRows })
 */
export declare function minimize(f: (x: number[]) => number, x0: number[], options: {
    tol: number;
    sample?: (x: number[]) => number;
}): MinimizeResult;
