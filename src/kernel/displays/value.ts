/** Displays of the value topic: repeat rate, Pareto, the BTYD models and predicted CLV. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { count, display, type DisplaysOf, fmt, isTable, notes, pct, summary, sumOf } from './display';
import { clvIntervalParts } from './advanced';

function predictClvParts(t: ReturnType<typeof analytics.predictClv>, options: Partial<analytics.PredictClvOptions> | undefined) {
  const clv = t.array('clv');
  const total = sumOf(clv);
  const o = options ?? {};
  const alive = Array.from(t.array('probabilityAlive'), Number).filter((p) => p >= 0.5).length;
  const mean = fmt(total / Math.max(1, clv.length), 2);
  return [
    summary([
      `**Predicted CLV over ${o.months ?? 12} months**: total ${fmt(total, 0)}, mean ${mean} per customer` +
        ` (discount ${fmt(100 * (o.monthlyDiscount ?? 0.01), 1)}% a month)`,
      '',
      `${count(alive)} of ${count(clv.length)} customers are more likely active than not (P(alive) ≥ 50%)`,
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
    summary([
      `**Repeat rate ${pct(r.repeatRate)}**: ${count(r.repeatCustomers)} of ${count(r.customers)} customers bought on two or more days`,
    ]),
  ]),
  pareto: display(analytics.pareto, (r) => [
    summary([
      `**Top 20% of customers bring ${pct(r.topShares.find((s) => s.top === 0.2)?.revenueShare)} of revenue**; ` +
        `${pct(r.customersFor80)} of customers bring 80%`,
    ]),
    charts.paretoChart(r),
  ]),
  fitBgNbd: display(analytics.fitBgNbd, (m, [summaryTable]) => [
    summary([
      `**BG/NBD** on ${count(m.customers)} customers (time unit ${m.timeUnitDays} day${m.timeUnitDays === 1 ? '' : 's'}): ` +
        `r = ${fmt(m.params.r, 4)}, α = ${fmt(m.params.alpha, 4)}, a = ${fmt(m.params.a, 4)}, b = ${fmt(m.params.b, 4)}; ` +
        `log-likelihood ${fmt(m.logLikelihood, 2)}${m.converged ? '' : ' — **did not converge**'}`,
      ...notes(m.warnings),
    ]),
    ...(isTable(summaryTable) ? [charts.frequencyRecencyChart(m, summaryTable, { t: Math.round(365 / m.timeUnitDays) })] : []),
  ]),
  fitGammaGamma: display(analytics.fitGammaGamma, (m) => [
    summary([
      `**Gamma-Gamma** on ${count(m.customers)} repeat buyers: ` +
        `p = ${fmt(m.params.p, 4)}, q = ${fmt(m.params.q, 4)}, γ = ${fmt(m.params.gamma, 4)}; ` +
        `mean spend per purchase ${fmt(m.meanSpend, 2)}; corr(frequency, spend) = ${fmt(m.spendFrequencyCorrelation, 3)}`,
      ...notes(m.warnings),
    ]),
  ]),
  predictClv: display(analytics.predictClv, (t, [, options]) => predictClvParts(t, options)),
  holdoutCheck: display(analytics.holdoutCheck, (r) => [
    summary([
      `**Holdout check** over ${fmt(r.holdoutLength, 1)} time units: predicted ${fmt(r.totalPredicted, 0)} repeat purchases, ` +
        `actual ${fmt(r.totalActual, 0)} (${fmt((100 * (r.totalPredicted - r.totalActual)) / Math.max(1, r.totalActual), 1)}%)`,
      ...notes(r.warnings),
    ]),
    r.table,
    charts.holdoutChart(r),
  ]),
} satisfies DisplaysOf<'repeatRate' | 'pareto' | 'fitBgNbd' | 'fitGammaGamma' | 'predictClv' | 'holdoutCheck'>;
