/**
 * How the probabilistic models are fitted: Nelder–Mead with restarts. On large data (when the
 * caller passes `sample`, the objective on a sample of the rows), the simplex travels on the
 * cheap sample first, then Newton steps polish on all rows, with Nelder–Mead from where they
 * stopped if they do not converge. The work is bounded: at most `maxEvaluations` evaluations of
 * the full objective by Nelder–Mead (the result then says it did not converge).
 */
import { nelderMead, type MinimizeResult } from './nelderMead';
import { newtonPolish } from './newtonPolish';

/** Evaluations of the full objective Nelder–Mead may spend in one fit (default of `maxEvaluations`). */
export const MINIMIZE_MAX_EVALUATIONS = 10_000;

/**
 * @example minimize(nll, [0, 0, 0], { tol: 1e-12, sample: nllOnTenThousandRows })
 */
export function minimize(
  f: (x: number[]) => number,
  x0: number[],
  options: { tol: number; sample?: (x: number[]) => number; maxEvaluations?: number },
): MinimizeResult {
  const maxEvaluations = options.maxEvaluations ?? MINIMIZE_MAX_EVALUATIONS;
  const full = { tol: options.tol, maxIter: 20_000, restarts: 6, maxEvaluations };
  if (!options.sample) return nelderMead(f, x0, full);
  const start = nelderMead(options.sample, x0, { tol: 1e-10, maxIter: 5_000, restarts: 1 });
  const polished = newtonPolish(f, start.x);
  if (polished.converged) return polished;
  const last = nelderMead(f, polished.x, full);
  return { ...last, evaluations: polished.evaluations + last.evaluations };
}
