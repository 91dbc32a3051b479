/**
 * Vega-Lite chart builders: pure functions that return a Vega-Lite v6 spec.
 * Exposed in notebook cells as `charts`.
 */
export { VEGA_LITE_SCHEMA } from './schema';
