// A seeded orders CSV for the benchmarks: N rows, N/10 customers, two years of dates, a few
// messy rows (1 in 20,000). `node bench/generateOrders.mjs 1000000 bench/data/orders-1m.csv`
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../src/analytics/numerics/mulberry32.mjs';

// GB18030 bytes of the two Chinese characters the Chinese variant writes ("客户", customer).
const GB18030 = { 客: [0xbf, 0xcd], 户: [0xbb, 0xa7] };
const gb18030 = (s) => Buffer.from([...s].flatMap((ch) => GB18030[ch] ?? [ch.charCodeAt(0)]));

/**
 * @param options `{ chinese }`: customer ids as 客户123 instead of C123; `{ encoding: 'gb18030' }`
 *   writes the bytes as a Chinese Excel or Taobao export would (the rows are the same)
 */
export async function generateOrders(rows, file, seed = 11, options = {}) {
  const prefix = options.chinese ? '客户' : 'C';
  const encode = options.encoding === 'gb18030' ? gb18030 : (s) => s;
  mkdirSync(path.dirname(file), { recursive: true });
  const rand = seededRandom(seed);
  const customers = Math.max(1, Math.floor(rows / 10));
  const start = Date.UTC(2023, 0, 1);
  const out = createWriteStream(file);
  const write = (s) => (out.write(encode(s)) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  await write('order_id,customer_id,order_date,amount\n');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    // Skewed customers: a few buy a lot.
    const c = Math.floor(customers * Math.pow(rand(), 1.7));
    const day = new Date(start + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
    const amount = (5 + rand() * rand() * 300).toFixed(2);
    buf += i % 20000 === 19999 ? `${i},${prefix}${c},not a date,${amount}\n` : `${i},${prefix}${c},${day},${amount}\n`;
    if (buf.length > 1 << 16) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise((r) => out.end(r));
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [, , n = '1000000', file = 'bench/data/orders-1m.csv'] = process.argv;
  await generateOrders(Number(n), file);
  console.log(`wrote ${file}`);
}
