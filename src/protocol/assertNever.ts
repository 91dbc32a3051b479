/**
 * Marks the end of a switch over one of the protocol's unions (a message's `type`): the call
 * type-checks only when every member has its case, so a new message fails the build at each
 * place that must handle it. At run time (a peer from another build) it throws, naming the value.
 * @example
 * switch (msg.type) { case 'init': …; break; case 'execute': …; break; case 'shutdown': …; break; default: assertNever(msg, 'host message'); }
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
