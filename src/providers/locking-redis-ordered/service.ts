import type { ILockingProvider } from "@medusajs/framework/types"
import RedisLocking from "@medusajs/medusa/locking-redis"
import { executeInKeyOrder, lockOrder } from "../../lib/locking"

type LockArgs = { ownerId?: string | null; expire?: number; awaitQueue?: boolean }
const list = (keys: string | string[]) => (Array.isArray(keys) ? keys : [keys])

const MedusaRedisLockingProvider = RedisLocking.services[0] as unknown as new (
  deps: Record<string, unknown>,
  options: Record<string, unknown>
) => ILockingProvider

/** Medusa's own wait for a lock when the caller names none (its Redis provider's default). */
const DEFAULT_WAIT_SECONDS = 5

/**
 * Medusa's Redis locking provider, taking several keys one at a time in sorted order.
 *
 * Medusa's provider (2.21) spins on every key of `execute(keys)` in parallel. Two checkouts whose
 * carts share two items can each get one key and wait for the other's until both time out, and
 * a timed-out wait keeps the keys it did get until their lease (60 s) runs out, so every buyer of
 * those items is refused for a minute. Checkout's reservation step takes all of a cart's
 * inventory items at once, so under load on Redis this refused most buyers of a busy store.
 * Taking the keys in one global order, each inside the previous, leaves no cycle to wait in and
 * nothing half-held to leak; a single key goes to Medusa's provider unchanged.
 */
export class OrderedRedisLockingProvider implements ILockingProvider {
  static identifier = "locking-redis-ordered"
  private readonly medusa: ILockingProvider
  private readonly waitSeconds: number

  constructor(deps: Record<string, unknown>, options: Record<string, unknown> = {}) {
    this.medusa = new MedusaRedisLockingProvider(deps, options)
    const wait = Number(options?.waitLockingTimeout)
    this.waitSeconds = Number.isFinite(wait) && wait > 0 ? wait : DEFAULT_WAIT_SECONDS
  }

  async execute<T>(
    keys: string | string[],
    job: (signal?: AbortSignal) => Promise<T>,
    args?: { timeout?: number; expire?: number }
  ): Promise<T> {
    if (list(keys).length <= 1) {
      return this.medusa.execute(keys, job, args)
    }
    return executeInKeyOrder(this.medusa, [list(keys)], job, { ...args, timeout: args?.timeout ?? this.waitSeconds })
  }

  /** Several keys: one at a time in sorted order; what was taken is handed back when one fails. */
  async acquire(keys: string | string[], args?: LockArgs): Promise<void> {
    const taken: string[] = []
    try {
      for (const key of lockOrder([list(keys)])) {
        await this.medusa.acquire(key, args as never)
        taken.push(key)
      }
    } catch (error) {
      if (taken.length) {
        await this.medusa.release(taken, args as never).catch(() => undefined)
      }
      throw error
    }
  }

  release(keys: string | string[], args?: LockArgs): Promise<boolean> {
    return this.medusa.release(keys, args as never)
  }

  releaseAll(args?: { ownerId?: string | null }): Promise<void> {
    return this.medusa.releaseAll(args as never)
  }
}
