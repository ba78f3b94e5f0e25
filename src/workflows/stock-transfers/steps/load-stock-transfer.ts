import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"

export const loadStockTransferStepId = "oms-load-stock-transfer"

/** The transfer suggestion (404 when unknown, or replaced by a newer valuation). Read-only. */
export const loadStockTransferStep = createStep(loadStockTransferStepId, async (input: { id: string }, { container }) => {
  const stock: StockModuleService = container.resolve(STOCK_MODULE)
  const [transfer] = await stock.listStockTransfers({ id: input.id })
  if (!transfer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Transfer suggestion ${input.id} was not found`)
  return new StepResponse(transfer)
})
