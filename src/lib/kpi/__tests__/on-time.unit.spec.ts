import fc from "fast-check"
import { InvalidCalendarError, onTimeDeliveryRate, onTimeShipmentRate } from ".."
import { scenarioArb } from "./arbitraries"
import { CALENDARS, part } from "./fixtures"
import { asRate, naiveOnTimeDelivery, naiveOnTimeShipment } from "./naive"

const at = (iso: string) => new Date(iso)
// Placed Tuesday 09:00 WIB in Jakarta: due Tuesday, deadline Wednesday 00:00 WIB = Tuesday 17:00 UTC.
const JAKARTA_TUESDAY = [
  part("s1", "A", "shipped", { shipped_at: at("2026-03-10T16:59:00Z") }), // 23:59 WIB: on time
  part("s2", "B", "shipped", { shipped_at: at("2026-03-10T17:00:00Z") }), // Wednesday 00:00 WIB: late
  part("s3", "C", "packed"), // not shipped, deadline passed by Wednesday: late
  part("s4", "D", "routed", { placed_at: at("2026-03-11T01:00:00Z") }), // placed Wednesday: not due yet
  part("s5", "E", "canceled"),
  part("s6", "F", "backordered"),
  part("s7", "G", "rerouted", { shipped_at: at("2026-03-10T10:00:00Z") }),
]

describe("on-time shipment", () => {
  it("counts a late unshipped shipment as late and leaves out what is not due, canceled, back-ordered or superseded", () => {
    expect(onTimeShipmentRate(JAKARTA_TUESDAY, CALENDARS, at("2026-03-11T10:00:00Z"))).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 })
  })

  it("does not count an unshipped shipment before its deadline", () => {
    expect(onTimeShipmentRate(JAKARTA_TUESDAY, CALENDARS, at("2026-03-10T12:00:00Z"))).toEqual({ numerator: 1, denominator: 2, rate: 0.5 })
  })

  it("is null for nothing to count, and needs a calendar for every centre it meets", () => {
    expect(onTimeShipmentRate([], CALENDARS, at("2026-03-10T12:00:00Z"))).toEqual({ numerator: 0, denominator: 0, rate: null })
    expect(() => onTimeShipmentRate([part("s1", "A", "shipped", { stock_location_id: "sby" })], CALENDARS, new Date())).toThrow(InvalidCalendarError)
  })

  it("agrees with a fixed-offset reference on random journeys (property)", () => {
    fc.assert(
      fc.property(scenarioArb, ([facts, , now]) => {
        expect(onTimeShipmentRate(facts, CALENDARS, now)).toEqual(asRate(naiveOnTimeShipment(facts, now)))
      }),
      { numRuns: 300, seed: 31 }
    )
  })
})

describe("on-time delivery", () => {
  // Promised 1 day, placed Tuesday 09:00 WIB: deliver by the end of Wednesday WIB = Wednesday 17:00 UTC.
  const promised = (id: string, over: object) => part(id, id, "delivered", { promised_days: 1, ...over })

  it("judges only shipments with promised days, against working days after the ship-by day", () => {
    const facts = [
      promised("d1", { delivered_at: at("2026-03-11T16:59:00Z") }),
      promised("d2", { delivered_at: at("2026-03-11T17:00:00Z") }),
      promised("d3", { stage: "shipped", delivered_at: null }), // due by Wednesday's end: late by Thursday
      part("d4", "d4", "delivered", { delivered_at: at("2026-03-20T00:00:00Z") }), // no promise: not judged
    ]
    expect(onTimeDeliveryRate(facts, CALENDARS, at("2026-03-11T12:00:00Z"))).toEqual({ numerator: 1, denominator: 2, rate: 0.5 })
    expect(onTimeDeliveryRate(facts, CALENDARS, at("2026-03-12T12:00:00Z"))).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 })
  })

  it("is null when no shipment has promised days", () => {
    expect(onTimeDeliveryRate([part("d1", "A", "delivered")], CALENDARS, at("2026-04-01T00:00:00Z")).rate).toBeNull()
  })

  it("agrees with a fixed-offset reference on random journeys (property)", () => {
    fc.assert(
      fc.property(scenarioArb, ([facts, , now]) => {
        expect(onTimeDeliveryRate(facts, CALENDARS, now)).toEqual(asRate(naiveOnTimeDelivery(facts, now)))
      }),
      { numRuns: 300, seed: 37 }
    )
  })
})
