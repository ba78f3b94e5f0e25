import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { transferScore } from "../../../lib/stock"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import { valueSuggestions } from "../value-suggestions"

export const valueTransferRunStepId = "oms-value-transfer-run"

/**
 * Does one run's valuation, writing `done`/`total` to the run row as it goes, then replaces
 * the previous runs' untouched suggestions with this run's (accepted and dismissed ones stay).
 * A failure is written to the run (status failed, the reason) before the step fails.
 * Compensation: this run's suggestions are removed.
 */
export const valueTransferRunStep = createStep(
  valueTransferRunStepId,
  async (input: { run_id: string; limit: number }, { container }) => {
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const run = await stock.retrieveTransferRun(input.run_id)
    try {
      const { orders, valued } = await valueSuggestions(container, {
        days: run.days,
        limit: input.limit,
        onProgress: async (done, total) => {
          await stock.updateTransferRuns({ id: run.id, done, total })
        },
      })
      const old = await stock.listStockTransfers({ status: "suggested" }, { select: ["id"] })
      if (old.length) await stock.softDeleteStockTransfers(old.map((t) => t.id))
      const created = valued.length
        ? await stock.createStockTransfers(
            valued.map(({ transfer, value }) => ({
              run_id: run.id,
              inventory_item_id: transfer.inventory_item_id,
              from_location_id: transfer.from,
              to_location_id: transfer.to,
              units: transfer.units,
              status: "suggested" as const,
              value: value as unknown as Record<string, unknown>,
              score: transferScore(value),
            }))
          )
        : []
      await stock.updateTransferRuns({ id: run.id, status: "done", orders, finished_at: new Date() })
      return new StepResponse({ run_id: run.id, suggestions: created.length }, { run_id: run.id, replaced: old.map((t) => t.id) })
    } catch (error) {
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`medusa-oms: transfer valuation ${run.id} failed: ${(error as Error).message}`)
      await stock.updateTransferRuns({ id: run.id, status: "failed", finished_at: new Date(), error: String((error as Error).message).slice(0, 500) })
      throw error
    }
  },
  async (undo: { run_id: string; replaced: string[] } | undefined, { container }) => {
    if (!undo) return
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const mine = await stock.listStockTransfers({ run_id: undo.run_id }, { select: ["id"] })
    if (mine.length) await stock.deleteStockTransfers(mine.map((t) => t.id))
    if (undo.replaced.length) await stock.restoreStockTransfers(undo.replaced)
  }
)
