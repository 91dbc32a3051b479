// What the analytics benchmarks load: the library and the kernel's `load()`.
export * as crm from '../../src/analytics/index';
export { loadTable } from '../../src/kernel/loadTable';
// The reference engine of the decision-tree benchmark.
export { DecisionTreeClassifier } from 'ml-cart';
