/**
 * Every warning sentence the analytics return (fits that did not converge, short series, small
 * samples, odd files), in English and Simplified Chinese, the Chinese beside the English. Each
 * entry is made by {@link both}, which takes the two templates with the same arguments: an entry
 * without its Chinese does not compile. Column names, numbers and option names stay as they are.
 */
import type { Language } from './segments/index';

/** One warning's English and Chinese templates, with the same arguments. */
const both = <A extends unknown[]>(en: (...args: A) => string, zh: (...args: A) => string) => ({ en, 'zh-cn': zh });

const s = (n: number) => (n === 1 ? '' : 's');

/** The feedback groups' names in Chinese (other groups are the user's own values). */
const GROUP_ZH: Readonly<Record<string, string>> = { promoter: '推荐者', passive: '被动者', detractor: '贬损者' };

/** The optimisers' reasons for stopping (numerics/), in Chinese; an unknown reason stays as it is. */
const OPTIMIZER_ZH: readonly [RegExp, (...m: string[]) => string][] = [
  [/^the objective is not finite at any point tried$/, () => '目标函数在尝试过的每个点上都不是有限值'],
  [/^did not converge in (\d+) iterations per start$/, (n) => `每个起点迭代 ${n} 次后仍未收敛`],
  [/^did not converge in (\d+) evaluations$/, (n) => `计算目标函数 ${n} 次后仍未收敛`],
  [/^the Hessian at the start is not positive definite$/, () => '起点处的 Hessian 矩阵不是正定的'],
  [/^no step lowers the objective$/, () => '没有一步能降低目标函数'],
  [/^not converged after (\d+) Newton steps$/, (n) => `${n} 步牛顿迭代后仍未收敛`],
];

/** An optimiser's reason in Chinese. */
export function optimizerReasonZh(reason: string): string {
  for (const [pattern, write] of OPTIMIZER_ZH) {
    const m = pattern.exec(reason);
    if (m) return write(...m.slice(1));
  }
  return reason;
}

/** The warnings, by name. */
export const WARNING_TEXT = {
  // value/btydFit.ts (BG/NBD and Pareto/NBD)
  fitNotConverged: both(
    (reason: string) => `the fit did not converge (${reason}); treat the predictions with care`,
    (reason) => `拟合未收敛（${optimizerReasonZh(reason)}）；请谨慎看待预测结果`,
  ),
  fewRepeatCustomers: both(
    (n: number) => `only ${n} customers bought more than once; fewer than about 100 repeat buyers gives unreliable estimates`,
    (n) => `只有 ${n} 位客户购买过不止一次；复购客户少于约 100 位时，估计不可靠`,
  ),
  tooLittleRepeatData: both(
    (model: string, repeaters: number, customers: number, purchases: number, edge: string) =>
      `too little repeat data to fit ${model}: ${repeaters} of ${customers} customers bought again (${purchases} repeat purchases), and the fit ran to the edge of the parameter space (${edge}), a limiting case where the model cannot tell how customers differ; treat its predictions as rough, or fit on more customers`,
    (model, repeaters, customers, purchases, edge) =>
      `复购数据太少，无法拟合 ${model}：${customers} 位客户中只有 ${repeaters} 位再次购买（共 ${purchases} 次复购），拟合跑到了参数空间的边缘（${edge}），这是模型无法区分客户差异的极限情形；请仅把预测当作粗略参考，或用更多客户拟合`,
  ),
  noStandardErrors: both(
    () => 'standard errors could not be computed (the likelihood is flat in some direction)',
    () => '无法计算标准误（似然函数在某个方向上是平的）',
  ),
  // value/gammaGamma.ts
  spendFitNotConverged: both(
    (reason: string) => `the fit did not converge (${reason})`,
    (reason) => `拟合未收敛（${optimizerReasonZh(reason)}）`,
  ),
  spendFrequencyCorrelated: both(
    (r: string) => `spend and frequency are correlated (r = ${r}); the model assumes they are independent, so spend predictions are biased`,
    (r) => `消费金额与购买频次相关（r = ${r}）；模型假定二者独立，因此消费预测有偏差`,
  ),
  spendFitAtEdge: both(
    (buyers: number, edge: string) =>
      `too little spend data to fit Gamma-Gamma: with ${buyers} repeat buyers the fit ran to the edge of the parameter space (${edge}), a limiting case of the model; treat the spend estimates as rough`,
    (buyers, edge) =>
      `消费数据太少，无法拟合 Gamma-Gamma：只有 ${buyers} 位复购客户，拟合跑到了参数空间的边缘（${edge}），这是模型的极限情形；请仅把消费估计当作粗略参考`,
  ),
  fewRepeatBuyers: both(
    (n: number) => `only ${n} repeat buyers; fewer than about 100 gives unreliable estimates`,
    (n) => `只有 ${n} 位复购客户；少于约 100 位时，估计不可靠`,
  ),
  // text/feedbackThemes.ts
  noComments: both(
    (column: string) => `no comments: column "${column}" is empty in every row`,
    (column) => `没有评论：列 "${column}" 在每一行都是空的`,
  ),
  fewComments: both(
    (n: number, group: string, by: string) =>
      `only ${n} comment${s(n)} from ${group}s${by === 'category' ? '' : ` (${by} = ${group})`}: read the themes as anecdotes`,
    (n, group, by) =>
      `来自${by === 'category' ? (GROUP_ZH[group] ?? group) : ` ${by} = ${group} `}的评论只有 ${n} 条：这些主题只能当作个例参考`,
  ),
  // models/
  testSizeZero: both(
    () => 'testSize is 0: the metrics are measured on the training rows and flatter the model',
    () => 'testSize 为 0：指标是在训练行上计算的，会高估模型的表现',
  ),
  oneClassInTest: both(
    () => 'the test rows have only one class, so the ROC AUC is undefined',
    () => '测试行中只有一个类别，因此 ROC AUC 无法计算',
  ),
  smallClass: both(
    (n: number) => `only ${n} rows in the smaller class: the metrics are very uncertain`,
    (n) => `较少的类别只有 ${n} 行：指标非常不确定`,
  ),
  fewRows: both(
    (n: number) => `only ${n} rows: the metrics are very uncertain`,
    (n) => `只有 ${n} 行：指标非常不确定`,
  ),
  noOutOfBag: both(
    (n: number) => `${n} training rows were in every tree's bootstrap sample, so they have no out-of-bag prediction; use more trees`,
    (n) => `${n} 行训练数据出现在每棵树的自助样本中，因此没有袋外预测；请增加树的数量`,
  ),
  logisticNotConverged: both(
    (iterations: number) =>
      `did not converge in ${iterations} iterations; the classes may be perfectly separated by the features — set a penalizer (e.g. 0.1)`,
    (iterations) => `迭代 ${iterations} 次后仍未收敛；这些特征可能把两个类别完全分开了 — 请设置 penalizer（例如 0.1）`,
  ),
  penalizedErrors: both(
    () => 'with a penalizer the standard errors and p-values are those of the penalised fit, not of plain maximum likelihood',
    () => '设置了 penalizer 时，标准误和 p 值来自带惩罚的拟合，而不是普通的最大似然估计',
  ),
  // forecast/forecast.ts
  incompletePeriods: both(
    (periods: string[]) => `left out the incomplete period${s(periods.length)} ${periods.join(' and ')}`,
    (periods) => `已略去不完整的周期 ${periods.join('、')}`,
  ),
  noSeason: both(
    (periods: number, season: number) =>
      `only ${periods} periods: a season of ${season} needs ${2 * season}, so the forecast has no seasonal pattern`,
    (periods, season) => `只有 ${periods} 个周期：季节长度 ${season} 需要 ${2 * season} 个周期，因此预测不含季节性`,
  ),
  shortSeriesIntervals: both(
    () => 'intervals from a short series are themselves uncertain',
    () => '由短序列得到的区间本身也不确定',
  ),
  backtestWithoutSeason: both(
    (periods: number) =>
      `the backtest fits ${periods} periods, too few for the season, so it scores the method without its seasonal pattern`,
    (periods) => `回测只用 ${periods} 个周期拟合，不足以估计季节性，因此评估的是不含季节性的方法`,
  ),
  shortBacktest: both(
    (points: number, wanted: number) => `the backtest covers ${points} period${s(points)}, not ${wanted}: the series is short`,
    (points, wanted) => `回测只覆盖 ${points} 个周期，而不是 ${wanted} 个：序列太短`,
  ),
  noBacktest: both(
    () => 'the series is too short for a backtest',
    () => '序列太短，无法回测',
  ),
  negativeValues: both(
    () => 'the series has negative values',
    () => '序列中有负值',
  ),
  // data/
  unreadableResponseDates: both(
    (n: number) => `${n} response date${n > 1 ? 's' : ''} could not be read and are empty (the scores are kept)`,
    (n) => `${n} 个回复日期无法识别，已留空（评分仍保留）`,
  ),
  repeatedHeader: both(
    (name: string, renamed: string) =>
      `the header "${name}" appears more than once; the later copy is read as "${renamed}" and the first "${name}" is the one used by name`,
    (name, renamed) => `表头 "${name}" 出现了不止一次；后面的那列读作 "${renamed}"，按名称引用的是第一个 "${name}"`,
  ),
  shortRows: both(
    (n: number, first: number) =>
      `${n} row${n === 1 ? ' has' : 's have'} fewer fields than the header (first: row ${first}); their missing fields are empty`,
    (n, first) => `${n} 行的字段比表头少（第一处：第 ${first} 行）；缺少的字段为空`,
  ),
  duplicateColumn: both(
    (name: string, copies: number, used: { copy: string; column: string } | undefined) =>
      `the column "${name}" appears ${copies} times; ${used ? `copy number ${used.copy} ("${used.column}")` : 'the first one'} was used, pass a mapping to choose another`,
    (name, copies, used) =>
      `列 "${name}" 出现了 ${copies} 次；使用的是${used ? `第 ${used.copy} 个（"${used.column}"）` : '第一个'}，如需改用其他列，请传入映射（mapping）`,
  ),
  slashDates: both(
    (dayFirst: boolean) =>
      `slash dates read as ${dayFirst ? 'day/month/year' : 'month/day/year'}; pass { dayOrder: '${dayFirst ? 'mdy' : 'dmy'}' } if that is wrong`,
    (dayFirst) => `斜杠日期按${dayFirst ? '日/月/年' : '月/日/年'}读取；如果不对，请传入 { dayOrder: '${dayFirst ? 'mdy' : 'dmy'}' }`,
  ),
  longNumberIds: both(
    (field: 'orderId' | 'customerId', column: string) =>
      `the ${field} column "${column}" holds numbers too long to be exact (more than 15 digits), so neighbouring ids may merge; read it as text`,
    (field, column) =>
      `${field === 'orderId' ? '订单号' : '客户编号'}列 "${column}" 中的数字太长（超过 15 位），无法精确表示，相邻的编号可能会合并；请按文本读取`,
  ),
  excelSerialDates: both(
    (column: string, example: string) =>
      `the dates in "${column}" are Excel serial numbers (e.g. ${example}) and were read as days since 1899-12-30`,
    (column, example) => `"${column}" 中的日期是 Excel 序列号（例如 ${example}），已按自 1899-12-30 起的天数读取`,
  ),
};

/** The name of a warning in {@link WARNING_TEXT}. */
export type WarningName = keyof typeof WARNING_TEXT;

/**
 * A warning sentence in a language.
 * @example warningText('en', 'fewRows', 120) // → 'only 120 rows: the metrics are very uncertain'
 * @example warningText('zh-cn', 'fewRows', 120) // → '只有 120 行：指标非常不确定'
 */
export function warningText<K extends WarningName>(
  language: Language,
  name: K,
  ...args: Parameters<(typeof WARNING_TEXT)[K]['en']>
): string {
  const template = WARNING_TEXT[name][language === 'zh-cn' ? 'zh-cn' : 'en'] as (...a: typeof args) => string;
  return template(...args);
}
