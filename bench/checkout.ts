/**
 * Checkout under concurrency: Medusa with medusa-oms against bare Medusa, same database, same run.
 *
 *   npm run bench:checkout [-- --rounds 3 --concurrency 1,10,50 --buyers 20]
 *
 * One PostgreSQL (embedded unless DATABASE_URL/DB_HOST), migrated and seeded once (bench/checkout/
 * seed.ts), and the servers on it: `plugin` (this project: Medusa + medusa-oms), `bare` (a host
 * app with Medusa only) and, unless --no-route-only, `route` (bare plus only the plugin's checkout
 * route, to tell the checkout change from the routing work). Rounds are interleaved: each segment
 * (scenario × concurrency) runs on every server in turn, the order alternating. A segment prepares max(buyers, c) carts, sets the stock, then
 * completes them all with c requests in flight and times each `POST /store/carts/:id/complete`.
 *
 * Scenarios: `distinct` — every buyer a different item, plenty of stock; `hot` — one item, every
 * centre stocks enough for every buyer (contention only); `hot-sellout` — one item, the centres
 * together hold exactly one unit per buyer (a quarter each), so every buyer can be supplied.
 * Throughput = answered checkouts per second of segment wall time. Lost sale = a buyer without
 * an order while, after the segment, a centre still holds a unit of their item. Every answer
 * counts; nothing is dropped.
 */
import fs from "fs"
import os from "os"
import path from "path"
import { Client } from "pg"
import { percentile } from "../src/lib/routing"
import { ADMIN, makeBareApp, medusaCli, Server, startDatabase, startServer, stopServer } from "./checkout/servers"
import { adminToken, call, levelsOf, pool, prepareCart, setAvailable } from "./checkout/store-client"

const args = process.argv.slice(2)
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const ROUNDS = Number(arg("rounds", "3"))
const CONCURRENCY = arg("concurrency", "1,10,50").split(",").map(Number)
const BUYERS = Number(arg("buyers", "20"))
const SCENARIOS = arg("scenarios", "distinct,hot,hot-sellout").split(",") as Scenario[]
// A third server, bare Medusa plus only the plugin's checkout route: the checkout change alone,
// without the routing work the whole plugin does for every placed order.
const WITH_ROUTE_ONLY = !args.includes("--no-route-only")
type Scenario = "distinct" | "hot" | "hot-sellout"

interface Seed {
  publishable_key: string
  region_id: string
  centers: string[]
  hot: { variant_id: string; inventory_item_id: string }
  distinct: { variant_id: string; inventory_item_id: string }[]
}

interface Segment {
  round: number
  scenario: Scenario
  concurrency: number
  server: string
  buyers: number
  wall_ms: number
  latencies: number[]
  orders: number
  refusals: Record<string, number>
  lost: number
}

const share = (total: number, parts: number) => Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0))

async function main() {
  const started = Date.now()
  const load = [os.loadavg()]
  const db = await startDatabase()
  const servers: Server[] = []
  const seedFile = path.join(os.tmpdir(), `medusa-oms-bench-checkout-seed-${process.pid}.json`)
  try {
    console.log("migrating and seeding…")
    await medusaCli(["db:migrate"], db)
    await medusaCli(["exec", "./bench/checkout/seed.ts"], db, { OMS_BENCH_OUT: seedFile })
    await medusaCli(["user", "-e", ADMIN.email, "-p", ADMIN.password], db)
    const seed: Seed = JSON.parse(fs.readFileSync(seedFile, "utf8"))

    console.log("starting both servers…")
    servers.push(await startServer("bare", makeBareApp(), 9310, db))
    servers.push(await startServer("plugin", path.resolve(__dirname, ".."), 9311, db))
    if (WITH_ROUTE_ONLY) servers.push(await startServer("route", makeBareApp(true), 9312, db))
    const admin = await adminToken(servers[1].url, ADMIN.email, ADMIN.password)
    const pg = new Client({ connectionString: db.databaseUrl })
    await pg.connect()

    for (const item of seed.distinct) {
      await setAvailable(servers[1].url, admin, item.inventory_item_id, Object.fromEntries(seed.centers.map((c) => [c, 100000])))
    }
    for (const server of servers) {
      // warm-up (not measured): first requests load code paths and caches
      await completeAll(server, await prepare(server, seed, "distinct", 2), 1, seed.publishable_key)
    }

    const segments: Segment[] = []
    for (let round = 1; round <= ROUNDS; round++) {
      for (const scenario of SCENARIOS) {
        for (const c of CONCURRENCY) {
          const order = (round + c) % 2 ? servers : [...servers].reverse() // alternate who goes first
          for (const server of order) {
            const buyers = Math.max(BUYERS, c)
            if (scenario !== "distinct") {
              const each = scenario === "hot" ? seed.centers.map(() => buyers) : share(buyers, seed.centers.length)
              await setAvailable(server.url, admin, seed.hot.inventory_item_id, Object.fromEntries(seed.centers.map((id, i) => [id, each[i]])))
            }
            const carts = await prepare(server, seed, scenario, buyers)
            const t0 = performance.now()
            const answers = await completeAll(server, carts, c, seed.publishable_key)
            const wall = performance.now() - t0
            const placed = answers.filter((a) => a.order_id).map((a) => a.order_id!)
            if (server.name === "plugin") await waitForRouting(pg, placed)
            const segment: Segment = {
              round,
              scenario,
              concurrency: c,
              server: server.name,
              buyers,
              wall_ms: wall,
              latencies: answers.map((a) => a.ms),
              orders: placed.length,
              refusals: {},
              lost: 0,
            }
            for (const a of answers.filter((a) => !a.order_id)) {
              segment.refusals[a.why] = (segment.refusals[a.why] ?? 0) + 1
              const levels = await levelsOf(server.url, admin, a.inventory_item_id)
              if (levels.some((l) => l.stocked_quantity - l.reserved_quantity >= 1)) segment.lost++
            }
            segments.push(segment)
            console.log(
              `round ${round} ${scenario.padEnd(11)} c=${String(c).padEnd(2)} ${server.name.padEnd(6)} ${placed.length}/${buyers} orders, ` +
                `${(wall / 1000).toFixed(1)} s, p95 ${percentile(segment.latencies, 95)} ms, lost ${segment.lost}` +
                (Object.keys(segment.refusals).length ? `, refused ${JSON.stringify(segment.refusals)}` : "")
            )
          }
        }
      }
      load.push(os.loadavg())
      if (round < ROUNDS) report(segments, load, started, round) // partial figures, in case the run is cut short
    }
    await pg.end()
    report(segments, load, started, ROUNDS)
    const out = path.join(os.tmpdir(), `medusa-oms-bench-checkout-${Date.now()}.json`)
    fs.writeFileSync(out, JSON.stringify({ segments, load }, null, 1))
    console.log(`\nraw segments: ${out}`)
  } finally {
    for (const server of servers) await stopServer(server)
    await db.stop()
    fs.rmSync(seedFile, { force: true })
  }
}

type Cart = { id: string; inventory_item_id: string }

async function prepare(server: Server, seed: Seed, scenario: Scenario, buyers: number): Promise<Cart[]> {
  return pool(Array.from({ length: buyers }, (_, i) => i), 8, async (i) => {
    const item = scenario === "distinct" ? seed.distinct[i % seed.distinct.length] : seed.hot
    return { id: await prepareCart(server.url, seed, item.variant_id, i), inventory_item_id: item.inventory_item_id }
  })
}

async function completeAll(server: Server, carts: Cart[], concurrency: number, key: string) {
  return pool(carts, concurrency, async (cart) => {
    const t0 = performance.now()
    const answer = await call(server.url, `/store/carts/${cart.id}/complete`, { headers: { "x-publishable-api-key": key }, body: {} }).catch(
      (e) => ({ status: 0, body: { message: String(e?.message ?? e) } })
    )
    const ms = Math.round(performance.now() - t0)
    const orderId = answer.status === 200 && answer.body.type === "order" ? (answer.body.order.id as string) : undefined
    const error = answer.body.error ?? answer.body
    const why = orderId ? "" : `${answer.status} ${error?.type ?? ""}: ${String(error?.message ?? "").replace(/\b(iitem|sloc)_\w+/g, "$1_…")}`
    return { ms, order_id: orderId, why, inventory_item_id: cart.inventory_item_id }
  })
}

async function waitForRouting(pg: Client, orderIds: string[]) {
  const deadline = Date.now() + 120_000
  while (orderIds.length && Date.now() < deadline) {
    const { rows } = await pg.query("select count(distinct order_id)::int as n from oms_routing_decision where order_id = any($1)", [orderIds])
    if (rows[0].n >= orderIds.length) return
    await new Promise((r) => setTimeout(r, 200))
  }
  if (orderIds.length) console.warn(`  some of ${orderIds.length} orders were not routed within 120 s`)
}

function report(segments: Segment[], load: number[][], started: number, rounds: number) {
  const groups = new Map<string, Segment[]>()
  for (const s of segments) {
    const k = `${s.scenario}|${s.concurrency}|${s.server}`
    groups.set(k, [...(groups.get(k) ?? []), s])
  }
  const stats = (list: Segment[]) => {
    const answered = list.reduce((n, s) => n + s.buyers, 0)
    const seconds = list.reduce((n, s) => n + s.wall_ms, 0) / 1000
    const lat = list.flatMap((s) => s.latencies)
    return {
      buyers: answered,
      per_s: answered / seconds,
      orders_per_s: list.reduce((n, s) => n + s.orders, 0) / seconds,
      orders: list.reduce((n, s) => n + s.orders, 0),
      p50: percentile(lat, 50) ?? 0,
      p95: percentile(lat, 95) ?? 0,
      lost: list.reduce((n, s) => n + s.lost, 0),
    }
  }
  console.log(`\n${rounds} interleaved round(s), ${((Date.now() - started) / 60000).toFixed(1)} min; load average (1/5/15 min) at start and after each round: ${load.map((l) => l.map((x) => x.toFixed(1)).join("/")).join(", ")}\n`)
  console.log("| scenario | c | server | buyers | orders | checkouts/s | orders/s | p50 ms | p95 ms | lost sales | throughput vs bare | p95 vs bare |")
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|")
  const names = [...new Set(segments.map((s) => s.server))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))
  for (const scenario of SCENARIOS) {
    for (const c of CONCURRENCY) {
      const bare = stats(groups.get(`${scenario}|${c}|bare`) ?? [])
      for (const name of names) {
        const s = stats(groups.get(`${scenario}|${c}|${name}`) ?? [])
        const ratios = name === "bare" ? " | " : `${(s.per_s / bare.per_s).toFixed(2)}× | ${(s.p95 / bare.p95).toFixed(2)}×`
        console.log(`| ${scenario} | ${c} | ${name} | ${s.buyers} | ${s.orders} | ${s.per_s.toFixed(2)} | ${s.orders_per_s.toFixed(2)} | ${s.p50} | ${s.p95} | ${s.lost} | ${ratios} |`)
      }
    }
  }
}

const ORDER = ["bare", "route", "plugin"]

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
