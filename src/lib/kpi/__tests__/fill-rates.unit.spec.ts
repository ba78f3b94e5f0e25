import fc from "fast-check"
import { backOrderRate, fillRates } from ".."
import { factsArb } from "./arbitraries"
import { later, part, TUESDAY_9_WIB as PLACED } from "./fixtures"
import { asRate, naiveBackOrders, naiveFill } from "./naive"

describe("first-time fill", () => {
  const FACTS = [
    part("f1", "F1", "shipped", { lines: 2, units: 4 }), // filled
    part("f2a", "F2", "shipped"), // filled
    part("f2b", "F2", "shipped", { stock_location_id: "mks", units: 3, short_picked_at: later(PLACED, 2) }), // short-picked
    part("f3a", "F3", "rerouted", { routed_at: later(PLACED, 1) }),
    part("f3b", "F3", "delivered", { stock_location_id: "mks", routed_at: later(PLACED, 4) }), // created by the re-route
    part("f4a", "F4", "shipped"), // filled
    part("f4b", "F4", "backordered", { units: 1, backordered_units: 1 }),
    part("f5", "F5", "routed"), // on its way, nothing missed: not known yet
    part("f6", "F6", "canceled", { short_picked_at: later(PLACED, 2) }), // wholly canceled: not counted
  ]

  it("counts lines, units and orders shipped from the first routing, over what is known", () => {
    const rates = fillRates(FACTS)
    expect(rates.line).toEqual({ numerator: 4, denominator: 7, rate: 4 / 7 }) // f1 ×2, f2a, f4a of f1 ×2, f2a, f2b, f3b, f4a, f4b
    expect(rates.unit).toEqual({ numerator: 8, denominator: 14, rate: 8 / 14 })
    expect(rates.order).toEqual({ numerator: 1, denominator: 4, rate: 0.25 }) // F1 of F1–F4
  })

  it("misses an order once anything missed, before it has shipped", () => {
    const waiting = [part("w1", "W", "routed"), part("w2", "W", "backordered")]
    expect(fillRates(waiting).order).toEqual({ numerator: 0, denominator: 1, rate: 0 })
    expect(fillRates([part("w1", "W", "routed")]).order.denominator).toBe(0)
  })

  it("is null on empty input", () => {
    expect(fillRates([])).toEqual({
      line: { numerator: 0, denominator: 0, rate: null },
      unit: { numerator: 0, denominator: 0, rate: null },
      order: { numerator: 0, denominator: 0, rate: null },
    })
  })

  it("agrees with a plain reference, and never finds more filled than known (property)", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const rates = fillRates(facts)
        const reference = naiveFill(facts)
        for (const kind of ["line", "unit", "order"] as const) {
          expect(rates[kind]).toEqual(asRate(reference[kind]))
          expect(rates[kind].numerator).toBeLessThanOrEqual(rates[kind].denominator)
        }
      }),
      { numRuns: 300, seed: 43 }
    )
  })
})

describe("back-order rate", () => {
  it("counts orders back-ordered at any point, canceled and later-filled ones too", () => {
    const facts = [
      part("a", "A", "shipped"),
      part("b1", "B", "shipped"),
      part("b2", "B", "backordered"), // still waiting
      part("c1", "C", "rerouted", { stock_location_id: null, backordered_units: 2 }), // back-order filled later
      part("c2", "C", "delivered"),
      part("d", "D", "canceled", { stock_location_id: null, backordered_units: 2 }), // canceled while waiting
    ]
    expect(backOrderRate(facts)).toEqual({ numerator: 3, denominator: 4, rate: 0.75 })
    expect(backOrderRate([]).rate).toBeNull()
  })

  it("agrees with a plain reference (property)", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        expect(backOrderRate(facts)).toEqual(asRate(naiveBackOrders(facts)))
      }),
      { numRuns: 300, seed: 47 }
    )
  })
})
