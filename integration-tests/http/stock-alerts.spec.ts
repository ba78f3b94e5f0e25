import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import postStockAlertsJob from "../../src/jobs/post-stock-alerts"
import { OMS_MODULE } from "../../src/modules/oms"
import { STOCK_MODULE } from "../../src/modules/stock"
import { postStockAlertsWorkflow } from "../../src/workflows/stock-alerts/post-stock-alerts"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { stockJakartaBins } from "./helpers/warehouse"

jest.setTimeout(180 * 1000)

type Condition = "stock_out" | "low" | "dead" | "overstock" | "ok"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const stock = () => getContainer().resolve(STOCK_MODULE)
    const get = (url: string, h: Record<string, string> | undefined = headers) => api.get(url, { headers: h }).catch((e: any) => e.response)
    const run = async () => (await postStockAlertsWorkflow(getContainer()).run({ input: {} })).result
    const feed = async () =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" }, { take: null, order: { created_at: "ASC" } }))
        .filter((n: any) => n.idempotency_key?.startsWith("oms-stock"))
    const openAlerts = async (query = "") => {
      const res = await get(`/admin/oms/stock-alerts?status=open${query}`)
      expect(res.status).toBe(200)
      return res.data
    }
    /** A stock-health row as the refresh job writes it (the rows' figures are what the alert quotes). */
    const healthRow = async (sku: string, centre: keyof typeof store.centers, condition: Condition, figures: Record<string, number | null> = {}, itemId?: string) => {
      const [row] = await stock().createStockHealths([
        {
          inventory_item_id: itemId ?? store.catalog[sku].inventory_item_id,
          stock_location_id: store.centers[centre],
          sku,
          title: `${sku} title`,
          on_hand: 5,
          available: 3,
          reorder_point: 11.2,
          days_of_supply: 4.4,
          condition,
          refreshed_at: new Date(),
          ...figures,
        },
      ] as never)
      return row as { id: string }
    }
    const setCondition = (row: { id: string }, condition: Condition) => stock().updateStockHealths([{ id: row.id, condition }] as never)

    beforeEach(async () => {
      store = await buildOmsStore(getContainer())
      headers = (await createAdminHeaders(getContainer())).headers
    })

    it("posts a problem once in merchant words, not again while it lasts, clears it, and posts it again when it returns", async () => {
      const tee = await healthRow("TEE", "jakarta", "low")
      await healthRow("BATIK", "jakarta", "ok")
      await healthRow("MUG", "surabaya", "dead")

      const first = await run()
      expect(first).toMatchObject({ messages: 1, posted: 1, recorded: 1, cleared: 0, feed_available: true })
      const [posted] = await feed()
      expect(posted.data).toEqual({
        title: "Low stock at Jakarta FC: SKU TEE (TEE title)",
        description: "SKU TEE (TEE title) is down to 3 units available at Jakarta FC, at or below its reorder point of 12 units (about 4 days of supply). Time to reorder.",
      })
      expect(posted).toMatchObject({ channel: "feed", template: "admin-ui", idempotency_key: `oms-stock:low_stock:${store.centers.jakarta}:${store.catalog.TEE.inventory_item_id}#1` })
      expect(JSON.stringify(posted.data)).not.toMatch(/sloc_|iitem_|stkhlth_/)

      const listed = await openAlerts()
      expect(listed).toMatchObject({ count: 1, feed_available: true })
      expect(listed.alerts[0]).toMatchObject({
        kind: "low_stock",
        stock_location_id: store.centers.jakarta,
        location_name: "Jakarta FC",
        inventory_item_id: store.catalog.TEE.inventory_item_id,
        sku: "TEE",
        cleared_at: null,
        in_feed: true,
        figures: { available: 3, on_hand: 5, reorder_point: 12, days_of_supply: 4.4 },
      })
      expect(Date.parse(listed.alerts[0].posted_at)).toBeGreaterThan(Date.now() - 60_000)

      expect(await run()).toMatchObject({ messages: 0, posted: 0, recorded: 0, cleared: 0 })
      expect(await feed()).toHaveLength(1)

      await setCondition(tee, "ok")
      expect(await run()).toMatchObject({ messages: 0, cleared: 1 })
      expect((await openAlerts()).count).toBe(0)
      const cleared = (await get(`/admin/oms/stock-alerts?status=cleared`)).data
      expect(cleared.count).toBe(1)
      expect(Date.parse(cleared.alerts[0].cleared_at)).toBeGreaterThanOrEqual(Date.parse(cleared.alerts[0].posted_at))
      expect(await feed()).toHaveLength(1)

      await setCondition(tee, "stock_out")
      await setCondition(tee, "low")
      expect(await run()).toMatchObject({ messages: 1, posted: 1 })
      expect((await feed()).map((n: any) => n.idempotency_key.split("#")[1])).toEqual(["1", "2"])
      expect((await openAlerts()).count).toBe(1)
      expect((await get(`/admin/oms/stock-alerts`)).data.count).toBe(2)
    })

    it("posts once when two workers run the job at the same moment", async () => {
      await healthRow("TEE", "medan", "stock_out", { available: 0, on_hand: 0 })
      await healthRow("MUG", "surabaya", "low")
      await healthRow("BATIK", "jakarta", "overstock", { on_hand: 400, days_of_supply: 300 })

      const outcomes = await Promise.allSettled([run(), run(), run()])
      const done = outcomes.filter((o) => o.status === "fulfilled").map((o) => (o as PromiseFulfilledResult<any>).value)
      // one run announced everything; any other either found nothing new or found the lock taken
      expect(done.reduce((sum, r) => sum + r.posted, 0)).toBe(3)
      expect(done.filter((r) => r.posted > 0)).toHaveLength(1)
      for (const o of outcomes) if (o.status === "rejected") expect(String(o.reason?.message ?? o.reason)).toMatch(/lock/i)

      await Promise.all([postStockAlertsJob(getContainer()), postStockAlertsJob(getContainer())])
      const posted = await feed()
      expect(posted.map((n: any) => n.data.title).sort()).toEqual([
        "Low stock at Surabaya FC: SKU MUG (MUG title)",
        "Out of stock at Medan FC: SKU TEE (TEE title)",
        "Overstock at Jakarta FC: SKU BATIK (BATIK title)",
      ])
      expect(await stock().listStockAlerts({}, { take: null })).toHaveLength(3)
    })

    it("neither posts nor lists a kind turned off in the plugin options, and closes its open alerts", async () => {
      const switches = getContainer().resolve(OMS_MODULE).getOptions().stock.alerts
      await healthRow("TEE", "jakarta", "low")
      await healthRow("BATIK", "jakarta", "overstock", { on_hand: 400, days_of_supply: 300 })
      expect(await run()).toMatchObject({ posted: 2 })
      switches.overstock = false
      try {
        // listed as open no more, straight away; the next run closes it
        expect((await openAlerts()).alerts.map((a: any) => a.kind)).toEqual(["low_stock"])
        expect((await openAlerts("&kind=overstock")).count).toBe(0)
        expect(await run()).toMatchObject({ posted: 0, cleared: 1 })
        await healthRow("SAMBAL", "medan", "overstock", { on_hand: 90, days_of_supply: 500 })
        expect(await run()).toMatchObject({ posted: 0, recorded: 0 })
        expect((await feed()).filter((n: any) => n.data.title.startsWith("Overstock"))).toHaveLength(1)
      } finally {
        switches.overstock = true
      }
      // turned on again: the overstock found now is announced
      expect(await run()).toMatchObject({ posted: 2 })
    })

    it("groups a flood of one kind at one centre into one message", async () => {
      const items = await getContainer()
        .resolve(Modules.INVENTORY)
        .createInventoryItems(Array.from({ length: 12 }, (_, i) => ({ sku: `GRP-${String(i + 1).padStart(2, "0")}`, title: `Group item ${i + 1}` })))
      for (const item of items) await healthRow(item.sku!, "medan", "low", {}, item.id)
      await healthRow("TEE", "jakarta", "low")

      expect(await run()).toMatchObject({ messages: 2, posted: 2, recorded: 13 })
      const grouped = (await feed()).find((n: any) => n.idempotency_key.startsWith("oms-stock-group:"))
      expect(grouped.data).toEqual({
        title: "Low stock at Medan FC: 12 SKUs",
        description: "GRP-01, GRP-02, GRP-03, GRP-04, GRP-05 and 7 more are at or below their reorder point at Medan FC. The stock-health page lists them all.",
      })
      const medan = await openAlerts(`&stock_location_id=${store.centers.medan}&limit=200`)
      expect(medan.count).toBe(12)
      expect(medan.alerts.every((a: any) => a.in_feed && a.location_name === "Medan FC")).toBe(true)
      const rows = await stock().listStockAlerts({ stock_location_id: store.centers.medan }, { take: null })
      expect(new Set(rows.map((r: any) => r.notification_id))).toEqual(new Set([grouped.id]))
      expect(await run()).toMatchObject({ messages: 0 })
    })

    it("announces a break found by the invariant check (bins hold more than Medusa stocks) and clears it when corrected", async () => {
      await stockJakartaBins(api, headers, store)
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const tee = store.catalog.TEE.inventory_item_id
      const setStocked = (stocked_quantity: number) =>
        inventory.updateInventoryLevels([{ inventory_item_id: tee, location_id: store.centers.jakarta, stocked_quantity }])
      await setStocked(6)

      expect(await run()).toMatchObject({ posted: 1 })
      const [posted] = await feed()
      expect(posted.data.title).toBe("Stock records disagree at Jakarta FC: SKU TEE")
      expect(posted.data.description).toContain("bins and totes hold 10 units, but Medusa stocks only 6")
      expect((await openAlerts("&kind=invariant_break")).alerts).toEqual([expect.objectContaining({ sku: "TEE", location_name: "Jakarta FC", in_feed: true })])

      await setStocked(10)
      expect(await run()).toMatchObject({ posted: 0, cleared: 1 })
      expect((await openAlerts()).count).toBe(0)
    })

    it("refuses a bad query with 400 naming the field, and anyone not signed in with 401", async () => {
      const cases: [string, RegExp][] = [
        ["status=closed", /status/],
        ["kind=low_stock,gone", /kind must be one or more of low_stock, stock_out, overstock, invariant_break/],
        ["limit=0", /limit/],
        ["limit=201", /limit/],
        ["offset=-1", /offset/],
        ["stock_location_id=a%20b", /stock_location_id/],
        ["colour=red", /colour/],
      ]
      for (const [query, field] of cases) {
        const res = await get(`/admin/oms/stock-alerts?${query}`)
        expect([query, res.status]).toEqual([query, 400])
        expect(res.data.message).toMatch(field)
      }
      expect((await get(`/admin/oms/stock-alerts`, {})).status).toBe(401)
      const ok = await get(`/admin/oms/stock-alerts?kind=low_stock,stock_out&status=open&limit=200&offset=0`)
      expect(ok.status).toBe(200)
      expect(ok.data).toEqual({ alerts: [], count: 0, feed_available: true })
    })
  },
})
