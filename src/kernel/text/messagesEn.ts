/**
 * The kernel's messages in English: errors of `load`, `save`, `import` and the cell transform,
 * and the words around a table preview. The shape of this object is the catalogue's type: the
 * Chinese catalogue (messagesZhCn.ts) must have every entry, or the build fails.
 */
export const MESSAGES_EN = {
  interrupted: 'Interrupted by the user',
  uncaught: 'Uncaught',
  showingRows: (shown: string, total: string) => `Showing ${shown} of ${total} rows`,
  rowsByColumns: (rows: string, columns: number) => `${rows} rows × ${columns} columns`,
  location: (label: string, line: number, column: number) => `${label}, line ${line}, column ${column}`,
  vegaLiteChart: 'Vega-Lite chart',
  loadPath: 'the first argument must be a file path, e.g. load("orders.csv")',
  loadOptions: 'the second argument must be an options object, e.g. { encoding: "gb18030" }',
  saveOptionsObject: 'options must be an object, e.g. { overwrite: true }',
  saveUnknownOption: (option: string, known: string) => `unknown option "${option}"; known options: ${known}`,
  savePath: 'the second argument must be a file path, e.g. save(table, "out/list.csv")',
  saveFormat: (file: string) =>
    `cannot tell the format of "${file}"; use .csv, .tsv, .json or .xlsx, or pass { format: 'csv' | 'tsv' | 'json' | 'xlsx' | 'mailchimp' | 'klaviyo' }`,
  saveEncoding: (encoding: string) => `encoding must be 'utf8-bom', 'utf8' or 'gb18030', not "${encoding}"`,
  saveExists: (file: string) =>
    `"${file}" already exists and was not written by save() (or was edited since); pass { overwrite: true } to replace it, or choose another name`,
  saveNeedsEmail: (format: string, columns: string) => `format '${format}' needs an email column; the table has ${columns}`,
  saveTagColumn: (column: string) => `tagColumn "${column}" is not a column of the table`,
  saveTable: 'the first argument must be a table (e.g. the result of load or crm.actionList) or an array of objects',
  saved: (rows: number, where: string) => `Saved ${rows.toLocaleString('en-US')} row${rows === 1 ? '' : 's'} to ${where}`,
  importName: (type: string) => `the module name must be a string, not ${type}`,
  importNotFound: (file: string, dir: string) => `cannot find "${file}" from ${dir}`,
  importCompile: (file: string, detail: string) => `cannot compile ${file}: ${detail}`,
  packageNoFile: (name: string, subpath: string) => `package "${name}" has no file for "${subpath}"`,
  packageNotFound: (spec: string, dir: string, name: string) =>
    `cannot find package "${spec}" from ${dir}; install it with "npm install ${name}" in the notebook's folder`,
  bindingPattern: (type: string) => `unsupported binding pattern ${type}`,
  transpiledParse: 'the transpiled cell did not parse',
  noExport: (spec: string, name: string) => `The requested module '${spec}' does not provide an export named '${name}'`,
  packageNoExport: (name: string, subpath: string) =>
    `package "${name}" does not export "${subpath}" for import (see its package.json "exports")`,
  exportList: 'export lists are not supported in a cell; declare the names instead',
  exportClass: 'a class exported from a cell needs a name',
  exportFunction: 'a function exported from a cell needs a name',
};

/** The kernel's messages: every entry of {@link MESSAGES_EN}, in one language. */
export type KernelMessages = typeof MESSAGES_EN;
