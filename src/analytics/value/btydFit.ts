/**
 * The steps BG/NBD and Pareto/NBD fits share: read and check the summary, rescale time so that
 * the largest T is 1 (as lifetimes does), merge identical rows, and the objective the optimiser
 * minimises: the mean negative log-likelihood over log-parameters plus lifetimes' L2 penalty.
 *
 * Small or degenerate data (a handful of repeat buyers, identical customers) often have their
 * maximum likelihood at infinity (e.g. BG/NBD's a, b → ∞: no heterogeneity in dropout). The
 * optimiser would follow the ever-flatter slope for its whole budget, so the log-parameters are
 * kept in a box (|ln θ| ≤ {@link LOG_PARAMETER_BOUND}, time scaled to T ≤ 1), and a fit that ends
 * beyond {@link LOG_PARAMETER_EDGE} is reported with the named warning `tooLittleRepeatData`.
 */
import { compressSummary, everyNthRow, type CompressedSummary } from '../numerics/bgNbdLikelihood';
import type { TableInput } from '../columnar/tableInput';
import { checkCustomer } from './checkCustomer';
import { readSummary, type SummaryArrays, type SummaryColumns } from './summaryInput';
import type { Language } from '../segments/index';
import { warningText } from '../warningText';
import { analyticsError } from '../analyticsError';

/** The box the optimiser searches: |ln θ| ≤ 16 (θ between about 1e-7 and 9e6, in time scaled to T ≤ 1). */
export const LOG_PARAMETER_BOUND = 16;

/** A fitted |ln θ| beyond this (θ outside about 6e-6 … 1.6e5) is a fit at the edge of the parameter space. */
export const LOG_PARAMETER_EDGE = 12;

export interface BtydFitInput {
  /** The summary's arrays (frequency x, recency tx, age T, weights w). */
  s: SummaryArrays;
  /** The time scale: the largest T (times are divided by it). */
  scale: number;
  /** The rescaled, merged rows. */
  data: CompressedSummary;
}

/** Reads, checks (naming the row) and rescales a summary for fitting. */
export function btydFitInput(fn: string, summary: TableInput, columns: Partial<SummaryColumns>, weights: string | undefined): BtydFitInput {
  const s = readSummary(fn, summary, columns, weights);
  for (let i = 0; i < s.x.length; i++) checkCustomer(`${fn} (row ${i + 1})`, s.x[i], s.tx[i], s.T[i]);
  const scale = s.T.reduce((m, v) => Math.max(m, v), 0);
  const customers = s.w.reduce((a, b) => a + b, 0);
  if (scale === 0)
    throw analyticsError(fn, `every customer has age T = 0 (${customers} customers): there is no observation time to fit on`);
  const repeats = s.x.reduce((k, x, i) => k + x * s.w[i], 0);
  if (repeats === 0)
    throw analyticsError(
      fn,
      `too little repeat data to fit: none of the ${customers} customers bought more than once, so there is no repeat-purchase rate to estimate`,
    );
  return { s, scale, data: compressSummary(s.x, s.tx, s.T, s.w, scale) };
}

/**
 * The penalised mean negative log-likelihood over log-parameters, for the merged rows `d`;
 * `logLikelihood(d, p)` takes the parameters themselves (all positive).
 */
export function penalizedObjective(d: CompressedSummary, penalizer: number, logLikelihood: (d: CompressedSummary, p: number[]) => number) {
  const total = d.w.reduce((a, b) => a + b, 0);
  return (lp: number[]): number => {
    if (!lp.every((v) => Math.abs(v) <= LOG_PARAMETER_BOUND)) return Infinity;
    const p = lp.map(Math.exp);
    return -logLikelihood(d, p) / total + penalizer * p.reduce((sum, v) => sum + v * v, 0);
  };
}

/** The objective on a systematic sample of about 10,000 merged rows, for a first fit on large data (else undefined). */
export function sampledObjective(d: CompressedSummary, logLikelihood: (d: CompressedSummary, p: number[]) => number) {
  return d.rows > 20_000 ? penalizedObjective(everyNthRow(d, Math.ceil(d.rows / 10_000)), 0, logLikelihood) : undefined;
}

/**
 * The parameters of a fit at the edge of the parameter space, as "name = value" (in the data's
 * time unit), or '' when none is: `logParams` are the fitted log-parameters in scaled time.
 */
export function edgeParameters(logParams: number[], params: Record<string, number>): string {
  const names = Object.keys(params);
  return names
    .filter((_, i) => Math.abs(logParams[i]) > LOG_PARAMETER_EDGE)
    .map((k) => `${GREEK[k] ?? k} = ${params[k].toPrecision(3)}`)
    .join(', ');
}

/** The parameters' names as the papers write them (so a Chinese sentence keeps no English word). */
const GREEK: Readonly<Record<string, string>> = { alpha: 'α', beta: 'β', gamma: 'γ' };

/**
 * The notes every BTYD fit gives, in `language`: no convergence, a fit at the edge of the
 * parameter space (`edge`, from {@link edgeParameters}), too few repeat buyers, no standard errors.
 */
export function fitWarnings(
  fit: { converged: boolean; message: string },
  s: SummaryArrays,
  hasStandardErrors: boolean,
  language: Language,
  model: { name: string; edge: string },
): string[] {
  const warnings: string[] = [];
  if (!fit.converged) warnings.push(warningText(language, 'fitNotConverged', fit.message));
  const repeaters = s.x.reduce((k, x, i) => k + (x > 0 ? s.w[i] : 0), 0);
  if (model.edge) {
    const customers = s.w.reduce((a, b) => a + b, 0);
    const purchases = s.x.reduce((k, x, i) => k + x * s.w[i], 0);
    warnings.push(warningText(language, 'tooLittleRepeatData', model.name, repeaters, customers, purchases, model.edge));
  }
  if (repeaters < 100) warnings.push(warningText(language, 'fewRepeatCustomers', repeaters));
  if (!hasStandardErrors) warnings.push(warningText(language, 'noStandardErrors'));
  return warnings;
}
