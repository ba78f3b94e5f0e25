import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminHeaders } from "./helpers/admin-auth"
import { CARTON, JAKARTA, SURABAYA } from "./helpers/fixtures"
import { packShipDeliver } from "./helpers/journey"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"

jest.setTimeout(300 * 1000)

const WINDOW = 90
/** Normal quantiles, from a table: the safety factor of a 95 % and a 99 % service level. */
const Z95 = 1.6448536
const Z99 = 2.3263479

/** The reference the page must match: mean and population σ of the in-stock days (null = stock-out day). */
function reference(series: (number | null)[], leadTime: number, z: number) {
  const inStock = series.filter((d): d is number => d !== null)
  const mean = inStock.reduce((a, b) => a + b, 0) / inStock.length
  const sd = Math.sqrt(inStock.reduce((a, d) => a + (d - mean) ** 2, 0) / inStock.length)
  return { mean, reorder_point: mean * leadTime + z * sd * Math.sqrt(leadTime) }
}
/** A 90-day series (oldest first) with `units[k]` units k days before today. */
const seriesOf = (units: Record<number, number>, stockOut: number[] = []) =>
  Array.from({ length: WINDOW }, (_, i) => {
    const daysAgo = WINDOW - 1 - i
    return stockOut.includes(daysAgo) ? null : units[daysAgo] ?? 0
  })
const mean = (xs: (number | null)[]) => {
  const days = xs.filter((d): d is number => d !== null)
  return days.reduce((a, b) => a + b, 0) / days.length
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const post = (url: string, body: Record<string, unknown> = {}) => api.post(url, body, { headers }).catch((e: any) => e.response)
    const get = (url: string, h = headers) => api.get(url, { headers: h }).catch((e: any) => e.response)
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const place = async (items: [string, number][], address = JAKARTA) => {
      const id = await placeOrderOf(api, store, items, address)
      await waitForRouting(api, id, headers)
      return id
    }
    /** The order's shipments moved `days` back, stamped as changed (as any journey step stamps them). */
    const placeDaysAgo = (orderId: string, days: number) =>
      knex().raw(`update oms_shipment set placed_at = placed_at - (? * interval '1 day'), updated_at = now() where order_id = ?`, [days, orderId])
    const rowOf = (rows: any[], sku: string, centre: string) => rows.find((r) => r.sku === sku && r.stock_location_id === centre)
    const table = async (query: Record<string, string> = {}) => {
      const res = await get(`/admin/oms/stock-health?${new URLSearchParams({ limit: "200", ...query })}`)
      expect(res.status).toBe(200)
      return res.data
    }

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
      await post(`/admin/oms/centers/${store.centers.jakarta}/cartons`, CARTON)
    })

    it("works out velocity, reorder point and stock-outs from real orders, and a setting changes the reorder point", async () => {
      // TEE at Jakarta: 3 units ten days ago, 1 three days ago, 2 yesterday (shipped), 1 today
      const c = await place([["TEE", 3]])
      const b = await place([["TEE", 1]])
      const a = await place([["TEE", 2]])
      await place([["TEE", 1]])
      await packShipDeliver(post, a, ["TEE", "TEE"])
      await placeDaysAgo(c, 10)
      await placeDaysAgo(b, 3)
      await placeDaysAgo(a, 1)
      // LAST at Jakarta (2 on the shelf): 1 five days ago, then the last one today, which empties the shelf
      const lastEarly = await place([["LAST", 1]])
      await placeDaysAgo(lastEarly, 5)
      await place([["LAST", 1]])
      // KOPI: Medan has 1 of 3, the other 2 are back-ordered and held at Medan
      await place([["KOPI", 3]], SURABAYA)

      const refreshed = await post("/admin/oms/stock-health/refresh")
      expect(refreshed.status).toBe(200)
      expect(refreshed.data.rows).toBeGreaterThan(0)

      const data = await table()
      expect(data.refreshed_at).not.toBeNull()
      expect(data.centres.map((c: any) => c.id).sort()).toEqual(Object.values(store.centers).sort())
      const jakarta = store.centers.jakarta

      const tee = rowOf(data.rows, "TEE", jakarta)
      const teeSeries = seriesOf({ 10: 3, 3: 1, 1: 2, 0: 1 })
      const teeRef = reference(teeSeries, 7, Z95)
      expect(tee.velocity_7).toBeCloseTo((2 + 1 + 1) / 7, 6)
      expect(tee.velocity_28).toBeCloseTo(7 / 28, 6)
      expect(tee.velocity_90).toBeCloseTo(7 / 90, 6)
      expect(tee.reorder_point).toBeCloseTo(teeRef.reorder_point, 4)
      expect(tee.on_hand).toBe(8) // 10 stocked, 2 shipped
      expect(tee.reserved).toBe(5) // 3 + 1 + 1 waiting
      expect(tee.available).toBe(3)
      expect(tee.stock_out_days).toBe(0)
      expect(tee.location_name).toBe("Jakarta FC")
      expect(tee.days_of_supply).toBeCloseTo(3 / teeRef.mean, 4)

      // today's sale emptied LAST's shelf: today sold before it emptied, so it counts what it sold
      // (a stock-out day is one the empty shelf sold nothing; the chart still marks today out)
      const last = rowOf(data.rows, "LAST", jakarta)
      const lastSeries = seriesOf({ 5: 1, 0: 1 })
      expect(last.stock_out_days).toBe(0)
      expect(last.velocity_7).toBeCloseTo(2 / 7, 6)
      expect(last.velocity_90).toBeCloseTo(mean(lastSeries), 6)
      expect(last.demand_missed).toBe(0)
      expect(last.reorder_point).toBeCloseTo(reference(lastSeries, 7, Z95).reorder_point, 4)
      expect(last.available).toBe(0)
      expect(last.condition).toBe("stock_out")

      const kopi = rowOf(data.rows, "KOPI", store.centers.medan)
      expect(kopi.backordered).toBe(2)
      expect(kopi.condition).toBe("stock_out")

      // the SKU's own view: per-centre rows, 90 days oldest first, today's stock-out marked
      const item = await get(`/admin/oms/stock-health/items/${store.catalog.LAST.inventory_item_id}`)
      expect(item.status).toBe(200)
      expect(item.data.item.sku).toBe("LAST")
      const lastAtJakarta = item.data.centres.find((c: any) => c.stock_location_id === jakarta)
      expect(lastAtJakarta.daily).toHaveLength(WINDOW)
      expect(lastAtJakarta.daily[WINDOW - 1]).toEqual(expect.objectContaining({ units: 1, stock_out: true }))
      expect(lastAtJakarta.daily[WINDOW - 6]).toEqual(expect.objectContaining({ units: 1, stock_out: false }))
      expect(lastAtJakarta.settings).toEqual(expect.objectContaining({ lead_time_days: 7, service_level: 0.95, source: expect.objectContaining({ lead_time_days: "default" }) }))

      // a SKU override at Jakarta: 14 days' lead time and a 99 % service level
      const saved = await post("/admin/oms/stock-settings", { stock_location_id: jakarta, inventory_item_id: store.catalog.TEE.inventory_item_id, lead_time_days: 14, service_level: 0.99 })
      expect(saved.status).toBe(200)
      expect(saved.data.settings).toEqual(expect.objectContaining({ lead_time_days: 14, service_level: 0.99, target_days_of_supply: 30 }))
      expect(saved.data.settings.source).toEqual({ lead_time_days: "sku", service_level: "sku", target_days_of_supply: "default", overstock_days: "default" })
      const after = rowOf((await table({ stock_location_id: jakarta })).rows, "TEE", jakarta)
      expect(after.reorder_point).toBeCloseTo(reference(teeSeries, 14, Z99).reorder_point, 4)
      expect(after.reorder_point).not.toBeCloseTo(tee.reorder_point, 2)
      // a centre setting under the SKU's: the SKU's lead time still wins, the centre's target applies
      expect((await post("/admin/oms/stock-settings", { stock_location_id: jakarta, lead_time_days: 3, target_days_of_supply: 60 })).status).toBe(200)
      const read = await get(`/admin/oms/stock-settings?stock_location_id=${jakarta}&inventory_item_id=${store.catalog.TEE.inventory_item_id}`)
      expect(read.status).toBe(200)
      expect(read.data.centres[0].settings).toEqual(expect.objectContaining({ lead_time_days: 14, target_days_of_supply: 60 }))
      expect(read.data.centres[0].settings.source).toEqual(expect.objectContaining({ lead_time_days: "sku", target_days_of_supply: "centre" }))
      expect(read.data.overrides).toEqual([expect.objectContaining({ sku: "TEE", lead_time_days: 14 })])
      // clearing the SKU's lead time falls back to the centre's 3 days
      const cleared = await post("/admin/oms/stock-settings", { stock_location_id: jakarta, inventory_item_id: store.catalog.TEE.inventory_item_id, lead_time_days: null })
      expect(cleared.data.settings).toEqual(expect.objectContaining({ lead_time_days: 3, service_level: 0.99 }))
      const third = rowOf((await table({ stock_location_id: jakarta })).rows, "TEE", jakarta)
      expect(third.reorder_point).toBeCloseTo(reference(teeSeries, 3, Z99).reorder_point, 4)
    })

    it("filters, sorts, counts and exports the table", async () => {
      await place([["LAST", 2]])
      await place([["TEE", 1]])
      expect((await post("/admin/oms/stock-health/refresh")).status).toBe(200)
      const all = await table()
      const byCondition = all.rows.reduce((m: Record<string, number>, r: any) => ({ ...m, [r.condition]: (m[r.condition] ?? 0) + 1 }), {})
      expect(all.counts).toEqual({ stock_out: 0, low: 0, dead: 0, overstock: 0, ok: 0, ...byCondition })
      expect(all.count).toBe(all.rows.length)
      const out = await table({ condition: "stock_out,low" })
      expect(out.rows.every((r: any) => ["stock_out", "low"].includes(r.condition))).toBe(true)
      expect(out.count).toBe((byCondition.stock_out ?? 0) + (byCondition.low ?? 0))
      expect(out.counts).toEqual(all.counts)
      const bySku = await table({ sort: "sku", order: "desc", limit: "3", offset: "1" })
      const skus = all.rows.map((r: any) => r.sku).sort().reverse()
      expect(bySku.rows.map((r: any) => r.sku)).toEqual(skus.slice(1, 4))
      const tee = await table({ q: "te" })
      expect(new Set(tee.rows.map((r: any) => r.sku))).toEqual(new Set(["TEE"]))
      // by the product's name, which neither the SKU nor the inventory item (named after its variant) holds
      expect((await post(`/admin/products/${(await knex().raw(`select product_id from product_variant where sku = 'KOPI'`)).rows[0].product_id}`, { title: "Kopi Luwak Arabika" })).status).toBe(200)
      const luwak = await table({ q: "luwak" })
      expect(luwak.rows.length).toBeGreaterThan(0)
      expect(new Set(luwak.rows.map((r: any) => r.sku))).toEqual(new Set(["KOPI"]))
      // severity first by default
      const rank = ["stock_out", "low", "dead", "overstock", "ok"]
      const ranks = all.rows.map((r: any) => rank.indexOf(r.condition))
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y))

      const csv = await get(`/admin/oms/stock-health?format=csv&stock_location_id=${store.centers.jakarta}`)
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(csv.headers["content-disposition"]).toMatch(/attachment/)
      const lines = String(csv.data).trim().split("\n")
      expect(lines[0].split(",")).toEqual(expect.arrayContaining(["inventory_item_id", "sku", "reorder_point", "condition", "last_sale_day"]))
      const jakartaRows = all.rows.filter((r: any) => r.stock_location_id === store.centers.jakarta)
      expect(lines).toHaveLength(jakartaRows.length + 1)
      const header = lines[0].split(",")
      const last = lines.slice(1).map((l) => l.split(",")).find((cells) => cells[header.indexOf("sku")] === "LAST")!
      expect(Number(last[header.indexOf("available")])).toBe(0)
    })

    it("refuses bad input naming the field, unknown centres and items with 404, and callers without admin with 401", async () => {
      const bad = async (res: any, field: string) => {
        expect(res.status).toBe(400)
        expect(JSON.stringify(res.data)).toContain(field)
      }
      await bad(await get("/admin/oms/stock-health?limit=0"), "limit")
      await bad(await get("/admin/oms/stock-health?limit=201"), "limit")
      await bad(await get("/admin/oms/stock-health?condition=fine"), "condition")
      await bad(await get("/admin/oms/stock-health?sort=price"), "sort")
      await bad(await get("/admin/oms/stock-health?offset=-1"), "offset")
      const before = await knex()("oms_stock_setting").count({ n: "*" })
      await bad(await post("/admin/oms/stock-settings", { stock_location_id: store.centers.jakarta, service_level: 1.5 }), "service_level")
      await bad(await post("/admin/oms/stock-settings", { stock_location_id: store.centers.jakarta, lead_time_days: -1 }), "lead_time_days")
      await bad(await post("/admin/oms/stock-settings", { lead_time_days: 3 }), "stock_location_id")
      await bad(await post("/admin/oms/stock-settings", { stock_location_id: store.centers.jakarta, reorder: 3 }), "reorder")
      expect(await knex()("oms_stock_setting").count({ n: "*" })).toEqual(before)

      expect((await get("/admin/oms/stock-health/items/iitem_01JAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404)
      expect((await get("/admin/oms/stock-health?stock_location_id=sloc_01JAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404)
      expect((await get("/admin/oms/stock-settings?stock_location_id=sloc_01JAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404)
      expect((await post("/admin/oms/stock-settings", { stock_location_id: "sloc_01JAAAAAAAAAAAAAAAAAAAAAAA", lead_time_days: 3 })).status).toBe(404)
      expect((await post("/admin/oms/stock-settings", { stock_location_id: store.centers.jakarta, inventory_item_id: "iitem_01JAAAAAAAAAAAAAAAAAAAAAAA", lead_time_days: 3 })).status).toBe(404)
      expect(await knex()("oms_stock_setting").count({ n: "*" })).toEqual(before)

      for (const url of ["/admin/oms/stock-health", `/admin/oms/stock-health/items/${store.catalog.TEE.inventory_item_id}`, "/admin/oms/stock-settings"]) {
        expect((await get(url, {})).status).toBe(401)
      }
      expect((await api.post("/admin/oms/stock-health/refresh", {}).catch((e: any) => e.response)).status).toBe(401)
    })
  },
})
