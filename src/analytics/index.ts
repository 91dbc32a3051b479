/**
 * The CRM Workbench analytics library: pure functions on Arquero tables and arrays (no I/O, no
 * DOM, no editor). Exposed in notebook cells as `crm`; importable from plain Node.
 * Formulas and reference values: docs/analytics.md and the tests under test/unit/analytics.
 */

// Data in and cleaning
export { readCsv, type ReadCsvOptions } from './readCsv';
export { prepareTransactions, type PreparedTransactions, type TransactionMapping, type PrepareTransactionsOptions } from './prepareTransactions';
export { prepareResponses, type PreparedResponses, type ResponseMapping } from './prepareResponses';
export type { DataQualityReport, DroppedRow, DropReason } from './dataQualityReport';

// Quick metrics
export { detectDataset, quickMetrics, type DatasetKind, type Detection, type QuickMetrics, type OrdersMetrics, type SurveyMetrics, type CustomersMetrics } from './quickMetrics';

// RFM
export { rfm, type RfmOptions } from './rfm';
export { SEGMENTS, SEGMENT_NAMES_ZH, segmentName, segmentOf, type SegmentName, type Language } from './rfmSegments';
export { segmentSummary } from './segmentSummary';
export { segmentActions } from './segmentActions';
export { rfmSummary, type RfmSummaryOptions } from './rfmSummary';

// Segmentation by clustering
export { kmeansSegments, type KmeansOptions, type KmeansResult } from './kmeansSegments';
export { elbow, elbowPoint, type ElbowResult } from './elbow';
export { silhouette, silhouetteSamples } from './silhouette';
export { profile, quantileSorted } from './profile';

// Satisfaction
export { nps, npsFromCounts, npsCategory, type NpsResult } from './nps';
export { npsBy, npsTrend } from './npsBy';
export { compareNps, type NpsComparison } from './compareNps';
export { csat, type CsatResult } from './csat';

// Retention
export { retentionRate, compoundChurn, type RetentionResult } from './retentionRate';
export { cohortRetention, cohortAverage, type CohortRetentionOptions } from './cohortRetention';
export { lifecycle, type LifecycleStage } from './lifecycle';

// Value and loyalty
export { customerValue, repeatRate, pareto, type ParetoResult, type RepeatRateResult } from './customerValue';

// Campaigns
export { campaign, liftTest, type CampaignInput, type CampaignResult, type LiftResult } from './campaign';

// Predictive models
export { fitBgNbd, bgNbdLogLikelihood, BgNbdModel, type BgNbdParams, type BgNbdJson, type FitBgNbdOptions } from './bgnbd';
export { fitGammaGamma, gammaGammaLogLikelihood, GammaGammaModel, type GammaGammaParams, type GammaGammaJson } from './gammaGamma';
export { predictClv, dcfClv, simpleClv, marginMultipleClv, periodsPerMonth, type PredictClvOptions } from './clv';
export { loadModel } from './loadModel';
export { holdoutCheck, type HoldoutResult, type HoldoutOptions } from './holdoutCheck';
export { classificationMetrics, rocAuc, type ClassificationMetrics } from './classificationMetrics';
export { rocCurve } from './rocCurve';
export { regressionMetrics, type RegressionMetrics } from './regressionMetrics';

// Churn, value and purchase models
export { buildChurnFeatures, type ChurnFeatureOptions } from './buildChurnFeatures';
export { trainChurnModel, type ChurnModelOptions, type ChurnModelResult } from './trainChurnModel';
export type { TreeTrainingOptions } from './internal/modelData';
export { trainClvModel, type ClvModelOptions, type ClvModelResult } from './trainClvModel';
export { TreeModel, type TreeModelJson } from './TreeModel';
export { trainLogisticModel, type LogisticOptions, type LogisticResult } from './trainLogisticModel';
export { LogisticModel, type LogisticModelJson } from './LogisticModel';

// Forecasting
export { revenueSeries, type RevenueSeriesOptions } from './revenueSeries';
export { forecast, type ForecastOptions, type ForecastResult, type ForecastMethod } from './forecast';

// Feedback text
export { feedbackThemes, type FeedbackThemesOptions, type FeedbackThemesResult } from './feedbackThemes';
export { isChinese } from './internal/textTerms';

// Baskets
export { apriori, basketsFromLines, type AprioriResult, type AprioriOptions } from './apriori';

// Numerics
export { normalCdf, normalQuantile, twoSidedP } from './numerics/normal';
export { lnGamma, lnBeta, hyp2f1, logSumExp, logistic } from './numerics/special';
export { nelderMead, type MinimizeResult } from './numerics/nelderMead';
export { incompleteBeta, studentTCdf, studentTQuantile } from './numerics/studentT';

export { analyticsError } from './analyticsError';
