import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OMS_MODULE } from "../modules/oms"
import type OmsModuleService from "../modules/oms/service"
import { WAREHOUSE_MODULE } from "../modules/warehouse"
import type WarehouseModuleService from "../modules/warehouse/service"
import { recordOrderStageWorkflow } from "../workflows/record-order-stage"

/**
 * A canceled fulfilment puts its units back at the centre (Medusa restores stock and
 * reservations), so the order is back to "routed" and can be packed again. There is no
 * "fulfillment canceled" stage: the timeline event says why. At a centre that picks from bins
 * the order's claim there goes back from "packed" to "picked": the units are at the packing
 * bench again, in totes, and can be packed anew. Idempotent.
 */
export default async function recordFulfillmentCanceled({
  event,
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  const { order_id, fulfillment_id } = event.data
  if (!order_id) return
  await reopenPackedClaim(container, order_id, fulfillment_id)
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const [current] = await oms.listOmsOrders({ order_id })
  // the order itself was canceled meanwhile (events may arrive in any order): keep "canceled"
  if (current?.stage === "canceled") return
  await recordOrderStageWorkflow(container).run({
    input: { order_id, stage: "routed", actor: "system", details: { reason: "fulfillment canceled", fulfillment_id } },
  })
}

async function reopenPackedClaim(container: SubscriberArgs<unknown>["container"], orderId: string, fulfillmentId: string) {
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const [session] = await warehouse.listPackSessions({ fulfillment_id: fulfillmentId }, { select: ["stock_location_id"] })
  if (!session) return
  const claims = await warehouse.listWaveOrders(
    { order_id: orderId, stock_location_id: session.stock_location_id, status: "packed" },
    { select: ["id"] }
  )
  if (claims.length) await warehouse.updateWaveOrders(claims.map((c) => ({ id: c.id, status: "picked" as const })))
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_canceled",
  context: { subscriberId: "medusa-oms-record-fulfillment-canceled" },
}
