import { haversineKm } from "../../geo/haversine"
import { DEMO_CENTERS, DEMO_DESTINATIONS } from "../../../scripts/demo-data/demo-centers"
import { decideRouting } from "../decide-routing"
import type { CenterCandidate, LineDemand, RoutingInput } from "../types"

/** The demo's four centres, as the store routes over them. */
const DEMO: CenterCandidate[] = DEMO_CENTERS.map((c) => ({
  stock_location_id: c.id,
  name: c.name,
  point: { latitude: c.latitude, longitude: c.longitude },
  priority: c.priority,
  active: true,
  capacity_remaining: null,
  link_rank: c.link_rank,
}))
const SEMARANG = DEMO_DESTINATIONS.find((d) => d.city === "Semarang")!
const semarangPoint = { latitude: SEMARANG.latitude, longitude: SEMARANG.longitude }

const item = (id: string, quantity: number): LineDemand => ({
  line_item_id: id,
  quantity,
  components: [{ inventory_item_id: `inv_${id}`, required_quantity: 1 }],
})

/**
 * Demo order #263 to Semarang: Toraja coffee is in Surabaya and Makassar, the tumbler only in
 * Jakarta, sambal roa only in Makassar. Closest-first walked Surabaya (coffee), Jakarta (tumbler),
 * Makassar (sambal): three parcels, when Jakarta + Makassar hold everything with the same farthest
 * parcel (Makassar).
 */
const order263 = (strategy: RoutingInput["strategy"]): RoutingInput => ({
  order_id: "order_263",
  strategy,
  destination: { point: semarangPoint, country_code: "ID", province: "JT", source: "gazetteer: city Semarang" },
  lines: [item("coffee", 1), item("tumbler", 1), item("sambal", 2)],
  centers: DEMO,
  stock: {
    "demo-surabaya": { inv_coffee: 3 },
    "demo-jakarta": { inv_tumbler: 4 },
    "demo-makassar": { inv_coffee: 5, inv_sambal: 6 },
  },
  max_shipments: 3,
})

const kmTo = (id: string) => {
  const c = DEMO_CENTERS.find((x) => x.id === id)!
  return haversineKm(c, semarangPoint)
}

describe("#263: a Semarang order never ships in more parcels than its farthest centre needs", () => {
  it("closest_full_stock ships from Jakarta + Makassar, not Surabaya + Jakarta + Makassar", () => {
    // The premise: Surabaya is the closest centre, Makassar the farthest one needed.
    expect(kmTo("demo-surabaya")).toBeLessThan(kmTo("demo-jakarta"))
    expect(kmTo("demo-jakarta")).toBeLessThan(kmTo("demo-makassar"))

    const decision = decideRouting(order263("closest_full_stock"))
    expect(decision.allocations.map((a) => a.stock_location_id)).toEqual(["demo-jakarta", "demo-makassar"])
    expect(decision.allocations[1].items).toEqual([
      { line_item_id: "coffee", quantity: 1 },
      { line_item_id: "sambal", quantity: 2 },
    ])
    expect(decision.backordered).toEqual([])
    expect(Math.max(...decision.allocations.map((a) => a.distance_km!))).toBeCloseTo(kmTo("demo-makassar"), 0)
    expect(decision.rule).toMatch(
      /^split across 2 centres: no single centre had every line \(the fewest parcels from centres no farther than 10\d\d km\)$/
    )
    const surabaya = decision.candidates.find((c) => c.stock_location_id === "demo-surabaya")!
    expect(surabaya.outcome).toBe("lost")
    expect(surabaya.reason).toMatch(/^not needed: 2 parcels from centres no farther than 10\d\d km cover the order$/)
  })

  it("priority does the same within the priority its walk needed", () => {
    const decision = decideRouting(order263("priority"))
    expect(decision.allocations.map((a) => a.stock_location_id)).toEqual(["demo-jakarta", "demo-makassar"])
    const surabaya = decision.candidates.find((c) => c.stock_location_id === "demo-surabaya")!
    expect(surabaya.reason).toBe("not needed: 2 parcels from centres of priority 4 or better cover the order")
  })

  it("keeps the closer three parcels when two would mean a farther centre", () => {
    // Without Makassar's coffee the two-parcel plans all need Medan, farther than Makassar.
    const input = order263("closest_full_stock")
    input.stock = {
      "demo-surabaya": { inv_coffee: 3 },
      "demo-jakarta": { inv_tumbler: 4 },
      "demo-makassar": { inv_sambal: 6 },
      "demo-medan": { inv_coffee: 1, inv_sambal: 2 },
    }
    const decision = decideRouting(input)
    expect(decision.allocations.map((a) => a.stock_location_id)).toEqual(["demo-surabaya", "demo-jakarta", "demo-makassar"])
    expect(decision.rule).toBe("split across 3 centres: no single centre had every line")
  })
})
