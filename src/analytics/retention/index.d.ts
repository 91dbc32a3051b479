/** Retention: retention and churn rates, cohorts, lifecycle stages. */
export { retentionRate, compoundChurn, type RetentionResult } from './retentionRate';
export { cohortRetention, cohortAverage, type CohortRetentionOptions } from './cohortRetention';
export { lifecycle, type LifecycleStage } from './lifecycle';
