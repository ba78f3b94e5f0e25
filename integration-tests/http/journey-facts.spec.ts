import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { stockJakartaBins } from "./helpers/warehouse"
import { CARTON, JAKARTA } from "./helpers/fixtures"
import { packShipDeliver } from "./helpers/journey"
import { omsSnapshot, shipmentFacts } from "./helpers/facts"
import { until } from "./helpers/wait"

jest.setTimeout(240 * 1000)

/**
 * The dashboard's facts (oms_shipment's fact columns, oms_return_line) and the KPIs they feed
 * stay right through every change a journey can take: a re-route, a short pick, a canceled
 * Medusa fulfilment, an order edit, a return received in two parcels; and an event delivered
 * twice changes nothing.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const post = (url: string, body: Record<string, unknown> = {}) => api.post(url, body, { headers }).catch((e: any) => e.response)
    const get = (url: string) => api.get(url, { headers }).catch((e: any) => e.response)
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const facts = (orderId: string) => shipmentFacts(knex(), orderId)
    const snapshot = (orderId: string) => omsSnapshot(knex(), orderId)
    // the last hour only: no whole past day in it, so the KPIs come from the fact rows themselves,
    // never from a per-day report not rewritten yet (a test running across local midnight)
    const kpis = async () => {
      const res = await get(`/admin/oms/kpis?from=${new Date(Date.now() - 3_600_000).toISOString()}`)
      expect(res.status).toBe(200)
      return res.data.kpis
    }
    /** What the order itself says: the facts every one of its shipments must carry. */
    const orderFacts = async (orderId: string) => {
      const { rows } = await knex().raw(
        `select o.created_at, o.sales_channel_id, o.region_id,
                (select osm.shipping_option_id from order_shipping os join order_shipping_method osm on osm.id = os.shipping_method_id
                  where os.order_id = o.id and os.deleted_at is null limit 1) as shipping_option_id
           from "order" o where o.id = ?`,
        [orderId]
      )
      const o = rows[0]
      expect(o.sales_channel_id).toBe(store.basics.sales_channel_id)
      expect(o.shipping_option_id).toEqual(expect.any(String))
      return { placed_at: new Date(o.created_at).toISOString(), sales_channel_id: o.sales_channel_id, region_id: o.region_id, shipping_option_id: o.shipping_option_id }
    }
    const lineOf = async (orderId: string, sku: string) => {
      const { data } = await get(`/admin/orders/${orderId}?fields=*items`)
      return data.order.items.find((i: any) => i.variant_sku === sku)
    }

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
      await post(`/admin/oms/centers/${store.centers.jakarta}/cartons`, CARTON)
      await post(`/admin/oms/centers/${store.centers.surabaya}/cartons`, CARTON)
    })

    it("a re-route: the part that moved keeps the order's facts, the superseded one is history, and redelivered events change nothing", async () => {
      const { jakarta, surabaya } = store.centers
      const orderId = await placeOrderOf(api, store, [["TEE", 2]], JAKARTA)
      await waitForRouting(api, orderId, headers)
      const order = await orderFacts(orderId)
      expect(await facts(orderId)).toEqual([{ stock_location_id: jakarta, stage: "routed", ...order, units: 2, line_count: 1, parcels: 0, cost: null, mispicks_caught: 0 }])

      const rerouted = await post(`/admin/oms/orders/${orderId}/reroute`, { stock_location_id: surabaya })
      expect(rerouted.status).toBe(200)
      expect(await facts(orderId)).toEqual([
        { stock_location_id: jakarta, stage: "rerouted", ...order, units: 2, line_count: 1, parcels: 0, cost: null, mispicks_caught: 0 },
        { stock_location_id: surabaya, stage: "routed", ...order, units: 2, line_count: 1, parcels: 0, cost: null, mispicks_caught: 0 },
      ])

      const { fulfillment_id } = await packShipDeliver(post, orderId, ["TEE", "TEE"])
      await until(async () => (await facts(orderId))[1].stage === "delivered", "the delivery")
      expect((await facts(orderId))[1]).toEqual({ stock_location_id: surabaya, stage: "delivered", ...order, units: 2, line_count: 1, parcels: 1, cost: CARTON.cost, mispicks_caught: 0 })

      const k = await kpis()
      expect(k.orders).toBe(1)
      // the superseded part is not a shipment, and the order is not split
      expect(k.shipments).toBe(1)
      expect(k.split_shipment_rate).toMatchObject({ numerator: 0, denominator: 1 })
      expect(k.parcels_per_order).toEqual({ total: 1, orders: 1, average: 1 })
      expect(k.cost_per_order).toEqual({ total: CARTON.cost, orders: 1, average: CARTON.cost })
      // re-routed: not filled the first time
      expect(k.fill_rates.order).toMatchObject({ numerator: 0, denominator: 1 })
      expect(k.fill_rates.unit).toMatchObject({ numerator: 0, denominator: 2 })

      // Medusa's shipment.created and delivery.created delivered again, and order.placed again
      const before = await snapshot(orderId)
      const { recordFulfillmentEventWorkflow } = await import("../../src/workflows/record-fulfillment-event")
      for (const action of ["ship", "deliver"] as const) await recordFulfillmentEventWorkflow(getContainer()).run({ input: { fulfillment_id, action } })
      const { routeOrderWorkflow } = await import("../../src/workflows/route-order")
      await routeOrderWorkflow(getContainer()).run({ input: { order_id: orderId, trigger: "order.placed", actor: "system" } })
      expect(await snapshot(orderId)).toEqual(before)
      expect(await kpis()).toEqual(k)
    })

    it("a short pick: the short part is history, the part routed again ships with the order's facts", async () => {
      const { jakarta, surabaya } = store.centers
      await stockJakartaBins(api, headers, store)
      const orderId = await placeOrderOf(api, store, [["TEE", 2]], JAKARTA)
      await waitForRouting(api, orderId, headers)
      const order = await orderFacts(orderId)
      const wave = (await post("/admin/oms/waves", { stock_location_id: jakarta, order_ids: [orderId] })).data.wave
      const line = wave.lines.find((l: any) => l.order_id === orderId)
      // one found of two; the bin is counted down to it, so Jakarta cannot fill the order any more
      const short = await post(`/admin/oms/waves/${wave.id}/short-picks`, { pick_line_id: line.id, found_quantity: 1, reason: "not_found" })
      expect(short.status).toBe(200)
      const rows = await facts(orderId)
      expect(rows).toEqual([
        { stock_location_id: jakarta, stage: "rerouted", ...order, units: 2, line_count: 1, parcels: 0, cost: null, mispicks_caught: 0 },
        { stock_location_id: surabaya, stage: "routed", ...order, units: 2, line_count: 1, parcels: 0, cost: null, mispicks_caught: 0 },
      ])
      const { rows: [shortPart] } = await knex().raw(`select short_picked_at is not null as short, waved_at is not null as waved from oms_shipment where order_id = ? and stock_location_id = ?`, [orderId, jakarta])
      expect(shortPart).toEqual({ short: true, waved: true })

      await packShipDeliver(post, orderId, ["TEE", "TEE"])
      await until(async () => (await facts(orderId))[1].stage === "delivered", "the delivery")
      const k = await kpis()
      expect(k.orders).toBe(1)
      expect(k.shipments).toBe(1)
      expect(k.split_shipment_rate).toMatchObject({ numerator: 0, denominator: 1 })
      expect(k.parcels_per_order).toEqual({ total: 1, orders: 1, average: 1 })
      expect(k.fill_rates.order).toMatchObject({ numerator: 0, denominator: 1 })
      expect(k.cycle_times.placed_to_delivered.count).toBe(1)
    })

    it("a canceled Medusa fulfilment takes the parcels and their cost off the part; the mis-picks caught stay and the repacked parcel counts once", async () => {
      const { jakarta } = store.centers
      const orderId = await placeOrderOf(api, store, [["TEE", 2]], JAKARTA)
      await waitForRouting(api, orderId, headers)
      const order = await orderFacts(orderId)
      const opened = (await post("/admin/oms/pack-sessions", { order_id: orderId })).data.pack_session
      // a wrong item scanned at the bench is refused: a mis-pick caught
      expect((await post(`/admin/oms/pack-sessions/${opened.id}/scans`, { barcode: "BATIK" })).status).toBe(400)
      for (const barcode of ["TEE", "TEE"]) expect((await post(`/admin/oms/pack-sessions/${opened.id}/scans`, { barcode })).status).toBe(200)
      const completed = await post(`/admin/oms/pack-sessions/${opened.id}/complete`, {})
      expect(completed.status).toBe(200)
      const fulfillmentId = completed.data.pack_session.fulfillment_id
      expect(await facts(orderId)).toEqual([{ stock_location_id: jakarta, stage: "packed", ...order, units: 2, line_count: 1, parcels: 1, cost: CARTON.cost, mispicks_caught: 1 }])

      // Medusa's admin cancels the fulfilment: the units are back at the centre, no parcel left
      expect((await post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/cancel`)).status).toBe(200)
      await until(async () => (await facts(orderId))[0].stage === "routed", "the canceled fulfilment")
      expect(await facts(orderId)).toEqual([{ stock_location_id: jakarta, stage: "routed", ...order, units: 2, line_count: 1, parcels: 0, cost: null, mispicks_caught: 1 }])
      const { rows: [part] } = await knex().raw(`select fulfillment_id, carton_codes from oms_shipment where order_id = ?`, [orderId])
      expect(part).toEqual({ fulfillment_id: null, carton_codes: [] })
      // the event delivered again changes nothing
      const before = await snapshot(orderId)
      const { recordFulfillmentEventWorkflow } = await import("../../src/workflows/record-fulfillment-event")
      await recordFulfillmentEventWorkflow(getContainer()).run({ input: { fulfillment_id: fulfillmentId, action: "fulfillment_canceled" } })
      expect(await snapshot(orderId)).toEqual(before)

      // packed again and delivered: one parcel, its cost once, both sessions' mis-picks
      const again = await packShipDeliver(post, orderId, ["TEE", "TEE"])
      await until(async () => (await facts(orderId))[0].stage === "delivered", "the delivery")
      expect(await facts(orderId)).toEqual([{ stock_location_id: jakarta, stage: "delivered", ...order, units: 2, line_count: 1, parcels: 1, cost: CARTON.cost, mispicks_caught: 1 }])
      const k = await kpis()
      expect(k.parcels_per_order).toEqual({ total: 1, orders: 1, average: 1 })
      expect(k.cost_per_order).toEqual({ total: CARTON.cost, orders: 1, average: CARTON.cost })
      expect(k.fill_rates.order).toMatchObject({ numerator: 1, denominator: 1 })
      // the old fulfilment's cancel delivered once more, after the new one shipped
      const delivered = await snapshot(orderId)
      await recordFulfillmentEventWorkflow(getContainer()).run({ input: { fulfillment_id: fulfillmentId, action: "fulfillment_canceled" } })
      await recordFulfillmentEventWorkflow(getContainer()).run({ input: { fulfillment_id: again.fulfillment_id, action: "deliver" } })
      expect(await snapshot(orderId)).toEqual(delivered)
    })

    it("an order edit: units and lines follow the order's current version, reservations move with them, a redelivered edit changes nothing", async () => {
      const { jakarta } = store.centers
      const orderId = await placeOrderOf(api, store, [["TEE", 2], ["BATIK", 1]], JAKARTA)
      await waitForRouting(api, orderId, headers)
      const order = await orderFacts(orderId)
      expect(await facts(orderId)).toEqual([{ stock_location_id: jakarta, stage: "routed", ...order, units: 3, line_count: 2, parcels: 0, cost: null, mispicks_caught: 0 }])

      // TEE 2 → 3, BATIK removed, LAST added
      const edit = await post("/admin/order-edits", { order_id: orderId })
      expect(edit.status).toBe(200)
      const changeId = edit.data.order_change.id
      const tee = await lineOf(orderId, "TEE")
      const batik = await lineOf(orderId, "BATIK")
      expect((await post(`/admin/order-edits/${orderId}/items/item/${tee.id}`, { quantity: 3 })).status).toBe(200)
      expect((await post(`/admin/order-edits/${orderId}/items/item/${batik.id}`, { quantity: 0 })).status).toBe(200)
      expect((await post(`/admin/order-edits/${orderId}/items`, { items: [{ variant_id: store.catalog.LAST.variant_id, quantity: 1 }] })).status).toBe(200)
      expect((await post(`/admin/order-edits/${orderId}/request`)).status).toBe(200)
      expect((await post(`/admin/order-edits/${orderId}/confirm`)).status).toBe(200)
      expect(changeId).toEqual(expect.any(String))

      // Medusa's current version of the order: 3 tees and 1 last unit
      const { rows: current } = await knex().raw(
        `select li.variant_sku as sku, oi.quantity::int as quantity from order_item oi
           join "order" o on o.id = oi.order_id and oi.version = o.version
           join order_line_item li on li.id = oi.item_id
          where o.id = ? and oi.deleted_at is null and oi.quantity > 0 order by sku`,
        [orderId]
      )
      expect(current).toEqual([{ sku: "LAST", quantity: 1 }, { sku: "TEE", quantity: 3 }])
      await until(async () => (await facts(orderId)).some((f: any) => f.units === 4), "the edited order's facts")
      expect((await facts(orderId)).filter((f: any) => f.stage !== "rerouted")).toEqual([
        { stock_location_id: jakarta, stage: "routed", ...order, units: 4, line_count: 2, parcels: 0, cost: null, mispicks_caught: 0 },
      ])
      // the demand facts follow the edit too: what the order asks for now, where it goes
      const { rows: demand } = await knex().raw(
        `select d.units, d.province, d.country_code, d.items, d.sales_channel_id, jsonb_array_length(d.lines) as lines,
                (select count(*)::int from oms_order_demand x where x.order_id = d.order_id) as rows
           from oms_order_demand d where d.order_id = ?`,
        [orderId]
      )
      const itemOf = async (sku: string) =>
        (await knex().raw(`select id from inventory_item where sku = ?`, [sku])).rows[0].id as string
      expect(demand).toEqual([
        {
          units: 4,
          province: "JK",
          country_code: "id",
          items: [{ inventory_item_id: await itemOf("LAST"), quantity: 1 }, { inventory_item_id: await itemOf("TEE"), quantity: 3 }].sort((a, b) => (a.inventory_item_id < b.inventory_item_id ? -1 : 1)),
          sales_channel_id: order.sales_channel_id,
          lines: 2,
          rows: 1,
        },
      ])
      // reserved exactly once per current line, where the part is
      const { rows: reserved } = await knex().raw(
        `select li.variant_sku as sku, r.location_id, r.quantity::int as quantity from reservation_item r
           join order_line_item li on li.id = r.line_item_id
          where r.deleted_at is null and li.id in (select item_id from order_item where order_id = ?) order by sku`,
        [orderId]
      )
      expect(reserved).toEqual([
        { sku: "LAST", location_id: jakarta, quantity: 1 },
        { sku: "TEE", location_id: jakarta, quantity: 3 },
      ])

      // the edit's event delivered again: no new decision, nothing changes
      const before = await snapshot(orderId)
      const { routeOrderWorkflow } = await import("../../src/workflows/route-order")
      await routeOrderWorkflow(getContainer()).run({ input: { order_id: orderId, trigger: "order_edit", actor: "order edit" } })
      expect(await snapshot(orderId)).toEqual(before)

      await packShipDeliver(post, orderId, ["TEE", "TEE", "TEE", "LAST"])
      await until(async () => (await facts(orderId)).some((f: any) => f.stage === "delivered"), "the delivery")
      const k = await kpis()
      expect(k.orders).toBe(1)
      expect(k.fill_rates.unit).toMatchObject({ numerator: 4, denominator: 4 })
      expect(k.fill_rates.line).toMatchObject({ numerator: 2, denominator: 2 })
      // four units may need two cartons: whatever the bench packed, counted once
      const [{ parcels }] = (await facts(orderId)).filter((f: any) => f.stage === "delivered")
      expect(parcels).toBeGreaterThanOrEqual(1)
      expect(k.parcels_per_order).toEqual({ total: parcels, orders: 1, average: parcels })
      expect(k.cost_per_order).toEqual({ total: parcels * CARTON.cost, orders: 1, average: parcels * CARTON.cost })
    })

    it("a return received in two parcels: received and damaged units and their cause right, nothing counted twice", async () => {
      await post("/admin/oms/return-reasons/seed", {})
      const { data: reasons } = await get("/admin/return-reasons?limit=100")
      const tooSmall = reasons.return_reasons.find((r: any) => r.value === "oms_product_size_does_not_fit")
      const orderId = await placeOrderOf(api, store, [["TEE", 3]], JAKARTA)
      await waitForRouting(api, orderId, headers)
      await packShipDeliver(post, orderId, ["TEE", "TEE", "TEE"])
      const lineItemId = (await lineOf(orderId, "TEE")).id
      const returnId = (await post("/admin/returns", { order_id: orderId, location_id: store.centers.jakarta })).data.return.id
      await post(`/admin/returns/${returnId}/request-items`, { items: [{ id: lineItemId, quantity: 3, reason_id: tooSmall.id }] })
      await post(`/admin/returns/${returnId}/request`)
      const lines = async () =>
        (await knex().raw(`select part, quantity, received_quantity, damaged_quantity, cause from oms_return_line where order_id = ? and deleted_at is null order by part`, [orderId])).rows
      await until(async () => (await lines()).length === 1, "the requested return")

      // first parcel: two units, one of them broken
      await post(`/admin/returns/${returnId}/receive`)
      await post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: lineItemId, quantity: 1 }] })
      await post(`/admin/returns/${returnId}/dismiss-items`, { items: [{ id: lineItemId, quantity: 1 }] })
      expect((await post(`/admin/returns/${returnId}/receive/confirm`)).status).toBe(200)
      await until(async () => (await lines()).length === 2, "the first parcel")
      expect(await lines()).toEqual([
        { part: "damaged", quantity: 1, received_quantity: 1, damaged_quantity: 1, cause: "damaged" },
        { part: "intact", quantity: 2, received_quantity: 1, damaged_quantity: 0, cause: "product" },
      ])
      // second parcel: the last unit, fine
      await post(`/admin/returns/${returnId}/receive`)
      await post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: lineItemId, quantity: 1 }] })
      expect((await post(`/admin/returns/${returnId}/receive/confirm`)).status).toBe(200)
      await until(async () => (await lines()).some((l: any) => l.part === "intact" && l.received_quantity === 2), "the second parcel")
      const received = await lines()
      expect(received).toEqual([
        { part: "damaged", quantity: 1, received_quantity: 1, damaged_quantity: 1, cause: "damaged" },
        { part: "intact", quantity: 2, received_quantity: 2, damaged_quantity: 0, cause: "product" },
      ])

      const k = await kpis()
      // three units shipped, three back: not six
      expect(k.return_rates.units).toMatchObject({ numerator: 3, denominator: 3 })
      expect(k.return_rates.orders).toMatchObject({ numerator: 1, denominator: 1 })
      expect(k.perfect_orders.damage_free).toMatchObject({ numerator: 0, denominator: 1 })
      const listed = await get("/admin/oms/returns")
      expect(listed.data.by_cause.sort((a: any, b: any) => (a.cause < b.cause ? -1 : 1))).toEqual([
        { cause: "damaged", units: 1, lines: 1 },
        { cause: "product", units: 2, lines: 1 },
      ])

      // requested and received delivered again: the same rows, the same KPIs
      const before = await snapshot(orderId)
      const { recordReturnLinesWorkflow } = await import("../../src/workflows/returns")
      for (let i = 0; i < 2; i++) await recordReturnLinesWorkflow(getContainer()).run({ input: { return_id: returnId } })
      expect(await snapshot(orderId)).toEqual(before)
      expect(await kpis()).toEqual(k)
    })
  },
})
