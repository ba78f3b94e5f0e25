import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { routeOrderWorkflow } from "../workflows/route-order"

/** Routes every placed order, whatever sales channel it came from. */
export default async function routePlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await routeOrderWorkflow(container).run({
      input: { order_id: event.data.id, trigger: "order.placed", actor: "system" },
    })
  } catch (error) {
    logger.error(`medusa-oms: routing order ${event.data.id} failed: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "medusa-oms-route-placed-order" },
}
