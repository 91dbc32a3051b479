/** Merges options over defaults, rejecting unknown keys (a typo should not pass silently). */
export declare function resolveOptions<T extends object>(fn: string, defaults: T, given: Partial<T> | undefined, extraKeys?: string[]): T;
/**
 * {@link resolveOptions} for options some of which have no default (`label`, `target`): the
 * caller's type requires them, and the function checks them itself (a JavaScript cell may still
 * leave one out: it then arrives as undefined and the function's own check names it).
 * @example resolveRequired('trainChurnModel', { seed: 42 }, { label: 'churned' }, ['label']) // → { seed: 42, label: 'churned' }
 */
export declare function resolveRequired<T extends object, K extends keyof T & string>(fn: string, defaults: Omit<T, K>, given: Partial<T> & Pick<T, K>, required: readonly K[]): T;
export declare function requirePositiveInteger(fn: string, name: string, v: unknown): number;
export declare function requireFiniteNumber(fn: string, name: string, v: unknown): number;
