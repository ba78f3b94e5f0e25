import { KpiInputError } from "../errors"
import type { CentreCalendars, ReturnedLineFact, ShipmentFact } from "../facts"

export const CALENDARS: CentreCalendars = {
  jkt: { time_zone: "Asia/Jakarta", cutoff_time: "14:00" }, // UTC+7
  mks: { time_zone: "Asia/Makassar", cutoff_time: "15:00" }, // UTC+8
  jyp: { time_zone: "Asia/Jayapura", cutoff_time: null }, // UTC+9, no cut-off
}

export const HOUR = 3_600_000
export const MINUTE = 60_000

/** Tuesday 10 March 2026, 09:00 in Jakarta. */
export const TUESDAY_9_WIB = new Date("2026-03-10T02:00:00Z")

export const later = (from: Date, hours: number) => new Date(from.getTime() + hours * HOUR)

const STEPS = ["routed", "waved", "picked", "packed", "shipped", "delivered"] as const
const REACHES: Record<string, number> = { routed: 1, backordered: 1, waved: 2, short_picked: 2, picked: 3, packed: 4, shipped: 5, delivered: 6 }

/**
 * A shipment that went through every stage up to `stage`, one hour a stage after placement
 * (delivery a day after shipping), unless `over` says otherwise. Canceled and re-routed parts
 * get only the times `over` gives them.
 */
export function part(shipment_id: string, order_id: string, stage: string, over: Partial<ShipmentFact> = {}): ShipmentFact {
  const placed_at = over.placed_at ?? TUESDAY_9_WIB
  const times: Partial<ShipmentFact> = {}
  STEPS.slice(0, REACHES[stage] ?? 0).forEach((step, i) => {
    times[`${step}_at`] = later(placed_at, step === "delivered" ? 29 : i + 1)
  })
  if (stage === "short_picked") times.short_picked_at = later(placed_at, 3)
  const backordered = stage === "backordered"
  return {
    shipment_id,
    order_id,
    stock_location_id: backordered ? null : "jkt",
    sales_channel_id: null,
    region_id: null,
    stage,
    placed_at,
    routed_at: null,
    waved_at: null,
    picked_at: null,
    short_picked_at: null,
    packed_at: null,
    shipped_at: null,
    delivered_at: null,
    canceled_at: null,
    units: 2,
    lines: 1,
    backordered_units: backordered ? 2 : 0,
    parcels: REACHES[stage] >= 4 ? 1 : 0,
    picked_by: null,
    packed_by: null,
    mispicks_caught: 0,
    cost: null,
    promised_days: null,
    ...times,
    ...over,
  }
}

export const returned = (order_id: string, cause: ReturnedLineFact["cause"], over: Partial<ReturnedLineFact> = {}): ReturnedLineFact => ({
  order_id,
  shipment_id: null,
  units: 1,
  cause,
  received_at: later(TUESDAY_9_WIB, 72),
  ...over,
})

/** The KpiInputError `run` throws; fails the test when it throws nothing or something else. */
export function errorOf(run: () => unknown): KpiInputError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(KpiInputError)
    return error as KpiInputError
  }
  throw new Error("expected a KpiInputError, nothing was thrown")
}
