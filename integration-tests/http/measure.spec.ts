import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DRILL_KPIS, DRILL_SPECS } from "../../src/lib/kpi"
import { createAdminHeaders } from "./helpers/admin-auth"
import { createCustomer } from "./helpers/customer-auth"
import { JAKARTA } from "./helpers/fixtures"
import { packShipDeliver } from "./helpers/journey"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { waitFor } from "./helpers/wait"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const post = (url: string, body: Record<string, unknown> = {}) => api.post(url, body, { headers }).catch((e: any) => e.response)
    const get = (url: string, extra: { headers?: Record<string, string> } = { headers }) => api.get(url, extra).catch((e: any) => e.response)
    const sql = async (text: string, params: unknown[] = []) => (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(text, params as never)).rows
    const productId = async (handle: string) => (await get(`/admin/products?handle=${handle}&fields=id`)).data.products[0].id as string
    const displayId = async (orderId: string) => (await get(`/admin/orders/${orderId}?fields=display_id`)).data.order.display_id

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
    })

    /** A storefront order of `quantity` tees from Jakarta, routed. */
    const routedOrder = async (quantity = 1) => {
      const orderId = await placeOrderOf(api, store, [["TEE", quantity]], JAKARTA)
      await waitForRouting(api, orderId, headers)
      return orderId
    }

    it("lists the orders behind every tile, adding up to the tile, with the order page's SLA and rating", async () => {
      const delivered = await routedOrder()
      await packShipDeliver(post, delivered, ["TEE"])
      // placed five days ago and still not picked: overdue whatever day of the week it is now
      const overdue = await routedOrder()
      await sql(`update oms_shipment set placed_at = now() - interval '5 days' where order_id = ?`, [overdue])
      const fresh = await routedOrder()

      const { data } = await get("/admin/oms/kpis")
      expect(data.kpis.on_time_shipment).toMatchObject({ numerator: 1, denominator: 2 })
      for (const kpi of DRILL_KPIS) {
        const drill = await get(`/admin/oms/kpis/orders?kpi=${kpi}`)
        expect(drill.status).toBe(200)
        const rate = DRILL_SPECS[kpi].rateOf(data.kpis)
        const { counted, rest } = DRILL_SPECS[kpi]
        expect([kpi, drill.data.count, drill.data.outcomes]).toEqual([kpi, rate.denominator, { [counted]: rate.numerator, [rest]: rate.denominator - rate.numerator }])
      }

      const late = await get("/admin/oms/kpis/orders?kpi=on_time_shipment&outcome=late")
      expect(late.data.count).toBe(1)
      expect(late.data.kpi_orders).toEqual([
        expect.objectContaining({
          order_id: overdue,
          display_id: await displayId(overdue),
          shipment_id: expect.any(String),
          stock_location_ids: [store.centers.jakarta],
          outcome: "late",
          in_numerator: false,
          deadline: expect.any(String),
          done_at: null,
        }),
      ])
      const perfect = await get("/admin/oms/kpis/orders?kpi=perfect_order")
      expect(perfect.data.kpi_orders.map((r: any) => [r.order_id, r.outcome, r.reasons])).toEqual([[delivered, "perfect", []]])
      // a page past the end is empty but keeps the count
      expect((await get("/admin/oms/kpis/orders?kpi=on_time_shipment&limit=1&offset=5")).data).toMatchObject({ kpi_orders: [], count: 2, limit: 1, offset: 5 })
      // another centre's filter sees none of these orders
      expect((await get(`/admin/oms/kpis/orders?kpi=on_time_shipment&stock_location_id=${store.centers.surabaya}`)).data.count).toBe(0)

      // the order page: each shipment's SLA, and the customer's rating once given
      const view = async (orderId: string) => (await get(`/admin/oms/orders/${orderId}`)).data.order
      expect((await view(delivered)).shipments[0].sla).toMatchObject({ status: "on_time", shipped_at: expect.any(String), reasons: [] })
      expect((await view(overdue)).shipments[0].sla).toMatchObject({ status: "late", shipped_at: null, reasons: expect.arrayContaining(["overdue"]) })
      const freshSla = (await view(fresh)).shipments[0].sla
      // not due yet: on time, or at risk when this runs in the hour before midnight in Jakarta
      expect(["on_time", "at_risk"]).toContain(freshSla.status)
      expect(Date.parse(freshSla.ship_by)).toBeGreaterThan(Date.now())
      expect((await view(delivered)).feedback).toEqual([])

      const owner = await createCustomer(getContainer())
      await getContainer().resolve(Modules.ORDER).updateOrders(delivered, { customer_id: owner.customer_id })
      const rated = await api.post(`/store/oms/orders/${delivered}/feedback`, { rating: 4, comment: "Cepat sampai" }, { headers: { "x-publishable-api-key": store.basics.publishable_key, ...owner.headers } })
      expect(rated.status).toBe(201)
      expect((await view(delivered)).feedback).toEqual([expect.objectContaining({ rating: 4, comment: "Cepat sampai", source: "account", stock_location_id: store.centers.jakarta })])
    })

    it("gives a product's return rate over its shipped units, its causes and the customers' words", async () => {
      await post("/admin/oms/return-reasons/seed", {})
      const { data: reasons } = await get("/admin/return-reasons?limit=100")
      const tooSmall = reasons.return_reasons.find((r: any) => r.value === "oms_product_size_does_not_fit")
      const shipped = await routedOrder(3)
      await packShipDeliver(post, shipped, ["TEE", "TEE", "TEE"])
      await routedOrder(2) // not shipped yet: not in the rate
      const tee = await productId("tee")
      const before = await get(`/admin/oms/products/${tee}/returns`)
      expect(before.status).toBe(200)
      expect(before.data.product_returns).toMatchObject({ product_id: tee, days: 90, rate: { numerator: 0, denominator: 3, rate: 0 }, top_causes: [], words: [] })

      const lineItemId = (await get(`/admin/oms/orders/${shipped}`)).data.order.items[0].id
      const returnId = (await post("/admin/returns", { order_id: shipped, location_id: store.centers.jakarta })).data.return.id
      expect((await post(`/admin/returns/${returnId}/request-items`, { items: [{ id: lineItemId, quantity: 2, reason_id: tooSmall.id, internal_note: "kekecilan" }] })).status).toBe(200)
      expect((await post(`/admin/returns/${returnId}/request`)).status).toBe(200)
      const returnRows = () => sql(`select id from oms_return_line where order_id = ?`, [shipped])
      await waitFor(returnRows, (rows) => rows.length === 1, "the return's row")

      const after = (await get(`/admin/oms/products/${tee}/returns`)).data.product_returns
      expect(after.rate).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 })
      expect(after.top_causes).toEqual([{ cause: "product", units: 2, lines: 1 }])
      expect(after.words).toEqual([{ note: "kekecilan", cause: "product", requested_at: expect.any(String) }])

      // received with one unit broken: two rows (damaged, intact), still one return and one quote
      await post(`/admin/returns/${returnId}/receive`)
      await post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: lineItemId, quantity: 1 }] })
      await post(`/admin/returns/${returnId}/dismiss-items`, { items: [{ id: lineItemId, quantity: 1 }] })
      expect((await post(`/admin/returns/${returnId}/receive/confirm`)).status).toBe(200)
      await waitFor(returnRows, (rows) => rows.length === 2, "the received return's rows")
      const received = (await get(`/admin/oms/products/${tee}/returns`)).data.product_returns
      expect(received.rate).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 })
      expect(received.top_causes).toEqual([{ cause: "damaged", units: 1, lines: 1 }, { cause: "product", units: 1, lines: 1 }])
      expect(received.words).toEqual([expect.objectContaining({ note: "kekecilan" })])
      // the returns page's breakdown by product gives the product the same figure
      const byProduct = (await get("/admin/oms/returns/rates?by=product")).data
      expect(byProduct.groups.find((g: any) => g.key === tee)).toMatchObject({ shipped_units: 3, returned_units: 2 })
      // orders placed before the period are not counted
      await sql(`update oms_shipment set placed_at = now() - interval '40 days' where order_id = ?`, [shipped])
      expect((await get(`/admin/oms/products/${tee}/returns?days=30`)).data.product_returns.rate).toEqual({ numerator: 0, denominator: 0, rate: null })
      expect((await get(`/admin/oms/products/${tee}/returns?days=60`)).data.product_returns.rate.numerator).toBe(2)
      // a product nobody ordered
      expect((await get(`/admin/oms/products/${await productId("batik")}/returns`)).data.product_returns.rate).toEqual({ numerator: 0, denominator: 0, rate: null })
    })

    it("refuses bad drill-down and product queries by field, unknown centres and products, and callers without a token", async () => {
      for (const [url, field] of [
        ["/admin/oms/kpis/orders", "kpi"],
        ["/admin/oms/kpis/orders?kpi=speed", "kpi"],
        ["/admin/oms/kpis/orders?kpi=fill_rate&outcome=late", "outcome"],
        ["/admin/oms/kpis/orders?kpi=fill_rate&outcome=soon", "outcome"],
        ["/admin/oms/kpis/orders?kpi=fill_rate&limit=0", "limit"],
        ["/admin/oms/kpis/orders?kpi=fill_rate&limit=201", "limit"],
        ["/admin/oms/kpis/orders?kpi=fill_rate&from=2026-12-02&to=2026-12-01", "from"],
        ["/admin/oms/kpis/orders?kpi=fill_rate&colour=red", "colour"],
        ["/admin/oms/products/prod_01JAAAAAAAAAAAAAAAAAAAAAAA/returns?days=0", "days"],
        ["/admin/oms/products/prod_01JAAAAAAAAAAAAAAAAAAAAAAA/returns?days=366", "days"],
      ]) {
        const refused = await get(url)
        expect([url, refused.status]).toEqual([url, 400])
        expect([url, refused.data.message]).toEqual([url, expect.stringContaining(field)])
      }
      expect((await get("/admin/oms/kpis/orders?kpi=fill_rate&stock_location_id=sloc_01JAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404)
      const unknown = await get("/admin/oms/products/prod_01JAAAAAAAAAAAAAAAAAAAAAAA/returns")
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toContain("prod_01JAAAAAAAAAAAAAAAAAAAAAAA")
      for (const url of ["/admin/oms/kpis/orders?kpi=fill_rate", `/admin/oms/products/${await productId("tee")}/returns`]) {
        expect([url, (await get(url, {})).status]).toEqual([url, 401])
      }
    })
  },
})
