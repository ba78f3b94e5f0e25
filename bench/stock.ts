/**
 * Stock health at scale: 5,000 SKUs × 20 centres (100,000 rows) over 1,000,000 orders of history.
 *
 *   npm run bench:stock [-- --skus 5000 --centres 20 --orders 1000000 --days 365 --runs 30 --naive-runs 3]
 *
 * The history is bulk-generated into oms_order_demand, oms_shipment and oms_stock_day
 * (bench/stock/generate.ts). Then the refresh workflow (the job's) runs from scratch: every day
 * of the 90-day window recounted from the shipments, the shelves sampled and every SKU × centre
 * row written, timed; then again after 2,000 of today's shipments changed (the steady state of
 * the 5-minute job). The page's query — several filter / sort / page combinations — is asked
 * `--runs` times each through the admin HTTP route: p50/p95 per combination and over all. The
 * naive way, in the same run: the rows worked out per request from the day rows, levels, bins
 * and settings (the same rules), then filtered, sorted and paged in JavaScript; its first page
 * is checked against the route's. Then the sections in bench/stock/sections.ts.
 */
import os from "os"
import axios from "axios"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { percentile } from "../src/lib/routing"
import { CONDITION_SEVERITY } from "../src/lib/stock"
import { refreshStockHealthWorkflow } from "../src/workflows/stock/refresh-stock-health"
import { healthRowsOf, itemChunks, loadHealthContext } from "../src/workflows/stock/rebuild-stock-health"
import { createAdminHeaders } from "../integration-tests/http/helpers/admin-auth"
import { bootStore } from "./scans/boot"
import { generateStockDataset, reuseStockDataset } from "./stock/generate"
import { STOCK_BENCH_SECTIONS } from "./stock/sections"

// no scheduled jobs in the bench's process: the refresh runs only when the bench runs it
process.env.MEDUSA_WORKER_MODE = "server"

const args = process.argv.slice(2)
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const SKUS = Number(arg("skus", "5000"))
const CENTRES = Number(arg("centres", "20"))
const ORDERS = Number(arg("orders", "1000000"))
const DAYS = Number(arg("days", "365"))
const RUNS = Number(arg("runs", "30"))
const NAIVE_RUNS = Number(arg("naive-runs", "3"))
const ZONE = "Asia/Jakarta"
/** Keep the database of the last run and its generated history (same sizes): only the refresh and the queries are measured again. */
const REUSE = args.includes("--reuse")

const ms = (start: number) => performance.now() - start
const fmt = (v: number | null) => (v === null ? "n/a" : v.toFixed(1))

async function refreshOnce(container: any) {
  const start = performance.now()
  const { result } = await refreshStockHealthWorkflow(container).run({ input: { lock_timeout: 120 } })
  return { ...result, seconds: ms(start) / 1000 }
}

/** The page asked the naive way: every row of the filter worked out now, then filtered, sorted and paged here. */
async function naivePage(container: any, q: Record<string, string>) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const ctx = await loadHealthContext(container)
  const scope = q.stock_location_id ? { stock_location_id: q.stock_location_id } : {}
  const names = new Map((await knex("stock_location").select("id", "name")).map((l: any) => [l.id, l.name]))
  let rows: any[] = []
  for await (const chunk of itemChunks(knex, scope)) rows.push(...(await healthRowsOf(container, chunk, scope, ctx)))
  const conditions = q.condition ? q.condition.split(",") : null
  if (conditions) rows = rows.filter((r) => conditions.includes(r.condition))
  const counts = Object.fromEntries(CONDITION_SEVERITY.map((c) => [c, 0]))
  for (const r of rows) counts[r.condition]++
  const rank = (c: string) => CONDITION_SEVERITY.indexOf(c as never)
  const tie = (a: any, b: any) => (a.inventory_item_id < b.inventory_item_id ? -1 : a.inventory_item_id > b.inventory_item_id ? 1 : a.stock_location_id < b.stock_location_id ? -1 : 1)
  // the stored velocity is a 4-byte real: sort by the value as stored
  rows.sort((a, b) => rank(a.condition) - rank(b.condition) || Math.fround(b.velocity_28) - Math.fround(a.velocity_28) || tie(a, b))
  const offset = Number(q.offset ?? 0)
  return { rows: rows.slice(offset, offset + Number(q.limit ?? 50)).map((r) => ({ ...r, location_name: names.get(r.stock_location_id) })), count: rows.length, counts }
}

const COMBOS: Record<string, (d: { centreIds: string[] }) => Record<string, string>> = {
  default: () => ({}),
  centre: (d) => ({ stock_location_id: d.centreIds[3 % d.centreIds.length] }),
  "stock_out,low": () => ({ condition: "stock_out,low" }),
  search: () => ({ q: "SKU-012" }),
  "days_of_supply desc": () => ({ sort: "days_of_supply", order: "desc" }),
  "sku, page 1000": () => ({ sort: "sku", offset: "50000" }),
  "centre+ok,overstock by velocity": (d) => ({ stock_location_id: d.centreIds[11 % d.centreIds.length], condition: "ok,overstock", sort: "velocity_28", order: "desc" }),
  "title, 200 rows": () => ({ sort: "title", limit: "200" }),
}

async function main() {
  console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`)
  console.log("booting the store (migrations on a fresh database)…")
  const store = await bootStore("medusa_oms_bench_stock", () => {}, { reset: !REUSE })
  const container = store.container
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { headers } = await createAdminHeaders(container)
  const api = axios.create({ baseURL: store.url, headers, validateStatus: () => true })
  const failures: Record<string, number> = {}
  const fail = (what: string) => (failures[what] = (failures[what] ?? 0) + 1)
  const report: string[] = []
  const say = (line: string) => {
    console.log(line)
    report.push(line)
  }
  try {
    let start = performance.now()
    const options = { skus: SKUS, centres: CENTRES, orders: ORDERS, days: DAYS, timeZone: ZONE }
    const dataset = REUSE ? await reuseStockDataset(knex, options) : await generateStockDataset(knex, options, (l) => console.log(`  ${l}`))
    say(`${REUSE ? "reused the history of the last run:" : "generated"} ${ORDERS.toLocaleString("en")} orders (${dataset.shipments.toLocaleString("en")} shipments) over ${DAYS} days, ${SKUS} SKUs × ${CENTRES} centres, ${dataset.dayRows.toLocaleString("en")} day rows, in ${(ms(start) / 1000).toFixed(1)} s`)

    const first = await refreshOnce(container)
    const [{ n: healthRows }] = (await knex.raw("select count(*)::int as n from oms_stock_health")).rows
    if (healthRows !== SKUS * CENTRES) fail(`health rows ${healthRows} ≠ ${SKUS * CENTRES}`)
    say(`first refresh (90 days recounted, shelves sampled, ${healthRows.toLocaleString("en")} rows written): ${first.seconds.toFixed(1)} s (${first.days_rewritten} days, ${first.shelves_sampled} samples)`)
    const steady: number[] = []
    for (let r = 0; r < 3; r++) {
      await knex.raw(`update oms_shipment set updated_at = now() where id in (select id from oms_shipment where placed_at > now() - interval '1 day' order by id limit 2000 offset ?)`, [r * 2000])
      const run = await refreshOnce(container)
      steady.push(run.seconds)
    }
    say(`steady refresh (2,000 of today's shipments changed, ${healthRows.toLocaleString("en")} rows rewritten): ${steady.map((s) => s.toFixed(1)).join(" / ")} s`)

    // what PostgreSQL's autovacuum does for a live store after a rewrite of this size: fresh
    // statistics and visibility map, without which the planner reads 100,000 rows blind
    await knex.raw("vacuum analyze oms_stock_health")
    const all: number[] = []
    const routeData: Record<string, any> = {}
    const routeP50: Record<string, number> = {}
    console.log("combination                          p50 ms  p95 ms  rows matched")
    for (const [name, combo] of Object.entries(COMBOS)) {
      const times: number[] = []
      for (let r = 0; r < RUNS; r++) {
        const t = performance.now()
        const res = await api.get("/admin/oms/stock-health", { params: combo(dataset) })
        if (res.status !== 200) {
          fail(`route ${name} ${res.status}`)
          continue
        }
        times.push(ms(t))
        routeData[name] = res.data
      }
      all.push(...times)
      routeP50[name] = percentile(times, 50) ?? NaN
      const line = `${name.padEnd(36)} ${fmt(percentile(times, 50)).padStart(6)}  ${fmt(percentile(times, 95)).padStart(6)}  ${routeData[name]?.count ?? "?"}`
      console.log(line)
      report.push(`page query ${line}`)
    }
    say(`page query over every combination: p50 ${fmt(percentile(all, 50))} ms, p95 ${fmt(percentile(all, 95))} ms (${all.length} requests)`)
    start = performance.now()
    const csv = await api.get("/admin/oms/stock-health", { params: { format: "csv" }, responseType: "text" })
    const csvLines = String(csv.data).trim().split("\n").length - 1
    if (csv.status !== 200 || csvLines !== healthRows) fail(`csv ${csv.status} ${csvLines} rows`)
    say(`CSV of all ${csvLines.toLocaleString("en")} rows: ${(ms(start) / 1000).toFixed(1)} s, ${(String(csv.data).length / 1e6).toFixed(1)} MB`)

    if (NAIVE_RUNS > 0) {
      for (const name of ["default", "centre"]) {
        const times: number[] = []
        let page: Awaited<ReturnType<typeof naivePage>> | null = null
        for (let r = 0; r < NAIVE_RUNS; r++) {
          const t = performance.now()
          page = await naivePage(container, COMBOS[name](dataset))
          times.push(ms(t))
        }
        const route = routeData[name]
        const same =
          page && route && page.count === route.count && JSON.stringify(page.counts) === JSON.stringify(route.counts) &&
          page.rows.every((r, i) => r.inventory_item_id === route.rows[i].inventory_item_id && r.stock_location_id === route.rows[i].stock_location_id && Math.abs(r.reorder_point - route.rows[i].reorder_point) <= 1e-5 * Math.max(1, r.reorder_point))
        if (!same) fail(`naive ${name} disagrees with the route`)
        say(`naive ${name}: rows worked out per request p50 ${fmt(percentile(times, 50))} ms (${NAIVE_RUNS} runs) vs route p50 ${fmt(routeP50[name])} ms: ${((percentile(times, 50) ?? 0) / routeP50[name]).toFixed(0)}× ${same ? "(same page)" : "(PAGES DIFFER)"}`)
      }
    }

    for (const section of STOCK_BENCH_SECTIONS) {
      console.log(`\n== ${section.name} ==`)
      for (const line of await section.run({ container, knex, api, dataset, fail, log: (l) => console.log(l) })) say(`${section.name}: ${line}`)
    }
  } finally {
    console.log("\n== summary ==")
    for (const line of report) console.log(line)
    console.log(`failures: ${Object.keys(failures).length ? JSON.stringify(failures) : "none"}`)
    await store.stop()
  }
  process.exit(Object.keys(failures).length ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
