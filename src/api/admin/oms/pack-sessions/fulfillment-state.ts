import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { packNextStep } from "../../../../lib/scanning"
import { progressOf } from "../../../../lib/scanning/pack-session"
import { stateOf, type PackSessionRecord } from "../../../../workflows/packing"

/**
 * The shipment's real state for the bench: stage and next action (see `packNextStep`), and the
 * tracking numbers, read from Medusa's fulfilment of the session (its labels), so a reload shows
 * what happened rather than what the screen last did.
 */
export async function fulfillmentStateOf(container: MedusaContainer, session: PackSessionRecord) {
  let fulfillment: any = null
  if (session.fulfillment_id) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "shipped_at", "delivered_at", "canceled_at", "labels.tracking_number"],
      filters: { id: session.fulfillment_id },
    })
    fulfillment = data[0] ?? null
  }
  const step = packNextStep({ status: session.status, all_scanned: progressOf(stateOf(session)).complete }, fulfillment)
  return {
    ...step,
    tracking_numbers: ((fulfillment?.labels ?? []) as { tracking_number?: string | null }[])
      .map((l) => l?.tracking_number)
      .filter((t): t is string => !!t),
    shipped_at: fulfillment?.shipped_at ?? null,
    delivered_at: fulfillment?.delivered_at ?? null,
  }
}
