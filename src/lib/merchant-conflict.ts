/**
 * `code` of a 409 (MedusaError CONFLICT) whose message is written for the merchant: Medusa's
 * error handler replaces every other 409 message with a generic one; ours keeps these.
 */
export const MERCHANT_CONFLICT = "oms_conflict"
