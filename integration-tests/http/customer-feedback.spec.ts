import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { repeatPurchase, type CustomerOrder } from "../../src/lib/kpi"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { packShipDeliver } from "./helpers/journey"
import { placeStoreOrder, waitForRouting, type StorefrontAddress } from "./helpers/storefront"
import { JAKARTA, MEDAN, SURABAYA } from "./helpers/fixtures"
import { waitFor } from "./helpers/wait"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const post = (url: string, body: Record<string, unknown> = {}) => api.post(url, body, { headers }).catch((e: any) => e.response)
    const get = (url: string, h: Record<string, string> = headers) => api.get(url, { headers: h }).catch((e: any) => e.response)
    const sql = async (text: string, params: unknown[] = []) => (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(text, params as never)).rows

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
    })

    /** A storefront order of one tee by `email`, routed; delivered when asked. */
    const order = async (email: string, address: StorefrontAddress, deliver = true) => {
      const placed = await placeStoreOrder(api, { publishableKey: store.basics.publishable_key, regionId: store.regionId, items: [{ variant_id: store.catalog.TEE.variant_id, quantity: 1 }], address, email })
      if (!placed.order) throw new Error(`checkout failed: ${placed.error}`)
      const orderId = placed.order.id
      await waitForRouting(api, orderId, headers)
      if (deliver) await packShipDeliver(post, orderId, ["TEE"])
      return orderId
    }

    /** The customer answers the emailed feedback link. */
    const rate = async (orderId: string, rating: number, comment?: string) => {
      const emails = () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ channel: "email", resource_id: orderId })
      const [email] = await waitFor(emails, (sent) => sent.length === 1, "the feedback email")
      const token = String(email.data?.feedback_link).split("/").pop()
      const answered = await api.post(`/store/oms/feedback/${token}`, { rating, ...(comment ? { comment } : {}) }, { headers: { "x-publishable-api-key": store.basics.publishable_key } })
      expect(answered.status).toBe(201)
    }

    it("shows CSAT per centre, carrier and region, the repeat-purchase rate and the latest words", async () => {
      // Ani orders from Jakarta twice; Budi (a guest) once from Surabaya; Citra once from Medan, unrated
      const ani1 = await order("ani@example.com", JAKARTA)
      await rate(ani1, 5, "Cepat sampai, rapi!")
      const budi = await order("budi@example.com", SURABAYA)
      await rate(budi, 2, "Kotaknya penyok")
      await order("citra@example.com", MEDAN, false)
      await order("ani@example.com", JAKARTA, false)

      const unauthenticated = await get("/admin/oms/feedback", {})
      expect(unauthenticated.status).toBe(401)

      const res = await get("/admin/oms/feedback")
      expect(res.status).toBe(200)
      const body = res.data
      expect(body.csat.satisfied).toEqual({ numerator: 1, denominator: 2, rate: 0.5 })
      expect(body.csat.average).toBeCloseTo(3.5)
      expect(body.by_centre).toEqual([
        { stock_location_id: store.centers.jakarta, csat: expect.objectContaining({ satisfied: { numerator: 1, denominator: 1, rate: 1 } }) },
        { stock_location_id: store.centers.surabaya, csat: expect.objectContaining({ satisfied: { numerator: 0, denominator: 1, rate: 0 } }) },
      ].sort((a, b) => (a.stock_location_id < b.stock_location_id ? -1 : 1)))
      // each rating is counted for the shipping option its parcel went with, named as the merchant named it
      const [{ shipping_option_id: option }] = await sql(`select shipping_option_id from oms_shipment where order_id = ?`, [ani1])
      const carrier = body.by_carrier.find((c: any) => c.shipping_option_id === option)
      expect(carrier.name).toMatch(/^Standard from /)
      expect(carrier.csat.satisfied.numerator).toBe(1)
      expect(body.by_carrier.reduce((n: number, c: any) => n + c.csat.satisfied.denominator, 0)).toBe(2)
      expect(body.by_region).toEqual([{ region_id: store.regionId, csat: expect.objectContaining({ satisfied: { numerator: 1, denominator: 2, rate: 0.5 } }) }])
      // newest words first, with the rating and the order's number
      expect(body.comments.map((c: any) => [c.rating, c.comment, c.source])).toEqual([[2, "Kotaknya penyok", "link"], [5, "Cepat sampai, rapi!", "link"]])
      expect(body.comments[0]).toMatchObject({ order_id: budi, order_display_id: expect.any(Number), stock_location_id: store.centers.surabaya })

      // three customers had a first order in the period; Ani came back; Budi and Citra still can
      expect(body.repeat_purchase.window_days).toBe(90)
      expect(body.repeat_purchase.overall).toEqual({ customers: 3, repeated: 1, still_open: 2, rate: 1 / 3 })
      const centre = (id: string) => body.repeat_purchase.by_centre.find((c: any) => c.stock_location_id === id)
      expect(centre(store.centers.jakarta)).toMatchObject({ customers: 1, repeated: 1, rate: 1 })
      expect(centre(store.centers.surabaya)).toMatchObject({ customers: 1, repeated: 0, still_open: 1, rate: 0 })
      expect(centre(store.centers.medan)).toMatchObject({ customers: 1, repeated: 0 })
      expect(body.repeat_purchase.by_region).toEqual([{ region_id: store.regionId, customers: 3, repeated: 1, still_open: 2, rate: 1 / 3 }])

      // the SQL agrees with the definition in lib/kpi run over the same orders
      const rows = await sql(
        `select o.id, c.email, o.created_at, o.region_id, o.status,
                array(select s.stock_location_id from oms_shipment s where s.order_id = o.id and s.stage <> 'rerouted' and s.stock_location_id is not null) as centres
           from "order" o join customer c on c.id = o.customer_id`
      )
      const orders: CustomerOrder[] = rows.map((r: any) => ({ order_id: r.id, customer: r.email, placed_at: new Date(r.created_at), stock_location_ids: r.centres, region_id: r.region_id, canceled: r.status === "canceled" }))
      const reference = repeatPurchase(orders, { from: new Date(body.period.from), to: new Date(body.period.to) }, new Date())
      expect(body.repeat_purchase.overall).toEqual(reference.overall)
      expect(body.repeat_purchase.by_centre.map((c: any) => [c.stock_location_id, c.customers, c.repeated]).sort()).toEqual(reference.by_centre.map((c) => [c.key, c.repeat.customers, c.repeat.repeated]).sort())

      // Ani's second order 100 days after her first is no repeat
      await sql(`update "order" set created_at = created_at + interval '100 days' where id <> ? and email = 'ani@example.com'`, [ani1])
      expect((await get("/admin/oms/feedback")).data.repeat_purchase.overall).toMatchObject({ customers: 3, repeated: 0 })
      await sql(`update "order" set created_at = created_at - interval '100 days' where id <> ? and email = 'ani@example.com'`, [ani1])

      // one centre: only the ratings and customers whose first order it shipped
      const surabaya = (await get(`/admin/oms/feedback?stock_location_id=${store.centers.surabaya}`)).data
      expect(surabaya.csat.satisfied).toEqual({ numerator: 0, denominator: 1, rate: 0 })
      expect(surabaya.repeat_purchase.overall).toEqual({ customers: 1, repeated: 0, still_open: 1, rate: 0 })
      expect(surabaya.comments.map((c: any) => c.comment)).toEqual(["Kotaknya penyok"])
      // a period before any order: nothing, and no NaN
      const empty = (await get("/admin/oms/feedback?from=2020-01-01&to=2020-02-01")).data
      expect(empty.csat).toEqual({ satisfied: { numerator: 0, denominator: 0, rate: null }, average: null, distribution: [0, 0, 0, 0, 0] })
      expect(empty.repeat_purchase.overall).toEqual({ customers: 0, repeated: 0, still_open: 0, rate: null })
      expect(empty.comments).toEqual([])
    })

    it("refuses bad filters with a 400 naming the field", async () => {
      for (const [query, field] of [
        ["comments=51", "comments"],
        ["comments=-1", "comments"],
        ["from=2026-02-01&to=2026-01-01", "from"],
        ["to=yesterday", "to"],
        ["stock_location_id=a%20b", "stock_location_id"],
        ["region_id=" + "r".repeat(101), "region_id"],
        ["colour=blue", "colour"],
      ]) {
        const res = await get(`/admin/oms/feedback?${query}`)
        expect([query, res.status]).toEqual([query, 400])
        expect(res.data.message).toContain(field)
      }
      expect((await get("/admin/oms/feedback?stock_location_id=sloc_01JAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404)
    })
  },
})
