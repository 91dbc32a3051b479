/** Value: customer value, repeat rate, Pareto, and the BTYD models (BG/NBD, Gamma-Gamma) behind CLV. */
export { customerValue, repeatRate, pareto, type ParetoResult, type RepeatRateResult } from './customerValue';
export { rfmSummary, type RfmSummaryOptions } from './rfmSummary';
export { fitBgNbd, bgNbdLogLikelihood, BgNbdModel, type BgNbdParams, type BgNbdJson, type BgNbdFit, type FitBgNbdOptions } from './bgnbd';
export {
  fitParetoNbd,
  paretoNbdLogLikelihood,
  ParetoNbdModel,
  type ParetoNbdParams,
  type ParetoNbdJson,
  type FitParetoNbdOptions,
} from './paretoNbd';
export {
  fitGammaGamma,
  gammaGammaLogLikelihood,
  GammaGammaModel,
  type GammaGammaParams,
  type GammaGammaJson,
  type GammaGammaFit,
  type FitGammaGammaOptions,
} from './gammaGamma';
export { predictClv, dcfClv, simpleClv, marginMultipleClv, periodsPerMonth, type PredictClvOptions, type PurchaseModel } from './clv';
export { customerIntervals, type CustomerIntervalOptions } from './customerIntervals';
export { holdoutCheck, type HoldoutResult, type HoldoutOptions } from './holdoutCheck';
