/**
 * Holds several lock keys through Medusa's locking module without deadlocking.
 *
 * `locking.execute(keys, job)` with several keys acquires them all at once: Medusa's Redis
 * provider spins on every key in parallel, so two callers whose key sets overlap can each hold
 * a key the other waits for until the wait times out (and a timed-out wait keeps the keys it
 * did get until they expire). Taking the keys one at a time in one global order, each inside
 * the previous, means no two callers ever wait on each other in a cycle.
 *
 * The order: `levels` in the order given (e.g. the plugin's checkout keys before Medusa's
 * inventory-item keys, the order a checkout takes them), each level's keys sorted.
 */

/** The part of Medusa's locking module this needs. */
export interface KeyLocking {
  execute<T>(keys: string | string[], job: (signal?: AbortSignal) => Promise<T>, args?: { timeout?: number; expire?: number }): Promise<T>
}

/** The keys of `levels` in the order they are taken (duplicates dropped). */
export function lockOrder(levels: string[][]): string[] {
  return [...new Set(levels.flatMap((level) => [...level].sort()))]
}

export async function executeInKeyOrder<T>(
  locking: KeyLocking,
  levels: string[][],
  job: (signal?: AbortSignal) => Promise<T>,
  { timeout, expire }: { timeout: number; expire?: number },
  now: () => number = Date.now
): Promise<T> {
  const ordered = lockOrder(levels)
  const deadline = now() + timeout * 1000
  const holdFrom = (i: number, signal?: AbortSignal): Promise<T> => {
    if (i === ordered.length) {
      return job(signal)
    }
    // The whole set shares one deadline; every provider waits at least a second.
    const left = Math.max(1, Math.ceil((deadline - now()) / 1000))
    const args = expire === undefined ? { timeout: left } : { timeout: left, expire }
    return locking.execute([ordered[i]], (held) => holdFrom(i + 1, held), args)
  }
  return holdFrom(0)
}
