import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OMS_MODULE } from "../modules/oms"
import type OmsModuleService from "../modules/oms/service"
import { recordOrderStageWorkflow } from "../workflows/record-order-stage"

/**
 * A canceled fulfilment puts its units back at the centre (Medusa restores stock and
 * reservations), so the order is back to "routed" and can be packed again. There is no
 * "fulfillment canceled" stage: the timeline event says why. Idempotent.
 */
export default async function recordFulfillmentCanceled({
  event,
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  const { order_id, fulfillment_id } = event.data
  if (!order_id) return
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const [current] = await oms.listOmsOrders({ order_id })
  // the order itself was canceled meanwhile (events may arrive in any order): keep "canceled"
  if (current?.stage === "canceled") return
  await recordOrderStageWorkflow(container).run({
    input: { order_id, stage: "routed", actor: "system", details: { reason: "fulfillment canceled", fulfillment_id } },
  })
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_canceled",
  context: { subscriberId: "medusa-oms-record-fulfillment-canceled" },
}
