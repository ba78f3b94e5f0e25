import fc from "fast-check"
import { SHIPMENT_STAGES } from "../../journey/stages"
import { RETURN_CAUSES, ReturnedLineFact, ShipmentFact } from "../facts"

/** Whole-hour offsets of the fixture centres: the naive references work in fixed offsets. */
export const OFFSET_HOURS: Record<string, number> = { jkt: 7, mks: 8, jyp: 9 }
export const CUTOFF_MINUTES: Record<string, number | null> = { jkt: 14 * 60, mks: 15 * 60, jyp: null }

const MINUTE = 60_000
const FORWARD = ["routed_at", "waved_at", "picked_at", "packed_at", "shipped_at", "delivered_at"] as const
const STAGE_STEPS: Record<string, number> = { routed: 1, backordered: 1, waved: 2, short_picked: 2, picked: 3, packed: 4, shipped: 5, delivered: 6 }

export const instantArb = fc.date({ min: new Date("2025-06-01T00:00:00Z"), max: new Date("2027-06-01T00:00:00Z"), noInvalidDate: true })

const partArb = fc.record({
  centre: fc.constantFrom<string | null>("jkt", "mks", "jyp", "jkt", "mks", null),
  // every stage, with finished journeys more often, so that delivered orders are common
  stage: fc.oneof({ arbitrary: fc.constantFrom(...SHIPMENT_STAGES), weight: 2 }, { arbitrary: fc.constantFrom("shipped", "delivered"), weight: 3 }),
  // minutes between consecutive stages: mostly within a few hours, sometimes up to four days
  gaps: fc.array(fc.oneof({ arbitrary: fc.integer({ min: 0, max: 180 }), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 5760 }), weight: 1 }), { minLength: 6, maxLength: 6 }),
  progress: fc.integer({ min: 0, max: 5 }), // how far a canceled or re-routed part had got
  shelf: fc.boolean(), // packed from the shelf: no wave, no pick
  units: fc.integer({ min: 1, max: 6 }),
  lines: fc.integer({ min: 1, max: 3 }),
  backordered: fc.integer({ min: 0, max: 4 }).map((n) => n === 4), // a centre part with units waiting
  short: fc.integer({ min: 0, max: 4 }).map((n) => n === 4),
  parcels: fc.integer({ min: 1, max: 3 }),
  cost: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null, freq: 3 }),
  promised: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  picker: fc.constantFrom("ani", "budi", null),
  mispicks: fc.integer({ min: 0, max: 2 }),
})

/** Coherent shipment rows of one order: times in stage order, back-ordered parts without a centre. */
const orderArb = (orderId: string) =>
  fc.record({ placed: instantArb, parts: fc.array(partArb, { minLength: 1, maxLength: 3 }) }).map(({ placed, parts }) =>
    parts.map((p, i): ShipmentFact => {
      const stage = p.centre === null && !["rerouted", "canceled"].includes(p.stage) ? "backordered" : p.stage
      const steps = STAGE_STEPS[stage] ?? p.progress
      const fact: ShipmentFact = {
        shipment_id: `${orderId}-s${i}`,
        order_id: orderId,
        stock_location_id: p.centre,
        sales_channel_id: null,
        region_id: null,
        stage,
        placed_at: placed,
        routed_at: null, waved_at: null, picked_at: null, short_picked_at: null, packed_at: null, shipped_at: null, delivered_at: null, canceled_at: null,
        units: p.units,
        lines: p.lines,
        backordered_units: stage === "backordered" ? p.units : (p.backordered ? 1 : 0),
        parcels: steps >= 4 ? p.parcels : 0,
        picked_by: null,
        packed_by: null,
        mispicks_caught: 0,
        cost: steps >= 4 ? p.cost : null,
        promised_days: p.promised,
      }
      let t = placed.getTime()
      FORWARD.slice(0, p.centre === null ? Math.min(steps, 1) : steps).forEach((field, step) => {
        t += p.gaps[step] * MINUTE
        if (p.shelf && (field === "waved_at" || field === "picked_at")) return
        fact[field] = new Date(t)
      })
      if (stage === "short_picked" || (p.short && fact.waved_at)) fact.short_picked_at = new Date((fact.waved_at ?? fact.routed_at ?? placed).getTime() + MINUTE)
      if (stage === "canceled") fact.canceled_at = new Date(t + MINUTE)
      if (fact.picked_at) {
        fact.picked_by = p.picker
        fact.mispicks_caught = p.mispicks
      }
      if (fact.packed_at) fact.packed_by = p.picker
      return fact
    })
  )

export const factsArb = fc
  .integer({ min: 0, max: 8 })
  .chain((n) => (n ? fc.tuple(...Array.from({ length: n }, (_, i) => orderArb(`o${i}`))) : fc.constant([] as ShipmentFact[][])))
  .map((orders) => orders.flat())

export const returnsArb = (facts: readonly ShipmentFact[]) =>
  fc.array(
    fc.record({
      pick: fc.nat(),
      units: fc.integer({ min: 1, max: 3 }),
      cause: fc.constantFrom(...RETURN_CAUSES),
      withShipment: fc.boolean(),
    }),
    { maxLength: facts.length ? 4 : 0 }
  ).map((lines) =>
    lines.map(({ pick, units, cause, withShipment }): ReturnedLineFact => {
      const fact = facts[pick % facts.length]
      return { order_id: fact.order_id, shipment_id: withShipment ? fact.shipment_id : null, units, cause, received_at: fact.placed_at }
    })
  )

/** Facts, returns and a "now" from a day before to ten days after the first placement. */
export const scenarioArb = factsArb.chain((facts) =>
  fc.tuple(
    fc.constant(facts),
    returnsArb(facts),
    facts.length
      ? fc.integer({ min: -24 * 60, max: 10 * 24 * 60 }).map((minutes) => new Date(facts[0].placed_at.getTime() + minutes * MINUTE))
      : instantArb
  )
)
