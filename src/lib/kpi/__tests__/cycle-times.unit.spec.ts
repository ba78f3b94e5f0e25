import fc from "fast-check"
import { orderCycleTimes, orderDurations, stageCycleTimes, stageDurations } from ".."
import { factsArb } from "./arbitraries"
import { HOUR, later, part, TUESDAY_9_WIB as PLACED } from "./fixtures"
import { naiveOrderHours, naivePercentile } from "./naive"

const hoursByOrder = (durations: { order_id: string; ms: number }[]) => Object.fromEntries(durations.map((d) => [d.order_id, d.ms / HOUR]))

const JOURNEYS = [
  // split: one part delivered, the other still in transit
  part("a1", "A", "delivered"),
  part("a2", "A", "shipped", { stock_location_id: "mks", shipped_at: later(PLACED, 10) }),
  // one part canceled: the order is timed by its other part
  part("b1", "B", "delivered"),
  part("b2", "B", "canceled", { canceled_at: later(PLACED, 2) }),
  // a re-routed part is history; its replacement shipped from another centre
  part("c1", "C", "rerouted", { routed_at: later(PLACED, 1), short_picked_at: later(PLACED, 3) }),
  part("c2", "C", "delivered", { stock_location_id: "mks", shipped_at: later(PLACED, 20), delivered_at: later(PLACED, 44) }),
  // wholly canceled
  part("d1", "D", "canceled", { canceled_at: later(PLACED, 1) }),
  // one part shipped, the back-ordered rest still waiting
  part("e1", "E", "shipped"),
  part("e2", "E", "backordered"),
  // delivered in Medusa's admin with no shipped event
  part("f1", "F", "delivered", { shipped_at: null, delivered_at: later(PLACED, 30) }),
]

describe("order cycle times", () => {
  it("times an order by its last open part, and only once every open part got there", () => {
    expect(hoursByOrder(orderDurations(JOURNEYS, "shipped"))).toEqual({ A: 10, B: 5, C: 20, F: 30 })
    expect(hoursByOrder(orderDurations(JOURNEYS, "delivered"))).toEqual({ B: 29, C: 44, F: 30 })
  })

  it("gives the nearest-rank median and 90th percentile", () => {
    const { placed_to_shipped, placed_to_delivered } = orderCycleTimes(JOURNEYS)
    // shipped: 5 10 20 30 h → median is the 2nd, p90 the 4th
    expect(placed_to_shipped).toEqual({ count: 4, p50_ms: 10 * HOUR, p90_ms: 30 * HOUR })
    // delivered: 29 30 44 h
    expect(placed_to_delivered).toEqual({ count: 3, p50_ms: 30 * HOUR, p90_ms: 44 * HOUR })
  })

  it("leaves out an order whose times go backwards", () => {
    const skewed = part("g1", "G", "shipped", { shipped_at: later(PLACED, -1) })
    expect(orderDurations([skewed], "shipped")).toEqual([])
  })

  it("is empty, with null percentiles, for no facts", () => {
    expect(orderCycleTimes([])).toEqual({
      placed_to_shipped: { count: 0, p50_ms: null, p90_ms: null },
      placed_to_delivered: { count: 0, p50_ms: null, p90_ms: null },
    })
  })

  it("agrees with a loop-by-loop reference on random journeys (property)", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        for (const until of ["shipped", "delivered"] as const) {
          const reference = naiveOrderHours(facts, until)
          const ours = orderDurations(facts, until).map((d) => d.ms)
          expect([...ours].sort((a, b) => a - b)).toEqual([...reference].sort((a, b) => a - b))
          const summary = orderCycleTimes(facts)[until === "shipped" ? "placed_to_shipped" : "placed_to_delivered"]
          expect(summary).toEqual({ count: reference.length, p50_ms: naivePercentile(reference, 50), p90_ms: naivePercentile(reference, 90) })
        }
      }),
      { numRuns: 300, seed: 29 }
    )
  })
})

describe("stage durations", () => {
  it("times each stage from the previous one the part reached", () => {
    const shelf = part("s2", "S", "packed", { waved_at: null, picked_at: null }) // packed from the shelf, three hours after routing
    const byStage = (id: string) => Object.fromEntries(stageDurations([part("s1", "S", "delivered"), shelf]).filter((d) => d.shipment_id === id).map((d) => [d.stage, d.ms / HOUR]))
    expect(byStage("s1")).toEqual({ routed: 1, waved: 1, picked: 1, packed: 1, shipped: 1, delivered: 24 })
    expect(byStage("s2")).toEqual({ routed: 1, packed: 3 })
  })

  it("leaves out canceled and re-routed parts, and a stage timed before the previous one", () => {
    const facts = [
      part("x1", "X", "canceled", { routed_at: later(PLACED, 1), canceled_at: later(PLACED, 2) }),
      part("x2", "X", "rerouted", { routed_at: later(PLACED, 1) }),
      part("x3", "X", "waved", { routed_at: later(PLACED, 3), waved_at: later(PLACED, 2) }), // routed again after its wave
    ]
    expect(stageDurations(facts)).toEqual([{ shipment_id: "x3", stage: "routed", ms: 3 * HOUR }])
  })

  it("summarises per stage, null where no part reached it", () => {
    const summary = stageCycleTimes([part("p1", "P", "picked"), part("p2", "Q", "picked", { picked_at: later(PLACED, 5) })])
    expect(summary.picked).toEqual({ count: 2, p50_ms: 1 * HOUR, p90_ms: 3 * HOUR })
    expect(summary.packed).toEqual({ count: 0, p50_ms: null, p90_ms: null })
  })
})
