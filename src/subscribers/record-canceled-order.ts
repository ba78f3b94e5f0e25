import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { moveShipmentsWorkflow } from "../workflows/move-shipments"

/** Medusa releases the reservations itself; every open shipment of the order becomes "canceled". */
export default async function recordCanceledOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await moveShipmentsWorkflow(container).run({
    input: { moves: [{ order_id: event.data.id, action: "cancel" }], actor: "system" },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "medusa-oms-record-canceled-order" },
}
