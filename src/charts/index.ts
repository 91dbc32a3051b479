/**
 * Vega-Lite chart builders: pure functions that return a Vega-Lite v6 spec, readable in light and
 * dark themes (the notebook renderer supplies the theme's colours). Exposed in cells as `charts`.
 */
export { VEGA_LITE_SCHEMA } from './schema';
export { segmentChart } from './segmentChart';
export { rfHeatmap } from './rfHeatmap';
export { migrationHeatmap } from './migrationHeatmap';
export { elbowChart } from './elbowChart';
export { clusterScatter } from './clusterScatter';
export { dendrogram, type DendrogramInput } from './dendrogram';
export { kDistanceChart } from './kDistanceChart';
export { customerIntervalChart } from './customerIntervalChart';
export { segmentProfileChart } from './segmentProfileChart';
export { npsChart, NPS_COLORS } from './npsChart';
export { npsTrendChart } from './npsTrendChart';
export { npsByChart } from './npsByChart';
export { customerTimeline } from './customerTimeline';
export { cohortHeatmap } from './cohortHeatmap';
export { retentionCurves } from './retentionCurves';
export { paretoChart } from './paretoChart';
export { campaignFunnel } from './campaignFunnel';
export { barChart } from './barChart';
export { holdoutChart } from './holdoutChart';
export { pAliveChart } from './pAliveChart';
export { clvDistributionChart } from './clvDistributionChart';
export { topCustomersChart } from './topCustomersChart';
export { frequencyRecencyChart, type PurchasePredictor } from './frequencyRecencyChart';
export { featureImportanceChart } from './featureImportanceChart';
export { oobErrorChart } from './oobErrorChart';
export { confusionMatrixChart } from './confusionMatrixChart';
export { rocChart } from './rocChart';
export { forecastChart } from './forecastChart';
export { rulesChart } from './rulesChart';
export { themesChart } from './themesChart';
export type { Rows } from './rows';
export { localizeSpec, chartTitle, type ChartLanguage } from './localizeSpec';
export { CHART_TITLES_ZH, CHART_PATTERNS_ZH, CHART_CATEGORIES_ZH, CHART_FIELD_CATEGORIES_ZH, CHART_FIELDS_ZH } from './chartText';
