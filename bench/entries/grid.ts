// What the grid benchmarks load in-process: the grid's query engine.
export { GridData } from '../../src/protocol/index';
