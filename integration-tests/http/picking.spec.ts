import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { cancelOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WAREHOUSE_MODULE } from "../../src/modules/warehouse"
import { claimWaveStep, loadWaveCandidatesStep } from "../../src/workflows/picking"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { inventoryLevel, reconciliationRow, stockJakartaBins } from "./helpers/warehouse"
import { JAKARTA, LAYOUT, TEE_BIN, BATIK_BIN } from "./helpers/fixtures"

jest.setTimeout(120 * 1000)


// Test-only: another wave claims the first candidate between the read and the claim (what the
// centre lock normally prevents), to exercise the partial unique index backstop.
const stealFirstStep = createStep("oms-test-steal-first", async (candidates: any, { container }) => {
  const warehouse: any = container.resolve(WAREHOUSE_MODULE)
  const orderId = candidates.orders[0].order_id
  await warehouse.createWaveOrders({
    wave_id: "wave_other",
    order_id: orderId,
    stock_location_id: candidates.input.stock_location_id,
    tote: 1,
  })
  return new StepResponse(orderId)
})
const racedWave = createWorkflow("oms-test-raced-wave", (input: any) => {
  const candidates = loadWaveCandidatesStep(input)
  const stolen = stealFirstStep(candidates)
  const claimed = claimWaveStep(candidates)
  return new WorkflowResponse({ stolen, claimed })
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    let jakarta: string

    const center = (path = "") => `/admin/oms/centers/${jakarta}${path}`
    const post = (url: string, body: Record<string, unknown> = {}) =>
      api.post(url, body, { headers }).catch((e: any) => e.response)
    const binStock = async (code: string, sku: string) => {
      const { data } = await api.get(center(`/bins?q=${code}`), { headers })
      const bin = data.bins.find((b: any) => b.code === code)
      return bin.stock.find((s: any) => s.sku === sku)?.quantity ?? 0
    }
    const teeLevel = (locationId: string) => inventoryLevel(getContainer(), store.catalog.TEE.inventory_item_id, locationId)
    const orderView = async (orderId: string) => (await api.get(`/admin/oms/orders/${orderId}`, { headers })).data.order
    const waveView = async (waveId: string) => (await api.get(`/admin/oms/waves/${waveId}`, { headers })).data.wave

    const placeJakartaOrder = async (items: [string, number][]) => {
      const orderId = await placeOrderOf(api, store, items, JAKARTA)
      const routed = await waitForRouting(api, orderId, headers)
      expect(routed.routing.allocations.every((a: any) => a.stock_location_id === jakarta)).toBe(true)
      return orderId
    }
    const teeRow = () => reconciliationRow(api, headers, jakarta, "TEE")

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
      jakarta = store.centers.jakarta
      await stockJakartaBins(api, headers, store)
    })

    it("builds a wave, verifies every scan and picks the orders out of their bins", async () => {
      const first = await placeJakartaOrder([["TEE", 2]])
      const second = await placeJakartaOrder([["BATIK", 1], ["TEE", 1]])

      // A centre that picks from bins packs only picked orders.
      const unpicked = await post("/admin/oms/pack-sessions", { order_id: first })
      expect(unpicked.status).toBe(400)
      expect(unpicked.data.message).toContain("wave and pick the order before packing it")

      const noLayout = await post("/admin/oms/waves", { stock_location_id: store.centers.medan })
      expect(noLayout.status).toBe(400)
      expect(noLayout.data.message).toContain("layout")

      const created = await post("/admin/oms/waves", { stock_location_id: jakarta })
      expect(created.status).toBe(200)
      const { wave } = created.data
      expect(wave.status).toBe("open")
      expect(wave.mode).toBe("batch")
      expect(wave.orders.map((o: any) => o.order_id).sort()).toEqual([first, second].sort())
      expect(wave.pick_lists).toHaveLength(2)
      const secondList = wave.pick_lists.find((l: any) => l.order_id === second)
      expect(secondList.lines.map((l: any) => [l.sku, l.bin_code, l.quantity]).sort()).toEqual([
        ["BATIK", BATIK_BIN, 1],
        ["TEE", TEE_BIN, 1],
      ])
      expect(secondList.lines[0]).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String) }))
      expect(wave.route.stops.length).toBeGreaterThan(0)
      expect(wave.route.distance_m).toBeGreaterThan(0)
      expect(wave.route.distance_m).toBeLessThanOrEqual(wave.route.s_shape_distance_m)
      expect(wave.lines.map((l: any) => l.sequence)).toEqual([1, 2, 3])
      expect((await orderView(first)).timeline.map((e: any) => e.stage)).toContain("waved")
      expect((await orderView(first)).stage).toBe("waved")

      const picking = await post("/admin/oms/pack-sessions", { order_id: first })
      expect(picking.status).toBe(400)
      expect(picking.data.message).toContain(`still being picked in wave ${wave.id}`)

      const again = await post("/admin/oms/waves", { stock_location_id: jakarta })
      expect(again.status).toBe(400)
      expect(again.data.message).toContain("no routed orders waiting at this centre")

      const listed = await api.get(`/admin/oms/waves?stock_location_id=${jakarta}&status=open`, { headers })
      expect(listed.data.waves.map((w: any) => w.id)).toEqual([wave.id])

      const teeLine = wave.lines.find((l: any) => l.order_id === first)
      const pick = (body: Record<string, unknown>) => post(`/admin/oms/waves/${wave.id}/picks`, body)

      const wrongBin = await pick({ pick_line_id: teeLine.id, bin_code: "A-02-01-1-L", item_barcode: "TEE", quantity: 1 })
      expect(wrongBin.status).toBe(400)
      expect(wrongBin.data.message).toContain("wrong bin")
      const wrongItem = await pick({ pick_line_id: teeLine.id, bin_code: TEE_BIN, item_barcode: "BATIK", quantity: 1 })
      expect(wrongItem.status).toBe(400)
      expect(wrongItem.data.message).toContain("wrong item")
      const overPick = await pick({ pick_line_id: teeLine.id, bin_code: TEE_BIN, item_barcode: "TEE", quantity: 3 })
      expect(overPick.status).toBe(400)
      expect((await waveView(wave.id)).progress.units_picked).toBe(0)
      expect(await binStock(TEE_BIN, "TEE")).toBe(10)

      // Scanners send lower case / trailing CR: still the right bin and item.
      const one = await pick({ pick_line_id: teeLine.id, bin_code: TEE_BIN.toLowerCase(), item_barcode: "tee\r", quantity: 1 })
      expect(one.status).toBe(200)
      expect(one.data.wave.status).toBe("picking")
      for (const line of (await waveView(wave.id)).lines) {
        const res = await pick({ pick_line_id: line.id, bin_code: line.bin_code, item_barcode: line.sku, quantity: line.quantity - line.picked_quantity })
        expect(res.status).toBe(200)
      }
      const done = await waveView(wave.id)
      expect(done.status).toBe("picked")
      expect(done.orders.map((o: any) => o.status)).toEqual(["picked", "picked"])
      expect(done.progress).toMatchObject({ units_total: 4, units_picked: 4, orders_picked: 2 })
      for (const orderId of [first, second]) {
        const view = await orderView(orderId)
        expect(view.stage).toBe("picked")
        expect(view.timeline.map((e: any) => e.stage)).toEqual(expect.arrayContaining(["waved", "picked"]))
      }
      expect(await binStock(TEE_BIN, "TEE")).toBe(7)
      expect(await binStock(BATIK_BIN, "BATIK")).toBe(4)

      const late = await pick({ pick_line_id: teeLine.id, bin_code: TEE_BIN, item_barcode: "TEE", quantity: 1 })
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("line already fully picked")
      expect(await binStock(TEE_BIN, "TEE")).toBe(7)

      const packing = await post("/admin/oms/pack-sessions", { order_id: first })
      expect(packing.status).toBe(201)
      expect(packing.data.pack_session.expected_items.map((i: any) => [i.sku, i.quantity])).toEqual([["TEE", 2]])

      // Totes hold the 3 picked TEE until packed; a canceled fulfilment puts them back in totes.
      expect(await teeRow()).toMatchObject({ stocked: 10, in_bins: 7, in_totes: 3, unassigned: 0 })
      const sessionId = packing.data.pack_session.id
      for (let i = 0; i < 2; i++) expect((await post(`/admin/oms/pack-sessions/${sessionId}/scans`, { barcode: "TEE" })).status).toBe(200)
      const completed = await post(`/admin/oms/pack-sessions/${sessionId}/complete`)
      expect(completed.status).toBe(200)
      expect(await teeRow()).toMatchObject({ stocked: 8, in_bins: 7, in_totes: 1, unassigned: 0 })

      await cancelOrderFulfillmentWorkflow(getContainer()).run({
        input: { order_id: first, fulfillment_id: completed.data.pack_session.fulfillment_id },
      })
      for (let i = 0; (await teeRow()).in_totes !== 3; i++) {
        if (i > 100) throw new Error("the canceled fulfilment's units never came back to the totes")
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(await teeRow()).toMatchObject({ stocked: 10, in_bins: 7, in_totes: 3, unassigned: 0 })
      expect((await post("/admin/oms/pack-sessions", { order_id: first })).status).toBe(201)
    })

    it("splits a line over bins when no single bin holds it, and never counts on units an open wave will pick", async () => {
      const SECOND_TEE_BIN = "A-02-03-1-R"
      const moved = await post(center("/bin-stock/moves"), {
        inventory_item_id: store.catalog.TEE.inventory_item_id, from_bin_code: TEE_BIN, to_bin_code: SECOND_TEE_BIN, quantity: 4, reason: "move",
      })
      expect(moved.status).toBe(200) // TEE: 6 in TEE_BIN, 4 in SECOND_TEE_BIN
      const first = await placeJakartaOrder([["TEE", 8]])
      const wave1 = await post("/admin/oms/waves", { stock_location_id: jakarta })
      expect(wave1.status).toBe(200)
      expect(wave1.data.wave.lines.map((l: any) => [l.bin_code, l.quantity]).sort()).toEqual([[TEE_BIN, 6], [SECOND_TEE_BIN, 2]].sort())

      // Medusa still has 2 TEE free at Jakarta, and the bins still show 10 until wave 1 is picked:
      // only 2 of those are not owed to wave 1.
      const second = await placeJakartaOrder([["TEE", 2]])
      const wave2 = await post("/admin/oms/waves", { stock_location_id: jakarta })
      expect(wave2.status).toBe(200)
      expect(wave2.data.wave.lines.map((l: any) => [l.order_id, l.bin_code, l.quantity])).toEqual([[second, SECOND_TEE_BIN, 2]])

      // Every line picks from its own bin; the order is picked when both of its lines are.
      for (const line of wave1.data.wave.lines) {
        const res = await post(`/admin/oms/waves/${wave1.data.wave.id}/picks`, {
          pick_line_id: line.id, bin_code: line.bin_code, item_barcode: "TEE", quantity: line.quantity,
        })
        expect(res.status).toBe(200)
      }
      expect((await orderView(first)).stage).toBe("picked")
      expect([await binStock(TEE_BIN, "TEE"), await binStock(SECOND_TEE_BIN, "TEE")]).toEqual([0, 2])
    })

    it("filters a wave by the centre's cut-off, shipping option and order priority", async () => {
      const rush = await placeJakartaOrder([["TEE", 1]])
      const normal = await placeJakartaOrder([["BATIK", 1]])
      const query = getContainer().resolve("query")
      const { data: [placed] } = await query.graph({ entity: "order", fields: ["shipping_methods.shipping_option_id"], filters: { id: rush } })
      const optionId = placed.shipping_methods[0].shipping_option_id
      const noneWaved = async (body: Record<string, unknown>) => {
        const res = await post("/admin/oms/waves", { stock_location_id: jakarta, ...body })
        expect(res.status).toBe(400)
        return res.data.message as string
      }

      // Cut-off: a time zone where it is about noon now, so 06:00 has passed and 20:00 has not.
      const shift = 12 - new Date().getUTCHours()
      const zone = shift === 0 ? "Etc/GMT" : shift > 0 ? `Etc/GMT-${shift}` : `Etc/GMT+${-shift}`
      expect((await post(center(), { cutoff_time: null })).status).toBe(200)
      expect(await noneWaved({ before_cutoff: true })).toContain("no cut-off time")
      expect((await post(center(), { cutoff_time: "06:00", time_zone: zone })).status).toBe(200)
      await noneWaved({ before_cutoff: true })
      expect(await noneWaved({ before_cutoff: true, placed_before: new Date().toISOString() })).toContain("not both")

      await noneWaved({ shipping_option_ids: ["so_nobody_ships_with"] })

      await api.post(`/admin/orders/${rush}`, { metadata: { oms_priority: 5 } }, { headers })
      expect((await post(center(), { cutoff_time: "20:00", time_zone: zone })).status).toBe(200)
      const wave = await post("/admin/oms/waves", {
        stock_location_id: jakarta, before_cutoff: true, shipping_option_ids: [optionId], min_priority: 1,
      })
      expect(wave.status).toBe(200)
      expect(wave.data.wave.orders.map((o: any) => o.order_id)).toEqual([rush])
      // The rest are still waiting for the next wave.
      const next = await post("/admin/oms/waves", { stock_location_id: jakarta })
      expect(next.data.wave.orders.map((o: any) => o.order_id)).toEqual([normal])
    })

    it("waves each centre's part of a split order at its own centre", async () => {
      const medan = store.centers.medan
      expect((await api.put(`/admin/oms/centers/${medan}/layout`, LAYOUT, { headers })).status).toBe(200)
      const putaway = await post(`/admin/oms/centers/${medan}/bin-stock/moves`, {
        inventory_item_id: store.catalog.SAMBAL.inventory_item_id, to_bin_code: TEE_BIN, quantity: 5, reason: "putaway",
      })
      expect(putaway.status).toBe(200)
      const orderId = await placeOrderOf(api, store, [["BATIK", 1], ["SAMBAL", 2]], JAKARTA)
      const routed = await waitForRouting(api, orderId, headers)
      expect(routed.routing.allocations.map((a: any) => a.stock_location_id).sort()).toEqual([jakarta, medan].sort())

      const atJakarta = await post("/admin/oms/waves", { stock_location_id: jakarta })
      const atMedan = await post("/admin/oms/waves", { stock_location_id: medan })
      expect([atJakarta.status, atMedan.status]).toEqual([200, 200])
      const skusOf = (wave: any) => wave.pick_lists.flatMap((l: any) => l.lines.map((x: any) => [l.order_id, x.sku, x.quantity]))
      expect(skusOf(atJakarta.data.wave)).toEqual([[orderId, "BATIK", 1]])
      expect(skusOf(atMedan.data.wave)).toEqual([[orderId, "SAMBAL", 2]])
      // Each part is claimed once: no second wave at either centre.
      expect((await post("/admin/oms/waves", { stock_location_id: medan })).status).toBe(400)
    })

    it("never claims an order twice when two waves are created at once", async () => {
      const orders = [await placeJakartaOrder([["TEE", 1]]), await placeJakartaOrder([["BATIK", 1]])]
      const results = await Promise.all([
        post("/admin/oms/waves", { stock_location_id: jakarta, max_orders: 1 }),
        post("/admin/oms/waves", { stock_location_id: jakarta, max_orders: 1 }),
        post("/admin/oms/waves", { stock_location_id: jakarta, max_orders: 1 }),
      ])
      const ok = results.filter((r) => r.status === 200)
      expect(ok).toHaveLength(2)
      expect(results.filter((r) => r.status === 400)[0].data.message).toContain("no routed orders waiting")
      const claimed = ok.flatMap((r) => r.data.wave.orders.map((o: any) => o.order_id))
      expect(claimed.sort()).toEqual([...orders].sort())
    })

    it("a claim lost to another wave skips the order and the route covers only the claimed ones", async () => {
      const orders = [await placeJakartaOrder([["TEE", 1]]), await placeJakartaOrder([["BATIK", 2]])]
      const { result } = await racedWave(getContainer()).run({ input: { stock_location_id: jakarta, mode: "batch" } })
      expect(orders).toContain(result.stolen)
      const other = orders.find((o) => o !== result.stolen)
      expect(result.claimed.order_ids).toEqual([other])
      expect(result.claimed.skipped).toEqual([{ order_id: result.stolen, reason: "claimed by another wave at the same time" }])
      const wave = await waveView(result.claimed.wave_id)
      expect(wave.orders).toEqual([expect.objectContaining({ order_id: other, tote: 1 })])
      expect(wave.lines.every((l: any) => l.order_id === other)).toBe(true)
      const dropped = wave.route.stops.flatMap((s: any) => s.drops.map((d: any) => d.order_id))
      expect(new Set(dropped)).toEqual(new Set([other]))
    })

    it("short pick counts the bin, writes the missing units off in Medusa and re-routes the order elsewhere", async () => {
      const orderId = await placeJakartaOrder([["TEE", 3]])
      const { data } = await post("/admin/oms/waves", { stock_location_id: jakarta, mode: "single" })
      const line = data.wave.lines[0]
      const picked = await post(`/admin/oms/waves/${data.wave.id}/picks`, {
        pick_line_id: line.id, bin_code: TEE_BIN, item_barcode: "TEE", quantity: 1,
      })
      expect(picked.status).toBe(200)
      expect(await binStock(TEE_BIN, "TEE")).toBe(9)

      const bad = await post(`/admin/oms/waves/${data.wave.id}/short-picks`, { pick_line_id: line.id, found_quantity: 3, reason: "not_found" })
      expect(bad.status).toBe(400)
      expect(await binStock(TEE_BIN, "TEE")).toBe(9)

      // The picker took 1 and found nothing more: the bin really held 1 of the 10 on record.
      const short = await post(`/admin/oms/waves/${data.wave.id}/short-picks`, {
        pick_line_id: line.id, found_quantity: 1, reason: "other", note: "bin holds 1 unit",
      })
      expect(short.status).toBe(200)
      expect(short.data.short_pick).toMatchObject({ shortfall: 2, written_off: 9 })
      expect(short.data.wave.orders).toEqual([expect.objectContaining({ order_id: orderId, status: "short" })])
      expect(short.data.wave.lines[0].short_reason).toContain("bin holds 1 unit")
      // The picked unit went back; the 9 missing ones left the bin and Medusa's stock alike.
      expect(await binStock(TEE_BIN, "TEE")).toBe(1)
      expect(await teeLevel(jakarta)).toEqual({ stocked: 1, reserved: 0 })
      expect(await teeRow()).toMatchObject({ stocked: 1, in_bins: 1, unassigned: 0 })

      const view = await orderView(orderId)
      expect(view.history).toHaveLength(2)
      const stages = view.timeline.map((e: any) => e.stage)
      expect(stages).toEqual(expect.arrayContaining(["waved", "short_picked", "rerouted"]))
      expect(view.timeline.find((e: any) => e.stage === "short_picked").details).toMatchObject({
        reason: "other: bin holds 1 unit", shortfall: 2, written_off: 9,
      })
      // Jakarta no longer has 3: the order is routed to a centre that does, and reserved there.
      const [allocation] = view.routing.allocations
      expect(allocation.stock_location_id).not.toBe(jakarta)
      expect((await teeLevel(allocation.stock_location_id)).reserved).toBe(3)
      expect((await waveView(data.wave.id)).status).toBe("canceled")
    })

    it("cancelling a wave puts picked units back and releases its orders for the next wave", async () => {
      const orderId = await placeJakartaOrder([["TEE", 3]])
      const { data } = await post("/admin/oms/waves", { stock_location_id: jakarta })
      const line = data.wave.lines[0]
      await post(`/admin/oms/waves/${data.wave.id}/picks`, { pick_line_id: line.id, bin_code: TEE_BIN, item_barcode: "TEE", quantity: 2 })
      expect(await binStock(TEE_BIN, "TEE")).toBe(8)
      const canceled = await post(`/admin/oms/waves/${data.wave.id}/cancel`)
      expect(canceled.status).toBe(200)
      expect(canceled.data.wave.status).toBe("canceled")
      expect(canceled.data.wave.orders[0].status).toBe("canceled")
      expect(canceled.data.wave.progress.units_picked).toBe(0)
      expect(await binStock(TEE_BIN, "TEE")).toBe(10)
      expect(await teeLevel(jakarta)).toEqual({ stocked: 10, reserved: 3 })
      expect((await orderView(orderId)).stage).toBe("routed")
      expect((await post(`/admin/oms/waves/${data.wave.id}/cancel`)).status).toBe(400)
      const again = await post("/admin/oms/waves", { stock_location_id: jakarta })
      expect(again.status).toBe(200)
      expect(again.data.wave.orders.map((o: any) => o.order_id)).toEqual([orderId])
    })
  },
})
