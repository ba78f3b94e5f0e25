import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { inventoryLevel, reconciliationRow, stockJakartaBins } from "./helpers/warehouse"
import { JAKARTA, TEE_BIN, BATIK_BIN, CARTON } from "./helpers/fixtures"

jest.setTimeout(180 * 1000)

const TRACKING = "JNE-JOURNEY-0001"
const JOURNEY = ["placed", "routed", "waved", "picked", "packed", "shipped", "delivered"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("takes a Jakarta order from the store API through routing, wave, pick, pack, ship and delivery", async () => {
      const container = getContainer()
      const store = await buildOmsStore(container)
      const { headers } = await createAdminHeaders(container)
      const jakarta = store.centers.jakarta
      const center = (path = "") => `/admin/oms/centers/${jakarta}${path}`
      const post = (url: string, body: Record<string, unknown> = {}) =>
        api.post(url, body, { headers }).catch((e: any) => e.response)
      const inventory = container.resolve(Modules.INVENTORY)
      const levelAtJakarta = (sku: "TEE" | "BATIK") => inventoryLevel(container, store.catalog[sku].inventory_item_id, jakarta)

      // 1. placed through the store API, routed to Jakarta
      const orderId = await placeOrderOf(api, store, [["TEE", 2], ["BATIK", 1]], JAKARTA)
      const routed = await waitForRouting(api, orderId, headers)
      expect(routed.routing.allocations.length).toBeGreaterThan(0)
      expect(routed.routing.allocations.every((a: any) => a.stock_location_id === jakarta)).toBe(true)
      expect(await levelAtJakarta("TEE")).toEqual({ stocked: 10, reserved: 2 })
      expect(await levelAtJakarta("BATIK")).toEqual({ stocked: 5, reserved: 1 })

      // 2. Jakarta layout, putaway, carton catalogue
      await stockJakartaBins(api, headers, store)
      expect((await post(center("/cartons"), CARTON)).status).toBeLessThan(300)

      // 3. wave
      const created = await post("/admin/oms/waves", { stock_location_id: jakarta })
      expect(created.status).toBe(200)
      const wave = created.data.wave
      expect(wave.orders.map((o: any) => o.order_id)).toEqual([orderId])
      expect(wave.route.distance_m).toBeGreaterThan(0)
      expect(wave.route.distance_m).toBeLessThanOrEqual(wave.route.s_shape_distance_m)
      expect(wave.lines.map((l: any) => [l.sku, l.bin_code, l.quantity]).sort()).toEqual([
        ["BATIK", BATIK_BIN, 1],
        ["TEE", TEE_BIN, 2],
      ])

      // 4. pick every line: scan the bin, then the item, one unit at a time
      for (const line of wave.lines) {
        for (let i = 0; i < line.quantity; i++) {
          const res = await post(`/admin/oms/waves/${wave.id}/picks`, {
            pick_line_id: line.id, bin_code: line.bin_code, item_barcode: line.sku, quantity: 1,
          })
          expect(res.status).toBe(200)
        }
      }
      const picked = (await api.get(`/admin/oms/waves/${wave.id}`, { headers })).data.wave
      expect(picked.status).toBe("picked")
      expect(picked.progress).toMatchObject({ units_total: 3, units_picked: 3, orders_picked: 1 })
      // Picked units have left the bins for the tote; Medusa still stocks them until packed.
      const teeRow = () => reconciliationRow(api, headers, jakarta, "TEE")
      expect(await teeRow()).toMatchObject({ stocked: 10, in_bins: 8, in_totes: 2, unassigned: 0, problem: null })

      // 5. pack: scan every unit, complete with a carton and a tracking number
      const opened = await post("/admin/oms/pack-sessions", { order_id: orderId })
      expect(opened.status).toBe(201)
      const session = opened.data.pack_session
      expect(session.stock_location_id).toBe(jakarta)
      // what the packing slip prints: the order number and where it goes
      expect(session.display_id).toEqual(expect.any(Number))
      expect(session.ship_to).toEqual({
        name: "Budi Santoso",
        company: null,
        lines: ["Jl. Merdeka 1", `${JAKARTA.postal_code} ${JAKARTA.city}`, JAKARTA.province, "ID"],
      })
      for (const barcode of ["TEE", "BATIK", "TEE"]) {
        expect((await post(`/admin/oms/pack-sessions/${session.id}/scans`, { barcode })).status).toBe(200)
      }
      const completed = await post(`/admin/oms/pack-sessions/${session.id}/complete`, {
        carton_code: "M",
        tracking_numbers: [TRACKING],
      })
      expect(completed.status).toBe(200)
      expect(completed.data.pack_session).toMatchObject({ status: "completed", carton_code: "M" })
      const fulfillmentId = completed.data.pack_session.fulfillment_id

      // 6. Medusa fulfilment at Jakarta with exactly the packed items, stock decremented, reservations gone
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({
        entity: "order",
        fields: ["id", "items.id", "items.variant_sku", "fulfillments.id"],
        filters: { id: orderId },
      })
      expect(order.fulfillments.map((f: any) => f.id)).toEqual([fulfillmentId])
      const skuOfLine = Object.fromEntries(order.items.map((i: any) => [i.id, i.variant_sku]))
      const { data: [fulfillment] } = await query.graph({
        entity: "fulfillment",
        fields: ["id", "location_id", "shipped_at", "items.quantity", "items.line_item_id", "labels.tracking_number"],
        filters: { id: fulfillmentId },
      })
      expect(fulfillment.location_id).toBe(jakarta)
      expect(
        fulfillment.items.map((i: any) => [skuOfLine[i.line_item_id], Number(i.quantity)]).sort()
      ).toEqual([["BATIK", 1], ["TEE", 2]])
      expect(await levelAtJakarta("TEE")).toEqual({ stocked: 8, reserved: 0 })
      expect(await levelAtJakarta("BATIK")).toEqual({ stocked: 4, reserved: 0 })
      // The invariant holds after shipping too: bins 8, nothing in totes, Medusa 8.
      expect(await teeRow()).toMatchObject({ stocked: 8, in_bins: 8, in_totes: 0, unassigned: 0, problem: null })
      const reservations = await inventory.listReservationItems({ line_item_id: order.items.map((i: any) => i.id) })
      expect(reservations).toHaveLength(0)

      // 7. the shipment carries the tracking number
      expect(fulfillment.shipped_at).toBeTruthy()
      expect(fulfillment.labels.map((l: any) => l.tracking_number)).toEqual([TRACKING])

      // 8. deliver
      expect((await post(`/admin/oms/pack-sessions/${session.id}/deliver`)).status).toBe(200)

      // 9. the OMS timeline, in order, each stage with a timestamp and an actor
      const view = (await api.get(`/admin/oms/orders/${orderId}`, { headers })).data.order
      expect(view.stage).toBe("delivered")
      const timeline = view.timeline as { stage: string; at: string; actor: string | null }[]
      const journey = timeline.filter((e) => JOURNEY.includes(e.stage))
      expect(journey.map((e) => e.stage)).toEqual(JOURNEY)
      for (const event of journey) {
        expect(Number.isNaN(new Date(event.at).getTime())).toBe(false)
        expect(typeof event.actor).toBe("string")
        expect(event.actor!.length).toBeGreaterThan(0)
      }
      const times = journey.map((e) => new Date(e.at).getTime())
      expect([...times].sort((a, b) => a - b)).toEqual(times)
    })
  },
})
