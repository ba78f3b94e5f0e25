import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { JAKARTA, MEDAN, SURABAYA } from "./helpers/fixtures"
import { omsSnapshot } from "./helpers/facts"
import { until } from "./helpers/wait"
import { fulfilInMedusa, orderItems, returnInMedusa } from "./helpers/medusa-admin"

jest.setTimeout(300 * 1000)

/**
 * A store with history: orders placed through the storefront and fulfilled, shipped, delivered,
 * canceled, edited and returned through Medusa's own admin routes (its workflows), the OMS
 * recording them live. Then the OMS's rows are removed, as on a store that had no OMS when all
 * that happened, and the backfill runs twice: the facts it makes are those the live path made.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const post = async (url: string, body: Record<string, unknown> = {}) => {
      const res = await api.post(url, body, { headers }).catch((e: any) => e.response)
      if (res.status >= 300) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.data)}`)
      return res
    }
    const get = (url: string) => api.get(url, { headers }).catch((e: any) => e.response)
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const itemsOf = (orderId: string) => orderItems(api, headers, orderId)
    const fulfil = (orderId: string, locationId: string, skus: string[], then: "fulfilled" | "shipped" | "delivered") => fulfilInMedusa(api, headers, orderId, locationId, skus, then)
    const stages = async (orderId: string) =>
      (await knex().raw(`select stage from oms_shipment where order_id = ? and deleted_at is null and stage <> 'rerouted' order by stock_location_id`, [orderId])).rows.map((r: any) => r.stage)
    /** What the dashboard reads, per order: the facts a backfill can know (see README "Stores with history"). */
    const facts = async () => {
      const { rows } = await knex().raw(
        `select order_id, stock_location_id, stage, placed_at, sales_channel_id, region_id, shipping_option_id, units, line_count,
                shipped_at, delivered_at, canceled_at is not null as canceled
           from oms_shipment where deleted_at is null and stage <> 'rerouted' order by order_id, stock_location_id`
      )
      return rows.map((r: any) => ({ ...r, placed_at: new Date(r.placed_at).toISOString(), shipped_at: r.shipped_at && new Date(r.shipped_at), delivered_at: r.delivered_at && new Date(r.delivered_at) }))
    }
    const returnLines = async () =>
      (await knex().raw(
        `select order_id, source, part, quantity, received_quantity, damaged_quantity, reason_value, note, cause, rule, stock_location_id, shipped_late, sales_channel_id, region_id
           from oms_return_line where deleted_at is null order by order_id, source_item_id, part`
      )).rows
    // the last hour only: no whole past day in it, so the KPIs come from the fact rows themselves,
    // never from a per-day report not rewritten yet (a test running across local midnight)
    const kpis = async () => {
      const res = await get(`/admin/oms/kpis?from=${new Date(Date.now() - 3_600_000).toISOString()}`)
      expect(res.status).toBe(200)
      return res.data.kpis
    }

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
    })

    it("fills shipments and returned lines from Medusa's orders, fulfilments and returns like the live path did, and a second run changes nothing", async () => {
      const { jakarta, surabaya, medan } = store.centers
      await post("/admin/oms/return-reasons/seed", {})
      const { data: reasons } = await get("/admin/return-reasons?limit=100")
      const reason = (value: string) => reasons.return_reasons.find((r: any) => r.value === value).id

      // delivered, then returned in two parcels, one unit broken
      const returned = await placeOrderOf(api, store, [["TEE", 3]], JAKARTA)
      // split over two centres, both shipped
      const split = await placeOrderOf(api, store, [["BATIK", 1], ["SAMBAL", 1]], JAKARTA)
      // fulfilled in Medusa's admin, not shipped yet
      const fulfilled = await placeOrderOf(api, store, [["TEE", 1]], SURABAYA)
      // canceled before anything left
      const canceled = await placeOrderOf(api, store, [["TEE", 1]], SURABAYA)
      // still open at its centre
      const open = await placeOrderOf(api, store, [["SAMBAL", 2]], MEDAN)
      // edited (a unit more, a line added) and delivered
      const edited = await placeOrderOf(api, store, [["TEE", 1]], JAKARTA)
      const orders = [returned, split, fulfilled, canceled, open, edited]
      for (const id of orders) await waitForRouting(api, id, headers)

      await fulfil(returned, jakarta, ["TEE"], "delivered")
      await fulfil(split, jakarta, ["BATIK"], "shipped")
      await fulfil(split, medan, ["SAMBAL"], "shipped")
      await fulfil(fulfilled, surabaya, ["TEE"], "fulfilled")
      await post(`/admin/orders/${canceled}/cancel`)
      await post("/admin/order-edits", { order_id: edited })
      const [tee] = await itemsOf(edited)
      await post(`/admin/order-edits/${edited}/items/item/${tee.id}`, { quantity: 2 })
      await post(`/admin/order-edits/${edited}/items`, { items: [{ variant_id: store.catalog.LAST.variant_id, quantity: 1 }] })
      await post(`/admin/order-edits/${edited}/request`)
      await post(`/admin/order-edits/${edited}/confirm`)
      await until(async () => (await knex().raw(`select units from oms_shipment where order_id = ? and stage = 'routed'`, [edited])).rows[0]?.units === 3, "the edit")
      await fulfil(edited, jakarta, ["TEE", "LAST"], "delivered")

      const teeLine = (await itemsOf(returned))[0].id
      // two parcels back: one fine and one broken, then the last one fine
      await returnInMedusa(api, headers, { order_id: returned, location_id: jakarta, line_item_id: teeLine, quantity: 3, reason_id: reason("oms_product_size_does_not_fit"), note: "kekecilan" }, [[1, 1], [1, 0]])

      const expected: Record<string, string[]> = {
        [returned]: ["delivered"],
        [split]: ["shipped", "shipped"],
        [fulfilled]: ["packed"],
        [canceled]: ["canceled"],
        [open]: ["routed"],
        [edited]: ["delivered"],
      }
      for (const id of orders) await until(async () => JSON.stringify((await stages(id)).sort()) === JSON.stringify(expected[id].sort()), `order ${id}'s live stages`)
      await until(async () => (await returnLines()).some((l: any) => l.part === "intact" && l.received_quantity === 2), "the second parcel's rows")
      const live = { facts: await facts(), returns: await returnLines(), kpis: await kpis() }
      expect(live.facts).toHaveLength(7)
      expect(live.returns.map((r: any) => [r.part, r.quantity, r.received_quantity, r.damaged_quantity, r.cause])).toEqual([
        ["damaged", 1, 1, 1, "damaged"],
        ["intact", 2, 2, 0, "product"],
      ])

      // lines in line order: the row keeps them as routing read them, in no particular order
      const byLine = (a: any, b: any) => (a.line_item_id < b.line_item_id ? -1 : a.line_item_id > b.line_item_id ? 1 : 0)
      const demandRows = async () =>
        (await knex().raw(`select order_id, placed_at, sales_channel_id, country_code, province, latitude, longitude, round(distance_km::numeric, 1)::float8 as km, units, items, lines from oms_order_demand order by order_id`)).rows.map(
          (r: any) => ({ ...r, lines: [...r.lines].sort(byLine) })
        )
      const liveDemand = await demandRows()
      expect(liveDemand).toHaveLength(orders.length)

      // a store that had no OMS while all that happened
      for (const table of ["oms_order_demand", "oms_return_line", "oms_shipment", "oms_order_event", "oms_order_allocation", "oms_routing_decision", "oms_order"]) await knex().raw(`delete from ${table}`)
      expect((await kpis()).orders).toBe(0)

      const { backfillOmsHistory } = await import("../../src/workflows/history/backfill-oms-history")
      const progress: string[] = []
      // batches of two: several batches, each cursor carried over
      const first = await backfillOmsHistory(getContainer(), { batch_size: 2, settle_minutes: 0, onProgress: (p) => progress.push(p.phase) })
      expect(first).toMatchObject({ orders: 6, shipments: 7, return_sources: 1, return_lines: 2 })
      expect(progress.filter((p) => p === "orders")).toHaveLength(3)

      const filled = await facts()
      // the same parts with the same facts; the times Medusa keeps are the live ones within the
      // moment the live subscriber took to record them
      const near = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : Math.abs(a.getTime() - b.getTime()) < 5_000)
      const strip = ({ shipped_at: _s, delivered_at: _d, ...f }: any) => f
      expect(filled.map(strip)).toEqual(live.facts.map(strip))
      filled.forEach((f: any, i: number) => {
        expect([f.order_id, near(f.shipped_at, live.facts[i].shipped_at), near(f.delivered_at, live.facts[i].delivered_at)]).toEqual([f.order_id, true, true])
      })
      expect(await returnLines()).toEqual(live.returns)
      // every order's demand as routing read it: lines, items, destination, farthest parcel
      expect(first.order_demands).toBe(orders.length)
      expect(await demandRows()).toEqual(liveDemand)
      // a Medusa fulfilment is one parcel per tracking label; packing cartons are not known
      const { rows: parcels } = await knex().raw(`select order_id, parcels, cost from oms_shipment where stage in ('shipped', 'delivered', 'packed') order by order_id, stock_location_id`)
      expect(parcels.every((p: any) => p.parcels === 1 && p.cost === null)).toBe(true)

      const k = await kpis()
      for (const key of ["orders", "shipments", "split_shipment_rate", "fill_rates", "back_order_rate", "return_rates", "on_time_shipment", "order_accuracy"]) {
        expect([key, k[key]]).toEqual([key, live.kpis[key]])
      }
      for (const key of ["placed_to_shipped", "placed_to_delivered"]) expect(k.cycle_times[key].count).toBe(live.kpis.cycle_times[key].count)

      // the OMS carries on from there: the open order can be re-routed, Medusa's next event is recorded
      const { rows: [openPart] } = await knex().raw(`select stock_location_id from oms_shipment where order_id = ?`, [open])
      expect(openPart.stock_location_id).toBe(medan)

      // a second run finds nothing, writes nothing
      const before = await Promise.all(orders.map((id) => omsSnapshot(knex(), id)))
      const second = await backfillOmsHistory(getContainer(), { batch_size: 2, settle_minutes: 0 })
      expect(second).toMatchObject({ shipment_facts: 0, orders: 0, shipments: 0, return_sources: 0, return_lines: 0, order_demands: 0 })
      expect(await Promise.all(orders.map((id) => omsSnapshot(knex(), id)))).toEqual(before)
    })

    it("leaves orders placed in the last minutes to live routing", async () => {
      const orderId = await placeOrderOf(api, store, [["TEE", 1]], JAKARTA)
      await waitForRouting(api, orderId, headers)
      for (const table of ["oms_shipment", "oms_order_event", "oms_order_allocation", "oms_routing_decision", "oms_order"]) await knex().raw(`delete from ${table}`)
      const { backfillOmsHistory } = await import("../../src/workflows/history/backfill-oms-history")
      expect(await backfillOmsHistory(getContainer(), { settle_minutes: 10 })).toMatchObject({ orders: 0 })
      expect(await backfillOmsHistory(getContainer(), { settle_minutes: 0 })).toMatchObject({ orders: 1, shipments: 1 })
    })
  },
})
