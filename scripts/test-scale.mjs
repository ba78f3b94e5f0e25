#!/usr/bin/env node
/**
 * `npm run test:scale` — medusa-oms on Medusa's distributed engine: 1 server + 2 workers on the
 * Redis event bus, workflow engine, locking and cache, one PostgreSQL.
 *
 *   npm run test:scale [-- --orders 300 --concurrency 20]
 *
 * Round 1 places the orders through the store API; round 2 places as many again and SIGKILLs
 * one worker half-way (restarted 5 s later). After each round: every order routed exactly once,
 * no oversell, no orphan or lost reservation, no unfinished workflow execution; at the end, the
 * sweeper job ran once per minute across the workers and never on the server.
 *
 * Redis: REDIS_URL or redis://127.0.0.1:6379, in a logical database of its own (claimed, and
 * flushed at the end; see scripts/lib/redis-slot.mjs). PostgreSQL: a fresh database on
 * DATABASE_URL/DB_HOST when set, else an embedded one (scripts/lib/database.mjs), dropped at
 * the end. Without Redis it says how to start one and fails, or with --skip-without-redis (how
 * `npm test` runs it) exits 78, which `npm test` reports as skipped.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { childEnv, ensureDatabase, getFreePort, log, onShutdown, since, warn } from "./lib/database.mjs"
import { MedusaProcess, runMedusa } from "./lib/medusa-process.mjs"
import { activeOrderPlacedJobs, claimRedisDatabase, orphanedAmong, pingRedis } from "./lib/redis-slot.mjs"
import { decidedAt, runChecks, unroutedOrderIds } from "./lib/scale-checks.mjs"
import { placeOrders, planOrders } from "./lib/scale-orders.mjs"

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const ORDERS = option("orders", 300)
const CONCURRENCY = option("concurrency", 20)
const RESTART_AFTER_MS = 5_000
const SETTLE_TIMEOUT_MS = 6 * 60_000
const REDIS_BASE = process.env.REDIS_URL || "redis://127.0.0.1:6379"
/** What `npm test` reads as "skipped" (EX_CONFIG). */
const SKIPPED_EXIT_CODE = 78
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const redis = await pingRedis(REDIS_BASE)
if (!redis) {
  const message =
    `test:scale needs Redis and nothing answers at ${REDIS_BASE}.\n` +
    "  Start one, e.g.  docker run -d -p 6379:6379 redis:7   or   apt-get install -y redis-server && redis-server --daemonize yes\n" +
    "  or point REDIS_URL at yours."
  if (args.includes("--skip-without-redis")) {
    warn(`SKIPPED: ${message}`)
    process.exit(SKIPPED_EXIT_CODE)
  }
  console.error(`[medusa-oms] ${message}`)
  process.exit(1)
}

const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-oms-scale-"))
const dbName = `medusa_oms_scale_${process.pid}`
if (process.env.DATABASE_URL) {
  const url = new URL(process.env.DATABASE_URL)
  url.pathname = `/${dbName}` // a database of its own, never the one DATABASE_URL names
  process.env.DATABASE_URL = url.toString()
}
const slot = await claimRedisDatabase(REDIS_BASE, redis)
log(`Redis ${REDIS_BASE} database ${slot.db}; logs in ${logDir}`)
const db = await ensureDatabase({ name: dbName })
const processes = []
let client = null

let cleanedUp = false
async function cleanUp() {
  if (cleanedUp) return
  cleanedUp = true
  await Promise.all(processes.map((p) => p.stop()))
  await client?.end().catch(() => {})
  await slot.release().catch((e) => warn(`Redis database ${slot.db} not flushed: ${e.message}`))
  if (db.kind === "external") await dropDatabase(db).catch((e) => warn(`database ${dbName} not dropped: ${e.message}`))
  await db.stop()
}
onShutdown(cleanUp)

async function dropDatabase(external) {
  const admin = new pg.Client({ connectionString: external.databaseUrl.replace(`/${dbName}`, "/postgres") })
  await admin.connect()
  await admin.query(`drop database if exists "${dbName}" with (force)`)
  await admin.end()
}

const env = childEnv(db, {
  REDIS_URL: slot.url,
  MEDUSA_DISABLE_ADMIN: "true",
  LOG_LEVEL: "info",
})

async function setUp() {
  const setupLog = path.join(logDir, "setup.log")
  let start = performance.now()
  if ((await runMedusa(["db:migrate"], env, setupLog)) !== 0) throw new Error(`medusa db:migrate failed; see ${setupLog}`)
  log(`migrations: ${since(start)}`)
  start = performance.now()
  const seedOut = path.join(logDir, "store.json")
  const seedEnv = { ...env, OMS_SCALE_SEED_OUT: seedOut }
  if ((await runMedusa(["exec", "./scripts/scale/seed-store.ts"], seedEnv, setupLog)) !== 0) throw new Error(`seed failed; see ${setupLog}`)
  log(`store seeded: ${since(start)}`)
  return JSON.parse(fs.readFileSync(seedOut, "utf8"))
}

async function startAll() {
  const specs = [["server", "server"], ["worker-a", "worker"], ["worker-b", "worker"]]
  for (const [name, mode] of specs) {
    processes.push(new MedusaProcess({ name, mode, port: await getFreePort(), env, logFile: path.join(logDir, `${name}.log`) }))
  }
  const start = performance.now()
  await Promise.all(processes.map((p) => p.start()))
  log(`1 server + 2 workers up: ${since(start)}`)
}

/** Waits until every order has a decision; returns when the last one was decided. */
async function settle(label) {
  const started = Date.now()
  for (;;) {
    const unrouted = await unroutedOrderIds(client)
    if (!unrouted.length) return
    if (Date.now() - started > SETTLE_TIMEOUT_MS) throw new Error(`${label}: ${unrouted.length} order(s) still unrouted after ${SETTLE_TIMEOUT_MS / 1000} s, e.g. ${unrouted.slice(0, 3).join(", ")}`)
    await sleep(1000)
  }
}

async function latencies(orderIds) {
  const { rows } = await client.query(
    `select extract(epoch from (d.decided_at - o.created_at)) * 1000 as ms
       from "order" o join oms_routing_decision d on d.order_id = o.id and d.sequence = 1
      where o.id = any($1) order by 1`,
    [orderIds]
  )
  const ms = rows.map((r) => Number(r.ms))
  const at = (p) => Math.round(ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))] ?? NaN)
  return { p50: at(50), p95: at(95), max: Math.round(ms.at(-1) ?? NaN) }
}

function report(results) {
  for (const r of results) {
    console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.name}${r.ok ? "" : `: ${r.rows.length} row(s), e.g. ${JSON.stringify(r.rows.slice(0, 3))}`}`)
  }
  return results.every((r) => r.ok)
}

async function round({ label, seed, killAt = null }) {
  const orders = planOrders(store, ORDERS, seed)
  let kill = null
  const onProgress = (done) => {
    if (killAt === null || kill || done < killAt) return
    const victim = processes[1]
    kill = (async () => {
      const unroutedAtKill = await unroutedOrderIds(client)
      const active = await activeOrderPlacedJobs(slot.url)
      victim.kill()
      const killedAt = Date.now()
      log(`${label}: SIGKILL ${victim.name} after ${done} orders (${unroutedAtKill.length} placed orders not routed yet)`)
      const orphans = orphanedAmong(slot.url, active)
      await sleep(RESTART_AFTER_MS)
      const bootMs = await victim.start()
      log(`${label}: ${victim.name} restarted (${(bootMs / 1000).toFixed(1)} s to boot)`)
      const held = (await orphans).map((j) => j.order_id)
      log(`${label}: ${victim.name} died routing ${held.length ? held.join(", ") : "nothing"}`)
      return { killedAt, unroutedAtKill, held }
    })()
  }
  const start = performance.now()
  const { placed, failed, ms } = await placeOrders({ baseUrl: processes[0].url, store, orders, concurrency: CONCURRENCY, onProgress })
  for (const f of failed.slice(0, 5)) warn(`${label}: order ${f.index} not placed: ${f.error}`)
  const killed = kill ? await kill : null
  await settle(label)
  const allRoutedMs = performance.now() - start
  const ids = placed.map((p) => p.id)
  const figures = {
    placed: placed.length,
    refused: failed.length,
    checkout_s: +(ms / 1000).toFixed(1),
    orders_per_s: +(placed.length / (ms / 1000)).toFixed(2),
    all_routed_s: +(allRoutedMs / 1000).toFixed(1),
    order_to_decision_ms: await latencies(ids),
  }
  if (killed) {
    const decided = await decidedAt(client, [...killed.unroutedAtKill, ...killed.held])
    const wait = (id) => (decided.get(id)?.getTime() ?? Date.now()) - killed.killedAt
    const seconds = (ms) => +(ms / 1000).toFixed(1)
    figures.orphaned_orders = killed.held.length
    figures.orphaned_routed_after_s = killed.held.map((id) => seconds(wait(id)))
    figures.backlog_at_kill = killed.unroutedAtKill.length
    figures.backlog_routed_after_s = seconds(Math.max(0, ...killed.unroutedAtKill.map(wait)))
  }
  console.log(`\n${label}: ${JSON.stringify(figures)}`)
  const ok = report(await runChecks(client))
  return { ok: ok && placed.length === ORDERS, figures }
}

/** Sweeper runs per schedule slot, from every worker's log (a restarted worker appends). */
function scheduledRuns(since_) {
  const runs = new Map()
  for (const p of processes) {
    for (const m of p.log().matchAll(/route-unrouted-orders run scheduled for (\S+): (\d+) unrouted, (\d+) routed/g)) {
      const list = runs.get(m[1]) ?? []
      list.push({ process: p.name, unrouted: Number(m[2]), routed: Number(m[3]) })
      runs.set(m[1], list)
    }
  }
  const minutes = Math.floor((Date.now() - since_) / 60_000)
  return { runs, minutes }
}

let store
let ok = false
try {
  const t0 = performance.now()
  store = await setUp()
  await startAll()
  const workersUpAt = Date.now()
  client = new pg.Client({ connectionString: db.databaseUrl })
  client.on("error", () => {})
  await client.connect()

  const first = await round({ label: `round 1: ${ORDERS} orders at concurrency ${CONCURRENCY}`, seed: 1 })
  const second = await round({ label: `round 2: ${ORDERS} more, one worker SIGKILLed half-way`, seed: 2, killAt: Math.floor(ORDERS / 2) })

  const { runs, minutes } = scheduledRuns(workersUpAt)
  const twice = [...runs].filter(([, list]) => list.length > 1)
  const onServer = [...runs.values()].flat().filter((r) => r.process === "server")
  const byWorker = {}
  for (const r of [...runs.values()].flat()) byWorker[r.process] = [...(byWorker[r.process] ?? []), r]
  const sweptOrders = [...runs.values()].flat().reduce((s, r) => s + r.routed, 0)
  // A run that overruns its minute makes BullMQ skip the next slot, so not every minute has one.
  const jobsOk = twice.length === 0 && onServer.length === 0 && runs.size >= Math.max(1, Math.floor(minutes / 2))
  console.log(
    `\nscheduled job medusa-oms-route-unrouted-orders: ${runs.size} runs in ${minutes} min ` +
      `(${Object.entries(byWorker).map(([w, l]) => `${w} ${l.length}`).join(", ")}), ${twice.length} slot(s) run twice, ` +
      `${onServer.length} on the server; it routed ${sweptOrders} order(s)`
  )
  const serverRouted = /Processing order\.placed/.test(processes[0].log())
  if (serverRouted) console.log("  FAIL the server processed order.placed (only workers should)")
  ok = first.ok && second.ok && jobsOk && !serverRouted
  console.log(`\ntest:scale ${ok ? "passed" : "FAILED"} in ${since(t0)}`)
} catch (error) {
  console.error(`[medusa-oms] test:scale: ${error.message}`)
} finally {
  await cleanUp()
  if (ok) fs.rmSync(logDir, { recursive: true, force: true })
  else log(`logs kept in ${logDir}`)
}
process.exit(ok ? 0 : 1)
