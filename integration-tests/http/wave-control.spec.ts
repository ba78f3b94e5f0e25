import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { stockJakartaBins } from "./helpers/warehouse"
import { JAKARTA } from "./helpers/fixtures"

jest.setTimeout(120 * 1000)

/** Wave control as the picking screen uses it: human wave names and short picks from a list of reasons. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    let jakarta: string
    const post = (url: string, body: Record<string, unknown> = {}, h = headers) => api.post(url, body, { headers: h }).catch((e: any) => e.response)
    const get = (url: string, h = headers) => api.get(url, { headers: h }).catch((e: any) => e.response)
    const placeJakartaOrder = async (items: [string, number][]) => {
      const orderId = await placeOrderOf(api, store, items, JAKARTA)
      await waitForRouting(api, orderId, headers)
      return orderId
    }

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
      jakarta = store.centers.jakarta
      await stockJakartaBins(api, headers, store)
    })

    it("names waves by centre code, local day and number, in the list and the wave itself", async () => {
      const first = await placeJakartaOrder([["TEE", 1]])
      const second = await placeJakartaOrder([["BATIK", 1]])
      const one = (await post("/admin/oms/waves", { stock_location_id: jakarta, order_ids: [first] })).data.wave
      const two = (await post("/admin/oms/waves", { stock_location_id: jakarta, order_ids: [second] })).data.wave
      const day = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Jakarta", day: "2-digit", month: "2-digit" }).format(new Date(one.created_at)).replace("/", "")
      expect(one.name).toBe(`JKT-${day}-1`)
      expect(two.name).toBe(`JKT-${day}-2`)
      // a canceled wave keeps its number, so the names never shift
      expect((await post(`/admin/oms/waves/${one.id}/cancel`)).status).toBe(200)
      expect((await get(`/admin/oms/waves/${two.id}`)).data.wave.name).toBe(`JKT-${day}-2`)
      const list = (await get(`/admin/oms/waves?stock_location_id=${jakarta}`)).data.waves
      expect(Object.fromEntries(list.map((w: any) => [w.id, w.name]))).toEqual({ [one.id]: `JKT-${day}-1`, [two.id]: `JKT-${day}-2` })
    })

    it("previews a wave without claiming anything: orders waiting for the filters, the next wave's units, bins and walk", async () => {
      const first = await placeJakartaOrder([["TEE", 2]])
      const second = await placeJakartaOrder([["BATIK", 1], ["TEE", 1]])
      const url = `/admin/oms/waves/preview?stock_location_id=${jakarta}`

      expect((await api.get(url).catch((e: any) => e.response)).status).toBe(401)
      const missing = await get("/admin/oms/waves/preview")
      expect(missing.status).toBe(400)
      expect(missing.data.message).toContain("stock_location_id")
      const zero = await get(`${url}&max_orders=0`)
      expect(zero.status).toBe(400)
      expect(zero.data.message).toContain("max_orders")
      const flag = await get(`${url}&before_cutoff=maybe`)
      expect(flag.status).toBe(400)
      expect(flag.data.message).toContain("before_cutoff")
      expect((await get("/admin/oms/waves/preview?stock_location_id=sloc_unknown")).status).toBe(404)
      expect((await get(`/admin/oms/waves/preview?stock_location_id=${store.centers.medan}`)).data).toMatchObject({ problem: "no_layout", waiting_count: 0 })

      const preview = (await get(`${url}&max_orders=1`)).data
      expect(preview).toMatchObject({ problem: null, waiting_count: 2, waiting_units: 4 })
      expect(preview.waiting.map((o: any) => o.order_id).sort()).toEqual([first, second].sort())
      for (const o of preview.waiting) {
        expect(o.display_id).toEqual(expect.any(Number))
        expect(o.customer).toBeTruthy()
      }
      // the oldest order first, alone in the next wave (max 1), its two units from one bin
      expect(preview.next_wave).toMatchObject({ order_ids: [first], units: 2, bins: 1 })
      expect(preview.next_wave.distance_m).toBeGreaterThan(0)
      expect(preview.waiting.find((o: any) => o.order_id === first).in_next_wave).toBe(true)

      // nothing was claimed: the wave built afterwards is the one previewed
      const wave = (await post("/admin/oms/waves", { stock_location_id: jakarta, max_orders: 1 })).data.wave
      expect(wave.orders.map((o: any) => o.order_id)).toEqual(preview.next_wave.order_ids)
      expect(wave.route.distance_m).toBeCloseTo(preview.next_wave.distance_m, 6)
      const after = (await get(url)).data
      expect(after.waiting.map((o: any) => o.order_id)).toEqual([second])
    })

    it("short picks take a reason from the list (other with a note), refuse anything else by field, and keep it on the line", async () => {
      await placeJakartaOrder([["TEE", 2]])
      const wave = (await post("/admin/oms/waves", { stock_location_id: jakarta, mode: "single" })).data.wave
      const line = wave.lines[0]
      const url = `/admin/oms/waves/${wave.id}/short-picks`

      const noAuth = await api.post(url, { pick_line_id: line.id, found_quantity: 0, reason: "damaged" }).catch((e: any) => e.response)
      expect(noAuth.status).toBe(401)
      const freeText = await post(url, { pick_line_id: line.id, found_quantity: 0, reason: "bin empty" })
      expect(freeText.status).toBe(400)
      expect(freeText.data.message).toContain("reason")
      const noNote = await post(url, { pick_line_id: line.id, found_quantity: 0, reason: "other" })
      expect(noNote.status).toBe(400)
      expect(noNote.data.message).toContain("note")
      const longNote = await post(url, { pick_line_id: line.id, found_quantity: 0, reason: "other", note: "x".repeat(461) })
      expect(longNote.status).toBe(400)
      expect(longNote.data.message).toContain("note")
      const unknownWave = await post(`/admin/oms/waves/wave_01JZZZZZZZZZZZZZZZZZZZZZZZ/short-picks`, { pick_line_id: line.id, found_quantity: 0, reason: "damaged" })
      expect(unknownWave.status).toBe(404)
      // nothing changed by the refusals
      expect((await get(`/admin/oms/waves/${wave.id}`)).data.wave.orders[0].status).toBe("waiting")

      const short = await post(url, { pick_line_id: line.id, found_quantity: 1, reason: "wrong_item", note: "batik in the tee bin" })
      expect(short.status).toBe(200)
      expect(short.data.wave.lines[0].short_reason).toBe("wrong_item: batik in the tee bin (found 1 of 2)")
    })
  },
})
