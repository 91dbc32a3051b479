/**
 * The kernel's one error helper: messages name the function and the broken rule.
 * @example throw kernelError('load', 'file not found: orders.csv')
 */
export function kernelError(fn: string, rule: string): Error {
  const e = new Error(`${fn}: ${rule}`);
  e.name = 'KernelError';
  return e;
}
