/** Numerics (an engine; the public part): normal and Student t distributions, special functions, Nelder–Mead. */
export { normalCdf, normalQuantile, twoSidedP } from './normal';
export { lnGamma, lnBeta, hyp2f1, logSumExp, logistic } from './special';
export { nelderMead, type MinimizeResult } from './nelderMead';
export { incompleteBeta, studentTCdf, studentTQuantile } from './studentT';
