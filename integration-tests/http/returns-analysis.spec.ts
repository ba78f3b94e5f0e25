import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ROOT_CAUSE_LABELS } from "../../src/lib/returns"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { packShipDeliver } from "./helpers/journey"
import { placeOrderOf, waitForRouting, type StorefrontAddress } from "./helpers/storefront"
import { CARTON, JAKARTA, SURABAYA } from "./helpers/fixtures"
import { waitFor } from "./helpers/wait"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const post = (url: string, body: Record<string, unknown> = {}, h: Record<string, string> = headers) => api.post(url, body, { headers: h }).catch((e: any) => e.response)
    const get = (url: string) => api.get(url, { headers }).catch((e: any) => e.response)
    const sql = async (text: string, params: unknown[] = []) => (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(text, params as never)).rows
    const feed = (exportId: string) => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed", resource_id: exportId })

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
      for (const centre of [store.centers.jakarta, store.centers.surabaya]) await post(`/admin/oms/centers/${centre}/cartons`, CARTON)
      await post("/admin/oms/return-reasons/seed", {})
    })

    const delivered = async (sku: string, quantity: number, address: StorefrontAddress) => {
      const orderId = await placeOrderOf(api, store, [[sku, quantity]], address)
      await waitForRouting(api, orderId, headers)
      await packShipDeliver(post, orderId, Array(quantity).fill(sku))
      const { data } = await get(`/admin/oms/orders/${orderId}`)
      return { orderId, lineItemId: data.order.items[0].id as string }
    }

    const requestReturn = async (order: { orderId: string; lineItemId: string }, location: string, quantity: number, reason: string, note: string) => {
      const { data: reasons } = await get("/admin/return-reasons?limit=100")
      const reasonId = reasons.return_reasons.find((r: any) => r.value === reason).id
      const returnId = (await post("/admin/returns", { order_id: order.orderId, location_id: location })).data.return.id
      expect((await post(`/admin/returns/${returnId}/request-items`, { items: [{ id: order.lineItemId, quantity, reason_id: reasonId, internal_note: note }] })).status).toBe(200)
      expect((await post(`/admin/returns/${returnId}/request`)).status).toBe(200)
      await waitFor(() => sql(`select id from oms_return_line where order_id = ?`, [order.orderId]), (rows) => rows.length > 0, "the return's row")
      return returnId as string
    }

    it("breaks the return rate down by product, centre, reason, cause, carton and carrier, with the value returned and the customers' words", async () => {
      const tees = await delivered("TEE", 10, JAKARTA)
      await delivered("BATIK", 1, JAKARTA)
      const surabaya = await delivered("TEE", 1, SURABAYA)
      const teeReturn = await requestReturn(tees, store.centers.jakarta, 2, "oms_product_size_does_not_fit", "=terlalu kecil")
      // the return's events handled at the same moment (Medusa emits them close together) write its rows once
      const { recordReturnLinesWorkflow } = await import("../../src/workflows/returns")
      await Promise.all([1, 2, 3].map(() => recordReturnLinesWorkflow(getContainer()).run({ input: { return_id: teeReturn } })))
      expect(await sql(`select part, quantity from oms_return_line where order_id = ? and deleted_at is null`, [tees.orderId])).toEqual([{ part: "all", quantity: 2 }])
      await requestReturn(surabaya, store.centers.surabaya, 1, "oms_damaged_in_transit", "Kotak penyok")

      const byProduct = await get("/admin/oms/returns/rates?by=product&time_zone=Asia/Jakarta")
      expect(byProduct.status).toBe(200)
      const p = byProduct.data
      expect(p.totals).toMatchObject({ shipped_units: 12, returned_units: 3, returned_lines: 2, rate: { numerator: 3, denominator: 12, rate: 0.25 }, currency_code: "idr" })
      expect(p.totals.refund_by_currency).toEqual([{ currency_code: "idr", amount: 300000 }])
      const [{ product_id: teeProduct }] = await sql(`select product_id from order_line_item where id = ?`, [tees.lineItemId])
      expect(p.groups.map((g: any) => [g.key, g.shipped_units, g.returned_units, g.rate.rate, g.refund])).toEqual([
        [teeProduct, 11, 3, 3 / 11, 300000],
        [expect.stringMatching(/^prod_/), 1, 0, 0, 0],
      ])
      // the tee sold 11 units: enough to rank, with what the customers wrote, newest first
      expect(p.offenders).toHaveLength(1)
      expect(p.offenders[0]).toMatchObject({ key: teeProduct, returned_units: 3 })
      expect(p.offenders[0].lower_bound).toBeGreaterThan(0)
      expect(p.offenders[0].words.map((w: any) => w.note)).toEqual(["Kotak penyok", "=terlalu kecil"])
      // over time: the week the orders were placed (Monday, Jakarta time), overall and for the offender
      expect(p.over_time).toHaveLength(1)
      expect(p.over_time[0]).toMatchObject({ week: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), shipped_units: 12, returned_units: 3, rate: 0.25 })
      expect(p.over_time[0].groups[teeProduct]).toEqual({ shipped_units: 11, returned_units: 3, rate: 3 / 11 })
      expect(new Date(`${p.over_time[0].week}T00:00:00Z`).getUTCDay()).toBe(1)

      const by = async (dimension: string, extra = "") => (await get(`/admin/oms/returns/rates?by=${dimension}${extra}`)).data
      const centres = await by("centre")
      const centre = (id: string) => centres.groups.find((g: any) => g.key === id)
      expect(centre(store.centers.jakarta)).toMatchObject({ shipped_units: 11, returned_units: 2, refund: 200000 })
      expect(centre(store.centers.surabaya)).toMatchObject({ shipped_units: 1, returned_units: 1, rate: { rate: 1 } })
      // reasons and causes are shares of every unit shipped
      const reasons = await by("reason")
      expect(reasons.groups.map((g: any) => [g.key, g.shipped_units, g.returned_units])).toEqual([
        ["oms_product_size_does_not_fit", 12, 2],
        ["oms_damaged_in_transit", 12, 1],
      ])
      expect(reasons.groups[0].label).toEqual(expect.any(String))
      const causes = await by("cause")
      expect(causes.groups.map((g: any) => [g.key, g.returned_units]).sort()).toEqual([["damaged", 1], ["product", 2]])
      const cartons = await by("carton")
      expect(cartons.groups).toEqual([expect.objectContaining({ key: "M", shipped_units: 12, returned_units: 3 })])
      const carriers = await by("carrier")
      expect(carriers.groups.every((g: any) => g.key.startsWith("so_") && /^Standard from /.test(g.label))).toBe(true)
      expect(carriers.groups.reduce((n: number, g: any) => n + g.returned_units, 0)).toBe(3)
      const packers = await by("packer")
      expect(packers.groups).toEqual([expect.objectContaining({ key: expect.stringMatching(/^user_/), shipped_units: 12, returned_units: 3 })])
      for (const dimension of ["picker", "channel", "region"]) expect((await by(dimension)).totals.returned_units).toBe(3)
      // filters: one centre, one cause
      expect((await by("product", `&stock_location_id=${store.centers.surabaya}`)).totals).toMatchObject({ shipped_units: 1, returned_units: 1 })
      expect((await by("centre", "&cause=product")).totals).toMatchObject({ shipped_units: 12, returned_units: 2 })
      // orders placed before the period are not counted
      expect((await by("product", "&from=2020-01-01&to=2020-02-01")).totals).toMatchObject({ shipped_units: 0, returned_units: 0, rate: { rate: null } })

      for (const [query, field] of [["by=colour", "by"], ["time_zone=Mars/Olympus", "time_zone"], ["limit=0", "limit"], ["from=2026-02-01&to=2026-01-01", "from"], ["cause=broken", "cause"]]) {
        const res = await get(`/admin/oms/returns/rates?${query}`)
        expect([query, res.status]).toEqual([query, 400])
        expect(res.data.message).toContain(field)
      }
      expect((await api.get("/admin/oms/returns/rates").catch((e: any) => e.response)).status).toBe(401)

      // the large export: 202 at once, then the file in the store's file storage and a notification in the bell
      const started = await post("/admin/oms/returns/export", { lang: "id" })
      expect(started.status).toBe(202)
      const exportId = started.data.transaction_id
      expect(exportId).toMatch(/^oms-returns-export-/)
      const [ready] = await waitFor(() => feed(exportId), (n) => n.length > 0, "the export's notification")
      expect(ready).toMatchObject({ channel: "feed", template: "admin-ui", resource_type: "oms_returns_export" })
      expect(ready.data).toMatchObject({ title: "Ekspor retur", file: { filename: expect.stringMatching(/^returns-\d{4}-\d{2}-\d{2}\.csv$/), url: expect.any(String), mimeType: "text/csv" } })
      expect(String(ready.data!.description)).toContain("2 baris")
      const files = getContainer().resolve(Modules.FILE)
      const fileId = (ready.data as any).file.id
      const content = (await files.getAsBuffer(fileId)).toString("utf8")
      const [header, ...lines] = content.trim().split("\n")
      expect(header.split(",")).toEqual(expect.arrayContaining(["requested_at", "quantity", "cause", "why", "customer_words"]))
      expect(lines).toHaveLength(2)
      expect(lines.some((l) => l.includes(ROOT_CAUSE_LABELS.damaged.id) && l.includes("Kotak penyok"))).toBe(true)
      // a customer's "=…" is text for a spreadsheet, not a formula
      expect(lines.some((l) => l.includes("'=terlalu kecil"))).toBe(true)
      // the streamed download holds the same rows
      const streamed = await get(`/admin/oms/returns/export?lang=id`)
      expect(String(streamed.data).trim()).toEqual(content.trim())
      await files.deleteFiles(fileId)

      // filters reach the job: one centre's lines only
      const one = await post("/admin/oms/returns/export", { stock_location_id: store.centers.surabaya })
      const [onlySurabaya] = await waitFor(() => feed(one.data.transaction_id), (n) => n.length > 0, "the filtered export")
      expect(onlySurabaya.data!.title).toBe("Returns export")
      expect(String(onlySurabaya.data!.description)).toContain("1 line.")
      await files.deleteFiles((onlySurabaya.data as any).file.id)

      // a failed export says so in the bell, and leaves no file
      const original = files.getUploadStream
      ;(files as any).getUploadStream = async () => {
        throw new Error("the disk is full")
      }
      try {
        const failing = await post("/admin/oms/returns/export", { lang: "en" })
        expect(failing.status).toBe(202)
        const [failed] = await waitFor(() => feed(failing.data.transaction_id), (n) => n.length > 0, "the failure notification")
        expect(failed.data).toEqual({ title: "Returns export", description: expect.stringMatching(/could not be made/) })
      } finally {
        ;(files as any).getUploadStream = original
      }

      // the job's body is validated like the download's query
      for (const [body, field] of [[{ lang: "fr" }, "lang"], [{ cause: "broken" }, "cause"], [{ from: "yesterday" }, "from"], [{ colour: "blue" }, "colour"]] as const) {
        const res = await post("/admin/oms/returns/export", body)
        expect([field, res.status]).toEqual([field, 400])
        expect(res.data.message).toContain(field)
      }
      expect((await post("/admin/oms/returns/export", {}, {})).status).toBe(401)
      expect((await post("/admin/oms/returns/export", { stock_location_id: "sloc_01JAAAAAAAAAAAAAAAAAAAAAAA" })).status).toBe(404)
    })
  },
})
