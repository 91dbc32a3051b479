export * from './mime';
export * from './outputs';
export * from './kernelMessages';
export * from './notebookFile';
export * from './escapeHtml';
export * from './panelMessages';
export * from './formatNumber';
export * from './assertNever';
