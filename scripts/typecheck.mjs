// Type-checks every layer with its own tsconfig (DOM types only in renderer/webview, Node types
// not in protocol/analytics/charts), two at a time.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const projects = [
  ...readdirSync('src').map((d) => path.join('src', d)),
  ...readdirSync('test').map((d) => path.join('test', d)),
].filter((d) => existsSync(path.join(d, 'tsconfig.json')) && readdirSync(d, { recursive: true }).some((f) => String(f).endsWith('.ts')));

const tsc = path.join('node_modules', 'typescript', 'bin', 'tsc');
let failed = 0;
async function check(p) {
  const out = await new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '--noEmit', '-p', p], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('close', (code) => resolve({ code, text }));
  });
  if (out.code !== 0) failed++;
  console.log(`${out.code === 0 ? 'ok  ' : 'FAIL'} ${p}${out.code === 0 ? '' : '\n' + out.text}`);
}
const queue = [...projects];
await Promise.all([0, 1].map(async () => { while (queue.length) await check(queue.shift()); }));
if (failed) {
  console.error(`${failed} project(s) failed type-checking`);
  process.exit(1);
}
