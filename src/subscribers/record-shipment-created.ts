import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderIdOfFulfillment } from "../workflows/packing/order-of-fulfillment"
import { recordOrderStageWorkflow } from "../workflows/record-order-stage"

/**
 * A shipment created anywhere (the pack bench, or Medusa's own admin) moves the order to
 * "shipped". Idempotent: the pack-session workflows record the stage themselves, and a
 * redelivered event finds the order already shipped.
 */
export default async function recordShipmentCreated({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfFulfillment(container, event.data.id)
  if (!orderId) return
  await recordOrderStageWorkflow(container).run({
    input: { order_id: orderId, stage: "shipped", actor: "system", details: { fulfillment_id: event.data.id } },
  })
}

export const config: SubscriberConfig = {
  event: "shipment.created",
  context: { subscriberId: "medusa-oms-record-shipment-created" },
}
