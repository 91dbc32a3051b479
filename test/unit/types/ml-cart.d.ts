/** The parts of ml-cart (no bundled types) that the tests use as an independent reference. */
declare module 'ml-cart' {
  export class DecisionTreeClassifier {
    constructor(options: { gainFunction?: 'gini'; maxDepth?: number; minNumSamples?: number });
    train(x: number[][], y: number[]): void;
    predict(x: number[][]): number[];
  }
  export class DecisionTreeRegression {
    constructor(options: { maxDepth?: number; minNumSamples?: number });
    train(x: number[][], y: number[]): void;
    predict(x: number[][]): number[];
  }
}
