/**
 * The language service in a worker thread of the extension host: the compiler loads and checks
 * there, so the editor's extension host never waits for it (opening a notebook, typing).
 * Requests and answers are {@link LanguageRequest} / {@link LanguageResponse}. The worker keeps
 * one service per notebook; a request carries the notebook's cells only when they changed.
 *
 * Bundled as dist/language/worker.js; it loads the service bundle next to it (index.js) by
 * path, so the compiler is in the .vsix once.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { LanguageRequest, LanguageResponse } from './languageMessages';
import type { NotebookLanguageService } from './NotebookLanguageService';

type LanguageModule = typeof import('./index');

const bundle = path.join(__dirname, 'index.js');
const language = createRequire(bundle)(bundle) as LanguageModule;
const services = new Map<string, NotebookLanguageService>();

function answer(req: LanguageRequest): unknown {
  if (req.method === 'close') {
    services.get(req.notebook)?.dispose();
    services.delete(req.notebook);
    return undefined;
  }
  let service = services.get(req.notebook);
  if (!service) {
    service = new language.NotebookLanguageService(req.notebook, language.BUNDLED_TYPES_DIR);
    services.set(req.notebook, service);
  }
  if (req.cells) service.update(req.cells);
  switch (req.method) {
    case 'diagnosticsOf':
      return service.diagnosticsOf(...req.args);
    case 'completions':
      return service.completions(...req.args);
    case 'completionDetails':
      return service.completionDetails(...req.args);
    case 'quickInfo':
      return service.quickInfo(...req.args);
    case 'signatureHelp':
      return service.signatureHelp(...req.args);
    case 'definition':
      return service.definition(...req.args);
    case 'codeFixes':
      return service.codeFixes(...req.args);
  }
}

parentPort?.on('message', (req: LanguageRequest) => {
  let res: LanguageResponse;
  try {
    res = { id: req.id, result: answer(req) };
  } catch (e) {
    res = { id: req.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort?.postMessage(res);
});
