/**
 * The kernel process: started by the host with `child_process.fork`, it speaks the protocol of
 * src/protocol/kernelMessages over the IPC channel and runs cells with {@link CellRuntime}.
 * A watchdog worker (watchdog.ts) takes interrupts even while a cell keeps this thread busy.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as aq from 'arquero';
import { assertNever, type HostToKernel, type KernelToHost } from '../protocol/index';
import * as crm from '../analytics/index';
import * as charts from '../charts/index';
import { CellRuntime } from './CellRuntime';
import { withDisplays } from './displays/index';
import { warmUpEsbuild } from './esbuildService';
import { setSettingCurrency } from './shopCurrency';
import { kernelLanguage } from './displayLanguage';
import { withLanguage } from './withLanguage';
import { localizeCharts } from './localizeCharts';
import type { WatchdogMessage } from './watchdog';
import { answerGridRequest } from './grid/answerGridRequest';
import { tableStore } from './grid/TableStore';
import { IdleCollector } from './idleCollector';

const send = (msg: KernelToHost) => {
  if (process.connected) process.send!(msg);
};
if (!process.send) {
  console.error('The CRM Workbench kernel runs as a child process of the extension or the CLI (child_process.fork).');
  process.exit(2);
}

// esbuild (WebAssembly) is what the first cell waits for: start it first, while the watchdog
// starts and the host sends init (#15).
void warmUpEsbuild().catch(() => undefined);

const kernelDir = path.dirname(fileURLToPath(import.meta.url));
const isInternalFile = (file: string) => {
  const p = file.startsWith('file:') ? fileURLToPath(file) : file;
  return p.startsWith(kernelDir + path.sep);
};

const builtins: Record<string, () => Promise<Record<string, unknown>>> = {
  arquero: async () => aq,
  'crm-workbench': async () => cellCrm,
  'crm-workbench/charts': async () => cellCharts,
  'vega-lite': () => import('vega-lite'),
};
const language = kernelLanguage();
const cellCrm = withLanguage(withDisplays({ ...crm }), language);
const cellCharts = localizeCharts(charts, language);
const runtime = new CellRuntime({ send }, builtins, { aq, op: aq.op, crm: cellCrm, charts: cellCharts }, isInternalFile);

const collector = new IdleCollector();

const acks = new SharedArrayBuffer(4);
const ackView = new Int32Array(acks);
const watchdog = new Worker(new URL('./watchdog.mjs', import.meta.url), { workerData: { acks } });
watchdog.on('message', (m: WatchdogMessage) => {
  if (m.type === 'listening') {
    send({ type: 'ready', pid: process.pid, interruptAddress: m.address });
  } else if (m.type === 'interrupt') {
    Atomics.store(ackView, 0, m.seq);
    runtime.interrupt();
  }
});
watchdog.on('error', (e) => runtime.reportUncaught(e));

process.on('message', (msg: HostToKernel) => {
  switch (msg.type) {
    case 'init':
      setSettingCurrency(msg.currency);
      runtime.init(msg);
      send({ type: 'initialized', id: msg.id });
      break;
    case 'execute':
      collector.busy();
      void runtime.execute(msg).finally(() => collector.idle());
      break;
    case 'grid':
      // The live grid's questions are answered between a running cell's awaits, not after it.
      collector.busy();
      void answerGridRequest(tableStore, msg.request, process.cwd())
        .then((reply) => send({ type: 'grid', id: msg.id, reply }))
        .finally(() => collector.idle());
      break;
    case 'shutdown':
      process.exit(0);
      break;
    default:
      assertNever(msg, 'message from the host');
  }
});
process.on('disconnect', () => process.exit(0));
process.on('uncaughtException', (e) => runtime.reportUncaught(e));
process.on('unhandledRejection', (e) => runtime.reportUncaught(e));
