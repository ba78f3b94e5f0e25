import fc from "fast-check"
import { atRisk, onTimeShipmentRate, shipmentSla } from ".."
import { scenarioArb } from "./arbitraries"
import { CALENDARS, later, part, TUESDAY_9_WIB as PLACED } from "./fixtures"

const DEADLINE = new Date("2026-03-10T17:00:00Z") // the end of Tuesday in Jakarta
const MORNING = later(PLACED, 1) // Tuesday 10:00 WIB, four hours before the 14:00 cut-off
const status = (fact: ReturnType<typeof part>, now: Date) => shipmentSla(fact, CALENDARS, now)?.status ?? null

describe("a shipment's SLA badge", () => {
  it("is on time when it left before the end of its ship-by day, late when after", () => {
    expect(shipmentSla(part("a", "A", "shipped"), CALENDARS, later(PLACED, 48))).toEqual({ status: "on_time", ship_by: DEADLINE, shipped_at: later(PLACED, 5), reasons: [], minutes_to_cutoff: null })
    expect(status(part("b", "B", "shipped", { shipped_at: later(DEADLINE, 0.01) }), later(PLACED, 48))).toBe("late")
    // delivered without a shipped event: the delivery stands in
    expect(status(part("c", "C", "delivered", { shipped_at: null, delivered_at: later(PLACED, 3) }), later(PLACED, 48))).toBe("on_time")
  })

  it("is on time while it is not due and nothing is wrong, at risk near the cut-off, late once overdue", () => {
    const waiting = part("w", "W", "routed")
    expect(shipmentSla(waiting, CALENDARS, MORNING)).toEqual({ status: "on_time", ship_by: DEADLINE, shipped_at: null, reasons: [], minutes_to_cutoff: null })
    expect(shipmentSla(waiting, CALENDARS, later(PLACED, 4.5))).toMatchObject({ status: "at_risk", reasons: ["misses_cutoff"], minutes_to_cutoff: 30 }) // 13:30
    expect(shipmentSla(waiting, CALENDARS, DEADLINE)).toMatchObject({ status: "late", reasons: expect.arrayContaining(["overdue"]) })
  })

  it("passes the stage SLA through to the at-risk rule", () => {
    expect(shipmentSla(part("w", "W", "routed"), CALENDARS, MORNING, { routed: 0.5 })).toMatchObject({ status: "at_risk", reasons: ["past_stage_sla"] })
  })

  it("has no badge without a deadline: back-ordered, canceled or superseded", () => {
    for (const stage of ["backordered", "canceled", "rerouted"]) expect(status(part("x", "X", stage), MORNING)).toBeNull()
  })

  it("calls late exactly what the on-time rate counts late, and at risk only what the at-risk list holds (property)", () => {
    fc.assert(
      fc.property(scenarioArb, ([facts, , now]) => {
        for (const fact of facts) {
          const sla = shipmentSla(fact, CALENDARS, now)
          const rate = onTimeShipmentRate([fact], CALENDARS, now)
          const risky = atRisk([fact], CALENDARS, now, {})
          if (!sla) {
            expect(rate.denominator).toBe(0)
            continue
          }
          expect([fact.shipment_id, sla.status === "late"]).toEqual([fact.shipment_id, rate.denominator === 1 && rate.numerator === 0])
          expect([fact.shipment_id, sla.status === "at_risk"]).toEqual([fact.shipment_id, risky.length === 1 && !risky[0].reasons.includes("overdue")])
          if (sla.status === "on_time" && !sla.shipped_at) expect(sla.ship_by.getTime()).toBeGreaterThan(now.getTime())
        }
      }),
      { numRuns: 300, seed: 79 }
    )
  })
})
