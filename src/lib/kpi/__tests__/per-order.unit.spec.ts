import fc from "fast-check"
import { costPerOrder, parcelsPerOrder, splitShipmentRate } from ".."
import { factsArb } from "./arbitraries"
import { part } from "./fixtures"
import { asRate, naiveSplits } from "./naive"

describe("split-shipment rate", () => {
  it("counts orders with two or more open centre parts; a back-ordered, canceled or superseded part is not a split", () => {
    const facts = [
      part("s1a", "S1", "shipped"),
      part("s1b", "S1", "routed", { stock_location_id: "mks" }),
      part("s2a", "S2", "shipped"),
      part("s2b", "S2", "backordered"),
      part("s3a", "S3", "shipped"),
      part("s3b", "S3", "canceled", { stock_location_id: "mks" }),
      part("s4a", "S4", "shipped"),
      part("s4b", "S4", "rerouted", { stock_location_id: "mks" }),
      part("s5", "S5", "backordered"), // no centre part at all: not counted
    ]
    expect(splitShipmentRate(facts)).toEqual({ numerator: 1, denominator: 4, rate: 0.25 })
    expect(splitShipmentRate([]).rate).toBeNull()
  })

  it("agrees with a plain reference (property)", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        expect(splitShipmentRate(facts)).toEqual(asRate(naiveSplits(facts)))
      }),
      { numRuns: 300, seed: 53 }
    )
  })
})

describe("parcels and cost per order", () => {
  const facts = [
    part("a1", "A", "shipped", { parcels: 1, cost: 5 }),
    part("a2", "A", "delivered", { stock_location_id: "mks", parcels: 2, cost: 7 }),
    part("b1", "B", "shipped", { parcels: 1, cost: null }), // cost unknown
    part("b2", "B", "canceled", { parcels: 3, cost: 9 }), // canceled: its cartons do not count
    part("c1", "C", "shipped", { parcels: 4, cost: 4 }),
    part("c2", "C", "packed", { stock_location_id: "mks", parcels: 1, cost: 1 }), // not all shipped yet
  ]

  it("averages over the orders whose every open part has shipped", () => {
    expect(parcelsPerOrder(facts)).toEqual({ total: 4, orders: 2, average: 2 })
  })

  it("leaves out an order with any unknown cost instead of counting it as free", () => {
    expect(costPerOrder(facts)).toEqual({ total: 12, orders: 1, average: 12 })
  })

  it("is null on empty input", () => {
    expect(parcelsPerOrder([])).toEqual({ total: 0, orders: 0, average: null })
    expect(costPerOrder([])).toEqual({ total: 0, orders: 0, average: null })
  })
})
