/**
 * Scan latency at the warehouse: one pick or pack scan through the admin HTTP routes, in a
 * 200-order wave, against a store booted in this process (embedded PostgreSQL unless
 * DATABASE_URL/DB_HOST).
 *
 *   npm run bench:scans [-- --orders 200 --baseline 60 --pack-orders 40]
 *
 * Orders are placed through the store API and routed by the plugin, then waved together at one
 * centre. Every unit of the wave is picked by one scan each (`POST /admin/oms/waves/:id/picks`,
 * which answers with what changed); interleaved with the first of them, `--baseline` scans go
 * through the previous answer, the whole wave (the same workflow, then `loadWaveView`, mounted
 * on the same server). Then `--pack-orders` picked orders are packed scan by scan: the route as
 * it is (what changed), alternating with the previous screen's way (the scan, then reloading the
 * whole session view, carton recommendation included). p50/p95 per measure; failures counted.
 * A third pick measure, the workflow alone with no answer, shows what the answer itself costs.
 */
import os from "os"
import axios from "axios"
import express from "express"
import { percentile } from "../src/lib/routing"
import { recordPickWorkflow } from "../src/workflows/picking/record-pick"
import { loadWaveView } from "../src/api/admin/oms/waves/helpers"
import { createAdminHeaders } from "../integration-tests/http/helpers/admin-auth"
import { placeOrderOf, waitForRouting } from "../integration-tests/http/helpers/storefront"
import { bootStore } from "./scans/boot"
import { seedScanBench } from "./scans/seed"

const args = process.argv.slice(2)
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const ORDERS = Number(arg("orders", "200"))
const BASELINE = Number(arg("baseline", "60"))
const PACK_ORDERS = Number(arg("pack-orders", "40"))
const SKUS = 30
const TARGET_P95_MS = 100

/** A tiny seeded PRNG, so every run builds the same orders. */
function prng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
}

async function timed(run: () => Promise<unknown>, into: number[], failures: { n: number }) {
  const start = performance.now()
  try {
    await run()
    into.push(performance.now() - start)
  } catch (e: any) {
    failures.n++
    if (failures.n <= 3) console.error(`  failed: ${e.response?.status ?? ""} ${JSON.stringify(e.response?.data ?? e.message)}`)
  }
}

async function main() {
  console.log("booting the store (migrations on a fresh database)…")
  const store = await bootStore("medusa_oms_bench_scans", (app, container) => {
    // The previous pick answer, on the same server: the same workflow, then the whole wave.
    app.post("/bench/previous/waves/:id/picks", express.json(), async (req, res) => {
      try {
        const { result } = await recordPickWorkflow(container()).run({ input: { ...req.body, wave_id: req.params.id, actor: null } })
        res.json({ pick: result, wave: await loadWaveView(container(), req.params.id) })
      } catch (e: any) {
        res.status(400).json({ message: e.message })
      }
    })
    // The floor: the pick workflow alone, answering nothing but its own result.
    app.post("/bench/workflow-only/waves/:id/picks", express.json(), async (req, res) => {
      try {
        const { result } = await recordPickWorkflow(container()).run({ input: { ...req.body, wave_id: req.params.id, actor: null } })
        res.json({ pick: result })
      } catch (e: any) {
        res.status(400).json({ message: e.message })
      }
    })
  })
  const load = [os.loadavg()[0]]
  const failures = { picks: { n: 0 }, previousPicks: { n: 0 }, workflowOnly: { n: 0 }, packs: { n: 0 }, previousPacks: { n: 0 }, setup: 0 }
  try {
    const seeded = await seedScanBench(store.container, SKUS)
    const { headers } = await createAdminHeaders(store.container)
    const api = axios.create({ baseURL: store.url, headers })
    const shop = { ...seeded, centers: { jakarta: seeded.jakarta } }

    console.log(`placing ${ORDERS} orders through the store API…`)
    const random = prng(7)
    const placed: string[] = []
    for (let i = 0; i < ORDERS; i += 4) {
      const batch = Array.from({ length: Math.min(4, ORDERS - i) }, async () => {
        const lines = 1 + Math.floor(random() * 3)
        const skus = [...new Set(Array.from({ length: lines }, () => seeded.codes[Math.floor(random() * SKUS)]))]
        const items = skus.map((sku) => [sku, 1 + Math.floor(random() * 2)] as [string, number])
        try {
          const orderId = await placeOrderOf(api, shop, items, { city: "Jakarta Selatan", province: "DKI Jakarta", postal_code: "12190", country_code: "id" })
          await waitForRouting(api, orderId, headers, 60_000)
          placed.push(orderId)
        } catch (e) {
          failures.setup++
          console.error(`  order not placed: ${(e as Error).message}`)
        }
      })
      await Promise.all(batch)
    }

    const { data: created } = await api.post("/admin/oms/waves", { stock_location_id: seeded.jakarta, max_orders: ORDERS })
    const wave = created.wave
    const units = wave.lines.flatMap((l: any) => Array.from({ length: l.quantity }, () => l))
    console.log(`wave of ${wave.orders.length} orders, ${wave.lines.length} lines, ${units.length} units; picking every unit…`)

    const pick: number[] = []
    const previousPick: number[] = []
    const workflowOnly: number[] = []
    let bin: string | null = null
    // Baseline and floor scans are spread evenly over the whole wave, like the measured ones:
    // a pick late in the wave (orders completing, stage writes) costs more than an early one.
    const step = Math.max(3, Math.floor(units.length / BASELINE))
    for (const [i, line] of units.entries()) {
      bin = line.bin_code
      const body = { pick_line_id: line.id, bin_code: bin, item_barcode: line.sku, quantity: 1 }
      if (i % step === 1 && previousPick.length + failures.previousPicks.n < BASELINE) {
        await timed(() => api.post(`/bench/previous/waves/${wave.id}/picks`, body), previousPick, failures.previousPicks)
      } else if (i % step === 2 && workflowOnly.length + failures.workflowOnly.n < BASELINE) {
        await timed(() => api.post(`/bench/workflow-only/waves/${wave.id}/picks`, body), workflowOnly, failures.workflowOnly)
      } else {
        await timed(() => api.post(`/admin/oms/waves/${wave.id}/picks`, body), pick, failures.picks)
      }
    }
    const { data: after } = await api.get(`/admin/oms/waves/${wave.id}`)
    console.log(`wave ${after.wave.status}: ${after.wave.progress.units_picked} of ${after.wave.progress.units_total} units picked`)

    console.log(`packing ${PACK_ORDERS} orders scan by scan…`)
    const pack: number[] = []
    const previousPack: number[] = []
    let n = 0
    for (const order of after.wave.orders.filter((o: any) => o.status === "picked").slice(0, PACK_ORDERS)) {
      const { data } = await api.post("/admin/oms/pack-sessions", { order_id: order.order_id })
      const session = data.pack_session
      for (const item of session.expected_items) {
        for (let u = 0; u < item.quantity; u++) {
          const scan = () => api.post(`/admin/oms/pack-sessions/${session.id}/scans`, { barcode: item.sku })
          if (n++ % 2 === 1) {
            await timed(async () => {
              await scan()
              await api.get(`/admin/oms/pack-sessions/${session.id}`)
            }, previousPack, failures.previousPacks)
          } else {
            await timed(scan, pack, failures.packs)
          }
        }
      }
    }

    const ms = (v: number | null) => (v == null ? "—" : v.toFixed(0))
    const row = (name: string, values: number[], failed: number) =>
      `| ${name.padEnd(56)} | ${String(values.length).padStart(5)} | ${ms(percentile(values, 50)).padStart(6)} | ${ms(percentile(values, 95)).padStart(6)} | ${String(failed).padStart(8)} |`
    load.push(os.loadavg()[0])
    console.log(`\nscans in a ${wave.orders.length}-order wave (${units.length} units), store in this process; ${os.cpus().length} CPUs, load average ${load.map((l) => l.toFixed(1)).join(" → ")}\n`)
    console.log(`| ${"measure".padEnd(56)} | scans | p50 ms | p95 ms | failures |`)
    console.log(`|${"-".repeat(58)}|-------|--------|--------|----------|`)
    console.log(row("pick scan, answer = what changed (now)", pick, failures.picks.n))
    console.log(row("baseline: pick scan, answer = the whole wave (before)", previousPick, failures.previousPicks.n))
    console.log(row("floor: the pick workflow alone, no answer", workflowOnly, failures.workflowOnly.n))
    console.log(row("pack scan, answer = what changed (now)", pack, failures.packs.n))
    console.log(row("baseline: pack scan + reload of the session (before)", previousPack, failures.previousPacks.n))
    if (failures.setup) console.log(`\n${failures.setup} order(s) could not be placed or routed`)
    const p95 = Math.max(percentile(pick, 95) ?? Infinity, percentile(pack, 95) ?? Infinity)
    console.log(`\ntarget p95 <= ${TARGET_P95_MS} ms for a pick and a pack scan: ${p95 <= TARGET_P95_MS ? "met" : "NOT met"} (${ms(p95)} ms)`)
  } finally {
    await store.stop()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
