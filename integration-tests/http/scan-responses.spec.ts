import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { stockJakartaBins } from "./helpers/warehouse"
import { CARTON, JAKARTA, TEE_BIN } from "./helpers/fixtures"

jest.setTimeout(120 * 1000)

/** Scans answer with what changed; the pack session view carries the shipment's real state. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
      await api.post(`/admin/oms/centers/${store.centers.jakarta}/cartons`, CARTON, { headers })
    })

    const post = (url: string, body: Record<string, unknown> = {}) => api.post(url, body, { headers }).catch((e: any) => e.response)
    const get = async (url: string) => (await api.get(url, { headers })).data
    const jakartaOrder = async (items: [string, number][]) => {
      const orderId = await placeOrderOf(api, store, items, JAKARTA)
      await waitForRouting(api, orderId, headers)
      return orderId
    }

    it("a pick answers with the line's new count, its order and the wave's progress, not the whole wave", async () => {
      await stockJakartaBins(api, headers, store)
      const first = await jakartaOrder([["TEE", 2]])
      const second = await jakartaOrder([["TEE", 1]])
      const { wave } = (await post("/admin/oms/waves", { stock_location_id: store.centers.jakarta })).data
      const line = wave.lines.find((l: any) => l.order_id === first)
      const pick = () => post(`/admin/oms/waves/${wave.id}/picks`, { pick_line_id: line.id, bin_code: TEE_BIN, item_barcode: "TEE", quantity: 1 })

      const one = await pick()
      expect(one.status).toBe(200)
      expect(Object.keys(one.data).sort()).toEqual(["line", "order", "pick", "wave"])
      // only what changed: the count (when, by whom); the screen already has title, SKU and bin
      expect(one.data.line).toEqual({ id: line.id, order_id: first, quantity: 2, picked_quantity: 1, picked_at: expect.any(String), picked_by: expect.any(String) })
      expect(one.data.order).toEqual({ order_id: first, tote: expect.any(Number), status: "waiting" })
      expect(one.data.wave).not.toHaveProperty("lines")
      expect(one.data.wave).not.toHaveProperty("pick_lists")
      expect(one.data.wave).toMatchObject({ id: wave.id, status: "picking" })
      // the counts are the same as the full view's
      expect(one.data.wave.progress).toEqual((await get(`/admin/oms/waves/${wave.id}`)).wave.progress)
      expect(one.data.wave.progress).toMatchObject({ units_total: 3, units_picked: 1, lines_picked: 0, orders_waiting: 2 })

      const two = await pick()
      expect(two.data.line.picked_quantity).toBe(2)
      expect(two.data.order.status).toBe("picked")
      expect(two.data.wave.progress).toMatchObject({ units_picked: 2, lines_picked: 1, orders_picked: 1, orders_waiting: 1 })

      const refused = await pick()
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("line already fully picked")

      const last = wave.lines.find((l: any) => l.order_id === second)
      const done = await post(`/admin/oms/waves/${wave.id}/picks`, { pick_line_id: last.id, bin_code: TEE_BIN, item_barcode: "TEE", quantity: 1 })
      expect(done.data.wave).toMatchObject({ status: "picked", picked_at: expect.any(String) })
      expect(done.data.wave.progress).toMatchObject({ units_picked: 3, orders_picked: 2, orders_waiting: 0 })

      const unknown = await post(`/admin/oms/waves/${wave.id}/picks`, { pick_line_id: "pline_nope", bin_code: TEE_BIN, item_barcode: "TEE", quantity: 1 })
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("pick line pline_nope")
    })

    it("a pack scan answers with the line and counts; the session view shows stage, tracking and next action after a reload", async () => {
      const orderId = await jakartaOrder([["TEE", 2]])
      const { pack_session: opened } = (await post("/admin/oms/pack-sessions", { order_id: orderId })).data
      expect(opened.shipment).toEqual({ stage: "packing", next_action: "scan", tracking_numbers: [], shipped_at: null, delivered_at: null })
      const scan = (barcode: string) => post(`/admin/oms/pack-sessions/${opened.id}/scans`, { barcode })

      const first = await scan("TEE")
      expect(first.status).toBe(200)
      expect(first.data).toMatchObject({
        scan: { outcome: "accepted", progress: { packed_units: 1, expected_units: 2, complete: false } },
        line: { sku: "TEE", title: expect.any(String), quantity: 2, packed: 1 },
        accepted_count: 1,
        refused_count: 0,
      })
      const wrong = await scan("SAMBAL")
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toBe("scan refused: item does not belong to this order")
      const second = await scan("TEE")
      expect(second.data).toMatchObject({ line: { packed: 2 }, accepted_count: 2, refused_count: 1, scan: { progress: { complete: true } } })
      expect((await get(`/admin/oms/pack-sessions/${opened.id}`)).pack_session.shipment).toMatchObject({ stage: "packing", next_action: "complete" })

      expect((await post(`/admin/oms/pack-sessions/${opened.id}/complete`)).status).toBe(200)
      const packed = (await get(`/admin/oms/pack-sessions/${opened.id}`)).pack_session
      expect(packed.shipment).toEqual({ stage: "packed", next_action: "ship", tracking_numbers: [], shipped_at: null, delivered_at: null })

      const shipped = await post(`/admin/oms/pack-sessions/${opened.id}/ship`, { tracking_numbers: ["JNE-777", "JNE-778"] })
      expect(shipped.status).toBe(200)
      expect(shipped.data.pack_session.shipment).toMatchObject({ stage: "shipped", next_action: "deliver" })
      // a reload reads the same from Medusa's fulfilment
      const reloaded = (await get(`/admin/oms/pack-sessions/${opened.id}`)).pack_session
      expect(reloaded.shipment).toMatchObject({ stage: "shipped", next_action: "deliver", shipped_at: expect.any(String), delivered_at: null })
      expect(reloaded.shipment.tracking_numbers.sort()).toEqual(["JNE-777", "JNE-778"])

      expect((await post(`/admin/oms/pack-sessions/${opened.id}/deliver`)).status).toBe(200)
      const delivered = (await get(`/admin/oms/pack-sessions/${opened.id}`)).pack_session
      expect(delivered.shipment).toMatchObject({ stage: "delivered", next_action: null, delivered_at: expect.any(String) })
      expect(delivered.shipment.tracking_numbers.sort()).toEqual(["JNE-777", "JNE-778"])
    })
  },
})
