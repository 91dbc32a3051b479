/** Displays of the value topic: repeat rate, Pareto, the BTYD models and predicted CLV. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { summaries } from '../text/index';
import { count, display, type DisplaysOf, fmt, isTable, money, notes, pct, summary, sumOf } from './display';
import { clvIntervalParts } from './advanced';

function predictClvParts(t: ReturnType<typeof analytics.predictClv>, options: Partial<analytics.PredictClvOptions> | undefined) {
  const clv = t.array('clv');
  const total = sumOf(clv);
  const o = options ?? {};
  const alive = Array.from(t.array('probabilityAlive'), Number).filter((p) => p >= 0.5).length;
  const mean = money(total / Math.max(1, clv.length));
  return [
    summary([
      summaries().clv(o.months ?? 12, money(total), mean, fmt(100 * (o.monthlyDiscount ?? 0.01), 1)),
      '',
      summaries().clvAlive(count(alive), count(clv.length)),
    ]),
    t,
    charts.topCustomersChart(t),
    charts.clvDistributionChart(t),
    charts.pAliveChart(t),
    ...clvIntervalParts(t, o),
  ];
}

export const valueDisplays = {
  repeatRate: display(analytics.repeatRate, (r) => [
    summary([summaries().repeatRate(pct(r.repeatRate), count(r.repeatCustomers), count(r.customers))]),
  ]),
  pareto: display(analytics.pareto, (r) => [
    summary([summaries().pareto(pct(r.topShares.find((s) => s.top === 0.2)?.revenueShare), pct(r.customersFor80))]),
    charts.paretoChart(r),
  ]),
  fitBgNbd: display(analytics.fitBgNbd, (m, [summaryTable]) => [
    summary([
      summaries().bgNbd(
        count(m.customers),
        m.timeUnitDays,
        `r = ${fmt(m.params.r, 4)}, α = ${fmt(m.params.alpha, 4)}, a = ${fmt(m.params.a, 4)}, b = ${fmt(m.params.b, 4)}`,
        fmt(m.logLikelihood, 2),
        m.converged,
      ),
      ...notes(m.warnings),
    ]),
    ...(isTable(summaryTable) ? [charts.frequencyRecencyChart(m, summaryTable, { t: Math.round(365 / m.timeUnitDays) })] : []),
  ]),
  fitGammaGamma: display(analytics.fitGammaGamma, (m) => [
    summary([
      summaries().gammaGamma(
        count(m.customers),
        `p = ${fmt(m.params.p, 4)}, q = ${fmt(m.params.q, 4)}, γ = ${fmt(m.params.gamma, 4)}`,
        money(m.meanSpend),
        fmt(m.spendFrequencyCorrelation, 3),
      ),
      ...notes(m.warnings),
    ]),
  ]),
  predictClv: display(analytics.predictClv, (t, [, options]) => predictClvParts(t, options)),
  holdoutCheck: display(analytics.holdoutCheck, (r) => [
    summary([
      summaries().holdout(
        fmt(r.holdoutLength, 1),
        fmt(r.totalPredicted, 0),
        fmt(r.totalActual, 0),
        fmt((100 * (r.totalPredicted - r.totalActual)) / Math.max(1, r.totalActual), 1),
      ),
      ...notes(r.warnings),
    ]),
    r.table,
    charts.holdoutChart(r),
  ]),
} satisfies DisplaysOf<'repeatRate' | 'pareto' | 'fitBgNbd' | 'fitGammaGamma' | 'predictClv' | 'holdoutCheck'>;
