import { haversineKm } from "../../geo/haversine"
import { decideRouting } from "../decide-routing"
import { EXACT_SEARCH_LIMIT } from "../fewest-shipments"
import { DEFAULT_SHIPPING_COSTS } from "../shipping-cost"
import type { LineDemand, RoutingDecision } from "../types"
import { JAKARTA, JAKARTA_CUSTOMER, MAKASSAR, SURABAYA, center, makeInput } from "./fixtures"

const weighed = (id: string, quantity: number, grams: number): LineDemand => ({
  line_item_id: id,
  quantity,
  unit_weight_g: grams,
  components: [{ inventory_item_id: `inv_${id}`, required_quantity: 1 }],
})
const candidate = (decision: RoutingDecision, id: string) => decision.candidates.find((c) => c.stock_location_id === id)!
const km = (center: typeof JAKARTA) => haversineKm(center.point!, JAKARTA_CUSTOMER.point!)
const COSTS = { per_parcel: 9000, per_kg_km: 20 }

describe("decideRouting — cost", () => {
  // A 10 kg rice sack in Jakarta, a 1 kg pack in Surabaya; Makassar has both, 1,390 km away.
  const lines = [weighed("li_rice", 1, 10_000), weighed("li_pack", 1, 1_000)]
  const stock = {
    loc_jakarta: { inv_li_rice: 3 },
    loc_surabaya: { inv_li_pack: 3 },
    loc_makassar: { inv_li_rice: 3, inv_li_pack: 3 },
  }

  it("ships two near parcels rather than one far one when that is cheaper, and prices every plan", () => {
    const closest = decideRouting(makeInput({ lines, stock, costs: COSTS }))
    expect(closest.allocations.map((a) => a.stock_location_id)).toEqual(["loc_makassar"])

    const decision = decideRouting(makeInput({ lines, stock, costs: COSTS, strategy: "cost" }))
    expect(decision.allocations.map((a) => a.stock_location_id)).toEqual(["loc_jakarta", "loc_surabaya"])
    const expected = 2 * 9000 + 10 * 20 * km(JAKARTA) + 1 * 20 * km(SURABAYA)
    const chosen = candidate(decision, "loc_jakarta").cost_plan!
    expect(chosen).toMatchObject({ stock_location_ids: ["loc_jakarta", "loc_surabaya"], parcels: 2, parcel_cost: 18000, units_placed: 2, late_units: 0 })
    expect(chosen.total).toBeCloseTo(expected, 1)
    expect(candidate(decision, "loc_surabaya").cost_plan).toEqual(chosen)
    expect(decision.rule).toMatch(/^lowest cost: split across 2 centres, Jakarta \+ Surabaya: [\d,.]+ \(2 parcels 18,000 \+ weight [\d,.]+\)$/)

    // Makassar's cheapest plan lets Jakarta (nearer, so cheaper per kg) send the heavy sack.
    const makassar = candidate(decision, "loc_makassar")
    expect(makassar.cost_plan).toMatchObject({ stock_location_ids: ["loc_jakarta", "loc_makassar"], parcels: 2 })
    expect(makassar.cost_plan!.total).toBeCloseTo(2 * 9000 + 10 * 20 * km(JAKARTA) + 1 * 20 * km(MAKASSAR), 1)
    expect(makassar.reason).toMatch(
      /^its cheapest plan, Jakarta \+ Makassar: [\d,.]+ \(2 parcels 18,000 \+ weight [\d,.]+\), costs [\d,.]+ more than the chosen plan$/
    )
    expect(candidate(decision, "loc_medan")).toMatchObject({ outcome: "lost", reason: "missing stock: 0 of 1 for line li_rice" })
    expect(candidate(decision, "loc_medan").cost_plan).toBeUndefined()
  })

  it("with the default prices, weightless items ship in the fewest parcels", () => {
    const light = lines.map((l) => ({ ...l, unit_weight_g: null }))
    const decision = decideRouting(makeInput({ lines: light, stock, strategy: "cost" }))
    expect(decision.allocations.map((a) => a.stock_location_id)).toEqual(["loc_makassar"])
    expect(candidate(decision, "loc_makassar").cost_plan).toMatchObject({ total: DEFAULT_SHIPPING_COSTS.per_parcel, weight_cost: 0 })
  })

  it("prices a centre by the first zone of its table that matches the destination", () => {
    const zones = {
      loc_makassar: [
        { provinces: ["JT"], per_parcel: 1, per_kg: 1 },
        { provinces: ["ID-JK"], max_km: 2000, per_parcel: 5000, per_kg: 500 },
        { per_parcel: 99_000, per_kg: 99_000 },
      ],
    }
    const decision = decideRouting(makeInput({ lines, stock, strategy: "cost", costs: { ...COSTS, zones } }))
    expect(decision.allocations.map((a) => a.stock_location_id)).toEqual(["loc_makassar"])
    expect(candidate(decision, "loc_makassar").cost_plan).toMatchObject({ parcel_cost: 5000, weight_cost: 5500, total: 10_500 })
  })

  it("above the exact search limit, never back-orders for the shortcut and says it searched part of the centres", () => {
    // Centres step away from the customer; each holds one unit, the farthest holds all four.
    const centers = Array.from({ length: EXACT_SEARCH_LIMIT + 1 }, (_, i) => center(`loc_${i}`, -6.2, 106.85 + i * 0.5, 1))
    const stock = Object.fromEntries(centers.map((c, i) => [c.stock_location_id, { inv_li_a: i === EXACT_SEARCH_LIMIT ? 4 : 1 }]))
    const decision = decideRouting(
      makeInput({ strategy: "cost", centers, stock, lines: [weighed("li_a", 4, 1_000)], costs: { per_parcel: 1, per_kg_km: 1 } })
    )
    // The 12 nearest cannot place 4 units in 3 parcels; the far centre outside the search can.
    expect(decision.allocations.map((a) => a.stock_location_id)).toEqual([`loc_${EXACT_SEARCH_LIMIT}`])
    expect(decision.backordered).toEqual([])
    expect(decision.rule).toMatch(/among the cheapest centres searched/)
  })

  describe("same-day promise", () => {
    // 17:00 in Jakarta: Jakarta's 15:00 cut-off has passed, Surabaya's 18:00 has not.
    const now = "2026-12-01T10:00:00.000Z"
    const centers = [
      { ...JAKARTA, cutoff_time: "15:00", time_zone: "Asia/Jakarta" },
      { ...SURABAYA, cutoff_time: "18:00", time_zone: "Asia/Jakarta" },
    ]
    const both = { loc_jakarta: { inv_li_pack: 5 }, loc_surabaya: { inv_li_pack: 5 } }
    const order = [weighed("li_pack", 2, 1_000)]

    it("prefers a centre that can still ship today when the shipping option promises it", () => {
      const decision = decideRouting(makeInput({ lines: order, centers, stock: both, strategy: "cost", costs: COSTS, now, sla_days: 0 }))
      expect(decision.allocations.map((a) => a.stock_location_id)).toEqual(["loc_surabaya"])
      expect(decision.rule).toMatch(/; everything leaves in time for the shipping option$/)
      const jakarta = candidate(decision, "loc_jakarta")
      expect(jakarta.cost_plan).toMatchObject({ late_units: 2 })
      expect(jakarta.reason).toMatch(/sends 2 more units after today's cut-off, while the shipping option promises dispatch today$/)
    })

    it("ignores the cut-off without a promise, or when the promise allows tomorrow", () => {
      for (const sla_days of [null, 1]) {
        const decision = decideRouting(makeInput({ lines: order, centers, stock: both, strategy: "cost", costs: COSTS, now, sla_days }))
        expect(decision.allocations.map((a) => a.stock_location_id)).toEqual(["loc_jakarta"])
      }
    })

    it("ships late rather than back-order, and says so", () => {
      const onlyJakarta = { loc_jakarta: { inv_li_pack: 5 } }
      const decision = decideRouting(makeInput({ lines: order, centers, stock: onlyJakarta, strategy: "cost", costs: COSTS, now, sla_days: 0 }))
      expect(decision.allocations.map((a) => a.stock_location_id)).toEqual(["loc_jakarta"])
      expect(decision.backordered).toEqual([])
      expect(decision.rule).toMatch(/; 2 units leave after today's cut-off$/)
    })
  })
})
