import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import checkInvariantsJob from "../../src/jobs/check-invariants"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { inventoryLevel, reconciliationRow, stockJakartaBins } from "./helpers/warehouse"
import { JAKARTA, TEE_BIN } from "./helpers/fixtures"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    let jakarta: string

    const post = (url: string, body: Record<string, unknown> = {}) =>
      api.post(url, body, { headers }).catch((e: any) => e.response)
    const move = (body: Record<string, unknown>) => post(`/admin/oms/centers/${jakarta}/bin-stock/moves`, body)
    const teeRow = () => reconciliationRow(api, headers, jakarta, "TEE")
    const health = async (query = "") => {
      const res = await api.get(`/admin/oms/health${query}`, { headers }).catch((e: any) => e.response)
      return res.status === 200 ? res.data.report : res
    }
    const feed = async () =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" }, { take: null }))
        .filter((n: any) => n.idempotency_key?.startsWith("oms-health:"))

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
      jakarta = store.centers.jakarta
      await stockJakartaBins(api, headers, store)
    })

    describe("bins + totes never exceed Medusa's stock", () => {
      it("refuses an adjust into a bin beyond the unassigned units with 400 naming quantity, and changes nothing", async () => {
        const tee = store.catalog.TEE.inventory_item_id
        expect(await teeRow()).toMatchObject({ stocked: 10, in_bins: 10, unassigned: 0 })

        const tooMany = await move({ inventory_item_id: tee, to_bin_code: "A-02-01-1-L", quantity: 990, reason: "adjust" })
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.type).toBe("invalid_data")
        expect(tooMany.data.message).toContain("quantity 990 is too many: only 0 units of SKU TEE are unassigned at this centre (Medusa stocks 10)")
        expect(await teeRow()).toMatchObject({ stocked: 10, in_bins: 10, unassigned: 0, problem: null })

        // A count that found 2 fewer frees 2 units; an adjust can add back those 2, not a third.
        expect((await move({ inventory_item_id: tee, from_bin_code: TEE_BIN, quantity: 2, reason: "adjust" })).status).toBe(200)
        const third = await move({ inventory_item_id: tee, to_bin_code: "A-02-01-1-L", quantity: 3, reason: "adjust" })
        expect(third.status).toBe(400)
        expect(third.data.message).toContain("only 2 units of SKU TEE are unassigned")
        expect(await teeRow()).toMatchObject({ in_bins: 8, unassigned: 2 })
        const two = await move({ inventory_item_id: tee, to_bin_code: "A-02-01-1-L", quantity: 2, reason: "adjust" })
        expect(two.status).toBe(200)
        expect(two.data.movement).toMatchObject({ reason: "adjust", to_bin_code: "A-02-01-1-L", to_quantity: 2 })
        expect(await teeRow()).toMatchObject({ stocked: 10, in_bins: 10, unassigned: 0, problem: null })
      })

      it("lets only one of an adjust and a putaway of the same last units through", async () => {
        const tee = store.catalog.TEE.inventory_item_id
        expect((await move({ inventory_item_id: tee, from_bin_code: TEE_BIN, quantity: 3, reason: "adjust" })).status).toBe(200)
        const results = await Promise.all([
          move({ inventory_item_id: tee, to_bin_code: "A-02-01-1-L", quantity: 3, reason: "adjust" }),
          move({ inventory_item_id: tee, to_bin_code: "A-02-02-1-L", quantity: 3, reason: "putaway" }),
        ])
        expect(results.map((r) => r.status).sort()).toEqual([200, 400])
        expect(await teeRow()).toMatchObject({ stocked: 10, in_bins: 10, unassigned: 0, problem: null })
      })
    })
    describe("a short-pick write-off never leaves reserved > stocked", () => {
      const placeAtJakarta = async (items: [string, number][]) => {
        const orderId = await placeOrderOf(api, store, items, JAKARTA)
        const routed = await waitForRouting(api, orderId, headers)
        expect(routed.routing.allocations.map((a: any) => a.stock_location_id)).toEqual([jakarta])
        return orderId
      }
      const orderView = async (orderId: string) => (await api.get(`/admin/oms/orders/${orderId}`, { headers })).data.order
      const writeOffEntries = (view: any) => view.timeline.filter((e: any) => e.details?.cause === "stock_written_off")

      it("routes the newest other orders elsewhere until the rest fit, each with a timeline entry, and the report is clean", async () => {
        const tee = store.catalog.TEE.inventory_item_id
        const shortOrder = await placeAtJakarta([["TEE", 4]])
        const older = await placeAtJakarta([["TEE", 3]])
        const newer = await placeAtJakarta([["TEE", 3]])
        expect(await inventoryLevel(getContainer(), tee, jakarta)).toEqual({ stocked: 10, reserved: 10 })

        const { data } = await post("/admin/oms/waves", { stock_location_id: jakarta, mode: "single", order_ids: [shortOrder] })
        const line = data.wave.lines[0]
        // The picker finds only 3 of the 10 on record: 7 are written off, 3 stay stocked.
        const short = await post(`/admin/oms/waves/${data.wave.id}/short-picks`, { pick_line_id: line.id, found_quantity: 3, reason: "not_found" })
        expect(short.status).toBe(200)
        expect(short.data.short_pick).toMatchObject({ written_off: 7 })
        // 3 left, the older order's 3 fit; the newer one went to another centre.
        expect(await inventoryLevel(getContainer(), tee, jakarta)).toEqual({ stocked: 3, reserved: 3 })
        expect(short.data.short_pick.others_rerouted).toMatchObject({ fits: true, not_rerouted: [] })
        expect(short.data.short_pick.others_rerouted.rerouted.map((r: any) => r.order_id)).toEqual([newer])
        const [olderView, newerView] = [await orderView(older), await orderView(newer)]
        expect(olderView.routing.allocations.map((a: any) => a.stock_location_id)).toEqual([jakarta])
        expect(writeOffEntries(olderView)).toEqual([])
        expect(newerView.routing.allocations.map((a: any) => a.stock_location_id)).not.toContain(jakarta)
        expect(newerView.stage).toBe("routed")
        const [entry] = writeOffEntries(newerView)
        expect(entry).toMatchObject({ stage: "rerouted", details: { sku: "TEE", written_off: 7, stocked: 3, excess: 3 } })
        expect(entry.details.reason).toBe(
          `7 units of SKU TEE were written off at Jakarta FC after a short pick in bin ${TEE_BIN}; ` +
            "orders there reserved more than the 3 left, so this order, the newest of them, was routed again."
        )
        expect(await health()).toMatchObject({ ok: true, breaks: [] })
      })

      it("holds when two short picks of the same bin in two waves write off at once", async () => {
        const tee = store.catalog.TEE.inventory_item_id
        const picked = [await placeAtJakarta([["TEE", 2]]), await placeAtJakarta([["TEE", 2]])]
        const others = [await placeAtJakarta([["TEE", 3]]), await placeAtJakarta([["TEE", 3]])]
        const waves = []
        for (const orderId of picked) {
          waves.push((await post("/admin/oms/waves", { stock_location_id: jakarta, mode: "single", order_ids: [orderId] })).data.wave)
        }
        const results = await Promise.all(
          waves.map((wave) => post(`/admin/oms/waves/${wave.id}/short-picks`, { pick_line_id: wave.lines[0].id, found_quantity: 0, reason: "not_found" }))
        )
        expect(results.map((r) => r.status)).toEqual([200, 200])
        // The bin is written off once, whichever count came first; every order left Jakarta.
        expect(results.map((r) => r.data.short_pick.written_off).sort()).toEqual([0, 10])
        expect(await inventoryLevel(getContainer(), tee, jakarta)).toEqual({ stocked: 0, reserved: 0 })
        for (const orderId of [...picked, ...others]) {
          expect((await orderView(orderId)).routing.allocations.map((a: any) => a.stock_location_id)).not.toContain(jakarta)
        }
        expect(await health()).toMatchObject({ ok: true, breaks: [] })
      })

      it("takes a waved order out of its wave and back-orders it when no centre has the units", async () => {
        const batik = store.catalog.BATIK.inventory_item_id // only Jakarta stocks BATIK (5), not back-orderable
        const shortOrder = await placeAtJakarta([["BATIK", 2]])
        const waved = await placeAtJakarta([["BATIK", 3]])
        const { data } = await post("/admin/oms/waves", { stock_location_id: jakarta, mode: "batch" })
        expect(data.wave.orders.map((o: any) => o.order_id).sort()).toEqual([shortOrder, waved].sort())
        const line = data.wave.lines.find((l: any) => l.order_id === shortOrder)

        const short = await post(`/admin/oms/waves/${data.wave.id}/short-picks`, { pick_line_id: line.id, found_quantity: 0, reason: "not_found" })
        expect(short.status).toBe(200)
        expect(short.data.short_pick.written_off).toBe(5)
        // Nothing is left at Jakarta; both orders wait as back-orders, out of the wave.
        expect(await inventoryLevel(getContainer(), batik, jakarta)).toEqual({ stocked: 0, reserved: 5 })
        expect(await health()).toMatchObject({ ok: true, breaks: [] })
        expect(short.data.short_pick.others_rerouted).toMatchObject({ fits: true, rerouted: [{ order_id: waved, stage: "backordered" }] })
        const view = await orderView(waved)
        expect(view.stage).toBe("backordered")
        expect(writeOffEntries(view)[0].details).toMatchObject({ released_from_wave_id: data.wave.id, written_off: 5, stocked: 0 })
        expect(writeOffEntries(view)[0].details.reason).toMatch(/was routed again, out of the wave that was to pick it there\.$/)
        const wave = (await api.get(`/admin/oms/waves/${data.wave.id}`, { headers })).data.wave
        expect(wave.orders.find((o: any) => o.order_id === waved).status).toBe("canceled")
        expect(wave.status).toBe("canceled")
      })
    })

    describe("the invariants report", () => {
      it("reports a break made around the plugin, and the scheduled check posts it to the feed once", async () => {
        const tee = store.catalog.TEE.inventory_item_id
        const orderId = await placeOrderOf(api, store, [["TEE", 3]], JAKARTA)
        expect((await waitForRouting(api, orderId, headers)).routing.allocations[0].stock_location_id).toBe(jakarta)
        const clean = await health()
        expect(clean).toMatchObject({ ok: true, breaks: [], shipments: { capped: false } })
        expect(clean.levels.checked).toBeGreaterThan(0)

        // Someone lowers Medusa's stock in the inventory admin, not through a count: the bins
        // still hold 10 and the order still reserves 3.
        const lowered = await api.post(
          `/admin/inventory-items/${tee}/location-levels/${jakarta}`, { stocked_quantity: 2 }, { headers }
        )
        expect(lowered.status).toBe(200)
        expect(await inventoryLevel(getContainer(), tee, jakarta)).toEqual({ stocked: 2, reserved: 3 })

        const broken = await health()
        expect(broken.ok).toBe(false)
        expect(broken.breaks.map((b: any) => [b.kind, b.stock_location_id, b.inventory_item_id, b.figures])).toEqual([
          ["bins_over_stock", jakarta, tee, { stocked: 2, in_bins: 10, in_totes: 0, unassigned: -8 }],
          ["reserved_over_stock", jakarta, tee, { stocked: 2, reserved_not_backorderable: 3, reserved: 3 }],
        ])
        expect(broken.breaks[0].message).toBe(
          "Jakarta FC, SKU TEE: bins and totes hold 10 units, but Medusa stocks only 2; count the bins or correct the stock."
        )
        expect(broken.breaks[1].message).toContain("orders hold 3 units that cannot be back-ordered, but only 2 are in stock")
        // Filtered to another centre, nothing is wrong there.
        expect((await health(`?stock_location_id=${store.centers.surabaya}`)).ok).toBe(true)

        // The job, run twice, posts each break once.
        await checkInvariantsJob(getContainer())
        await checkInvariantsJob(getContainer())
        const posted = await feed()
        expect(posted.map((n: any) => n.data.title).sort()).toEqual(["Bins hold more than the stock", "Orders reserve more than the stock"])
        expect(posted.map((n: any) => n.data.description).sort()).toEqual(broken.breaks.map((b: any) => b.message).sort())
        expect(posted.every((n: any) => n.template === "admin-ui" && n.status === "success")).toBe(true)

        // Put right, the report is clean again and nothing more is posted.
        expect((await api.post(`/admin/inventory-items/${tee}/location-levels/${jakarta}`, { stocked_quantity: 10 }, { headers })).status).toBe(200)
        expect(await health()).toMatchObject({ ok: true, breaks: [] })
        await checkInvariantsJob(getContainer())
        expect(await feed()).toHaveLength(2)
      })

      it("catches Medusa's reserved count drifting from its reservations (a reservation moved in the admin)", async () => {
        const tee = store.catalog.TEE.inventory_item_id
        const orderId = await placeOrderOf(api, store, [["TEE", 3]], JAKARTA)
        await waitForRouting(api, orderId, headers)
        const { data } = await api.get(`/admin/reservations?inventory_item_id=${tee}&location_id=${jakarta}`, { headers })
        expect(data.reservations).toHaveLength(1)
        const surabaya = store.centers.surabaya
        const moved = await api.post(`/admin/reservations/${data.reservations[0].id}`, { location_id: surabaya }, { headers })
        expect(moved.status).toBe(200)

        // Medusa 2.21 adds the units at the new location but leaves them counted at the old one.
        const report = await health()
        expect(report.breaks.map((b: any) => [b.kind, b.stock_location_id, b.figures])).toEqual([
          ["reserved_count_mismatch", jakarta, { reserved_quantity: 3, reservations: 0 }],
        ])
        expect(report.breaks[0].message).toBe(
          "Jakarta FC, SKU TEE: Medusa counts 3 units reserved, but the orders' reservations add up to 0."
        )
      })

      it("stays clean through a wave, picks, packing and a canceled wave", async () => {
        const orderOf = async (items: [string, number][]) => {
          const id = await placeOrderOf(api, store, items, JAKARTA)
          await waitForRouting(api, id, headers)
          return id
        }
        const packed = await orderOf([["TEE", 2], ["BATIK", 1]])
        const released = await orderOf([["TEE", 2]])
        const clean = async () => expect((await health()).breaks).toEqual([])
        await clean()

        const { data } = await post("/admin/oms/waves", { stock_location_id: jakarta, mode: "single", order_ids: [packed] })
        const pick = (line: any, quantity: number) =>
          post(`/admin/oms/waves/${data.wave.id}/picks`, { pick_line_id: line.id, bin_code: line.bin_code, item_barcode: line.sku, quantity })
        const [first, ...rest] = data.wave.lines
        expect((await pick(first, 1)).status).toBe(200)
        await clean() // a unit in a tote: out of its bin, still in Medusa's stock
        for (const line of [{ ...first, quantity: first.quantity - 1 }, ...rest]) expect((await pick(line, line.quantity)).status).toBe(200)
        await clean()

        const session = await post("/admin/oms/pack-sessions", { order_id: packed })
        expect(session.status).toBe(201)
        for (const item of session.data.pack_session.expected_items) {
          for (let i = 0; i < item.quantity; i++) {
            expect((await post(`/admin/oms/pack-sessions/${session.data.pack_session.id}/scans`, { barcode: item.sku })).status).toBe(200)
          }
        }
        await clean() // one open packing session
        expect((await post(`/admin/oms/pack-sessions/${session.data.pack_session.id}/complete`)).status).toBe(200)
        await clean() // Medusa's fulfilment took the units and their reservations

        const second = await post("/admin/oms/waves", { stock_location_id: jakarta, mode: "single", order_ids: [released] })
        expect((await post(`/admin/oms/waves/${second.data.wave.id}/picks`, {
          pick_line_id: second.data.wave.lines[0].id, bin_code: TEE_BIN, item_barcode: "TEE", quantity: 1,
        })).status).toBe(200)
        expect((await post(`/admin/oms/waves/${second.data.wave.id}/cancel`)).status).toBe(200)
        await clean()
        expect(await teeRow()).toMatchObject({ stocked: 8, in_bins: 8, in_totes: 0, unassigned: 0 })
      })

      it("pages through levels, validates its query and needs an admin", async () => {
        const first = await health("?limit=1")
        expect(first.levels).toMatchObject({ checked: 1, limit: 1, offset: 0, next_offset: 1 })
        expect(first.shipments).not.toBeNull()
        const second = await health("?limit=1&offset=1")
        expect(second.levels).toMatchObject({ checked: 1, offset: 1, next_offset: 2 })
        expect(second.shipments).toBeNull()

        const tooMany = await health("?limit=5000")
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toContain("limit")
        const unknown = await health("?foo=1")
        expect(unknown.status).toBe(400)
        expect((await health("?stock_location_id=sloc_missing")).status).toBe(404)
        const anonymous = await api.get("/admin/oms/health").catch((e: any) => e.response)
        expect(anonymous.status).toBe(401)
      })
    })
  },
})
