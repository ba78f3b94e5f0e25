import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { CARTON, JAKARTA } from "./helpers/fixtures"
import { packShipDeliver } from "./helpers/journey"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const post = (url: string, body: Record<string, unknown> = {}) => api.post(url, body, { headers }).catch((e: any) => e.response)
    const get = (url: string) => api.get(url, { headers }).catch((e: any) => e.response)
    const until = async (check: () => Promise<boolean>, what: string) => {
      const deadline = Date.now() + 20_000
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
        await new Promise((r) => setTimeout(r, 200))
      }
    }
    const returnLines = async (orderId: string) =>
      (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(
        `select source, part, quantity, received_quantity, damaged_quantity, reason_value, note, cause, rule, stock_location_id, carton_code, packed_by is not null as has_packer
           from oms_return_line where order_id = ? and deleted_at is null order by part, cause`,
        [orderId]
      )).rows

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
      await post(`/admin/oms/centers/${store.centers.jakarta}/cartons`, CARTON)
    })

    /** An order of 3 tees packed, shipped and delivered from Jakarta through the OMS bench. */
    const deliveredOrder = async () => {
      const orderId = await placeOrderOf(api, store, [["TEE", 3]], JAKARTA)
      await waitForRouting(api, orderId, headers)
      await packShipDeliver(post, orderId, ["TEE", "TEE", "TEE"])
      const { data } = await get(`/admin/oms/orders/${orderId}`)
      return { orderId, lineItemId: data.order.items[0].id as string }
    }

    it("classifies a return from request to a partly damaged receipt, traced to the shipment, and counts it by cause", async () => {
      const seeded = await post("/admin/oms/return-reasons/seed", {})
      expect(seeded.status).toBe(200)
      expect(seeded.data.return_reasons.created).toBeGreaterThanOrEqual(10)
      // seeding again adds nothing
      expect((await post("/admin/oms/return-reasons/seed", { locale: "id" })).data.return_reasons.created).toBe(0)
      const { data: reasons } = await get("/admin/return-reasons?limit=100")
      const sizeReason = reasons.return_reasons.find((r: any) => r.value === "oms_product_size_does_not_fit")
      expect(sizeReason.parent_return_reason_id).toBe(reasons.return_reasons.find((r: any) => r.value === "oms_product_issue").id)

      const { orderId, lineItemId } = await deliveredOrder()
      const created = await post("/admin/returns", { order_id: orderId, location_id: store.centers.jakarta })
      expect(created.status).toBe(200)
      const returnId = created.data.return.id
      expect((await post(`/admin/returns/${returnId}/request-items`, { items: [{ id: lineItemId, quantity: 3, reason_id: sizeReason.id, internal_note: "terlalu kecil" }] })).status).toBe(200)
      expect((await post(`/admin/returns/${returnId}/request`)).status).toBe(200)

      // requested: one row, the reason's cause, nothing received yet, traced to Jakarta's parcel
      await until(async () => (await returnLines(orderId)).length === 1, "the requested return's row")
      expect(await returnLines(orderId)).toEqual([
        {
          source: "return", part: "all", quantity: 3, received_quantity: 0, damaged_quantity: 0, reason_value: "oms_product_size_does_not_fit",
          note: "terlalu kecil", cause: "product", rule: "default_reason_tree", stock_location_id: store.centers.jakarta, carton_code: "M", has_packer: true,
        },
      ])

      // received: 2 back on the shelf, 1 dismissed as damaged → the damaged unit is counted apart
      expect((await post(`/admin/returns/${returnId}/receive`)).status).toBe(200)
      expect((await post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: lineItemId, quantity: 2 }] })).status).toBe(200)
      expect((await post(`/admin/returns/${returnId}/dismiss-items`, { items: [{ id: lineItemId, quantity: 1 }] })).status).toBe(200)
      expect((await post(`/admin/returns/${returnId}/receive/confirm`)).status).toBe(200)
      await until(async () => (await returnLines(orderId)).length === 2, "the received return's rows")
      const received = await returnLines(orderId)
      expect(received.map((r: any) => [r.part, r.quantity, r.damaged_quantity, r.cause, r.rule])).toEqual([
        ["damaged", 1, 1, "damaged", "damaged_units_received"],
        ["intact", 2, 0, "product", "default_reason_tree"],
      ])

      // the event delivered again writes the same rows
      const { recordReturnLinesWorkflow } = await import("../../src/workflows/returns")
      await recordReturnLinesWorkflow(getContainer()).run({ input: { return_id: returnId } })
      expect(await returnLines(orderId)).toEqual(received)

      const listed = await get(`/admin/oms/returns?stock_location_id=${store.centers.jakarta}`)
      expect(listed.status).toBe(200)
      expect(listed.data.count).toBe(2)
      expect(listed.data.by_cause.sort((a: any, b: any) => (a.cause < b.cause ? -1 : 1))).toEqual([
        { cause: "damaged", units: 1, lines: 1 },
        { cause: "product", units: 2, lines: 1 },
      ])
      expect(listed.data.by_cause_centre.sort((a: any, b: any) => (a.cause < b.cause ? -1 : 1))).toEqual([
        { cause: "damaged", stock_location_id: store.centers.jakarta, units: 1, lines: 1 },
        { cause: "product", stock_location_id: store.centers.jakarta, units: 2, lines: 1 },
      ])
      const damaged = listed.data.return_lines.find((l: any) => l.cause === "damaged")
      expect(damaged.rule_text.id).toEqual(expect.any(String))
      expect(damaged.cause_label).toEqual({ en: expect.any(String), id: expect.any(String) })
      expect((await get(`/admin/oms/returns?cause=damaged`)).data.count).toBe(1)

      // the same rows as CSV, the cause in the admin's language, customer's words kept
      const exported = await get(`/admin/oms/returns/export?lang=id`)
      expect(exported.status).toBe(200)
      expect(exported.headers["content-type"]).toMatch(/^text\/csv/)
      const [header, ...csvRows] = String(exported.data).trim().split("\n")
      expect(header.split(",")).toEqual(expect.arrayContaining(["requested_at", "quantity", "cause", "why", "customer_words"]))
      expect(csvRows).toHaveLength(2)
      const { ROOT_CAUSE_LABELS } = await import("../../src/lib/returns")
      expect(csvRows.some((r) => r.includes(ROOT_CAUSE_LABELS.damaged.id) && r.includes("terlalu kecil"))).toBe(true)
      expect((await get(`/admin/oms/returns/export?lang=fr`)).status).toBe(400)

      // the KPIs of the period see the order's journey and its return
      const kpis = await get(`/admin/oms/kpis?stock_location_id=${store.centers.jakarta}`)
      expect(kpis.status).toBe(200)
      const k = kpis.data.kpis
      expect(k.orders).toBe(1)
      expect(k.split_shipment_rate).toMatchObject({ numerator: 0, denominator: 1, rate: 0 })
      expect(k.parcels_per_order).toEqual({ total: 1, orders: 1, average: 1 })
      expect(k.cost_per_order).toEqual({ total: CARTON.cost, orders: 1, average: CARTON.cost })
      expect(k.return_rates.units).toMatchObject({ numerator: 3, denominator: 3, rate: 1 })
      // one unit came back damaged: delivered, but not a perfect order
      expect(k.perfect_orders.perfect).toMatchObject({ numerator: 0, denominator: 1 })
      expect(k.perfect_orders.damage_free).toMatchObject({ numerator: 0, denominator: 1 })
      expect(k.cycle_times.placed_to_delivered.count).toBe(1)
      expect(k.cycle_times.placed_to_delivered.p50_ms).toBeGreaterThan(0)
      expect(kpis.data.previous.orders).toBe(0)
      // on-time delivery counts once the shipping option promises delivery days
      expect(k.on_time_delivery.denominator).toBe(0)
      const [{ shipping_option_id }] = (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`select shipping_option_id from oms_shipment where order_id = ?`, [orderId])).rows
      await getContainer().resolve(Modules.FULFILLMENT).updateShippingOptions(shipping_option_id, { metadata: { oms_promised_days: 5 } } as never)
      expect((await get("/admin/oms/kpis")).data.kpis.on_time_delivery).toMatchObject({ numerator: 1, denominator: 1, rate: 1 })
      // another centre's filter sees nothing of it
      expect((await get(`/admin/oms/kpis?stock_location_id=${store.centers.surabaya}`)).data.kpis.orders).toBe(0)
    })

    it("keeps the rows right when a return is received in two parts", async () => {
      await post("/admin/oms/return-reasons/seed", {})
      const { data: reasons } = await get("/admin/return-reasons?limit=100")
      const inTransit = reasons.return_reasons.find((r: any) => r.value === "oms_damaged_in_transit")
      const { orderId, lineItemId } = await deliveredOrder()
      const returnId = (await post("/admin/returns", { order_id: orderId, location_id: store.centers.jakarta })).data.return.id
      await post(`/admin/returns/${returnId}/request-items`, { items: [{ id: lineItemId, quantity: 3, reason_id: inTransit.id }] })
      await post(`/admin/returns/${returnId}/request`)
      // first parcel back: one unit, fine
      await post(`/admin/returns/${returnId}/receive`)
      await post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: lineItemId, quantity: 1 }] })
      expect((await post(`/admin/returns/${returnId}/receive/confirm`)).status).toBe(200)
      await until(async () => (await returnLines(orderId)).some((r: any) => r.received_quantity === 1), "the first receipt")
      expect((await returnLines(orderId)).map((r: any) => [r.part, r.quantity, r.received_quantity, r.cause])).toEqual([["all", 3, 1, "damaged"]])
      // second parcel: the other two, one of them broken
      await post(`/admin/returns/${returnId}/receive`)
      await post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: lineItemId, quantity: 1 }] })
      await post(`/admin/returns/${returnId}/dismiss-items`, { items: [{ id: lineItemId, quantity: 1 }] })
      expect((await post(`/admin/returns/${returnId}/receive/confirm`)).status).toBe(200)
      await until(async () => (await returnLines(orderId)).length === 2, "the second receipt")
      expect((await returnLines(orderId)).map((r: any) => [r.part, r.quantity, r.received_quantity, r.damaged_quantity, r.cause, r.rule])).toEqual([
        ["damaged", 1, 1, 1, "damaged", "damaged_units_received"],
        ["intact", 2, 2, 0, "damaged", "default_reason_tree"],
      ])
    })

    it("refuses a bad returns query by field and changes nothing", async () => {
      const unknownCause = await get("/admin/oms/returns?cause=broken")
      expect(unknownCause.status).toBe(400)
      expect(unknownCause.data.message).toContain("cause")
      const backwards = await get("/admin/oms/returns?from=2026-12-02&to=2026-12-01")
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toContain("from")
      const backwardsKpis = await get("/admin/oms/kpis?from=2026-12-02&to=2026-12-01")
      expect(backwardsKpis.status).toBe(400)
      expect(backwardsKpis.data.message).toContain("from")
      expect((await get("/admin/oms/kpis?stock_location_id=sloc_01JAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404)
      const badLocale = await post("/admin/oms/return-reasons/seed", { locale: "fr" })
      expect(badLocale.status).toBe(400)
      expect(badLocale.data.message).toContain("locale")
      const { data } = await get("/admin/return-reasons?limit=100")
      expect(data.return_reasons.filter((r: any) => r.value.startsWith("oms_"))).toEqual([])
    })
  },
})
