import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { CARTON_MAX, QUANTITY_MAX, SIMULATION_MAX_ORDERS, WAVE_MAX } from "../../src/lib/limits"
import { createAdminHeaders } from "./helpers/admin-auth"
import { JAKARTA } from "./helpers/fixtures"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"

jest.setTimeout(20 * 60 * 1000)

/** The bound: /health answers within this while any single allowed request runs. */
const HEALTH_BUDGET_MS = 100
/** Orders the wave and simulation run over (placed through the store API, so kept modest). */
const ORDERS = Number(process.env.OMS_RESPONSIVENESS_ORDERS ?? 30)

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

/**
 * The heaviest request of each kind the API allows (the largest layout, a recommendation of the
 * most units over the largest catalogue, a wave with the most orders, a simulation of the most
 * orders) runs while GET /health is polled. Medusa serves HTTP from one event loop, so /health is
 * slow exactly when a request holds that loop. The test server and this client share the loop,
 * which makes the poll a direct measurement of how long the loop is held.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("keeps /health under 100 ms (p95) while the heaviest allowed request of each kind runs", async () => {
      const container = getContainer()
      const store = await buildOmsStore(container)
      const { headers } = await createAdminHeaders(container)
      const jakarta = store.centers.jakarta
      const center = `/admin/oms/centers/${jakarta}`
      const post = (url: string, body: unknown) => api.post(url, body, { headers }).catch((e: any) => e.response)
      const put = (url: string, body: unknown) => api.put(url, body, { headers }).catch((e: any) => e.response)

      async function whileRunning(kind: string, start: () => Promise<any>) {
        const samples: number[] = []
        let done = false
        const started = performance.now()
        const request = start().finally(() => (done = true))
        while (!done) {
          const t = performance.now()
          await api.get("/health")
          samples.push(performance.now() - t)
          await new Promise((r) => setTimeout(r, 5))
        }
        const res = await request
        const took = performance.now() - started
        const sorted = [...samples].sort((a, b) => a - b)
        const figures = { kind, status: res.status, request_ms: Math.round(took), samples: samples.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1] }
        console.log(`responsiveness ${kind}: ${JSON.stringify(figures, (_, v) => (typeof v === "number" ? Math.round(v * 10) / 10 : v))}`)
        expect({ kind, status: res.status }).toEqual({ kind, status: 200 })
        return figures
      }

      // Baseline in the same run: /health alone.
      const idle = await whileRunning("idle (no request)", () => new Promise((r) => setTimeout(() => r({ status: 200 }), 1000)))
      const results = [idle]

      // 1. The largest layout the API accepts: 40 aisles × 50 bays × 5 levels × 2 sides = 20,000 bins.
      const layout = { aisles: 40, bays_per_aisle: 50, levels: 5, bay_width_m: 1.2, aisle_width_m: 3, cross_aisles: 3, cross_aisle_width_m: 2 }
      results.push(await whileRunning("layout of 20,000 bins", () => put(`${center}/layout`, layout)))

      // 2. A carton recommendation of the most units over the largest catalogue.
      for (let k = 0; k < CARTON_MAX.catalogue; k++) {
        const side = 15 + 4 * k
        const created = await post(`${center}/cartons`, {
          code: `C${k}`, name: `Carton ${k}`, inner_length_cm: side, inner_width_cm: side * 0.8, inner_height_cm: side * 0.6,
          tare_g: 100 + 20 * k, max_weight_g: 5000 + 2000 * k, cost: 1000 + 200 * k,
        })
        expect(created.status).toBe(201)
      }
      const half = QUANTITY_MAX.recommend_total / 2
      const items = [
        { inventory_item_id: store.catalog.TEE.inventory_item_id, quantity: half },
        { inventory_item_id: store.catalog.BATIK.inventory_item_id, quantity: half },
      ]
      results.push(await whileRunning(`recommendation of ${QUANTITY_MAX.recommend_total} units, ${CARTON_MAX.catalogue} cartons`, () => post(`${center}/cartons/recommend`, { items })))

      // 3. A wave of every routed order at the centre (up to the most a wave takes).
      const inventory = container.resolve(Modules.INVENTORY)
      await inventory.updateInventoryLevels(
        ["TEE", "BATIK"].map((sku) => ({ inventory_item_id: store.catalog[sku].inventory_item_id, location_id: jakarta, stocked_quantity: 1000 }))
      )
      for (const [sku, bin] of [["TEE", "A-01-02-1-L"], ["BATIK", "A-20-30-3-R"]]) {
        const moved = await post(`${center}/bin-stock/moves`, { inventory_item_id: store.catalog[sku].inventory_item_id, to_bin_code: bin, quantity: 1000, reason: "putaway" })
        expect(moved.status).toBe(200)
      }
      for (let i = 0; i < ORDERS; i++) {
        const orderId = await placeOrderOf(api, store, i % 2 ? [["TEE", 1]] : [["TEE", 2], ["BATIK", 1]], JAKARTA)
        await waitForRouting(api, orderId, headers)
      }
      results.push(await whileRunning(`wave of ${ORDERS} orders (max_orders ${WAVE_MAX.orders})`, () => post("/admin/oms/waves", { stock_location_id: jakarta, max_orders: WAVE_MAX.orders })))

      // 4. A simulation of the most orders the API replays (all the store has here).
      results.push(await whileRunning(`simulation, limit ${SIMULATION_MAX_ORDERS}`, () => post("/admin/oms/routing/simulate", { strategy: "fewest_shipments", limit: SIMULATION_MAX_ORDERS })))

      const slow = results.filter((r) => r.samples > 0 && r.p95 >= HEALTH_BUDGET_MS).map((r) => `${r.kind}: p95 ${Math.round(r.p95)} ms`)
      expect(slow).toEqual([])
    })
  },
})
