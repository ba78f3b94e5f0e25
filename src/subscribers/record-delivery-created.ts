import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderIdOfFulfillment } from "../workflows/packing/order-of-fulfillment"
import { recordOrderStageWorkflow } from "../workflows/record-order-stage"

/** A fulfilment marked delivered (bench or Medusa admin) moves the order to "delivered". Idempotent. */
export default async function recordDeliveryCreated({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfFulfillment(container, event.data.id)
  if (!orderId) return
  await recordOrderStageWorkflow(container).run({
    input: { order_id: orderId, stage: "delivered", actor: "system", details: { fulfillment_id: event.data.id } },
  })
}

export const config: SubscriberConfig = {
  event: "delivery.created",
  context: { subscriberId: "medusa-oms-record-delivery-created" },
}
