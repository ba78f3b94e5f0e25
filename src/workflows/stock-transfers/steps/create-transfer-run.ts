import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MERCHANT_CONFLICT } from "../../../lib/merchant-conflict"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"

/** A run that has written no progress for this long died with its process (a restart): it no longer blocks a new one. */
export const STALE_RUN_MS = 10 * 60_000

export const createTransferRunStepId = "oms-create-transfer-run"

/**
 * Opens a valuation run, refusing (409) while another one is running. Runs under the
 * transfer-run lock, so two starts cannot both see none running.
 */
export const createTransferRunStep = createStep(
  createTransferRunStepId,
  async (input: { days: number; started_by: string | null }, { container }) => {
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    const running = await stock.listTransferRuns({ status: "running" })
    const now = Date.now()
    const stale = running.filter((r) => now - new Date(r.updated_at as unknown as string).getTime() > STALE_RUN_MS)
    if (stale.length) {
      await stock.updateTransferRuns(
        stale.map((r) => ({ id: r.id, status: "failed" as const, finished_at: new Date(), error: "stopped before finishing (the server restarted)" }))
      )
    }
    if (running.length > stale.length) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "A valuation of transfers is already running; wait for it to finish, then start another.", MERCHANT_CONFLICT)
    }
    const run = await stock.createTransferRuns({ days: input.days, started_by: input.started_by, started_at: new Date(), status: "running" })
    return new StepResponse(run, run.id)
  },
  async (runId: string | undefined, { container }) => {
    if (!runId) return
    const stock: StockModuleService = container.resolve(STOCK_MODULE)
    await stock.deleteTransferRuns(runId)
  }
)
