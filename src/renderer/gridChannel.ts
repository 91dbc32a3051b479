/**
 * The renderer's line to the kernel: requests go out through the notebook renderer messaging
 * API (`context.postMessage`) with a request id, and answers come back by that id. Without
 * messaging (a report, an editor that does not offer it) every request is answered at once with
 * `kernel-gone`, and the grid works on its saved rows.
 */
import type { RendererContext } from 'vscode-notebook-renderer';
import type { GridRendererAnswer, GridRendererRequest, GridReply } from '../protocol/index';

export interface GridChannel {
  ask(request: GridRendererRequest): Promise<GridReply>;
}

/** No answer within this time counts as no kernel (the grid then says so and uses its saved rows). */
const TIMEOUT_MS = 60_000;

export function gridChannel(context: RendererContext<unknown>): GridChannel {
  const post = context.postMessage?.bind(context);
  const listen = context.onDidReceiveMessage;
  if (!post || !listen)
    return {
      ask: async (r) => ({
        type: 'error',
        code: 'kernel-gone',
        message: 'no kernel to ask',
        tableId: 'tableId' in r ? r.tableId : undefined,
      }),
    };
  const waiting = new Map<number, (reply: GridReply) => void>();
  let next = 1;
  listen((message) => {
    const answer = message as GridRendererAnswer | undefined;
    if (!answer || typeof answer.requestId !== 'number') return;
    waiting.get(answer.requestId)?.(answer.reply);
    waiting.delete(answer.requestId);
  });
  return {
    ask(request) {
      const requestId = next++;
      return new Promise<GridReply>((resolve) => {
        waiting.set(requestId, resolve);
        setTimeout(() => {
          if (waiting.delete(requestId)) resolve({ type: 'error', code: 'kernel-gone', message: 'the kernel did not answer' });
        }, TIMEOUT_MS);
        post({ requestId, request });
      });
    },
  };
}
