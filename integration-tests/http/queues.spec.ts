import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { CARTON, JAKARTA, LAYOUT, MEDAN, TEE_BIN } from "./helpers/fixtures"

jest.setTimeout(240 * 1000)

/**
 * The work queues on Medusa's orders list: counts per centre that match the order parts where
 * they are, a queue's orders found by number or customer, waving the selected ones from the list.
 */
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
    const queues = async () => {
      const res = await get("/admin/oms/queues")
      expect(res.status).toBe(200)
      return res.data
    }
    const centre = (data: any, id: string | null) => data.centres.find((c: any) => c.stock_location_id === id)?.counts
    /** The reference: the order parts per (centre, stage), straight from the table. */
    const partsAt = async (locationId: string | null, stages: string[]) => {
      const q = knex()("oms_shipment").count({ n: "*" }).whereNull("deleted_at").whereIn("stage", stages)
      locationId === null ? q.whereNull("stock_location_id") : q.where("stock_location_id", locationId)
      return Number((await q)[0].n)
    }

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
      await post(`/admin/oms/centers/${store.centers.jakarta}/cartons`, CARTON)
    })

    it("counts each centre's parts by queue, lists a queue's orders by number and customer, and waves the selected ones", async () => {
      const { jakarta, medan } = store.centers
      const a = await place([["TEE", 1]])
      const b = await place([["TEE", 2]])
      const c = await place([["BATIK", 1]])
      const split = await place([["SAMBAL", 1], ["BATIK", 1]], MEDAN) // Medan ships the sambal, Jakarta the batik
      const short = await place([["KOPI", 3]], MEDAN) // one unit in Medan, two back-ordered

      // packed, not shipped: the bench completes without a carrier hand-over
      const opened = await post("/admin/oms/pack-sessions", { order_id: c })
      expect(opened.status).toBe(201)
      expect((await post(`/admin/oms/pack-sessions/${opened.data.pack_session.id}/scans`, { barcode: "BATIK" })).status).toBe(200)
      expect((await post(`/admin/oms/pack-sessions/${opened.data.pack_session.id}/complete`, {})).status).toBe(200)

      const first = await queues()
      const jkt = centre(first, jakarta)
      expect(jkt).toMatchObject({
        waiting_to_wave: await partsAt(jakarta, ["routed"]),
        packed: await partsAt(jakarta, ["packed"]),
        in_picking: 0,
      })
      expect([jkt.waiting_to_wave, jkt.packed]).toEqual([3, 1]) // a, b and the split's batik; c
      const backordered = (await partsAt(medan, ["backordered"])) + (await partsAt(null, ["backordered"]))
      expect(backordered).toBeGreaterThan(0)
      expect((centre(first, medan)?.backordered ?? 0) + (centre(first, null)?.backordered ?? 0)).toBe(backordered)
      const everywhere = Number((await knex()("oms_shipment").count({ n: "*" }).where("stage", "routed").whereNull("deleted_at"))[0].n)
      expect(first.total.waiting_to_wave).toBe(everywhere)
      expect(everywhere).toBe(jkt.waiting_to_wave + (centre(first, medan)?.waiting_to_wave ?? 0))
      expect(first.centres.find((x: any) => x.stock_location_id === jakarta).name).toBe("Jakarta FC")

      // the queue's orders: oldest first, with the order number and the customer
      const listed = await get(`/admin/oms/queues/orders?queue=waiting_to_wave&stock_location_id=${jakarta}`)
      expect(listed.status).toBe(200)
      expect(listed.data.count).toBe(3)
      expect(listed.data.orders.map((o: any) => o.order_id)).toEqual([a, b, split])
      const { rows: numbers } = await knex().raw(`select id, display_id, email from "order" where id = any(?)`, [[a, b, split]])
      const numberOf = new Map(numbers.map((n: any) => [n.id, Number(n.display_id)]))
      const emailOf = new Map(numbers.map((n: any) => [n.id, n.email as string]))
      expect(listed.data.orders[1]).toMatchObject({ display_id: numberOf.get(b), units: 2, stage: "routed", location_name: "Jakarta FC", email: emailOf.get(b) })
      // by the start of the customer's email (each test buyer has their own); a split order is one row per centre
      const byEmail = await get(`/admin/oms/queues/orders?queue=waiting_to_wave&q=${encodeURIComponent(emailOf.get(split)!.slice(0, 20))}`)
      expect(byEmail.data.orders.map((o: any) => [o.order_id, o.location_name]).sort()).toEqual([[split, "Jakarta FC"], [split, "Medan FC"]])
      // by order number, exactly; newest first
      const found = await get(`/admin/oms/queues/orders?queue=waiting_to_wave&q=${numberOf.get(b)}`)
      expect(found.data.orders.map((o: any) => o.order_id)).toEqual([b])
      const desc = await get(`/admin/oms/queues/orders?queue=waiting_to_wave&stock_location_id=${jakarta}&sort=display_id&order=desc&limit=2`)
      expect([desc.data.count, desc.data.orders.map((o: any) => o.order_id)]).toEqual([3, [split, b]])
      expect((await get(`/admin/oms/queues/orders?queue=waiting_to_wave&q=nobody-at-all`)).data.count).toBe(0)

      // wave the two selected orders from the list: they leave "waiting to wave" for "in picking"
      // (the tees put away in a bin first: a wave picks from bins)
      expect((await api.put(`/admin/oms/centers/${jakarta}/layout`, LAYOUT, { headers })).status).toBe(200)
      const putaway = { inventory_item_id: store.catalog.TEE.inventory_item_id, to_bin_code: TEE_BIN, quantity: 10, reason: "putaway" }
      expect((await post(`/admin/oms/centers/${jakarta}/bin-stock/moves`, putaway)).status).toBe(200)
      const wave = await post("/admin/oms/waves", { stock_location_id: jakarta, order_ids: [a, b] })
      expect(wave.status).toBe(200)
      const after = centre(await queues(), jakarta)
      expect([after.waiting_to_wave, after.in_picking]).toEqual([1, 2])
      const picking = await get(`/admin/oms/queues/orders?queue=in_picking&stock_location_id=${jakarta}`)
      expect(picking.data.orders.map((o: any) => [o.order_id, o.wave_id])).toEqual([[a, wave.data.wave.id], [b, wave.data.wave.id]])
      expect(short).toEqual(expect.any(String))
    })

    it("refuses bad queries naming the field, an unknown centre with 404, and callers without an admin session", async () => {
      for (const [query, field] of [
        ["queue=everything", "queue"],
        ["queue=packed&limit=0", "limit"],
        ["queue=packed&sort=customer", "sort"],
        ["queue=packed&stock_location_id=a%20b", "stock_location_id"],
        [`queue=packed&q=${"x".repeat(101)}`, "q"],
        ["queue=packed&colour=red", "colour"],
      ] as const) {
        const res = await get(`/admin/oms/queues/orders?${query}`)
        expect([query, res.status]).toEqual([query, 400])
        expect(res.data.message).toContain(field)
      }
      expect((await get(`/admin/oms/queues?x=1`)).status).toBe(400)
      const unknown = await get(`/admin/oms/queues/orders?queue=packed&stock_location_id=sloc_missing`)
      expect(unknown.status).toBe(404)
      expect((await get("/admin/oms/queues", {})).status).toBe(401)
      expect((await get("/admin/oms/queues/orders?queue=packed", {})).status).toBe(401)
    })
  },
})
