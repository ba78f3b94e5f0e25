import type { ReasonStep, ReturnedUnitFacts, ShipmentFacts } from "../facts"

export const ON_TIME: ShipmentFacts = { delivered_late: false, days_in_transit: 2, mispicks_caught: 0, short_picked: false, carton_code: "M" }
export const LATE: ShipmentFacts = { ...ON_TIME, delivered_late: true, days_in_transit: 9 }
/** Returned before it was delivered (or no delivery date recorded). */
export const NOT_DELIVERED: ShipmentFacts = { ...ON_TIME, delivered_late: null, days_in_transit: null }

/** A plain return of one unit, no reason, shipped on time; override what a case needs. */
export const facts = (overrides: Partial<ReturnedUnitFacts> = {}): ReturnedUnitFacts => ({
  source: "return",
  quantity: 1,
  damaged_quantity: 0,
  reason_path: [],
  claim_reason: null,
  note: null,
  shipment: ON_TIME,
  ...overrides,
})

export const reason = (value: string, label: string): ReasonStep => ({ value, label })
