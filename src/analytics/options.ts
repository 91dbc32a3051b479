import { analyticsError } from './analyticsError';

/** Merges options over defaults, rejecting unknown keys (a typo should not pass silently). */
export function resolveOptions<T extends object>(fn: string, defaults: T, given: Partial<T> | undefined, extraKeys: string[] = []): T {
  if (given !== undefined && (given === null || typeof given !== 'object')) throw analyticsError(fn, `options must be an object`);
  for (const k of Object.keys(given ?? {})) {
    if (!(k in defaults) && !extraKeys.includes(k)) {
      throw analyticsError(fn, `unknown option "${k}"; known options: ${[...Object.keys(defaults), ...extraKeys].join(', ')}`);
    }
  }
  const out = { ...defaults } as T;
  for (const [k, v] of Object.entries(given ?? {})) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

export function requirePositiveInteger(fn: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw analyticsError(fn, `${name} must be a positive integer, not ${String(v)}`);
  return v;
}

export function requireFiniteNumber(fn: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw analyticsError(fn, `${name} must be a finite number, not ${String(v)}`);
  return v;
}
