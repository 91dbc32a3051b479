/**
 * What the extension asks the language worker (languageWorker.ts) and what it answers: one
 * request per call of a {@link NotebookLanguageService} method, by request id.
 */
import type { CellText } from './cellFiles';
import type { NotebookLanguageService } from './NotebookLanguageService';

/** The service's methods a request may call. */
export type ServiceMethod =
  'diagnosticsOf' | 'completions' | 'completionDetails' | 'quickInfo' | 'signatureHelp' | 'definition' | 'codeFixes';

/** A call of one method, with that method's arguments. */
export type ServiceCall<M extends ServiceMethod> = {
  id: number;
  /** The notebook's path (its service's key). */
  notebook: string;
  method: M;
  args: ServiceArgs<M>;
  /** The notebook's cells, when they changed since the last request for it. */
  cells?: CellText[];
};

export type LanguageRequest =
  | { [M in ServiceMethod]: ServiceCall<M> }[ServiceMethod]
  | { id: number; notebook: string; method: 'close'; args?: undefined; cells?: undefined };

export type LanguageResponse = { id: number; result?: unknown; error?: string };

/** The answer of a method, as the worker returns it. */
export type ServiceResult<M extends ServiceMethod> = ReturnType<NotebookLanguageService[M]>;
/** The arguments of a method. */
export type ServiceArgs<M extends ServiceMethod> = Parameters<NotebookLanguageService[M]>;
