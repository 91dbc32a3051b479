import { analyticsError } from './analyticsError';

/** Merges options over defaults, rejecting unknown keys (a typo should not pass silently). */
export function resolveOptions<T extends object>(fn: string, defaults: T, given: Partial<T> | undefined, extraKeys: string[] = []): T {
  if (given !== undefined && (given === null || typeof given !== 'object')) throw analyticsError(fn, `options must be an object`);
  for (const k of Object.keys(given ?? {})) {
    if (!(k in defaults) && !extraKeys.includes(k)) {
      throw analyticsError(fn, `unknown option "${k}"; known options: ${[...Object.keys(defaults), ...extraKeys].join(', ')}`);
    }
  }
  const out = { ...defaults };
  for (const [k, v] of Object.entries(given ?? {})) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * {@link resolveOptions} for options some of which have no default (`label`, `target`): the
 * caller's type requires them, and the function checks them itself (a JavaScript cell may still
 * leave one out: it then arrives as undefined and the function's own check names it).
 * @example resolveRequired('trainChurnModel', { seed: 42 }, { label: 'churned' }, ['label']) // → { seed: 42, label: 'churned' }
 */
export function resolveRequired<T extends object, K extends keyof T & string>(
  fn: string,
  defaults: Omit<T, K>,
  given: Partial<T> & Pick<T, K>,
  required: readonly K[],
): T {
  const known: Partial<T> = { ...defaults } as Partial<T>;
  for (const k of required) known[k] = undefined;
  // Every key of T is now either defaulted or required, and `given` holds the required ones.
  return resolveOptions<Partial<T>>(fn, known, given) as T;
}

export function requirePositiveInteger(fn: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    throw analyticsError(fn, `${name} must be a positive integer, not ${String(v)}`);
  return v;
}

export function requireFiniteNumber(fn: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw analyticsError(fn, `${name} must be a finite number, not ${String(v)}`);
  return v;
}
