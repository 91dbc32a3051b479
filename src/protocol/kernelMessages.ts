/**
 * The kernel protocol: every message between a host (the extension or the CLI) and a kernel
 * process, as one discriminated union per direction. Requests carry an `id`; every message
 * that belongs to a request repeats it.
 */
import type { CellOutput, ErrorPayload } from './outputs';
import type { GridReply, GridRequest } from './grid/gridMessages';

/** Sent once after fork: where the notebook lives and how outputs are capped. */
export interface InitRequest {
  type: 'init';
  id: number;
  /** Folder of the notebook file: `load()` and relative imports resolve from here. */
  notebookDir: string;
  /** Rows shown in a table preview. */
  maxRows: number;
  /** The shop's ISO 4217 currency from the `crmWorkbench.currency` setting, for data that name none. */
  currency?: string;
}

/** Run one cell. `label` names it in error locations ("Cell 3"). */
export interface ExecuteRequest {
  type: 'execute';
  id: number;
  label: string;
  language: 'typescript' | 'javascript';
  code: string;
}

/** Ask the kernel to exit cleanly. */
export interface ShutdownRequest {
  type: 'shutdown';
  id: number;
}

/**
 * A question about a table output the kernel keeps (a page, the profiles, an export), from the
 * live grid. Answered at once between cells' awaits, without waiting for the cell queue.
 */
export interface GridRequestMessage {
  type: 'grid';
  id: number;
  request: GridRequest;
}

export type HostToKernel = InitRequest | ExecuteRequest | ShutdownRequest | GridRequestMessage;

/** The kernel is up. `interruptAddress` is the socket its watchdog listens on for interrupts. */
export interface ReadyMessage {
  type: 'ready';
  pid: number;
  interruptAddress: string;
}

/** Answer to `init`. */
export interface InitializedMessage {
  type: 'initialized';
  id: number;
}

/** Console output while a cell runs, streamed in order with displays. */
export interface StreamMessage {
  type: 'stream';
  id: number;
  name: 'stdout' | 'stderr';
  text: string;
}

/** A rich output: from `display(value)` or the cell's last expression. */
export interface DisplayMessage {
  type: 'display';
  id: number;
  output: CellOutput;
}

/** The cell finished. */
export interface DoneMessage {
  type: 'done';
  id: number;
  status: 'ok' | 'error' | 'interrupted';
  error?: ErrorPayload;
  durationMs: number;
}

/** Answer to a {@link GridRequestMessage}: the reply, or an error reply (never silence). */
export interface GridReplyMessage {
  type: 'grid';
  id: number;
  reply: GridReply;
}

export type KernelToHost = ReadyMessage | InitializedMessage | StreamMessage | DisplayMessage | DoneMessage | GridReplyMessage;

/** What the host writes to the watchdog socket to interrupt the running cell. */
export const INTERRUPT_COMMAND = 'interrupt\n';
