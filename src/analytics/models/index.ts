/** Models: churn and value trees and forests, logistic regression, their features and evaluation metrics. */
export { loadModel } from './loadModel';
export { classificationMetrics, rocAuc, type ClassificationMetrics } from './classificationMetrics';
export { rocCurve } from './rocCurve';
export { regressionMetrics, type RegressionMetrics } from './regressionMetrics';
export { buildChurnFeatures, type ChurnFeatureOptions } from './buildChurnFeatures';
export { trainChurnModel, type ChurnModelOptions, type ChurnModelResult } from './trainChurnModel';
export type { TreeTrainingOptions } from './modelData';
export { trainClvModel, type ClvModelOptions, type ClvModelResult } from './trainClvModel';
export { TreeModel, type TreeModelJson } from './TreeModel';
export { trainChurnForest, type ChurnForestOptions, type ChurnForestResult } from './trainChurnForest';
export { trainClvForest, type ClvForestOptions, type ClvForestResult } from './trainClvForest';
export type { ForestTrainingOptions } from './forestData';
export { ForestModel, type ForestModelJson } from './ForestModel';
export { trainLogisticModel, type LogisticOptions, type LogisticResult } from './trainLogisticModel';
export { LogisticModel, type LogisticModelJson } from './LogisticModel';
export { crossValidate, type CrossValidateOptions, type CrossValidateResult, type Trainer } from './crossValidate';
