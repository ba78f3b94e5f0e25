import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * The order and centre of a Medusa fulfilment (order ↔ fulfillment link), or null for one that
 * belongs to no order (e.g. a return's).
 */
export async function shipmentOfFulfillment(
  container: MedusaContainer,
  fulfillmentId: string
): Promise<{ order_id: string; stock_location_id: string | null } | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_fulfillment",
    fields: ["order_id", "fulfillment_id"],
    filters: { fulfillment_id: fulfillmentId },
  })
  const orderId = (data[0] as { order_id?: string } | undefined)?.order_id
  if (!orderId) return null
  const [fulfillment] = await container
    .resolve(Modules.FULFILLMENT)
    .listFulfillments({ id: fulfillmentId }, { select: ["id", "location_id"], withDeleted: true })
  return { order_id: orderId, stock_location_id: fulfillment?.location_id ?? null }
}
