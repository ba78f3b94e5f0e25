import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordCanceledOrderWorkflow } from "../workflows/record-canceled-order"

/** A canceled order leaves its pick waves and its open shipments become "canceled". */
export default async function recordCanceledOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordCanceledOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "medusa-oms-record-canceled-order" },
}
