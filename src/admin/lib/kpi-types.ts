import type { AtRiskList } from "./measure-types"
import type { PersonThroughput } from "./team-throughput"

/**
 * GET /admin/oms/kpis and GET /admin/oms/returns as the admin receives them (JSON: dates are
 * strings). The definitions are in src/lib/kpi (kpiSummary) and src/lib/returns.
 */

export interface Rate {
  numerator: number
  denominator: number
  rate: number | null
}

export interface DurationSummary {
  count: number
  p50_ms: number | null
  p90_ms: number | null
}

export interface PerOrder {
  total: number
  orders: number
  average: number | null
}

export const TIMED_STAGES = ["routed", "waved", "picked", "packed", "shipped", "delivered"] as const
export type TimedStage = (typeof TIMED_STAGES)[number]

export interface KpiSummary {
  orders: number
  shipments: number
  cycle_times: { placed_to_shipped: DurationSummary; placed_to_delivered: DurationSummary }
  stage_times: Record<TimedStage, DurationSummary>
  on_time_shipment: Rate
  on_time_delivery: Rate
  perfect_orders: {
    perfect: Rate
    in_full: Rate
    on_time: Rate
    damage_free: Rate
    accurate: Rate
    werc_index: number | null
  }
  order_accuracy: Rate
  pick_accuracy: { units_picked: number; mispicks_caught: number; wrong_item_units: number; rate: number | null }
  fill_rates: { line: Rate; unit: Rate; order: Rate }
  back_order_rate: Rate
  split_shipment_rate: Rate
  parcels_per_order: PerOrder
  cost_per_order: PerOrder
  return_rates: { units: Rate; orders: Rate }
  /** Per person, per hour worked (lib/kpi throughput). */
  picks_per_hour?: PersonThroughput[]
  packs_per_hour?: PersonThroughput[]
  /** Delivery ratings: share of 4–5 of 5, average, answers per rating. */
  csat?: { satisfied: Rate; average: number | null; distribution: number[] }
}

export interface KpiResponse {
  period: { from: string; to: string }
  previous_period: { from: string; to: string }
  kpis: KpiSummary
  previous: KpiSummary
  /** Open shipments that need a look now (any placement date), soonest deadline first. */
  at_risk: AtRiskList
}


// The causes, their order and their names are the server's own (one definition, src/lib/returns).
export { ROOT_CAUSES } from "../../lib/returns/facts"
export { ROOT_CAUSE_LABELS } from "../../lib/returns/cause-labels"
import type { LocalisedText, RootCause } from "../../lib/returns/facts"
export type { LocalisedText, RootCause }

export interface ReturnLine {
  id: string
  source: "return" | "claim" | "exchange"
  part: "all" | "damaged" | "intact"
  order_id: string
  line_item_id: string
  product_id: string | null
  variant_id: string | null
  quantity: number
  received_quantity: number
  damaged_quantity: number
  reason_value: string | null
  reason_path: { value: string; label: string }[]
  claim_reason: string | null
  note: string | null
  cause: RootCause
  cause_label: LocalisedText | null
  rule: string
  rule_text: LocalisedText | null
  stock_location_id: string | null
  picked_by: string | null
  packed_by: string | null
  carton_code: string | null
  shipped_late: boolean | null
  days_in_transit: number | null
  requested_at: string | null
  received_at: string | null
}

export interface CauseCount {
  cause: RootCause
  units: number
  lines: number
}

export interface CauseCentreCount extends CauseCount {
  stock_location_id: string | null
}

export interface ReturnsResponse {
  return_lines: ReturnLine[]
  by_cause: CauseCount[]
  by_cause_centre: CauseCentreCount[]
  count: number
  limit: number
  offset: number
}

// GET /admin/oms/feedback and GET /admin/oms/returns/rates: the server's own result types, as JSON.
import type { FeedbackReport, ReturnRatesReport } from "../../lib/kpi/reports"
export { RETURN_RATE_DIMENSIONS } from "../../lib/kpi/reports"

/** A server result as the admin receives it over JSON: dates as ISO text. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T

export type FeedbackResponse = Wire<FeedbackReport>
export type ReturnRatesResponse = Wire<ReturnRatesReport>
export type ReturnRateGroup = ReturnRatesResponse["groups"][number]
export type ReturnRateDimension = ReturnRatesResponse["by"]
