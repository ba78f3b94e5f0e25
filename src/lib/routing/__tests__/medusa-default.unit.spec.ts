import { medusaDefaultRouting, MEDUSA_DEFAULT_RULE } from "../medusa-default"
import { JAKARTA, MEDAN, SURABAYA, SURABAYA_CUSTOMER, line, makeInput } from "./fixtures"

const allocatedAt = (decision: ReturnType<typeof medusaDefaultRouting>) =>
  decision.allocations.map((a) => a.stock_location_id)

describe("medusaDefaultRouting", () => {
  it("takes the first linked centre with enough stock, however far away", () => {
    const decision = medusaDefaultRouting(
      makeInput({
        destination: SURABAYA_CUSTOMER,
        centers: [{ ...SURABAYA, link_rank: 2 }, { ...MEDAN, link_rank: 1 }, { ...JAKARTA, link_rank: 0 }],
        stock: { loc_jakarta: { inv_li_1: 0 }, loc_medan: { inv_li_1: 5 }, loc_surabaya: { inv_li_1: 5 } },
      })
    )
    expect(allocatedAt(decision)).toEqual(["loc_medan"])
    expect(decision.rule).toBe(MEDUSA_DEFAULT_RULE)
    expect(decision.strategy).toBe("closest_full_stock")
    expect(decision.allocations[0].distance_km).toBeGreaterThan(1500)
  })

  it("ignores the active flag, capacity and service areas", () => {
    const decision = medusaDefaultRouting(
      makeInput({
        centers: [{ ...JAKARTA, active: false, capacity_remaining: 0, serves_countries: ["SG"] }, SURABAYA],
        stock: { loc_jakarta: { inv_li_1: 5 }, loc_surabaya: { inv_li_1: 5 } },
      })
    )
    expect(allocatedAt(decision)).toEqual(["loc_jakarta"])
  })

  it("places each line on its own first centre with enough stock", () => {
    const decision = medusaDefaultRouting(
      makeInput({
        lines: [line("li_1", 1), line("li_2", 2)],
        stock: { loc_jakarta: { inv_li_1: 5, inv_li_2: 1 }, loc_surabaya: { inv_li_2: 2 } },
      })
    )
    expect(decision.allocations).toEqual([
      expect.objectContaining({ stock_location_id: "loc_jakarta", items: [{ line_item_id: "li_1", quantity: 1 }] }),
      expect.objectContaining({ stock_location_id: "loc_surabaya", items: [{ line_item_id: "li_2", quantity: 2 }] }),
    ])
    expect(decision.backordered).toEqual([])
  })

  it("never splits a line: short lines stay at the first linked centre and count as back-ordered", () => {
    const decision = medusaDefaultRouting(
      makeInput({ lines: [line("li_1", 3)], stock: { loc_jakarta: { inv_li_1: 2 }, loc_surabaya: { inv_li_1: 2 } } })
    )
    expect(decision.allocations).toEqual([
      expect.objectContaining({ stock_location_id: "loc_jakarta", items: [{ line_item_id: "li_1", quantity: 2 }] }),
    ])
    expect(decision.backordered).toEqual([{ line_item_id: "li_1", quantity: 1 }])
    expect(decision.backorder_location_id).toBe("loc_jakarta")
    expect(decision.candidates.find((c) => c.stock_location_id === "loc_jakarta")!.reason).toMatch(
      /reserved without enough stock \(2 of 3\)/
    )
  })

  it("does not let two lines take the same units of a shared item", () => {
    const decision = medusaDefaultRouting(
      makeInput({
        lines: [line("li_1", 2, "inv_shared"), line("li_2", 2, "inv_shared")],
        stock: { loc_jakarta: { inv_shared: 3 }, loc_surabaya: { inv_shared: 2 } },
      })
    )
    expect(decision.allocations).toEqual([
      expect.objectContaining({ stock_location_id: "loc_jakarta", items: [{ line_item_id: "li_1", quantity: 2 }] }),
      expect.objectContaining({ stock_location_id: "loc_surabaya", items: [{ line_item_id: "li_2", quantity: 2 }] }),
    ])
  })

  it("back-orders everything when there is no centre at all", () => {
    const decision = medusaDefaultRouting(makeInput({ centers: [], stock: {} }))
    expect(decision.allocations).toEqual([])
    expect(decision.backordered).toEqual([{ line_item_id: "li_1", quantity: 1 }])
    expect(decision.backorder_location_id).toBeNull()
  })
})
