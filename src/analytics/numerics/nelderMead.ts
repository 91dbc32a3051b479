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
  /** Most evaluations of f over all starts (default Infinity: only maxIter bounds the work). */
  maxEvaluations: number;
}

export interface MinimizeResult {
  x: number[];
  fx: number;
  iterations: number;
  /** Evaluations of f. */
  evaluations: number;
  converged: boolean;
  message: string;
}

/**
 * @example nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).x // → [1, -2] (to ~1e-6)
 */
export function nelderMead(f: (x: number[]) => number, x0: number[], options: Partial<MinimizeOptions> = {}): MinimizeResult {
  const { tol = 1e-10, maxIter = 5000, restarts = 3, step = 0.5, maxEvaluations = Infinity } = options;
  const n = x0.length;
  let evaluations = 0;
  const safe = (x: number[]) => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  let best = x0.slice();
  let bestF = safe(best);
  let iterations = 0;
  let converged = false;
  for (let run = 0; run <= restarts; run++) {
    const simplex = [best.slice()];
    for (let i = 0; i < n; i++) {
      const p = best.slice();
      p[i] += step / (run + 1);
      simplex.push(p);
    }
    let values = simplex.map(safe);
    converged = false;
    for (let it = 0; it < maxIter && evaluations < maxEvaluations; it++, iterations++) {
      const order = values.map((v, i) => i).sort((a, b) => values[a] - values[b]);
      const s = order.map((i) => simplex[i]);
      const v = order.map((i) => values[i]);
      simplex.splice(0, simplex.length, ...s);
      values = v;
      if (Math.abs(values[n] - values[0]) <= tol * (Math.abs(values[0]) + tol)) {
        converged = true;
        break;
      }
      const centroid = new Array(n).fill(0);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;
      const move = (t: number) => centroid.map((c, j) => c + t * (simplex[n][j] - c));
      const xr = move(-1);
      const fr = safe(xr);
      if (fr < values[0]) {
        const xe = move(-2);
        const fe = safe(xe);
        [simplex[n], values[n]] = fe < fr ? [xe, fe] : [xr, fr];
      } else if (fr < values[n - 1]) {
        [simplex[n], values[n]] = [xr, fr];
      } else {
        const xc = fr < values[n] ? move(-0.5) : move(0.5);
        const fc = safe(xc);
        if (fc < Math.min(fr, values[n])) [simplex[n], values[n]] = [xc, fc];
        else {
          for (let i = 1; i <= n; i++) {
            simplex[i] = simplex[i].map((x, j) => simplex[0][j] + 0.5 * (x - simplex[0][j]));
            values[i] = safe(simplex[i]);
          }
        }
      }
    }
    const i = values.indexOf(Math.min(...values));
    const improved = values[i] < bestF - Math.abs(bestF) * 1e-13;
    if (values[i] <= bestF) {
      best = simplex[i].slice();
      bestF = values[i];
    }
    if ((run > 0 && !improved && converged) || evaluations >= maxEvaluations) break;
  }
  return {
    x: best,
    fx: bestF,
    iterations,
    evaluations,
    converged: converged && Number.isFinite(bestF),
    message: !Number.isFinite(bestF)
      ? 'the objective is not finite at any point tried'
      : converged
        ? 'converged'
        : evaluations >= maxEvaluations
          ? `did not converge in ${maxEvaluations} evaluations`
          : `did not converge in ${maxIter} iterations per start`,
  };
}

/** Hessian of f at x by central differences (for standard errors). */
export function hessian(f: (x: number[]) => number, x: number[], h = 1e-4): number[][] {
  const n = x.length;
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const at = (d: [number, number][]) => {
    const p = x.slice();
    for (const [i, s] of d) p[i] += s * h * Math.max(1, Math.abs(x[i]));
    return f(p);
  };
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const hi = h * Math.max(1, Math.abs(x[i]));
      const hj = h * Math.max(1, Math.abs(x[j]));
      const v =
        (at([
          [i, 1],
          [j, 1],
        ]) -
          at([
            [i, 1],
            [j, -1],
          ]) -
          at([
            [i, -1],
            [j, 1],
          ]) +
          at([
            [i, -1],
            [j, -1],
          ])) /
        (4 * hi * hj);
      H[i][j] = H[j][i] = v;
    }
  }
  return H;
}

/** Inverse of a small symmetric matrix (Gauss–Jordan); null when singular. */
export function invert(m: number[][]): number[][] | null {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    if (Math.abs(a[p][c]) < 1e-300) return null;
    [a[c], a[p]] = [a[p], a[c]];
    const d = a[c][c];
    for (let k = 0; k < 2 * n; k++) a[c][k] /= d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r][c];
      for (let k = 0; k < 2 * n; k++) a[r][k] -= f * a[c][k];
    }
  }
  return a.map((row) => row.slice(n));
}
