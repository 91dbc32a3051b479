// Random variates for the seeded data generators (samples and benchmarks), drawn from one
// uniform source `rand` (mulberry32): normal by Box–Muller, Gamma by Marsaglia & Tsang (2000)
// with the shape < 1 boost, Beta from two Gammas. Changing them changes the committed samples.
export function randomVariates(rand) {
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  function gamma(shape, scale) {
    if (shape < 1) return gamma(shape + 1, scale) * Math.pow(rand(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x, v;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = rand();
      if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
    }
  }
  const beta = (a, b) => {
    const x = gamma(a, 1);
    return x / (x + gamma(b, 1));
  };
  return { normal, gamma, beta };
}
