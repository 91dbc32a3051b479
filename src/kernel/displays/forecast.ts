/** Displays of the forecast topic: a series per period, and a forecast with its backtest. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { summaries } from '../text/index';
import { display, type DisplaysOf, fmt, notes, summary } from './display';

const mape = (v: number | null) => (v === null ? '—' : `${fmt(v, 1)}%`);

function backtestLine(r: analytics.ForecastResult): string {
  if (!r.backtest) return summaries().noBacktest;
  const { points, mape: ours, naiveMape } = r.backtest;
  return summaries().backtest(points, mape(ours), mape(naiveMape));
}

export const forecastDisplays = {
  revenueSeries: display(analytics.revenueSeries, (t) => [
    t,
    charts.barChart(t, { x: 'period', y: 'value', title: summaries().perPeriod }),
  ]),
  forecast: display(analytics.forecast, (r) => [
    summary([
      summaries().forecast(
        summaries().forecastMethod[r.method],
        r.seasonal,
        r.forecast.length,
        r.forecast.map((v) => fmt(v, 0)).join(', '),
      ),
      '',
      backtestLine(r),
      ...notes(r.warnings),
    ]),
    charts.forecastChart(r),
  ]),
} satisfies DisplaysOf<'revenueSeries' | 'forecast'>;
