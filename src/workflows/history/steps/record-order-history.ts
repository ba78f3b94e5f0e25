import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import type { OrderHistoryPlan } from "./load-order-history"

export const recordOrderHistoryStepId = "oms-record-order-history"

/**
 * Writes one batch of planned history (OMS orders and shipments) in one short transaction.
 * Compensation deletes what this batch wrote, so a failed batch leaves its orders to the next run.
 */
export const recordOrderHistoryStep = createStep(
  recordOrderHistoryStepId,
  async (plan: OrderHistoryPlan, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const written = await oms.recordOrderHistory(plan)
    return new StepResponse(written, written.orders ? plan.orders.map((o) => o.order_id) : null)
  },
  async (orderIds, { container }) => {
    if (!orderIds?.length) return
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const shipments = await oms.listShipments({ order_id: orderIds, decision_id: null }, { select: ["id"], take: null })
    if (shipments.length) await oms.deleteShipments(shipments.map((s) => s.id))
    const orders = await oms.listOmsOrders({ order_id: orderIds, current_decision_id: null }, { select: ["id"], take: null })
    if (orders.length) await oms.deleteOmsOrders(orders.map((o) => o.id))
  }
)
