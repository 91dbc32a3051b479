// Generates the data of the Chinese sample (samples/data/tea-shop/): a one-person tea shop
// (一人公司) that sells on Taobao and in a WeChat shop, deterministically from a seed:
// `node scripts/generateChineseSample.mjs [--seed 11] [--out samples/data/tea-shop]`.
//
// - taobao-orders.csv: a Taobao order report (订单报表) as the seller centre exports it: GB18030,
//   CRLF, order numbers as ="…" so Excel keeps 19 digits, phones with a leading ', three headers
//   with trailing spaces; paid, shipped, unpaid and closed (refunded) orders.
// - wechat-orders.csv: a WeChat shop (微信小店) export, UTF-8, one row per item with the order's
//   paid amount repeated on each row; cancelled, unpaid and refunded orders.
// - survey.csv: an NPS survey sent to buyers in WeChat, with Chinese comments.
// - campaign.csv: the Double 11 coupon message, sent to past buyers with a fifth held out.
//
// Customers buy as in the BG/NBD story (a Gamma-distributed rate, a Beta-distributed chance to
// stop after each purchase), more often before Spring Festival, in the spring tea season, at 618
// and at Double 11. About a fifth of the Taobao buyers also order in the WeChat shop later (a card
// in the parcel invites them); the phone number is what both exports share.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../src/analytics/numerics/mulberry32.mjs';
import { randomVariates } from './randomVariates.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const seed = Number(arg('--seed', 11)) || 11;
const out = path.resolve(arg('--out', 'samples/data/tea-shop'));

const rand = seededRandom(seed);
const { normal, gamma, beta } = randomVariates(rand);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const END = Date.UTC(2024, 11, 31);
const DAYS = (END - START) / DAY + 1;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const stamp = (t) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};
const money = (x) => (Math.round(x * 100) / 100).toFixed(2);

// How busy each day is: Spring Festival gifts (January), spring tea (March–April), 618, Double 11.
function season(t) {
  const d = new Date(t);
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  let s = [1.3, 0.7, 1.1, 1.3, 0.9, 1, 0.8, 0.8, 0.9, 1, 1.2, 1][m];
  if (m === 5 && day >= 10 && day <= 18) s *= 2.2;
  if (m === 10 && day >= 1 && day <= 11) s *= 3;
  return s;
}

const PRODUCTS = [
  ['明前西湖龙井 250g', 268],
  ['安吉白茶 250g', 198],
  ['武夷岩茶 大红袍 200g', 238],
  ['云南普洱 生茶饼 357g', 158],
  ['福鼎白茶 寿眉饼 300g', 128],
  ['滇红金芽 100g', 98],
  ['茉莉花茶 150g', 68],
  ['新客试饮装 5 种', 29.9],
  ['宜兴紫砂壶', 380],
  ['玻璃公道杯', 45],
  ['便携旅行茶具', 168],
  ['竹制茶盘', 136],
];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建文斌宇浩凯晨欣怡婷雪琳晶颖佳倩慧嘉悦瑶梓涵子轩思雨一诺'.split(
  '',
);
const PLACES = [
  ['浙江省', '杭州市', '西湖区'],
  ['上海', '上海市', '浦东新区'],
  ['北京', '北京市', '朝阳区'],
  ['广东省', '深圳市', '南山区'],
  ['广东省', '广州市', '天河区'],
  ['江苏省', '南京市', '鼓楼区'],
  ['江苏省', '苏州市', '姑苏区'],
  ['四川省', '成都市', '武侯区'],
  ['福建省', '福州市', '鼓楼区'],
  ['湖北省', '武汉市', '洪山区'],
  ['山东省', '青岛市', '市南区'],
  ['陕西省', '西安市', '雁塔区'],
];
const STREETS = ['文三路', '人民路', '中山路', '解放路', '建设路', '和平路', '长江路', '学院路'];
const NICK_PARTS = ['茶', '小', '叶', '云', '山', '水', '木', '月', '青', '白', '喵', '阿', '大', '猫', '兔', '桃'];

const usedPhones = new Set();
function phone() {
  for (;;) {
    const p = `1${pick(['3', '5', '8'])}${Math.floor(rand() * 10)}${pad(Math.floor(rand() * 1e8), 8)}`;
    if (!usedPhones.has(p)) return (usedPhones.add(p), p);
  }
}
const nick = (i) => `${pick(NICK_PARTS)}${pick(NICK_PARTS)}${pick(['tea', 'cha', '_', ''])}${i * 7 + 13}`;

const customers = [];
for (let i = 1; i <= 700; i++) {
  let first;
  do first = START + Math.floor(rand() * DAYS) * DAY;
  while (rand() > season(first) / 3.3);
  const place = pick(PLACES);
  customers.push({
    i,
    first,
    // Half the buyers arrive on Taobao; the WeChat shop gets friends' referrals and Taobao buyers later.
    home: rand() < 0.72 ? 'taobao' : 'wechat',
    crossesOver: rand() < 0.22,
    rate: gamma(0.8, 1 / 70),
    dropout: beta(1.1, 3),
    meanSpend: gamma(4, 45),
    name: `${pick(SURNAMES)}${pick(GIVEN)}${rand() < 0.6 ? pick(GIVEN) : ''}`,
    phone: phone(),
    nick: nick(i),
    place,
    address: `${place.join(' ')} ${pick(STREETS)}${1 + Math.floor(rand() * 300)}号`,
  });
}

// Orders: each with its lines (a main tea, maybe a second tea or a tea ware).
const orders = [];
for (const c of customers) {
  let t = c.first;
  let n = 0;
  for (;;) {
    const platform = n > 0 && c.home === 'taobao' && c.crossesOver && rand() < 0.6 ? 'wechat' : c.home;
    const main = n === 0 && rand() < 0.25 ? PRODUCTS[7] : pick(PRODUCTS.slice(0, 7));
    const lines = [[main[0], 1 + (rand() < 0.15 ? 1 : 0), main[1]]];
    if (rand() < 0.25) {
      const extra = pick(PRODUCTS.filter((p) => p[0] !== main[0]));
      lines.push([extra[0], 1, extra[1]]);
    }
    const goods = lines.reduce((s, l) => s + l[1] * l[2], 0);
    // Spend drifts towards the customer's usual basket: bigger baskets for big spenders.
    const value = Math.max(goods, Math.round((goods * 0.7 + gamma(3, c.meanSpend / 3) * 0.3) / 10) * 10);
    const hour = 8 + Math.floor(rand() * 15);
    orders.push({
      c,
      t: t + hour * 3_600_000 + Math.floor(rand() * 3600) * 1000,
      platform,
      lines,
      goods: value,
      postage: value >= 99 ? 0 : 8,
    });
    n++;
    if (rand() < c.dropout) break;
    let next;
    do next = t + Math.ceil(-Math.log(1 - rand()) / c.rate) * DAY;
    while (next <= END && rand() > season(next) / 3.3);
    if (next > END) break;
    t = next;
  }
}
orders.sort((a, b) => a.t - b.t);

mkdirSync(out, { recursive: true });

// --- Taobao order report, GB18030 -----------------------------------------------------------
const gbTable = new Map();
{
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
    }
}
function gb18030(text) {
  const bytes = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 0x80) bytes.push(code);
    else if (gbTable.has(ch)) bytes.push(...gbTable.get(ch));
    else throw new Error(`generateChineseSample: no two-byte GB18030 code for ${JSON.stringify(ch)}`);
  }
  return Uint8Array.from(bytes);
}
// Excel-style ="…" cells are written as the seller centre writes them, unquoted.
const csvCell = (v) => (/^="\d+"$/.test(String(v)) || !/[",\r\n]/.test(String(v)) ? String(v) : `"${String(v).replace(/"/g, '""')}"`);
const csv = (header, rows, eol) => [header, ...rows].map((r) => r.map(csvCell).join(',')).join(eol) + eol;

const TAOBAO_HEADER = [
  '订单编号',
  '买家会员名',
  '买家应付货款',
  '买家应付邮费',
  '总金额',
  '买家实际支付金额',
  '订单状态',
  '收货人姓名',
  '收货地址 ',
  '联系手机',
  '订单创建时间',
  '订单付款时间 ',
  '宝贝标题 ',
  '宝贝总数量',
  '订单关闭原因',
  '退款金额',
];
let taobaoNo = 2_938_104_557_120_000_000n;
const taobaoRows = [];
let wechatNo = 3_720_230_100_000;
const wechatRows = [];
for (const o of orders) {
  const { c } = o;
  const total = o.goods + o.postage;
  const recent = END - o.t < 6 * DAY;
  const r = rand();
  if (o.platform === 'taobao') {
    taobaoNo += BigInt(1 + Math.floor(rand() * 9000));
    const unpaid = r < 0.02;
    const refunded = !unpaid && r < 0.05;
    const status = unpaid ? '等待买家付款' : refunded ? '交易关闭' : recent ? '卖家已发货，等待买家确认' : '交易成功';
    const paidAt = unpaid ? '' : stamp(o.t + (60 + Math.floor(rand() * 600)) * 1000);
    taobaoRows.push([
      `="${taobaoNo}"`,
      c.nick,
      money(o.goods),
      money(o.postage),
      money(total),
      unpaid ? '0.00' : money(total),
      status,
      c.name,
      c.address,
      `'${c.phone}`,
      stamp(o.t),
      paidAt,
      o.lines.map((l) => l[0]).join('，'),
      o.lines.reduce((s, l) => s + l[1], 0),
      unpaid ? '订单未关闭' : refunded ? '买家申请退款' : '订单未关闭',
      refunded ? money(total) : '0.00',
    ]);
  } else {
    wechatNo += 1 + Math.floor(rand() * 900);
    const unpaid = r < 0.02;
    const cancelled = !unpaid && r < 0.035;
    const refunded = !unpaid && !cancelled && r < 0.06;
    const status = unpaid ? '待付款' : cancelled ? '已取消' : recent ? '已发货' : '已完成';
    const paidAt = unpaid || cancelled ? '' : stamp(o.t + (20 + Math.floor(rand() * 120)) * 1000);
    o.lines.forEach((l, k) => {
      wechatRows.push([
        `\t${wechatNo}`,
        stamp(o.t),
        paidAt,
        status,
        l[0],
        l[1],
        money(l[2]),
        unpaid || cancelled ? '0.00' : money(total),
        refunded ? money(l[1] * l[2]) : '0.00',
        refunded && k === 0 ? '退款成功' : '',
        c.name,
        `'${c.phone}`,
        ...c.place,
        `${pick(STREETS)}${1 + Math.floor(rand() * 300)}号`,
      ]);
    });
  }
}
writeFileSync(path.join(out, 'taobao-orders.csv'), gb18030(csv(TAOBAO_HEADER, taobaoRows, '\r\n')));
const WECHAT_HEADER = [
  '订单号',
  '订单下单时间',
  '支付时间',
  '订单状态',
  '商品名称',
  '商品数量',
  '商品价格',
  '订单实际支付金额',
  '商品已退款金额',
  '商品售后',
  '收件人姓名',
  '收件人手机',
  '省',
  '市',
  '区',
  '详细地址',
];
writeFileSync(path.join(out, 'wechat-orders.csv'), csv(WECHAT_HEADER, wechatRows, '\n'));

// --- NPS survey in WeChat ---------------------------------------------------------------------
const COMMENTS = {
  promoter: [
    '茶叶很新鲜，香气足，会回购',
    '龙井品质很好，包装也很用心',
    '老板很专业，推荐的茶都很合口味',
    '发货快，茶叶好喝，已经推荐给朋友',
    '性价比高，比实体店便宜',
    '白茶很好喝，送人很有面子',
    '服务热情，有问必答',
  ],
  passive: [
    '茶不错，就是价格有点贵',
    '味道还可以，物流有点慢',
    '包装普通，茶叶还行',
    '整体满意，希望多一些小包装',
    '口感不错，但是快递盒有压痕',
  ],
  detractor: [
    '物流太慢了，等了一个星期',
    '茶叶有碎末，和图片不一样',
    '客服回复太慢',
    '价格偏贵，活动力度小',
    '收到的茶壶有裂纹，退货很麻烦',
    '味道太淡，不如上次买的',
  ],
};
const orderCount = new Map();
for (const o of orders) orderCount.set(o.c.i, (orderCount.get(o.c.i) ?? 0) + 1);
const surveyRows = [];
let sid = 0;
for (const c of customers) {
  if (rand() > 0.35) continue;
  const n = orderCount.get(c.i) ?? 1;
  const score = Math.max(0, Math.min(10, Math.round(6.8 + Math.min(3, n * 0.5) + normal() * 2.2)));
  const group = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
  const t = Math.min(END, c.first + (5 + Math.floor(rand() * 40)) * DAY);
  surveyRows.push([
    ++sid,
    stamp(t + 20 * 3_600_000),
    c.phone,
    score,
    rand() < 0.8 ? pick(COMMENTS[group]) : '',
    c.home === 'taobao' ? '淘宝' : '微信小店',
  ]);
}
surveyRows.sort((a, b) => a[1].localeCompare(b[1]));
surveyRows.forEach((row, k) => (row[0] = k + 1));
writeFileSync(path.join(out, 'survey.csv'), csv(['序号', '提交时间', '手机号', '推荐意愿', '意见', '来源'], surveyRows, '\n'));

// --- Double 11 coupon message: past buyers, every fifth held out --------------------------------
const SENT = Date.UTC(2024, 9, 28);
const reached = customers.filter((c) => c.first < SENT - 30 * DAY);
const campaignRows = reached.map((c, k) => {
  const control = k % 5 === 0;
  const clicked = !control && rand() < 0.25;
  const bought = control ? rand() < 0.06 : clicked ? rand() < 0.4 : rand() < 0.05;
  const revenue = bought ? Math.round(gamma(4, c.meanSpend / 4) / 10) * 10 + 60 : 0;
  return [c.phone, control ? '对照组' : '实验组', '2024-10-28', control ? 0 : 1, clicked ? 1 : 0, bought ? 1 : 0, money(revenue)];
});
writeFileSync(
  path.join(out, 'campaign.csv'),
  csv(['手机号', '分组', '发送日期', '已发送', '已领券', '已下单', '金额'], campaignRows, '\n'),
);

console.log(
  `wrote ${taobaoRows.length} Taobao orders, ${wechatRows.length} WeChat shop rows, ${surveyRows.length} survey answers, ${campaignRows.length} campaign rows to ${out} (seed ${seed})`,
);
