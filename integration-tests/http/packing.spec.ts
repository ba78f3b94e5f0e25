import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  cancelOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { inventoryLevel } from "./helpers/warehouse"
import { JAKARTA, SURABAYA, CARTON } from "./helpers/fixtures"

jest.setTimeout(120 * 1000)


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

    const post = (url: string, body: Record<string, unknown> = {}) =>
      api.post(url, body, { headers }).catch((e: any) => e.response)

    const routedTeeOrder = async () => {
      const orderId = await placeOrderOf(api, store, [["TEE", 2]], JAKARTA)
      const routed = await waitForRouting(api, orderId, headers)
      expect(routed.routing.allocations[0].stock_location_id).toBe(store.centers.jakarta)
      return orderId
    }

    const teeLevelAtJakarta = () => inventoryLevel(getContainer(), store.catalog.TEE.inventory_item_id, store.centers.jakarta)

    const openAndScanAll = async (orderId: string) => {
      const opened = await post("/admin/oms/pack-sessions", { order_id: orderId })
      expect(opened.status).toBe(201)
      const id = opened.data.pack_session.id
      for (let i = 0; i < 2; i++) expect((await post(`/admin/oms/pack-sessions/${id}/scans`, { barcode: "TEE" })).status).toBe(200)
      return id as string
    }

    it("a cancel racing the pack completion ends one way: packed and the cancel refused, or canceled with nothing fulfilled", async () => {
      const outcomes: string[] = []
      // the cancel starts at different points of the completion, so some land inside it
      const offsetsMs = [0, 60, 120, 180, 250, 350]
      for (const offset of offsetsMs) {
        const orderId = await routedTeeOrder()
        const sessionId = await openAndScanAll(orderId)
        const before = await teeLevelAtJakarta()
        const [complete, cancel] = await Promise.all([
          post(`/admin/oms/pack-sessions/${sessionId}/complete`),
          new Promise((r) => setTimeout(r, offset)).then(() => post(`/admin/orders/${orderId}/cancel`)),
        ])
        expect([complete.status, cancel.status].sort()).toEqual([200, 400])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [order] } = await query.graph({ entity: "order", fields: ["status", "fulfillments.id", "fulfillments.canceled_at"], filters: { id: orderId } })
        const live = order.fulfillments.filter((f: any) => !f.canceled_at)
        if (complete.status === 200) {
          outcomes.push("packed")
          expect(cancel.data.type).toBe("not_allowed")
          expect(order.status).not.toBe("canceled")
          expect(live).toHaveLength(1)
          expect(await teeLevelAtJakarta()).toEqual({ stocked: before.stocked - 2, reserved: before.reserved - 2 })
        } else {
          outcomes.push("canceled")
          expect(complete.status).toBe(400)
          expect(order.status).toBe("canceled")
          expect(live).toHaveLength(0)
          expect(await teeLevelAtJakarta()).toEqual({ stocked: before.stocked, reserved: before.reserved - 2 })
        }
      }
      // which one wins is up to the race; each round had exactly one
      expect(outcomes).toHaveLength(offsetsMs.length)
    })

    it("packs a Jakarta order scan by scan, fulfils it at Jakarta, ships it with tracking, delivers it", async () => {
      const orderId = await routedTeeOrder()
      expect(await teeLevelAtJakarta()).toEqual({ stocked: 10, reserved: 2 })

      const opened = await post("/admin/oms/pack-sessions", { order_id: orderId })
      expect(opened.status).toBe(201)
      const session = opened.data.pack_session
      expect(session.stock_location_id).toBe(store.centers.jakarta)
      expect(session.expected_items).toEqual([
        expect.objectContaining({ title: expect.any(String), sku: "TEE", quantity: 2, packed: 0 }),
      ])
      expect(session.progress).toEqual({ packed_units: 0, expected_units: 2, remaining_units: 2, complete: false })
      expect(session.recommendation.mode).toBe("single")
      expect(session.recommendation.parcels[0].carton_id).toBe("M")

      // a second packer on the same order is refused while the session is open
      const second = await post("/admin/oms/pack-sessions", { order_id: orderId })
      expect(second.status).toBe(400)
      expect(second.data.message).toMatch(/already being packed by/)

      const scan = (barcode: string) => post(`/admin/oms/pack-sessions/${session.id}/scans`, { barcode })
      const wrong = await scan("SAMBAL")
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toMatch(/item does not belong to this order/)

      const early = await post(`/admin/oms/pack-sessions/${session.id}/complete`)
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/2 of 2 unit\(s\) not scanned/)

      expect((await scan("TEE")).data.scan.progress.packed_units).toBe(1)
      expect((await scan("TEE")).data.scan.progress.complete).toBe(true)
      const third = await scan("TEE")
      expect(third.status).toBe(400)
      expect(third.data.message).toMatch(/quantity exceeded \(2 of 2 already packed\)/)

      const { data: progress } = await api.get(`/admin/oms/pack-sessions/${session.id}`, { headers })
      expect(progress.pack_session.refused_count).toBe(2)
      expect(progress.pack_session.accepted_count).toBe(2)
      expect(progress.pack_session.scans.map((s: any) => s.outcome)).toEqual(["refused", "accepted", "accepted", "refused"])

      const completed = await post(`/admin/oms/pack-sessions/${session.id}/complete`, { tracking_numbers: ["JNE-123456"] })
      expect(completed.status).toBe(200)
      const fulfillmentId = completed.data.pack_session.fulfillment_id
      expect(completed.data.pack_session).toMatchObject({ status: "completed", carton_code: "M" })

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [fulfillment] } = await query.graph({
        entity: "fulfillment",
        fields: ["id", "location_id", "shipped_at", "items.quantity", "items.line_item_id", "labels.tracking_number"],
        filters: { id: fulfillmentId },
      })
      expect(fulfillment.location_id).toBe(store.centers.jakarta)
      expect(fulfillment.items.map((i: any) => Number(i.quantity))).toEqual([2])
      expect(fulfillment.shipped_at).toBeTruthy()
      expect(fulfillment.labels.map((l: any) => l.tracking_number)).toEqual(["JNE-123456"])

      // Medusa decremented stock at the routed centre and consumed the reservation there
      expect(await teeLevelAtJakarta()).toEqual({ stocked: 8, reserved: 0 })
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const { data: view } = await api.get(`/admin/oms/orders/${orderId}`, { headers })
      const reservations = await inventory.listReservationItems({ line_item_id: view.order.items.map((i: any) => i.id) })
      expect(reservations).toHaveLength(0)
      expect(view.order.stage).toBe("shipped")
      const stages = view.order.timeline.map((e: any) => e.stage)
      expect(stages).toEqual(expect.arrayContaining(["routed", "packed", "shipped"]))
      expect(view.order.timeline.find((e: any) => e.stage === "packed").details).toMatchObject({
        carton_code: "M",
        fulfillment_id: fulfillmentId,
        billable_weight_g: expect.any(Number),
      })

      // the shipment row carries the dashboard's facts: from the order, from its lines, from packing
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const factsOf = async () =>
        (await knex.raw(
          `select s.placed_at = o.created_at as placed_at_is_order_time, s.sales_channel_id = o.sales_channel_id as channel_matches,
                  s.region_id = o.region_id as region_matches, s.shipping_option_id is not null as has_option,
                  s.units, s.line_count, s.parcels, s.cost, s.mispicks_caught
             from oms_shipment s join "order" o on o.id = s.order_id where s.order_id = ?`,
          [orderId]
        )).rows
      const facts = [{ placed_at_is_order_time: true, channel_matches: true, region_matches: true, has_option: true, units: 2, line_count: 1, parcels: 1, cost: CARTON.cost, mispicks_caught: 2 }]
      expect(await factsOf()).toEqual(facts)
      const { rows: [option] } = await knex.raw(
        `select s.shipping_option_id = osm.shipping_option_id as same from oms_shipment s
           join order_shipping os on os.order_id = s.order_id join order_shipping_method osm on osm.id = os.shipping_method_id where s.order_id = ?`,
        [orderId]
      )
      expect(option.same).toBe(true)
      // a store upgraded from before the facts: the backfill fills the same values, once
      await knex.raw(`update oms_shipment set placed_at = null, sales_channel_id = null, region_id = null, shipping_option_id = null, units = 0, line_count = 0 where order_id = ?`, [orderId])
      const { backfillShipmentFacts } = await import("../../src/modules/oms/backfill-shipment-facts")
      const execute = async (sql: string, params: unknown[] = []) => (await knex.raw(sql, params as never)).rows
      const batches: number[] = []
      expect(await backfillShipmentFacts(execute, (n) => batches.push(n), 1)).toBeGreaterThanOrEqual(1)
      expect(batches[0]).toBe(1)
      expect(await factsOf()).toEqual(facts)
      expect(await backfillShipmentFacts(execute)).toBe(0)

      const late = await post(`/admin/oms/pack-sessions/${session.id}/scans`, { barcode: "TEE" })
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/session is completed/)

      const delivered = await post(`/admin/oms/pack-sessions/${session.id}/deliver`)
      expect(delivered.status).toBe(200)
      const { data: after } = await api.get(`/admin/oms/orders/${orderId}`, { headers })
      expect(after.order.stage).toBe("delivered")
      expect(after.order.timeline.filter((e: any) => e.stage === "shipped")).toHaveLength(1)
    })

    it("creates exactly one fulfilment when two completions race, then ships it separately", async () => {
      const orderId = await routedTeeOrder()
      const id = await openAndScanAll(orderId)
      const results = await Promise.all([post(`/admin/oms/pack-sessions/${id}/complete`), post(`/admin/oms/pack-sessions/${id}/complete`)])
      expect(results.map((r) => r.status).sort()).toEqual([200, 400])
      expect(results.find((r) => r.status === 400).data.message).toMatch(/session is completed/)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "fulfillments.id"], filters: { id: orderId } })
      expect(order.fulfillments).toHaveLength(1)
      expect(await teeLevelAtJakarta()).toEqual({ stocked: 8, reserved: 0 })

      const { data: packed } = await api.get(`/admin/oms/orders/${orderId}`, { headers })
      expect(packed.order.stage).toBe("packed")

      expect((await post(`/admin/oms/pack-sessions/${id}/ship`, { tracking_numbers: [] })).status).toBe(400)
      const shipped = await post(`/admin/oms/pack-sessions/${id}/ship`, { tracking_numbers: ["SICEPAT-1"] })
      expect(shipped.status).toBe(200)
      const { data: after } = await api.get(`/admin/oms/orders/${orderId}`, { headers })
      expect(after.order.stage).toBe("shipped")
      expect((await post(`/admin/oms/pack-sessions/${id}/ship`, { tracking_numbers: ["SICEPAT-2"] })).status).toBe(400)
    })

    it("needs stock_location_id for a split order and packs only that centre's lines", async () => {
      const orderId = await placeOrderOf(api, store, [["BATIK", 2], ["SAMBAL", 1]], SURABAYA)
      await waitForRouting(api, orderId, headers)
      const missing = await post("/admin/oms/pack-sessions", { order_id: orderId })
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/stock_location_id is required/)
      const medan = await post("/admin/oms/pack-sessions", { order_id: orderId, stock_location_id: store.centers.medan })
      expect(medan.status).toBe(201)
      expect(medan.data.pack_session.expected_items.map((i: any) => [i.sku, i.quantity])).toEqual([["SAMBAL", 1]])
    })

    it("puts the order back to routed when Medusa cancels the fulfilment, and it can be packed again", async () => {
      const orderId = await routedTeeOrder()
      const id = await openAndScanAll(orderId)
      const completed = await post(`/admin/oms/pack-sessions/${id}/complete`, { carton_code: "M" })
      expect(completed.status).toBe(200)
      const fulfillmentId = completed.data.pack_session.fulfillment_id
      expect((await post(`/admin/oms/pack-sessions/${id}/complete`, { carton_code: "NOPE" })).status).toBe(400)

      await cancelOrderFulfillmentWorkflow(getContainer()).run({ input: { order_id: orderId, fulfillment_id: fulfillmentId } })
      for (let i = 0; ; i++) {
        const { data } = await api.get(`/admin/oms/orders/${orderId}`, { headers })
        if (data.order.stage === "routed") {
          expect(data.order.timeline.at(-1).details).toEqual({ reason: "fulfillment canceled", fulfillment_id: fulfillmentId })
          break
        }
        if (i > 100) throw new Error(`stage stayed ${data.order.stage}`)
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(await teeLevelAtJakarta()).toEqual({ stocked: 10, reserved: 2 })
      expect((await post(`/admin/oms/pack-sessions/${id}/ship`, { tracking_numbers: ["X"] })).status).toBe(400)
      expect((await post("/admin/oms/pack-sessions", { order_id: orderId })).status).toBe(201)
    })

    it("records shipped and delivered for shipments made outside the bench (Medusa's own workflows)", async () => {
      const orderId = await routedTeeOrder()
      const id = await openAndScanAll(orderId)
      const completed = await post(`/admin/oms/pack-sessions/${id}/complete`)
      const fulfillmentId = completed.data.pack_session.fulfillment_id
      const items = completed.data.pack_session.expected_items.map((i: any) => ({ id: i.line_item_id, quantity: i.quantity }))
      const waitForStage = async (stage: string) => {
        for (let i = 0; ; i++) {
          const { data } = await api.get(`/admin/oms/orders/${orderId}`, { headers })
          if (data.order.stage === stage) return data.order
          if (i > 100) throw new Error(`stage stayed ${data.order.stage}, expected ${stage}`)
          await new Promise((r) => setTimeout(r, 100))
        }
      }
      await createOrderShipmentWorkflow(getContainer()).run({
        input: { order_id: orderId, fulfillment_id: fulfillmentId, items, labels: [{ tracking_number: "POS-1", tracking_url: "", label_url: "" }] },
      })
      expect((await waitForStage("shipped")).timeline.at(-1).details).toEqual({ fulfillment_id: fulfillmentId })
      await markOrderFulfillmentAsDeliveredWorkflow(getContainer()).run({ input: { orderId, fulfillmentId } })
      const delivered = await waitForStage("delivered")
      expect(delivered.timeline.map((e: any) => e.stage).filter((s: string) => s === "delivered")).toHaveLength(1)
    })
  },
})
