import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { lockKeys } from "../../src/lib/lock-keys"
import { haversineKm, roundKm } from "../../src/lib/geo"
import { STOCK_MODULE } from "../../src/modules/stock"
import type StockModuleService from "../../src/modules/stock/service"
import { createAdminHeaders } from "./helpers/admin-auth"
import { JAKARTA, MEDAN, TEE_BIN } from "./helpers/fixtures"
import { buildOmsStore, TEST_CENTERS } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { waitFor } from "./helpers/wait"
import { inventoryLevel, reconciliationRow, stockJakartaBins } from "./helpers/warehouse"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const post = (url: string, body: Record<string, unknown> = {}) => api.post(url, body, { headers }).catch((e: any) => e.response)
    const get = (url: string) => api.get(url, { headers }).catch((e: any) => e.response)
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const stockModule = (): StockModuleService => getContainer().resolve(STOCK_MODULE)
    const item = (sku: string) => store.catalog[sku].inventory_item_id

    /** A stock-health row as the refresh job leaves it (only the fields placement reads matter). */
    const healthRow = (sku: string, centre: keyof typeof store.centers, available: number, reorder_point: number) =>
      stockModule().createStockHealths({
        inventory_item_id: item(sku), stock_location_id: store.centers[centre], sku, title: sku,
        on_hand: available, available, reorder_point, refreshed_at: new Date(),
      })
    const order = async (items: [string, number][], address: typeof JAKARTA) => {
      const id = await placeOrderOf(api, store, items, address)
      await waitForRouting(api, id, headers)
      return id
    }
    /** Starts a valuation and waits for it to finish, as the admin page polls it. */
    const valuate = async (body: Record<string, unknown> = {}) => {
      const started = await post("/admin/oms/transfers/runs", body)
      expect(started.status).toBe(202)
      expect(started.data.run.status).toBe("running")
      return waitFor(
        async () => (await get(`/admin/oms/transfers/runs/${started.data.run.id}`)).data.run,
        (run) => run.status !== "running",
        "the valuation to finish"
      )
    }
    const health = async () => (await get("/admin/oms/health")).data.report

    beforeEach(async () => {
      store = await buildOmsStore(getContainer())
      headers = (await createAdminHeaders(getContainer())).headers
      // the health rows below are the test's own: the scheduled refresh finds its lock taken and leaves them
      await getContainer().resolve(Modules.LOCKING).acquire(lockKeys.stockHealth, { ownerId: "stock-transfers-spec", expire: 600 })
    })
    afterEach(() => getContainer().resolve(Modules.LOCKING).release(lockKeys.stockHealth, { ownerId: "stock-transfers-spec" }))

    it("suggests moving Batik to Medan, valued at exactly the km of the order it moves, and never takes a centre below its reorder point", async () => {
      // BATIK is only in Jakarta (5); two Medan customers bought one each, shipped from Jakarta
      const first = await order([["BATIK", 1]], MEDAN)
      await order([["BATIK", 1]], MEDAN)
      // SAMBAL is only in Medan (5) at its reorder point; a Jakarta customer wants it
      await order([["SAMBAL", 1]], JAKARTA)
      await healthRow("BATIK", "jakarta", 3, 1)
      await healthRow("SAMBAL", "medan", 4, 4)

      const run = await valuate({ days: 30 })
      expect(run).toMatchObject({ status: "done", days: 30, total: 1, done: 1, orders: 3, error: null })

      const list = await get("/admin/oms/transfers?status=suggested")
      expect(list.status).toBe(200)
      expect(list.data.run.id).toBe(run.id)
      // Medan's local demand is 2 units in 30 days: 14 days of cover want 1 unit; Jakarta keeps 1 for its reorder point
      expect(list.data.transfers).toHaveLength(1)
      const [t] = list.data.transfers
      expect(t).toMatchObject({ sku: "BATIK", from: { name: TEST_CENTERS.jakarta.name }, to: { name: TEST_CENTERS.medan.name }, units: 1, status: "suggested", orders_replayed: 2 })
      // replayed oldest first from Jakarta's 5: with 1 unit in Medan the first order ships from Medan, the second still from Jakarta
      const demand = await knex()("oms_order_demand").where({ order_id: first }).first()
      const dest = { latitude: Number(demand.latitude), longitude: Number(demand.longitude) }
      const km = (c: keyof typeof TEST_CENTERS) => roundKm(haversineKm(TEST_CENTERS[c], dest))
      expect(t.km_saved).toBeCloseTo(km("jakarta") - km("medan"), 6)
      expect(t.value.without.km).toBeCloseTo(2 * km("jakarta"), 6)
      expect(t).toMatchObject({ parcels_saved: 0, splits_saved: 0, backorders_saved: 0 })
      // no SAMBAL: Medan holds only its reorder point
      expect(list.data.transfers.find((x: any) => x.sku === "SAMBAL")).toBeUndefined()

      const csv = await get("/admin/oms/transfers?format=csv")
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const [header, row] = csv.data.trim().split("\n")
      expect(header).toBe("sku,title,from_centre,to_centre,units,status,km_saved,parcels_saved,splits_saved,backorders_saved,orders_replayed,suggested_at,accepted_at")
      expect(row).toMatch(/^BATIK,BATIK,Jakarta FC,Medan FC,1,suggested,/)
    })

    it("accepts a transfer once: Medusa's levels, reservations and bins stay consistent, the bin loses the unit, who and when recorded", async () => {
      await stockJakartaBins(api, headers, store)
      await order([["BATIK", 1]], MEDAN)
      await order([["BATIK", 1]], MEDAN)
      await healthRow("BATIK", "jakarta", 3, 1)
      await valuate()
      const [t] = (await get("/admin/oms/transfers?status=suggested")).data.transfers
      const before = { jakarta: await inventoryLevel(getContainer(), item("BATIK"), store.centers.jakarta) }
      expect(before.jakarta).toEqual({ stocked: 5, reserved: 2 })

      // a bin that does not exist: 400 naming the field, nothing changed
      const badBin = await post(`/admin/oms/transfers/${t.id}/accept`, { to_bin_code: "Z-99-99-9-L" })
      expect(badBin.status).toBe(400)
      expect(badBin.data.message).toMatch(/to_bin_code/)
      expect(await inventoryLevel(getContainer(), item("BATIK"), store.centers.jakarta)).toEqual(before.jakarta)

      const [a, b] = await Promise.all([post(`/admin/oms/transfers/${t.id}/accept`), post(`/admin/oms/transfers/${t.id}/accept`)])
      expect([a.status, b.status].sort()).toEqual([200, 409])
      const refused = a.status === 409 ? a : b
      expect(refused.data.message).toMatch(/already accepted/)
      expect(await inventoryLevel(getContainer(), item("BATIK"), store.centers.jakarta)).toEqual({ stocked: 4, reserved: 2 })
      expect(await inventoryLevel(getContainer(), item("BATIK"), store.centers.medan)).toEqual({ stocked: 1, reserved: 0 })
      // Jakarta had nothing unassigned: the unit came out of the Batik bin
      expect(await reconciliationRow(api, headers, store.centers.jakarta, "BATIK")).toMatchObject({ stocked: 4, in_bins: 4, unassigned: 0 })
      expect(await reconciliationRow(api, headers, store.centers.medan, "BATIK")).toMatchObject({ stocked: 1, in_bins: 0, unassigned: 1 })
      const movement = await knex()("oms_bin_movement").where({ inventory_item_id: item("BATIK"), reason: "adjust" }).first()
      expect(movement).toMatchObject({ quantity: 1, to_bin_id: null })
      expect(movement.actor).toMatch(/^transfer /)
      expect(await health()).toMatchObject({ ok: true, breaks: [] })

      const [accepted] = (await get("/admin/oms/transfers?status=accepted")).data.transfers
      expect(accepted.id).toBe(t.id)
      expect(accepted.accepted_by).toMatch(/^user_/)
      expect(Date.now() - Date.parse(accepted.accepted_at)).toBeLessThan(60_000)
      expect((await post(`/admin/oms/transfers/${t.id}/dismiss`)).status).toBe(409)
    })

    it("lets one of an accept and a checkout of the same units through, and stays consistent either way", async () => {
      await order([["BATIK", 1]], MEDAN) // Jakarta: 5 stocked, 1 reserved, 4 free
      const [t] = await stockModule().createStockTransfers([
        { inventory_item_id: item("BATIK"), from_location_id: store.centers.jakarta, to_location_id: store.centers.medan, units: 4, status: "suggested", score: 1 },
      ])
      const [accept, checkout] = await Promise.all([
        post(`/admin/oms/transfers/${t.id}/accept`),
        placeOrderOf(api, store, [["BATIK", 1]], JAKARTA).then((id) => waitForRouting(api, id, headers).then(() => id), (e: Error) => e),
      ])
      expect([200, 409]).toContain(accept.status)
      const jakarta = await inventoryLevel(getContainer(), item("BATIK"), store.centers.jakarta)
      expect(jakarta.reserved).toBeLessThanOrEqual(jakarta.stocked)
      if (accept.status === 200) expect(jakarta.stocked).toBe(1)
      else {
        expect(accept.data.message).toMatch(/free at Jakarta FC/)
        expect(typeof checkout).toBe("string")
        expect(jakarta).toEqual({ stocked: 5, reserved: 2 })
      }
      expect(await health()).toMatchObject({ ok: true, breaks: [] })
    })

    it("puts the received units away into the bin chosen at the receiving centre", async () => {
      await stockJakartaBins(api, headers, store) // Jakarta's 10 TEE are all in TEE_BIN
      const [t] = await stockModule().createStockTransfers([
        { inventory_item_id: item("TEE"), from_location_id: store.centers.medan, to_location_id: store.centers.jakarta, units: 2, status: "suggested", score: 1 },
      ])
      const res = await post(`/admin/oms/transfers/${t.id}/accept`, { to_bin_code: TEE_BIN })
      expect(res.status).toBe(200)
      expect(res.data.bins_out).toEqual({ from_unassigned: 2, from_bins: [] })
      expect(await inventoryLevel(getContainer(), item("TEE"), store.centers.medan)).toEqual({ stocked: 8, reserved: 0 })
      expect(await reconciliationRow(api, headers, store.centers.jakarta, "TEE")).toMatchObject({ stocked: 12, in_bins: 12, unassigned: 0 })
      expect(await health()).toMatchObject({ ok: true, breaks: [] })
    })

    it("refuses a second valuation while one runs, and dismisses a suggestion", async () => {
      const running = await stockModule().createTransferRuns({ days: 90, started_at: new Date(), status: "running" })
      const refused = await post("/admin/oms/transfers/runs", {})
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/already running/)
      await stockModule().updateTransferRuns({ id: running.id, status: "done" })
      expect((await valuate()).status).toBe("done")

      const [t] = await stockModule().createStockTransfers([
        { inventory_item_id: item("TEE"), from_location_id: store.centers.jakarta, to_location_id: store.centers.medan, units: 2, status: "suggested", score: 1 },
      ])
      const dismissed = await post(`/admin/oms/transfers/${t.id}/dismiss`)
      expect(dismissed.status).toBe(200)
      expect(dismissed.data.transfer.status).toBe("dismissed")
      expect((await post(`/admin/oms/transfers/${t.id}/accept`)).status).toBe(409)
      expect(await inventoryLevel(getContainer(), item("TEE"), store.centers.jakarta)).toEqual({ stocked: 10, reserved: 0 })
    })

    it("validates every field (400 naming it), answers 404 for unknown ids and 401 without an admin", async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ["/admin/oms/transfers/runs", { days: 0 }, "days"],
        ["/admin/oms/transfers/runs", { days: 366 }, "days"],
        ["/admin/oms/transfers/runs", { limit: 51 }, "limit"],
        ["/admin/oms/transfers/runs", { limit: "5" }, "limit"],
        ["/admin/oms/transfers/runs", { speed: 1 }, "speed"],
        ["/admin/oms/transfers/stktr_x/accept", { to_bin_code: 5 }, "to_bin_code"],
        ["/admin/oms/transfers/stktr_x/dismiss", { why: "x" }, "why"],
      ]
      for (const [url, body, field] of cases) {
        const res = await post(url, body)
        expect([url, res.status]).toEqual([url, 400])
        expect(res.data.message).toContain(field)
      }
      for (const query of ["status=done", "limit=0", "offset=-1", "format=xml", "run_id=a%20b"]) {
        const res = await get(`/admin/oms/transfers?${query}`)
        expect([query, res.status]).toEqual([query, 400])
        expect(res.data.message).toContain(query.split("=")[0])
      }
      expect((await get("/admin/oms/transfers/runs/stkrun_unknown")).status).toBe(404)
      expect((await post("/admin/oms/transfers/stktr_unknown/accept")).status).toBe(404)
      expect((await post("/admin/oms/transfers/stktr_unknown/dismiss")).status).toBe(404)
      for (const [method, url] of [["get", "/admin/oms/transfers"], ["post", "/admin/oms/transfers/runs"], ["get", "/admin/oms/transfers/runs/x"], ["post", "/admin/oms/transfers/x/accept"], ["post", "/admin/oms/transfers/x/dismiss"]] as const) {
        const res = await (api as any)[method](url, ...(method === "post" ? [{}] : [])).catch((e: any) => e.response)
        expect([url, res.status]).toEqual([url, 401])
      }
    })
  },
})
