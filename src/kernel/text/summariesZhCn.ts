/** The words of the display summaries in Simplified Chinese: one entry for each of summariesEn.ts. */
import type { SummaryText } from './summariesEn';

const sig = (significant: boolean) => `在 5% 水平上${significant ? '显著' : '不显著'}`;
const notConverged = (converged: boolean) => (converged ? '' : ' — **未收敛**');

export const SUMMARIES_ZH_CN: SummaryText = {
  note: (w) => `- 注意：${w}`,
  transactions: '交易',
  responses: '问卷回复',
  kept: (what, kept, read) => `**${what}：保留了 ${read} 行中的 ${kept} 行**`,
  columns: (list) => `列：${list}`,
  dropped: (n, reason, row) => `- 丢弃 ${n} 行：${reason}（例如第 ${row} 行）`,
  refunds: (n, total, kept) => `- ${n} 笔退款（合计 ${total}）${kept ? '已保留' : '已丢弃'}`,
  rfm: (customers) => `**${customers} 位客户的 RFM 评分** — 按 R×F 网格划分客户分群`,
  kmeans: (k, rows, features) => `**k-means：${k} 个分群**，共 ${rows} 行，依据 ${features}`,
  kmeansQuality: (sizes, inertia, silhouette) => `各群人数 ${sizes} · 惯性 ${inertia} · 轮廓系数 ${silhouette}`,
  elbow: (k, best) => `**建议 k = ${k}**（惯性曲线的拐点）；轮廓系数最佳时 k = ${best}`,
  npsNone: (excluded) => `**NPS：没有有效回答**（排除 ${excluded} 条）`,
  nps: (nps, moe, level, low, high, n) => `**NPS ${nps}** ± ${moe}（${level}% 置信区间 ${low} 至 ${high}），n = ${n}`,
  npsExcluded: (n) => ` · 排除 ${n} 条`,
  npsGroups: (promoters, passives, detractors, excluded, adjusted, low, high) =>
    `推荐者 ${promoters} · 被动者 ${passives} · 贬损者 ${detractors}${excluded} · 调整 Wald 法 ${adjusted}（${low} 至 ${high}）`,
  csatNone: '**CSAT：没有有效评分**',
  csat: (csat, low, high, n, mean, excluded) =>
    `**CSAT ${csat}%**（前两档满意），95% 置信区间 ${low} 至 ${high}，n = ${n}；平均评分 ${mean}${excluded ? `；排除 ${excluded} 条` : ''}`,
  npsByNone: '**各组 NPS：没有有效回答**',
  npsByGroup: (group, nps, moe) => `**${group} NPS ${nps}**${moe === null ? '' : ` ± ${moe}`}`,
  npsByOne: (one, groups) => `${one}（${groups} 组）`,
  npsByTwo: (first, last, groups) => `${first} 对比 ${last}（${groups} 组；± 为误差范围）`,
  compareNps: (a, b, difference, z, p, significant) =>
    `**NPS ${a} 对比 ${b}**：相差 ${difference} 分，z = ${z}，p = ${p} — ${sig(significant)}`,
  retentionUndefined: (reason) => `**留存率无法计算**：${reason}`,
  retention: (retention, churn, lost) => `**留存率 ${retention}**，流失率 ${churn}（流失 ${lost} 位客户）`,
  lifecycle: (stages) => `**生命周期**：${stages}`,
  repeatRate: (rate, repeat, customers) => `**复购率 ${rate}**：${customers} 位客户中有 ${repeat} 位在两天或更多天购买过`,
  pareto: (top20, for80) => `**前 20% 的客户贡献了 ${top20} 的收入**；${for80} 的客户贡献了 80% 的收入`,
  bgNbd: (customers, days, params, ll, converged) =>
    `**BG/NBD** 基于 ${customers} 位客户（时间单位 ${days} 天）：${params}；对数似然 ${ll}${notConverged(converged)}`,
  gammaGamma: (customers, params, spend, corr) =>
    `**Gamma-Gamma** 基于 ${customers} 位复购客户：${params}；每次购买平均消费 ${spend}；corr(购买频次, 消费) = ${corr}`,
  clv: (months, total, mean, discount) => `**未来 ${months} 个月的预测 CLV**：合计 ${total}，每位客户平均 ${mean}（月折现率 ${discount}%）`,
  clvAlive: (alive, customers) => `${customers} 位客户中有 ${alive} 位更可能仍然活跃（P(存活) ≥ 50%）`,
  holdout: (length, predicted, actual, error) =>
    `**留出期检验**（${length} 个时间单位）：预测复购 ${predicted} 次，实际 ${actual} 次（${error}%）`,
  campaign: (roi, profit, roas) => `**利润 ROI ${roi}%**（毛利 ${profit}），**ROAS ${roas}**`,
  campaignRates: (response, conversion, ofContacts) => `响应率 ${response}% · 响应者转化率 ${conversion}%（占触达人数的 ${ofContacts}%）`,
  lift: (lift, treatment, control, incremental, z, p, significant) =>
    `**提升 ${lift}**（${treatment} 对比 ${control}），增量转化 ${incremental} 次；z = ${z}，p = ${p} — ${sig(significant)}`,
  migration: (customers, stayed, moved, added, gone) =>
    `${customers} 位客户：${stayed} 位未变 · ${moved} 位变动 · ${added} 位新增 · ${gone} 位离开`,
  noActions: '**在当前规则和阈值下，没有客户需要跟进**',
  actions: (_n, customers, value) => `**需要联系 ${customers} 位客户**，涉及价值 ${value}（按价值从高到低排列）`,
  actionsDetail: (rules, due) => `${rules} · 最早截止 ${due} · 保存：先 \`const actions = …\`，再 \`await save(actions, 'actions.xlsx')\``,
  auc: (auc) => ` · ROC AUC ${auc}`,
  classification: (accuracy, precision, recall, f1, auc) =>
    `**准确率 ${accuracy}** · 精确率 ${precision} · 召回率 ${recall} · F1 ${f1}${auc}`,
  confusion: (matrix) => `混淆矩阵（行为实际，列为预测）：${matrix}`,
  features: (customers) => `**${customers} 位客户的特征**（截至最后一笔订单），可直接用于 \`model.predict\``,
  churnData: (customers, churned) => `**流失训练数据：${customers} 位客户**，其中 ${churned} 在观察期内流失（标签 \`churned\`）`,
  churnTree: (leaves, train, test, metrics) =>
    `**流失决策树**（${leaves} 个叶节点）基于 ${train} 位客户训练，在留出的 ${test} 位客户上评估：${metrics}`,
  metrics: (accuracy, precision, recall, f1, auc) => `准确率 ${accuracy} · 精确率 ${precision} · 召回率 ${recall} · F1 ${f1}${auc}`,
  moreRules: (n) => `- … 另有 ${n} 条，见 \`result.rules\``,
  notTarget: (target) => `非 ${target}`,
  valueTree: (leaves, train, test, metrics, baseline) =>
    `**价值决策树**（${leaves} 个叶节点）基于 ${train} 行训练，在留出的 ${test} 行上评估：${metrics}（始终猜平均值时：${baseline}）`,
  logistic: (features, accuracy, precision, recall, auc, converged) =>
    `**逻辑回归**（特征 ${features}）：在留出行上准确率 ${accuracy} · 精确率 ${precision} · 召回率 ${recall}${auc}${notConverged(converged)}`,
  churnForest: (trees, mtry, features, train, test, metrics, oob) =>
    `**流失随机森林**（${trees} 棵树，每次分裂从 ${features} 个特征中取 ${mtry} 个）基于 ${train} 位客户训练，在留出的 ${test} 位客户上评估：${metrics}${oob}`,
  clvForest: (trees, mtry, features, train, test, metrics, baseline, oob) =>
    `**价值随机森林**（${trees} 棵树，每次分裂从 ${features} 个特征中取 ${mtry} 个）基于 ${train} 行训练，在留出的 ${test} 行上评估：${metrics}（始终猜平均值时：${baseline}）${oob}`,
  outOfBag: (figures) => ` · 袋外：${figures}`,
  accuracy: (accuracy) => `准确率 ${accuracy}`,
  perPeriod: '各期数值',
  noBacktest: '未回测：序列太短',
  backtest: (points, ours, naive) => `在最近 ${points} 个已知周期上回测：MAPE ${ours}（季节性朴素预测：${naive}）`,
  forecastMethod: { 'holt-winters': '霍尔特-温特斯指数平滑', linear: '线性趋势回归' },
  forecast: (method, seasonal, periods, values) => `**预测**（${method}${seasonal ? '，含季节性' : ''}）未来 ${periods} 期：${values}`,
  themes: (comments, groups) => `**${comments} 条评论中的主题**：${groups}`,
  sentiment: (counts) => `**情感分析**（英文 AFINN-165；中文 NTUSD）：${counts}`,
  paretoNbd: (customers, days, params, ll, converged) =>
    `**Pareto/NBD** 基于 ${customers} 位客户（时间单位 ${days} 天）：${params}；对数似然 ${ll}${notConverged(converged)}`,
  paretoNbdRates: (rate, lifetime) =>
    `平均购买率 r/α = 每单位 ${rate}；平均生命周期 β/(s − 1) ${lifetime === null ? '无上限（s ≤ 1）' : `= ${lifetime} 个单位`}`,
  hierarchical: (linkage, k, rows, features) => `**层次聚类（${linkage} 连接）：${k} 个分群**，共 ${rows} 行，依据 ${features}`,
  hierarchicalQuality: (sizes, silhouette, low, high) =>
    `各群人数 ${sizes} · 轮廓系数 ${silhouette} · 切分于合并高度 ${low} 与 ${high} 之间`,
  dbscan: (clusters, rows, features, eps, minPoints) =>
    `**DBSCAN：${clusters} 个簇**，共 ${rows} 行，依据 ${features}（eps ${eps}，minPoints ${minPoints}）`,
  dbscanQuality: (sizes, noise, share, core) => `各簇人数 ${sizes} · 噪声点 ${noise}（${share}%）· 核心点 ${core}`,
  kDistance: (eps, k, rows) => `**建议 eps ${eps}**（minPoints = ${k}；${rows} 行的 ${k}-距离曲线拐点）`,
  crossValidate: (folds, kind, line) => `**${folds} 折交叉验证**（${kind}）：${line}`,
  crossValidateNote: '各折的平均值 ± 标准差；每一折都由在其余各折上训练的模型评估',
  intervals: (level, draws, customers, t) =>
    `**每位客户的区间**（${level}%，${draws} 次参数抽样），共 ${customers} 位客户，未来 ${t} 个时间单位`,
  clvIntervals: (level, draws, both) =>
    `**区间**（${level}%，${draws} 次参数抽样）${
      both
        ? '反映购买参数和消费（Gamma-Gamma）参数的不确定性'
        : '只反映购买参数的不确定性；消费参数保持不变（Gamma-Gamma 模型没有协方差，例如从 JSON 载入后）'
    }`,
  clvIntervalsNote: '区间不包括每位客户自身购买和消费的随机性，也不包括模型本身的偏差',
  intervalsNote: '区间只反映拟合参数的不确定性，不包括每位客户自身购买行为的随机性',
  card: {
    heading: (id, name) => `### 客户 ${id}${name}`,
    noContact: '_没有联系方式_',
    yes: '是',
    no: '否',
    figures: (orders, revenue, average, first, last, days, asOf) =>
      `**${orders} 笔订单**，收入 **${revenue}**，平均订单金额 ${average} · 首单 ${first} · 末单 ${last} · 距上次下单 **${days} 天**（截至 ${asOf}）`,
    segment: (history) => `分群：${history}`,
    alive: (p) => `P(存活) **${p}**`,
    expected: (days, n) => `未来 ${days} 天预计购买 ${n} 次`,
    clv: (clv) => `CLV **${clv}**`,
    notYet: '尚未成为客户',
    noAnswers: '_没有问卷回答_',
    answers: (n, latest) => `问卷回答（${n} 条${latest === null ? '' : `，最近 ${latest} 条`}）：`,
    undated: '无日期',
    answer: (date, score, comment) => `- ${date}，评分 ${score}${comment}`,
  },
  apriori: (rules, itemsets, baskets) => `**${rules} 条规则**，来自 ${baskets} 个购物篮中的 ${itemsets} 个频繁项集`,
};
