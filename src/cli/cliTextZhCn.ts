/** The CLI's words in Simplified Chinese: one entry for each of cliTextEn.ts. */
import type { CliText } from './cliTextEn';

export const CLI_TEXT_ZH_CN: CliText = {
  usage: `用法：
  crm-workbench run <笔记本.crmnb> [--out <文件.crmnb>] [--param 名称=值 …] [--lang en|zh-cn]
      用新的内核运行所有代码单元格并保存输出（不带 --out 时原地保存）。
      --param 覆盖参数单元格（单元格元数据 "parameters": true；沿用 papermill 的约定）。
  crm-workbench report <笔记本.crmnb> --out <报告.html> [--run] [--hide-code] [--title "…"] [--lang en|zh-cn]
                       [--pseudonymize email,name,phone] [--pseudonymize-key <密钥>] [--param 名称=值 …]
      生成独立的 HTML 报告（图表为 SVG，不含脚本）。--run 先运行笔记本。
      --pseudonymize 用带密钥的哈希（HMAC-SHA-256）遮盖所有表格和图表中的这些列；
      密钥来自 --pseudonymize-key 或 $CRM_WORKBENCH_PSEUDONYM_KEY，否则每份报告随机生成。
  crm-workbench metrics <订单.csv | 订单.xlsx | 问卷.csv | 客户.csv> [--json] [--kind orders|survey|customers] [--map '{"customerId":"客户"}']
                        [--encoding auto|utf-8|gb18030|windows-1252|utf-16le] [--delimiter auto|,|;|tab|'|'] [--decimal auto|.|,] [--sheet 工作表]
      无需笔记本，判断文件类型并给出关键指标（收入、客户、分群、NPS…）。
      同时列出排除了哪些行及原因。--kind 和 --map 覆盖自动识别（--map：以 JSON 指定
      每个字段对应的列）；其他选项覆盖读取时自动识别的设置。
      --columns 改为列出各列及示例值（JSON），便于选择 --map。
  crm-workbench check <笔记本.crmnb>
      不运行笔记本，像编辑器一样对代码单元格做类型检查（单元格全局变量、前面单元格的声明）；
      每个问题打印为 "Cell N, line L, column C: message"，有类型错误时退出码为 1。
  --lang en|zh-cn（所有命令）：消息、摘要和图表的语言；否则依次读取 $LANGUAGE、$LC_ALL、$LANG。
  crm-workbench help

退出码：0 成功，1 有单元格失败（check：有类型错误），2 参数错误或文件无法读取。`,
  unknownCommand: (command) => `未知命令 "${command}"；请试试 "crm-workbench help"`,
  unknownOption: (flag, command, options) => `"${command}" 没有选项 ${flag}；可用选项：${options}`,
  noValue: (flag) => `选项 ${flag} 不接受值`,
  needsValue: (flag) => `选项 ${flag} 需要一个值`,
  needsFlag: (command, flag) => `"${command}" 需要 ${flag} <文件>`,
  oneFile: (command, metrics, got) => `"${command}" 需要一个${metrics ? '数据文件' : '笔记本文件'}，实际给了 ${got} 个`,
  notNotebook: (file) => `"${file}" 不是 .crmnb 笔记本`,
  badLang: (value) => `--lang 必须是 en 或 zh-cn（而不是 ${value}）`,
  cannotRead: (file, why) => `无法读取 ${file}：${why}`,
  noSuchFile: '文件不存在',
  parameters: (list) => `参数：${list}`,
  noParametersCell: '注意：笔记本没有参数单元格（单元格元数据 "parameters": true）；参数已放在最前面',
  defaultParameters: '参数：使用参数单元格中的默认值',
  cell: (n) => `单元格 ${n}`,
  cellFailed: (label, error) => `${label} 失败：${error}`,
  cellsRan: (ok, all) => `${all} 个代码单元格中有 ${ok} 个运行成功`,
  wrote: (file) => `已写入 ${file}`,
  paramNeedsRun: '--param 需要与 --run 一起使用（参数作用于一次运行）',
  keyTooShort: '--pseudonymize-key 至少需要 8 个字符',
  masked: (columns) => `已在所有表格和图表中遮盖列 ${columns}`,
  paramName: (p) => `--param 需要 名称=值 的形式，名称须是 JavaScript 标识符，例如 --param asOf=2024-12-31；实际为 "${p}"`,
  decimal: (value) => `--decimal 必须是 auto、. 或 ,（而不是 ${value}）`,
  notebookNotData: (file) => `${file} 是笔记本；"metrics" 读取数据文件（CSV、TSV、.xlsx 或 JSON）。笔记本请用 "run" 或 "report"`,
  kindNeeded: '--kind 必须是 orders、survey 或 customers（使用 --map 时必须指定）',
  mapJson: `--map 必须是 JSON，例如 '{"customerId":"客户","orderDate":"日期","amount":"实付"}'`,
  mapHint: ` 如果没有识别出列，请指定：--kind orders --map '{"customerId":"…","orderDate":"…","amount":"…"}'`,
  kind: { orders: '订单', survey: '问卷', customers: '客户名单' },
  ordersLine: (revenue, orders, customers, aov, repeat) =>
    `收入 ${revenue} · 订单 ${orders} · 客户 ${customers} · 客单价 ${aov} · 复购率 ${repeat}`,
  atRisk: (n) => `久未购买的客户（最后一次下单在 90–180 天前；不是 RFM 分群“流失风险”）：${n}`,
  segments: (list) => `分群：${list}`,
  topCustomers: (list) => `最有价值的客户：${list}`,
  months: (first, last, n) => `月份：${first} … ${last}（${n} 个月）`,
  npsNone: 'NPS：没有有效回答',
  npsLine: (nps, moe, low, high, n, promoters, passives, detractors) =>
    `NPS ${nps} ± ${moe}（95% 置信区间 ${low} 至 ${high}），n = ${n}；推荐者 ${promoters}，被动者 ${passives}，贬损者 ${detractors}`,
  csatLine: (csat, n) => `CSAT ${csat}%（前两档满意），n = ${n}`,
  scores: (list) => `评分：${list}`,
  rows: (n) => `${n} 行`,
  columnLine: (name, filled, distinct) => `${name}：${filled} 个有值，${distinct} 个不同值`,
  columns: (list) => `列：${list}`,
  kept: (kept, read, excluded) => `保留了 ${read}中的 ${kept} 行${excluded ? `；排除：${excluded}` : ''}`,
  rowCount: (n) => `${n} 行`,
  warning: (w) => `警告：${w}`,
  customersHint: `（按客户名单读取；如果这是订单导出文件，请指明各列：--kind orders --map '{"customerId":"…","orderDate":"…","amount":"…"}'）`,
};
