import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordFulfillmentEventWorkflow } from "../workflows/record-fulfillment-event"

/** A fulfilment marked delivered (bench or Medusa admin): that centre's part is "delivered". */
export default async function recordDeliveryCreated({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordFulfillmentEventWorkflow(container).run({ input: { fulfillment_id: event.data.id, action: "deliver" } })
}

export const config: SubscriberConfig = {
  event: "delivery.created",
  context: { subscriberId: "medusa-oms-record-delivery-created" },
}
