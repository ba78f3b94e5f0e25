import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordFulfillmentEventWorkflow } from "../workflows/record-fulfillment-event"

/**
 * A canceled fulfilment puts its units back at the centre (Medusa restores stock and
 * reservations): that centre's shipment goes back to "picked" (centres that pick from bins: the
 * units are in totes at the bench) or "routed", and can be packed again. A canceled order stays
 * canceled (the stage machine does not reopen it). Idempotent.
 */
export default async function recordFulfillmentCanceled({ event, container }: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  if (!event.data.fulfillment_id) return
  await recordFulfillmentEventWorkflow(container).run({
    input: { fulfillment_id: event.data.fulfillment_id, action: "fulfillment_canceled" },
  })
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_canceled",
  context: { subscriberId: "medusa-oms-record-fulfillment-canceled" },
}
