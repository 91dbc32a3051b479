/** The kernel's messages in Simplified Chinese: one entry for each of messagesEn.ts. */
import type { KernelMessages } from './messagesEn';

export const MESSAGES_ZH_CN: KernelMessages = {
  interrupted: '已被用户中断',
  uncaught: '未捕获的错误',
  showingRows: (shown, total) => `显示 ${total} 行中的 ${shown} 行`,
  rowsByColumns: (rows, columns) => `${rows} 行 × ${columns} 列`,
  vegaLiteChart: 'Vega-Lite 图表',
  loadPath: '第一个参数必须是文件路径，例如 load("orders.csv")',
  loadOptions: '第二个参数必须是选项对象，例如 { encoding: "gb18030" }',
  saveOptionsObject: '选项必须是对象，例如 { overwrite: true }',
  saveUnknownOption: (option, known) => `未知选项 "${option}"；可用的选项：${known}`,
  savePath: '第二个参数必须是文件路径，例如 save(table, "out/list.csv")',
  saveFormat: (file) =>
    `无法判断 "${file}" 的格式；请使用 .csv、.tsv、.json 或 .xlsx 扩展名，或传入 { format: 'csv' | 'tsv' | 'json' | 'xlsx' | 'mailchimp' | 'klaviyo' }`,
  saveEncoding: (encoding) => `encoding 必须是 'utf8-bom'、'utf8' 或 'gb18030'，而不是 "${encoding}"`,
  saveExists: (file) => `"${file}" 已存在，且不是由 save() 写入的（或之后被修改过）；传入 { overwrite: true } 以替换它，或换一个文件名`,
  saveNeedsEmail: (format, columns) => `格式 '${format}' 需要一个邮箱列；表格中的列为 ${columns}`,
  saveTagColumn: (column) => `tagColumn "${column}" 不是表格中的列`,
  saveTable: '第一个参数必须是表格（例如 load 或 crm.actionList 的结果）或对象数组',
  importName: (type) => `模块名必须是字符串，而不是 ${type}`,
  importNotFound: (file, dir) => `在 ${dir} 中找不到 "${file}"`,
  importCompile: (file, detail) => `无法编译 ${file}：${detail}`,
  packageNoFile: (name, subpath) => `包 "${name}" 中没有 "${subpath}" 对应的文件`,
  packageNotFound: (spec, dir, name) => `在 ${dir} 中找不到包 "${spec}"；请在笔记本所在文件夹中运行 "npm install ${name}" 安装`,
  bindingPattern: (type) => `不支持的解构模式 ${type}`,
  transpiledParse: '转译后的单元格无法解析',
  noExport: (spec, name) => `模块 '${spec}' 没有名为 '${name}' 的导出`,
  packageNoExport: (name, subpath) => `包 "${name}" 没有为 import 导出 "${subpath}"（见其 package.json 的 "exports"）`,
  exportList: '单元格中不支持导出列表；请直接声明这些名称',
  exportClass: '从单元格导出的类需要一个名称',
  exportFunction: '从单元格导出的函数需要一个名称',
};
