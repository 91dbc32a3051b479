/**
 * The analytics library's one error helper. Messages name the function and the broken rule,
 * and where possible the row or column: "nps: scores must be between 0 and 10; row 17 has 11".
 * @example throw analyticsError('nps', 'scores must be between 0 and 10; row 17 has 11')
 */
export declare function analyticsError(fn: string, rule: string): Error;
