import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { routeOrderWithRetry } from "../workflows/route-order-with-retry"

/**
 * A confirmed order edit (lines added, removed or their quantity changed; Medusa has moved the
 * reservations to its own first location) routes the order's open parts again, so its
 * shipments, their units and lines, and the reservations follow the order's current version.
 * Parts already packed stay; parts in a pick wave leave it. An edit that changed no line, or
 * its event delivered again, changes nothing.
 */
export default async function routeEditedOrder({ event, container }: SubscriberArgs<{ order_id: string }>) {
  if (!event.data.order_id) return
  await routeOrderWithRetry(container, { order_id: event.data.order_id, trigger: "order_edit", actor: "order edit" })
}

export const config: SubscriberConfig = {
  event: "order-edit.confirmed",
  context: { subscriberId: "medusa-oms-route-edited-order" },
}
