/** Forecasts: revenue, orders or customers per period, Holt-Winters and seasonal linear forecasts. */
export { revenueSeries, type RevenueSeriesOptions } from './revenueSeries';
export { forecast, type ForecastOptions, type ForecastResult, type ForecastMethod } from './forecast';
export type { HoltInitial } from './holtWinters';
