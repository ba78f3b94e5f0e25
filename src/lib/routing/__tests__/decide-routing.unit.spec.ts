import { decideRouting } from "../decide-routing"
import { EXACT_SEARCH_LIMIT } from "../fewest-shipments"
import type { RoutingDecision } from "../types"
import {
  JAKARTA,
  JAKARTA_CUSTOMER,
  MAKASSAR,
  MEDAN,
  SURABAYA,
  SURABAYA_CUSTOMER,
  UNKNOWN_DESTINATION,
  allocatedByLine,
  center,
  line,
  makeInput,
} from "./fixtures"

const candidate = (decision: RoutingDecision, id: string) =>
  decision.candidates.find((c) => c.stock_location_id === id)!

const allocatedAt = (decision: RoutingDecision) => decision.allocations.map((a) => a.stock_location_id)

describe("decideRouting — closest_full_stock", () => {
  it("ships a Jakarta order from Jakarta and explains why the others lost", () => {
    const decision = decideRouting(
      makeInput({ stock: { loc_jakarta: { inv_li_1: 5 }, loc_surabaya: { inv_li_1: 5 } } })
    )
    expect(allocatedAt(decision)).toEqual(["loc_jakarta"])
    expect(decision.allocations[0].items).toEqual([{ line_item_id: "li_1", quantity: 1 }])
    expect(decision.backordered).toEqual([])
    expect(decision.backorder_location_id).toBeNull()
    expect(decision.rule).toBe("closest centre with full stock")
    expect(decision.fell_back_to_priority).toBe(false)
    expect(candidate(decision, "loc_jakarta")).toMatchObject({
      outcome: "chosen",
      can_fill_order: true,
      reason: expect.stringMatching(/^closest centre with full stock \(\d+(\.\d)? km\)$/),
    })
    expect(candidate(decision, "loc_surabaya").reason).toMatch(/^has full stock but \d+(\.\d)? km farther than Jakarta$/)
    expect(candidate(decision, "loc_medan")).toMatchObject({
      outcome: "lost",
      reason: "missing stock: 0 of 1 for line li_1",
      stock_seen: { li_1: 0 },
    })
  })

  it("falls through to Surabaya when Jakarta is out of stock", () => {
    const decision = decideRouting(
      makeInput({ stock: { loc_jakarta: { inv_li_1: 0 }, loc_surabaya: { inv_li_1: 2 }, loc_medan: { inv_li_1: 2 } } })
    )
    expect(allocatedAt(decision)).toEqual(["loc_surabaya"])
    expect(candidate(decision, "loc_jakarta").reason).toBe("missing stock: 0 of 1 for line li_1")
  })

  it("rounds distances to 0.1 km", () => {
    const decision = decideRouting(makeInput({ stock: { loc_jakarta: { inv_li_1: 1 } } }))
    for (const c of decision.candidates) {
      if (c.distance_km !== null) expect(Math.round(c.distance_km * 10)).toBeCloseTo(c.distance_km * 10, 6)
    }
    expect(decision.allocations[0].distance_km).toBe(candidate(decision, "loc_jakarta").distance_km)
  })

  it("splits across two centres when no single centre has every line", () => {
    const decision = decideRouting(
      makeInput({
        lines: [line("li_1", 2), line("li_2", 1)],
        stock: { loc_jakarta: { inv_li_1: 5 }, loc_surabaya: { inv_li_2: 5 } },
      })
    )
    expect(decision.allocations).toEqual([
      expect.objectContaining({ stock_location_id: "loc_jakarta", items: [{ line_item_id: "li_1", quantity: 2 }] }),
      expect.objectContaining({ stock_location_id: "loc_surabaya", items: [{ line_item_id: "li_2", quantity: 1 }] }),
    ])
    expect(decision.rule).toBe("split across 2 centres: no single centre had every line")
    expect(candidate(decision, "loc_jakarta").reason).toBe(
      "ships 2 of 2 units of line li_1 — split because no single centre had everything"
    )
  })

  it("splits a single line by units and back-orders what nobody has", () => {
    const decision = decideRouting(
      makeInput({ lines: [line("li_1", 5)], stock: { loc_jakarta: { inv_li_1: 2 }, loc_surabaya: { inv_li_1: 1 } } })
    )
    expect(allocatedByLine(decision)).toEqual({ li_1: 3 })
    expect(decision.backordered).toEqual([{ line_item_id: "li_1", quantity: 2 }])
    expect(decision.backorder_location_id).toBe("loc_jakarta")
    expect(decision.rule).toBe(
      "split across 2 centres: no single centre had every line; 2 units back-ordered (not enough stock at eligible centres)"
    )
    expect(candidate(decision, "loc_jakarta").reason).toBe(
      "ships 2 of 5 units of line li_1 — split because no single centre had everything"
    )
  })

  it("back-orders everything at the best eligible centre when nobody has stock", () => {
    const decision = decideRouting(makeInput({ lines: [line("li_1", 2)], stock: {} }))
    expect(decision.allocations).toEqual([])
    expect(decision.backordered).toEqual([{ line_item_id: "li_1", quantity: 2 }])
    expect(decision.backorder_location_id).toBe("loc_jakarta")
    expect(decision.rule).toBe("no eligible centre has stock for this order: everything back-ordered")
  })

  it("skips an inactive centre", () => {
    const decision = decideRouting(
      makeInput({
        centers: [{ ...JAKARTA, active: false }, SURABAYA, MEDAN, MAKASSAR],
        stock: { loc_jakarta: { inv_li_1: 9 }, loc_surabaya: { inv_li_1: 9 } },
      })
    )
    expect(allocatedAt(decision)).toEqual(["loc_surabaya"])
    expect(candidate(decision, "loc_jakarta")).toMatchObject({ outcome: "ineligible", reason: "inactive" })
  })

  it("skips a centre at daily capacity but not one with capacity left", () => {
    const stock = { loc_jakarta: { inv_li_1: 9 }, loc_surabaya: { inv_li_1: 9 } }
    const full = decideRouting(
      makeInput({ centers: [{ ...JAKARTA, capacity_remaining: 0 }, SURABAYA], stock })
    )
    expect(allocatedAt(full)).toEqual(["loc_surabaya"])
    expect(candidate(full, "loc_jakarta")).toMatchObject({
      outcome: "ineligible",
      reason: "at daily capacity (0 orders left today)",
    })
    const open = decideRouting(makeInput({ centers: [{ ...JAKARTA, capacity_remaining: 1 }, SURABAYA], stock }))
    expect(allocatedAt(open)).toEqual(["loc_jakarta"])
  })

  it("respects service areas by country and province", () => {
    const stock = { loc_jakarta: { inv_li_1: 9 }, loc_surabaya: { inv_li_1: 9 }, loc_medan: { inv_li_1: 9 } }
    const centers = [
      { ...JAKARTA, serves_provinces: ["ID-JI", "ID-JT"] },
      { ...SURABAYA, serves_provinces: ["jk"] },
      { ...MEDAN, serves_countries: ["SG"] },
    ]
    const decision = decideRouting(makeInput({ centers, stock }))
    expect(allocatedAt(decision)).toEqual(["loc_surabaya"])
    expect(candidate(decision, "loc_jakarta").reason).toBe("outside its service area (does not serve province JK)")
    expect(candidate(decision, "loc_medan").reason).toBe("outside its service area (does not ship to ID)")

    const unknownProvince = decideRouting(
      makeInput({ centers, stock, destination: { ...JAKARTA_CUSTOMER, province: null } })
    )
    expect(candidate(unknownProvince, "loc_surabaya").reason).toBe(
      "cannot confirm the address is in its service area (province unknown)"
    )
    expect(unknownProvince.allocations).toEqual([])
    expect(unknownProvince.backorder_location_id).toBeNull()
  })

  it("ranks by priority when the address could not be located", () => {
    const decision = decideRouting(
      makeInput({
        destination: UNKNOWN_DESTINATION,
        centers: [JAKARTA, { ...SURABAYA, priority: 0 }],
        stock: { loc_jakarta: { inv_li_1: 9 }, loc_surabaya: { inv_li_1: 9 } },
      })
    )
    expect(decision.fell_back_to_priority).toBe(true)
    expect(allocatedAt(decision)).toEqual(["loc_surabaya"])
    expect(decision.allocations[0].distance_km).toBeNull()
    expect(decision.rule).toBe(
      "delivery address could not be located, so centres are ranked by priority: highest-priority centre with full stock"
    )
    expect(candidate(decision, "loc_jakarta").reason).toBe("has full stock but lower priority (1) than Surabaya (0)")
  })

  it("caps the number of shipments and back-orders the rest", () => {
    const decision = decideRouting(
      makeInput({
        lines: [line("li_1", 3)],
        max_shipments: 2,
        stock: { loc_jakarta: { inv_li_1: 1 }, loc_surabaya: { inv_li_1: 1 }, loc_medan: { inv_li_1: 1 } },
      })
    )
    expect(decision.allocations).toHaveLength(2)
    expect(decision.backordered).toEqual([{ line_item_id: "li_1", quantity: 1 }])
    expect(decision.rule).toMatch(/the 2-shipment cap was reached\)$/)
    const unused = decision.candidates.find((c) => c.outcome === "lost" && c.stock_seen.li_1 > 0)!
    expect(unused.reason).toBe("over the 2-shipment cap")
  })
})

describe("decideRouting — priority", () => {
  it("prefers the higher-priority centre even when another is closer", () => {
    const decision = decideRouting(
      makeInput({
        strategy: "priority",
        destination: SURABAYA_CUSTOMER,
        stock: { loc_jakarta: { inv_li_1: 9 }, loc_surabaya: { inv_li_1: 9 } },
      })
    )
    expect(allocatedAt(decision)).toEqual(["loc_jakarta"])
    expect(decision.rule).toBe("highest-priority centre with full stock")
    expect(candidate(decision, "loc_surabaya").reason).toBe("has full stock but lower priority (2) than Jakarta (1)")
  })
})

describe("decideRouting — fewest_shipments", () => {
  // Jakarta has A, Surabaya B, Makassar C, and Medan B and C. From Jakarta, Medan (~1,410 km) is
  // farther than Makassar (~1,390 km), so closest-first needs three parcels to stay that close.
  const lines = [line("li_a", 1), line("li_b", 1), line("li_c", 1)]
  const stock = {
    loc_jakarta: { inv_li_a: 5 },
    loc_surabaya: { inv_li_b: 5 },
    loc_makassar: { inv_li_c: 5 },
    loc_medan: { inv_li_b: 5, inv_li_c: 5 },
  }

  it("uses fewer parcels than the closest-first walk", () => {
    const closest = decideRouting(makeInput({ lines, stock }))
    const fewest = decideRouting(makeInput({ lines, stock, strategy: "fewest_shipments" }))
    expect(allocatedAt(closest)).toEqual(["loc_jakarta", "loc_surabaya", "loc_makassar"])
    expect(allocatedAt(fewest)).toEqual(["loc_jakarta", "loc_medan"])
    expect(fewest.rule).toBe(
      "fewest shipments: split across 2 centres, the closest combination that fills the order"
    )
    expect(candidate(fewest, "loc_surabaya").reason).toBe("not needed: the order is filled with fewer or closer centres")
  })

  it("prefers one full-stock centre over a closer split", () => {
    const decision = decideRouting(
      makeInput({
        strategy: "fewest_shipments",
        lines: [line("li_a", 1), line("li_b", 1)],
        stock: { loc_jakarta: { inv_li_a: 1 }, loc_surabaya: { inv_li_b: 1 }, loc_makassar: { inv_li_a: 1, inv_li_b: 1 } },
      })
    )
    expect(allocatedAt(decision)).toEqual(["loc_makassar"])
  })
})

describe("decideRouting — fewest_shipments edge cases", () => {
  it("when nothing fills the order, places the most units with the fewest parcels", () => {
    // Jakarta and Surabaya hold the same single unit; Medan holds two. Two parcels place everything possible.
    const decision = decideRouting(
      makeInput({
        strategy: "fewest_shipments",
        lines: [line("li_a", 5)],
        stock: { loc_jakarta: { inv_li_a: 1 }, loc_surabaya: { inv_li_a: 1 }, loc_medan: { inv_li_a: 2 } },
        max_shipments: 2,
      })
    )
    expect(allocatedByLine(decision)).toEqual({ li_a: 3 })
    expect(allocatedAt(decision)).toEqual(["loc_jakarta", "loc_medan"])
    expect(decision.backordered).toEqual([{ line_item_id: "li_a", quantity: 2 }])
  })

  it("falls back to largest-coverage-first above the exact search limit", () => {
    const centers = Array.from({ length: EXACT_SEARCH_LIMIT + 1 }, (_, i) =>
      center(`loc_${i}`, -6.2 - i * 0.1, 106.8 + i * 0.1, i + 1)
    )
    const stock = Object.fromEntries(centers.map((c, i) => [c.stock_location_id, { inv_li_a: i === 7 ? 4 : 1 }]))
    const decision = decideRouting(
      makeInput({ strategy: "fewest_shipments", centers, lines: [line("li_a", 6)], stock, max_shipments: 3 })
    )
    expect(decision.allocations.map((a) => a.items[0].quantity)).toEqual([1, 1, 4])
    expect(decision.allocations.map((a) => a.stock_location_id)).toContain("loc_7")
    expect(decision.backordered).toEqual([])
  })
})

describe("decideRouting — forced re-route", () => {
  const stock = { loc_jakarta: { inv_li_1: 9 }, loc_medan: { inv_li_1: 9 } }

  it("ships from the forced centre and marks the others ineligible", () => {
    const decision = decideRouting(makeInput({ forced_location_id: "loc_medan", stock }))
    expect(allocatedAt(decision)).toEqual(["loc_medan"])
    expect(decision.rule).toBe("forced re-route to Medan")
    expect(candidate(decision, "loc_jakarta")).toMatchObject({
      outcome: "ineligible",
      reason: "re-route target is another centre",
    })
  })

  it("back-orders everything when the forced centre is not eligible", () => {
    const decision = decideRouting(
      makeInput({
        forced_location_id: "loc_medan",
        centers: [JAKARTA, { ...MEDAN, active: false }],
        stock,
      })
    )
    expect(decision.allocations).toEqual([])
    expect(decision.backordered).toEqual([{ line_item_id: "li_1", quantity: 1 }])
    expect(decision.backorder_location_id).toBeNull()
    expect(decision.rule).toBe("forced re-route to Medan is not possible (inactive): everything back-ordered")
  })

  it("ships what the forced centre has and back-orders the rest there", () => {
    const decision = decideRouting(
      makeInput({ forced_location_id: "loc_medan", lines: [line("li_1", 12)], stock })
    )
    expect(decision.allocations).toEqual([
      expect.objectContaining({ stock_location_id: "loc_medan", items: [{ line_item_id: "li_1", quantity: 9 }] }),
    ])
    expect(decision.backorder_location_id).toBe("loc_medan")
    expect(decision.rule).toMatch(/^forced re-route to Medan; 3 units back-ordered/)
  })
})

describe("decideRouting — inventory details", () => {
  it("supplies kits by their scarcest component", () => {
    const kit = {
      line_item_id: "li_kit",
      quantity: 2,
      components: [
        { inventory_item_id: "inv_a", required_quantity: 2 },
        { inventory_item_id: "inv_b", required_quantity: 1 },
      ],
    }
    const decision = decideRouting(
      makeInput({
        lines: [kit],
        stock: { loc_jakarta: { inv_a: 3, inv_b: 5 }, loc_surabaya: { inv_a: 4, inv_b: 2 } },
      })
    )
    expect(candidate(decision, "loc_jakarta").stock_seen).toEqual({ li_kit: 1 })
    expect(allocatedAt(decision)).toEqual(["loc_surabaya"])
  })

  it("never counts the same units twice when two lines share an inventory item", () => {
    const lines = [line("li_1", 2, "inv_shared"), line("li_2", 2, "inv_shared")]
    const onlyJakarta = decideRouting(makeInput({ lines, stock: { loc_jakarta: { inv_shared: 3 } } }))
    expect(candidate(onlyJakarta, "loc_jakarta")).toMatchObject({
      can_fill_order: false,
      stock_seen: { li_1: 2, li_2: 2 },
    })
    expect(allocatedByLine(onlyJakarta)).toEqual({ li_1: 2, li_2: 1 })
    expect(onlyJakarta.backordered).toEqual([{ line_item_id: "li_2", quantity: 1 }])

    const withSurabaya = decideRouting(
      makeInput({ lines, stock: { loc_jakarta: { inv_shared: 3 }, loc_surabaya: { inv_shared: 4 } } })
    )
    expect(allocatedAt(withSurabaya)).toEqual(["loc_surabaya"])
  })

  it("lets lines without inventory ship from any eligible centre", () => {
    const decision = decideRouting(
      makeInput({ lines: [{ line_item_id: "li_gift_card", quantity: 1, components: [] }], stock: {} })
    )
    expect(allocatedAt(decision)).toEqual(["loc_jakarta"])
  })

  it("treats missing, negative and non-numeric stock as zero", () => {
    const decision = decideRouting(
      makeInput({
        stock: { loc_jakarta: { inv_li_1: -4 }, loc_surabaya: { inv_li_1: NaN }, loc_medan: { inv_li_1: 1 } },
      })
    )
    expect(allocatedAt(decision)).toEqual(["loc_medan"])
  })

  it("does not mutate its input and is deterministic", () => {
    const input = makeInput({
      lines: [line("li_1", 3), line("li_2", 2, "inv_li_1")],
      stock: { loc_jakarta: { inv_li_1: 2 }, loc_surabaya: { inv_li_1: 2 }, loc_medan: { inv_li_1: 4 } },
    })
    const snapshot = JSON.parse(JSON.stringify(input))
    const first = decideRouting(input)
    expect(input).toEqual(snapshot)
    expect(decideRouting(input)).toEqual(first)
  })
})
