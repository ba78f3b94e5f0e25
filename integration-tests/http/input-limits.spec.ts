import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { INT4_MAX, QUANTITY_MAX } from "../../src/lib/limits"
import { createAdminHeaders } from "./helpers/admin-auth"
import { CARTON } from "./helpers/fixtures"
import { buildOmsStore } from "./helpers/oms-store"

jest.setTimeout(120 * 1000)

/**
 * The hostile inputs that used to reach PostgreSQL and come back as 500s: numbers past what a
 * column stores, NUL characters and unpaired surrogates, ids of the wrong shape, hostile nesting.
 * Each is now a 400 in Medusa's error shape that names the field, and nothing is written.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
    })

    const send = (method: "get" | "post" | "put", url: string, body?: unknown) =>
      (method === "get" ? api.get(url, { headers }) : api[method](url, body, { headers })).catch((e: any) => e.response)

    const expectRefused = (res: any, field: string) => {
      expect(res.status).toBe(400)
      expect(res.data.type).toBe("invalid_data")
      expect(res.data.message).toContain(field)
    }

    it("bounds integers and reals by what their columns store, and names the field", async () => {
      const center = `/admin/oms/centers/${store.centers.jakarta}`
      expect((await send("post", center, { daily_order_capacity: 1000, latitude: -6.2, longitude: 106.8 })).status).toBe(200)

      expectRefused(await send("post", center, { daily_order_capacity: INT4_MAX + 1 }), "daily_order_capacity")
      expectRefused(await send("post", center, { latitude: 1e-50, longitude: 106.8 }), "latitude")
      expectRefused(await send("post", center, { priority: 1.5 }), "priority")

      const cartons = `${center}/cartons`
      expectRefused(await send("post", cartons, { ...CARTON, max_weight_g: 3_000_000_000 }), "max_weight_g")
      expectRefused(await send("post", cartons, { ...CARTON, inner_length_cm: 1e39 }), "inner_length_cm")
      expectRefused(await send("post", cartons, { ...CARTON, inner_width_cm: 1e-45 }), "inner_width_cm")
      expectRefused(await send("post", cartons, { ...CARTON, cost: 1e-40 }), "cost")
      expectRefused(await send("put", `${center}/layout`, { aisles: 3, bays_per_aisle: 4, levels: INT4_MAX + 1, bay_width_m: 1, aisle_width_m: 3, cross_aisle_width_m: 2 }), "levels")

      const { data } = await send("get", center)
      expect(data.center).toMatchObject({ daily_order_capacity: 1000, priority: expect.any(Number) })
      expect(data.center.latitude).toBeCloseTo(-6.2, 4)
      expect((await send("get", cartons)).data.cartons).toEqual([])
    })

    it("refuses NUL characters and unpaired surrogates in ids, strings, metadata, queries and paths", async () => {
      const center = `/admin/oms/centers/${store.centers.jakarta}`
      expectRefused(await send("post", center, { metadata: { note: "a\u0000b" } }), "body.metadata.note")
      expectRefused(await send("post", center, { metadata: { ["k\u0000"]: 1 } }), "body.metadata.k")
      expectRefused(await send("post", center, { serves_provinces: ["Jawa\ud800"] }), "body.serves_provinces.0")
      expectRefused(await send("post", "/admin/oms/pack-sessions", { order_id: "order_\u0000" }), "body.order_id")
      expectRefused(await send("post", "/admin/oms/pack-sessions/packs_01JABCDEFGHJKMNPQRSTVWXYZ0/scans", { barcode: "\ud83d" }), "body.barcode")
      expectRefused(await send("get", `${center}/bins?q=%00`), "query.q")
      expectRefused(await send("get", "/admin/oms/orders/order_%00"), "path segment 2")
      expectRefused(await send("get", `/admin/oms/orders/${"x".repeat(101)}`), "path segment 2")
      expectRefused(await send("get", "/admin/oms/orders/order%20one"), "path segment 2")
      // Malformed percent-encoding (an encoded lone surrogate, a cut-off escape) and dotted query keys.
      for (const url of ["/admin/oms/orders/%ED%A0%80", "/admin/oms/orders/%E0%A4%A", "/admin/oms/orders/%zz"]) {
        expectRefused(await send("get", url), "not valid percent-encoding")
      }
      expectRefused(await send("get", "/admin/oms/waves?a.b.c=1"), "query key 'a.b.c'")

      const { data } = await send("get", center)
      expect(data.center.metadata ?? null).toBeNull()
      expect(data.center.serves_provinces).toEqual([])
    })

    it("refuses hostile nesting and oversized metadata", async () => {
      const center = `/admin/oms/centers/${store.centers.jakarta}`
      let deep: unknown = 1
      for (let i = 0; i < 40; i++) deep = { d: deep }
      expectRefused(await send("post", center, { metadata: deep }), "nested more than")
      expectRefused(await send("post", center, { metadata: { a: { b: { c: { d: { e: { f: 1 } } } } } } }), "metadata.a.b.c.d.e")
      expectRefused(await send("post", center, { metadata: { note: "x".repeat(20_000) } }), "metadata is")
    })

    it("caps the units of a carton recommendation", async () => {
      const recommend = `/admin/oms/centers/${store.centers.jakarta}/cartons/recommend`
      const tee = store.catalog.TEE.inventory_item_id
      const lines = (count: number, quantity: number) => Array.from({ length: count }, () => ({ inventory_item_id: tee, quantity }))
      expectRefused(await send("post", recommend, { items: lines(200, 20) }), "items")
      expectRefused(await send("post", recommend, { items: lines(1, QUANTITY_MAX.recommend_line + 1) }), "quantity")
      expect((await send("post", recommend, { items: lines(5, QUANTITY_MAX.recommend_total / 5) })).status).toBe(200)
    })
  },
})
