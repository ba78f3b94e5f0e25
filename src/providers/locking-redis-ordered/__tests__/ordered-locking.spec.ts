/**
 * The ordered provider against Medusa's own Redis provider, on a real Redis (REDIS_URL or
 * 127.0.0.1:6379). Without Redis the suite is skipped, except under CI where it fails.
 */
import type { ILockingProvider } from "@medusajs/framework/types"
import RedisLocking from "@medusajs/medusa/locking-redis"
import Redis from "ioredis"
import { OrderedRedisLockingProvider } from "../service"

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const MedusaProvider = RedisLocking.services[0] as unknown as new (deps: object, options: object) => ILockingProvider
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

let clients: Redis[] = []
let available = false
const prefix = `medusa-oms-test:${process.pid}:${Date.now()}:`

beforeAll(async () => {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null })
  available = await probe.connect().then(() => true, () => false)
  probe.disconnect()
  if (!available && process.env.CI) throw new Error(`Redis does not answer at ${REDIS_URL}`)
})

afterAll(async () => {
  if (available) {
    const cleaner = new Redis(REDIS_URL)
    const keys = await cleaner.keys(`${prefix}*`)
    if (keys.length) await cleaner.del(...keys)
    cleaner.disconnect()
  }
  clients.forEach((c) => c.disconnect())
})

/** A provider on its own connection, as each server or worker process has. */
function provider(kind: "medusa" | "ordered"): ILockingProvider {
  const redisClient = new Redis(REDIS_URL)
  clients.push(redisClient)
  const deps = { redisClient, prefix }
  return kind === "medusa" ? new MedusaProvider(deps, {}) : new OrderedRedisLockingProvider(deps, {})
}

const timedOut = expect.objectContaining({ type: "conflict", message: "Timed-out acquiring lock." })

/** Another process holds `held` while `provider` waits 1 s for [free, held]: is `free` still taken afterwards? */
async function freeKeyLeftHeld(kind: "medusa" | "ordered", run: string): Promise<boolean> {
  const [free, held] = [`${run}:a-free`, `${run}:b-held`]
  const other = provider("medusa")
  let releaseHeld!: () => void
  const holding = other.execute(held, () => new Promise<void>((r) => (releaseHeld = r)), { timeout: 1 })
  await sleep(50)
  await expect(provider(kind).execute([free, held], async () => "ran", { timeout: 1 })).rejects.toEqual(timedOut)
  await sleep(100)
  const third = provider("medusa")
  const stillHeld = await third.execute(free, async () => false, { timeout: 1 }).catch(() => true)
  releaseHeld()
  await holding
  return stillHeld
}

const whenRedis = (name: string, fn: () => Promise<void>, ms = 30_000) =>
  it(name, async () => {
    if (!available) return console.warn(`skipped (no Redis at ${REDIS_URL}): ${name}`)
    await fn()
  }, ms)

describe("ordered Redis locking provider", () => {
  whenRedis("Medusa's provider keeps a key it got when its wait for another times out (why this provider exists)", async () => {
    expect(await freeKeyLeftHeld("medusa", "leak-medusa")).toBe(true)
  })

  whenRedis("a timed-out wait hands back every key it took", async () => {
    expect(await freeKeyLeftHeld("ordered", "leak-ordered")).toBe(false)
  })

  whenRedis("many processes taking overlapping key sets in any order all run, never two on one key at once", async () => {
    const processes = Array.from({ length: 4 }, () => provider("ordered"))
    const keys = ["k1", "k2", "k3", "k4"].map((k) => `overlap:${k}`)
    const running = new Set<string>()
    let overlaps = 0
    let ran = 0
    const jobs = Array.from({ length: 40 }, (_, i) => {
      // every job needs three of the four keys, listed in a different order each time
      const mine = keys.filter((_, k) => k !== i % 4)
      const order = i % 2 ? mine.reverse() : mine
      return processes[i % processes.length].execute(
        order,
        async () => {
          if (mine.some((k) => running.has(k))) overlaps++
          mine.forEach((k) => running.add(k))
          await sleep(10)
          mine.forEach((k) => running.delete(k))
          ran++
        },
        { timeout: 20 }
      )
    })
    const outcomes = await Promise.allSettled(jobs)
    expect(outcomes.filter((o) => o.status === "rejected")).toEqual([])
    expect({ ran, overlaps }).toEqual({ ran: 40, overlaps: 0 })
  })

  whenRedis("acquire of several keys either takes them all or none", async () => {
    const [ordered, other] = [provider("ordered"), provider("medusa")]
    await other.acquire("acq:b", { ownerId: "someone", expire: 30 })
    await expect(ordered.acquire(["acq:a", "acq:b", "acq:c"], { ownerId: "me", expire: 30 })).rejects.toEqual(
      expect.objectContaining({ type: "conflict" })
    )
    // nothing of "me" is left: another owner takes a and c at once
    await expect(other.acquire(["acq:a", "acq:c"], { ownerId: "third", expire: 30 })).resolves.toBeUndefined()
    await other.release(["acq:a", "acq:b", "acq:c"], { ownerId: "third" })
    expect(await other.release("acq:b", { ownerId: "someone" })).toBe(true)
  })
})
