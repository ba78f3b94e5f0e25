/**
 * What the plugin knows about one returned unit group (a return item, a claim item or an
 * exchange's return item), read from Medusa 2.21 and from the OMS's own record of the shipment
 * the units left in. Everything here is data: classifying it needs no Medusa and no I/O.
 */

/** Where a returned unit goes on the returns page. `other` is "we cannot tell", never a guess. */
export const ROOT_CAUSES = ["wrong_item", "damaged", "late_delivery", "product", "changed_mind", "other"] as const
export type RootCause = (typeof ROOT_CAUSES)[number]

export const isRootCause = (value: unknown): value is RootCause =>
  typeof value === "string" && (ROOT_CAUSES as readonly string[]).includes(value)

/** Medusa's `order_claim_item.reason` (its ClaimReason enum). Medusa has no "damaged" claim reason. */
export const CLAIM_REASONS = ["missing_item", "wrong_item", "production_failure", "other"] as const
export type ClaimReason = (typeof CLAIM_REASONS)[number]

/** One level of a Medusa return reason (`return_reason.value` and `.label`). */
export interface ReasonStep {
  value: string
  label: string
}

/** The OMS's facts about the shipment the units came from. */
export interface ShipmentFacts {
  /** Against the promised date; null while it is not delivered or when no date was recorded. */
  delivered_late: boolean | null
  days_in_transit: number | null
  /** Wrong scans at the bench, caught and corrected before the parcel was closed. */
  mispicks_caught: number
  short_picked: boolean
  carton_code: string | null
}

export interface ReturnedUnitFacts {
  source: "return" | "claim" | "exchange"
  quantity: number
  /** Units the warehouse received unfit to restock (Medusa's dismissed units). */
  damaged_quantity: number
  /** From the top-level reason down to the one chosen (empty when no reason was given). */
  reason_path: ReasonStep[]
  claim_reason: ClaimReason | null
  /** The customer's words: shown next to the cause, never used to decide it. */
  note: string | null
  /** Null when the units cannot be traced to an OMS shipment. */
  shipment: ShipmentFacts | null
}

/** Text the dashboard shows in the merchant's language: English and Bahasa Indonesia. */
export interface LocalisedText {
  en: string
  id: string
}
