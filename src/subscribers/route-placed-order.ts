import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { routeOrderWithRetry } from "../workflows/route-order-with-retry"

/**
 * Routes every placed order, whatever sales channel it came from. Transient failures are
 * tried again; an order still unrouted after that is picked up by the route-unrouted-orders job.
 */
export default async function routePlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await routeOrderWithRetry(container, { order_id: event.data.id, trigger: "order.placed", actor: "system" })
  } catch (error) {
    logger.error(`medusa-oms: routing order ${event.data.id} failed: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "medusa-oms-route-placed-order" },
}
