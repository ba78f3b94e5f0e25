import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import type { OrderDemandBatch } from "./load-order-demand"

export const recordOrderDemandsStepId = "oms-record-order-demands"

/**
 * Writes a batch of demand rows. An order routed meanwhile already has its row (the unique
 * order index): those are skipped, so the live row wins.
 */
export const recordOrderDemandsStep = createStep(
  recordOrderDemandsStepId,
  async (batch: OrderDemandBatch, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    if (!batch.rows.length) return new StepResponse(0, [] as string[])
    const taken = new Set((await oms.listOrderDemands({ order_id: batch.rows.map((r) => r.order_id) }, { select: ["order_id"], take: null })).map((r) => r.order_id))
    const fresh = batch.rows.filter((r) => !taken.has(r.order_id))
    const created = fresh.length ? await oms.createOrderDemands(fresh.map((r) => ({ ...r, lines: r.lines as never, items: r.items as never }))) : []
    return new StepResponse(created.length, created.map((c) => c.id))
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    await (container.resolve(OMS_MODULE) as OmsModuleService).deleteOrderDemands(ids)
  }
)
