// Cell builders shared by the sample notebooks (scripts/writeSampleNotebooks.mjs).
export const md = (source, metadata = {}) => ({ kind: 'markdown', language: 'markdown', source, metadata, outputs: [] });
export const ts = (source, metadata = {}) => ({ kind: 'code', language: 'typescript', source, metadata, outputs: [] });
/** A Markdown cell left out of exported reports (cell metadata `report: false`): notes for the notebook's user. */
export const note = (source) => md(source, { report: false });
