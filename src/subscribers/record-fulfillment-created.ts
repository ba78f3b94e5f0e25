import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordFulfillmentEventWorkflow } from "../workflows/record-fulfillment-event"

/** A fulfilment created anywhere (Medusa's admin, or the pack bench, which has recorded it already): that centre's part is "packed". */
export default async function recordFulfillmentCreated({ event, container }: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  if (!event.data.fulfillment_id) return
  await recordFulfillmentEventWorkflow(container).run({ input: { fulfillment_id: event.data.fulfillment_id, action: "pack" } })
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_created",
  context: { subscriberId: "medusa-oms-record-fulfillment-created" },
}
