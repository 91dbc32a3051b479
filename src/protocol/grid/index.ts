/** The live grid: its messages, their validation, and the query engine shared by kernel and renderer. */
export * from './gridMessages';
export * from './validateGridRequest';
export * from './GridData';
export * from './columnData';
export * from './columnProfile';
export * from './filterMask';
export * from './radixSort';
