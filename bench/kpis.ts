/**
 * Dashboard speed at scale: GET /admin/oms/kpis over 100,000 and 1,000,000 orders of history,
 * against the naive way in the same run at the first size.
 *
 *   npm run bench:kpis [-- --sizes 100000,1000000 --days 730 --runs 20 --naive-runs 5]
 *
 * The history is bulk-generated into the OMS fact tables (bench/kpis/generate.ts), then the
 * rollup refresh (the job's workflow) builds every day's cells, timed. Each dashboard query —
 * ranges of 1 (today), 7, 30, 90, 365 and 730 Jakarta days as the dashboard asks, each with no
 * filter, a centre, a channel, a region, and all three — is asked `--runs` times through the
 * admin HTTP route; p50/p95 per query, failures counted. A 30-day range ending at this instant
 * (ragged ends read from the fact rows) is shown apart. The naive way, at the first size: the
 * period's shipments, returns and ratings read through the module's list methods (what
 * query.graph runs), the KPIs worked out in
 * JavaScript (kpiSummary), for the same ranges without a filter; its figures are also checked
 * against the route's (counts equal, percentiles within 1 %).
 */
import os from "os"
import axios from "axios"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dayBounds, HISTOGRAM_RELATIVE_ERROR, kpiSummary, rollupDayOf, type ShipmentFact } from "../src/lib/kpi"
import { percentile } from "../src/lib/routing"
import { refreshKpiRollupsWorkflow } from "../src/workflows/kpis/refresh-kpi-rollups"
import { loadCalendars } from "../src/workflows/kpis/load-kpi-facts"
import { createAdminHeaders } from "../integration-tests/http/helpers/admin-auth"
import { OMS_MODULE } from "../src/modules/oms"
import { bootStore } from "./scans/boot"
import { BENCH_CENTRES, BENCH_CHANNELS, BENCH_REGIONS, generateOrders, generateReturnsAndRatings, seedCentres } from "./kpis/generate"

const args = process.argv.slice(2)
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const SIZES = arg("sizes", "100000,1000000").split(",").map(Number)
const DAYS = Number(arg("days", "730"))
const RUNS = Number(arg("runs", "20"))
const NAIVE_RUNS = Number(arg("naive-runs", "5"))
const ZONE = "Asia/Jakarta"
const DAY_MS = 86_400_000
const BATCH = 100_000

const RANGES = [1, 7, 30, 90, 365, 730]
const FILTERS: Record<string, Record<string, string>> = {
  none: {},
  centre: { stock_location_id: BENCH_CENTRES[0] },
  channel: { sales_channel_id: BENCH_CHANNELS[0] },
  region: { region_id: BENCH_REGIONS[1] },
  all3: { stock_location_id: BENCH_CENTRES[1], sales_channel_id: BENCH_CHANNELS[1], region_id: BENCH_REGIONS[0] },
}

/** The last `days` Jakarta days, today included, as the dashboard asks. */
function dashboardRange(days: number) {
  const to = dayBounds(rollupDayOf(new Date(), ZONE), ZONE).to
  return { from: new Date(to.getTime() - days * DAY_MS).toISOString(), to: to.toISOString() }
}

const ms = (start: number) => performance.now() - start

/** One refresh run; while the scheduled job (same workflow, same lock) is running, wait for it. */
async function refreshOnce(container: any): Promise<{ rewritten: number; left: number }> {
  for (;;) {
    try {
      return (await refreshKpiRollupsWorkflow(container).run({ input: { budget_ms: 3_600_000 } })).result
    } catch (e) {
      if (!/Failed to acquire lock/.test((e as Error).message)) throw e
      await new Promise((r) => setTimeout(r, 2_000))
    }
  }
}
const fmt = (v: number | null) => (v === null ? "n/a" : v.toFixed(1))

async function main() {
  console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`)
  console.log("booting the store (migrations on a fresh database)…")
  const store = await bootStore("medusa_oms_bench_kpis", () => {})
  const container = store.container
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const oms = container.resolve(OMS_MODULE)
  const { headers } = await createAdminHeaders(container)
  const api = axios.create({ baseURL: store.url, headers, validateStatus: () => true })
  const failures: Record<string, number> = {}
  const fail = (what: string) => (failures[what] = (failures[what] ?? 0) + 1)
  const report: string[] = []
  try {
    await seedCentres(knex)
    for (const [sizeIndex, size] of SIZES.entries()) {
      console.log(`\n== ${size.toLocaleString("en")} orders over ${DAYS} days ==`)
      await knex.raw("truncate oms_shipment, oms_return_line, oms_feedback, oms_kpi_rollup, oms_kpi_rollup_day, oms_kpi_rollup_state")
      let start = performance.now()
      for (let first = 0; first < size; first += BATCH) await generateOrders(knex, first, Math.min(BATCH, size - first), size, DAYS)
      await generateReturnsAndRatings(knex)
      await knex.raw("analyze oms_shipment; analyze oms_return_line; analyze oms_feedback")
      const generatedAt = Date.now()
      const [{ n: shipments }] = (await knex.raw("select count(*)::int as n from oms_shipment")).rows
      console.log(`generated ${shipments.toLocaleString("en")} shipments in ${(ms(start) / 1000).toFixed(1)} s`)

      start = performance.now()
      let rewritten = 0
      for (;;) {
        const result = await refreshOnce(container)
        rewritten += result.rewritten
        if (!result.left) break
      }
      const buildS = ms(start) / 1000
      // the refresh looks two minutes back on its next runs (rows stamped just before a scan may
      // commit after it): let that window pass and settle, so the scheduled job finds nothing
      // to do while the queries are timed
      const settleUntil = generatedAt + 125_000
      if (Date.now() < settleUntil) await new Promise((r) => setTimeout(r, settleUntil - Date.now()))
      for (let pass = 0; pass < 5; pass++) {
        const result = await refreshOnce(container)
        if (!result.rewritten && !result.left) break
      }
      const [{ n: cells }] = (await knex.raw("select count(*)::int as n from oms_kpi_rollup")).rows
      console.log(`rollups built: ${rewritten} days, ${cells} cells in ${buildS.toFixed(1)} s (${Math.round(size / buildS).toLocaleString("en")} orders/s)`)
      report.push(`${size} orders: rollup build ${buildS.toFixed(1)} s for ${rewritten} days (${Math.round(size / buildS)} orders/s), ${cells} cells`)

      const all: number[] = []
      const routeP50: Record<number, number> = {}
      const responses: Record<number, any> = {}
      console.log("range  filter   p50 ms  p95 ms")
      for (const days of RANGES) {
        for (const [name, filter] of Object.entries(FILTERS)) {
          const times: number[] = []
          for (let r = 0; r < RUNS; r++) {
            const t = performance.now()
            const res = await api.get("/admin/oms/kpis", { params: { ...dashboardRange(days), ...filter } })
            if (res.status !== 200) {
              fail(`route ${days}d ${name} ${res.status}`)
              continue
            }
            times.push(ms(t))
            if (name === "none") responses[days] = res.data
          }
          all.push(...times)
          if (name === "none") routeP50[days] = percentile(times, 50) ?? NaN
          console.log(`${String(days).padStart(4)}d  ${name.padEnd(7)}  ${fmt(percentile(times, 50))}  ${fmt(percentile(times, 95))}`)
        }
      }
      const ragged: number[] = []
      for (let r = 0; r < RUNS; r++) {
        const t = performance.now()
        const res = await api.get("/admin/oms/kpis", { params: { from: new Date(Date.now() - 30 * DAY_MS).toISOString() } })
        if (res.status === 200) ragged.push(ms(t))
        else fail(`route ragged ${res.status}`)
      }
      const line = `${size} orders: every dashboard query p50 ${fmt(percentile(all, 50))} ms, p95 ${fmt(percentile(all, 95))} ms (${all.length} requests); 30 days ending now (ragged ends from facts) p50 ${fmt(percentile(ragged, 50))} p95 ${fmt(percentile(ragged, 95))} ms`
      console.log(line)
      report.push(line)

      if (sizeIndex === 0 && NAIVE_RUNS > 0) {
        console.log("naive: the period's shipments, returns and ratings through the module's list methods + kpiSummary in JavaScript")
        for (const days of RANGES.filter((d) => d >= 7 && d <= 365)) {
          const times: number[] = []
          let naive: ReturnType<typeof kpiSummary> | null = null
          for (let r = 0; r < NAIVE_RUNS; r++) {
            const t = performance.now()
            try {
              naive = await naiveKpis(oms, container, dashboardRange(days))
              times.push(ms(t))
            } catch (e) {
              fail(`naive ${days}d`)
              console.error(`  naive failed: ${(e as Error).message}`)
            }
          }
          const p50 = percentile(times, 50)
          const ratio = p50 !== null ? p50 / routeP50[days] : NaN
          const agrees = naive && responses[days] ? sameFigures(naive, responses[days].kpis) : false
          if (!agrees) fail(`naive ${days}d disagrees with the route`)
          const text = `${days}d naive p50 ${fmt(p50)} ms p95 ${fmt(percentile(times, 95))} ms vs route p50 ${fmt(routeP50[days])} ms: ${ratio.toFixed(0)}× ${agrees ? "(same figures)" : "(FIGURES DIFFER)"}`
          console.log(text)
          report.push(`${size} orders: ${text}`)
        }
      }
    }
  } finally {
    console.log("\n== summary ==")
    for (const line of report) console.log(line)
    console.log(`failures: ${Object.keys(failures).length ? JSON.stringify(failures) : "none"}`)
    await store.stop()
  }
  process.exit(Object.keys(failures).length ? 1 : 0)
}

/**
 * The naive way: every shipment of the period read through the OMS module's list method (what
 * query.graph runs for a module's own entity), its orders' returns and ratings the same way,
 * then kpiSummary over all of it in JavaScript.
 */
async function naiveKpis(oms: any, container: any, range: { from: string; to: string }) {
  const rows = await oms.listShipments({ placed_at: { $gte: new Date(range.from), $lt: new Date(range.to) } })
  const facts: ShipmentFact[] = rows.map((r: any) => ({
    shipment_id: r.id, order_id: r.order_id, stock_location_id: r.stock_location_id, sales_channel_id: r.sales_channel_id, region_id: r.region_id,
    stage: r.stage, placed_at: new Date(r.placed_at), routed_at: date(r.routed_at), waved_at: date(r.waved_at), picked_at: date(r.picked_at),
    short_picked_at: date(r.short_picked_at), packed_at: date(r.packed_at), shipped_at: date(r.shipped_at), delivered_at: date(r.delivered_at),
    canceled_at: date(r.canceled_at), units: r.units, lines: r.line_count, backordered_units: r.stage === "backordered" ? r.units : 0,
    parcels: r.parcels, picked_by: r.picked_by, packed_by: r.packed_by, mispicks_caught: r.mispicks_caught, cost: r.cost, promised_days: null,
  }))
  const orderIds = [...new Set(facts.map((f) => f.order_id))]
  const returned = await oms.listReturnLines({ order_id: orderIds })
  const rated = await oms.listFeedbacks({ order_id: orderIds })
  return kpiSummary(
    facts,
    returned.map((r: any) => ({ order_id: r.order_id, shipment_id: r.shipment_id, units: r.quantity, cause: r.cause, received_at: new Date(r.received_at ?? r.requested_at) })),
    await loadCalendars(container, facts),
    new Date(),
    rated.map((r: any) => r.rating)
  )
}

const date = (v: string | Date | null) => (v ? new Date(v) : null)

/** Counts equal, percentiles within the histograms' 1 %. */
function sameFigures(naive: any, route: any): boolean {
  const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= HISTOGRAM_RELATIVE_ERROR * b + 1e-6)
  return (
    naive.orders === route.orders &&
    naive.shipments === route.shipments &&
    JSON.stringify(naive.perfect_orders) === JSON.stringify(route.perfect_orders) &&
    JSON.stringify(naive.fill_rates) === JSON.stringify(route.fill_rates) &&
    JSON.stringify(naive.return_rates) === JSON.stringify(route.return_rates) &&
    JSON.stringify(naive.csat) === JSON.stringify(route.csat) &&
    naive.on_time_shipment.denominator === route.on_time_shipment.denominator &&
    close(naive.cycle_times.placed_to_shipped.p50_ms, route.cycle_times.placed_to_shipped.p50_ms) &&
    close(naive.cycle_times.placed_to_delivered.p90_ms, route.cycle_times.placed_to_delivered.p90_ms)
  )
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
