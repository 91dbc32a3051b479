/** Satisfaction: NPS with margins of error, NPS by group and over time, comparisons, CSAT. */
export { nps, npsFromCounts, npsCategory, type NpsResult } from './nps';
export { npsBy, npsTrend } from './npsBy';
export { npsByCustomers, type NpsByCustomersOptions } from './npsByCustomers';
export { compareNps, type NpsComparison } from './compareNps';
export { csat, type CsatResult } from './csat';
