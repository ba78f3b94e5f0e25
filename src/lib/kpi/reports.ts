/**
 * What the feedback and return-rate routes answer, written once here (pure types) so the
 * routes build exactly this and the admin reads the same shape (`Wire<…>`: dates as text).
 */
import type { Csat } from "./csat"
import type { Period } from "./periods"
import type { RepeatRate } from "./repeat-purchase"
import type { GroupReturnRate } from "./return-breakdown"
import type { Rate } from "./rows"

/** GET /admin/oms/feedback */
export interface FeedbackReport {
  period: Period
  csat: Csat
  by_centre: { stock_location_id: string | null; csat: Csat }[]
  /** By the parcel's shipping option, named as the merchant named it. */
  by_carrier: { shipping_option_id: string | null; name: string | null; csat: Csat }[]
  by_region: { region_id: string | null; csat: Csat }[]
  repeat_purchase: {
    window_days: number
    overall: RepeatRate
    by_centre: ({ stock_location_id: string | null } & RepeatRate)[]
    by_region: ({ region_id: string | null } & RepeatRate)[]
  }
  comments: FeedbackComment[]
}

export interface FeedbackComment {
  id: string
  rating: number
  comment: string
  created_at: Date
  order_id: string
  order_display_id: number | null
  stock_location_id: string | null
  region_id: string | null
  source: "link" | "account"
}

export const RETURN_RATE_DIMENSIONS = ["product", "reason", "cause", "centre", "picker", "packer", "carton", "carrier", "channel", "region"] as const
export type ReturnRateDimension = (typeof RETURN_RATE_DIMENSIONS)[number]

export interface ReturnRateGroupView extends Omit<GroupReturnRate, "refund"> {
  /** The group's name where only the server knows it (a return reason's label, a shipping option's name). */
  label: string | null
  /** Null when the returned units were sold in several currencies (see `refund_by_currency`). */
  refund: number | null
}

/** GET /admin/oms/returns/rates */
export interface ReturnRatesReport {
  period: Period
  by: ReturnRateDimension
  time_zone: string
  totals: {
    shipped_units: number
    returned_units: number
    returned_lines: number
    rate: Rate
    lower_bound: number | null
    currency_code: string | null
    refund_by_currency: { currency_code: string | null; amount: number }[]
  }
  group_count: number
  groups: ReturnRateGroupView[]
  offenders: (ReturnRateGroupView & { words: { note: string; requested_at: Date | null }[] })[]
  /** Per week (its Monday in `time_zone`, YYYY-MM-DD): the rate overall and of each offender. */
  over_time: {
    week: string
    shipped_units: number
    returned_units: number
    rate: number | null
    groups: Record<string, { shipped_units: number; returned_units: number; rate: number | null }>
  }[]
}
