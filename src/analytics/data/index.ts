/** Data in: reading exports into typed tables, preparing transactions and responses, quick metrics. */
export { readCsv, type ReadCsvOptions } from './readCsv';
export { readCells, type CellSource } from './readCells';
export { readInfo, readWarnings, describeReadInfo, type ReadInfo, type RepeatedHeader } from '../columnar/readInfo';
export { TEXT_ENCODINGS, type TextEncodingName } from '../columnar/decodeText';
export { isIdentifierHeader } from './identifierColumns';
export {
  prepareTransactions,
  type PreparedTransactions,
  type TransactionMapping,
  type PrepareTransactionsOptions,
} from './prepareTransactions';
export { prepareResponses, type PreparedResponses, type ResponseMapping } from './prepareResponses';
export type { DataQualityReport, DroppedRow, DropReason } from './dataQualityReport';
export { DROP_REASON_TEXT, dropReasonText } from './dropReasonText';
export { detectPlatform, PLATFORM_PROFILES, type PlatformProfile, type PlatformMatch, type ProfileField } from './platformProfiles';
export { statusMeaning, normalizeStatus, type ExclusionReason, type StatusMeaning, type StatusRules } from './orderStatus';
export { normalizeEmail, normalizePhone } from './customerContacts';
export {
  columnSamples,
  detectDataset,
  quickMetrics,
  type ColumnSamples,
  type DatasetKind,
  type Detection,
  type QuickMetrics,
  type QuickMetricsOptions,
  type OrdersMetrics,
  type SurveyMetrics,
  type CustomersMetrics,
} from './quickMetrics';
