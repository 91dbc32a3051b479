/** Retention: retention and churn rates, cohorts, lifecycle stages. */
export { retentionRate, compoundChurn, type RetentionResult } from './retentionRate';
export { cohortRetention, cohortAverage, cohortOffset, type CohortRetentionOptions } from './cohortRetention';
export { lifecycle, type LifecycleStage } from './lifecycle';
