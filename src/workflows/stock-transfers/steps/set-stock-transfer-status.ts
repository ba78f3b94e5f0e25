import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"

export const setStockTransferStatusStepId = "oms-set-stock-transfer-status"

/**
 * Records the outcome of a suggestion: accepted with who and when, or dismissed.
 * Compensation: back to suggested.
 */
export const setStockTransferStatusStep = createStep(
  setStockTransferStatusStepId,
  async (input: { id: string; status: "accepted" | "dismissed"; actor: string | null }, { container }) => {
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const accepted = input.status === "accepted"
    const [updated] = await stock.updateStockTransfers([
      { id: input.id, status: input.status, accepted_by: accepted ? input.actor : null, accepted_at: accepted ? new Date() : null },
    ])
    return new StepResponse(updated, input.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    await stock.updateStockTransfers([{ id, status: "suggested", accepted_by: null, accepted_at: null }])
  }
)
