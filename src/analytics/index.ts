/**
 * The CRM Workbench analytics library: pure functions on Arquero tables and arrays.
 * Exposed in notebook cells as `crm`.
 */
export { analyticsError } from './analyticsError';
