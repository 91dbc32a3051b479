/**
 * How the probabilistic models are fitted: Nelder–Mead with restarts. On large data (when the
 * caller passes `sample`, the objective on a sample of the rows), the simplex travels on the
 * cheap sample first, then Newton steps polish on all rows, with Nelder–Mead from where they
 * stopped if they do not converge.
 */
import { nelderMead, type MinimizeResult } from './nelderMead';
import { newtonPolish } from './newtonPolish';

/**
 * @example minimize(nll, [0, 0, 0], { tol: 1e-12, sample: nllOnTenThousandRows })
 */
export function minimize(
  f: (x: number[]) => number,
  x0: number[],
  options: { tol: number; sample?: (x: number[]) => number },
): MinimizeResult {
  const full = { tol: options.tol, maxIter: 20_000, restarts: 6 };
  if (!options.sample) return nelderMead(f, x0, full);
  const start = nelderMead(options.sample, x0, { tol: 1e-10, maxIter: 5_000, restarts: 1 }).x;
  const polished = newtonPolish(f, start);
  return polished.converged ? polished : nelderMead(f, polished.x, full);
}
