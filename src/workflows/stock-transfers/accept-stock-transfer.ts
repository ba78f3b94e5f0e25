import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockKeys } from "../../lib/lock-keys"
import { moveBinStockStep, resolveBinCodesStep } from "../warehouse/steps/move-bin-stock"
import { loadStockTransferStep } from "./steps/load-stock-transfer"
import { moveTransferInventoryStep } from "./steps/move-transfer-inventory"
import { setStockTransferStatusStep } from "./steps/set-stock-transfer-status"
import { takeTransferUnitsOutOfBinsStep } from "./steps/take-transfer-units-out-of-bins"
import { validateStockTransferStep } from "./steps/validate-stock-transfer"

export const acceptStockTransferWorkflowId = "oms-accept-stock-transfer"

export interface AcceptStockTransferInput {
  id: string
  actor: string | null
  /** Bin at the receiving centre the units are put away into; absent = they arrive unassigned. */
  to_bin_code?: string | null
}

/**
 * Turns a suggestion into Medusa stock moves, under the item's transfer lock (two accepts of
 * the same item wait for each other): the suggestion still open and the units free at the
 * sender (409 otherwise, nothing changed), the units out of the sender's bins (unassigned
 * stock first), Medusa's level down at the sender and up at the receiver, put away into the
 * chosen bin there or left unassigned, and the suggestion marked accepted with who and when.
 * Any failure undoes the steps before it.
 */
export const acceptStockTransferWorkflow = createWorkflow(acceptStockTransferWorkflowId, (input: AcceptStockTransferInput) => {
  const transfer = loadStockTransferStep(input)
  acquireLockStep(transform({ transfer }, ({ transfer }) => ({ key: lockKeys.stockTransfer(transfer.inventory_item_id), timeout: 30, ttl: 120 })))
  const plan = validateStockTransferStep(transform({ input }, ({ input }) => ({ id: input.id, action: "accept" as const })))
  const putaway = transform({ input, transfer }, ({ input, transfer }) => ({
    stock_location_id: transfer.to_location_id,
    inventory_item_id: transfer.inventory_item_id,
    to_bin_code: input.to_bin_code ?? null,
    quantity: transfer.units,
    reason: "putaway" as const,
    actor: `transfer ${transfer.id} by ${input.actor ?? "unknown"}`,
  }))
  const bin = when({ input }, ({ input }) => !!input.to_bin_code).then(() => resolveBinCodesStep(putaway))
  takeTransferUnitsOutOfBinsStep(transform({ plan, input }, ({ plan, input }) => ({ plan, actor: input.actor })))
  moveTransferInventoryStep(plan)
  when({ bin }, ({ bin }) => !!bin).then(() => moveBinStockStep(bin!))
  const accepted = setStockTransferStatusStep(transform({ input }, ({ input }) => ({ id: input.id, status: "accepted" as const, actor: input.actor })))
  releaseLockStep(transform({ transfer }, ({ transfer }) => ({ key: lockKeys.stockTransfer(transfer.inventory_item_id) })))
  return new WorkflowResponse(transform({ accepted, plan }, ({ accepted, plan }) => ({ transfer: accepted, bins_out: plan.bins_out })))
})
