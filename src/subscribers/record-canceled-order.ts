import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderStageWorkflow } from "../workflows/record-order-stage"

/** Medusa releases the reservations itself; the OMS records the stage on the timeline. */
export default async function recordCanceledOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderStageWorkflow(container).run({
    input: { order_id: event.data.id, stage: "canceled", actor: "system" },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "medusa-oms-record-canceled-order" },
}
