/**
 * Valuing transfer suggestions by replay at scale: 20 suggestions over 90 days of ~300,000
 * orders (5,000 SKUs × 20 centres), against replaying every order of the window with and
 * without each suggestion (the full replay), which is timed on a sample and extrapolated.
 *
 *   npm run bench:stock-transfers [-- --orders 300000 --skus 5000 --centres 20 --days 90 --limit 20 --sample 20000]
 *
 * `benchStockTransfers(container)` is the hook bench/stock.ts calls on its own history; run on
 * its own, this file boots a store on a fresh database and generates the history in SQL first
 * (bench/stock-transfers/generate.ts).
 */
import os from "os"
import { monitorEventLoopDelay } from "perf_hooks"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { replayOrders } from "../src/lib/simulation"
import { OMS_MODULE } from "../src/modules/oms"
import { STOCK_MODULE } from "../src/modules/stock"
import { startTransferRunWorkflow, valueTransferRunWorkflow } from "../src/workflows/stock-transfers"
import { loadReplayOrders, loadStockedQuantities } from "../src/workflows/stock-transfers/load-placement-inputs"
import { generatePlacementHistory } from "./stock-transfers/generate"
import { bootStore } from "./scans/boot"

const DAY_MS = 86_400_000

export interface StockTransfersBench {
  orders_in_window: number
  suggestions: number
  progress_writes: number
  valuation_ms: number
  /** Decisions the restricted replay made: each SKU's orders × (1 + its suggestions). */
  restricted_decisions: number
  event_loop_max_ms: number
  baseline: { sample_orders: number; sample_ms: number; decisions: number; extrapolated_ms: number }
}

/** Times one valuation run (as POST /admin/oms/transfers/runs starts it) and the full-replay baseline on a sample. */
export async function benchStockTransfers(container: any, opts: { days?: number; limit?: number; sample?: number } = {}): Promise<StockTransfersBench> {
  const { days = 90, limit = 20, sample = 20_000 } = opts
  const stock = container.resolve(STOCK_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const lag = monitorEventLoopDelay({ resolution: 10 })
  const started = performance.now()
  const { result: run } = await startTransferRunWorkflow(container).run({ input: { days, started_by: null } })
  let progressWrites = 0
  const poll = setInterval(async () => {
    const [r] = await stock.listTransferRuns({ id: run.id })
    if (r && r.done > 0) progressWrites++
  }, 1000)
  lag.enable()
  await valueTransferRunWorkflow(container).run({ input: { run_id: run.id, limit } })
  lag.disable()
  clearInterval(poll)
  const valuation_ms = performance.now() - started
  const done = await stock.retrieveTransferRun(run.id)
  if (done.status !== "done" || done.done !== done.total) throw new Error(`run ended ${done.status} at ${done.done}/${done.total}: ${done.error}`)
  const rows = await stock.listStockTransfers({ run_id: run.id })
  const perItem = new Map<string, { orders: number; n: number }>()
  for (const r of rows) {
    const e = perItem.get(r.inventory_item_id) ?? { orders: (r.value as any).without.orders, n: 0 }
    e.n++
    perItem.set(r.inventory_item_id, e)
  }
  const restricted_decisions = [...perItem.values()].reduce((s, e) => s + e.orders * (1 + e.n), 0)

  // baseline: every order of the window replayed with and without each suggestion, timed on a sample
  const since = new Date(Date.now() - days * DAY_MS)
  const orders = await loadReplayOrders(container, since, null, sample)
  const items = new Set<string>()
  for (const o of orders) for (const l of o.lines) for (const c of l.components) items.add(c.inventory_item_id)
  const levels = await loadStockedQuantities(container, [...items])
  const options = container.resolve(OMS_MODULE).getOptions()
  const t0 = performance.now()
  replayOrders(orders, levels, options.strategy, { max_shipments: options.maxShipments, costs: options.shippingCosts })
  const sample_ms = performance.now() - t0
  const decisions = 2 * rows.length * done.orders
  const [{ n }] = await knex("oms_order_demand").whereNull("deleted_at").where("placed_at", ">=", since).count("* as n")
  return {
    orders_in_window: Number(n),
    suggestions: rows.length,
    progress_writes: progressWrites,
    valuation_ms,
    restricted_decisions,
    event_loop_max_ms: lag.max / 1e6,
    baseline: { sample_orders: orders.length, sample_ms, decisions, extrapolated_ms: (sample_ms / orders.length) * decisions },
  }
}

const args = process.argv.slice(2)
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}

async function main() {
  const size = { orders: Number(arg("orders", "300000")), skus: Number(arg("skus", "5000")), centres: Number(arg("centres", "20")), days: Number(arg("days", "90")) }
  console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`)
  console.log("booting the store (migrations on a fresh database)…")
  const store = await bootStore("medusa_oms_bench_transfers", () => {})
  try {
    const knex = store.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const g0 = performance.now()
    await generatePlacementHistory(knex, size)
    console.log(`generated ${size.orders} orders, ${size.skus} SKUs × ${size.centres} centres in ${((performance.now() - g0) / 1000).toFixed(1)} s`)
    const r = await benchStockTransfers(store.container, { days: size.days, limit: Number(arg("limit", "20")), sample: Number(arg("sample", "20000")) })
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    console.log(`orders in the window        ${r.orders_in_window}`)
    console.log(`suggestions valued          ${r.suggestions}`)
    console.log(`valuation (one run)         ${s(r.valuation_ms)}  (goal ≤ 60 s)`)
    console.log(`restricted decisions        ${r.restricted_decisions}`)
    console.log(`progress seen while running ${r.progress_writes} poll(s) with done > 0`)
    console.log(`event loop, longest delay   ${r.event_loop_max_ms.toFixed(0)} ms`)
    console.log(`full replay baseline        ${r.baseline.decisions} decisions; sample of ${r.baseline.sample_orders} orders in ${r.baseline.sample_ms.toFixed(0)} ms → ${s(r.baseline.extrapolated_ms)} extrapolated`)
    console.log(`speed-up                    ${(r.baseline.extrapolated_ms / r.valuation_ms).toFixed(0)}×`)
  } finally {
    await store.stop()
  }
}

if (require.main === module) {
  main().then(() => process.exit(0), (error) => {
    console.error(error)
    process.exit(1)
  })
}
