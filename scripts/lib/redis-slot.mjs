/**
 * A Redis database of its own for one `npm run test:scale` run, on a Redis other people may
 * share: the run claims an empty logical database (a key holding its pid; a database claimed
 * by a run that died is flushed and reused), hands Medusa a URL pointing at it, and at the end
 * flushes that database only.
 *
 *   const slot = await claimRedisDatabase(baseUrl)   // null when Redis does not answer
 *   slot.url  → redis://127.0.0.1:6379/<n>;  await slot.release()
 */
import Redis from "ioredis"
import { isAlive } from "./database.mjs"

const CLAIM_KEY = "medusa-oms:test-scale:claim"

/** null when nothing answers PING at `baseUrl` within a few seconds. */
export async function pingRedis(baseUrl) {
  const client = new Redis(baseUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3000, retryStrategy: () => null })
  client.on("error", () => {})
  try {
    await client.connect()
    const pong = await client.ping()
    const databases = Number((await client.config("GET", "databases").catch(() => [null, "16"]))[1] ?? 16)
    return pong === "PONG" ? { databases } : null
  } catch {
    return null
  } finally {
    client.disconnect()
  }
}

function withDb(baseUrl, db) {
  const url = new URL(baseUrl)
  url.pathname = `/${db}`
  return url.toString()
}

/**
 * Claims the highest-numbered free database (they are the least likely to be in use), or the
 * one named by OMS_SCALE_REDIS_DB (which must be free too).
 */
export async function claimRedisDatabase(baseUrl, { databases = 16 } = {}) {
  const wanted = process.env.OMS_SCALE_REDIS_DB
  const candidates = wanted ? [Number(wanted)] : Array.from({ length: databases - 1 }, (_, i) => databases - 1 - i)
  for (const db of candidates) {
    const url = withDb(baseUrl, db)
    const client = new Redis(url, { maxRetriesPerRequest: 1 })
    client.on("error", () => {})
    const size = await client.dbsize()
    const claimedBy = await client.get(CLAIM_KEY)
    const staleClaim = claimedBy && !isAlive(Number(claimedBy))
    if (size === 0 || staleClaim) {
      if (staleClaim) await client.flushdb()
      const ok = await client.set(CLAIM_KEY, String(process.pid), "NX")
      if (ok === "OK") {
        return {
          db,
          url,
          /** Deletes everything the run wrote: only this database. */
          async release() {
            if ((await client.get(CLAIM_KEY)) === String(process.pid)) await client.flushdb()
            client.disconnect()
          },
        }
      }
    }
    client.disconnect()
  }
  throw new Error(
    wanted
      ? `Redis database ${wanted} (OMS_SCALE_REDIS_DB) is in use`
      : `no empty Redis database among 1..${databases - 1} at ${baseUrl}; set OMS_SCALE_REDIS_DB to one you own`
  )
}

const EVENT_QUEUE = "RedisEventBusService:events-queue" // Medusa's event bus: BullMQ prefix and queue

/** The order.placed jobs being processed right now: job id, order id, times started. */
export async function activeOrderPlacedJobs(url) {
  const client = new Redis(url, { maxRetriesPerRequest: 1 })
  client.on("error", () => {})
  try {
    const jobs = []
    for (const id of await client.lrange(`${EVENT_QUEUE}:active`, 0, -1)) {
      const [name, data, starts] = await client.hmget(`${EVENT_QUEUE}:${id}`, "name", "data", "ats")
      if (name === "order.placed") jobs.push({ id, order_id: JSON.parse(data).data.id, starts: Number(starts ?? 0) })
    }
    return jobs
  } finally {
    client.disconnect()
  }
}

/**
 * Which of `jobs` (active when a worker was killed) belonged to the dead worker: a live worker
 * keeps renewing its job's lock until the job completes (and is removed), so a job still there
 * whose lock lapsed, or that was started again, was orphaned. Watches for `ms`, longer than
 * BullMQ's 30 s lock.
 */
export async function orphanedAmong(url, jobs, ms = 45_000) {
  const client = new Redis(url, { maxRetriesPerRequest: 1 })
  client.on("error", () => {})
  const orphaned = new Set()
  const end = Date.now() + ms
  try {
    while (Date.now() < end && orphaned.size < jobs.length) {
      for (const job of jobs) {
        const key = `${EVENT_QUEUE}:${job.id}`
        const [exists, locked, starts] = await Promise.all([client.exists(key), client.exists(`${key}:lock`), client.hget(key, "ats")])
        if (exists && (!locked || Number(starts ?? 0) > job.starts)) orphaned.add(job)
      }
      await new Promise((r) => setTimeout(r, 250))
    }
    return [...orphaned]
  } finally {
    client.disconnect()
  }
}
