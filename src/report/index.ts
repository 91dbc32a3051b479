export { renderReport, reportLabels, ENGLISH_LABELS, CHINESE_LABELS, type ReportOptions, type ReportLabels } from './renderReport';
export { vegaLiteToSvg } from './vegaToSvg';
export { pseudonymizeNotebook, maskedColumns } from './pseudonymizeNotebook';
