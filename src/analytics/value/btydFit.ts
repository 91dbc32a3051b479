/**
 * The steps BG/NBD and Pareto/NBD fits share: read and check the summary, rescale time so that
 * the largest T is 1 (as lifetimes does), merge identical rows, and the objective the optimiser
 * minimises: the mean negative log-likelihood over log-parameters plus lifetimes' L2 penalty.
 */
import { compressSummary, everyNthRow, type CompressedSummary } from '../numerics/bgNbdLikelihood';
import type { TableInput } from '../columnar/tableInput';
import { checkCustomer } from './checkCustomer';
import { readSummary, type SummaryArrays, type SummaryColumns } from './summaryInput';
import type { Language } from '../segments/index';
import { warningText } from '../warningText';

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
  const scale = s.T.reduce((m, v) => Math.max(m, v), 0) || 1;
  return { s, scale, data: compressSummary(s.x, s.tx, s.T, s.w, scale) };
}

/**
 * The penalised mean negative log-likelihood over log-parameters, for the merged rows `d`;
 * `logLikelihood(d, p)` takes the parameters themselves (all positive).
 */
export function penalizedObjective(d: CompressedSummary, penalizer: number, logLikelihood: (d: CompressedSummary, p: number[]) => number) {
  const total = d.w.reduce((a, b) => a + b, 0);
  return (lp: number[]): number => {
    const p = lp.map(Math.exp);
    if (!p.every((v) => v > 0 && Number.isFinite(v))) return Infinity;
    return -logLikelihood(d, p) / total + penalizer * p.reduce((sum, v) => sum + v * v, 0);
  };
}

/** The objective on a systematic sample of about 10,000 merged rows, for a first fit on large data (else undefined). */
export function sampledObjective(d: CompressedSummary, logLikelihood: (d: CompressedSummary, p: number[]) => number) {
  return d.rows > 20_000 ? penalizedObjective(everyNthRow(d, Math.ceil(d.rows / 10_000)), 0, logLikelihood) : undefined;
}

/** The notes every BTYD fit gives, in `language`: no convergence, too few repeat buyers, no standard errors. */
export function fitWarnings(
  fit: { converged: boolean; message: string },
  s: SummaryArrays,
  hasStandardErrors: boolean,
  language: Language,
): string[] {
  const warnings: string[] = [];
  if (!fit.converged) warnings.push(warningText(language, 'fitNotConverged', fit.message));
  const repeaters = s.x.reduce((k, x, i) => k + (x > 0 ? s.w[i] : 0), 0);
  if (repeaters < 100) warnings.push(warningText(language, 'fewRepeatCustomers', repeaters));
  if (!hasStandardErrors) warnings.push(warningText(language, 'noStandardErrors'));
  return warnings;
}
