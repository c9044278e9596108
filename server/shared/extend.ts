/**
 * `{ ...base, ...extra }`, for hot paths. On Node 20's V8 an object literal that spreads an object and
 * then adds properties (`{ ...input, id }`) kept the objects it read alive through young-generation
 * collections: one booking's path promoted 549 KB per scavenge with such literals and 41 KB with this
 * (scavenges of 2.5–3.2 ms against 0.9–1.5 ms). Object.assign onto a fresh object does not.
 */
export function extend<A extends object, B extends object>(base: A, extra: B): Omit<A, keyof B> & B {
  return Object.assign({}, base, extra);
}
