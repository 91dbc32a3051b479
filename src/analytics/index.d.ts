/**
 * The CRM Workbench analytics library: pure functions on Arquero tables and arrays (no I/O, no
 * DOM, no editor). Exposed in notebook cells as `crm`; importable from plain Node.
 * Formulas and reference values: docs/analytics.md and the tests under test/unit/analytics.
 *
 * Grouped by topic, each folder with its own index and README; the engines under them
 * (columnar/, numerics/, learn/) are for analytics code only.
 */
export * from './data/index';
export * from './segments/index';
export * from './satisfaction/index';
export * from './retention/index';
export * from './value/index';
export * from './actions/index';
export * from './models/index';
export * from './forecast/index';
export * from './text/index';
export * from './baskets/index';
export * from './numerics/index';
export { analyticsError } from './analyticsError';
