// The Chinese sample: a one-person tea shop on Taobao and in a WeChat shop (data from
// scripts/generateChineseSample.mjs). It follows the questions of the Chinese CRM articles the
// workbench started from, with the standard formulas (docs/formulas.zh-cn.md).
import { md, note, ts } from './cells.mjs';

const RULES_ZH =
  '上榜的规则：**久未回购**——买过三天或以上的老客户，距上次购买已超过其平时间隔的两倍，且至少 30 天；**贬损者**——问卷打 0–6 分、且最近 14 天内下过单；**价值下滑**——按预测 CLV 排在前 20% 的客户中，仍然活跃的概率低于 50%；**新客户**——只买过一次，在 30 到 90 天前。';

export const teaShop = [
  '山野茶舍：一人公司的客户分析',
  [
    md(
      '# 山野茶舍：一人公司的客户分析\n\n一家由店主一个人经营的茶叶店，在淘宝和微信小店上卖茶。这里有淘宝两年的订单报表、微信小店的订单导出、一份微信问卷，以及一次双 11 优惠券活动的记录。本笔记本按常见客户分析文章的顺序回答七个问题：**客户价值、RFM 分群、复购率、NPS、流失、客户终身价值（CLV）和活动 ROI**，最后列出本周要联系的客户。\n\n文中的公式都按标准定义计算。网上流传的几种算法——把 NPS 算成“(分数 − 1) 的平均值”、超过 100% 的“忠诚度”、算出 3,872.78 的 DCF 例子——为什么不对，见 CRM Workbench 文档《常见公式说明》（docs/formulas.zh-cn.md）。',
    ),
    note('点击 **全部运行**。每个单元格都是 TypeScript；`load`、`aq`、`op`、`crm` 和 `charts` 可以直接使用。'),
    md(
      '## 1. 读入两个平台的订单\n\n淘宝卖家中心导出的订单报表是 GB18030 编码；`load` 会自动识别编码，并去掉订单编号外面的 `="…"` 和手机号前面的 `\'`。`crm.prepareTransactions` 认得淘宝的列名：只统计已付款的订单，“交易关闭”和“等待买家付款”的订单会被排除，并说明原因。\n\n同一位客户，在淘宝上是会员名，在微信小店里是收件人手机号；两份导出共有的只有手机号，所以淘宝这边也用 `联系手机` 作为客户编号。',
    ),
    ts(
      "const asOf = '2024-12-31';\nconst taobao = crm.prepareTransactions(await load('data/tea-shop/taobao-orders.csv'), { customerId: '联系手机' }, { asOf, currency: 'CNY' });\ntaobao",
    ),
    md('微信小店的导出每个商品一行，订单的实付金额在每一行重复；同一订单号的几行合并成一个订单，金额只算一次。'),
    ts("const wechat = crm.prepareTransactions(await load('data/tea-shop/wechat-orders.csv'), {}, { asOf, currency: 'CNY' });\nwechat"),
    md('两个平台合成一张订单表，`channel` 列记下订单来自哪里：'),
    ts(
      "const tx = taobao.table.derive({ channel: () => '淘宝' }).concat(wechat.table.derive({ channel: () => '微信小店' }));\ntx.groupby('channel').rollup({ 订单: op.count(), 客户: op.distinct('customerId'), 收入: op.sum('amount') })",
    ),
    md('## 2. 客户价值：钱从哪里来\n\n客单价 = 收入 ÷ 订单数。再看收入有多集中：收入最高的 20% 客户带来了多少收入。'),
    ts("tx.rollup({ 订单: op.count(), 客户: op.distinct('customerId'), 收入: op.sum('amount'), 客单价: op.mean('amount') })"),
    ts('crm.pareto(tx)'),
    md(
      "## 3. RFM 分群\n\n每位客户按最近一次购买距今的天数（R）、购买天数（F）和消费金额（M）各打 1–5 分（按全体客户的五分位），再按 R 和 F 的组合归入一个分群。`language: 'zh-cn'` 让分群名称用中文。",
    ),
    ts("const scores = crm.rfm(tx, { asOf, language: 'zh-cn' });\ncrm.segmentSummary(scores)"),
    md('每个分群的含义和建议的做法：'),
    ts("crm.segmentActions('zh-cn')"),
    md(
      '## 4. 复购率\n\n复购率 = 在两个或以上不同日期下过单的客户 ÷ 全部客户。按“天”而不是按“订单”计：同一天拆成两单不算复购。有的文章用“重复购买的订单数 ÷ 总订单数”，那是另一个指标，数字也不同。',
    ),
    ts('crm.repeatRate(tx)'),
    md(
      '## 5. 留存与流失\n\n标准定义：客户留存率 CRR = (E − N) ÷ S。S 是期初的客户数（2023 年买过的客户），E 是期末的客户数（2024 年买过的客户），N 是这一期新来的客户（2024 年第一次购买）。流失率 = 1 − CRR。\n\n常见的另一种算法直接把 E ÷ S 叫作“忠诚度”或“留存率”：店铺在增长时，新客户会把它推到 100% 以上，而留存的客户不可能多于原有的客户。',
    ),
    ts(
      "const active = new Map<number, Set<string>>([[2023, new Set()], [2024, new Set()]]);\nfor (const o of tx.objects() as { customerId: string; orderDate: Date }[]) active.get(o.orderDate.getUTCFullYear())?.add(o.customerId);\nconst S = active.get(2023)!.size;\nconst E = active.get(2024)!.size;\nconst N = [...active.get(2024)!].filter((c) => !active.get(2023)!.has(c)).length;\n({ '期初客户 S': S, '期末客户 E': E, '新客户 N': N, '常见算法 E ÷ S': `${((100 * E) / S).toFixed(1)}%` })",
    ),
    ts('crm.retentionRate({ start: S, end: E, acquired: N })'),
    md(
      '## 6. NPS（净推荐值）\n\n问卷问：“您有多大可能把本店推荐给朋友？（0–10 分）”。NPS = 推荐者（9–10 分）占比 − 贬损者（0–6 分）占比，单位是“分”，范围 −100 到 100，并给出误差范围。问卷记下了手机号，它就是订单里的客户编号。',
    ),
    ts("const survey = crm.prepareResponses(await load('data/tea-shop/survey.csv'), { respondentId: '手机号' });\nsurvey"),
    ts("const npsScores = survey.table.array('score') as number[];\ncrm.nps(npsScores)"),
    md(
      '有的文章把 NPS 算成“(分数 − 1) 的平均值”。同一批答案用那种算法得到下面这个数：它只是平均分减 1，量纲和 NPS 不同，也不区分推荐者和贬损者。',
    ),
    ts('npsScores.reduce((sum, x) => sum + (x - 1), 0) / npsScores.length'),
    md('各个 RFM 分群的 NPS：'),
    ts("crm.npsBy(survey.table, { by: 'segment', customers: scores })"),
    md('推荐者和贬损者都写了什么：'),
    ts('crm.feedbackThemes(survey.table, { top: 6 })'),
    md(
      '## 7. 客户终身价值（CLV）\n\nBG/NBD 模型预测每位客户以后会买几次、现在仍然活跃的概率（P(alive)）；Gamma-Gamma 模型预测每次花多少钱。两者相乘，按每月 1% 折现（约合每年 12.7%），得到未来 12 个月的 CLV。价值最高的 10 位客户：',
    ),
    ts(
      "const summary = crm.rfmSummary(tx);\nconst clv = crm.predictClv(summary, { bgnbd: crm.fitBgNbd(summary), gammaGamma: crm.fitGammaGamma(summary), months: 12, monthlyDiscount: 0.01 });\nclv.orderby(aq.desc('clv')).slice(0, 10)",
    ),
    md('买过不止一次、但仍然活跃的概率已低于 30% 的客户，很可能已经流失：'),
    ts("clv.filter((d) => d.frequency > 0 && d.probabilityAlive < 0.3).orderby('probabilityAlive')"),
    md(
      '折现现金流（DCF）：每年年末收到 1,000 元，折现率 10%，共 5 年，现值 = Σ 1000 ÷ 1.1^t（t = 1…5）= 3,790.79 元。有的文章给出 3,872.78 元，这个数不符合任何一种标准的折现约定（年初收款 4,169.87、年中收款 3,975.81、连续折现 3,741.24）。',
    ),
    ts('crm.dcfClv([1000, 1000, 1000, 1000, 1000], 0.1)'),
    md(
      '## 8. 双 11 优惠券活动的 ROI\n\n10 月 28 日，店主在微信上给一个月前就已买过的老客户发了满 200 减 30 的优惠券；名单上每五人留一人不发（对照组），用来估计“不发也会买”的那部分。',
    ),
    ts(
      "const log = await load('data/tea-shop/campaign.csv');\nconst groups = log.groupby('分组').rollup({ 人数: op.count(), 已发送: op.sum('已发送'), 已领券: op.sum('已领券'), 已下单: op.sum('已下单'), 金额: op.sum('金额') });\ngroups",
    ),
    md('发券有没有让更多人下单？用两比例检验比较实验组和对照组的下单率：'),
    ts(
      "const [treated] = groups.filter((d) => d['分组'] === '实验组').objects() as any[];\nconst [held] = groups.filter((d) => d['分组'] === '对照组').objects() as any[];\ncrm.liftTest({ treatment: { n: treated['人数'], conversions: treated['已下单'] }, control: { n: held['人数'], conversions: held['已下单'] } })",
    ),
    md(
      'ROI 只算**增量**利润：实验组的收入，减去按对照组人均收入推算的“本来就会有”的收入，再乘以 60% 的毛利率。成本是用掉的优惠券（每张 30 元）加上 200 元的设计和发送费用。',
    ),
    ts(
      "const incremental = treated['金额'] - (held['金额'] / held['人数']) * treated['人数'];\ncrm.campaign({ contacted: treated['已发送'], responded: treated['已领券'], converted: treated['已下单'], revenue: Math.max(0, incremental), margin: 0.6, cost: 200 + 30 * treated['已下单'] })",
    ),
    md(`## 本周要做的事\n\n本周要联系的客户，按价值从高到低排列，每位都附原因和建议的做法。${RULES_ZH}`),
    ts(
      "const contacts = taobao.customers.concat(wechat.customers).dedupe('customerId');\ncrm.actionList(tx, { asOf, contacts, responses: survey.table, clv, language: 'zh-cn' })",
    ),
  ],
  { language: 'zh-cn' },
];
