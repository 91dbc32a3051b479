/**
 * What the host and its callers exchange about a kernel: the options it starts with, the
 * callbacks of a running cell and a cell's result (see KernelProcess).
 */
import type { CellOutput, DisplayLanguage, ErrorPayload } from '../protocol/index';

export interface KernelOptions {
  /** Path of the kernel entry (dist/kernel/main.mjs). */
  kernelPath: string;
  /** Folder of the notebook: the kernel's working directory and base for `load()`. */
  notebookDir: string;
  /** Rows in a table preview (default 100). */
  maxRows?: number;
  /** The shop's currency (ISO 4217) for money when the data name none (`crmWorkbench.currency`). */
  currency?: string;
  /** Heap limit of the kernel process in MB (default: Node's own). */
  maxMemoryMB?: number;
  /** Executable to run the kernel with (default: this process's own runtime). */
  execPath?: string;
  /** After an interrupt, how long to wait before killing a kernel that did not stop (ms). */
  interruptGraceMs?: number;
  /** The user's display language, passed to the kernel in `LANGUAGE_ENV` (default: the inherited environment's). */
  language?: DisplayLanguage;
}

/** Streams and displays of a running cell, in the order the kernel sent them. */
export interface CellCallbacks {
  onStream?(name: 'stdout' | 'stderr', text: string): void;
  onDisplay?(output: CellOutput): void;
}

export interface CellResult {
  status: 'ok' | 'error' | 'interrupted' | 'died';
  error?: ErrorPayload;
  durationMs: number;
}
