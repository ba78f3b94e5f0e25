import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "./helpers/admin-auth"
import { createCustomer } from "./helpers/customer-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { packShipDeliver } from "./helpers/journey"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { JAKARTA } from "./helpers/fixtures"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const post = (url: string, body: Record<string, unknown> = {}) => api.post(url, body, { headers }).catch((e: any) => e.response)
    const storePost = (url: string, body: unknown, extra: Record<string, string> = {}) =>
      api.post(url, body, { headers: { "x-publishable-api-key": store.basics.publishable_key, ...extra } }).catch((e: any) => e.response)
    const sql = async (text: string, params: unknown[] = []) => (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(text, params as never)).rows
    const emails = (orderId: string) => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ channel: "email", resource_id: orderId })
    const until = async (check: () => Promise<boolean>) => {
      const deadline = Date.now() + 20_000
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error("timed out")
        await new Promise((r) => setTimeout(r, 200))
      }
    }

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
    })

    const deliveredOrder = async () => {
      const orderId = await placeOrderOf(api, store, [["TEE", 1]], JAKARTA)
      await waitForRouting(api, orderId, headers)
      const { fulfillment_id } = await packShipDeliver(post, orderId, ["TEE"])
      return { orderId, fulfillment_id }
    }

    it("asks for a rating once per delivered shipment, and the emailed link takes one answer", async () => {
      const { orderId, fulfillment_id } = await deliveredOrder()
      await until(async () => (await emails(orderId)).length === 1)
      const [email] = await emails(orderId)
      expect(email.template).toBe("oms-feedback-request")
      const link = String(email.data?.feedback_link)
      const token = link.split("/").pop()!
      expect(link).toMatch(/^http:\/\/localhost:8000\/feedback\/f[A-Za-z0-9_-]{43}$/)
      // the database keeps only the token's hash
      const [request] = await sql(`select token_hash, delivery from oms_feedback_request where order_id = ?`, [orderId])
      expect(request.delivery).toBe("sent")
      expect(request.token_hash).not.toContain(token)

      // the delivery event again: no second request, no second email
      const { requestDeliveryFeedbackWorkflow } = await import("../../src/workflows/feedback")
      await requestDeliveryFeedbackWorkflow(getContainer()).run({ input: { fulfillment_id } })
      expect(await emails(orderId)).toHaveLength(1)
      expect(await sql(`select id from oms_feedback_request where order_id = ?`, [orderId])).toHaveLength(1)

      // bad answers: refused by field, nothing stored
      for (const [body, field] of [[{ rating: 6 }, "rating"], [{ rating: 0 }, "rating"], [{ rating: 4.5 }, "rating"], [{ rating: "5" }, "rating"], [{ rating: 5, comment: "x".repeat(2001) }, "comment"]] as const) {
        const refused = await storePost(`/store/oms/feedback/${token}`, body)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain(field)
      }
      expect((await storePost(`/store/oms/feedback/f${"A".repeat(43)}`, { rating: 5 })).data.message).toContain("token")
      expect(await sql(`select id from oms_feedback`)).toEqual([])

      // two answers on one link at once: exactly one is kept
      const answers = await Promise.all([storePost(`/store/oms/feedback/${token}`, { rating: 5, comment: "Cepat sampai!" }), storePost(`/store/oms/feedback/${token}`, { rating: 1 })])
      expect(answers.map((a) => a.status).sort()).toEqual([201, 400])
      expect(answers.find((a) => a.status === 400).data.message).toMatch(/token: this feedback link was already used/)
      const stored = await sql(`select order_id, rating, source, stock_location_id from oms_feedback`)
      expect(stored).toEqual([{ order_id: orderId, rating: expect.any(Number), source: "link", stock_location_id: store.centers.jakarta }])

      // the rating shows in the period's KPIs; an order left unpacked past its deadline is at risk
      const waiting = await placeOrderOf(api, store, [["TEE", 1]], JAKARTA)
      await waitForRouting(api, waiting, headers)
      await sql(`update oms_shipment set placed_at = now() - interval '3 days' where order_id = ?`, [waiting])
      const { data } = await api.get("/admin/oms/kpis", { headers })
      expect(data.kpis.csat).toMatchObject({ satisfied: { denominator: 1 }, average: expect.any(Number) })
      expect(data.at_risk.shipments).toEqual([expect.objectContaining({ order_id: waiting, stage: "routed", reasons: expect.arrayContaining(["overdue"]) })])
      expect(data.at_risk.count).toBe(1)

      // an expired link is refused too
      await sql(`update oms_feedback_request set used_at = null, expires_at = now() - interval '1 minute' where order_id = ?`, [orderId])
      expect((await storePost(`/store/oms/feedback/${token}`, { rating: 3 })).data.message).toMatch(/expired/)
      expect(await sql(`select id from oms_feedback`)).toHaveLength(1)
    })

    it("lets a logged-in customer rate only their own order", async () => {
      const { orderId } = await deliveredOrder()
      const owner = await createCustomer(getContainer())
      const stranger = await createCustomer(getContainer())
      await getContainer().resolve(Modules.ORDER).updateOrders(orderId, { customer_id: owner.customer_id })

      expect((await storePost(`/store/oms/orders/${orderId}/feedback`, { rating: 4 })).status).toBe(401)
      const foreign = await storePost(`/store/oms/orders/${orderId}/feedback`, { rating: 4 }, stranger.headers)
      expect(foreign.status).toBe(404)
      expect((await storePost(`/store/oms/orders/order_01JAAAAAAAAAAAAAAAAAAAAAAA/feedback`, { rating: 4 }, owner.headers)).status).toBe(404)
      expect(await sql(`select id from oms_feedback`)).toEqual([])

      const rated = await storePost(`/store/oms/orders/${orderId}/feedback`, { rating: 4, comment: "ok" }, owner.headers)
      expect(rated.status).toBe(201)
      expect(rated.data.feedback).toMatchObject({ order_id: orderId, rating: 4 })
      const again = await storePost(`/store/oms/orders/${orderId}/feedback`, { rating: 5 }, owner.headers)
      expect(again.status).toBe(400)
      expect(await sql(`select customer_id, source, stock_location_id from oms_feedback`)).toEqual([
        { customer_id: owner.customer_id, source: "account", stock_location_id: store.centers.jakarta },
      ])
    })
  },
})
