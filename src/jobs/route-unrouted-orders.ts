import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OMS_MODULE } from "../modules/oms"
import type OmsModuleService from "../modules/oms/service"
import { findUnroutedOrdersWorkflow } from "../workflows/find-unrouted-orders"
import { routeOrderWithRetry } from "../workflows/route-order-with-retry"

/** Most orders one run routes, so a backlog is worked off over several runs, not in one long one. */
export const UNROUTED_ORDERS_PER_RUN = 100

/**
 * Safety net behind the order.placed subscriber: routes every placed order that still has no
 * decision `unroutedAfterMinutes` after it was placed (a worker died mid-routing, the database
 * was down longer than the subscriber's retries). Routing is idempotent and locked per order,
 * so racing the subscriber is harmless. Once per minute across all workers (Medusa schedules
 * jobs through its workflow engine: with the Redis engine one worker takes each run).
 */
export default async function routeUnroutedOrders(container: MedusaContainer, context?: { scheduledFor?: Date }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = container.resolve<OmsModuleService>(OMS_MODULE).getOptions()
  const { result: orderIds } = await findUnroutedOrdersWorkflow(container).run({
    input: {
      older_than_minutes: options.unroutedAfterMinutes,
      lookback_hours: options.unroutedLookbackHours,
      limit: UNROUTED_ORDERS_PER_RUN,
    },
  })
  let routed = 0
  for (const orderId of orderIds) {
    try {
      await routeOrderWithRetry(container, { order_id: orderId, trigger: "order.placed", actor: "system" })
      routed++
    } catch (error) {
      logger.error(`medusa-oms: route-unrouted-orders could not route order ${orderId}: ${(error as Error).message}`)
    }
  }
  const scheduledFor = (context?.scheduledFor ?? new Date()).toISOString()
  logger.info(
    `medusa-oms: route-unrouted-orders run scheduled for ${scheduledFor}: ${orderIds.length} unrouted, ${routed} routed`
  )
  return { scheduled_for: scheduledFor, unrouted: orderIds.length, routed }
}

export const config = {
  name: "medusa-oms-route-unrouted-orders",
  schedule: "* * * * *",
}
