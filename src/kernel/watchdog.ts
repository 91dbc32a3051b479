/**
 * The interrupt watchdog: a worker thread of the kernel that stays responsive while a cell keeps
 * the main thread busy (`while (true) {}`). It listens on a local socket for the host's
 * interrupt command and forwards it to the main thread. If the main thread does not acknowledge
 * within {@link ACK_TIMEOUT_MS} (it is stuck in synchronous code), the watchdog stops the running
 * JavaScript through the inspector's `Runtime.terminateExecution`; the kernel survives with its
 * state, and the main thread then handles the queued interrupt and fails the cell.
 */
import { Session } from 'node:inspector';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const ACK_TIMEOUT_MS = 250;

/** Messages between the kernel's main thread and this worker. */
export type WatchdogMessage = { type: 'listening'; address: string } | { type: 'interrupt'; seq: number };

const acks = new Int32Array(workerData.acks as SharedArrayBuffer);
const session = new Session();
session.connectToMainThread();
let seq = 0;

function interrupt(): void {
  const mine = ++seq;
  parentPort!.postMessage({ type: 'interrupt', seq: mine } satisfies WatchdogMessage);
  setTimeout(() => {
    if (Atomics.load(acks, 0) < mine) session.post('Runtime.terminateExecution');
  }, ACK_TIMEOUT_MS);
}

const address =
  process.platform === 'win32'
    ? `\\\\.\\pipe\\crm-kernel-${process.pid}-${Date.now()}`
    : path.join(os.tmpdir(), `crm-kernel-${process.pid}-${Date.now()}.sock`);
const server = net.createServer((socket) => {
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    for (const cmd of chunk.split('\n')) if (cmd.trim() === 'interrupt') interrupt();
  });
  socket.on('error', () => socket.destroy());
});
server.listen(address, () => parentPort!.postMessage({ type: 'listening', address } satisfies WatchdogMessage));
const cleanup = () => {
  if (process.platform !== 'win32') rmSync(address, { force: true });
};
parentPort!.on('close', cleanup);
process.on('exit', cleanup);
