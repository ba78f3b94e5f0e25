import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import middlewares from "../../src/api/middlewares"
import { UpdateCartonBody } from "../../src/api/admin/oms/cartons/validators"
import { discoverRoutes, routeKey, type DiscoveredRoute } from "./helpers/api-routes"
import { createAdminHeaders } from "./helpers/admin-auth"
import { createCustomerHeaders, createPublishableKey } from "./helpers/customer-auth"
import { changedTables, snapshotTables, watchedTables } from "./helpers/db-snapshot"
import { CARTON, JAKARTA } from "./helpers/fixtures"
import { fuzzCases, type FuzzCase, type IdPools } from "./helpers/fuzz-requests"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { stockJakartaBins } from "./helpers/warehouse"

/** Requests per route: 200 in CI, more with OMS_FUZZ_CASES=2000 (and another OMS_FUZZ_SEED). */
const CASES = Number(process.env.OMS_FUZZ_CASES ?? 200)
const SEED = Number(process.env.OMS_FUZZ_SEED ?? 20261201)

jest.setTimeout(Math.max(15, CASES / 10) * 60 * 1000)

const ROUTES = discoverRoutes()
const ADMIN_ROUTES = ROUTES.filter((r) => r.path.startsWith("/admin/"))

/** Schemas the routes enforce, read from middlewares.ts (validatedBody / validatedQuery keep them). */
function schemasByRoute() {
  const byKey = new Map<string, { body?: unknown; query?: unknown }>()
  for (const entry of (middlewares as any).routes ?? []) {
    for (const method of entry.methods ?? []) {
      for (const mw of entry.middlewares ?? []) {
        const key = `${method} ${entry.matcher}`
        const found = byKey.get(key) ?? {}
        if (mw.bodySchema) found.body = mw.bodySchema
        if (mw.querySchema) found.query = mw.querySchema
        byKey.set(key, found)
      }
    }
  }
  // Validated inside the route (a /cartons/:code matcher would also catch /cartons/recommend).
  byKey.set("POST /admin/oms/centers/:stock_location_id/cartons/:code", { body: UpdateCartonBody })
  return byKey
}

/** 4xx answers that write on purpose: a refused scan is recorded (and counted) before the 400. */
const WRITES_ON_REFUSAL: Record<string, { tables: string[]; message: RegExp }> = {
  "POST /admin/oms/pack-sessions/:id/scans": { tables: ["oms_pack_session"], message: /^scan refused/ },
}

/**
 * Medusa's own routes the plugin wraps: an accepted request emits an event whose OMS subscriber
 * writes a moment later (order.canceled → shipments canceled), so the tables are read again
 * once they stop changing, or that write would land on the next (refused) request.
 */
const WRITES_AFTER_ACCEPTING = new Set(["POST /admin/orders/:id/cancel", "POST /admin/orders/:id/fulfillments", "POST /admin/oms/transfers/runs"])

const fill = (route: DiscoveredRoute, value = "sloc_01JAAAAAAAAAAAAAAAAAAAAAAA") =>
  route.params.reduce((url, p) => url.replace(`:${p}`, value), route.path)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const send = (c: FuzzCase, headers: Record<string, string>) => {
      // axios only sends objects as JSON: a scalar body goes on the wire as its JSON text.
      const scalar = c.body !== undefined && (c.body === null || typeof c.body !== "object")
      if (scalar && !c.raw) c = { ...c, raw: { data: JSON.stringify(c.body) ?? "", contentType: "application/json" } }
      return api
        .request({
          method: c.method,
          url: c.url,
          headers: c.raw ? { ...headers, "content-type": c.raw.contentType } : headers,
          data: c.raw ? c.raw.data : c.body,
          ...(c.raw ? { transformRequest: [(d: unknown) => d] } : {}),
          validateStatus: () => true,
          timeout: 30_000,
        })
        .catch((e: any) => ({ status: e.code === "ECONNABORTED" ? "timeout" : `error ${e.code ?? e.message}`, data: null }))
    }

    it("discovers every route from the src/api tree", () => {
      const keys = ROUTES.map(routeKey)
      // A few known routes, so a broken walk cannot pass with an empty list.
      expect(keys).toEqual(expect.arrayContaining([
        "GET /admin/oms/centers",
        "PUT /admin/oms/centers/:stock_location_id/layout",
        "POST /admin/oms/centers/:stock_location_id/cartons/recommend",
        "POST /admin/oms/pack-sessions/:id/scans",
        "POST /admin/oms/waves/:id/picks",
      ]))
      expect(ADMIN_ROUTES.length).toBeGreaterThanOrEqual(25)
    })

    it("every admin route answers 401 to no token, a customer token and a publishable key", async () => {
      const container = getContainer()
      const customer = await createCustomerHeaders(container)
      const publishable = await createPublishableKey(container)
      // The customer token is a real one: the store accepts it.
      expect((await api.get("/store/customers/me", { headers: { ...customer, "x-publishable-api-key": publishable } })).status).toBe(200)
      const credentials: [string, Record<string, string>][] = [
        ["no token", {}],
        ["customer token", customer],
        ["publishable key header", { "x-publishable-api-key": publishable }],
        ["publishable key as API key", { authorization: `Basic ${Buffer.from(`${publishable}:`).toString("base64")}` }],
      ]
      const wrong: string[] = []
      for (const route of ADMIN_ROUTES) {
        for (const [name, headers] of credentials) {
          const res = await send({ method: route.method, url: fill(route), body: {}, kind: "auth" }, headers)
          if (res.status !== 401) wrong.push(`${routeKey(route)} with ${name}: ${res.status}`)
        }
      }
      expect(wrong).toEqual([])
    })

    it(`sends ${CASES} generated and hostile requests to every route: no 5xx, and refused ones change nothing`, async () => {
      const container = getContainer()
      const store = await buildOmsStore(container)
      const { headers } = await createAdminHeaders(container)
      const jakarta = store.centers.jakarta

      // Fixtures, so valid-looking ids exist: a layout with stocked bins, a carton, two routed
      // orders in a picked wave, and a pack session on one of them.
      await stockJakartaBins(api, headers, store)
      expect((await api.post(`/admin/oms/centers/${jakarta}/cartons`, CARTON, { headers })).status).toBe(201)
      const orders = [await placeOrderOf(api, store, [["TEE", 1]], JAKARTA), await placeOrderOf(api, store, [["TEE", 1], ["BATIK", 1]], JAKARTA)]
      for (const id of orders) await waitForRouting(api, id, headers)
      const { data: waveData } = await api.post("/admin/oms/waves", { stock_location_id: jakarta }, { headers })
      const wave = waveData.wave
      for (const line of wave.lines) {
        await api.post(`/admin/oms/waves/${wave.id}/picks`, { pick_line_id: line.id, bin_code: line.bin_code, item_barcode: line.sku, quantity: line.quantity }, { headers })
      }
      const { data: packData } = await api.post("/admin/oms/pack-sessions", { order_id: orders[0] }, { headers })
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const shippingOptions = (await knex("shipping_option").select("id").limit(3)).map((r: { id: string }) => r.id)
      const pools: IdPools = {
        stock_location: Object.values(store.centers),
        order: orders,
        inventory_item: Object.values(store.catalog).map((c: any) => c.inventory_item_id),
        wave: [wave.id],
        pick_line: wave.lines.map((l: any) => l.id),
        pack_session: [packData.pack_session.id],
        shipping_option: shippingOptions,
        product: (await knex("product").select("id").limit(3)).map((r: { id: string }) => r.id),
        carton_code: [CARTON.code],
        bin_code: [...new Set<string>(wave.lines.map((l: any) => l.bin_code))],
        barcode: Object.keys(store.catalog),
      }

      const schemas = schemasByRoute()
      // written by scheduled jobs, not by any request: the KPI rollups (every minute), the stock
      // health figures and the stock alerts (every 5 minutes)
      const jobTables = /^oms_(kpi_rollup|stock_day|stock_health|stock_refresh_state|stock_alert)/
      const tables = (await watchedTables(container)).filter((t) => !jobTables.test(t))
      expect(tables).toEqual(expect.arrayContaining(["inventory_level", "reservation_item", "oms_fulfillment_center", "oms_bin"]))
      const failures: string[] = []
      const report: string[] = []
      let before = await snapshotTables(container, tables)
      for (const [index, route] of ROUTES.entries()) {
        const key = routeKey(route)
        const counts: Record<string, number> = {}
        for (const c of fuzzCases(route, schemas.get(key) ?? {}, pools, CASES, SEED + index)) {
          const res = await send(c, headers)
          const status = String(res.status)
          counts[status] = (counts[status] ?? 0) + 1
          const shown = `${key} [${c.kind}] ${c.url.slice(0, 120)} ${JSON.stringify(c.raw?.data ?? c.body ?? null)?.slice(0, 200)}`
          if (typeof res.status !== "number" || res.status >= 500) {
            failures.push(`${shown} → ${status} ${JSON.stringify(res.data)?.slice(0, 200)}`)
          }
          const accepted = typeof res.status === "number" && res.status < 300
          const after = accepted && WRITES_AFTER_ACCEPTING.has(key) ? await settledSnapshot(container, tables) : await snapshotTables(container, tables)
          if (typeof res.status === "number" && res.status >= 400 && res.status < 500) {
            const allowed = WRITES_ON_REFUSAL[key]
            const mayWrite = allowed && allowed.message.test(String(res.data?.message ?? "")) ? allowed.tables : []
            const changed = changedTables(before, after).filter((t) => !mayWrite.includes(t))
            if (changed.length) failures.push(`${shown} → ${status} but changed ${changed.join(", ")}`)
          }
          before = after
        }
        const schema = schemas.has(key) ? "" : " (no schema: hostile values only)"
        report.push(`${key}: ${Object.entries(counts).map(([s, n]) => `${s}×${n}`).join(" ")}${schema}`)
      }
      console.log(`fuzz: ${CASES} cases per route, seed ${SEED}\n${report.join("\n")}`)
      expect(failures).toEqual([])
    })
  },
})

/** The tables once two reads 300 ms apart agree (at most ~10 s). */
async function settledSnapshot(container: Parameters<typeof snapshotTables>[0], tables: string[]) {
  let last = await snapshotTables(container, tables)
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 300))
    const next = await snapshotTables(container, tables)
    if (!changedTables(last, next).length) return next
    last = next
  }
  return last
}
