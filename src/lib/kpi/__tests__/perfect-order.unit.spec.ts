import fc from "fast-check"
import { orderAccuracy, perfectOrders } from ".."
import { scenarioArb } from "./arbitraries"
import { CALENDARS, later, part, returned, TUESDAY_9_WIB as PLACED } from "./fixtures"
import { naivePerfectOrders } from "./naive"

// Placed Tuesday 09:00 WIB; a default part ships at 14:00 WIB the same day (on time) and is delivered a day later.
const FACTS = [
  part("p1", "P1", "delivered"), // perfect
  part("p2a", "P2", "delivered"),
  part("p2b", "P2", "delivered", { stock_location_id: "mks", shipped_at: later(PLACED, 30), delivered_at: later(PLACED, 50) }), // shipped Wednesday: late
  part("p3", "P3", "delivered"), // damaged (the return came back before delivery was recorded)
  part("p4", "P4", "delivered", { mispicks_caught: 2 }), // wrong item reached the customer
  part("p5", "P5", "delivered"), // returned for a change of mind: still perfect
  part("p6", "P6", "delivered", { promised_days: 0 }), // promised the same day, delivered the next
  part("p7", "P7", "delivered", { backordered_units: 1 }), // a unit never came
  part("p8a", "P8", "delivered"),
  part("p8b", "P8", "shipped"), // still in transit: not counted yet
  part("p9a", "P9", "delivered"),
  part("p9b", "P9", "canceled", { canceled_at: later(PLACED, 1) }), // partly canceled: not counted
  part("p10a", "P10", "rerouted", { backordered_units: 2 }), // superseded: never counted
  part("p10b", "P10", "delivered", { stock_location_id: "mks" }), // perfect
  part("p11", "P11", "delivered"), // returned as late
]
const RETURNS = [
  returned("P3", "damaged", { received_at: later(PLACED, 20) }),
  returned("P4", "wrong_item"),
  returned("P5", "changed_mind"),
  returned("P11", "late_delivery"),
  returned("P8", "damaged"), // not delivered yet: no effect on the counted orders
]

describe("perfect order", () => {
  it("counts orders whose every live part is delivered, perfect when in full, on time, undamaged and accurate", () => {
    const result = perfectOrders(FACTS, RETURNS, CALENDARS)
    expect(result.perfect).toEqual({ numerator: 3, denominator: 9, rate: 3 / 9 }) // P1, P5, P10
    expect(result.in_full).toEqual({ numerator: 8, denominator: 9, rate: 8 / 9 }) // not P7
    expect(result.on_time).toEqual({ numerator: 6, denominator: 9, rate: 6 / 9 }) // not P2, P6, P11
    expect(result.damage_free).toEqual({ numerator: 8, denominator: 9, rate: 8 / 9 }) // not P3
    expect(result.accurate).toEqual({ numerator: 8, denominator: 9, rate: 8 / 9 }) // not P4
    expect(result.werc_index).toBeCloseTo((8 / 9) ** 3 * (6 / 9), 12)
  })

  it("gives order accuracy without calendars, equal to the perfect order's accuracy component", () => {
    expect(orderAccuracy(FACTS, RETURNS)).toEqual({ numerator: 8, denominator: 9, rate: 8 / 9 })
  })

  it("is null with no delivered order, and 1 for a perfect one", () => {
    const none = perfectOrders([part("x", "X", "shipped")], [], CALENDARS)
    expect(none.perfect.rate).toBeNull()
    expect(none.werc_index).toBeNull()
    expect(perfectOrders([], [], CALENDARS).werc_index).toBeNull()
    expect(perfectOrders([part("y", "Y", "delivered")], [], CALENDARS).werc_index).toBe(1)
  })

  it("agrees with a plain reference, and the index is the product of its components, never above the lowest (property)", () => {
    fc.assert(
      fc.property(scenarioArb, ([facts, returns]) => {
        const result = perfectOrders(facts, returns, CALENDARS)
        const [perfect, delivered] = naivePerfectOrders(facts, returns)
        expect([result.perfect.numerator, result.perfect.denominator]).toEqual([perfect, delivered])
        const components = [result.in_full, result.on_time, result.damage_free, result.accurate]
        for (const c of components) {
          expect(c.denominator).toBe(delivered)
          expect(c.numerator).toBeGreaterThanOrEqual(perfect)
        }
        if (delivered) {
          expect(result.werc_index).toBeCloseTo(components.reduce((p, c) => p * c.rate!, 1), 12)
          expect(result.werc_index!).toBeLessThanOrEqual(Math.min(...components.map((c) => c.rate!)))
        } else expect(result.werc_index).toBeNull()
        expect(orderAccuracy(facts, returns)).toEqual(result.accurate)
      }),
      { numRuns: 300, seed: 41 }
    )
  })
})
