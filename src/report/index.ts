export { renderReport, ENGLISH_LABELS, type ReportOptions, type ReportLabels } from './renderReport';
export { vegaLiteToSvg } from './vegaToSvg';
