import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordFulfillmentEventWorkflow } from "../workflows/record-fulfillment-event"

/** A shipment created anywhere (the pack bench or Medusa's own admin): that centre's part is "shipped". */
export default async function recordShipmentCreated({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordFulfillmentEventWorkflow(container).run({ input: { fulfillment_id: event.data.id, action: "ship" } })
}

export const config: SubscriberConfig = {
  event: "shipment.created",
  context: { subscriberId: "medusa-oms-record-shipment-created" },
}
