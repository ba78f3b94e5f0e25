/**
 * The history backfill (`npx medusa exec ./src/scripts/backfill-oms-facts.ts`): orders per second
 * on a store whose history the OMS never saw, batched against one order at a time, same run.
 *
 *   npm run bench:backfill [-- --orders 20000 --batch 1000 --naive 500]
 *
 * A store booted in this process (embedded PostgreSQL unless DATABASE_URL/DB_HOST) gets 20
 * orders through the storefront and Medusa's admin (delivered, shipped, split, fulfilled,
 * canceled, open, one returned in a parcel with a broken unit), copied in SQL to `--orders`
 * (bench/backfill/history.ts). Then the OMS's rows are removed and:
 * - naive: the first `--naive` orders, one order a batch (its own reads, workflow run and
 *   transaction), the way a loop over orders would do it;
 * - batched: the OMS rows removed again, the whole backfill as the script runs it (`--batch`
 *   orders a batch) but for the dashboard's per-day reports, which are then built on their own
 *   and timed apart; then run again (nothing to do).
 * Orders/s of the orders phase for both; the whole run (orders, returns) for the batched one.
 * Target: ≥ 2,000 orders/s.
 */
import os from "os"
import axios from "axios"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../integration-tests/http/helpers/admin-auth"
import { backfillOrderHistoryWorkflow } from "../src/workflows/history/backfill-order-history"
import { backfillOmsHistory, type BackfillProgress } from "../src/workflows/history/backfill-oms-history"
import { bootStore } from "./scans/boot"
import { copyHistory, forgetOms, seedHistory } from "./backfill/history"

const args = process.argv.slice(2)
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const ORDERS = Number(arg("orders", "20000"))
const BATCH = Number(arg("batch", "1000"))
const NAIVE = Number(arg("naive", "500"))
const TARGET = 2_000
const SEED_ORDERS = 20

async function main() {
  const started = Date.now()
  console.log("booting the store (migrations on a fresh database)…")
  const store = await bootStore("medusa_oms_bench_backfill", () => {})
  const load = [os.loadavg()[0]]
  try {
    const { headers } = await createAdminHeaders(store.container)
    const api = axios.create({ baseURL: store.url })
    console.log(`placing and fulfilling ${SEED_ORDERS} orders through the storefront and Medusa's admin…`)
    await seedHistory(api, store.container, headers)
    const copies = Math.max(0, Math.ceil(ORDERS / SEED_ORDERS) - 1)
    const t0 = Date.now()
    const held = await copyHistory(store.container, copies)
    console.log(`history copied to ${held} orders in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    const knex = store.container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
    await knex.raw("analyze")

    await forgetOms(store.container)
    console.log(`naive: ${NAIVE} orders, one a batch…`)
    const n0 = performance.now()
    let after: string | null = ""
    let naiveOrders = 0
    while (after !== null && naiveOrders < NAIVE) {
      const { result } = await backfillOrderHistoryWorkflow(store.container).run({ input: { after_id: after, batch_size: 1, placed_before: new Date().toISOString() } })
      after = result.last_id
      naiveOrders += result.orders
    }
    const naiveMs = performance.now() - n0
    load.push(os.loadavg()[0])

    await forgetOms(store.container)
    console.log(`batched: every order, ${BATCH} a batch…`)
    const phases: Record<string, { first: number; last: number; done: number }> = {}
    const onProgress = (p: BackfillProgress) => {
      const ph = (phases[p.phase] ??= { first: p.elapsed_ms, last: p.elapsed_ms, done: 0 })
      ph.last = p.elapsed_ms
      ph.done = p.done
      if (p.phase !== "orders" || p.done % (BATCH * 5) === 0) console.log(`  ${p.phase}: ${p.done} (${(p.elapsed_ms / 1000).toFixed(1)} s)`)
    }
    const batched = await backfillOmsHistory(store.container, { batch_size: BATCH, settle_minutes: 0, reports: false, onProgress })
    load.push(os.loadavg()[0])
    // the dashboard's per-day reports of those days, as the script then builds them
    const r0 = performance.now()
    const reports = await backfillOmsHistory(store.container, { batch_size: BATCH, settle_minutes: 0 })
    const reportsMs = performance.now() - r0
    const again = await backfillOmsHistory(store.container, { batch_size: BATCH, settle_minutes: 0 })
    const { rows: [check] } = await knex.raw(`select (select count(*) from oms_order)::int as orders, (select count(*) from oms_shipment)::int as shipments, (select count(*) from oms_return_line)::int as return_lines`)

    // the orders phase starts when the first batch of orders is asked for: after the facts phase
    const ordersMs = phases.orders ? phases.orders.last - (phases["shipment facts"]?.last ?? 0) : batched.elapsed_ms
    const rate = (orders: number, ms: number) => Math.round((orders / ms) * 1000)
    const rows = [
      ["naive (1 order a batch)", naiveOrders, naiveMs, rate(naiveOrders, naiveMs), "—"],
      [`batched (${BATCH} a batch), orders phase`, batched.orders, ordersMs, rate(batched.orders, ordersMs), `${(rate(batched.orders, ordersMs) / rate(naiveOrders, naiveMs)).toFixed(1)}×`],
      [`batched, whole run (orders + ${batched.return_sources} returns)`, batched.orders, batched.elapsed_ms, rate(batched.orders, batched.elapsed_ms), `${(rate(batched.orders, batched.elapsed_ms) / rate(naiveOrders, naiveMs)).toFixed(1)}×`],
    ]
    console.log("")
    console.log("| run | orders | ms | orders/s | vs naive |")
    console.log("| --- | ---: | ---: | ---: | ---: |")
    for (const [name, orders, ms, perS, vs] of rows) console.log(`| ${name} | ${orders} | ${Math.round(ms as number)} | ${perS} | ${vs} |`)
    console.log("")
    console.log(`batched wrote ${batched.orders} orders, ${batched.shipments} shipments, ${batched.return_lines} returned lines; tables hold ${check.orders} / ${check.shipments} / ${check.return_lines}`)
    console.log(`then the dashboard's reports: ${reports.report_days} day(s) in ${Math.round(reportsMs)} ms`)
    console.log(`second run: ${again.orders} orders, ${again.shipments} shipments, ${again.return_lines} returned lines (nothing to do)`)
    const ok = rate(batched.orders, batched.elapsed_ms) >= TARGET && reports.orders === 0 && again.orders === 0 && again.return_lines === 0 && check.orders === held
    console.log(`target ≥ ${TARGET} orders/s over the whole run: ${ok ? "met" : "NOT met"}`)
    console.log(`load average (1 min) before/after naive/after batched: ${load.map((l) => l.toFixed(2)).join(" / ")} on ${os.cpus().length} cores; ${((Date.now() - started) / 1000).toFixed(0)} s in all`)
    if (!ok) process.exitCode = 1
  } finally {
    await store.stop()
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e) => {
    console.error(e)
    process.exit(1)
  }
)
