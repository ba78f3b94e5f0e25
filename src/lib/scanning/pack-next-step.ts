/**
 * Where a pack session's order part stands and what the bench offers next, from the session and
 * Medusa's fulfilment (its shipped, delivered and canceled times), so a reloaded bench shows the
 * real state instead of offering "Mark shipped" again.
 */
export type PackStage = "packing" | "packed" | "shipped" | "delivered" | "canceled"
export type PackNextAction = "scan" | "complete" | "ship" | "deliver" | null

export interface FulfillmentFacts {
  shipped_at: Date | string | null
  delivered_at: Date | string | null
  canceled_at: Date | string | null
}

export function packNextStep(
  session: { status: "open" | "completed" | "canceled"; all_scanned: boolean },
  fulfillment: FulfillmentFacts | null
): { stage: PackStage; next_action: PackNextAction } {
  if (session.status === "open") return { stage: "packing", next_action: session.all_scanned ? "complete" : "scan" }
  // A completed session whose fulfilment Medusa canceled (or that never got one) ships nothing more.
  if (session.status === "canceled" || !fulfillment || fulfillment.canceled_at) return { stage: "canceled", next_action: null }
  if (fulfillment.delivered_at) return { stage: "delivered", next_action: null }
  if (fulfillment.shipped_at) return { stage: "shipped", next_action: "deliver" }
  return { stage: "packed", next_action: "ship" }
}
