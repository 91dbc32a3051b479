/** Displays of the forecast topic: a series per period, and a forecast with its backtest. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { display, type DisplaysOf, fmt, notes, summary } from './display';

const mape = (v: number | null) => (v === null ? '—' : `${fmt(v, 1)}%`);

function backtestLine(r: analytics.ForecastResult): string {
  if (!r.backtest) return 'no backtest: the series is too short';
  const { points, mape: ours, naiveMape } = r.backtest;
  return `backtest on the last ${points} known periods: MAPE ${mape(ours)} (seasonal naive: ${mape(naiveMape)})`;
}

export const forecastDisplays = {
  revenueSeries: display(analytics.revenueSeries, (t) => [t, charts.barChart(t, { x: 'period', y: 'value', title: 'Per period' })]),
  forecast: display(analytics.forecast, (r) => [
    summary([
      `**Forecast** (${r.method}${r.seasonal ? ', seasonal' : ''}) for the next ${r.forecast.length} periods: ` +
        r.forecast.map((v) => fmt(v, 0)).join(', '),
      '',
      backtestLine(r),
      ...notes(r.warnings),
    ]),
    charts.forecastChart(r),
  ]),
} satisfies DisplaysOf<'revenueSeries' | 'forecast'>;
