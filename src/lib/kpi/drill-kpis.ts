import type { Rate } from "./rows"
import type { KpiSummary } from "./summary"

/**
 * The KPIs a dashboard tile can be opened on to see the orders behind it, and the two outcomes
 * each sorts an order (or a shipment) into. The keys are the dashboard tiles' own.
 */
export const DRILL_KPIS = [
  "on_time_shipment",
  "on_time_delivery",
  "perfect_order",
  "order_accuracy",
  "fill_rate",
  "back_order_rate",
  "split_shipment_rate",
  "return_rate",
] as const
export type DrillKpi = (typeof DRILL_KPIS)[number]

export interface DrillSpec {
  /** What one row is: on-time rates count shipments, the others orders. */
  level: "shipment" | "order"
  /** The outcome the KPI's numerator counts. */
  counted: string
  /** The outcome of the rest of the denominator. */
  rest: string
  /** The outcome a merchant opens the tile to look at: the late, the imperfect, the back-ordered. */
  problem: string
  /** The figure of `kpiSummary` the rows add up to (the return rate's orders figure). */
  rateOf: (summary: KpiSummary) => Rate
}

export const DRILL_SPECS: Record<DrillKpi, DrillSpec> = {
  on_time_shipment: { level: "shipment", counted: "on_time", rest: "late", problem: "late", rateOf: (k) => k.on_time_shipment },
  on_time_delivery: { level: "shipment", counted: "on_time", rest: "late", problem: "late", rateOf: (k) => k.on_time_delivery },
  perfect_order: { level: "order", counted: "perfect", rest: "not_perfect", problem: "not_perfect", rateOf: (k) => k.perfect_orders.perfect },
  order_accuracy: { level: "order", counted: "accurate", rest: "wrong_item", problem: "wrong_item", rateOf: (k) => k.order_accuracy },
  fill_rate: { level: "order", counted: "filled", rest: "missed", problem: "missed", rateOf: (k) => k.fill_rates.order },
  back_order_rate: { level: "order", counted: "backordered", rest: "not_backordered", problem: "backordered", rateOf: (k) => k.back_order_rate },
  split_shipment_rate: { level: "order", counted: "split", rest: "one_shipment", problem: "split", rateOf: (k) => k.split_shipment_rate },
  return_rate: { level: "order", counted: "returned", rest: "kept", problem: "returned", rateOf: (k) => k.return_rates.orders },
}

/** Every outcome any KPI uses, for validating a filter before the KPI is looked at. */
export const DRILL_OUTCOMES = [...new Set(Object.values(DRILL_SPECS).flatMap((s) => [s.counted, s.rest]))]

/** Why a delivered order is not perfect: the four parts of the perfect-order definition it failed. */
export const NOT_PERFECT_REASONS = ["not_in_full", "late", "damaged", "wrong_item"] as const
export type NotPerfectReason = (typeof NOT_PERFECT_REASONS)[number]

export const isDrillOutcomeOf = (kpi: DrillKpi, outcome: string) => DRILL_SPECS[kpi].counted === outcome || DRILL_SPECS[kpi].rest === outcome
