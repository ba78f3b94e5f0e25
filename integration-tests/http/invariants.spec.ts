import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { reconciliationRow, stockJakartaBins } from "./helpers/warehouse"
import { TEE_BIN } from "./helpers/fixtures"

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
  },
})
