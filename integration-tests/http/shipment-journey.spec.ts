import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { backfillShipments } from "../../src/modules/oms/backfill-shipments"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { reconciliationRow, stockJakartaBins } from "./helpers/warehouse"
import { JAKARTA, TEE_BIN } from "./helpers/fixtures"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>

    const post = (url: string, body: Record<string, unknown> = {}) => api.post(url, body, { headers }).catch((e: any) => e.response)
    const orderView = async (id: string) => (await api.get(`/admin/oms/orders/${id}`, { headers })).data.order
    const reservations = async (orderId: string) => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await knex.raw(
        `select r.location_id, r.quantity::int as quantity from reservation_item r
           join order_line_item li on li.id = r.line_item_id
           join order_item oi on oi.item_id = li.id
          where oi.order_id = ? and r.deleted_at is null`,
        [orderId]
      )
      return rows
    }

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
      await stockJakartaBins(api, headers, store)
    })

    it("refuses to re-route an order in a pick wave, naming the wave, and releases it only when asked", async () => {
      const { jakarta, surabaya } = store.centers
      const orderId = await placeOrderOf(api, store, [["TEE", 1]], JAKARTA)
      await waitForRouting(api, orderId, headers)
      const created = await post("/admin/oms/waves", { stock_location_id: jakarta })
      expect(created.status).toBe(200)
      const wave = created.data.wave
      expect((await orderView(orderId)).stage).toBe("waved")
      // one unit already in the tote
      const line = wave.lines.find((l: any) => l.order_id === orderId)
      expect((await post(`/admin/oms/waves/${wave.id}/picks`, { pick_line_id: line.id, bin_code: TEE_BIN, item_barcode: "TEE", quantity: 1 })).status).toBe(200)
      expect((await orderView(orderId)).stage).toBe("picked")

      const refused = await post(`/admin/oms/orders/${orderId}/reroute`, { stock_location_id: surabaya })
      expect(refused.status).toBe(400)
      expect(refused.data.type).toBe("not_allowed")
      expect(refused.data.message).toContain(`pick wave ${wave.id}`)
      expect(refused.data.message).toContain("release_from_wave")
      expect(await reservations(orderId)).toEqual([{ location_id: jakarta, quantity: 1 }])
      expect((await orderView(orderId)).shipments.map((s: any) => [s.stock_location_id, s.stage])).toEqual([[jakarta, "picked"]])

      const released = await post(`/admin/oms/orders/${orderId}/reroute`, { stock_location_id: surabaya, release_from_wave: true })
      expect(released.status).toBe(200)
      const view = released.data.order
      expect(view.stage).toBe("routed")
      expect(view.shipments.map((s: any) => [s.stock_location_id, s.stage])).toEqual([
        [jakarta, "rerouted"],
        [surabaya, "routed"],
      ])
      expect(await reservations(orderId)).toEqual([{ location_id: surabaya, quantity: 1 }])
      // the picked unit went back to its bin and the claim ended: the old centre cannot pack it
      const claims = (await api.get(`/admin/oms/waves/${wave.id}`, { headers })).data.wave.orders
      expect(claims).toEqual([expect.objectContaining({ order_id: orderId, status: "canceled" })])
      const pack = await post("/admin/oms/pack-sessions", { order_id: orderId, stock_location_id: jakarta })
      expect(pack.status).toBe(400)
      const stages = view.timeline.map((e: any) => [e.stage, e.stock_location_id])
      expect(stages).toEqual([
        ["placed", null],
        ["routed", jakarta],
        ["waved", jakarta],
        ["picked", jakarta],
        ["routed", jakarta],
        ["rerouted", jakarta],
        ["routed", surabaya],
      ])
    })

    it("a re-route racing a wave for the same order ends one way: waved where it is reserved, or moved and not waved", async () => {
      const { jakarta, surabaya } = store.centers
      for (let round = 0; round < 3; round++) {
        const orderId = await placeOrderOf(api, store, [["TEE", 1]], JAKARTA)
        await waitForRouting(api, orderId, headers)
        const [wave, reroute] = await Promise.all([
          post("/admin/oms/waves", { stock_location_id: jakarta, order_ids: [orderId] }),
          post(`/admin/oms/orders/${orderId}/reroute`, { stock_location_id: surabaya }),
        ])
        expect([wave.status, reroute.status].every((s) => s < 500)).toBe(true)
        const view = await orderView(orderId)
        const live = view.shipments.filter((s: any) => s.stage !== "rerouted")
        expect(live).toHaveLength(1)
        const [part] = live
        expect(await reservations(orderId)).toEqual([{ location_id: part.stock_location_id, quantity: 1 }])
        if (part.stock_location_id === jakarta) {
          // the wave won: the re-route was refused naming it, or ran first and lost nothing
          expect(wave.status).toBe(200)
          expect(part.stage).toBe("waved")
          expect(reroute.status).toBe(400)
        } else {
          // the re-route won: no wave holds the order at Jakarta
          expect(part.stage).toBe("routed")
          const claims = wave.status === 200 ? wave.data.wave.orders.filter((o: any) => o.order_id === orderId) : []
          expect(claims).toEqual([])
        }
        expect(view.stage).toBe(part.stage)
        // leave the next round an empty centre to wave
        if (wave.status === 200) await post(`/admin/oms/waves/${wave.data.wave.id}/cancel`)
      }
    })

    it("canceling an order in a pick wave takes it out of the wave and puts its picked units back in their bins", async () => {
      const { jakarta } = store.centers
      const orderId = await placeOrderOf(api, store, [["TEE", 2]], JAKARTA)
      const otherId = await placeOrderOf(api, store, [["TEE", 1]], JAKARTA)
      for (const id of [orderId, otherId]) await waitForRouting(api, id, headers)
      const wave = (await post("/admin/oms/waves", { stock_location_id: jakarta })).data.wave
      const line = wave.lines.find((l: any) => l.order_id === orderId)
      expect((await post(`/admin/oms/waves/${wave.id}/picks`, { pick_line_id: line.id, bin_code: TEE_BIN, item_barcode: "TEE", quantity: 1 })).status).toBe(200)
      expect(await reconciliationRow(api, headers, jakarta, "TEE")).toMatchObject({ stocked: 10, in_bins: 9, in_totes: 1, unassigned: 0 })

      expect((await post(`/admin/orders/${orderId}/cancel`)).status).toBe(200)
      const deadline = Date.now() + 20_000
      while ((await orderView(orderId)).stage !== "canceled" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))

      const view = await orderView(orderId)
      expect(view.shipments.map((s: any) => [s.stock_location_id, s.stage])).toEqual([[jakarta, "canceled"]])
      // the picked unit is back in its bin, nothing waits in a tote for a canceled order
      expect(await reconciliationRow(api, headers, jakarta, "TEE")).toMatchObject({ stocked: 10, in_bins: 10, in_totes: 0, unassigned: 0 })
      const after = (await api.get(`/admin/oms/waves/${wave.id}`, { headers })).data.wave
      const claimOf = (id: string) => after.orders.find((o: any) => o.order_id === id)?.status
      expect([claimOf(orderId), claimOf(otherId)]).toEqual(["canceled", "waiting"])
      // the other order is still picked as usual, and the wave completes without the canceled one
      const otherLine = after.lines.find((l: any) => l.order_id === otherId)
      expect((await post(`/admin/oms/waves/${wave.id}/picks`, { pick_line_id: otherLine.id, bin_code: TEE_BIN, item_barcode: "TEE", quantity: 1 })).status).toBe(200)
      expect((await orderView(otherId)).stage).toBe("picked")
      expect((await api.get("/admin/oms/health", { headers })).data.report).toMatchObject({ ok: true, breaks: [] })
      // the event delivered again changes nothing
      const timeline = (await orderView(orderId)).timeline.length
      const { recordCanceledOrderWorkflow } = await import("../../src/workflows/record-canceled-order")
      await recordCanceledOrderWorkflow(getContainer()).run({ input: { order_id: orderId } })
      expect((await orderView(orderId)).timeline).toHaveLength(timeline)
      expect(await reconciliationRow(api, headers, jakarta, "TEE")).toMatchObject({ in_bins: 9, in_totes: 1 })
    })

    it("a short pick racing a re-route that releases the same order ends with one routing and nothing left in the wave", async () => {
      const { jakarta, surabaya } = store.centers
      const outcomes: string[] = []
      const tee = store.catalog.TEE.inventory_item_id
      const restockJakarta = async () => {
        // the short pick wrote most of the bin off: back to 10 in Medusa and in the bin
        await getContainer().resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: tee, location_id: jakarta, stocked_quantity: 10 }])
        const { unassigned } = await reconciliationRow(api, headers, jakarta, "TEE")
        if (unassigned > 0) {
          const put = await post(`/admin/oms/centers/${jakarta}/bin-stock/moves`, { inventory_item_id: tee, to_bin_code: TEE_BIN, quantity: unassigned, reason: "putaway" })
          expect(put.status).toBe(200)
        }
      }
      for (const offset of [0, 40, 120]) {
        await restockJakarta()
        const orderId = await placeOrderOf(api, store, [["TEE", 2]], JAKARTA)
        await waitForRouting(api, orderId, headers)
        const wave = (await post("/admin/oms/waves", { stock_location_id: jakarta, order_ids: [orderId] })).data.wave
        const line = wave.lines.find((l: any) => l.order_id === orderId)
        const started = Date.now()
        const [short, reroute] = await Promise.all([
          post(`/admin/oms/waves/${wave.id}/short-picks`, { pick_line_id: line.id, found_quantity: 1, reason: "not_found" }),
          new Promise((r) => setTimeout(r, offset)).then(() =>
            post(`/admin/oms/orders/${orderId}/reroute`, { stock_location_id: surabaya, release_from_wave: true })
          ),
        ])
        // neither waited out the other's lock (30 s): the two never hold each other's
        expect(Date.now() - started).toBeLessThan(15_000)
        expect([short.status, reroute.status].every((s) => s === 200 || s === 400)).toBe(true)
        expect(short.status === 200 || reroute.status === 200).toBe(true)
        outcomes.push(`${short.status}/${reroute.status}`)

        const view = await orderView(orderId)
        const live = view.shipments.filter((s: any) => !["rerouted", "short_picked", "canceled"].includes(s.stage))
        expect(live.map((s: any) => s.stage)).toEqual(["routed"])
        // reserved exactly once, where the live part is
        expect(await reservations(orderId)).toEqual([{ location_id: live[0].stock_location_id, quantity: 2 }])
        const claims = (await api.get(`/admin/oms/waves/${wave.id}`, { headers })).data.wave.orders
        expect(claims.filter((c: any) => c.order_id === orderId && ["waiting", "picked"].includes(c.status))).toEqual([])
        expect((await api.get("/admin/oms/health", { headers })).data.report).toMatchObject({ ok: true, breaks: [] })
      }
      expect(outcomes).toHaveLength(3)
    })

    it("carries a store's orders over to shipments: each centre's stage from what happened there, the order's derived", async () => {
      const { jakarta, surabaya } = store.centers
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const execute = async (sql: string, params: unknown[] = []) => (await knex.raw(sql, params as never)).rows
      // an order as the previous schema stored it: one stage on the order, allocations per centre,
      // a wave claim at Jakarta, and two back-ordered units in the decision
      await execute(`insert into oms_routing_decision (id, order_id, sequence, trigger, strategy, rule, allocations, backordered, explanation, shipment_count, backordered_units, decided_at)
                     values ('rtdec_legacy', 'order_legacy', 1, 'order.placed', 'closest_full_stock', 'split', '[]', '[{"line_item_id":"li_b","quantity":2}]', '{}', 2, 2, now())`)
      await execute(`insert into oms_order (id, order_id, stage, current_decision_id, decision_count, backordered_units) values ('omsord_legacy', 'order_legacy', 'waved', 'rtdec_legacy', 1, 2)`)
      await execute(`insert into oms_order_allocation (id, order_id, decision_id, stock_location_id, line_item_id, quantity, active) values
                     ('oalloc_1', 'order_legacy', 'rtdec_legacy', ?, 'li_a', 1, true),
                     ('oalloc_2', 'order_legacy', 'rtdec_legacy', ?, 'li_b', 3, true),
                     ('oalloc_3', 'order_legacy', 'rtdec_old', ?, 'li_a', 1, false)`, [jakarta, surabaya, surabaya])
      await execute(`insert into oms_wave_order (id, wave_id, order_id, stock_location_id, tote, status) values ('wvord_legacy', 'wave_legacy', 'order_legacy', ?, 1, 'waiting')`, [jakarta])

      expect(await backfillShipments(execute)).toEqual({ shipments: 3, orders: 1 })
      const rows = await execute(`select stock_location_id, stage, lines, wave_id from oms_shipment where order_id = 'order_legacy' order by stage`)
      expect(rows).toEqual([
        { stock_location_id: null, stage: "backordered", lines: [{ line_item_id: "li_b", quantity: 2 }], wave_id: null },
        { stock_location_id: surabaya, stage: "routed", lines: [{ line_item_id: "li_b", quantity: 3 }], wave_id: null },
        { stock_location_id: jakarta, stage: "waved", lines: [{ line_item_id: "li_a", quantity: 1 }], wave_id: "wave_legacy" },
      ])
      // the order is as far as its slowest part: the back-order
      expect((await execute(`select stage from oms_order where order_id = 'order_legacy'`))[0].stage).toBe("backordered")
      // running it again adds nothing
      expect(await backfillShipments(execute)).toEqual({ shipments: 0, orders: 0 })
    })
  },
})
