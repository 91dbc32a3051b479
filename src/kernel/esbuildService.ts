/**
 * esbuild for the kernel, as WebAssembly running inside the kernel process: no native binary and
 * no `node` on PATH are needed, so the packaged extension carries no node_modules. The wasm file
 * ships next to the kernel bundle (`dist/kernel/esbuild.wasm`); in development it comes from the
 * esbuild-wasm package. Initialised once, lazily; {@link warmUpEsbuild} starts it early.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild-wasm/esm/browser.js';

export type { Plugin, TransformResult } from 'esbuild-wasm/esm/browser.js';

let ready: Promise<typeof esbuild> | undefined;

function wasmPath(): string {
  const beside = fileURLToPath(new URL('./esbuild.wasm', import.meta.url));
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve('esbuild-wasm/esbuild.wasm');
}

/** The initialised esbuild API. */
export function getEsbuild(): Promise<typeof esbuild> {
  ready ??= (async () => {
    // The browser build looks for `self`; in Node the global object stands in for it.
    (globalThis as Record<string, unknown>).self ??= globalThis;
    // Node has WebAssembly, but @types/node does not declare it (it lives in the DOM lib).
    // Compiled off the main thread, so the kernel answers the host meanwhile.
    const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<object> } }).WebAssembly;
    const wasmModule = await wasm.compile(readFileSync(wasmPath()));
    await esbuild.initialize({ wasmModule: wasmModule, worker: false });
    return esbuild;
  })();
  return ready;
}

/** Initialises esbuild and JIT-compiles its transform path, so the first cell does not wait. */
export async function warmUpEsbuild(): Promise<void> {
  const e = await getEsbuild();
  for (let i = 0; i < 3; i++) await e.transform(`const warm${i}: number = ${i}; export {}`, { loader: 'ts', sourcemap: 'external' });
}
