import { hessian, invert, type MinimizeResult } from './nelderMead';

/**
 * Newton's method with a numerical gradient and Hessian and a halving line search, for polishing
 * a starting point that is already close to the minimum (e.g. a fit on a sample). Far cheaper
 * than Nelder–Mead's final crawl on large data; reports `converged: false` when the Hessian is
 * not positive definite or the steps stop improving, so the caller can fall back.
 * @example newtonPolish(([x, y]) => (x - 1) ** 2 + 3 * (y + 2) ** 2, [0.9, -1.9]).x // → [1, -2]
 */
export function newtonPolish(
  objective: (x: number[]) => number,
  x0: number[],
  options: Partial<{ maxIter: number; tol: number; h: number }> = {},
): MinimizeResult {
  const { maxIter = 20, tol = 1e-9, h = 1e-5 } = options;
  let evaluations = 0;
  const f = (v: number[]) => {
    evaluations++;
    return objective(v);
  };
  let x = x0.slice();
  let fx = f(x);
  let iterations = 0;
  const inv = invert(hessian(f, x));
  const fail = (message: string): MinimizeResult => ({ x, fx, iterations, evaluations, converged: false, message });
  if (!inv || !inv.every((row, i) => row[i] > 0)) return fail('the Hessian at the start is not positive definite');
  for (; iterations < maxIter; iterations++) {
    const g = x.map((_, i) => {
      const up = x.slice();
      const down = x.slice();
      up[i] += h;
      down[i] -= h;
      return (f(up) - f(down)) / (2 * h);
    });
    const step = inv.map((row) => -row.reduce((s, v, j) => s + v * g[j], 0));
    let t = 1;
    let next = x.map((v, i) => v + step[i]);
    let fNext = f(next);
    while (!(fNext <= fx) && t > 1e-4) {
      t /= 2;
      next = x.map((v, i) => v + t * step[i]);
      fNext = f(next);
    }
    if (!(fNext <= fx)) return fail('no step lowers the objective');
    const moved = Math.max(...step.map((s) => Math.abs(t * s)));
    x = next;
    fx = fNext;
    if (moved < tol) return { x, fx, iterations: iterations + 1, evaluations, converged: true, message: 'converged' };
  }
  return fail(`not converged after ${maxIter} Newton steps`);
}
