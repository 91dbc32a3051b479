// Generates the sample data of samples/data/ for a one-person online shop (a coffee-gear shop),
// deterministically from a seed: `node scripts/generateSamples.mjs [--seed 7]`.
//
// Customers buy as in the BG/NBD story (a Poisson rate per customer, Gamma-distributed across
// customers, and a chance to drop out after each purchase, Beta-distributed), with seasonality
// (November–December peaks), order values from a Gamma-Gamma spend model, 2% refunds, a few
// messy rows of the kinds real exports have, order lines with products that sell together, an
// NPS survey with English and Chinese comments, and a campaign log with a holdout group.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../src/analytics/numerics/mulberry32.mjs';
import { randomVariates } from './randomVariates.mjs';

const seed = Number(process.argv[process.argv.indexOf('--seed') + 1]) || 7;
const out = path.resolve(process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'samples/data');

const rand = seededRandom(seed);
const { normal, gamma, beta } = randomVariates(rand);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const END = Date.UTC(2024, 11, 31);
const DAYS = (END - START) / DAY + 1;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const csvCell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const writeCsv = (file, header, rows) =>
  writeFileSync(path.join(out, file), [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n');

// Seasonality of buying (month 0 = January).
const SEASON = [0.8, 0.85, 0.95, 1, 1, 0.9, 0.85, 0.85, 1, 1.05, 1.35, 1.6];
const CHANNELS = ['web', 'web', 'web', 'instagram', 'marketplace', 'newsletter'];
const COUNTRIES = ['FR', 'FR', 'DE', 'NL', 'BE', 'ES', 'IT', 'CN', 'US', 'UK'];
const PRODUCTS = [
  ['Espresso beans 1kg', 24],
  ['Filter beans 250g', 9.5],
  ['Decaf beans 250g', 10],
  ['Hand grinder', 79],
  ['Burr grinder', 189],
  ['French press', 35],
  ['Pour-over dripper', 22],
  ['Paper filters (100)', 6],
  ['Gooseneck kettle', 59],
  ['Scale', 29],
  ['Milk jug', 18],
  ['Tamper', 25],
  ['Cleaning tablets', 12],
  ['Travel mug', 21],
  ['Ceramic cup set', 32],
  ['Cold brew jar', 27],
  ['Tea sampler', 16],
  ['Barista course voucher', 90],
  ['Gift card', 50],
  ['Descaler', 11],
];
// Products that sell together: [product, companion, probability].
const PAIRS = [
  ['Pour-over dripper', 'Paper filters (100)', 0.7],
  ['French press', 'Filter beans 250g', 0.5],
  ['Hand grinder', 'Espresso beans 1kg', 0.4],
  ['Burr grinder', 'Espresso beans 1kg', 0.55],
  ['Gooseneck kettle', 'Pour-over dripper', 0.45],
  ['Milk jug', 'Tamper', 0.35],
  ['Scale', 'Pour-over dripper', 0.3],
];

const customers = [];
for (let i = 1; i <= 2000; i++) {
  // Acquisition spread over the two years, a little more in Q4.
  let first;
  do first = START + Math.floor(rand() * DAYS) * DAY;
  while (rand() > SEASON[new Date(first).getUTCMonth()] / 1.6);
  customers.push({
    id: `C${String(i).padStart(4, '0')}`,
    first,
    rate: gamma(0.9, 1 / 75), // purchases per day while active
    dropout: beta(1.2, 3.5),
    meanSpend: (6 * 15) / gamma(3.5, 1) + 20, // Gamma-Gamma-like mean spend
    channel: pick(CHANNELS),
    country: pick(COUNTRIES),
  });
}

const orders = [];
let orderNo = 10000;
for (const c of customers) {
  let t = c.first;
  for (;;) {
    orders.push({ id: `#${++orderNo}`, customer: c, t, amount: Math.max(4, Math.round(gamma(6, c.meanSpend / 6) * 100) / 100) });
    if (rand() < c.dropout) break;
    // Next purchase: exponential wait, thinned by the season of the landing month.
    let next;
    do next = t + Math.ceil(-Math.log(1 - rand()) / c.rate) * DAY;
    while (next <= END && rand() > SEASON[new Date(next).getUTCMonth()] / 1.6);
    if (next > END) break;
    t = next;
  }
}
orders.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));

const orderRows = [];
const lineRows = [];
for (const o of orders) {
  const hour = 7 + Math.floor(rand() * 15);
  const stamp = `${iso(o.t)} ${String(hour).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}`;
  // Order lines: a main product, maybe its companion, maybe an extra; the order total is the lines' sum.
  const main = pick(PRODUCTS);
  const lines = [[main[0], 1, main[1]]];
  for (const [a, b, p] of PAIRS) if (a === main[0] && rand() < p) lines.push([b, 1, PRODUCTS.find((x) => x[0] === b)[1]]);
  if (rand() < 0.3) {
    const extra = pick(PRODUCTS);
    if (!lines.some((l) => l[0] === extra[0])) lines.push([extra[0], 1 + Math.floor(rand() * 2), extra[1]]);
  }
  const linesTotal = lines.reduce((s, l) => s + l[1] * l[2], 0);
  const amount = Math.round(Math.max(linesTotal, o.amount * 0.5 + linesTotal * 0.5) * 100) / 100;
  for (const l of lines) lineRows.push([o.id, l[0], l[1], l[2]]);
  orderRows.push([o.id, o.customer.id, stamp, amount.toFixed(2), o.customer.channel, o.customer.country]);
  if (rand() < 0.02) {
    const back = Math.min(END, o.t + (3 + Math.floor(rand() * 20)) * DAY);
    orderRows.push([
      `R${o.id.slice(1)}`,
      o.customer.id,
      `${iso(back)} 12:00`,
      (-amount).toFixed(2),
      o.customer.channel,
      o.customer.country,
    ]);
  }
}
// A few messy rows, as real exports have them.
const messy = [
  ['#90001', '', '2024-03-02 10:00', '42.00', 'web', 'FR'],
  ['#90002', 'C0007', 'n/a', '18.50', 'web', 'FR'],
  ['#90003', 'C0011', '2024-04-11 09:30', 'abc', 'web', 'DE'],
  [orderRows[5][0], orderRows[5][1], orderRows[5][2], orderRows[5][3], orderRows[5][4], orderRows[5][5]],
  ['#90004', 'C0023', '2024-05-06 14:00', '$1,204.50', 'web', 'US'],
  ['#90005', 'C0042', '2024-13-01 08:00', '30.00', 'instagram', 'NL'],
  ['#90006', '  ', '2024-06-01 11:00', '12.00', 'web', 'FR'],
  ['#90007', '<img src=x onerror=alert(1)>', '2024-06-02 11:00', '9.99', 'web', 'FR'],
];
messy.forEach((m, k) => orderRows.splice(200 + k * 517, 0, m));

mkdirSync(out, { recursive: true });
writeCsv('orders.csv', ['order_id', 'customer_id', 'order_date', 'amount', 'channel', 'country'], orderRows);
writeCsv('order_lines.csv', ['order_id', 'product', 'quantity', 'unit_price'], lineRows);

// NPS survey: answers depend on how the customer has been served (repeat buyers score higher).
const EN = {
  promoter: [
    'Great coffee, fast delivery',
    'Love the beans and the friendly service',
    'Excellent quality, will buy again',
    'Fast shipping and great packaging',
    'Best grinder I have owned',
  ],
  passive: [
    'Good products but shipping was slow',
    'Nice beans, a bit expensive',
    'Okay overall, website could be easier',
    'Decent quality, delivery took a week',
  ],
  detractor: [
    'Delivery was late and the box was damaged',
    'Too expensive for what you get',
    'Customer service never answered my email',
    'Grinder broke after a month',
    'Shipping was slow and costly',
  ],
};
const ZH = {
  promoter: ['咖啡豆很新鲜，发货很快', '服务很好，会再次购买', '质量非常好，包装精美'],
  passive: ['产品不错，但是物流有点慢', '价格有点贵，质量还行'],
  detractor: ['物流太慢，包装破损', '价格太贵了', '客服一直没有回复', '磨豆机用了一个月就坏了'],
};
const orderCount = new Map();
for (const o of orders) orderCount.set(o.customer.id, (orderCount.get(o.customer.id) ?? 0) + 1);
const surveyRows = [];
let rid = 0;
for (const c of customers) {
  if (rand() > 0.3) continue;
  const n = orderCount.get(c.id) ?? 1;
  const base = 7 + Math.min(3, n * 0.45) + normal() * 2.1;
  const score = Math.max(0, Math.min(10, Math.round(base)));
  const cat = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
  const zh = c.country === 'CN' || rand() < 0.08;
  const comment = rand() < 0.75 ? pick((zh ? ZH : EN)[cat]) : '';
  const t = Math.min(END, c.first + Math.floor(rand() * 60) * DAY);
  surveyRows.push([`R${String(++rid).padStart(4, '0')}`, c.id, iso(t), score, comment, c.channel]);
}
surveyRows.splice(
  17,
  0,
  ['R9001', 'C0003', '2024-02-02', '11', 'typo in score', 'web'],
  ['R9002', 'C0004', '2024-02-03', '', 'no score given', 'web'],
);
writeCsv('survey.csv', ['response_id', 'customer_id', 'date', 'score', 'comment', 'channel'], surveyRows);

// Campaign: an autumn win-back e-mail to 1,500 lapsed customers, 20% held out as control.
const lapsed = customers.filter((c) => c.first < Date.UTC(2024, 5, 1)).slice(0, 1500);
const campaignRows = lapsed.map((c, k) => {
  const control = k % 5 === 0;
  const responded = !control && rand() < 0.12;
  const converted = control ? rand() < 0.03 : responded ? rand() < 0.45 : rand() < 0.01;
  const revenue = converted ? Math.round(gamma(6, c.meanSpend / 6) * 100) / 100 : 0;
  return [c.id, control ? 'control' : 'treatment', '2024-10-15', control ? 0 : 1, responded ? 1 : 0, converted ? 1 : 0, revenue.toFixed(2)];
});
writeCsv('campaign.csv', ['customer_id', 'group', 'sent_date', 'contacted', 'responded', 'converted', 'revenue'], campaignRows);

console.log(
  `wrote ${orderRows.length} orders, ${lineRows.length} order lines, ${surveyRows.length} survey answers, ${campaignRows.length} campaign rows to ${out} (seed ${seed})`,
);
