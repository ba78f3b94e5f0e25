import fc from "fast-check"
import { pickAccuracy, returnRates } from ".."
import { scenarioArb } from "./arbitraries"
import { later, part, returned, TUESDAY_9_WIB as PLACED } from "./fixtures"
import { asRate, naiveReturns } from "./naive"

describe("return rates", () => {
  it("divides returned units and orders by what shipped, counting a return that came back before delivery", () => {
    const facts = [
      part("r1", "R1", "shipped"), // 2 units
      part("r2a", "R2", "delivered"), // 2 units
      part("r2b", "R2", "packed", { stock_location_id: "mks" }), // not shipped: its units are not in the count
      part("r3", "R3", "routed"), // nothing shipped: neither the order nor its return counts
      part("r4", "R4", "canceled"),
    ]
    const returns = [returned("R1", "damaged", { received_at: later(PLACED, 10) }), returned("R3", "other"), returned("R9", "product")]
    const rates = returnRates(facts, returns)
    expect(rates.units).toEqual({ numerator: 1, denominator: 4, rate: 0.25 })
    expect(rates.orders).toEqual({ numerator: 1, denominator: 2, rate: 0.5 })
  })

  it("is null on empty input", () => {
    expect(returnRates([], [])).toEqual({ units: { numerator: 0, denominator: 0, rate: null }, orders: { numerator: 0, denominator: 0, rate: null } })
  })

  it("agrees with a plain reference (property)", () => {
    fc.assert(
      fc.property(scenarioArb, ([facts, returns]) => {
        const [returnedUnits, shippedUnits, returnedOrders, shippedOrders] = naiveReturns(facts, returns)
        const rates = returnRates(facts, returns)
        expect(rates.units).toEqual(asRate([returnedUnits, shippedUnits]))
        expect(rates.orders).toEqual(asRate([returnedOrders, shippedOrders]))
      }),
      { numRuns: 300, seed: 59 }
    )
  })
})

describe("pick accuracy", () => {
  it("counts mispicks caught at packing and wrong-item returns of picked parts, per unit picked", () => {
    const facts = [
      part("k1", "K1", "delivered", { units: 10, mispicks_caught: 1 }),
      part("k2", "K2", "canceled", { units: 5, picked_at: later(PLACED, 3) }), // picked, then canceled: still a pick
      part("k3", "K3", "delivered", { units: 4, waved_at: null, picked_at: null }), // packed from the shelf
      part("k4", "K4", "rerouted", { units: 3, picked_at: later(PLACED, 3), mispicks_caught: 3 }),
    ]
    const returns = [
      returned("K1", "wrong_item", { shipment_id: "k1", units: 2 }),
      returned("K1", "wrong_item", { units: 5 }), // no shipment: not a pick's
      returned("K1", "damaged", { shipment_id: "k1", units: 1 }),
      returned("K3", "wrong_item", { shipment_id: "k3" }),
    ]
    expect(pickAccuracy(facts, returns)).toEqual({ units_picked: 15, mispicks_caught: 1, wrong_item_units: 2, rate: 0.8 })
  })

  it("is null with nothing picked and never below 0", () => {
    expect(pickAccuracy([], []).rate).toBeNull()
    expect(pickAccuracy([part("m", "M", "picked", { units: 2, mispicks_caught: 5 })], []).rate).toBe(0)
  })
})
