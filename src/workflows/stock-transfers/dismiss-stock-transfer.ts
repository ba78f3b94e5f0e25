import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockKeys } from "../../lib/lock-keys"
import { loadStockTransferStep } from "./steps/load-stock-transfer"
import { setStockTransferStatusStep } from "./steps/set-stock-transfer-status"
import { validateStockTransferStep } from "./steps/validate-stock-transfer"

export const dismissStockTransferWorkflowId = "oms-dismiss-stock-transfer"

/** Sets a suggestion aside (404 unknown, 409 once accepted or dismissed); stock is not touched. */
export const dismissStockTransferWorkflow = createWorkflow(dismissStockTransferWorkflowId, (input: { id: string; actor: string | null }) => {
  const transfer = loadStockTransferStep(input)
  acquireLockStep(transform({ transfer }, ({ transfer }) => ({ key: lockKeys.stockTransfer(transfer.inventory_item_id), timeout: 30, ttl: 60 })))
  validateStockTransferStep(transform({ input }, ({ input }) => ({ id: input.id, action: "dismiss" as const })))
  const dismissed = setStockTransferStatusStep(transform({ input }, ({ input }) => ({ id: input.id, status: "dismissed" as const, actor: input.actor })))
  releaseLockStep(transform({ transfer }, ({ transfer }) => ({ key: lockKeys.stockTransfer(transfer.inventory_item_id) })))
  return new WorkflowResponse(dismissed)
})
