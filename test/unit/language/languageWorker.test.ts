import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LanguageRequest, LanguageResponse } from '../../../src/language/languageMessages';

// The worker the extension runs the language service in, as the build writes it.
const worker = new Worker(path.resolve('dist/language/worker.js'));
after(() => worker.terminate());

let id = 0;
function ask(req: Record<string, unknown>): Promise<LanguageResponse> {
  const full = { ...req, id: ++id } as LanguageRequest;
  return new Promise((resolve) => {
    const on = (res: LanguageResponse) => {
      if (res.id !== full.id) return;
      worker.off('message', on);
      resolve(res);
    };
    worker.on('message', on);
    worker.postMessage(full);
  });
}

const notebook = path.join(os.tmpdir(), 'crm-worker-test.crmnb');

describe('the language worker', () => {
  it('answers a call of the service with the cells sent along, and later calls without them', async () => {
    const cells = [{ kind: 'code' as const, language: 'typescript', source: 'const n = 1;\nconst s: string = n;' }];
    const first = await ask({ notebook, method: 'diagnosticsOf', args: [0], cells });
    assert.equal(first.error, undefined);
    assert.deepEqual(
      (first.result as { line: number; column: number; code: number }[]).map((d) => [d.line, d.column, d.code]),
      [[2, 7, 2322]],
    );
    const again = await ask({ notebook, method: 'quickInfo', args: [0, 'const n'.length] });
    assert.match((again.result as { signature: string }).signature, /const n: 1/);
  });

  it('answers an error, not a crash, for a call that fails, and forgets a closed notebook', async () => {
    const bad = await ask({ notebook, method: 'codeFixes', args: [0, 0, 0, null] });
    assert.match(bad.error ?? '', /TypeError/);
    assert.equal((await ask({ notebook, method: 'close' })).error, undefined);
    const reopened = await ask({ notebook, method: 'diagnosticsOf', args: [0] });
    assert.deepEqual(reopened.result, []);
  });
});
