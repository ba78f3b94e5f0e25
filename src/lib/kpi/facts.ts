/**
 * What the KPIs are computed from: one row per shipment (the part of an order one centre ships),
 * the centres' calendars and the returned lines. Plain data, so a rollup job, a route and a test
 * can all build it; the definitions never read the database.
 */

/**
 * One shipment: the part of an order one fulfilment centre ships. A split order has several;
 * its back-ordered part has `stock_location_id: null`. A re-route supersedes a part (stage
 * "rerouted") and creates another: superseded rows are history, never counted as shipments.
 * Each `*_at` is when the part reached that stage, null when it has not (or the caller does not
 * know).
 */
export interface ShipmentFact {
  shipment_id: string
  order_id: string
  stock_location_id: string | null
  sales_channel_id: string | null
  region_id: string | null
  /** One of SHIPMENT_STAGES (src/lib/journey/stages.ts). */
  stage: string
  /** The order's placement (the same on every row of the order). */
  placed_at: Date
  routed_at: Date | null
  waved_at: Date | null
  picked_at: Date | null
  short_picked_at: Date | null
  packed_at: Date | null
  shipped_at: Date | null
  delivered_at: Date | null
  canceled_at: Date | null
  /** Units this shipment ships. */
  units: number
  /** Order lines it covers. */
  lines: number
  /** Units of this part waiting for stock (all of them on a back-ordered part). */
  backordered_units: number
  /** Cartons packed (0 until packed). */
  parcels: number
  picked_by: string | null
  packed_by: string | null
  /** Wrong-item scans refused at packing: mispicks that did not reach the customer. */
  mispicks_caught: number
  /** Carton and parcel cost, where known. */
  cost: number | null
  /** The shipping option's promised delivery days, if the merchant set them. */
  promised_days: number | null
}

/** When a centre works: its time zone, its daily cut-off and its working days. */
export interface CentreCalendar {
  /** IANA time zone, e.g. "Asia/Jakarta". */
  time_zone: string
  /** "HH:MM" (24 h) local time; orders placed before it are due the same day. Null: no cut-off. */
  cutoff_time: string | null
  /** 0 = Sunday … 6 = Saturday; Monday to Friday when left out. */
  working_days?: number[]
}

/** Calendars by stock location id. Every centre a shipment names must have one. */
export type CentreCalendars = Readonly<Record<string, CentreCalendar>>

export const RETURN_CAUSES = ["wrong_item", "damaged", "late_delivery", "product", "changed_mind", "other"] as const
export type ReturnCause = (typeof RETURN_CAUSES)[number]

/** Causes that are the fulfilment's fault (they break a perfect order); the others are not. */
export const FULFILMENT_RETURN_CAUSES: readonly ReturnCause[] = ["wrong_item", "damaged", "late_delivery"]

export interface ReturnedLineFact {
  order_id: string
  /** The shipment the units came back from, when known. */
  shipment_id: string | null
  units: number
  cause: ReturnCause
  received_at: Date
}
