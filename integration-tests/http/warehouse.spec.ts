import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStep, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  moveBinStockStep,
  resolveBinCodesStep,
  syncLayoutBinsStep,
  upsertWarehouseLayoutStep,
} from "../../src/workflows/warehouse"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"

jest.setTimeout(120 * 1000)

const LAYOUT = {
  aisles: 3,
  bays_per_aisle: 4,
  levels: 2,
  bay_width_m: 1.2,
  aisle_width_m: 3,
  cross_aisle_width_m: 2,
}

const CARTONS = [
  { code: "XS", name: "Extra small", inner_length_cm: 15, inner_width_cm: 10, inner_height_cm: 5, tare_g: 50, max_weight_g: 2000, cost: 1000 },
  { code: "M", name: "Medium", inner_length_cm: 25, inner_width_cm: 20, inner_height_cm: 15, tare_g: 150, max_weight_g: 10000, cost: 3000 },
  { code: "L", name: "Large", inner_length_cm: 40, inner_width_cm: 30, inner_height_cm: 30, tare_g: 300, max_weight_g: 20000, cost: 5000 },
]

// Test-only workflows: the real steps followed by a step that fails, to exercise their compensation.
const failStep = createStep("oms-test-fail-after", async () => {
  throw new Error("later step failed")
})
const layoutThenFail = createWorkflow("oms-test-layout-then-fail", (input: any) => {
  const layout = upsertWarehouseLayoutStep(input)
  const syncInput = transform({ input, layout }, ({ input, layout }) => ({ layout: { ...input, id: layout.id } }))
  syncLayoutBinsStep(syncInput)
  failStep()
  return new WorkflowResponse(layout)
})
const moveThenFail = createWorkflow("oms-test-move-then-fail", (input: any) => {
  const resolved = resolveBinCodesStep(input)
  moveBinStockStep(resolved)
  failStep()
  return new WorkflowResponse(resolved)
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
    })

    const base = (center: string) => `/admin/oms/centers/${center}`
    const putLayout = (center: string, body: Record<string, unknown>) =>
      api.put(`${base(center)}/layout`, body, { headers }).catch((e: any) => e.response)
    const move = (center: string, body: Record<string, unknown>) =>
      api.post(`${base(center)}/bin-stock/moves`, body, { headers }).catch((e: any) => e.response)
    const reconciliation = async (center: string) =>
      (await api.get(`${base(center)}/bin-stock/reconciliation`, { headers })).data
    const rowOf = (recon: any, inventoryItemId: string) =>
      recon.items.find((i: any) => i.inventory_item_id === inventoryItemId)
    const binStock = async (center: string, code: string) => {
      const { data } = await api.get(`${base(center)}/bins?q=${code}`, { headers })
      const bin = data.bins.find((b: any) => b.code === code)
      return bin.stock as { inventory_item_id: string; sku: string; quantity: number }[]
    }

    describe("layout and bins", () => {
      it("saves a layout, generates aisles × bays × levels × 2 bins and lists them with stock", async () => {
        const medan = store.centers.medan
        const before = await api.get(`${base(medan)}/layout`, { headers })
        expect(before.data).toEqual({ layout: null, bins_count: 0 })

        const res = await putLayout(medan, LAYOUT)
        expect(res.status).toBe(200)
        expect(res.data.layout).toMatchObject({ ...LAYOUT, zone_code: "A", cross_aisles: 2, depot_aisle: 1, version: 1 })
        expect(res.data.bins_count).toBe(3 * 4 * 2 * 2)

        const got = await api.get(`${base(medan)}/layout`, { headers })
        expect(got.data.bins_count).toBe(48)
        expect(got.data.layout.stock_location_id).toBe(medan)

        const page = await api.get(`${base(medan)}/bins?limit=10&offset=0`, { headers })
        expect(page.data.count).toBe(48)
        expect(page.data.bins).toHaveLength(10)
        expect(page.data.bins[0]).toMatchObject({ code: "A-01-01-1-L", aisle: 1, bay: 1, level: 1, side: "L", x_m: 0, stock: [] })
        expect(page.data.bins[0].y_m).toBeCloseTo(1.6, 6)

        const search = await api.get(`${base(medan)}/bins?q=A-02-03`, { headers })
        expect(search.data.count).toBe(4)
        expect(search.data.bins.map((b: any) => b.code)).toEqual(["A-02-03-1-L", "A-02-03-1-R", "A-02-03-2-L", "A-02-03-2-R"])

        // Growing keeps existing bins (same ids) and adds the new ones; the version goes up.
        const firstId = page.data.bins[0].id
        const grown = await putLayout(medan, { ...LAYOUT, aisles: 4 })
        expect(grown.status).toBe(200)
        expect(grown.data.bins_count).toBe(64)
        expect(grown.data.layout.version).toBe(2)
        expect(grown.data.changes).toEqual({ created: 16, updated: 0, removed: 0 })
        const again = await api.get(`${base(medan)}/bins?q=A-01-01-1-L`, { headers })
        expect(again.data.bins[0].id).toBe(firstId)

        // Other centres are untouched.
        const other = await api.get(`${base(store.centers.jakarta)}/layout`, { headers })
        expect(other.data.bins_count).toBe(0)
      })

      it("refuses bad layouts with 400 naming the field, and unknown centres with 404", async () => {
        const medan = store.centers.medan
        const missing = await putLayout(medan, { ...LAYOUT, aisles: undefined })
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("aisles")

        const zero = await putLayout(medan, { ...LAYOUT, levels: 0 })
        expect(zero.status).toBe(400)
        expect(zero.data.message).toContain("levels must be a whole number from 1 to 99")

        const depot = await putLayout(medan, { ...LAYOUT, depot_aisle: 9 })
        expect(depot.status).toBe(400)
        expect(depot.data.message).toContain("depot_aisle must be an aisle number from 1 to 3")

        const cross = await putLayout(medan, { ...LAYOUT, cross_aisles: 9 })
        expect(cross.status).toBe(400)
        expect(cross.data.message).toContain("cross_aisles")

        const zone = await putLayout(medan, { ...LAYOUT, zone_code: "a" })
        expect(zone.status).toBe(400)
        expect(zone.data.message).toContain("zone_code")

        const extra = await putLayout(medan, { ...LAYOUT, colour: "red" })
        expect(extra.status).toBe(400)
        expect(extra.data.message).toContain("colour")

        expect((await api.get(`${base(medan)}/layout`, { headers })).data.bins_count).toBe(0)

        const unknown = await putLayout("sloc_missing", LAYOUT)
        expect(unknown.status).toBe(404)
        const unknownGet = await api.get(`${base("sloc_missing")}/bins`, { headers }).catch((e: any) => e.response)
        expect(unknownGet.status).toBe(404)
        const badQuery = await api.get(`${base(medan)}/bins?limit=0`, { headers }).catch((e: any) => e.response)
        expect(badQuery.status).toBe(400)
        expect(badQuery.data.message).toContain("limit")
      })

      it("refuses to shrink a layout while the bins that would disappear hold stock, and names them", async () => {
        const medan = store.centers.medan
        const tee = store.catalog.TEE.inventory_item_id
        await putLayout(medan, LAYOUT)
        expect((await move(medan, { inventory_item_id: tee, to_bin_code: "A-03-04-2-R", quantity: 2, reason: "putaway" })).status).toBe(200)

        const shrink = await putLayout(medan, { ...LAYOUT, aisles: 2 })
        expect(shrink.status).toBe(400)
        expect(shrink.data.message).toContain("A-03-04-2-R (2 units)")
        const after = await api.get(`${base(medan)}/layout`, { headers })
        expect(after.data.bins_count).toBe(48)
        expect(after.data.layout.aisles).toBe(3)
        expect(after.data.layout.version).toBe(1)

        // Once the stock is moved into a bin that stays, the layout can shrink.
        expect((await move(medan, { inventory_item_id: tee, from_bin_code: "A-03-04-2-R", to_bin_code: "A-01-01-1-L", quantity: 2, reason: "move" })).status).toBe(200)
        const ok = await putLayout(medan, { ...LAYOUT, aisles: 2 })
        expect(ok.status).toBe(200)
        expect(ok.data.bins_count).toBe(32)
        expect(await binStock(medan, "A-01-01-1-L")).toEqual([{ inventory_item_id: tee, sku: "TEE", quantity: 2 }])
      })
    })

    describe("bin stock", () => {
      beforeEach(async () => {
        expect((await putLayout(store.centers.medan, LAYOUT)).status).toBe(200)
        expect((await putLayout(store.centers.jakarta, LAYOUT)).status).toBe(200)
      })

      it("puts stock away, moves it, and reconciliation shows in_bins and unassigned against Medusa's stock", async () => {
        const medan = store.centers.medan
        const tee = store.catalog.TEE.inventory_item_id

        const initial = rowOf(await reconciliation(medan), tee)
        expect(initial).toEqual({ inventory_item_id: tee, sku: "TEE", stocked: 10, in_bins: 0, in_totes: 0, unassigned: 10, problem: null })

        const putaway = await move(medan, { inventory_item_id: tee, to_bin_code: "A-01-02-1-L", quantity: 6, reason: "putaway" })
        expect(putaway.status).toBe(200)
        expect(putaway.data.movement).toMatchObject({ reason: "putaway", sku: "TEE", quantity: 6, to_bin_code: "A-01-02-1-L", to_quantity: 6 })

        const moved = await move(medan, { inventory_item_id: tee, from_bin_code: "A-01-02-1-L", to_bin_code: "A-02-01-2-R", quantity: 2, reason: "move" })
        expect(moved.status).toBe(200)
        expect(moved.data.movement).toMatchObject({ from_quantity: 4, to_quantity: 2 })

        const recon = await reconciliation(medan)
        expect(rowOf(recon, tee)).toEqual({ inventory_item_id: tee, sku: "TEE", stocked: 10, in_bins: 6, in_totes: 0, unassigned: 4, problem: null })
        expect(rowOf(recon, store.catalog.SAMBAL.inventory_item_id)).toMatchObject({ sku: "SAMBAL", stocked: 5, in_bins: 0, unassigned: 5 })
        expect(recon.problems).toBe(0)

        expect(await binStock(medan, "A-01-02-1-L")).toEqual([{ inventory_item_id: tee, sku: "TEE", quantity: 4 }])
        expect(await binStock(medan, "A-02-01-2-R")).toEqual([{ inventory_item_id: tee, sku: "TEE", quantity: 2 }])

        // Adjust out (a count correction) frees the units again.
        const adjust = await move(medan, { inventory_item_id: tee, from_bin_code: "A-02-01-2-R", quantity: 1, reason: "adjust" })
        expect(adjust.status).toBe(200)
        expect(rowOf(await reconciliation(medan), tee)).toMatchObject({ in_bins: 5, unassigned: 5 })

        // Jakarta's bins and stock are separate.
        expect(rowOf(await reconciliation(store.centers.jakarta), tee)).toMatchObject({ stocked: 10, in_bins: 0, unassigned: 10 })
      })

      it("refuses a putaway beyond the unassigned stock and changes nothing", async () => {
        const medan = store.centers.medan
        const tee = store.catalog.TEE.inventory_item_id
        expect((await move(medan, { inventory_item_id: tee, to_bin_code: "A-01-01-1-L", quantity: 7, reason: "putaway" })).status).toBe(200)

        const tooMany = await move(medan, { inventory_item_id: tee, to_bin_code: "A-01-01-2-L", quantity: 4, reason: "putaway" })
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toContain("only 3 units of SKU TEE are unassigned at this centre")

        // BATIK is not stocked at Medan at all.
        const notStocked = await move(medan, { inventory_item_id: store.catalog.BATIK.inventory_item_id, to_bin_code: "A-01-01-2-L", quantity: 1, reason: "putaway" })
        expect(notStocked.status).toBe(400)
        expect(notStocked.data.message).toContain("only 0 units of SKU BATIK")

        expect(rowOf(await reconciliation(medan), tee)).toMatchObject({ stocked: 10, in_bins: 7, unassigned: 3 })
        expect(await binStock(medan, "A-01-01-2-L")).toEqual([])
      })

      it("refuses bad bin codes, foreign bins and bad quantities with 400 and changes nothing", async () => {
        const medan = store.centers.medan
        const tee = store.catalog.TEE.inventory_item_id
        expect((await move(medan, { inventory_item_id: tee, to_bin_code: "A-01-01-1-L", quantity: 5, reason: "putaway" })).status).toBe(200)

        // A code that exists only at Jakarta.
        const jakartaOnly = await putLayout(store.centers.jakarta, { ...LAYOUT, zone_code: "J" })
        expect(jakartaOnly.status).toBe(200)
        const foreign = await move(medan, { inventory_item_id: tee, from_bin_code: "A-01-01-1-L", to_bin_code: "J-01-01-1-L", quantity: 1, reason: "move" })
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toContain("to_bin_code J-01-01-1-L is a bin of another centre")

        const unknown = await move(medan, { inventory_item_id: tee, from_bin_code: "A-01-01-1-L", to_bin_code: "A-09-01-1-L", quantity: 1, reason: "move" })
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("to_bin_code A-09-01-1-L does not exist at this centre")

        const malformed = await move(medan, { inventory_item_id: tee, from_bin_code: "A-1-1-1-L", to_bin_code: "A-01-01-2-L", quantity: 1, reason: "move" })
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toContain('from_bin_code "A-1-1-1-L" is not a valid bin code')

        const negative = await move(medan, { inventory_item_id: tee, from_bin_code: "A-01-01-1-L", to_bin_code: "A-01-01-2-L", quantity: -2, reason: "move" })
        expect(negative.status).toBe(400)
        expect(negative.data.message).toContain("quantity")

        const fractional = await move(medan, { inventory_item_id: tee, to_bin_code: "A-01-01-2-L", quantity: 1.5, reason: "putaway" })
        expect(fractional.status).toBe(400)

        const pick = await move(medan, { inventory_item_id: tee, from_bin_code: "A-01-01-1-L", quantity: 1, reason: "pick" })
        expect(pick.status).toBe(400)
        expect(pick.data.message).toContain("reason")

        const noTarget = await move(medan, { inventory_item_id: tee, from_bin_code: "A-01-01-1-L", quantity: 1, reason: "move" })
        expect(noTarget.status).toBe(400)
        expect(noTarget.data.message).toContain("to_bin_code")

        const overdraw = await move(medan, { inventory_item_id: tee, from_bin_code: "A-01-01-1-L", to_bin_code: "A-01-01-2-L", quantity: 6, reason: "move" })
        expect(overdraw.status).toBe(400)
        expect(overdraw.data.message).toContain("holds 5 unit(s)")

        const unknownItem = await move(medan, { inventory_item_id: "iitem_missing", to_bin_code: "A-01-01-2-L", quantity: 1, reason: "putaway" })
        expect(unknownItem.status).toBe(404)
        const unknownCentre = await move("sloc_missing", { inventory_item_id: tee, to_bin_code: "A-01-01-2-L", quantity: 1, reason: "putaway" })
        expect(unknownCentre.status).toBe(404)

        expect(await binStock(medan, "A-01-01-1-L")).toEqual([{ inventory_item_id: tee, sku: "TEE", quantity: 5 }])
        expect(await binStock(medan, "A-01-01-2-L")).toEqual([])
        expect(rowOf(await reconciliation(medan), tee)).toMatchObject({ in_bins: 5, unassigned: 5 })
      })

      it("lets exactly one of two concurrent moves of the last units succeed", async () => {
        const medan = store.centers.medan
        const tee = store.catalog.TEE.inventory_item_id
        expect((await move(medan, { inventory_item_id: tee, to_bin_code: "A-01-01-1-L", quantity: 3, reason: "putaway" })).status).toBe(200)

        const results = await Promise.all([
          move(medan, { inventory_item_id: tee, from_bin_code: "A-01-01-1-L", to_bin_code: "A-02-01-1-L", quantity: 3, reason: "move" }),
          move(medan, { inventory_item_id: tee, from_bin_code: "A-01-01-1-L", to_bin_code: "A-03-01-1-L", quantity: 3, reason: "move" }),
        ])
        expect(results.map((r) => r.status).sort()).toEqual([200, 400])
        const [a, b] = [await binStock(medan, "A-02-01-1-L"), await binStock(medan, "A-03-01-1-L")]
        expect(a.length + b.length).toBe(1)
        expect([...a, ...b][0].quantity).toBe(3)
        expect(await binStock(medan, "A-01-01-1-L")).toEqual([])

        // And of two concurrent putaways of the last unassigned units (7 left), only one passes.
        const putaways = await Promise.all([
          move(medan, { inventory_item_id: tee, to_bin_code: "A-01-02-1-L", quantity: 7, reason: "putaway" }),
          move(medan, { inventory_item_id: tee, to_bin_code: "A-01-03-1-L", quantity: 7, reason: "putaway" }),
        ])
        expect(putaways.map((r) => r.status).sort()).toEqual([200, 400])
        expect(rowOf(await reconciliation(medan), tee)).toMatchObject({ stocked: 10, in_bins: 10, unassigned: 0, problem: null })
      })
    })

    describe("compensation", () => {
      it("restores the layout, its bins and bin stock when a later step fails", async () => {
        const medan = store.centers.medan
        const tee = store.catalog.TEE.inventory_item_id
        expect((await putLayout(medan, LAYOUT)).status).toBe(200)
        expect((await move(medan, { inventory_item_id: tee, to_bin_code: "A-01-01-1-L", quantity: 2, reason: "putaway" })).status).toBe(200)
        const [before] = (await api.get(`${base(medan)}/bins?q=A-01-01-1-L`, { headers })).data.bins

        // Fewer aisles (removes aisle 3), more bays (creates bay 5), wider bays (moves every kept bin).
        const { errors } = await layoutThenFail(getContainer()).run({
          input: { ...LAYOUT, aisles: 2, bays_per_aisle: 5, bay_width_m: 1.5, zone_code: "A", cross_aisles: 2, depot_aisle: 1, stock_location_id: medan },
          throwOnError: false,
        })
        expect(errors[0]?.error?.message).toContain("later step failed")
        const layout = (await api.get(`${base(medan)}/layout`, { headers })).data
        expect(layout.bins_count).toBe(48)
        expect(layout.layout).toMatchObject({ aisles: 3, bays_per_aisle: 4, bay_width_m: 1.2, version: 1 })
        const [after] = (await api.get(`${base(medan)}/bins?q=A-01-01-1-L`, { headers })).data.bins
        expect(after).toEqual(before)
        expect((await api.get(`${base(medan)}/bins?q=A-03-`, { headers })).data.count).toBe(16)
        expect((await api.get(`${base(medan)}/bins?q=-05-`, { headers })).data.count).toBe(0)

        const putaway = await moveThenFail(getContainer()).run({
          input: { stock_location_id: medan, inventory_item_id: tee, to_bin_code: "A-01-01-2-L", quantity: 3, reason: "putaway" },
          throwOnError: false,
        })
        expect(putaway.errors).toHaveLength(1)
        const moved = await moveThenFail(getContainer()).run({
          input: { stock_location_id: medan, inventory_item_id: tee, from_bin_code: "A-01-01-1-L", to_bin_code: "A-01-02-1-L", quantity: 1, reason: "move" },
          throwOnError: false,
        })
        expect(moved.errors).toHaveLength(1)
        expect(await binStock(medan, "A-01-01-1-L")).toEqual([{ inventory_item_id: tee, sku: "TEE", quantity: 2 }])
        expect(await binStock(medan, "A-01-01-2-L")).toEqual([])
        expect(await binStock(medan, "A-01-02-1-L")).toEqual([])
        expect(rowOf(await reconciliation(medan), tee)).toMatchObject({ stocked: 10, in_bins: 2, unassigned: 8 })
      })
    })

    describe("cartons", () => {
      it("creates, lists, updates, deletes cartons and recommends the smallest fitting one for a TEE", async () => {
        const medan = store.centers.medan
        const cartons = `${base(medan)}/cartons`
        for (const carton of CARTONS) {
          const created = await api.post(cartons, carton, { headers })
          expect(created.status).toBe(201)
          expect(created.data.carton).toMatchObject({ ...carton, stock_location_id: medan, active: true })
        }
        const dup = await api.post(cartons, CARTONS[0], { headers }).catch((e: any) => e.response)
        expect(dup.status).toBe(422)
        expect(dup.data.message).toContain("XS already exists")

        const invalid = await api
          .post(cartons, { ...CARTONS[0], code: "BAD", tare_g: 500, max_weight_g: 400 }, { headers })
          .catch((e: any) => e.response)
        expect(invalid.status).toBe(400)
        expect(invalid.data.message).toContain("max_weight_g (400 g) must exceed the tare (500 g)")
        const negative = await api.post(cartons, { ...CARTONS[0], code: "NEG", inner_width_cm: -1 }, { headers }).catch((e: any) => e.response)
        expect(negative.status).toBe(400)
        expect(negative.data.message).toContain("inner_width_cm")
        const badCode = await api.post(cartons, { ...CARTONS[0], code: "recommend" }, { headers }).catch((e: any) => e.response)
        expect(badCode.status).toBe(400)
        expect(badCode.data.message).toContain("code")

        const list = await api.get(cartons, { headers })
        expect(list.data.cartons.map((c: any) => c.code)).toEqual(["L", "M", "XS"])

        const updated = await api.post(`${cartons}/M`, { cost: 3500, name: "Medium box" }, { headers })
        expect(updated.data.carton).toMatchObject({ code: "M", cost: 3500, name: "Medium box", inner_length_cm: 25 })
        const badUpdate = await api.post(`${cartons}/M`, { max_weight_g: 100 }, { headers }).catch((e: any) => e.response)
        expect(badUpdate.status).toBe(400)
        expect(badUpdate.data.message).toContain("max_weight_g")
        const unknownField = await api.post(`${cartons}/M`, { colour: "brown" }, { headers }).catch((e: any) => e.response)
        expect(unknownField.status).toBe(400)
        const missingCarton = await api.post(`${cartons}/ZZ`, { cost: 1 }, { headers }).catch((e: any) => e.response)
        expect(missingCarton.status).toBe(404)

        const tee = store.catalog.TEE.inventory_item_id
        const recommend = await api.post(`${cartons}/recommend`, { items: [{ inventory_item_id: tee, quantity: 1 }] }, { headers })
        expect(recommend.status).toBe(200)
        expect(recommend.data.recommendation.mode).toBe("single")
        expect(recommend.data.recommendation.parcels).toHaveLength(1)
        expect(recommend.data.recommendation.parcels[0]).toMatchObject({
          carton_id: "M",
          actual_weight_g: 650,
          volumetric_weight_g: 1250,
          billable_weight_g: 1250,
        })
        expect(recommend.data.recommendation.warnings).toEqual([])
        expect(recommend.data.skus).toEqual({ [tee]: "TEE" })

        const badRecommend = await api
          .post(`${cartons}/recommend`, { items: [{ inventory_item_id: tee, quantity: 0 }] }, { headers })
          .catch((e: any) => e.response)
        expect(badRecommend.status).toBe(400)
        expect(badRecommend.data.message).toContain("quantity")
        const unknownItem = await api
          .post(`${cartons}/recommend`, { items: [{ inventory_item_id: "iitem_missing", quantity: 1 }] }, { headers })
          .catch((e: any) => e.response)
        expect(unknownItem.status).toBe(400)
        expect(unknownItem.data.message).toContain("iitem_missing")

        // Without the medium carton the large one is the smallest that fits.
        const deleted = await api.delete(`${cartons}/M`, { headers })
        expect(deleted.data).toMatchObject({ code: "M", deleted: true })
        const again = await api.delete(`${cartons}/M`, { headers }).catch((e: any) => e.response)
        expect(again.status).toBe(404)
        expect((await api.get(cartons, { headers })).data.cartons.map((c: any) => c.code)).toEqual(["L", "XS"])
        const fallback = await api.post(`${cartons}/recommend`, { items: [{ inventory_item_id: tee, quantity: 1 }] }, { headers })
        expect(fallback.data.recommendation.parcels[0].carton_id).toBe("L")

        // Cartons belong to one centre.
        expect((await api.get(`${base(store.centers.jakarta)}/cartons`, { headers })).data.cartons).toEqual([])
      })
    })

    describe("auth", () => {
      it("answers 401 without an admin token", async () => {
        const medan = store.centers.medan
        const calls = [
          api.get(`${base(medan)}/layout`),
          api.put(`${base(medan)}/layout`, LAYOUT),
          api.get(`${base(medan)}/bins`),
          api.post(`${base(medan)}/bin-stock/moves`, {}),
          api.get(`${base(medan)}/bin-stock/reconciliation`),
          api.get(`${base(medan)}/cartons`),
          api.post(`${base(medan)}/cartons/recommend`, { items: [] }),
        ]
        // catch each request as it is made: one that fails before its turn in the loop would
        // otherwise be an unhandled rejection
        const responses = await Promise.all(calls.map((call) => call.catch((e: any) => e.response)))
        for (const res of responses) {
          expect(res.status).toBe(401)
        }
      })
    })
  },
})
